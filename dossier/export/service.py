"""Export dossiers and workspaces: the service behind `dossier export` and the browser's `e` key.

Formats are rows of `formats.FORMATS`; Markdown dossiers are written by the first part of
this module, formats that write one stream (JSON Lines, FtM, STIX) or one file per kind (CSV)
by `write_stream` and `write_folder` at its end.

`export_dossier` renders one actor or event to a string; `export_all` writes one file per
actor and event plus `_index.md` into a folder. Files are written atomically, only inside
the chosen folder, under names made from checked ids. A file is replaced only when it is a
previous export (its front matter starts with the export marker) or when `force` is given;
a file whose only change would be its `generated-at` line is left alone, so re-exporting an
unchanged workspace changes nothing on disk and git shows only real changes.
"""

from __future__ import annotations

import gc
import os
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from dossier.atomic import ConflictError, WriteError, sha256_bytes, write_atomic
from dossier.export import staging
from dossier.export.context import ExportContext
from dossier.export.forked import available_workers, map_forked
from dossier.export.formats import MARKER_BYTES, ExportFormat, FileRenderer, FolderRenderer
from dossier.export.markdown import (
    INDEX_NAME,
    MARKDOWN,
    dossier_filename,
    prerender_quotes,
    render_actor,
    render_event,
    render_index,
)
from dossier.export.selection import neighbourhood
from dossier.model import ID_MAX_LENGTH, ID_RE
from dossier.sanitize import one_line
from dossier.workspace import Workspace

_TIMESTAMP_LINE = re.compile(rb"^generated-at: .*$", re.MULTILINE)


class ExportError(Exception):
    """An export that cannot be done as asked; the message says why and what to do."""


@dataclass
class ExportReport:
    """What `write_all` did: every file of the export, and which of them it wrote."""

    paths: list[Path] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    stale: list[Path] = field(default_factory=list)  # earlier exports of records no longer in the workspace


def format_timestamp(moment: datetime) -> str:
    """A moment as the `generated-at` value: UTC, to the second, ISO 8601."""
    if moment.tzinfo is None:
        raise ValueError("generated_at must be timezone-aware")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def generated_at_now(environ: Mapping[str, str] | None = None) -> str:
    """The `generated-at` value for an export made now, or at `SOURCE_DATE_EPOCH` when it is set.

    `SOURCE_DATE_EPOCH` (seconds since 1970, the reproducible-builds convention) fixes the
    value, so two exports of the same workspace are byte-identical.
    """
    value = (os.environ if environ is None else environ).get("SOURCE_DATE_EPOCH", "").strip()
    if not value:
        return format_timestamp(datetime.now(UTC))
    try:
        return format_timestamp(datetime.fromtimestamp(int(value), UTC))
    except (ValueError, OverflowError, OSError):
        raise ExportError(
            f"SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01, found {one_line(value, 40)!r}"
        ) from None


def _timestamp(generated_at: str | datetime) -> str:
    return format_timestamp(generated_at) if isinstance(generated_at, datetime) else one_line(generated_at, 64)


def check_id(record_id: str) -> str:
    if not ID_RE.fullmatch(record_id) or len(record_id) > ID_MAX_LENGTH:
        raise ExportError(
            f"{one_line(record_id, 60)!r} is not a valid id (lowercase letters, digits and single hyphens)"
        )
    return record_id


def _render(context: ExportContext, record_id: str, generated_at: str) -> str:
    workspace = context.workspace
    if record_id in workspace.actors:
        return render_actor(context, workspace.actors[record_id], generated_at)
    if record_id in workspace.events:
        return render_event(context, workspace.events[record_id], generated_at)
    if record_id in workspace.sources or record_id in workspace.quotes:
        what = "a source" if record_id in workspace.sources else "a quote"
        raise ExportError(f"'{record_id}' is {what}; only actors and events have dossiers")
    if record_id in workspace.unloaded:
        raise ExportError(f"'{record_id}' did not load; run `dossier check` to see why")
    raise ExportError(f"no actor or event has the id '{record_id}'")


