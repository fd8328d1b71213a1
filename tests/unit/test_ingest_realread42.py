"""Round realread42: rules found reading English news pages by hand (wires' earnings stories, markets' live pages,
crypto and gadget news, UK and Australian live blogs, courts, health). Invented sentences and names throughout."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kind_names


def test_a_ticker_in_brackets_not_spelt_in_order_after_a_frequent_word_is_the_firms() -> None:
    drafts = draft_kind_names(
        "Shares of Quellberry (QBYX), which reports earnings on Thursday, were little changed. Starbucks (SBUX) "
        "was among the companies set to report results this morning. Varnix (VNX) rose 2%."
    )
    assert drafts.get("Quellberry") == "organization"
    assert drafts.get("Starbucks") == "organization"  # (a frequent word, named as the firm before its ticker)
    assert not {"QBYX", "SBUX", "VNX"} & drafts.keys()


def test_a_kind_of_car_in_capitals_is_a_term_and_ends_a_model() -> None:
    drafts = draft_kind_names(
        "The pickup will face the Quellmark Rover EV, the Tarnby 1500 EV and two PHEVs from Varnby Motors in a "
        "crowded EV market, analysts at Dorrik Research said."
    )
    assert drafts.get("Varnby Motors") == "organization"
    assert not {"EV", "PHEVs", "Quellmark Rover EV", "Quellmark Rover", "Tarnby"} & drafts.keys()


def test_ordinary_words_shouted_in_capitals_are_no_name() -> None:
    drafts = draft_kind_names(
        "On Tuesday the governor took to his platform to threaten the rebels, calling for \"UNCONDITIONAL "
        "VICTORY!\" Officials at the WHO said little. He also wrote \"PERMANENT PEACE!\""
    )
    assert drafts.get("WHO") == "organization"  # (capitals with no exclamation mark stay a body's letters)
    assert not {"UNCONDITIONAL VICTORY", "PERMANENT PEACE"} & drafts.keys()


def test_capitalised_words_ending_in_bill_name_a_bill() -> None:
    drafts = draft_kind_names(
        "Lawmakers in Quellport debate the historic Harbour Authority Bill today. Parliament passes Varnby "
        "Housing Bill. Former senator Bill Tarnwell voted against it."
    )
    assert drafts.get("Bill Tarnwell") == "person"  # (a given name opening a name stays a person)
    assert not {"Harbour Authority Bill", "Varnby Housing Bill", "Harbour Authority"} & drafts.keys()


def test_a_peoples_adjective_before_a_clock_zone_is_no_state() -> None:
    drafts = draft_kind_names(
        "Council chair apologises, published at 13:57 British Summer Time 19 June 2019. The panel meets again at "
        "9:00 Indian Standard Time, Ilse Varnby said."
    )
    assert drafts.get("Ilse Varnby") == "person"
    assert not {"United Kingdom", "India"} & drafts.keys()
