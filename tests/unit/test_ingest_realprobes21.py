"""Ingest on English web pages after the twenty-first round of real probes (issue 15).

A page whose day of publication is only read from its byline (so uncertain) and whose paragraph says a thing
happened "last spring" used to stop the ingest: the next sentence took the season as its date, marked
uncertain, and EDTF has no uncertain season. Each test ingests an invented page through the real pipeline."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from dossier.ingest.dates import find_dates
from dossier.ingest.events import qualified
from dossier.ingest.service import ingest_file
from dossier.workspace import load_workspace
from tests.unit.ingest_helpers import assert_valid

_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Pellbrook adds a larger dryer | Laundry Trade News</title></head>
<body><main><article><h1>Pellbrook adds a larger dryer</h1>
<p class="byline">Tamsin Orrery · 3 November 2026</p>
<p>The dryer sits beside the smaller Vell 6, launched last spring.
Sales director Odile Marchetti said shops had asked for it.</p>
<p>It goes on sale in January.</p>
</article></main></body></html>
"""


def test_a_page_saying_last_spring_under_a_byline_date_is_ingested(tmp_path: Path) -> None:
    page = tmp_path / "dryer.html"
    page.write_text(_PAGE, "utf-8")
    result = ingest_file(tmp_path / "ws", page)
    assert result.status == "added", result.message
    assert_valid(tmp_path / "ws")
    dates = {event.date for event in load_workspace(tmp_path / "ws").events.values()}
    assert not any(date and date.endswith("-21?") for date in dates), dates


def test_a_season_counted_from_an_uncertain_day_keeps_the_season() -> None:
    mentions = find_dates("The Vell 6 was launched last spring.", 0, dt.date(2026, 11, 3), "?")
    assert [m.edtf for m in mentions] == ["2026-21"]


def test_a_season_dating_the_next_sentence_is_given_as_its_months_marked_uncertain() -> None:
    assert qualified("2026-21", "?") == "2026-03?/2026-05?"
    assert qualified("2025-23/2026-21", "~") == "2025-09~/2026-05~"
    assert qualified("2026-11-02", "?") == "2026-11-02?"
