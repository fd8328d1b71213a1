"""What news pages on tech, finance, crime and politics name besides actors, and the kinds a
reader gives the companies they report on.

Stock listings and tickers, market indices, named operations and campaign slogans are no actors;
a firm named by its trade, by its shares or by the people who work there is an organisation.
Each test ingests invented text through the real extractor and states the drafts an analyst
would see (issue 15: no junk draft on real news pages, the right kind for each)."""

from __future__ import annotations

import pytest

from dossier.ingest.cues import (
    APPOSITION_HEAD,
    COMPANY_HEADS,
    INDEX_MODIFIERS,
    MEASURE_NOUNS_AFTER,
    ORG_WORD_ENDINGS,
    PHRASE_AFTER,
    PHRASE_BEFORE,
    PRODUCT_NOUNS_AFTER,
)
from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds

# -- listings and tickers ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "listing",
    # and the one- and two-letter exchange codes of a wire's markets copy: "(N:HLVN)" New York, "(TO:HLVN)" Toronto
    ["(NASDAQ: HLVN)", "(NYSE:HLVN)", "(Nasdaq: HLVN; LSE: HLV)", "(TSX: HLVN.B)", "(N:HLVN)", "(TO:HLVN) (N:HLVN)"],
)
def test_a_stock_listing_is_no_draft_and_makes_its_company_an_organisation(listing: str) -> None:
    drafts = draft_kinds(f"On Tuesday, Quellvane {listing} said its phone sold well in Cupertino.")
    assert drafts.get("Quellvane") is ActorKind.organization
    assert not {"NASDAQ", "Nasdaq", "NYSE", "LSE", "TSX", "HLVN", "HLV"} & set(drafts)


def test_an_exchange_named_outside_a_listing_stays() -> None:
    drafts = draft_kinds("Orland Motors moved its listing to the NYSE after talks with regulators in Detroit.")
    assert drafts.get("NYSE") is ActorKind.organization


# -- firms by their trade, their shares and their staff ------------------------------------------------

_NEW_HEADS = [
    "securities",
    "investments",
    "brokerage",
    "software",
    "logistics",
    "forensics",
    "digital",
    "insights",
    "payments",
    "therapeutics",
    "pharmaceuticals",
    "biosciences",
    "semiconductor",
    "semiconductors",
    "robotics",
]


@pytest.mark.parametrize("head", _NEW_HEADS)
def test_a_firm_named_by_its_trade_is_an_organisation_even_when_it_speaks(head: str) -> None:
    assert head in COMPANY_HEADS
    drafts = draft_kinds(f"Shares were flat on Monday. Brightwater {head.title()} said the price would limit sales.")
    assert drafts.get(f"Brightwater {head.title()}") is ActorKind.organization


def test_a_law_firm_by_llp_is_an_organisation_and_its_lawyer_a_person_apart() -> None:
    drafts = draft_kinds(
        "Ashcroft's lawyer, Miriam Gold of Kessler Gold LLP, said he would appeal. "
        "Kessler Gold LLP declined to comment."
    )
    assert drafts.get("Kessler Gold LLP") is ActorKind.organization
    assert "Miriam Gold of Kessler Gold LLP" not in drafts


