"""What git reports as changed in a workspace, and the part of the workspace a check of those changes needs.

`dossier check --changed` (and the pre-commit hook that runs it) checks a large workspace
in the time its changes need, not the time the whole takes: parse errors of the changed
files, source texts that changed, the quotes in changed quote files or of changed sources
(anchoring them is the costly part), and every reference to or from the changed records
(so deleting an actor that others name is still caught). Unchanged quotes are not
re-anchored and warnings about unchanged files are not repeated.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from dossier.checks import CheckReport, check_workspace
from dossier.quote_store import full_quote, quote_heads
from dossier.workspace import Workspace, load_workspace


class GitError(Exception):
    """git could not say what changed (not a repository, git missing); the message says which."""


def changed_paths(root: Path) -> set[str]:
    """Workspace-relative paths (POSIX) that git sees as added, modified, deleted, renamed or untracked."""
    root = root.resolve()
    try:
        top = subprocess.run(
            ["git", "-C", str(root), "rev-parse", "--show-toplevel"], capture_output=True, text=True, check=False
        )
    except FileNotFoundError:
        raise GitError("git is not installed (needed for --changed)") from None
    if top.returncode != 0:
        raise GitError("not inside a git repository (--changed asks git what changed)")
    toplevel = Path(top.stdout.strip()).resolve()
    status = subprocess.run(
        ["git", "-C", str(root), "status", "--porcelain=v1", "-z", "--untracked-files=all", "--", "."],
        capture_output=True,
        check=False,
    )
    if status.returncode != 0:
        raise GitError(f"git status failed: {status.stderr.decode('utf-8', 'replace').strip()}")
    paths: set[str] = set()
    entries = status.stdout.split(b"\0")
    index = 0
    while index < len(entries):
        entry = entries[index]
        index += 1
        if len(entry) < 4:
            continue
        code, name = entry[:2], entry[3:]
        names = [name]
        if b"R" in code or b"C" in code:
            names.append(entries[index])  # the path it was renamed or copied from
            index += 1
        for raw in names:
            path = (toplevel / raw.decode("utf-8", "surrogateescape")).resolve()
            if path == root or root in path.parents:
                paths.add(path.relative_to(root).as_posix())
    return paths


def _record_id(path: str) -> tuple[str, str] | None:
    """(folder, id) of a record file path such as `actors/belarus.yaml` or `sources/x.txt`."""
    folder, _, name = path.partition("/")
    if "/" in name or folder not in ("sources", "actors", "events", "quotes"):
        return None
    stem, dot, suffix = name.rpartition(".")
    return (folder, stem) if dot and suffix in ("yaml", "yml", "txt") else None


def check_changed(root: Path, paths: set[str]) -> CheckReport:
    """Check what `paths` touch, with the rest of the workspace loaded for references."""
    workspace = load_workspace(root)
    touched = {found for found in map(_record_id, paths) if found is not None}
    changed_sources = {record_id for folder, record_id in touched if folder == "sources"}
    changed_quote_files = {f"quotes/{record_id}" for folder, record_id in touched if folder == "quotes"}
    changed_ids = {record_id for _, record_id in touched}
    # Chosen from heads (`dossier/quote_store.py`): only the quotes kept are built.
    quotes = {
        quote.id: full_quote(workspace.quotes, quote)
        for quote in quote_heads(workspace.quotes)
        if quote.source in changed_sources
        or workspace.origins[quote.id].path.rsplit(".", 1)[0] in changed_quote_files
        or quote.attributed_to in changed_ids
        or not changed_ids.isdisjoint(quote.about)  # it may name a record that was deleted or renamed
    }
    part = Workspace(root=workspace.root)
    part.actors, part.events, part.quotes = workspace.actors, workspace.events, quotes
    # Sources the chosen quotes point to are there for the references; only changed ones are re-hashed below.
    part.sources = {key: workspace.sources[key] for key in changed_sources | {q.source for q in quotes.values()}
                    if key in workspace.sources}  # fmt: skip
    part.origins = workspace.origins
    part.unloaded = workspace.unloaded | (set(workspace.sources) - set(part.sources))
    part.problems = [problem for problem in workspace.problems if problem.path in paths]
    part._texts = workspace._texts
    report = check_workspace(part)
    kept = []
    for problem in report.problems:
        if problem.path in paths or (problem.severity == "error" and _names_changed(problem.message, changed_ids)):
            kept.append(problem)
    report.problems = kept
    return report


def _names_changed(message: str, changed_ids: set[str]) -> bool:
    """True when a problem in an unchanged file is about a changed record (a reference to a deleted actor)."""
    return any(f"'{record_id}'" in message for record_id in changed_ids)
