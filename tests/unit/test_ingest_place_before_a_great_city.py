"""A place's own name before "and" and a great city ("between Washington and Beijing") is a place, as it is
after one ("with Seoul, Tokyo and Washington"), even when the word is also a family name elsewhere."""

from __future__ import annotations

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


def test_a_place_named_before_and_a_great_city_is_a_place() -> None:
    drafts = draft_kinds("Relations between Washington and Moscow soured over the winter.", language="en")
    assert drafts == {"Washington": ActorKind.place, "Moscow": ActorKind.place}


def test_a_person_of_that_name_is_still_a_person() -> None:
    drafts = draft_kinds("Denzel Washington and Paris Hilton attended the gala.", language="en")
    assert drafts.get("Denzel Washington") is ActorKind.person
    assert "Washington" not in drafts
    drafts = draft_kinds("Mr Washington and Beijing officials met on Monday.", language="en")
    assert drafts.get("Washington") is ActorKind.person


def test_an_ordinary_word_before_a_great_city_stays_a_word() -> None:
    assert "Hope" not in draft_kinds("Hope and Paris remain on the list.", language="en")
