"""The dossier browser app: owns the workspace, the search index and the history.

The first frame is drawn before anything slow happens: the workspace loads and the index
opens (or builds, with progress) in thread workers, and their heavy imports (pydantic,
whoosh, edtf) happen there too. Searches run in an exclusive worker; a query that is no
longer the latest is dropped before it runs and its results are never shown.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual import on, work
from textual.app import App
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.notifications import SeverityLevel
from textual.screen import Screen
from textual.theme import Theme
from textual.worker import get_current_worker

from dossier.paths import bundled_seeds, bundled_themes
from dossier.tui.analysis_actions import AnalysisActions
from dossier.tui.collector import collect_young_less_often, long_lived_allocations, pause_collection
from dossier.tui.commands import bindings_for, check_keymap
from dossier.tui.messages import ExportRecord, OpenProblems, OpenQuote, OpenRecord, OpenReview
from dossier.tui.navigation import History, Location
from dossier.tui.screens.main import MainScreen
from dossier.tui.settings import load_settings, remember, user_themes_dir
from dossier.tui.source_adder import SourceAdder
from dossier.tui.text import join, plain
from dossier.tui.themes import DEFAULT_THEME, VARIABLE_DEFAULTS, load_themes
from dossier.tui.widgets.search_pane import SearchPane
from dossier.wording import plural

if TYPE_CHECKING:
    from textual.command import Provider

    from dossier.tui.screens.reader import ReaderData, ReaderScreen

# Results drawn per keystroke: about three screens of two-line results. Drawing is ~0.4 ms a
# result and snippets cost the service about as much, so 50 put a 100,000-quote search at
# ~51 ms median from key to results, 25 at ~43 ms (benchmarks/tui_bench.py); the status line
# still gives the full count, and a narrower query finds the rest.
SEARCH_LIMIT = 25


# The palette's providers are handed over as factories: `textual.command` costs ~40 ms to
# import, which the first frame should not wait for.
def _records_provider() -> type[Provider]:
    from dossier.tui.palette import RecordsProvider

    return RecordsProvider


def _commands_provider() -> type[Provider]:
    from dossier.tui.palette import CommandsProvider

    return CommandsProvider


def _reader_screen() -> type[ReaderScreen]:
    from dossier.tui.screens.reader import ReaderScreen

    return ReaderScreen


# Commands that need the loaded workspace: check_action leaves them out (keys, footer, palette) until then.
NEEDS_WORKSPACE = frozenset({"review", "problems", "undo", "timeline", "contested", "network", "add_sources"})

HOME_STATUS = Content.styled("The workspace at a glance. Type to search; ↓ and Enter to browse", "$text-muted")


def home_of(catalog: Any) -> list[Any]:
    """Home's rows for a loaded workspace (built in the loading worker, off the UI thread)."""
    from dossier.desk.home import home_rows
    from dossier.quote_store import quote_heads

    drafts = sum(
        1
        for records in (catalog.actors.values(), catalog.events.values(), quote_heads(catalog.quotes))
        for record in records
        if record.status.value == "draft"
    )
    return home_rows(catalog, catalog.quote_count, drafts, catalog.problems)


