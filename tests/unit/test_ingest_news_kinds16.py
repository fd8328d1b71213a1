"""Names on English news pages after the sixteenth round (issue 15): a team sheet of lone surnames
("Line-up: Varn; Quell, Tresk"), a player's position before a name ("fly-half Ilse Varn"), "Cllr"
before a councillor's name, a family's possessive before a place's head ("Tanner's Yard"), an unknown
town before its works ("the Crannock distillery"), firms by their trade ("Brindle Aggregates", "the
brewery Copperleaf"), a Crown body's "HM ... and ..." ("HM Revenue and Customs") and a
product always named with its model number ("the Quellbook 5").

Each test ingests invented text through the real extractor and states the drafts an analyst would see."""

from __future__ import annotations

import pytest

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds

_MATCH = (
    "Quorndale Ladies sealed the title with a 3-1 win at Quillsby Park on Saturday. "
    "Tennick scored twice and the visitors never recovered.\n"
)


@pytest.mark.parametrize(
    "sheet",
    [
        "Line-up: Wraithby; Cundall, Eppleton, Skelgate, Stockwold; Tennick (capt), Lumbley, Tharlby.",
        "Quorndale: Wraithby; Cundall, Eppleton, Skelgate, Stockwold; Tennick, Lumbley; Tharlby.",
    ],
)
def test_the_lone_surnames_of_a_team_sheet_are_players(sheet: str) -> None:
    kinds = draft_kinds(_MATCH + sheet + "\n")
    for player in ("Cundall", "Eppleton", "Skelgate", "Lumbley"):
        assert kinds.get(player) is ActorKind.person, kinds


def test_the_scorers_line_names_players() -> None:
    kinds = draft_kinds(_MATCH + "Scorers: Tennick 2, Pomfrey.\n")
    assert kinds.get("Pomfrey") is ActorKind.person, kinds


def test_a_list_of_places_after_a_label_is_no_team_sheet() -> None:
    kinds = draft_kinds("Stops: Leeds, York, Hull.\nThe coach leaves at nine.\n")
    assert all(kind is not ActorKind.person for kind in kinds.values()), kinds


@pytest.mark.parametrize(
    "sentence, player",
    [
        ("The try came from flanker Tevai Ormsgill after a long maul.", "Tevai Ormsgill"),
        ("The fly-half Eiddwen Sparrowe kicked four penalties.", "Eiddwen Sparrowe"),
        ("A long pass from full-back Fennock Lathom set up the score.", "Fennock Lathom"),
        ("The referee Huxley Pownall was booed off the field.", "Huxley Pownall"),
    ],
)
def test_a_player_s_position_before_a_name_makes_a_person(sentence: str, player: str) -> None:
    kinds = draft_kinds(sentence)
    assert kinds.get(player) is ActorKind.person, kinds


def test_cllr_is_a_councillor_s_title_and_no_part_of_the_name() -> None:
    kinds = draft_kinds("Cllr Idris Vantongeren and Cllr Albertine Hollingdrake asked for a vote.")
    assert kinds.get("Idris Vantongeren") is ActorKind.person, kinds
    assert kinds.get("Albertine Hollingdrake") is ActorKind.person, kinds
    assert not any(name.startswith("Cllr") for name in kinds), kinds


@pytest.mark.parametrize(
    "sentence, place",
    [
        ("The plan is for 40 flats at Fawcett's Yard, off the ring road.", "Fawcett's Yard"),
        ("Residents of Tenterley's Green objected to the new road.", "Tenterley's Green"),
    ],
)
def test_a_family_s_possessive_before_a_place_s_head_is_one_place(sentence: str, place: str) -> None:
    kinds = draft_kinds(sentence)
    assert kinds.get(place) is ActorKind.place, kinds


def test_an_unknown_town_before_its_works_is_a_place() -> None:
    kinds = draft_kinds("The ships carry whisky from the Drumcaddie distillery and paper from the Yelford mill.")
    assert kinds.get("Drumcaddie") is ActorKind.place, kinds
    assert kinds.get("Yelford") is ActorKind.place, kinds


def test_a_name_after_a_town_s_brewery_is_the_brewery_s_name() -> None:
    kinds = draft_kinds("The club thanked its sponsors and the Harthill brewery Quernstone for the grant.")
    assert kinds.get("Quernstone") is ActorKind.organization, kinds


@pytest.mark.parametrize(
    "sentence, firm",
    [
        ("A digger bought from Brindlecote Aggregates had never left the depot.", "Brindlecote Aggregates"),
        ("The scheme was drawn up by Ashwend Developments last year.", "Ashwend Developments"),
        ("The contract went to Tollemarsh Freight Solutions in the spring.", "Tollemarsh Freight Solutions"),
    ],
)
def test_a_firm_named_by_its_trade_is_an_organisation(sentence: str, firm: str) -> None:
    kinds = draft_kinds(sentence)
    assert kinds.get(firm) is ActorKind.organization, kinds


def test_a_crown_body_s_and_stays_inside_its_name() -> None:
    kinds = draft_kinds("Investigators from HM Revenue and Customs traced the money.")
    assert kinds.get("HM Revenue and Customs") is ActorKind.organization, kinds


def test_a_crown_body_and_a_street_after_and_stay_two_names() -> None:
    kinds = draft_kinds("HM Treasury and Downing Street disagreed over the plan.")
    assert kinds.get("HM Treasury") is ActorKind.organization, kinds
    assert kinds.get("Downing Street") is ActorKind.place, kinds


def test_a_rare_word_always_named_with_its_model_number_is_a_product() -> None:
    kinds = draft_kinds(
        "The Quellbook 5 is the lightest laptop we have tested. We liked the Quellbook 5 a lot, and "
        "Varnstone Labs says a larger model is coming."
    )
    assert "Quellbook" not in kinds and "Quellbook 5" not in kinds, kinds
    assert kinds.get("Varnstone Labs") is ActorKind.organization, kinds


@pytest.mark.parametrize(
    "sentence, place",
    [
        ("The site lies within the Quarlton Conservation Area, next to the church.", "Quarlton Conservation Area"),
        ("Firms in the Quarlton Enterprise Zone pay lower business rates.", "Quarlton Enterprise Zone"),
    ],
)
def test_land_a_plan_marks_out_is_a_place(sentence: str, place: str) -> None:
    kinds = draft_kinds(sentence)
    assert kinds.get(place) is ActorKind.place, kinds
