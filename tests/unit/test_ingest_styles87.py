"""Round styles87 on the held-out styles (re3d's BBC, CENTCOM, DFAT, EU and Wikipedia): each test says what the
analyst sees in the drafts. Every example is invented."""

from __future__ import annotations

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds, spelling_kinds


def test_a_remits_second_field_before_the_land_it_serves_is_no_body() -> None:
    # "Expatriates" is the post's second field; the land after "of" closes the remit
    kinds = draft_kinds(
        "The talks were chaired by the Deputy Prime Minister and Minister of Foreign Affairs and Expatriates of "
        "Jordan, Karim Varnawi-Saleh."
    )
    assert "Expatriates" not in kinds
    kinds = draft_kinds("The Minister of Foreign Affairs and Expatriates of Jordan said the talks went well.")
    assert "Expatriates" not in kinds


def test_a_project_is_a_body_whose_name_holds_and() -> None:
    # "Project" heads a body's name, so the "and" before it stays inside the name
    kinds = draft_kinds("The bank funds the Tarnwick Water Storage and Conveyance Project in the south.")
    assert kinds.get("Tarnwick Water Storage and Conveyance Project") is ActorKind.organization
    assert "Conveyance Project" not in kinds


def test_a_plus_after_a_name_is_part_of_it() -> None:
    kinds = draft_kinds("Students from Tarnland will take part in Erasmus+ under the new agreement.")
    assert "Erasmus+" in kinds
    assert "Erasmus" not in kinds


def test_a_plain_word_before_europe_names_a_programme() -> None:
    kinds = draft_kinds("Researchers from Tarnland may now apply to Creative Europe under the new agreement.")
    assert kinds.get("Creative Europe") is ActorKind.organization


def test_a_farm_trade_before_its_land_names_its_body() -> None:
    kinds = draft_kinds("The delegation includes Meat and Livestock Australia and two grain traders.")
    assert kinds.get("Meat and Livestock Australia") is ActorKind.organization


def test_a_welsh_place_noun_and_its_article_open_a_place() -> None:
    kinds = draft_kinds("The club left Heol y Gwaith in 2004 and now plays at Parc y Glowyr, beside the river.")
    assert kinds.get("Heol y Gwaith") is ActorKind.place
    assert kinds.get("Parc y Glowyr") is ActorKind.place


def test_one_word_after_the_closes_a_posts_remit_before_its_holder() -> None:
    kinds = draft_kinds("Commissioner for the Mediterranean Dubravka Šelnik-Marov also took part in the talks.")
    assert kinds.get("Dubravka Šelnik-Marov") is ActorKind.person
    assert "Mediterranean Dubravka" not in kinds


def test_a_town_and_a_plural_nickname_name_its_side_in_a_sports_story() -> None:
    kinds = draft_kinds("The club now plays its home games under a groundshare with Leeds Rhinos this season.")
    assert kinds.get("Leeds Rhinos") is ActorKind.organization


def test_an_ordinal_before_a_council_counts_its_meetings() -> None:
    kinds = draft_kinds("Ministers met in Brussels for the 16th EU-Tarnland Association Council on Monday.")
    assert kinds.get("EU-Tarnland Association Council") is ActorKind.organization
    assert "16th EU-Tarnland Association Council" not in kinds


def test_a_firms_trades_listed_with_commas_stay_in_its_name() -> None:
    kinds = draft_kinds("The mission includes Tarnfield Chemicals, Energy and Fertilisers, and two universities.")
    assert kinds.get("Tarnfield Chemicals, Energy and Fertilisers") is ActorKind.organization
    assert "Fertilisers" not in kinds


def test_a_welsh_schools_or_universitys_word_makes_a_body() -> None:
    kinds = draft_kinds("She studied at Ysgol Gyfun Tarnwy and then at Prifysgol Bangor.")
    assert kinds.get("Ysgol Gyfun Tarnwy") is ActorKind.organization
    assert kinds.get("Prifysgol Bangor") is ActorKind.organization


def test_a_name_after_an_animals_kind_is_no_person() -> None:
    kinds = draft_kinds("Jurors heard the money was spent on a villa and a racehorse, Calder Lad.")
    assert kinds.get("Calder Lad") is not ActorKind.person


def test_a_body_with_its_the_goes_on_a_list_of_bodies() -> None:
    kinds = draft_kinds(
        "The mission includes the Tarnby Growers Corporation, Quellmark, Varnside Chemicals, and the University "
        "of Esselby."
    )
    assert kinds.get("Quellmark") is ActorKind.organization


def test_a_project_of_a_body_ends_before_the_body() -> None:
    kinds = draft_kinds(
        "It was backed by the Deep Blue Project of the Tarnish Maritime Administration and Safety Agency (TAMASA), "
        "which flew patrols."
    )
    assert kinds.get("Tarnish Maritime Administration and Safety Agency") is ActorKind.organization
    assert "Safety Agency" not in kinds


def test_a_second_post_after_and_is_no_field_of_the_first() -> None:
    kinds = spelling_kinds(
        "The Special Representative of the Secretary-General and Head of UNMISS, Mr Obi Varnsen, welcomed it."
    )
    assert kinds.get("Head of UNMISS") is ActorKind.person


def test_a_place_before_a_comma_and_a_body_opens_no_list_of_bodies() -> None:
    kinds = draft_kinds(
        "In Iraq, the Iraqi Counter-Terrorism Service and Kurdistan Region Peshmerga cleared caves in the hills."
    )
    assert kinds.get("Kurdistan Region Peshmerga") is ActorKind.organization
