"""The search pane: a query box, the kind filter, and the results list.

It posts `QueryChanged` on every edit (the app searches in a worker and drops stale
queries), `Previewed` when a result is highlighted and `Opened` when one is chosen. It
shows what it is given: `show_results` with the service's `SearchResults`, and, while the
query is empty, home (`show_home`: the whole workspace as a list, `HomeList`).
"""

from __future__ import annotations

from typing import Any

from textual import events, on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.geometry import Size
from textual.lazy import Lazy
from textual.message import Message
from textual.reactive import Reactive, reactive
from textual.widgets import Input, Static
from textual.widgets.option_list import Option

from dossier.tui.text import highlighted, join, plain, safe
from dossier.tui.widgets.home_list import HomeList
from dossier.tui.widgets.lists import DossierList

# (filter value passed to the search service, label)
KIND_FILTERS: tuple[tuple[str | None, str], ...] = (
    (None, "all"),
    ("actor", "actors"),
    ("event", "events"),
    ("quote", "quotes"),
    ("source", "sources"),
)


class SearchBox(Input):
    """The query box. A `/` typed into an empty box is the search key pressed twice, not a query."""

    # Input sets its virtual size to its text's width on every edit, and Widget's reactive then
    # lays out the whole screen: ~5-9 ms of the UI thread per keystroke at 120x40, while the
    # search runs beside it. The box's own size never changes (app.tcss), and scrolling its text
    # reads the virtual size as it is set, so a repaint of the box is all an edit needs.
    virtual_size: Reactive[Size] = Reactive(Size(0, 0), layout=False)

    def check_consume_key(self, key: str, character: str | None) -> bool:
        if key == "slash":  # Textual finds no character for this key name: the footer would offer `/` in a query
            character = "/"
        return not (character == "/" and not self.value) and super().check_consume_key(key, character)

    async def _on_key(self, event: events.Key) -> None:
        if event.character == "/" and not self.value:
            event.stop()
            event.prevent_default()
            return
        await super()._on_key(event)


