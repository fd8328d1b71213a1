"""Kinds on English news pages after the fourteenth round (issue 15): a firm read from what it owns or
reports ("X's new headphones", "X said its profits"), from its shoppers ("shoppers at X Y"), and a
maker's name in a brand's casing ("designed with VeltraMax"), even when the name looks like a person's
or a town's.

Each test ingests invented text through the real extractor and states the drafts an analyst would see."""

from __future__ import annotations

import pytest

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    "sentence, firm",
    [
        ("Shoppers queued for Zorvane's new headphones before Christmas.", "Zorvane"),
        ("Analysts said Quellix said its profits rose by a tenth in the quarter.", "Quellix"),
        ("The index fell after Tarrowby reported its annual turnover on Monday.", "Tarrowby"),
    ],
)
def test_a_name_that_owns_or_reports_what_only_a_firm_has_is_an_organisation(sentence: str, firm: str) -> None:
    kinds = draft_kinds(sentence)
    assert kinds.get(firm) is ActorKind.organization, kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "Shoppers at Orla Penhaligon were queueing on Saturday morning.",
        "The union said Orla Penhaligon's stores will close at six on Sundays.",
        "Analysts said Orla Penhaligon said its profits fell by a fifth.",
    ],
)
def test_a_firm_named_like_a_person_is_an_organisation_under_a_firm_s_cue(sentence: str) -> None:
    kinds = draft_kinds(sentence)
    assert kinds.get("Orla Penhaligon") is ActorKind.organization, kinds


def test_a_person_s_possessive_before_kin_stays_a_person() -> None:
    kinds = draft_kinds("The union said Orla Penhaligon's husband had opened the hall on Monday.")
    assert kinds.get("Orla Penhaligon") is ActorKind.person, kinds


def test_a_known_town_s_shops_keep_the_town_a_place() -> None:
    kinds = draft_kinds("Volunteers said London's shops and its markets were busy at the weekend.")
    assert kinds.get("London") is ActorKind.place, kinds


@pytest.mark.parametrize("brand", ["VeltraMax", "DynaQuor"])
def test_a_brand_s_casing_after_a_maker_s_preposition_is_an_organisation(brand: str) -> None:
    kinds = draft_kinds(f"The earbuds run on a chip designed with {brand} and a small speech model.")
    assert kinds.get(brand) is ActorKind.organization, kinds


def test_a_scottish_surname_s_casing_is_no_brand() -> None:
    kinds = draft_kinds("The reporter spoke with McAllister about the new earbuds at the launch.")
    assert kinds.get("McAllister") is not ActorKind.organization, kinds


def test_a_seller_named_like_a_person_in_a_list_of_sellers_is_an_organisation() -> None:
    kinds = draft_kinds(
        "The earbuds will be sold by Harbury Goods, Orla Penhaligon and the online retailer Quindlemart."
    )
    assert kinds.get("Orla Penhaligon") is ActorKind.organization, kinds
    assert kinds.get("Harbury Goods") is ActorKind.organization, kinds


def test_persons_who_sold_a_painting_stay_persons() -> None:
    kinds = draft_kinds("The painting was sold by Orla Penhaligon and Mabel Strickland in 1990.")
    assert kinds.get("Orla Penhaligon") is ActorKind.person, kinds