def export_dossier(workspace: Workspace, record_id: str, *, generated_at: str | datetime) -> str:
    """One actor's or event's dossier as Markdown. Raises ExportError for an unknown or invalid id."""
    return _render(ExportContext(workspace), check_id(record_id), _timestamp(generated_at))


@contextmanager
def _workspace_frozen_for_gc() -> Iterator[None]:
    """Keep the garbage collector from walking the whole loaded workspace again and again.

    A full export allocates millions of short-lived objects, which triggers full collections;
    each would traverse every record of the workspace (hundreds of thousands of long-lived
    objects) for nothing. Freezing them for the duration saves about a sixth of the time.
    """
    if gc.get_freeze_count():
        yield  # someone froze the heap already; leave their choice alone
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def render_all(workspace: Workspace, *, generated_at: str | datetime) -> dict[str, str]:
    """Every file of a full export, by file name: `_index.md`, then each actor and event by id."""
    stamp = _timestamp(generated_at)
    context = ExportContext(workspace)
    context.build_indexes()  # one pass over quotes and events instead of one per dossier
    with _workspace_frozen_for_gc():
        files = {INDEX_NAME: render_index(context, stamp)}
        for record_id in sorted([*workspace.actors, *workspace.events]):
            files[dossier_filename(record_id)] = _render(context, record_id, stamp)
    return files


def is_export(data: bytes) -> bool:
    """True when a file's bytes are a Markdown dossier `dossier export` wrote (and may replace)."""
    return MARKDOWN.is_export(data)


def _content_digest(data: bytes) -> str:
    """The hash of an export without its `generated-at` line: equal when nothing but the time changed."""
    return sha256_bytes(_TIMESTAMP_LINE.sub(b"", data, count=1))


@dataclass(frozen=True)
class _Existing:
    """An earlier export at a target path, as hashes (a full export's old files are not kept in memory)."""

    sha256: str  # the file as read, so a change made since is never overwritten
    content: str  # without its timestamp line
    mode: int  # its permissions, which a new version keeps


def _existing(path: Path, *, force: bool) -> _Existing | None:
    """What is at `path` now; raises ExportError when writing there would clobber something."""
    if path.is_symlink() or (path.exists() and not path.is_file()):
        raise ExportError(f"{one_line(str(path))} is not a regular file; not replaced")
    try:
        data = path.read_bytes()
        mode = path.stat().st_mode & 0o7777
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise ExportError(f"cannot read {one_line(str(path))}: {exc.strerror}") from None
    if not force and not is_export(data):
        raise ExportError(
            f"{one_line(str(path))} exists and is not a dossier export; not overwritten (use --force to replace it)"
        )
    return _Existing(sha256_bytes(data), _content_digest(data), mode)


def _write(path: Path, text: str, existing: _Existing | None) -> bool:
    """Write one file; False when only its timestamp would change, so it is left as it is."""
    data = text.encode("utf-8")
    if existing is not None and existing.content == _content_digest(data):
        return False
    try:
        write_atomic(
            path,
            data,
            expected_sha256=existing.sha256 if existing is not None else None,
            create_only=existing is None,
        )
    except ConflictError:
        raise ExportError(f"{one_line(str(path))} changed while exporting; not overwritten") from None
    except WriteError as exc:
        raise ExportError(str(exc)) from None
    return True


def write_dossier(
    workspace: Workspace, record_id: str, path: Path, *, generated_at: str | datetime, force: bool = False
) -> tuple[Path, bool]:
    """Write one dossier to `path` (or `path/<id>.md` when it is a folder); returns the path and
    whether it was written (False when only the timestamp would have changed)."""
    text = export_dossier(workspace, record_id, generated_at=generated_at)
    path = Path(path)
    if path.is_dir():
        path = path / dossier_filename(record_id)
    if not path.parent.is_dir():
        raise ExportError(f"no folder {one_line(str(path.parent))} to write {one_line(path.name)} in")
    return path, _write(path, text, _existing(path, force=force))


