"""A twenty-eighth round on the held-out styles: a one-word town at the end of a move, a ship's
commander named with no "of", and a body's or place's own-language name in brackets. Every example
is invented; each test says what the analyst sees in the drafts."""

from __future__ import annotations

import pytest

from dossier.ingest.cues import MOTION_BEFORE_TO
from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize("mover", sorted(MOTION_BEFORE_TO))
def test_a_one_word_town_at_the_end_of_a_move_is_a_place(mover: str) -> None:
    kinds = draft_kinds(f"The delegation {mover} to Quellbury last week, officials said.")
    assert kinds.get("Quellbury") is ActorKind.place


def test_a_move_reads_every_town_it_ends_at() -> None:
    kinds = draft_kinds("The patrol boat will sail to Varnokel and Tremap in March.")
    assert kinds.get("Varnokel") is ActorKind.place
    assert kinds.get("Tremap") is ActorKind.place


def test_a_name_after_to_with_no_move_is_not_a_place() -> None:
    kinds = draft_kinds("The minister spoke to Quellbury about the budget.")
    assert kinds.get("Quellbury") is not ActorKind.place


def test_a_ships_commander_with_no_of_and_a_holder_after_a_comma_is_a_post() -> None:
    kinds = draft_kinds(
        "Commander HMS Tremblewick, Lieutenant Commander Ewart Pollin-Doyle, said the crew did well. "
        "The visit will be led by Commander HMAS Quarrelton, Captain Bronwyn Tallisford, in March."
    )
    assert kinds.get("Commander HMS Tremblewick") is ActorKind.person
    assert kinds.get("Commander HMAS Quarrelton") is ActorKind.person
    assert kinds.get("Ewart Pollin-Doyle") is ActorKind.person
    assert kinds.get("Bronwyn Tallisford") is ActorKind.person


def test_a_ships_commander_with_no_of_and_no_holder_is_left_alone() -> None:
    kinds = draft_kinds("Commander HMS Tremblewick will sail today.")
    assert "Commander HMS Tremblewick" not in kinds


def test_a_bodys_own_language_name_in_brackets_is_the_same_kind_of_actor() -> None:
    kinds = draft_kinds(
        "Talks were held with the Varnish Workers Party (Partido Obrero Varnés) in May. "
        "The Tremmin Red Cross (Cruz Vermelha de Tremmin) delivered kits."
    )
    assert kinds.get("Partido Obrero Varnés") is ActorKind.organization
    assert kinds.get("Cruz Vermelha de Tremmin") is ActorKind.organization


def test_a_name_with_an_initial_after_a_long_portfolio_is_a_person() -> None:
    kinds = draft_kinds(
        "The delegation was led by Assistant Secretary of State for African Affairs Marcus V. Tolliver-Amadi. "
        "She was accompanied by Assistant Secretary of State for South and Central Asian Affairs Helena R. Quistborne."
    )
    assert kinds.get("Marcus V. Tolliver-Amadi") is ActorKind.person
    assert kinds.get("Helena R. Quistborne") is ActorKind.person


def test_a_portfolio_word_that_is_also_a_surname_is_no_part_of_the_holders_name() -> None:
    kinds = draft_kinds(
        "It was led by Assistant Secretary of State for International Narcotics and Law Enforcement Affairs "
        "Marcus T. Quellbright-Amadi today."
    )
    assert kinds.get("Marcus T. Quellbright-Amadi") is ActorKind.person


def test_the_governments_of_several_states_are_those_states() -> None:
    kinds = draft_kinds("The Governments of Mauritania and Mali agreed to share patrol data.")
    assert kinds.get("Mauritania") is ActorKind.state
    assert kinds.get("Mali") is ActorKind.state
    assert "Governments of Mauritania" not in kinds


def test_the_government_of_one_state_is_still_a_body() -> None:
    kinds = draft_kinds("The Government of Mali agreed to share patrol data.")
    assert kinds.get("Government of Mali") is ActorKind.organization


def test_a_town_before_its_state_is_a_place_though_its_words_look_like_a_name() -> None:
    kinds = draft_kinds("The minehunters operated from a base in Mina Quellet, Bahrain, alongside allied ships.")
    assert kinds.get("Mina Quellet") is ActorKind.place
    assert kinds.get("Bahrain") is ActorKind.state


def test_a_person_before_a_states_possessive_stays_a_person() -> None:
    kinds = draft_kinds("A letter came from Sarah Quellet, Kenya's envoy to the talks.")
    assert kinds.get("Sarah Quellet") is ActorKind.person


def test_a_state_secretary_named_with_the_ministry_is_a_person_and_a_body() -> None:
    kinds = draft_kinds("He met State Secretary Oyunbileg Tsendsuren of the Ministry of Economy and Development.")
    assert kinds.get("Oyunbileg Tsendsuren") is ActorKind.person
    assert kinds.get("Ministry of Economy and Development") is ActorKind.organization
