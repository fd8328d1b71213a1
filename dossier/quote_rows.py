"""Quotes files that validated once, cached as compact rows and rebuilt without validating again.

Nine in ten records of a large workspace are quotes, and validating them is most of a warm
load (~10 us a quote in pydantic, plus the Python checks of ids and spans). A quotes file whose
bytes already validated gives the same records every time, so once a file has loaded without a
problem its parse-cache entry (keyed by the SHA-256 of those bytes) holds its quotes as rows:
the values in field order, which fields the file gave, and where each quote's id stands, one
JSON line a quote, the lines compressed together (zlib: a third of the size). Beside the rows,
each quote's *head* (id, position, status, stance, the ids it is about, who said it,
credibility) is kept apart: a warm load decodes only the heads and keeps the file's rows
compressed, and the full `Quote` is built from its row when it is asked for
(`dossier/quote_store.py`).

What makes that safe:
- the key is the file's content: an edited file has a new hash and is read and validated again;
- an entry says which file name it was validated under (a quote's source must match it) and
  which model checked it: a fingerprint of the modules that define validation, so changing the
  model (or this module) makes every entry untrusted until it has been validated again;
- an entry carries a checksum of its rows: a damaged entry is ignored and the file parsed again;
- a row holds the values exactly as the YAML reader gave them (a file whose values pydantic had
  to convert, "3" for 3, is not kept as rows), so `validate=True` (what `dossier check` asks for)
  can validate the rows in full without the YAML parser and find what the file would show.

Records built from rows also take less memory: each quote's fields live in a dictionary that
shares its keys with every other quote (184 bytes instead of 464; ~28 MB at 100,000 quotes);
a quote not asked for costs only its head and its share of the compressed rows (~50 MB less
at 100,000 quotes).
`compact` gives validated records (quotes read from YAML, sources, actors, events) the same.
"""

from __future__ import annotations

import base64
import binascii
import functools
import hashlib
import json
import zlib
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any, TypeVar

from dossier.model import Quote, Record, Stance, Status, shared_field_names

R = TypeVar("R", bound=Record)

# The fields of a quote in the order rows hold them.
FIELDS: tuple[str, ...] = tuple(Quote.model_fields)
_STANCES = {member.value: member for member in Stance}
_STATUSES = {member.value: member for member in Status}
(_SOURCE, _START, _END, _ATTRIBUTED_TO, _ABOUT, _STANCE, _STATUS, _FOUND_BY) = (
    FIELDS.index(name) for name in ("source", "start", "end", "attributed_to", "about", "stance", "status", "found_by")
)
# A row: line and column of the quote's id, a bit mask of the fields the file gave, the values.
_HEAD = 3
ROW_LENGTH = _HEAD + len(FIELDS)
# A head: what a scan of every quote reads, then where the quote's id stands (line, column).
HEAD_FIELDS: tuple[str, ...] = ("id", "start", "status", "stance", "about", "attributed_to", "credibility")
_HEAD_VALUES = tuple(_HEAD + FIELDS.index(name) for name in HEAD_FIELDS)
HEAD_LENGTH = len(HEAD_FIELDS) + 2
# Bumped when the layout of an entry changes (the fingerprint covers this file's text as well).
ROWS_FORMAT = 2


@functools.cache
def model_fingerprint() -> str | None:
    """A digest of what decides whether a record is valid: the model, its date rules, this module
    and `record_rows` (how sources, actors and events are rebuilt).

    None (no rows trusted) when a module's source cannot be read, as in a frozen build.
    """
    import sys
    import unicodedata

    import pydantic
    import pydantic_core

    import dossier.dates
    import dossier.model
    import dossier.record_rows

    # The libraries and the Python that validated (character classes follow its Unicode version).
    versions = (
        ROWS_FORMAT,
        pydantic.VERSION,
        pydantic_core.__version__,
        sys.version_info[:2],
        unicodedata.unidata_version,
    )
    digest = hashlib.sha256(repr(versions).encode())
    for module in (dossier.model, dossier.dates, dossier.record_rows):
        try:
            digest.update(Path(str(module.__file__)).read_bytes())
        except (OSError, TypeError):
            return None
    try:
        digest.update(Path(__file__).read_bytes())
    except OSError:
        return None
    return digest.hexdigest()[:32]


