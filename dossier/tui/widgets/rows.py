"""A list of one-line rows drawn with the Line API: only the lines on screen are ever rendered.

The analysis screens list thousands of events or subjects; an OptionList lays out every option
up front (~0.5 ms each), this draws ~24 lines however long the list is. Rows are any objects;
the screen gives a function that turns a row into one line of `Content` for a width (made
from untrusted text with `dossier.tui.text`, never markup), and says which rows are headings
that the cursor skips. Keys come from the "list" commands of `commands.py`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, ClassVar

from textual import events
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.visual import Visual

from dossier.tui.commands import bindings_for

RenderRow = Callable[[Any, int], Content]


class RowsView(ScrollView, can_focus=True):
    BINDINGS: ClassVar[list[BindingType]] = [
        *bindings_for("list"),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
    ]

    class Highlighted(Message):
        def __init__(self, view: RowsView, index: int, row: Any) -> None:
            super().__init__()
            self.view = view
            self.index = index
            self.row = row

        @property
        def control(self) -> RowsView:
            return self.view

    class Selected(Highlighted):
        pass

    def __init__(
        self,
        render_row: RenderRow,
        *,
        is_heading: Callable[[Any], bool] = lambda row: False,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id, classes=classes)
        self._render_row = render_row
        self._is_heading = is_heading
        self.rows: Sequence[Any] = ()
        self.cursor: int | None = None

    # -- content -----------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any], cursor: int | None = 0) -> None:
        self.rows = rows
        self.virtual_size = Size(self.size.width, len(rows))
        self.cursor = None
        self.scroll_to(0, 0, animate=False, immediate=True)
        if rows:
            self.move_to(self._selectable_from(cursor or 0, 1))
        self.refresh()

    @property
    def current(self) -> Any:
        return self.rows[self.cursor] if self.cursor is not None and self.cursor < len(self.rows) else None

    def _selectable_from(self, index: int, step: int) -> int | None:
        index = max(0, min(index, len(self.rows) - 1))
        probe = index
        while 0 <= probe < len(self.rows):
            if not self._is_heading(self.rows[probe]):
                return probe
            probe += step
        probe = index - step
        while 0 <= probe < len(self.rows):
            if not self._is_heading(self.rows[probe]):
                return probe
            probe -= step
        return None

    def move_to(self, index: int | None) -> None:
        if index is None or index == self.cursor:
            return
        self.cursor = index
        self.scroll_to_region(Region(0, index, 1, 1), animate=False, immediate=True)
        self.refresh()
        self.post_message(self.Highlighted(self, index, self.rows[index]))

    # -- drawing -----------------------------------------------------------------------------------
    def on_resize(self) -> None:
        self.virtual_size = Size(self.size.width, len(self.rows))
        self.refresh()

    def render_line(self, y: int) -> Strip:
        index = self.scroll_offset.y + y
        width = self.scrollable_content_region.width
        if index >= len(self.rows) or width <= 0:
            return Strip.blank(width, self.rich_style)
        content = self._render_row(self.rows[index], width)
        if index == self.cursor:
            cursor = "$block-cursor-foreground on $block-cursor-background bold" if self.has_focus else "reverse"
            content = content.pad_right(max(0, width - content.cell_length)).stylize(cursor)
        strips = Visual.to_strips(self, content.truncate(width, ellipsis=True), width, 1, self.visual_style, pad=True)
        return strips[0] if strips else Strip.blank(width, self.rich_style)

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    # -- keys and mouse ----------------------------------------------------------------------------
    def action_cursor_down(self) -> None:
        if self.rows:
            start = 0 if self.cursor is None else self.cursor + 1
            if start < len(self.rows):
                found = self._selectable_from(start, 1)
                if found is not None and found >= start:
                    self.move_to(found)

    def action_cursor_up(self) -> None:
        if self.rows and self.cursor:
            found = self._selectable_from(self.cursor - 1, -1)
            if found is not None and found < self.cursor:
                self.move_to(found)

    def action_first(self) -> None:
        if self.rows:
            self.move_to(self._selectable_from(0, 1))

    def action_last(self) -> None:
        if self.rows:
            self.move_to(self._selectable_from(len(self.rows) - 1, -1))

    def action_page(self, direction: int) -> None:
        if self.rows:
            step = max(1, self.scrollable_content_region.height - 1)
            self.move_to(self._selectable_from((self.cursor or 0) + direction * step, direction))

    def action_select(self) -> None:
        if self.cursor is not None:
            self.post_message(self.Selected(self, self.cursor, self.rows[self.cursor]))

    def on_click(self, event: events.Click) -> None:
        index = self.scroll_offset.y + event.y
        if 0 <= index < len(self.rows) and not self._is_heading(self.rows[index]):
            self.move_to(index)
            if event.chain >= 2:
                self.action_select()
