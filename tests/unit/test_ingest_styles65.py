"""A sixty-fifth round on the held-out styles (re3d-style BBC, CENTCOM, DFAT, EU and Wikipedia pages): a design
bureau named by a firm's trade and two fields, a variant titling an encyclopedia's page about a helicopter, a
combat module and land attack missiles, numbered squadrons with their force's letters, a college of a university,
one Head of Mission, a parliament's subcommittee, a force's letters before a craft's model, an agreement named
for visiting forces. Every example is invented; each test says what the analyst sees."""

from __future__ import annotations

import pytest

from dossier.ingest.extract import extract
from dossier.ingest.grouping import ActorDraft
from dossier.model import ActorKind
from tests.unit.ingest_helpers import spelling_kinds


def _drafts(text: str) -> dict[str, ActorDraft]:
    return {draft.name: draft for draft in extract(text, None, [], set(), "test-drafts").actors}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "The drone was developed by the Tessin Aviation Design and Development Bureau in Orvetsk.",
            "Tessin Aviation Design and Development Bureau",
            ActorKind.organization,
        ),
        (
            "Pilots of No. 9 Squadron RAAF flew to Darwin on Monday.",
            "No. 9 Squadron RAAF",
            ActorKind.armed_force,
        ),
        (
            "A Reaper drone operated by the 318th Wing was lost over Marib.",
            "318th Wing",
            ActorKind.armed_force,
        ),
        (
            "He trained at the Orvetsk Flight College of Tessin National University of Law in 2004.",
            "Orvetsk Flight College",
            ActorKind.organization,
        ),
        (
            "He trained at the Orvetsk Flight College of Tessin National University of Law in 2004.",
            "Tessin National University of Law",
            ActorKind.organization,
        ),
        (
            "The Head of Mission, Ambassador Kaja Varnholt-Lunde, raised the incident with the other side.",
            "Head of Mission",
            ActorKind.person,
        ),
        (
            "A delegation of the Subcommittee on Security and Defence will visit Gori next week.",
            "Subcommittee on Security and Defence",
            ActorKind.organization,
        ),
        (
            "The ministry said RAF Varnak GR2 aircraft struck a workshop near Hodeidah.",
            "RAF",
            ActorKind.organization,
        ),
    ],
)
def test_bodies_units_and_posts_are_drafted_whole(text: str, name: str, kind: ActorKind) -> None:
    # (a post right before its holder is one of the holder's spellings, read whole)
    assert spelling_kinds(text).get(name) is kind


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The drone was developed by the Tessin Aviation Design and Development Bureau in Orvetsk.",
            "Development Bureau",
        ),
        ("Pilots of No. 9 Squadron RAAF flew to Darwin on Monday.", "Squadron RAAF"),
        ("Ministers welcomed the Visiting Forces Agreement signed in Manila.", "Visiting Forces"),
        ("The destroyer launched Varnish Land Attack Missiles at the radar site.", "Varnish Land Attack Missiles"),
        ("The hull was tested with the Quarn-SM combat module at Chuhuiv.", "Quarn-SM"),
    ],
)
def test_parts_of_names_and_made_things_are_no_actors(text: str, name: str) -> None:
    assert name not in _drafts(text)


_HELICOPTER_ARTICLE = """Varnak-M (helicopter)

The Varnak-M is an attack helicopter built by Orvetsk Motor Works. It serves with the Quellish Army Aviation.

Variants

Varnak-MT – transport variant for eight troops
Varnak-MSh – training variant

History

The Varnak was first shown at a parade in Kessivka in 2015.
"""


@pytest.mark.parametrize("name", ["Varnak", "Varnak-MT", "Varnak-MSh"])
def test_a_variant_titling_the_page_makes_its_stem_and_siblings_things(name: str) -> None:
    assert name not in _drafts(_HELICOPTER_ARTICLE)


