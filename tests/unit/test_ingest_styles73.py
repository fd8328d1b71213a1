"""A seventy-third round on the held-out styles (re3d-style BBC, CENTCOM, DFAT, EU and Wikipedia pages): guns by
their model's code, a maker joined to "-built", a presidency that is a body, a post whose head word is its holder's,
a dateline's town as the text spells it, water named in lower case, a people's "-held", a campaign for a cause in a
land, a force before a boat's model and a minister's two portfolios. Every example is invented; each test says what
the analyst sees."""

from __future__ import annotations

import pytest

from dossier.ingest.extract import extract
from dossier.ingest.grouping import ActorDraft
from dossier.model import ActorKind


def _drafts(text: str) -> dict[str, ActorDraft]:
    return {draft.name: draft for draft in extract(text, None, [], set(), "test-drafts").actors}


def _by_any_name(text: str) -> dict[str, ActorDraft]:
    drafts = extract(text, None, [], set(), "test-drafts").actors
    return {name: draft for draft in drafts for name in (draft.name, *draft.aliases)}


@pytest.mark.parametrize(
    ("text", "gun"),
    [
        ("The cutters carry M3 .50-caliber machine guns on each side.", "M3"),
        ("Each turret mounts a 12.7 mm M3 Varnell machine gun.", "M3"),
        ("The boats are armed with Mk 38 Tarnhawk II chain guns.", "Tarnhawk II"),
    ],
)
def test_a_gun_named_by_its_model_is_no_actor(text: str, gun: str) -> None:
    assert gun not in _by_any_name(text)


def test_a_name_joined_to_built_is_the_maker() -> None:
    drafts = _drafts("The Quellyard-built patrol boats reached the port on Friday.")
    assert drafts["Quellyard"].kind is ActorKind.organization


@pytest.mark.parametrize(
    ("text", "people"),
    [("Rebels fired Iranian-made drones at the port.", "Iranian"), ("Korean-made shells reached the front.", "Korean")],
)
def test_a_peoples_word_joined_to_made_is_no_maker(text: str, people: str) -> None:
    draft = _by_any_name(text).get(people)
    assert draft is None or draft.kind is not ActorKind.organization


def test_a_presidency_of_a_field_is_a_body() -> None:
    drafts = _drafts("A notice was published by the Presidency of Naval Shipyards on Monday.")
    assert drafts["Presidency of Naval Shipyards"].kind is ActorKind.organization


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("The council appointed Ilse Varnholt as Mission Force Commander.", "Commander"),
        ("The board named Ilse Varnholt the Mission Security Director on Monday.", "Director"),
    ],
)
def test_a_post_whose_head_is_its_holders_noun_is_no_body(text: str, post: str) -> None:
    drafts = _drafts(text)
    assert drafts["Ilse Varnholt"].kind is ActorKind.person
    assert not [name for name in drafts if post in name]


def test_the_body_after_such_a_post_is_still_named() -> None:
    drafts = _drafts("The council appointed Ilse Varnholt as the Mission Force Commander of EUTM Tarnland on Monday.")
    assert drafts["EUTM Tarnland"].kind is ActorKind.organization
    assert not [name for name in drafts if "Commander" in name]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("SANLIURFA, Turkey – Officials met the traders on Monday.", "Sanliurfa"),
        ("UMM QASR, Iraq – The boats left Umm Qasr on Monday.", "Umm Qasr"),
    ],
)
def test_a_datelines_town_keeps_the_letters_the_text_wrote(text: str, town: str) -> None:
    assert _drafts(text)[town].kind is ActorKind.place


def test_a_datelines_town_written_with_accents_keeps_them() -> None:
    assert _drafts("SÃO PAULO, Brazil – Officials met the traders.")["São Paulo"].kind is ActorKind.place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The boats will guard the Khawr Tarnak waterway and the oil terminal.", "Khawr Tarnak"),
        ("Fishing stopped in the Varnel estuary last week.", "Varnel"),
    ],
)
def test_water_named_in_lower_case_after_its_name_is_a_place(text: str, place: str) -> None:
    assert _drafts(text)[place].kind is ActorKind.place


def test_a_peoples_word_before_held_stays_the_people() -> None:
    drafts = _drafts("Drones struck Kurdish-held villages near the border.")
    assert drafts["Kurdish"].kind is ActorKind.state


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("The rights group Peace in Kurdistan went to court.", "Peace in Kurdistan"),
        ("The charity Freedom in Iran wrote to ministers.", "Freedom in Iran"),
    ],
)
def test_a_cause_in_a_land_inside_a_sentence_is_a_campaign(text: str, group: str) -> None:
    assert _drafts(text)[group].kind is ActorKind.organization


def test_a_cause_in_a_land_opening_a_sentence_is_no_campaign() -> None:
    drafts = _drafts("Peace in Somalia is key to the region's stability.")
    assert "Peace in Somalia" not in drafts
    assert drafts["Somalia"].kind is ActorKind.state


