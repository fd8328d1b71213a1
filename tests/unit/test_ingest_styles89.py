"""Round styles89 (style probes bbc-132, centcom-130, dfat-129, eu-133, wiki-164): rules found on invented
documents in re3d's five styles."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kinds


def test_an_acronym_of_four_letters_spells_a_name_of_listed_fields_in_another_language() -> None:
    kinds = draft_kinds(
        "The ministers met the Sociedad Nacional de Minería, Petróleo y Energía (SNMPE) and the Australia-Latin "
        "America Business Council (ALABC) in Lima on Tuesday.",
        language="en",
    )
    assert kinds.get("Sociedad Nacional de Minería, Petróleo y Energía") == "organization"
    assert "Petróleo y Energía" not in kinds


def test_a_name_of_listed_fields_keeps_its_second_name_after_a_dash_when_the_bracket_repeats_it() -> None:
    kinds = draft_kinds(
        "The projects are backed by €1.2 billion from the Neighbourhood, Development and International Cooperation "
        "Instrument – Global Europe (NDICI-Global Europe), the Commission said.",
        language="en",
    )
    assert kinds.get("Neighbourhood, Development and International Cooperation Instrument – Global Europe") == (
        "organization"
    )
    assert "Global Europe" not in kinds
