"""Ingest on English web pages after the fifty-second batch of real probes (issue 15).

Junk and wrong kinds a breach story, an AI start-up's funding round, a markets wrap, a crypto
exchange's collapse, a police appeal, a US state senate vote and an EU vote showed: a people's
adjective before men, members, figures or boards ("two British men", "its Italian and Polish
members") drafted the state; a privacy law's or a stablecoin's letters ("the UK GDPR", "$12 million
in USDT") read as bodies; "in the Midlands" was of no kind; a numbered bill ("Senate Bill 2218") read
as a body; a quoted nickname ('Emanuel "Chris" Welch') cut a person in two; a party member's noun
("Danish Social Democrat Mette ...") made a body of a person and drafted the state; a firm ending in
"Financial" was of no kind; "a Tesco Express" read as a paper; a name after "at X, " that opens a new
clause was listed with the place before it. Each example is invented and goes through the real
extractor."""

from __future__ import annotations

from dossier.ingest.extract import extract
from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


def test_a_peoples_adjective_before_men_members_figures_or_boards_is_no_state() -> None:
    kinds = draft_kinds(
        "Two Irish men were arrested in Tarrowby on Friday. The Danish figures were worse than first thought. "
        "The Norwegian health boards do not use the system, said Halla Brennick-Soto."
    )
    assert not {"Ireland", "Denmark", "Norway"} & set(kinds), kinds
    assert kinds.get("Halla Brennick-Soto") is ActorKind.person, kinds


def test_two_peoples_adjectives_share_the_noun_after_them() -> None:
    kinds = draft_kinds("The group was divided, with its Austrian and Hungarian members voting against the plan.")
    assert not {"Austria", "Hungary"} & set(kinds), kinds


def test_a_laws_or_a_stablecoins_letters_are_no_body() -> None:
    kinds = draft_kinds(
        "The lender faced fines under the UK GDPR, analysts at Corran Hale said. Ostmark Vault said it had "
        "frozen $4 million in USDC linked to the wallet."
    )
    assert not {"GDPR", "USDC"} & set(kinds), kinds


def test_lands_in_the_plural_after_the_are_a_region() -> None:
    kinds = draft_kinds("There have been five similar raids in the Borderlands since March, detectives said.")
    assert kinds.get("Borderlands") is ActorKind.place, kinds
    assert "Rowlands" not in draft_kinds("Rowlands said there had been five raids since March.")


def test_a_numbered_bill_is_no_body() -> None:
    kinds = draft_kinds("Senate Bill 3307, sponsored by Sen. Idris Castellano-Bye, would cap rents in Tarnford.")
    assert not any("Bill" in name for name in kinds), kinds
    assert kinds.get("Idris Castellano-Bye") is ActorKind.person, kinds


def test_a_quoted_nickname_between_given_and_family_name_is_one_person() -> None:
    result = extract(
        'Majority Leader Theodore "Teddy" Marwick-Lane said the vote would wait. Marwick-Lane left early.',
        None,
        [],
        set(),
        "tag",
    )
    persons = [a for a in result.actors if a.kind is ActorKind.person]
    assert [p.name for p in persons] == ["Theodore Marwick-Lane"], persons
    assert "Teddy Marwick-Lane" in persons[0].aliases


def test_a_party_members_noun_before_a_name_is_neither_body_nor_state() -> None:
    kinds = draft_kinds("The rapporteur, Austrian Social Democrat Ilse Varnhold-Berg, said the law would end waste.")
    assert kinds.get("Ilse Varnhold-Berg") is ActorKind.person, kinds
    assert "Austria" not in kinds, kinds
    assert draft_kinds("The Austrian Social Democrats won the vote.").get("Austrian Social Democrats") is (
        ActorKind.organization
    )


def test_a_name_ending_in_financial_is_a_firm() -> None:
    kinds = draft_kinds("The regional lender agreed to buy Tarnwell Financial for $1.4 billion on Tuesday.")
    assert kinds.get("Tarnwell Financial") is ActorKind.organization, kinds


def test_an_express_after_a_is_a_chains_shop() -> None:
    kinds = draft_kinds("A man was robbed outside a Quickmart Express in Pellowby on Sunday.")
    assert kinds.get("Quickmart Express") is ActorKind.organization, kinds
    assert draft_kinds("He told the Daily Express he would stand.").get("Daily Express") is ActorKind.media


def test_a_name_opening_a_clause_after_a_comma_is_not_listed_with_the_place_before() -> None:
    kinds = draft_kinds("Founded by Ana Ruiz, who ran payments at Shopwell, Quorrant sells software to banks.")
    assert kinds.get("Quorrant") is not ActorKind.place, kinds
    listed = draft_kinds("The raid took place in Tarnby, Quellmoor on Monday.")
    assert listed.get("Quellmoor") is ActorKind.place, listed


