"""Load a workspace folder into validated records, and save records back atomically.

A workspace holds `sources/` (`<id>.yaml` beside `<id>.txt`), `actors/<id>.yaml`,
`events/<id>.yaml` and `quotes/<source-id>.yaml` (a list of quotes). Loading never stops
at a bad file: each problem is recorded as `path:line:column: message` and the rest loads.
Cross-file checks (dangling ids, anchoring) are in `checks.py`.

A warm load reads every file and hashes its bytes; what those bytes gave before comes from
the parse cache (`cache.py`), and files that validated before are rebuilt without validating
again (quotes from rows, `quote_rows.py`; sources, actors and events from their reading,
`record_rows.py`; `load_workspace(validate=True)` validates all).
Those quotes are kept as heads and built when asked for (`quote_store.py`).
"""

from __future__ import annotations

import contextlib
import difflib
import errno
import gc
import os
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, MutableMapping
from dataclasses import dataclass, field
from itertools import repeat
from pathlib import Path, PurePosixPath
from typing import Any, Literal, NamedTuple, TypeVar

from pydantic import BaseModel, ValidationError

from dossier import quote_rows, record_rows
from dossier.atomic import sha256_bytes, write_atomic
from dossier.cache import ParsedCache
from dossier.model import DEVICE_NAMES, ID_RE, Actor, Event, Quote, Record, Source, Stance, Status
from dossier.quote_store import QuoteHead, QuoteStore, quote_heads
from dossier.sanitize import one_line
from dossier.yamlio import Document, YamlError, decode_yaml_bytes, dump_yaml, parse_yaml, read_yaml_bytes

FOLDERS = ("sources", "actors", "events", "quotes")
YAML_SUFFIXES = (".yaml", ".yml")
SCHEMA_FILES = {"sources": "source", "actors": "actor", "events": "event", "quotes": "quotes"}

R = TypeVar("R", bound=Record)


@dataclass(frozen=True)
class Problem:
    """Something wrong in a workspace, located for the analyst (1-based line and column)."""

    path: str
    line: int
    column: int
    message: str
    severity: Literal["error", "warning"] = "error"

    def __str__(self) -> str:
        # File names are untrusted too (a name can hold escapes or bytes that are not UTF-8).
        return f"{one_line(self.path)}:{self.line}:{self.column}: {one_line(self.message)}"


class Origin(NamedTuple):
    """Where a record was read from: its file (relative to the workspace) and position.

    A named tuple, so a warm load makes 100,000 of them with no Python code run per quote.
    """

    path: str
    line: int
    column: int
    index: int | None = None  # type: ignore[assignment]  # position in a quotes file's list (shadows tuple.index)


