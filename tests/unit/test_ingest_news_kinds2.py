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


@pytest.mark.parametrize(
    "text, firm",
    [
        ("Burst mains flooded the lane. Western Water said the leak was fixed by noon.", "Western Water"),
        ("Crossings were cancelled overnight. Morvane Line said sailings would resume on Friday.", "Morvane Line"),
        ("On Monday, Caldmoor Rail said trains would run a reduced timetable.", "Caldmoor Rail"),
        ("Bills will rise. Allied Utilities, which owns the reservoirs, declined to comment.", "Allied Utilities"),
    ],
)
def test_a_firm_named_by_common_words_that_speaks_or_owns_is_a_body(text: str, firm: str) -> None:
    assert draft_kinds(text).get(firm) is ActorKind.organization


def test_a_person_whose_family_name_is_a_common_word_still_speaks() -> None:
    kinds = draft_kinds("Ffion Baker said the leak was fixed. Idris Pellow said crews were still there.")
    assert kinds.get("Ffion Baker") is ActorKind.person
    assert kinds.get("Idris Pellow") is ActorKind.person


def test_a_compass_word_before_a_state_is_no_firm() -> None:
    kinds = draft_kinds("Southern Syria said nothing of the talks, and Northern Cyprus said little more.")
    assert ActorKind.organization not in kinds.values()


@pytest.mark.parametrize(
    "text, unknown, known",
    [
        ("Sailings to Skellig Mor and Bristol were cancelled after the storm.", "Skellig Mor", "Bristol"),
        ("Ramblers from Hebbleton and Leeds joined the search on Sunday.", "Hebbleton", "Leeds"),
        ("Ferries to Brittany and Cornwall were cancelled on Friday.", "Brittany", "Cornwall"),
    ],
)
def test_a_name_listed_with_a_known_town_after_a_preposition_of_place_is_a_place(
    text: str, unknown: str, known: str
) -> None:
    kinds = draft_kinds(text)
    assert kinds.get(unknown) is ActorKind.place
    assert kinds.get(known) is ActorKind.place


def test_a_given_name_that_speaks_stays_a_person_beside_a_listed_town() -> None:
    kinds = draft_kinds("Brittany Vosper said the ferries to Cardiff and Bristol were full.")
    assert kinds.get("Brittany Vosper") is ActorKind.person
    assert kinds.get("Bristol") is ActorKind.place
