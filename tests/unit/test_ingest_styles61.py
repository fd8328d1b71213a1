"""A sixty-first round on the held-out styles (re3d-style BBC, CENTCOM, DFAT, EU and Wikipedia pages): weapons
named by one word, sibling models, places after "near", German ranks, a director's post, two landforms joined by
"and the", a movement for a cause in a state. Every example is invented; each test says what the analyst sees."""

from __future__ import annotations

import pytest

from dossier.ingest.extract import extract
from dossier.ingest.grouping import ActorDraft
from dossier.model import ActorKind


def _drafts(text: str) -> dict[str, ActorDraft]:
    return {draft.name: draft for draft in extract(text, None, [], set(), "test-drafts").actors}


@pytest.mark.parametrize(
    ("text", "not_an_actor"),
    [
        # one name word right before a weapon's noun is the weapon, a given name though it is
        ("The dhow carried parts for Karim anti-ship cruise missiles and radars.", "Karim"),
        ("Inspectors found Tariq ballistic missiles in the hold.", "Tariq"),
        # a sibling model of the same name shares the weapon's noun after it
        ("At dawn, Tarvak III and Tarvak IV tanks of the brigade counter-attacked.", "Tarvak III"),
    ],
)
def test_a_weapons_name_is_no_actor(text: str, not_an_actor: str) -> None:
    assert not_an_actor not in _drafts(text)


def test_what_lies_near_is_a_place_though_a_given_name_opens_it() -> None:
    drafts = _drafts("Gunmen ambushed a convoy near Sam Varouba on Monday, killing four.")
    assert drafts["Sam Varouba"].kind is ActorKind.place


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Generaloberst Karl-Heinz von Tessel-Brand surrendered near the coast.", "Karl-Heinz von Tessel-Brand"),
        ("The flotilla was led by Konteradmiral Otto Varnhagen-Rieck.", "Otto Varnhagen-Rieck"),
    ],
)
def test_a_german_rank_is_no_part_of_the_name(text: str, person: str) -> None:
    drafts = _drafts(text)
    assert drafts[person].kind is ActorKind.person
    assert not any(name.startswith(("Generaloberst", "Konteradmiral")) for name in drafts)


@pytest.mark.parametrize(
    ("text", "post", "body"),
    [
        (
            "The sanctions target Colonel Pak Tal-Ho, Director of the Tarvish Intelligence Service, and two firms.",
            "Director of the Tarvish Intelligence Service",
            "Tarvish Intelligence Service",
        ),
        (
            "Ilse Maren-Tosk, Director of the Pacific Islands Forum Fisheries Agency, opened the meeting.",
            "Director of the Pacific Islands Forum Fisheries Agency",
            "Pacific Islands Forum Fisheries Agency",
        ),
    ],
)
def test_a_directors_post_after_the_holders_name_is_named_whole(text: str, post: str, body: str) -> None:
    drafts = _drafts(text)
    assert drafts[post].kind is ActorKind.person
    assert drafts[body].kind is ActorKind.organization


def test_a_job_named_without_the_or_a_holder_is_no_post() -> None:
    assert "Director of Research" not in _drafts("She is Director of Research at the institute.")


@pytest.mark.parametrize(
    ("text", "place", "joined"),
    [
        (
            "The line ran between the Gulf of Tessa and the Varnak massif.",
            "Gulf of Tessa",
            "Gulf of Tessa and the Varnak",
        ),
        (
            "Ships sailed the Strait of Tarvo and the Kessan reefs.",
            "Strait of Tarvo",
            "Strait of Tarvo and the Kessan",
        ),
    ],
)
def test_a_landform_named_with_of_ends_before_and_the(text: str, place: str, joined: str) -> None:
    drafts = _drafts(text)
    assert drafts[place].kind is ActorKind.place
    assert joined not in drafts


@pytest.mark.parametrize(
    "body",
    [
        "Union for Peace in the Central African Republic",
        "Front for Democracy in Liberia",
        "Movement for Justice in Chad",
    ],
)
def test_a_movement_for_a_cause_in_a_state_is_named_whole(body: str) -> None:
    drafts = _drafts(f"Fighters of the {body} attacked an army post on Sunday.")
    assert drafts[body].kind in (ActorKind.organization, ActorKind.armed_force)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a rank right before a given name the lists hold as a town, a middle initial, a double family name
        ('"We hold the line," said Gen. Denver K. Tallis-Moss, the corps commander.', "Denver K. Tallis-Moss"),
        ("Adm. Everett J. Korvan-Marsh toured the port on Friday.", "Everett J. Korvan-Marsh"),
    ],
)
def test_a_ranked_name_with_a_middle_initial_is_one_person(text: str, person: str) -> None:
    drafts = _drafts(text)
    assert drafts[person].kind is ActorKind.person
    assert len(drafts) == 1


