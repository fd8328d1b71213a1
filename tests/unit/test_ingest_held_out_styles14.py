"""A fourteenth round on the held-out styles: a numbered regiment after a battalion's comma, a kind of
body's acronym before a body's name, an armed group's branch named for a region, a firm after "an
agreement with", and long unit names (a team's "and", a unit's number, a letter before an acronym's
hyphen). Every example is invented; each test says what the analyst sees in the drafts."""

from __future__ import annotations

import pytest

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


def test_a_numbered_regiment_after_a_battalions_comma_is_a_unit_of_its_own_too() -> None:
    kinds = draft_kinds("Marines of the 3rd Battalion, 8th Tremmin Regiment landed at dawn.")
    assert kinds.get("3rd Battalion, 8th Tremmin Regiment") is ActorKind.armed_force
    assert kinds.get("8th Tremmin Regiment") is ActorKind.armed_force


def test_a_named_regiment_after_a_battalions_comma_stays_inside_the_whole() -> None:
    kinds = draft_kinds("Forty soldiers from the 4th Battalion, Royal Varnish Regiment will join.")
    assert kinds.get("4th Battalion, Royal Varnish Regiment") is ActorKind.armed_force
    assert "Royal Varnish Regiment" not in kinds


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("Critics, including the NGO Varnel Watch, said it ignored the river.", "Varnel Watch"),
        ("The NGO Tresk Relief said the camp was full.", "Tresk Relief"),
    ],
)
def test_a_kind_of_bodys_acronym_before_a_name_is_not_part_of_it(sentence: str, body: str) -> None:
    kinds = draft_kinds(sentence)
    assert kinds.get(body) is ActorKind.organization
    assert not any(name.startswith("NGO") for name in kinds)


def test_a_kind_of_bodys_acronym_inside_a_name_stays() -> None:
    assert draft_kinds("He spoke to the Tremmin NGO Forum in May.").get("Tremmin NGO Forum") is ActorKind.organization


@pytest.mark.parametrize("name", ["Islamic State Tremla Basin Province", "Varnak Liberation Front Northern Region"])
def test_an_armed_groups_branch_named_for_a_region_is_the_group(name: str) -> None:
    kind = draft_kinds(f"Fighters of {name} attacked the town of Kessa at dawn.").get(name)
    assert kind in (ActorKind.organization, ActorKind.armed_force)


def test_a_province_with_a_body_word_just_before_its_head_stays_a_place() -> None:
    assert (
        draft_kinds("He grew up in Free State Province near the border.").get("Free State Province") is ActorKind.place
    )


def test_a_lone_name_after_an_agreement_with_is_a_firm() -> None:
    kinds = draft_kinds("Tbilisi signed an agreement with Thales on air-defence radars in 2017.")
    assert kinds.get("Thales") is ActorKind.organization


def test_a_person_named_in_full_after_an_agreement_with_stays_a_person() -> None:
    kinds = draft_kinds("He reached an agreement with Vladimir Tresk on the border.")
    assert kinds.get("Vladimir Tresk") is ActorKind.person


def test_a_team_whose_and_comes_before_its_head_is_one_team() -> None:
    kinds = draft_kinds("Members of the Coast Guard's Harbour Safety and Boarding Team searched the dhow.")
    assert kinds.get("Harbour Safety and Boarding Team") is ActorKind.organization
    assert "Boarding Team" not in kinds


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Divers from Navy Mine Clearance Mobile Unit 7, found the parts.", "Navy Mine Clearance Mobile Unit 7"),
        ("Officers of Unit 74128 of the GRU were named.", "Unit 74128"),
    ],
)
def test_a_unit_and_its_number_are_one_unit(sentence: str, unit: str) -> None:
    assert draft_kinds(sentence).get(unit) is ActorKind.armed_force


def test_a_flat_with_a_small_number_is_no_unit() -> None:
    assert not any(name.startswith("Unit") for name in draft_kinds("She lives in Unit 3 on Varn Street."))


def test_a_letter_and_a_hyphen_before_an_acronym_are_one_body() -> None:
    kinds = draft_kinds("Forty soldiers will join the B-TRDF for an exercise in Kessa.")
    assert kinds.get("B-TRDF") is ActorKind.organization


def test_an_aircraft_code_is_no_body() -> None:
    assert draft_kinds("The squadron flew an F-35 and an E-3 over Kessa.").keys() <= {"Kessa"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Born: 11 February 1962, Tagbilaran, Varnohol, Philippines\nAllegiance: Philippines", "Varnohol"),
        ("The storm struck Kessaru, Tremla, Philippines, on Friday.", "Tremla"),
    ],
)
def test_names_written_before_a_state_with_commas_are_its_places(text: str, place: str) -> None:
    assert draft_kinds(text).get(place) is ActorKind.place


def test_a_person_written_before_a_state_stays_a_person() -> None:
    kinds = draft_kinds("Winners: Ilse Varnholt, Germany; Tomas Kerrigan, Ireland.")
    assert kinds.get("Ilse Varnholt") is ActorKind.person


@pytest.mark.parametrize("leader", ["Abdrabbuh Tresk Hadi", "Varnek Tomlin"])
def test_the_government_of_a_named_leader_names_a_person(leader: str) -> None:
    assert draft_kinds(f"Forces loyal to the government of {leader} held the port.").get(leader) is ActorKind.person


def test_the_government_of_a_state_stays_a_state() -> None:
    assert (
        draft_kinds("Forces loyal to the government of South Sudan held the port.").get("South Sudan")
        is ActorKind.state
    )


def test_a_single_name_of_a_state_is_a_body_of_that_state() -> None:
    kinds = draft_kinds("Bids came from Naval Group of France, Varntieri of Italy and Kessen Werft of Norway.")
    assert kinds.get("Varntieri") is ActorKind.organization
    assert kinds.get("Italy") is ActorKind.state


@pytest.mark.parametrize(
    ("sentence", "service"),
    [
        ("The inquiry, led by Army Brig. Gen. Tomas Varnley, found no fault.", "Army"),
        ("Air Force Col. Linda M. Tresk said the strike hit a depot.", "Air Force"),
    ],
)
def test_a_service_before_a_rank_is_the_persons_armed_force(sentence: str, service: str) -> None:
    kinds = draft_kinds(sentence)
    assert kinds.get(service) is ActorKind.armed_force
    assert ActorKind.person in kinds.values()


def test_an_air_rank_makes_no_armed_force() -> None:
    kinds = draft_kinds("Air Chief Marshal Tom Kessel said the base was safe.")
    assert kinds.get("Tom Kessel") is ActorKind.person
    assert ActorKind.armed_force not in kinds.values()


def _aliases(text: str) -> dict[str, list[str]]:
    from dossier.ingest.extract import extract

    return {draft.name: draft.aliases for draft in extract(text, None, [], set(), "t").actors}


def test_a_states_initials_written_apart_from_its_name_are_that_state() -> None:
    aliases = _aliases("Papua New Guinea was hit by a quake. Australia, PNG's largest aid donor, sent a team.")
    assert "PNG" in aliases.get("Papua New Guinea", [])
    assert "PNG" not in aliases


def test_a_file_format_with_no_state_spelled_out_is_no_name() -> None:
    assert "PNG" not in _aliases("Save the map as a PNG file before you send it to Kessa.")
