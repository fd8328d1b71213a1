"""Person-name lists kept in the user's cache folder, so a process reads them instead of building them.

The given names and family names the English rules lean on (`names.is_given_name`, `names.is_surname`)
are built from Faker's lists, each name weighed against wordfreq's English list: about a second of CPU
that every `dossier ingest` paid before its first page. They are built once per machine (with the
tables of places, `place_tables.prepare`) and read back in a few milliseconds. The file's name holds
a digest of what the lists are built from (the package versions and the rules' own words and
thresholds), so a change to any of them builds the lists again instead of reading stale ones.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path


def cached_names(kind: str, recipe: object, build: Callable[[], frozenset[str]]) -> frozenset[str]:
    """The list `build` makes, read from the cache when one built from the same `recipe` is there."""
    path = _cache_file(kind, recipe)
    try:
        names = json.loads(path.read_bytes())
        if isinstance(names, list) and all(isinstance(name, str) for name in names):
            return frozenset(names)
    except (OSError, ValueError):
        pass
    built = build()
    from dossier.atomic import WriteError, write_atomic

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, json.dumps(sorted(built)).encode("utf-8"))
    except (OSError, WriteError):
        pass  # a cache that cannot be written only costs time
    return built


def _cache_file(kind: str, recipe: object) -> Path:
    from importlib.metadata import PackageNotFoundError, version

    from dossier.cache import cache_root

    versions = []
    for package in ("faker", "wordfreq", "anyascii"):
        try:
            versions.append(f"{package}={version(package)}")
        except PackageNotFoundError:
            versions.append(f"{package}=unknown")
    digest = hashlib.sha256(repr((recipe, versions)).encode("utf-8")).hexdigest()[:16]
    return cache_root() / "names" / f"{kind}-{digest}.json"