class DossierApp(AnalysisActions, App[None]):  # AnalysisActions: the timeline, contested and network views
    CSS_PATH = Path(__file__).parent / "app.tcss"  # absolute, so subclasses elsewhere find it
    TITLE = "dossier"
    BINDINGS: ClassVar[list[BindingType]] = bindings_for("app")  # type: ignore[assignment]
    COMMANDS = App.COMMANDS | {_records_provider, _commands_provider}

    def __init__(self, workspace_root: Path, *, config_dir: Path | None = None, cache_dir: Path | None = None) -> None:
        super().__init__()
        self.workspace_root = Path(workspace_root)
        self.config_dir = config_dir
        self.cache_dir = cache_dir
        self.workspace: Any = None  # a Catalog (an indexed dossier.workspace.Workspace) once loaded
        self.index: Any = None  # dossier.search.SearchIndex once open
        self.index_state = "opening"
        self.history = History()
        self.desk: Any = None  # dossier.desk.review.ReviewDesk, made when review first opens
        self.main = MainScreen()
        self._search_lock = threading.Lock()
        self._stop_watching = threading.Event()
        self._catalog_lock = threading.Lock()
        self._search_seq = 0
        self._query: tuple[str, str | None] = ("", None)
        self._asked_while_loading: tuple[Location, bool] | None = None  # opened once the workspace is in
        self._notes: list[tuple[str, SeverityLevel]] = []
        self.adding = SourceAdder(self, stop=self._stop_watching)  # runs of Add sources
        self._resume_collection: Callable[[], None] = lambda: None
        self._restore_threshold: Callable[[], None] = lambda: None
        self._setup_themes_and_keys()

    # -- settings ----------------------------------------------------------------------------------
    def _setup_themes_and_keys(self) -> None:
        settings = load_settings(self.config_dir)
        self._notes += [(problem, "warning") for problem in settings.problems]
        keymap, problems = check_keymap(settings.keymap)
        self._notes += [(problem, "warning") for problem in problems]
        self.set_keymap(keymap)
        themes_dir = (self.config_dir / "themes") if self.config_dir else user_themes_dir()
        from dossier.cache import cache_root

        themes = load_themes(bundled_themes(), themes_dir, cache=cache_root() / "themes.json")
        self._notes += [(f"{problem}; that theme is skipped", "error") for problem in themes.problems]
        for theme in themes.themes.values():
            self.register_theme(theme)
        wanted = settings.theme or DEFAULT_THEME
        if wanted not in self.available_themes:
            if wanted != DEFAULT_THEME:
                self._notes.append((f"theme '{wanted}' is not available; using {DEFAULT_THEME}", "warning"))
            wanted = DEFAULT_THEME if DEFAULT_THEME in self.available_themes else "textual-dark"
        self._start_with_theme(wanted)

    def _start_with_theme(self, name: str) -> None:
        """Start in a theme without `App.theme`'s watcher, which would parse every stylesheet twice.

        Nothing is parsed yet (the stylesheets are read when the app runs), so the theme's
        variables and classes are set here and the first parse uses them. The watcher's way
        schedules a second parse of every stylesheet instead: ~10 ms before the first frame.
        Everything after start-up (the palette's theme picker) goes through the watcher.
        """
        if name == self.theme:
            return
        self.set_reactive(App.theme, name)
        self.stylesheet.set_variables(self.get_css_variables())
        dark = self.current_theme.dark
        classes = {existing: False for existing in self.classes if existing.startswith("-theme-")}
        self.update_classes(
            {**classes, f"-theme-{name}": True, "-dark-mode": dark, "-light-mode": not dark}, update=False
        )
        self._refresh_truecolor_filter(self.ansi_theme)  # what the watcher does for ANSI colours

    def get_key_display(self, binding: Binding) -> str:
        """The key that works where the focus is: F1 for help in the search box, where `?` is typed as text."""
        focused = self.focused
        if focused is not None and binding.id:
            from dossier.tui.commands import COMMANDS, key_character

            default = next((command.keys for command in COMMANDS if command.id == binding.id), binding.key)
            keys = [key.strip() for key in self._keymap.get(binding.id, default).split(",") if key.strip()]
            # The key shown is the first; when the focused widget types it, the first key that still works.
            if keys and focused.check_consume_key(keys[0], key_character(keys[0])):
                for key in keys[1:]:
                    if not focused.check_consume_key(key, key_character(key)):
                        return super().get_key_display(Binding(key, binding.action))
        return super().get_key_display(binding)

    def get_theme_variable_defaults(self) -> dict[str, str]:
        return dict(VARIABLE_DEFAULTS)

    def _theme_changed(self, theme: Theme) -> None:
        remember("theme", theme.name, self.config_dir)

    def tell(self, message: str, severity: SeverityLevel = "information") -> None:
        """A notification; messages can quote file names or content, so never markup."""
        self.notify(plain(message), severity=severity, markup=False, timeout=6 if severity == "information" else 10)

    # -- start-up -------------------------------------------------------------------------------------
    def get_default_screen(self) -> Screen[Any]:
        return self.main

    def on_load(self) -> None:
        # Until the first frame is painted: see `pause_collection`.
        self._resume_collection = pause_collection()
        self._restore_threshold = collect_young_less_often()

    def on_mount(self) -> None:
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        for message, severity in self._notes:
            self.tell(message, severity)
        self.call_after_refresh(self._resume_collection)
        # After the first frame: the workers' imports would otherwise compete with it.
        self.call_after_refresh(self._start_services)

    def on_unmount(self) -> None:
        self._resume_collection()  # an app that quits before its first frame
        self._restore_threshold()  # (tests run many apps in one process)
        self._stop_watching.set()
        # Close the index so its files are left consistent; a search still running holds the lock.
        if self.index is not None:
            with self._search_lock:
                self.index.close()

    def _start_services(self) -> None:
        self._load_workspace()
        self._open_index()
        # A plain daemon thread, not a worker: it runs for the whole session, and waiting for the
        # workers to finish (tests, the benchmark) must not wait for it.
        threading.Thread(target=self._watch, name="dossier-watch", daemon=True).start()

    # -- live with the files on disk ----------------------------------------------------------------
    def _watch(self) -> None:
        """Report changed record files (an editor, a git pull) as they settle, to reload them."""
        try:
            from watchfiles import watch
        except ImportError:
            return
        from dossier.desk.watch import workspace_paths

        # debounce: wait for a burst of writes (a git checkout) to end; step: how often to look.
        for changes in watch(
            self.workspace_root, stop_event=self._stop_watching, debounce=60, step=20, raise_interrupt=False
        ):
            paths = workspace_paths(self.workspace_root, changes)
            if paths and not self._stop_watching.is_set():
                try:
                    self.call_from_thread(self.files_changed, paths)
                except RuntimeError:
                    return  # the app is closing

    def files_changed(self, paths: list[str], *, quiet: bool = False) -> None:
        """Read changed files again, keeping the view; an edit form over one of them shows a conflict.

        `quiet`: the session wrote them itself (Add sources) and says so in its own words."""
        if self.workspace is None:
            return
        from dossier.desk.watch import really_changed, reload_notice

        raw = self.workspace.workspace
        changed = really_changed(self.workspace_root, paths, raw.file_hashes)
        if not changed:
            return  # our own writes, already loaded
        from dossier.tui.screens.edit import EditScreen
        from dossier.tui.screens.review import ReviewScreen

        for screen in self.screen_stack:
            if isinstance(screen, EditScreen) and screen.desk.relative(screen.folder, screen.record_id) in changed:
                screen.disk_changed()
        if self.desk is not None:
            self.desk.reload(changed)
        else:
            from dossier.workspace import reload_files

            reload_files(raw, changed)
        if isinstance(self.screen, ReviewScreen):
            current = self.screen.current
            self.screen.refill(keep=current.id if current is not None else None)
        ours = set(changed) <= self.adding.wrote  # the watcher reporting the last run's files late
        if not quiet and not self.adding.running and not ours:  # the files Add sources writes are said in its report
            self.tell(reload_notice(changed))
        self._workspace_changed(changed)

    @work(thread=True, exclusive=True, group="workspace")
    def _load_workspace(self) -> None:
        from dossier.desk.transaction import recover
        from dossier.workspace import load_workspace

        # A step that a crash interrupted (a merge, a capture) is finished before anything is read.
        for message in recover(self.workspace_root):
            self.call_from_thread(self.tell, message, "warning")

        with long_lived_allocations():
            workspace = load_workspace(self.workspace_root)
            from dossier.tui.catalog import Catalog

            catalog = Catalog(workspace)
            # Warm what the first profile needs (EDTF parsing, anchoring) off the UI thread.
            import dossier.anchor
            import dossier.dates

            for event in list(workspace.events.values())[:2000]:
                if event.date:
                    dossier.dates.sort_key(event.date)
            rows = home_of(catalog)
        self.call_from_thread(self._workspace_loaded, catalog, rows)

    def _workspace_loaded(self, workspace: Any, rows: list[Any]) -> None:
        reloaded = self.workspace is not None
        self.workspace = workspace
        if self._home_shown():
            self.main.search.show_home(rows, HOME_STATUS)
        else:
            self.main.search.home.set_rows(rows)
        if reloaded:
            shown = self.main.current_record
            if shown and workspace.record(shown) is not None:
                self.main.show_record(shown)
            self.tell("Workspace reloaded")
        if workspace.problems:
            count = len(workspace.problems)
            self.tell(f"{count} file problem{'s' if count != 1 else ''}: press ! to list them", "warning")
        self.warm_analysis()  # the analysis views' services, in the background
        self.refresh_status()
        # Results that arrived before the workspace could not be previewed; preview the highlighted one now.
        self.main.search.preview_highlighted()
        self._workspace_available()

    def _workspace_available(self) -> None:
        """The commands that wait for the workspace are offered now; a record asked for meanwhile opens."""
        self.refresh_bindings()
        if self._asked_while_loading is not None:
            location, focus = self._asked_while_loading
            self._asked_while_loading = None
            self._navigate(location, focus=focus)

    @work(thread=True, exclusive=True, group="index")
    def _open_index(self) -> None:
        try:
            from dossier.search import SearchIndex
        except ImportError:
            self.call_from_thread(self._index_failed, "search is not available in this build")
            return
        last = [-1.0]

        def progress(message: str, fraction: float) -> None:
            # Throttled: each report is a round trip to the UI thread.
            if fraction - last[0] >= 0.02 or fraction >= 1.0:
                last[0] = fraction
                self.call_from_thread(self._index_progress, message, fraction)

        try:
            index = SearchIndex.open(self.workspace_root, cache_dir=self.cache_dir, progress=progress)
        except Exception as exc:
            self.call_from_thread(self._index_failed, f"the search index could not be opened: {exc}")
            return
        # The first search sets up the searcher, its readers and the query parser: ~90 ms of CPU
        # at 100,000 quotes. Paid here, before the index is handed over, not on the first key. A
        # failure here is left for the first real search to report.
        with contextlib.suppress(Exception):
            index.search("a", limit=1)
        self.call_from_thread(self._index_ready, index)

    def _home_shown(self) -> bool:
        return not self._query[0].strip()

    def _index_progress(self, message: str, fraction: float) -> None:
        self.index_state = f"{plain(message, limit=40)} {fraction:.0%}"
        self.refresh_status()
        if self.index is None and not self._home_shown():
            self.main.search.set_status(Content.styled(f"Index not ready: {self.index_state}", "$text-muted"))

    def _index_ready(self, index: Any) -> None:
        self.index = index
        self.index_state = "ready"
        for message in getattr(index, "messages", []) or []:
            self.tell(str(message))
        self.refresh_status()
        query, kind = self._query
        if query.strip():
            self.run_search(query, kind)

    def _index_failed(self, message: str) -> None:
        self.index_state = "unavailable"
        self.tell(message, "error")
        self.refresh_status()
        self.main.search.set_status(Content.styled(f"Index not ready: {plain(message, limit=80)}", "$error"))

    def refresh_status(self) -> None:
        parts: list[Any] = [(plain(self.workspace_root.name or str(self.workspace_root), limit=30), "bold")]
        workspace = self.workspace
        if workspace is None:
            parts.append(("  loading the workspace…", "$text-muted"))
        else:
            counts = [
                (len(workspace.actors), "actor"),
                (len(workspace.events), "event"),
                (len(workspace.quotes), "quote"),
                (len(workspace.sources), "source"),
            ]
            parts.append(("  " + ", ".join(plural(n, word) for n, word in counts), "$text-muted"))
        parts.append(("  index: ", "$text-muted"))
        parts.append((self.index_state, "$success" if self.index_state == "ready" else "$warning"))
        if workspace is not None and workspace.problems:
            parts.append((f"  {plural(len(workspace.problems), 'problem')} (press !)", "$error bold"))
        state = self.adding.state
        if state is not None and not state.done:
            parts.append((f"  adding {state.number or 1} of {state.total} (press i)", "$warning"))
        self.main.set_status(join(parts))

    # -- search -------------------------------------------------------------------------------------
    def run_search(self, query: str, kind: str | None) -> None:
        self._query = (query, kind)
        self._search_seq += 1
        search = self.main.search
        if not query.strip():
            search.show_home(status=HOME_STATUS if self.workspace is not None else None)
            return
        if self.index is None:
            search.clear_results(Content.styled(f"Index not ready: {self.index_state}", "$text-muted"))
            return
        self._search(query, kind, self._search_seq)

    @work(thread=True, exclusive=True, group="search", exit_on_error=False)
    def _search(self, query: str, kind: str | None, sequence: int) -> None:
        worker = get_current_worker()
        try:
            self._search_now(worker, query, kind, sequence)
        except Exception as exc:
            self.call_from_thread(self._search_failed, query, f"{type(exc).__name__}: {exc}", sequence)

    def _search_failed(self, query: str, message: str, sequence: int) -> None:
        if sequence == self._search_seq:
            self.main.search.clear_results(
                Content.assemble(("Search failed: ", "$error bold"), plain(message, limit=120))
            )

    def _search_now(self, worker: Any, query: str, kind: str | None, sequence: int) -> None:
        kinds = [kind] if kind else None
        with self._search_lock:
            # A newer keystroke arrived while this one waited: drop it unseen.
            if worker.is_cancelled or sequence != self._search_seq:
                return
            results = self.index.search(query, kinds=kinds, limit=SEARCH_LIMIT)
            note = None
            if not results.hits and results.suggestion and not results.error:
                instead = self.index.search(results.suggestion, kinds=kinds, limit=SEARCH_LIMIT)
                if instead.hits:
                    note = Content.assemble(
                        ("No results for ", "$text-muted"),
                        (plain(query, limit=30), "bold"),
                        ("; showing ", "$text-muted"),
                        (plain(results.suggestion, limit=30), "$dossier-match bold"),
                    )
                    results = instead
        if worker.is_cancelled or sequence != self._search_seq:
            return
        self.call_from_thread(self._show_results, results, note, sequence)

    def _show_results(self, results: Any, note: Content | None, sequence: int) -> None:
        if sequence == self._search_seq:
            self.main.search.show_results(results, note)

    # -- what the screens ask for ---------------------------------------------------------------------
    @on(SearchPane.QueryChanged)
    def _query_changed(self, message: SearchPane.QueryChanged) -> None:
        self.run_search(message.query, message.kind)

    @on(OpenRecord)
    def _open_record_asked(self, message: OpenRecord) -> None:
        self._navigate(Location("profile", message.record_id), focus=message.focus)

    @on(OpenQuote)
    def _open_quote_asked(self, message: OpenQuote) -> None:
        self._navigate(Location("reader", message.quote_id))

    @on(ExportRecord)
    def _export_asked(self, message: ExportRecord) -> None:
        self.export_record(message.record_id)

    @on(OpenReview)
    def _review_asked(self, message: OpenReview) -> None:
        if self.check_action("review", ()):  # the same rule as the key and the palette
            self.action_review()

    @on(OpenProblems)
    def _problems_asked(self, message: OpenProblems) -> None:
        if self.check_action("problems", ()):
            self.action_problems()

    # -- navigation -----------------------------------------------------------------------------------
    def open_record(self, record_id: str) -> None:
        self._navigate(Location("profile", record_id))

    def open_quote(self, quote_id: str) -> None:
        self._navigate(Location("reader", quote_id))

    def _navigate(self, location: Location, *, focus: bool = False) -> None:
        """Show a location and record it in the history; `focus`: move into the profile's lists."""
        if self.workspace is None:
            # Search can answer before the workspace is in: what was chosen opens as soon as it is.
            self._asked_while_loading = (location, focus)
            return
        if self._show(location):
            self.history.push(location)
            if focus and location.view == "profile":
                self.main.focus_record()

    def _show(self, location: Location) -> bool:
        workspace = self.workspace
        if location.view == "profile":
            if workspace.record(location.record_id) is None:
                self.tell(f"Nothing named {location.record_id} in this workspace", "warning")
                return False
            self._pop_to_main()
            self.main.show_record(location.record_id)
            return True
        quote = workspace.quotes.get(location.record_id)
        if quote is None:
            self.tell(f"No quote {location.record_id} in this workspace", "warning")
            return False
        self.main.show_record(quote.about[0] if quote.about else quote.source, select_quote=quote.id)
        reader = _reader_screen()
        if isinstance(self.screen, reader) and self.screen.data.source_id == quote.source:
            self.screen.show_quote(quote.id)
            return True
        self._pop_to_main()
        self.push_screen(reader(self._reader_data(quote.source), quote.id, self.capture_desk))
        return True

    def read_at(self, source_id: str, at: tuple[int, int] | None = None, quote_id: str = "") -> None:
        """The reader over the current screen (esc comes back to it), at `at` selected, or at a quote."""
        if self.workspace is None or source_id not in self.workspace.sources:
            return
        reader = _reader_screen()(self._reader_data(source_id), quote_id, self.capture_desk, at=at)
        reader.back_pops = True
        self.push_screen(reader)

    def _pop_to_main(self) -> None:
        while len(self.screen_stack) > 1 and self.screen is not self.main:
            self.pop_screen()

    def _reader_data(self, source_id: str) -> ReaderData:
        from dossier.desk.reading import source_reading
        from dossier.tui.screens.reader import ReaderData

        return ReaderData.from_reading(source_reading(self.workspace, source_id))

    def capture_desk(self) -> Any:
        """The capture service, sharing the review desk's workspace and undo journal."""
        from dossier.desk.capture import CaptureDesk

        desk = self.review_desk()
        return CaptureDesk(self.workspace_root, desk.workspace, desk.journal)

    def action_go_back(self) -> None:
        if self.screen is self.main and self.main.leave_search_box():
            return
        if getattr(self.screen, "back_pops", False):  # a reader opened from review: back to the review
            self.pop_screen()
            return
        location = self.history.back()
        if location is None:
            if self.screen is not self.main:
                self._pop_to_main()
            else:
                self.bell()
            return
        self._show(location)

    def action_go_forward(self) -> None:
        location = self.history.forward()
        if location is None:
            self.bell()
            return
        self._show(location)

    # -- other commands -------------------------------------------------------------------------------
    def action_reload(self) -> None:
        """Pick up edits made on disk (in an editor, by `dossier ingest`) without restarting."""
        self._load_workspace()
        if self.index is not None:
            self._update_index()

    @work(thread=True, exclusive=True, group="index", exit_on_error=False)
    def _update_index(self, quiet: bool = False) -> None:
        """Index the files changed on disk; `quiet`: the session's own steps, said already."""
        with self._search_lock:
            messages = self.index.update()
        for message in messages or []:
            if not (quiet and str(message).startswith("updated the search index")):
                self.call_from_thread(self.tell, str(message))
        query, kind = self._query
        if query.strip():
            self.call_from_thread(self.run_search, query, kind)

    # -- the desk: review, undo ---------------------------------------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """What the state allows: nothing that needs the workspace before it has loaded."""
        if action in NEEDS_WORKSPACE and self.workspace is None:
            return None
        if action == "review":
            from dossier.tui.screens.review import ReviewScreen

            if getattr(self.screen, "HIDES_REVIEW", False):  # Add sources: its own `d` reviews the new drafts
                return None
            return not isinstance(self.screen, ReviewScreen)  # hidden there: it is open
        if action == "undo":
            return True if self.desk is not None and self.desk.journal.can_undo else None
        return True

    def review_desk(self) -> Any:
        """The review service, sharing the loaded workspace (it updates it in place after each step)."""
        if self.desk is None:
            from dossier.desk.review import ReviewDesk

            self.desk = ReviewDesk(self.workspace_root, self.workspace.workspace)
            for message in self.desk.messages:
                self.tell(message, "warning")
            if self.desk.messages:
                self._workspace_changed([])
        return self.desk

    def action_review(self) -> None:
        from dossier.tui.screens.review import ReviewScreen

        if self.workspace is None or isinstance(self.screen, ReviewScreen):
            return
        if any(isinstance(screen, ReviewScreen) for screen in self.screen_stack):  # under a reader it opened
            while not isinstance(self.screen, ReviewScreen):
                self.pop_screen()
            return
        self.push_screen(ReviewScreen(self.review_desk()))

    def action_undo(self) -> None:
        from dossier.tui.screens.review import ReviewScreen

        if isinstance(self.screen, ReviewScreen):
            self.screen.action_undo()  # the screen goes back to the draft that returns
            return
        if self.desk is None:
            return
        from dossier.ingest.review import ReviewError

        try:
            label = self.desk.undo()
        except ReviewError as exc:
            self.tell(str(exc), "warning")
            return
        self.tell(f"Undone: {label}")
        self.adding.undone(list(self.desk.changed_paths))
        self._workspace_changed(self.desk.changed_paths)

    def edit_desk(self) -> Any:
        from dossier.desk.edit import EditDesk

        desk = self.review_desk()
        return EditDesk(self.workspace_root, desk.workspace, desk.journal)

    def on_main_screen_edit_requested(self, message: Any) -> None:
        record_id = message.record_id
        workspace = self.workspace
        folder = next((f for f in ("actors", "events", "sources") if record_id in getattr(workspace, f)), None)
        if folder is None:
            return
        if message.in_editor:
            self._edit_in_editor(folder, record_id)
            return
        if folder == "sources":
            return
        from dossier.tui.screens.edit import EditScreen

        desk = self.edit_desk()

        def closed(saved: bool | None) -> None:
            if saved:
                self.tell(f"Saved {desk.changed_paths[0] if desk.changed_paths else record_id}")
                self._workspace_changed(desk.changed_paths)

        self.push_screen(EditScreen(desk, folder, record_id), closed)

    def _edit_in_editor(self, folder: str, record_id: str) -> None:
        """The record's own file in the analyst's editor; it is kept as written, and checked after."""
        import subprocess

        from dossier.desk.transaction import read_bytes
        from dossier.tui.editor import editor_command, suspended

        desk = self.edit_desk()
        relative = desk.relative(folder, record_id)
        before = read_bytes(self.workspace_root, relative)
        command = editor_command()
        with suspended(self):
            try:
                subprocess.run([*command, str(self.workspace_root / relative)], check=False)
            except OSError as exc:
                self.tell(
                    f"Cannot start the editor {' '.join(command)}: {exc.strerror}; set $VISUAL or $EDITOR", "error"
                )
                return
        problems = desk.after_external_edit(relative, before)
        if problems:
            first = problems[0]
            self.tell(
                f"{relative} is kept as you wrote it, but it does not load: line {first.line}: {first.message} "
                f"({len(problems)} problem{'s' if len(problems) != 1 else ''}; press ! to list them)",
                "error",
            )
        elif desk.changed_paths and read_bytes(self.workspace_root, relative) != before:
            self.tell(f"Saved {relative}")
        self._workspace_changed([relative])

    def on_review_screen_changed(self, message: Any) -> None:
        self._workspace_changed(message.paths)

    def on_reader_screen_changed(self, message: Any) -> None:
        self._workspace_changed(message.paths)

    def _workspace_changed(self, paths: list[str]) -> None:
        """Files were written in this session: bring the indexes, home, profile and search up to date."""
        self.refresh_bindings()
        self._reindex_workspace(list(paths))

    @work(thread=True, group="catalog", exit_on_error=False)
    def _reindex_workspace(self, paths: list[str]) -> None:
        # One at a time, each on the catalog the last one made: every change's files get indexed.
        with self._catalog_lock:
            self._reindex_now(paths)

    def _reindex_now(self, paths: list[str]) -> None:
        """The search index first (what was written is searchable soonest), then the browser's lookups."""
        from dossier.tui.catalog import Catalog

        if self.index is not None:
            with self._search_lock:
                # The files named are all that is looked at: no stat of every file (~150 ms at
                # 100,000 quotes). With none named (a recovered step), the whole workspace is.
                self.index.update(paths or None)
            query, kind = self._query
            if query.strip():
                self.call_from_thread(self.run_search, query, kind)
        previous = self.workspace
        for _attempt in range(3):
            try:
                # Only what changed is indexed again; with nothing named (a recovery), everything.
                catalog = previous.refreshed(paths) if paths else Catalog(previous.workspace)
                rows = home_of(catalog)
                break
            except RuntimeError:  # a step changed the records while they were read: read them again
                continue
        else:
            return
        with contextlib.suppress(RuntimeError):  # the app closed meanwhile
            self.call_from_thread(self._catalog_ready, catalog, rows)

    def _catalog_ready(self, catalog: Any, rows: list[Any]) -> None:
        self.workspace = catalog
        search = self.main.search
        search.home.set_rows(rows, keep=search.home.current.target if search.home.current else None)
        shown = self.main.current_record
        if shown and catalog.record(shown) is not None:
            self.main.show_record(shown)
        self.refresh_status()

    # -- add sources --------------------------------------------------------------------------------
    def action_add_sources(self) -> None:
        from dossier.tui.screens.ingest import AddSourcesScreen

        if self.workspace is None or isinstance(self.screen, AddSourcesScreen):
            return
        self.push_screen(AddSourcesScreen())

    def review_sources(self, sources: list[str]) -> None:
        """The review of the drafts that came from `sources` (a run of Add sources), best first."""
        from dossier.tui.screens.review import ReviewScreen

        if self.workspace is None:
            return
        self._pop_to_main()
        self.push_screen(ReviewScreen(self.review_desk(), sources=sources))

    def action_help(self) -> None:
        from dossier.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_problems(self) -> None:
        from dossier.paths import display_path
        from dossier.tui.screens.problems import ProblemsScreen

        if self.workspace is None:  # check_action does not offer it then
            return
        if not isinstance(self.screen, ProblemsScreen):
            self.push_screen(ProblemsScreen(list(self.workspace.problems), display_path(self.workspace_root)))

    def export_record(self, record_id: str) -> None:
        if self.workspace is not None:  # a record is shown only once it has loaded
            self._export(record_id)

    def export_folder(self) -> Path:
        """Exports go beside the workspace (`../exports/`), or under the current folder for the bundled seeds."""
        root = self.workspace_root.resolve()
        if root == bundled_seeds().resolve():
            return Path.cwd() / "exports"
        return root.parent / "exports"

    @work(thread=True, group="export")
    def _export(self, record_id: str) -> None:
        from dossier.export.service import ExportError, generated_at_now, write_dossier
        from dossier.paths import display_path

        folder = self.export_folder()
        try:
            folder.mkdir(parents=True, exist_ok=True)
            # Replaces only an earlier export of this dossier; any other file is refused, never overwritten.
            path, written = write_dossier(self.workspace, record_id, folder, generated_at=generated_at_now())
        except ExportError as exc:
            self.call_from_thread(self.tell, f"Export failed: {exc}", "error")
            return
        except OSError as exc:
            self.call_from_thread(self.tell, f"Export failed: cannot create {folder}: {exc.strerror}", "error")
            return
        shown = display_path(path)
        message = f"Exported to {shown}" if written else f"{shown} is already up to date"
        self.call_from_thread(self.tell, message)