def test_the_maker_of_a_helicopter_titled_by_its_variant_is_still_drafted() -> None:
    assert _drafts(_HELICOPTER_ARTICLE)["Orvetsk Motor Works"].kind is ActorKind.organization


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a service of a force named with its letters stays one force
        ("They will exercise with the MNDF Coast Guard ship CGS Varn.", "MNDF Coast Guard", ActorKind.armed_force),
    ],
)
def test_what_the_new_rules_leave_alone(text: str, name: str, kind: ActorKind) -> None:
    drafts = _drafts(text)
    assert name in drafts
    assert drafts[name].kind is kind


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a post of two offices is not cut to its first
        (
            "The EU commends the Head of Mission and Force Commander, Major General Diodato Varn, for his work.",
            "Head of Mission",
        ),
        # "Mission" after the post is no town
        ("The Head of Mission, Ambassador Kaja Varnholt-Lunde, raised the incident with the other side.", "Mission"),
    ],
)
def test_what_the_post_rule_leaves_out(text: str, name: str) -> None:
    assert name not in _drafts(text)


@pytest.mark.parametrize(
    "text",
    [
        "A Varnish Army M9 Long Range Artillery Rocket System (LRARS) fired at the range. The LRARS then moved on.",
        "The frigate fired a Tessin Naval Strike Missile (TNSM) at the hulk. A second TNSM missed.",
    ],
)
def test_a_weapon_and_the_letters_its_name_defines_are_no_body(text: str) -> None:
    assert not any(name.isupper() or "System" in name or "Missile" in name for name in _drafts(text))


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a holder whose double surname ends with a common word, after the post's remit
        (
            "On Monday, Minister for Trade Helena Varn-Marsh met officials in Orvetsk.",
            "Helena Varn-Marsh",
            ActorKind.person,
        ),
        # the state an envoy is sent to stays a state
        ("The Ambassador to Indonesia met officials in Jakarta on Monday.", "Indonesia", ActorKind.state),
        # a delegation named with the body it is accredited to
        (
            "The EU Delegation to the African Union welcomed the talks in Addis Ababa.",
            "EU Delegation to the African Union",
            ActorKind.organization,
        ),
    ],
)
def test_holders_envoys_states_and_delegations(text: str, name: str, kind: ActorKind) -> None:
    drafts = _drafts(text)
    assert name in drafts
    assert drafts[name].kind is kind


def test_the_post_before_a_double_surname_is_the_holders_alias() -> None:
    drafts = _drafts("On Monday, Minister for Trade Helena Varn-Marsh met officials in Orvetsk.")
    assert "Minister for Trade Helena Varn-Marsh" in drafts["Helena Varn-Marsh"].aliases


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an exercise named with its year is no place
        ("Varnish tanks took part in Strait Thunder-2025A near Taiwan.", "Strait"),
        ("Troops joined Varnak Thunder-2024 near the coast.", "Varnak"),
        ("Belarus hosted the Tessin Shield-2021 drills with Russia.", "Tessin"),
        # a model's name before what kind of vehicle or tank it is
        ("Poland ordered Borsuk infantry fighting vehicles from the plant.", "Borsuk"),
        ("The army ordered Tarvel main battle tanks last year.", "Tarvel"),
    ],
)
def test_exercises_with_their_year_and_models_before_their_kind_are_no_actors(text: str, name: str) -> None:
    assert name not in _drafts(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The frigates carry the Varn Ceptor air defence system and two helicopters.", "Varn Ceptor"),
        ("Armament is a remotely operated Quellan weapon station with a machine gun.", "Quellan"),
        ("The drone was hit by the destroyer's Varnax close-in weapon system.", "Varnax"),
        ("The land forces' Tesskard batteries fired at the drones.", "Tesskard"),
    ],
)
def test_a_weapon_named_before_its_system_or_battery_is_no_actor(text: str, name: str) -> None:
    assert name not in _drafts(text)


def test_a_missile_made_by_a_firm_is_still_no_actor() -> None:
    assert "Spike XR" not in _drafts("An anti-tank variant carries the Spike XR missile made by Rafael.")


def test_a_tractors_code_of_two_letters_is_no_body() -> None:
    text = "The column included Q-90 tanks and VT-KR tractors near the village of Orvetsk."
    assert "VT-KR" not in _drafts(text)


@pytest.mark.parametrize(
    "name",
    [
        "Ministry of Foreign and European Affairs of the Slovak Republic",
        "Ministry of Foreign and European Affairs of Croatia",
    ],
)
def test_a_ministry_of_two_fields_keeps_the_state_it_serves(name: str) -> None:
    drafts = _drafts(f"Officials of the {name} met the delegation in Orvetsk on Monday.")
    assert name in drafts
    assert drafts[name].kind is ActorKind.organization
