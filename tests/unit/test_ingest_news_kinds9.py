"""Kinds on English news pages after the ninth batch (issue 15): a trade's noun before a firm ("the
data provider X", "the broker X", "The haulier, X,"), a carer's job after a person ("X, a ward
sister"), and an ordinary word opening a sentence before a clause ("Downstream, the agency warned").

Each test ingests invented text through the real extractor and states the drafts an analyst would see."""

from __future__ import annotations

import pytest

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    "text, firm",
    [
        ("The deal values the group at 11 times earnings, according to the data provider Tallvane.", "Tallvane"),
        ("An analyst at the broker Quaymark Row said margins had been squeezed.", "Quaymark Row"),
        ("The haulier, Dunmore Freight, said it was co-operating fully with the police.", "Dunmore Freight"),
    ],
)
def test_a_trade_noun_before_a_name_makes_a_firm(text: str, firm: str) -> None:
    assert draft_kinds(text).get(firm) is ActorKind.organization


def test_a_promoter_with_a_given_name_stays_a_person() -> None:
    kinds = draft_kinds("The promoter Frank Tessaly said the fight would go ahead in May.")
    assert kinds.get("Frank Tessaly") is ActorKind.person


def test_a_ward_sister_is_a_person() -> None:
    kinds = draft_kinds("Oriel Fanshawe, a ward sister with 22 years on the wards, said staff were exhausted.")
    assert kinds.get("Oriel Fanshawe") is ActorKind.person


def test_a_sister_ship_is_no_person() -> None:
    kinds = draft_kinds("Cargo will be moved to the Saltmarsh Venture, a sister ship due on Thursday.")
    assert kinds.get("Saltmarsh Venture") is not ActorKind.person


def test_a_sister_company_is_a_firm() -> None:
    kinds = draft_kinds("Varnholt, a sister company of the bank, said profits had fallen.")
    assert kinds.get("Varnholt") is ActorKind.organization


def test_an_adverb_opening_a_sentence_is_no_actor() -> None:
    kinds = draft_kinds("Downstream, the agency warned that Ludlow could see flooding on Monday.")
    assert "Downstream" not in kinds
    assert kinds.get("Ludlow") is ActorKind.place


def test_a_firm_opening_a_sentence_with_a_closed_description_keeps_its_kind() -> None:
    kinds = draft_kinds("Harvest, the country's largest retailer, said sales rose by 4%.")
    assert kinds.get("Harvest") is ActorKind.organization


def test_a_department_named_by_its_remit_stays_whole_across_the_comma() -> None:
    kinds = draft_kinds("The Department for Environment, Food and Rural Affairs said it had invested record sums.")
    assert kinds.get("Department for Environment, Food and Rural Affairs") is ActorKind.organization
    assert "Rural Affairs" not in kinds


@pytest.mark.parametrize(
    "text, first",
    [
        ("The Department for Education, Ofsted and Ofqual said the tests would go ahead.", "Department for Education"),
        ("The Ministry of Defence, Navy and Army said nothing on Monday.", "Ministry of Defence"),
    ],
)
def test_bodies_listed_after_a_department_stay_apart(text: str, first: str) -> None:
    assert draft_kinds(text).get(first) is ActorKind.organization


def test_a_firms_legal_form_ends_its_name_before_for() -> None:
    kinds = draft_kinds("Advisers on the deal were Brackenridge & Co for Tollmere Foods and Quaymark for the buyer.")
    assert kinds.get("Brackenridge & Co") is ActorKind.organization
    assert "Tollmere Foods" in kinds


def test_a_product_with_its_price_in_a_buying_list_is_no_actor() -> None:
    kinds = draft_kinds(
        "Try: Tollan Verdelho 10 Years (£38, Quayline Wines); Casa Marrow Boal 2008 Colheita (£46, Waitrose)."
    )
    assert "Tollan Verdelho" not in kinds
    assert "Casa Marrow Boal" not in kinds
    assert "Quayline Wines" in kinds


def test_a_player_with_a_fee_in_a_transfer_list_stays() -> None:
    kinds = draft_kinds("Ins: Tavish Grell (£12m, Leeds); Marrow Quill (£8.5m, Hull City).")
    assert "Tavish Grell" in kinds
    assert "Marrow Quill" in kinds