def test_a_name_between_places_in_a_land_is_a_place() -> None:
    drafts = _drafts("The rebels retreated towards the hills between Varnoko in Chad and the border.")
    assert drafts["Varnoko"].kind is ActorKind.place


@pytest.mark.parametrize(
    "text",
    [
        "The Council thanks the mission and its Force Commander, Major General Ilse Varn-Tosk, for their work.",
        "The Force Commander, Commodore Tal Oskar-Brenn, met the crews in Souda Bay.",
    ],
)
def test_a_missions_force_commander_stands_for_the_holder(text: str) -> None:
    assert _drafts(text)["Force Commander"].kind is ActorKind.person


def test_a_name_before_news_agency_is_an_outlet() -> None:
    drafts = _drafts("The group claimed the attack through its Tarvo news agency on Friday.")
    assert drafts["Tarvo"].kind is ActorKind.media


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The fallen are buried at the Tarvo War Cemetery, near the coast.", "Tarvo War Cemetery"),
        ("A memorial was unveiled in Varnby Old Graveyard on Sunday.", "Varnby Old Graveyard"),
    ],
)
def test_a_cemetery_is_a_place(text: str, place: str) -> None:
    assert _drafts(text)[place].kind is ActorKind.place


@pytest.mark.parametrize(
    ("text", "unit", "body"),
    [
        (
            "The history was published by the Historical Records Branch of the Varnish Department of Internal "
            "Affairs in 1953.",
            "Historical Records Branch",
            "Varnish Department of Internal Affairs",
        ),
        (
            "The Tarvo Maritime Transparency Initiative of the Center for Strategic and International Studies "
            "released images.",
            "Tarvo Maritime Transparency Initiative",
            "Center for Strategic and International Studies",
        ),
    ],
)
def test_a_unit_of_a_body_too_long_for_one_name_is_read_as_both(text: str, unit: str, body: str) -> None:
    drafts = _drafts(text)
    assert drafts[unit].kind is ActorKind.organization
    assert drafts[body].kind is ActorKind.organization


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Paratroopers of the Italian Tarvo Assault Division held the crest.", "Tarvo Assault Division"),
        ("The Cameroonian Rapid Reaction Battalion crossed the river.", "Rapid Reaction Battalion"),
        ("The Italian XXI Corps withdrew to the coast.", "XXI Corps"),
    ],
)
def test_a_peoples_adjective_before_a_unit_is_no_part_of_its_name(text: str, unit: str) -> None:
    drafts = _drafts(text)
    assert drafts[unit].kind is ActorKind.armed_force
    assert not any(name.startswith(("Italian ", "Cameroonian ")) for name in drafts)


def test_a_unit_named_by_its_people_alone_keeps_the_adjective() -> None:
    assert "Zambian Battalion" in _drafts("The Zambian Battalion patrolled the road to Bria.")


@pytest.mark.parametrize(
    ("text", "not_an_actor"),
    [
        ("The boarding team crossed in two Tarvish Raider Assault boats before dawn.", "Tarvish Raider Assault"),
        ("Squadrons flying Varn Kestrels struck the supply columns.", "Varn Kestrels"),
    ],
)
def test_craft_by_their_nouns_and_what_is_flown_are_no_actors(text: str, not_an_actor: str) -> None:
    assert not_an_actor not in _drafts(text)


def test_an_airline_flown_stays_a_body() -> None:
    assert _drafts("They were flying Tarvo Airlines to the capital.")["Tarvo Airlines"].kind is ActorKind.organization


@pytest.mark.parametrize(
    "text",
    [
        "Two divers were posthumously awarded the Navy Cross for gallantry.",
        "The sergeant received the Tarvo Star after the siege.",
    ],
)
def test_an_honour_awarded_is_no_actor(text: str) -> None:
    assert not any(name.endswith(("Cross", "Star")) for name in _drafts(text))


def test_a_body_received_stays_a_body() -> None:
    assert "Red Cross" in _drafts("Villagers received the Red Cross delegation on Monday.")
