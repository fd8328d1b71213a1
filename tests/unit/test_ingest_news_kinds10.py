"""Kinds on English news pages after the tenth round (issue 15): a named street, quay, wharf or bridge
is a place and keeps its whole name ("Tanner's Row"), unless a firm's word follows it ("Kettle Street
Foods"); clubs named without "the" on a match report; shops listed after "supplies"; banks in a list
after "transactions from"; and "whose owner, X," naming a person.

Each test ingests invented text through the real extractor and states the drafts an analyst would see."""

from __future__ import annotations

import pytest

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds

_SPORTS = (
    "Winger Ossian Pellow scored twice after half-time. The referee sent off a hooker, and the scrum "
    "creaked all afternoon. "
)


@pytest.mark.parametrize(
    "text, street",
    [
        ("Traffic backed up along Glebe Wharf within minutes of the closure.", "Glebe Wharf"),
        ("Shopkeepers on Prior's Quay said trade had halved since March.", "Prior's Quay"),
        ("Barriers were put across Saddler's Row on Tuesday night.", "Saddler's Row"),
        ("Police closed Mill Lane after the crash.", "Mill Lane"),
        ("Engineers found cracks in Kettle Bridge last week.", "Kettle Bridge"),
        ("A footbridge by Tarrow Weir remains open to cyclists.", "Tarrow Weir"),
    ],
)
def test_a_named_street_quay_or_bridge_is_a_place_with_its_whole_name(text: str, street: str) -> None:
    kinds = draft_kinds(text)
    assert kinds.get(street) is ActorKind.place, kinds


def test_a_street_in_a_firms_name_is_the_firm() -> None:
    kinds = draft_kinds(
        "Kettle Street Foods, the Norwich maker of crisps, has agreed a sale. The buyer will keep the "
        "Kettle Street brand. Advisers were Pellam & Co for Kettle Street and Vantry for the buyer."
    )
    assert kinds.get("Kettle Street Foods") is ActorKind.organization
    assert "Kettle Street" not in kinds  # the firm's short name, not a street of its own


def test_a_firm_named_after_a_row_after_its_trade_noun() -> None:
    kinds = draft_kinds("An analyst at the broker Saddler Row said margins had been squeezed.")
    assert kinds.get("Saddler Row") is ActorKind.organization


def test_a_family_name_possessive_before_a_street_stays_a_persons_with_a_given_name() -> None:
    kinds = draft_kinds("The cafe of Anna Tanner's Lane Kitchen closed. Anna Tanner said she was sad.")
    assert kinds.get("Anna Tanner") is ActorKind.person


@pytest.mark.parametrize(
    "sentence, club",
    [
        ("Quarry Stags came from 24-10 down to win.", "Quarry Stags"),
        ("The Vennels travel to Harrogate Vennels next Saturday, while Ashcombe go home.", "Harrogate Vennels"),
        ("Tormund Reivers lost at home. The Reivers host Coventry next.", "Tormund Reivers"),
    ],
)
def test_a_club_named_without_the_on_a_sports_page_is_an_organisation(sentence: str, club: str) -> None:
    kinds = draft_kinds(_SPORTS + sentence)
    assert kinds.get(club) is ActorKind.organization, kinds


def test_a_player_with_a_given_name_and_a_plural_surname_stays_a_person() -> None:
    kinds = draft_kinds(_SPORTS + "Marcus Rivers kicked the conversion. Rivers said the wind helped.")
    assert kinds.get("Marcus Rivers") is ActorKind.person


def test_shops_supplied_are_organisations() -> None:
    kinds = draft_kinds("The bakery, which supplies Brantwell, Quillford's and Dessaby, employs 300 people.")
    assert {kinds.get(shop) for shop in ("Brantwell", "Quillford", "Dessaby")} == {ActorKind.organization}, kinds


def test_banks_listed_after_transactions_from_are_organisations_not_places() -> None:
    kinds = draft_kinds("The app pulls transactions from Barclays, Lloyds, Quorvane and Tessbank every hour.")
    for bank in ("Barclays", "Lloyds", "Quorvane", "Tessbank"):
        assert kinds.get(bank) is ActorKind.organization, (bank, kinds)


def test_whose_owner_names_a_person_and_a_firm_owner_stays_a_firm() -> None:
    kinds = draft_kinds(
        "I stayed at the Gullpoint Inn, whose owner, Morwenna Tregaskis, grows the salad herself. "
        "The ground's owner, Harrowby Estates, declined to comment."
    )
    assert kinds.get("Morwenna Tregaskis") is ActorKind.person
    assert kinds.get("Harrowby Estates") is ActorKind.organization


def test_common_words_with_a_plural_on_a_sports_page_are_no_club() -> None:
    kinds = draft_kinds(_SPORTS + "Our Power Rankings put Quarry Stags third.")
    assert "Power Rankings" not in kinds


@pytest.mark.parametrize(
    "text, firm",
    [
        ("Dales Buses said its number 12 service would stop at the square.", "Dales Buses"),
        ("Tamblin Coaches said it had cancelled the Saturday trips.", "Tamblin Coaches"),
    ],
)
def test_a_plural_noun_where_a_family_name_goes_makes_a_firm(text: str, firm: str) -> None:
    assert draft_kinds(text).get(firm) is ActorKind.organization


def test_a_given_name_before_a_plural_noun_stays_a_person() -> None:
    assert draft_kinds("Harry Styles said the tour would go ahead.").get("Harry Styles") is ActorKind.person


def test_death_row_is_a_phrase_not_a_street() -> None:
    assert "Death Row" not in draft_kinds("He spent twenty years on Death Row before his release.")
