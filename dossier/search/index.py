"""Where the index lives, and how it is built, kept in step with the workspace, and repaired.

The index is a cache of the workspace, kept in the user's cache folder (one per workspace,
see `cache_dir_for`), never inside the workspace, which may be read-only or under git:

    <cache>/search/<name>-<hash>/current        names the live index folder
    <cache>/search/<name>-<hash>/ix-<stamp>/    a Whoosh index and its manifest.json

The manifest records each file's size, modification time and SHA-256, the facts documents
copy from other files (`Directory`), and the vocabulary. An update re-reads only the files
whose bytes changed, plus the files whose documents copy facts that changed (a quote names
the aliases of the actors it is about). A full build is written into a fresh folder and then
swapped in by rewriting `current`, so a reader never sees half an index. An index that is
missing, of another schema version, or unreadable is rebuilt, with a message, not a traceback.
Whoosh's write lock is an OS file lock (fcntl), so a lock file left by a dead process is free.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import stat
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dossier.cache import cache_root
from dossier.search import speedups
from dossier.search.analysis import WORD_RE, fold
from dossier.search.documents import Directory, Document, documents_of
from dossier.search.query import Vocabulary, spelling_terms
from dossier.search.schema import SCHEMA_VERSION, build_schema

Progress = Callable[[str, float], None]
# (step, done, total) of a long step, for a progress bar with counts: "reading files", "indexing records".
Counts = Callable[[str, int, int], None]

CURRENT = "current"
MANIFEST = "manifest.json"
FOLDERS = ("sources", "actors", "events", "quotes")
# More changed files than this share of the workspace: a fresh build is quicker than an update.
REBUILD_SHARE = 0.3
REBUILD_ABOVE = 50
LOCK_WAIT = 3.0
PARALLEL_FROM = 5000
# The files of each folder that the index reads (see `scan`).
_INDEXED = {"sources": (".yaml", ".yml", ".txt"), "actors": (".yaml", ".yml"), "events": (".yaml", ".yml")}
_INDEXED["quotes"] = _INDEXED["actors"]
# Seconds between manifest writes while updates come in (it is always written on closing).
MANIFEST_EVERY = 5.0


class IndexUnavailable(Exception):
    """The index cannot be opened or read as it is; rebuilding it is the cure."""


def cache_dir_for(workspace_root: Path) -> Path:
    """The index folder of a workspace: one per workspace path, under the user's cache folder.

    `DOSSIER_CACHE_DIR` moves the whole cache (tests and read-only homes use it).
    """
    resolved = Path(workspace_root).resolve()
    digest = hashlib.sha256(os.fsencode(resolved)).hexdigest()[:16]
    name = re.sub(r"[^A-Za-z0-9_-]+", "-", resolved.name).strip("-")[:40] or "workspace"
    return cache_root() / "search" / f"{name}-{digest}"


@dataclass
class Manifest:
    """What the index was built from. Saved beside the index as JSON."""

    workspace: str
    files: dict[str, list[Any]] = field(default_factory=dict)  # relative path -> [size, mtime_ns, sha256]
    directory: Directory = field(default_factory=Directory)
    vocabulary: Vocabulary = field(default_factory=Vocabulary)
    schema: int = SCHEMA_VERSION
    # Each spelling's folded phrase and index terms, as read (see `spelling_table`).
    name_terms: dict[str, Any] = field(default_factory=dict)

    def spelling_table(self) -> dict[str, list[Any]]:
        """Every actor spelling's folded phrase and index terms, for the query builder of the next open.

        Derived from the spelling alone (and the analysis, which SCHEMA_VERSION covers): an entry
        never goes stale, only those of new spellings are computed.
        """
        table: dict[str, list[Any]] = {}
        for names in self.directory.spellings.values():
            for name in names:
                table[name] = list(spelling_terms(name, self.name_terms))
        self.name_terms = table
        return table

    def to_bytes(self) -> bytes:
        data = {
            "schema": self.schema,
            "workspace": self.workspace,
            "files": self.files,
            "directory": self.directory.to_json(),
            "vocabulary": self.vocabulary.counts,
            "name_terms": self.spelling_table(),
        }
        return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> Manifest:
        data = json.loads(raw)
        return cls(
            workspace=data["workspace"],
            files=dict(data["files"]),
            directory=Directory.from_json(data["directory"]),
            vocabulary=Vocabulary(dict(data["vocabulary"])),
            schema=int(data["schema"]),
            name_terms=dict(data.get("name_terms") or {}),
        )


def scan(root: Path) -> dict[str, tuple[int, int]]:
    """(size, mtime_ns) of every file the index reads: YAML records and source texts."""
    found: dict[str, tuple[int, int]] = {}
    for folder in FOLDERS:
        try:
            entries = list(os.scandir(root / folder))
        except OSError:
            continue
        for entry in entries:
            name = entry.name
            if name.startswith(".") or not (
                name.endswith((".yaml", ".yml")) or (folder == "sources" and name.endswith(".txt"))
            ):
                continue
            try:
                info = entry.stat()
            except OSError:
                continue
            if entry.is_file():
                # ctime too: an edit whose mtime was put back (touch -r, tar, rsync -t) still moves ctime.
                found[f"{folder}/{name}"] = (info.st_size, max(info.st_mtime_ns, info.st_ctime_ns))
    return found


def _stat(root: Path, relative: str) -> tuple[int, int] | None:
    """(size, change time) of one file, as `scan` reports it; None when it is not a regular file."""
    try:
        info = os.stat(root / relative)  # followed, as `scan`'s DirEntry.stat does
    except OSError:
        return None
    if not stat.S_ISREG(info.st_mode):
        return None
    return info.st_size, max(info.st_mtime_ns, info.st_ctime_ns)


def _with_texts(relatives: Iterable[str]) -> list[str]:
    """The files named, and for a source's YAML its text beside it (and the other way round)."""
    found: dict[str, None] = {}
    for relative in relatives:
        relative = Path(relative).as_posix()
        folder, _, name = relative.partition("/")
        if folder not in FOLDERS or "/" in name or name.startswith(".") or not name.endswith(_INDEXED[folder]):
            continue  # a file `scan` would not list either
        found[relative] = None
        if folder == "sources":
            stem = relative.rsplit(".", 1)[0]
            for suffix in (".yaml", ".yml", ".txt"):
                found[stem + suffix] = None
    return list(found)