def test_two_letters_a_name_spells_by_chance_stay_a_term() -> None:
    kinds = draft_kinds(
        '"We are sorry," said chief executive Gareth Pellow-Anand. The firm runs systems for 400 GP surgeries.'
    )
    assert "GP" not in kinds, kinds
    assert kinds.get("Gareth Pellow-Anand") is ActorKind.person, kinds


def test_a_peoples_adjective_before_man_is_no_state() -> None:
    kinds = draft_kinds("Ruben Castellane becomes the first Austrian man to win in Tarrowby since 1976.")
    assert "Austria" not in kinds, kinds


def test_a_laws_citation_names_no_union() -> None:
    kinds = draft_kinds(
        "This announcement contains inside information for the purposes of Regulation (EU) No 596/2014, "
        "said Orla Quenby-Marsh."
    )
    assert "EU" not in kinds, kinds


def test_a_town_that_opens_a_firms_name_is_the_firms_short_form() -> None:
    result = extract(
        "Lillehammer Therapeutics said its drug cut migraine days by half. Shares in Lillehammer rose 12% on Monday.",
        None,
        [],
        set(),
        "tag",
    )
    assert [(a.name, a.kind) for a in result.actors] == [("Lillehammer Therapeutics", ActorKind.organization)]


def test_a_town_with_no_cue_that_opens_a_firms_name_is_the_firm() -> None:
    kinds = draft_kinds(
        "The explorer signed an offtake with Tarbes Metals & Minerals AG. Under the deal Tarbes will buy "
        "concentrate at market prices, said Orla Quenby-Marsh."
    )
    assert kinds.get("Tarbes") in (None, ActorKind.organization), kinds


def test_a_family_name_look_listed_with_a_firm_is_a_firm() -> None:
    kinds = draft_kinds("Existing investors Harrowgate Ventures and Tolland Jenkins took part in the round.")
    assert kinds.get("Tolland Jenkins") is ActorKind.organization, kinds


def test_robots_or_trucks_from_a_name_come_from_its_maker() -> None:
    kinds = draft_kinds("The warehouse now runs on robots from Quelltron and electric trucks from Harvimark.")
    assert kinds.get("Quelltron") is ActorKind.organization, kinds
    assert kinds.get("Harvimark") is ActorKind.organization, kinds


def test_a_crowns_possessive_opens_a_bodys_name() -> None:
    kinds = draft_kinds("She was treated at Queen's Harbour Hospital after the crash, and later at Prince's Hospice.")
    assert kinds.get("Queen's Harbour Hospital") is ActorKind.organization, kinds
    assert kinds.get("Prince's Hospice") is ActorKind.organization, kinds


def test_a_venture_arm_is_a_firms() -> None:
    kinds = draft_kinds("Harrowgate Ventures took part, as did the venture arm of Quorvell.")
    assert kinds.get("Quorvell") is ActorKind.organization, kinds


def test_a_towns_own_name_is_no_other_towns_people() -> None:
    kinds = draft_kinds("The accounts were signed off by Meridian Ledger Partners, a small firm in Tarrowby.")
    assert kinds.get("Meridian Ledger Partners") is ActorKind.organization, kinds


def test_a_titled_persons_family_name_that_is_also_a_given_name_stays_whole() -> None:
    kinds = draft_kinds("State Sen. Mario Cristobal-Wynne, a Republican from Tarnford, said he would vote no.")
    assert kinds.get("Mario Cristobal-Wynne") is ActorKind.person, kinds


def test_a_town_that_opens_a_longer_firms_name_is_the_firm() -> None:
    kinds = draft_kinds(
        "Its reserves were checked by Hamar Ledger Partners, a small firm in Cyprus. Hamar did not respond to "
        "a request for comment."
    )
    assert kinds.get("Hamar") in (None, ActorKind.organization), kinds


def test_a_unions_numbered_local_names_the_union() -> None:
    kinds = draft_kinds(
        "Many wore T-shirts of the Tarnford Bus Workers Union Local 212, whose president, Gus Palmer, spoke."
    )
    assert kinds.get("Tarnford Bus Workers Union") is ActorKind.organization, kinds


def test_an_acronym_spells_a_name_past_one_word_in_lower_case() -> None:
    kinds = draft_kinds(
        "It will seek approval from the Tarnish Drugs and Medical devices Licensing Authority (TDMLA) next year."
    )
    assert kinds.get("Tarnish Drugs and Medical devices Licensing Authority") is ActorKind.organization, kinds
