"""Ingest on English web pages after the twenty-first round of real probes (issue 15).

Women's sides named "<Town> Ladies", a position in brackets on a team sheet, a double-barrelled surname
ending in a street's word, an address after a defendant's age, a plural noun opening a quote, and a made-up
product line named with two model numbers.

A page whose day of publication is only read from its byline (so uncertain) and whose paragraph says a thing
happened "last spring" used to stop the ingest: the next sentence took the season as its date, marked
uncertain, and EDTF has no uncertain season. Each test ingests an invented page through the real pipeline."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from dossier.ingest.dates import find_dates
from dossier.ingest.events import qualified
from dossier.ingest.service import ingest_file
from dossier.model import ActorKind
from dossier.workspace import load_workspace
from tests.unit.ingest_helpers import assert_valid, draft_kinds

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


def test_a_womens_side_named_with_ladies_is_a_club() -> None:
    kinds = draft_kinds("Whitcombe Ladies beat Tarnley Ladies 2-1 on Saturday, and Whitcombe Ladies stay top.")
    assert kinds.get("Whitcombe Ladies") is ActorKind.organization, kinds
    assert kinds.get("Tarnley Ladies") is ActorKind.organization, kinds


def test_ladies_neither_swallows_a_college_nor_opens_a_body_of_a_place() -> None:
    assert "Cheltenham Ladies' College" in draft_kinds("She was educated at Cheltenham Ladies' College and Girton.")
    kinds = draft_kinds("The First Ladies of Varnia met on Monday. Tickets for the Ladies sold out, said Ivo Tresk.")
    assert not any("Ladies" in name for name in kinds), kinds


def test_a_club_named_by_its_town_before_who_is_the_club() -> None:
    kinds = draft_kinds("Whitcombe Ladies beat Tarnley Ladies 2-1 on Saturday. Tarnley, who were second, lost ground.")
    assert kinds.get("Tarnley") is ActorKind.organization, kinds


_TEAM_SHEET = (
    "Whitcombe Ladies 3-2 Tarnley Ladies\n"
    "Whitcombe Ladies: Ysolde Marrick (GK); Tilda Brannagh, Ceridwen Holt, Ottoline Varr, Nessa Quill (capt); "
    "Maren Tollis, Bryony Kaye; Elin Dorrit, Hester Vaun.\n"
)


def test_a_position_in_brackets_on_a_team_sheet_is_no_body_and_its_player_is_a_person() -> None:
    kinds = draft_kinds(_TEAM_SHEET)
    assert "GK" not in kinds, kinds
    assert kinds.get("Ysolde Marrick") is ActorKind.person, kinds


def test_a_body_in_brackets_elsewhere_stays() -> None:
    kinds = draft_kinds("Quorin Pellett (SNP) and Ada Varr (Lab) asked the question in Tarnley.")
    assert "SNP" in kinds, kinds


def test_a_double_barrelled_surname_ending_in_a_street_word_after_a_title_is_a_person() -> None:
    kinds = draft_kinds("Head coach Bartholomew Ojukwu-Lane made two changes at half-time.")
    assert kinds.get("Bartholomew Ojukwu-Lane") is ActorKind.person, kinds


def test_a_park_after_general_in_lower_case_stays_a_place() -> None:
    kinds = draft_kinds("Crowds gathered in General Grant Park on Sunday.")
    assert kinds.get("General Grant Park") is ActorKind.place, kinds


_COURT = (
    "Corvin Ashlake, 34, of Thistle Bank, Pellowby, admitted theft. "
    "Lysa Orrin, 19, of Rookery Way, Hessington, denied assault.\n"
)


def test_an_address_after_an_age_is_a_place_and_its_town_too() -> None:
    kinds = draft_kinds(_COURT)
    assert kinds.get("Thistle Bank") is ActorKind.place, kinds
    assert kinds.get("Hessington") is ActorKind.place, kinds


def test_a_bank_named_elsewhere_stays_a_body() -> None:
    kinds = draft_kinds("Thistle Bank cut its mortgage rates on Monday, the lender said.")
    assert kinds.get("Thistle Bank") is ActorKind.organization, kinds


def test_a_plural_noun_opening_a_quote_is_no_speaker_when_the_page_writes_it_in_lower_case() -> None:
    text = (
        "Many fitters had been wary of heat pumps. "
        '"Fitters told us the survey was where jobs fell over," said Ivo Tresk of the Pellow Guild of Fitters.'
    )
    assert "Fitters" not in draft_kinds(text)


def test_a_speaker_not_written_in_lower_case_stays() -> None:
    kinds = draft_kinds("Wessels told the court he had been at home, and Anna Merrin said the same.")
    assert "Anna Merrin" in kinds, kinds


def test_a_made_up_word_before_two_model_numbers_is_a_product_line() -> None:
    text = "Kestrin has launched the Vellora 9, a larger boiler. It replaces the smaller Vellora 7, said Ivo Tresk."
    kinds = draft_kinds(text)
    assert "Vellora" not in kinds, kinds
    assert "Ivo Tresk" in kinds, kinds


def test_a_common_word_before_two_numbers_stays() -> None:
    kinds = draft_kinds("Channel 4 and Channel 5 both showed the final, said Ivo Tresk.")
    assert "Ivo Tresk" in kinds, kinds
