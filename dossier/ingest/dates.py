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
from itertools import pairwise

from dossier.ingest.hijri import MONTH_PATTERN as _HIJRI_MONTH
from dossier.ingest.hijri import hijri_edtf
from dossier.ingest.local_date_words import LOCAL_MONTHS, LOCAL_WEEKDAYS
from dossier.ingest.names import word_list, word_set

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
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
    # The full stop of an abbreviation ("Jan. 4"), not the one that ends a sentence ("on 14 February.").
    r"(?:(?<=Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\.|(?<=Sept)\.)?"
)
_DAY = r"(?P<{0}>[0-3]?\d)(?:st|nd|rd|th)?"
# After a month, any year from 1000 to 2099 ("March 5, 1884"); alone, see the "year" pattern.
_YEAR = r"(?:,?\s+(?P<{0}>(?:1\d|20)\d\d))?"

# A year before 1800 reads as one only where a clause or a list goes on after it ("in 1317 and",
# "of 1142 as", "around 1400,"), since "in 1500 cases" and "between 1200 and 1500 troops" are counts.
_OLD_Y = (
    r"1[0-8]\d\d(?=[,.;:)]|\s*$|\s+(?:and|or|as|when|after|before|but|while|under|with|at|in|on|by|"
    r"the|he|she|it|they|its|his|her|their)\b)"
)
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
    # between 3 and 5 March / from 3 to 5 March / 3-5 March / 21 and 22 February
    (
        "day-range-month",
        re.compile(
            r"\b(?:(?P<lead>between|from)\s+)?"
            + _DAY.format("d1")
            # "the night of 3/4 March": a night that runs over two days, as British writers give it
            + r"\s*(?P<sep>and|to|-|–|until|(?<=\d)/(?=\d))\s*"
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
            r"overnight|yesterday|the day before|last night|tomorrow|"
            # "reported 40 clashes in the past 24 hours": a daily report's day and the one before it (not "compared
            # with 40 in the previous 48 hours", a period before another)
            r"(?:in|over|during|within)\s+the\s+(?:past|last)\s+(?:24|48|72)\s+hours|"
            r"last weekend|this weekend|next weekend|at the weekend|over the weekend|"
            r"last week|this week|next week|last month|"
            r"this month|next month|last year|this year|next year|"
            # "an all-out strike in the new year": the January after a report of the year's end
            r"(?:(?<=\bin )|(?<=\binto )|(?<=\bafter ))the new year)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "month",
        re.compile(
            r"\b(?P<pre>(?i:in|since|until|by|from|early|late|mid-?|during|last|this|that|backdated\s+to))\s+"
            + _MONTH.format("m")
            + r"\b(?![\s-]+\d)(?!['’]s\b|\s+[A-Z])"
        ),
    ),
    # "in 2014"; a year before 1900 only when a clause ends with it ("in 1884, when"), since "in
    # 1500 cases" is a count.
    (
        "year",
        re.compile(r"\b(?i:in|since|until|by|of|during|from|for)\s+(?P<y>(?:19|20)\d\d\b|" + _OLD_Y + r")(?![-/]\d)"),
    ),
]

