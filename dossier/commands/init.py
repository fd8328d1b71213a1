"""`dossier init [DIR]`: make a new workspace (folders, README, git attributes and ignores, schemas)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dossier.atomic import WriteError
from dossier.paths import display_path
from dossier.sanitize import one_line
from dossier.workspace_init import init_workspace


def run(args: argparse.Namespace) -> int:
    root = Path(args.directory)
    shown = one_line(display_path(root))
    if root.exists() and not root.is_dir():
        print(f"dossier init: {shown} is not a folder", file=sys.stderr)
        return 2
    try:
        report = init_workspace(root)
    except (OSError, WriteError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        print(f"dossier init: cannot create the workspace in {shown}: {one_line(reason)}", file=sys.stderr)
        return 1
    if report.created:
        print(f"created in {shown}: {', '.join(one_line(name) for name in report.created)}")
    if report.kept:
        print(f"already there, left as they are: {', '.join(one_line(name) for name in report.kept)}")
    if not report.created:
        print(f"{shown} is already a workspace; nothing to do")
        return 0
    print(f"next: dossier ingest ARTICLE --workspace {shown}, then dossier review --workspace {shown}")
    return 0
