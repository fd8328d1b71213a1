"""Events on a time axis: where each EDTF date falls, how doubtful it is, and the axis buckets.

An event's date is placed by its calendar bounds (`dossier.dates.edtf_bounds`): a day is a
point, a month or an interval (`2022-02-21/2022-02-22`) a span. Uncertain (`?`) and
approximate (`~`, `%`) dates keep their marks, so a view can style them. A date whose year is
unknown (`XXXX-02-24`) cannot sit on the axis: it goes into its own lane, ordered by month and
day; an event without a date, or with one no calendar can place, goes into the undated lane.

The axis counts in buckets of a year, a month or a day (the zoom). The histogram spreads each
placed event evenly over the buckets it covers, so its bars add up to the number of events and
a vague "February" weighs no more than one precise day.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from dossier.dates import EdtfError, edtf_bounds, sort_key
from dossier.model import Event, Status
from dossier.quote_store import quote_heads
from dossier.workspace import Workspace


class Zoom(StrEnum):
    year = "year"
    month = "month"
    day = "day"

    def finer(self) -> Zoom:
        return {Zoom.year: Zoom.month, Zoom.month: Zoom.day, Zoom.day: Zoom.day}[self]

    def coarser(self) -> Zoom:
        return {Zoom.day: Zoom.month, Zoom.month: Zoom.year, Zoom.year: Zoom.year}[self]


class Lane(StrEnum):
    dated = "dated"
    year_unknown = "year unknown"
    undated = "undated"


# An unknown year with a known month (and maybe day): XXXX-02-24, XXXX-02~.
_YEAR_UNKNOWN = re.compile(r"[Xx]{4}-([0-9]{2})(?:-([0-9]{2}|[Xx]{2}))?[?~%]?")


@dataclass(frozen=True, slots=True)
class Participant:
    actor_id: str
    name: str
    role: str


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One event as the timeline places it. `date` is the EDTF string exactly as written."""

    event_id: str
    title: str
    date: str | None
    date_text: str | None
    lane: Lane
    start: dt.date | None  # first day it can mean (None outside the dated lane)
    end: dt.date | None  # last day it can mean
    open_start: bool  # `../2022-02-24`: began at an unknown time before `end`
    open_end: bool  # `2022-02-24/..` or `2022-02-24/`: the end is open or unknown
    uncertain: bool  # `?` (or `%`): the source is not sure of it
    approximate: bool  # `~` (or `%`): about then
    is_range: bool  # written as an interval or a set of dates, drawn as a span
    participants: tuple[Participant, ...]
    place: str | None
    draft: bool

    @property
    def doubtful(self) -> bool:
        return self.uncertain or self.approximate

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1 if self.start and self.end else 0

    @property
    def month_day(self) -> tuple[int, int]:
        """Month and day of a date whose year is unknown (0 when not given), for ordering that lane."""
        match = _YEAR_UNKNOWN.fullmatch(self.date or "")
        if match is None:
            return (13, 0)
        day = match.group(2)
        return (int(match.group(1)), int(day) if day and day.isdigit() else 0)


def _bounds(value: str) -> tuple[dt.date, dt.date] | None:
    try:
        return edtf_bounds(value)
    except EdtfError:
        return None


def place_date(value: str | None) -> tuple[Lane, dt.date | None, dt.date | None, bool, bool]:
    """The lane and calendar bounds of an EDTF date: (lane, start, end, open start, open end)."""
    if not value:
        return Lane.undated, None, None, False, False
    if value.count("/") == 1:
        left, right = value.split("/")
        # Open (`..`) and unknown (empty) ends: the grammar gives no bounds, or invents ten years.
        if left in ("", "..") or right in ("", ".."):
            known = _bounds(right if left in ("", "..") else left)
            if known is None:
                return Lane.undated, None, None, False, False
            if left in ("", ".."):
                return Lane.dated, known[0], known[1], True, False
            return Lane.dated, known[0], known[1], False, True
    bounds = _bounds(value)
    if bounds is not None:
        return Lane.dated, bounds[0], bounds[1], False, False
    if _YEAR_UNKNOWN.fullmatch(value) or value.upper().startswith("XXXX"):
        return Lane.year_unknown, None, None, False, False
    return Lane.undated, None, None, False, False


def entry_for(workspace: Workspace, event: Event) -> TimelineEntry:
    lane, start, end, open_start, open_end = place_date(event.date)
    date = event.date or ""
    names = workspace.actors
    participants = tuple(
        Participant(part.actor, names[part.actor].name if part.actor in names else part.actor, part.role)
        for part in event.participants
    )
    return TimelineEntry(
        event_id=event.id,
        title=event.title,
        date=event.date,
        date_text=event.date_text,
        lane=lane,
        start=start,
        end=end,
        open_start=open_start,
        open_end=open_end,
        uncertain="?" in date or "%" in date,
        approximate="~" in date or "%" in date,
        is_range="/" in date or date.startswith(("[", "{")),
        participants=participants,
        place=event.place,
        draft=event.status is Status.draft,
    )


