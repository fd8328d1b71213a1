"""Round lead29: what a deal or a move says of a name nothing else describes: a firm is bought, hired,
licensed from or sold to, takes delivery of what it ordered; troops deploy to a place."""

from __future__ import annotations

import pytest

from tests.unit.ingest_helpers import draft_kind_names


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Lambs from the farm were bought by Quellmeat at the mart.", "Quellmeat"),
        ("The lender was acquired by Varnpay last year for £40m.", "Varnpay"),
        ("The chain was taken over by Tarnwick Retail in March.", "Tarnwick Retail"),
        ("The candidate, licensed from Osgenix, cut weight by 8 per cent.", "Osgenix"),
        ("The loans are guaranteed by Quellfin and run for six years.", "Quellfin"),
        ("The utility has hired Varncore to sound out buyers for the unit.", "Varncore"),
        ("The stake was sold to Tarnmere for £2m in cash.", "Tarnmere"),
        ("In air cargo, Quellair took delivery of its first freighter.", "Quellair"),
        ("Tarnby Food Ingredients said prices rose.", "Tarnby Food Ingredients"),
    ],
)
def test_a_name_in_a_deal_is_a_firm(text: str, firm: str) -> None:
    kinds = draft_kind_names(text)
    assert kinds.get(firm) == "organization", kinds


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The bakery has hired Ilse Varnholt as its new manager.", "Ilse Varnholt", "person"),
        ("The farm was bought by Margaret Tarnley in 1998.", "Margaret Tarnley", "person"),
        ("The company sold the drones to Ukraine in May.", "Ukraine", "state"),
    ],
)
def test_a_person_or_a_state_in_a_deal_keeps_its_kind(text: str, name: str, kind: str) -> None:
    kinds = draft_kind_names(text)
    assert kinds.get(name) == kind, kinds


@pytest.mark.parametrize("verb", ["will deploy to", "deploys to", "were airlifted to"])
def test_where_troops_deploy_is_a_place(verb: str) -> None:
    kinds = draft_kind_names(f"Engineers of the regiment {verb} Varnokai next month.")
    assert kinds.get("Varnokai") == "place", kinds


@pytest.mark.parametrize("noun", ["ploughman", "driller", "roofer", "stonemason", "driver", "prop", "batsman"])
def test_a_trade_or_a_players_place_before_a_name_makes_a_person(noun: str) -> None:
    kinds = draft_kind_names(f"Third was the {noun} Tarwick Olunde from Bishop's Castle.")
    assert kinds.get("Tarwick Olunde") == "person", kinds


def test_a_trades_noun_before_a_firms_word_keeps_the_firm() -> None:
    kinds = draft_kind_names("The driver Quellnet Audio crashed the laptop twice.")
    assert kinds.get("Quellnet Audio") == "organization", kinds


@pytest.mark.parametrize(
    ("text", "outlet"),
    [("ESPN reported the trade on Sunday.", "ESPN"), ("She told CNBC that rates would fall.", "CNBC")],
)
def test_a_broadcaster_known_by_its_letters_is_media(text: str, outlet: str) -> None:
    kinds = draft_kind_names(text)
    assert kinds.get(outlet) == "media", kinds


def test_letters_the_page_spells_out_as_a_party_keep_the_party() -> None:
    text = "The All Basotho Convention (ABC) won the most seats. The ABC said it would form a coalition."
    kinds = draft_kind_names(text)
    assert kinds.get("All Basotho Convention") == "organization", kinds


def test_an_everyday_word_that_names_a_small_town_makes_no_side() -> None:
    kinds = draft_kind_names("The film won awards at the Golden Globes and at the Oscars.")
    assert kinds.get("Golden Globes") != "organization", kinds


def test_a_side_named_by_a_known_town_stays_a_side() -> None:
    kinds = draft_kind_names("Fans of the Buffalo Bills cheered at the stadium.")
    assert kinds.get("Buffalo Bills") == "organization", kinds


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Fans of the Phoenix Suns cheered in the arena.", "Phoenix Suns", "organization"),
        ("The fighting near Mons ended in 1914.", "Mons", "place"),
    ],
)
def test_a_days_abbreviation_with_an_s_is_a_word_of_a_name(text: str, name: str, kind: str) -> None:
    kinds = draft_kind_names(text)
    assert kinds.get(name) == kind, kinds


def test_days_of_the_week_in_the_plural_are_no_names() -> None:
    assert draft_kind_names("The shop is shut on Mondays and Sundays in winter.") == {}


@pytest.mark.parametrize(
    "text", ["The union was urged to return to talks at Acas on Monday.", "Acas said talks would resume."]
)
def test_britains_conciliation_service_written_as_a_word_is_a_body(text: str) -> None:
    kinds = draft_kind_names(text)
    assert kinds.get("Acas") == "organization", kinds


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Rail Cargo Austria added four weekly trains to the port.", "Rail Cargo Austria"),
        ("Shares in Quell Foods Germany fell after the warning.", "Quell Foods Germany"),
    ],
)
def test_a_firm_named_by_its_trade_then_a_state_is_its_arm_there(text: str, firm: str) -> None:
    kinds = draft_kind_names(text)
    assert kinds.get(firm) == "organization", kinds


def test_a_town_a_move_goes_on_to_is_a_place() -> None:
    kinds = draft_kind_names("The regiment will travel on to Varnokai by boat.")
    assert kinds.get("Varnokai") == "place", kinds
