"""Junk and kinds on a sixth batch of English news pages (issue 15): family names that are also a
place's head word ("Street", "West"), trade nouns before a firm's one-word name, lower-case nouns
after a name that say what it is, and bodies a relative clause describes.

Each test ingests invented text through the real extractor and states the drafts an analyst would see."""

from __future__ import annotations

import pytest

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    "text, name",
    [
        ('"We have never had to choose," said Corwen West. The family farms near Spalding.', "Corwen West"),
        (
            "Marisol Street, a spokeswoman for the firm, said customers had been told to expect delays.",
            "Marisol Street",
        ),
        (
            "Hestia Street has pledged to match every pound. Street, whose firm employs 40 people, is a builder.",
            "Hestia Street",
        ),
        (
            "The council's head of digital, Oyinkan West, told a meeting that the attackers got in. West said no data was taken.",
            "Oyinkan West",
        ),
        ("Turnout was 34.6%, the returning officer, Dafydd Street, announced.", "Dafydd Street"),
        ("Kanye West said the album was finished.", "Kanye West"),
    ],
)
def test_a_family_name_that_is_a_place_word_ends_a_person_with_a_cue(text: str, name: str) -> None:
    assert draft_kinds(text).get(name) is ActorKind.person


def test_streets_named_after_people_stay_streets() -> None:
    drafts = draft_kinds(
        "The shop on Victoria Street closed. Police were called to George Street and the trains from "
        "Kelvin East were cancelled. Church Street, which runs to the river, was flooded."
    )
    assert drafts.get("Victoria Street") is ActorKind.place
    assert drafts.get("George Street") is ActorKind.place
    assert drafts.get("Kelvin East") is ActorKind.place
    assert drafts.get("Church Street") is ActorKind.place
