"""'The Vale of Tarnby' is one place, as 'the Valley of Tarnby' is: a vale heads a place's name."""

from __future__ import annotations

import pytest

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Met Office has a yellow warning for rain across the Vale of Tarnby until Tuesday.", "Vale of Tarnby"),
        ("Farmers in the Vale of Quenmoor lost their winter crops.", "Vale of Quenmoor"),
        ("Homes in Brenford Vale lost power overnight.", "Brenford Vale"),
    ],
)
def test_a_vale_is_one_place_with_its_name(text: str, name: str) -> None:
    drafts = draft_kinds(text)
    assert drafts.get(name) is ActorKind.place and "Vale" not in drafts, drafts


_MATCH = "The striker scored a penalty after a header, and the goalkeeper argued with the referee at half-time. "


@pytest.mark.parametrize(
    ("sentence", "club"),
    [
        ("Brenford Vale beat Crossholme 2-0 on Saturday.", "Brenford Vale"),
        ("Hallow Park drew 1-1 at home.", "Hallow Park"),
    ],
)
def test_a_side_of_a_result_named_like_a_vale_or_a_park_is_a_club(sentence: str, club: str) -> None:
    assert draft_kinds(_MATCH + sentence).get(club) is ActorKind.organization
