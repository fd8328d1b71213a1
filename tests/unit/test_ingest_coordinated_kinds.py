"""Kinds a name with no cue of its own takes from the names beside it: the items of a list share
the kind of the list, and a quote's credit names the speaker's firm after the speaker.

Each test ingests invented text through the real extractor and states the kinds an analyst would
see in the drafts (issue 15: the right kind for each company a news page names)."""

from __future__ import annotations

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


def test_the_second_item_of_a_list_takes_the_kind_of_the_first() -> None:
    drafts = draft_kinds("Customers moved their savings to the fintechs Quellbank and Tarrowpay last year.")
    assert drafts.get("Quellbank") is ActorKind.organization
    assert drafts.get("Tarrowpay") is ActorKind.organization


def test_every_item_of_a_longer_list_takes_the_kind_its_cued_item_gives() -> None:
    drafts = draft_kinds("Shares in Halvorsen, Quellmark and Dyrexa lost ground on Tuesday.")
    assert drafts.get("Halvorsen") is ActorKind.organization
    assert drafts.get("Quellmark") is ActorKind.organization
    assert drafts.get("Dyrexa") is ActorKind.organization


def test_a_name_beside_a_person_keeps_no_kind_it_was_not_given() -> None:
    drafts = draft_kinds("Tarrow Bank said on Monday that Ilse Varn and Tremmin were named in the report.")
    assert drafts.get("Ilse Varn") is ActorKind.person
    assert drafts.get("Tremmin") is ActorKind.other


def test_a_name_with_its_own_kind_elsewhere_keeps_it_in_a_list() -> None:
    drafts = draft_kinds("Tarrow Bank and Ilse Varn signed the deal. Ilse Varn, 52, said it was fair.")
    assert drafts.get("Tarrow Bank") is ActorKind.organization
    assert drafts.get("Ilse Varn") is ActorKind.person


def test_the_firm_in_a_quote_credit_is_an_organisation() -> None:
    drafts = draft_kinds('Mirela Costavan, Bancoral: "We expect two cuts next year."')
    assert drafts.get("Mirela Costavan") is ActorKind.person
    assert drafts.get("Bancoral") is ActorKind.organization


def test_the_firm_in_a_credit_before_said_is_an_organisation() -> None:
    drafts = draft_kinds('"Demand is weak," Dorin Pask, Velmontra, said on Friday.')
    assert drafts.get("Dorin Pask") is ActorKind.person
    assert drafts.get("Velmontra") is ActorKind.organization


def test_a_plural_trade_noun_before_a_list_makes_every_item_an_organisation() -> None:
    drafts = draft_kinds("Savers moved their money to the fintechs Quellmo and Tarrowpay last year.")
    assert drafts.get("Quellmo") is ActorKind.organization
    assert drafts.get("Tarrowpay") is ActorKind.organization


def test_the_firm_after_said_and_the_speaker_at_a_sentence_end_is_an_organisation() -> None:
    drafts = draft_kinds('"The market is tight," said Mirela Costavan, Bancoral. Analysts agreed.')
    assert drafts.get("Mirela Costavan") is ActorKind.person
    assert drafts.get("Bancoral") is ActorKind.organization
