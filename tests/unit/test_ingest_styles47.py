"""A forty-seventh round on the held-out styles (re3d-style BBC, CENTCOM, DFAT, EU and Wikipedia pages):
a force's arm named after an en dash stays in the force's name, and a carrier group named after its
ship keeps the hull number in brackets. Every example is invented; each test says what the analyst sees."""

from __future__ import annotations

import pytest

from dossier.ingest.extract import extract
from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize("dash", ["–", "—"])
def test_a_forces_arm_after_an_en_dash_stays_in_its_name(dash: str) -> None:
    kinds = draft_kinds(f"The drill was hosted by the Tarnland Defence Forces {dash} Royal Army near the border.")
    assert f"Tarnland Defence Forces {dash} Royal Army" in kinds


def test_a_dash_before_a_person_still_ends_the_force() -> None:
    kinds = draft_kinds("He served twenty years in the Tarnish Army – Osk Melvar said so on Monday.")
    assert "Tarnish Army" in kinds
    assert "Osk Melvar" in kinds


def test_a_carrier_group_keeps_its_ships_hull_number() -> None:
    kinds = draft_kinds("The USS Harlan Voss (CVN 81) Carrier Strike Group sailed into the gulf on Monday.")
    assert kinds.get("USS Harlan Voss (CVN 81) Carrier Strike Group") is not None
    assert "Carrier Strike Group" not in kinds


def test_a_demonym_before_a_unit_named_for_another_land_is_its_nation() -> None:
    kinds = draft_kinds("Fighters of the Belarusian Asia Brigade withdrew from the town on Monday.")
    assert "Asia Brigade" in kinds
    assert "Belarusian Asia Brigade" not in kinds


def test_a_demonym_inside_a_forces_own_name_stays() -> None:
    kinds = draft_kinds("The Iraqi Security Forces retook the town on Monday.")
    assert "Iraqi Security Forces" in kinds


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Elders of the Qarawi clan met the governor on Monday.", "Qarawi"),
        ("Fighters from the Bani Tarsh tribe blocked the road.", "Bani Tarsh"),
        ("Men of the Quraydi and Zubayd tribes joined the march.", "Quraydi"),
    ],
)
def test_a_tribe_or_clan_is_a_people(text: str, people: str) -> None:
    assert draft_kinds(text).get(people) is ActorKind.state


def test_a_people_before_its_faith_is_the_people() -> None:
    kinds = draft_kinds("Thousands of Varnaki Muslims fled across the river to Leeds.")
    assert kinds.get("Varnaki") is ActorKind.state
    assert "Varnaki Muslims" not in kinds


def test_a_leader_after_loyal_to_is_no_place() -> None:
    kinds = draft_kinds("Migrants are held in camps run by militias loyal to Khalifa Tarnoush in the east.")
    assert kinds.get("Khalifa Tarnoush") is not ActorKind.place


def test_a_body_known_by_one_word_in_the_possessive_keeps_its_name() -> None:
    kinds = draft_kinds("But the Knesset's speaker told reporters the talks would go on.")
    assert "Knesset" in kinds
    assert "Knesset's" not in kinds


@pytest.mark.parametrize(
    ("text", "station"),
    [
        ("Reporters at Radio Free Tarnland said the border was closed.", "Radio Free Tarnland"),
        ("On Monday, Radio Quellmar's night service said the vote was rigged.", "Radio Quellmar"),
    ],
)
def test_a_station_named_after_radio_is_media(text: str, station: str) -> None:
    assert draft_kinds(text).get(station) is ActorKind.media


@pytest.mark.parametrize(
    ("text", "formal"),
    [
        (
            "Quellaria, officially the Republic of Quellaria, is an unrecognised state. Quellaria borders Chad.",
            "Republic of Quellaria",
        ),
        (
            "In 1960 Quellaria became the State of Quellaria. Quellaria joined the union days later.",
            "State of Quellaria",
        ),
    ],
)
def test_a_state_the_gazetteer_does_not_know_under_its_formal_name(text: str, formal: str) -> None:
    actors = extract(text, None, [], set(), "tag").actors
    quellaria = next(actor for actor in actors if actor.name == "Quellaria")
    assert quellaria.kind is ActorKind.state
    assert formal in quellaria.aliases


