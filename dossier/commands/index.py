"""`dossier index`: build or bring up to date a workspace's search index (it lives in the user's cache)."""

from __future__ import annotations

import argparse
import sys

from dossier.commands import resolve_workspace
from dossier.paths import display_path
from dossier.sanitize import one_line


def run(args: argparse.Namespace) -> int:
    from dossier.search import SearchIndex, cache_dir_for

    root = resolve_workspace(args)
    if not root.is_dir():
        print(f"dossier: no workspace folder at {one_line(display_path(root))}", file=sys.stderr)
        return 2
    show_progress = sys.stderr.isatty()

    def progress(message: str, fraction: float) -> None:
        if show_progress:
            print(f"\r\x1b[K{one_line(message)} ({fraction:.0%})", end="", file=sys.stderr, flush=True)

    cache = cache_dir_for(root)
    if args.rebuild:
        from dossier.search.index import IndexStore

        store = IndexStore(root, cache, progress)
        messages = store.rebuild("rebuilt the search index")
        store.close()
    else:
        index = SearchIndex.open(root, cache_dir=cache, progress=progress)
        messages = index.messages or ["the search index is up to date"]
        index.close()
    if show_progress:
        print("\r\x1b[K", end="", file=sys.stderr)
    for message in messages:
        print(one_line(message))
    print(f"index: {one_line(display_path(cache))}")
    return 0
