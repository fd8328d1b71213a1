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
        # Spanish: a part of the place (a town also a family name) by its compass noun and "of"
        ("Granizó con fuerza en el sur de Zamora.", "es", "Zamora", "place"),
        ("Cortes de luz en pueblos del norte de Segovia.", "es", "Segovia", "place"),
        # Swedish: a landform's name with the noun's article on its end, after a bare preposition
        ("Fyren på Sandudden släcktes i natt.", "sv", "Sandudden", "place"),
        ("Färjan till Lidingön är inställd.", "sv", "Lidingön", "place"),
        # Turkish: a bare name before a postposition of direction, its relative and dative forms too
        ("Sivas ve Tokat yönündeki yollar kapandı.", "tr", "Tokat", "place"),
        ("Sivas ve Tokat yönündeki yollar kapandı.", "tr", "Sivas", "place"),
        ("Bolu yönüne giden tırlar durduruldu.", "tr", "Bolu", "place"),
        # ...and a lake named before its noun, the noun in the genitive after an apostrophe
        ("Eğirdir Gölü'nün suları çekildi.", "tr", "Eğirdir Gölü", "place"),
    ],
)
def test_places_of_regional_news(text: str, language: str, name: str, kind: str) -> None:
    assert draft_kinds(text, language).get(name) == kind


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # German: a land or a town named only inside a body's name, after its acronym or a league's noun
        ("Die Kosten der Kur übernimmt die AOK Hessen.", "Hessen"),
        ("Laut IKK Sachsen stiegen die Beiträge.", "Sachsen"),
        ("Nach dem Aufstieg spielt der Verein in der Oberliga Westfalen.", "Westfalen"),
    ],
)
def test_places_inside_a_body_s_name_are_not_drafted(text: str, name: str) -> None:
    assert name not in draft_kinds(text, "de")


@pytest.mark.parametrize(
    ("text", "language", "name", "kind"),
    [
        # ...but a place after a preposition, a dateline in capitals, or a body's land in another language is
        ("Die Polizei in Hessen ermittelt wegen Betrugs.", "de", "Hessen", "place"),
        ("Пресс-служба ГУ МВД России сообщила о задержании.", "ru", "Russia", "state"),
    ],
)
def test_places_beside_a_body_stay(text: str, language: str, name: str, kind: str) -> None:
    assert draft_kinds(text, language).get(name) == kind
