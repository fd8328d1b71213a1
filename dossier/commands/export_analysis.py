"""`dossier export --timeline [--actor ID] | --contested | --graph FILE`: the analysis views as files.

The timeline and the ledger go to stdout or `-o FILE` (Markdown); the network goes to the
GraphML or GEXF file named by `--graph`.
"""

from __future__ import annotations

import argparse
import sys

from dossier.commands import resolve_workspace
from dossier.export.service import ExportError, generated_at_now
from dossier.paths import display_path
from dossier.sanitize import one_line
from dossier.workspace import load_workspace


def _fail(message: str, code: int = 2) -> int:
    print(f"dossier export: {message}", file=sys.stderr)
    return code


def run(args: argparse.Namespace) -> int:
    chosen = [name for name in ("timeline", "contested", "graph") if getattr(args, name, None)]
    if len(chosen) > 1:
        return _fail("choose one of --timeline, --contested and --graph FILE")
    if args.id or args.all:
        return _fail(f"--{chosen[0]} exports the whole workspace; leave out the ID and --all")
    if args.actor and not args.timeline:
        return _fail("--actor ID goes with --timeline")
    if args.graph and args.output:
        return _fail("--graph names its own file; leave out -o")
    root = resolve_workspace(args)
    if not root.is_dir():
        return _fail(f"no workspace folder at {one_line(display_path(root))}")
    workspace = load_workspace(root)
    if workspace.problems:
        count = len(workspace.problems)
        print(
            f"dossier export: warning: {count} problem{'s' if count != 1 else ''} in "
            f"{one_line(display_path(root))} (run `dossier check`); exporting what loaded",
            file=sys.stderr,
        )
    from dossier.export.analysis import render_contested, render_timeline, write_graph, write_markdown

    try:
        if args.graph:
            path = write_graph(workspace, args.graph, force=args.force, include_drafts=args.drafts)
            print(f"wrote {one_line(display_path(path))}")
            return 0
        generated_at = generated_at_now()
        if args.timeline:
            text = render_timeline(workspace, generated_at=generated_at, actor=args.actor, include_drafts=args.drafts)
        else:
            text = render_contested(workspace, generated_at=generated_at, include_drafts=args.drafts)
        if args.output is None:
            # Safe for a terminal too: every character of workspace text was made visible on export.
            sys.stdout.write(text)
            return 0
        written = write_markdown(args.output, text, force=args.force)
        print(f"{'wrote' if written else 'unchanged:'} {one_line(display_path(args.output))}")
    except ExportError as exc:
        return _fail(one_line(str(exc)), 1)
    return 0
