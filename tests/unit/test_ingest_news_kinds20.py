"""Names on English news pages after the twentieth round (issue 15): a US state written "<name> State" after a
word of being inside it is a place ("across upstate New York State") while "Michigan State beat Oregon State"
stays a university's team, and a maker's model named beside another of its models on a review is no actor.

Each test ingests invented text through the real extractor and states the drafts an analyst would see."""

from __future__ import annotations

import pytest

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "Floods closed roads across upstate New York State on Tuesday, and Carla Venn said crews were out.",
        "Egg prices rose in New York State last year, Dana Pell of the Hobwick Dairy said.",
        "Snow fell throughout New York State overnight.",
    ],
)
def test_a_us_state_after_a_word_of_being_inside_it_is_a_place(sentence: str) -> None:
    kinds = draft_kinds(sentence)
    assert kinds.get("New York State") is ActorKind.place, kinds


@pytest.mark.parametrize(
    "sentence, team",
    [
        ("Michigan State beat Oregon State 31-17 on Saturday.", "Oregon State"),
        ("Tavin Roak transferred from Michigan State to Oregon State in 2024.", "Oregon State"),
        ("He ran for 140 yards in Michigan State's win over Iowa.", "Michigan State"),
    ],
)
def test_a_us_state_university_stays_a_body(sentence: str, team: str) -> None:
    kinds = draft_kinds(sentence)
    assert kinds.get(team) is ActorKind.organization, kinds


_REVIEW = (
    "Review: the Marrowick Tessel reader\n"
    "Verdict: a good screen let down by its software. Rating: 4 out of 5.\n"
    "The Tessel weighs 190 grams and costs £169. By comparison, the Quillory Vesta Lumen lasted 16 days in the same "
    "test, and the Quillory Orla lasted 12 days.\n"
)


def test_a_makers_model_beside_another_on_a_review_is_no_actor() -> None:
    kinds = draft_kinds(_REVIEW)
    assert "Quillory Vesta Lumen" not in kinds, kinds


def test_the_same_names_without_a_review_score_are_left_as_they_were() -> None:
    plain = _REVIEW.replace("Rating: 4 out of 5.", "").replace("Verdict: a good", "A good")
    assert "Quillory Vesta Lumen" in draft_kinds(plain)


def test_a_firm_with_two_divisions_on_a_review_stays() -> None:
    text = (
        "Rating: 4 out of 5.\nThe hotel is run by Stavrello Hospitality, and Stavrello Group owns the spa. "
        "Marta Quince of Stavrello Hospitality said rooms were booked until June.\n"
    )
    assert draft_kinds(text).get("Stavrello Hospitality") is ActorKind.organization
