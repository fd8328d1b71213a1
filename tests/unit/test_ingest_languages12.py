"""Twelfth round of invented text in Russian, German, Portuguese, Spanish and French:
- a foreign city's name that opens a sentence joined by "or" or "of" to a common noun ("Вена или
  артерия": a vein or an artery; German "Pest oder Cholera") is that noun, not the city;
- a name that goes on past a small word ("São Martinho do Porto") is not read cut short as another town;
- a Spanish city whose name is also the Spanish name of a foreign state ("Granada") is never that state;
- a town of the page's country named as a bigger foreign town (under ten times bigger) is the page
  country's ("Salamanca")."""

from __future__ import annotations

import datetime as dt

import pytest

from dossier.ingest.extract import extract
from dossier.ingest.gazetteer import gazetteer
from dossier.ingest.town_support import home_namesake

PUBLISHED = dt.date(2025, 11, 20)


def _actors(text: str, language: str) -> dict[str, str]:
    extraction = extract(text, PUBLISHED, [], set(), "test-lang12", language=language)
    return {draft.name: draft.kind.value for draft in extraction.actors}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a sentence's first word joined to a common noun in lower case: the noun, not a city
        ("Вена или артерия — хирург работает с любым сосудом, сказал врач.", "ru", {}),
        ("Aba do boné virada para trás, o avançado festejou o golo.", "pt", {}),
        # German capitalises the noun: "or" and a partner that names no place show it
        ("Pest oder Cholera, so beschrieb ein Vertreter die Wahl.", "de", {}),
        ("Aleppo oder Damaskus, das war die Frage der Reise.", "de", {"Aleppo": "place", "Damaskus": "place"}),
        # joined to another place, the city stays
        ("Вена или Прага — туристы выбирают этой зимой.", "ru", {"Вена": "place", "Прага": "place"}),
        ("Вена и Прага ждут туристов этой зимой.", "ru", {"Вена": "place", "Прага": "place"}),
        # the name goes on past "do": no shorter town read inside it (Peniche, after a plural common noun
        # opening the sentence, is the town)
        ("Comerciantes de Peniche e de São Martinho do Porto temem perder clientes.", "pt", {"Peniche": "place"}),
        ("O governo do Rio Grande do Sul votou o plano.", "pt", {"Rio Grande do Sul": "place"}),
        # the Spanish city, never Grenada
        ("Granada y Córdoba ya tienen centros parecidos.", "es", {"Córdoba": "place"}),
        ("El congreso se celebra en Granada la próxima semana.", "es", {"Granada": "place"}),
    ],
)
def test_places_a_reader_sees(text: str, language: str, expected: dict[str, str]) -> None:
    """The drafts proposed are the places a reader of the sentence sees, and only those."""
    assert _actors(text, language) == expected


def test_a_state_spelled_with_its_own_accent_stays_the_state() -> None:
    """Portuguese "França" is France, not Franca (a Brazilian city without the cedilla)."""
    assert _actors("Muitas exportações seguem por estrada até à fronteira e depois para França.", "pt") == {
        "France": "state"
    }


@pytest.mark.parametrize(
    ("key", "language", "country"),
    [
        ("salamanca", "es", "Spain"),  # the Mexican Salamanca is bigger, but not ten times
        ("valencia", "es", "Spain"),  # Valencia in Venezuela is bigger
        ("brest", "fr", "France"),  # Brest in Belarus is bigger
        ("salamanca", "en", "Mexico"),  # an English page keeps the gazetteer's pick
        ("la paz", "es", "Bolivia"),  # a town ten times smaller in Spain does not take the capital's name
    ],
)
def test_a_town_named_as_a_bigger_foreign_one_is_the_page_countrys(key: str, language: str, country: str) -> None:
    """The place a draft is linked to (and grouped by) is the one of the page's country: Salamanca on
    a Spanish page is Spain's."""
    place = gazetteer().lookup(tuple(key.split()))
    assert place is not None
    assert home_namesake(place, tuple(key.split()), language).country == country
