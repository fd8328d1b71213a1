"""Label and value rows, where a long value wraps under its own column (a hanging indent).

One Content per row ("label  value") lets a long value (a `found by` line, a summary, a list
of aliases) wrap back to column 0, under the labels. Here each value is wrapped to the width
left beside the labels, and its continuation lines are indented to the value column. The
values stay Content: untrusted text is never parsed as markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from textual.app import RenderResult
from textual.content import Content
from textual.geometry import Size
from textual.visual import VisualType
from textual.widgets import Static

if TYPE_CHECKING:
    from textual.visual import RulesMap

LABEL_WIDTH = 12
GAP = 2
MIN_VALUE_WIDTH = 10  # narrower than this, the values wrap as one block (nothing can be read anyway)


def field_lines(rows: Sequence[tuple[str, Content]], width: int) -> list[Content]:
    """The rows laid out for `width` cells: right-aligned labels, values wrapped under the value column."""
    indent = LABEL_WIDTH + GAP
    value_width = max(MIN_VALUE_WIDTH, width - indent)
    lines: list[Content] = []
    for label, value in rows:
        pieces = value.wrap(value_width) if value.plain else [value]
        for number, piece in enumerate(pieces or [Content("")]):
            head = Content.styled(f"{label:>{LABEL_WIDTH}}" + " " * GAP, "$text-muted") if number == 0 else None
            lines.append((head or Content(" " * indent)) + piece.rstrip())
    return lines


class FieldRows(Static):
    """`show(rows)` lays rows out at the widget's width, again on every resize; `update()` shows a message."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.rows: list[tuple[str, Content]] | None = None
        self._laid_out: tuple[int, Content] | None = None  # (width, the rows laid out for it)

    def show(self, rows: Sequence[tuple[str, Content]]) -> None:
        self.rows = list(rows)
        self._laid_out = None
        self.clear_cached_dimensions()
        self.refresh(layout=True)

    def update(self, content: VisualType = "", *, layout: bool = True) -> None:
        self.rows = None
        super().update(content, layout=layout)

    def _content_for(self, width: int) -> Content:
        cached = self._laid_out
        if cached is not None and cached[0] == width:
            return cached[1]
        content = Content("\n").join(field_lines(self.rows or [], width))
        self._laid_out = (width, content)
        return content

    def render(self) -> RenderResult:
        if self.rows is None:
            return super().render()
        return self._content_for(self.content_region.width or self.size.width)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        if self.rows is None:
            return super().get_content_height(container, viewport, width)
        if not width:
            return 0
        return self._content_for(width).get_height(cast("RulesMap", self.styles), width)