# Periods as histories and releases write them (issue 15): spans of years or months, decades,
# seasons and parts of a year. Read before `_PATTERNS`, so a span is one date ("from 2009 to 2013"),
# not two. Each row is a kind `_resolve_period` knows; the words kept are the ones the reader sees.
_Y = r"(?:1[89]|20)\d\d"
_SEASONS = {"spring": 21, "summer": 22, "autumn": 23, "fall": 23, "winter": 24}
# Centuries written out, as histories name them ("the nineteenth century").
_CENTURY_WORDS = {
    word: number
    for number, word in enumerate(
        word_list(
            "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
            "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty-first"
        ),
        start=1,
    )
}
# The month and day of each feast the "feast-day" pattern reads.
FEAST_DAYS = {
    "Christmas Eve": (12, 24),
    "Christmas Day": (12, 25),
    "Boxing Day": (12, 26),
    "New Year's Eve": (12, 31),
    "New Year's Day": (1, 1),
    "Halloween": (10, 31),
}
_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}
_PERIOD_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # Read first: a quarter or fiscal year holds a year or span the rows below would take alone.
    # "the third quarter of 2023", "Q3 2024", "the first quarter of fiscal 2025"
    (
        "quarter",
        re.compile(
            r"\b(?:(?:the\s+)?(?P<q>(?i:first|second|third|fourth|final|last|[1-4](?:st|nd|rd|th)))\s+(?i:quarter)"
            r"\s+(?i:of)\s+|Q(?P<qn>[1-4])\s+(?:(?i:of)\s+)?)(?P<fiscal>(?i:fiscal|financial)\s+(?i:year\s+)?)?"
            r"(?P<y>" + _Y + r")\b(?![-/]\d)"
        ),
    ),
    # "fiscal year 2025", "fiscal 2024", "the 2023/24 financial year", "FY2025", "FY 2023-24"
    (
        "fiscal-year",
        re.compile(
            r"\b(?:(?:the\s+)?(?i:fiscal|financial)\s+(?i:year\s+)?(?P<a>" + _Y + r")"
            r"|(?:the\s+)?(?P<b>" + _Y + r")(?:\s*[-–/]\s*(?P<b2>" + _Y + r"|\d\d))?"
            r"\s+(?i:fiscal|financial)\s+(?i:year)"
            r"|FY\s?(?P<c>20\d\d|\d\d))(?:(?<=\d)\s*[-–/]\s*(?P<a2>" + _Y + r"|\d\d))?\b(?![-/]\d)"
        ),
    ),
    # "the 19th century", "the early twentieth century", "the 1st century BC": the century's years
    (
        "century",
        re.compile(
            r"\b(?:the\s+)?(?i:(?:early|mid|late)[\s-]+)?(?P<n>[12]?\d(?:st|nd|rd|th)|(?i:"
            + "|".join(sorted(_CENTURY_WORDS, key=len, reverse=True))
            + r"))\s+(?i:century)\b(?:\s+(?P<era>BCE?|AD|CE)\b)?"
        ),
    ),
    # "from October 2013 to February 2016", "between May and July 2015", "May–July 2015"
    (
        "month-year-range",
        re.compile(
            r"\b(?:(?P<lead>[Ff]rom|[Bb]etween)\s+)?"
            + _MONTH.format("m1")
            + r"(?:,?\s+(?P<y1>"
            + _Y
            + r"))?\s*(?:(?<=\s)(?:to|and|until|through)\s+|[-–—]\s*)"
            + _MONTH.format("m2")
            + r",?\s+(?P<y2>"
            + _Y
            + r")\b"
        ),
    ),
    # "between Jan. 1 and Jan. 7", "from March 28 to April 2", "from 28 March to 2 April 2016"
    (
        "day-span",
        re.compile(
            r"\b(?:(?P<lead>[Ff]rom|[Bb]etween)\s+)?(?:"
            + _MONTH.format("m1")
            + r"\s+"
            + _DAY.format("d1")
            + r"(?:,?\s+(?P<y1>"
            + _Y
            + r"))?(?:\s+(?P<sep1>to|and|until|through)\s+|\s*[–—]\s*|\s+-\s+)"
            + _MONTH.format("m2")
            + r"\s+"
            + _DAY.format("d2")
            + r"\b|"
            + _DAY.format("d3")
            + r"\s+"
            + _MONTH.format("m3")
            + r"(?:\s+(?P<y3>"
            + _Y
            + r"))?(?:\s+(?P<sep2>to|and|until|through)\s+|\s*[–—]\s*|\s+-\s+)"
            + _DAY.format("d4")
            + r"\s+"
            + _MONTH.format("m4")
            + r")"
            + _YEAR.format("y")
        ),
    ),
    # "the winter of 2013–2014", "summer 2012", "the spring of 2015"
    (
        "season-year",
        re.compile(
            r"\b(?:the\s+)?(?:(?:early|late)\s+)?(?P<s>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)"
            r"(?:\s+of)?\s+(?P<y>" + _Y + r")(?P<across>\s*[-–/]\s*(?:" + _Y + r"|\d\d))?\b(?![-/]\d)"
        ),
    ),
    # "last summer", "this spring", "next winter"
    ("season-relative", re.compile(r"\b(?P<mod>[Ll]ast|[Tt]his|[Nn]ext)\s+(?P<s>spring|summer|autumn|fall|winter)\b")),
    # "from 2009 to 2013", "between 1980 and 1983", "1939–1945", "2015-16" (a season or financial year)
    (
        "year-range",
        re.compile(
            r"\b(?:(?:(?P<lead>[Ff]rom|[Bb]etween)\s+)(?P<a>"
            + _Y
            + r"|1[0-8]\d\d)\s+(?:to|and|until|through)\s+(?P<b>"
            + _Y
            + "|"
            + _OLD_Y
            + r")|(?P<c>"
            + _Y
            + r")\s*[–—-]\s*(?P<d>"
            + _Y
            + r"|\d\d))\b(?![-/]\d)(?!\s+"
            + _MONTH.format("next_month")
            + r")"
        ),
    ),
    # "the 1990s", "the late 1980s", "the mid-1990s"
    ("decade", re.compile(r"\b(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?P<y>(?:1[89]|20)\d)0s\b")),
    # "mid-2014", "early 2015", "late 2016", "throughout 2013", "the end of 2011", "the first half of 2019"
    (
        "part-year",
        re.compile(
            r"\b(?i:(?:the\s+(?:(?:end|start|beginning|middle|rest|course|(?P<half>first|second)\s+half)\s+of)"
            r"|early|mid|late|throughout|as\s+of|(?P<about>around|circa|c\.))[\s-]+)(?P<y>"
            + _Y
            + "|"
            + _OLD_Y
            + r")\b(?![-/]\d)"
        ),
    ),
    # "three days ago", "a week ago", "two years ago": counted back from publication
    (
        "ago",
        re.compile(
            r"\b(?P<n>(?i:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}))\s+"
            r"(?P<u>day|week|month|year)s?\s+ago\b"
        ),
    ),
    # "earlier this month", "the start of the month", "the end of last year", "later this week"
    (
        "relative-part",
        re.compile(
            r"\b(?i:(?:earlier|later|early|late)\s+|the\s+(?:start|beginning|end|middle|rest)\s+of\s+)"
            r"(?P<mod>(?i:this|last|next|the))\s+(?P<u>week|month|year)\b"
        ),
    ),
    # "two days later", "the following year", "the next morning", "the same day": a time counted from
    # the date the text named last, which `story_dates` knows; here only the words are kept.
    (
        "later",
        re.compile(
            r"\b(?:(?P<n>(?i:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}))\s+"
            r"(?P<u>(?i:day|week|month|year))s?\s+(?i:later|afterwards?)"
            r"|(?i:the\s+(?P<which>following|next|same|previous)\s+"
            r"(?P<u2>day|morning|afternoon|evening|night|weekend|week|month|year|spring|summer|autumn|winter))"
            # "later that year", "that same month": in the year or month named last
            r"|(?i:(?:(?:later|earlier)\s+)?that\s+(?:same\s+)?"
            r"(?P<u3>day|morning|afternoon|evening|night|weekend|spring|summer|autumn|winter|month|year)(?!['’]s\b)))\b"
            r"(?![-\s]+(?:old|long)\b)"
        ),
    ),
    # "on the day of the robbery", "two days after the attack", "the eve of the vote": a time counted from the
    # day of an event the text dated before (`story_dates` finds it); here only the words are kept.
    (
        "event-day",
        re.compile(
            r"\b(?:(?i:the\s+(?:day|eve|morning|afternoon|evening|night)\s+(?:of|after|before))"
            r"|(?P<n>(?i:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}))\s+(?i:days?|weeks?)\s+"
            r"(?i:after|before))\s+the\s+(?!(?:week|month|year|same|following|next|previous|first|last|new)\b)"
            r"[a-z]{4,}\b(?!['’-])"
        ),
    ),
    # "Ramadan 1399", "1041 AH": the Islamic calendar's months and years, as the Gregorian months they span
    (
        "hijri",
        re.compile(
            r"\b(?:(?P<hm>(?i:" + _HIJRI_MONTH + r"))\s+(?P<hy>1[0-5]\d\d)(?:\s*(?:AH|A\.H\.)(?!\w))?"
            r"|(?P<ay>1[0-5]\d\d)\s*(?:AH|A\.H\.)(?!\w))"
        ),
    ),
    # "in the autumn", "since the spring": the season of the report's year nearest in the direction the
    # clause looks; not "the spring of 2015" (above) nor "the summer months"
    (
        "season-bare",
        re.compile(
            r"\b(?i:in|during|since|by|until|over|through)\s+the\s+(?P<s>(?i:spring|summer|autumn|fall|winter))"
            r"(?=[,.;:)]|\s*$|\s+(?i:and|or|if|when|as|after|before|but|while|with|because|to|at|in|on|by|the|"
            r"he|she|it|they|its|his|her|their|this|that)\b)"
        ),
    ),
    # "at 0600 local time", "since about 19:00", "at 4 p.m.": a time of the report's day, read only when the
    # sentence names no day of its own (see `find_dates`)
    (
        "clock",
        re.compile(
            r"\b(?i:at|since|from|until|till|by|around|about|after|before)\s+(?:(?i:about|around|approximately)\s+)?"
            r"(?:(?:[01]?\d|2[0-3]):[0-5]\d(?:\s*(?i:a\.m\.|p\.m\.|am|pm)(?!\w))?"
            r"|(?:[01]?\d|2[0-3])\.[0-5]\d(?=\s*(?i:a\.m\.|p\.m\.|am|pm|hours|hrs|local|GMT|UTC|BST)(?!\w))"
            r"|(?:[01]\d|2[0-3])[0-5]\d(?=\s*(?i:hours|hrs|local|GMT|UTC)\b)"
            r"|(?:1[0-2]|0?[1-9])\s*(?i:a\.m\.|p\.m\.|am|pm)(?!\w))"
            r"(?:\s*(?:hours|hrs|GMT|UTC|BST|CET|CEST|EST|EDT|local time|\(local time\)|a\.m\.|p\.m\.|am|pm)(?!\w))*"
            # "at 2pm on the day of the robbery": the time of another day
            r"(?!\s+on\s+(?:the|that)\b)"
        ),
    ),
    # "Christmas Eve 1943", "Boxing Day 2020", "New Year's Day": days of the calendar every English
    # writer names by their feast rather than their number
    (
        "feast-day",
        re.compile(
            r"\b(?P<f>Christmas Eve|Christmas Day|Boxing Day|New Year['’]s Eve|New Year['’]s Day|Halloween)"
            r"(?:,?\s+(?P<y>" + _Y + r"))?\b"
        ),
    ),
    # "2003 – The patrol was founded.": a timeline's year at the head of its entry
    # "1994 – ...", and as a list's item or in bold: "- 1994: ...", "**1994** – ..."
    (
        "timeline-year",
        # anchored at the head, so only the sentence's first characters are tried; the words are the year's
        re.compile(r"^(?:[-*•] )?(?:\*\*)?(?P<y>" + _Y + r")(?=(?:\*\*)?\s*[:–—-]\s)"),
    ),
    # "November – The government announces ...", "- Spring: Water levels fall": a chronology's entry headed by
    # a month or a season of the year it lists (its heading's, `story_dates`; else the latest before publication)
    (
        "timeline-month",
        re.compile(
            r"\b(?:(?P<m>January|February|March|April|May|June|July|August|September|October|November|"
            r"December)|(?P<s>Spring|Summer|Autumn|Winter))(?=[*_]*\s*[:–—-]\s)"
        ),
    ),
    # "after 1910", "before 2003": a time bounded by a year, which is not the date of what happened
    ("year-bound", re.compile(r"\b(?i:after|before|prior\s+to)\s+(?P<y>" + _Y + r")\b(?![-/]\d)")),
    # "from August through October", "between March and May": months of the year of publication
    (
        "month-span",
        re.compile(
            r"\b(?P<lead>[Ff]rom|[Bb]etween)\s+"
            + _MONTH.format("m1")
            + r"\s+(?:to|and|until|through)\s+"
            + _MONTH.format("m2")
            + r"\b(?![\s,]+\d)"
        ),
    ),
    # "January–April", "April-May": a chronology's span of months without "from" or "between", read as
    # "month-span"; not "April–May 2022" (a "month-year-range") nor "May-June's"
    (
        "month-dash-span",
        re.compile(
            r"\b" + _MONTH.format("m1") + r"(?:\s*[–—]\s*|-)" + _MONTH.format("m2") + r"\b(?![\s,–—-]+\d)(?!['’]s\b)"
        ),
    ),
    # "mid-January", "the end of January", "the beginning of March": read as the month ("month" rules)
    (
        "month-part",
        re.compile(
            r"\b(?P<pre>(?i:mid-|the\s+(?:end|start|beginning|middle|first\s+half|second\s+half|"
            r"(?:first|second|third|fourth|last|final)\s+(?:week|fortnight))\s+of\s+))"
            + _MONTH.format("m")
            + r"\b(?![\s-]+\d)(?!['’]s\b|\s+[A-Z])"
        ),
    ),
    # "the 13th of January 2017": read as the day ("day-month" rules)
    (
        "ordinal-of",
        re.compile(
            r"\bthe\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)\s+of\s+" + _MONTH.format("m") + r"(?:,?\s+(?P<y>" + _Y + r"))?\b"
        ),
    ),
    # "on the 11th", "the 18th of last month": a day of the month the report is in (or of the month it
    # names), as news writes a day close to it; not "the 11th century", "the 4th Division", "the 5th floor"
    (
        "ordinal-day",
        re.compile(
            r"\b(?:(?i:on|by|until|since|from|before)\s+the\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)\b"
            r"(?![-\s]+(?i:of|century|centuries|anniversary|floor|round|minute|hour|day|week|time|place|birthday|"
            r"annual|consecutive|straight)\b|\s+[A-Z])(?![-\w])"
            r"|the\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)\s+of\s+(?P<mod>(?i:last|this|next))\s+(?i:month)\b)"
        ),
    ),
    # "22/02/2018": a day written in figures (read only when it cannot be month-first, or is day-first as
    # in most of the world and both read as a day)
    ("numeric-date", re.compile(r"\b(?P<a>[0-3]?\d)/(?P<b>[01]?\d)/(?P<y>" + _Y + r")\b")),
]
_PERIOD_KINDS = frozenset(kind for kind, _ in _PERIOD_PATTERNS)
# Kinds that need a figure: a sentence without one skips them (most sentences in real text).
_WRITTEN_IN_FIGURES = frozenset(
    {
        "month-year-range",
        "day-span",
        "season-year",
        "year-range",
        "decade",
        "part-year",
        "year-bound",
        "fiscal-year",
        "quarter",
        "timeline-year",
        "ordinal-of",
        "ordinal-day",
        "clock",
        "numeric-date",
        "iso",
        "day-range-month",
        "month-day-range",
        "month-day",
        "day-month",
        "month-year",
        "year",
        "numeric-day",
        "hijri",  # "Ramadan 1399", "1041 AH": a year in figures either way
    }
)

