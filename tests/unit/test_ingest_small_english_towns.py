"""English local news names small towns of its own lands ("in Dungarvan", "near Mudgee"): the gazetteer
holds those of 5,000 people or more for English pages, but not one-word towns named like everyday words
or people ("Success", "Watson"), nor small towns of Germany."""

from __future__ import annotations

import pytest

from dossier.ingest.gazetteer import gazetteer
from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # ("for" leads to persons and bodies as well: the gazetteer says it is a town)
        ("Engineering work planned for Dungarvan on 28 April will go ahead, the council said.", "Dungarvan"),
        ("Engineering work planned for Mudgee on 28 April will go ahead.", "Mudgee"),
    ],
)
def test_a_small_town_of_an_english_speaking_land_is_a_place(text: str, town: str) -> None:
    assert draft_kinds(text).get(town) is ActorKind.place


@pytest.mark.parametrize("word", ["success", "watson", "hope"])
def test_a_small_town_named_like_a_word_or_a_person_is_not_read_in_english(word: str) -> None:
    assert gazetteer().in_language("en").lookup((word,)) is None


def test_the_gazetteer_knows_the_small_town_with_its_country() -> None:
    place = gazetteer().in_language("en").lookup(("dungarvan",))
    assert place is not None and place.country == "Ireland"


def test_a_small_german_town_is_read_in_german_only() -> None:
    assert gazetteer().in_language("de").lookup(("hachenburg",)) is not None
    assert gazetteer().in_language("en").lookup(("hachenburg",)) is None
