"""A sixty-third round on the held-out styles (re3d-style BBC, CENTCOM, DFAT, EU and Wikipedia pages): a body named
by its noun before it ("the shipping company X", "the militia X") whatever its words look like, a second place after
"near ... and". Every example is invented; each test says what the analyst sees."""

from __future__ import annotations

import pytest

from dossier.ingest.extract import extract
from dossier.ingest.grouping import ActorDraft
from dossier.model import ActorKind


def _drafts(text: str) -> dict[str, ActorDraft]:
    return {draft.name: draft for draft in extract(text, None, [], set(), "test-drafts").actors}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "The oil was carried by the shipping company Tarvesh Kolam Darya, which denied it.",
            "Tarvesh Kolam Darya",
            ActorKind.organization,
        ),
        (
            "Villages were burned by the militia Dan Kessou Varrat in the spring.",
            "Dan Kessou Varrat",
            ActorKind.armed_force,
        ),
        (
            "Convoys were attacked by the militia Ali Tarvesh Kolo near the river.",
            "Ali Tarvesh Kolo",
            ActorKind.armed_force,
        ),
    ],
)
def test_a_bodys_noun_before_a_name_makes_it_that_body(text: str, name: str, kind: ActorKind) -> None:
    assert _drafts(text)[name].kind is kind


def test_a_founder_after_the_companys_noun_stays_a_person() -> None:
    assert _drafts("He joined the company Ilse Varnow founded in 1990.")["Ilse Varnow"].kind is ActorKind.person


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Fighting went on near Orvetsk and Mala Kessivka through the night.", "Mala Kessivka"),
        ("Shells fell near Tarnopolye and Anna Orrivka on Sunday.", "Anna Orrivka"),
    ],
)
def test_a_second_name_after_near_and_a_place_lies_near_too(text: str, place: str) -> None:
    assert _drafts(text)[place].kind is ActorKind.place


def test_two_people_sat_near_stay_people() -> None:
    assert _drafts("She sat near Tom and Mary Quellan at dinner.")["Mary Quellan"].kind is ActorKind.person
