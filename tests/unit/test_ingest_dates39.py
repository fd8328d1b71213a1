"""Round dates39: dated events (issue 15, point 8) on documents written for the round in the styles ingest
meets (histories, monitoring reports, chronologies, police and court reports, company releases, features).
Each test states the event drafts a user sees, with their date and the words that date them.
Invented sentences and names throughout."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from benchmarks import date_probe_bench
from dossier.ingest.extract import extract
from dossier.ingest.service import ingest_file
from dossier.workspace import load_workspace


def _dated(text: str, published: dt.date | None = None) -> dict[str | None, str | None]:
    """The event drafts of one text: their date's words, with the date."""
    return {event.date_text: event.date for event in extract(text, published, [], set(), "t").events}


def test_a_day_without_a_year_in_a_history_is_in_the_year_of_its_story() -> None:
    events = _dated(
        "The Tarvel fleet left Varnholm on 12 October 1712. On 16 October it reached the Brask coast. "
        "The crews landed on 2 November after a storm."
    )
    assert events.get("16 October") == "1712-10-16"
    assert events.get("2 November") == "1712-11-02"


def test_a_background_date_later_in_a_sentence_does_not_move_the_story() -> None:
    events = _dated(
        "Talks collapsed on 28 January 2024. On 9 March, the council renewed the curfew, first imposed on "
        "5 October 2022. On 22 May, a shell hit the market in Tarvel and killed four people."
    )
    assert events.get("22 May") == "2024-05-22"


def test_a_report_without_a_day_of_its_own_takes_the_year_its_title_names(tmp_path: Path) -> None:
    source = tmp_path / "report.md"
    source.write_text(
        "---\ntitle: Daily report of the Varesk monitoring team, as of 18:00, 14 March 2021\n---\n"
        "On 13 March, a patrol saw three fresh craters near the pumping station at Zarnovo.\n",
        encoding="utf-8",
    )
    ingest_file(tmp_path / "ws", source)
    events = {e.date_text: e.date for e in load_workspace(tmp_path / "ws").events.values()}
    assert events.get("13 March") == "2021-03-13"


@pytest.mark.parametrize(
    ("text", "words", "date"),
    [
        (
            "Rebels seized the Tarn bridge on 9 March 2021. The army recaptured the bridge two days later.",
            "two days later",
            "2021-03-11",
        ),
        (
            "The Brask mill closed in 2008, and the following year the district offices moved to Varnholm.",
            "the following year",
            "2009",
        ),
        ("Police arrested Orlan Vesk on 3 May 2019 and charged him the next day.", "the next day", "2019-05-04"),
    ],
)
def test_a_time_counted_from_the_date_named_before_it_takes_that_date(text: str, words: str, date: str) -> None:
    assert _dated(text).get(words) == date


def test_a_feast_day_names_its_day() -> None:
    assert _dated("On Christmas Eve 1943 a raid captured an outpost near the village of Sarn.").get(
        "Christmas Eve 1943"
    ) == ("1943-12-24")


def test_a_year_before_1800_is_a_date_where_a_clause_goes_on_after_it_but_not_a_count() -> None:
    events = _dated(
        "The town of Kessel received market rights in 1317 and was plundered in 1626, when the war reached it. "
        "Inspectors reported faults in 1500 cases across the Varn district in 2019."
    )
    assert events.get("1317") == "1317" and events.get("1626") == "1626"
    assert "1500" not in events.values()


def test_a_bare_ordinal_day_is_a_day_of_the_reports_month() -> None:
    events = _dated(
        "Residents said the hall was locked when they came on the 11th. Troops held the line on the 4th Division "
        "front.",
        dt.date(2025, 3, 14),
    )
    assert events.get("on the 11th") == "2025-03-11"
    assert not any(text and "4th" in text for text in events)


def test_the_first_week_of_a_month_dates_the_month() -> None:
    events = _dated("Fighting began on 9 February 2024. Opposition forces retook Drevna in the first week of June.")
    assert events.get("the first week of June") == "2024-06"


def test_a_day_long_past_in_a_clause_that_looks_ahead_is_next_years() -> None:
    events = _dated(
        "The council's decision will take effect on 1 January, its chairman Karim Vasr said.", dt.date(2023, 10, 27)
    )
    assert events.get("1 January") == "2024-01-01"


def test_a_chronology_entry_in_the_present_tense_is_an_event() -> None:
    events = _dated("Chronology\n\n11 Sept. 2008 – Construction begins.\n\n2009 – Talks fail.\n")
    assert events.get("11 Sept. 2008") == "2008-09-11"


def test_expects_looks_ahead_so_the_day_is_never_last_weeks() -> None:
    events = _dated("Tarvel Power expects to restore supplies to most homes by Saturday evening.", dt.date(2024, 2, 23))
    assert "2024-02-17" not in events.values()


