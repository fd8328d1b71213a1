"""Ingest on English web pages after the fifty-sixth batch of real probes (issue 15).

Misses and wrong kinds that bank earnings from a wire, a UK energy takeover, a Nigerian fintech raise, a
Kenyan telco's results and an Australian lithium miner showed: a firm's first word alone before "told"
read as a person beside the firm's full name; a firm's bare name vanished into its branch named after a
state ("Safaricom" into "Safaricom Ethiopia"); a "Securities Exchange" was dropped whole.
Each example is invented and goes through the real extractor."""

from __future__ import annotations

from dossier.ingest.extract import extract
from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


def test_a_firms_first_word_before_a_speech_verb_is_the_firm() -> None:
    kinds = draft_kinds(
        "Shares in Tallowmere Resources fell 12 per cent on Monday. Tallowmere told the exchange that the "
        "nickel price had collapsed, and Ms Orrin-Vasquez, its managing director, said the pause would last a year."
    )
    assert kinds.get("Tallowmere Resources") is ActorKind.organization, kinds
    assert "Tallowmere" not in kinds, kinds


def test_a_club_by_its_town_before_who_stays_its_own_draft() -> None:
    kinds = draft_kinds("Harnby Ladies beat Quellford Ladies 2-1 on Saturday. Quellford, who were second, lost ground.")
    assert kinds.get("Quellford") is ActorKind.organization, kinds


def test_a_given_name_alone_stays_a_person_beside_a_firm_named_after_it() -> None:
    kinds = draft_kinds(
        "Shares in Graham Fenwick Holdings fell on Monday. Fenwick's chair, Oriel Dastry-Kahn, spoke first. "
        "Graham told the meeting that the shop would close."
    )
    assert kinds.get("Graham") in (None, ActorKind.person), kinds


def test_a_firm_named_bare_beside_its_branch_in_a_state_is_its_own_draft() -> None:
    result = extract(
        "Tessaflow posted a rise in profit. Chief executive Ruth Mbatha-Lowe said Tessaflow Ghana had added "
        "customers. Dunmore Telecom, which owns a stake in Tessaflow, backed the venture.",
        None,
        [],
        set(),
        "tag",
    )
    names = {actor.name: actor for actor in result.actors}
    assert "Tessaflow Ghana" in names, names
    assert names.get("Tessaflow") is not None and names["Tessaflow"].kind is ActorKind.organization, names


def test_a_securities_exchange_is_a_body() -> None:
    kinds = draft_kinds("The firm said in a filing to the Lusaka Securities Exchange on Friday that profit fell.")
    assert kinds.get("Lusaka Securities Exchange") is ActorKind.organization, kinds


def test_a_trade_noun_before_a_name_makes_a_firm() -> None:
    kinds = draft_kinds(
        "Meanwhile, Mombasa-based start-up Quellipay said it had signed a deal. The shares are held by "
        "Korean battery maker Tessung, which buys half the output. Ugandan telco Orrotel cut its prices."
    )
    assert kinds.get("Quellipay") is ActorKind.organization, kinds
    assert kinds.get("Tessung") is ActorKind.organization, kinds
    assert kinds.get("Orrotel") is ActorKind.organization, kinds


def test_a_wires_listing_code_in_brackets_is_no_draft() -> None:
    kinds = draft_kinds(
        "Brisworth Holdings (BRWH.L) reported a rise in profit on Tuesday, while Tarnvale Bancorp (TVB.N) fell."
    )
    assert kinds.get("Brisworth Holdings") is ActorKind.organization, kinds
    assert not {"BRWH.L", "TVB.N"} & set(kinds), kinds


def test_family_names_listed_with_an_ampersand_are_one_firm() -> None:
    kinds = draft_kinds(
        '"Margins are thin," said Orla Penhallow-Ng, an analyst at Varnum, Tresize & Kell. '
        "The bid was advised by Quist, Harrowby & Mott."
    )
    assert kinds.get("Varnum, Tresize & Kell") is ActorKind.organization, kinds
    assert kinds.get("Quist, Harrowby & Mott") is ActorKind.organization, kinds
    assert not {"Varnum", "Tresize & Kell", "Quist"} & set(kinds), kinds


def test_an_ampersand_in_a_bodys_remit_still_closes_on_its_head_word() -> None:
    kinds = draft_kinds("The Foreign, Commonwealth & Development Office said the visit would go ahead.")
    assert kinds.get("Foreign, Commonwealth & Development Office") is ActorKind.organization, kinds


def test_a_firm_opening_a_sentence_in_a_list_before_which_is_a_firm() -> None:
    kinds = draft_kinds(
        "Shares of Dunmore rose 2% in early trading. Tarvolex and Quellmoor, which report next week, were up about 1%."
    )
    assert kinds.get("Tarvolex") is ActorKind.organization, kinds
    assert kinds.get("Quellmoor") is ActorKind.organization, kinds


def test_a_name_counted_with_other_firms_is_a_firm() -> None:
    kinds = draft_kinds(
        "The regulator tightened its rules after the collapse of Sparkwell and more than 20 other companies in 2022."
    )
    assert kinds.get("Sparkwell") is ActorKind.organization, kinds


def test_a_noun_opening_a_sentence_is_no_surname_used_alone() -> None:
    kinds = draft_kinds(
        "Tarnvale Mining, which bought Quorrin Cobalt in 2025, kept its cobalt plans. "
        '"Cobalt has been through three of these busts," said Edwin Marsh-Tully, an analyst.'
    )
    assert kinds.get("Quorrin Cobalt") is not ActorKind.person, kinds


def test_a_surname_used_alone_inside_a_sentence_still_makes_a_person() -> None:
    kinds = draft_kinds("Orla Pennick joined the board in May. The price fell, and Pennick said the pennick was low.")
    assert kinds.get("Orla Pennick") is ActorKind.person, kinds