def _sha256(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def _words(document: Document) -> set[str]:
    found: set[str] = set()
    for name in ("names", "title", "body"):
        value = document.get(name)
        if value:
            found.update(fold(match.group()) for match in WORD_RE.finditer(value))
    return found


def _records_by_file(workspace: Any) -> dict[str, list[Any]]:
    grouped: dict[str, list[Any]] = {}
    for table in (workspace.actors, workspace.events, workspace.sources, workspace.quotes):
        for record in table.values():
            grouped.setdefault(workspace.origins[record.id].path, []).append(record)
    return grouped


def _load_files(root: Path, relatives: Iterable[str]) -> Any:
    """A partial workspace holding just these files (parsed through the shared parse cache)."""
    from dossier.cache import ParsedCache
    from dossier.workspace import Workspace, _load_file

    cache = ParsedCache()
    workspace = Workspace(root=root, parsed_cache=cache)
    try:
        for relative in sorted(set(relatives)):
            path = root / relative
            if path.is_file() and not path.is_symlink():
                _load_file(workspace, relative.split("/", 1)[0], path, relative)
    finally:
        cache.close()
    return workspace


class IndexStore:
    """One workspace's index on disk: open it, build it, update it. Not thread-safe on its own."""

    def __init__(
        self, workspace_root: Path, cache_dir: Path, progress: Progress | None = None, counts: Counts | None = None
    ) -> None:
        speedups.apply()
        self.root = Path(workspace_root)
        self.cache_dir = Path(cache_dir)
        self.progress = progress or (lambda message, fraction: None)
        self.counts = counts or (lambda step, done, total: None)
        self.index: Any = None
        self.folder: Path | None = None
        self.manifest = Manifest(workspace=str(self.root.resolve()))
        self.generation = 0  # bumped whenever the index changes, so readers know to refresh
        # The generation at which actors' spellings or records' titles last changed: what is built
        # from them for queries (alias tables, ~100 ms at 100,000 quotes) is kept until then.
        self.names_generation = 0
        self._names_changed = False
        self._manifest_dirty = False
        self._manifest_written = 0.0

    # -- opening -------------------------------------------------------------------------
    def open(self) -> list[str]:
        """Open the live index, or build one; then bring it up to date. Returns what happened."""
        try:
            self._open_current()
        except FileNotFoundError:
            return self.rebuild("building the search index")
        except IndexUnavailable as exc:
            return self.rebuild(f"the search index was unusable ({exc}); rebuilt it")
        return self.update()

    def _open_current(self) -> None:
        from whoosh import index

        try:
            name = (self.cache_dir / CURRENT).read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError) as exc:
            raise FileNotFoundError(str(exc)) from None
        folder = self.cache_dir / name
        if not re.fullmatch(r"ix-[0-9a-z-]+", name) or not folder.is_dir():
            raise IndexUnavailable("its folder is missing")
        try:
            manifest = Manifest.from_bytes((folder / MANIFEST).read_bytes())
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise IndexUnavailable(f"its manifest is unreadable: {type(exc).__name__}") from None
        if manifest.schema != SCHEMA_VERSION:
            raise IndexUnavailable(f"it was made by another version (schema {manifest.schema})")
        try:
            opened = index.open_dir(str(folder))
            with opened.searcher() as searcher:
                searcher.doc_count()
                # A first term of each: the term files open and read (not every term: ~0.1 s at
                # 100,000 quotes). Damage further in shows itself on searching, and is repaired then.
                for fieldname in ("kind", "facet"):
                    next(iter(searcher.reader().lexicon(fieldname)), None)
        except Exception as exc:  # Whoosh raises many kinds of errors for damaged files
            raise IndexUnavailable(f"{type(exc).__name__}") from None
        self.index, self.folder, self.manifest = opened, folder, manifest
        # As on disk; a manifest written before it kept the spellings' terms gets them on closing.
        self._manifest_dirty = bool(manifest.directory.spellings) and not manifest.name_terms
        self._manifest_written = time.monotonic()
        self.generation += 1
        self.names_generation = self.generation

    # -- building ------------------------------------------------------------------------
    def rebuild(self, reason: str) -> list[str]:
        """Build a fresh index aside and swap it in."""
        from whoosh import index

        from dossier.workspace import load_workspace

        started = time.perf_counter()
        self.progress(f"{reason}: reading the workspace", 0.0)
        stats = scan(self.root)
        workspace = load_workspace(self.root, progress=lambda done, total: self.counts("reading files", done, total))
        folder = self.cache_dir / f"ix-{time.strftime('%Y%m%dt%H%M%S')}-{os.getpid()}-{time.monotonic_ns() % 10**6}"
        try:
            self.cache_dir.mkdir(parents=True, exist_ok=True)
            folder.mkdir()
        except OSError as exc:
            return self._rebuild_in_memory(reason, workspace, exc, started)
        try:
            created = index.create_in(str(folder), build_schema())
            directory = Directory()
            for table in (workspace.actors, workspace.events, workspace.sources):
                for record in table.values():
                    directory.add(record)
            vocabulary = Vocabulary()
            records = [
                (record, workspace.origins[record.id].path)
                for table in (workspace.actors, workspace.events, workspace.sources, workspace.quotes)
                for record in table.values()
            ]
            count = self._write(
                created, documents_of(records, directory, workspace.source_text), vocabulary, len(records)
            )
            manifest = Manifest(workspace=str(self.root.resolve()), directory=directory, vocabulary=vocabulary)
            manifest.files = self._file_entries(stats, workspace.file_hashes)
            from dossier.atomic import write_atomic

            with self._swap_lock():  # a manifest is only ever seen together with its `current`
                write_atomic(folder / MANIFEST, manifest.to_bytes())
                write_atomic(self.cache_dir / CURRENT, folder.name.encode("utf-8"))
        except BaseException as exc:
            shutil.rmtree(folder, ignore_errors=True)
            if isinstance(exc, OSError) or type(exc).__name__ == "WriteError":  # a full or read-only cache
                return self._rebuild_in_memory(reason, workspace, exc, started)
            raise
        previous = self.folder
        self.index, self.folder, self.manifest = created, folder, manifest
        self._manifest_dirty, self._manifest_written = False, time.monotonic()  # as on disk
        self.generation += 1
        self.names_generation = self.generation
        with contextlib.suppress(OSError), self._swap_lock():  # tidying up is never worth a failure
            self._remove_old_folders(keep=folder, previous=previous)
        seconds = time.perf_counter() - started
        self.progress("search index ready", 1.0)
        message = f"{reason}: {count:,} records in {seconds:.1f} s"
        if workspace.problems:
            message += f" ({len(workspace.problems)} problems in the workspace left out; see `dossier check`)"
        return [message]

    def _rebuild_in_memory(self, reason: str, workspace: Any, error: BaseException, started: float) -> list[str]:
        """The cache cannot be written (read-only, full, not a folder): index in memory for this run."""
        from whoosh.filedb.filestore import RamStorage

        created = RamStorage().create_index(build_schema())
        directory = Directory()
        for table in (workspace.actors, workspace.events, workspace.sources):
            for record in table.values():
                directory.add(record)
        vocabulary = Vocabulary()
        records = [
            (record, workspace.origins[record.id].path)
            for table in (workspace.actors, workspace.events, workspace.sources, workspace.quotes)
            for record in table.values()
        ]
        count = self._write(
            created, documents_of(records, directory, workspace.source_text), vocabulary, len(records), parallel=False
        )
        manifest = Manifest(workspace=str(self.root.resolve()), directory=directory, vocabulary=vocabulary)
        manifest.files = self._file_entries(scan(self.root), workspace.file_hashes)
        self.index, self.folder, self.manifest = created, None, manifest
        self._manifest_dirty, self._manifest_written = False, time.monotonic()  # as on disk
        self.generation += 1
        self.names_generation = self.generation
        why = getattr(error, "strerror", None) or str(error)
        return [
            f"{reason} in memory only, since the cache folder {self.cache_dir} cannot be written ({why}); "
            f"set DOSSIER_CACHE_DIR to a writable folder: {count:,} records in {time.perf_counter() - started:.1f} s"
        ]

    def _write(
        self, target: Any, documents: Iterable[Document], vocabulary: Vocabulary, expected: int, parallel: bool = True
    ) -> int:
        # Whoosh indexes in pure Python: on a big build, a second process nearly halves the time.
        # Each process writes its own segment; searching two segments costs next to nothing.
        procs = min(2, os.cpu_count() or 1) if expected >= PARALLEL_FROM and parallel else 1
        # Segments stay as separate files: Whoosh reads a compound segment through an mmap copied
        # into memory (BytesIO) file by file, which held the whole index in the heap (~100 MB at
        # 100,000 quotes); separate files are read in place.
        options = {"compound": False}
        if procs > 1:
            writer = target.writer(limitmb=128, procs=procs, multisegment=True, **options)
        else:
            writer = target.writer(limitmb=256, **options)
        count = 0
        try:
            for document in documents:
                writer.add_document(**document)
                vocabulary.add(_words(document))
                count += 1
                if count % 500 == 0:
                    self.counts("indexing records", count, expected)
                if count % 2000 == 0:
                    self.progress(f"indexed {count:,} of {expected:,} records", 0.05 + 0.85 * count / max(expected, 1))
            self.counts("indexing records", count, expected)
            self.progress("writing the search index", 0.9)
            self.counts("writing the search index", 0, 0)
            writer.commit()
        except BaseException:
            writer.cancel()
            raise
        return count

    def _file_entries(self, stats: dict[str, tuple[int, int]], hashes: dict[str, str]) -> dict[str, list[Any]]:
        entries: dict[str, list[Any]] = {}
        for relative, (size, mtime) in stats.items():
            digest = hashes.get(relative) or _sha256(self.root / relative)
            if digest is not None:
                entries[relative] = [size, mtime, digest]
        return entries

    @contextlib.contextmanager
    def _swap_lock(self) -> Iterator[None]:
        """Serialise swapping an index in and cleaning up, between processes (an OS lock: a dead
        holder frees it). Without it, one builder could delete another's finished index between
        that one writing its manifest and naming it `current`."""
        try:
            import fcntl
        except ImportError:  # not POSIX: builders at once are rare enough there
            yield
            return
        with open(self.cache_dir / "swap.lock", "a+b") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def _remove_old_folders(self, keep: Path, previous: Path | None) -> None:
        """Remove the index this one replaces, and builds left behind by interrupted runs.

        Run under `_swap_lock`. Another process may have swapped in its own index meanwhile (two
        `dossier index` at once, or the browser and the CLI): the folder `current` names now stays.
        """
        try:
            live = (self.cache_dir / CURRENT).read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError):
            live = ""
        for folder in self.cache_dir.glob("ix-*"):
            if folder == keep or folder.name == live:
                continue
            try:
                abandoned = time.time() - folder.stat().st_mtime > 3600
            except OSError:
                continue
            if folder == previous or (folder / MANIFEST).is_file() or abandoned:
                shutil.rmtree(folder, ignore_errors=True)

    # -- updating ------------------------------------------------------------------------
    def changed_files(self, only: Iterable[str] | None = None) -> tuple[dict[str, tuple[int, int]], set[str], set[str]]:
        """(current stats, YAML files to re-read, YAML files gone) compared with the manifest.

        With `only` (paths relative to the workspace), just those files are looked at: the
        caller knows what changed (it saved them, or a file watcher said so).
        """
        known = self.manifest.files
        if only is None:
            stats = scan(self.root)
            looked_at: Iterable[str] = stats
        else:
            stats = {relative: (entry[0], entry[1]) for relative, entry in known.items()}
            looked_at = _with_texts(only)
            for relative in looked_at:
                stats.pop(relative, None)
                found = _stat(self.root, relative)
                if found is not None:
                    stats[relative] = found
        changed: set[str] = set()
        for relative in looked_at:
            if relative not in stats:
                continue
            size, mtime = stats[relative]
            entry = known.get(relative)
            if entry is not None and entry[0] == size and entry[1] == mtime:
                continue
            digest = _sha256(self.root / relative)
            if entry is not None and digest == entry[2]:
                entry[1] = mtime  # touched, not changed
                continue
            changed.add(relative)
        gone = {relative for relative in known if relative not in stats}
        # A changed source text changes its source's document.
        for relative in list(changed | gone):
            if relative.endswith(".txt"):
                changed.discard(relative)
                gone.discard(relative)
                stem = relative[: -len(".txt")]
                for suffix in (".yaml", ".yml"):
                    if stem + suffix in stats:
                        changed.add(stem + suffix)
        return stats, changed, {relative for relative in gone if not relative.endswith(".txt")}

    def outdated(self, relatives: Iterable[str]) -> bool:
        """Whether any of these files changed or went since the index read them: a few stat calls."""
        for relative in relatives:
            entry = self.manifest.files.get(relative)
            try:
                info = os.stat(self.root / relative)
            except OSError:
                return True
            if entry is None or entry[0] != info.st_size or entry[1] != max(info.st_mtime_ns, info.st_ctime_ns):
                return True
        return False

    def update(self, only: Iterable[str] | None = None) -> list[str]:
        """Re-read the files that changed on disk (of `only`, when given); rebuild when most of them did."""
        from whoosh.index import LockError

        if self.index is None:
            return self.rebuild("building the search index")
        messages: list[str] = []
        if self._swapped_elsewhere():
            # Another dossier rebuilt the index (dossier index --rebuild): follow it.
            try:
                self._open_current()
                messages.append("the search index was rebuilt by another dossier; reopened it")
            except (FileNotFoundError, IndexUnavailable):
                return self.rebuild("the search index vanished; rebuilt it")
        stats, changed, gone = self.changed_files(only)
        if not changed and not gone:
            return messages
        if len(changed) + len(gone) > max(REBUILD_ABOVE, REBUILD_SHARE * len(stats)):
            return messages + self.rebuild(f"{len(changed) + len(gone):,} files changed; rebuilt the search index")
        started = time.perf_counter()
        try:
            writer = self.index.writer(timeout=LOCK_WAIT, delay=0.05, compound=False)
        except LockError:
            return [
                *messages,
                "the search index is being updated by another dossier; results may be a little out of date",
            ]
        try:
            count, problems = self._apply(writer, stats, changed, gone)
            writer.commit()
        except BaseException:
            writer.cancel()
            raise
        # The manifest (every file's stats, the names, the vocabulary: ~100 ms to write at 100,000
        # quotes) is written at most every few seconds and on closing, not on every keystroke-sized edit.
        self._manifest_dirty = True
        if time.monotonic() - self._manifest_written >= MANIFEST_EVERY:
            self.save_manifest()
        self.generation += 1
        if self._names_changed:
            self.names_generation = self.generation
        files = len(changed) + len(gone)
        message = (
            f"updated the search index: {files} changed file{'s' if files != 1 else ''}, "
            f"{count:,} records in {time.perf_counter() - started:.2f} s"
        )
        if problems:
            message += f"; {problems} could not be read and keep their previous entries (see `dossier check`)"
        return [*messages, message]

    def _swapped_elsewhere(self) -> bool:
        try:
            name = (self.cache_dir / CURRENT).read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError):
            return True
        return self.folder is None or name != self.folder.name

    def _apply(
        self, writer: Any, stats: dict[str, tuple[int, int]], changed: set[str], gone: set[str]
    ) -> tuple[int, int]:
        directory = self.manifest.directory
        workspace = _load_files(self.root, changed)
        by_file = _records_by_file(workspace)
        unreadable = {problem.path for problem in workspace.problems} - set(by_file)
        # Files that failed to read at all keep their old documents until they are fixed.
        changed = changed - unreadable
        # Facts other documents copy: which of them changed?
        touched: set[str] = set()
        self._names_changed = False
        for relative in changed | gone:
            folder, name = relative.split("/", 1)
            if folder != "quotes":
                record_id = name.rsplit(".", 1)[0]
                before = directory.facts(record_id)
                names_before = (directory.spellings.get(record_id), directory.titles.get(record_id))
                directory.remove(record_id)
                for record in by_file.get(relative, []):
                    directory.add(record)
                if directory.facts(record_id) != before:
                    touched.add(record_id)
                if (directory.spellings.get(record_id), directory.titles.get(record_id)) != names_before:
                    self._names_changed = True
        dependents = self._files_citing(touched) - changed - gone
        if dependents:
            extra = _load_files(self.root, dependents)
            for relative, records in _records_by_file(extra).items():
                by_file[relative] = records
            workspace.sources.update(extra.sources)
        count = 0
        for relative in sorted(changed | gone | dependents):
            writer.delete_by_term("file", relative)
            records = [(record, relative) for record in by_file.get(relative, [])]
            for document in documents_of(records, directory, self._source_text):
                writer.add_document(**document)
                self.manifest.vocabulary.add(_words(document))
                count += 1
        for relative in changed:
            size, mtime = stats[relative]
            digest = workspace.file_hashes.get(relative) or _sha256(self.root / relative)
            self.manifest.files[relative] = [size, mtime, digest]
            text = relative.rsplit(".", 1)[0] + ".txt"
            if relative.startswith("sources/") and text in stats:
                self.manifest.files[text] = [*stats[text], _sha256(self.root / text)]
        for relative in gone:
            self.manifest.files.pop(relative, None)
        for relative in list(self.manifest.files):
            if relative.endswith(".txt") and relative not in stats:
                self.manifest.files.pop(relative)
        return count, len(unreadable)

    def _source_text(self, source_id: str) -> str | None:
        from dossier.workspace import Workspace

        # The workspace's reader: it refuses a text that links to a file outside the workspace.
        return Workspace(root=self.root).source_text(source_id)

    def _files_citing(self, record_ids: set[str]) -> set[str]:
        if not record_ids:
            return set()
        files: set[str] = set()
        with self.index.searcher() as searcher:
            for record_id in record_ids:
                for docnum in searcher.document_numbers(facet=f"ref:{record_id}"):
                    files.add(searcher.stored_fields(docnum)["file"])
        return files

    def save_manifest(self) -> None:
        """Write the manifest if updates changed it. Unwritten (a crash), the next run sees those
        files as changed again and re-reads them: slower, not wrong."""
        from dossier.atomic import WriteError, write_atomic

        if not self._manifest_dirty:
            return
        self._manifest_dirty = False
        self._manifest_written = time.monotonic()
        if self.folder is None:  # an index in memory, for a cache that cannot be written
            return
        with contextlib.suppress(OSError, WriteError):
            write_atomic(self.folder / MANIFEST, self.manifest.to_bytes())

    def close(self) -> None:
        if self.index is not None:
            self.save_manifest()
            self.index.close()
            self.index = None