def _stage(path: Path, text: str, existing: _Existing | None) -> staging.Staged | None:
    """Write one file of a full export under a temporary name; None when only its timestamp would change."""
    data = text.encode("utf-8")
    if existing is not None and existing.content == _content_digest(data):
        return None
    try:
        if existing is None:
            return staging.stage(path, data)
        return staging.stage(path, data, expected_sha256=existing.sha256, mode=existing.mode)
    except WriteError as exc:
        raise ExportError(str(exc)) from None


def _discard(staged: list[staging.Staged | None]) -> None:
    staging.discard([item for item in staged if item is not None])


def write_all(
    workspace: Workspace,
    out_dir: Path,
    *,
    generated_at: str | datetime,
    force: bool = False,
    workers: int = 1,
) -> ExportReport:
    """Write every dossier and the index into `out_dir` (created if missing).

    Every target is checked before anything is written, so a refusal leaves the folder as it
    was. Dossiers are rendered one at a time and written under temporary names as they come,
    so memory stays flat however large the workspace; once all are written they are flushed
    to disk together and renamed into place (`staging`): a failure or a crash leaves each file
    either as it was or complete, and waiting for the disk once instead of once per file is
    what makes a full export take seconds.

    `workers` > 1 shares the rendering with forked processes (`forked`; where fork exists).
    It is off by default: measured on two busy cores it cost more CPU than it saved in time
    (see benchmarks/export_bench.py, which times both).
    """
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise ExportError(f"{one_line(str(out_dir))} is not a folder")
    stamp = _timestamp(generated_at)
    record_ids = sorted([*workspace.actors, *workspace.events])
    # Names come from checked ids and a fixed index name, so each is a plain file in out_dir.
    names = [INDEX_NAME, *(dossier_filename(record_id) for record_id in record_ids)]
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        present = {entry.name for entry in os.scandir(out_dir)}
    except OSError as exc:
        raise ExportError(f"cannot create {one_line(str(out_dir))}: {exc.strerror}") from None
    existing = {name: _existing(out_dir / name, force=force) for name in names if name in present}

    context = ExportContext(workspace)
    context.build_indexes()
    report = ExportReport(paths=[out_dir / name for name in names])

    def render_and_stage(chunk: list[tuple[Path, str | None]]) -> list[staging.Staged | None]:
        done: list[staging.Staged | None] = []
        try:
            for path, record_id in chunk:
                text = render_index(context, stamp) if record_id is None else _render(context, record_id, stamp)
                done.append(_stage(path, text, existing.get(path.name)))
        except BaseException:
            _discard(done)
            raise
        return done

    workers = min(workers, available_workers())
    with _workspace_frozen_for_gc():
        if workers > 1:
            prerender_quotes(context)
        items = list(zip(report.paths, [None, *record_ids], strict=True))
        results = map_forked(render_and_stage, items, workers=workers, discard=_discard)
    staged = [item for item in results if item is not None]
    for path, item in zip(report.paths, results, strict=True):
        (report.unchanged if item is None else report.written).append(path)
    try:
        staging.commit(out_dir, staged)
    except ConflictError as exc:
        raise ExportError(f"{exc} (changed while exporting)") from None
    except WriteError as exc:
        raise ExportError(str(exc)) from None
    wanted = set(names)
    for entry in sorted(os.scandir(out_dir), key=lambda e: e.name):
        if entry.name.endswith(MARKDOWN.suffix) and entry.name not in wanted and entry.is_file(follow_symlinks=False):
            with open(entry.path, "rb") as handle:
                if is_export(handle.read(MARKER_BYTES)):
                    report.stale.append(Path(entry.path))
    return report


def export_all(workspace: Workspace, out_dir: Path, *, generated_at: str | datetime, force: bool = False) -> list[Path]:
    """Write every dossier and the index into `out_dir`; returns every file of the export."""
    return write_all(workspace, out_dir, generated_at=generated_at, force=force).paths


# -- formats other than Markdown: one stream, or one file per kind into a folder -------------------


