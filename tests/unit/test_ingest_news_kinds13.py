"""Kinds on English news pages after the thirteenth round (issue 15): a league's division is no
armed force; a move of play comes "from" a player; a title before an outlet's noun keeps a person;
names written as web addresses, public bodies named for a nation, trails, a saint's hall and a
"Co-operative" firm are read whole with their kinds.

Each test ingests invented text through the real extractor and states the drafts an analyst would see."""

from __future__ import annotations

import pytest

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds

# Lower-case words of a match report, so the page reads as a sports page.
_MATCH = "The striker scored a penalty after a header, and the goalkeeper argued with the referee at half-time. "


@pytest.mark.parametrize(
    "sentence, league, division",
    [
        (
            "Pelverton Rovers are top of the Wessant Combination League Premier Division.",
            "Wessant Combination League",
            "Wessant Combination League Premier Division",
        ),
        ("Ostley Albion won the Marrick League Division One title.", "Marrick League", "Marrick League Division One"),
    ],
)
def test_a_league_s_division_ends_the_league_s_name_and_is_no_armed_force(
    sentence: str, league: str, division: str
) -> None:
    kinds = draft_kinds(_MATCH + sentence)
    assert kinds.get(league) is ActorKind.organization, kinds
    assert division not in kinds, kinds
    assert ActorKind.armed_force not in kinds.values(), kinds


def test_a_header_from_a_player_is_a_person_not_a_place() -> None:
    kinds = draft_kinds(_MATCH + "The winner came from a header from Lysandro Quillby in the 80th minute.")
    assert kinds.get("Lysandro Quillby") is ActorKind.person, kinds


def test_a_town_after_from_with_no_move_of_play_stays_a_place() -> None:
    kinds = draft_kinds(_MATCH + "Supporters travelled from Wexcombe Magna for the game.")
    assert kinds.get("Wexcombe Magna") is ActorKind.place, kinds


def test_a_dame_after_an_outlet_s_noun_is_a_person() -> None:
    kinds = draft_kinds("The broadcaster Dame Celandine Ashworth opened the warm space on Monday.")
    assert kinds.get("Celandine Ashworth") is ActorKind.person, kinds
    assert ActorKind.media not in kinds.values(), kinds


@pytest.mark.parametrize("name", ["Pay.UK", "Settlewise.UK"])
def test_a_name_written_as_a_web_address_is_an_organisation(name: str) -> None:
    kinds = draft_kinds(f"The rules were set by {name} after a review of refunds.")
    assert kinds.get(name) is ActorKind.organization, kinds


def test_a_common_word_before_a_nation_names_a_public_body() -> None:
    kinds = draft_kinds(
        "Historic Scotland and Natural England objected, while towns in Southern England and Northern Ireland waited."
    )
    assert kinds.get("Historic Scotland") is ActorKind.organization, kinds
    assert kinds.get("Natural England") is ActorKind.organization, kinds
    assert kinds.get("Southern England") is not ActorKind.organization, kinds
    assert kinds.get("Northern Ireland") is not ActorKind.organization, kinds


def test_a_trail_named_for_the_land_is_a_place_and_a_figure_of_speech_is_not() -> None:
    kinds = draft_kinds(
        "Walkers on the Brackmoor Trail and the Thames Path were told to keep dogs on leads. "
        "The firm took the Critical Path to growth."
    )
    assert kinds.get("Brackmoor Trail") is ActorKind.place, kinds
    assert kinds.get("Thames Path") is ActorKind.place, kinds
    assert kinds.get("Critical Path") is not ActorKind.place, kinds


def test_a_saint_s_hall_is_read_whole() -> None:
    kinds = draft_kinds("She read law at St Wenna's Hall before she joined the firm.")
    assert kinds.get("St Wenna's Hall") is ActorKind.organization, kinds
    assert "St Wenna" not in kinds, kinds


def test_a_co_operative_firm_keeps_its_hyphened_first_word() -> None:
    kinds = draft_kinds("Savers at the Co-operative Bank were told to wait for the new rates.")
    assert kinds.get("Co-operative Bank") is ActorKind.organization, kinds
    assert "Co" not in kinds and "Bank" not in kinds, kinds


@pytest.mark.parametrize("role", ["Co-founder", "Co-host", "Co-owner"])
def test_a_shared_role_written_with_co_is_no_body(role: str) -> None:
    kinds = draft_kinds(f"{role} Asha Trevendale said the studio would open in spring.")
    assert kinds.get("Asha Trevendale") is ActorKind.person, kinds
    assert not any(name.startswith("Co") for name in kinds), kinds


def test_a_village_after_long_or_little_is_a_place_and_a_phrase_is_not() -> None:
    kinds = draft_kinds(
        '"People walk here to reach the shop in Upper Affcot and the school in Long Ravensby," said a parent. '
        "Long Covid clinics were also discussed."
    )
    assert kinds.get("Long Ravensby") is ActorKind.place, kinds
    assert "Long Covid" not in kinds, kinds
