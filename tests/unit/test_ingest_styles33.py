"""A thirty-third round on the held-out styles: a body whose name holds a rank word ("the
Reconnaissance General Bureau"), and a place's own name listed beside great cities ("Seoul, Tokyo and
Washington"). Every example is invented; each test says what the analyst sees in the drafts."""

from __future__ import annotations

import pytest

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The listings include the Reconnaissance General Bureau and two banks.", "Reconnaissance General Bureau"),
        ("Officers of the Varnakian General Directorate were named.", "Varnakian General Directorate"),
    ],
)
def test_a_rank_word_between_a_plain_word_and_a_bodys_word_is_the_bodys(text: str, name: str) -> None:
    kinds = draft_kinds(text)
    assert kinds.get(name) is ActorKind.organization
    assert "Bureau" not in kinds
    assert "Directorate" not in kinds


def test_a_rank_before_a_persons_name_still_makes_a_person() -> None:
    kinds = draft_kinds("Major General Ilse Varnova and Brigadier General Tomas Hale met the Army Council.")
    assert kinds.get("Ilse Varnova") is ActorKind.person
    assert kinds.get("Tomas Hale") is ActorKind.person


@pytest.mark.parametrize(
    "text",
    [
        "We reaffirmed our close cooperation with Seoul, Tokyo and Washington on the sanctions.",
        "Officials in Seoul and Washington agreed to meet again.",
    ],
)
def test_a_places_own_name_listed_after_a_great_city_is_a_place(text: str) -> None:
    assert draft_kinds(text).get("Washington") is ActorKind.place


def test_a_surname_the_document_gives_someone_is_no_place_beside_a_city() -> None:
    kinds = draft_kinds("Denzel Washington met fans. Fans in Tokyo and Washington cheered him.")
    assert kinds.get("Washington") is not ActorKind.place
    assert kinds.get("Denzel Washington") is ActorKind.person


def test_a_ships_name_without_its_prefix_is_the_ship_not_a_person() -> None:
    kinds = draft_kinds(
        "Marines live on board the BRP Sierra Madre, a rusting ship. Beijing says the Sierra Madre cannot stay."
    )
    assert "Sierra Madre" not in kinds
    assert kinds.get("Beijing") is ActorKind.place


def test_a_person_with_a_ships_name_is_still_a_person_when_no_ship_bears_it() -> None:
    assert draft_kinds("Sierra Madre spoke to the press in Manila.").get("Sierra Madre") is ActorKind.person


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Analysis: Jonathan Head-Ramos, South East Asia correspondent", "Jonathan Head-Ramos"),
        ("Reporting by Ilse Bishop-Varn in Manila.", "Ilse Bishop-Varn"),
    ],
)
def test_a_title_word_hyphened_to_a_surname_after_a_given_name_is_half_the_surname(text: str, name: str) -> None:
    kinds = draft_kinds(text)
    assert kinds.get(name) is ActorKind.person
    assert "Ramos" not in kinds
    assert "Varn" not in kinds


def test_a_hyphened_rank_of_two_titles_still_opens_the_name() -> None:
    kinds = draft_kinds("Lieutenant-Colonel Ilse Varnova spoke to the troops.")
    assert kinds.get("Ilse Varnova") is ActorKind.person


@pytest.mark.parametrize(
    "text", ["Fighting in DR Congo worsened on Monday.", "Aid to the DR Congo rose again this year."]
)
def test_dr_in_capitals_before_congo_is_the_state_not_a_doctor(text: str) -> None:
    kinds = draft_kinds(text)
    assert kinds.get("Democratic Republic of the Congo") is ActorKind.state
    assert "Congo" not in kinds


def test_a_mission_in_the_dr_congo_is_no_doctor_named_congo() -> None:
    kinds = draft_kinds("Peacekeepers of the Varnakian Stabilization Mission in the DR Congo (VSMC) were hurt.")
    assert kinds.get("Congo") is not ActorKind.person


def test_dr_before_a_persons_name_is_still_a_doctor() -> None:
    assert draft_kinds("DR Ilse Varnova spoke at the clinic.").get("Ilse Varnova") is ActorKind.person


def test_a_body_named_by_its_head_word_inside_a_capitalised_post_is_no_body() -> None:
    kinds = draft_kinds("The envoy is due to meet Parliament Speaker Nabih Varn-Saad on Thursday.")
    assert kinds.get("Nabih Varn-Saad") is ActorKind.person
    assert "Parliament" not in kinds


def test_the_parliament_named_on_its_own_is_still_a_body() -> None:
    kinds = draft_kinds("Members of the Parliament voted. Parliament Speaker Ilse Varnova said no.")
    assert kinds.get("Parliament") is ActorKind.organization


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("There he thanked Airmen of the 379th Air Expeditionary Wing for their support.", "Airmen"),
        ("The general thanked Guardsmen of the 42nd Division at the armoury.", "Guardsmen"),
    ],
)
def test_service_members_plural_of_a_man_noun_is_no_actor(text: str, word: str) -> None:
    kinds = draft_kinds(text)
    assert word not in kinds
    assert any(kind is ActorKind.armed_force for kind in kinds.values())


def test_a_given_name_ending_in_men_is_still_drafted() -> None:
    assert "Carmen" in draft_kinds("She met Carmen in Madrid on Monday.")


def test_a_count_of_a_forces_members_names_people_not_the_unit() -> None:
    kinds = draft_kinds("Two Navy SEALs were lost at sea during the boarding of a dhow.")
    assert "Navy SEALs" not in kinds


def test_a_forces_members_named_without_a_count_are_still_the_unit() -> None:
    kinds = draft_kinds("The Army Rangers trained near the coast for a week.")
    assert kinds.get("Army Rangers") is ActorKind.armed_force


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Troops of the SADC Mission in the Democratic Republic of the Congo (SAMIDRC) were killed.",
            "SADC Mission in the Democratic Republic of the Congo",
        ),
        (
            "Troops of the Varnakian Mission in the Republic of the Congo were killed.",
            "Varnakian Mission in the Republic of the Congo",
        ),
    ],
)
def test_a_mission_in_a_state_of_a_long_formal_name_is_named_whole(text: str, name: str) -> None:
    kinds = draft_kinds(text)
    assert kinds.get(name) is ActorKind.organization
    assert "SADC Mission" not in kinds
    assert "Varnakian Mission" not in kinds