@dataclass
class Workspace:
    """Every valid record of a workspace, where each came from, and what failed to load."""

    root: Path
    sources: dict[str, Source] = field(default_factory=dict)
    actors: dict[str, Actor] = field(default_factory=dict)
    events: dict[str, Event] = field(default_factory=dict)
    # A `QuoteStore` once loaded: quotes from trusted cached rows are built when read.
    quotes: MutableMapping[str, Quote] = field(default_factory=QuoteStore)
    origins: dict[str, Origin] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    file_hashes: dict[str, str] = field(default_factory=dict)
    # Ids whose file exists but did not load: references to them are not reported as dangling.
    unloaded: set[str] = field(default_factory=set)
    parsed_cache: ParsedCache | None = field(default=None, repr=False)
    _texts: dict[str, str | None] = field(default_factory=dict, repr=False)
    # While loading: one copy of each repeated value (see `_share_repeated`).
    _shared: dict[Any, Any] = field(default_factory=dict, repr=False)
    # Validate quotes whose file validated before all the same (see `load_workspace`).
    _validate_all: bool = field(default=False, repr=False)

    # -- lookups -------------------------------------------------------------------------
    def record(self, record_id: str) -> Source | Actor | Event | Quote | None:
        return (
            self.actors.get(record_id)
            or self.events.get(record_id)
            or self.sources.get(record_id)
            or self.quotes.get(record_id)
        )

    def quotes_about(self, record_id: str) -> list[Quote]:
        """Quotes that support claims about an actor or event, in source order."""
        found = sorted(
            (head for head in quote_heads(self.quotes) if record_id in head.about),
            key=lambda head: (head.source, head.start, head.id),
        )
        return [self.quotes[head.id] for head in found]

    def quotes_of_source(self, source_id: str) -> list[Quote]:
        found = sorted(
            (head for head in quote_heads(self.quotes) if head.source == source_id),
            key=lambda head: (head.start, head.id),
        )
        return [self.quotes[head.id] for head in found]

    def events_of_actor(self, actor_id: str) -> list[Event]:
        """Events the actor takes part in, or takes place at."""
        return [
            event
            for event in self.events.values()
            if event.place == actor_id or any(part.actor == actor_id for part in event.participants)
        ]

    def display_name(self, record_id: str) -> str:
        record = self.record(record_id)
        if isinstance(record, Actor):
            return record.name
        if isinstance(record, (Event, Source)):
            return record.title
        return record_id

    def source_text_path(self, source_id: str) -> Path:
        return self.path_for("sources", source_id, suffix=".txt")

    def source_bytes(self, source_id: str) -> bytes:
        """The bytes of a source's text. Raises OSError; a link to a file outside is not followed."""
        path = self.source_text_path(source_id)
        if not _inside(path.resolve(), self.root.resolve()):
            raise OSError(errno.EACCES, "it links to a file outside the workspace; not read")
        return path.read_bytes()

    def source_text(self, source_id: str) -> str | None:
        """The source's text exactly as stored, or None when it is missing or not UTF-8."""
        if source_id not in self._texts:
            try:
                raw = self.source_bytes(source_id)
                self._texts[source_id] = raw.decode("utf-8")
            except (OSError, UnicodeDecodeError, ValueError):
                self._texts[source_id] = None
        return self._texts[source_id]

    def path_for(self, folder: str, record_id: str, suffix: str = ".yaml") -> Path:
        """The file of a record. Ids are checked, so no id can name a path outside the workspace."""
        if folder not in FOLDERS:
            raise ValueError(f"unknown folder {folder!r}")
        if not ID_RE.fullmatch(record_id) or len(record_id) > 80:
            raise ValueError(f"{record_id!r} is not a valid id (lowercase letters, digits and single hyphens)")
        if record_id in DEVICE_NAMES:
            raise ValueError(f"'{record_id}' cannot be an id: it names a device on Windows, so no file can have it")
        if not _inside((self.root / folder).resolve(), self.root.resolve()):
            # A linked folder would make a save write outside the workspace.
            raise ValueError(f"{folder}/ links to a folder outside the workspace; not used")
        return self.root / folder / f"{record_id}{suffix}"

    # -- saving --------------------------------------------------------------------------
    def save(
        self, folder: str, record_id: str, data: Any, *, create_only: bool = False, sync_folder: bool = True
    ) -> Path:
        """Write a record (or a quotes list) as YAML, atomically.

        An existing file is replaced only if it still holds what was loaded; an edit made
        on disk since then is never overwritten. `sync_folder` as in `atomic.write_atomic`.
        """
        path = self.path_for(folder, record_id)
        relative = self.relative(path)
        header = schema_modeline(self.root, folder)
        text = (header + "\n" if header else "") + dump_yaml(_plain(data))
        write_atomic(
            path,
            text.encode("utf-8"),
            expected_sha256=None if create_only else self.file_hashes.get(relative),
            create_only=create_only,
            sync_folder=sync_folder,
        )
        self.file_hashes[relative] = sha256_bytes(text.encode("utf-8"))
        return path

    def relative(self, path: Path) -> str:
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            return path.as_posix()


# Written even when equal to their defaults, so a file always says what it is.
_ALWAYS_WRITTEN = {"id", "name", "kind", "title", "source", "exact", "start", "end", "sha256", "status"}


def _plain(data: Any) -> Any:
    """Records as plain data in field order, leaving out empty optional fields, for tidy YAML."""
    if isinstance(data, BaseModel):
        full = data.model_dump(mode="json")
        trimmed = data.model_dump(mode="json", exclude_defaults=True, exclude_none=True)
        return {
            key: value
            for key, value in full.items()
            if key in trimmed or (key in _ALWAYS_WRITTEN and value is not None)
        }
    if isinstance(data, list):
        return [_plain(item) for item in data]
    return data


