"""A person whose family name is a state's ("Michael Jordan", "Tessa Chad") is one person, not a
given name and a state."""

from __future__ import annotations

import pytest

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    "text",
    [
        "Critics praised Petra Jordan after the final.",
        "The award went to Tessa Chad on Friday.",
        "Marek Poland, 41, was fined by the court.",
    ],
)
def test_a_given_name_before_a_states_name_that_is_also_a_family_name_is_a_person(text: str) -> None:
    drafts = draft_kinds(text, language="en")
    [(name, kind)] = drafts.items()
    assert kind is ActorKind.person and " " in name
    assert not any(kind is ActorKind.state for kind in drafts.values())


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("Chad Niger relations soured after the coup.", {"Chad", "Niger"}),  # a given name that is a state too
        ("Trade between Jordan and Israel grew.", {"Jordan", "Israel"}),
        ("Officials said Jordan would attend.", {"Jordan"}),
    ],
)
def test_states_named_side_by_side_or_alone_stay_states(text: str, states: set[str]) -> None:
    drafts = draft_kinds(text, language="en")
    assert {name for name, kind in drafts.items() if kind is ActorKind.state} == states
