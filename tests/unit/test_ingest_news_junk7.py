"""Junk and kinds on English news pages after the eighth batch (issue 15): songs and albums named
after "their single" or "her second album" are works, not actors; a river named after the word
"River" is a place.

Each test ingests invented text through the real extractor and states the drafts an analyst would see."""

from __future__ import annotations

import pytest

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    "text, work",
    [
        ("Their single Copper Lantern has been streamed 40 million times since March.", "Copper Lantern"),
        ("Her latest single Orrin Bay went straight to number one.", "Orrin Bay"),
        ("Tavish's single Winter Quay was played at the wedding.", "Winter Quay"),
        ("His second album Salt Meridian was shortlisted for a prize last year.", "Salt Meridian"),
        ("The band's third album Harrow Lights came out in 2019.", "Harrow Lights"),
    ],
)
def test_a_single_or_an_album_after_its_noun_is_no_actor(text: str, work: str) -> None:
    assert work not in draft_kinds(text)


def test_a_single_branch_of_a_firm_keeps_the_firm() -> None:
    kinds = draft_kinds("Not a single Tollbrook Bank branch will close this year, Tollbrook Bank said on Monday.")
    assert kinds.get("Tollbrook Bank") is ActorKind.organization


def test_the_second_season_of_a_firm_is_not_read_as_a_work() -> None:
    kinds = draft_kinds("Its second factory, Marrowdale Foods said, will open in Leeds in May.")
    assert kinds.get("Marrowdale Foods") is ActorKind.organization


@pytest.mark.parametrize(
    "text, river",
    [
        ("Homes were flooded after the River Quenmore burst its banks overnight.", "River Quenmore"),
        ("Divers searched Loch Tarrin for a second day on Tuesday.", "Loch Tarrin"),
    ],
)
def test_a_river_or_a_loch_named_after_its_word_is_a_place(text: str, river: str) -> None:
    assert draft_kinds(text).get(river) is ActorKind.place