_NEW_PHRASES_BEFORE = [
    ("shares of", "Halvorsen rose 3.1% in late trading."),
    ("shares in", "Halvorsen rose 3.1% in late trading."),
    ("stake in", "Halvorsen was sold on Friday."),
    ("stakes in", "Halvorsen were sold on Friday."),
    ("accounts at", "Halvorsen were frozen for a day."),
    ("account at", "Halvorsen was frozen for a day."),
    ("accounts with", "Halvorsen were frozen for a day."),
    ("customers of", "Halvorsen could not pay."),
    ("takeover of", "Halvorsen was approved."),
    ("merger with", "Halvorsen was approved."),
    ("subsidiary of", "Halvorsen, it sells phones."),
    ("stock of", "Halvorsen fell 4%."),
    ("startup", "Halvorsen raised $2 billion."),
    ("retailer", "Halvorsen lost data."),
    ("chipmaker", "Halvorsen will own 9%."),
    ("carmaker", "Halvorsen sold more trucks."),
    ("automaker", "Halvorsen sold more trucks."),
    ("lender", "Halvorsen cut its rates."),
    ("insurer", "Halvorsen paid out more."),
    ("conglomerate", "Halvorsen split in two."),
    ("firm", "Halvorsen was hired."),
    ("giant", "Halvorsen cut jobs."),
    ("fintech", "Halvorsen was fined."),
    ("brokerage", "Halvorsen was fined."),
    ("exchange operator", "Halvorsen was fined."),
    ("crypto exchange", "Halvorsen was fined."),
    ("stock exchange", "Halvorsen was fined."),
    ("investment bank", "Halvorsen advised on the deal."),
    ("bank", "Halvorsen advised on the deal."),
]


@pytest.mark.parametrize(("phrase", "rest"), _NEW_PHRASES_BEFORE)
def test_what_markets_trade_and_trades_name_are_organisations(phrase: str, rest: str) -> None:
    assert tuple(phrase.split()) in PHRASE_BEFORE
    drafts = draft_kinds(f"On Monday in Frankfurt, the {phrase} {rest}")
    assert drafts.get("Halvorsen") is ActorKind.organization


_SHARE_MOVES = [
    "shares rose",
    "shares fell",
    "shares jumped",
    "shares dropped",
    "shares slid",
    "shares gained",
    "shares lost",
    "shares closed",
    "shares surged",
    "shares tumbled",
    "shares climbed",
    "shares sank",
    "stock rose",
    "stock fell",
]


@pytest.mark.parametrize("phrase", _SHARE_MOVES)
def test_a_name_whose_shares_move_is_a_company(phrase: str) -> None:
    assert tuple(phrase.split()) in PHRASE_AFTER
    drafts = draft_kinds(f"In London, the market was flat as Tarvane {phrase} 3% on the news.")
    assert drafts.get("Tarvane") is ActorKind.organization


def test_researchers_at_a_firm_speak_for_it() -> None:
    drafts = draft_kinds("Researchers at Sentinel Grid said the gang had used the same bug since March.")
    assert drafts.get("Sentinel Grid") is ActorKind.organization


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Quorra, the San Francisco artificial intelligence startup behind the chatbot, raised $2 billion.", "Quorra"),
        ("On Monday, Tarvane, the Swiss bank, cut its forecast.", "Tarvane"),
    ],
)
def test_an_apposition_that_opens_with_a_place_still_says_what_a_name_is(text: str, name: str) -> None:
    assert draft_kinds(text).get(name) is ActorKind.organization


@pytest.mark.parametrize("ending", ORG_WORD_ENDINGS)
def test_one_word_of_a_bank_or_a_firm_is_an_organisation(ending: str) -> None:
    drafts = draft_kinds(f"Officials from the Quell{ending} backed the cut on Thursday.")
    assert drafts.get(f"Quell{ending}") is ActorKind.organization


def test_a_given_name_before_a_word_of_land_is_a_person() -> None:
    drafts = draft_kinds("Its chief technology officer, Helena Marsh, apologised on Wednesday.")
    assert drafts.get("Helena Marsh") is ActorKind.person


# -- indices, measures, operations, slogans, products -------------------------------------------------


@pytest.mark.parametrize("modifier", sorted(INDEX_MODIFIERS))
def test_an_index_named_alone_after_a_word_of_indices_is_no_draft(modifier: str) -> None:
    drafts = draft_kinds(f"In New York, the {modifier} Zorvex slid 1.3% as rate fears returned.")
    assert "Zorvex" not in drafts


@pytest.mark.parametrize("noun", sorted(MEASURE_NOUNS_AFTER))
def test_a_name_before_a_noun_of_measure_is_no_draft(noun: str) -> None:
    drafts = draft_kinds(f"In Frankfurt, Quellseng {noun} moved less than expected on Thursday.")
    assert "Quellseng" not in drafts


