"""`dossier ingest FILE...`: register sources and write draft actors, events and quotes for review."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from dossier.paths import display_path
from dossier.sanitize import one_line

if TYPE_CHECKING:
    from dossier.ingest.service import IngestResult


def run(args: argparse.Namespace) -> int:
    chosen = args.workspace or os.environ.get("DOSSIER_WORKSPACE")
    if not chosen:
        # The default workspace is the bundled seeds: ingest must never write there by accident.
        print("dossier ingest: name the workspace to add to with --workspace (or $DOSSIER_WORKSPACE)", file=sys.stderr)
        return 2
    root = Path(chosen)
    if root.exists() and not root.is_dir():
        print(f"dossier ingest: {one_line(display_path(root))} is not a folder", file=sys.stderr)
        return 2
    root.mkdir(parents=True, exist_ok=True)

    from dossier.ingest.batch import ingest_files, outcome_line, reason_lines, totals_line
    from dossier.ingest.gazetteer import is_ready
    from dossier.progress import CommandProgress

    many = len(args.files) > 1
    # Many files: a bar with count, rate and time left on stderr (plain lines when not a terminal).
    with CommandProgress() as bar:
        if not is_ready():
            # Otherwise the first ingest on a machine sits silent for the build.
            bar.echo(
                "dossier ingest: building the table of places once (about 20 s); later runs read it from the cache",
                err=True,
            )
        if many:
            bar.step("ingesting files", len(args.files))

        def finished(done: int, result: IngestResult) -> None:
            bar.update(done)
            # In a run of many files each reason for skipping is explained once, at the end, not on every line.
            bar.echo(outcome_line(result, many=many), err=result.status == "error")

        # One session: the workspace is loaded once for all the files.
        run = ingest_files(root, [Path(file) for file in args.files], finished=finished)
    if many:
        print(totals_line(run))
        for line in reason_lines(run):
            print(line)
    if run.added:
        print(f"review the drafts with: dossier review --workspace {one_line(display_path(root))}")
    return 1 if run.failed else 0
