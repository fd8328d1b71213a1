"""A sixteenth round on the held-out styles: air and naval units named by a number ("No. 92 Wing",
"816 Squadron"), a base named after a service's word ("RAAF Base X"), a shore base named like a
ship ("HMAS X"), a panel named for the state it examines, long formal names of bodies, a second
body after "and the", a "Directorate-General", and a command named by a commander's post. Every
example is invented; each test says what the analyst sees in the drafts."""

from __future__ import annotations

import pytest

from dossier.ingest.extract import extract
from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


def _aliases(text: str) -> dict[str, list[str]]:
    return {draft.name: draft.aliases for draft in extract(text, None, [], set(), "t", language="en").actors}


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Crews from No. 47 Wing flew north.", "No. 47 Wing"),
        ("Crews from No. 5 Squadron flew north.", "No. 5 Squadron"),
        ("Help came from No. 3 Field Signals Squadron at dawn.", "No. 3 Field Signals Squadron"),
        ("A helicopter from 829 Squadron landed on the deck.", "829 Squadron"),
        ("Troops of the 3rd/9th Light Horse Regiment moved.", "3rd/9th Light Horse Regiment"),
    ],
)
def test_a_unit_named_by_its_number_keeps_the_number(sentence: str, unit: str) -> None:
    kinds = draft_kinds(sentence)
    assert kinds.get(unit) is ActorKind.armed_force
    assert "Squadron" not in kinds and "Wing" not in kinds


@pytest.mark.parametrize(
    "sentence",
    ["The 3rd Wing of the hospital closed in May.", "About 40 Regiment soldiers came to the fair."],
)
def test_a_floor_or_a_count_before_a_unit_word_makes_no_unit(sentence: str) -> None:
    assert not any(kind is ActorKind.armed_force for kind in draft_kinds(sentence).values())


@pytest.mark.parametrize(
    ("sentence", "base"),
    [
        ("Two jets flew from RAAF Base Quandong on Monday.", "RAAF Base Quandong"),
        ("Sailors at Naval Base Tarrowby were told to wait.", "Naval Base Tarrowby"),
    ],
)
def test_a_base_named_after_its_service_is_a_place(sentence: str, base: str) -> None:
    assert draft_kinds(sentence).get(base) is ActorKind.place


def test_the_service_acronym_stays_a_body_beside_its_base() -> None:
    kinds = draft_kinds("Jets flew from RAAF Base Quandong on Monday. Later, RAAF crews flew to Lae.")
    assert kinds.get("RAAF") is ActorKind.organization
    assert kinds.get("RAAF Base Quandong") is ActorKind.place


def test_a_customer_base_is_no_place() -> None:
    assert draft_kinds("The customer base grew again this year.") == {}


@pytest.mark.parametrize(
    ("sentence", "base"),
    [
        ("The helicopter is based at HMAS Brolgavale near Wagga.", "HMAS Brolgavale"),
        ("The frigate returned to HMAS Tindarra in Darwin on Friday.", "HMAS Tindarra"),
    ],
)
def test_a_shore_base_named_like_a_ship_is_a_place(sentence: str, base: str) -> None:
    assert draft_kinds(sentence).get(base) is ActorKind.place


def test_a_ship_that_is_boarded_stays_equipment() -> None:
    kinds = draft_kinds("Sailors aboard HMAS Quarrion sailed from Cairns. Officers from HMAS Quarrion waved.")
    assert "HMAS Quarrion" not in kinds


@pytest.mark.parametrize(
    ("sentence", "panel"),
    [
        (
            "The Delegation backs the Independent Commission of Inquiry on the Syrian Arab Republic in its work.",
            "Independent Commission of Inquiry on the Syrian Arab Republic",
        ),
        (
            "She joined the UN Group of Experts on the Democratic Republic of the Congo last year.",
            "UN Group of Experts on the Democratic Republic of the Congo",
        ),
    ],
)
def test_a_panel_named_for_the_state_it_examines_is_one_body(sentence: str, panel: str) -> None:
    assert draft_kinds(sentence).get(panel) is ActorKind.organization


def test_a_conference_on_a_state_still_names_the_state() -> None:
    kinds = draft_kinds("He spoke at the Conference on Syria in May.")
    assert kinds.get("Syria") is ActorKind.state


def test_a_long_formal_name_of_a_body_is_read_whole() -> None:
    sentence = "Through the Directorate-General for Maritime Safety and Coastal Rescue Aid Operations, Varnia paid."
    name = "Directorate-General for Maritime Safety and Coastal Rescue Aid Operations"
    kinds = draft_kinds(sentence)
    assert kinds.get(name) is ActorKind.organization
    assert not any(kind is ActorKind.person for kind in kinds.values())


def test_a_secretary_general_before_a_name_is_still_a_title() -> None:
    assert draft_kinds("UN Secretary-General Ilse Varnholm said so.").get("Ilse Varnholm") is ActorKind.person


def test_a_second_body_after_and_the_is_its_own() -> None:
    kinds = draft_kinds("The mission advises the Ministry of Justice and the Haute Autorité de la Presse on reform.")
    assert kinds.get("Ministry of Justice") is ActorKind.organization
    assert "Haute Autorité de la Presse" in kinds


def test_a_foreign_body_word_alone_before_lower_case_words_is_no_body() -> None:
    kinds = draft_kinds("Nexa won it from the regulator, the Autorité des marchés financiers, in March.")
    assert "Autorité" not in kinds


def test_islamic_state_of_iraq_and_the_levant_stays_whole() -> None:
    assert (
        draft_kinds("The Islamic State of Iraq and the Levant attacked.").get("Islamic State of Iraq and the Levant")
        is ActorKind.armed_force  # the armed group "Islamic State" with its region (round realread43)
    )


def test_a_french_collective_is_a_body() -> None:
    kinds = draft_kinds("The local group Collectif Varnay pour la Paix counted the dead.")
    assert kinds.get("Collectif Varnay pour la Paix") is ActorKind.organization


def test_a_commander_post_with_no_name_after_it_names_the_command() -> None:
    aliases = _aliases("Commander Maritime Patrols said the deployment went well.")
    assert "Maritime Patrols" in aliases
    assert aliases["Maritime Patrols"] == ["Commander Maritime Patrols"]
    assert (
        draft_kinds("Commander Maritime Patrols said the deployment went well.").get("Maritime Patrols")
        is ActorKind.organization
    )


def test_a_commander_post_before_a_group_leaves_the_group() -> None:
    kinds = draft_kinds("Air Commodore Tess Varnley, Commander Tracking and Warning Group, said so.")
    assert kinds.get("Tracking and Warning Group") is ActorKind.organization
    assert kinds.get("Tess Varnley") is ActorKind.person


def test_a_commander_with_a_name_stays_a_person() -> None:
    assert (
        draft_kinds("Commander Tamsin Orrel-Vance said the crew did well.").get("Tamsin Orrel-Vance")
        is ActorKind.person
    )


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Soldiers secured an airfield at Dunmarra Creek before dawn.", "Dunmarra Creek"),
        ("Patrol boats were seen near Varrow Reef on Monday.", "Varrow Reef"),
    ],
)
def test_a_creek_or_a_reef_is_a_place(sentence: str, place: str) -> None:
    assert draft_kinds(sentence).get(place) is ActorKind.place


def test_a_person_named_creek_who_speaks_stays_a_person() -> None:
    assert draft_kinds("Jack Creek said the road was shut.").get("Jack Creek") is ActorKind.person
