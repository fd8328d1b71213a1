"""Mends on the merge of this stop's rounds, from the independent golds. Invented sentences and names throughout."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kind_names


def test_a_racing_series_written_as_a_letter_and_a_figure_is_still_a_draft() -> None:
    # The function keys' names (ESC, F1...) were added as terms; "F1" is far more often the racing series.
    drafts = draft_kind_names(
        "The Varnby circuit stayed on the F1 calendar for twenty years. Ilse Tarnwick won three F1 races there."
    )
    assert "F1" in drafts


def test_a_quote_opening_on_a_consonant_after_a_city_is_no_ayn_inside_a_name() -> None:
    # An Arabic word's opening ayn comes before a vowel: "'Coconut" after "Angeles" opens a quote.
    drafts = draft_kind_names(
        "He played to full houses at Quellby's Grand Hotel and at the Los Angeles 'Coconut Grove.\n\n"
        "The envoy met Khalid 'Umar Ahmad al-Varnawi in Quellby."
    )
    assert drafts.get("Los Angeles") == "place"
    assert not any("Coconut" in name and "Angeles" in name for name in drafts)
    assert drafts.get("Khalid 'Umar Ahmad al-Varnawi") == "person"


def test_a_plural_title_abbreviated_before_several_holders_is_no_name() -> None:
    # "Sens.", "Reps.", "Govs." are titles with their full stop, as "Sen." is; "Sens" alone is still the town.
    drafts = draft_kind_names(
        "The bill was backed by U.S. Sens. Ilse Varnby of Ohio, Tom Quell of Texas and Ann Lee of Iowa. "
        "Govs. Bo Tarn and Mia Lind signed it.\n\nPilgrims walked from Paris to Sens in Burgundy."
    )
    assert not any("Sens" in name or "Govs" in name for name in drafts if name != "Sens")
    assert drafts.get("Ilse Varnby") == "person" and drafts.get("Bo Tarn") == "person"
    assert drafts.get("Sens") == "place"


def test_a_recipes_ingredient_lines_make_no_drafts() -> None:
    drafts = draft_kind_names(
        "Ingredients\n- 1.5 lbs Boneless, Skinless Tarnby Thighs: your choice.\n- 1 Head Varnby Lettuce\n"
        "- 100 g Dark Quellmoor Chocolate\n½ tsp Smoked Paprika\n\n"
        "Ilse Varn of Tarnwick won the Quellby bake-off with it in 2019."
    )
    assert not any(word in name for name in drafts for word in ("Thighs", "Lettuce", "Chocolate", "Paprika"))
    assert drafts.get("Ilse Varn") == "person"


def test_a_charts_strength_index_is_no_body() -> None:
    drafts = draft_kind_names(
        "Shares of Quellmark Holdings rose 4% on Tuesday. The RSI sits near 70, and the MACD turned up, "
        "Ilse Varn of Tarnby Capital said."
    )
    assert "RSI" not in drafts and "MACD" not in drafts
    assert drafts.get("Tarnby Capital") == "organization"


def test_a_markets_term_after_a_name_is_not_part_of_it() -> None:
    drafts = draft_kind_names(
        "Investors poured money into the Bitcoin ETF on Monday, and the Quellmark Holdings IPO was delayed again, "
        "Ilse Varn of Tarnby Capital said."
    )
    assert not any(name.endswith(("ETF", "IPO")) for name in drafts)
    assert drafts.get("Quellmark Holdings") == "organization"