# Words a kind cannot match without (the case of the patterns aside): a sentence without them skips the
# kind's pattern, the way `_WRITTEN_IN_FIGURES` skips those that need a figure. Every sentence that may
# hold a date runs each pattern left, so one search for the word saves a scan per pattern.
_MONTH_WORD = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.IGNORECASE)
_NEEDED_WORDS: dict[str, re.Pattern[str]] = {
    **dict.fromkeys(
        (
            "day-range-month",
            "month-day-range",
            "month-day",
            "day-month",
            "month-year",
            "month",
            "month-year-range",
            "day-span",
            "month-span",
            "month-dash-span",
            "month-part",
            "ordinal-of",
        ),
        _MONTH_WORD,
    ),
    "century": re.compile(r"century", re.IGNORECASE),
    "quarter": re.compile(r"quarter|Q[1-4]", re.IGNORECASE),
    "fiscal-year": re.compile(r"fiscal|financial|FY", re.IGNORECASE),
    **dict.fromkeys(("season-year", "season-relative"), re.compile(r"spring|summer|autumn|fall|winter", re.IGNORECASE)),
    "ago": re.compile(r"\bago\b", re.IGNORECASE),
    "later": re.compile(r"later|afterward|following|next|same|previous|that", re.IGNORECASE),
    "feast-day": re.compile(r"Christmas|Boxing|New Year|Halloween"),
    "event-day": re.compile(r"(?:day|eve|morning|afternoon|evening|night|week)s?\s+(?:of|after|before)\s+the\s", re.I),
    "hijri": re.compile(r"\d\s*A\.?H\b|" + _HIJRI_MONTH, re.IGNORECASE),
    "season-bare": re.compile(r"spring|summer|autumn|fall|winter", re.IGNORECASE),
}

_NUMBER_WORDS = {w: n for n, w in enumerate(word_list("one two three four five six seven eight nine ten"), 1)}
_NUMBER_WORDS["a"] = _NUMBER_WORDS["an"] = 1


def _ago(count: str, unit: str, published: dt.date | None) -> str | None:
    """ "three days ago" is that day; weeks, months and years ago are approximate (`~`)."""
    if published is None:
        return None
    n = int(count) if count.isdigit() else _NUMBER_WORDS[count.lower()]
    if unit == "day":
        return (published - dt.timedelta(days=n)).isoformat()
    if unit == "week":
        return (published - dt.timedelta(weeks=n)).isoformat() + "~"
    if unit == "month":
        months = published.year * 12 + published.month - 1 - n
        return f"{months // 12:04d}-{months % 12 + 1:02d}~"
    return f"{published.year - n:04d}~"


