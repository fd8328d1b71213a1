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
