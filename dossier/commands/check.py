"""`dossier check`: validate a workspace, its references and its quote anchors."""

from __future__ import annotations

import argparse
import sys

from dossier.checks import apply_relocations, check_workspace
from dossier.commands import resolve_workspace
from dossier.paths import display_path
from dossier.sanitize import one_line
from dossier.workspace import load_workspace


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def run(args: argparse.Namespace) -> int:
    root = resolve_workspace(args)
    if not root.is_dir():
        print(f"dossier: no workspace folder at {one_line(display_path(root))}", file=sys.stderr)
        return 2
    shown = one_line(display_path(root))
    from dossier.progress import CommandProgress

    with CommandProgress() as bar:  # on stderr: a bar on a terminal, plain lines otherwise
        bar.step("reading files")
        workspace = load_workspace(root, progress=lambda done, total: bar.update(done, total))
        bar.step("checking references and anchors")
        report = check_workspace(workspace)
    if args.fix and report.relocations:
        for message in apply_relocations(workspace, report.relocations):
            print(f"{shown}/{one_line(message)}")
        workspace = load_workspace(root)
        report = check_workspace(workspace)
    for problem in report.problems:
        print(
            f"{shown}/{one_line(problem.path)}:{problem.line}:{problem.column}: {problem.severity}: "
            f"{one_line(problem.message)}"
        )
    exact = sum(1 for anchor in report.anchors.values() if anchor.ok)
    counts = (
        f"{_plural(len(workspace.sources), 'source')}, {_plural(len(workspace.actors), 'actor')}, "
        f"{_plural(len(workspace.events), 'event')}, {_plural(len(workspace.quotes), 'quote')} "
        f"({exact} anchored exactly)"
    )
    if report.errors:
        files = len({problem.path for problem in report.errors})
        print(f"{_plural(len(report.errors), 'problem')} in {_plural(files, 'file')}; {counts}")
        if report.relocations and not args.fix:
            print(f"{_plural(len(report.relocations), 'relocated quote')} can be corrected with: dossier check --fix")
        return 1
    print(f"ok: {shown}: {counts}")
    return 0
