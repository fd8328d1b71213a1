"""The one list widget of the app: an OptionList with vim keys and bindings from `commands.py`."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import BindingType
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
