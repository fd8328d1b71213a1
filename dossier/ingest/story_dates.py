"""Dates that lean on the ones the text named before them (issue 15, point 8).

A history or a monitoring report without a publication day names the year once and then writes
"On 16 October" and "between 2 and 5 May": such a day is in the year the story is telling, the
year of the last sentence that opened with a full date (or, before any, the year its title
names). A sentence that opens without a year stays in the story's year, so a background date
later in it ("first declared on 5 October 2022") does not move the story. And "two days later",
"the following year", "the same day", "that summer", "later that year", "the following spring" count from
the last date the text named, and "on 14 December that year" and "that September" are in its year.
A chronology sets its years as lines of their own ("2019", "### 2019", "**2019**"): an entry under such a
heading that opens with a day or month without a year ("- 4 Jan.: ...", "**March–June** – ...") is in it,
even when the page has a publication day.
"""

from __future__ import annotations

import datetime as dt
import re

from dossier.dates import edtf_bounds
from dossier.ingest.dates import DateMention, find_dates, time_before
from dossier.ingest.names import word_list

_YEAR = re.compile(r"\d{4}")
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_COUNT = {"a": 1, "an": 1} | {
    word: number for number, word in enumerate(word_list("one two three four five six seven eight nine ten"), 1)
}
_LATER = re.compile(
    r"(?:(?P<n>\w+)\s+(?P<u>day|week|month|year)s?\s+(?:later|afterwards?)"
    r"|the\s+(?P<which>following|next|same|previous)\s+(?P<u2>\w+)"
    r"|(?:(?:later|earlier)\s+)?that\s+(?:same\s+)?(?P<u3>\w+))",
    re.IGNORECASE,
)
_BOUND = re.compile(r"(?:since|until|till|by|before|after|from)\b", re.IGNORECASE)
# "the first quarter of fiscal 2024", "H1 FY24", "fiscal year 2025": a part of a named fiscal year
_FISCAL = re.compile(
    r"(?:(?P<part>(?:first|second|third|fourth)\s+(?:quarter|half)|Q[1-4]|H[12])\s+(?:of\s+)?)?"
    r"(?:(?:the\s+)?(?:fiscal|financial)\s+(?:year\s+)?|FY\s?)(?P<y>\d{4}|\d\d)\b",
    re.IGNORECASE,
)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_DAY_UNITS = frozenset({"day", "morning", "afternoon", "evening", "night"})
_SEASON_CODES = {"spring": 21, "summer": 22, "autumn": 23, "winter": 24}
# A line that is a year alone, as a chronology heads its entries: "2019", "### 2019", "**2019**", "2019:"
_YEAR_LINE = re.compile(r"[#*_\s]*(?P<y>1[0-9]\d\d|20\d\d)[*_:\s]*")
# What may come before an entry's opening date: a list mark, bold, a preposition ("- In March: ...")
_ENTRY_HEAD = re.compile(r"[-*•–—#_\s]*(?:(?i:in|on|by|from|during|between|early|late|mid|the)\s+)?")
# "on 14 December that year", "in March of the same year": a day or month in the year the text named last
_THAT_YEAR = re.compile(r",?\s+(?:of\s+)?(?:that|the\s+same)\s+year\b", re.IGNORECASE)
# "the day of the robbery", "the eve of the vote", "two days after the attack"
_EVENT_DAY = re.compile(
    r"the\s+(?P<part>day|eve|morning|afternoon|evening|night)\s+(?P<which>of|after|before)\s+the\s+(?P<noun>\w+)"
    r"|(?P<n>\w+)\s+(?P<unit>days?|weeks?)\s+(?P<rel>after|before)\s+the\s+(?P<noun2>\w+)",
    re.IGNORECASE,
)
_OPENING = re.compile(r"[\W_]*(?:(?i:on|in|early|late|by|during)\s+)?(?:(?i:the\s+\w+\s+of)\s+)?")
_DAY_OR_MONTH_OF_YEAR = re.compile(r"\d{4}-(?:0[1-9]|1[0-2])(?:-\d\d)?")
# How far after a full day another day without a year may be and still be in its year
_STORY_DAYS = 31
_DAY_OR_MONTH = re.compile(r"(?:\d{4}|XXXX)(?P<rest>-\d\d(?:-\d\d)?)")


