"""Junk and kinds on a fifth batch of English news pages (issue 15): everyday term acronyms, police
forces named "X Constabulary" and teams known by a plural nickname on a sports page.

Each test ingests invented text through the real extractor and states the drafts an analyst would see."""

from __future__ import annotations

import pytest

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    "text, term",
    [
        ("Quorvel Systems said it would invest heavily in AI agents next year, chief executive Ama Brisk said.", "AI"),
        ("Pupils at Tarnley Academy sat their GCSE papers in May, headteacher Rolf Annick said.", "GCSE"),
    ],
)
def test_an_everyday_term_acronym_is_no_draft(text: str, term: str) -> None:
    drafts = draft_kinds(text)
    assert term not in drafts
    assert any(kind is ActorKind.person for kind in drafts.values())


def test_a_term_acronym_the_text_defines_stays_a_body() -> None:
    drafts = draft_kinds("Activists from Aurelian Initiative (AI) said on Monday that AI had documented 40 cases.")
    assert drafts.get("Aurelian Initiative") is ActorKind.organization


def test_a_constabulary_is_a_police_force_not_a_person() -> None:
    drafts = draft_kinds("Quarnshire Constabulary said officers were called at 1.40am to a disturbance on Mill Lane.")
    assert drafts.get("Quarnshire Constabulary") is ActorKind.organization


_GAME = (
    "Jomo Teller scored 31 points and added 12 rebounds and nine assists as the Tarnwick Ospreys beat the "
    "Hollin Ford Rangers 104-99 in overtime on Friday. Rookie Elian Brasco had 14 off the bench, and "
    "the Ospreys won for the fifth time in six games."
)


def test_a_team_nickname_on_a_sports_page_is_an_organisation() -> None:
    drafts = draft_kinds(_GAME)
    assert drafts.get("Tarnwick Ospreys") is ActorKind.organization
    assert drafts.get("Hollin Ford Rangers") is ActorKind.organization


def test_places_named_by_a_plural_head_stay_places_on_a_sports_page() -> None:
    drafts = draft_kinds(
        "Jomo Teller scored 31 points and added 12 rebounds in overtime as the side toured the Quellmoor "
        "Islands and the Varnside Hills before the Ardwen Games, where a rookie made nine assists."
    )
    assert drafts.get("Quellmoor Islands") is ActorKind.place
    assert drafts.get("Varnside Hills") is ActorKind.place
    assert drafts.get("Ardwen Games") is not ActorKind.organization


def test_a_plural_name_off_a_sports_page_is_not_made_a_team() -> None:
    drafts = draft_kinds("Officials said the Tarnwick Ospreys were seen nesting on the cliffs near Hollin Ford.")
    assert drafts.get("Tarnwick Ospreys") is not ActorKind.organization
