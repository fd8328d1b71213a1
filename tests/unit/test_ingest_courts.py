"""A court named with the district or circuit it sits for is one organisation: its seat is part of its
name, not a second draft, and the long name is not dropped as a heading. Every example is invented."""

from __future__ import annotations

import pytest

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    ("text", "court"),
    [
        (
            "Judge Ilse Varn of the US District Court for the Northern District of Tarnland ruled on Monday.",
            "US District Court for the Northern District of Tarnland",
        ),
        (
            "The appeal went to the United States Court of Appeals for the Twelfth Circuit in March.",
            "United States Court of Appeals for the Twelfth Circuit",
        ),
        (
            "Prosecutors from the U.S. Attorney's Office for the Western District of Tarnland asked for ten years.",
            "U.S. Attorney's Office for the Western District of Tarnland",
        ),
        (
            "A filing at the Court of Appeals for the Fourth Circuit followed.",
            "Court of Appeals for the Fourth Circuit",
        ),
    ],
)
def test_a_court_and_its_seat_are_one_organisation(text: str, court: str) -> None:
    kinds = draft_kinds(text)
    assert kinds.get(court) is ActorKind.organization
    assert not any(name != court and name in court for name in kinds)  # no half of it drafted alone


def test_a_judge_before_the_court_is_still_drafted() -> None:
    kinds = draft_kinds("Judge Ilse Varn of the US District Court for the Eastern District of Tarnland ruled.")
    assert kinds.get("Ilse Varn") is ActorKind.person


def test_an_office_for_a_cause_is_no_office_of_a_district() -> None:
    kinds = draft_kinds("The Office for Tarnish National Statistics said prices rose.")
    assert kinds.get("Office for Tarnish National Statistics") is ActorKind.organization


def test_a_body_that_works_for_a_cause_still_splits_from_it() -> None:
    # Not a court: the long run splits after the body's word, as before.
    kinds = draft_kinds(
        "The Varnish International Development Finance Corporation for the Tarn Valley Corridor signed."
    )
    assert "Varnish International Development Finance Corporation" in kinds


@pytest.mark.parametrize(
    ("text", "court"),
    [
        (
            "The appeal was heard in the Saskatchewan Court of King's Bench in Regina.",
            "Saskatchewan Court of King's Bench",
        ),
        ("On Friday the Court of Queen's Bench quashed the conviction.", "Court of Queen's Bench"),
        ("A claim filed in the King's Bench Division was struck out.", "King's Bench Division"),
        ("The Chancery Division froze the trust's accounts.", "Chancery Division"),
    ],
)
def test_a_court_of_the_crowns_bench_is_one_organisation(text: str, court: str) -> None:
    # the crown's possessive is no king or queen with a name after it, and a court's division is no army's
    kinds = draft_kinds(text)
    assert kinds.get(court) is ActorKind.organization, kinds
    assert not any(name != court and name in court for name in kinds), kinds
