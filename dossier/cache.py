"""The user's cache folder, and a cache of parsed YAML files keyed by their content.

Parsing YAML is the slow part of loading a large workspace (~20 ms per 100 quotes, against
~1 ms to validate the same data from JSON). Parsed files are therefore cached by the SHA-256
of their bytes: an edited file has a new hash and is parsed again, so the cache never needs
invalidating. A quotes file that validated whole is kept as rows, and a source, actor or event
as a trusted reading; both are rebuilt without validating again while the model that checked
them is unchanged (`dossier/quote_rows.py`, `dossier/record_rows.py`); `dossier check`
validates them too.

The cache is one SQLite file for every workspace of the user (`<cache>/parsed-v2.sqlite`), not
a file per parsed file: a 100,000-quote workspace is ~4,000 quotes files, and opening as many
small cache files cost more than reading them. A load reads the entries it needs in one query
and writes the new ones in one transaction at its end. It is a cache: an entry that cannot be
read is ignored, and a damaged database file is set aside and started afresh.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite3

# Bump when yamlio's reading of a file changes, so older cached readings are not used.
PARSE_FORMAT = 2
# Looked up in groups, so one query stands for many files (SQLite allows 999 parameters).
_BATCH = 500
# One opening of the database at a time in this process: the app's workers (the workspace's load and the search
# index's) may open a fresh database at the same moment, and two first openings that set up its WAL files together
# have crashed a run with a bus error.
_OPENING = threading.Lock()


def cache_root() -> Path:
    """`DOSSIER_CACHE_DIR` when set, else the platform's user cache folder for dossier."""
    chosen = os.environ.get("DOSSIER_CACHE_DIR")
    if chosen:
        return Path(chosen)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("dossier", appauthor=False))


def keep_in_cache(path: Path, data: bytes) -> None:
    """Write a table built once per machine into the cache folder, atomically; a cache that cannot be written only
    costs time, so a failure is no error."""
    from dossier.atomic import WriteError, write_atomic

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, data)
    except (OSError, WriteError):
        pass


def packages_digest(packages: tuple[str, ...], recipe: object = None) -> str:
    """A digest of the installed versions of the packages a cached table is built from (and of the recipe's own
    words and thresholds): a table built from other versions has another name, and is built again."""
    import hashlib

    versions = [f"{package}={_installed_version(package)}" for package in packages]
    return hashlib.sha256(repr((recipe, versions)).encode("utf-8")).hexdigest()[:16]


@lru_cache(maxsize=64)
def _installed_version(package: str) -> str:
    """A package's installed version, looked up once per process: each lookup reads the installed packages'
    metadata (about 4 ms), and a first page read a dozen cached tables, each named by three to five versions."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(package)
    except PackageNotFoundError:
        return "unknown"


class ParsedCache:
    """Parsed YAML data by content hash, in `<cache>/parsed-v<PARSE_FORMAT>.sqlite`.

    One instance serves one load; `flush()` writes what `put` collected. Every failure of the
    database (missing folder, read-only or full disk, a damaged or locked file) only costs speed.
    """

    def __init__(self, root: Path | None = None) -> None:
        self.path = (root or cache_root()) / f"parsed-v{PARSE_FORMAT}.sqlite"
        self._db: sqlite3.Connection | None = None
        self._opened = False
        self._pending: dict[str, str] = {}
        self._prefetched: dict[str, str] = {}
        self._lock = threading.Lock()

    # -- the database ----------------------------------------------------------------------
    def _connect(self) -> sqlite3.Connection | None:
        if self._opened:
            return self._db
        # Imported here, not at the top: the app imports this module for `cache_root` before
        # its first frame, and a load connects in a worker thread.
        import sqlite3

        self._opened = True
        with _OPENING:
            for attempt in (1, 2):
                try:
                    self.path.parent.mkdir(parents=True, exist_ok=True)
                    db = sqlite3.connect(self.path, timeout=5.0, check_same_thread=False, isolation_level=None)
                    db.execute("PRAGMA journal_mode=WAL")
                    db.execute("PRAGMA synchronous=NORMAL")
                    db.execute("CREATE TABLE IF NOT EXISTS parsed (sha256 TEXT PRIMARY KEY, data TEXT NOT NULL)")
                    self._db = db
                    self._remove_older_caches()
                    return db
                except sqlite3.DatabaseError:
                    # Not a database any more (damaged, or garbage written over it): start afresh, once.
                    if attempt == 2:
                        return None
                    self._set_aside()
                except (OSError, sqlite3.Error):
                    return None
        return None

    def _remove_older_caches(self) -> None:
        """Earlier formats: the folder of one JSON file per parsed file (format 1), older databases."""
        import shutil

        folder = self.path.parent
        shutil.rmtree(folder / "parsed", ignore_errors=True)
        for older in folder.glob("parsed-v*.sqlite*"):
            if not older.name.startswith(self.path.name):
                with contextlib.suppress(OSError):
                    older.unlink()

    def _set_aside(self) -> None:
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                Path(f"{self.path}{suffix}").unlink()

    # -- reading -------------------------------------------------------------------------
    def prefetch(self, hashes: list[str]) -> None:
        """Read the entries of these hashes at once (a load knows all its files' hashes first)."""
        db = self._connect()
        if db is None:
            return
        import sqlite3

        wanted = [digest for digest in dict.fromkeys(hashes) if digest not in self._prefetched]
        try:
            with self._lock:
                for start in range(0, len(wanted), _BATCH):
                    batch = wanted[start : start + _BATCH]
                    marks = ",".join("?" * len(batch))
                    rows = db.execute(f"SELECT sha256, data FROM parsed WHERE sha256 IN ({marks})", batch)
                    self._prefetched.update(rows)
        except sqlite3.Error:
            return

    def get(self, sha256: str) -> tuple[bool, Any]:
        """(found, data). A missing or unreadable entry is simply not found."""
        text = self._prefetched.pop(sha256, None) or self._pending.get(sha256)
        if text is None:
            db = self._connect()
            if db is None:
                return False, None
            import sqlite3

            try:
                with self._lock:
                    row = db.execute("SELECT data FROM parsed WHERE sha256 = ?", (sha256,)).fetchone()
            except sqlite3.Error:
                return False, None
            if row is None:
                return False, None
            text = row[0]
        try:
            return True, json.loads(text)
        except (TypeError, ValueError):
            return False, None

    # -- writing -------------------------------------------------------------------------
    def put(self, sha256: str, data: Any) -> None:
        """Keep an entry to write at `flush()`; data that is not plain JSON is not cached."""
        with contextlib.suppress(TypeError, ValueError):
            self._pending[sha256] = json.dumps(data, ensure_ascii=False, separators=(",", ":"))

    def flush(self) -> None:
        """Write the kept entries in one transaction, best-effort: a read-only or full cache only costs speed."""
        if not self._pending:
            return
        db = self._connect()
        pending, self._pending = self._pending, {}
        if db is None:
            return
        import sqlite3

        try:
            with self._lock:
                db.execute("BEGIN IMMEDIATE")
                try:
                    db.executemany("INSERT OR REPLACE INTO parsed VALUES (?, ?)", pending.items())
                    db.execute("COMMIT")
                except BaseException:
                    db.execute("ROLLBACK")
                    raise
        except sqlite3.Error:
            pass

    def close(self) -> None:
        self.flush()
        self._prefetched.clear()
        if self._db is not None:
            import sqlite3

            with contextlib.suppress(sqlite3.Error):
                self._db.close()
            self._db = None
        self._opened = False  # a later use connects again
