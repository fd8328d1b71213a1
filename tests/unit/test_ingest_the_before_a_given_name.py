"""A name of given names after "The" written with a capital inside a sentence is a hotel's, a boat's or a
work's: English gives a person's name no article ("stayed at The Eliza Jane").

Invented sentences.
"""

from __future__ import annotations

import pytest

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Guests booked The Rosalind Mae in Savannah for the wedding weekend.", "Rosalind Mae"),
        ("The chain's hotels include The Harriet Lou in Charleston and Hotel Varn in Boston.", "Harriet Lou"),
        ("Fishermen on The Clara Belle reported the storm before noon.", "Clara Belle"),
    ],
)
def test_given_names_after_a_capital_the_inside_a_sentence_are_no_person(text: str, name: str) -> None:
    assert draft_kinds(text).get(name) is not ActorKind.person


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Guests met Rosalind Mae Tarrant in Savannah for the wedding.", "Rosalind Mae Tarrant"),
        ("Rosalind Mae Tarrant, the hotel's owner, said bookings had doubled.", "Rosalind Mae Tarrant"),
        ("In Savannah, the owner Rosalind Mae said bookings had doubled.", "Rosalind Mae"),
    ],
)
def test_the_same_given_names_without_the_article_stay_a_person(text: str, name: str) -> None:
    assert draft_kinds(text).get(name) is ActorKind.person
