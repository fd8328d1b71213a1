"""Family names opened by a capitalised particle, as the news writes Italian, Portuguese, Spanish and French
names ("Di Maio", "Da Silva", "Le Pen") and a Chinese given name that is spelled as a particle ("Di Li"):
the particle stays with the name, which is neither cut to its last word nor dropped as common words."""

from __future__ import annotations

import pytest

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"We see no obstacles," says Di Wen, the chief engineer of the observatory.', "Di Wen"),
        ("The minister, Da Varela, said the budget would pass.", "Da Varela"),
        ("Opposition leader Le Quellec said the vote was rigged.", "Le Quellec"),
        ("Coach Del Tarrio picked an unchanged side.", "Del Tarrio"),
    ],
)
def test_a_capital_particle_opening_a_persons_name_stays_with_it(text: str, name: str) -> None:
    kinds = draft_kinds(text)
    assert kinds.get(name) is ActorKind.person, kinds


def test_a_particle_and_a_common_word_are_a_name_not_a_phrase() -> None:
    # "Pen" is a common word, but after "Le" it is a family name: drafted whole, whatever its kind
    assert "Le Pen" in draft_kinds("Le Pen said the vote was rigged.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Von der Quellen said the commission would respond within a week.", "Von der Quellen"),
        ("Van Tarvelink said the team would recover before the final.", "Van Tarvelink"),
        ("De Quellmont said the plan would be ready by March.", "De Quellmont"),
    ],
)
def test_a_family_name_opened_by_its_particles_speaks_as_a_person(text: str, name: str) -> None:
    kinds = draft_kinds(text)
    assert kinds.get(name) is ActorKind.person, kinds
