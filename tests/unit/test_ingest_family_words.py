"""Persons whose family name is also a common word or a place's head word (issue 15): "Peter Hall
said" had been dropped and "Daniel West said" filed as a place, while venues and parks named after
a given name stay places.

Each test ingests invented text through the real extractor and states the kind an analyst would see."""

from __future__ import annotations

import pytest

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    "text, person",
    [
        ("Peter Hall said the depot would close in spring.", "Peter Hall"),
        ("Daniel West said the plan would fail without more staff.", "Daniel West"),
        ("Grace Park said the chip plant would hire 400 people.", "Grace Park"),
        ("Tom Lane told reporters the vote had been rushed.", "Tom Lane"),
        ("Helen North said the council had not been consulted.", "Helen North"),
    ],
)
def test_a_given_name_and_a_family_word_before_a_speech_verb_is_a_person(text: str, person: str) -> None:
    assert draft_kinds(text).get(person) is ActorKind.person


@pytest.mark.parametrize(
    "text, place",
    [
        ("Crowds gathered in Grant Park before the march.", "Grant Park"),
        ("Hurlingham Park said it would reopen the courts in May.", "Hurlingham Park"),
    ],
)
def test_parks_stay_places(text: str, place: str) -> None:
    assert draft_kinds(text).get(place) is ActorKind.place


def test_a_venue_after_at_is_no_person() -> None:
    assert draft_kinds("The march ended at Albert Hall on Sunday.").get("Albert Hall") is not ActorKind.person
