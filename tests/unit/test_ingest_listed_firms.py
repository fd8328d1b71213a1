"""Firms and groups the world knows, in the finance and tech news an analyst files: a listed firm's name
opening a sentence, a name of two words with nothing of a body in it, a giant's arm named after it.

The firms are real (the stock indices' members are what `listed_firms` reads); the sentences are ours.
"""

from __future__ import annotations

import pytest

from dossier.ingest.listed_firms import coined_firm_name, is_listed_firm
from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds

ORG, PLACE = ActorKind.organization, ActorKind.place


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a listed firm's coined name opens the sentence, before any verb
        ("Pfizer recalled two batches of the drug on Monday.", "Pfizer", ORG),
        ("Nvidia overtook its rivals as the most valuable chip maker.", "Nvidia", ORG),
        ("Caterpillar said demand for excavators fell in Brazil.", "Caterpillar", ORG),
        # ...and the giants the indices do not hold, known by a coined name all the same
        ("Lenovo shipped 15 million laptops in the third quarter.", "Lenovo", ORG),
        ("Maersk warned that freight rates would stay high.", "Maersk", ORG),
        # a giant known by a word of the language, or a frequent one, opens the sentence before a firm's deed
        ("Samsung unveiled its latest folding phone on Wednesday.", "Samsung", ORG),
        ("Toyota recalled 1.2 million vehicles over an airbag sensor.", "Toyota", ORG),
        ("Shell warned that refining margins would fall.", "Shell", ORG),
        # the big private grocers no index holds, known by one word all the same
        ("Shoppers switched to Aldi, Asda and Lidl as prices rose.", "Aldi", ORG),
        ("Prices at Meijer rose 3% in the year to October.", "Meijer", ORG),
        # retailers named by common words, which the world knows; a giant known by a word agrees a deal
        ("Amazon agreed to buy the grocer Whole Foods Market for $13.7 billion.", "Whole Foods Market", ORG),
        ("Amazon agreed to buy the grocer Whole Foods Market for $13.7 billion.", "Amazon", ORG),
        ("Shoppers at Giant Eagle paid 4% more for milk.", "Giant Eagle", ORG),
        # a listed firm known by an ordinary word, speaking of itself as "it": the firm
        ("Alphabet said its cloud unit grew 30% in the quarter.", "Alphabet", ORG),
        ("Compass said it would hire 2,000 people.", "Compass", ORG),
        # an exchange known by one word, after "the" as the Kremlin is
        ("Quellbrite shares rose 6% in early trading on the Nasdaq.", "Nasdaq", ORG),
        # mid-sentence, where nothing else says what it is
        ("The deal values Unilever at about 90 billion pounds.", "Unilever", ORG),
        # a listed firm's name of two words, written apart or with its legal form dropped
        ("Exxon Mobil reported a 12% fall in quarterly profit.", "Exxon Mobil", ORG),
        ("The Home Depot said its sales fell for a third quarter.", "Home Depot", ORG),
        # a known firm's name, then a rare word: a product ("a Toyota Corolla"), unless that is a listed firm too
        ("Toyota Tsusho said it would buy the stake.", "Toyota Tsusho", ORG),
        ("Our next question comes from Ilse Varn with Morgan Stanley.", "Morgan Stanley", ORG),
        # ...but the founder a job noun names, the person
        ("The designer Ralph Lauren was born in New York.", "Ralph Lauren", ActorKind.person),
        # a giant's arm, named by the giant and the arm's word
        ("An outage at Amazon Web Services took down thousands of websites.", "Amazon Web Services", ORG),
        ("Google Cloud signed a ten-year deal with the ministry.", "Google Cloud", ORG),
        # a campaign group the world knows by one coined word
        ("Greenpeace said the rules did not go far enough.", "Greenpeace", ORG),
        ("Oxfam warned of famine in the region.", "Oxfam", ORG),
        # a town that shares a listed firm's name is the town; a firm of two words is the firm, but after "to"
        ("Ferries left Dover on Monday morning.", "Dover", PLACE),
        ("Rio Tinto posted a 10% fall in profit.", "Rio Tinto", ORG),
        ("Shares in Rio Tinto fell 3% in London.", "Rio Tinto", ORG),
        ("The family moved to Rio Tinto in 1990.", "Rio Tinto", PLACE),
    ],
)
def test_a_firm_the_world_knows_is_drafted_as_one(text: str, name: str, kind: ActorKind) -> None:
    assert draft_kinds(text).get(name) is kind


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a listed firm whose short name is an ordinary word says nothing alone ("Compass Group", "Sage Group")
        ("Sage advice came from the old farmer.", "Sage"),
        ("Compass needles swung wildly near the mine.", "Compass"),
        ("History said it would be kind to him.", "History"),
        # a listed firm's name before the noun of a made thing or a unit is the thing's, not its maker's
        ("A Hermes drone was shot down over the town.", "Hermes"),
        ("Troops fired Sabre missiles at the convoy.", "Sabre"),
        ("A Stryker brigade combat team arrived in the port.", "Stryker"),
        # a giant's product is no arm of it
        ("Google Maps showed the road closed for three hours.", "Google Maps"),
        ("Apple pies sold out at the fair by noon.", "Apple"),
        # a known firm's name before its model's name is the model's, whatever verb came before
        ("The Airbus A321neo, operated by Skyvane, landed safely after take-off.", "Airbus"),
        # an exchange's index that moved by a figure is no body
        ("In New York, the S&P 500 fell 1%, while the tech-heavy Nasdaq slid 1.6%.", "Nasdaq"),
    ],
)
def test_a_word_that_only_shares_a_firms_name_is_no_firm(text: str, name: str) -> None:
    assert draft_kinds(text).get(name) is not ActorKind.organization


