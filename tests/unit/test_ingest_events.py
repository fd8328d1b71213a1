"""Events without a date of their own: the report's time frame dates them, marked as inferred."""

from __future__ import annotations

import datetime as dt

import pytest

from dossier.dates import validate_edtf
from dossier.ingest.events import event_verb, qualified
from dossier.ingest.extract import extract

SUNDAY = dt.date(2022, 2, 27)


def _events(text: str, published: dt.date | None = SUNDAY, qualifier: str = "", language: str = "en"):  # type: ignore[no-untyped-def]
    extraction = extract(text, published, [], set(), "test01", published_qualifier=qualifier, language=language)
    return {event.sentence.text: event for event in extraction.events}


def test_a_sentence_after_a_dated_one_in_its_paragraph_takes_that_date_as_uncertain() -> None:
    text = (
        "On Feb. 24, Russia invaded Ukraine from three sides. "
        "Tanks crossed the border from Belarus into Ukraine before dawn.\n"
    )
    events = _events(text)
    invasion = events["On Feb. 24, Russia invaded Ukraine from three sides."]
    crossing = events["Tanks crossed the border from Belarus into Ukraine before dawn."]
    assert (invasion.date, invasion.date_text) == ("2022-02-24", "Feb. 24")
    # The words the date came from are kept, and the draft says where they are.
    assert (crossing.date, crossing.date_text) == ("2022-02-24?", "Feb. 24")
    assert "dated by its paragraph ('Feb. 24')" in crossing.found_by
    assert "'crossed'" in crossing.found_by
    assert crossing.kind == "military-movement"


def test_a_sentence_in_a_paragraph_without_dates_takes_the_publication_day_as_approximate() -> None:
    text = "On Feb. 24, Russia invaded Ukraine.\n\nPoland announced new sanctions against Russia.\n"
    [sanctions] = [e for e in _events(text).values() if "Poland" in e.title]
    assert (sanctions.date, sanctions.date_text) == ("2022-02-27~", None)
    assert "publication day (2022-02-27), approximate" in sanctions.found_by


def test_an_uncertain_publication_day_makes_the_inferred_date_uncertain_and_approximate() -> None:
    [event] = _events("Poland announced new sanctions against Russia.", qualifier="?").values()
    assert event.date == "2022-02-27%"


def test_a_date_after_publication_does_not_date_what_follows() -> None:
    text = "Talks between Russia and Ukraine are scheduled for Monday. Russian troops crossed into Ukraine."
    events = _events(text)
    assert events["Talks between Russia and Ukraine are scheduled for Monday."].date == "2022-02-28"
    assert events["Russian troops crossed into Ukraine."].date == "2022-02-27~"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ukraine is a large country with long borders to Russia.",  # no action
        "“Ukraine is ready for talks,” the minister of Poland said.",  # words quoted: a quote, not an event
        "Belarus has not attacked Ukraine.",  # negated
        "Belarus hasn’t attacked Ukraine.",
        "Russia could invade Ukraine within days.",  # not done
        "Twelve people were arrested near the border.",  # no actor named
        "Did Russia invade Ukraine?",  # a question
    ],
)
def test_sentences_that_report_no_action_get_no_event(sentence: str) -> None:
    assert _events(sentence) == {}


def test_reported_speech_is_a_statement_dated_by_the_report() -> None:
    [event] = _events("Lukashenko told state media he was ready to send troops to Ukraine.").values()
    assert (event.date, event.kind) == ("2022-02-27~", "statement")


def test_without_a_publication_day_an_undated_sentence_gets_no_event() -> None:
    assert _events("Poland announced new sanctions against Russia.", published=None) == {}


def test_other_languages_get_no_inferred_events() -> None:
    assert _events("Polen kündigte neue Sanktionen gegen Russland an.", language="de") == {}


def test_inferred_dates_are_valid_edtf() -> None:
    text = (
        "From 3 to 5 March 2021, Russia held exercises in Belarus. Russian troops deployed near Ukraine.\n"
        "Last week, Poland closed its border. Polish guards detained smugglers from Belarus.\n"
        "Lithuania condemned Russia."
    )
    events = _events(text, qualifier="?")
    dates = [event.date for event in events.values()]
    assert "2021-03-03?/2021-03-05?" in dates
    assert "2022-02-14?/2022-02-20?" in dates  # "last week" counted from an uncertain day, then inherited
    assert "2022-02-27%" in dates
    for date in dates:
        assert date is not None and validate_edtf(date) == date


@pytest.mark.parametrize(
    ("value", "mark", "expected"),
    [
        ("2022-02-24", "?", "2022-02-24?"),
        ("2022-02-21/2022-02-22", "?", "2022-02-21?/2022-02-22?"),
        ("2022-02-27?", "~", "2022-02-27%"),
        ("2022-02-27~", "~", "2022-02-27~"),
        ("2022-02", "?", "2022-02?"),
    ],
)
def test_qualified_marks_each_end(value: str, mark: str, expected: str) -> None:
    assert qualified(value, mark) == expected


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Border guards detained twelve people.", "detained"),
        ("Missiles were reportedly launched from the region.", "launched"),
        ("He has not been arrested, but his aide was charged.", "charged"),
        ("Officials will not have signed anything.", None),
        ("The minister said the talks were useful.", "said"),  # reported speech: a statement
        ("“The talks were useful,” the minister said.", None),  # the words themselves: a quote
        ("That said, the talks were useful.", None),
        ("It is a story as told by the minister.", None),
        ("Read more: Looted art returns to Benin", None),  # a headline's adjective
        ("The union represents low-paid staff.", None),  # "paid" is half of an adjective
    ],
)
def test_event_verb_finds_a_done_action(text: str, verb: str | None) -> None:
    assert event_verb(text) == verb


@pytest.mark.parametrize(
    "sentence",
    [
        "Berlin hosted a conference on Africa in the 1880s.",  # a time the rules cannot resolve
        "Russia annexed parts of Ukraine a decade ago.",
        "Poland captured the castle of Marienburg in 1457.",
        "“Russia invaded us”, the official of Ukraine repeated.",  # the verb is in quoted words
        "Ukraine sold the advanced drones to Poland.",  # "advanced" is an adjective here; "sold" is no action verb
    ],
)
def test_sentences_about_another_time_or_quoting_someone_get_no_inferred_date(sentence: str) -> None:
    assert [event.date for event in _events(sentence).values() if "no date of its own" in event.found_by] == []


def test_two_days_that_cannot_be_resolved_still_make_two_events_with_their_words() -> None:
    text = "Iraq condemned the attack this morning in Baghdad and the car bombs in Diyala on Monday."
    events = extract(text, None, [], set(), "test01").events
    assert sorted((event.date, event.date_text) for event in events) == [(None, "Monday"), (None, "this morning")]


def test_a_resolved_day_is_not_repeated_by_its_weekday() -> None:
    # One event, whose words are both the weekday and the day it names.
    [event] = extract("On Thursday, 24 February, Russia invaded Ukraine.", None, [], set(), "test01").events
    assert (event.date, event.date_text) == ("XXXX-02-24", "Thursday, 24 February")