def _order(entry: TimelineEntry) -> tuple[object, ...]:
    lane_rank = list(Lane).index(entry.lane)
    if entry.lane is Lane.dated:
        assert entry.start is not None and entry.end is not None
        return (lane_rank, entry.start, entry.end, entry.title.casefold(), entry.event_id)
    if entry.lane is Lane.year_unknown:
        return (lane_rank, entry.month_day, entry.title.casefold(), entry.event_id)
    return (lane_rank, sort_key(entry.date), entry.title.casefold(), entry.event_id)


@dataclass(frozen=True)
class Timeline:
    """Events in time order: the dated lane first, then the unknown-year lane, then the undated."""

    entries: tuple[TimelineEntry, ...]

    def lane(self, lane: Lane) -> list[TimelineEntry]:
        return [entry for entry in self.entries if entry.lane is lane]

    @property
    def dated(self) -> list[TimelineEntry]:
        return self.lane(Lane.dated)

    def extent(self) -> tuple[dt.date, dt.date] | None:
        dated = self.dated
        if not dated:
            return None
        return min(e.start for e in dated if e.start), max(e.end for e in dated if e.end)


def build_timeline(
    workspace: Workspace,
    *,
    actor: str | None = None,
    source: str | None = None,
    events: Iterable[str] | None = None,
    include_drafts: bool = False,
) -> Timeline:
    """All events, or those an actor takes part in (or that happen at it), that a source's quotes
    are about, or whose ids are given (the current search): each filter narrows the others."""
    chosen: Iterable[Event] = workspace.events.values()
    if events is not None:
        wanted = list(dict.fromkeys(events))
        chosen = [workspace.events[event_id] for event_id in wanted if event_id in workspace.events]
    if actor is not None:
        chosen = [
            event for event in chosen if event.place == actor or any(part.actor == actor for part in event.participants)
        ]
    if source is not None:
        about = {
            record_id for quote in quote_heads(workspace.quotes) if quote.source == source for record_id in quote.about
        }
        chosen = [event for event in chosen if event.id in about]
    entries = [entry_for(workspace, event) for event in chosen if include_drafts or event.status is not Status.draft]
    entries.sort(key=_order)
    return Timeline(tuple(entries))


# -- the axis ----------------------------------------------------------------------------------


def bucket(day: dt.date, zoom: Zoom) -> int:
    """The bucket number of a day at a zoom: consecutive buckets have consecutive numbers."""
    if zoom is Zoom.year:
        return day.year
    if zoom is Zoom.month:
        return day.year * 12 + day.month - 1
    return day.toordinal()


def bucket_start(number: int, zoom: Zoom) -> dt.date:
    if zoom is Zoom.year:
        return dt.date(number, 1, 1)
    if zoom is Zoom.month:
        return dt.date(number // 12, number % 12 + 1, 1)
    return dt.date.fromordinal(number)


def bucket_label(number: int, zoom: Zoom) -> str:
    """`2022`, `2022-02` or `2022-02-24`: the same form the dates are written in."""
    start = bucket_start(number, zoom)
    if zoom is Zoom.year:
        return f"{start.year:04d}"
    if zoom is Zoom.month:
        return f"{start.year:04d}-{start.month:02d}"
    return start.isoformat()


def entry_buckets(entry: TimelineEntry, zoom: Zoom) -> tuple[int, int] | None:
    """The first and last bucket an entry covers, or None when it is not on the axis."""
    if entry.start is None or entry.end is None:
        return None
    return bucket(entry.start, zoom), bucket(entry.end, zoom)


def axis_range(timeline: Timeline, zoom: Zoom) -> tuple[int, int] | None:
    extent = timeline.extent()
    if extent is None:
        return None
    return bucket(extent[0], zoom), bucket(extent[1], zoom)


def histogram(timeline: Timeline, zoom: Zoom) -> dict[int, float]:
    """Events per bucket; an event covering n buckets adds 1/n to each of them."""
    counts: dict[int, float] = {}
    for entry in timeline.dated:
        span = entry_buckets(entry, zoom)
        assert span is not None
        first, last = span
        share = 1.0 / (last - first + 1)
        for number in range(first, last + 1):
            counts[number] = counts.get(number, 0.0) + share
    return counts


def suggested_zoom(timeline: Timeline, width: int) -> Zoom:
    """The finest zoom whose axis fits in `width` columns, one column a bucket."""
    for zoom in (Zoom.day, Zoom.month):
        span = axis_range(timeline, zoom)
        if span is None or span[1] - span[0] + 1 <= width:
            return zoom
    return Zoom.year


def describe_date(entry: TimelineEntry) -> str:
    """How doubtful the date is, in words: 'uncertain, approximate, range of 4 days'."""
    words = []
    if entry.uncertain:
        words.append("uncertain")
    if entry.approximate:
        words.append("approximate")
    if entry.lane is Lane.year_unknown:
        words.append("year unknown")
    elif entry.lane is Lane.undated:
        words.append("not placed on the axis" if entry.date else "no date")
    elif entry.open_start:
        words.append("open start")
    elif entry.open_end:
        words.append("open end")
    if entry.lane is Lane.dated and entry.days > 1:
        words.append(f"{'range' if entry.is_range else 'spans'} {entry.days} days")
    return ", ".join(words)
