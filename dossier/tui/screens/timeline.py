"""The timeline screen: events on a time axis that zooms between years, months and days.

Above, a histogram of events over the visible stretch of the axis (block characters) and the
axis labels; below, one row per event with its bar under the same axis: a point for a day, a
span for a range (`━`) or a vague date (`─`, a whole month, say), marked `?` or `~` in the
uncertain colour when the source is unsure or approximate. Events whose year is unknown, and
undated ones, follow in their own lanes. The detail line shows the highlighted event's date
as written and its participants. Enter opens the event's profile.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Static

from dossier.tui.commands import bindings_for
from dossier.tui.messages import OpenRecord
from dossier.tui.text import date_label, join, plain, safe
from dossier.tui.widgets.rows import RowsView

if TYPE_CHECKING:
    from dossier.analysis.timeline import Timeline, TimelineEntry, Zoom
    from dossier.tui.analysis_actions import TimelineScope

HISTOGRAM_HEIGHT = 3
BLOCKS = " ▁▂▃▄▅▆▇█"
MAX_CELLS_PER_BUCKET = 4


class LaneHeading:
    """A row that names a lane; the cursor skips it."""

    def __init__(self, title: str) -> None:
        self.title = title


class Axis:
    """The visible stretch of the axis: which buckets, and how many columns each takes."""

    def __init__(self, timeline: Timeline, zoom: Zoom, width: int, start: int | None = None) -> None:
        from dossier.analysis.timeline import axis_range

        self.zoom = zoom
        self.width = max(1, width)
        span = axis_range(timeline, zoom)
        self.first, self.last = span if span is not None else (0, 0)
        count = self.last - self.first + 1
        self.cells = max(1, min(MAX_CELLS_PER_BUCKET, self.width // max(1, count)))
        self.visible = max(1, min(count, self.width // self.cells))
        self.start = self.first if start is None else start
        self.clamp()

    def clamp(self) -> None:
        self.start = max(self.first, min(self.start, max(self.first, self.last - self.visible + 1)))

    @property
    def end(self) -> int:
        return self.start + self.visible - 1

    def show(self, first: int, last: int) -> None:
        """Move the window so a span's start is visible (and as much of it as fits)."""
        if first < self.start or first > self.end:
            self.start = first - max(0, (self.visible - (last - first + 1)) // 2)
            self.clamp()


def bar(entry: TimelineEntry, axis: Axis) -> Content:
    """An event's bar on the axis window, `axis.width` cells wide."""
    from dossier.analysis.timeline import entry_buckets

    span = entry_buckets(entry, axis.zoom)
    if span is None:
        return Content("")
    first, last = span
    style = "$dossier-uncertain" if entry.doubtful else "$accent"
    fill = "━" if entry.is_range else "─"
    mark = "?" if entry.uncertain else "~" if entry.approximate else None
    cells: list[str] = []
    for number in range(axis.start, axis.end + 1):
        if number < first or number > last:
            cells.append(" " * axis.cells)
        elif first == last:
            cells.append((mark or "●") + " " * (axis.cells - 1))
        else:
            piece = fill * axis.cells
            if number == first and entry.open_start:
                piece = "←" + piece[1:]
            if number == last and entry.open_end:
                piece = piece[:-1] + "→"
            if number == first and mark:
                piece = mark + piece[1:]
            cells.append(piece)
    line = "".join(cells)
    left = len(line) - len(line.lstrip(" "))
    right = len(line.rstrip(" "))
    if right <= left:
        # The event lies outside the window: point at where it is.
        before = last < axis.start
        return Content.styled(("‹" if before else " " * (len(line) - 1) + "›"), "$text-muted")
    return Content.assemble(line[:left], (line[left:right], style), line[right:])


def histogram_lines(counts: dict[int, float], axis: Axis, peak: float) -> list[Content]:
    """HISTOGRAM_HEIGHT lines of block characters, the top line first."""
    levels = HISTOGRAM_HEIGHT * (len(BLOCKS) - 1)
    heights = []
    for number in range(axis.start, axis.end + 1):
        value = counts.get(number, 0.0)
        height = 0 if value <= 0 or peak <= 0 else max(1, round(value / peak * levels))
        heights.append(height)
    lines = []
    for row in range(HISTOGRAM_HEIGHT - 1, -1, -1):
        floor = row * (len(BLOCKS) - 1)
        chars = "".join(BLOCKS[max(0, min(len(BLOCKS) - 1, height - floor))] * axis.cells for height in heights)
        lines.append(Content.styled(chars, "$primary"))
    return lines


def axis_labels(axis: Axis) -> Content:
    """Bucket labels along the window, as many as fit without touching."""
    from dossier.analysis.timeline import Zoom, bucket_label

    line = [" "] * max(axis.width, axis.visible * axis.cells)
    free = 0
    for index, number in enumerate(range(axis.start, axis.end + 1)):
        column = index * axis.cells
        label = bucket_label(number, axis.zoom)
        if axis.zoom is Zoom.day:
            label = label[5:]  # MM-DD; the header says the year
        if column >= free and column + len(label) <= len(line):
            line[column : column + len(label)] = label
            free = column + len(label) + 1
    return Content.styled("".join(line), "$text-muted")


class TimelineScreen(Screen[None]):
    CSS_PATH = "analysis.tcss"
    COMMAND_SCOPE = "timeline"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close", show=False),
        *bindings_for("timeline"),
    ]
    AUTO_FOCUS = "#timeline-rows"

    def __init__(self, scopes: list[TimelineScope]) -> None:
        super().__init__()
        self.scopes = scopes
        self.scope_index = 0
        self.include_drafts = False
        self.timeline: Timeline | None = None
        self.zoom: Zoom | None = None
        self.axis: Axis | None = None
        self._counts: dict[int, float] = {}
        self._peak = 0.0

    def compose(self) -> ComposeResult:
        yield Static(Content.styled("Building the timeline…", "$text-muted"), id="timeline-header")
        yield Static("", id="timeline-histogram")
        yield RowsView(self._render_row, is_heading=lambda row: isinstance(row, LaneHeading), id="timeline-rows")
        yield Static("", id="timeline-detail")
        yield Footer()

    @property
    def rows(self) -> RowsView:
        return self.query_one("#timeline-rows", RowsView)

    @property
    def scope(self) -> TimelineScope:
        return self.scopes[self.scope_index]

    def on_mount(self) -> None:
        self._load()

    # -- building ---------------------------------------------------------------------------------
    @work(thread=True, exclusive=True, group="timeline")
    def _load(self) -> None:
        from dossier.analysis.timeline import build_timeline

        app: Any = self.app
        scope, drafts = self.scope, self.include_drafts
        workspace = app.workspace
        if scope.kind == "actor":
            timeline = build_timeline(workspace, actor=scope.record_id, include_drafts=drafts)
        elif scope.kind == "source":
            timeline = build_timeline(workspace, source=scope.record_id, include_drafts=drafts)
        elif scope.kind == "search":
            events = app.search_event_ids(scope.query or "")
            timeline = build_timeline(workspace, events=events, include_drafts=drafts)
        else:
            timeline = build_timeline(workspace, include_drafts=drafts)
        self.app.call_from_thread(self._show, timeline)

    def _show(self, timeline: Timeline) -> None:
        from dossier.analysis.timeline import Lane, suggested_zoom

        self.timeline = timeline
        if self.zoom is None:
            self.zoom = suggested_zoom(timeline, self._bar_width())
        rows: list[Any] = []
        for lane in Lane:
            entries = timeline.lane(lane)
            if entries and lane is not Lane.dated:
                rows.append(LaneHeading(f"{lane.value.capitalize()} ({len(entries)})"))
            rows += entries
        self._rezoom()
        self.rows.set_rows(rows)
        if not timeline.entries:
            hint = "" if self.include_drafts else " (d shows drafts)"
            self.query_one("#timeline-detail", Static).update(
                Content.styled(f"No events in this view{hint}.", "$text-muted")
            )

    def _bar_width(self) -> int:
        width = self.rows.scrollable_content_region.width or self.size.width or 80
        return max(10, width // 2)

    def _rezoom(self) -> None:
        from dossier.analysis.timeline import histogram

        if self.timeline is None or self.zoom is None:
            return
        self._counts = histogram(self.timeline, self.zoom)
        self._peak = max(self._counts.values(), default=0.0)
        self.axis = Axis(self.timeline, self.zoom, self._bar_width())
        entry = self.current_entry
        if entry is not None:
            self._follow(entry)
        self._draw_axis()

    @property
    def current_entry(self) -> TimelineEntry | None:
        from dossier.analysis.timeline import TimelineEntry

        row = self.rows.current
        return row if isinstance(row, TimelineEntry) else None

    def _follow(self, entry: TimelineEntry) -> None:
        from dossier.analysis.timeline import entry_buckets

        if self.axis is None or self.zoom is None:
            return
        span = entry_buckets(entry, self.zoom)
        if span is not None:
            before = self.axis.start
            self.axis.show(*span)
            if self.axis.start != before:
                self._draw_axis()

    # -- drawing ----------------------------------------------------------------------------------
    def _draw_axis(self) -> None:
        timeline, axis = self.timeline, self.axis
        if timeline is None or axis is None or self.zoom is None:
            return
        from dossier.analysis.timeline import Lane, bucket_label

        entries = timeline.entries
        uncertain = sum(1 for entry in entries if entry.doubtful)
        ranges = sum(1 for entry in entries if entry.is_range)
        apart = len(entries) - len(timeline.dated)
        counts = f"{len(entries)} event{'s' if len(entries) != 1 else ''}"
        details = [f"{uncertain} uncertain or approximate"] if uncertain else []
        details += [f"{ranges} range{'s' if ranges != 1 else ''}"] if ranges else []
        details += [f"{apart} off the axis"] if apart else []
        header: list[Any] = [("Timeline", "bold"), " · ", counts, " · ", plain(self.scope.label, limit=60), "\n"]
        if timeline.lane(Lane.dated):
            window = f"{bucket_label(axis.start, self.zoom)} … {bucket_label(axis.end, self.zoom)}"
            header += [("zoom ", "$text-muted"), (self.zoom.value, "$accent bold"), "  ", window]
            if axis.first < axis.start or axis.end < axis.last:
                header.append((" (more: ←/→)", "$text-muted"))
        if details:
            header.append((f"  {', '.join(details)}", "$text-muted"))
        if self.include_drafts:
            header.append(("  drafts shown", "$text-muted"))
        self.query_one("#timeline-header", Static).update(join(header))
        histogram = self.query_one("#timeline-histogram", Static)
        if timeline.dated:
            histogram.update(Content("\n").join([*histogram_lines(self._counts, axis, self._peak), axis_labels(axis)]))
        else:
            histogram.update(Content.styled("No event in this view has a date on the calendar.", "$text-muted"))
        self.rows.refresh()

    def _render_row(self, row: Any, width: int) -> Content:
        from dossier.analysis.timeline import Lane

        if isinstance(row, LaneHeading):
            return Content.styled(f"── {row.title} ", "$text-primary bold")
        axis = self.axis
        bar_width = axis.visible * axis.cells if axis is not None else self._bar_width()
        entry: TimelineEntry = row
        if entry.lane is Lane.dated and axis is not None:
            drawn = bar(entry, axis)
        elif entry.lane is Lane.year_unknown:
            drawn = Content.styled(plain(entry.date, limit=bar_width), "$dossier-uncertain")
        else:
            drawn = Content.styled(plain(entry.date or "no date", limit=bar_width), "$text-muted")
        drawn = drawn.truncate(bar_width).pad_right(max(0, bar_width - drawn.cell_length))
        title = safe(entry.title)
        if entry.draft:
            title = Content.assemble(title, (" (draft)", "$text-muted"))
        return Content.assemble(drawn, " ", title)

    def _show_detail(self, entry: TimelineEntry) -> None:
        from dossier.analysis.timeline import describe_date

        parts: list[Any] = [safe(entry.title, "bold"), "\n", ("Date ", "$text-muted"), date_label(entry.date)]
        if entry.date_text:
            parts += [("  as written: ", "$text-muted"), "\u201c", plain(entry.date_text, limit=60), "\u201d"]
        described = describe_date(entry)
        if described and entry.days > 1:
            parts += [("  · ", "$text-muted"), (described.split(", ")[-1], "$text-muted")]
        parts += ["\n", ("Participants ", "$text-muted")]
        if entry.participants:
            for index, part in enumerate(entry.participants):
                if index:
                    parts.append(", ")
                parts += [plain(part.name, limit=40), (f" ({plain(part.role, limit=30)})", "$text-muted")]
        else:
            parts.append(("none recorded", "$text-muted"))
        if entry.place:
            app: Any = self.app
            parts += [("  at ", "$text-muted"), plain(app.workspace.display_name(entry.place), limit=40)]
        self.query_one("#timeline-detail", Static).update(join(parts))

    def on_resize(self) -> None:
        if self.timeline is not None:
            start = self.axis.start if self.axis is not None else None
            self._rezoom()
            if self.axis is not None and start is not None:
                self.axis.start = start
                self.axis.clamp()
                self._draw_axis()

    # -- events and actions -----------------------------------------------------------------------
    @on(RowsView.Highlighted, "#timeline-rows")
    def _highlighted(self, message: RowsView.Highlighted) -> None:
        from dossier.analysis.timeline import TimelineEntry

        if isinstance(message.row, TimelineEntry):
            self._follow(message.row)
            self._show_detail(message.row)

    @on(RowsView.Selected, "#timeline-rows")
    def _selected(self, message: RowsView.Selected) -> None:
        from dossier.analysis.timeline import TimelineEntry

        if isinstance(message.row, TimelineEntry):
            self.post_message(OpenRecord(message.row.event_id))

    def action_close(self) -> None:
        self.dismiss()

    def action_zoom(self, direction: int) -> None:
        if self.zoom is None:
            return
        zoom = self.zoom.finer() if direction > 0 else self.zoom.coarser()
        if zoom is self.zoom:
            self.app.bell()
            return
        self.zoom = zoom
        self._rezoom()

    def action_pan(self, direction: int) -> None:
        axis = self.axis
        if axis is None:
            return
        before = axis.start
        axis.start += direction * max(1, axis.visible // 4)
        axis.clamp()
        if axis.start == before:
            self.app.bell()
            return
        self._draw_axis()

    def action_drafts(self) -> None:
        self.include_drafts = not self.include_drafts
        self.zoom = None  # other events: the zoom that fits them
        self.notify("Draft events shown" if self.include_drafts else "Draft events left out", markup=False)
        self._load()

    def action_scope(self) -> None:
        if len(self.scopes) < 2:
            self.notify("No other events to show: open an actor, a source or a search first.", markup=False)
            return
        self.scope_index = (self.scope_index + 1) % len(self.scopes)
        self.zoom = None
        self.query_one("#timeline-header", Static).update(Content.styled("Building the timeline…", "$text-muted"))
        self._load()
