"""Round lead33: what an independent gold set of Wikipedia articles (wikigold) showed: the states, provinces and
counties English news names bare are places with no preposition before them."""

from __future__ import annotations

import pytest

from tests.unit.ingest_helpers import draft_kind_names


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("California passed a new privacy law on Tuesday after a long debate.", "California"),
        ("Texas sued the federal government over the border rules this week.", "Texas"),
        ("The senator represents Queensland and has campaigned there for years.", "Queensland"),
        ("Voters in Cornwall backed the plan on Thursday, as did Essex.", "Essex"),
        ("The firm has sales offices in states such as California, Utah, and Arizona.", "California"),
        ("The firm has sales offices in states such as California, Utah, and Arizona.", "Arizona"),
    ],
)
def test_a_region_english_news_names_bare_needs_no_preposition(text: str, region: str) -> None:
    assert draft_kind_names(text).get(region) == "place", draft_kind_names(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # Highland (a Scottish council area) is an ordinary word too: "highlands" is in use.
        ("Highland cattle were sold at the market on Monday for record prices.", "Highland"),
        # Alberta is a given name as well as a province: it still needs a place's support.
        ("Alberta said she would sell the farm before the winter came.", "Alberta"),
    ],
)
def test_a_region_named_by_an_ordinary_word_or_a_given_name_still_needs_support(text: str, word: str) -> None:
    assert draft_kind_names(text).get(word) != "place", draft_kind_names(text)
