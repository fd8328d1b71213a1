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
