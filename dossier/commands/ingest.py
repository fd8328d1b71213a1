"""`dossier ingest FILE...`: register sources and write draft actors, events and quotes for review."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from dossier.commands import plural
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

    from dossier.ingest.gazetteer import is_ready
    from dossier.ingest.service import IngestSession, ingest_file
    from dossier.progress import CommandProgress

    failed = unchanged = 0
    added: list[IngestResult] = []  # the results of the files added, for the run's totals
    many = len(args.files) > 1
    # In a run of many files each reason for skipping is explained once, at the end, not on every line.
    reasons: dict[str, str] = {}
    session = IngestSession(root)  # the workspace is loaded once for all the files
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
        for done, file in enumerate(args.files, 1):
            result = ingest_file(root, Path(file), session=session)
            bar.update(done)
            if result.status == "error":
                failed += 1
                bar.echo(f"error: {one_line(result.message)}", err=True)
                continue
            if result.status == "unchanged":
                unchanged += 1
                bar.echo(one_line(result.message))
                continue
            added.append(result)
            skipped = ""
            for reason in result.skipped:
                what, _, why = one_line(reason).partition(": ")
                if many and why:
                    reasons.setdefault(what, why)
                    skipped += f"; skipped: {what} (see the end)"
                else:
                    skipped += f"; skipped: {one_line(reason)}"
            bar.echo(
                f"{one_line(result.message)}: {_drafts(result.new_actors, result.bands)}, "
                f"{plural(result.known_mentions, 'mention')} of {plural(result.known_actors, 'known actor')}, "
                f"{plural(result.events, 'event draft')}, {plural(result.quotes, 'quote draft')}{skipped}"
            )
    if many:
        print(_totals(len(args.files), added, unchanged, failed))
        for what, why in reasons.items():
            print(f"skipped for {what}: {why}")
    if added:
        print(f"review the drafts with: dossier review --workspace {one_line(display_path(root))}")
    return 1 if failed else 0


def _drafts(count: int, bands: dict[str, int]) -> str:
    """'12 new actor drafts (confidence 5 high, 7 medium)'."""
    shown = ", ".join(f"{n} {band}" for band, n in bands.items() if n)
    return plural(count, "new actor draft") + (f" (confidence {shown})" if count and shown else "")


def _totals(files: int, added: list[IngestResult], unchanged: int, failed: int) -> str:
    """One line for a run of many files: what came of them, and the drafts they gave in all."""
    bands = dict.fromkeys(("high", "medium", "low"), 0)
    for result in added:
        for band, count in result.bands.items():
            bands[band] = bands.get(band, 0) + count
    outcome = ", ".join(
        part
        for part in (
            f"{len(added)} added",
            f"{unchanged} already ingested" if unchanged else "",
            f"{failed} failed" if failed else "",
        )
        if part
    )
    return (
        f"{plural(files, 'file')}: {outcome}; in all {_drafts(sum(r.new_actors for r in added), bands)}, "
        f"{plural(sum(r.events for r in added), 'event draft')}, {plural(sum(r.quotes for r in added), 'quote draft')}"
    )
