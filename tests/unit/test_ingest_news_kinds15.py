"""Names on English news pages after the fifteenth round (issue 15): a place whose last word is a place's
head and a family name too ("Pellinger Cross"), a plural trade noun opening a sentence before firms'
names ("Rivals Quenmart"), a town or a people before a trade noun and a name ("the Cardiff band
Wrennick", "the Danish carrier Vostrekk") and the office of a post ("Tenancy Commissioner's Office").

Each test ingests invented text through the real extractor and states the drafts an analyst would see."""

from __future__ import annotations

import pytest

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    "sentence, place",
    [
        ("Flood water reached Pellinger Cross on Tuesday night.", "Pellinger Cross"),
        ("Residents of Hobbard Meadows were told to leave their homes.", "Hobbard Meadows"),
    ],
)
def test_a_place_s_head_that_is_a_family_name_ends_a_place_with_no_person_cue(sentence: str, place: str) -> None:
    kinds = draft_kinds(sentence)
    assert kinds.get(place) is ActorKind.place, kinds


@pytest.mark.parametrize(
    "sentence",
    ["Hobbard Green said the road would stay shut until Friday.", "Dr Hobbard Green spoke to the inquiry."],
)
def test_the_same_words_with_a_person_s_cue_stay_a_person(sentence: str) -> None:
    kinds = draft_kinds(sentence)
    assert kinds.get("Hobbard Green") is ActorKind.person, kinds


def test_a_plural_trade_noun_opening_a_sentence_is_no_part_of_the_name() -> None:
    kinds = draft_kinds("Rivals Quenmart and Dellowby cut their prices on Monday.")
    assert "Quenmart" in kinds and "Rivals Quenmart" not in kinds, kinds


def test_a_town_before_a_trade_noun_and_a_name_is_a_place() -> None:
    kinds = draft_kinds("Tickets sold out for the Cardiff band Wrennick on Friday.")
    assert kinds.get("Cardiff") is ActorKind.place, kinds
    assert kinds.get("Wrennick") is ActorKind.organization, kinds


def test_a_carrier_on_a_page_with_no_ships_is_a_firm() -> None:
    kinds = draft_kinds("The parcel firm hired the Danish carrier Vostrekk last spring.")
    assert kinds.get("Vostrekk") is ActorKind.organization, kinds


def test_a_carrier_on_a_naval_page_stays_a_ship() -> None:
    kinds = draft_kinds("The navy sent the carrier Vikrant east with its jets.")
    assert "Vikrant" not in kinds, kinds


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
def test_the_office_of_a_post_is_one_body(apostrophe: str) -> None:
    name = f"Tenancy Commissioner{apostrophe}s Office"
    kinds = draft_kinds(f"The firm reported the breach to the {name} on Friday.")
    assert kinds.get(name) is ActorKind.organization, kinds


def test_a_person_s_office_is_no_body() -> None:
    kinds = draft_kinds("Staff at Commissioner Varnell's Office said no.")
    assert not any("Office" in name for name in kinds), kinds