def _resolve_period(kind: str, groups: dict[str, str | None], published: dt.date | None) -> str | object | None:
    """The EDTF value of a period (see `_PERIOD_PATTERNS`), or `_SKIP` when the words are no date."""
    if kind == "month-year-range":
        first, second = _month_number(groups["m1"] or ""), _month_number(groups["m2"] or "")
        if groups["m1"] == groups["m2"] or ("May" in (groups["m1"], groups["m2"]) and not groups["lead"]):
            return _SKIP  # "May-June 2015" reads fine, but "may - July 2015" is too rare to risk the verb
        end_year = int(groups["y2"] or 0)
        start_year = int(groups["y1"]) if groups["y1"] else end_year - (first > second)
        if (start_year, first) >= (end_year, second):
            return _SKIP
        return f"{start_year:04d}-{first:02d}/{end_year:04d}-{second:02d}"
    if kind == "day-span":
        if (groups["sep1"] or groups["sep2"]) == "and" and not groups["lead"]:
            return _SKIP  # "on Dec. 28 and Dec. 30": two days, each read alone
        months = [_month_number(m) for m in (groups["m1"] or groups["m3"], groups["m2"] or groups["m4"]) if m]
        days = [int(d) for d in (groups["d1"] or groups["d3"], groups["d2"] or groups["d4"]) if d]
        last_year = _year(groups["y"], months[1], days[1], published)
        first_year = last_year - 1 if last_year is not None and months[0] > months[1] else last_year
        if groups["y1"] or groups["y3"]:
            first_year = int(groups["y1"] or groups["y3"] or 0)
        first_day, last_day = _day(first_year, months[0], days[0]), _day(last_year, months[1], days[1])
        return f"{first_day}/{last_day}" if first_day and last_day and first_day < last_day else _SKIP
    if kind == "season-year":
        if groups["across"] and (groups["s"] or "").lower() == "winter":
            # "the winter of 2013–2014": December to February, as the words say (EDTF's "2013-24" is
            # read as December 2013 alone by the calendar bounds).
            return f"{groups['y']}-12/{int(groups['y'] or 0) + 1}-02"
        return f"{groups['y']}-{_SEASONS[(groups['s'] or '').lower()]}"
    if kind == "season-relative":
        if published is None:
            return None
        season = (groups["s"] or "").lower()
        modifier = (groups["mod"] or "").lower()
        # The year whose season this is: the last one that began before publication for "last".
        starts = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}[season]
        year = published.year - (modifier == "last" and published.month < starts + 3)
        year += modifier == "next" and published.month >= starts
        return f"{year:04d}-{_SEASONS[season]}"
    if kind == "year-range":
        since = int(groups["a"] or groups["c"] or 0)
        until_text = groups["b"] or groups["d"] or ""
        until = int(until_text) if len(until_text) == 4 else since // 100 * 100 + int(until_text)
        if len(until_text) == 2 and until != since + 1 and int(until_text) <= 12:
            return _SKIP  # "2005-09" may be a month; "2015-16" is a season or financial year, "1939-45" a war
        if not since < until <= since + 100:
            return _SKIP
        return f"{since}/{until}"
    if kind == "decade":
        return f"{groups['y']}X"
    if kind == "part-year":
        if groups["half"]:
            # EDTF's semesters: 40 is January to June, 41 July to December.
            return f"{groups['y']}-{40 + (groups['half'].lower() == 'second')}"
        return f"{groups['y']}~" if groups["about"] else groups["y"]
    if kind == "century":
        ordinal = (groups["n"] or "").lower()
        number = int(ordinal[:-2]) if ordinal[:1].isdigit() else _CENTURY_WORDS[ordinal]
        if not 1 <= number <= 21:
            return _SKIP
        if (groups["era"] or "").upper().startswith("BC") or number == 1:
            return None  # the words are kept; the calendar here holds no years before 100
        return f"{number - 1:02d}XX"
    if kind == "fiscal-year":
        named = groups["a"] or groups["b"] or ""
        if groups["c"]:
            named = groups["c"] if len(groups["c"]) == 4 else f"20{groups['c']}"
        closing = groups["a2"] or groups["b2"]
        if closing:
            until = int(closing) if len(closing) == 4 else int(named) // 100 * 100 + int(closing)
            return f"{named}/{until}" if until == int(named) + 1 else _SKIP
        # A fiscal year seldom runs with the calendar's: the year it is named by, approximately.
        return f"{named}~"
    if kind == "quarter":
        quarter = int(groups["qn"] or 0) or _QUARTERS.get((groups["q"] or "").lower()) or int((groups["q"] or "0")[0])
        return f"{groups['y']}~" if groups["fiscal"] else f"{groups['y']}-{32 + quarter}"
    if kind == "year-bound":
        return None  # the words are kept; the date is not the year they name
    if kind == "timeline-year":
        return groups["y"]
    if kind == "timeline-month":
        if groups["s"]:
            return (
                _bare_season(groups["s"].lower(), published, False)
                if published
                else f"XXXX-{_SEASONS[groups['s'].lower()]}"
            )
        month = _month_number(groups["m"] or "")
        if published is None:
            return f"XXXX-{month:02d}"
        return f"{published.year - (month > published.month):04d}-{month:02d}"
    if kind in ("month-span", "month-dash-span"):
        first, second = _month_number(groups["m1"] or ""), _month_number(groups["m2"] or "")
        if first == second:
            return _SKIP
        if published is None:
            return f"XXXX-{first:02d}/XXXX-{second:02d}" if first < second else _SKIP
        year = published.year - 1 if first > published.month + 6 else published.year
        return f"{year:04d}-{first:02d}/{year + (second < first):04d}-{second:02d}"
    if kind == "ago":
        return _ago(groups["n"] or "", groups["u"] or "", published)
    if kind == "hijri":
        return hijri_edtf(int(groups["hy"] or groups["ay"] or 0), groups["hm"]) or _SKIP
    if kind == "clock":
        return published.isoformat() if published is not None else None
    if kind in ("later", "event-day"):
        return None  # counted from the date named before it, by `story_dates`
    if kind == "feast-day":
        month, day = FEAST_DAYS[(groups["f"] or "").replace("’", "'")]
        return _day(_year(groups["y"], month, day, published), month, day)
    if kind == "relative-part":
        modifier = (groups["mod"] or "").lower()
        return _relative(f"{'this' if modifier == 'the' else modifier} {groups['u']}", published)
    if kind == "ordinal-day":
        return _ordinal_day(groups, published)
    # numeric-date: day first unless only month-first makes sense
    first, second, year = int(groups["a"] or 0), int(groups["b"] or 0), int(groups["y"] or 0)
    day, month = (second, first) if second > 12 >= first else (first, second)
    return _day(year, month, day) or _SKIP


def _bare_season(season: str, published: dt.date | None, ahead: bool) -> str | None:
    """ "in the autumn": in a clause in the past, the last one begun by publication; else the next one to end."""
    if published is None:
        return None
    starts = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}[season]
    if ahead:
        year = published.year + (published.month >= starts + 3)
    else:
        year = published.year - (published.month < starts)
    return f"{year:04d}-{_SEASONS[season]}"


def _ordinal_day(groups: dict[str, str | None], published: dt.date | None) -> str | object | None:
    """ "on the 11th": this month's 11th when it has come, else last month's; "the 18th of last month"."""
    day = int(groups["d"] or groups["d2"] or 0)
    if not 1 <= day <= 31:
        return _SKIP
    if published is None:
        return None  # the words are kept; the month is the report's, which is not known
    shift = {"last": -1, "this": 0, "next": 1}.get((groups["mod"] or "").lower(), -1 if day > published.day else 0)
    months = published.year * 12 + published.month - 1 + shift
    return _day(months // 12, months % 12 + 1, day) or _SKIP


_LOOKS_AHEAD = re.compile(r"\b(?:scheduled|will|next|upcoming|planned|plans?|expects?|expected|due)\b", re.IGNORECASE)
# Reported speech puts "will" in the past: "said she would begin talks on Monday" looks ahead from the day
# she said it, but only for a date after "would" ("told us on Tuesday that it would ..." is the telling's
# day); "would have" is a past conditional.
_REPORTED_FUTURE = re.compile(
    r"\b(?:said|says|told|announced|added|promised|pledged|vowed|agreed|confirmed)\b[^.;:]{0,60}?\bwould\b"
    r"(?!\s+(?:not\s+|never\s+)?(?:have|'ve)\b)[^.;:]*$",
    re.IGNORECASE,
)


# Where a clause ends: "She met officials on Wednesday and is expected to report next week" looks
# ahead only after "and".
# A colon between figures is a clock's ("at 07:00 on Saturday"), not a clause's end.
_CLAUSE_BREAK = re.compile(r"[,;()]|(?<!\d):|:(?!\d)|\s(?:and|but|while|after|before|when|whereas)\s")


# A quotation: the speaker's own tense ("warns that his country "will not accept" it"), not the sentence's.
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")


def _clause_looks_ahead(sentence: str, start: int, end: int) -> bool:
    """Whether the clause around `start`..`end` speaks of what is still to come (outside any quotation that
    does not hold the date)."""
    breaks_before = [m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, start)]
    after = _CLAUSE_BREAK.search(sentence, end)
    low, high = breaks_before[-1] if breaks_before else 0, after.start() if after else len(sentence)
    clause = sentence[low:high]
    if '"' in clause or "“" in clause:
        clause = _QUOTED.sub(lambda q: q.group() if q.start() + low <= start < q.end() + low else " ", clause)
    return bool(_LOOKS_AHEAD.search(clause) or _REPORTED_FUTURE.search(sentence, low, start))


# A month this close after publication may be the coming one even in a past clause ("offered a
# rise from July" in June); further on, a past clause tells of last year's.
_NEAR_MONTHS = 2
_TIMELINE_HEAD = re.compile(r"[-*•_\s]*")
_ONWARDS = re.compile(r"\s+(?:onwards?|on)\b", re.IGNORECASE)
_PAST = re.compile(
    r"\b(?:\w{3,}ed|died|was|were|had|did|took|came|went|began|met|said|told|saw|made|held|left|won|lost|fell|rose|"
    r"sent|spent|paid|sold|bought|gave|got|ran|wrote|chose|flew|fled|fought|struck|shot|grew|built|brought|found|broke|"
    r"became|kept|sought|stood)\b",
    re.IGNORECASE,
)


def _clause_in_past(sentence: str, start: int, end: int) -> bool:
    """Whether the clause around `start`..`end` tells of what is done (a past form, and no look-ahead)."""
    breaks_before = [m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, start)]
    after = _CLAUSE_BREAK.search(sentence, end)
    clause = sentence[breaks_before[-1] if breaks_before else 0 : after.start() if after else len(sentence)]
    # "In July, the company announced ...": the clause of a leading date is the one after it.
    if not _PAST.search(clause) and after is not None and not breaks_before:
        clause = sentence[after.end() :]
    return bool(_PAST.search(clause)) and not _LOOKS_AHEAD.search(clause)


