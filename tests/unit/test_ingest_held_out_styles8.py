"""An eighth round on the held-out styles: bodies named in another language keep their glue words
("para o", "pour la", "wal-") and a title word after their head word ("Fiscalía General"). Every
example is invented; each test says what the analyst sees in the drafts."""

from __future__ import annotations

import pytest

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The Partido Liberal para o Progresso de Varnésia won two seats in Tarvela.",
            "Partido Liberal para o Progresso de Varnésia",
        ),
        ("The Comité pour la Paix du Tremmin met in the capital on Monday.", "Comité pour la Paix du Tremmin"),
        ("The Partido Verde para Todos asked for a recount.", "Partido Verde para Todos"),
    ],
)
def test_a_foreign_body_keeps_its_for_the_glue(sentence: str, name: str) -> None:
    drafts = draft_kinds(sentence)
    assert drafts.get(name) is ActorKind.organization


def test_a_lower_case_word_after_para_is_no_part_of_the_name() -> None:
    drafts = draft_kinds("The Partido Liberal para o crescimento won a seat.")
    assert drafts.get("Partido Liberal") is ActorKind.organization


def test_an_arabic_and_the_joins_the_two_halves_of_a_groups_name() -> None:
    drafts = draft_kinds("Fighters of Jama'at Ansar al-Din wal-Jihad attacked the post near Tessoro.")
    assert drafts.get("Jama'at Ansar al-Din wal-Jihad") is ActorKind.organization
    assert "Jihad" not in drafts


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The Fiscalía General de la Nación opened a case against the mayor.", "Fiscalía General de la Nación"),
        (
            "Reporters asked the Procuraduría General de Varnésia about the contract.",
            "Procuraduría General de Varnésia",
        ),
    ],
)
def test_a_title_word_after_a_foreign_bodys_head_is_no_general(sentence: str, name: str) -> None:
    drafts = draft_kinds(sentence)
    assert drafts.get(name) is ActorKind.organization
    assert not any(kind is ActorKind.person for kind in drafts.values())


def test_the_president_of_a_foreign_body_names_the_body_and_no_person() -> None:
    drafts = draft_kinds(
        "Observers handed the report to the President of the Comissão Nacional de Votação (CNV) on Friday."
    )
    assert drafts.get("Comissão Nacional de Votação") is ActorKind.organization
    assert "Nacional de Votação" not in drafts


def test_a_family_name_after_a_rank_stays_a_person() -> None:
    # "Dewan" is a council in Indonesian and a given name in Bangladesh: after a rank it is a person's.
    drafts = draft_kinds("Officers met General Dewan Rahman in the capital.")
    assert drafts.get("Dewan Rahman") is ActorKind.person


def test_an_arabic_and_the_written_apart_joins_the_name_too() -> None:
    drafts = draft_kinds("Both the army and Harakat Nasr al-Haqq wal Mujahidin claimed the town of Tessoro.")
    assert drafts.get("Harakat Nasr al-Haqq wal Mujahidin") is ActorKind.organization
    assert "Mujahidin" not in drafts
