"""Person-name lists kept in the user's cache folder, so a process reads them instead of building them.

The given names and family names the English rules lean on (`names.is_given_name`, `names.is_surname`)
are built from Faker's lists, each name weighed against wordfreq's English list: about a second of CPU
that every `dossier ingest` paid before its first page. They are built once per machine (with the
tables of places, `place_tables.prepare`) and read back in a few milliseconds. The file's name holds
a digest of what the lists are built from (the package versions and the rules' own words and
thresholds), so a change to any of them builds the lists again instead of reading stale ones.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from dossier.cache import cache_root, keep_in_cache, packages_digest


def cached_names(
    kind: str, recipe: object, build: Callable[[], frozenset[str]], sources: tuple[str, ...] = ()
) -> frozenset[str]:
    """The list `build` makes, read from the cache when one built from the same `recipe` (and the same versions of
    the packages, `sources` besides Faker's, wordfreq's and anyascii's) is there."""
    path = _cache_file(kind, recipe, sources)
    try:
        names = json.loads(path.read_bytes())
        if isinstance(names, list) and all(isinstance(name, str) for name in names):
            return frozenset(names)
    except (OSError, ValueError):
        pass
    built = build()
    keep_in_cache(path, json.dumps(sorted(built)).encode("utf-8"))
    return built


def _cache_file(kind: str, recipe: object, sources: tuple[str, ...] = ()) -> Path:
    digest = packages_digest(("faker", "wordfreq", "anyascii", *sources), recipe)
    return cache_root() / "names" / f"{kind}-{digest}.json"
