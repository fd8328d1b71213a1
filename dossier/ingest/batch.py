"""Ingest a list of files into one workspace and say what came of each: the loop the CLI and the browser share.

`ingest_files` runs the files one after another in one `IngestSession` (the workspace is loaded
once), reporting each file as it starts and as it ends; a file that fails is reported and the
rest go on. The lines that describe the outcome (`outcome_line`, `totals_line`, the reasons
for what another language skipped) are the ones `dossier ingest` prints, so the browser shows
the analyst the same words. `files_in` turns the paths an analyst names (files or folders)
into the files to ingest.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from dossier.ingest.extract_text import HTML_SUFFIXES, MARKDOWN_SUFFIXES, TEXT_SUFFIXES
from dossier.ingest.service import IngestResult, IngestSession, ingest_file
from dossier.paths import display_path
from dossier.sanitize import one_line
from dossier.wording import plural

# The endings of the files ingest reads: text, Markdown and HTML, and pages kept gzipped.
SUFFIXES: tuple[str, ...] = tuple(sorted(TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES))
INGESTIBLE: tuple[str, ...] = SUFFIXES + tuple(f"{suffix}.gz" for suffix in sorted(HTML_SUFFIXES))


def ingestible(path: Path) -> bool:
    """A name ingest reads (`page.html`, `notes.md`, `page.html.gz`), by its ending."""
    return path.name.lower().endswith(INGESTIBLE) and not path.name.startswith(".")


@dataclass
class IngestRun:
    """What a run of files came to: one result per file ingested, in order."""

    files: int  # how many files the run was given
    results: list[IngestResult] = field(default_factory=list)
    stopped: bool = False  # asked to stop before the last file

    @property
    def added(self) -> list[IngestResult]:
        return [result for result in self.results if result.status in ("added", "resumed")]

    @property
    def unchanged(self) -> list[IngestResult]:
        return [result for result in self.results if result.status == "unchanged"]

    @property
    def failed(self) -> list[IngestResult]:
        return [result for result in self.results if result.status == "error"]

    @property
    def many(self) -> bool:
        return self.files > 1

    @property
    def new_sources(self) -> list[str]:
        return [result.source_id for result in self.added if result.source_id]

    def reasons(self) -> dict[str, str]:
        """What each language skipped and why, once per kind of text (a run of many files says it at the end)."""
        found: dict[str, str] = {}
        for result in self.added:
            for reason in result.skipped:
                what, _, why = one_line(reason).partition(": ")
                if why:
                    found.setdefault(what, why)
        return found


def ingest_files(
    root: Path,
    files: Iterable[Path],
    *,
    session: IngestSession | None = None,
    starting: Callable[[int, Path], None] | None = None,
    finished: Callable[[int, IngestResult], None] | None = None,
    stop: Callable[[], bool] | None = None,
) -> IngestRun:
    """Ingest `files` in order into the workspace at `root`, sharing one session.

    `starting(n, path)` is called before the n-th file (from 1), `finished(n, result)` after it;
    `stop()`, asked between files, ends the run early (the files done stay done)."""
    paths = list(files)
    run = IngestRun(len(paths))
    session = session if session is not None and session.root == root else IngestSession(root)
    for number, path in enumerate(paths, 1):
        if stop is not None and stop():
            run.stopped = True
            break
        if starting is not None:
            starting(number, path)
        result = ingest_file(root, Path(path), session=session)
        run.results.append(result)
        if finished is not None:
            finished(number, result)
    return run


def outcome_line(result: IngestResult, *, many: bool) -> str:
    """The line `dossier ingest` prints for a file (an error's with 'error: ' before it).

    In a run of many files each reason for skipping is named here and explained once at the end."""
    if result.status == "error":
        return f"error: {one_line(result.message)}"
    if result.status == "unchanged":
        return one_line(result.message)
    skipped = ""
    for reason in result.skipped:
        what, _, why = one_line(reason).partition(": ")
        if many and why:
            skipped += f"; skipped: {what} (see the end)"
        else:
            skipped += f"; skipped: {one_line(reason)}"
    return (
        f"{one_line(result.message)}: {drafts_phrase(result.new_actors, result.bands)}, "
        f"{plural(result.known_mentions, 'mention')} of {plural(result.known_actors, 'known actor')}, "
        f"{plural(result.events, 'event draft')}, {plural(result.quotes, 'quote draft')}{skipped}"
    )


def drafts_phrase(count: int, bands: dict[str, int]) -> str:
    """'12 new actor drafts (confidence 5 high, 7 medium)'."""
    shown = ", ".join(f"{n} {band}" for band, n in bands.items() if n)
    return plural(count, "new actor draft") + (f" (confidence {shown})" if count and shown else "")


def totals_line(run: IngestRun) -> str:
    """One line for a run of many files: what came of them, and the drafts they gave in all."""
    added = run.added
    bands = dict.fromkeys(("high", "medium", "low"), 0)
    for result in added:
        for band, count in result.bands.items():
            bands[band] = bands.get(band, 0) + count
    outcome = ", ".join(
        part
        for part in (
            f"{len(added)} added",
            f"{len(run.unchanged)} already ingested" if run.unchanged else "",
            f"{len(run.failed)} failed" if run.failed else "",
        )
        if part
    )
    return (
        f"{plural(run.files, 'file')}: {outcome}; in all {drafts_phrase(sum(r.new_actors for r in added), bands)}, "
        f"{plural(sum(r.events for r in added), 'event draft')}, {plural(sum(r.quotes for r in added), 'quote draft')}"
    )


def reason_lines(run: IngestRun) -> list[str]:
    """'skipped for text in 'de' (German): ...', once per kind of text, for a run of many files."""
    return [f"skipped for {what}: {why}" for what, why in run.reasons().items()] if run.many else []


@dataclass
class Named:
    """The files to ingest from the paths an analyst named, and what was wrong with the others."""

    files: list[Path] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def files_in(paths: Iterable[Path]) -> Named:
    """The files named, and the ingestible files inside each folder named (its subfolders too, by name).

    A path that does not exist, or a folder with nothing ingest reads, is a problem named in words;
    a file named outright is kept whatever its ending (ingest says what is wrong with it)."""
    named = Named()
    seen: set[Path] = set()
    for path in paths:
        shown = one_line(display_path(path))
        if path.is_dir():
            try:
                inside = sorted(
                    (p for p in path.rglob("*") if ingestible(p) and p.is_file() and not _hidden(p, path)),
                    key=lambda p: p.relative_to(path).as_posix().casefold(),
                )
            except OSError as exc:
                named.problems.append(f"{shown}: cannot read the folder: {exc.strerror or exc}")
                continue
            if not inside:
                endings = ", ".join(INGESTIBLE)
                named.problems.append(f"{shown}: a folder with nothing to ingest (no {endings} files)")
            for file in inside:
                if file.resolve() not in seen:
                    seen.add(file.resolve())
                    named.files.append(file)
        elif path.exists():
            if path.resolve() not in seen:
                seen.add(path.resolve())
                named.files.append(path)
        else:
            named.problems.append(f"{shown}: no such file or folder")
    return named


def _hidden(path: Path, top: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(top).parts)
