"""The source reader: a whole source, scrolled to a quote, with its other quotes marked.

n / ] and p / [ move between the quotes of the source in text order; the panel below the
text says who is quoted, with stance and grade. Quotes whose words are no longer where their
offsets say are placed by `dossier.anchor` (or reported as lost, never guessed).

Capture: `v` starts a selection at the caret (w/b, )/( and ←/→ grow it; a mouse drag makes
one too); from a selection, `c` makes a quote, `A` an actor and `a` an alias, through the
capture service the app hands over. After a capture the screen posts `Changed` (the app
refreshes profiles, home and the index) and marks the new quote in the text at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Static

from dossier.tui.commands import bindings_for
from dossier.tui.messages import OpenRecord
from dossier.tui.text import date_label, join, safe
from dossier.tui.widgets.quotes import quote_prompt
from dossier.tui.widgets.source_view import SourceView, Span

if TYPE_CHECKING:
    from dossier.tui.app import DossierApp


@dataclass
class ReaderData:
    """What the app hands the reader: the source, its text, and where each quote sits."""

    source: Any
    source_id: str
    text: str | None
    quotes: list[Any]  # the source's quotes, in text order
    spans: list[Span]  # the ones found in the text
    lost: set[str]  # quote ids whose words could not be found

    @classmethod
    def from_reading(cls, reading: Any) -> ReaderData:
        spans = [Span(quote_id, start, end) for quote_id, start, end in reading.spans]
        return cls(reading.source, reading.source_id, reading.text, reading.quotes, spans, reading.lost)


class ReaderScreen(Screen[None]):
    CSS_PATH = "reader.tcss"  # read when the screen first opens, not before the first frame
    BINDINGS: ClassVar[list[BindingType]] = bindings_for("reader")  # type: ignore[assignment]

    app: DossierApp  # type: ignore[assignment]

    @dataclass
    class Changed(Message):
        """Files a capture wrote (relative paths): the app reloads them."""

        paths: list[str]

    def __init__(
        self,
        data: ReaderData,
        quote_id: str,
        capture: Callable[[], Any] | None = None,
        *,
        at: tuple[int, int] | None = None,
    ) -> None:
        """`at`: (start, end) in the text to open at, selected (where review found a draft's name)."""
        super().__init__()
        self.data = data
        self.quote_id = quote_id
        self.at = at
        self.back_pops = False  # esc pops this screen (opened over review) instead of going back in history
        self.capture = capture  # makes the capture service (None: a reader that only reads)

    def compose(self) -> ComposeResult:
        yield Static(self._header(), id="reader-header")
        if self.data.text is None:
            yield Static(
                Content.styled(
                    f"The text of this source is missing or unreadable (sources/{self.data.source_id}.txt).", "$error"
                ),
                id="reader-missing",
            )
        else:
            view = SourceView(self.data.text, self.data.spans, self.quote_id, id="reader-text")
            view.border_title = "Source"
            yield view
        yield Static(id="reader-quote")
        yield Static(id="reader-selection")
        yield Footer()

    def on_mount(self) -> None:
        self._show_quote()
        self.query_one("#reader-selection", Static).display = False
        if self.data.text is not None:
            self.query_one(SourceView).focus()
            if self.at is not None:
                self.call_after_refresh(self._select_at)  # once the text is wrapped to the screen's width

    def _select_at(self) -> None:
        """Select `at` and scroll it into view (a third down): c, A or a act on it at once."""
        if self.at is None:
            return
        view = self.query_one(SourceView)
        start, end = (max(0, min(len(view.text), offset)) for offset in self.at)
        view.select_from = start
        view.place_caret(end)

    def _header(self) -> Content:
        source = self.data.source
        if source is None:
            return safe(self.data.source_id, "bold")
        details: list[Any] = [safe(source.title, "bold")]
        byline = " · ".join(value for value in (source.publisher, source.author) if value)
        if byline:
            details += ["\n", safe(byline, "$text-muted")]
        details += ["  ", date_label(source.published), ("  reliability ", "$text-muted"), (source.reliability, "bold")]
        return join(details)

    def show_quote(self, quote_id: str) -> None:
        self.quote_id = quote_id
        self._show_quote()

    def _show_quote(self) -> None:
        workspace = self.app.workspace
        ids = [quote.id for quote in self.data.quotes]
        panel = self.query_one("#reader-quote", Static)
        if workspace is None or self.quote_id not in ids:
            panel.update("")
            return
        quote = self.data.quotes[ids.index(self.quote_id)]
        where = Content.styled(f"Quote {ids.index(self.quote_id) + 1} of {len(ids)}  ", "$text-muted")
        lost = (
            Content.styled("  — not found in the text (run dossier check)", "$error")
            if self.quote_id in self.data.lost
            else ""
        )
        panel.update(join([where, quote_prompt(workspace, quote), lost]))
        if self.data.text is not None:
            self.query_one(SourceView).set_current(self.quote_id)

    # -- actions ------------------------------------------------------------------------------
    def _step(self, offset: int) -> None:
        ids = [quote.id for quote in self.data.quotes]
        if not ids:
            return
        position = ids.index(self.quote_id) if self.quote_id in ids else -1
        self.quote_id = ids[(position + offset) % len(ids)]
        self._show_quote()

    def action_next_quote(self) -> None:
        self._step(1)

    def action_previous_quote(self) -> None:
        self._step(-1)

    def action_open_profile(self) -> None:
        ids = [quote.id for quote in self.data.quotes]
        if self.quote_id in ids:
            quote = self.data.quotes[ids.index(self.quote_id)]
            target = quote.about[0] if quote.about else self.data.source_id
            self.post_message(OpenRecord(target))

    @on(SourceView.QuoteClicked)
    def _clicked(self, event: SourceView.QuoteClicked) -> None:
        self.quote_id = event.quote_id
        self._show_quote()

    # -- selection and capture ---------------------------------------------------------------------
    @property
    def view(self) -> SourceView | None:
        found = self.query(SourceView)
        return found.first() if found else None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("select", "caret"):
            return self.view is not None
        if action in ("capture_quote", "capture_actor", "capture_alias"):
            view = self.view
            return self.capture is not None and view is not None and view.selection is not None
        return True

    def action_select(self) -> None:
        view = self.view
        if view is None:
            return
        if view.select_from is not None:
            view.clear_selection()
            return
        span = next((sp for sp in self.data.spans if sp.quote_id == self.quote_id), None)
        if view.caret is None:
            # The caret appears where the reader is looking: the current quote, or the top of the screen.
            line = view.line_of(self.quote_id) if span else None
            top = view.scroll_offset.y
            on_screen = line is not None and top <= line < top + view.scrollable_content_region.height
            view.caret = span.start if span and on_screen else view.first_visible_offset()
        view.start_selection()

    def action_caret(self, motion: str) -> None:
        from dossier.desk import passages

        moves = {
            "word": passages.next_word_end,
            "back": passages.previous_word_start,
            "sentence": passages.next_sentence_end,
            "sentence_back": passages.previous_sentence_start,
            "right": lambda text, at: at + 1,
            "left": lambda text, at: at - 1,
        }
        view = self.view
        if view is not None and motion in moves:
            view.move_caret(moves[motion])

    @on(SourceView.SelectionChanged)
    def _selection_changed(self, event: SourceView.SelectionChanged) -> None:
        panel = self.query_one("#reader-selection", Static)
        view = self.view
        self.refresh_bindings()
        if event.selection is None or view is None:
            panel.display = False
            return
        start, end = event.selection
        panel.display = True
        panel.update(
            join(
                [
                    (f"Selected {end - start} characters: ", "$text-muted"),
                    safe(view.text[start:end], "bold", limit=120),
                    ("   c quote · A actor · a alias · esc cancel", "$text-muted"),
                ]
            )
        )

    def _selected_text(self) -> tuple[int, int, str] | None:
        view = self.view
        selection = view.selection if view is not None else None
        if view is None or selection is None:
            return None
        return selection[0], selection[1], view.text[selection[0] : selection[1]]

    def _captured(self, desk: Any, message: str) -> None:
        from dossier.desk.reading import source_reading

        self.post_message(self.Changed(list(desk.changed_paths)))
        self.data = ReaderData.from_reading(source_reading(desk.workspace, self.data.source_id))
        view = self.view
        if view is not None:
            view.set_spans(self.data.spans)
            view.clear_selection()
        self.app.tell(message)

    def action_capture_quote(self) -> None:
        from dossier.tui.screens.capture import QuoteForm

        chosen = self._selected_text()
        if chosen is None or self.capture is None:
            return
        start, end, words = chosen
        desk = self.capture()

        def save(values: dict[str, Any]) -> Any:
            return desk.quote(self.data.source_id, start, end, **values)

        def saved(quote: Any) -> None:
            if quote is not None:
                self._captured(desk, f"Captured quote {quote.id}")
                self.show_quote(quote.id)

        self.app.push_screen(QuoteForm(words.strip(), desk.find, save), saved)

    def action_capture_actor(self) -> None:
        from dossier.tui.screens.capture import ActorForm

        chosen = self._selected_text()
        if chosen is None or self.capture is None:
            return
        desk = self.capture()

        def save(values: dict[str, Any]) -> Any:
            return desk.actor(values["name"], values["kind"])

        def saved(actor: Any) -> None:
            if actor is not None:
                self._captured(desk, f"Added actor {actor.name} ({actor.id})")

        self.app.push_screen(ActorForm(chosen[2], save), saved)

    def action_capture_alias(self) -> None:
        from dossier.desk.capture import CaptureError
        from dossier.tui.screens.pickers import ActorPicker

        chosen = self._selected_text()
        if chosen is None or self.capture is None:
            return
        desk = self.capture()
        spelling = " ".join(chosen[2].split())

        def search(query: str) -> list[Any]:
            return desk.find(query, events=False)

        def picked(actor_id: str | None) -> None:
            if not actor_id:
                return
            try:
                desk.alias(actor_id, spelling)
            except CaptureError as exc:
                self.app.tell(f"Not added: {exc}", "warning")
                return
            self._captured(desk, f"Added {spelling!r} as an alias of {desk.workspace.display_name(actor_id)}")

        self.app.push_screen(ActorPicker(f"Add '{spelling}' as an alias of…", search, search(spelling)), picked)
