"""Round dates42: dated events (issue 15, point 8), fourth pass: a day or month after publication in a clause
that is done, a day without a year after a sentence that named a day of another year, and "the following
weekend". Each test states the event drafts a user sees, with their date and the words that date them.
Invented sentences and names throughout."""

from __future__ import annotations

import datetime as dt

from dossier.ingest.extract import extract


def _dated(text: str, published: dt.date | None = None) -> dict[str | None, str | None]:
    """The event drafts of one text: their date's words, with the date."""
    return {event.date_text: event.date for event in extract(text, published, [], set(), "t").events}


def test_a_day_after_publication_on_which_something_was_done_is_last_years() -> None:
    # a season recap published in May: October and August are last year's
    events = _dated(
        "The turning point for Harlow Athletic came on 4 October, when they beat the leaders away.",
        dt.date(2025, 5, 26),
    )
    assert events.get("4 October") == "2024-10-04"
    events = _dated(
        "Harlow Athletic lost their first two games, 2-1 at home to Penmarsh on 9 August and 3-0 at Kelby a "
        "week later.",
        dt.date(2025, 5, 26),
    )
    assert events.get("9 August") == "2024-08-09"
    assert events.get("a week later") == "2024-08-16"
    # a day to come, told in a past clause, stays ahead
    events = _dated("The Penmarsh council said the vote would be held on 14 August.", dt.date(2025, 5, 26))
    assert events.get("14 August") == "2025-08-14"
    events = _dated(
        "The Kelby board proposes a dividend of 4p, to be paid on 2 August 2025 to holders on the register on 28 June.",
        dt.date(2025, 5, 14),
    )
    assert events.get("28 June") == "2025-06-28"
    # and a day soon after publication may be the coming one
    events = _dated("The Penmarsh fair opened on 12 June in the old market.", dt.date(2025, 5, 26))
    assert events.get("12 June") == "2025-06-12"


def test_a_month_after_publication_in_a_past_perfect_clause_is_last_years() -> None:
    events = _dated(
        "Tomas Orrin, who had been appointed in June after four years at Kelby, kept faith with the squad.",
        dt.date(2025, 5, 26),
    )
    assert events.get("June") == "2024-06"
    # a hope is not a deed
    events = _dated("The Kelby board had hoped to open the new stand in June.", dt.date(2025, 5, 26))
    assert events.get("June") == "2025-06"
    # "from July" is when what was offered begins
    events = _dated("The minister said the Kelby board had offered a 9% pay rise from July.", dt.date(2025, 5, 26))
    assert events.get("from July") == "2025-07"


def test_a_day_without_a_year_after_a_sentence_that_named_another_year_is_in_that_year() -> None:
    events = _dated(
        "On 18 February 2023, the river Odle rose by three metres after two days of rain. The Wexby flood "
        "office issued its first warning at 04:20 on 19 February, hours after the river had burst its banks.",
        dt.date(2024, 5, 14),
    )
    assert events.get("18 February 2023") == "2023-02-18"
    assert any(words and "19 February" in words and date == "2023-02-19" for words, date in events.items())
    # and the days after it go on in that year
    events = _dated(
        "On 18 February 2023, the river Odle rose by three metres after two days of rain. The Wexby flood office "
        "issued a warning at noon on 19 February. On 20 February, the army was sent in to help.",
        dt.date(2024, 5, 14),
    )
    assert events.get("20 February") == "2023-02-20"
    # after a month with its year too
    events = _dated(
        "In February 2023, the river Odle rose by three metres after two days of rain. The Wexby flood office "
        "issued its first warning on 19 February, hours after the river had burst its banks.",
        dt.date(2024, 5, 14),
    )
    assert events.get("19 February") == "2023-02-19"
    # a background date at a sentence's end does not move the story
    events = _dated(
        "Orvik has sent aid after every storm since Cyclone Tam in March 2015. Its teams respect the border rules "
        "Vestria brought in on 20 March.",
        dt.date(2020, 4, 14),
    )
    assert events.get("20 March") == "2020-03-20"
    # a day long after it, or sentences later, keeps the report's year
    events = _dated(
        "On 18 February 2023, the river Odle rose by three metres after two days of rain. The Wexby flood "
        "office published its review on 2 April.",
        dt.date(2024, 5, 14),
    )
    assert events.get("2 April") == "2024-04-02"