def test_the_date_bench_scores_a_folder_of_ones_own(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "doc.md").write_text("Rebels seized the Tarn bridge on 9 March 2021.\n", encoding="utf-8")
    (tmp_path / "cases.yaml").write_text(
        'doc.md:\n  dates:\n    - ["9 March 2021", "2021-03-09"]\n  mentions: []\n  not_events: []\n',
        encoding="utf-8",
    )
    assert date_probe_bench.main(["--dir", str(tmp_path)]) == 0
    assert "found 1.00, right 1.00" in capsys.readouterr().out


def test_an_islamic_month_or_year_is_dated_by_the_gregorian_months_it_spans() -> None:
    events = _dated(
        "The Tarvel ferry first crossed in Ramadan 1399, its owner recalled. The fort at Qasr Varel was built "
        "in 1041 AH by a governor who taxed every boat."
    )
    assert events.get("Ramadan 1399") == "1979-07/1979-08"
    assert events.get("1041 AH") == "1631/1632"


def test_a_season_without_a_year_is_the_reports_nearest_one_in_the_direction_of_its_clause() -> None:
    events = _dated(
        "Surgery at Brask Royal was postponed in the summer because of a staff shortage. The board has hired "
        "150 nurses since the spring.",
        dt.date(2023, 11, 17),
    )
    assert events.get("in the summer") == "2023-22"
    assert events.get("since the spring") == "2023-21"


def test_the_day_figures_are_given_as_of_is_no_event() -> None:
    events = _dated("Annex. Figures are as of 31 July 2024 and may be revised by the Varesk mission.")
    assert "2024-07-31" not in events.values()


def test_a_fiscal_quarter_is_the_three_months_to_the_day_it_ended() -> None:
    events = _dated(
        "Tarvel Marine today reported results for the first quarter of fiscal year 2025, which ended "
        "September 30, 2024.",
        dt.date(2024, 11, 7),
    )
    assert events.get("the first quarter of fiscal year 2025") == "2024-07/2024-09"


def test_a_day_counted_from_a_month_is_approximately_in_it_and_its_own_event() -> None:
    events = _dated("The Varn party proposed the law in March 2023, but withdrew it two days later after protests.")
    assert events.get("March 2023") == "2023-03"
    assert events.get("two days later") == "2023-03~"


def test_a_time_alone_dates_the_reports_day_but_not_a_habit_nor_another_day() -> None:
    events = _dated(
        "Protesters have blocked Varel Avenue in Tarvena since about 19:00 local time. Every morning at 0600 local "
        "time, Yusuf Tarrak unties his boat from the Brask jetty.",
        dt.date(2025, 6, 6),
    )
    assert events.get("since about 19:00 local time") == "2025-06-06"
    assert not any(text and "0600" in text for text in events)
    assert _dated("The warning for Tarvel was raised at 06:00 GMT on Thursday.", dt.date(2024, 2, 23)) == {
        "Thursday": "2024-02-22"
    }


def test_a_short_dated_sentence_with_an_irregular_past_is_an_event() -> None:
    assert _dated("The Tarvel garrison held out for a week. Ostrel fell on 19 April 1944.") == {
        "19 April 1944": "1944-04-19"
    }


def test_two_days_later_is_not_counted_from_where_a_state_began() -> None:
    events = _dated(
        "Earlier this month, the Varn council voted to end the subsidy that has kept the ferry running since 2011. "
        "Two days later, Yusuf Tarrak was back at the jetty.",
        dt.date(2023, 10, 27),
    )
    assert events.get("Two days later") == "2023-10~"


def test_a_season_in_a_clause_without_a_verb_takes_the_sentences_past() -> None:
    events = _dated("His wife Mira Tarrak died three years ago, in the winter, in Brask.", dt.date(2023, 10, 27))
    assert events.get("in the winter") == "2022-24"


def test_a_weekend_is_its_saturday_and_sunday() -> None:
    events = _dated(
        "Police in Tarvel arrested six people over the weekend. The Varn talks resume this weekend, officials said.",
        dt.date(2024, 2, 21),
    )
    assert events.get("over the weekend") == "2024-02-17/2024-02-18"
    assert events.get("this weekend") == "2024-02-24/2024-02-25"


def test_a_year_in_another_clause_does_not_date_a_day_without_one() -> None:
    events = _dated(
        "Talks collapsed on 28 January 2024. On 16 March, the Varn parliament extended the state of emergency, "
        "first declared on 5 October 2022, for six months."
    )
    assert events.get("16 March") == "2024-03-16"


def test_a_fiscal_year_runs_on_the_calendar_the_release_gave_for_another() -> None:
    events = _dated(
        "Tarvel Marine today reported results for the first quarter of fiscal year 2025, which ended September 30, "
        "2024. Revenue rose compared with $371 million in the first quarter of fiscal 2024. In fiscal 2024, "
        "Tarvel Marine reduced its debt by $90 million.",
        dt.date(2024, 11, 7),
    )
    assert events.get("the first quarter of fiscal 2024") == "2023-07/2023-09"
    assert events.get("fiscal 2024") == "2023-07/2024-06"