def _verbless_clause(sentence: str, start: int, end: int) -> bool:
    breaks_before = [m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, start)]
    after = _CLAUSE_BREAK.search(sentence, end)
    clause = sentence[breaks_before[-1] if breaks_before else 0 : after.start() if after else len(sentence)]
    return (
        not _PAST.search(clause)
        and not _LOOKS_AHEAD.search(clause)
        and not re.search(r"\b(?:is|are|has|have)\b", clause)
    )


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
    r"\b(?:this|last|next|earlier|today|yesterday|tomorrow|tonight|the day|ago\b|overnight|century|weekend|"
    r"later|afterwards?|following|same|previous|(?:day|eve|morning|night|week)s?\s+(?:of|after|before)\s+the\s|"
    r"that (?:same )?(?:day|morning|afternoon|evening|night|spring|summer|autumn|winter|month|year)|"
    r"Christmas|Boxing|New Year|Halloween|the (?:spring|summer|autumn|fall|winter)\b|"
    r"(?:spring|summer|autumn|winter)(?=[*_]*\s*[:–—-]\s))",
    re.IGNORECASE,
)


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
    # "im März", "Ende Mai", "em março", "в марте", "depuis janvier": a month alone, after a preposition
    (
        "local-month",
        re.compile(
            r"\b(?P<pre>im|seit|bis(?:\s+zum)?|anfang|mitte|ende|em|desde|até|en|depuis|hasta|в|с|до|к)\s+(?:de\s+)?"
            + _LOCAL_MONTH
            + r"\b(?![\s.]*\d)",
            re.IGNORECASE,
        ),
    ),
    # "im Jahr 2021", "seit 2019", "em 2021", "в 2021 году": a year after a preposition, or with the
    # Russian word for year; not a count of years, money or people ("seit 2000 Jahren", "em 2000 casas").
    (
        "local-year",
        re.compile(
            r"\b(?:(?:im\s+jahre?|seit|em|desde|no\s+ano\s+de|en|depuis)\s+(?P<y>(?:19|20)\d\d)\b(?![\s.,]*\d)"
            r"(?!\s+(?:jahr|euro|dollar|mensch|ano|rea[il]|d[oó]lar|pessoa|caso|casa|km|personas|millones|%))"
            r"|(?:[вс]\s+)?(?P<ry>(?:19|20)\d\d)\s+(?:году|года|год\b|г\.))",
            re.IGNORECASE,
        ),
    ),
    # "am Dienstag", "na terça-feira", "во вторник", "화요일": a weekday, counted back from publication
    (
        "local-weekday",
        re.compile(
            r"\b(?:am|vom|seit|na|no|nesta|neste|le|ce|el|este|в|во)\s+(?:(?:vergangenen|letzten|última|último)\s+)?"
            r"(?P<w>"
            + "|".join(sorted((n for n in LOCAL_WEEKDAYS if not n.endswith("요일")), key=len, reverse=True))
            + r")\b|(?P<k>"
            + "|".join(n for n in LOCAL_WEEKDAYS if n.endswith("요일"))
            + r")",
            re.IGNORECASE,
        ),
    ),
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
    clocks: set[int] = set()
    looks_ahead = " would " in sentence or bool(_LOOKS_AHEAD.search(sentence))
    figures = any(map(str.isdigit, sentence))  # (no generator frame per character: this reads every sentence)
    has_word: dict[re.Pattern[str], bool] = {}
    for kind, pattern in _PERIOD_PATTERNS + _PATTERNS if english else _LOCAL_PATTERNS:
        if not figures and kind in _WRITTEN_IN_FIGURES:
            continue
        needed = _NEEDED_WORDS.get(kind) if english else None
        if needed is not None:
            if needed not in has_word:
                has_word[needed] = needed.search(sentence) is not None
            if not has_word[needed]:
                continue
        for match in pattern.finditer(sentence):
            start, end = match.span()
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            value = _resolve(kind, match, published, looks_ahead and _clause_looks_ahead(sentence, start, end))
            if value is _SKIP:
                continue
            if qualifier and isinstance(value, str) and kind in _COUNTED_FROM_PUBLICATION:
                value = "/".join(_marked(bound, qualifier) for bound in value.split("/"))
            words = match.group()
            if kind == "timeline-year":  # "- **1994** – ...": the year alone
                start, words = match.start("y"), match.group("y")
            # "on Thursday" keeps its words without the preposition; "since 2013" and "until 2013"
            # keep theirs, since the date is where a time begins or ends.
            lead = re.match(r"(?:in|on|of|during|for)\s+", words, re.IGNORECASE)
            if lead and kind in ("weekday", "month-year", "month", "year"):
                start += lead.end()
                words = words[lead.end() :]
            taken.append((match.start(), match.end()))
            found.append(DateMention(offset + start, offset + end, words, value))  # type: ignore[arg-type]
            if kind == "clock":
                clocks.add(offset + start)
    # "at 06:00 GMT on Thursday": the day dates it; a time alone is the report's day.
    if clocks and len(found) > len(clocks):
        found = [mention for mention in found if mention.start not in clocks]
    found.sort(key=lambda item: item.start)
    found = (
        [m for m in _listed_years(found, sentence, offset) if not _weekday_in_a_name(m, sentence, offset)]
        if english
        else found
    )
    found = _weekday_with_its_day(_fiscal_ends(found, sentence, offset), sentence, offset)
    found = _year_from_the_sentence(found, sentence, offset)
    if len(found) > 1:
        found = _overnight_on_a_day(_year_across_and(found, sentence, offset, published), sentence, offset)
        found = _weekday_of_a_week(found, sentence, offset)
    return _time_before_a_day(found, sentence, offset)


# ", and Pritchard was arrested at his home on 3 March": a clause joined by "and" that goes on telling what
# happened next
_AND_THEN = re.compile(r",\s+and\s")
_BORN = re.compile(r"\bborn\b", re.IGNORECASE)
_DAY_NO_YEAR = re.compile(r"(?:\d{4}|XXXX)-(?P<md>\d\d-\d\d)")


def _year_across_and(
    found: list[DateMention], sentence: str, offset: int, published: dt.date | None
) -> list[DateMention]:
    """ "reported the matter to police on 28 January 2021, and Pritchard was arrested on 3 March": a day
    without a year, in a past clause joined by ", and" to one with a full date, is later that same year,
    when it falls after that date (and not after publication); a writer names the year when it changes."""
    settled = list(found)
    for index, (full, day) in enumerate(pairwise(found)):
        first = re.fullmatch(r"(?P<y>\d{4})-(?P<md>\d\d-\d\d)", full.edtf or "")
        bare = _DAY_NO_YEAR.fullmatch(day.edtf or "")
        if first is None or bare is None or re.search(r"\d{4}", day.text) or not re.search(r"\d{4}", full.text):
            continue
        gap = sentence[full.end - offset : day.start - offset]
        if not _AND_THEN.search(gap) or not _PAST.search(gap) or bare.group("md") <= first.group("md"):
            continue
        if _BORN.search(sentence, 0, full.start - offset):
            continue  # "born on 2 January 1950, and died on 4 March": a life's two ends, years apart
        value = f"{first.group('y')}-{bare.group('md')}"
        if published is not None and value > published.isoformat():
            continue
        settled[index + 1] = DateMention(day.start, day.end, day.text, value)
    return settled


_WEEK_AFTER_DAY = re.compile(r"(?:last|next|this)\s+week", re.IGNORECASE)


def _weekday_of_a_week(found: list[DateMention], sentence: str, offset: int) -> list[DateMention]:
    """ "cut 300 jobs on Tuesday last week": the Tuesday of that week, one date, not the last Tuesday and the
    week as two."""
    settled: list[DateMention] = []
    for mention in found:
        last = settled[-1] if settled else None
        if (
            last is not None
            and last.text.lower() in WEEKDAYS
            and _WEEK_AFTER_DAY.fullmatch(mention.text)
            and mention.edtf
            and not sentence[last.end - offset : mention.start - offset].strip()
        ):
            monday = dt.date.fromisoformat(mention.edtf.split("/")[0].rstrip("?~%"))
            day = monday + dt.timedelta(days=WEEKDAYS[last.text.lower()])
            words = sentence[last.start - offset : mention.end - offset]
            settled[-1] = DateMention(last.start, mention.end, words, day.isoformat())
            continue
        settled.append(mention)
    return settled