def schema_modeline(root: Path, folder: str) -> str:
    """A `yaml-language-server` comment pointing editors at the JSON Schema, when one is near."""
    for candidate in (root, *root.resolve().parents[:3]):
        schema = candidate / "schemas" / f"{SCHEMA_FILES[folder]}.schema.json"
        if schema.is_file():
            relative = os.path.relpath(schema, (root / folder).resolve())
            return f"# yaml-language-server: $schema={Path(relative).as_posix()}"
    return ""


# -- loading -------------------------------------------------------------------------------


def load_workspace(
    root: Path | str,
    *,
    use_cache: bool = True,
    validate: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> Workspace:
    """Read every YAML file of a workspace. Bad files become problems; the rest loads.

    With `use_cache`, files whose exact bytes were parsed before skip the YAML parser, and
    quotes files whose exact bytes validated before are rebuilt without validating again
    (`dossier.quote_rows`); `validate=True` validates every record all the same, as
    `dossier check` does. `progress(files done, files in all)` is called as the files are
    read, for a progress bar.
    """
    workspace = Workspace(root=Path(root), parsed_cache=ParsedCache() if use_cache else None)
    workspace._validate_all = validate
    if not workspace.root.is_dir():
        workspace.problems.append(Problem(str(root), 1, 1, "no such workspace folder"))
        return workspace
    resolved_root = workspace.root.resolve()
    files: list[tuple[str, Path, str, bool]] = []
    for folder in FOLDERS:
        directory = workspace.root / folder
        if not directory.is_dir():
            continue
        folder_inside = _inside(directory.resolve(), resolved_root)
        # Names sorted as text: the order of sorted paths in one folder, without building them to compare.
        with os.scandir(directory) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
        for entry in entries:
            name = entry.name
            if name.startswith(".") or os.path.splitext(name)[1] not in YAML_SUFFIXES:
                continue
            path = directory / name
            relative = f"{folder}/{name}"
            # The file, or its folder, may be a link out of the workspace (resolving costs syscalls: only when needed).
            if (not folder_inside or entry.is_symlink()) and not _inside(path.resolve(), resolved_root):
                workspace.problems.append(Problem(relative, 1, 1, "links to a file outside the workspace; not read"))
                continue
            try:
                regular = entry.is_file()  # from the folder listing: no system call unless it is a link
            except OSError:
                regular = False
            files.append((folder, path, relative, regular))
    try:
        with _collection_paused():
            _load_groups(workspace, files, progress)
    finally:
        if workspace.parsed_cache is not None:
            workspace.parsed_cache.close()
    workspace._shared = {}
    return workspace


# Files read, hashed and looked up in the parse cache together (see load_workspace).
_GROUP = 256


def _load_groups(
    workspace: Workspace, files: list[tuple[str, Path, str, bool]], progress: Callable[[int, int], None] | None
) -> None:
    """Load the listed files in groups: a group's bytes are read and hashed, their cached readings
    fetched in one query, then each file is loaded; only one group's bytes are held at a time."""
    for start in range(0, len(files), _GROUP):
        chunk = files[start : start + _GROUP]
        group = []
        for folder, path, relative, regular in chunk:
            raw = _read(workspace, folder, path, relative, regular=True) if regular else None
            if raw is not None:
                group.append((folder, path, relative, raw, sha256_bytes(raw)))
        if workspace.parsed_cache is not None:
            workspace.parsed_cache.prefetch([digest for *_, digest in group])
        for folder, path, relative, raw, digest in group:
            _load_file(workspace, folder, path, relative, raw, digest)
        if progress is not None:
            progress(start + len(chunk), len(files))


@contextlib.contextmanager
def _collection_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a load makes its records.

    A load makes a few hundred thousand objects that live on; each full collection triggered
    meanwhile walks all made so far (~0.4 s of a 2 s load at 100,000 quotes) and frees nothing:
    records form no reference cycles. What was enabled is enabled again afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _read(workspace: Workspace, folder: str, path: Path, relative: str, *, regular: bool = False) -> bytes | None:
    """A file's bytes, or None when it is not a regular file or cannot be read (a problem is recorded).

    `regular`: the caller knows it is a regular file (from its folder listing).
    """
    if not regular and not path.is_file():
        return None
    try:
        return read_yaml_bytes(path)
    except OSError as exc:
        workspace.problems.append(Problem(relative, 1, 1, f"cannot read the file: {exc.strerror}"))
    except YamlError as exc:
        workspace.problems.append(Problem(relative, exc.line, exc.column, exc.message))
        workspace.unloaded.add(path.stem)
    return None


def _inside(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def _load_file(
    workspace: Workspace,
    folder: str,
    path: Path,
    relative: str,
    raw: bytes | None = None,
    digest: str | None = None,
) -> None:
    if raw is None:
        raw = _read(workspace, folder, path, relative)
        if raw is None:
            return
    if digest is None:
        digest = sha256_bytes(raw)
    workspace.file_hashes[relative] = digest
    stem = path.stem
    workspace.unloaded.add(stem)
    cache = workspace.parsed_cache
    if cache is not None:
        found, cached = cache.get(digest)
        cached_document: Document | None = None
        trusted = False  # rows this model wrote for this file: nothing to write back
        if found and folder == "quotes" and quote_rows.is_entry(cached):
            entry = quote_rows.read_entry(cached, stem)
            if entry is not None:
                trusted = entry.trusted
                if trusted and not workspace._validate_all:
                    if _register_rows(workspace, relative, stem, entry):
                        return
                    trusted = False  # heads that do not fit the rows: the entry is written again
                # Written by another model, or asked to validate: the rows are the file's items, validated in full.
                rows = entry.rows()
                if rows is not None:
                    items, positions = quote_rows.items_of(rows)
                    cached_document = Document(data=items, positions=positions)
        elif found and folder != "quotes" and record_rows.is_entry(cached):
            reading = record_rows.read_entry(cached, stem, quote_rows.model_fingerprint())
            if reading is not None:
                cached_document, trusted = reading
        elif found:
            cached_document = _from_cache(cached)
        if cached_document is not None:
            problems_before = len(workspace.problems)
            registered, entry = _load_document(
                workspace,
                folder,
                path,
                relative,
                cached_document,
                keep_rows=not trusted,
                trusted=trusted and not workspace._validate_all,
            )
            if len(workspace.problems) == problems_before:
                if entry is not None:
                    cache.put(digest, entry)  # as rows, validated by this model
                return
            # A cached reading knows only a few positions: read the file again for exact ones.
            del workspace.problems[problems_before:]
            for record_id in registered:
                del getattr(workspace, folder)[record_id]
                del workspace.origins[record_id]
    try:
        document = parse_yaml(decode_yaml_bytes(raw))
    except YamlError as exc:
        workspace.problems.append(Problem(relative, exc.line, exc.column, exc.message))
        return
    _, entry = _load_document(workspace, folder, path, relative, document, keep_rows=cache is not None)
    if cache is not None:
        cache.put(digest, entry if entry is not None else _to_cache(document))


_STATUSES = {member.value: member for member in Status}
_STANCES = {member.value: member for member in Stance}


def _register_rows(workspace: Workspace, relative: str, stem: str, entry: quote_rows.CachedRows) -> bool:
    """Register the quotes of a file that validated before: their heads, each built when read.

    False (nothing registered) when the heads are damaged. A column at a time: this runs for
    every quote of a warm load.
    """
    columns = entry.heads()
    if columns is None:
        return False
    ids, starts, statuses, stances, abouts, attributed, credibilities, lines, marks = columns
    store, origins = workspace.quotes, workspace.origins
    if not isinstance(store, QuoteStore) or not origins.keys().isdisjoint(ids) or len(set(ids)) != len(ids):
        # A duplicate id (reported as the files show it), or quotes kept in a plain dict.
        for index in range(len(ids)):
            origin = Origin(relative, lines[index], marks[index], index)
            _register(workspace, "quotes", quote_rows.build_packed(entry.packed, index), origin)
        return True
    one = workspace._shared.setdefault
    for about in abouts:
        about[:] = map(one, about, about)
    count = len(ids)
    fields = zip(
        ids,
        repeat(one(stem, stem), count),
        map(one, starts, starts),
        map(_STATUSES.__getitem__, statuses),
        map(_STANCES.__getitem__, stances),
        abouts,
        map(one, attributed, attributed),
        credibilities,
        repeat(entry.packed, count),
        range(count),
        strict=True,
    )
    # Named tuples made straight from the zipped fields (`QuoteHead(...)` would run Python code for each).
    store.add_heads(zip(ids, map(_new_tuple, repeat(QuoteHead, count), fields), strict=True))
    places = zip(repeat(relative, count), lines, marks, range(count), strict=True)
    origins.update(zip(ids, map(_new_tuple, repeat(Origin, count), places), strict=True))
    return True


_new_tuple = tuple.__new__


# The positions a cached reading keeps: those that origins of valid records point at.
_CACHED_KEYS = ("id", "source")


def _to_cache(document: Document) -> dict[str, Any]:
    marks = [
        [*path, *mark]
        for path, mark in document.positions.items()
        if len(path) <= 1 or (len(path) <= 2 and path[-1] in _CACHED_KEYS)
    ]
    return {"data": document.data, "marks": marks}


def _from_cache(entry: Any) -> Document | None:
    """A cached reading, or None when the entry is not one (damaged, or written by another version)."""
    try:
        positions = {tuple(mark[:-2]): (int(mark[-2]), int(mark[-1])) for mark in entry["marks"]}
        return Document(data=entry["data"], positions=positions)
    except (KeyError, IndexError, TypeError, ValueError):
        return None


# Fields whose values recur across many records: the ids a quote cites (its source, the actors
# and events it is about, who said it), an event's place and participants, relation targets,
# tags, and the offsets of quotes.
_REPEATED_FIELDS = frozenset(
    {
        "source", "about", "attributed_to", "start", "end", "place", "participants", "actor", "role",
        "relations", "type", "target", "kind", "tags", "publisher", "author", "language", "found_by",
    }
)  # fmt: skip


def _share_repeated(data: Any, shared: dict[Any, Any]) -> None:
    """Make equal values of repeated fields one object, before the models take them over.

    Every file is parsed on its own, so each of 100,000 quotes would otherwise keep its own
    copy of the same source id, actor ids and offsets (~300 bytes a quote). Pydantic keeps
    the very objects it is given, so sharing them here is enough.
    """
    if not isinstance(data, dict):
        return
    for key in _REPEATED_FIELDS.intersection(data):  # a set operation in C, not a loop over every key
        value = data[key]
        if isinstance(value, (str, int)) and not isinstance(value, bool):
            data[key] = shared.setdefault(value, value)
        elif isinstance(value, list):
            for position, item in enumerate(value):
                if isinstance(item, str):
                    value[position] = shared.setdefault(item, item)
                else:
                    _share_repeated(item, shared)


def _load_document(
    workspace: Workspace,
    folder: str,
    path: Path,
    relative: str,
    document: Document,
    *,
    keep_rows: bool = True,
    trusted: bool = False,
) -> tuple[list[str], Any]:
    """Validate and register the records of one file.

    Returns the ids it registered, and with `keep_rows`, for a file that validated whole, its
    cache entry: rows (quotes) or a trusted reading (a source, actor or event). `trusted`: the
    reading of a source, actor or event that validated before under this model (`record_rows`).
    """
    if folder == "quotes":
        return _load_quotes(workspace, path, relative, document, keep_rows=keep_rows)
    return _load_record(workspace, folder, path, relative, document, keep_rows=keep_rows, trusted=trusted)


_MODELS: dict[str, type[Source | Actor | Event]] = {"sources": Source, "actors": Actor, "events": Event}


def _load_record(
    workspace: Workspace,
    folder: str,
    path: Path,
    relative: str,
    document: Document,
    *,
    keep_rows: bool = False,
    trusted: bool = False,
) -> tuple[list[str], Any]:
    model = _MODELS[folder]
    data = document.data
    if not isinstance(data, dict):
        workspace.problems.append(
            Problem(
                relative,
                *document.position(()),
                f"expected a mapping of fields (id: ..., ...), found {_kind_of(data)}",
            )
        )
        return [], None
    entry = None
    record: Source | Actor | Event | None = None
    if trusted:
        try:
            record = record_rows.build(model, data, workspace._shared)
        except (KeyError, TypeError, ValueError, AttributeError):
            record = None  # not the reading of such a record after all: validated below
    if record is None:
        _share_repeated(data, workspace._shared)
        validated = _validate(workspace, model, data, document, (), relative)
        if validated is None:
            return [], None
        record = quote_rows.compact(validated)
        fingerprint = quote_rows.model_fingerprint() if keep_rows else None
        if fingerprint is not None and record.id == path.stem:
            entry = record_rows.entry_for(model, path.stem, document.position(("id",)), data, validated, fingerprint)
    line, column = document.position(("id",))
    if record.id != path.stem:
        workspace.problems.append(
            Problem(
                relative,
                line,
                column,
                f"id '{record.id}' does not match the file name '{path.name}'; rename one of them",
            )
        )
        return [], None
    if not _register(workspace, folder, record, Origin(relative, line, column)):
        return [], entry
    workspace.unloaded.discard(path.stem)
    return [record.id], entry


def _load_quotes(
    workspace: Workspace, path: Path, relative: str, document: Document, *, keep_rows: bool = True
) -> tuple[list[str], Any]:
    data = document.data
    source_id = path.stem  # once per file: Path.stem costs more than validating a short quote's source
    if data is None:
        return [], quote_rows.entry_for(source_id, [], [], []) if keep_rows else None
    if not isinstance(data, list):
        workspace.problems.append(
            Problem(relative, *document.position(()), f"expected a list of quotes (- id: ...), found {_kind_of(data)}")
        )
        return [], None
    registered: list[str] = []
    # What the file's cache entry as rows needs; none is made once an item has a problem.
    valid: list[Quote] | None = [] if keep_rows else None
    marks: list[tuple[int, int]] = []
    for index, item in enumerate(data):
        if not isinstance(item, dict):
            workspace.problems.append(
                Problem(
                    relative,
                    *document.position((index,)),
                    f"[{index}]: expected a quote (id: ..., exact: ...), found {_kind_of(item)}",
                )
            )
            valid = None
            continue
        _share_repeated(item, workspace._shared)
        validated = _validate(workspace, Quote, item, document, (index,), relative)
        if validated is None:
            valid = None
            continue
        quote = quote_rows.compact(validated)
        line, column = document.position((index, "id"))
        if valid is not None:
            valid.append(quote)
            marks.append((line, column))
        if quote.source != source_id:
            valid = None
            line, column = document.position((index, "source"))
            workspace.problems.append(
                Problem(
                    relative,
                    line,
                    column,
                    f"quote '{quote.id}' names source '{quote.source}' but lives in {path.name}; "
                    f"quotes of a source belong in quotes/{quote.source}.yaml",
                )
            )
            continue
        if _register(workspace, "quotes", quote, Origin(relative, line, column, index)):
            registered.append(quote.id)
    return registered, None if valid is None else quote_rows.entry_for(source_id, data, valid, marks)


def _register(workspace: Workspace, folder: str, record: Any, origin: Origin) -> bool:
    existing = workspace.origins.get(record.id)
    if existing is not None:
        workspace.problems.append(
            Problem(
                origin.path,
                origin.line,
                origin.column,
                f"duplicate id '{record.id}': already used at {existing.path}:{existing.line}; "
                "ids are unique across the workspace",
            )
        )
        return False
    getattr(workspace, folder)[record.id] = record
    workspace.origins[record.id] = origin
    return True


def _validate(
    workspace: Workspace,
    model: type[R],
    data: dict[str, Any],
    document: Document,
    base: tuple[str | int, ...],
    relative: str,
) -> R | None:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        for error in exc.errors(include_url=False):
            location = (*base, *error["loc"])
            is_key = error["type"] == "extra_forbidden"
            line, column = document.position(location, key=is_key)
            message = _describe(model, error, tuple(error["loc"]))
            # An unknown key is named in the message itself, so the prefix is where it sits.
            prefix = _location_text(location[:-1] if is_key else location)
            workspace.problems.append(Problem(relative, line, column, f"{prefix}: {message}" if prefix else message))
        return None


def _location_text(location: tuple[Any, ...]) -> str:
    text = ""
    for part in location:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _kind_of(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"{str(value).lower()} (a yes/no value)"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, str):
        return f"the text {one_line(value, 40)!r}"
    if isinstance(value, list):
        return "a list"
    return "a mapping"


def _describe(model: type[BaseModel], error: Any, loc: tuple[Any, ...]) -> str:
    """A pydantic error in the analyst's words, with the fix where one is obvious."""
    kind = error["type"]
    value = error.get("input")
    if kind == "extra_forbidden":
        field_name = str(loc[-1])
        allowed = _fields_at(model, loc[:-1])
        close = difflib.get_close_matches(field_name, allowed, n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else f" (allowed: {', '.join(allowed)})"
        return f"unknown field '{field_name}'{hint}"
    if kind == "missing":
        return "this required field is missing"
    if kind == "string_pattern_mismatch":
        if "a-z0-9" in str(error.get("ctx", {}).get("pattern", "")):
            return (
                f"{value!r} is not a valid id: use lowercase letters, digits and single hyphens, at most 80 characters"
            )
        return f"{one_line(str(value), 60)!r} has the wrong form (expected {error['ctx']['pattern']})"
    if kind == "string_type":
        return f"expected text, found {_kind_of(value)}; put the value in quotes"
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return f"expected a whole number, found {_kind_of(value)}"
    if kind == "list_type":
        return f"expected a list (- item), found {_kind_of(value)}"
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return f"expected a mapping (key: value), found {_kind_of(value)}"
    if kind in ("enum", "literal_error"):
        expected = error.get("ctx", {}).get("expected", "")
        return f"{one_line(str(value), 40)!r} is not allowed here; expected {expected}"
    if kind == "value_error":
        return str(error["ctx"]["error"])
    if kind == "string_too_short":
        return "must not be empty"
    if kind == "string_too_long":
        return f"too long (at most {error['ctx']['max_length']} characters)"
    if kind in ("greater_than_equal", "less_than_equal"):
        return f"{value!r} is out of range: {error['msg'].lower()}"
    return f"{error['msg']} (found {_kind_of(value)})"


def _fields_at(model: type[BaseModel], loc: tuple[Any, ...]) -> list[str]:
    """The field names allowed at a location inside `model` (following nested models)."""
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            continue
        info = current.model_fields.get(part) if hasattr(current, "model_fields") else None
        if info is None:
            break
        current = _nested_model(info.annotation) or current
    return list(current.model_fields) if hasattr(current, "model_fields") else []


def _nested_model(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        found = _nested_model(arg)
        if found is not None:
            return found
    return None


def problems_by_file(problems: list[Problem]) -> dict[str, list[Problem]]:
    grouped: dict[str, list[Problem]] = defaultdict(list)
    for problem in problems:
        grouped[problem.path].append(problem)
    return dict(grouped)


def reload_files(workspace: Workspace, relatives: Iterable[str]) -> None:
    """Read the given files again (changed, created or deleted on disk) into a loaded workspace.

    Cheaper than loading everything at 100,000 quotes: the browser's live reload and the
    desk's actions call it with the files they saw change (paths relative to the root).
    """
    for relative in relatives:
        parts = PurePosixPath(relative).parts
        if len(parts) != 2 or parts[0] not in FOLDERS:
            continue
        folder, name = parts
        path = workspace.root / folder / name
        if folder == "sources" and path.suffix == ".txt":
            workspace._texts.pop(path.stem, None)
            continue
        if name.startswith(".") or path.suffix not in YAML_SUFFIXES:
            continue
        records: dict[str, Any] = getattr(workspace, folder)
        if folder == "quotes":
            stale = [record_id for record_id, origin in workspace.origins.items() if origin.path == relative]
        else:
            origin = workspace.origins.get(path.stem)
            stale = [path.stem] if origin is not None and origin.path == relative else []
        for record_id in stale:
            records.pop(record_id, None)
            workspace.origins.pop(record_id, None)
        workspace.problems[:] = [problem for problem in workspace.problems if problem.path != relative]
        workspace.file_hashes.pop(relative, None)
        workspace.unloaded.discard(path.stem)
        if path.is_file() and not path.is_symlink():
            _load_file(workspace, folder, path, relative)
    workspace._shared = {}
