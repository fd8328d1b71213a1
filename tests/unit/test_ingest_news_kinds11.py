"""Kinds on English news pages after the eleventh round (issue 15): English towns joined by hyphens
("Stow-on-the-Wold") stay one place; Scots lanes, steps and walks are streets; a job noun opening a
sentence is no part of the person's name; a maker named by its trade after "flour from" is a firm.

Each test ingests invented text through the real extractor and states the drafts an analyst would see."""

from __future__ import annotations

import pytest

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    "text, town",
    [
        ("Coaches left Ashby-upon-Tarn at nine on Saturday.", "Ashby-upon-Tarn"),
        ("Shoppers in Kelford-on-the-Wold were angry about the parking charges.", "Kelford-on-the-Wold"),
        ("The council of Brackley-under-Fell met on Monday night.", "Brackley-under-Fell"),
        ("Ferries from Dunmere-in-Furness were cancelled.", "Dunmere-in-Furness"),
    ],
)
def test_an_english_town_joined_by_hyphens_is_one_place(text: str, town: str) -> None:
    kinds = draft_kinds(text)
    assert kinds.get(town) is ActorKind.place, kinds
    assert not any(name != town and name in town for name in kinds), kinds  # no "Ashby" or "Tarn" on its own


@pytest.mark.parametrize(
    "text, street",
    [
        ("Police closed Cooper's Wynd and Kirk Brae on Monday morning.", "Kirk Brae"),
        ("Police closed Cooper's Wynd on Monday morning.", "Cooper's Wynd"),
        ("Walkers used Tanwell Steps while the bridge was shut.", "Tanwell Steps"),
        ("A stall on Ferrybank Walk sold out by noon.", "Ferrybank Walk"),
        ("Residents of Orrin Terrace complained about the noise.", "Orrin Terrace"),
        ("The cafe on Gullhaven Parade closed early.", "Gullhaven Parade"),
        ("A house off Tern Crescent was flooded.", "Tern Crescent"),
    ],
)
def test_scots_lanes_steps_walks_and_terraces_are_streets(text: str, street: str) -> None:
    kinds = draft_kinds(text)
    assert kinds.get(street) is ActorKind.place, kinds


def test_a_band_named_parade_is_no_street_without_on() -> None:
    kinds = draft_kinds("The band Marlowe Parade played two encores. The Red Crescent sent a convoy.")
    assert kinds.get("Marlowe Parade") is not ActorKind.place
    assert kinds.get("Red Crescent") is ActorKind.organization


@pytest.mark.parametrize(
    "text, person",
    [
        ("Nurse Tamsin Wrenford said the bridge was vital for night shifts.", "Tamsin Wrenford"),
        ("Shopkeeper Angus Tolley said trade had halved.", "Angus Tolley"),
        ("Manager Desmond Okafor-Reyes said the club would fight on.", "Desmond Okafor-Reyes"),
        ("Publican Hettie Glanville, 61, said the pub would reopen.", "Hettie Glanville"),
    ],
)
def test_a_job_noun_opening_a_sentence_is_no_part_of_the_name(text: str, person: str) -> None:
    kinds = draft_kinds(text)
    assert kinds.get(person) is ActorKind.person, kinds
    assert not any(name.endswith(person) and name != person for name in kinds), kinds


@pytest.mark.parametrize(
    "text, maker",
    [
        ("The café buys flour from Tarnley Mill and sells it on.", "Tarnley Mill"),
        ("The pub sells beer from Harrowmere Ales on tap.", "Harrowmere Ales"),
        ("The kiosk serves coffee from Pellbrook Roasters.", "Pellbrook Roasters"),
    ],
)
def test_a_maker_named_by_its_trade_after_food_from_is_a_firm(text: str, maker: str) -> None:
    kinds = draft_kinds(text)
    assert kinds.get(maker) is ActorKind.organization, kinds


def test_food_from_a_known_place_stays_a_place() -> None:
    kinds = draft_kinds("The deli sells wine from Bordeaux and cheese from Wensleydale.")
    assert kinds.get("Bordeaux") is ActorKind.place


def test_a_family_street_is_kept_when_the_family_name_looks_like_a_towns_people() -> None:
    # "Salter" could read as someone from Salt; before a possessive and a street it is a family's name.
    kinds = draft_kinds("The bridge links the quay with Salter's Lane on the far bank.")
    assert kinds.get("Salter's Lane") is ActorKind.place, kinds


@pytest.mark.parametrize(
    "text, firm",
    [
        ("Firemen were called to Hobcraft's Bakery, which has stood there since 1921.", "Hobcraft's Bakery"),
        ("Trelawny's Coaches stops outside the shop on Saturdays.", "Trelawny's Coaches"),
    ],
)
def test_a_family_possessive_before_a_trade_is_the_family_firm(text: str, firm: str) -> None:
    kinds = draft_kinds(text)
    assert kinds.get(firm) is ActorKind.organization, kinds


def test_a_lender_after_borrowed_from_is_a_firm() -> None:
    kinds = draft_kinds("The bank refused a loan, so the family borrowed from Quillant instead.")
    assert kinds.get("Quillant") is ActorKind.organization, kinds


def test_firms_named_after_the_role_of_bankers() -> None:
    kinds = draft_kinds("The club's bankers, Ashgrove Money and Tarnbanken, had pressed for new owners.")
    assert kinds.get("Ashgrove Money") is ActorKind.organization, kinds
    assert kinds.get("Tarnbanken") is ActorKind.organization, kinds


@pytest.mark.parametrize(
    "text, person",
    [
        ("I woke up to the alarm and my neighbour Wenna Holcombe banging on the door.", "Wenna Holcombe"),
        ("Her butcher, Alwyn Tegg, trained at Smithfield and cuts the lamb on site.", "Alwyn Tegg"),
    ],
)
def test_a_neighbour_or_a_shopkeeper_named_after_the_noun_is_a_person(text: str, person: str) -> None:
    kinds = draft_kinds(text)
    assert kinds.get(person) is ActorKind.person, kinds


def test_a_firm_after_a_kin_noun_keeps_its_firms_word() -> None:
    kinds = draft_kinds("His son Ashworth Capital sold the stake last year.")
    assert kinds.get("Ashworth Capital") is ActorKind.organization, kinds


def test_a_cross_after_on_is_a_street_and_the_red_cross_a_body() -> None:
    assert (
        draft_kinds("The council offered space in the library on Haddow Cross.").get("Haddow Cross") is ActorKind.place
    )
    assert draft_kinds("She worked on Red Cross missions in Sudan.").get("Red Cross") is ActorKind.organization


def test_a_name_which_has_no_branches_is_a_firm() -> None:
    kinds = draft_kinds("Savings moved to Fennick and Quorlo, which have no branches, over the year.")
    assert kinds.get("Quorlo") is ActorKind.organization, kinds
