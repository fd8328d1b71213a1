"""The source reader's text: the whole source, wrapped, with its quotes marked.

A line-API widget: it wraps the text itself, so it knows the exact line of every quote and
can scroll the current one into view precisely, and it draws only the visible lines, so a
long source costs nothing to scroll. The text is untrusted: it is split at the quote edges
and each piece goes through `sanitize.visible` (controls become visible stand-ins), then
is drawn as plain segments; nothing in it is ever read as markup.

It also holds a caret and a selection, in offsets of the raw text (what a quote's `start`
and `end` are): `v` starts a selection at the caret, word and sentence motions grow it,
and a mouse drag makes one too (word by word). The reader turns a selection into a quote,
an actor or an alias.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import Any, ClassVar

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from dossier.sanitize import visible

PLAIN, OTHER, CURRENT, SELECTED, CARET = 0, 1, 2, 3, 4
_WORD = re.compile(r"\S+\s*|\s+")


@dataclass(frozen=True)
class Span:
    quote_id: str
    start: int  # offsets in the raw source text
    end: int


@dataclass
class _Run:
    text: str  # display text (sanitised)
    mark: int
    quote_id: str | None
    start: int = 0  # offset in the raw text of its first character
    exact: bool = True  # the display text is the raw text (so offsets inside it line up)


class SourceView(ScrollView, can_focus=True):
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "source-view--quote",
        "source-view--current",
        "source-view--selection",
        "source-view--caret",
    }
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up,k", "scroll_up", "Up", show=False),
        Binding("down,j", "scroll_down", "Down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("pagedown,space", "page_down", "Page down", show=False),
        Binding("home,g", "scroll_home", "Top", show=False),
        Binding("end,G", "scroll_end", "Bottom", show=False),
    ]

    class QuoteClicked(Message):
        def __init__(self, quote_id: str) -> None:
            super().__init__()
            self.quote_id = quote_id

    class SelectionChanged(Message):
        """The selection (raw offsets) changed; None when there is none."""

        def __init__(self, selection: tuple[int, int] | None) -> None:
            super().__init__()
            self.selection = selection

    def __init__(self, text: str, spans: list[Span], current: str | None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._text = text
        self._spans = spans
        self.current = current
        self._lines: list[list[_Run]] = []
        self._quote_lines: dict[str, int] = {}
        self._wrapped_width = -1
        self.caret: int | None = None  # shown once the analyst starts selecting
        self.select_from: int | None = None  # the other end of the selection
        self._caret_line = 0
        self._dragging = False
        self._dragged = False

    # -- layout ---------------------------------------------------------------------------
    def _runs(self) -> list[_Run]:
        """The text cut at every quote and selection edge, each piece sanitised and marked."""
        edges = {0, len(self._text), *(edge for span in self._spans for edge in (span.start, span.end))}
        selection = self.selection
        if selection is not None:
            edges.update(selection)
        if self.caret is not None:
            edges.update((self.caret, min(len(self._text), self.caret + 1)))
        runs: list[_Run] = []
        for low, high in itertools.pairwise(sorted(edges)):
            covering = [span for span in self._spans if span.start <= low < span.end]
            mark = PLAIN
            quote_id = None
            if covering:
                current = [span for span in covering if span.quote_id == self.current]
                mark = CURRENT if current else OTHER
                quote_id = (current or covering)[0].quote_id
            if selection is not None and selection[0] <= low < selection[1]:
                mark = SELECTED
            if low == self.caret:
                mark = CARET
            raw = self._text[low:high]
            piece = visible(raw)
            if piece == raw and "\t" not in raw:
                runs.append(_Run(piece, mark, quote_id, low, True))
                continue
            # Stand-ins change lengths: one run per character keeps every offset known.
            for number, char in enumerate(raw):
                shown = visible(char).replace("\t", "    ")
                runs.append(_Run(shown, mark, quote_id, low + number, shown == char))
        return runs

    def _wrap(self, width: int) -> None:
        width = max(width, 8)
        self._wrapped_width = width
        self._lines = []
        self._quote_lines = {}
        line: list[_Run] = []
        used = 0

        def newline() -> None:
            nonlocal line, used
            self._lines.append(line)
            line, used = [], 0

        for run in self._runs():
            if run.mark == CARET:
                self._caret_line = len(self._lines)
            offset = 0
            for number, paragraph in enumerate(run.text.split("\n")):
                if number:
                    newline()
                    offset += 1
                if run.quote_id and run.quote_id not in self._quote_lines:
                    self._quote_lines[run.quote_id] = len(self._lines)
                for match in _WORD.finditer(paragraph):
                    word = match.group()
                    start = run.start + (offset + match.start() if run.exact else 0)
                    size = cell_len(word)
                    if used and used + cell_len(word.rstrip()) > width:
                        newline()
                        if word.isspace():
                            continue
                    while size > width:  # a word longer than the line is cut
                        cut = _fit(word, width - used)
                        line.append(_Run(word[:cut], run.mark, run.quote_id, start, run.exact))
                        newline()
                        word = word[cut:]
                        start += cut if run.exact else 0
                        size = cell_len(word)
                    line.append(_Run(word, run.mark, run.quote_id, start, run.exact))
                    used += size
                offset += len(paragraph)
        self._lines.append(line)
        # Lines are never wider than the view, so there is nothing to scroll sideways.
        self.virtual_size = Size(width, len(self._lines))

    def on_resize(self, event: events.Resize) -> None:
        if self.scrollable_content_region.width != self._wrapped_width:
            self._wrap(self.scrollable_content_region.width)
            self.scroll_to_current()

    def on_mount(self) -> None:
        self._wrap(self.scrollable_content_region.width or 80)

    # -- quotes -------------------------------------------------------------------------------
    def set_current(self, quote_id: str | None) -> None:
        self.current = quote_id
        self._wrap(self._wrapped_width if self._wrapped_width > 0 else 80)
        self.refresh()
        self.scroll_to_current()

    def set_spans(self, spans: list[Span]) -> None:
        """The quotes to mark changed (a capture added one)."""
        self._spans = spans
        self._redraw(announce=False)

    def line_of(self, quote_id: str) -> int | None:
        return self._quote_lines.get(quote_id)

    def scroll_to_current(self) -> None:
        line = self._quote_lines.get(self.current or "")
        if line is not None:
            # A third of the way down: the reader sees what leads up to the quote.
            self.scroll_to(y=max(0, line - self.scrollable_content_region.height // 3), animate=False)

    # -- drawing ---------------------------------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        number = y + self.scroll_offset.y
        width = self.scrollable_content_region.width
        base = self.rich_style
        if number >= len(self._lines):
            return Strip.blank(width, base)
        styles = {
            PLAIN: base,
            OTHER: base + self.get_component_rich_style("source-view--quote", partial=True),
            CURRENT: base + self.get_component_rich_style("source-view--current", partial=True),
            SELECTED: base + self.get_component_rich_style("source-view--selection", partial=True),
            CARET: base + self.get_component_rich_style("source-view--caret", partial=True),
        }
        segments = [
            # The quote id and the offsets ride along as metadata, for clicks and drags.
            Segment(
                run.text,
                styles[run.mark]
                + Style(meta={"quote": run.quote_id, "start": run.start, "end": run.start + len(run.text.rstrip())}),
            )
            for run in self._lines[number]
        ]
        return Strip(segments).adjust_cell_length(width, base)

    def on_click(self, event: events.Click) -> None:
        if self._dragged:
            self._dragged = False
            return  # the end of a drag, not a click on a quote
        quote_id = event.style.meta.get("quote") if event.style else None
        if quote_id:
            self.post_message(self.QuoteClicked(quote_id))

    # -- the caret and the selection ----------------------------------------------------------------
    @property
    def text(self) -> str:
        return self._text

    @property
    def selection(self) -> tuple[int, int] | None:
        """(start, end) in the raw text, or None."""
        if self.select_from is None or self.caret is None or self.select_from == self.caret:
            return None
        return (min(self.select_from, self.caret), max(self.select_from, self.caret))

    def _redraw(self, *, announce: bool = True) -> None:
        self._wrap(self._wrapped_width if self._wrapped_width > 0 else 80)
        self.refresh()
        top = self.scroll_offset.y
        height = max(1, self.scrollable_content_region.height)
        if self.caret is not None and not top <= self._caret_line < top + height:
            self.scroll_to(y=max(0, self._caret_line - height // 3), animate=False)
        if announce:
            self.post_message(self.SelectionChanged(self.selection))

    def place_caret(self, offset: int) -> None:
        self.caret = max(0, min(len(self._text), offset))
        self._redraw()

    def start_selection(self, fallback: int = 0) -> None:
        """Anchor a selection at the caret (placed at `fallback` when it is not on screen yet)."""
        if self.caret is None:
            self.caret = max(0, min(len(self._text), fallback))
        self.select_from = self.caret
        self._redraw()

    def clear_selection(self) -> None:
        self.select_from = None
        self._redraw()

    def move_caret(self, motion: Any) -> None:
        """Move the caret with `motion(text, offset) -> offset`; the selection follows if one is open."""
        if self.caret is None:
            self.caret = self.first_visible_offset()
        self.caret = max(0, min(len(self._text), motion(self._text, self.caret)))
        self._redraw()

    def first_visible_offset(self) -> int:
        """The raw offset at the start of the first line on screen (where a caret appears)."""
        line = min(self.scroll_offset.y, max(0, len(self._lines) - 1))
        for runs in self._lines[line:]:
            if runs:
                return runs[0].start
        return 0

    def _offset_at(self, event: events.MouseEvent, *, end: bool) -> int | None:
        meta = event.style.meta if event.style else {}
        if "start" not in meta:
            return None
        return int(meta["end"] if end else meta["start"])

    def on_mouse_down(self, event: events.MouseDown) -> None:
        start = self._offset_at(event, end=False)
        if start is not None and event.button == 1:
            self._dragging = True
            self.capture_mouse()
            self.select_from = start
            self.caret = start

    def on_mouse_move(self, event: events.MouseMove) -> None:
        if not self._dragging:
            return
        start, end = self._offset_at(event, end=False), self._offset_at(event, end=True)
        if start is None or end is None or self.select_from is None:
            return
        caret = end if start >= self.select_from else start
        if caret != self.caret:
            self.caret = caret
            self._dragged = True
            self._redraw()

    def on_mouse_up(self, event: events.MouseUp) -> None:
        if self._dragging:
            self._dragging = False
            self.release_mouse()
            if self.select_from is not None and self.select_from == self.caret:
                self.select_from = None  # a click: no selection
            if self._dragged:
                self._redraw()

    def on_key(self, event: events.Key) -> None:
        if event.key == "escape" and self.select_from is not None:
            event.stop()
            event.prevent_default()
            self.clear_selection()


def _fit(word: str, room: int) -> int:
    """How many characters of `word` fit in `room` cells (at least one, so wrapping progresses)."""
    used = 0
    for index, char in enumerate(word):
        used += cell_len(char)
        if used > room:
            return max(index, 1)
    return len(word)