def test_the_following_weekend_is_the_weekend_after_the_day_named_last() -> None:
    events = _dated(
        "A 1-1 draw at Penmarsh on 19 April left Harlow Athletic needing four points. The title was sealed the "
        "following weekend, when Penmarsh lost at Kelby.",
        dt.date(2025, 5, 26),
    )
    assert events.get("19 April") == "2025-04-19"  # a Saturday
    assert events.get("the following weekend") == "2025-04-26/2025-04-27"
    # after a weekday, the weekend of that week
    events = _dated(
        "The Kelby club sacked its manager on 16 April. The following weekend, the team lost 4-0 at Penmarsh.",
        dt.date(2025, 5, 26),
    )
    assert events.get("The following weekend") == "2025-04-19/2025-04-20"


def test_a_committee_s_list_of_witnesses_by_hearing_is_no_event() -> None:
    text = (
        "We held two evidence sessions on the Orvik floods.\n\n"
        "Witnesses\n\n"
        "Tuesday 4 June 2019: Dr Ines Varga, Reader in Hydrology, University of Orvik; Sam Lutt, Chair, Orvik "
        "Flood Group.\n\n"
        "Tuesday 2 July 2019: Rt Hon Mara Penn MP, Minister for Water.\n\n"
        "2 July 2019: Rebels seize Velmont, the provincial capital.\n"
    )
    events = _dated(text, dt.date(2019, 9, 3))
    assert "4 June 2019" not in " ".join(str(words) for words in events)
    assert "Tuesday 2 July 2019" not in events
    # a chronology's entry, which tells what happened, stays
    assert events.get("2 July 2019") == "2019-07-02"


def test_in_the_past_24_hours_is_the_report_s_day_and_the_one_before() -> None:
    events = _dated("The Orvik command reported 40 clashes along the front in the past 24 hours.", dt.date(2024, 3, 7))
    assert events.get("in the past 24 hours") == "2024-03-06/2024-03-07"
    events = _dated("Over the last 48 hours, Selvan forces shelled Dorn 30 times.", dt.date(2024, 3, 7))
    assert events.get("Over the last 48 hours") == "2024-03-05/2024-03-07"
    # "the previous 48 hours" is a period before another one, not the report's
    events = _dated(
        "The Orvik mission recorded 18 ceasefire violations between the evenings of 4 and 6 March, compared with "
        "40 in the previous 48 hours.",
        dt.date(2024, 3, 7),
    )
    assert "in the previous 48 hours" not in events


def test_overnight_on_a_day_is_that_night_alone() -> None:
    events = _dated("Selvan forces struck the Dorn refinery overnight on March 5 to 6.", dt.date(2024, 3, 7))
    assert events == {"overnight on March 5 to 6": "2024-03-05/2024-03-06"}
    # "overnight" alone is still the night before the report
    events = _dated("Selvan forces launched 12 drones at Dorn overnight, the air force said.", dt.date(2024, 3, 7))
    assert events.get("overnight") == "2024-03-06/2024-03-07"


def test_the_day_of_an_event_the_text_dated_before_is_that_day() -> None:
    text = (
        "Detectives investigating an armed robbery at a shop in Kell Street have charged two men, police said "
        "on Friday.\n\n"
        "The robbery happened at about 2pm on Tuesday 16 September, when two men entered Orvell Jewellers. The "
        "men were charged late on Thursday night with robbery.\n\n"
        "Police renewed an appeal for a witness seen outside a bakery at around 2pm on the day of the robbery. "
        "Two days after the robbery, a car was found burnt out in Pendry.\n\n"
        "Officers also searched a house in Pendry on the eve of the hearing.\n"
    )
    events = _dated(text, dt.date(2025, 9, 20))
    assert events.get("the day of the robbery") == "2025-09-16"
    assert events.get("Two days after the robbery") == "2025-09-18"
    # an event the text gave no day for dates nothing
    assert "the eve of the hearing" not in events


