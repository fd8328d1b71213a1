"""EDTF dates: their calendar bounds and how timelines order them."""

from __future__ import annotations

import datetime as dt

from dossier.dates import edtf_bounds, is_uncertain, sort_key


def test_bounds_cover_what_the_date_can_mean() -> None:
    assert edtf_bounds("2022-02-24") == (dt.date(2022, 2, 24), dt.date(2022, 2, 24))
    assert edtf_bounds("2022-02-21/2022-02-22") == (dt.date(2022, 2, 21), dt.date(2022, 2, 22))
    assert edtf_bounds("2022-02~") == (dt.date(2022, 2, 1), dt.date(2022, 2, 28))
    assert edtf_bounds("XXXX-02-24") is None


def test_uncertain_and_approximate_dates_are_flagged() -> None:
    assert is_uncertain("2022-02-28?") and is_uncertain("2022-02~")
    assert not is_uncertain("2022-02-24")


def test_timeline_order_is_chronological_with_unknown_years_last() -> None:
    dates = ["XXXX-02-24", "2022-02-28?", None, "2022-02-21/2022-02-22", "2022-02-24", "2022-02~"]
    assert sorted(dates, key=sort_key) == [
        "2022-02~",
        "2022-02-21/2022-02-22",
        "2022-02-24",
        "2022-02-28?",
        "XXXX-02-24",
        None,
    ]
