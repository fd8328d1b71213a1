"""A seventy-eighth round on the held-out styles (re3d-style BBC, CENTCOM, DFAT, EU and Wikipedia pages). Every
example is invented; each test says what the analyst sees."""

from __future__ import annotations

from dossier.ingest.extract import extract
from tests.unit.ingest_helpers import draft_kind_names


def test_a_town_before_the_writers_i_and_a_verb_in_the_past_is_a_place() -> None:
    drafts = draft_kind_names("In Varnopolis I met the Minister for Trade, and at Kessomba I visited a school.")
    assert drafts.get("Varnopolis") == "place"
    assert drafts.get("Kessomba") == "place"


def test_a_family_name_after_a_quoted_nickname_is_the_persons_though_a_town_bears_it() -> None:
    drafts = draft_kind_names('Its field commander, Colonel Ondeko Varel "Taru" Kindu, ordered the retreat on Friday.')
    assert drafts.get("Ondeko Varel Kindu") == "person"
    assert "Kindu" not in drafts


def test_a_school_named_before_of_and_an_armed_force_spelled_by_its_acronym_is_kept() -> None:
    drafts = draft_kind_names(
        "Two officers will teach at the Demining and Peacekeeping Instructors School of the Tarvian Defence Forces"
        " (TDF), which trains deminers from the region."
    )
    assert drafts.get("Demining and Peacekeeping Instructors School") == "organization"
    assert drafts.get("Tarvian Defence Forces") == "armed_force"


def test_a_capitalised_mine_inside_a_bodys_name_is_the_noun_no_pronoun() -> None:
    drafts = draft_kind_names("The Mine Workers Union of Tarvia called a strike at the Kessel pits on Monday.")
    assert drafts.get("Mine Workers Union of Tarvia") == "organization"


def test_a_models_letters_and_name_before_a_capitalised_vehicles_noun_are_no_body() -> None:
    drafts = draft_kind_names("The battalion brought M7 Tarvel Fighting Vehicles and two Varn howitzers to the range.")
    assert "M7" not in drafts
    assert not any("Tarvel" in name for name in drafts)


def test_a_name_after_a_post_and_its_bodys_acronym_in_brackets_is_the_holder() -> None:
    drafts = draft_kind_names(
        "The embassy signed a grant with the Director of the Tarvel Demining Agency (TDA), Sengdao Vorachith,"
        " for work in two provinces."
    )
    assert drafts.get("Sengdao Vorachith") == "person"


def test_a_states_possessive_after_a_town_and_a_comma_says_nothing_of_the_towns_country() -> None:
    text = "In Mandalay, Japan's envoy opened a school for the children of the Tarvel valley."
    drafts = {draft.name: draft for draft in extract(text, None, [], set(), "test-drafts").actors}
    assert drafts["Mandalay"].kind == "place"
    assert "Mandalay, Japan" not in drafts["Mandalay"].aliases


def test_a_hyphened_states_name_after_a_presidents_title_is_the_state_no_person() -> None:
    drafts = draft_kind_names("Envoys met the President of the Republic of Guinea-Bissau to discuss a fishing accord.")
    assert drafts.get("Guinea-Bissau") == "state"


def test_a_region_named_after_its_noun_stays_a_place_though_a_headline_writes_its_rebels() -> None:
    drafts = draft_kind_names(
        "Army offensive against Tarvola rebels displaces thousands\n\n"
        "The army attacked camps in the southern region of Tarvola on Saturday, officials said."
    )
    assert drafts.get("Tarvola") == "place"


def test_a_hyphened_states_formal_name_is_the_states_alias() -> None:
    text = "Fishing talks with the Republic of Guinea-Bissau resumed in the spring."
    drafts = {draft.name: draft for draft in extract(text, None, [], set(), "test-drafts").actors}
    assert "Republic of Guinea-Bissau" in drafts["Guinea-Bissau"].aliases


def test_a_known_towns_name_and_city_after_in_is_the_city() -> None:
    drafts = draft_kind_names("Two fishermen were convicted by a court in Quelimane City on Friday.")
    assert drafts.get("Quelimane City") == "place"


def test_a_club_named_for_a_town_and_city_is_no_city_before_its_noun() -> None:
    drafts = draft_kind_names("He played four seasons in Bradford City colours before he retired.")
    assert drafts.get("Bradford City") != "place"


def test_a_book_cited_with_its_publisher_before_the_isbn_names_author_and_publisher() -> None:
    drafts = draft_kind_names(
        "Tarvel Lakes Brigade\n\nThe brigade was formed in 1998 in the hills above Kessomba.\n\nReferences\n\n"
        "Varnhagen, Ilse M. (2004). The Lakes Wars: Armed Groups of the Tarvel Basin. Quellmoor University Press."
        " ISBN 0-12-345678-9.\n"
    )
    assert drafts.get("Ilse M Varnhagen") == "person"
    assert drafts.get("Quellmoor University Press") == "organization"


def test_a_shipbuilder_named_by_its_trade_is_a_firm() -> None:
    drafts = draft_kind_names("The hulls were built by Kessworth Shipbuilding and fitted out at Tarvel Shipyards.")
    assert drafts.get("Kessworth Shipbuilding") == "organization"
    assert drafts.get("Tarvel Shipyards") == "organization"


def test_georgia_after_a_us_army_post_and_a_comma_is_the_us_state() -> None:
    drafts = draft_kind_names("The brigade's tanks were shipped from Fort Varnell, Georgia, to the port of Aqaba.")
    assert drafts.get("Georgia") == "place"


def test_georgia_after_its_own_capital_stays_the_state() -> None:
    drafts = draft_kind_names("The talks in Tbilisi, Georgia, ended without a deal on Friday.")
    assert drafts.get("Georgia") == "state"


def test_a_town_convoys_travel_or_fighters_flee_towards_is_a_place() -> None:
    drafts = draft_kind_names(
        "The convoys travelled west towards Quelvani on Monday, and the gunmen fled towards Oskadi at dawn."
    )
    assert drafts.get("Quelvani") == "place"
    assert drafts.get("Oskadi") == "place"


def test_what_heads_of_a_body_are_heads_of_is_no_body_of_its_own() -> None:
    drafts = draft_kind_names(
        "The summit of the Heads of State and Government of the Tarvel Basin Economic Community (TBEC) ended."
    )
    assert "State and Government" not in drafts
    assert drafts.get("Tarvel Basin Economic Community") == "organization"
