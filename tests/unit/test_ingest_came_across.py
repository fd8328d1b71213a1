"""What one "came across" one met with, not crossed: no cue of place for the name that follows."""

from __future__ import annotations

import pytest

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I first came across Corvina Bianca at a tasting in spring, and ordered a case.", "Corvina Bianca"),
        ("Collectors who stumbled across Vellomar last year now pay twice as much for it.", "Vellomar"),
    ],
)
def test_what_one_came_across_is_no_place(text: str, name: str) -> None:
    assert draft_kinds(text, language="en").get(name) is not ActorKind.place


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Heavy storms swept across Vellomar on Sunday, cutting power to thousands.", "Vellomar"),
        ("Patrols moved across Southern Tarnia before dawn, officials said.", "Southern Tarnia"),
    ],
)
def test_across_after_a_verb_of_moving_is_still_a_place(text: str, name: str) -> None:
    assert draft_kinds(text, language="en").get(name) is ActorKind.place
