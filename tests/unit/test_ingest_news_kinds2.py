"""Kinds on English news pages (issue 15): a fire service's rank before a name; firms named by two
common words; places named after "to"/"and" beside other places.

Each test ingests invented text through the real extractor and states the drafts an analyst would see."""

from __future__ import annotations

import pytest

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    "text, person",
    [
        ("Group Manager Dalton Whitcroft of the county fire service said crews were there.", "Dalton Whitcroft"),
        ("Station Manager Ffion Treharne said four engines were sent.", "Ffion Treharne"),
        ("The blaze was out by noon, said Watch Manager Idris Pellow.", "Idris Pellow"),
    ],
)
def test_a_fire_service_rank_before_a_name_is_no_body(text: str, person: str) -> None:
    kinds = draft_kinds(text)
    assert kinds.get(person) is ActorKind.person
    assert not [name for name in kinds if "Manager" in name]
