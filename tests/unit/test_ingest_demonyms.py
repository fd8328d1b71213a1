"""A people's adjective stands for the state it is built on; where two states' names could build it, the
longer name is the nearer ("Nigerian" is Nigeria + "n", not Niger + "ian"). Every example is invented."""

from __future__ import annotations

import pytest

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    "text",
    [
        "Nigerian officials said the talks in Abuja went well.",
        "The Nigerian ambassador Adaeze Okafor-Lind opened the festival.",
    ],
)
def test_nigerian_stands_for_nigeria_not_niger(text: str) -> None:
    kinds = draft_kinds(text)
    assert kinds.get("Nigeria") is ActorKind.state
    assert "Niger" not in kinds


def test_nigerien_still_stands_for_niger() -> None:
    kinds = draft_kinds("A Nigerien patrol crossed the border at dawn.")
    assert kinds.get("Niger") is ActorKind.state
    assert "Nigeria" not in kinds
