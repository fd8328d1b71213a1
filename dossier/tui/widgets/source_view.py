"""The source reader's text: the whole source, wrapped, with its quotes marked.

A line-API widget: it wraps the text itself, so it knows the exact line of every quote and
can scroll the current one into view precisely, and it draws only the visible lines, so a
long source costs nothing to scroll. The text is untrusted: it is split at the quote edges
and each piece goes through `sanitize.visible` (controls become visible stand-ins), then
is drawn as plain segments; nothing in it is ever read as markup.
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

PLAIN, OTHER, CURRENT = 0, 1, 2
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


class SourceView(ScrollView, can_focus=True):
    COMPONENT_CLASSES: ClassVar[set[str]] = {"source-view--quote", "source-view--current"}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up,k", "scroll_up", "Up", show=False),
        Binding("down,j", "scroll_down", "Down", show=False),
        Binding("pageup,b", "page_up", "Page up", show=False),
        Binding("pagedown,space", "page_down", "Page down", show=False),
        Binding("home,g", "scroll_home", "Top", show=False),
        Binding("end,G", "scroll_end", "Bottom", show=False),
    ]

    class QuoteClicked(Message):
        def __init__(self, quote_id: str) -> None:
            super().__init__()
            self.quote_id = quote_id

    def __init__(self, text: str, spans: list[Span], current: str | None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._text = text
        self._spans = spans
        self.current = current
        self._lines: list[list[_Run]] = []
        self._quote_lines: dict[str, int] = {}
        self._wrapped_width = -1

    # -- layout ---------------------------------------------------------------------------
    def _runs(self) -> list[_Run]:
        """The text cut at every quote edge, each piece sanitised and marked."""
        edges = sorted({0, len(self._text), *(edge for span in self._spans for edge in (span.start, span.end))})
        runs: list[_Run] = []
        for low, high in itertools.pairwise(edges):
            covering = [span for span in self._spans if span.start <= low < span.end]
            mark = PLAIN
            quote_id = None
            if covering:
                current = [span for span in covering if span.quote_id == self.current]
                mark = CURRENT if current else OTHER
                quote_id = (current or covering)[0].quote_id
            piece = visible(self._text[low:high]).replace("\t", "    ")
            runs.append(_Run(piece, mark, quote_id))
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
            paragraphs = run.text.split("\n")
            for number, paragraph in enumerate(paragraphs):
                if number:
                    newline()
                if run.quote_id and run.quote_id not in self._quote_lines:
                    self._quote_lines[run.quote_id] = len(self._lines)
                for word in _WORD.findall(paragraph):
                    size = cell_len(word)
                    if used and used + cell_len(word.rstrip()) > width:
                        newline()
                        if word.isspace():
                            continue
                    while size > width:  # a word longer than the line is cut
                        cut = _fit(word, width - used)
                        line.append(_Run(word[:cut], run.mark, run.quote_id))
                        newline()
                        word = word[cut:]
                        size = cell_len(word)
                    line.append(_Run(word, run.mark, run.quote_id))
                    used += size
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
        }
        segments = [
            # The quote id rides along as metadata, so a click can select the quote.
            Segment(
                run.text, styles[run.mark] + Style(meta={"quote": run.quote_id}) if run.quote_id else styles[run.mark]
            )
            for run in self._lines[number]
        ]
        return Strip(segments).adjust_cell_length(width, base)

    def on_click(self, event: events.Click) -> None:
        quote_id = event.style.meta.get("quote") if event.style else None
        if quote_id:
            self.post_message(self.QuoteClicked(quote_id))


def _fit(word: str, room: int) -> int:
    """How many characters of `word` fit in `room` cells (at least one, so wrapping progresses)."""
    used = 0
    for index, char in enumerate(word):
        used += cell_len(char)
        if used > room:
            return max(index, 1)
    return len(word)
