"""Rules found on the en64 real-style pages (motorsport, a port, a utility's results, a university, a
council, a sheriff court, an appeal, a recall, a travel advisory, a football round-up), on invented text."""

from __future__ import annotations

import pytest

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Floris ten Brink, an analyst at Degroof Petercam, said the plan was sound.", "Floris ten Brink"),
        ("The report was written by Maaike van den Heuvel, who leads the unit.", "Maaike van den Heuvel"),
        ("Lotte ter Horst said the tower would close.", "Lotte ter Horst"),
        ("Kelty beat Dumbarton 4-2 with a hat-trick from Ruben de Vries.", "Ruben de Vries"),
    ],
)
def test_a_particle_in_lower_case_stays_in_the_family_name(text: str, name: str) -> None:
    assert draft_kinds(text, language="en").get(name) is ActorKind.person


def test_a_man_or_woman_of_a_nation_is_no_name() -> None:
    kinds = draft_kinds(
        "The Dutchman, who joined the team last year, was third. The Frenchwoman was fourth, ahead of an "
        "Irishman. The Scotsman said two Englishwomen would win.",
        language="en",
    )
    assert kinds == {}


def test_racing_teams_by_their_sport_or_by_team() -> None:
    kinds = draft_kinds(
        "Stewards fined Brannock Racing $5,000 after the crash, Tarvel Motorsport confirmed the engine upgrade, "
        "and the rookie finished 15th for Team Penhallow.",
        language="en",
    )
    assert kinds["Brannock Racing"] is ActorKind.organization
    assert kinds["Tarvel Motorsport"] is ActorKind.organization
    assert kinds["Team Penhallow"] is ActorKind.organization


def test_racing_after_a_common_word_and_team_before_a_post_are_headings() -> None:
    kinds = draft_kinds("Horse Racing returns on Saturday. The Team Leader said Team Sports would close.", language="en")
    assert "Horse Racing" not in kinds
    assert "Team Leader" not in kinds
    assert "Team Sports" not in kinds
