"""The quick reading of common EDTF dates agrees with the full EDTF grammar."""

from __future__ import annotations

import datetime as dt

import pytest
from edtf import parse_edtf, struct_time_to_date

from dossier.dates import EdtfError, _simple_bounds, edtf_bounds, validate_edtf

SIMPLE = [
    "2022",
    "2022-02",
    "2024-02",
    "2022-02-24",
    "2022-02-24?",
    "2022-02~",
    "2022-02-24%",
    "1999-12-31",
    "2022-02-21/2022-02-22",
    "2022-02-21/2022-03",
    "2021/2022-01-05?",
    "2022-02-28?/2022-03-02~",
    # seasons and parts of a year, and years with unspecified digits (as ingest writes "in the spring", "the 1990s")
    "2022-21",
    "2024-24",
    "2022-29",
    "2022-33",
    "2024-40",
    "199X",
    "19XX",
]


@pytest.mark.parametrize("value", SIMPLE)
def test_quick_bounds_match_the_grammar(value: str) -> None:
    parsed = parse_edtf(value)
    expected = (struct_time_to_date(parsed.lower_strict()), struct_time_to_date(parsed.upper_strict()))
    assert _simple_bounds(value) == expected
    assert edtf_bounds(value) == expected
    assert validate_edtf(value) == value


@pytest.mark.parametrize(
    "value", ["2022-21/2022-23", "0990-21", "099X", "2022?-02", "XXXX-02-24", "2022-02-21/..", "1985-04-12T23:20:30"]
)
def test_other_forms_go_to_the_grammar(value: str) -> None:
    assert _simple_bounds(value) is None
    validate_edtf(value)  # valid EDTF, read by the full grammar


@pytest.mark.parametrize("value", ["2022-02-30", "2022-13", "2022-00-10", "22-02-24", "2022-02-24??", "2022/2023/2024"])
def test_impossible_dates_are_still_refused(value: str) -> None:
    assert _simple_bounds(value) is None
    with pytest.raises(EdtfError):
        validate_edtf(value)


def test_month_bounds_know_leap_years() -> None:
    assert edtf_bounds("2024-02") == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
