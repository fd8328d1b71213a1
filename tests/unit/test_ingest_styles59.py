"""A fifty-ninth round on the held-out styles (re3d-style BBC, CENTCOM, DFAT, EU and Wikipedia pages): platforms
named alone after the page gave their model ("an M1A2 Abrams ... the Abrams"), vehicles after a few words of
their kind, ships named after titled persons, the ranks of South Asian armies, passes, glaciers, spits and
garrisons, explosives by weight, a weapon's operators listed under their heading, long nested bodies' names,
works named for what they make, and a firm's registered name in quotes. Every example is invented; each test
says what the analyst sees."""

from __future__ import annotations

import pytest

from dossier.ingest.extract import extract
from dossier.ingest.grouping import ActorDraft
from dossier.model import ActorKind


def _drafts(text: str) -> dict[str, ActorDraft]:
    return {draft.name: draft for draft in extract(text, None, [], set(), "test-drafts").actors}


@pytest.mark.parametrize(
    ("text", "platform"),
    [
        # a model's designation before the name once, then the name alone
        ("An M1A2 Abrams of the 3rd Armored Brigade hit a mine. The Abrams was towed away.", "Abrams"),
        ("An M1A1 Sheridan of the cavalry hit a mine. The Sheridan was towed away.", "Sheridan"),
        ("The battalion lost an M1A2 Harrison Fighting Vehicle near the river.", "Harrison Fighting Vehicle"),
        # a few words of its kind after the name, one of them hyphened, then the name alone
        ("Police fired from a Tarvok mine-protected vehicle. The Tarvok was later burned.", "Tarvok"),
        ("The unit fields an Oskar counter-drone vehicle at the gate. The Oskar shot down two drones.", "Oskar"),
        # a given name after "a", before a kind of aircraft
        ("Troops were backed by an Arjun attack helicopter during the raid.", "Arjun"),
        ("Troops were flown out in a Dhruv utility helicopter.", "Dhruv"),
        # two roles' letters in the designation ("F/A-18"), then the name alone
        ("F/A-18E Super Hornets struck the site. The Super Hornets returned safely.", "Super Hornets"),
        # a family of models by its name
        ("Militants flew Tarvek-series drones at the base.", "Tarvek"),
        # a system's code of one letter, a hyphen and letters, before a kind of vehicle
        ("Guards fired from an L-VARDIS counter-drone vehicle at the gate.", "L-VARDIS"),
        # a ship named after a titled person, after the kind of ship
        ("Divers inspected the destroyer Admiral Tarnovsky in port.", "Tarnovsky"),
    ],
)
def test_a_platform_named_alone_is_no_actor(text: str, platform: str) -> None:
    drafts = _drafts(text)
    assert platform not in drafts
    assert not any(platform in draft.aliases for draft in drafts.values())


def test_a_town_a_platform_is_named_after_stays_after_a_place_preposition() -> None:
    drafts = _drafts("A C-130J Hercules flew to Darwin. Aid also reached Hercules, a town in California, by road.")
    assert "Darwin" in drafts


@pytest.mark.parametrize(
    ("text", "person", "titled"),
    [
        (
            "Havildar Suresh Tamang-Rai was wounded near the border post.",
            "Suresh Tamang-Rai",
            "Havildar Suresh Tamang-Rai",
        ),
        ("Naib Subedar Ravi Kelkar-Joshi led the patrol.", "Ravi Kelkar-Joshi", "Naib Subedar Ravi Kelkar-Joshi"),
        ("Lance Naik Dev Pradhan-Singh was killed.", "Dev Pradhan-Singh", "Lance Naik Dev Pradhan-Singh"),
        ("Sapper Tom Ellery-Vance cleared the route.", "Tom Ellery-Vance", "Sapper Tom Ellery-Vance"),
    ],
)
def test_a_rank_before_a_name_is_no_part_of_it(text: str, person: str, titled: str) -> None:
    drafts = _drafts(text)
    assert drafts[person].kind is ActorKind.person
    assert titled in drafts[person].aliases


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Snow closed the road over the Tarnak Gali pass on Monday.", "Tarnak Gali"),
        ("Climbers were rescued from the Varnoro glacier after a storm.", "Varnoro"),
        ("Marines landed on the Tremsk spit before dawn.", "Tremsk"),
        ("Marines landed on the Arvel Spit before dawn.", "Arvel Spit"),
        ("The minister spoke to troops at the Varnpur garrison.", "Varnpur"),
        ("Snow closed roads across Kashmir on Monday.", "Kashmir"),
        ("Climbers died in the Karakoram last year.", "Karakoram"),
    ],
)
def test_a_landform_or_a_garrison_is_a_place(text: str, place: str) -> None:
    assert _drafts(text)[place].kind is ActorKind.place


@pytest.mark.parametrize(
    ("text", "substance"),
    [
        ("Police found 40 kg of Semtex in the van.", "Semtex"),
        ("The hull withstands a blast of 10 kilograms of TNT.", "TNT"),
    ],
)
def test_a_substance_by_its_weight_is_no_actor(text: str, substance: str) -> None:
    assert substance not in _drafts(text)


def test_a_weapons_operators_are_read_under_their_heading() -> None:
    text = (
        "Tarvok (vehicle)\n\nThe Tarvok is an armoured car.\n\nOperators\n\n"
        "Georgia – Georgian Land Forces, Special Operations Forces\n"
        "Armenia – Armenian Border Guard, National Security Service\n"
    )
    drafts = _drafts(text)
    assert drafts["Special Operations Forces"].kind is ActorKind.armed_force
    assert "National Security Service" in drafts
    assert drafts["Armenia"].kind is ActorKind.state


