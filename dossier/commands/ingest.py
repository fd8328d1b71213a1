"""`dossier ingest FILE...`: register sources and write draft actors, events and quotes for review."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from dossier.commands import plural
from dossier.paths import display_path
from dossier.sanitize import one_line


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

    from dossier.ingest.gazetteer import is_ready
    from dossier.ingest.service import IngestSession, ingest_file
    from dossier.progress import CommandProgress

    failed = 0
    added = 0
    session = IngestSession(root)  # the workspace is loaded once for all the files
    # Many files: a bar with count, rate and time left on stderr (plain lines when not a terminal).
    with CommandProgress() as bar:
        if not is_ready():
            # Otherwise the first ingest on a machine sits silent for the build.
            bar.echo(
                "dossier ingest: building the table of places once (about 20 s); later runs read it from the cache",
                err=True,
            )
        if len(args.files) > 1:
            bar.step("ingesting files", len(args.files))
        for done, file in enumerate(args.files, 1):
            result = ingest_file(root, Path(file), session=session)
            bar.update(done)
            if result.status == "error":
                failed += 1
                bar.echo(f"error: {one_line(result.message)}", err=True)
                continue
            if result.status == "unchanged":
                bar.echo(one_line(result.message))
                continue
            added += 1
            bands = ", ".join(f"{count} {band}" for band, count in result.bands.items() if count)
            skipped = "".join(f"; skipped: {one_line(reason)}" for reason in result.skipped)
            bar.echo(
                f"{one_line(result.message)}: {plural(result.new_actors, 'new actor draft')}"
                + (f" (confidence {bands})" if result.new_actors and bands else "")
                + f", {plural(result.known_mentions, 'mention')} of {plural(result.known_actors, 'known actor')}, "
                f"{plural(result.events, 'event draft')}, {plural(result.quotes, 'quote draft')}{skipped}"
            )
    if added:
        print(f"review the drafts with: dossier review --workspace {one_line(display_path(root))}")
    return 1 if failed else 0
