"""A title's word inside an event's name ("Speaker" in "the Tarnby Speaker Training Workshop") is no title when
only frequent nouns follow it: the words after it name the event, not a person."""

from __future__ import annotations

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


def test_frequent_nouns_after_a_titles_word_are_an_events_name_not_a_person() -> None:
    kinds = draft_kinds("Join the Tarnby Speaker Training Workshop on Saturday at the library.")
    assert "Training Workshop" not in kinds, kinds
    assert draft_kinds("President Ilse Varn opened the workshop.").get("Ilse Varn") is ActorKind.person
