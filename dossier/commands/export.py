"""`dossier export`: write an actor's or event's dossier, or all of them, as Markdown."""

from __future__ import annotations

import argparse
import sys

from dossier.commands import resolve_workspace
from dossier.export.service import ExportError, export_dossier, generated_at_now, write_all, write_dossier
from dossier.paths import display_path
from dossier.sanitize import one_line
from dossier.workspace import load_workspace


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def run(args: argparse.Namespace) -> int:
    if args.all == bool(args.id):
        print("dossier export: give one ID, or --all with -o DIR", file=sys.stderr)
        return 2
    if args.all and args.output is None:
        print("dossier export: --all writes one file per dossier; name a folder with -o DIR", file=sys.stderr)
        return 2
    root = resolve_workspace(args)
    if not root.is_dir():
        print(f"dossier export: no workspace folder at {one_line(display_path(root))}", file=sys.stderr)
        return 2
    from dossier.progress import CommandProgress

    with CommandProgress() as bar:  # on stderr: a bar on a terminal, plain lines otherwise
        bar.step("reading files")
        workspace = load_workspace(root, progress=lambda done, total: bar.update(done, total))
    if workspace.problems:
        # Export what loaded; the analyst should still hear that something did not.
        print(
            f"dossier export: warning: {_plural(len(workspace.problems), 'problem')} in "
            f"{one_line(display_path(root))} (run `dossier check`); exporting what loaded",
            file=sys.stderr,
        )
    try:
        generated_at = generated_at_now()
        if args.all:
            with CommandProgress() as bar:
                bar.step("writing dossiers")
                report = write_all(workspace, args.output, generated_at=generated_at, force=args.force)
            shown = one_line(display_path(args.output))
            print(
                f"exported {_plural(len(report.paths), 'file')} to {shown} "
                f"({len(report.written)} written, {len(report.unchanged)} unchanged)"
            )
            if report.stale:
                names = ", ".join(one_line(path.name) for path in report.stale[:5])
                more = f" and {len(report.stale) - 5} more" if len(report.stale) > 5 else ""
                print(
                    f"{_plural(len(report.stale), 'earlier export')} of records no longer in the workspace "
                    f"left in place: {names}{more}"
                )
        elif args.output is None:
            # Safe for a terminal too: every character of workspace text was made visible on export.
            sys.stdout.write(export_dossier(workspace, args.id, generated_at=generated_at))
        else:
            path, written = write_dossier(workspace, args.id, args.output, generated_at=generated_at, force=args.force)
            state = "wrote" if written else "unchanged:"
            print(f"{state} {one_line(display_path(path))}")
    except ExportError as exc:
        print(f"dossier export: {one_line(str(exc))}", file=sys.stderr)
        return 1
    return 0
