"""Places and junk in Portuguese, Korean, Russian and German finance, tech, crime and politics news
that round lang45's pages showed.

Portuguese: "a" before a firm named like a town is its article, not the preposition "to", when it
opens a clause after a comma or the sentence and a verb follows the name ("Depois do balanço, a
Taubaté caiu 3%"); in a list or a route it is the preposition still ("vão a Limeira, a Piracicaba e
a Campinas"). A small town listed after a known place counts only when the list has a cue of place
("em Lins e Piracaia"); "Lins e Piracaia caem no pregão" lists two shares.

Each case is an invented sentence; the drafts are what an analyst would review."""

from __future__ import annotations

import datetime as dt

import pytest

from dossier.ingest.extract import extract

PUBLISHED = dt.date(2026, 12, 3)


def _drafts(text: str, language: str) -> set[str]:
    extraction = extract(text, PUBLISHED, [], set(), "test-lang45", language=language)
    return {actor.name for actor in extraction.actors}


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("No setor de papel, a Limeira avançou 2% no pregão.", set()),
        ("A Sorocaba recuou 1% no pregão.", set()),
        ("Depois do balanço, a Taubaté caiu 3%.", set()),
        # the preposition: a list of towns, a route's end after a comma
        ("Os ônibus vão a Limeira, a Piracicaba e a Campinas.", {"Limeira", "Piracicaba", "Campinas"}),
        ("O cabo liga a Praia do Futuro, em Fortaleza, a Sesimbra, ao sul de Lisboa.", {"Fortaleza", "Sesimbra", "Lisboa"}),
    ],
)
def test_portuguese_article_before_a_firm_named_like_a_town(text: str, wanted: set[str]) -> None:
    assert _drafts(text, "pt") == wanted


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Lins e Piracaia caem no pregão desta sexta.", set()),
        ("Choveu em Lins e Piracaia na sexta.", {"Lins", "Piracaia"}),
    ],
)
def test_portuguese_small_town_listed_needs_a_cue_of_place(text: str, wanted: set[str]) -> None:
    assert _drafts(text, "pt") == wanted
