"""A family name written alone, with no given name or title, is a person's when it has an ending only family
names have ("-enko", "-shvili", "-opoulos"...) and a person's verb follows it; things and places with such
endings stay what they are. Every example is invented."""

from __future__ import annotations

import pytest

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Hrytsenko said the convoy would leave at dawn.", "Hrytsenko"),
        ("Officials said Tavadze would fly to Brussels on Monday.", "Tavadze"),
        ("Merabishvili denied that the ministry had been warned.", "Merabishvili"),
        ("Reporters asked whether Karamanopoulos had resigned; Karamanopoulos told them he had not.", "Karamanopoulos"),
        ("Dragović signed the decree late on Friday.", "Dragović"),
        ("Officials said Tarnoveva would fly to Brussels on Monday.", "Tarnoveva"),
        ("Reporters asked whether Kvasnicová had resigned.", "Kvasnicová"),
        ("The minister said Wierzbowska would lead the talks in May.", "Wierzbowska"),
    ],
)
def test_a_family_name_alone_is_a_person_by_its_ending(text: str, person: str) -> None:
    kinds = draft_kinds(text)
    assert kinds.get(person) is ActorKind.person, kinds


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The guards at the gate carried Kalashnikov rifles.", "Kalashnikov"),
        ("She posted the clip on Bluesky within the hour.", "Bluesky"),
    ],
)
def test_a_thing_with_such_an_ending_is_no_person(text: str, word: str) -> None:
    kinds = draft_kinds(text)
    assert kinds.get(word) is not ActorKind.person, kinds