_ON_THE_NIGHT = re.compile(r"\s+on\s+(?:the\s+night\s+of\s+)?", re.IGNORECASE)


def _overnight_on_a_day(found: list[DateMention], sentence: str, offset: int) -> list[DateMention]:
    """ "struck overnight on November 12 to 13": one time, the night the day names, not also the night before
    publication."""
    settled: list[DateMention] = []
    for mention in found:
        last = settled[-1] if settled else None
        if (
            last is not None
            and last.text.lower() == "overnight"
            and _ON_THE_NIGHT.fullmatch(sentence, last.end - offset, mention.start - offset)
        ):
            words = sentence[last.start - offset : mention.end - offset]
            settled[-1] = DateMention(last.start, mention.end, words, mention.edtf)
            continue
        settled.append(mention)
    return settled


# "the first quarter of fiscal year 2025, which ended September 30, 2024": the day a company's quarter or
# year ends is the day its months are counted back from, whatever its calendar.
_ENDED = re.compile(r",?\s*(?:\(?\s*)?(?:which\s+|that\s+)?(?:ended|ending|ends|end)\s+(?:on\s+)?", re.IGNORECASE)
_FISCAL_SPAN = re.compile(r"(?P<q>quarter)|(?P<h>half)|fiscal|financial|FY", re.IGNORECASE)


def _fiscal_ends(found: list[DateMention], sentence: str, offset: int) -> list[DateMention]:
    settled = list(found)
    restated: set[int] = set()  # the day a period ended is its last day, not a date of its own
    for index, (period, end) in enumerate(pairwise(found)):
        span = _FISCAL_SPAN.search(period.text)
        gap = _ENDED.fullmatch(sentence, period.end - offset, end.start - offset)
        if span is None or gap is None or not end.edtf or not re.fullmatch(r"\d{4}-\d\d-\d\d", end.edtf):
            continue
        months = 3 if span.group("q") else 6 if span.group("h") else 12
        last = int(end.edtf[:4]) * 12 + int(end.edtf[5:7]) - 1
        first = last - months + 1
        value = f"{first // 12:04d}-{first % 12 + 1:02d}/{last // 12:04d}-{last % 12 + 1:02d}"
        settled[index] = DateMention(period.start, period.end, period.text, value)
        restated.add(index + 1)
    return [mention for index, mention in enumerate(settled) if index not in restated] if restated else settled


_WEEKDAY_GAP = re.compile(r",?\s+(?:(?:the|dem|den|le|el)\s+)?|\s*\(\s*")
# Words for a day counted from publication that the text may restate: "today (23 December)".
_RESTATED = frozenset(WEEKDAYS) | {"today", "yesterday", "tomorrow", "tonight", "this morning", "last night"}


# "in the weeks before 1 May", "the days leading up to 3 June": the time before the day, not the day
_BEFORE_A_DAY = re.compile(
    r"\bthe\s+(?:(?:few|last|final)\s+)?(?P<u>days|weeks|months)\s+(?:before|leading\s+up\s+to|ahead\s+of|preceding)\s+$",
    re.IGNORECASE,
)
_BEFORE_SPAN = {"days": 7, "weeks": 28, "months": 90}


def time_before(words: str, edtf: str | None) -> str | None:
    """The span "the weeks before 1 May" names, once its day is known (else `edtf` as it is)."""
    before = re.match(r"(?i:the\s+(?:(?:few|last|final)\s+)?(?P<u>days|weeks|months)\s)", words)
    if before is None or edtf is None or not re.fullmatch(r"\d{4}-\d\d-\d\d", edtf):
        return edtf
    day = dt.date.fromisoformat(edtf)
    first = day - dt.timedelta(days=_BEFORE_SPAN[before.group("u").lower()])
    return f"{first.isoformat()}/{(day - dt.timedelta(days=1)).isoformat()}"


def _time_before_a_day(found: list[DateMention], sentence: str, offset: int) -> list[DateMention]:
    """ "the weeks before 1 May" is the weeks up to the day before it: its words and that span (a day
    without a year gets its span when `story_dates` has given it one)."""
    settled: list[DateMention] = []
    for mention in found:
        before = _BEFORE_A_DAY.search(sentence, 0, mention.start - offset)
        if before is None or mention.edtf is None or not re.fullmatch(r"[\dX]{4}-\d\d-\d\d", mention.edtf):
            settled.append(mention)
            continue
        words = sentence[before.start() : mention.end - offset]
        settled.append(DateMention(offset + before.start(), mention.end, words, time_before(words, mention.edtf)))
    return settled


def _weekday_with_its_day(found: list[DateMention], sentence: str, offset: int) -> list[DateMention]:
    """ "Tuesday, March 14" and "today (23 December)" are one date each: the second words name the
    day the first count from publication, and both are kept."""
    merged: list[DateMention] = []
    for mention in found:
        previous = merged[-1] if merged else None
        gap = _WEEKDAY_GAP.fullmatch(sentence[previous.end - offset : mention.start - offset]) if previous else None
        if (
            previous is not None
            and gap is not None
            and (
                previous.text.rstrip("’'s").lower() in _RESTATED
                or previous.text.split()[-1].lower() in LOCAL_WEEKDAYS  # "am Montag, dem 10. Dezember"
            )
            and re.match(r"\d|[A-Z][a-z]{2}", mention.text)
            and mention.edtf is not None
            and "/" not in mention.edtf
            and len(mention.edtf) >= 10
        ):
            end = mention.end
            if "(" in gap.group() and sentence[end - offset : end - offset + 1] == ")":
                end += 1
            words = sentence[previous.start - offset : end - offset]
            merged[-1] = DateMention(previous.start, end, words, _year_of_weekday(previous.text, mention))
            continue
        merged.append(mention)
    return merged


def _year_of_weekday(weekday_words: str, day: DateMention) -> str | None:
    """The day's date, in the year next to the one guessed where it falls on the weekday named
    ("From Sunday 10 January" in a November notice is next January's), unless the text gave a year."""
    last = weekday_words.rstrip("’'s").split()[-1].lower()
    name = last if last in WEEKDAYS else LOCAL_WEEKDAYS.get(last)
    if name is None or day.edtf is None or not re.match(r"\d{4}-\d\d-\d\d", day.edtf) or re.search(r"\d{4}", day.text):
        return day.edtf  # a year the text gives, or none known to start from
    guessed = dt.date.fromisoformat(day.edtf[:10])
    for year in (guessed.year, guessed.year + 1, guessed.year - 1):
        try:
            candidate = guessed.replace(year=year)
        except ValueError:  # 29 February
            continue
        if candidate.weekday() == WEEKDAYS[name]:
            return candidate.isoformat() + day.edtf[10:]
    return day.edtf


_NAME_AFTER = re.compile(r"\s+(?P<w>[A-Z][a-z]+)")
_NAME_BEFORE = re.compile(r"(?P<w>[A-Z][a-z]+)\s+$")
# Words that lead a date ("on Sunday", "by Friday"): a weekday after them is the date, no name's word.
DATE_LEADS = word_set("on last next this by until since from before after early late every")


def _weekday_in_a_name(mention: DateMention, sentence: str, offset: int) -> bool:
    """ "Saturday Millionaires", "Sunday Times", "Super Tuesday": a weekday inside a name is no date."""
    if mention.text not in _WEEKDAY_NAMES:
        return False
    before = _NAME_BEFORE.search(sentence, 0, mention.start - offset)
    after = _NAME_AFTER.match(sentence, mention.end - offset)
    named_before = (
        before is not None and before.start() > 0 and before.group("w").lower() not in DATE_LEADS | _DATE_WORDS
    )
    # "said Tuesday Iraqi forces ...", "On Tuesday Russia ...": a verb or a lead before it makes it the date.
    word_before = re.search(r"(\w+)\W*$", sentence[: mention.start - offset])
    dated = word_before is not None and (
        word_before.group(1).lower() in DATE_LEADS or _REPORTED_BEFORE.fullmatch(word_before.group(1)) is not None
    )
    named_after = after is not None and after.group("w").lower() not in _DATE_WORDS and not dated
    return named_before or named_after


