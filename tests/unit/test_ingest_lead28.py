"""Round lead28: firms a reader knows by what is said of them: a desk or an account at a name the gazetteer holds
as a town, a firm named by a plural of goods, what a person founded, the group after ", part of"."""

from __future__ import annotations

import pytest

from tests.unit.ingest_helpers import draft_found_by, draft_kind_names


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ('"It will not pay," said Mara Lindqvist, an analyst at Carnegie.', "Carnegie"),
        ("The money was moved to an account at Santander and spent on a car.", "Santander"),
        ("Savings accounts with Brookfield paid 4 per cent.", "Brookfield"),
    ],
)
def test_a_desk_or_an_account_at_a_towns_name_is_a_firm(text: str, firm: str) -> None:
    kinds = draft_kind_names(text)
    assert kinds.get(firm) == "organization", kinds


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Engineers at Fukushima pumped water into the reactor on Monday.", "Fukushima"),
        ("An analyst at Madrid's stock exchange said prices fell.", "Madrid"),
        ("She met a nurse at Carnegie on Friday.", "Carnegie"),
    ],
)
def test_a_site_a_city_or_a_job_held_anywhere_keeps_the_place(text: str, place: str) -> None:
    kinds = draft_kind_names(text)
    assert kinds.get(place) == "place", kinds


@pytest.mark.parametrize("firm", ["Quellmark", "Northern Quellgrid"])
def test_general_counsel_at_names_the_firm(firm: str) -> None:
    kinds = draft_kind_names(f"Before joining the bank he was general counsel at {firm}.")
    assert kinds.get(firm) == "organization", kinds


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Hafton Tractors said sales were down this winter.", "Hafton Tractors"),
        ("Brenwick Cranes said the jib had been inspected.", "Brenwick Cranes"),
    ],
)
def test_a_plural_of_goods_where_a_family_name_goes_speaks_for_a_firm(text: str, firm: str) -> None:
    kinds = draft_kind_names(text)
    assert kinds.get(firm) == "organization", kinds


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Lucy Sands said the ferry was late again.", "Lucy Sands"),
        ("Brenda Lakes told reporters the vote was close.", "Brenda Lakes"),
        ("Ada Falls, the mayor, opened the bridge on Friday.", "Ada Falls"),
    ],
)
def test_a_given_name_and_a_word_of_land_that_speaks_or_holds_a_post_is_a_person(text: str, person: str) -> None:
    kinds = draft_kind_names(text)
    assert kinds.get(person) == "person", kinds


def test_land_named_by_a_word_of_land_stays_land() -> None:
    kinds = draft_kind_names("The Goodwin Sands claimed another ship on Tuesday.")
    assert kinds.get("Goodwin Sands") == "place", kinds


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("On Monday, Holly Fields said she would run for the council.", "Holly Fields"),
        ("Sally Brenner, the mayor, said the road was shut.", "Sally Brenner"),
    ],
)
def test_a_given_name_that_reads_like_an_adverb_opens_the_name(text: str, person: str) -> None:
    kinds = draft_kind_names(text)
    assert kinds.get(person) == "person", kinds
    assert not set(kinds) - {person}, kinds


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Ilse Varn founded Quorrel in 2021 after leaving her job.", "Quorrel"),
        ("Anna Brisk, who founded Pelmark, said the deal was fair.", "Pelmark"),
        ("In 2019 she founded Tarnwell and sold it four years later.", "Tarnwell"),
    ],
)
def test_what_a_person_founded_is_a_body(text: str, body: str) -> None:
    kinds = draft_kind_names(text)
    assert kinds.get(body) == "organization", kinds


def test_a_town_founded_long_ago_stays_a_place() -> None:
    kinds = draft_kind_names("Settlers founded Auckland in 1840 on the harbour.")
    assert kinds.get("Auckland") == "place", kinds


def test_the_group_after_part_of_set_off_by_commas_is_a_body() -> None:
    kinds = draft_kind_names("Tarnby Pubs, part of Quellhaus, declined to comment on the closures.")
    assert kinds.get("Quellhaus") == "organization", kinds


def test_a_land_after_part_of_stays_a_land() -> None:
    kinds = draft_kind_names("Kherson, part of Ukraine, was shelled again on Monday.")
    assert kinds.get("Ukraine") == "state", kinds


def test_a_family_name_in_es_is_no_plural_of_a_thing() -> None:
    # "-es" makes a plural after a hiss or an "o" only: "Tieres" is no plural of "tier"
    kinds = draft_kind_names("Facundo Tieres said the match had been the hardest of his career.")
    assert kinds.get("Facundo Tieres") == "person", kinds


def test_a_town_before_a_firms_trade_after_a_partner_at_stays_the_town() -> None:
    kinds = draft_kind_names("Imran Sadik, a partner at Leeds firm Harcastle Brook, said dismissals had risen.")
    assert kinds.get("Leeds") == "place", kinds
    assert kinds.get("Harcastle Brook") == "organization", kinds


_BASEBALL_CAREER = (
    "The pitcher spent three seasons in the minor leagues. He signed with the San Francisco Giants in 2019 and "
    "later joined the Kansas City Royals, where he won a title. The Leicester Tigers wanted him for a charity match."
)


@pytest.mark.parametrize("side", ["San Francisco Giants", "Kansas City Royals", "Leicester Tigers"])
def test_a_town_and_a_capitalised_plural_after_the_name_a_side(side: str) -> None:
    kinds = draft_kind_names(_BASEBALL_CAREER)
    assert kinds.get(side) == "organization", kinds


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The pitcher watched the Beijing Olympics on television in August.", "Beijing Olympics", None),
        ("Talks on the Golan Heights stalled again on Monday.", "Golan Heights", "place"),
        ("The ferry to the Falkland Islands was cancelled on Monday.", "Falkland Islands", "place"),
    ],
)
def test_a_towns_games_and_its_land_are_no_side(text: str, name: str, kind: str | None) -> None:
    kinds = draft_kind_names(text)
    assert kinds.get(name) == kind, kinds


def test_a_town_and_a_plural_nickname_in_another_tongue_name_a_side() -> None:
    text = "The winger spent two seasons with the Quebec Voltigeurs before the trade to Winnipeg."
    kinds = draft_kind_names(text)
    assert kinds.get("Quebec Voltigeurs") == "organization", kinds


def test_a_family_name_in_s_after_a_given_name_is_no_sides_nickname() -> None:
    kinds = draft_kind_names("Patients were moved to the Vitoria Mendes hospital in the capital on Monday.")
    assert kinds.get("Vitoria Mendes") != "organization", kinds


def test_small_english_towns_are_known_places() -> None:
    # towns of a thousand people or more in the English-speaking lands: listed, with no preposition of place
    text = "Up to 10cm of snow could fall above 300 metres, with Alston and Stanhope most likely to be cut off."
    found_by = draft_found_by(text)
    assert "Alston, United Kingdom" in found_by.get("Alston", ""), found_by
    assert draft_kind_names(text).get("Stanhope") == "place", found_by


def test_a_parliament_known_by_one_word_is_no_small_town_abroad() -> None:
    kinds = draft_kind_names("The SNP will table a motion at Holyrood on North Sea licences next week.")
    assert kinds.get("Holyrood") == "organization", kinds


def test_a_town_word_of_a_firms_name_keeps_the_firms_kind() -> None:
    text = (
        "Harbourline Bank has agreed to buy the Yorkshire lender Calder Mutual for 2.1bn pounds. "
        "The deal values Calder at 212p a share."
    )
    kinds = draft_kind_names(text)
    assert kinds.get("Calder Mutual") == "organization", kinds
