"""Round lang77: Danish and Norwegian pages (their small towns, "på", their lands, islands and waters named bare),
German districts, reservoirs and lakes with their nouns, Vietnamese rivers and clubs, Hindi spellings.

Invented examples; the places are real but differ from the benchmark pages' own where they can.
"""

from __future__ import annotations

import pytest

from tests.unit.ingest_helpers import draft_kinds


def _kinds(text: str, language: str) -> dict[str, str]:
    return {name: str(kind) for name, kind in draft_kinds(text, language=language).items()}


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        # towns of 1,000 to 5,000 people, named after a preposition and in a list
        (
            "no",
            "Toget står stille mellom Vinstra og Fagernes, og de reisende venter i Geilo.",
            {"Vinstra", "Fagernes", "Geilo"},
        ),
        (
            "da",
            "Lastbilerne kører fra Tinglev til Brædstrup, og chaufføren bor i Løgstør.",
            {"Tinglev", "Brædstrup", "Løgstør"},
        ),
    ],
)
def test_danish_and_norwegian_towns_of_a_thousand_people(language: str, text: str, names: set[str]) -> None:
    kinds = _kinds(text, language)
    assert {name for name in names if kinds.get(name) == "place"} == names, kinds