def test_a_long_name_of_bodies_inside_bodies_is_one_body() -> None:
    name = "Operations Directorate of the General Staff of the Armed Forces of the Tarnovian Federation"
    drafts = _drafts(f"The ministers met officers of the {name} on Tuesday.")
    assert drafts[name].kind is ActorKind.organization


@pytest.mark.parametrize(
    "name",
    ["Kurgan Tractor Plant", "Tarnovo Aircraft Repair Plant", "Varnsk Electromechanical Plant"],
)
def test_a_works_named_for_what_it_makes_is_a_firm(name: str) -> None:
    drafts = _drafts(f"Sanctions were imposed on the {name} in March.")
    assert drafts[name].kind is ActorKind.organization


def test_a_power_plant_is_still_a_place() -> None:
    drafts = _drafts("Shells fell near the Tarnovo Nuclear Power Plant in March.")
    assert drafts["Tarnovo Nuclear Power Plant"].kind is ActorKind.place


@pytest.mark.parametrize(
    "name",
    [
        'Varnsk Instrument Plant "Signal"',
        'Joint Stock Company "Tarnovo Arsenal"',
        'Kestrel Shipbuilding Company "Volna"',
    ],
)
def test_a_firms_name_in_quotes_after_its_kind_is_part_of_its_name(name: str) -> None:
    drafts = _drafts(f"The Council also listed {name}, which supplies the army.")
    assert drafts[name].kind is ActorKind.organization


def test_a_realms_adjective_before_garrison_is_no_town() -> None:
    drafts = _drafts("The fort was held by an Imperial garrison of 400 men.")
    assert "Imperial" not in drafts


@pytest.mark.parametrize(
    "text",
    [
        "Smugglers moved rifles through the Varnagi Pass at night.",
        "The Varnagi Pass was closed by snow on Friday.",
    ],
)
def test_a_name_ending_with_pass_after_the_is_a_mountain_pass(text: str) -> None:
    assert _drafts(text)["Varnagi Pass"].kind is ActorKind.place


def test_a_ticket_named_pass_is_no_place() -> None:
    drafts = _drafts("Visitors can buy the Season Pass at the gate.")
    assert all(draft.kind is not ActorKind.place for draft in drafts.values())


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Aid went through the International Committee of the Red Cross and Kenyan NGOs.",
            "International Committee of the Red Cross",
            None,
        ),
        (
            "Aid went through the International Committee of the Red Cross and Oxfam.",
            "International Committee of the Red Cross",
            "Oxfam",
        ),
        (
            "We thank the Office of Foreign Assets Control and the UK Foreign, Commonwealth and Development Office.",
            "Office of Foreign Assets Control",
            "UK Foreign, Commonwealth and Development Office",
        ),
    ],
)
def test_a_long_bodys_name_ends_before_and_a_second_body(text: str, first: str, second: str | None) -> None:
    drafts = _drafts(text)
    assert drafts[first].kind is ActorKind.organization
    if second is not None:
        assert drafts[second].kind is ActorKind.organization


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Police share records through the Central Asian Integration System on Monday.",
            "Central Asian Integration System",
        ),
        ("Stations of the International Monitoring System detected the blast.", "International Monitoring System"),
    ],
)
def test_a_body_named_as_a_system_of_states_or_stations(text: str, name: str) -> None:
    assert _drafts(text)[name].kind is ActorKind.organization


@pytest.mark.parametrize(
    ("text", "person", "titled"),
    [
        (
            "The drill went well, said Rear Adm. Inés de la Vega-Marsh, commander of the task force.",
            "Inés de la Vega-Marsh",
            "Rear Adm. Inés de la Vega-Marsh",
        ),
        (
            "Lt. Gen. Pieter van der Linde-Ridge visited the base.",
            "Pieter van der Linde-Ridge",
            "Lt. Gen. Pieter van der Linde-Ridge",
        ),
    ],
)
def test_a_double_family_name_ending_with_a_landforms_word_is_a_persons(text: str, person: str, titled: str) -> None:
    drafts = _drafts(text)
    assert drafts[person].kind is ActorKind.person
    assert titled in drafts[person].aliases


def test_a_hearings_question_number_is_no_designation() -> None:
    text = (
        "Members present: Mr Tobias Varn; Sarah Lindqvist-Hale; Dr Owen Tarr.\n\n"
        "Q2 Sarah Lindqvist-Hale: Ms Quell, do you accept those figures?\n"
    )
    assert _drafts(text)["Sarah Lindqvist-Hale"].kind is ActorKind.person


@pytest.mark.parametrize(
    "name", ["Group of Soviet Forces in Hungary", "Operational Group of Tarnovian Forces in Varnia"]
)
def test_a_group_of_forces_keeps_the_land_it_is_stationed_in(name: str) -> None:
    drafts = _drafts(f"He served in the {name} until 1991.")
    assert drafts[name].kind is ActorKind.armed_force


def test_an_acronyms_plural_after_a_bodys_name_is_its_members() -> None:
    drafts = _drafts("Food was handed out by Kenyan Relief Partnership NGOs in the camps.")
    assert drafts["Kenyan Relief Partnership"].kind is ActorKind.organization
