"""EDTF dates: validation and the calendar bounds that search and timelines sort by.

The `edtf` package costs ~0.2 s to import, so it is imported only when a date is
actually parsed, never at module import.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache


class EdtfError(ValueError):
    """A string that is not a valid EDTF date."""


@lru_cache(maxsize=4096)
def _parse(value: str):  # type: ignore[no-untyped-def]
    from edtf import parse_edtf
    from edtf.parser.edtf_exceptions import EDTFParseException

    try:
        return parse_edtf(value)
    except (EDTFParseException, ValueError) as exc:
        raise EdtfError(
            f"'{value}' is not an EDTF date (examples: 2022-02-24, 2022-02-21/2022-02-22, "
            "2022-02-28?, 2022-02~, XXXX-02-24)"
        ) from exc


# The forms analysts write most (a day, month or year, maybe with ?, ~ or %, or two of them as an
# interval) are read here directly: the EDTF grammar takes ~50 ms per distinct string, which
# made loading a workspace with a thousand distinct dates take most of a minute.
_SIMPLE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?[?~%]?")


# Seasons and parts of a year (EDTF's 21 to 41) as the `edtf` package bounds them (its winter, 24, is December alone),
# first and last month; and years with their last digits unspecified ("199X" the 1990s, "19XX"). Ingest writes them
# for "in the spring" or "the 1990s": read here, the grammar is not loaded (~0.1 s of CPU, once per process).
_SEASON_MONTHS = {
    **dict.fromkeys((21, 25, 31), (3, 5)),
    **dict.fromkeys((22, 26, 32), (6, 8)),
    **dict.fromkeys((23, 27, 29), (9, 11)),
    **dict.fromkeys((24, 28, 30), (12, 12)),
    **{33: (1, 3), 34: (4, 6), 35: (7, 9), 36: (10, 12), 37: (1, 4), 38: (5, 8), 39: (9, 12), 40: (1, 6), 41: (7, 12)},
}
_SEASON = re.compile(r"([0-9]{4})-([0-9]{2})")
_UNSPECIFIED_YEARS = re.compile(r"[0-9]{3}X|[0-9]{2}XX")


def _season_or_years(value: str) -> tuple[dt.date, dt.date] | None:
    """Bounds of a season of a year or of years with unspecified digits, or None."""
    season = _SEASON.fullmatch(value)
    if season is not None and int(season.group(2)) in _SEASON_MONTHS:
        year = int(season.group(1))
        first, last = _SEASON_MONTHS[int(season.group(2))]
        if year < 1000:
            return None
        return dt.date(year, first, 1), dt.date(year, last, calendar.monthrange(year, last)[1])
    if _UNSPECIFIED_YEARS.fullmatch(value) is None or int(value.replace("X", "9")) < 1000:
        return None
    return dt.date(int(value.replace("X", "0")), 1, 1), dt.date(int(value.replace("X", "9")), 12, 31)


@lru_cache(maxsize=16384)
def _simple_bounds(value: str) -> tuple[dt.date, dt.date] | None:
    """Bounds of a date in one of the simple forms, or None to leave it to the full grammar."""
    whole = _season_or_years(value)
    if whole is not None:
        return whole
    ends = []
    for part in value.split("/") if value.count("/") == 1 else [value]:
        match = _SIMPLE.fullmatch(part)
        if match is None:
            return None
        year, month, day = (int(group) if group else None for group in match.groups())
        assert year is not None
        try:
            if day is not None and month is not None:
                ends.append((dt.date(year, month, day), dt.date(year, month, day)))
            elif month is not None:
                if not 1 <= month <= 12:
                    return None  # 2022-21 and the like are EDTF seasons
                last = calendar.monthrange(year, month)[1]
                ends.append((dt.date(year, month, 1), dt.date(year, month, last)))
            else:
                ends.append((dt.date(year, 1, 1), dt.date(year, 12, 31)))
        except ValueError:
            return None
    lower, upper = ends[0][0], ends[-1][1]
    if lower > upper or lower.year < 1000:
        return None
    return lower, upper


def validate_edtf(value: str) -> str:
    """Return `value` unchanged if it is a valid EDTF string, else raise EdtfError."""
    if not isinstance(value, str) or not value.strip():
        raise EdtfError("an EDTF date must be a non-empty string")
    if _simple_bounds(value) is not None:
        return value
    parsed = _parse(value)
    # The parser accepts some impossible calendar dates inside intervals; bounds catch them.
    edtf_bounds(value)
    del parsed
    return value


@lru_cache(maxsize=4096)
def edtf_bounds(value: str) -> tuple[dt.date, dt.date] | None:
    """The earliest and latest calendar day `value` can mean, or None when the year is unknown.

    `2022-02~` gives (2022-02-01, 2022-02-28); `2022-02-21/2022-02-22` gives both ends;
    `XXXX-02-24` (year unspecified) gives None, since any year is possible.
    """
    simple = _simple_bounds(value)
    if simple is not None:
        return simple
    from edtf import struct_time_to_date

    parsed = _parse(value)
    try:
        lower = struct_time_to_date(parsed.lower_strict())
        upper = struct_time_to_date(parsed.upper_strict())
    except (ValueError, OverflowError, TypeError, AttributeError):
        return None
    if lower.year <= 1 and "X" in value.upper():
        return None
    return lower, upper


def is_uncertain(value: str) -> bool:
    """True when the date carries EDTF uncertainty (`?`) or approximation (`~`, `%`)."""
    return any(mark in value for mark in "?~%")


def sort_key(value: str | None) -> tuple[int, str, str]:
    """Order dates chronologically; unknown or unparseable dates go last, by their text."""
    if not value:
        return (2, "", "")
    try:
        bounds = edtf_bounds(value)
    except EdtfError:
        return (2, "", value)
    if bounds is None:
        return (1, "", value)
    return (0, bounds[0].isoformat() + bounds[1].isoformat(), value)