def test_a_force_before_a_boats_model_is_the_force() -> None:
    drafts = _drafts("Later a Royal Navy Tarnhawk patrol boat showed boarding drills.")
    assert drafts["Royal Navy"].kind is ActorKind.armed_force


def test_a_ministers_two_portfolios_on_the_byline_each_stand_for_the_holder() -> None:
    text = (
        "Joint media release\n"
        "The Hon Ilse Varnholt MP, Minister for Home Affairs and Minister for Border Security\n\n"
        "The Government has today listed two firms."
    )
    drafts = _drafts(text)
    assert drafts["Minister for Home Affairs"].kind is ActorKind.person
    assert drafts["Minister for Border Security"].kind is ActorKind.person


def test_a_post_whose_remit_is_another_post_stands_for_its_holder() -> None:
    drafts = _drafts("Ministers backed the Special Envoy of the United Nations Secretary-General on Varnia.")
    assert drafts["Special Envoy of the United Nations Secretary-General"].kind is ActorKind.person
    assert "United Nations Secretary-General" not in drafts


def test_a_titled_name_with_an_initial_and_a_double_surname_is_the_person() -> None:
    drafts = _by_any_name("Earlier, Vice Adm. Ilse M. Varnholt-Park visited the port.")
    assert drafts["Vice Adm. Ilse M. Varnholt-Park"].name == "Ilse M. Varnholt-Park"
    assert drafts["Ilse M. Varnholt-Park"].kind is ActorKind.person


def test_a_bodys_envoy_for_a_land_is_the_post_the_body_and_the_land() -> None:
    drafts = _drafts("The talks were led by the United Nations Special Envoy for Varnia, Ilse Tremmel.")
    assert drafts["United Nations Special Envoy for Varnia"].kind is ActorKind.person
    assert drafts["United Nations"].kind is ActorKind.organization
    assert drafts["Ilse Tremmel"].kind is ActorKind.person


@pytest.mark.parametrize(
    ("text", "body", "letters"),
    [
        (
            "Drones came from the Varnish Revolutionary Guard Corps Quds Force (VRGC-QF). The VRGC-QF denied it.",
            "Varnish Revolutionary Guard Corps Quds Force",
            "VRGC-QF",
        ),
        (
            "The Office of Security Cooperation-Tarnland (OSC-T) said on Monday.",
            "Office of Security Cooperation-Tarnland",
            "OSC-T",
        ),
    ],
)
def test_an_acronym_of_two_hyphened_parts_is_the_bodys_alias(text: str, body: str, letters: str) -> None:
    drafts = _by_any_name(text)
    assert drafts[letters] is drafts[body]
    assert drafts[body].name == body


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("The agency attributed the intrusions to QRV51, a group it said was run by the state.", "QRV51"),
        ("The hackers, known as VRN29, stole the ministry's emails.", "VRN29"),
        ("The group TNK3886 exploited the flaw in March.", "TNK3886"),
    ],
)
def test_a_code_said_to_name_a_group_is_that_group(text: str, group: str) -> None:
    assert _drafts(text)[group].kind is ActorKind.organization


def test_a_models_code_stays_no_actor() -> None:
    assert "A320" not in _drafts("The plane, an A320, landed at Tarnby on Monday.")


def test_letters_closing_a_bracket_of_other_names_are_the_bodys_acronym() -> None:
    text = "Kataib Sayyid al-Varnak (Arabic: katayib; KSV) is a militia in Tarnland. KSV denied the attack."
    drafts = _by_any_name(text)
    assert drafts["KSV"] is drafts["Kataib Sayyid al-Varnak"]


def test_a_bodys_two_letters_after_to_are_no_town_of_those_letters() -> None:
    drafts = _drafts("Tarnland to send engineers to UN peacekeeping mission\n\nTarnland will send 40 engineers.")
    assert drafts["UN"].kind is ActorKind.organization


def test_a_navys_prefix_before_a_ship_and_its_kind_is_no_body() -> None:
    drafts = _drafts("The Polish Navy's ORP Tarnowski frigate shadowed a corvette near Bornholm.")
    assert drafts["Polish Navy"].kind is ActorKind.armed_force
    assert "ORP" not in drafts
    assert "Tarnowski" not in drafts


def test_a_name_of_no_kind_before_an_exercise_is_the_exercise() -> None:
    drafts = _drafts("Nato's annual Varnops exercise began off the coast of Tarnland.")
    assert "Varnops" not in drafts
    assert drafts["Nato"].kind is ActorKind.organization


def test_a_states_letters_after_to_stay_the_state() -> None:
    assert _drafts("The miner moved its head office to WA last year.")["WA"].kind is ActorKind.place


def test_a_definition_after_a_names_other_names_is_read_of_the_name() -> None:
    drafts = _drafts("Varnstorm, also known as Iron Tarnlantern, is a cyber espionage group linked to Oskelia.")
    assert drafts["Varnstorm"].kind is ActorKind.organization
