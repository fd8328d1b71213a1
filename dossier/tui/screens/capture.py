"""Forms that capture from a selection: a quote (speaker, subjects, stance, credibility) and an actor.

Each form is given a `save` function (the capture service behind it) and calls it on
ctrl+s: a refusal is shown inline and nothing is saved; success dismisses the form with
the new record, for the callback of `push_screen`. Speaker and subjects are picked by
searching actors and events as one types. Selected text and names are untrusted: plain Content.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Select, Static
from textual.widgets.option_list import Option

from dossier.model import CREDIBILITY_MEANING
from dossier.tui.text import join, plain, safe
from dossier.tui.widgets.lists import DossierList

STANCES = (("asserts", "asserts: the words claim it"), ("denies", "denies: the words deny it"),
           ("reports", "reports: the words relay it"))  # fmt: skip


class _Form(ModalScreen[Any]):
    CSS_PATH = "desk.tcss"  # read when the screen first opens, not before the first frame
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save", key_display="^s"),
        Binding("escape", "dismiss(None)", "Cancel", key_display="esc"),
    ]

    def show_error(self, message: str | None) -> None:
        box = self.query_one("#form-error", Static)
        box.update(join([("✗ ", "$error bold"), safe(message, "$error")]) if message else "")


class QuoteForm(_Form):
    """A new quote of the selected words."""

    def __init__(self, exact: str, find: Callable[[str], list[Any]], save: Callable[[dict[str, Any]], Any]) -> None:
        super().__init__()
        self.exact = exact
        self.find = find
        self.save = save
        self.speaker: Any = None  # a Match once picked; otherwise the words typed are the speaker
        self.about: list[Any] = []
        self.matches: list[Any] = []

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="form"):
            yield Static(Content.styled("New quote", "bold"), classes="form-title")
            yield Static(safe(f"“{self.exact}”", "italic", single_line=False, limit=None), id="form-exact")
            yield Static(Content.styled("Said by (an actor, or words such as “a local official”)", "$text-muted"))
            yield Input(placeholder="Type a name…", id="said-by")
            yield Static(Content.styled("About (actors and events; Enter adds, Backspace removes)", "$text-muted"))
            yield Static(id="about-chosen")
            yield Input(placeholder="Type a name or event…", id="about")
            yield DossierList(id="matches")
            with Horizontal(classes="form-row"):
                yield Select([(label, value) for value, label in STANCES], value="reports", allow_blank=False,
                             id="stance")  # fmt: skip
                credibility = [(f"{n}: {meaning}", n) for n, meaning in CREDIBILITY_MEANING.items()]
                yield Select(credibility, value=6, allow_blank=False, id="credibility")
            yield Static(id="form-error")
            yield Static(Content.styled("ctrl+s save · esc cancel", "$text-muted"))

    def on_mount(self) -> None:
        self.query_one("#matches", DossierList).display = False
        self._show_about()
        self.query_one("#said-by", Input).focus()

    def _show_about(self) -> None:
        chosen = self.query_one("#about-chosen", Static)
        if not self.about:
            chosen.update(Content.styled("(nothing yet)", "$text-muted"))
            return
        chosen.update(join([safe(m.name, "bold", limit=40) for m in self.about], separator=" · "))

    def _fill(self, query: str, events: bool) -> None:
        listing = self.query_one("#matches", DossierList)
        self.matches = [m for m in self.find(query) if events or m.kind != "event"] if query.strip() else []
        listing.display = bool(self.matches)
        listing.set_options(
            [
                Option(join([safe(m.name, limit=50), (f"  {plain(m.kind.replace('_', ' '))}", "$text-muted")]))
                for m in self.matches
            ]
        )
        if self.matches:
            listing.highlighted = 0

    @on(Input.Changed, "#said-by")
    def _speaker_typed(self, event: Input.Changed) -> None:
        if self.speaker is None or event.value != self.speaker.name:
            self.speaker = None
            self._fill(event.value, events=False)

    @on(Input.Changed, "#about")
    def _about_typed(self, event: Input.Changed) -> None:
        self._fill(event.value, events=True)

    def _highlighted_match(self) -> Any | None:
        index = self.query_one("#matches", DossierList).highlighted
        return self.matches[index] if self.matches and index is not None and index < len(self.matches) else None

    @on(Input.Submitted, "#said-by")
    def _speaker_chosen(self, event: Input.Submitted) -> None:
        match = self._highlighted_match()
        if match is not None:
            self.speaker = match
            event.input.value = match.name
        self.query_one("#matches", DossierList).display = False
        self.query_one("#about", Input).focus()

    @on(Input.Submitted, "#about")
    def _about_chosen(self, event: Input.Submitted) -> None:
        match = self._highlighted_match()
        if match is not None and all(m.actor_id != match.actor_id for m in self.about):
            self.about.append(match)
            self._show_about()
        event.input.value = ""

    def on_key(self, event: Any) -> None:
        focused = self.focused
        if not isinstance(focused, Input) or focused.id not in ("said-by", "about"):
            return
        listing = self.query_one("#matches", DossierList)
        if listing.display and event.key in ("down", "up"):
            event.stop()
            if event.key == "down":
                listing.action_cursor_down()
            else:
                listing.action_cursor_up()
        elif focused.id == "about" and event.key == "backspace" and not focused.value and self.about:
            self.about.pop()
            self._show_about()

    def values(self) -> dict[str, Any]:
        words = self.query_one("#said-by", Input).value.strip()
        return {
            "attributed_to": self.speaker.actor_id if self.speaker is not None else (words or None),
            "about": [m.actor_id for m in self.about],
            "stance": self.query_one("#stance", Select).value,
            "credibility": self.query_one("#credibility", Select).value,
        }

    def action_save(self) -> None:
        from dossier.desk.capture import CaptureError

        try:
            record = self.save(self.values())
        except CaptureError as exc:
            self.show_error(str(exc))
            return
        self.dismiss(record)


class ActorForm(_Form):
    """A new actor named by the selection (the name can be corrected first)."""

    def __init__(self, name: str, save: Callable[[dict[str, Any]], Any]) -> None:
        super().__init__()
        self.name_text = name
        self.save = save

    def compose(self) -> ComposeResult:
        from dossier.desk.capture import ACTOR_KINDS

        with VerticalScroll(id="form"):
            yield Static(Content.styled("New actor", "bold"), classes="form-title")
            yield Static(Content.styled("Name", "$text-muted"))
            yield Input(value=plain(self.name_text, limit=200), id="actor-name")
            yield Static(Content.styled("Kind", "$text-muted"))
            yield Select([(kind.replace("_", " "), kind) for kind in ACTOR_KINDS], value="person",
                         allow_blank=False, id="actor-kind")  # fmt: skip
            yield Static(id="form-error")
            yield Static(Content.styled("ctrl+s save · esc cancel", "$text-muted"))

    def on_mount(self) -> None:
        self.query_one("#actor-name", Input).focus()

    def action_save(self) -> None:
        from dossier.desk.capture import CaptureError

        values = {
            "name": self.query_one("#actor-name", Input).value,
            "kind": self.query_one("#actor-kind", Select).value,
        }
        try:
            record = self.save(values)
        except CaptureError as exc:
            self.show_error(str(exc))
            return
        self.dismiss(record)
