"""A twenty-seventh round on the held-out styles: a lower-case job before a comma shows the name after
it is a person's, a ship's commanding officer is a post, and a service's installation is named with
the state it sits in. Every example is invented; each test says what the analyst sees in the drafts."""

from __future__ import annotations

from dossier.ingest.extract import extract
from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


def test_a_name_after_a_lower_case_job_and_a_comma_is_a_person() -> None:
    kinds = draft_kinds(
        "The district administrator, Tovondrainy Rasolofo, said two guards died. According to a local "
        "fisherman, Bakari Mohamedi, the boats came at night."
    )
    assert kinds.get("Tovondrainy Rasolofo") is ActorKind.person
    assert kinds.get("Bakari Mohamedi") is ActorKind.person


def test_a_ships_commanding_officer_is_a_post_standing_for_its_holder() -> None:
    kinds = draft_kinds(
        "The Commanding Officer of USS Harlan Pike, Cmdr. Tessa Mowbray, said the crew was safe. "
        "Commanding Officer HMAS Quandong, Commander Ros Adeyemi-Hart, said the ship sailed."
    )
    assert kinds.get("Commanding Officer of USS Harlan Pike") is ActorKind.person
    assert kinds.get("Commanding Officer HMAS Quandong") is ActorKind.person
    assert "Harlan Pike" not in kinds  # the ship's name is no person
    assert kinds.get("Tessa Mowbray") is ActorKind.person


def test_a_services_installation_keeps_the_state_it_sits_in() -> None:
    kinds = draft_kinds("Sailors at Naval Support Activity Bahrain and Naval Air Station Wexcombe were put on alert.")
    assert kinds.get("Naval Support Activity Bahrain") is ActorKind.place
    assert "Bahrain" not in kinds
    assert kinds.get("Naval Air Station Wexcombe") is ActorKind.place


def test_a_bodys_acronym_in_its_own_language_is_still_its_acronym() -> None:
    text = (
        "Rights groups have accused the Special Intervention Force (Fips) of killing suspects. "
        "Fips denied the claim on Tuesday."
    )
    drafts = {draft.name: draft for draft in extract(text, None, [], set(), "test-drafts", language="en").actors}
    assert drafts["Special Intervention Force"].kind is ActorKind.armed_force
    assert "Fips" in drafts["Special Intervention Force"].aliases
    assert "Fips" not in drafts  # no person who denied something


def test_a_place_in_brackets_after_a_body_is_no_acronym() -> None:
    kinds = draft_kinds("The Coast Guard Service (Madagascar) said the boats were seized.")
    assert kinds.get("Madagascar") is ActorKind.state
