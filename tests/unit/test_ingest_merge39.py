"""Mends on the merge of this stop's rounds, from their held-out halves. Invented sentences and names throughout."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kind_names


def test_a_field_before_a_managers_name_is_no_body() -> None:
    drafts = draft_kind_names(
        "Crews were called to a barn fire near Quellby at 2am. Station manager Kate Orrin said the roof had gone.\n\n"
        "The district council will raise water charges. Infrastructure manager Craig Tarvel said the pipes were old."
        "\n\nOrders doubled, Sales manager Ilse Varn said. Quellbrook boss Ann Lee said the year had been hard."
    )
    assert "Station" not in drafts and "Infrastructure" not in drafts and "Sales" not in drafts
    assert drafts.get("Kate Orrin") == "person" and drafts.get("Craig Tarvel") == "person"
    assert drafts.get("Quellbrook") == "organization"
