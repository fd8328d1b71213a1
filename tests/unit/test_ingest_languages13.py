"""Thirteenth round of invented text in Spanish, Italian, French, Portuguese, German and Russian:
- Spanish and Italian "o" join a list of places ("en Madrid o Valladolid"), and a state or a city of a
  million needs no preposition to carry its list on ("hacia Barcelona o Pamplona"); a family name
  after "o" stays a person's;
- a home town after a common noun's "of" is the town ("des élèves de Besançon, de Dijon et de
  Belfort", "a vereadora de Cantanhede"), unless the name is a family or given name;
- German "im dänischen Aarhus": a country's adjective between the article and the town;
- the other languages' names of regions CLDR does not name ("Sibirien", "Скандинавия")."""

from __future__ import annotations

import datetime as dt

import pytest

from dossier.ingest.extract import extract

PUBLISHED = dt.date(2025, 12, 1)


def _actors(text: str, language: str) -> dict[str, str]:
    extraction = extract(text, PUBLISHED, [], set(), "test-lang13", language=language)
    return {draft.name: draft.kind.value for draft in extraction.actors}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # "o" lists places in Spanish and Italian
        (
            "Las familias viven en Madrid o Valladolid desde hace años.",
            "es",
            {"Madrid": "place", "Valladolid": "place"},
        ),
        (
            "Muchos estudiantes se van hacia Barcelona o Pamplona cada otoño.",
            "es",
            {"Barcelona": "place", "Pamplona": "place"},
        ),
        ("Molti giovani partono per Milano o Bergamo ogni anno.", "it", {"Milano": "place", "Bergamo": "place"}),
        # ...but a family name after "o" is a person's (Moreno is also a town in Argentina)
        ("Los técnicos de Madrid o Moreno firmaron el acuerdo.", "es", {"Madrid": "place"}),
        # ...and a frequent word after "o" is that word ("Marca" is also a newspaper)
        ("Los jóvenes se van hacia Madrid o Marca cada año.", "es", {"Madrid": "place"}),
        # a home town after a common noun's "of", and a list that repeats the "of"
        (
            "Le lycée accueille des élèves de Besançon, de Dijon et de Belfort.",
            "fr",
            {"Besançon": "place", "Dijon": "place", "Belfort": "place"},
        ),
        ("A vereadora de Cantanhede quer mais creches.", "pt", {"Cantanhede": "place"}),
        # ...not a person after "of" (Machado is a Brazilian town and a family name)
        ("O gol de Machado decidiu o jogo.", "pt", {}),
        ("Le roman de Mathieu a été traduit.", "fr", {}),
        # a country's adjective between the article and the town
        ("Das Orchester spielte im dänischen Aarhus vor vollem Haus.", "de", {"Aarhus": "place"}),
        ("Der Konzern ist im technischen Bereich stark.", "de", {}),
        ("Er arbeitet im bayerischen Rest der Firma.", "de", {}),
        # ...and a smaller town of the page's country after its region's adjective
        ("Die Messe im bayerischen Rosenheim beginnt am Montag.", "de", {"Rosenheim": "place"}),
        ("Er kam aus dem sächsischen Zwickau zurück.", "de", {"Zwickau": "place"}),
        # the language's names of regions that CLDR lacks
        (
            "Die Expedition führt durch Patagonien und den Kaukasus.",
            "de",
            {"Patagonien": "place", "Kaukasus": "place"},
        ),
        (
            "Журавли прилетают из Скандинавии, а утки из Сибири.",
            "ru",
            {"Скандинавия": "place", "Сибирь": "place"},
        ),
        ("Des oies arrivent de Sibérie chaque hiver.", "fr", {"Sibérie": "place"}),
        # "Кавказ" is the Caucasus, not GeoNames' Russian spelling of a Colombian town
        ("Из Крыма и с Кавказа приехали делегации.", "ru", {"Крым": "place", "Кавказ": "place"}),
    ],
)
def test_places_a_reader_sees(text: str, language: str, expected: dict[str, str]) -> None:
    """The drafts proposed are the places a reader of the sentence sees, and only those."""
    assert _actors(text, language) == expected


def test_portuguese_article_o_joins_no_list() -> None:
    """In Portuguese "o" is the article: "em Lisboa o Benfica" gives no town from the club's name."""
    assert "Benfica" not in _actors("O jogo foi em Lisboa o Benfica ganhou por dois golos.", "pt")
