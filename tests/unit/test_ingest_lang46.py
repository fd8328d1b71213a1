"""Places and junk in German, Russian, Portuguese and Korean business, sport, culture and health news
that round lang46's pages showed.

Portuguese: a one-word town's name right before a state's, with no comma and no preposition of
place before them, is a firm's branch in that country ("o Santander Brasil", "pela Toledo
Argentina"); prose writes a town in its country with a comma ("em Santander, na Espanha").

Each case is an invented sentence; the drafts are what an analyst would review."""

from __future__ import annotations

import datetime as dt

import pytest

from dossier.ingest.extract import extract

PUBLISHED = dt.date(2026, 12, 3)


def _drafts(text: str, language: str) -> set[str]:
    extraction = extract(text, PUBLISHED, [], set(), "test-lang46", language=language)
    return {actor.name for actor in extraction.actors}


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("O lucro do Santander Brasil subiu 10% no trimestre.", set()),
        ("A fábrica, apoiada pela Toledo Argentina, abriu ontem.", set()),
        # a town in its country, and a town after a preposition of place
        ("Ele mora em Santander, na Espanha.", {"Santander", "Spain"}),
        ("A equipe chegou em Lisboa Portugal ontem.", {"Lisboa", "Portugal"}),
    ],
)
def test_a_firms_branch_named_by_a_town_is_no_state(text: str, wanted: set[str]) -> None:
    assert _drafts(text, "pt") == wanted
