"""A region named by a lower-case "sub-" and a land's adjective before the land is one place: "sub-Saharan
Africa", not a draft of no kind named "Saharan Africa". Every example is invented."""

from __future__ import annotations

import pytest

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    "text",
    [
        "The fund cut its growth forecast for sub-Saharan Africa on Tuesday.",
        "Most of the migrants came from sub-Saharan Africa, the agency said.",
    ],
)
def test_a_region_after_sub_is_one_place(text: str) -> None:
    kinds = draft_kinds(text)
    assert kinds.get("sub-Saharan Africa") is ActorKind.place, kinds
    assert "Saharan Africa" not in kinds, kinds
