"""Which changes on disk the browser must read again, from what `watchfiles` reports.

Only record files count (YAML in sources/, actors/, events/, quotes/, and source texts);
temporary files of atomic writes, hidden files and everything else are ignored. A file
whose bytes are what the app already loaded (its own write, an editor saving without a
change) is left alone, so the app's own saves never look like someone else's.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from dossier.atomic import sha256_bytes

FOLDERS = ("sources", "actors", "events", "quotes")
SUFFIXES = (".yaml", ".yml", ".txt")


def workspace_paths(root: Path, changes: Iterable[tuple[Any, str]]) -> list[str]:
    """Relative paths of the record files among `watchfiles` changes ((change, absolute path) pairs)."""
    root = Path(root).resolve()
    found: list[str] = []
    for _change, name in changes:
        path = Path(name)
        try:
            relative = path.resolve().relative_to(root) if path.is_absolute() else path
        except (ValueError, OSError):
            continue
        parts = relative.parts
        if len(parts) != 2 or parts[0] not in FOLDERS or parts[1].startswith("."):
            continue
        if relative.suffix not in SUFFIXES or (relative.suffix == ".txt" and parts[0] != "sources"):
            continue
        found.append(relative.as_posix())
    return sorted(set(found))


def changed_since(root: Path, before: dict[str, tuple[int, int]]) -> list[str]:
    """The record files written since `before` (`dossier.search.index.scan` taken before a run of the app's own):
    new or changed, as `workspace_paths` names them, without waiting for the watcher."""
    from dossier.search.index import scan

    after = scan(root)
    changed = [(None, str(root / relative)) for relative, stamp in after.items() if before.get(relative) != stamp]
    return workspace_paths(root, changed)


def really_changed(root: Path, paths: Iterable[str], loaded: dict[str, str]) -> list[str]:
    """The paths whose bytes differ from those loaded (`loaded`: relative path -> SHA-256)."""
    changed = []
    for relative in paths:
        try:
            digest: str | None = sha256_bytes((Path(root) / relative).read_bytes())
        except OSError:
            digest = None
        if digest is None and relative not in loaded and not relative.endswith(".txt"):
            continue  # gone, and already gone from what is loaded (the app deleted it itself)
        if relative.endswith(".txt") or digest != loaded.get(relative):
            changed.append(relative)
    return changed


def short_path(relative: str, width: int = 30) -> str:
    """A workspace path that fits `width` characters: the folder, then the end of the file name.

    The end of a name is what tells files apart (`...-f2690158.txt`), so it is the start that
    gives way, to an ellipsis. A notification in a narrow terminal then wraps between names,
    never in the middle of one.
    """
    if len(relative) <= width:
        return relative
    folder, _, name = relative.rpartition("/")
    keep_folder = folder and width - len(folder) - 2 >= 16  # the folder only if the name keeps room
    head = f"{folder}/…" if keep_folder else "…"
    return head + name[len(name) - (width - len(head)) :]


def reload_notice(changed: list[str], *, shown: int = 3, width: int = 30) -> str:
    """'Reloaded N changed files: a, b, c and 2 more', each path short enough for a narrow toast."""
    count = len(changed)
    names = ", ".join(short_path(path, width) for path in changed[:shown])
    more = f" and {count - shown} more" if count > shown else ""
    return f"Reloaded {count} changed file{'s' if count != 1 else ''}: {names}{more}"
