"""`dossier export`: write dossiers as Markdown, or the workspace (or one record) in another format."""

from __future__ import annotations

import argparse
import sys

from dossier.commands import plural, resolve_workspace
from dossier.export.formats import DEFAULT_FORMAT, ExportFormat, get_format
from dossier.export.service import (
    ExportError,
    export_dossier,
    generated_at_now,
    render_stream,
    write_all,
    write_dossier,
    write_folder,
    write_stream,
)
from dossier.paths import display_path
from dossier.sanitize import one_line
from dossier.workspace import Workspace, load_workspace


def run(args: argparse.Namespace) -> int:
    if getattr(args, "timeline", False) or getattr(args, "contested", False) or getattr(args, "graph", None):
        from dossier.commands.export_analysis import run as run_analysis_export

        return run_analysis_export(args)
    fmt = get_format(getattr(args, "format", None) or DEFAULT_FORMAT)
    if fmt.layout != "dossiers":
        return _run_other(args, fmt)
    if args.all == bool(args.id):
        print("dossier export: give one ID, or --all with -o DIR", file=sys.stderr)
        return 2
    if args.all and args.output is None:
        print("dossier export: --all writes one file per dossier; name a folder with -o DIR", file=sys.stderr)
        return 2
    workspace = _load(args)
    if workspace is None:
        return 2
    try:
        generated_at = generated_at_now()
        if args.all:
            from dossier.progress import CommandProgress

            with CommandProgress() as bar:
                bar.step("writing dossiers")
                report = write_all(workspace, args.output, generated_at=generated_at, force=args.force)
            shown = one_line(display_path(args.output))
            print(
                f"exported {plural(len(report.paths), 'file')} to {shown} "
                f"({len(report.written)} written, {len(report.unchanged)} unchanged)"
            )
            if report.stale:
                names = ", ".join(one_line(path.name) for path in report.stale[:5])
                more = f" and {len(report.stale) - 5} more" if len(report.stale) > 5 else ""
                print(
                    f"{plural(len(report.stale), 'earlier export')} of records no longer in the workspace "
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


def _load(args: argparse.Namespace) -> Workspace | None:
    root = resolve_workspace(args)
    if not root.is_dir():
        print(f"dossier export: no workspace folder at {one_line(display_path(root))}", file=sys.stderr)
        return None
    from dossier.progress import CommandProgress

    with CommandProgress() as bar:  # on stderr: a bar on a terminal, plain lines otherwise
        bar.step("reading files")
        workspace = load_workspace(root, progress=lambda done, total: bar.update(done, total))
    if workspace.problems:
        # Export what loaded; the analyst should still hear that something did not.
        print(
            f"dossier export: warning: {plural(len(workspace.problems), 'problem')} in "
            f"{one_line(display_path(root))} (run `dossier check`); exporting what loaded",
            file=sys.stderr,
        )
    return workspace


def _run_other(args: argparse.Namespace, fmt: ExportFormat) -> int:
    """Formats other than Markdown: the whole workspace (no ID, or --all), or one record and its neighbours."""
    if args.all and args.id:
        print("dossier export: give one ID, or --all, not both", file=sys.stderr)
        return 2
    if fmt.layout == "folder" and args.output is None:
        print(
            f"dossier export: --format {fmt.name} writes one file per kind; name a folder with -o DIR", file=sys.stderr
        )
        return 2
    workspace = _load(args)
    if workspace is None:
        return 2
    try:
        generated_at = generated_at_now()
        if fmt.layout == "folder":
            report = write_folder(workspace, fmt, args.output, args.id, generated_at=generated_at, force=args.force)
            print(
                f"exported {plural(len(report.paths), 'file')} to {one_line(display_path(args.output))} "
                f"({len(report.written)} written, {len(report.unchanged)} unchanged)"
            )
        elif args.output is None:
            # JSON escapes every character a terminal would act on, so this is safe on a terminal too.
            for chunk in render_stream(workspace, fmt, args.id, generated_at=generated_at):
                sys.stdout.write(chunk)
        else:
            path, written = write_stream(
                workspace, fmt, args.output, args.id, generated_at=generated_at, force=args.force
            )
            print(f"{'wrote' if written else 'unchanged:'} {one_line(display_path(path))}")
    except ExportError as exc:
        print(f"dossier export: {one_line(str(exc))}", file=sys.stderr)
        return 1
    return 0