_WEEKDAY_NAMES = frozenset(name.capitalize() for name in WEEKDAYS)
_REPORTED_BEFORE = re.compile(r"(?i:\w+ed|said|says|told|met|held|began|left|struck)")
_DATE_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)
_NEXT_YEAR_IN_LIST = re.compile(r"(?:,\s*|,?\s+(?:and|or)\s+(?:again\s+)?(?:in\s+)?)(?P<y>" + _Y + r")\b(?![-/]\d)")


def _listed_years(found: list[DateMention], sentence: str, offset: int) -> list[DateMention]:
    """ "in 1998, 2003 and 2007": the years listed after a year the rules read are years too."""
    listed: list[DateMention] = []
    taken = {(m.start, m.end) for m in found}
    for mention in found:
        end = mention.end
        while mention.edtf and re.fullmatch(r"\d{4}", mention.edtf) and mention.text.endswith(mention.edtf):
            after = _NEXT_YEAR_IN_LIST.match(sentence, end - offset)
            if after is None or any(
                start < offset + after.end() and offset + after.start() < stop for start, stop in taken
            ):
                break
            year = after.group("y")
            listed.append(DateMention(offset + after.start("y"), offset + after.end("y"), year, year))
            end = offset + after.end()
    return sorted(found + listed, key=lambda m: m.start) if listed else found


def _marked(bound: str, qualifier: str) -> str:
    """`bound` with the EDTF `qualifier` added; an approximate day made uncertain too is `%`."""
    if re.fullmatch(r"\d{4}-2[1-4]", bound):
        return bound  # EDTF has no qualified season ("2026-21?"), and a season outlasts an uncertain day
    if bound[-1:] in ("~", "?", "%") and bound[-1] != qualifier:
        return bound[:-1] + "%"
    return bound.rstrip("~?%") + qualifier


# Between a day without a year and the sentence's one year, a clause break and more words than this say the
# year belongs to another clause ("On 16 March, the council renewed the curfew, first imposed on 5 October 2022").
_OTHER_CLAUSE_CHARS = 30


def _year_from_the_sentence(found: list[DateMention], sentence: str = "", offset: int = 0) -> list[DateMention]:
    """ "On 4 April and 5-6 April 2016": a day without a year takes the one year the sentence names."""
    years = {m.edtf[:4] for m in found if m.edtf and m.edtf[:4].isdigit()}
    if len(years) != 1 or not any(m.edtf and m.edtf.startswith("XXXX") for m in found):
        return found
    year = years.pop()
    dated = [m for m in found if m.edtf and m.edtf[:4].isdigit()]

    def near(mention: DateMention) -> bool:
        for other in dated:
            gap = sentence[min(mention.end, other.end) - offset : max(mention.start, other.start) - offset]
            if len(gap) <= _OTHER_CLAUSE_CHARS or not re.search(r"[,;:()]", gap):
                return True
        return not sentence

    return [
        DateMention(m.start, m.end, m.text, m.edtf.replace("XXXX", year))
        if m.edtf and "XXXX" in m.edtf and near(m)
        else m
        for m in found
    ]


_SKIP = object()
# Kinds whose value is counted from the publication day, rather than spelled out by the text.
_COUNTED_FROM_PUBLICATION = frozenset(
    {"weekday", "relative", "season-relative", "ago", "relative-part", "season-bare", "ordinal-day", "clock"}
)


_LAST_YEAR_AFTER = re.compile(r"\s+(?:last|a|the\s+previous)\s+year\b", re.IGNORECASE)
_MONTH_AS_SUBJECT = re.compile(
    r"\s+(?!(?:its|his|this|thus|as|us)\b)(?:was|were|is|are|has|had|have|would|will|could|should|might|saw|brought|"
    r"\w+ed|\w+s)\b"
)
_WHEN_AFTER = re.compile(r",?\s+when\s")


def _resolve(kind: str, match: re.Match[str], published: dt.date | None, ahead: bool) -> str | object | None:
    groups = match.groupdict()
    if kind == "season-bare":
        # A clause of its own words ("died three years ago, in the winter,") tells its time by the sentence's verb.
        past = not ahead and (
            _clause_in_past(match.string, *match.span())
            or (_verbless_clause(match.string, *match.span()) and _PAST.search(match.string) is not None)
        )
        return _bare_season((groups["s"] or "").lower(), published, not past)
    if kind == "year-bound" and _WHEN_AFTER.match(match.string, match.end()):
        return groups["y"]  # "expanded after 1967, when the other routes closed": the when-clause is that year's
    if kind == "timeline-month" and not _TIMELINE_HEAD.fullmatch(match.string, 0, match.start()):
        return _SKIP  # only a list mark or bold before it: the entry's head
    if kind == "later" and _LAST_YEAR_AFTER.match(match.string, match.end()):
        return _SKIP  # "the same month last year": a base to compare with (`event_filters`), not a time of the text
    if kind == "month-span" and published is not None and not ahead:
        value = _resolve_period(kind, groups, published)
        return _done_span_last_year(value, match, published) if isinstance(value, str) else value
    if kind in _PERIOD_KINDS and kind not in ("month-part", "ordinal-of"):
        return _resolve_period(kind, groups, published)
    if kind == "iso":
        return _day(int(groups["y"]), int(groups["m"]), int(groups["d"]))
    if kind in ("day-range-month", "month-day-range"):
        month = _month_number(groups["m"])
        first, second = int(groups["d1"]), int(groups["d2"])
        if not (1 <= first < second <= 31):
            return _SKIP
        year = _year(groups.get("y"), month, first, published)
        if published is not None and not groups.get("y") and not ahead and year == published.year:
            year -= _done_after_publication(match, month, first, published)  # "broke up protests on 11 and 12 May"
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
    if kind in ("month-day", "day-month", "ordinal-of"):
        month = _month_number(groups["m"])
        day = int(groups["d"])
        if not 1 <= day <= 31:
            return _SKIP
        if kind == "month-day" and groups["m"].lower() == "may" and not groups.get("y") and day > 31:
            return _SKIP
        year = _year(groups.get("y"), month, day, published, ahead)
        if published is not None and not groups.get("y") and not ahead and year == published.year:
            year -= _done_after_publication(match, month, day, published)
        return _day(year, month, day) or _SKIP
    if kind == "month-year":
        return f"{int(groups['y']):04d}-{_month_number(groups['m']):02d}"
    if kind in ("month", "month-part"):
        month = _month_number(groups["m"])
        if groups["m"].islower():
            return _SKIP  # "may" is far more often the verb; "in May" (not "May's", "May Day") is the month
        if groups["pre"].lower() == "that" and _MONTH_AS_SUBJECT.match(match.string, match.end()):
            return _SKIP  # "said that March had been the wettest": the month is what the clause is about
        if published is None:
            return f"XXXX-{month:02d}"
        if groups["pre"].lower() == "last":
            # "last July": the most recent July before the publication month
            year = published.year if month < published.month else published.year - 1
        else:
            year = published.year - 1 if month > published.month + 6 else published.year
            if (
                month > published.month + _NEAR_MONTHS
                # "from October" looks ahead unless its clause is done: "grew strongly from October onwards"
                and (groups["pre"].lower() != "from" or _ONWARDS.match(match.string, match.end()) is not None)
                and not ahead
                and _clause_in_past(match.string, *match.span())
            ):
                year = published.year - 1  # "in July, the company announced ..." in a January report
            elif (
                published.month < month <= published.month + 6
                and groups["pre"].lower() in ("in", "early", "late", "mid", "mid-", "during")  # not "from July"
                and not ahead
                and _had_done(match)
            ):
                year = published.year - 1  # "who had been appointed in June" in a May report: last June
        return f"{year:04d}-{month:02d}"
    if kind == "year":
        return groups["y"]
    if kind == "local-year":
        return groups["y"] or groups["ry"]
    if kind == "local-weekday":
        return _weekday(LOCAL_WEEKDAYS[(groups["w"] or groups["k"] or "").lower()], "", published, False)
    if kind == "local-month":
        month = _month_number(groups["m"])
        if published is None:
            return f"XXXX-{month:02d}"
        return f"{published.year - (month > published.month + 6):04d}-{month:02d}"
    if kind == "weekday":
        return _weekday(groups["w"].lower(), (groups.get("mod") or "").lower(), published, ahead)
    return _relative(groups["r"].lower(), published)


