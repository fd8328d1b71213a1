"""Add sources: name files or a folder, ingest them in the background, and read what came of each.

The box takes a path as typed (Tab completes it among folders and the files ingest reads), several
in shell quoting, or what the terminal pastes when a file is dropped on it. Enter checks the paths
(a missing one, or a folder with nothing to ingest, is named and nothing is written) and hands the
files to the app, which ingests them in a worker (`SourceAdder.start`) and keeps the run's
state; this screen shows it: a progress line, then the lines `dossier ingest` prints. Esc closes the
screen at any time (a run goes on; `i` shows it again), and `d` opens the review of the new drafts.
Every file name and text shown comes from outside: plain Content, never markup.
"""

from __future__ import annotations

import shlex
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Footer, Input, Static

from dossier.tui.commands import bindings_for
from dossier.tui.text import plain

if TYPE_CHECKING:
    from dossier.ingest.batch import IngestRun
    from dossier.tui.app import DossierApp

HINT = (
    "Name files or a folder: .txt, .md, .html, .htm, .html.gz. Tab completes; several paths in quotes; "
    "paste or drop files here. Enter adds them, esc cancels."
)


@dataclass
class IngestState:
    """A run of the app's ingest, as the screen shows it (changed on the UI thread only)."""

    total: int
    number: int = 0  # the file being ingested, from 1
    current: str = ""  # its name
    note: str = ""  # a word on what takes time (the table of places built once)
    lines: list[tuple[str, str]] = field(default_factory=list)  # (text, style)
    run: IngestRun | None = None  # set when the run has ended
    error: str | None = None  # the run itself failed
    started: float = field(default_factory=time.monotonic)
    took: float | None = None  # seconds, once ended
    undone: bool = False  # an undo (ctrl+z, or u in review) removed what the run added

    @property
    def done(self) -> bool:
        return self.run is not None or self.error is not None

    def progress(self) -> str:
        if self.error is not None:
            return f"Stopped: {self.error}"
        if self.run is not None:
            from dossier.wording import plural

            if self.undone:
                added = plural(len(self.run.added), "source")
                return f"Undone: the {added} this run added and their drafts are removed"
            took = f" ({plural(self.run.files, 'file')} in {_duration(self.took or 0.0)})"
            return ("Done" if not self.run.stopped else "Stopped before the last file") + took
        if not self.number:
            return self.note or "Starting…"
        return f"Adding file {self.number} of {self.total}: {self.current}" + (f" ({self.note})" if self.note else "")


