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
        "of the Varnish Broadcasting Corporation, which the Varnish Broadcasting Authority later fined. The "
        "monitors published their Daily Report on Monday."
    )
    assert drafts.get("Daily Report") != "media"  # (what a body puts out daily is no paper)
    assert drafts.get("Daily Quellport") == "media"
    assert drafts.get("News Agency of Varnia") == "media"
    assert drafts.get("Varnish Broadcasting Corporation") == "media"
    assert drafts.get("Varnish Broadcasting Authority") == "organization"  # (a regulator stays a body)


def test_prime_in_lower_case_before_a_place_is_no_title() -> None:
    drafts = draft_kind_names(
        "Eight homeowners have abandoned prime Auckland properties to the Tarnwick Park Trust Board, while former "
        "prime minister Ilse Varnby said nothing."
    )
    assert drafts.get("Auckland") == "place"
    assert drafts.get("Ilse Varnby") == "person"


def test_an_offices_adjective_capitalised_is_no_name_and_the_ward_is_a_place() -> None:
    drafts = draft_kind_names(
        "Councillor Tarn Walker failed to show at the meeting to hear Mayoral candidate Ilse Varnby and five "
        "candidates for the Quellbury Ward. Tom Ward said the Presidential Guard would stay."
    )
    assert drafts.get("Quellbury Ward") == "place"
    assert drafts.get("Tom Ward") == "person"
    assert drafts.get("Ilse Varnby") == "person"
    assert not {"Mayoral", "Presidential"} & drafts.keys()


def test_what_a_stance_is_against_after_anti_is_no_name() -> None:
    drafts = draft_kind_names(
        "The Varnish government labelled the protests anti-Semitic and spoke of anti-Semitism at the Tarnby University."
    )
    assert drafts.get("Tarnby University") == "organization"
    assert not {"Semitic", "Semitism"} & drafts.keys()


def test_wa_is_the_state_and_a_first_information_report_is_no_body() -> None:
    drafts = draft_kind_names(
        "WA's emergency services minister, Reece Varnby, said crews would help. In Quellpur, a total of 52 First "
        "Information Reports (FIRs) were filed at the station, and the FIR names him."
    )
    assert drafts.get("WA") == "place"
    assert drafts.get("Reece Varnby") == "person"
    assert not {"First Information Reports", "FIR", "FIRs"} & drafts.keys()


def test_two_posts_joined_by_and_after_a_name_make_a_person() -> None:
    drafts = draft_kind_names(
        "Bay Tarnfang, president and CEO of Radio Quell Asia, spoke in a newsroom. Quell Varnby, chairman and "
        "chief executive of Tarn Holdings, said on Monday profits rose."
    )
    assert drafts.get("Bay Tarnfang") == "person"
    assert drafts.get("Quell Varnby") == "person"
    assert drafts.get("Tarn Holdings") == "organization"


def test_a_writers_name_after_an_author_label_is_a_person() -> None:
    drafts = draft_kind_names(
        "The court ordered the police to produce the register.\nAuthor: Pinnah Tarvolo\nThe High Court on "
        "Wednesday ordered the government to respond."
    )
    assert drafts.get("Pinnah Tarvolo") == "person"


def test_an_irish_or_scottish_family_name_by_its_prefix_makes_a_person() -> None:
    drafts = draft_kind_names(
        "Richie McVarnaw was granted the Freedom of Quellport by Mayor Ilse Varnby yesterday, and Tarni MacQuellan "
        "spoke."
    )
    assert drafts.get("Richie McVarnaw") == "person"
    assert drafts.get("Tarni MacQuellan") == "person"


def test_a_karnataka_village_or_street_by_its_kannada_word_is_a_place() -> None:
    drafts = draft_kind_names(
        "Mobs attacked stations within the limits of Varnajeevanahalli (VJ Halli) and Tarnagodanahalli (TG Halli) "
        "police stations, near Quellkar Veedhi."
    )
    for place in ("Varnajeevanahalli", "VJ Halli", "Tarnagodanahalli", "TG Halli", "Quellkar Veedhi"):
        assert drafts.get(place) == "place", place


def test_an_agency_and_its_photographer_in_a_credit_in_brackets() -> None:
    drafts = draft_kind_names(
        "A view of the Assembly hall in Quellport. (File photo: QNA/Syamil Varnby)\n"
        "The minister said on Monday that salaries would be reviewed."
    )
    assert drafts.get("QNA") == "media"
    assert drafts.get("Syamil Varnby") == "person"


def test_an_aggregators_source_named_over_its_age_and_again_is_media() -> None:
    drafts = draft_kind_names(
        "Related Articles\n\nThe Tarnby Post\n41 minutes ago\n- The Tarnby Post\nQuellport: shop targeted in "
        "factory fire\nPolice are investigating a fire.\n\nVarnish Mail\n\ntime6 days ago\n\n  • Business\n"
        "  • Varnish Mail\nIlse Varnby had a busy week."
    )
    assert drafts.get("The Tarnby Post") == "media"
    assert drafts.get("Varnish Mail") == "media"
    assert "Related Articles" not in drafts


def test_both_towns_of_a_joint_releases_dateline_are_places() -> None:
    drafts = draft_kind_names(
        "FRESNO, California and SALEM, Oregon, March 3, 2021 (GLOBE NEWSWIRE) — Korva Company and Tarn Stores "
        "said they would recycle bottles."
    )
    assert drafts.get("Fresno") == "place"
    assert drafts.get("Salem") == "place"
    assert "FRESNO" not in drafts


def test_a_wire_credited_in_brackets_on_its_own_line_is_media() -> None:
    drafts = draft_kind_names(
        "Reports said the funds were laundered through real estate in Kano and Abuja.\n(QNAN)\n"
        "A Federal High Court, Abuja, on Tuesday, fixed June 28 for the report."
    )
    assert drafts.get("QNAN") == "media"