# "The turning point came on 4 October" in a May recap: a day this far after publication, on which something
# was done, was last year's. Nearer, a done clause may still name a coming day ("was moved to 2 June").
_DONE_DAYS = 31
_ON = re.compile(r"\b[Oo]n\s+(?:the\s+)?$")
_OPENING_ON = re.compile(r"\W*[Oo]n\s+(?:the\s+)?")
# what a past clause says of a day still to come: "said the vote would be held on 4 October"
_AHEAD_FROM_PAST = re.compile(
    r"\b(?:would|could|should|might|was\s+to|were\s+to|set\s+for|postponed|delayed|moved|rescheduled|put\s+off|"
    r"deadline|until|tickets?|to\s+be)\b",
    re.IGNORECASE,
)


def _done_span_last_year(value: str, match: re.Match[str], published: dt.date) -> str:
    """ "Between March and June, border guards pushed back 2,000 people" in a January report: a span of months in
    a done clause that would begin after publication, or end well after it, was last year's."""
    first, second = int(value[5:7]), int(value[-2:])
    if value[:4] != str(published.year) or second < first:
        return value
    if first <= published.month and second <= published.month + _NEAR_MONTHS:
        return value
    if not _clause_in_past(match.string, *match.span()):
        return value
    year = published.year - 1
    return f"{year:04d}-{first:02d}/{year:04d}-{second:02d}"


def _done_after_publication(match: re.Match[str], month: int, day: int, published: dt.date) -> bool:
    """Whether "on 4 October", a day after publication in the publication's year, tells what was done."""
    try:
        gap = (dt.date(published.year, month, day) - published).days
    except ValueError:
        return False
    if gap <= 0 or not _ON.search(match.string, max(0, match.start() - 8), match.start()):
        return False
    sentence, (start, end) = match.string, match.span()
    if gap <= _DONE_DAYS:
        # Nearer, only a date that opens its sentence and a clause in the past tell what was done:
        # "On 3 February, police raided the offices" in a yearly report out on 16 January.
        fronted = _OPENING_ON.fullmatch(sentence, 0, start) is not None and sentence.startswith(",", end)
        return fronted and _clause_in_past(sentence, start, end) and not _AHEAD_FROM_PAST.search(sentence)
    done = _clause_in_past(sentence, start, end) or (
        _verbless_clause(sentence, start, end) and _PAST.search(sentence) is not None
    )
    return done and not _AHEAD_FROM_PAST.search(sentence)


# "who had been appointed in June": the past perfect tells of what was done before the report, however near
# the month; not "had hoped to open in June"
_HAD_DONE = re.compile(r"\bhad\s+(?:already\s+|just\s+|never\s+)?(?:been|\w{3,}ed|\w+en|won|lost|left|met|sold)\b")
_HAD_MEANT = re.compile(r"\b(?:hoped|wanted|intended|aimed|promised|agreed|pledged|vowed|wished|expected)\b")


def _had_done(match: re.Match[str]) -> bool:
    sentence, (start, end) = match.string, match.span()
    breaks_before = [m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, start)]
    after = _CLAUSE_BREAK.search(sentence, end)
    clause = sentence[breaks_before[-1] if breaks_before else 0 : after.start() if after else len(sentence)]
    return (
        _HAD_DONE.search(clause) is not None
        and not _HAD_MEANT.search(clause)
        and not _LOOKS_AHEAD.search(clause)
        and not _AHEAD_FROM_PAST.search(clause)
    )


# A day this long before publication, in a clause that looks ahead, is next year's ("will take
# effect on 1 January" in October).
_AHEAD_DAYS = 90


def _year(explicit: str | None, month: int, day: int, published: dt.date | None, ahead: bool = False) -> int | None:
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
    if ahead and (published - candidate).days > _AHEAD_DAYS:
        return published.year + 1
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
    if words == "the new year":
        return f"{published.year + (published.month >= 7):04d}-01"
    hours = re.search(r"\b(24|48|72)\s+hours$", words)
    if hours is not None:
        return f"{(published - int(hours.group(1)) // 24 * day).isoformat()}/{published.isoformat()}"
    if words == "overnight":
        return f"{(published - day).isoformat()}/{published.isoformat()}"
    if words in ("yesterday", "last night", "the day before"):
        return (published - day).isoformat()
    if words == "tomorrow":
        return (published + day).isoformat()
    if words.endswith("weekend"):
        # The Saturday and Sunday: the last one for "last" and "over the", the coming one for "this" and "next".
        since_saturday = (published.weekday() - 5) % 7
        saturday = published - dt.timedelta(days=since_saturday)
        if words.startswith("last") and since_saturday < 2:
            saturday -= dt.timedelta(weeks=1)
        elif words.startswith(("this", "next")) and since_saturday >= 2:
            saturday += dt.timedelta(weeks=1)
        if words.startswith("next"):
            saturday += dt.timedelta(weeks=1)
        return f"{saturday.isoformat()}/{(saturday + day).isoformat()}"
    if words.endswith("week"):
        monday = published - dt.timedelta(days=published.weekday())
        monday += dt.timedelta(weeks={"last week": -1, "this week": 0, "next week": 1}[words])
        return f"{monday.isoformat()}/{(monday + 6 * day).isoformat()}"
    if words.endswith("month"):
        month = published.month + {"last month": -1, "this month": 0, "next month": 1}[words]
        year = published.year + (month - 1) // 12
        return f"{year:04d}-{(month - 1) % 12 + 1:02d}"
    return str(published.year + {"last year": -1, "this year": 0, "next year": 1}[words])


# A release or statement without a publication date in its metadata often states it at its head:
# a line of its own ("3 February 2017", "Brussels, 22/02/2018") or a dateline before a dash
# ("SOUTHWEST ASIA, Jan. 8, 2017 — Coalition forces ...").
_HEAD_LINES = 4
_HEAD_CHARS = 400
_SHORT_LINE_WORDS = 8
_NOT_A_DATELINE = re.compile(
    r"\b(?:born|died|founded|established|formed|opened|built|signed|birth|death|date of|dates?\s*[–-])",
    re.IGNORECASE,
)
_DATELINE_DASH = re.compile(r"\s*(?:[—–]|--?|:)\s")
# ...or a sentence of its own after a place: "МОСКВА, 26 апреля 2024 года. Банк России ...".
_DATELINE_PLACE = re.compile(r"[^\W\d_][\w'’./-]*(?: [\w'’./-]+){0,2}, ")
_DATELINE_STOP = re.compile(r"(?: года| г\.)?\.\s")


def dateline(text: str, language: str = "en", year: int | None = None) -> tuple[dt.date, str] | None:
    """The day a text states at its head as its own date, with its words, or None when it states none.
    With the `year` the text was published in, a dateline without one ("МОСКВА, 23 июля.") names a day."""
    lines = [line for line in text[:_HEAD_CHARS].splitlines() if line.strip()][:_HEAD_LINES]
    # Midyear: a day of any month of that year is nearest in that year.
    reference = dt.date(year, 7, 1) if year else None
    for line in lines:
        found = find_dates(line, 0, reference, "", language)
        # Not a fact about someone or something ("Born: 4 May 1961" in an encyclopaedia's box).
        if not found or _NOT_A_DATELINE.search(line):
            continue
        first = found[0]
        # A dateline spells its day out: a weekday ("am Mittwoch") is counted from it, never is it.
        if not first.edtf or not re.fullmatch(r"\d{4}-\d\d-\d\d", first.edtf) or not re.search(r"\d", first.text):
            continue
        # A dateline before a dash, or a short line that names this one day and no other.
        if (
            _DATELINE_DASH.match(line, first.end)
            or (len(found) == 1 and len(line.split()) <= _SHORT_LINE_WORDS)
            or (_DATELINE_PLACE.fullmatch(line, 0, first.start) and _DATELINE_STOP.match(line, first.end))
        ):
            return dt.date.fromisoformat(first.edtf), first.text
    return None


def dateline_day(text: str, language: str = "en") -> dt.date | None:
    """The day of `dateline`, alone."""
    found = dateline(text, language)
    return found[0] if found else None


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
