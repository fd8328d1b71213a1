"""`dossier search`: query a workspace from the shell, as a table or as JSON for scripts and `jq`."""

from __future__ import annotations

import argparse
import json
import shutil
import sys

from dossier.commands import resolve_workspace
from dossier.paths import display_path
from dossier.sanitize import one_line, visible

KIND_CHOICES = ("actor", "event", "quote", "source")


def run(args: argparse.Namespace) -> int:
    from dossier.search import SearchIndex

    root = resolve_workspace(args)
    if not root.is_dir():
        print(f"dossier: no workspace folder at {one_line(display_path(root))}", file=sys.stderr)
        return 2
    if args.limit < 1:
        print("dossier: --limit must be at least 1", file=sys.stderr)
        return 2
    if not args.query.strip():
        print("dossier: the query is empty; give words to search for, or a filter such as kind:event", file=sys.stderr)
        return 2
    index = SearchIndex.open(root)
    try:
        for message in index.messages:
            print(f"dossier: {one_line(message)}", file=sys.stderr)
        results = index.search(args.query, kinds=args.kind or None, limit=args.limit)
    finally:
        index.close()
    if results.error:
        lines = results.error.split("\n")
        print(f"dossier: {one_line(lines[0])}", file=sys.stderr)
        for line in lines[1:]:
            print(visible(line, keep_newlines=False), file=sys.stderr)
        return 2
    if args.json:
        rows = [
            {"id": hit.id, "kind": hit.kind, "title": hit.title, "score": round(hit.score, 4), "snippet": hit.snippet}
            for hit in results.hits
        ]
        # ensure_ascii keeps every control character escaped, so the output is safe on a terminal too.
        print(json.dumps(rows, ensure_ascii=True, indent=2))
        return 0
    _print_table(results, args.query)
    return 0


def _print_table(results, query: str) -> None:  # type: ignore[no-untyped-def]
    if not results.hits:
        print(f"no results for {one_line(query, 60)!r}")
        if results.suggestion:
            print(f"did you mean: {one_line(results.suggestion)}")
        return
    width = max(60, min(shutil.get_terminal_size((100, 20)).columns, 160))
    id_width = min(28, max(len(one_line(hit.id)) for hit in results.hits))
    text_width = max(20, width - id_width - 8 - 4)
    for hit in results.hits:
        print(f"{hit.kind:<7} {one_line(hit.id, id_width):<{id_width}}  {one_line(hit.title, text_width)}")
        if hit.snippet:
            print(f"{'':<7} {'':<{id_width}}  {one_line(hit.snippet, text_width)}")
    shown = len(results.hits)
    more = f" of {results.total:,}" if results.total > shown else ""
    print(f"{shown}{more} result{'s' if results.total != 1 else ''}")
    if results.suggestion:
        print(f"did you mean: {one_line(results.suggestion)}")
