"""A forty-sixth round on the held-out styles (re3d-style BBC, CENTCOM, DFAT, EU and Wikipedia pages):
a firm whose name has a capital inside may open a sentence, a nickname set off by dashes is the same
person, a group of works by "Concern" is a firm, a land form named in lower case ("the X forest") is a
place, and an Arabic "fi" (in) stays inside a movement's name. Every example is invented; each test
says what the analyst sees."""

from __future__ import annotations

import pytest

from dossier.ingest.extract import extract
from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


def test_a_firm_with_a_capital_inside_may_open_a_sentence() -> None:
    kinds = draft_kinds("VeltraMax said on Monday that it would cut 400 jobs at its plant in Leeds.")
    assert kinds.get("VeltraMax") is ActorKind.organization


@pytest.mark.parametrize("dash", ["-", "–", "—"])
def test_a_nickname_between_dashes_is_an_alias_of_the_person(dash: str) -> None:
    text = f"The militia, led by Col Varek Ostrani {dash} better known as Zirko {dash} denied the report on Monday."
    actors = extract(text, None, [], set(), "tag").actors
    ostrani = next(actor for actor in actors if actor.name == "Varek Ostrani")
    assert "Zirko" in ostrani.aliases
    assert not any(actor.name == "Zirko" for actor in actors)


def test_a_group_of_works_named_concern_is_a_firm() -> None:
    kinds = draft_kinds("The sanctions target the Varnak Tractor Concern and two of its directors.")
    assert kinds.get("Varnak Tractor Concern") is ActorKind.organization


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Soldiers raided the camps in the Oskelu forest last year.", "Oskelu"),
        ("Work on the gas plant on the Tarnavi peninsula stopped after the attack.", "Tarnavi"),
        ("Both states claimed the Quellish archipelago after the war.", "Quellish"),
    ],
)
def test_a_land_form_named_in_lower_case_after_the_name_is_a_place(text: str, place: str) -> None:
    assert draft_kinds(text).get(place) is ActorKind.place


def test_an_arabic_fi_stays_inside_a_movement_name() -> None:
    kinds = draft_kinds("The group Jamaat Nasr al-Haqq fi Bilad al-Qarn claimed the attack near Tarnu.")
    assert kinds.get("Jamaat Nasr al-Haqq fi Bilad al-Qarn") is ActorKind.organization


def test_a_base_named_before_its_service_and_base_needs_no_article() -> None:
    assert draft_kinds("Drones were shot down over Tarnok naval base on Friday.").get("Tarnok") is ActorKind.place


def test_a_body_better_known_by_a_short_name_after_its_gloss_keeps_it_as_an_alias() -> None:
    text = "Harakat Nasr al-Qarn (Victory Movement of the Horn), better known as Nasru, is a jihadist group in Varnia."
    actors = extract(text, None, [], set(), "tag").actors
    movement = next(actor for actor in actors if actor.name == "Harakat Nasr al-Qarn")
    assert "Nasru" in movement.aliases
    assert not any(actor.name == "Nasru" for actor in actors)


def test_the_class_a_group_is_designated_is_no_actor() -> None:
    kinds = draft_kinds("In 2013 the Ministry of Justice of Varnia designated it a Proscribed Terrorist Group.")
    assert "Proscribed Terrorist Group" not in kinds


def test_a_long_name_s_hyphened_family_name_alone_later_is_its_alias() -> None:
    text = (
        "The raid killed Abu Tarek al-Varni-Tessak, a senior commander of the group. "
        "Al-Varni-Tessak had planned attacks on the camps near Oskel."
    )
    actors = extract(text, None, [], set(), "tag").actors
    commander = next(actor for actor in actors if actor.name == "Abu Tarek al-Varni-Tessak")
    assert "Al-Varni-Tessak" in commander.aliases


def test_the_media_relations_office_that_signs_a_release_is_a_body() -> None:
    text = "The patrol returned to port on Friday after a raid near Tarnu.\n\nCombined Task Force Varn Media Relations"
    kinds = draft_kinds(text)
    assert kinds.get("Combined Task Force Varn Media Relations") in (ActorKind.organization, ActorKind.armed_force)


def test_a_group_named_by_its_own_word_before_fighters_is_that_group() -> None:
    text = "Varnia sanctioned members of the Tessak Group. Tessak fighters have abused civilians in Tarnu."
    actors = extract(text, None, [], set(), "tag").actors
    group = next(actor for actor in actors if actor.name == "Tessak Group")
    assert "Tessak" in group.aliases
    assert not any(actor.name == "Tessak" for actor in actors)
