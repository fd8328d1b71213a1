"""Fourteenth round of invented text in German, Italian, Portuguese and Russian:
- a dateline names a home town of 50,000 to 100,000 people as it names a smaller one
  ("Wetzlar, 3. Mai 2025 –"), and Italian "ad" (the "a" before a vowel) is a preposition of place;
- a first-level region with a three-letter name ("Goa") is read after a preposition of place, and
  no frequent three-letter word of German, Portuguese, Spanish, French or Italian is such a name."""

from __future__ import annotations

import datetime as dt

import pytest
from wordfreq import top_n_list

from dossier.ingest.extract import extract
from dossier.ingest.gazetteer import _SHORT_REGION_SIZE, gazetteer, place_key

PUBLISHED = dt.date(2025, 12, 1)


def _actors(text: str, language: str) -> dict[str, str]:
    extraction = extract(text, PUBLISHED, [], set(), "test-lang14", language=language)
    return {draft.name: draft.kind.value for draft in extraction.actors}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a dateline supports a home town of 50k-100k
        ("Wetzlar, 3. Mai 2025 – Die Stadtwerke erhöhen die Preise.", "de", {"Wetzlar": "place"}),
        ("Hameln, 3. Mai 2025 (dpa) – Die Stadtwerke erhöhen die Preise.", "de", {"Hameln": "place"}),
        (
            "Andria, 28 novembre 2025 – La raccolta delle olive è ripresa dopo due anni difficili.",
            "it",
            {"Andria": "place"},
        ),
        ("Il sindaco è tornato ad Andria ieri sera.", "it", {"Andria": "place"}),
        # a three-letter region after a preposition of place
        ("A empresa abriu um escritório em Goa no ano passado.", "pt", {"Goa": "place"}),
        ("Die Firma eröffnete ein Büro in Goa und in Bayern.", "de", {"Goa": "place", "Bayern": "place"}),
    ],
)
def test_reads_the_place(text: str, language: str, expected: dict[str, str]) -> None:
    actors = _actors(text, language)
    for name, kind in expected.items():
        assert actors.get(name) == kind, actors


@pytest.mark.parametrize(
    ("text", "language", "absent"),
    [
        # with no preposition a three-letter name stays unread: it may be a word, an acronym, a name
        ("Goa é um estado pequeno, dizem os turistas.", "pt", "Goa"),
        # the town of the dateline is read, not the small words of its line
        ("Die Stadtwerke in Wetzlar erhöhen die Preise; Van und Bar bleiben gleich.", "de", "Bar"),
    ],
)
def test_leaves_the_word(text: str, language: str, absent: str) -> None:
    assert absent not in _actors(text, language)


@pytest.mark.parametrize("language", ["de", "pt", "es", "fr", "it"])
def test_no_frequent_three_letter_word_is_a_short_region_name(language: str) -> None:
    # A user writing "em Uso", "in Ihr", "à Mon" or "em Mãe" must never see a region drafted: no
    # three-letter name kept for a region may be the key of a frequent word of these languages.
    table = gazetteer()
    short = {
        key
        for view in table.local.values()
        for key, place in view.items()
        if place.kind == "place" and place.population == _SHORT_REGION_SIZE
    }
    assert place_key("Goa") in short
    frequent = [word for word in top_n_list(language, 5000) if len(word) == 3 and word.isalpha()]
    assert len(frequent) > 100
    assert [word for word in frequent if place_key(word) in short] == []
