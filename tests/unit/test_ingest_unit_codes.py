"""A unit's letters chained by hyphens ("SPMAGTF-CR-CC") are one body's code: letters inside it that are also
a title's ("CR" a councillor's, "GEN" a general's) cut nothing and make no person."""

from __future__ import annotations

import pytest

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Marines with SPMAGTF-CR-CC trained with Kuwaiti forces last week.", "SPMAGTF-CR-CC"),
        ("The VJTF-GEN-QX cell met on Monday in Tarnby to plan the exercise.", "VJTF-GEN-QX"),
    ],
)
def test_letters_chained_by_hyphens_are_one_body(text: str, code: str) -> None:
    kinds = draft_kinds(text)
    assert kinds.get(code) is ActorKind.organization, kinds
    assert not [name for name in kinds if name != code and name in code], kinds


def test_a_councillors_title_before_a_name_still_makes_a_person() -> None:
    kinds = draft_kinds("Cr Ilse Varn-Quell said the council would set the rates in June.")
    assert kinds.get("Ilse Varn-Quell") is ActorKind.person, kinds
