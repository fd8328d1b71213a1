"""A name that its acronym in brackets spells out stays whole, whatever its words are taken for alone.

Parties and agencies often have a common word first ("Alternative", "Future", "Union") and a state
last; the acronym after them ("(FfV)", "(UfM)", "(AfD)") shows where the name starts and ends.
"""

from __future__ import annotations

import pytest

from dossier.ingest.extract import extract
from dossier.model import ActorKind


def _drafts(text: str) -> dict[str, object]:
    extraction = extract(text, None, [], set(), "spelled", language="en")
    return {draft.name: draft for draft in extraction.actors}


def test_a_small_letter_stands_for_a_small_word_of_the_name() -> None:
    drafts = _drafts("Two members of the nationalist Future for Varnia (FfV) walked out. The FfV said it would sue.")
    party = drafts["Future for Varnia"]
    assert party.kind is ActorKind.organization
    assert "FfV" in party.aliases
    assert set(drafts) == {"Future for Varnia"}, "neither 'Varnia' alone nor the acronym is a draft of its own"


def test_a_known_state_closing_the_name_does_not_cut_it() -> None:
    drafts = _drafts("Members of the Future for Germany (FG) walked out of the chamber.")
    assert drafts["Future for Germany"].kind is ActorKind.organization
    assert "Germany" not in drafts


def test_the_acronym_of_a_name_in_its_own_language_gives_the_state_its_own_letter() -> None:
    text = "Two lawmakers from the populist Alternative for Germany (AfD) invited him. The AfD said it would."
    drafts = _drafts(text)
    party = drafts["Alternative for Germany"]
    assert party.kind is ActorKind.organization and "AfD" in party.aliases
    assert "Germany" not in drafts


def test_small_words_the_acronym_leaves_out_stay_inside_the_name() -> None:
    drafts = _drafts("Ministers of the Union for the Mediterranean (UfM) met in Barcelona on Monday.")
    assert "UfM" in drafts["Union for the Mediterranean"].aliases


def test_an_acronym_that_does_not_spell_the_words_joins_nothing() -> None:
    drafts = _drafts("Members of the Future for Germany (FoG) walked out of the chamber.")
    assert "Future for Germany" not in drafts
    assert drafts["Germany"].kind is ActorKind.state


def test_the_own_language_letter_is_only_for_a_state() -> None:
    # "D" is no initial of any name of Varnia: the acronym is not this body's.
    drafts = _drafts("Members of the Alliance for Varnia (AfD) walked out of the chamber.")
    assert "AfD" not in drafts["Alliance for Varnia"].aliases


# -- a party's name before its noun in lower case ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Voters backed the Alternative for Varnia party in the election.", "Alternative for Varnia"),
        ("He left the Freedom and Solidarity party last year.", "Freedom and Solidarity"),
        ("She joined the Law and Justice party in 2001.", "Law and Justice"),
    ],
)
def test_a_party_named_before_its_noun_is_one_body(text: str, party: str) -> None:
    drafts = _drafts(text)
    assert drafts[party].kind is ActorKind.organization
    assert set(drafts) == {party}


@pytest.mark.parametrize(
    "text",
    [
        "She attended the New Year party at the embassy.",
        "She went to the Halloween party at the embassy.",
        "They held a Boxing Day party for the staff.",
        "Police arrived at the Christmas and New Year party.",
    ],
)
def test_a_feasts_party_is_no_body(text: str) -> None:
    # The host is still drafted: only the feast is left out.
    drafts = _drafts(f"{text} Ilse Varnova, the host, said it went well.")
    assert set(drafts) == {"Ilse Varnova"}
    assert drafts["Ilse Varnova"].kind is ActorKind.person
