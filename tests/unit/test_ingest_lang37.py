"""Places in German, Russian, Korean and Portuguese news that round 37's pages showed lost: a
city's name in the language cut two letters short of its English one, Korean provinces and city
districts before the town or township they hold, and Russian names of three words declined whole.
Each case is an invented sentence; the drafts are what an analyst would review."""

from __future__ import annotations

import datetime as dt

import pytest

from dossier.ingest.extract import extract

PUBLISHED = dt.date(2026, 3, 14)


def _places(text: str, language: str) -> set[str]:
    extraction = extract(text, PUBLISHED, [], set(), "test-lang37", language=language)
    return {actor.name for actor in extraction.actors}


@pytest.mark.parametrize(
    ("text", "language", "wanted"),
    [
        # A large city's German name, its English one without the last two letters ("Prag": Prague),
        # after a bare preposition of place.
        ("Die Händler verkauften die gestohlenen Fahrräder später in Prag weiter.", "de", {"Prag"}),
        ("Der Zug aus Prag kam mit einer Stunde Verspätung an.", "de", {"Prag"}),
    ],
)
def test_places_found(text: str, language: str, wanted: set[str]) -> None:
    assert wanted <= _places(text, language)


@pytest.mark.parametrize(
    ("text", "language", "unwanted"),
    [
        # The cut is short: a word that starts a city's name more than two letters short stays a word.
        ("Wir fahren in Los Gruppen zur Schule.", "de", "Los Angeles"),
    ],
)
def test_no_place(text: str, language: str, unwanted: str) -> None:
    assert unwanted not in _places(text, language)
