"""`dossier index`: build or bring up to date a workspace's search index (it lives in the user's cache)."""

from __future__ import annotations

import argparse
import sys

from dossier.commands import resolve_workspace
from dossier.paths import display_path
from dossier.sanitize import one_line


def run(args: argparse.Namespace) -> int:
    from dossier.progress import CommandProgress
    from dossier.search import SearchIndex, cache_dir_for

    root = resolve_workspace(args)
    if not root.is_dir():
        print(f"dossier: no workspace folder at {one_line(display_path(root))}", file=sys.stderr)
        return 2
    cache = cache_dir_for(root)
    with CommandProgress() as bar:
        # Each step of a build (files read, records indexed, the index written) with its counts.
        current = [""]

        def counts(step: str, done: int, total: int) -> None:
            if step != current[0]:
                current[0] = step
                bar.step(step, total or None)
            bar.update(done, total or None)

        if args.rebuild:
            from dossier.search.index import IndexStore

            store = IndexStore(root, cache, counts=counts)
            messages = store.rebuild("rebuilt the search index")
            store.close()
        else:
            index = SearchIndex.open(root, cache_dir=cache, counts=counts)
            messages = index.messages or ["the search index is up to date"]
            index.close()
    for message in messages:
        print(one_line(message))
    print(f"index: {one_line(display_path(cache))}")
    return 0
