"""`dossier check`: validate a workspace, its references and its quote anchors."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dossier.checks import apply_relocations, check_workspace
from dossier.commands import plural, resolve_workspace
from dossier.paths import display_path
from dossier.sanitize import one_line
from dossier.workspace import load_workspace


def run(args: argparse.Namespace) -> int:
    root = resolve_workspace(args)
    if not root.is_dir():
        print(f"dossier: no workspace folder at {one_line(display_path(root))}", file=sys.stderr)
        return 2
    shown = one_line(display_path(root))
    if getattr(args, "changed", False):
        return _run_changed(root, shown)
    from dossier.progress import CommandProgress

    with CommandProgress() as bar:  # on stderr: a bar on a terminal, plain lines otherwise
        bar.step("reading files")
        # validate=True: every record is validated, even of files whose bytes validated before.
        workspace = load_workspace(root, validate=True, progress=lambda done, total: bar.update(done, total))
        bar.step("checking references and anchors")
        report = check_workspace(workspace)
    if args.fix and report.relocations:
        for message in apply_relocations(workspace, report.relocations):
            print(f"{shown}/{one_line(message)}")
        workspace = load_workspace(root, validate=True)
        report = check_workspace(workspace)
    for problem in report.problems:
        print(
            f"{shown}/{one_line(problem.path)}:{problem.line}:{problem.column}: {problem.severity}: "
            f"{one_line(problem.message)}"
        )
    exact = sum(1 for anchor in report.anchors.values() if anchor.ok)
    counts = (
        f"{plural(len(workspace.sources), 'source')}, {plural(len(workspace.actors), 'actor')}, "
        f"{plural(len(workspace.events), 'event')}, {plural(len(workspace.quotes), 'quote')} "
        f"({exact} anchored exactly)"
    )
    if report.errors:
        files = len({problem.path for problem in report.errors})
        print(f"{plural(len(report.errors), 'problem')} in {plural(files, 'file')}; {counts}")
        if report.relocations and not args.fix:
            print(f"{plural(len(report.relocations), 'relocated quote')} can be corrected with: dossier check --fix")
        return 1
    print(f"ok: {shown}: {counts}")
    return 0


def _run_changed(root: Path, shown: str) -> int:
    """`--changed`: check only what git reports as changed in the workspace."""
    from dossier.changed import GitError, changed_paths, check_changed

    try:
        paths = changed_paths(root)
    except GitError as exc:
        print(f"dossier check --changed: {one_line(str(exc))}", file=sys.stderr)
        return 2
    if not paths:
        print(f"ok: {shown}: nothing changed since the last commit")
        return 0
    report = check_changed(root, paths)
    for problem in report.problems:
        print(
            f"{shown}/{one_line(problem.path)}:{problem.line}:{problem.column}: {problem.severity}: "
            f"{one_line(problem.message)}"
        )
    checked = f"{plural(len(paths), 'changed file')}"
    if report.errors:
        files = len({problem.path for problem in report.errors})
        print(f"{plural(len(report.errors), 'problem')} in {plural(files, 'file')}; checked {checked}")
        return 1
    print(f"ok: {shown}: checked {checked}")
    return 0
