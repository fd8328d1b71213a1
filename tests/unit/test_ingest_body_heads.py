"""Head words that end a body's name on their own: an "Executive" that governs or regulates ("the Health and
Safety Executive", "the Northern Ireland Executive") and a league with its tier's number ("Ligue 1"). The post
"chief executive" stays a title before its holder. Every example is invented."""

from __future__ import annotations

import pytest

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Inspectors from the Health and Safety Executive closed the Tarnby quarry.", "Health and Safety Executive"),
        ("The Welsh Executive said the ferry contract would be retendered.", "Welsh Executive"),
        ("Ministers of the Northern Ireland Executive met in Belfast on Monday.", "Northern Ireland Executive"),
    ],
)
def test_an_executive_that_governs_is_one_body(text: str, body: str) -> None:
    kinds = draft_kinds(text)
    assert kinds.get(body) is ActorKind.organization, kinds
    assert not any(name != body and name in body and name != "Belfast" for name in kinds), kinds


@pytest.mark.parametrize(
    "text",
    [
        "Varnex Chief Executive Ilse Quell said orders fell in the spring.",
        "Ilse Quell, Chief Executive Officer of Varnex, said orders fell in the spring.",
        "The governor signed an Executive Order on water use on Monday.",
    ],
)
def test_an_executive_inside_a_post_or_a_document_is_no_body(text: str) -> None:
    kinds = draft_kinds(text)
    assert not any("Executive" in name for name in kinds), kinds


@pytest.mark.parametrize(
    ("text", "league"),
    [
        ("The winger joined from a Ligue 1 side in January.", "Ligue 1"),
        ("The Ligue 2 leaders lost at home on Saturday.", "Ligue 2"),
    ],
)
def test_a_league_keeps_its_tiers_number(text: str, league: str) -> None:
    kinds = draft_kinds(text)
    assert kinds.get(league) is ActorKind.organization, kinds