def test_a_weekday_of_last_week_is_that_day_of_that_week() -> None:
    # published on a Wednesday
    events = _dated("Brannock Foods cut 300 jobs on Tuesday last week.", dt.date(2025, 4, 16))
    assert events == {"Tuesday last week": "2025-04-08"}
    events = _dated("The Orvik board will meet on Monday next week.", dt.date(2025, 4, 16))
    assert events == {"Monday next week": "2025-04-21"}
    # a weekday and a week that are not one time stay two
    events = _dated("Orvik police said on Tuesday that last week was the busiest.", dt.date(2025, 4, 16))
    assert events.get("Tuesday") == "2025-04-15"


def test_the_night_of_3_4_march_is_both_days() -> None:
    events = _dated("The Kell dam burst on the night of 3/4 March, flooding six villages.", dt.date(2025, 4, 16))
    assert events == {"3/4 March": "2025-03-03/2025-03-04"}


def test_a_police_appeal_s_contact_line_is_no_event() -> None:
    text = (
        "Two men were arrested in Kell Road on 8 June after a van was stolen.\n\n"
        "Anyone with information should call Orvik Police on 101, quoting incident 412 of 8 June.\n\n"
        "Witnesses who saw the van on 7 June are urged to contact detectives.\n"
    )
    events = extract(text, dt.date(2025, 6, 10), [], set(), "t").events
    assert [(event.date_text, event.date) for event in events] == [("8 June", "2025-06-08")]  # the arrest alone
    assert events[0].title.startswith("Two men were arrested")


def test_a_span_after_publication_in_a_done_clause_is_last_years() -> None:
    # a yearly report published in January tells of the year before
    events = _dated("Between March and June, Orvik border guards pushed back 2,000 people.", dt.date(2025, 1, 20))
    assert events.get("Between March and June") == "2024-03/2024-06"
    events = _dated("Orvik police broke up protests in Kell on 11 and 12 May.", dt.date(2025, 1, 20))
    assert events.get("11 and 12 May") == "2024-05-11/2024-05-12"
    # a span still to come stays ahead
    events = _dated("Between March and June, the Orvik ministry will hire 200 guards.", dt.date(2025, 1, 20))
    assert events.get("Between March and June") == "2025-03/2025-06"


def test_today_after_a_dateline_with_a_wire_tag_is_the_dateline_s_day() -> None:
    text = "OSLEN, Vestria, March 3, 2025 /PRNewswire/ -- Tarrow Shipping today reported record revenue for 2024."
    events = _dated(text, dt.date(2025, 3, 4))
    assert events.get("today") == "2025-03-03"
    assert "March 3, 2025" not in events  # the dateline is the page's stamp
    text = "OSLEN, Vestria, March 3, 2025 (GLOBE NEWSWIRE) -- Tarrow Shipping today reported record revenue."
    assert _dated(text, dt.date(2025, 3, 4)).get("today") == "2025-03-03"


def test_a_timeline_box_s_entries_without_full_stops_are_events() -> None:
    text = (
        "Timeline: how the Velmar crisis unfolded\n\n"
        "- 1994: Velmar signs a border treaty with Orvik\n"
        "- **2016** – Orvik closes the border with Velmar\n"
        "- April 2019: Orvik troops cross the border\n"
        "- 2025: Results\n"
    )
    events = _dated(text, dt.date(2025, 3, 4))
    assert events.get("1994") == "1994"
    assert events.get("2016") == "2016"
    assert events.get("April 2019") == "2019-04"
    assert "2025" not in events  # two words after the dash: a heading, not an entry


def test_a_base_for_comparison_dates_no_event() -> None:
    published = dt.date(2025, 10, 22)  # a Wednesday
    text = "Revenue rose 8% from the same quarter last year to $1.4 billion, Tarrow Shipping said on Wednesday."
    assert _dated(text, published) == {"Wednesday": "2025-10-22"}
    text = "Tarrow Shipping made a profit of $212 million, down from $298 million in the same period last year."
    assert "last year" not in _dated(text, published)
    # the same words telling when something happened stay
    assert _dated("Tarrow Shipping sold 40 ships last year.", published) == {"last year": "2024"}
