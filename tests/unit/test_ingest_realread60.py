"""Round realread60: rules found reading real tech and business pages by hand (phone and chip launches, telecom
outages, Indian, British and US market reports, Kenyan business and traffic news).
Invented sentences and names throughout."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kind_names


def test_a_makers_model_code_is_no_body_on_any_of_its_mentions() -> None:
    drafts = draft_kind_names(
        "The Quorvane Z7 is the biggest smartphone launch this summer. The Z7 comes with a wide camera, and "
        "the Z7 goes on sale in June. Tarnel announced its Nova S4 handset, which replaces the S5 of last year."
    )
    assert "Z7" not in drafts
    assert "S5" not in drafts
    assert drafts.get("Tarnel") == "organization"


def test_a_chip_lines_code_name_before_its_noun_is_no_place() -> None:
    drafts = draft_kind_names(
        "Quorvane unveiled “Heron Lake,” its new flagship chip for laptops. The Heron Lake processors come as "
        "Quorvane struggles with delays. Its Haswell chips shipped a year ago."
    )
    assert "Heron Lake" not in drafts
    assert "Haswell" not in drafts


def test_a_ticker_after_a_one_word_firm_is_no_body() -> None:
    drafts = draft_kind_names(
        "Tarnelco (TARX) is showing its new chips this week. To put that in perspective, Quorvane’s (QVNE) "
        "fastest chip runs at 3 GHz, according to testers."
    )
    assert "TARX" not in drafts
    assert "QVNE" not in drafts


def test_a_name_that_moves_by_a_percentage_on_a_shares_page_is_a_firm() -> None:
    drafts = draft_kind_names(
        "Indian shares opened higher on Tuesday.\n\n"
        "Varnotek Housing Finance declined 2.5 percent on reporting a fall in its profit.\n\n"
        "The biggest risers included Quellmoor up 14.9p at 340.8p, and Tarnby Dolphin ahead 29p at 859p."
    )
    assert drafts.get("Varnotek Housing Finance") == "organization"
    assert drafts.get("Quellmoor") == "organization"


def test_a_superhighway_is_a_road() -> None:
    drafts = draft_kind_names("Motorists on the Varnby Superhighway were stuck for hours after a crash near Quellton.")
    assert drafts.get("Varnby Superhighway") == "place"


def test_a_firm_named_by_its_own_code_before_its_listing_is_a_firm() -> None:
    drafts = draft_kind_names(
        "Shares fell after a profit warning from furniture giant QLC (LON:QLC). In a trading statement, QLC cut its "
        "forecast, and QLC said demand was weak."
    )
    assert drafts.get("QLC") == "organization"


def test_a_move_to_a_price_in_pence_reads_a_firm() -> None:
    drafts = draft_kind_names(
        "London shares ended lower. Tarnby Holdings added 3.49% to 282p whilst Quellnor gained 3.84% to close at "
        "281.05p, and Varnwick lost 1.2% to 93.75p."
    )
    assert drafts.get("Quellnor") == "organization"
    assert drafts.get("Varnwick") == "organization"


def test_a_brand_of_a_letter_and_a_word_before_its_customers_is_a_firm() -> None:
    drafts = draft_kind_names(
        "Phone service was interrupted for Q-Net customers late Monday, and Q-Net said its engineers were at work."
    )
    assert drafts.get("Q-Net") == "organization"


def test_a_name_before_its_number_and_a_capitalised_index_is_the_index() -> None:
    drafts = draft_kind_names(
        "US stocks rose on Thursday. The Quellmark & Tarn’s 400 Index was up 11.38 points, or 0.72 per cent, at "
        "1,590.17, and Varnby Mining jumped 18 per cent."
    )
    assert "Quellmark & Tarn" not in drafts
