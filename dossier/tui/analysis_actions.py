"""The app's side of the analysis views: the commands that open them, and the services they share.

`DossierApp` inherits these actions (one line in `app.py`), so the views are commands like any
other: a key, a palette entry and a help line from `commands.py`. Each view starts from what
the analyst is looking at: the timeline of the actor or source in the profile (or of the
current search, or of everything), the network of the actor in the profile, the contested
ledger at the subject in the profile. The services (ledger, network) are built once per
loaded workspace, in the screens' workers, and kept until the workspace is reloaded.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

T = TypeVar("T")

# A timeline of the current search shows at most this many events (each hit costs the search a snippet).
SEARCH_EVENTS_LIMIT = 2000


@dataclass(frozen=True)
class TimelineScope:
    """Which events a timeline shows: all, an actor's, a source's, or the current search's."""

    kind: str  # "all", "actor", "source" or "search"
    record_id: str | None = None
    label: str = "all events"
    query: str | None = None


class AnalysisActions:
    """Mixed into DossierApp: opens the analysis screens and caches their services."""

    _analysis_lock = threading.Lock()
    _analysis_cache: tuple[Any, dict[str, Any], dict[str, threading.Lock]] | None = None

    def analysis_service(self, name: str, factory: Callable[[Any], T]) -> T:
        """The service `name` for the loaded workspace, built once (thread-safe; call from workers).

        A second caller while it is being built waits for it rather than building it again.
        """
        workspace = self.workspace  # type: ignore[attr-defined]
        with self._analysis_lock:
            cache = self._analysis_cache
            if cache is None or cache[0] is not workspace:
                cache = self._analysis_cache = (workspace, {}, {})
            services, locks = cache[1], cache[2]
            lock = locks.setdefault(name, threading.Lock())
        with lock:
            if name not in services:
                services[name] = factory(workspace)
        return services[name]  # type: ignore[no-any-return]

    def warm_analysis(self) -> None:
        """Build the ledger and the network index in the background once a workspace is loaded.

        At 100,000 quotes the ledger is ~0.3 s of CPU, which the contested view would otherwise
        spend when it opens; the workspace itself took seconds to load, so this adds little.
        """
        app: Any = self
        app.run_worker(self._warm_analysis, thread=True, group="analysis-warm", exclusive=True, exit_on_error=False)

    def _warm_analysis(self) -> None:
        from dossier.analysis.contested import build_ledger
        from dossier.analysis.network import Network
        from dossier.tui.collector import long_lived_allocations

        with long_lived_allocations():  # kept for the session, like the workspace they index
            self.analysis_service("ledger", lambda workspace: build_ledger(workspace)).contested()
            self.analysis_service("network", lambda workspace: Network(workspace, quotes_about=workspace.quotes_about))

    def _analysis_ready(self) -> bool:
        # The app's check_action does not offer these views before the workspace has loaded.
        return self.workspace is not None  # type: ignore[attr-defined]

    def _profile_record(self) -> str | None:
        main = getattr(self, "main", None)
        try:
            return main.current_record if main is not None else None
        except Exception:  # the profile pane is not mounted yet
            return None

    def timeline_scopes(self) -> list[TimelineScope]:
        """The scopes a timeline can show now; the first is where it opens."""
        workspace = self.workspace  # type: ignore[attr-defined]
        scopes: list[TimelineScope] = []
        current = self._profile_record()
        if current in workspace.actors:
            scopes.append(TimelineScope("actor", current, f"events of {workspace.actors[current].name}"))
        elif current in workspace.sources:
            scopes.append(TimelineScope("source", current, f"events in {workspace.sources[current].title}"))
        query = getattr(self, "_query", ("", None))[0]
        if query and query.strip() and getattr(self, "index", None) is not None:
            scopes.append(TimelineScope("search", None, f"events matching {query.strip()}", query.strip()))
        scopes.append(TimelineScope("all"))
        return scopes

    def action_timeline(self) -> None:
        if not self._analysis_ready():
            return
        from dossier.tui.screens.timeline import TimelineScreen

        self._open_analysis(TimelineScreen, self.timeline_scopes())

    def action_contested(self) -> None:
        if not self._analysis_ready():
            return
        from dossier.tui.screens.contested import ContestedScreen

        self._open_analysis(ContestedScreen, self._profile_record())

    def action_network(self) -> None:
        if not self._analysis_ready():
            return
        from dossier.tui.screens.network import NetworkScreen

        workspace = self.workspace  # type: ignore[attr-defined]
        current = self._profile_record()
        screen = getattr(self, "screen", None)
        if isinstance(screen, NetworkScreen):
            return
        if current not in workspace.actors:
            self.tell("Open an actor's profile first: the network starts from that actor.", "warning")  # type: ignore[attr-defined]
            return
        self._open_analysis(NetworkScreen, current)

    def _open_analysis(self, screen_type: type, argument: Any) -> None:
        app: Any = self
        if isinstance(app.screen, screen_type):
            return
        # One analysis view at a time, over the main screen: going from one to another replaces it.
        while len(app.screen_stack) > 1 and app.screen is not app.main:
            app.pop_screen()
        app.push_screen(screen_type(argument))

    def search_event_ids(self, query: str) -> list[str]:
        """The events the search finds for `query` (not only the 25 results shown). Call from a worker."""
        app: Any = self
        if app.index is None:
            return []
        with app._search_lock:
            results = app.index.search(query, kinds=["event"], limit=SEARCH_EVENTS_LIMIT)
        return [hit.id for hit in results.hits]
