"""Round realread53: rules found reading real English news pages by hand (Indian, Irish, Kenyan, South African,
Nigerian, Singaporean and Australian papers, wire and newswire releases, health and markets news).
Invented sentences and names throughout."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kind_names


def test_a_less_common_word_of_a_portfolio_is_no_part_of_its_holders_name() -> None:
    drafts = draft_kind_names("Minister for Water Resources and Irrigation Dharan Veluppan said the canal would open.")
    assert drafts == {"Dharan Veluppan": "person"}


def test_a_portfolio_before_its_holders_name_is_no_actor() -> None:
    drafts = draft_kind_names(
        "Minister for Fisheries and Horticulture Anna Brell said the quota stays. Union Minister of Consumer "
        "Affairs, Food and Public Distribution, and New and Renewable Energy Prakash Hombali said prices fell. "
        "The chairman of Bank of Quellmark Ann Lee said profits rose."
    )
    # (a firm after its officer's title stays a firm)
    assert drafts == {
        "Anna Brell": "person",
        "Prakash Hombali": "person",
        "Bank of Quellmark": "organization",
        "Ann Lee": "person",
    }


def test_a_police_stations_commander_by_letters_is_a_title() -> None:
    drafts = draft_kind_names(
        "OCS Jared Mwakio was charged with aiding an escape, and OCPD Ruth Chepkoech said the case goes on."
    )
    assert drafts == {"Jared Mwakio": "person", "Ruth Chepkoech": "person"}


def test_a_latin_term_of_law_is_no_actor() -> None:
    drafts = draft_kind_names(
        "The magistrate said no Prima Facie case was made out. Counsel for Wanjiru Kamau sought an Ex Parte "
        "order, and the Habeas Corpus petition was heard."
    )
    assert drafts == {"Wanjiru Kamau": "person"}


def test_two_listings_apart_by_a_slash_are_codes() -> None:
    drafts = draft_kind_names(
        "Quellmark Holding ASA (NOTC: QMRK/OTCMKTS: QMRKF) said sales rose, and Tarnby Mining Corp. "
        "(TSX: TMC / NYSE: TMCX) said it drilled."
    )
    assert drafts == {"Quellmark Holding ASA": "organization", "Tarnby Mining Corp": "organization"}


def test_a_byline_in_capitals_closing_its_line_is_the_reporter() -> None:
    drafts = draft_kind_names(
        "23 January 2020 - 08:38 By KAGISO MVELASE\nProtesters blocked roads in Tarnby on Thursday, police said."
    )
    assert drafts.get("KAGISO MVELASE") == "person"


def test_a_degree_and_the_field_studied_are_no_actors() -> None:
    drafts = draft_kind_names(
        "He holds a Bachelor of Science degree in Physics and a Master's degree in Business Administration "
        "from Tarnby University."
    )
    assert drafts == {"Tarnby University": "organization"}


def test_a_feast_written_with_hyphens_or_in_south_asian_words_is_a_time() -> None:
    drafts = draft_kind_names(
        "Traffic rose during the Eid-el-Kabir festival on Friday in Tarnby, and shops closed for Eid al-Adha. "
        "The Durga Puja followed."
    )
    assert drafts == {"Tarnby": "place"}
