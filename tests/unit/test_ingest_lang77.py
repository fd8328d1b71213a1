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


def test_norwegian_town_after_pa() -> None:
    # Norwegian names some inland towns with "på", as an island; the town's name is frequent in its news
    kinds = _kinds("Politiet på Gjøvik fikk melding om brannen, og mannskap fra Elverum rykket ut.", "no")
    assert kinds.get("Gjøvik") == "place", kinds


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        # islands, parts of the land and straits named bare, and a land listed after one
        (
            "da",
            "Færgen til Bornholm er aflyst, og på Langeland og Ærø venter turisterne.",
            {"Bornholm", "Langeland", "Ærø"},
        ),
        ("da", "Vinden blæser hårdt over Storebælt og i Himmerland.", {"Storebælt", "Himmerland"}),
        (
            "no",
            "Turistene reiser til Hallingdal og Numedal, mens andre drar på Senja.",
            {"Hallingdal", "Numedal", "Senja"},
        ),
        ("no", "Vannstanden i Glomma stiger, og det regner i Finnmark.", {"Glomma", "Finnmark"}),
    ],
)
def test_danish_and_norwegian_lands_named_bare(language: str, text: str, names: set[str]) -> None:
    kinds = _kinds(text, language)
    assert {name for name in names if kinds.get(name) == "place"} == names, kinds


def test_a_land_opening_a_longer_name_is_none() -> None:
    kinds = _kinds("Han spiller nå for Bodø og jobber i Lofoten Sjømat.", "no")
    assert "Lofoten" not in kinds, kinds


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("da", "Skibet sejlede videre ud i Østersøen og Nordhavet.", "Nordhavet"),
        ("no", "Fisket i Barentshavet øker.", "Barentshavet"),
    ],
)
def test_danish_and_norwegian_seas_with_the_noun_joined(language: str, text: str, name: str) -> None:
    assert _kinds(text, language).get(name) == "place"
