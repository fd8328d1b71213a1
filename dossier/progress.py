"""Progress of long command-line work: a bar on a terminal, plain lines otherwise.

On a terminal, Rich's progress display (it comes with Textual) shows each step with a bar,
how many of how many, the rate and the time left; it is drawn on stderr and cleared when the
work ends, so stdout holds only the command's own output. When stderr is not a terminal, or
the command was asked for JSON, the same steps are plain lines on stderr, which a log or a
CI job can keep: one every `DOSSIER_PROGRESS_SECONDS` (default 5) while a step runs, and one
when it ends. Only large work is reported so (steps of at least `PLAIN_FROM` units, and the
steps of unknown size that follow one); small work, and a step over quicker than the interval,
leave the log as it was. `DOSSIER_PROGRESS_SECONDS=0` reports every step.

    with CommandProgress(plain=args.json) as progress:
        progress.step("reading files", total=len(files))
        for file in files:
            ...
            progress.advance()

Step names are written by dossier, never taken from a document; anything else shown is made
one plain line first.
"""

from __future__ import annotations

import os
import sys
import time
from types import TracebackType
from typing import IO, Any

from dossier.sanitize import one_line

# Plain mode: a line at most this often while a step runs (DOSSIER_PROGRESS_SECONDS changes it).
PLAIN_EVERY = 5.0
# Plain mode: steps of fewer units than this (files, records) are not reported.
PLAIN_FROM = 1000


def _plain_every() -> float:
    try:
        return max(0.0, float(os.environ.get("DOSSIER_PROGRESS_SECONDS", PLAIN_EVERY)))
    except ValueError:
        return PLAIN_EVERY


def _rate(done: int, seconds: float) -> str:
    return f"{done / seconds:,.0f}/s" if seconds > 0 and done else "…"


def _left(done: int, total: int, seconds: float) -> str:
    if not done or done >= total or seconds <= 0:
        return ""
    remaining = (total - done) * seconds / done
    return f", about {remaining:.0f} s left" if remaining >= 1 else ", under a second left"


class CommandProgress:
    """The progress of one command's steps, on stderr."""

    def __init__(self, *, plain: bool = False, stream: IO[str] | None = None) -> None:
        self.stream = stream or sys.stderr
        self.plain = plain or not _is_terminal(self.stream)
        self._rich: Any = None
        self._task: Any = None
        self._name = ""
        self._done = 0
        self._total: int | None = None
        self._started = 0.0
        self._last_line = 0.0
        self._every = _plain_every()
        self._lines = 0  # plain lines printed for the current step
        self._large_seen = False  # an earlier step was large: the steps after it belong to large work

    # -- the steps -----------------------------------------------------------------------
    def step(self, name: str, total: int | None = None) -> None:
        """Start a step (ending the one before): `total` units, or None when its size is unknown."""
        self._finish_step()
        self._name, self._done, self._total, self._lines = one_line(name), 0, total, 0
        self._started = self._last_line = time.monotonic()
        if self._rich is not None:
            from rich.text import Text

            self._task = self._rich.add_task(Text(self._name), total=total)

    def advance(self, count: int = 1) -> None:
        self.update(self._done + count)

    def update(self, done: int, total: int | None = None) -> None:
        """`done` units of the step are done (of `total`, when it is now known)."""
        if not self._name:
            return  # no step shown (a single file, say)
        self._done = done
        if total is not None:
            self._total = total
        if self._rich is not None and self._task is not None:
            self._rich.update(self._task, completed=done, total=self._total)
            return
        now = time.monotonic()
        if self.plain and self._reported() and now - self._last_line >= self._every:
            self._last_line = now
            self._lines += 1
            self._line(now)

    def echo(self, line: str, *, err: bool = False) -> None:
        """Print a line of the command's own output (stdout, or stderr with `err`) without tearing the bar.

        While the bar is drawn on the terminal, a line for the same terminal is printed above it.
        """
        target = sys.stderr if err else sys.stdout
        if self._rich is not None and (err or _is_terminal(target)):
            from rich.text import Text

            self._rich.console.print(Text(line), soft_wrap=True)
        else:
            print(line, file=target, flush=True)

    # -- showing -------------------------------------------------------------------------
    def _line(self, now: float, finished: bool = False) -> None:
        seconds = now - self._started
        if self._total:
            shown = f"{self._done:,} of {self._total:,}"
            percent = f" ({100 * self._done / self._total:.0f}%)"
        else:
            shown, percent = f"{self._done:,}", ""
        if finished:
            if self._done:
                rate = _rate(self._done, seconds)
                print(f"{self._name}: {shown}, {rate}, {seconds:.1f} s", file=self.stream, flush=True)
            else:
                print(f"{self._name}: done in {seconds:.1f} s", file=self.stream, flush=True)
            return
        left = _left(self._done, self._total, seconds) if self._total else ""
        print(f"{self._name}: {shown}{percent}, {_rate(self._done, seconds)}{left}", file=self.stream, flush=True)

    def _finish_step(self) -> None:
        if not self._name:
            return
        if self._rich is not None and self._task is not None:
            self._rich.remove_task(self._task)
            self._task = None
        elif self.plain and self._reported() and (self._lines or time.monotonic() - self._started >= self._every):
            self._line(time.monotonic(), finished=True)
        if self._total is not None and self._total >= PLAIN_FROM:
            self._large_seen = True
        self._name = ""

    def _reported(self) -> bool:
        """Whether plain lines are printed for the current step (large work only, unless asked for all)."""
        if self._every == 0:
            return True
        if self._total is None:
            return self._large_seen
        return self._total >= PLAIN_FROM

    def __enter__(self) -> CommandProgress:
        if not self.plain:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                ProgressColumn,
                SpinnerColumn,
                TextColumn,
                TimeRemainingColumn,
            )
            from rich.text import Text

            class RateColumn(ProgressColumn):
                def render(self, task: Any) -> Text:
                    speed = task.finished_speed or task.speed
                    return Text(f"{speed:,.0f}/s" if speed else "", style="progress.data.speed")

            console = Console(file=self.stream, markup=False, highlight=False)
            self._rich = Progress(
                SpinnerColumn(),
                TextColumn("{task.description}", markup=False),
                BarColumn(),
                MofNCompleteColumn(),
                RateColumn(),
                TimeRemainingColumn(),
                console=console,
                transient=True,
                # stdout stays the command's own: a piped stdout must not end up on the terminal.
                redirect_stdout=False,
                redirect_stderr=False,
            )
            self._rich.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self._finish_step()
        if self._rich is not None:
            self._rich.stop()
            self._rich = None


def _is_terminal(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
