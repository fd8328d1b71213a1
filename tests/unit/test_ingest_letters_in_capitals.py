"""A name particle or a small word written in capitals amid ordinary text is letters, an acronym: "the AP
reported" is the Associated Press, no Welsh "ap" ("son of") left hanging before nothing; "the WHO said" is the
World Health Organization, no "who". In a name the particle stays ("Rhian ap Dafydd"); a term stays a term ("the
IT department"). Every example is invented."""

from __future__ import annotations

import pytest

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    "text",
    [
        "The AP reported that the vote had been delayed.",
        "Two officials told AP the talks had stalled.",
        "The talks stalled on Friday, AP reported.",
        "TARNBY, Varnland (AP) — Gunmen attacked a depot before dawn.",
    ],
)
def test_the_agencys_letters_are_an_outlet(text: str) -> None:
    kinds = draft_kinds(text)
    assert kinds.get("AP") is ActorKind.media, kinds


def test_the_welsh_particle_inside_a_name_stays_the_names() -> None:
    kinds = draft_kinds("Rhian ap Dafydd said the count had been close.")
    assert kinds.get("Rhian ap Dafydd") is ActorKind.person, kinds


@pytest.mark.parametrize(
    "text",
    [
        "The WHO said the outbreak in Tarnby had spread to two districts.",
        "Officials said on Monday that the WHO had sent a team of experts.",
        "The samples were sent to the WHO.",
    ],
)
def test_the_health_agencys_letters_are_a_body(text: str) -> None:
    kinds = draft_kinds(text)
    assert kinds.get("WHO") is ActorKind.organization, kinds


def test_a_common_word_in_capitals_before_a_noun_stays_a_term() -> None:
    kinds = draft_kinds("The IT department at the Tarnby depot was hacked on Sunday.")
    assert "IT" not in kinds, kinds


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The A614 was closed at Tarnby after the crash.", "A614"),
        ("Profit rose in Q3 to RM7.12 a share, the group said.", "Q3"),
    ],
)
def test_codes_in_capitals_stay_junk(text: str, code: str) -> None:
    assert code not in draft_kinds(text)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The M23 rebels seized the border town in January.", "M23", ActorKind.armed_force),
        ("The G7 leaders met in Tarnby on Friday.", "G7", ActorKind.organization),
    ],
)
def test_a_letter_and_number_after_the_opening_article_is_a_name(text: str, name: str, kind: ActorKind) -> None:
    kinds = draft_kinds(text)
    assert kinds.get(name) is kind, kinds


def test_a_route_after_the_opening_article_stays_a_code() -> None:
    kinds = draft_kinds("The X7 express to Threlby is withdrawn from May.")
    assert "X7" not in kinds, kinds
