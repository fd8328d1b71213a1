"""A twentieth round on the held-out styles: a post whose remit holds "and" ("Minister of Defence
and Army Reconstruction") is one post; two rare one-word names before "communities" are peoples; a
river named with its other name in brackets ("the Varnet (Oskelle) River") is a place under both
names. Every example is invented; each test says what the analyst sees in the drafts."""

from __future__ import annotations

import pytest

from dossier.ingest.extract import extract
from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds, spelling_kinds


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "The Minister of Defence and Army Reconstruction, Talbert Munyasi, visited the camp.",
            "Minister of Defence and Army Reconstruction",
        ),
        (
            "He met the Minister of Foreign Affairs and International Cooperation, Rosalind Achterberg, on Friday.",
            "Minister of Foreign Affairs and International Cooperation",
        ),
        ("She thanked the Minister of Agriculture and Fisheries.", "Minister of Agriculture and Fisheries"),
    ],
)
def test_a_post_whose_remit_holds_and_is_one_post(text: str, post: str) -> None:
    kinds = spelling_kinds(text)
    assert kinds.get(post) is ActorKind.person
    assert not any(name.startswith(("Army", "International", "Fisheries")) for name in kinds)


def test_a_holder_after_a_remit_with_and_is_a_person_of_their_own() -> None:
    kinds = draft_kinds("The Minister of Defence and Army Reconstruction, Talbert Munyasi, visited the camp.")
    assert kinds.get("Talbert Munyasi") is ActorKind.person


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # one word after "and" followed by a plural noun: officials of two bodies, not one remit
        ("The Ministry of Defence and Army officials denied it.", "Ministry of Defence and Army"),
        # another body's head after "and"
        ("The Ministry of Defence and Foreign Office disagreed.", "Ministry of Defence and Foreign Office"),
    ],
)
def test_and_between_two_bodies_does_not_join_them(text: str, absent: str) -> None:
    assert absent not in draft_kinds(text)


def test_two_rare_names_before_communities_are_peoples() -> None:
    kinds = draft_kinds("The group drew fighters from the Varrok and Temmu communities and was accused of abuses.")
    assert kinds.get("Varrok") is ActorKind.state
    assert kinds.get("Temmu") is ActorKind.state


def test_platforms_before_communities_are_no_peoples() -> None:
    kinds = draft_kinds("Moderators of the Reddit and Discord communities said so.")
    assert kinds.get("Reddit") is not ActorKind.state
    assert kinds.get("Discord") is not ActorKind.state


def test_a_river_named_with_its_other_name_in_brackets_is_a_place_under_both() -> None:
    extraction = extract(
        "Boats moved up the Varnet (Oskelle) River towards the border town of Kawlindi.",
        None,
        [],
        set(),
        "test-drafts",
        language="en",
    )
    river = next(draft for draft in extraction.actors if draft.name == "Varnet")
    assert river.kind is ActorKind.place
    assert "Oskelle" in river.aliases


def test_a_body_with_its_acronym_before_a_word_is_not_a_river() -> None:
    kinds = draft_kinds("The Harrow Foundation (HF) Board met on Monday.")
    assert kinds.get("Harrow Foundation") is ActorKind.organization


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Talks stalled while Serbs and Tremmic envoys met in Tuzla.", "Serbs"),
        # (the gazetteer knows "Costa Rican" as Costa Rica's people: the draft takes the state's name, realmix3)
        ("Many Costa Ricans and Varnish workers crossed at the border post.", "Costa Rica"),
        ("Several Bavarians and Quellish farmers joined the march.", "Bavarians"),
    ],
)
def test_a_people_named_from_a_known_place_is_filed_as_its_state(text: str, people: str) -> None:
    assert draft_kinds(text).get(people) is ActorKind.state


def test_a_team_named_the_highlanders_is_no_people() -> None:
    assert draft_kinds("The Highlanders and Islanders played in Varnholm.").get("Highlanders") is not ActorKind.state


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("The catch was sold to Morvik Fisk AS on Tuesday.", "Morvik Fisk AS"),
        ("A licence went to Quellan Mining Resources SA last year.", "Quellan Mining Resources SA"),
        ("The deal with PT Varnadirga was signed in Jakarta.", "PT Varnadirga"),
    ],
)
def test_a_firm_named_with_its_legal_form_is_an_organisation(text: str, firm: str) -> None:
    assert draft_kinds(text).get(firm) is ActorKind.organization


def test_an_arabic_article_is_no_legal_form() -> None:
    assert draft_kinds("Fighters entered As Suwayda at dawn.").get("As Suwayda") is not ActorKind.organization


def test_where_a_campaign_spread_with_its_way_is_a_place() -> None:
    kinds = draft_kinds("The campaign spread south to Kessani and Worrabe, where troops held the bridge.")
    assert kinds.get("Kessani") is ActorKind.place
    assert kinds.get("Worrabe") is ActorKind.place


def test_a_philippine_navy_ship_and_a_motor_vessel_are_no_actors() -> None:
    kinds = draft_kinds("BRP Tadeo Lucban and the MV Orsa Dawn conducted a patrol near Jolo.")
    assert "BRP Tadeo Lucban" not in kinds
    assert "MV Orsa Dawn" not in kinds
    assert not any("Tadeo" in name or "Orsa" in name for name in kinds)


def test_a_known_regions_state_is_a_place_and_a_movements_state_a_body() -> None:
    kinds = draft_kinds(
        "Aid reached Nasir in Upper Nile State, and the Khartoum State governor met Islamic State envoys."
    )
    assert kinds.get("Upper Nile State") is ActorKind.place
    assert kinds.get("Khartoum State") is ActorKind.place
    assert kinds.get("Islamic State") is not ActorKind.place


def test_a_makers_name_before_a_model_or_a_weapons_kind_is_no_actor() -> None:
    kinds = draft_kinds(
        "The Tremmic Air Force has been replacing its ageing Sukhoi Su-22 fleets since 2015. Seized items "
        "included guidance components for Qiam ballistic missiles, and the crew were transferred to the Coast Guard."
    )
    assert "Sukhoi" not in kinds
    assert "Qiam" not in kinds
    assert kinds.get("Tremmic Air Force") is ActorKind.armed_force


def test_a_boxs_participants_are_read_as_names() -> None:
    kinds = draft_kinds(
        "Exercise Coral Varn 2024\n\nDate: 3–14 June 2024\nLocation: Port Ellery, Tremmia\n"
        "Participants: Tremmic Navy, Varnish Coast Guard, Quellan Marine Corps\n\n"
        "Exercise Coral Varn is a naval exercise held every two years.\n"
    )
    assert kinds.get("Tremmic Navy") is ActorKind.armed_force
    assert kinds.get("Varnish Coast Guard") is ActorKind.armed_force
    assert kinds.get("Quellan Marine Corps") is ActorKind.armed_force