def _same(raw: Any, plain: Any) -> bool:
    """Whether a value read from YAML is exactly what validation kept (no conversion happened)."""
    if type(raw) is not type(plain):
        return False
    if isinstance(raw, list):
        return len(raw) == len(plain) and all(_same(a, b) for a, b in zip(raw, plain, strict=True))
    return bool(raw == plain)


def entry_for(stem: str, items: list[dict[str, Any]], quotes: list[Quote], marks: list[tuple[int, int]]) -> Any:
    """The cache entry of a quotes file whose every item validated, or None when it cannot be rows.

    `items` are the file's items as read, `quotes` what each validated to, `marks` where each
    item's id stands.
    """
    fingerprint = model_fingerprint()
    if fingerprint is None:
        return None
    rows: list[list[Any]] = []
    for item, quote, (line, column) in zip(items, quotes, marks, strict=True):
        values = quote.__dict__
        mask = 0
        row: list[Any] = [line, column, 0]
        for bit, name in enumerate(FIELDS):
            value = values[name]
            plain = value.value if isinstance(value, Enum) else value
            if name in item:
                if not _same(item[name], plain):
                    return None
                mask |= 1 << bit
            row.append(plain)
        row[2] = mask
        rows.append(row)
    return rows_entry(stem, rows, fingerprint)


def rows_entry(stem: str, rows: list[list[Any]], model: str) -> dict[str, Any]:
    """The cache entry holding these rows (one JSON line each, compressed) and their heads, under one checksum."""
    lines = "\n".join(map(_encode, rows))
    text = base64.b64encode(zlib.compress(lines.encode("utf-8", "surrogatepass"), 1)).decode("ascii")
    # By column (every id, then every start...): a load registers a file's quotes a column at a time.
    columns = [[row[index] for row in rows] for index in (*_HEAD_VALUES, 0, 1)]
    heads = json.dumps(columns, ensure_ascii=False, separators=(",", ":"))
    return {"rows": text, "heads": heads, "sum": _checksum(text, heads), "model": model, "stem": stem}


