"""An ampersand between capitals joins one word ("P&I", "R&D", "A&M"), so a name holding one stays
whole; the everyday terms written so ("Q&A", "M&A") are no names."""

from __future__ import annotations

import pytest

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The tanker had no cover from the Northern Federation of P&I Underwriters, officials said.",
            "Northern Federation of P&I Underwriters",
        ),
        ("The Coalition of R&D Laboratories said funding fell.", "Coalition of R&D Laboratories"),
        ("Students at Prairie A&M University protested on Monday.", "Prairie A&M University"),
    ],
)
def test_a_name_with_an_ampersand_between_capitals_stays_whole(text: str, name: str) -> None:
    drafts = draft_kinds(text)
    assert name in drafts, drafts


@pytest.mark.parametrize(
    "text",
    [
        "After the Q&A session, Delia Marsh left the hall.",
        "The M&A team said deals slowed in the spring.",
    ],
)
def test_everyday_terms_with_an_ampersand_are_no_drafts(text: str) -> None:
    assert not {name for name in draft_kinds(text) if "&" in name}


@pytest.mark.parametrize(
    ("text", "scheme", "speaker"),
    [
        (
            "Watch for emails that seem to come from K&T Points, the grocer's loyalty scheme, said Ivo Marsh.",
            "K&T Points",
            "Ivo Marsh",
        ),
        (
            "Shoppers can join Brightpoints, its loyalty scheme, from Monday, Harlow Foods said.",
            "Brightpoints",
            "Harlow Foods",
        ),
    ],
)
def test_a_firms_scheme_described_after_its_name_is_no_draft(text: str, scheme: str, speaker: str) -> None:
    drafts = draft_kinds(text)
    assert scheme not in drafts and speaker in drafts, drafts


def test_a_firms_letters_with_an_ampersand_are_no_shouted_word() -> None:
    # wordfreq knows "at&t" as a frequent word, as it knows "answer"; the ampersand says it is letters
    assert draft_kinds("AT&T said on Monday it would cut 2,000 jobs.").get("AT&T") is ActorKind.organization
