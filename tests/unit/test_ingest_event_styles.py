"""Dated events in the styles of encyclopaedias, press releases, statements and broadcast news.

Each rule row of `dates._PERIOD_PATTERNS`, the dateline, the clause look-ahead and the
`events.NOT_EVENT_OPENINGS` rows has an invented example here: what the analyst sees is the
event's date and the words of the source it came from.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dossier.dates import validate_edtf
from dossier.ingest.dates import dateline_day, find_dates
from dossier.ingest.events import NOT_EVENT_OPENINGS, event_verb
from dossier.ingest.extract import extract
from dossier.ingest.sentences import split_sentences

FRIDAY = dt.date(2023, 3, 10)


@pytest.mark.parametrize(
    ("sentence", "published", "words", "edtf"),
    [
        # month-year-range
        (
            "The blockade lasted from October 2013 to February 2016.",
            None,
            "from October 2013 to February 2016",
            "2013-10/2016-02",
        ),
        (
            "At least 120 civilians died between May and July 2015.",
            None,
            "between May and July 2015",
            "2015-05/2015-07",
        ),
        ("The command rotated from November to March 2017.", None, "from November to March 2017", "2016-11/2017-03"),
        # day-span
        (
            "Between Jan. 1 and Jan. 7, the coalition conducted 146 strikes.",
            FRIDAY,
            "Between Jan. 1 and Jan. 7",
            "2023-01-01/2023-01-07",
        ),
        (
            "The talks ran from 28 March to 2 April 2016 in Vienna.",
            None,
            "from 28 March to 2 April 2016",
            "2016-03-28/2016-04-02",
        ),
        (
            "The siege lasted 19 October 2013 – 14 February 2016 in all.",
            None,
            "19 October 2013 – 14 February 2016",
            "2013-10-19/2016-02-14",
        ),
        # season-year
        ("Residents starved during the winter of 2013–2014.", None, "the winter of 2013–2014", "2013-12/2014-02"),
        ("The exercise resumed in spring 2021.", None, "spring 2021", "2021-21"),
        # season-relative
        ("The network has operated since last summer.", FRIDAY, "last summer", "2022-22"),
        # year-range
        ("He studied in Bergen between 1980 and 1983.", None, "between 1980 and 1983", "1980/1983"),
        ("She served as envoy from 2009 to 2013.", None, "from 2009 to 2013", "2009/2013"),
        ("Millions died in the war of 1939–1945.", None, "1939–1945", "1939/1945"),
        ("In the 2016-17 financial year, the fund paid $52 million.", None, "the 2016-17 financial year", "2016/2017"),
        # decade
        ("During the late 1980s he served on patrol boats.", None, "the late 1980s", "198X"),
        ("The patrol seized tonnes of fuel in the 2010s.", None, "the 2010s", "201X"),
        # part-year
        ("By mid-2004 he was leading the desk.", None, "mid-2004", "2004"),
        ("In early 2006 he went to Djibouti.", None, "early 2006", "2006"),
        ("The town was shelled throughout 2013.", None, "throughout 2013", "2013"),
        ("Rebels held it by the end of 2011.", None, "the end of 2011", "2011"),
        ("The mosque was built around 1850, when the town grew.", None, "around 1850", "1850~"),
        # ago
        ("Talks began three days ago in the capital.", FRIDAY, "three days ago", "2023-03-07"),
        ("Farmers blocked the road a week ago.", FRIDAY, "a week ago", "2023-03-03~"),
        # relative-part
        ("Earlier this month, the state declared an emergency.", FRIDAY, "Earlier this month", "2023-03"),
        ("A mission arrived at the start of the month.", FRIDAY, "the start of the month", "2023-03"),
        ("Prices fell by the end of last year.", FRIDAY, "the end of last year", "2022"),
        # timeline-year
        ("2003 – The patrol was founded in Cotonou.", None, "2003", "2003"),
        # month-span
        (
            "Fire season runs from August through October in the state.",
            FRIDAY,
            "from August through October",
            "2023-08/2023-10",
        ),
        # month-part
        ("Fighting resumed in mid-January near the town.", FRIDAY, "mid-January", "2023-01"),
        ("The offensive began at the end of January.", FRIDAY, "the end of January", "2023-01"),
        # ordinal-of
        ("The treaty was signed on the 13th of January 2017.", None, "the 13th of January 2017", "2017-01-13"),
        # numeric-date
        ("The statement was issued in Brussels on 22/02/2018 after talks.", None, "22/02/2018", "2018-02-22"),
        # relative: overnight
        ("Two ships were diverted to Varna overnight.", FRIDAY, "overnight", "2023-03-09/2023-03-10"),
        # month: "in May" is the month, "from July" the coming one
        ("The port handled 4 million tonnes in May, most of it wheat.", FRIDAY, "May", "2023-05"),
        ("The government offered a pay rise from July.", FRIDAY, "from July", "2023-07"),
        ("In October, the company announced its results.", FRIDAY, "October", "2022-10"),
        # since / until keep their word
        ("The area has been besieged since 2013.", None, "since 2013", "2013"),
    ],
)
def test_periods_are_read_with_their_words(sentence: str, published: dt.date | None, words: str, edtf: str) -> None:
    found = find_dates(sentence, 7, published)
    assert [(d.text, d.edtf) for d in found] == [(words, edtf)]
    assert sentence[found[0].start - 7 : found[0].end - 7] == words
    if "X" not in edtf[:4]:
        validate_edtf(edtf)


@pytest.mark.parametrize(
    "sentence",
    [
        "It was 2020-01 then.",  # a month written as ISO, not a span of years
        "In May Day parades, thousands marched.",  # a holiday
        "Critics in May’s cabinet objected.",  # a person's name
        "The fund helped 1500 families.",
        "Decades ago the town was larger.",  # no count the rules can resolve
    ],
)
def test_words_that_are_no_period(sentence: str) -> None:
    assert [d.text for d in find_dates(sentence, 0, FRIDAY)] == []


def test_a_year_that_bounds_a_time_keeps_its_words_but_dates_nothing() -> None:
    found = find_dates("They returned after 1910, only to be deported again in 1915.", 0, None)
    assert [(d.text, d.edtf) for d in found] == [("after 1910", None), ("1915", "1915")]


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Her newest book Saturday Millionaires is a look at college football.", []),
        ("It was printed in the Sunday Times last year.", ["last year"]),
        ("Voters went to the polls on Super Tuesday.", []),
        ("On Tuesday Russia attacked the port.", ["Tuesday"]),
        ("Police said Tuesday Ahmed had fled the country.", ["Tuesday"]),
    ],
)
def test_a_weekday_inside_a_name_is_no_date(sentence: str, words: list[str]) -> None:
    assert [d.text for d in find_dates(sentence, 0, FRIDAY)] == words


def test_years_listed_after_a_year_are_years() -> None:
    found = find_dates("Elections were held in 1998, 2003 and again in 2007.", 0, None)
    assert [(d.text, d.edtf) for d in found] == [("1998", "1998"), ("2003", "2003"), ("2007", "2007")]


def test_two_days_the_same_sentence_names_as_a_span_read_alone_without_from_or_between() -> None:
    found = find_dates("Strikes hit the town on Dec. 28 and Dec. 30.", 0, None)
    assert [(d.text, d.edtf) for d in found] == [("Dec. 28", "XXXX-12-28"), ("Dec. 30", "XXXX-12-30")]


def test_a_weekday_before_its_day_is_one_date_with_both_words() -> None:
    [found] = find_dates("On Tuesday, March 14, the minister met the envoy.", 0, None)
    assert (found.text, found.edtf) == ("Tuesday, March 14", "XXXX-03-14")


def test_a_day_restated_in_brackets_is_one_date_with_both_words() -> None:
    text = "The UN updated Council members today (23 December) on the evacuation of Aleppo."
    [event] = extract(text, None, [], set(), "test01").events
    assert (event.date, event.date_text) == ("XXXX-12-23", "today (23 December)")


def test_the_full_stop_after_a_month_is_the_sentences() -> None:
    [found] = find_dates("The last convoy entered on 14 February.", 0, None)
    assert found.text == "14 February"
    [abbreviated] = find_dates("The investigation was completed Jan. 4 in Tampa.", 0, None)
    assert abbreviated.text == "Jan. 4"


def test_only_the_clause_that_looks_ahead_counts_forward() -> None:
    sentence = "Its head met officials on Wednesday and is expected to report next week."
    assert [(d.text, d.edtf) for d in find_dates(sentence, 0, FRIDAY)] == [
        ("Wednesday", "2023-03-08"),
        ("next week", "2023-03-13/2023-03-19"),
    ]
    [ahead] = find_dates("A court will decide on Monday whether to hold them.", 0, FRIDAY)
    assert ahead.edtf == "2023-03-13"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("SOUTHWEST ASIA, Jan. 8, 2017 — Coalition forces conducted strikes.", dt.date(2017, 1, 8)),
        ("Media release\n3 February 2017\n\nToday I announce new funding for Iraq.", dt.date(2017, 2, 3)),
        ("Brussels, 22/02/2018\n\nThe European Union is alarmed by the violence.", dt.date(2018, 2, 22)),
        # a birth date inside the first sentence of a biography is no date of the text
        ("Halvard Menke (born 4 May 1961) is a Norwegian diplomat and a former naval officer.", None),
        ("The siege lasted from October 2013 to February 2016.", None),
        ("Halvard Menke\nBorn: 4 May 1961\nTromsø, Norway\n\nMenke is a diplomat.", None),
        ("Siege of Qarat\nDate: 19 October 2013 – 14 February 2016\n\nThe siege was long.", None),
    ],
)
def test_a_text_states_its_own_date_at_its_head(text: str, day: dt.date | None) -> None:
    assert dateline_day(text) == day


def test_a_release_without_a_publication_date_counts_its_weekdays_from_its_dateline() -> None:
    text = (
        "SOUTHWEST ASIA, Jan. 8, 2017 — Coalition forces struck ISIL targets in Syria on Saturday.\n\n"
        "Additionally, on Friday, Coalition forces conducted four strikes near Qaim."
    )
    events = extract(text, None, [], set(), "test01").events
    assert sorted((e.date, e.date_text) for e in events) == [
        ("2017-01-06", "Friday"),
        ("2017-01-07", "Saturday"),
        ("2017-01-08", "Jan. 8, 2017"),
    ]


def test_an_action_without_a_date_of_its_own_keeps_the_words_of_the_releases_date() -> None:
    text = "Media release\n3 February 2017\n\nPolice arrested three customs officers at the border."
    [event] = extract(text, None, [], set(), "test01").events
    assert (event.date, event.date_text) == ("2017-02-03~", "3 February 2017")
    assert "head of the report" in event.found_by


def test_without_any_date_of_the_text_a_weekday_and_a_day_date_two_events() -> None:
    text = "Central Command said Tuesday that an inquiry into a Nov. 17 strike found four civilians were killed."
    events = extract(text, None, [], set(), "test01").events
    assert sorted((e.date or "", e.date_text) for e in events) == [("", "Tuesday"), ("XXXX-11-17", "Nov. 17")]


def test_a_footnote_marker_after_the_full_stop_ends_the_sentence() -> None:
    text = "He chaired the group in 2010 and again in 2012.[6] In August 2011 he travelled to Mogadishu."
    assert [s.text for s in split_sentences(text)] == [
        "He chaired the group in 2010 and again in 2012.[6]",
        "In August 2011 he travelled to Mogadishu.",
    ]
    events = extract(text, None, [], set(), "test01").events
    assert sorted(e.date_text for e in events) == ["2010", "2012", "August 2011"]
    assert {e.title for e in events} >= {"He chaired the group in 2010 and again in 2012"}


@pytest.mark.parametrize(
    ("row", "line"),
    [
        ("caption", "Image caption: Residents wade through flooded streets on Wednesday"),
        ("caption", "Photo: Troops on parade in the capital on 3 May 2016."),
        ("credit", "© 3 May 2016 The Siege Chronicle, where all rights were reserved"),
        ("reference", '1. ^ "Envoy named". Aftenposten. 2 September 2009.'),
        ("reference", "Retrieved 3 March 2017"),
        ("page stamp", "Published: 3 February 2017, 10:14 GMT, and updated since then."),
    ],
)
def test_captions_references_and_page_stamps_are_no_events(row: str, line: str) -> None:
    assert row in {name for name, _ in NOT_EVENT_OPENINGS}
    assert extract(line, FRIDAY, [], set(), "test01").events == []


def test_a_long_dated_sentence_is_prose_even_with_a_verb_the_rules_do_not_know() -> None:
    text = "This brings the total contribution of Australia to Iraq to $110 million since 2014."
    [event] = extract(text, None, [], set(), "test01").events
    assert (event.date, event.date_text) == ("2014", "since 2014")
    assert extract("Siege of Homs (2011–2014)", None, [], set(), "test01").events == []


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Russian soldiers are entering Ukraine from the north.", "entering"),
        ("The attack is reportedly also involving Belarusian troops.", "involving"),
        ("Russia is not attacking anyone.", None),
        ("An official said that Belarus had shown “readiness to take part” in the war.", "said"),
        ("The agency quoted an official saying that the president was deliberating.", "saying"),
        ("“The talks were useful,” the minister said.", None),
        ("Images show that Russia had cleared ground near Belgorod.", "cleared"),
        ("Data will go to a centre being built in Guiyang.", None),  # under way, not done
    ],
)
def test_more_ways_of_reporting_an_action(text: str, verb: str | None) -> None:
    assert event_verb(text) == verb


@pytest.mark.parametrize(
    ("sentence", "event"),
    [
        ("Police arrested three customs officers near the crossing.", True),
        ("The corporation declared force majeure on exports.", True),
        ("A local official said two guards were killed in the fighting.", True),
        ("Twelve people were arrested near the border.", False),  # nobody who acted is named or described
        ("Oil prices rose more than 2% after the news.", False),
    ],
)
def test_an_actor_described_by_what_it_is_makes_an_action_an_event(sentence: str, event: bool) -> None:
    assert bool(extract(sentence, FRIDAY, [], set(), "test01").events) == event


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("His government accuses the Eastern Command of using oil as leverage.", "accuses"),
        ('Its spokesman said the troops were "securing the area against smugglers".', "said"),
        ("“It is a good-news story,” said Trevor Houser, a partner at the firm.", None),  # a quote first
    ],
)
def test_statements_in_the_present_and_reported_around_quoted_words(text: str, verb: str | None) -> None:
    assert event_verb(text) == verb


def test_many_dates_listed_together_make_one_event_spanning_them_with_their_words() -> None:
    text = "Elections were held in 1991, 1993, 1995 and 1997 in the republic."
    [event] = extract(text, None, [], set(), "test01").events
    assert (event.date, event.date_text) == ("1991/1997", "1991, 1993, 1995 and 1997")
    spread = "In 1991 he joined the army, in 1993 the police, in 1995 the ministry and in 1997 he retired from it."
    [apart] = extract(spread, None, [], set(), "test01").events
    assert (apart.date, apart.date_text) == ("1991", "1991")  # too far apart to be one list: the first
    [again] = extract(
        "Officials in the town met today and agreed today to reopen the road.", FRIDAY, [], set(), "t"
    ).events
    assert again.date_text == "today"  # one day named twice is no list
