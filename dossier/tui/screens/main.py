"""The main screen: search, profile and quotes side by side, and a status line.

It turns what the panes ask for into messages for the app (which owns the workspace, the
index and the history: `dossier.tui.messages`) and shows what the app hands back. The query
itself (`SearchPane.QueryChanged`) bubbles through to the app untouched.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import ActiveBinding, BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.lazy import Lazy
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Footer, Input, Static

from dossier.tui.commands import bindings_for
from dossier.tui.footer_fit import fit, shown_too
from dossier.tui.messages import ExportRecord, OpenProblems, OpenQuote, OpenRecord, OpenReview
from dossier.tui.widgets.home_list import HomeList
from dossier.tui.widgets.lists import DossierList
from dossier.tui.widgets.profile import ProfilePane
from dossier.tui.widgets.quotes import QuotesPane
from dossier.tui.widgets.search_pane import SearchPane

if TYPE_CHECKING:
    from dossier.tui.app import DossierApp

PANES = ("search", "profile", "quotes")
# Commands the footer leaves out for room, but shows while a text box has the focus (most letters are typed there).
SHOWN_WHILE_TYPING = ("app.add_sources", "main.pane_next")
# The footer's keys by how much they are used (`dossier.tui.footer_fit`): ^t Kind is left out first.
FOOTER_ORDER = (
    "main.search",
    "app.review",
    "app.help",
    "app.back",
    "main.edit",
    "main.export",
    "app.quit",
    "main.pane_next",
    "app.add_sources",
    "main.filter",
)
PREVIEW_DELAY = 0.15  # seconds of calm in the results before the highlighted one is previewed
HOME_PREVIEW_DELAY = 0.06  # in home, between arrow key repeats (about 30 a second)


class MainScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = bindings_for("main")  # type: ignore[assignment]
    AUTO_FOCUS = "#search-input"

    app: DossierApp  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self._preview_timer: Timer | None = None
        self._editable_shown: bool | None = None

    def compose(self) -> ComposeResult:
        with Horizontal(id="panes"):
            search = SearchPane(id="search", classes="pane")
            search.border_title = "1 Search"
            yield search
            # The panes that are empty until something is chosen mount just after the first frame.
            profile = ProfilePane(id="profile", classes="pane")
            profile.border_title = "2 Profile"
            yield Lazy(profile)
            quotes = QuotesPane(id="quotes", classes="pane")
            quotes.border_title = "3 Quotes"
            yield Lazy(quotes)
        yield Static(Content.styled("Loading the workspace…", "$text-muted"), id="status")
        yield Footer()

    # -- what the app hands us ----------------------------------------------------------------
    @property
    def search(self) -> SearchPane:
        return self.query_one(SearchPane)

    @property
    def profile(self) -> ProfilePane:
        return self.query_one(ProfilePane)

    @property
    def quotes(self) -> QuotesPane:
        return self.query_one(QuotesPane)

    def set_status(self, content: Content) -> None:
        self.query_one("#status", Static).update(content, layout=False)  # one line, fixed in app.tcss

    def show_record(self, record_id: str, *, select_quote: str | None = None) -> None:
        """Show a record's profile and its quotes (nothing is recorded in the history here)."""
        workspace = self.app.workspace
        if workspace is None:
            return
        from dossier.model import Source

        self.profile.show_record(workspace, record_id)
        record = workspace.record(record_id)
        if isinstance(record, Source):
            quotes = workspace.quotes_of_source(record_id)
        else:
            quotes = workspace.quotes_about(record_id)
        self.quotes.show_quotes(workspace, quotes, select=select_quote)
        name = workspace.display_name(record_id)
        from dossier.tui.text import plain

        self.profile.border_title = Content.assemble("2 Profile · ", plain(name, limit=40))
        # The footer is rebuilt on every refresh: only when edit's availability changes.
        editable = record_id in workspace.actors or record_id in workspace.events
        if editable != self._editable_shown:
            self._editable_shown = editable
            self.refresh_bindings()

    @property
    def current_record(self) -> str | None:
        return self.profile.record_id

    def focus_record(self) -> None:
        """After a record is opened from a list: into its quotes, or its profile when it has none."""
        self.action_pane("quotes" if self.quotes.quote_ids else "profile")

    # -- panes ---------------------------------------------------------------------------------
    def _pane_of(self, widget: Widget | None) -> int:
        while widget is not None:
            if widget.id in PANES:
                return PANES.index(widget.id)
            widget = widget.parent  # type: ignore[assignment]
        return 0

    def action_pane(self, name: str) -> None:
        if name == "search":
            listing = self.search.results_list
            in_box = self.query_one(Input).has_focus
            if self.search.at_home and self.search.home.rows and not in_box:
                self.search.home.focus()
            elif self.search.hits and listing is not None and not in_box:
                listing.focus()
            else:
                self.query_one(Input).focus()
        elif name == "profile":
            self.query_one("#profile-list", DossierList).focus()
        else:
            self.query_one("#quotes-list", DossierList).focus()

    def action_next_pane(self) -> None:
        self.action_pane(PANES[(self._pane_of(self.focused) + 1) % len(PANES)])

    def action_previous_pane(self) -> None:
        self.action_pane(PANES[(self._pane_of(self.focused) - 1) % len(PANES)])

    def action_focus_search(self) -> None:
        # Like a browser's address bar: the old query is selected, so typing replaces it.
        search_box = self.query_one(Input)
        search_box.focus()
        search_box.select_all()

    def action_cycle_kind(self) -> None:
        self.search.cycle_kind()

    @dataclass
    class EditRequested(Message):
        """The analyst asked to edit the shown record: in the form, or in their own editor."""

        record_id: str
        in_editor: bool

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        """While a text box has the focus its letters are typed (Textual leaves them out of the footer):
        the footer names, in their place, the keys that still work there (^o Add sources, tab)."""
        bindings = super().active_bindings
        if isinstance(self.focused, Input):
            bindings = shown_too(bindings, SHOWN_WHILE_TYPING)
        # As many as fit, the keys used most first (at 80 columns "q Quit" was cut to "q").
        return fit(bindings, FOOTER_ORDER, self.size.width or 80, self.app.get_key_display)

    def on_resize(self) -> None:
        self.refresh_bindings()  # the footer keeps as many keys as the new width holds

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("edit_record", "edit_in_editor"):
            workspace = self.app.workspace
            record_id = self.current_record
            if workspace is None or record_id is None:
                return None
            editable = record_id in workspace.actors or record_id in workspace.events
            if action == "edit_in_editor":
                editable = editable or record_id in workspace.sources
            return editable or None
        if action == "export":
            return True if self.current_record else None
        return True

    def action_edit_record(self) -> None:
        if self.current_record:
            self.post_message(self.EditRequested(self.current_record, in_editor=False))

    def action_edit_in_editor(self) -> None:
        if self.current_record:
            self.post_message(self.EditRequested(self.current_record, in_editor=True))

    def action_export(self) -> None:
        if self.current_record:  # check_action offers export only then
            self.post_message(ExportRecord(self.current_record))

    def leave_search_box(self) -> bool:
        """Escape in the query box moves to the results instead of going back."""
        if self.query_one(Input).has_focus:
            listing = self.search.results_list
            if self.search.at_home and self.search.home.rows:
                self.search.home.focus()
            elif self.search.hits and listing is not None:
                listing.focus()
            else:
                self.query_one("#profile-list", DossierList).focus()
            return True
        return False

    # -- what the panes ask for ------------------------------------------------------------------
    @on(SearchPane.Previewed)
    def _previewed(self, event: SearchPane.Previewed) -> None:
        # While typing, results change with every key: preview only once they settle, so drawing
        # a profile never delays the next keystroke. Walking the list previews at once.
        if self._preview_timer is not None:
            self._preview_timer.stop()
            self._preview_timer = None
        listing = self.search.results_list
        if listing is not None and listing.has_focus:
            self._preview(event.hit)
        else:
            self._preview_timer = self.set_timer(PREVIEW_DELAY, lambda: self._preview(event.hit))

    def _preview(self, hit: Any) -> None:
        self._preview_timer = None
        if hit not in self.search.hits:
            return  # results changed since
        from dossier.desk.reading import record_of_hit

        record_id, quote_id = record_of_hit(self.app.workspace, hit.kind, hit.id)
        if record_id:
            self.show_record(record_id, select_quote=quote_id)

    @on(HomeList.Highlighted)
    def _home_highlighted(self, event: HomeList.Highlighted) -> None:
        row = event.row
        if not event.moved and self.current_record is not None:
            return  # coming back to the list keeps the profile that is open
        if row.kind in ("actor", "event", "source") and self.app.workspace is not None:
            # A profile costs tens of milliseconds to draw at 100,000 quotes: while the arrow key
            # repeats, the cursor moves at once and the profile follows when it settles.
            if self._preview_timer is not None:
                self._preview_timer.stop()
            self._preview_timer = self.set_timer(HOME_PREVIEW_DELAY, lambda: self._preview_row(row))

    def _preview_row(self, row: Any) -> None:
        self._preview_timer = None
        still_there = row is self.search.home.current  # the cursor has not moved on since
        if still_there and self.app.workspace is not None:
            self.show_record(str(row.target))

    @on(HomeList.Chosen)
    def _home_chosen(self, event: HomeList.Chosen) -> None:
        row = event.row
        if row.kind == "review":
            self.post_message(OpenReview())
        elif row.kind == "problem":
            self.post_message(OpenProblems())
        else:
            self.post_message(OpenRecord(str(row.target), focus=True))

    @on(SearchPane.Opened)
    def _opened(self, event: SearchPane.Opened) -> None:
        hit: Any = event.hit
        if hit.kind == "quote":
            self.post_message(OpenQuote(hit.id))
        else:
            self.post_message(OpenRecord(hit.id, focus=True))

    @on(ProfilePane.Follow)
    def _follow(self, event: ProfilePane.Follow) -> None:
        self.post_message(OpenRecord(event.target))

    @on(QuotesPane.OpenQuote)
    def _open_quote(self, event: QuotesPane.OpenQuote) -> None:
        self.post_message(OpenQuote(event.quote_id))
