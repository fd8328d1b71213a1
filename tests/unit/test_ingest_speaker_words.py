"""A speaker is the subject of the verb of saying, without the words that open its clause ("But", "So",
"which", a dateline's dash), and "That said," is a turn of phrase, not speech.

Invented sentences.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dossier.ingest.extract import extract


def _speakers(text: str) -> list[str | None]:
    extraction = extract(text, dt.date(2024, 3, 1), [], set(), "speakers")
    return [quote.attributed_to for quote in extraction.quotes]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("But the harbour board insisted the fees would rise.", "the harbour board"),
        ("So one of the volunteers wrote to the council.", "one of the volunteers"),
        ("The regulator is looking into the subsidy, which the company denies.", "the company"),
        (
            "TROMSØ, May 4 (Polar Wire) – Regional health officials confirmed six cases on Thursday.",
            "Regional health officials",
        ),
        ("That is what the ferry operator said on Monday.", "the ferry operator"),
    ],
)
def test_the_speaker_is_the_subject_without_the_words_that_open_its_clause(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "That said, the new ferry timetable leaves the island without an evening boat.",
        "Having said that, the timetable keeps the morning boat.",
    ],
)
def test_that_said_is_a_turn_of_phrase_not_speech(text: str) -> None:
    assert _speakers(text) == []


def test_a_pronoun_speaker_is_the_person_the_sentence_names_before_it() -> None:
    text = (
        "Harbour master Ilse Varnholt opened the new quay on Monday. Transport Minister Tomas Kjeldahl toured the "
        "ferry terminal, which he said would be finished by May."
    )
    extraction = extract(text, dt.date(2024, 3, 1), [], set(), "speakers")
    speakers = [quote.attributed_to for quote in extraction.quotes if quote.attributed_to]
    assert speakers and speakers[-1] == "tomas-kjeldahl", speakers


def test_a_name_inside_the_quotation_is_not_the_pronouns_speaker() -> None:
    text = 'Maren Tolvik chairs the choir. "Astrid Lund was our loudest alto," she said.'
    extraction = extract(text, dt.date(2024, 3, 1), [], set(), "speakers")
    assert [quote.attributed_to for quote in extraction.quotes] == ["maren-tolvik"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ferry traffic fell 12% last year, according to data from Skagerrak Analytics.", "skagerrak-analytics"),
        ("Its market share held at 3.4%, according to figures compiled by Nordvik Research.", "nordvik-research"),
        (
            "Seagrass meadows store more carbon than thought, according to research led by the University of Tromsø "
            "and published today in Marine Letters.",
            "university-of-tromso",
        ),
    ],
)
def test_figures_are_attributed_to_whoever_made_or_released_them(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_anonymous_reports_keep_the_sources_words() -> None:
    assert _speakers("The club is tracking the winger, according to reports in Norway.") == ["reports in Norway"]


@pytest.mark.parametrize(
    "text", ["Nobody told me the ferry had stopped running.", "Someone wrote that the pier was closed."]
)
def test_a_subject_that_names_no_one_is_no_speaker(text: str) -> None:
    assert _speakers(text) == [None]
