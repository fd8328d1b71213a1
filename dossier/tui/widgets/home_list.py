"""The home list: every row of `dossier.desk.home`, one line each, drawing only the visible ones.

A line-API widget rather than an OptionList: OptionList measures the height of every option
when it is filled (20,000 one-line options took 1.4 s here before the first frame of the
list), while every home row is one line, so the list's size is its length and a frame costs
only the rows on screen. Row text comes from the workspace and is drawn as plain segments,
never markup; it goes through `sanitize.one_line` first.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from rich.segment import Segment
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from dossier.sanitize import one_line

BADGE_WIDTH = 12  # at most: an EDTF date with its qualifier fits


class HomeList(ScrollView, can_focus=True):
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "home-list--section",
        "home-list--badge",
        "home-list--detail",
        "home-list--cursor",
        "home-list--attention",
    }
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "move(1)", "Down", show=False),
        Binding("up,k", "move(-1)", "Up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("home,g", "edge(0)", "First", show=False),
        Binding("end,G", "edge(1)", "Last", show=False),
        Binding("enter", "choose", "Open", show=False),
    ]

    class Highlighted(Message):
        def __init__(self, row: Any, *, moved: bool = True) -> None:
            super().__init__()
            self.row = row
            self.moved = moved  # False: the list only gained focus, the cursor did not move

    class Chosen(Message):
        def __init__(self, row: Any) -> None:
            super().__init__()
            self.row = row

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.rows: list[Any] = []
        self.cursor: int | None = None
        self._badge_widths: list[int] = []  # per row: the badge column of its section

    # -- content ---------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any], *, keep: str | None = None) -> None:
        """Show `rows`; the cursor stays on the row whose target is `keep` if it is still there."""
        self.rows = list(rows)
        self._badge_widths = _badge_columns(self.rows)
        self.virtual_size = Size(self.scrollable_content_region.width, len(self.rows))
        cursor = None
        if keep is not None:
            cursor = next((n for n, row in enumerate(self.rows) if row.target == keep), None)
        if cursor is None:
            cursor = self._next_selectable(0, 1)
        self._set_cursor(cursor, announce=False)
        self.refresh()

    @property
    def current(self) -> Any | None:
        return self.rows[self.cursor] if self.cursor is not None and self.cursor < len(self.rows) else None

    def _next_selectable(self, start: int, step: int) -> int | None:
        index = start
        while 0 <= index < len(self.rows):
            if self.rows[index].selectable:
                return index
            index += step
        return None

    def _set_cursor(self, index: int | None, *, announce: bool = True) -> None:
        if index is None:
            return
        self.cursor = index
        top = self.scroll_offset.y
        height = max(1, self.scrollable_content_region.height)
        if index < top + 1:
            self.scroll_to(y=max(0, index - 1), animate=False)  # keep the section heading in view
        elif index >= top + height:
            self.scroll_to(y=index - height + 1, animate=False)
        self.refresh()
        if announce:
            self.post_message(self.Highlighted(self.rows[index]))

    # -- keys ------------------------------------------------------------------------------
    def action_move(self, step: int) -> None:
        start = step if self.cursor is None else self.cursor + step
        found = self._next_selectable(start, step)
        if found is not None:
            self._set_cursor(found)

    def action_page(self, direction: int) -> None:
        jump = max(1, self.scrollable_content_region.height - 1) * direction
        base = self.cursor or 0
        target = max(0, min(len(self.rows) - 1, base + jump))
        found = self._next_selectable(target, direction) or self._next_selectable(target, -direction)
        if found is not None:
            self._set_cursor(found)

    def action_edge(self, last: int) -> None:
        found = self._next_selectable(len(self.rows) - 1, -1) if last else self._next_selectable(0, 1)
        if found is not None:
            self._set_cursor(found)

    def action_choose(self) -> None:
        row = self.current
        if row is not None and row.selectable:
            self.post_message(self.Chosen(row))

    def on_click(self, event: events.Click) -> None:
        index = event.y + self.scroll_offset.y
        if 0 <= index < len(self.rows) and self.rows[index].selectable:
            self.focus()
            self._set_cursor(index)
            self.post_message(self.Chosen(self.rows[index]))

    def on_focus(self) -> None:
        # Arriving in the list previews the row under the cursor, as moving onto it would.
        if self.current is not None:
            self.post_message(self.Highlighted(self.current, moved=False))

    def on_resize(self, event: events.Resize) -> None:
        self.virtual_size = Size(self.scrollable_content_region.width, len(self.rows))

    # -- drawing -----------------------------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        number = y + self.scroll_offset.y
        width = self.scrollable_content_region.width
        base = self.rich_style
        if number >= len(self.rows):
            return Strip.blank(width, base)
        row = self.rows[number]
        part = self.get_component_rich_style
        if not row.selectable:
            style = base + part("home-list--section", partial=True)
            segments = [Segment(one_line(row.title), style)]
        else:
            line = base
            if number == self.cursor:
                line = base + part("home-list--cursor", partial=True)
            badge_style = line + part(
                "home-list--attention" if row.kind in ("review", "problem") else "home-list--badge", partial=True
            )
            column = self._badge_widths[number]
            segments = [Segment(" ", line)]
            if column:
                segments.append(Segment(one_line(row.badge, column).ljust(column + 1), badge_style))
            segments.append(Segment(one_line(row.title, 200), line))
            if row.detail:
                segments.append(
                    Segment("  " + one_line(row.detail, 200), line + part("home-list--detail", partial=True))
                )
            return Strip(segments).adjust_cell_length(width, line)
        return Strip(segments).adjust_cell_length(width, base)


def _badge_columns(rows: Sequence[Any]) -> list[int]:
    """The badge column's width for each row: the widest badge of its section (0: none), capped."""
    widths = [0] * len(rows)
    start = 0
    for end in [*(n for n, row in enumerate(rows) if not row.selectable), len(rows)]:
        widest = min(BADGE_WIDTH, max((len(rows[n].badge) for n in range(start, end)), default=0))
        for n in range(start, end):
            widths[n] = widest
        start = end
    return widths