def test_a_listed_firm_is_known_by_its_name_without_its_legal_form_and_run_together() -> None:
    assert is_listed_firm(("chevron",))  # "Chevron Corporation"
    assert is_listed_firm(("exxon", "mobil"))  # "ExxonMobil"
    assert is_listed_firm(("goldman", "sachs"))
    assert not is_listed_firm(("block",))  # "Block, Inc.": an ordinary word alone
    assert not is_listed_firm(("target",))


def test_a_coined_firm_name_is_no_word_no_given_name_no_family_name_and_no_acronym() -> None:
    assert coined_firm_name("nvidia")
    assert not coined_firm_name("apple")  # a word
    assert not coined_firm_name("dana")  # a given name ("Dana Incorporated")
    assert not coined_firm_name("ferrari")  # a family name
    assert not coined_firm_name("ses")  # an acronym's letters


def test_a_name_before_its_own_is_a_possessive_not_a_firm_named_with_one() -> None:
    kinds = draft_kinds("The vineyards share the Tarnel's own slate soils, unlike a Lloyd's policy.")
    assert "Tarnel's" not in kinds, kinds
    assert kinds.get("Lloyd's") is ActorKind.organization, kinds


def test_a_name_the_page_writes_after_the_without_a_possessive_is_no_firm_named_with_one() -> None:
    text = "Officials of the Tarnreich's colonial office seized the land. It was held by the Tarnreich for decades."
    kinds = draft_kinds(text)
    assert "Tarnreich's" not in kinds, kinds
    assert "Tarnreich" in kinds, kinds


def test_a_known_firm_with_its_legal_form_keeps_its_short_name_but_its_arm_does_not() -> None:
    kinds = draft_kinds("Microsoft Corp said it would cut emissions. Microsoft will pay suppliers to cut theirs.")
    assert kinds == {"Microsoft Corp": ActorKind.organization}, kinds
    kinds = draft_kinds("Google Cloud grew 30% in the quarter. Google said advertising slowed.")
    assert kinds.get("Google") is ActorKind.organization, kinds
