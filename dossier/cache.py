"""The user's cache folder, and a cache of parsed YAML files keyed by their content.

Parsing YAML is the slow part of loading a large workspace (~20 ms per 100 quotes, against
~1 ms to validate the same data from JSON). Parsed files are therefore cached by the SHA-256
of their bytes: an edited file has a new hash and is parsed again, so the cache never needs
invalidating. Cached data is still validated by the models on every load; the cache only
skips the YAML parser. It is a cache: any entry that cannot be read is ignored and rebuilt.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

# Bump when yamlio's reading of a file changes, so older cached readings are not used.
PARSE_FORMAT = 1


def cache_root() -> Path:
    """`DOSSIER_CACHE_DIR` when set, else the platform's user cache folder for dossier."""
    chosen = os.environ.get("DOSSIER_CACHE_DIR")
    if chosen:
        return Path(chosen)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("dossier", appauthor=False))


class ParsedCache:
    """Parsed YAML data by content hash, under `<cache>/parsed/`."""

    def __init__(self, root: Path | None = None) -> None:
        self.folder = (root or cache_root()) / "parsed" / f"v{PARSE_FORMAT}"

    def _path(self, sha256: str) -> Path:
        return self.folder / sha256[:2] / f"{sha256}.json"

    def get(self, sha256: str) -> tuple[bool, Any]:
        """(found, data). A missing or unreadable entry is simply not found."""
        try:
            return True, json.loads(self._path(sha256).read_bytes())
        except (OSError, ValueError):
            return False, None

    def put(self, sha256: str, data: Any) -> None:
        """Store best-effort: a read-only or full cache only costs speed, never correctness."""
        from dossier.atomic import WriteError, write_atomic

        path = self._path(sha256)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(path, json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
        except (OSError, WriteError, TypeError, ValueError):
            pass
