"""Round lead27: which land a page means by a shared name, a land's premier, and a short day opening a firm's name."""

from __future__ import annotations

import pytest

from tests.unit.ingest_helpers import draft_found_by, draft_kind_names

# A page that names its province once, and two of its towns: a reader knows the land it is in.
_CANADIAN_PAGE = (
    "Surrey Mayor Linda Haraway-Oke said the city would need new water lines. The mayor of Burnaby agreed, as did "
    "councillors in Coquitlam, and the province of British Columbia promised a review."
)


def test_a_region_of_the_land_and_two_of_its_towns_place_a_shared_name_there() -> None:
    found_by = draft_found_by(_CANADIAN_PAGE)
    assert "Canada" in found_by["Surrey"], found_by


def test_towns_of_another_land_without_its_region_do_not_move_a_shared_name() -> None:
    # towns alone may be family names; they need a region of their land beside them
    text = "Surrey Mayor Linda Haraway-Oke met the mayors of Burnaby and Coquitlam on Monday."
    found_by = draft_found_by(text)
    assert "United Kingdom" in found_by["Surrey"], found_by


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The premier of Alberta said the pipeline deal was dead.", "Alberta"),
        ("The Premier of Tasmania, Dora Quellan, opened the bridge.", "Tasmania"),
    ],
)
def test_the_land_after_premier_of_is_a_place(text: str, place: str) -> None:
    kinds = draft_kind_names(text)
    assert kinds.get(place) == "place", kinds


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Sun Microsystems said it would cut 3,000 jobs.", "Sun Microsystems"),
        ("Shares in Sun Microsystems fell on Tuesday.", "Sun Microsystems"),
    ],
)
def test_a_short_day_before_a_rare_capitalised_word_opens_a_firms_name(text: str, firm: str) -> None:
    kinds = draft_kind_names(text)
    assert kinds.get(firm) == "organization", kinds
    assert "Microsystems" not in kinds, kinds


@pytest.mark.parametrize(
    "text",
    [
        "The deal was signed on Sun 4 May in Leeds.",
        "Doors open Sat Oct 5 at the Varnby hall.",
        "Sat Night Live returns to the schedule.",
    ],
)
def test_a_short_day_of_a_calendar_opens_no_name(text: str) -> None:
    kinds = draft_kind_names(text)
    assert not any(name.split()[0] in ("Sun", "Sat") for name in kinds), kinds