def test_a_protectorate_is_a_place() -> None:
    kinds = draft_kinds("The coast was part of the Tarnish Quellar Protectorate until 1960.")
    assert kinds.get("Tarnish Quellar Protectorate") is ActorKind.place


def test_a_consensus_is_a_document_named_after_its_body() -> None:
    kinds = draft_kinds("Canberra backs the ASEAN Seven-Step Consensus on the crisis in Tarnland.")
    assert kinds.get("ASEAN") is ActorKind.organization


def test_a_short_day_inside_a_name_is_a_syllable() -> None:
    kinds = draft_kinds("The rebels' spokesman Zaw Thu Min-Lwin told reporters the town had fallen.")
    assert kinds.get("Zaw Thu Min-Lwin") is ActorKind.person


def test_a_short_day_before_a_date_still_ends_a_name() -> None:
    kinds = draft_kinds("The panel meets in Leeds on Thu 12 March to hear Ilse Varn.")
    assert not any("Thu" in name for name in kinds)


def test_a_stance_towards_a_people_in_a_headline_is_the_people() -> None:
    kinds = draft_kinds("Tarnland vote: Pro-Serbian bloc claims a narrow win in the north")
    assert "Pro-Serbian" not in kinds
    assert kinds.get("Serbia") is ActorKind.state


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The opposition Tarnish Unity Bloc, led by a former mayor, said it would not accept the result.",
            "Tarnish Unity Bloc",
        ),
        ("Clashes between the Quell Order Apparatus and the police went on overnight.", "Quell Order Apparatus"),
    ],
)
def test_a_bloc_or_an_apparatus_is_a_body(text: str, body: str) -> None:
    assert draft_kinds(text).get(body) is ActorKind.organization


def test_a_press_desk_named_communication_integration_signs_a_release() -> None:
    text = "The strike near Tarnok killed no civilians.\n\nJoint Task Force Quell Communication Integration\n"
    kinds = draft_kinds(text)
    assert "Joint Task Force Quell Communication Integration" in kinds


def test_a_party_named_with_a_peoples_adjective_stays_whole() -> None:
    text = "The ruling Serbian Tomorrow party passed the law on Tuesday. Serbian Tomorrow said it would not back down."
    kinds = draft_kinds(text)
    assert kinds.get("Serbian Tomorrow") is ActorKind.organization
    assert "Tomorrow" not in kinds


def test_names_listed_after_a_plural_place_noun_are_places() -> None:
    kinds = draft_kinds("The fighting spread to the districts of Varnoh, Qeshtal and Ardumah last week.")
    assert all(kinds.get(name) is ActorKind.place for name in ("Varnoh", "Qeshtal", "Ardumah"))


def test_the_office_of_a_body_spelled_by_its_acronym_keeps_office() -> None:
    text = "It asks the Office of the Tarnish High Commissioner for Displaced Persons (THCDP) to visit the camps."
    kinds = draft_kinds(text)
    assert kinds.get("Office of the Tarnish High Commissioner for Displaced Persons") is ActorKind.organization


def test_a_tribe_written_with_a_small_particle_is_the_same_people() -> None:
    text = (
        "Gunmen killed 30 members of the Al bu Qarsh tribe in the valley.\n\n"
        "Officials said the Al Bu Qarsh tribe had fought the gunmen for a year."
    )
    kinds = draft_kinds(text)
    assert kinds.get("Al Bu Qarsh") is ActorKind.state
    assert "Qarsh" not in kinds


def test_a_groups_camps_are_not_its_name_as_a_place() -> None:
    kinds = draft_kinds("The army overran most of the camps of Harakat Nasr al-Qarn in the forest.")
    assert kinds.get("Harakat Nasr al-Qarn") is not ActorKind.place


def test_a_legal_form_before_and_ends_a_firms_name() -> None:
    text = "Sanctions name Tarnvale Holdings Public Company Limited and Quellmar Trading Corporation, both owned by it."
    kinds = draft_kinds(text)
    assert kinds.get("Tarnvale Holdings Public Company Limited") is ActorKind.organization
    assert kinds.get("Quellmar Trading Corporation") is ActorKind.organization
