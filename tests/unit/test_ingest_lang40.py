"""Places in Russian, Korean and Portuguese news that round 40's pages showed lost: a Russian
neuter town in the locative listed after another town that stands after "в" ("в Ярославле и
Кольчугине"); and no neuter town read in a surname after "о" ("о Ярославле и Петрове"). Each case is
an invented sentence; the drafts are what an analyst would review."""

from __future__ import annotations

import datetime as dt

import pytest

from dossier.ingest.extract import extract

PUBLISHED = dt.date(2026, 12, 3)


def _places(text: str, language: str) -> set[str]:
    extraction = extract(text, PUBLISHED, [], set(), "test-lang40", language=language)
    return {actor.name for actor in extraction.actors}


@pytest.mark.parametrize(
    ("text", "language", "wanted"),
    [
        # A Russian neuter town's locative ("-ине", "-ове") as a later item of a list after "в".
        ("Склады открыты в Ярославле и Кольчугине.", "ru", {"Ярославль", "Кольчугино"}),
        ("Склады открыты в Ярославле, Суздале и Кольчугине.", "ru", {"Суздаль", "Кольчугино"}),
    ],
)
def test_places_are_read(text: str, language: str, wanted: set[str]) -> None:
    assert wanted <= _places(text, language)


@pytest.mark.parametrize(
    ("text", "language", "unwanted"),
    [
        # After "о" (about) a list's locative in "-ове" is a surname's, not a neuter town's.
        ("Говорили о Ярославле и Петрове.", "ru", {"Петрово"}),
    ],
)
def test_no_place_is_read(text: str, language: str, unwanted: set[str]) -> None:
    assert not unwanted & _places(text, language)
