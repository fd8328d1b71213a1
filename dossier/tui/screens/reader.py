"""The source reader: a whole source, scrolled to a quote, with its other quotes marked.

n / ] and p / [ move between the quotes of the source in text order; the panel below the
text says who is quoted, with stance and grade. Quotes whose words are no longer where their
offsets say are placed by `dossier.anchor` (or reported as lost, never guessed).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Static

from dossier.tui.commands import bindings_for
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


class ReaderScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = bindings_for("reader")  # type: ignore[assignment]

    app: DossierApp  # type: ignore[assignment]

    def __init__(self, data: ReaderData, quote_id: str) -> None:
        super().__init__()
        self.data = data
        self.quote_id = quote_id

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
        yield Footer()

    def on_mount(self) -> None:
        self._show_quote()
        if self.data.text is not None:
            self.query_one(SourceView).focus()

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
            self.app.open_record(target)

    @on(SourceView.QuoteClicked)
    def _clicked(self, event: SourceView.QuoteClicked) -> None:
        self.quote_id = event.quote_id
        self._show_quote()
