"""The app's runs of Add sources: one at a time, in a worker thread, over the open workspace.

The screen (`screens/ingest.py`) names the files and shows `state`; this runs `ingest_files` (the
loop `dossier ingest` runs too) and hands each step back to the UI thread. When a run ends, the
files it wrote are read again and indexed at once, so the new source and its drafts can be searched
and reviewed; the watcher's later report of the same files is not said twice. A run is one step of the
session's undo journal: ctrl+z takes back the files it created, each only if it still holds what the run
wrote (a draft accepted since is undone first, newest first, as every step is).
"""

from __future__ import annotations

import contextlib
import threading
import time
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from textual.worker import get_current_worker

from dossier.desk.transaction import FileChange, read_bytes
from dossier.desk.watch import changed_since
from dossier.paths import display_path
from dossier.sanitize import one_line
from dossier.wording import plural

if TYPE_CHECKING:
    from dossier.ingest.batch import IngestRun
    from dossier.ingest.service import IngestResult
    from dossier.tui.app import DossierApp
    from dossier.tui.screens.ingest import IngestState

# (The ingest modules load the extractor and its tables: imported when a run starts, not when the app does.)


class SourceAdder:
    def __init__(self, app: DossierApp, stop: threading.Event) -> None:
        self._app = app
        self._stop = stop  # set when the app closes: the run ends after the file it is on
        self.state: IngestState | None = None  # the last run, until its report is read
        self.wrote: set[str] = set()  # the files that run wrote (relative paths)

    @property
    def running(self) -> bool:
        return self.state is not None and not self.state.done

    def start(self, files: list[Path]) -> bool:
        """Ingest `files` into the open workspace in a worker; False when a run is still going."""
        from dossier.tui.screens.ingest import IngestState

        if self.running:
            return False
        state = self.state = IngestState(total=len(files))
        # Named as the analyst sees them: relative to the folder the app started in, when inside it.
        named = [Path(display_path(file)) for file in files]
        self._app.run_worker(
            partial(self._run, named, state), thread=True, exclusive=True, group="ingest", exit_on_error=False
        )
        self._shown()
        return True

    def _run(self, files: list[Path], state: IngestState) -> None:
        from dossier.ingest.batch import ingest_files
        from dossier.ingest.gazetteer import is_ready
        from dossier.search.index import scan

        app, worker = self._app, get_current_worker()
        root = app.workspace_root
        before = scan(root)  # the record files' stamps, to tell what the run wrote
        if not is_ready():
            app.call_from_thread(self._note, state, "building the table of places once, about 20 s")
        run: IngestRun | None = None
        error: str | None = None
        try:
            run = ingest_files(
                root,
                files,
                starting=lambda number, path: app.call_from_thread(self._starting, state, number, path),
                finished=lambda number, result: app.call_from_thread(self._finished, state, result),
                stop=lambda: worker.is_cancelled or self._stop.is_set(),
            )
        except Exception as exc:  # a bug, not a bad file (those are results): said, and the files done stay
            error = f"{type(exc).__name__}: {exc}"
        changed = changed_since(root, before)
        created = created_files(root, [path for path in changed if path not in before])
        with contextlib.suppress(RuntimeError):  # the app closed meanwhile
            app.call_from_thread(self._ended, state, run, changed, created, error)

    def _note(self, state: IngestState, note: str) -> None:
        state.note = note
        self._shown()

    def _starting(self, state: IngestState, number: int, path: Path) -> None:
        state.number, state.current = number, one_line(path.name)
        if number > 1:
            state.note = ""
        self._shown()

    def _finished(self, state: IngestState, result: IngestResult) -> None:
        from dossier.ingest.batch import outcome_line

        tone = {"error": "$error", "unchanged": "$text-muted"}.get(result.status, "")
        state.lines.append((outcome_line(result, many=state.total > 1), tone))
        self._shown()

    def _ended(
        self,
        state: IngestState,
        run: IngestRun | None,
        changed: list[str],
        created: list[FileChange],
        error: str | None,
    ) -> None:
        from dossier.tui.screens.ingest import AddSourcesScreen, run_lines

        app = self._app
        state.run, state.error = run, error
        state.took = time.monotonic() - state.started
        if run is not None:
            state.lines += run_lines(run)
        self.wrote = set(changed)
        if changed:
            # Read what the run wrote, then index it: the new sources and drafts are searchable at once.
            app.files_changed(changed, quiet=True)
        if created and run is not None and run.added:
            app.review_desk().journal.record(f"added {plural(len(run.added), 'source')}", created)
        if run is None:
            app.tell(f"Add sources stopped: {error}", "error")
        elif not isinstance(app.screen, AddSourcesScreen):  # else the report is on screen
            parts = [f"{plural(len(run.added), 'source')} added"]
            if run.unchanged:
                parts.append(f"{len(run.unchanged)} already ingested")
            if run.failed:
                parts.append(f"{len(run.failed)} failed")
            message = f"Add sources: {', '.join(parts)}; press i for the report"
            app.tell(message, "warning" if run.failed else "information")
        self._shown()

    def undone(self, paths: list[str]) -> None:
        """An undo wrote `paths`: when it removed the sources this run added, the report says the run is undone
        (its counts would otherwise disagree with the status line)."""
        state = self.state
        if state is None or state.run is None or state.undone:
            return
        root = self._app.workspace_root
        removed = [p for p in paths if p in self.wrote and p.startswith("sources/") and not (root / p).exists()]
        if not removed:
            return
        state.undone = True
        state.lines.append(("Undone: the files this run created are removed; the counts above are history", "$warning"))
        self._shown()

    def _shown(self) -> None:
        from dossier.tui.screens.ingest import AddSourcesScreen

        self._app.refresh_status()
        for screen in self._app.screen_stack:
            if isinstance(screen, AddSourcesScreen):
                screen.show_state()


def created_files(root: Path, paths: list[str]) -> list[FileChange]:
    """The files a run created, as a step that undoes to their absence: sources' YAML and text, drafts, quotes."""
    changes = []
    for path in paths:
        data = read_bytes(root, path)
        if data is not None:
            changes.append(FileChange(path, None, data))
    return changes
