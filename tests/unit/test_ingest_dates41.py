"""Round dates41: dated events (issue 15, point 8), third pass: a day in "that year", a day in the year of the
clause before it, a quotation's tense, a release's "today", and a report's scope. Each test states the event
drafts a user sees, with their date and the words that date them. Invented sentences and names throughout."""

from __future__ import annotations

import datetime as dt

from dossier.ingest.extract import extract


def _dated(text: str, published: dt.date | None = None) -> dict[str | None, str | None]:
    """The event drafts of one text: their date's words, with the date."""
    return {event.date_text: event.date for event in extract(text, published, [], set(), "t").events}


def test_a_day_that_year_is_in_the_year_named_before_it() -> None:
    events = _dated(
        "Orlan Vesk was charged in the spring of 2019 and first appeared before magistrates on 3 October that "
        "year, when he denied the charges.",
        dt.date(2022, 5, 4),
    )
    assert events.get("the spring of 2019") == "2019-21"
    assert events.get("3 October that year") == "2019-10-03"
    events = _dated(
        "The Kessel mill closed in 2011. In March of the same year its owners were fined.", dt.date(2020, 1, 9)
    )
    assert events.get("March of the same year") == "2011-03"


def test_a_day_without_a_year_after_and_is_in_the_year_of_the_full_date_before_it() -> None:
    events = _dated(
        "The Brannock board reported the losses to police on 12 February 2020, and Mara Fenwick was arrested "
        "at her office on 9 April.",
        dt.date(2023, 6, 1),
    )
    assert events.get("12 February 2020") == "2020-02-12"
    assert events.get("9 April") == "2020-04-09"
    # a day before the full one in that year is not later in the story: the report's year stays
    events = _dated(
        "The Brannock board reported the losses to police on 12 September 2020, and the audit was published on "
        "9 April.",
        dt.date(2023, 6, 1),
    )
    assert events.get("9 April") == "2023-04-09"
    # a birth and a death are not one story's steps
    events = _dated("Ansel Brannock was born on 2 January 1950, and died at home on 4 March.", dt.date(2023, 3, 10))
    assert events.get("4 March") == "2023-03-04"


def test_a_will_inside_a_quotation_does_not_make_the_entry_look_ahead() -> None:
    events = _dated(
        "Chronology of the Selvan treaty talks\n\n"
        '**On Tuesday** – The Selvan premier says his government "will never sign the treaty".\n',
        dt.date(2021, 3, 12),
    )
    assert events.get("Tuesday") == "2021-03-09"
    # a date inside the quotation keeps the quotation's tense
    events = _dated('The Selvan premier said his government "will sign the treaty on Tuesday".', dt.date(2021, 3, 12))
    assert events.get("Tuesday") == "2021-03-16"


def test_today_in_a_releases_first_sentence_is_the_day_of_its_dateline() -> None:
    events = _dated(
        "OSLEN, Vestria, March 3, 2025 — Tarrow Shipping today reported a loss of 40 million crowns for the "
        "fourth quarter.\n\nThe company's chief executive, Ida Brekke, resigned on February 20.\n",
        dt.date(2025, 3, 4),
    )
    assert events.get("today") == "2025-03-03"
    assert "March 3, 2025" not in events


def test_a_report_that_states_the_period_it_covers_is_no_event() -> None:
    events = _dated(
        "This report covers the period from 1 to 15 September 2022. On 4 September, a patrol of the mission "
        "was stopped at a checkpoint near Orvik.",
        dt.date(2022, 9, 17),
    )
    assert events == {"4 September": "2022-09-04"}


def test_a_release_s_safe_harbour_notice_is_no_event() -> None:
    events = _dated(
        "Brannock Foods opened a plant in Kelby on 2 May 2019. This release contains forward-looking statements. "
        "Brannock Foods undertakes no obligation to update them after 7 May 2019.",
        dt.date(2019, 5, 7),
    )
    assert events == {"2 May 2019": "2019-05-02"}


def test_later_that_year_and_that_september_are_in_the_year_named_before_them() -> None:
    text = (
        "Ilse Marrow was elected to the Kessel council in May 2014. Later that year, she joined the party's "
        "executive. That September she was made its treasurer."
    )
    events = _dated(text, dt.date(2023, 4, 2))
    assert events.get("Later that year") == "2014"
    assert events.get("That September") == "2014-09"
    events = _dated("The Orvik ferry sank in May 2014. Divers reached the wreck later that month.", dt.date(2023, 4, 2))
    assert events.get("later that month") == "2014-05"
    # "said that March had been ...": the month is the clause's subject, no time
    assert list(_dated("The Kessel council said that March had been the wettest month.", dt.date(2023, 4, 2))) == [None]
    # "that year's election" names a thing, not a time
    events = _dated(
        "Ilse Marrow resigned on 30 January 2015, and did not stand in that year's election.", dt.date(2023, 4, 2)
    )
    assert list(events) == ["30 January 2015"]


def test_the_following_spring_is_the_first_spring_after_the_date_named_last() -> None:
    events = _dated(
        "The Orvik ferry sank in October 2014. The wreck was raised the following spring.", dt.date(2023, 4, 2)
    )
    assert events.get("the following spring") == "2015-21"


def test_a_day_of_the_same_year_is_one_date_with_its_words() -> None:
    events = _dated(
        "Ilse Marrow was elected to the Kessel council in May 2014 and became its leader on 3 September of the "
        "same year.",
        dt.date(2023, 4, 2),
    )
    assert events.get("3 September of the same year") == "2014-09-03"
    assert "the same year" not in events


def test_the_day_a_fiscal_quarter_ended_is_no_event_of_its_own() -> None:
    events = _dated(
        "Tarvel Marine today reported results for the first quarter of fiscal year 2025, which ended "
        "September 30, 2024.",
        dt.date(2024, 11, 7),
    )
    assert events.get("the first quarter of fiscal year 2025") == "2024-07/2024-09"
    assert "September 30, 2024" not in events


def test_a_year_bound_followed_by_when_dates_what_the_when_clause_tells() -> None:
    events = _dated(
        "The port of Kessel grew quickly after 1971, when the closure of the Orvik canal sent ships south.",
        dt.date(2020, 3, 1),
    )
    assert events.get("after 1971") == "1971"
    # a bound alone still names no date
    assert _dated("The port of Kessel grew quickly after 1971.", dt.date(2020, 3, 1)).get("after 1971") is None
