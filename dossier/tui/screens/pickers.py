"""Small modal screens that hand a choice back with `dismiss`: an actor picker and a menu.

The screen that pushes one passes a callback to `push_screen`; it gets the chosen value, or
None when the analyst pressed escape. Everything shown is workspace text: plain Content only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Static
from textual.widgets.option_list import Option

from dossier.tui.text import join, plain, safe
from dossier.tui.widgets.lists import DossierList


def alike_prompt(alike: Any) -> Content:
    """An actor that a draft may be: name, id, kind, draft mark and the likeness score."""
    parts: list[Any] = [
        safe(alike.name, "bold", limit=60),
        (f"  {plain(alike.actor_id, limit=40)}", "$text-muted"),
        "\n",
        (f"{alike.kind.replace('_', ' ')}", "$text-muted"),
    ]
    if alike.draft:
        parts.append(("  draft", "$warning"))
    if alike.spelling != alike.name:
        parts += [("  as ", "$text-muted"), safe(alike.spelling, limit=40)]
    parts.append((f"  {alike.score:.0f}% alike", "$dossier-match"))
    return join(parts)


class ActorPicker(ModalScreen[str | None]):
    """Choose an actor by searching names and aliases; dismisses with its id."""

    CSS_PATH = "desk.tcss"  # read when a picker first opens, not before the first frame

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "dismiss(None)", "Cancel", key_display="esc")]

    def __init__(self, title: str, search: Callable[[str], Sequence[Any]], initial: Sequence[Any]) -> None:
        super().__init__()
        self.title_text = title
        self.search = search
        self.found: list[Any] = list(initial)

    def compose(self) -> ComposeResult:
        with Vertical(id="picker"):
            yield Static(safe(self.title_text, "bold"), id="picker-title")
            yield Input(placeholder="Type a name or alias…", id="picker-input")
            yield DossierList(id="picker-list")
            yield Static(Content.styled("Enter: choose · ↓: the list · esc: cancel", "$text-muted"))

    def on_mount(self) -> None:
        self._fill()
        self.query_one(Input).focus()

    def _fill(self) -> None:
        listing = self.query_one(DossierList)
        if not self.found:
            listing.set_options([Option(Content.styled("No actor matches", "$text-muted"), disabled=True)])
            return
        listing.set_options([Option(alike_prompt(alike)) for alike in self.found])
        listing.highlighted = 0

    @on(Input.Changed, "#picker-input")
    def _typed(self, event: Input.Changed) -> None:
        if event.value.strip():
            self.found = list(self.search(event.value))
            self._fill()

    @on(Input.Submitted, "#picker-input")
    def _submitted(self) -> None:
        index = self.query_one(DossierList).highlighted
        if self.found and index is not None and index < len(self.found):
            self.dismiss(self.found[index].actor_id)

    def on_key(self, event: Any) -> None:
        if event.key == "down" and self.query_one(Input).has_focus and self.found:
            event.stop()
            self.query_one(DossierList).focus()

    @on(DossierList.OptionSelected, "#picker-list")
    def _chosen(self, event: DossierList.OptionSelected) -> None:
        if event.option_index < len(self.found):
            self.dismiss(self.found[event.option_index].actor_id)


class ChoiceScreen(ModalScreen[str | None]):
    """A short menu of (value, label) choices; dismisses with the value chosen."""

    CSS_PATH = "desk.tcss"  # read when a picker first opens, not before the first frame

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "dismiss(None)", "Cancel", key_display="esc")]

    def __init__(self, title: str, choices: Sequence[tuple[str, Content]], *, highlighted: int = 0) -> None:
        super().__init__()
        self.title_text = title
        self.choices = list(choices)
        self.start = highlighted

    def compose(self) -> ComposeResult:
        with Vertical(id="picker"):
            yield Static(safe(self.title_text, "bold"), id="picker-title")
            yield DossierList(*[Option(label) for _value, label in self.choices], id="picker-list")
            yield Static(Content.styled("Enter: do it · esc: cancel", "$text-muted"))

    def on_mount(self) -> None:
        listing = self.query_one(DossierList)
        listing.highlighted = self.start
        listing.focus()

    @on(DossierList.OptionSelected, "#picker-list")
    def _chosen(self, event: DossierList.OptionSelected) -> None:
        self.dismiss(self.choices[event.option_index][0])
