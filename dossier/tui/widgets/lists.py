"""The one list widget of the app: an OptionList with vim keys and bindings from `commands.py`."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import BindingType
from textual.geometry import Size
from textual.widgets import OptionList

from dossier.tui.commands import bindings_for


class DossierList(OptionList):
    """OptionList (not ListView: it draws long lists an order of magnitude faster) plus j/k/g/G."""

    BINDINGS: ClassVar[list[BindingType]] = bindings_for("list")  # type: ignore[assignment]

    def first_enabled(self) -> int | None:
        for index, option in enumerate(self.options):
            if not option.disabled:
                return index
        return None


class RowsList(DossierList):
    """A DossierList whose options are all `ROW_LINES` lines tall and never wrap (its CSS: `text-wrap: nowrap`),
    for a list of a thousand rows and more: OptionList measures the height of every option again after each
    change (a row removed, a resize), which at that size costs more than drawing the screen. Here the line
    table is filled without measuring. (It follows OptionList._update_lines of the pinned Textual.)"""

    ROW_LINES = 2

    def _update_lines(self) -> None:
        if not self.scrollable_content_region:
            return
        line_cache = self._line_cache
        lines = line_cache.lines
        next_index = lines[-1][0] + 1 if lines else 0
        if next_index == len(self.options) and self.virtual_size.height == len(lines):
            return  # called for every line drawn: nothing new since the last time
        rows = self.ROW_LINES
        for index in range(next_index, len(self.options)):
            line_cache.index_to_line[index] = len(lines)
            line_cache.heights[index] = rows
            lines.extend((index, line) for line in range(rows))
        width = self.scrollable_content_region.width - self._get_left_gutter_width()
        virtual_size = Size(width, len(lines))
        if virtual_size != self.virtual_size:
            self.virtual_size = virtual_size
            self._scroll_update(virtual_size)
