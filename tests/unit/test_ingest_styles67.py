"""A sixty-seventh round on the held-out styles (re3d-style BBC, CENTCOM, DFAT, EU and Wikipedia pages): defence
procurement, naval exercises and arms control. A navy's prefix in capitals after a ship's kind ("the flagship ITS
..."), a weapon named as an example of its kind ("missiles such as the ..."), and islands named in pairs after "on"
or "over" on a page about islands. Every example is invented; each test says what the analyst sees."""

from __future__ import annotations

import pytest

from dossier.ingest.extract import extract
from dossier.ingest.grouping import ActorDraft
from dossier.model import ActorKind


def _drafts(text: str) -> dict[str, ActorDraft]:
    return {draft.name: draft for draft in extract(text, None, [], set(), "test-drafts").actors}


@pytest.mark.parametrize(
    ("text", "ship"),
    [
        ("Commodore Elsa Varnholt flies her pennant on board the flagship ITS Tarno Vespucci.", "Tarno Vespucci"),
        ("Later that week ITS Caio Varnelli joined the naval escort in the strait.", "ITS Caio Varnelli"),
        ("The patrol boat GCGS Kessel Star docked at Tema on Friday.", "GCGS Kessel Star"),
    ],
)
def test_a_navy_prefix_in_capitals_after_the_ship_s_kind_names_a_ship_not_an_actor(text: str, ship: str) -> None:
    drafts = _drafts(text)
    assert ship not in drafts
    assert not any(ship in name for name in drafts)


@pytest.mark.parametrize(
    ("text", "weapon"),
    [
        ("Crews rehearsed against anti-ship cruise missiles such as the Varnoor.", "Varnoor"),
        ("The militia flies drones including the Tarnabil over the valley.", "Tarnabil"),
        ("The squadron flies jets like the Kesselhawk from the coast.", "Kesselhawk"),
        ("Task Force 59 tests unmanned systems such as the Tarnwave Explorer off Bahrain.", "Tarnwave Explorer"),
        ("The listed plant builds the Varnakiya-A1 long-range attack drone for the army.", "Varnakiya"),
    ],
)
def test_a_name_given_as_an_example_of_weapons_is_no_actor(text: str, weapon: str) -> None:
    assert weapon not in _drafts(text)


def test_states_given_as_examples_stay_states() -> None:
    assert _drafts("Donors such as Norway and Japan pledged more.")["Norway"].kind is ActorKind.state


def test_a_payment_system_given_as_an_example_is_no_weapon() -> None:
    assert "Varnpay" in _drafts("Banks in the region use payment systems such as Varnpay.")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The Solomon Islands Government will clear unexploded ordnance on Varnacanal and Quelaita this year.",
            ("Varnacanal", "Quelaita"),
        ),
        (
            "Sixty years ago Pacific islanders watched clouds rise over Tarnuroa and Fangavu atolls' lagoons.",
            ("Tarnuroa", "Fangavu"),
        ),
    ],
)
def test_two_rare_names_after_on_or_over_on_a_page_about_islands_are_places(text: str, names: tuple[str, ...]) -> None:
    drafts = _drafts(text)
    for name in names:
        assert drafts[name].kind is ActorKind.place


def test_services_after_on_on_a_page_with_no_islands_stay_unexplained() -> None:
    drafts = _drafts("The new series streams on Tarnflix and Lumio from Friday.")
    assert all(draft.kind is not ActorKind.place for draft in drafts.values())


@pytest.mark.parametrize(
    "text",
    [
        "Two corvettes sailed through the English Channel on Monday, shadowed by a frigate.",
        "The English Channel was closed to small craft for the exercise.",
    ],
)
def test_the_english_channel_is_a_strait_not_the_united_kingdom(text: str) -> None:
    drafts = _drafts(text)
    assert drafts["English Channel"].kind is ActorKind.place
    assert "United Kingdom" not in drafts


def test_a_broadcaster_named_channel_and_a_number_keeps_its_state() -> None:
    assert "Israel" in _drafts("Israeli Channel 12 reported the strike on Tuesday.")


@pytest.mark.parametrize(
    ("text", "parent", "part"),
    [
        (
            "She was posted to the NATO Military Committee in Brussels. In 2011 she served with NATO's mission.",
            "NATO",
            "NATO Military Committee",
        ),
        (
            "Officials trained at the TARVAN Secretariat in Jakarta before TARVAN admitted Timor-Leste.",
            "TARVAN",
            "TARVAN Secretariat",
        ),
    ],
)
def test_a_body_s_letters_alone_name_the_parent_not_its_part(text: str, parent: str, part: str) -> None:
    drafts = _drafts(text)
    assert drafts[parent].kind is ActorKind.organization
    assert part in drafts


def test_the_letters_stay_apart_from_a_second_body_named_with_them() -> None:
    drafts = _drafts(
        "Timor-Leste joined the TARVAN Regional Forum and sent officials to the TARVAN Secretariat. TARVAN welcomed it."
    )
    assert {"TARVAN", "TARVAN Regional Forum", "TARVAN Secretariat"} <= set(drafts)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sappers of the Royal Engineers built a bridge over the river.", "Royal Engineers"),
        ("Officers of the Royal Tarnish Engineers cleared the runway at Varnby.", "Royal Tarnish Engineers"),
        ("Radio operators from the Royal Signals joined the exercise.", "Royal Signals"),
    ],
)
def test_an_army_s_arm_after_royal_is_an_armed_force(text: str, name: str) -> None:
    assert _drafts(text)[name].kind is ActorKind.armed_force


def test_engineers_of_a_firm_are_no_armed_force() -> None:
    drafts = _drafts("Tarnby Engineers Ltd won the contract for the new bridge.")
    assert all(draft.kind is not ActorKind.armed_force for draft in drafts.values())