def test_a_named_operation_is_no_draft_but_its_force_stays() -> None:
    drafts = draft_kinds(
        "Merseyside Police said Operation Tidewatch targeted the gang. "
        "The Joint Task Force – Operation Quell Resolve said it struck targets."
    )
    assert "Operation Tidewatch" not in drafts
    assert drafts.get("Merseyside Police") is ActorKind.organization
    assert drafts.get("Joint Task Force – Operation Quell Resolve") is ActorKind.armed_force


@pytest.mark.parametrize(
    "text",
    [
        'The campaign slogan, "Unfold Everything," will run on billboards in London.',
        'Her campaign released an ad, "Reyes Raised Your Rent," on Monday night.',
        "The slogan “Quell Forward Together.” was printed on every banner.",
    ],
)
def test_a_slogan_in_quotes_with_its_comma_inside_is_no_draft(text: str) -> None:
    drafts = draft_kinds(text)
    assert not {"Unfold Everything", "Reyes Raised Your Rent", "Quell Forward Together"} & set(drafts)


@pytest.mark.parametrize("noun", ["stablecoin", "stablecoins", "token", "tokens", "chatbot", "pickup", "sedan"])
def test_a_coin_a_chatbot_or_a_car_named_before_its_noun_is_no_draft(noun: str) -> None:
    assert noun in PRODUCT_NOUNS_AFTER
    drafts = draft_kinds(f"Investors in London bought the new Zorvex {noun} after the launch on Monday.")
    assert "Zorvex" not in drafts


@pytest.mark.parametrize(
    "phrase",
    [
        "companies including",
        "companies such as",
        "companies like",
        "firms including",
        "firms such as",
        "firms like",
        "banks including",
        "banks such as",
        "banks like",
        "rivals such as",
        "rivals including",
        "polled by",
        "surveyed by",
        "advisers to",
        "advisors to",
        "adviser to",
        "advisor to",
    ],
)
def test_a_firm_in_a_list_of_its_kind_or_behind_figures_is_an_organisation(phrase: str) -> None:
    assert tuple(phrase.split()) in PHRASE_BEFORE
    drafts = draft_kinds(f"In London on Monday, figures from {phrase} Finsight showed a fall.")
    assert drafts.get("Finsight") is ActorKind.organization


@pytest.mark.parametrize(
    "head", ["exchange", "chipmaker", "conglomerate", "fintech", "brokerage", "giant", "subsidiary"]
)
def test_an_apposition_of_a_trade_makes_an_organisation(head: str) -> None:
    assert head in APPOSITION_HEAD
    drafts = draft_kinds(f"Investors in London sold Vaultix, the biggest {head} in the region, on Monday.")
    assert drafts.get("Vaultix") is ActorKind.organization


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Gary Holm, a professor in Pittsburgh, wrote on his Substack that the model was weak.", "Substack"),
        ("The regulator in Brussels looked at how Halvorsen runs its Nimbus Store, the only shop.", "Nimbus Store"),
        ("The news sent Nexa's own token, NXA, up 38% in Tokyo.", "NXA"),
        ("The company in Oslo launched its new app, Lumvia, on Monday.", "Lumvia"),
    ],
)
def test_a_thing_after_a_possessive_or_its_noun_is_no_draft(text: str, thing: str) -> None:
    assert thing not in draft_kinds(text)


def test_a_name_that_modifies_a_noun_after_a_possessive_stays() -> None:
    drafts = draft_kinds("Ilse Quistel thanked her Quellmark colleagues in Oslo, and Quellmark said it agreed.")
    assert "Quellmark" in drafts


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("British retailer Brookfield & Vane said hackers stole data in London.", "Brookfield & Vane"),
        ("The advisers in London were Pemberton Hale & Co, people said.", "Pemberton Hale & Co"),
    ],
)
def test_names_joined_by_an_ampersand_are_one_firm(text: str, name: str) -> None:
    assert draft_kinds(text).get(name) is ActorKind.organization
