"""Round realprobes83 (batch en83): rules found on invented English pages (a supermarket takeover, a store
chain's administration, a conglomerate's results, police task forces, court sentencings, a mountaineering
club's meet, an island football cup)."""

from __future__ import annotations

import pytest

from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        # a post, its holder, then "of" and the body the holder serves: two drafts, not one long body
        (
            "Assistant District Attorney Tomas Ferreira of the Major Crimes Bureau tried the case.",
            "Tomas Ferreira",
            "Major Crimes Bureau",
        ),
        # a double-barrelled family name whose second half is a place's word ("Moss", "Marsh")
        (
            "Yumiko Castellane-Marsh of the Harbour Safety Board said the port was closed.",
            "Yumiko Castellane-Marsh",
            "Harbour Safety Board",
        ),
    ],
)
def test_a_post_holder_then_of_and_a_body_are_two_drafts(text: str, person: str, body: str) -> None:
    kinds = draft_kinds(text, language="en")
    assert kinds.get(person) == "person", kinds
    assert kinds.get(body) == "organization", kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a task force against a crime is a police body, an agency's field division a civil office
        ("Detectives of the Ridgeton Gang Task Force arrested nine men.", "Ridgeton Gang Task Force"),
        ("The Lakeshore Narcotics Task Force seized the pills.", "Lakeshore Narcotics Task Force"),
        ("Agents of the DEA's Tarnby Field Division searched the warehouse.", "Tarnby Field Division"),
    ],
)
def test_crime_task_forces_and_field_divisions_are_organizations(text: str, name: str) -> None:
    kinds = draft_kinds(text, language="en")
    assert kinds.get(name) == "organization", kinds


def test_a_task_force_named_for_its_place_stays_an_armed_force() -> None:
    kinds = draft_kinds("Task Force Varnak patrolled the border.", language="en")
    assert kinds.get("Task Force Varnak") == "armed_force", kinds