class SearchPane(Vertical):
    class QueryChanged(Message):
        def __init__(self, query: str, kind: str | None) -> None:
            super().__init__()
            self.query = query
            self.kind = kind

    class Previewed(Message):
        def __init__(self, hit: Any) -> None:
            super().__init__()
            self.hit = hit

    class Opened(Message):
        def __init__(self, hit: Any) -> None:
            super().__init__()
            self.hit = hit

    kind_index: reactive[int] = reactive(0, init=False)

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.hits: list[Any] = []
        self.shown_query: str | None = None  # the query whose results are on screen
        self._status = Content("")
        self._home_status = Content.styled("Loading the workspace…", "$text-muted")
        self._shown: list[tuple[str, str]] = []  # (kind, id) of the results on screen
        self._filled_query: str | None = None  # the query they answer
        self._drawn: list[tuple[Any, ...]] = []  # what the results list shows, to skip a refill that changes nothing
        self._had_query = False  # the footer shows `/` only while the box is empty

    def compose(self) -> ComposeResult:
        yield SearchBox(placeholder="Search: name, words, kind:quote…", id="search-input", select_on_focus=False)
        yield Static(self._filter_bar(), id="search-filter")
        yield Static(Content.styled("Loading the index…", "$text-muted"), id="search-status")
        # Mounted just after the first frame (its stylesheet and layout cost start-up time);
        # results that arrive earlier wait in `hits` and are drawn when it mounts.
        yield Lazy(ResultsList(id="results"))
        yield HomeList(id="home")

    # -- state ----------------------------------------------------------------------------
    @property
    def kind(self) -> str | None:
        return KIND_FILTERS[self.kind_index][0]

    @property
    def query_text(self) -> str:
        return self.query_one(Input).value

    def cycle_kind(self) -> None:
        self.kind_index = (self.kind_index + 1) % len(KIND_FILTERS)

    def watch_kind_index(self) -> None:
        self.query_one("#search-filter", Static).update(self._filter_bar())
        self.post_message(self.QueryChanged(self.query_text, self.kind))

    def _filter_bar(self) -> Content:
        parts: list[str | tuple[str, str]] = [("kind ", "$text-muted")]
        for index, (_kind, label) in enumerate(KIND_FILTERS):
            parts.append((label, "reverse bold" if index == self.kind_index else "$text-muted"))
            parts.append(" ")
        return Content.assemble(*parts)

    def set_status(self, status: Content) -> None:
        # Its height is fixed (app.tcss): a new status never moves anything, so no layout.
        self.query_one("#search-status", Static).update(status, layout=False)

    # -- results ----------------------------------------------------------------------------
    @property
    def results_list(self) -> DossierList | None:
        """The results list, or None in the moment before it mounts."""
        found = self.query("#results")
        return found.first(DossierList) if found else None

    @property
    def home(self) -> HomeList:
        return self.query_one(HomeList)

    @property
    def at_home(self) -> bool:
        """Home is shown (the query is empty) rather than search results."""
        return self.home.display

    def _show_list(self, home: bool) -> None:
        self.home.display = home
        listing = self.results_list
        if listing is not None:
            listing.display = not home
        self.set_class(not home, "-searching")

    def show_home(self, rows: list[Any] | None = None, status: Content | None = None) -> None:
        """Show home instead of results; `rows` replaces its rows (the cursor stays on the same record)."""
        if rows is not None:
            current = self.home.current
            self.home.set_rows(rows, keep=current.target if current is not None else None)
        if status is not None:
            self._home_status = status
        self.hits = []
        self.shown_query = None
        self._show_list(True)
        self.set_status(self._home_status)

    def show_results(self, results: Any, note: Content | None = None) -> None:
        """Show a SearchResults (hits, total, suggestion, error) for `results.query`."""
        self.shown_query = results.query
        self.hits = list(results.hits)
        self._show_list(False)
        listing = self.results_list
        if listing is not None:
            self.fill(listing)
        self.set_status(note or results_status(results))

    def fill(self, listing: DossierList) -> None:
        # The same query again (the files changed under it): stay on the result that was highlighted.
        before = listing.highlighted
        same_query = self._filled_query == self.shown_query
        kept = self._shown[before] if same_query and before is not None and before < len(self._shown) else None
        keys = [(hit.kind, hit.id) for hit in self.hits]
        # One more letter often finds the same hits drawn the same way ("lukashenk", "lukashenko"):
        # then the list is left as it is instead of being emptied, refilled and measured again.
        drawn = [(hit.kind, hit.id, hit.title, hit.snippet, tuple(hit.highlights)) for hit in self.hits]
        if drawn == self._drawn and listing.option_count == len(drawn):
            if not same_query and self.hits:
                listing.highlighted = 0  # a new query starts at its best hit, as a refill would
            self._filled_query = self.shown_query
            return
        listing.set_options([Option(hit_prompt(hit)) for hit in self.hits])
        self._drawn = drawn
        if self.hits:
            listing.highlighted = keys.index(kept) if kept in keys else 0
        self._shown = keys
        self._filled_query = self.shown_query

    def preview_highlighted(self) -> None:
        """Ask for the highlighted result's preview again (the workspace it needs has arrived)."""
        listing = self.results_list
        highlighted = listing.highlighted if listing is not None else None
        if self.hits and highlighted is not None and highlighted < len(self.hits):
            self.post_message(self.Previewed(self.hits[highlighted]))

    def clear_results(self, status: Content) -> None:
        self.hits = []
        self.shown_query = None
        self._show_list(False)
        listing = self.results_list
        if listing is not None:
            listing.clear_options()
        self._drawn = []
        self.set_status(status)

    # -- events -------------------------------------------------------------------------------
    @on(Input.Changed, "#search-input")
    def _query_changed(self, event: Input.Changed) -> None:
        event.stop()
        if bool(event.value) != self._had_query:  # `/` searches from an empty box, but is typed into a query
            self._had_query = bool(event.value)
            self.screen.refresh_bindings()
        self.post_message(self.QueryChanged(event.value, self.kind))

    @on(Input.Submitted, "#search-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        listing = self.results_list
        index = listing.highlighted if listing is not None and listing.highlighted is not None else 0
        if 0 <= index < len(self.hits):
            self.post_message(self.Opened(self.hits[index]))

    def on_key(self, event: Any) -> None:
        # Down from the query box walks into the results, as in a browser's address bar.
        listing = self.results_list
        if event.key == "down" and self.query_one(Input).has_focus:
            if self.at_home and self.home.rows:
                event.stop()
                self.home.focus()
            elif self.hits and listing is not None:
                event.stop()
                listing.focus()

    @on(DossierList.OptionHighlighted, "#results")
    def _highlighted(self, event: DossierList.OptionHighlighted) -> None:
        event.stop()
        if 0 <= event.option_index < len(self.hits):
            self.post_message(self.Previewed(self.hits[event.option_index]))

    @on(DossierList.OptionSelected, "#results")
    def _selected(self, event: DossierList.OptionSelected) -> None:
        event.stop()
        if 0 <= event.option_index < len(self.hits):
            self.post_message(self.Opened(self.hits[event.option_index]))


class ResultsList(DossierList):
    def on_mount(self) -> None:
        pane = next((node for node in self.ancestors if isinstance(node, SearchPane)), None)
        if pane is not None:
            self.display = not pane.at_home
            if pane.hits:
                pane.fill(self)


KIND_LABEL = {"actor": "actor ", "event": "event ", "quote": "quote ", "source": "source"}


SNIPPET_CHARS = 90


def snippet_window(snippet: str, highlights: tuple[tuple[int, int], ...], size: int = SNIPPET_CHARS):
    """At most `size` characters of a snippet, starting a little before its first match."""
    if len(snippet) <= size:
        return snippet, highlights
    first = min((start for start, _end in highlights), default=0)
    start = max(0, min(first - 20, len(snippet) - size))
    window = snippet[start : start + size]
    prefix = "…" if start else ""
    suffix = "…" if start + size < len(snippet) else ""
    shifted = tuple(
        (max(0, low - start) + len(prefix), min(size, high - start) + len(prefix))
        for low, high in highlights
        if high > start and low < start + size
    )
    return prefix + window + suffix, shifted


def hit_prompt(hit: Any) -> Content:
    """Two lines: the kind and title, then a window of the snippet with the matched words marked."""
    title = join([(KIND_LABEL.get(hit.kind, plain(hit.kind, limit=6)), "$dossier-kind"), " ", safe(hit.title, "bold")])
    if not hit.snippet:
        return title
    text, spans = snippet_window(hit.snippet, tuple(hit.highlights))
    snippet = highlighted(text, spans, "$dossier-match bold")
    return join([title, "\n", Content.styled("", "$text-muted"), snippet])


def results_status(results: Any) -> Content:
    if results.error:
        return Content.assemble(("Query problem: ", "$error bold"), safe(results.error))
    if not results.query.strip():
        return Content.styled("Type to search actors, events, quotes and sources", "$text-muted")
    count = f"{results.total} result{'' if results.total == 1 else 's'}"
    parts: list[str | tuple[str, str] | Content] = [(count, "$text-muted")]
    if results.suggestion:
        parts += [
            ("  did you mean ", "$text-muted"),
            safe(results.suggestion, "$dossier-match bold"),
            ("?", "$text-muted"),
        ]
    return Content.assemble(*parts)
