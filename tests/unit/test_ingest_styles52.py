"""A fifty-second round on the held-out styles (re3d-style BBC, CENTCOM, DFAT, EU and Wikipedia pages): peoples
named by their tongue or their armed groups, a description after a name that opens with a people's word, a quoted
nom de guerre, an adjective rank before common words, a campaign against a body in capitals, a body's
own-language name after "and", a land named by its war in lower case and a lower-case particle inside a body's
own-language name. Every example is invented; each test says what the analyst sees."""

from __future__ import annotations

from dossier.ingest.extract import extract
from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


def test_a_word_before_speaking_is_a_people() -> None:
    kinds = draft_kinds("The movement recruited among Tarvoshi-speaking herders in the hills.")
    assert kinds.get("Tarvoshi") is ActorKind.state


def test_a_word_between_a_and_armed_group_is_a_people() -> None:
    kinds = draft_kinds("Police blamed the Kessel Night Riders, a Vornish armed group, for the raid.")
    assert kinds.get("Vornish") is ActorKind.state


def test_a_description_opened_by_a_peoples_word_gives_the_names_kind() -> None:
    kinds = draft_kinds("Police blamed the Kessel Night Riders, a Vornish armed group, for the raid.")
    assert kinds.get("Kessel Night Riders") is ActorKind.armed_force


def test_a_name_listed_with_a_people_before_groups_is_a_people() -> None:
    kinds = draft_kinds(
        "Police blamed the Kessel Night Riders, a Vornish armed group, for the raid. "
        "Clashes between armed Vornish and Tallo-Mek groups went on for two days."
    )
    assert kinds.get("Tallo-Mek") is ActorKind.state


def test_a_nickname_after_known_by_the_nom_de_guerre_is_the_persons_alias() -> None:
    actors = extract(
        'The cell was led by Ilse Varnova-Tokkel, known by the nom de guerre "Comrade Tarka", until 1991.',
        None,
        [],
        set(),
        "tag",
    ).actors
    person = next(a for a in actors if a.name == "Ilse Varnova-Tokkel")
    assert "Comrade Tarka" in person.aliases


def test_an_adjective_rank_before_common_words_names_no_person() -> None:
    kinds = draft_kinds("The Major National Dialogue of 2011 was never carried out in Tarvel.")
    assert not any(kind is ActorKind.person for kind in kinds.values())


def test_a_campaign_against_a_body_in_capitals_names_the_body() -> None:
    kinds = draft_kinds("Soldiers deployed to Tarvel in support of the Defeat-ISIL mission.")
    assert "Defeat-ISIL" not in kinds
    assert "ISIL" in kinds


def test_a_bodys_own_language_name_after_and_is_a_second_body() -> None:
    kinds = draft_kinds("Aid reached the valley through the Council of the Tarvish Guild and Amis Sans Fiançailles.")
    assert kinds.get("Council of the Tarvish Guild") is ActorKind.organization
    assert "Amis Sans Fiançailles" in kinds


def test_a_hyphened_land_before_war_in_lower_case_is_a_place() -> None:
    kinds = draft_kinds("During the 1994 Tarvo-Kessel war she ran the field hospital.")
    assert kinds.get("Tarvo-Kessel") is ActorKind.place


def test_a_lower_case_particle_inside_a_bodys_own_language_name_is_no_given_name() -> None:
    kinds = draft_kinds("The Frente Popular del Pueblo attacked a police post in Tarvel.")
    assert kinds.get("Frente Popular del Pueblo") is ActorKind.organization
    assert "del Pueblo" not in kinds


def test_a_bodys_word_before_del_sur_keeps_the_name_a_body() -> None:
    kinds = draft_kinds("The Frente Campesino del Norte attacked a police post in Tarvel.")
    assert kinds.get("Frente Campesino del Norte") is ActorKind.organization


def test_a_name_after_and_on_in_a_list_of_places_is_a_place() -> None:
    kinds = draft_kinds("Refugees have lived in Tarvoma and on Kessel Char since 2019.")
    assert kinds.get("Kessel Char") is ActorKind.place


def test_a_clause_after_a_name_and_a_comma_is_no_description() -> None:
    kinds = draft_kinds("During his visit to Tarvelo, the Minister met Chief Minister Abdul Varnaki in Kessel Town.")
    assert kinds.get("Tarvelo") is not ActorKind.person


def test_a_word_before_and_other_peoples_is_a_people() -> None:
    kinds = draft_kinds("The movement claims to fight for the Tarvi and other peoples of the delta.")
    assert kinds.get("Tarvi") is ActorKind.state


def test_a_name_before_lower_case_mountains_or_delta_is_a_place() -> None:
    kinds = draft_kinds("Rebels hid south of the Tarvel mountains and in the Oskel delta.")
    assert kinds.get("Tarvel") is ActorKind.place
    assert kinds.get("Oskel") is ActorKind.place


def test_two_compass_words_joined_after_the_name_a_lands_quarter() -> None:
    kinds = draft_kinds("Schools in the North-East have stayed shut since the attack on Kessel Town.")
    assert kinds.get("North-East") is ActorKind.place