def title_year(title: str | None) -> int | None:
    """The year a title names ("Valdren campaign (1943–1944)", "Report ... 1 February – 31 July 2024")."""
    for mention in find_dates(title or "", 0, None):
        if mention.edtf and _YEAR.match(mention.edtf):
            return int(mention.edtf[:4])
    return None


class StoryDates:
    """Carries the story's year and its last date from sentence to sentence (see the module's note)."""

    def __init__(self, counted_from: dt.date | None, title: str | None = None) -> None:
        # With a day to count from, a day without a year already takes the nearest year to it.
        self._fill_years = counted_from is None
        self._year = title_year(title) if self._fill_years else None
        self._last: str | None = None
        self._fiscal_start: int | None = None  # months from January of a fiscal year's number to its first month
        self._heading_year: int | None = None  # the year heading the chronology's entries read now
        self._line: tuple[int, str] = (0, "")  # the sentence being read: its start and text
        self._sentences = 0  # sentences read so far
        self._told: list[
            tuple[str, str]
        ] = []  # sentences that gave a day, with the day ("The robbery happened on ...")
        self._full_day_at = -9  # the sentence that last named a day with its year ("On 18 February 2023, ...")

    def line(self, start: int, text: str, heading: bool) -> None:
        """Read the sentence at `start`: a year alone heads the entries after it; another heading ends them."""
        self._line = (start, text)
        self._sentences += 1
        year = _YEAR_LINE.fullmatch(text)
        if year is not None:
            self._heading_year = int(year.group("y"))
            self._last = year.group("y")
            if self._fill_years:
                self._year = self._heading_year
        elif heading:
            self._heading_year = None

    def _under_heading(self, mention: DateMention) -> str | None:
        """The date of an entry's opening day or month without a year, in the year heading it."""
        start, text = self._line
        if self._heading_year is None or not _ENTRY_HEAD.fullmatch(text[: mention.start - start]):
            return None
        # read again without a publication day: a date the text gives without a year is "XXXX-..."
        bare = [m for m in find_dates(text, start, None) if m.start == mention.start]
        if len(bare) != 1 or not bare[0].edtf or not bare[0].edtf.startswith("XXXX"):
            return None
        return time_before(mention.text, bare[0].edtf.replace("XXXX", f"{self._heading_year:04d}"))

    def settle(self, mentions: list[DateMention]) -> list[DateMention]:
        """`mentions` (one sentence's, in order) with their years and counted dates filled in."""
        settled: list[DateMention] = []
        read_to = 0  # the end of words already read with the date before ("3 September of the same year")
        for index, mention in enumerate(mentions):
            if mention.start < read_to:
                continue
            edtf = mention.edtf
            fiscal = _FISCAL.search(mention.text)
            if fiscal is not None and edtf:
                edtf = self._fiscal(fiscal, edtf)
            under = self._under_heading(mention) if index == 0 else None
            that_year = self._that_year(mention, edtf)
            if that_year is not None:
                mention, edtf = that_year
                read_to = mention.end
            elif under is not None:
                edtf = under
            elif edtf is None and _LATER.fullmatch(mention.text):
                edtf = self._counted(mention.text)
            elif edtf is None and (event := _EVENT_DAY.fullmatch(mention.text)) is not None:
                edtf = self._event_day(event)
                if edtf is None:
                    continue  # an event the text gave no day for: the words date nothing
            elif edtf and "XXXX" in edtf and self._fill_years and self._year is not None:
                edtf = time_before(mention.text, edtf.replace("XXXX", f"{self._year:04d}"))
            elif edtf and index == 0 and self._fill_years and _YEAR.match(edtf) and _YEAR.search(mention.text):
                self._year = int(edtf[:4])  # a sentence that opens with a full date moves the story
            elif edtf and not self._fill_years and _DAY.fullmatch(edtf) and not _YEAR.search(mention.text):
                moved = self._year_of_day_before(edtf)
                if moved != edtf:
                    self._full_day_at = self._sentences  # "On 20 February, ..." goes on telling that year
                edtf = moved
            if edtf and _DAY_OR_MONTH_OF_YEAR.fullmatch(edtf) and _YEAR.search(mention.text) and self._opens(mention):
                self._full_day_at = self._sentences
            # "since 2011", "until 2004": where a state begins or ends, not the time the story has reached
            if edtf and "X" not in edtf and edtf_bounds(edtf) is not None and not _BOUND.match(mention.text):
                self._last = edtf
            settled.append(
                mention if edtf == mention.edtf else DateMention(mention.start, mention.end, mention.text, edtf)
            )
        day = next((m.edtf for m in settled if m.edtf and _DAY.fullmatch(m.edtf)), None)
        if day is not None:
            self._told.append((self._line[1], day))
        return settled

    def _event_day(self, words: re.Match[str]) -> str | None:
        """ "on the day of the robbery", "two days after the attack": counted from the day of the last sentence
        that told of it as its subject ("The robbery happened ... on 16 September")."""
        noun = re.escape(words.group("noun") or words.group("noun2"))
        told = re.compile(
            rf"^\W*(?:the|an?)\s+(?:[\w-]+\s+){{0,2}}?\w*{noun}\b"
            rf"|\w*{noun}\s+(?:happened|took\s+place|occurred|struck|hit|began|started|broke\s+out)\b",
            re.IGNORECASE,
        )
        day = next((day for text, day in reversed(self._told) if told.search(text)), None)
        if day is None:
            return None
        which = (words.group("which") or "").lower()
        count = (words.group("n") or "").lower()
        steps = int(count) if count.isdigit() else _COUNT.get(count, 0)
        if words.group("unit") and words.group("unit").lower().startswith("week"):
            steps *= 7
        steps = {"of": 0, "after": 1, "before": -1}.get(which, steps)
        if (words.group("part") or "").lower() == "eve":
            steps = -1
        if (words.group("rel") or "").lower() == "before":
            steps = -steps
        return (dt.date.fromisoformat(day) + dt.timedelta(days=steps)).isoformat()

    def _opens(self, mention: DateMention) -> bool:
        """Whether the date opens its sentence ("On 18 February 2023, ..."): the time the story has reached, not a
        background date at its end ("since the cyclone of March 2015")."""
        start, text = self._line
        return _OPENING.fullmatch(text, 0, mention.start - start) is not None

    def _year_of_day_before(self, edtf: str) -> str:
        """ "On 18 February 2023, the river rose ... The first warning came at 04:20 on 19 February": a day
        without a year, in the sentence that named a day or month with an earlier year or the next, is in that
        year when it falls a few weeks after it; a writer names the year again when it changes."""
        last = self._last or ""
        if self._sentences - self._full_day_at > 1 or not _DAY_OR_MONTH_OF_YEAR.fullmatch(last) or last[:4] >= edtf[:4]:
            return edtf
        moved = last[:4] + edtf[4:]
        try:  # from a month's first day ("In February 2023, ... on 19 February")
            gap = (dt.date.fromisoformat(moved) - dt.date.fromisoformat(last if len(last) > 7 else last + "-01")).days
        except ValueError:
            return edtf  # 29 February in a year without it
        return moved if 0 <= gap <= _STORY_DAYS else edtf

    def _that_year(self, mention: DateMention, edtf: str | None) -> tuple[DateMention, str] | None:
        """ "on 14 December that year": the day, with its words, in the year of the date named last."""
        start, text = self._line
        day = _DAY_OR_MONTH.fullmatch(edtf or "")
        if day is None or self._last is None or not self._last[:4].isdigit() or _YEAR.search(mention.text):
            return None
        if mention.text[:5].lower() == "that ":  # "that September"
            return mention, self._last[:4] + day.group("rest")
        after = _THAT_YEAR.match(text, mention.end - start)
        if after is None:
            return None
        words = DateMention(mention.start, start + after.end(), text[mention.start - start : after.end()], None)
        return words, self._last[:4] + day.group("rest")

    def _fiscal(self, words: re.Match[str], edtf: str) -> str:
        """A company's fiscal period, on the calendar the text gave for another ("the first quarter of fiscal
        year 2025, which ended September 30, 2024" makes "fiscal 2024" run from July 2023 to June 2024)."""
        year = int(words.group("y")) if len(words.group("y")) == 4 else 2000 + int(words.group("y"))
        part = (words.group("part") or "").lower()
        quarter = half = 0
        if part:
            number = int(part[1]) if part[0] in "qh" else _ORDINALS[part.split()[0]]
            quarter, half = (number, 0) if part[0] == "q" or "quarter" in part else (0, number)
        before = (quarter - 1) * 3 if quarter else (half - 1) * 6 if half else 0
        known = re.fullmatch(r"(\d{4})-(\d\d)/\d{4}-\d\d", edtf)
        if known:  # counted back from the day it ended: learn where its fiscal year starts
            self._fiscal_start = int(known.group(1)) * 12 + int(known.group(2)) - 1 - before - year * 12
            return edtf
        if self._fiscal_start is None or not re.fullmatch(r"\d{4}~|\d{4}-3[3-6]|\d{4}/\d{4}", edtf):
            return edtf
        first = year * 12 + self._fiscal_start + before
        last = first + (3 if quarter else 6 if half else 12) - 1
        return f"{first // 12:04d}-{first % 12 + 1:02d}/{last // 12:04d}-{last % 12 + 1:02d}"

    def _counted(self, words: str) -> str | None:
        """The date of "two days later" and its kind, from the last date named; None before any."""
        match = _LATER.fullmatch(words)
        if match is None or self._last is None:
            return None
        last = self._last.split("/")
        base = (last[0] if (match.group("which") or "").lower() == "previous" else last[-1]).rstrip("?~%")
        unit = (match.group("u") or match.group("u2") or match.group("u3") or "").lower()
        which = (match.group("which") or "").lower()
        if match.group("u3") or which == "same":
            steps = 0
        elif which == "previous":
            steps = -1
        elif which in ("following", "next"):
            steps = 1
        else:
            count = (match.group("n") or "").lower()
            steps = int(count) if count.isdigit() else _COUNT.get(count, 0)
        if unit == "weekend" and _DAY.fullmatch(base):
            # "the following weekend": the Saturday and Sunday after the day named last (after its own weekend
            # when that day is one); "that weekend": the one of its week
            day = dt.date.fromisoformat(base)
            saturday = day + dt.timedelta(days=5 - day.weekday())
            if steps == -1 or (steps == 1 and day.weekday() >= 5):
                saturday += dt.timedelta(weeks=steps)
            return f"{saturday.isoformat()}/{(saturday + dt.timedelta(days=1)).isoformat()}"
        if unit in _DAY_UNITS | {"week"} and _DAY.fullmatch(base):
            day = dt.date.fromisoformat(base) + dt.timedelta(days=steps * (7 if unit == "week" else 1))
            return day.isoformat()
        if unit in _SEASON_CODES and _YEAR.match(base):
            if steps == 1:  # "the following spring": the first one to begin after the date named last
                month = int(base[5:7]) if re.match(r"\d{4}-(?:0[1-9]|1[0-2])", base) else 12
                begins = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}[unit]
                return f"{int(base[:4]) + (month >= begins):04d}-{_SEASON_CODES[unit]}"
            if steps == -1:
                return None
            return f"{base[:4]}-{_SEASON_CODES[unit]}"  # "that summer": the summer of the year named last
        if unit == "year" and _YEAR.match(base):
            return f"{int(base[:4]) + steps:04d}"
        if unit == "month" and re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", base):
            months = int(base[:4]) * 12 + int(base[5:7]) - 1 + steps
            return f"{months // 12:04d}-{months % 12 + 1:02d}"
        # A day counted from a month or a year: somewhere in it, as far as the text tells (approximately,
        # when it is a later day than the one named).
        if steps == 0:
            return base
        month_named = re.fullmatch(r"\d{4}-(?:0[1-9]|1[0-2])", base) is not None
        return base + "~" if unit in _DAY_UNITS and month_named else None
