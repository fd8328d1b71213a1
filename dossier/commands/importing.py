"""`dossier import FILE.ftm.json`: FollowTheMoney entities in, as draft actors for review."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from dossier.atomic import WriteError
from dossier.commands import plural
from dossier.paths import display_path
from dossier.sanitize import one_line


def run(args: argparse.Namespace) -> int:
    chosen = args.workspace or os.environ.get("DOSSIER_WORKSPACE")
    if not chosen:
        # As with ingest: the default workspace is the bundled seeds, never written by accident.
        print("dossier import: name the workspace to add to with --workspace (or $DOSSIER_WORKSPACE)", file=sys.stderr)
        return 2
    root = Path(chosen)
    if not root.is_dir():
        print(f"dossier import: no workspace folder at {one_line(display_path(root))}", file=sys.stderr)
        return 2
    if not args.file.is_file():
        print(f"dossier import: no file {one_line(display_path(args.file))}", file=sys.stderr)
        return 2

    from dossier.interop.ftm_import import import_ftm

    try:
        report = import_ftm(root, args.file)
    except WriteError as exc:
        print(f"dossier import: {one_line(str(exc))}; the actors listed above were written", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"dossier import: cannot read {one_line(display_path(args.file))}: {exc.strerror}", file=sys.stderr)
        return 1
    for error in report.errors:
        print(f"error: {one_line(error)}", file=sys.stderr)
    parts = [f"imported {plural(len(report.created), 'draft actor')}"]
    if report.already:
        parts.append(f"{report.already} already imported")
    if report.other_schemata:
        left = ", ".join(f"{count} {one_line(name)}" for name, count in sorted(report.other_schemata.items()))
        parts.append(f"left out (not actors): {left}")
    if report.errors:
        parts.append(f"{plural(len(report.errors), 'line')} with errors")
    print("; ".join(parts))
    if report.created:
        print(f"review the drafts with: dossier review --workspace {one_line(display_path(root))}")
    return 1 if report.errors else 0
