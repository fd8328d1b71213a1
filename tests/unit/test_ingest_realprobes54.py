"""Ingest on English web pages after the fifty-fourth batch of real probes (issue 15).

Junk and wrong kinds a chip merger, a fintech float, a ransomware gang's sentencing and a Welsh
by-election showed: a firm where someone "ran infrastructure" or "led chip design" read as a place; "an
analyst with X" read as a person met "with"; "its Welsh campaigns officer" drafted the state; a share's
code after "the ticker" read as a body; a fund manager named "<Name> Investors" was of no kind; bare firms
"which also design chips" were of no kind, and a firm "whose chips dominate the market" read as a person.
Each example is invented and goes through the real extractor."""

from __future__ import annotations

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


def test_a_firm_where_a_posts_work_was_done_is_a_firm() -> None:
    kinds = draft_kinds(
        "Corvin Ashby-Lutz, who ran payments at Tollbyte before joining, will lead the unit. "
        "Mira Sandoval-Kerr, who led battery design at Quorvex, will run engineering."
    )
    assert kinds.get("Tollbyte") is ActorKind.organization, kinds
    assert kinds.get("Quorvex") is ActorKind.organization, kinds


def test_running_a_shop_at_a_town_keeps_the_town() -> None:
    kinds = draft_kinds(
        "Edna Parfitt-Loame ran a bakery at Tarnby for thirty years before she retired. "
        "The unit will run courses at Holmwick Barracks this spring."
    )
    assert kinds.get("Tarnby") is ActorKind.place, kinds
    assert kinds.get("Holmwick Barracks") is ActorKind.place, kinds


def test_an_analyst_with_a_firm_works_there() -> None:
    kinds = draft_kinds(
        '"The price is high," said Oswin Carrow-Patel, an analyst with Brennick. '
        '"Rates will hold," said Dalia Fenn-Ruiz, a strategist with Holloway Brandt.'
    )
    assert kinds.get("Brennick") is ActorKind.organization, kinds
    assert kinds.get("Holloway Brandt") is ActorKind.organization, kinds


def test_a_bodys_post_for_a_nation_drafts_no_state() -> None:
    kinds = draft_kinds(
        "The Tarn Valley Trust said the plan was a warning. Its Scottish policy officer, Isla Brodie-Venn, "
        "said two farms had flooded. Its Irish campaigns manager, Cathal Rooney-Pike, agreed."
    )
    assert not {"United Kingdom", "Ireland"} & set(kinds), kinds
    assert kinds.get("Isla Brodie-Venn") is ActorKind.person, kinds


def test_a_shares_code_after_the_ticker_is_no_body() -> None:
    kinds = draft_kinds(
        "Brightvane Payments will start trading in London on Friday under the ticker BVP. "
        "Its shares trade under the symbol HRLX in New York."
    )
    assert not {"BVP", "HRLX"} & set(kinds), kinds


def test_a_name_ending_in_investors_is_a_firm() -> None:
    kinds = draft_kinds("Fund managers were upbeat. Tarrowmere Investors, which runs £9 billion, bought shares.")
    assert kinds.get("Tarrowmere Investors") is ActorKind.organization, kinds


def test_bare_firms_which_design_or_develop_are_firms() -> None:
    kinds = draft_kinds(
        "Shares of Quellon fell 4% on Monday. Arvex and Brontide, which also design chips for phones, "
        "were little changed. Tarrowsoft, which develops payroll software, rose."
    )
    assert kinds.get("Brontide") is ActorKind.organization, kinds
    assert kinds.get("Tarrowsoft") is ActorKind.organization, kinds


def test_a_firm_whose_chips_or_products_sell_is_no_person() -> None:
    kinds = draft_kinds(
        "The chipmaker has been losing ground to Varnock, whose chips dominate the market. "
        "Retailers prefer Hallowby, whose products are cheaper."
    )
    assert kinds.get("Varnock") is ActorKind.organization, kinds
    assert kinds.get("Hallowby") is ActorKind.organization, kinds


def test_a_by_election_is_named_after_its_seat() -> None:
    kinds = draft_kinds(
        "The Green Party has won the Harrowmere and Tolworth by-election, taking a seat held since 2005. "
        "Voters in the Pellowdale by-election go to the polls in March."
    )
    assert kinds.get("Harrowmere") is ActorKind.place, kinds
    assert kinds.get("Tolworth") is ActorKind.place, kinds
    assert kinds.get("Pellowdale") is ActorKind.place, kinds


def test_main_street_with_no_number_or_town_stands_for_ordinary_shops() -> None:
    kinds = draft_kinds(
        '"Higher rents have yet to land on Main Street," said Corin Vasquez-Holt. '
        "The rules were written for big banks and will hurt Main Street, she said."
    )
    assert "Main Street" not in kinds, kinds


def test_a_main_street_with_a_number_or_a_town_is_a_street() -> None:
    kinds = draft_kinds("A bakery at 14 Main Street closed. The parade ran down Main Street, Pellowick, on Sunday.")
    assert kinds.get("Main Street") is ActorKind.place, kinds


def test_a_name_ending_in_cymru_is_a_body_for_wales() -> None:
    kinds = draft_kinds("Age Cymru said the bus cuts would isolate older people. Tarnvale Cymru agreed.")
    assert kinds.get("Age Cymru") is ActorKind.organization, kinds
    assert kinds.get("Tarnvale Cymru") is ActorKind.organization, kinds


def test_a_known_body_keeps_its_branch_for_a_nation() -> None:
    kinds = draft_kinds(
        "Friends of the Earth Cymru said the valley had flooded twice. Save the Children Scotland agreed."
    )
    assert kinds.get("Friends of the Earth Cymru") is ActorKind.organization, kinds
    assert kinds.get("Save the Children Scotland") is ActorKind.organization, kinds
    assert not {"Cymru", "Scotland"} & set(kinds), kinds


def test_a_class_of_assets_by_its_country_drafts_no_state() -> None:
    kinds = draft_kinds(
        "Its head of UK equities, Marla Quist-Obi, said the fund had sold US stocks and bought German bonds."
    )
    assert not {"United Kingdom", "United States", "Germany"} & set(kinds), kinds
    assert kinds.get("Marla Quist-Obi") is ActorKind.person, kinds
