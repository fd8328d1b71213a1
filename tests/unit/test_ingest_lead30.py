"""Round lead30: what unseen real pages still drafted wrongly: a page's buttons kept inline with the prose, a
race named by its colour, a craft sent to space named like a town, a house by its use named after a person,
and a firm named after its founder that an apposition calls "the chocolate maker"."""

from __future__ import annotations

import pytest

from dossier.ingest.extract import extract
from tests.unit.ingest_helpers import draft_kind_names


@pytest.mark.parametrize(
    "text",
    [
        "TARNBY: Man held after a robbery, police say Share Pin It More Galleries ADVERTISEMENT Ilse Varnholt, 20, "
        "was charged on Monday.",
        "The logo of the agency.\nCredit: QSA View full size image\nTARNBY — The agency will grow.",
        "Quellmark opened a shop in Tarnby. Share this story Facebook Twitter Email",
    ],
)
def test_a_pages_buttons_kept_inline_are_no_actor(text: str) -> None:
    buttons = {"Share", "Pin", "Galleries", "ADVERTISEMENT", "View", "Facebook", "Twitter", "Email"}
    kinds = draft_kind_names(text)
    assert not [name for name in kinds if set(name.split()) & buttons], kinds


def test_the_name_before_the_buttons_is_kept() -> None:
    kinds = draft_kind_names(
        "TARNBY: Man held, police say Share Pin It More Galleries ADVERTISEMENT Ilse Varnholt, 20, was charged."
    )
    assert kinds.get("Ilse Varnholt") == "person", kinds


@pytest.mark.parametrize(
    "text",
    [
        "Save the Children said it was ready to help in Tarnby.",
        "Print Media Group said sales rose in Tarnby.",
    ],
)
def test_a_body_named_with_a_buttons_word_is_kept(text: str) -> None:
    kinds = draft_kind_names(text)
    assert any(kind == "organization" for kind in kinds.values()), kinds


@pytest.mark.parametrize(
    ("text", "colour"),
    [
        ("The inquiry found the police discriminate against Black people in the city.", "Black"),
        ("White farmers in the valley protested on Monday.", "White"),
    ],
)
def test_a_race_by_its_colour_is_no_state(text: str, colour: str) -> None:
    assert colour not in draft_kind_names(text)


def test_a_people_named_by_its_land_is_still_drafted() -> None:
    kinds = draft_kind_names("Kurdish people fled the town of Afrin on Sunday.")
    assert kinds.get("Kurdish") == "state", kinds


@pytest.mark.parametrize(
    ("text", "craft"),
    [
        ("The Orion spacecraft will get $1.2 billion, the agency said.", "Orion"),
        ("The Orion spacecraft will get $1.2 billion. A drawing shows Orion leaving orbit.", "Orion"),
        ("The Tarvel lander touched down near the pole on Friday.", "Tarvel"),
        ("The Hubble telescope saw the comet again in March.", "Hubble"),
    ],
)
def test_a_craft_sent_to_space_is_no_town(text: str, craft: str) -> None:
    assert draft_kind_names(text).get(craft) != "place"


def test_a_town_named_like_no_craft_stays_a_town() -> None:
    kinds = draft_kind_names("The convoy reached Orion on Friday after a long drive from the coast.")
    assert kinds.get("Orion") == "place", kinds


def test_the_agency_running_a_craft_is_kept() -> None:
    kinds = draft_kind_names("The NASA rover landed in a crater on Thursday.")
    assert kinds.get("NASA") == "organization", kinds


@pytest.mark.parametrize(
    ("text", "house"),
    [
        ("Tours visit the Lewis & Clark Boathouse on Friday.", "Lewis & Clark Boathouse"),
        ("Visitors climbed the Henry Quell Lighthouse on Sunday.", "Henry Quell Lighthouse"),
        ("Guests gathered at the Walter Varn Clubhouse after the race.", "Walter Varn Clubhouse"),
        ("Fans queued outside the Tarnwick Mansion in the rain.", "Tarnwick Mansion"),
    ],
)
def test_a_house_by_its_use_is_a_place(text: str, house: str) -> None:
    assert draft_kind_names(text).get(house) == "place"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Barry Quellaut, the chocolate maker, said cocoa prices had doubled.", "Barry Quellaut", "organization"),
        ("Anna Tarvex, the world's largest cocoa maker, cut its forecast.", "Anna Tarvex", "organization"),
        ("Ilse Varnholt, the furniture maker, said prices had doubled.", "Ilse Varnholt", "person"),
        ("Ilse Varnholt, a maker of fine furniture, said prices had doubled.", "Ilse Varnholt", "person"),
        ("Kenneth Tarrow, the film maker, said the shoot was over.", "Kenneth Tarrow", "person"),
    ],
)
def test_the_goods_maker_in_an_apposition_is_a_firm(text: str, name: str, kind: str) -> None:
    assert draft_kind_names(text).get(name) == kind


