"""Round realprobes68 (batch en66): rules found on invented US, Australian and UK web pages."""

from __future__ import annotations

from dossier.ingest.gazetteer import _nickname
from tests.unit.ingest_helpers import draft_kinds


def test_a_city_nickname_of_common_words_never_takes_a_towns_own_name() -> None:
    kinds = draft_kinds(
        "FORT WASHINGTON, Md. — Voters in Fort Washington backed a new library on Tuesday.", language="en"
    )
    assert "Fort Washington" in kinds
    assert "Cincinnati" not in kinds
    assert _nickname("Big Apple", "New York City")
    assert not _nickname("Saint Petersburg", "Sankt-Peterburg")
    assert not _nickname("New York City", "New York")


def test_a_given_name_with_no_cue_joins_a_quoted_nickname_and_family_name() -> None:
    kinds = draft_kinds('The family said Ellen "Nell" Brannigan-Frost, 88, of Galena, died on Monday.', language="en")
    assert kinds.get("Ellen Brannigan-Frost") == "person"
    assert "Brannigan-Frost" not in kinds


def test_a_party_members_word_before_an_accented_given_name_is_no_part_of_the_name() -> None:
    kinds = draft_kinds("Officials called the race for Democrat Inés Whitcombe-Ruiz, who leads.", language="en")
    assert kinds.get("Inés Whitcombe-Ruiz") == "person"
    assert "Democrat Inés Whitcombe-Ruiz" not in kinds


def test_a_us_school_district_is_a_body() -> None:
    kinds = draft_kinds("Parents sued the Halvern Unified School District on Monday.", language="en")
    assert kinds.get("Halvern Unified School District") == "organization"
    assert draft_kinds("Walkers came to the Lake District.", language="en").get("Lake District") == "place"


def test_fields_listed_with_commas_are_one_body_when_its_acronym_spells_them() -> None:
    kinds = draft_kinds("The Mining, Energy and Dock Workers Union (MEDWU) backed the strike.", language="en")
    assert kinds.get("Mining, Energy and Dock Workers Union") == "organization"
    assert "Dock Workers Union" not in kinds
    listed = draft_kinds("Talks between Tesco, Asda and Morrisons (TAM) failed.", language="en")
    assert "Tesco, Asda and Morrisons" not in listed


def test_a_stations_call_letters_after_a_dateline_still_open_the_story() -> None:
    kinds = draft_kinds(
        "LAKE FOREST, Ill. (WQRT) — Firefighters from two towns spent the night at a mill.", language="en"
    )
    assert "Firefighters" not in kinds
    assert kinds.get("Lake Forest") == "place"


def test_an_employer_after_employed_by_is_a_body() -> None:
    assert draft_kinds("Porters employed by Quellmark at the clinics will strike.", language="en") == {
        "Quellmark": "organization"
    }
    assert draft_kinds("He was employed by Ilse Varn as a driver.", language="en").get("Ilse Varn") == "person"


def test_a_bodys_name_qualifying_a_noun_in_an_apposition_gives_no_kind_of_its_own() -> None:
    text = (
        "Officials called it for Ines Whitcombe-Ruiz on Tuesday. "
        "Whitcombe-Ruiz, a former Halvern School District board member, leads."
    )
    kinds = draft_kinds(text, language="en")
    assert kinds.get("Ines Whitcombe-Ruiz") == "person"
    assert "Whitcombe-Ruiz" not in kinds


def test_a_fire_services_unit_rank_before_chief_is_no_part_of_the_department() -> None:
    kinds = draft_kinds("Nampa Fire Department Battalion Chief Ola Brandt said crews came.", language="en")
    assert kinds == {"Nampa Fire Department": "organization", "Ola Brandt": "person"}
    army = draft_kinds("The 3rd Infantry Division Commander Ola Brandt said so.", language="en")
    assert army.get("3rd Infantry Division") == "armed_force"


def test_a_spouse_or_maiden_name_in_brackets_leaves_one_person_of_given_and_family_name() -> None:
    kinds = draft_kinds(
        "Survivors include her children, Britta (Jon) Van Der Hoek of Ames and Carl Weiss.", language="en"
    )
    assert kinds.get("Britta Van Der Hoek") == "person"
    assert "Hoek" not in kinds and "Britta" not in kinds
    maiden = draft_kinds("She was the daughter of Jon and Ilse (Quell) Marrow. She married in 1960.", language="en")
    assert maiden.get("Ilse Marrow") == "person" and "Marrow" not in maiden


def test_a_seat_named_for_part_of_a_town_before_mp_is_a_place() -> None:
    kinds = draft_kinds("Tarnby North MP Ola Brandt urged both sides to talk.", language="en")
    assert kinds == {"Tarnby North": "place", "Ola Brandt": "person"}
    assert "Local" not in draft_kinds("Local MP Ola Brandt urged both sides to talk.", language="en")


def test_a_firm_named_after_its_trade_and_a_comma_is_a_body() -> None:
    kinds = draft_kinds("The pallets went to a regional distributor, Quellmark, according to records.", language="en")
    assert kinds == {"Quellmark": "organization"}


def test_a_clubs_name_opened_by_a_gerund_is_kept_whole() -> None:
    text = (
        "Ashgill beat Crossbeck 3-0 on Saturday: the striker scored twice and the winger once, and the referee "
        "sent off a defender. Ashgill are also close to signing Sporting GD defender Dario Vance on loan."
    )
    kinds = draft_kinds(text, language="en")
    assert kinds.get("Sporting GD") == "organization"


def test_two_given_names_before_one_family_name_are_a_couple_bearing_it() -> None:
    kinds = draft_kinds("He was the son of Jon and Ilse Marrow, who ran the farm.", language="en")
    assert kinds.get("Jon Marrow") == "person" and kinds.get("Ilse Marrow") == "person"
    assert "Jordan Marrow" not in draft_kinds("Talks between Jordan and Ilse Marrow failed.", language="en")
    listed = draft_kinds("Goals came from Jacob Orrin, Liam Tessel and Ethan Varn-Rae.", language="en")
    assert "Tessel Varn-Rae" not in listed
    maiden = draft_kinds("She was the daughter of Jon and Ilse (Quell) Marrow, who farmed.", language="en")
    assert maiden == {"Jon Marrow": "person", "Ilse Marrow": "person"}


def test_a_town_listed_with_a_club_on_a_sports_page_is_a_club() -> None:
    text = (
        "The striker scored twice and the winger once, and the referee sent off a defender. "
        "Varnley City will sell the winger in January, with Doncaster and Tarnby City interested."
    )
    kinds = draft_kinds(text, language="en")
    assert kinds.get("Doncaster") == "organization"
    assert kinds.get("Tarnby City") == "organization"


def test_a_plural_noun_for_funders_opening_a_sentence_is_no_part_of_the_firms_name() -> None:
    kinds = draft_kinds("Investors Tarn Capital and Q Ventures also took part.", language="en")
    assert kinds.get("Tarn Capital") == "organization"
    assert "Investors Tarn Capital" not in kinds
    assert "Investors Chronicle" in draft_kinds("Investors Chronicle said the shares were cheap.", language="en")