def test_a_town_before_based_is_a_place() -> None:
    kinds = draft_kinds("Tarvex Energy, the Leeds-based gas supplier, agreed the deal on Thursday.")
    assert kinds.get("Leeds") is ActorKind.place, kinds


def test_a_wires_credit_line_names_its_reporters() -> None:
    kinds = draft_kinds(
        "The lender did not admit wrongdoing.\n"
        "Reporting by Marisol Tennant-Ruiz in Chicago and Tobias Wrenfield in Houston; Editing by Peter Larkin-Vos"
    )
    assert kinds.get("Marisol Tennant-Ruiz") is ActorKind.person, kinds
    assert kinds.get("Tobias Wrenfield") is ActorKind.person, kinds
    assert kinds.get("Houston") is ActorKind.place, kinds


def test_a_pension_plan_is_a_body_even_after_a_possessive() -> None:
    kinds = draft_kinds(
        "The supplier agreed to be bought by the Manitoba Nurses' Pension Plan on Monday. "
        "The Tarvenia Pension Plan, which manages £40bn, also bid."
    )
    assert kinds.get("Manitoba Nurses' Pension Plan") is ActorKind.organization, kinds
    assert kinds.get("Tarvenia Pension Plan") is ActorKind.organization, kinds


def test_a_leader_alone_stays_a_person_beside_the_regime_named_after_him() -> None:
    kinds = draft_kinds(
        "The Varnok regime bombed the town again. Varnok told state television the strikes would go on."
    )
    assert kinds.get("Varnok") is ActorKind.person, kinds


def test_a_rare_word_that_said_it_did_something_is_a_body() -> None:
    kinds = draft_kinds(
        "The court heard the account was frozen in 2025. Quellpay said it had worked closely with investigators. "
        "Tessavox said its staff had flagged the payments."
    )
    assert kinds.get("Quellpay") is ActorKind.organization, kinds
    assert kinds.get("Tessavox") is ActorKind.organization, kinds


def test_a_family_name_that_said_it_stays_a_person() -> None:
    kinds = draft_kinds("Dana Ferreira-Holt chaired the hearing. Ferreira-Holt said it had been a long day.")
    assert kinds.get("Dana Ferreira-Holt") is ActorKind.person, kinds


def test_a_states_treasury_is_a_body_whatever_it_did() -> None:
    kinds = draft_kinds(
        "The gang's leaders are still at large. The US Treasury placed sanctions on two of them in May."
    )
    assert kinds.get("Treasury") is ActorKind.organization, kinds
    assert kinds.get("United States") is ActorKind.state, kinds


def test_a_states_treasury_paper_is_no_body() -> None:
    kinds = draft_kinds("Shares fell as US Treasury yields rose. The yield on the 10-year US Treasury note climbed.")
    assert "Treasury" not in kinds and "US Treasury" not in kinds, kinds


def test_a_firms_own_subsidiary_named_before_the_noun_is_a_firm() -> None:
    kinds = draft_kinds(
        "Tarnvale Energy sells boilers, which it fits through its Quenwell subsidiary. "
        "Losses narrowed at its Ethiopian unit and its Kenya division."
    )
    assert kinds.get("Quenwell") is ActorKind.organization, kinds
    assert kinds.get("Kenya") is ActorKind.state, kinds


def test_a_rare_word_that_said_its_after_a_which_clause_is_a_body() -> None:
    kinds = draft_kinds(
        "Two firms lead the market. Quorripay, which became a unicorn in 2024, said last month that its agents "
        "handled 800 million payments."
    )
    assert kinds.get("Quorripay") is ActorKind.organization, kinds


def test_a_name_listed_with_a_firm_before_said_is_a_firm() -> None:
    kinds = draft_kinds(
        "Shares in Tarnvik Paper and Holmberg Quist fell on Monday after Tarnvik Paper and Holmberg Quist said "
        "demand was weak. Brennick Bank and Oskar Lindqvist said the talks were over."
    )
    assert kinds.get("Holmberg Quist") is ActorKind.organization, kinds
    assert kinds.get("Oskar Lindqvist") is ActorKind.person, kinds


def test_who_assembles_or_manufactures_goods_is_a_firm() -> None:
    kinds = draft_kinds("The handsets are assembled by Tarnwell in Shenzhen, and the drug is manufactured by Quellara.")
    assert kinds.get("Tarnwell") is ActorKind.organization, kinds
    assert kinds.get("Quellara") is ActorKind.organization, kinds


def test_a_device_described_after_its_name_is_no_actor() -> None:
    kinds = draft_kinds(
        "Quorva, the Austin start-up founded by former chip engineers, on Monday unveiled the Quorva Lumen, "
        "a mixed-reality headset that it says is lighter than its rivals."
    )
    assert kinds.get("Quorva") is ActorKind.organization, kinds
    assert "Quorva Lumen" not in kinds, kinds


def test_a_rare_name_that_has_a_chief_executive_or_shares_is_a_firm() -> None:
    kinds = draft_kinds(
        "The deal closed on Friday. Tarvolex's chief executive, Ann Lee-Marsh, said staff were pleased. "
        "Analysts were upbeat, and Quellmoor's shares rose 4%."
    )
    assert kinds.get("Tarvolex") is ActorKind.organization, kinds
    assert kinds.get("Quellmoor") is ActorKind.organization, kinds


def test_a_persons_shares_keep_the_person() -> None:
    kinds = draft_kinds("Tom Hale sold the firm in May. Hale's shares went to his son.")
    assert kinds.get("Tom Hale") is ActorKind.person, kinds
    assert "Hale" not in kinds or kinds["Hale"] is ActorKind.person, kinds
