"""Find the dates a sentence names and resolve them against the publication date, as EDTF.

"February 24" in an article published on 2022-02-28 is 2022-02-24; "on Thursday" is the
Thursday on or before publication (the one after, when the sentence looks ahead:
"scheduled for Monday"); "last week" is the ISO week before, as an interval; "this
morning" is the day of publication. Without a publication date the year stays unknown
(`XXXX-02-24`) and words that only make sense relative to it ("last week") are kept as
`date_text` with no date. The words used are always kept, since a resolved date is a guess.
When the publication day is itself uncertain (`2022-02-27?`, inferred by the analyst), dates
counted from it ("on Monday", "last week", "yesterday") carry its qualifier (`2022-02-28?`);
dates the text spells out ("February 24") do not.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from dossier.ingest.names import word_list

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
WEEKDAYS = {
    name: number for number, name in enumerate(word_list("monday tuesday wednesday thursday friday saturday sunday"))
}

_MONTH = (
    r"(?P<{0}>January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
_DAY = r"(?P<{0}>[0-3]?\d)(?:st|nd|rd|th)?"
# After a month, any year from 1000 to 2099 ("March 5, 1884"); alone, see the "year" pattern.
_YEAR = r"(?:,?\s+(?P<{0}>(?:1\d|20)\d\d))?"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
    # between 3 and 5 March / from 3 to 5 March / 3-5 March / 21 and 22 February
    (
        "day-range-month",
        re.compile(
            r"\b(?:(?P<lead>between|from)\s+)?"
            + _DAY.format("d1")
            + r"\s*(?P<sep>and|to|-|–|until)\s*"
            + _DAY.format("d2")
            + r"\s+"
            + _MONTH.format("m")
            + _YEAR.format("y"),
            re.IGNORECASE,
        ),
    ),
    # between March 3 and 5 / February 21 and 22 / February 21-22
    (
        "month-day-range",
        re.compile(
            r"\b(?:(?P<lead>between|from)\s+)?"
            + _MONTH.format("m")
            + r"\s+"
            + _DAY.format("d1")
            + r"\s*(?P<sep>and|to|-|–|until)\s*"
            + _DAY.format("d2")
            + r"\b"
            + _YEAR.format("y"),
            re.IGNORECASE,
        ),
    ),
    ("month-day", re.compile(r"\b" + _MONTH.format("m") + r"\s+" + _DAY.format("d") + r"\b" + _YEAR.format("y"))),
    ("day-month", re.compile(r"\b" + _DAY.format("d") + r"\s+" + _MONTH.format("m") + _YEAR.format("y"))),
    ("month-year", re.compile(r"\b(?:in\s+)?" + _MONTH.format("m") + r"\s+(?P<y>(?:1\d|20)\d\d)\b")),
    (
        "weekday",
        re.compile(
            r"\b(?:(?P<mod>last|next|this|on)\s+)?(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|"
            r"Saturday|Sunday)(?:['’]s)?\b"
        ),
    ),
    (
        "relative",
        re.compile(
            r"\b(?P<r>this morning|this afternoon|this evening|tonight|today|earlier today|earlier in the day|"
            r"yesterday|the day before|last night|tomorrow|last week|this week|next week|last month|this month|"
            r"next month|last year|this year|next year)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "month",
        re.compile(
            r"\b(?P<pre>(?i:in|since|until|by|early|late|mid-?|during|last|this))\s+"
            + _MONTH.format("m")
            + r"\b(?![\s-]+\d)"
        ),
    ),
    # "in 2014"; a year before 1900 only when a clause ends with it ("in 1884, when"), since "in
    # 1500 cases" is a count.
    (
        "year",
        re.compile(
            r"\b(?i:in|since|until|by|of|during|from|for)\s+(?P<y>(?:19|20)\d\d\b|1[0-8]\d\d(?=[,.;:)]|\s*$))(?![-/]\d)"
        ),
    ),
]

_LOOKS_AHEAD = re.compile(r"\b(?:scheduled|will|next|upcoming|planned|plans?|expected|due)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class DateMention:
    """Date words at `start`..`end` of the text, and their EDTF value when it can be told."""

    start: int
    end: int
    text: str
    edtf: str | None


# Any word a date can be made of: most sentences have none and skip the ten patterns below.
_ANY_DATE = re.compile(
    r"\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?|"
    r"\b(?:this|last|next|earlier|today|yesterday|tomorrow|tonight|the day)",
    re.IGNORECASE,
)


# Month names in the other languages sources come in: German, French, Spanish, Portuguese, Italian,
# and Russian in the genitive a day puts them in ("3 февраля"). Read only in a text of that
# language, since "Mars", "Mai" and "Avril" are names in English.
LOCAL_MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        [
            "januar jänner janvier enero janeiro gennaio января",
            "februar février fevrier febrero fevereiro febbraio февраля",
            "märz maerz mars marzo março marco марта",
            "april avril abril aprile апреля",
            "mai mayo maio maggio мая",
            "juni juin junio junho giugno июня",
            "juli juillet julio julho luglio июля",
            "august août aout agosto августа",
            "september septembre septiembre setiembre setembro settembre сентября",
            "oktober octobre octubre outubro ottobre октября",
            "november novembre noviembre novembro ноября",
            "dezember décembre decembre diciembre dezembro dicembre декабря",
        ],
        start=1,
    )
    for name in names.split()
}
_LOCAL_MONTH = r"(?P<m>" + "|".join(sorted(LOCAL_MONTHS, key=len, reverse=True)) + r")"
_LOCAL_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    _PATTERNS[0],  # ISO dates read the same everywhere
    # "3. Februar 2024", "3 février 2024", "3 de febrero de 2024", "1er mars"
    (
        "day-month",
        re.compile(
            r"\b(?P<d>[0-3]?\d)(?:\.|er|º)?\s+(?:de\s+)?" + _LOCAL_MONTH + r"(?:\s+(?:de\s+)?(?P<y>(?:1\d|20)\d\d))?\b",
            re.IGNORECASE,
        ),
    ),
    # "03.02.2024": day, month and year as German writes them
    ("numeric-day", re.compile(r"\b(?P<d>[0-3]?\d)\.(?P<mn>[01]?\d)\.(?P<y>(?:19|20)\d\d)\b")),
    # "im Februar 2024", "en febrero de 2024"
    ("month-year", re.compile(r"\b" + _LOCAL_MONTH + r"\s+(?:de\s+)?(?P<y>(?:1\d|20)\d\d)\b", re.IGNORECASE)),
    # Korean, Japanese and Chinese write a date with a mark after each number: "2024년 2월 3일",
    # "2024年2月3日", "2월 3일", "2024년 2월". The marks say which number is which, so no month names.
    (
        "numeric-day",
        re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)\s*[년年]\s*(?P<mn>[01]?\d)\s*[월月]\s*(?P<d>[0-3]?\d)\s*[일日]"),
    ),
    ("numeric-month-day", re.compile(r"(?<!\d)(?P<mn>[01]?\d)\s*[월月]\s*(?P<d>[0-3]?\d)\s*[일日]")),
    ("numeric-month-year", re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)\s*[년年]\s*(?P<mn>[01]?\d)\s*[월月]")),
]


def _month_number(name: str) -> int:
    folded = name.lower().rstrip(".")
    return MONTHS.get(folded) or LOCAL_MONTHS[folded]


def find_dates(
    sentence: str, offset: int, published: dt.date | None, qualifier: str = "", language: str = "en"
) -> list[DateMention]:
    """Date mentions in one sentence (`offset` is where it starts in the source).

    `qualifier` is the EDTF mark of an uncertain or approximate publication day ("?", "~" or "%"),
    given to every date counted from that day. In a text that is not in English (`language`, ISO
    639-1) only dates the text spells out are read: the words for "last week" are English words.
    """
    english = language == "en"
    if english and not _ANY_DATE.search(sentence):
        return []
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    looks_ahead = bool(_LOOKS_AHEAD.search(sentence))
    for kind, pattern in _PATTERNS if english else _LOCAL_PATTERNS:
        for match in pattern.finditer(sentence):
            start, end = match.span()
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            value = _resolve(kind, match, published, looks_ahead)
            if value is _SKIP:
                continue
            if qualifier and isinstance(value, str) and kind in _COUNTED_FROM_PUBLICATION:
                value = "/".join(bound + qualifier for bound in value.split("/"))
            words = match.group()
            # "on Thursday" keeps its words without the preposition.
            lead = re.match(r"(?:in|on|since|until|by)\s+", words, re.IGNORECASE)
            if lead and kind in ("weekday", "month-year", "month", "year"):
                start += lead.end()
                words = words[lead.end() :]
            taken.append((match.start(), match.end()))
            found.append(DateMention(offset + start, offset + end, words, value))  # type: ignore[arg-type]
    found.sort(key=lambda item: item.start)
    return _year_from_the_sentence(found)


def _year_from_the_sentence(found: list[DateMention]) -> list[DateMention]:
    """ "On 4 April and 5-6 April 2016": a day without a year takes the one year the sentence names."""
    years = {m.edtf[:4] for m in found if m.edtf and m.edtf[:4].isdigit()}
    if len(years) != 1 or not any(m.edtf and m.edtf.startswith("XXXX") for m in found):
        return found
    year = years.pop()
    return [
        DateMention(m.start, m.end, m.text, m.edtf.replace("XXXX", year)) if m.edtf and "XXXX" in m.edtf else m
        for m in found
    ]


_SKIP = object()
# Kinds whose value is counted from the publication day, rather than spelled out by the text.
_COUNTED_FROM_PUBLICATION = frozenset({"weekday", "relative"})


def _resolve(kind: str, match: re.Match[str], published: dt.date | None, ahead: bool) -> str | object | None:
    groups = match.groupdict()
    if kind == "iso":
        return _day(int(groups["y"]), int(groups["m"]), int(groups["d"]))
    if kind in ("day-range-month", "month-day-range"):
        month = _month_number(groups["m"])
        first, second = int(groups["d1"]), int(groups["d2"])
        if not (1 <= first < second <= 31):
            return _SKIP
        year = _year(groups.get("y"), month, first, published)
        low, high = _day(year, month, first), _day(year, month, second)
        if low is None or high is None:
            return _SKIP
        return f"{low}/{high}"
    if kind == "numeric-day":
        return _day(int(groups["y"]), int(groups["mn"]), int(groups["d"])) or _SKIP
    if kind == "numeric-month-day":
        month, day = int(groups["mn"]), int(groups["d"])
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return _SKIP
        return _day(_year(None, month, day, published), month, day) or _SKIP
    if kind == "numeric-month-year":
        month = int(groups["mn"])
        return f"{int(groups['y']):04d}-{month:02d}" if 1 <= month <= 12 else _SKIP
    if kind in ("month-day", "day-month"):
        month = _month_number(groups["m"])
        day = int(groups["d"])
        if not 1 <= day <= 31:
            return _SKIP
        if kind == "month-day" and groups["m"].lower() == "may" and not groups.get("y") and day > 31:
            return _SKIP
        return _day(_year(groups.get("y"), month, day, published), month, day) or _SKIP
    if kind == "month-year":
        return f"{int(groups['y']):04d}-{_month_number(groups['m']):02d}"
    if kind == "month":
        month = _month_number(groups["m"])
        if groups["m"] == "May" or groups["m"].islower():
            return _SKIP  # "may" is far more often the verb
        if published is None:
            return f"XXXX-{month:02d}"
        if groups["pre"].lower() == "last":
            # "last July": the most recent July before the publication month
            year = published.year if month < published.month else published.year - 1
        else:
            year = published.year - 1 if month > published.month + 6 else published.year
        return f"{year:04d}-{month:02d}"
    if kind == "year":
        return groups["y"]
    if kind == "weekday":
        return _weekday(groups["w"].lower(), (groups.get("mod") or "").lower(), published, ahead)
    return _relative(groups["r"].lower(), published)


def _year(explicit: str | None, month: int, day: int, published: dt.date | None) -> int | None:
    if explicit:
        return int(explicit)
    if published is None:
        return None
    # A day more than half a year after publication was most likely last year's (a January
    # article about "December 30").
    try:
        candidate = dt.date(published.year, month, day)
    except ValueError:
        return published.year
    return published.year - 1 if (candidate - published).days > 183 else published.year


def _day(year: int | None, month: int, day: int) -> str | None:
    if year is None:
        # Still check the day exists in some year (February 29 does).
        try:
            dt.date(2000, month, day)
        except ValueError:
            return None
        return f"XXXX-{month:02d}-{day:02d}"
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _weekday(name: str, modifier: str, published: dt.date | None, ahead: bool) -> str | None:
    if published is None:
        return None
    target = WEEKDAYS[name]
    if modifier == "next" or (ahead and modifier != "last"):
        delta = (target - published.weekday()) % 7
        if modifier == "next" and delta == 0:
            delta = 7
        return (published + dt.timedelta(days=delta)).isoformat()
    delta = (published.weekday() - target) % 7
    if modifier == "last" and delta == 0:
        delta = 7
    return (published - dt.timedelta(days=delta)).isoformat()


def _relative(words: str, published: dt.date | None) -> str | None:
    if published is None:
        return None
    day = dt.timedelta(days=1)
    if words in (
        "this morning",
        "this afternoon",
        "this evening",
        "tonight",
        "today",
        "earlier today",
        "earlier in the day",
    ):
        return published.isoformat()
    if words in ("yesterday", "last night", "the day before"):
        return (published - day).isoformat()
    if words == "tomorrow":
        return (published + day).isoformat()
    if words.endswith("week"):
        monday = published - dt.timedelta(days=published.weekday())
        monday += dt.timedelta(weeks={"last week": -1, "this week": 0, "next week": 1}[words])
        return f"{monday.isoformat()}/{(monday + 6 * day).isoformat()}"
    if words.endswith("month"):
        month = published.month + {"last month": -1, "this month": 0, "next month": 1}[words]
        year = published.year + (month - 1) // 12
        return f"{year:04d}-{(month - 1) % 12 + 1:02d}"
    return str(published.year + {"last year": -1, "this year": 0, "next year": 1}[words])


def published_qualifier(value: str | None) -> str:
    """The EDTF qualifier ("?", "~", "%") of a one-day publication date, or "" when it is certain."""
    day = parse_published(value)
    return value[-1] if day is not None and value and value[-1] in "?~%" else ""


def parse_published(value: str | None) -> dt.date | None:
    """The day a source was published, when its EDTF date names one day (possibly uncertain)."""
    if not value:
        return None
    # An uncertain day ("2022-02-27?", inferred by the analyst) is still the best reference there is.
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})[?~%]?", value)
    if not match:
        return None
    try:
        return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None