# One encoder for every row (`json.dumps` with options makes a new one per call).
_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _checksum(text: str, heads: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass"))
    digest.update(b"\0")
    digest.update(heads.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:32]


def is_entry(entry: Any) -> bool:
    return isinstance(entry, dict) and "rows" in entry


def lines_of(packed: bytes) -> list[str]:
    """The JSON lines of a file's compressed rows (ValueError when they are damaged)."""
    try:
        text = zlib.decompress(packed).decode("utf-8", "surrogatepass")
    except zlib.error as exc:
        raise ValueError(str(exc)) from None
    return text.split("\n") if text else []


@dataclass(frozen=True, slots=True)
class CachedRows:
    """A quotes file's entry as read: its rows still compressed, and its heads as JSON text."""

    packed: bytes
    heads_text: str
    trusted: bool  # written by this model for this file name: built without validating

    def rows(self) -> list[list[Any]] | None:
        """Every row decoded (to validate them in full), or None when one is not a row."""
        try:
            # One JSON array: a line holds no newline of its own (JSON escapes them in strings).
            rows = json.loads(f"[{','.join(lines_of(self.packed))}]")
        except ValueError:
            return None
        if not isinstance(rows, list):
            return None
        if not all(isinstance(row, list) and len(row) == ROW_LENGTH for row in rows):
            return None
        return rows

    def heads(self) -> list[list[Any]] | None:
        """The rows' heads by column (`HEAD_FIELDS`, then the line and column of each id), or None
        when they are damaged."""
        try:
            columns = json.loads(self.heads_text)
        except ValueError:
            return None
        if not isinstance(columns, list) or len(columns) != HEAD_LENGTH:
            return None
        if not all(isinstance(column, list) and len(column) == len(columns[0]) for column in columns):
            return None
        return columns


def read_entry(entry: Any, stem: str) -> CachedRows | None:
    """An entry's rows and heads, or None when it is damaged.

    Rows are trusted (built without validating) when this model wrote them for this file name.
    """
    try:
        text, heads = entry["rows"], entry["heads"]
        if not isinstance(text, str) or not isinstance(heads, str) or entry["sum"] != _checksum(text, heads):
            return None
        packed = base64.b64decode(text, validate=True)
    except (KeyError, TypeError, ValueError, binascii.Error):
        return None
    fingerprint = model_fingerprint()
    trusted = fingerprint is not None and entry.get("model") == fingerprint and entry.get("stem") == stem
    return CachedRows(packed, heads, trusted)


def items_of(rows: list[list[Any]]) -> tuple[list[dict[str, Any]], dict[tuple[str | int, ...], tuple[int, int]]]:
    """The file's items as the YAML reader gave them, and the positions a row keeps (to validate in full)."""
    items: list[dict[str, Any]] = []
    positions: dict[tuple[str | int, ...], tuple[int, int]] = {}
    for index, row in enumerate(rows):
        line, column, mask = row[0], row[1], row[2]
        items.append({name: row[_HEAD + bit] for bit, name in enumerate(FIELDS) if mask >> bit & 1})
        positions[(index,)] = positions[(index, "id")] = (int(line), int(column))
    return items, positions


# The shared set of given field names for each mask (see `Record`).
_FIELD_SETS: dict[int, Any] = {}


def build(row: list[Any], shared: dict[Any, Any]) -> Quote:
    """The quote of a trusted row; values that recur across quotes become one object through `shared`.

    Written out flat: it runs once per quote of every warm load.
    """
    one = shared.setdefault
    values = row[_HEAD:]
    values[_STANCE] = _STANCES[values[_STANCE]]
    values[_STATUS] = _STATUSES[values[_STATUS]]
    value = values[_SOURCE]
    values[_SOURCE] = one(value, value)
    value = values[_START]
    values[_START] = one(value, value)
    value = values[_END]
    values[_END] = one(value, value)
    value = values[_ATTRIBUTED_TO]
    values[_ATTRIBUTED_TO] = one(value, value)
    value = values[_FOUND_BY]
    values[_FOUND_BY] = one(value, value)
    about = values[_ABOUT]
    about[:] = map(one, about, about)  # the decoded list itself: no second list, no spare room
    mask = row[2]
    fields_set = _FIELD_SETS.get(mask)
    if fields_set is None:
        fields_set = _FIELD_SETS[mask] = shared_field_names(
            frozenset(name for bit, name in enumerate(FIELDS) if mask >> bit & 1)
        )
    quote = _new(Quote)
    # Filled in place, in field order: the instance dictionary shares its keys with every quote.
    quote.__dict__.update(zip(FIELDS, values, strict=True))
    _set(quote, "__pydantic_fields_set__", fields_set)
    _set(quote, "__pydantic_extra__", None)
    _set(quote, "__pydantic_private__", None)
    return quote


def build_packed(packed: bytes, index: int) -> Quote:
    """The quote of one trusted row of a file's compressed rows (a quote built when it is asked for)."""
    global _unpacked
    last = _unpacked
    if last[0] is packed:
        lines = last[1]
    else:
        lines = lines_of(packed)
        _unpacked = (packed, lines)  # one tuple, replaced whole: safe to read from any thread
    return build(json.loads(lines[index]), {})


# The file whose rows were decompressed last: a scan of every quote goes file by file, and
# decompressing a file's rows again for each of its quotes would cost ~30 us a quote.
_unpacked: tuple[bytes | None, list[str]] = (None, [])


_new = Quote.__new__
_set = object.__setattr__


def compact(record: R) -> R:
    """The same record with its fields in a dictionary that shares its keys with its kind's others.

    Pydantic gives each record a dictionary of its own keys (464 bytes for a quote's 14 fields);
    filled in place, in field order, the dictionary of a fresh instance keeps only the values.
    """
    kind = type(record)
    fresh = kind.__new__(kind)
    # Item by item: updating from the dictionary itself would copy its own keys along.
    fresh.__dict__.update(record.__dict__.items())
    _set(fresh, "__pydantic_fields_set__", record.__pydantic_fields_set__)
    _set(fresh, "__pydantic_extra__", record.__pydantic_extra__)
    _set(fresh, "__pydantic_private__", record.__pydantic_private__)
    return fresh
