"""Round realread44: rules found reading English news pages by hand (press releases on the wires, markets pages,
courts in Kenya and Nigeria, Singapore, India, Australia, Canada and New Zealand). Invented sentences and names
throughout."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kind_names


def test_a_cashtag_and_a_ticker_opening_an_investor_alert_are_no_actor() -> None:
    drafts = draft_kind_names(
        "KRVX INVESTOR ALERT: Tarnwell Velk LLP Files Class Action Lawsuit\n\n"
        "NEW YORK--(BUSINESS WIRE)-- $KRVX -- Tarnwell Velk LLP, a law firm, notifies investors that a lawsuit has "
        "been filed against Korva Homes, Inc. (NYSE: KRVX).\n\n"
        "QLMH Investors Have the Opportunity to Join Investigation of Quellmark Health, Inc. with Tarnwell Velk LLP"
    )
    assert drafts.get("Tarnwell Velk LLP") == "organization"
    assert drafts.get("Korva Homes") == "organization"
    assert not {"KRVX", "QLMH"} & drafts.keys()


def test_a_market_of_several_words_in_a_listing_is_no_actor() -> None:
    drafts = draft_kind_names(
        "ORLEN, Va., Feb. 17 /PRNewswire/ -- Velk News Network, Inc., (BULLETIN BOARD: VKNN), a wholesaler of "
        "news, today announced results. Tarn Mining Corp. (TSX Venture: TMC) also reported."
    )
    assert drafts.get("Velk News Network") == "organization"
    assert not {"BULLETIN BOARD", "VKNN", "TSX Venture", "TMC"} & drafts.keys()


def test_letters_listed_without_brackets_are_a_code_and_a_terms_letters_no_person() -> None:
    drafts = draft_kind_names(
        "QLBX Quellmark Euro Bond DR UCITS ETF - Dist EUR\n\nLast Updated: -\n"
        "Name Symbol Market Type\nQuellmark Euro Bond DR UCITS ETF BIT:QLBX Italy Exchange Traded Fund\n\n"
        "Dr Ilse Varnby, who runs the fund, said on Monday it had grown."
    )
    assert drafts.get("Ilse Varnby") == "person"
    assert not {"QLBX", "UCITS"} & drafts.keys()


def test_a_newswires_name_is_media_in_capitals_or_in_one_word() -> None:
    drafts = draft_kind_names(
        "ORLEN, Idaho, Nov 12, 2020 (GLOBE NEWSWIRE) -- Korva Company said on Tuesday it would recycle bottles.\n\n"
        "Latest from Businesswire - Tue, 12/24/2024 - 18:36"
    )
    assert drafts.get("GLOBE NEWSWIRE") == "media"
    assert drafts.get("Businesswire") == "media"


def test_attorney_advertising_is_a_label_and_no_person() -> None:
    drafts = draft_kind_names(
        "NEW YORK--(BUSINESS WIRE)--Attorney Advertising--Tarnwell Velk LLC, a law firm, notifies investors. "
        "Attorney Harding said the case was strong."
    )
    assert drafts.get("Harding") == "person"  # (a surname ending in "-ing" after a title is still its holder)
    assert "Advertising" not in drafts


def test_a_releases_defined_term_for_its_firm_is_no_name() -> None:
    drafts = draft_kind_names(
        'Korva Homes, Inc. (the "Company") reported a loss. The Company\'s revenues were $2 million, and the '
        "Company said the Group's debt fell."
    )
    assert drafts.get("Korva Homes") == "organization"
    assert not {"Company", "Group"} & drafts.keys()


def test_a_term_in_capitals_after_a_prefix_and_a_firms_segments_are_no_name() -> None:
    drafts = draft_kind_names(
        "Quellmark Holdings reported record results. Non-GAAP operating expenses were $281 million despite FX "
        "headwinds. The Listing Services and Data Services segments both grew."
    )
    assert drafts.get("Quellmark Holdings") == "organization"
    assert not {"Non-GAAP", "GAAP", "FX", "Listing Services and Data Services", "Data Services"} & drafts.keys()


def test_an_outlets_own_words_make_it_media() -> None:
    drafts = draft_kind_names(
        "date 2018-02-08 Daily Quellport\n\nJudge defends courts\n\nChief Justice Ilse Varn has defended the "
        "courts. A source disclosed this to the News Agency of Varnia on Sunday in Abuja. She spoke on a programme "
        "of the Varnish Broadcasting Corporation, which the Varnish Broadcasting Authority later fined."
    )
    assert drafts.get("Daily Quellport") == "media"
    assert drafts.get("News Agency of Varnia") == "media"
    assert drafts.get("Varnish Broadcasting Corporation") == "media"
    assert drafts.get("Varnish Broadcasting Authority") == "organization"  # (a regulator stays a body)
