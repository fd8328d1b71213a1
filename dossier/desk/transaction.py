"""Change several workspace files as one step, and finish that step if a crash interrupts it.

An action of the desk (a merge, a batch reject, a capture) reads and rewrites several files.
It is worked out first in a `Staging` (reads see what the action already wrote, nothing
touches the disk), then `commit` checks that every file still holds what was read, writes
the whole change to an intent file, applies it file by file with `atomic.write_atomic`, and
removes the intent. Callers stage their writes in an order in which every intermediate
state is a valid workspace (references are moved before a record is deleted), so a
`kill -9` half way still leaves a workspace that `dossier check` passes; `recover` then
finishes the change the next time the desk opens.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from dossier.atomic import ConflictError, WriteError, sha256_bytes, write_atomic

# Beside the review logs; `dossier check` and the loader only read the record folders.
INTENT = Path("reviews") / ".unfinished-change.json"


@dataclass(frozen=True)
class FileChange:
    """One file's bytes before and after a step (None: the file does not exist)."""

    path: str  # relative to the workspace root, with forward slashes
    before: bytes | None
    after: bytes | None

    def inverse(self) -> FileChange:
        return FileChange(self.path, self.after, self.before)


def _disk_path(root: Path, relative: str) -> Path:
    path = (root / relative).resolve()
    if root.resolve() not in path.parents:
        raise WriteError(f"{relative} is outside the workspace; not written")
    return root / relative


def read_bytes(root: Path, relative: str) -> bytes | None:
    try:
        return _disk_path(root, relative).read_bytes()
    except FileNotFoundError:
        return None


class Staging:
    """The files of one step as the step sees them: disk content, overlaid with its own writes."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self._seen: dict[str, bytes | None] = {}  # the disk as first read: what commit expects
        self._after: dict[str, bytes | None] = {}  # in the order first written

    def read(self, relative: str) -> bytes | None:
        if relative in self._after:
            return self._after[relative]
        if relative not in self._seen:
            self._seen[relative] = read_bytes(self.root, relative)
        return self._seen[relative]

    def write(self, relative: str, data: bytes) -> None:
        self.read(relative)
        self._after[relative] = data

    def delete(self, relative: str, *, expected_sha256: str | None = None) -> None:
        current = self.read(relative)
        if current is None:
            return
        if expected_sha256 is not None and sha256_bytes(current) != expected_sha256:
            raise ConflictError(f"{relative} changed on disk meanwhile; not deleted (reload)")
        self._after[relative] = None

    def mark(self) -> tuple[dict[str, bytes | None], dict[str, bytes | None]]:
        """A point to go back to if a part of a batch is refused."""
        return dict(self._seen), dict(self._after)

    def restore(self, mark: tuple[dict[str, bytes | None], dict[str, bytes | None]]) -> None:
        self._seen, self._after = dict(mark[0]), dict(mark[1])

    def changes(self) -> list[FileChange]:
        return [
            FileChange(path, self._seen.get(path), after)
            for path, after in self._after.items()
            if self._seen.get(path) != after
        ]


def commit(root: Path, changes: Sequence[FileChange]) -> None:
    """Apply `changes` in order, all or (until `recover`) a valid prefix; refuse if any file moved on.

    Raises ConflictError, with nothing written, when a file no longer holds `before`.
    """
    root = Path(root)
    if not changes:
        return
    for change in changes:
        if read_bytes(root, change.path) != change.before:
            raise ConflictError(f"{change.path} changed on disk meanwhile; nothing was written (reload)")
    intent = root / INTENT
    intent.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(intent, _encode(changes))
    for change in changes:
        _apply(root, change)
    _remove(intent)


def recover(root: Path) -> list[str]:
    """Finish a step a crash interrupted; returns what was done, for the analyst.

    Each file is brought to its `after` bytes if it still holds `before`. A file edited by
    hand since is never overwritten: the intent is kept under a dated name, and said so.
    """
    root = Path(root)
    intent = root / INTENT
    try:
        raw = intent.read_bytes()
    except FileNotFoundError:
        return []
    try:
        changes = _decode(raw)
    except (ValueError, KeyError, TypeError):
        kept = _set_aside(intent)
        return [f"an unfinished change could not be read; kept as {kept} (nothing was changed)"]
    for change in changes:
        current = read_bytes(root, change.path)
        if current == change.after:
            continue
        if current != change.before:
            kept = _set_aside(intent)
            return [
                f"an interrupted change was not finished: {change.path} was edited since; "
                f"the change is kept in {kept} (nothing was overwritten)"
            ]
    for change in changes:
        if read_bytes(root, change.path) != change.after:
            _apply(root, change)
    _remove(intent)
    files = len(changes)
    return [f"finished a change that was interrupted ({files} file{'s' if files != 1 else ''})"]


def _apply(root: Path, change: FileChange) -> None:
    path = _disk_path(root, change.path)
    if change.after is None:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, change.after)


def _remove(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)


def _set_aside(intent: Path) -> str:
    import datetime as dt

    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")
    kept = intent.with_name(f"unfinished-change-{stamp}.json")
    os.replace(intent, kept)
    return f"{intent.parent.name}/{kept.name}"


def _b64(data: bytes | None) -> str | None:
    return None if data is None else base64.b64encode(data).decode("ascii")


def _unb64(text: str | None) -> bytes | None:
    return None if text is None else base64.b64decode(text.encode("ascii"), validate=True)


def _encode(changes: Sequence[FileChange]) -> bytes:
    entries = [{"path": c.path, "before": _b64(c.before), "after": _b64(c.after)} for c in changes]
    return json.dumps({"version": 1, "changes": entries}).encode("utf-8")


def _decode(raw: bytes) -> list[FileChange]:
    data = json.loads(raw.decode("utf-8"))
    changes = []
    for entry in data["changes"]:
        path = entry["path"]
        if not isinstance(path, str) or path.startswith("/") or ".." in Path(path).parts:
            raise ValueError("bad path")
        changes.append(FileChange(path, _unb64(entry["before"]), _unb64(entry["after"])))
    return changes
