"""Round dates40: dated events (issue 15, point 8), second pass: chronologies under year headings, spans of
months, times counted from the story, and page furniture that carries a date. Each test states the event
drafts a user sees, with their date and the words that date them. Invented sentences and names throughout."""

from __future__ import annotations

import datetime as dt

from dossier.ingest.extract import extract


def _dated(text: str, published: dt.date | None = None) -> dict[str | None, str | None]:
    """The event drafts of one text: their date's words, with the date."""
    return {event.date_text: event.date for event in extract(text, published, [], set(), "t").events}


_CHRONOLOGY = (
    "The following chronology sets out the main events of the Tarvel harbour dispute.\n\n"
    "2019\n\n"
    "- 4 Jan.: The navy declares the approaches to Port Tarvel a restricted zone.\n"
    "- 12 Oct.: A cargo ship is damaged by a mine ten miles offshore.\n\n"
    "### 2020\n\n"
    "**17 June** – The council calls for the safe passage of food shipments.\n\n"
    "**January–April** – Grain exports through the port fall by 80 per cent.\n\n"
    "**November** – Insurers raise premiums for ships calling at the port.\n\n"
    "What comes next\n\n"
    "The corridor agreement expires at the end of October.\n"
)


def test_a_year_heading_dates_the_chronology_entries_under_it_though_the_page_has_a_day() -> None:
    events = _dated(_CHRONOLOGY, dt.date(2022, 8, 12))
    assert events.get("4 Jan.") == "2019-01-04"
    assert events.get("12 Oct.") == "2019-10-12"
    assert events.get("17 June") == "2020-06-17"
    # a heading that is not a year ends the chronology: the page's own year again
    assert events.get("the end of October") == "2022-10"


def test_a_span_of_months_with_a_dash_and_no_year_is_one_date() -> None:
    assert _dated(_CHRONOLOGY, dt.date(2022, 8, 12)).get("January–April") == "2020-01/2020-04"
    events = _dated(
        "Grain exports through Port Tarvel fell by a third in April-May, the ministry said.", dt.date(2023, 8, 1)
    )
    assert events.get("April-May") == "2023-04/2023-05"


def test_a_chronology_entry_headed_by_a_month_or_a_season_is_an_event_in_its_year() -> None:
    assert _dated(_CHRONOLOGY, dt.date(2022, 8, 12)).get("November") == "2020-11"
    events = _dated("2018\n\n**Spring** – Water levels below the Keld dam fall to a record low.\n", dt.date(2021, 5, 3))
    assert events.get("Spring") == "2018-21"


def test_that_summer_is_the_summer_of_the_year_named_before_it() -> None:
    events = _dated(
        "The Varn bridge was closed in May 2017 after a flood damaged its piers. That summer the army built "
        "a temporary crossing downstream.",
        dt.date(2024, 2, 1),
    )
    assert events.get("That summer") == "2017-22"


def test_a_clock_time_on_a_weekday_in_a_clause_that_looks_ahead_is_the_coming_weekday() -> None:
    # the colon of "07:00" does not end the clause that "due" opens
    events = _dated("The walkout by Delmark bus drivers is due to end at 07:00 on Saturday.", dt.date(2023, 11, 15))
    assert events.get("Saturday") == "2023-11-18"


def test_from_a_month_onwards_in_a_clause_that_is_done_is_the_last_such_month() -> None:
    events = _dated(
        "Sales at Brennock Foods fell in the first half, but grew strongly from October onwards.",
        dt.date(2024, 5, 21),
    )
    assert events.get("from October") == "2023-10"


def test_a_rise_backdated_to_a_month_dates_that_month() -> None:
    events = _dated(
        "Talks between the Tarvel nurses and the health board broke down after the board offered a 3% rise "
        "backdated to April.",
        dt.date(2023, 11, 17),
    )
    assert events.get("backdated to April") == "2023-04"


def test_a_print_edition_line_and_a_case_citation_are_no_events() -> None:
    events = _dated(
        "Ruling: Marden Ferries v Holt County Council, CA 2023/41, 2 May 2023\n\n"
        "The court ruled on 2 May that the ferry licence was void.\n\n"
        "Additional reporting by Ana Brisk. This essay appears in the June 2023 print edition.\n",
        dt.date(2023, 5, 20),
    )
    assert "2 May 2023" not in events
    assert "June 2023" not in events
    assert events.get("2 May") == "2023-05-02"


def test_the_weeks_before_a_day_are_the_weeks_up_to_it_not_the_day() -> None:
    events = _dated(
        "In the weeks before 1 May, police detained at least 40 members of the Tarvel teachers' union.",
        dt.date(2024, 7, 1),
    )
    assert events.get("the weeks before 1 May") == "2024-04-03/2024-04-30"


def test_a_year_heading_gives_its_year_to_a_history_without_a_publication_day() -> None:
    events = _dated(
        "The Brask mill was sold on 3 March 2015.\n\n2017\n\n"
        "The new owners closed the dye works. Workers marched on the town hall on 4 May.\n"
    )
    assert events.get("4 May") == "2017-05-04"


def test_the_new_year_in_a_report_of_the_years_end_is_the_next_january() -> None:
    events = _dated(
        "The Delmark nurses' union said it will consider an all-out strike in the new year.", dt.date(2023, 11, 17)
    )
    assert events.get("the new year") == "2024-01"


def test_the_weeks_before_a_day_in_a_report_without_a_publication_day_take_the_story_year() -> None:
    events = _dated(
        "On 3 March 2024 the Tarvel council met. In the weeks before 1 May, police detained at least 40 members "
        "of the teachers' union."
    )
    assert events.get("the weeks before 1 May") == "2024-04-03/2024-04-30"
