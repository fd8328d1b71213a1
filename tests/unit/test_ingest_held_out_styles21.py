"""A twenty-first round on the held-out styles: "<US state> State" names a university and its teams
("Nebraska State beat Idaho State"), not the state, while "Kachin State" stays a region. Every example is
invented; each test says what the analyst sees in the drafts."""

from __future__ import annotations

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


def test_a_us_college_team_named_state_is_not_a_place() -> None:
    kinds = draft_kinds(
        "Coach Dermot Vallance left Nebraska State in 2019. His Idaho State side lost 24-17 to Kansas State "
        "on Saturday, and he moved to Ohio State the next spring."
    )
    for team in ("Nebraska State", "Idaho State", "Kansas State", "Ohio State"):
        assert kinds.get(team) is not ActorKind.place, team


def test_a_region_named_state_abroad_stays_a_place() -> None:
    kinds = draft_kinds("Clashes in Kachin State and Chin State forced 900 families from Palwe to Haka.")
    assert kinds.get("Kachin State") is ActorKind.place
    assert kinds.get("Chin State") is ActorKind.place
