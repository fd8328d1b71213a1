"""A verb of saying in the passive ("claimed by", "confirmed by", "was added", "being added") names no speaker
before it; an adverb before an active verb ("The minister firmly said") is no part of its speaker."""

from __future__ import annotations

import datetime as dt

import pytest

from dossier.ingest.extract import extract


def _speakers(text: str) -> list[str | None]:
    extraction = extract(text, dt.date(2024, 3, 1), [], set(), "passive")
    return [quote.attributed_to for quote in extraction.quotes]


def test_an_attack_claimed_by_a_group_is_no_quote_of_the_attack() -> None:
    text = (
        "The United Nations strongly condemns the bombings in Somalia today, including one in Mogadishu claimed "
        "by al-Shabaab that targeted a crowded market."
    )
    assert "including one in Mogadishu" not in _speakers(text)


def test_figures_confirmed_by_police_name_no_speaker_before_the_verb() -> None:
    speakers = _speakers("Three arrests confirmed by police on Friday were the first in the case.")
    assert "Three arrests" not in speakers, speakers


def test_the_active_verb_still_names_its_speaker() -> None:
    speakers = _speakers("A spokesman for the harbour authority confirmed that the quay would reopen on Monday.")
    assert speakers == ["A spokesman for the harbour authority"], speakers


@pytest.mark.parametrize(
    ("text", "not_a_speaker"),
    [
        ("We see the check being added in March 2019, and by June most modules were ported.", "We see the check"),
        ("A new clause was added to the bill on Tuesday.", "A new clause"),
        ("It has been claimed that the count was rigged.", "It has"),
        ("The plan is announced every spring in the town hall.", "The plan"),
        ("The grape was almost declared extinct in the 1970s.", "The grape"),
        ("The rule is widely claimed to date from 1850.", "The rule"),
    ],
)
def test_a_passive_auxiliary_before_the_verb_names_no_speaker(text: str, not_a_speaker: str) -> None:
    assert not any(speaker and speaker.startswith(not_a_speaker) for speaker in _speakers(text))


def test_an_active_verb_after_a_passive_clause_still_names_its_speaker() -> None:
    assert _speakers("Officials were told to leave, the mayor said.") == ["the mayor"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The harbour master firmly said the quay would stay shut.", "The harbour master"),
        ("Officials angrily told reporters the figures were wrong.", "Officials"),
        # a noun that ends in "-ly" is the speaker's own word
        ("The family said the funeral would be private.", "The family"),
        ("The national assembly said the vote would be held in May.", "The national assembly"),
    ],
)
def test_an_adverb_before_the_verb_is_no_part_of_the_speaker(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]
