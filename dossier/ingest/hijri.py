"""Years and months of the Islamic calendar ("Ramadan 1399", "1041 AH"), as news agencies of Muslim
countries and histories of the region write them, on the Gregorian calendar.

The arithmetic (tabular) calendar is used, as convertdate computes it: a real month begins with the
sighting of the new moon, a day or two either way, so a month is given as the Gregorian months it
falls in, never as days.
"""

from __future__ import annotations

import datetime as dt
import re

# The months in order, with the spellings English text uses most.
_MONTHS: list[list[str]] = [
    ["Muharram"],
    ["Safar"],
    ["Rabi al-Awwal", "Rabi' al-Awwal", "Rabi ul-Awwal", "Rabi I"],
    ["Rabi al-Thani", "Rabi' al-Thani", "Rabi al-Akhir", "Rabi ul-Akhir", "Rabi II"],
    ["Jumada al-Awwal", "Jumada al-Ula", "Jumada I"],
    ["Jumada al-Thani", "Jumada al-Akhirah", "Jumada al-Akhira", "Jumada II"],
    ["Rajab"],
    ["Shaban", "Sha'ban"],
    ["Ramadan", "Ramadhan", "Ramazan"],
    ["Shawwal"],
    ["Dhu al-Qadah", "Dhu al-Qa'dah", "Dhul Qadah", "Dhu al-Qidah"],
    ["Dhu al-Hijjah", "Dhul Hijjah", "Dhu al-Hijja"],
]
MONTH_NUMBERS = {spelling.lower(): number for number, names in enumerate(_MONTHS, 1) for spelling in names}


def _spelling(words: str) -> str:
    """The key of `MONTH_NUMBERS` for a month's words as written ("Rabi' al Awwal", "Dhul-Hijjah")."""
    folded = re.sub(r"[’ʿ]", "'", words).lower()
    for spelling in MONTH_NUMBERS:
        if re.fullmatch(MONTH_PATTERN_OF[spelling], folded):
            return spelling
    return folded


def _day(year: int, month: int, day: int) -> dt.date:
    """A day of the arithmetic Islamic calendar on the Gregorian one."""
    from convertdate import islamic  # only text that names an Islamic month or year pays its import

    return dt.date(*islamic.to_gregorian(year, month, day))


def hijri_edtf(year: int, month_name: str | None) -> str | None:
    """The Gregorian months an Islamic month (or year, with no month) falls in, as EDTF."""
    if not 1 <= year <= 1600:
        return None
    if month_name:
        month = MONTH_NUMBERS.get(_spelling(month_name))
        if month is None:
            return None
        first = _day(year, month, 1)
        last = _day(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
    else:
        first, last = _day(year, 1, 1), _day(year + 1, 1, 1) - dt.timedelta(days=1)
    start, end = f"{first.year:04d}-{first.month:02d}", f"{last.year:04d}-{last.month:02d}"
    if not month_name:
        start, end = f"{first.year:04d}", f"{last.year:04d}"
    return start if start == end else f"{start}/{end}"


MONTH_PATTERN_OF = {
    spelling: "".join("['’ʿ]?" if c == "'" else r"[\s-]?" if c in " -" else re.escape(c) for c in spelling)
    for spelling in MONTH_NUMBERS
}
# Each spelling with its apostrophe optional and its space or hyphen either ("Rabi al-Awwal", "Rabi' al Awwal").
MONTH_PATTERN = "|".join(MONTH_PATTERN_OF[spelling] for spelling in sorted(MONTH_NUMBERS, key=len, reverse=True))
