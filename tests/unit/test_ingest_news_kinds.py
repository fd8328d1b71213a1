"""Kinds on real English news pages (issue 15): a body's acronym with the nation it serves, and a
ward or seat whose name ends with a compass word.

Each test ingests invented text through the real extractor and states the kind an analyst would see."""

from __future__ import annotations

import pytest

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    "text, body",
    [
        ("Waits at the Tarnley unit rose again in March. QRS England said it would support the trust.", "QRS England"),
        ("Grants were cut last year, and VLM Scotland told councils to expect less.", "VLM Scotland"),
        ("The fund's rules changed, KBT France said in a statement on Monday.", "KBT France"),
    ],
)
def test_an_acronym_and_a_nation_is_one_body(text: str, body: str) -> None:
    assert draft_kinds(text).get(body) is ActorKind.organization


@pytest.mark.parametrize(
    "text, place",
    [
        ("MP for Quarnley South Ama Brisk has written to the minister about the sale.", "Quarnley South"),
        ("Residents in Varnhope East said the buses had stopped running after dark.", "Varnhope East"),
    ],
)
def test_a_ward_ending_in_a_compass_word_is_a_place(text: str, place: str) -> None:
    assert draft_kinds(text).get(place) is ActorKind.place


def test_a_speaker_set_off_as_a_customer_is_a_person() -> None:
    drafts = draft_kinds(
        '"The verdict sends a message," said Sofia Quendle, a former customer from Ohio who lost her savings.'
    )
    assert drafts.get("Sofia Quendle") is ActorKind.person


@pytest.mark.parametrize(
    "text, person",
    [
        ("Headteacher Gareth Vollan said the sixth form would close in July.", "Gareth Vollan"),
        ("Composer Luis Arvandel wrote the score in six weeks, the theatre said.", "Luis Arvandel"),
    ],
)
def test_a_title_before_a_name_is_not_part_of_it(text: str, person: str) -> None:
    drafts = draft_kinds(text)
    assert drafts.get(person) is ActorKind.person
    assert not any(name.startswith(("Headteacher", "Composer")) for name in drafts)


def test_an_estate_after_in_is_a_place_not_a_family_name() -> None:
    drafts = draft_kinds("A man was seriously injured in an assault in Quarnton Green in the early hours of Saturday.")
    assert drafts.get("Quarnton Green") is ActorKind.place


def test_a_given_name_and_a_family_name_after_in_stays_a_person() -> None:
    drafts = draft_kinds(
        "The prize went to a novel in which Daniel Green, a retired teacher, said he wrote every morning."
    )
    assert drafts.get("Daniel Green") is ActorKind.person
