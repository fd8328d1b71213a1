"""A thirty-fifth round on the held-out styles: a land form or a town's region named before the place
it lies in ("the Hamrin Mountains of Salah al-Din Province", "the Diffa Region of Niger") is two places,
while a region whose own name takes its state ("Kurdistan Region of Iraq") stays one. Every example is
invented; each test says what the analyst sees in the drafts."""

from __future__ import annotations

import pytest

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


def test_a_land_form_then_the_province_it_lies_in_are_two_places() -> None:
    kinds = draft_kinds("Troops searched caves in the Varnak Mountains of Tel al-Qarim Province on Monday.")
    assert kinds.get("Varnak Mountains") is ActorKind.place
    assert kinds.get("Tel al-Qarim Province") is ActorKind.place
    assert "Varnak Mountains of Tel al-Qarim Province" not in kinds


@pytest.mark.parametrize(("area", "state"), [("Diffa Region", "Niger"), ("Sagaing Region", "Myanmar")])
def test_a_towns_region_then_its_state_are_two_places(area: str, state: str) -> None:
    kinds = draft_kinds(f"Aid convoys reached the {area} of {state} after the floods.")
    assert kinds.get(area) is ActorKind.place
    assert kinds.get(state) is ActorKind.state
    assert f"{area} of {state}" not in kinds


def test_a_region_named_with_its_state_stays_one_place() -> None:
    kinds = draft_kinds("The delegation flew on to the Kurdistan Region of Iraq on Tuesday.")
    assert kinds.get("Kurdistan Region of Iraq") is ActorKind.place


@pytest.mark.parametrize("name", ["U.S.-Tremmia Border Commission", "Tremmia-U.K. Joint Trade Commission"])
def test_a_body_named_for_a_dotted_state_and_another_is_one_organization(name: str) -> None:
    kinds = draft_kinds(f"Ministers opened the {name} in Kessel on Monday.")
    assert kinds.get(name) is ActorKind.organization


def test_a_dotted_state_before_a_hyphen_and_a_lower_case_word_stays_a_state() -> None:
    kinds = draft_kinds("U.S.-backed fighters reached the U.S.-Mexico border on Friday.")
    assert kinds.get("United States") is ActorKind.state
    assert kinds.get("Mexico") is ActorKind.state
    assert not any(name.startswith("U.S.-") for name in kinds)


@pytest.mark.parametrize("head", ["Agreement", "Accords", "Declaration"])
def test_a_document_named_for_two_hyphened_places_names_each_place(head: str) -> None:
    kinds = draft_kinds(f"Both sides signed the Belgrade-Pristina {head} in March.")
    assert kinds.get("Belgrade") is ActorKind.place
    assert kinds.get("Pristina") is ActorKind.place
    assert "Belgrade-Pristina" not in kinds


def test_a_military_post_named_with_garrison_is_a_place() -> None:
    kinds = draft_kinds("Helicopters flew supplies to the Varnak Garrison near the border.")
    assert kinds.get("Varnak Garrison") is ActorKind.place


def test_a_person_whose_family_name_is_garrison_stays_a_person() -> None:
    kinds = draft_kinds("Lawyer Helen Garrison filed the appeal in Kessel.")
    assert kinds.get("Helen Garrison") is ActorKind.person