class PathInput(Input):
    """The path box: Tab completes; a paste of several lines (dropped files) becomes several quoted paths."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("tab", "complete", "Complete", show=False)]

    def action_complete(self) -> None:
        screen = self.screen
        if isinstance(screen, AddSourcesScreen):
            screen.complete()

    def _on_paste(self, event: events.Paste) -> None:
        lines = [line.strip() for line in event.text.splitlines() if line.strip()]
        if len(lines) > 1:
            event.prevent_default()
            event.stop()
            quoted = [line if line[0] in "'\"" or "\\ " in line else shlex.quote(line) for line in lines]
            self.insert_text_at_cursor(" ".join(quoted))
        # One line: Input's own handler (called after this one) inserts it.


class AddSourcesScreen(ModalScreen[None]):
    CSS_PATH = "overlays.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close", key_display="esc"),
        *bindings_for("ingest"),
    ]

    app: DossierApp  # type: ignore[assignment]
    # `d` here reviews the new drafts only; the app's review of every draft stays out of reach under it.
    HIDES_REVIEW = True

    def __init__(self, cwd: Path | None = None) -> None:
        super().__init__()
        self.cwd = cwd or Path.cwd()

    def compose(self) -> ComposeResult:
        with Vertical(id="add-body") as body:
            body.border_title = "Add sources"
            yield Static(self._hint(), id="add-hint")
            yield PathInput(placeholder="~/articles/page.html or a folder", id="add-path", select_on_focus=False)
            yield Static(id="add-message")
            yield Static(id="add-progress")
            with VerticalScroll(id="add-report"):
                yield Static(id="add-lines")
        yield Footer()

    def on_mount(self) -> None:
        self.show_state()

    def _hint(self) -> Content:
        from dossier.paths import bundled_seeds

        hint = Content.styled(HINT, "$text-muted")
        if self.app.workspace_root.resolve() == bundled_seeds().resolve():
            # Written to, as capture and review write to it: said, so a copy can be opened instead.
            seeds = "This is the bundled seeds workspace: sources are added to it (open a copy to keep it as shipped)."
            hint = Content("\n").join([hint, Content.styled(seeds, "$warning")])
        return hint

    @property
    def state(self) -> IngestState | None:
        return self.app.adding.state

    # -- naming the files ---------------------------------------------------------------------
    def complete(self) -> None:
        from dossier.desk.adding import complete

        box = self.query_one(PathInput)
        found = complete(box.value, self.cwd)
        if found.text != box.value:
            box.value = found.text
            box.cursor_position = len(found.text)
        if found.candidates:
            shown = "  ".join(found.candidates[:40]) + (" …" if len(found.candidates) > 40 else "")
            self._message(shown, "$text-muted")
        elif found.text == box.value and not (self.cwd / Path(box.value.strip()).expanduser()).exists():
            self._message("No folder, and no file ingest reads, starts so.", "$warning")
        else:
            self._message("", "")

    @on(Input.Submitted, "#add-path")
    def _submitted(self, event: Input.Submitted) -> None:
        from dossier.desk.adding import parse_paths
        from dossier.ingest.batch import files_in

        paths = parse_paths(event.value, self.cwd)
        if not paths:
            self._message("Name a file or a folder to add (Tab completes).", "$warning")
            return
        named = files_in(paths)
        if named.problems:
            self._message("Nothing was added (mend the path or leave it out):\n" + "\n".join(named.problems), "$error")
            return
        if not self.app.adding.start(named.files):
            self._message("An ingest is still running; wait for it to end.", "$warning")
            return
        self._message("", "")
        self.show_state()

    def _message(self, text: str, style: str) -> None:
        lines = [Content.styled(plain(line), style) for line in text.split("\n")] if text else []
        self.query_one("#add-message", Static).update(Content("\n").join(lines))

    # -- the run --------------------------------------------------------------------------------
    def show_state(self) -> None:
        """Draw the run's progress and its lines (the app calls this as they change)."""
        state = self.state
        box = self.query_one(PathInput)
        running_or_done = state is not None and (not state.done or state.lines)
        box.display = not running_or_done
        self.query_one("#add-hint").display = not running_or_done
        progress = self.query_one("#add-progress", Static)
        lines = self.query_one("#add-lines", Static)
        if not running_or_done or state is None:
            progress.update("")
            lines.update("")
            box.focus()
            self.refresh_bindings()
            return
        style = "$error bold" if state.error else "$success bold" if state.done else "$warning"
        if state.undone:
            style = "$warning bold"
        progress.update(Content.styled(plain(state.progress()), style))
        lines.update(Content("\n").join(Content.styled(plain(text), tone) for text, tone in state.lines))
        report = self.query_one("#add-report", VerticalScroll)
        report.focus()
        self.call_after_refresh(report.scroll_end, animate=False)
        if state.done:
            self.query_one("#add-body").border_subtitle = self._after()
        self.refresh_bindings()

    def _after(self) -> str:
        state = self.state
        if state is not None and state.run is not None and state.run.new_sources and not state.undone:
            return "d: review the new drafts · esc: close"
        return "esc: close"

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "review_new":
            state = self.state
            # None, not False: shown dimmed, and `d` does not fall through to the review of every draft.
            ready = state is not None and state.run is not None and state.run.new_sources and not state.undone
            return True if ready else None
        return True

    def action_review_new(self) -> None:
        state = self.state
        if state is None or state.run is None or not state.run.new_sources or state.undone:
            return
        sources = list(state.run.new_sources)
        self.dismiss()
        self.app.review_sources(sources)

    def action_close(self) -> None:
        state = self.state
        if state is not None and state.done:
            self.app.adding.state = None  # the report is read: `i` starts afresh
        self.dismiss()


def _duration(seconds: float) -> str:
    if seconds < 60:
        return f"{seconds:.1f} s"
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes} min {rest} s"


def run_lines(run: Any) -> list[tuple[str, str]]:
    """The end of a run, as `dossier ingest` prints it: totals and each skip's reason (many files)."""
    from dossier.ingest.batch import reason_lines, totals_line

    lines: list[tuple[str, str]] = []
    if run.many:
        lines.append((totals_line(run), "bold"))
        lines += [(line, "$text-muted") for line in reason_lines(run)]
    if run.stopped:
        lines.append((f"stopped after {len(run.results)} of {run.files} files; the files done stay done", "$warning"))
    return lines
