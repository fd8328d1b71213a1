"""A twelfth round on the held-out styles: a person whose family name has two halves joined by a
hyphen ("Oksana Verbitskaya-Malenko"), when no list knows the given name. Every example is invented;
each test says what the analyst sees in the drafts."""

from __future__ import annotations

import pytest

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("The council names Oksana Verbitskaya-Malenko as editor-in-chief.", "Oksana Verbitskaya-Malenko"),
        ("Its editor-in-chief Oksana Verbitskaya-Malenko was also listed.", "Oksana Verbitskaya-Malenko"),
        ("Additional reporting by Chidera Obiageli-Okafor in Lagos.", "Chidera Obiageli-Okafor"),
    ],
)
def test_a_double_barrelled_family_name_makes_a_person(sentence: str, person: str) -> None:
    assert draft_kinds(sentence).get(person) is ActorKind.person


def test_a_hyphened_place_after_a_preposition_stays_a_place() -> None:
    kinds = draft_kinds("Fighting near Tremla Stavrov-Dolsk was heavy.")
    assert kinds.get("Tremla Stavrov-Dolsk") is ActorKind.place


def test_a_hyphened_town_alone_is_no_person() -> None:
    kinds = draft_kinds("The ship sailed from Varnek to Tolsk-Ivanov on Monday.")
    assert kinds.get("Tolsk-Ivanov") is ActorKind.place


def test_a_double_barrelled_name_whose_second_half_is_also_a_small_town_makes_a_person() -> None:
    # "Orlová" is a Czech town: the first half's family ending still marks a person.
    kinds = draft_kinds("The board also sanctioned its director, Zoryana Pelevinskaya-Orlova.")
    assert kinds.get("Zoryana Pelevinskaya-Orlova") is ActorKind.person


def test_a_feminine_russian_family_name_makes_a_person() -> None:
    kinds = draft_kinds("The channel's presenter Varvara Tolmachevskaya denied the claims.")
    assert kinds.get("Varvara Tolmachevskaya") is ActorKind.person
