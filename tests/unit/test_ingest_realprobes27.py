"""Ingest on English web pages after the twenty-seventh round of real probes (issue 15).

An elected member's party and seat in a bracket after the name; the shops a maker supplies its goods to;
the firms that advise on a deal; a firm's short form whose last word is land's head word; "which also owns";
a family's shop by its trade after the possessive; makers named by what they make. Each example is invented
and goes through the real extractor."""

from __future__ import annotations

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


def test_a_party_and_a_seat_of_two_places_in_an_mps_bracket() -> None:
    kinds = draft_kinds(
        "Local MP Hannah Quigley-Marsh (Labour, Dunstable and Ouzel Vale) said she had raised the closure."
    )
    assert kinds.get("Hannah Quigley-Marsh") is ActorKind.person, kinds
    assert kinds.get("Labour") is ActorKind.organization, kinds
    assert kinds.get("Dunstable and Ouzel Vale") is ActorKind.place, kinds


def test_a_party_of_two_words_and_a_ward_in_a_councillors_bracket() -> None:
    kinds = draft_kinds("Councillor Priya Halloran (Liberal Democrat, Oakworth) said the site floods every winter.")
    assert kinds.get("Priya Halloran") is ActorKind.person, kinds
    assert kinds.get("Liberal Democrat") is ActorKind.organization, kinds
    assert kinds.get("Oakworth") is ActorKind.place, kinds


def test_a_seat_named_by_a_compass_word_in_a_councillors_bracket() -> None:
    kinds = draft_kinds("Councillor Tobias Fenwright (Conservative, Harlow North) said the plan was wrong.")
    assert kinds.get("Conservative") is ActorKind.organization, kinds
    assert kinds.get("Harlow North") is ActorKind.place, kinds


def test_an_independent_has_no_party_in_the_bracket() -> None:
    kinds = draft_kinds("Councillor Jo Bellamy (Independent, Tarnby) said the plan was wrong.")
    assert "Independent" not in kinds, kinds
    assert kinds.get("Tarnby") is ActorKind.place, kinds


def test_a_bracket_after_a_name_with_no_elected_post_is_no_party() -> None:
    kinds = draft_kinds("The striker Jo Bellamy (Tarnby, Oxwold) scored twice.")
    assert kinds.get("Tarnby") is not ActorKind.organization, kinds


def test_the_shops_a_maker_supplies_goods_to_are_firms() -> None:
    kinds = draft_kinds("Stellan Foods supplies own-label sauces to Harrods, Asda and Co-op, and sells its own brand.")
    assert kinds.get("Harrods") is ActorKind.organization, kinds
    assert kinds.get("Asda") is ActorKind.organization, kinds
    assert kinds.get("Co-op") is ActorKind.organization, kinds


def test_a_town_supplied_with_water_and_a_state_supplied_with_arms_keep_their_kinds() -> None:
    kinds = draft_kinds("Tarnwell Water supplies water to Harlow and Epping. Britain supplied weapons to Ukraine.")
    assert kinds.get("Harlow") is ActorKind.place, kinds
    assert kinds.get("Ukraine") is ActorKind.state, kinds


def test_the_firms_that_advise_on_a_deal_are_firms() -> None:
    kinds = draft_kinds(
        "The deal was advised on by Corrigan Dale for the sellers and by Pemberly Frost for the buyers."
    )
    assert kinds.get("Corrigan Dale") is ActorKind.organization, kinds
    assert kinds.get("Pemberly Frost") is ActorKind.organization, kinds


def test_an_adviser_by_a_given_name_stays_a_person() -> None:
    kinds = draft_kinds("The sale was advised by Anna Berglund, a retired banker.")
    assert kinds.get("Anna Berglund") is ActorKind.person, kinds


def test_a_firms_short_form_ending_in_a_word_of_land_is_the_firm() -> None:
    kinds = draft_kinds(
        "The bakery was sold to Kestrel Ridge Capital last year. Kestrel Ridge said it would invest £5m in it."
    )
    assert kinds.get("Kestrel Ridge") is ActorKind.organization, kinds


def test_a_ridge_with_no_firm_of_its_name_stays_a_place() -> None:
    kinds = draft_kinds("Hikers climbed Kestrel Ridge last year. Kestrel Ridge rises to 600m above the valley.")
    assert kinds.get("Kestrel Ridge") is ActorKind.place, kinds


def test_a_name_ending_in_a_word_of_land_that_also_owns_a_firm_is_a_body() -> None:
    kinds = draft_kinds("Kestrel Ridge, which also owns the sandwich maker Fresh Fold, said it would invest £25m.")
    assert kinds.get("Kestrel Ridge") is ActorKind.organization, kinds
    assert kinds.get("Fresh Fold") is ActorKind.organization, kinds


def test_a_familys_shop_by_its_trade_after_the_possessive_is_whole() -> None:
    kinds = draft_kinds("The counter inside Pickering's Stores will close at the end of April, the owner said.")
    assert kinds.get("Pickering's Stores") is ActorKind.organization, kinds


def test_a_maker_named_by_what_it_makes() -> None:
    kinds = draft_kinds("The group also owns the bakery Crumbwell and the pie maker Tolland Pies.")
    assert kinds.get("Crumbwell") is ActorKind.organization, kinds
    assert kinds.get("Tolland Pies") is ActorKind.organization, kinds


def test_a_campaign_named_for_its_aim_is_one_body() -> None:
    kinds = draft_kinds("The Campaign to Protect Rural England, which had backed the objectors, welcomed the vote.")
    assert kinds.get("Campaign to Protect Rural England") is ActorKind.organization, kinds


def test_a_war_campaign_is_not_joined_to_what_follows() -> None:
    kinds = draft_kinds("The Gallipoli Campaign to Take Constantinople failed in 1915.")
    assert "Gallipoli Campaign to Take Constantinople" not in kinds, kinds
