"""Round realread54: rules found reading real English business, tech, markets and crime/court news by hand (wire
copy, US local TV and papers, Indian market blogs, South African, Kenyan, Nigerian and Irish outlets, tech
newsletters). Invented sentences and names throughout."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kind_names


def test_a_market_index_moving_by_points_is_no_actor() -> None:
    drafts = draft_kind_names(
        "Frontline indices were firm: the KSE Varnex closed at 38,120, up 412.35 points, while the Tarlo 30 ended "
        "160 points higher. At close the Varnex was up 96.4 points. Among gainers on the Varnex were Quellmoor "
        "Industries and Brantock Energy. In a new poll the Tarvel Party rose 3 points."
    )
    # the indices and the exchange's own index are gone; the firms stay, and so does a party a few points up in a poll
    assert drafts == {
        "Quellmoor Industries": "organization",
        "Brantock Energy": "organization",
        "Tarvel Party": "organization",
    }


def test_a_fund_named_before_etf_is_no_actor() -> None:
    drafts = draft_kind_names(
        "Shares of Quellmoor Industries rose 4%, while the Brantock Select Sector ETF climbed 1.2% on Friday."
    )
    assert drafts == {"Quellmoor Industries": "organization"}


def test_a_start_ups_measures_and_community_letters_are_no_actors() -> None:
    drafts = draft_kind_names(
        "Varnel Capital said its portfolio firm Quellmoor Industries doubled ARR and GMV last year. Brantock "
        "Labs, an LGBTQ+ focused lender, said PSU banks lag."
    )
    assert drafts == {
        "Varnel Capital": "organization",
        "Quellmoor Industries": "organization",
        "Brantock Labs": "organization",
    }


def test_a_co_founders_title_is_no_part_of_the_firms_name() -> None:
    drafts = draft_kind_names("Mara Quellan, CEO and Co-Founder of Brantock, said sales rose by half.")
    assert drafts == {"Mara Quellan": "person", "Brantock": "organization"}


def test_the_subject_after_an_opening_by_phrase_is_no_apposition_of_the_names() -> None:
    drafts = draft_kind_names(
        "Started in 2019 by serial entrepreneurs Tudor Varnescu and Sergiu Quellan, the company now has clients "
        "in ten countries. Made in Tarnby by Quellmoor Outdoor, the family firm founded by climber Ann Brell in "
        "1991, and tested on the crags."
    )
    # (with no main verb after it, the description is the name's apposition: a firm)
    assert drafts == {
        "Tudor Varnescu": "person",
        "Sergiu Quellan": "person",
        "Quellmoor Outdoor": "organization",
        "Ann Brell": "person",
        "Tarnby": "place",
    }


def test_a_stations_dateline_glued_to_its_dash_names_a_town() -> None:
    drafts = draft_kind_names("BANGOR (WQXT)-- A Millbrook man appeared in court Tuesday on a theft charge.")
    assert drafts.get("Bangor") == "place"
    assert "BANGOR" not in drafts


def test_the_remit_of_a_director_of_public_prosecutions_is_no_actor() -> None:
    drafts = draft_kind_names(
        "The ruling followed an application by Director of Public Prosecutions Renson Kelemba, who argued the men "
        "would flee."
    )
    assert drafts == {"Renson Kelemba": "person"}


def test_earl_before_a_given_name_and_a_family_name_is_the_mans_own_name() -> None:
    drafts = draft_kind_names("Earl Roy Tarvin was read five charges. Prosecutors say Tarvin shot Chad Quellan.")
    assert drafts == {"Earl Roy Tarvin": "person", "Chad Quellan": "person"}


def test_a_court_station_before_its_magistrates_title_is_a_place() -> None:
    drafts = draft_kind_names(
        "The trader appeared before Tarvemi chief magistrate Lucas Onyango and denied two counts of fraud."
    )
    assert drafts == {"Tarvemi": "place", "Lucas Onyango": "person"}


def test_the_state_government_by_its_common_noun_is_no_actor() -> None:
    drafts = draft_kind_names("The State government will pay for the new road, said Tarnby MLA Ann Rao.")
    assert "State government" not in drafts
    assert drafts["Ann Rao"] == "person"


def test_indias_market_calendar_words_are_times() -> None:
    drafts = draft_kind_names(
        "We wrap up today's edition of the live market blog, and will be back tomorrow afternoon on Muhurat day "
        "with all the latest updates. Investors welcomed the start, setting the tone for a prosperous Samvat."
    )
    assert drafts == {}


def test_a_bodys_letters_that_spell_a_roman_number_are_a_body_after_the() -> None:
    drafts = draft_kind_names(
        "According to the DCI, he was on the run to Dodoma. The DCI said his two accomplices were charged."
    )
    assert drafts.get("DCI") == "organization"


def test_a_name_wrapped_over_a_line_end_in_a_wire_credit_is_one_name() -> None:
    drafts = draft_kind_names(
        "Quarterly sales rose 10 percent.\n(Reporting by Ankur Tarvin in Bangalore; Editing by Maju\nQuellan)"
    )
    assert drafts == {"Ankur Tarvin": "person", "Bangalore": "place", "Maju Quellan": "person"}
