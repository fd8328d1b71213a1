"""EDTF dates: validation and the calendar bounds that search and timelines sort by.

The `edtf` package costs ~0.2 s to import, so it is imported only when a date is
actually parsed, never at module import.
"""

from __future__ import annotations

import datetime as dt
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


def validate_edtf(value: str) -> str:
    """Return `value` unchanged if it is a valid EDTF string, else raise EdtfError."""
    if not isinstance(value, str) or not value.strip():
        raise EdtfError("an EDTF date must be a non-empty string")
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