@pytest.mark.parametrize(
    ("text", "band"),
    [
        ("Gwynvar, the Welsh rock band, will headline on Saturday.", "Gwynvar"),
        ("Quellvane, the Glasgow four-piece fronted by Callum Aird, will play on Friday.", "Quellvane"),
        ("Tarnmoss, a jazz trio from Leeds, played the late set.", "Tarnmoss"),
    ],
)
def test_a_band_in_an_apposition_is_a_body(text: str, band: str) -> None:
    assert draft_kind_names(text).get(band) == "organization"


def test_a_band_of_fighters_is_no_music_band() -> None:
    kinds = draft_kind_names("Tarnak, a band of rebels from the hills, attacked the town.")
    assert kinds.get("Tarnak") != "organization", kinds


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Carys Penwarden won the ladies' medal with a net 68.", "Carys Penwarden"),
        ("Geoff Tarnley took the reserve champion rosette.", "Geoff Tarnley"),
        ("Owain Quellyn plays the brother with quiet menace.", "Owain Quellyn"),
        ("Keir Varnham told the podcast the vote would be close.", "Keir Varnham"),
        ("Amadou Tarnessa arrived in the capital on Monday.", "Amadou Tarnessa"),
        ("Tendai Mukwarella opened the new clinic.", "Tendai Mukwarella"),
        ("Oleksandr Varnenko arrived in the capital on Monday.", "Oleksandr Varnenko"),
        ("Haruka Tarnimoto opened the new clinic.", "Haruka Tarnimoto"),
    ],
)
def test_a_given_name_from_a_wider_world_makes_a_person(text: str, person: str) -> None:
    assert draft_kind_names(text).get(person) == "person"


def test_a_place_word_abroad_is_no_given_name() -> None:
    kinds = draft_kind_names("The boat left from Isla Quellna at dawn with twelve people on board.")
    assert kinds.get("Isla Quellna") != "person", kinds


@pytest.mark.parametrize(
    ("text", "person", "handle"),
    [
        (
            'The Wolves rallied behind their duelist Aroha "kiwiblade" Tane-Moana, who finished with 97 kills.',
            "Aroha Tane-Moana",
            "kiwiblade",
        ),
        ('Oleksandr "s1mple" Varnenko joined the team in May.', "Oleksandr Varnenko", "s1mple"),
    ],
)
def test_a_players_handle_in_quotes_joins_the_names_around_it(text: str, person: str, handle: str) -> None:
    drafts = {draft.name: draft for draft in extract(text, None, [], set(), "t", language="en").actors}
    assert drafts[person].kind.value == "person"
    assert handle in drafts[person].aliases
    assert not [name for name in drafts if name != person and name in person], drafts


@pytest.mark.parametrize(
    ("text", "roles", "cast"),
    [
        (
            "Ruth's younger sisters, Nell and Tamsin, are played by newcomers Ada Quellby and Sophie Marrant.",
            ["Nell", "Tamsin"],
            ["Ada Quellby", "Sophie Marrant"],
        ),
        ("Nell, played by Ada Quellby, is the heart of the film.", ["Nell"], ["Ada Quellby"]),
    ],
)
def test_roles_played_by_the_cast_are_no_actors(text: str, roles: list[str], cast: list[str]) -> None:
    kinds = draft_kind_names(text)
    assert not [role for role in roles if role in kinds], kinds
    assert all(kinds.get(person) == "person" for person in cast), kinds


def test_a_body_that_played_by_candlelight_is_kept() -> None:
    kinds = draft_kind_names("Ilse Varn said the Tarnby Players played by candlelight in the old hall.")
    assert kinds.get("Tarnby Players") == "organization", kinds


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Freddie Quellmore sang the last song of the night.", "Freddie Quellmore"),
        ("Alfie Tarnwick scored twice in the second half.", "Alfie Tarnwick"),
        ("Hattie Varnley opened the new bakery on Friday.", "Hattie Varnley"),
    ],
)
def test_an_english_short_given_name_makes_a_person(text: str, person: str) -> None:
    assert draft_kind_names(text).get(person) == "person"
