"""Round lang64: regional news in Polish, Czech, Turkish, Ukrainian, Swedish and Spanish: a later item of a
list of towns after a bare preposition ("från Mora och Sälen", "w Gorlicach i Bieczu"), and a town,
a municipality or a district named in the nominative after its noun ("w gminie Lipinki", "orten Haparanda",
"в містечку Вижниця").

Invented examples; the places are real but differ from the benchmark pages' own where they can.
"""

from __future__ import annotations

import pytest

from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    ("text", "language", "name", "kind"),
    [
        # a later item of a list whose first item, after a bare preposition, is a town the tables hold
        ("Bussarna går från Mora och Sälen varje timme.", "sv", "Sälen", "place"),
        ("Vägen mellan Luleå och Jokkmokk är avstängd.", "sv", "Jokkmokk", "place"),
        ("Szkoły zamknięto w Gorlicach i Bieczu.", "pl", "Biecz", "place"),
        # a municipality, a district or a town in the nominative after its noun
        ("Wójt wystartuje w gminie Lipinki ponownie.", "pl", "Lipinki", "place"),
        ("Radny z dzielnicy Zabłocie złożył wniosek.", "pl", "Zabłocie", "place"),
        ("Goście z czeskiego miasta Náchod przyjechali rano.", "pl", "Náchod", "place"),
        ("Larmet kom från orten Vittangi strax efter midnatt.", "sv", "Vittangi", "place"),
        ("Vattnet steg i byn Kåbdalis under natten.", "sv", "Kåbdalis", "place"),
        ("Рятувальники працювали в містечку Вижниця.", "uk", "Вижниця", "place"),
    ],
)
def test_places_of_regional_news(text: str, language: str, name: str, kind: str) -> None:
    assert draft_kinds(text, language).get(name) == kind