def _selected(workspace: Workspace, record_id: str | None) -> Workspace:
    """The whole workspace, or one actor or event with its neighbours."""
    if record_id is None:
        return workspace
    check_id(record_id)
    if record_id not in workspace.actors and record_id not in workspace.events:
        _render(ExportContext(workspace), record_id, "")  # raises the error that says what the id is
    return neighbourhood(workspace, record_id)


def render_stream(
    workspace: Workspace, fmt: ExportFormat, record_id: str | None = None, *, generated_at: str | datetime
) -> Iterator[str]:
    """A `file`-layout format's text in chunks: the whole workspace, or one record and its neighbours."""
    if fmt.layout != "file":
        raise ExportError(f"the {fmt.name} format writes {'a folder' if fmt.layout == 'folder' else 'dossiers'}")
    render: FileRenderer = fmt.renderer().render
    yield from render(_selected(workspace, record_id), _timestamp(generated_at))


def _existing_other(fmt: ExportFormat, path: Path, *, force: bool) -> str | None:
    """The hash of what is at `path`, or None; ExportError when it is not ours to replace."""
    if path.is_symlink() or (path.exists() and not path.is_file()):
        raise ExportError(f"{one_line(str(path))} is not a regular file; not replaced")
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise ExportError(f"cannot read {one_line(str(path))}: {exc.strerror}") from None
    if data and not force and not fmt.is_export(data[:MARKER_BYTES]):
        raise ExportError(
            f"{one_line(str(path))} exists and is not a {fmt.name} export of dossier; "
            "not overwritten (use --force to replace it)"
        )
    return sha256_bytes(data)


def _write_replacing(path: Path, data: bytes, expected: str | None) -> bool:
    """Write `data` at `path` unless it already holds exactly that; True when written."""
    if expected is not None and expected == sha256_bytes(data):
        return False
    try:
        write_atomic(path, data, expected_sha256=expected, create_only=expected is None)
    except ConflictError:
        raise ExportError(f"{one_line(str(path))} changed while exporting; not overwritten") from None
    except WriteError as exc:
        raise ExportError(str(exc)) from None
    return True


def write_stream(
    workspace: Workspace,
    fmt: ExportFormat,
    path: Path,
    record_id: str | None = None,
    *,
    generated_at: str | datetime,
    force: bool = False,
) -> tuple[Path, bool]:
    """Write a `file`-layout format to `path` (into a folder: `workspace<suffix>` or `<id><suffix>`).

    Returns the path and whether it was written (False: the file already held exactly this).
    An existing file is replaced only when it is an earlier export of this format, or with `force`.
    """
    path = Path(path)
    if path.is_dir():
        path = path / (fmt.filename(record_id) if record_id else fmt.default_filename())
    if not path.parent.is_dir():
        raise ExportError(f"no folder {one_line(str(path.parent))} to write {one_line(path.name)} in")
    expected = _existing_other(fmt, path, force=force)
    data = "".join(render_stream(workspace, fmt, record_id, generated_at=generated_at)).encode("utf-8")
    return path, _write_replacing(path, data, expected)


def write_folder(
    workspace: Workspace,
    fmt: ExportFormat,
    out_dir: Path,
    record_id: str | None = None,
    *,
    generated_at: str | datetime,
    force: bool = False,
) -> ExportReport:
    """Write a `folder`-layout format (one file per kind) into `out_dir`, created if missing.

    Every target is checked before anything is written, so a refusal writes nothing.
    """
    if fmt.layout != "folder":
        raise ExportError(f"the {fmt.name} format does not write a folder")
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise ExportError(f"{one_line(str(out_dir))} is not a folder")
    render: FolderRenderer = fmt.renderer().render
    files = render(_selected(workspace, record_id), _timestamp(generated_at))
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"cannot create {one_line(str(out_dir))}: {exc.strerror}") from None
    expected = {name: _existing_other(fmt, out_dir / name, force=force) for name in files}
    report = ExportReport()
    for name, text in files.items():
        path = out_dir / name
        report.paths.append(path)
        written = _write_replacing(path, text.encode("utf-8"), expected[name])
        (report.written if written else report.unchanged).append(path)
    return report
