"""Round realread56: rules found reading real pages by hand (Indian, Nigerian and US market reports, Kenyan and Irish
crime news, CENTCOM, Gaza, DFAT and EU statements). Invented sentences and names throughout."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kind_names


def test_a_name_whose_share_moves_to_a_price_is_a_listed_firm() -> None:
    drafts = draft_kind_names(
        "Investors stayed upbeat on Tuesday. Quellam Paints chalked up 10.00 per cent to sell for N34.10, Dorian "
        "Hartwell grew by 9.80 per cent to N4.73, and Varnby Lakes jumped by 9.99 per cent to N9.80. Conversely, "
        "Ostrelfoam shrank by 9.96 per cent to N79.10."
    )
    assert drafts.get("Quellam Paints") == "organization"
    assert drafts.get("Dorian Hartwell") == "organization"
    assert drafts.get("Varnby Lakes") == "organization"
    assert drafts.get("Ostrelfoam") == "organization"


def test_a_gainer_listed_with_its_percentage_is_a_listed_firm_but_a_polled_person_stays_a_person() -> None:
    drafts = draft_kind_names(
        "Mumbai: Indian shares ended higher on Friday.\n\nTOP GAINERS\n\nQuellam Steel: 5.86 per cent\n\n"
        "Varnby Finance: 1.25 per cent\n\nTOP LOSERS\n\nQKTL: -0.30 per cent\n\nIn a poll of voters, "
        "Dorian Hartwell led the race.\n\nDorian Hartwell: 45 per cent\n"
    )
    assert drafts.get("Quellam Steel") == "organization"
    assert drafts.get("Varnby Finance") == "organization"
    assert drafts.get("QKTL") == "organization"
    assert drafts.get("Dorian Hartwell") == "person"
