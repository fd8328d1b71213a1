"""Sources, actors and events that validated once, rebuilt from their cached reading without validating again.

A warm load of a large workspace validates ~10,000 of these records through pydantic on every
start (~20 us each, with the sharing of repeated values). The bytes of a file that validated
once give the same record every time, so its parse-cache entry says so: it holds the file's
reading (what the YAML reader gave, and where the id stands) as JSON text, with a checksum of
that text, the file name it was validated under and the model that checked it (`quote_rows.model_fingerprint`,
which covers this module too). A load trusts such an entry only when all three agree, and then
builds the record straight from the reading (`build`).

That is safe because an entry is written as trusted only when `build` gives, from that very
reading, exactly what validation gave: the same types and values, field by field, nested
records included, and the same set of given fields (`identical`). A reading whose values
validation converts ("3" for 3, a date read as a number) is kept as a plain reading and
validated on every load, as before. `validate=True` (`dossier check`) validates trusted
readings all the same.
"""

from __future__ import annotations

import functools
import hashlib
import json
import types
import typing
from collections.abc import Callable
from enum import Enum
from typing import Any, TypeVar

from pydantic import BaseModel

from dossier.model import Record, shared_field_names
from dossier.yamlio import Document

R = TypeVar("R", bound=Record)

# A value of a field, as read, to the value the record keeps (given the load's shared values).
Convert = Callable[[Any, dict[Any, Any]], Any]


def _share(value: Any, shared: dict[Any, Any]) -> Any:
    # Equal values become one object: every file is read on its own (see workspace._share_repeated).
    return shared.setdefault(value, value) if type(value) is str else value


def _share_each(value: Any, shared: dict[Any, Any]) -> Any:
    if type(value) is not list:
        raise TypeError("not a list")
    return [shared.setdefault(item, item) if type(item) is str else item for item in value]


def _enum(kind: type[Enum]) -> Convert:
    members = {member.value: member for member in kind}
    return lambda value, shared: members[value]


def _nested(model: type[Record]) -> Convert:
    return lambda value, shared: [build(model, item, shared) for item in value]


def _bare(annotation: Any) -> Any:
    """The type under `Annotated[...]` and `X | None`."""
    while typing.get_origin(annotation) is typing.Annotated:
        annotation = typing.get_args(annotation)[0]
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        kinds = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        if len(kinds) == 1:
            return _bare(kinds[0])
    return annotation


def _converter(annotation: Any, repeated: bool) -> Convert | None:
    bare = _bare(annotation)
    if isinstance(bare, type) and issubclass(bare, Enum):
        return _enum(bare)
    if typing.get_origin(bare) is list:
        (item,) = typing.get_args(bare)
        item = _bare(item)
        if isinstance(item, type) and issubclass(item, Record):
            return _nested(item)
        return _share_each if repeated else None
    return _share if repeated else None


# Fields whose values recur across records: shared as `workspace._share_repeated` shares them.
REPEATED = frozenset(
    {"publisher", "author", "language", "place", "actor", "role", "type", "target", "kind", "tags", "found_by"}
)


@functools.cache
def _plan(model: type[BaseModel]) -> tuple[tuple[str, Convert | None, Any, Callable[..., Any] | None], ...]:
    """For each field, in order: its name, how a read value becomes the kept one, its default."""
    plan = []
    for name, info in model.model_fields.items():
        factory = info.default_factory
        plan.append((name, _converter(info.annotation, name in REPEATED), info.default, factory))
    return tuple(plan)


_set = object.__setattr__


def build(model: type[R], data: Any, shared: dict[Any, Any]) -> R:
    """The record of a reading that validated to exactly this (see `identical`); TypeError or
    KeyError when the reading does not fit the model's fields at all."""
    if type(data) is not dict:
        raise TypeError("not a mapping")
    plan = _plan(model)
    record = model.__new__(model)
    values = record.__dict__
    for name, convert, default, factory in plan:
        # Filled in field order: the dictionary shares its keys with its kind's others.
        if name in data:
            value = data[name]
            values[name] = value if convert is None else convert(value, shared)
        else:
            values[name] = default if factory is None else factory()  # type: ignore[call-arg]
    given = frozenset(data)
    if not given <= values.keys():
        raise KeyError("a field the model does not have")
    _set(record, "__pydantic_fields_set__", shared_field_names(given))
    _set(record, "__pydantic_extra__", None)
    _set(record, "__pydantic_private__", None)
    return record


def identical(built: Any, validated: Any) -> bool:
    """Whether two values are the same in type and value all the way down (records field by field)."""
    if type(built) is not type(validated):
        return False
    if isinstance(built, BaseModel):
        mine, theirs = built.__dict__, validated.__dict__
        return (
            list(mine) == list(theirs)
            and set(built.__pydantic_fields_set__) == set(validated.__pydantic_fields_set__)
            and built.__pydantic_extra__ == validated.__pydantic_extra__
            and built.__pydantic_private__ == validated.__pydantic_private__
            and all(identical(mine[name], theirs[name]) for name in mine)
        )
    if isinstance(built, list):
        return len(built) == len(validated) and all(identical(a, b) for a, b in zip(built, validated, strict=True))
    return bool(built == validated)


def _checksum(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def entry_for(model: type[R], stem: str, position: tuple[int, int], data: Any, validated: R, fingerprint: str) -> Any:
    """The trusted cache entry of a file whose reading validated to `validated`, or None when
    building the record from the reading, as a load will read it back, would give anything else.

    It holds the reading and where the record's id stands (a problem found later makes the load
    read the file again for exact positions).
    """
    try:
        text = json.dumps([*position, data], ensure_ascii=False, separators=(",", ":"))
        *_, read_back = json.loads(text)  # what a load will build from: JSON may change a value's type
        if not identical(build(model, read_back, {}), validated):
            return None
    except (KeyError, TypeError, ValueError, AttributeError):
        return None
    return {"record": text, "sum": _checksum(text), "model": fingerprint, "stem": stem}


def is_entry(entry: Any) -> bool:
    return isinstance(entry, dict) and "record" in entry


def read_entry(entry: dict[str, Any], stem: str, fingerprint: str | None) -> tuple[Document, bool] | None:
    """(the reading, whether it is trusted), or None when the entry is damaged.

    Trusted: written by this model (`fingerprint`) for this file name, so built without validating.
    """
    text = entry.get("record")
    if not isinstance(text, str) or entry.get("sum") != _checksum(text):
        return None
    try:
        line, column, data = json.loads(text)
        position = (int(line), int(column))
    except (TypeError, ValueError):
        return None
    trusted = fingerprint is not None and entry.get("model") == fingerprint and entry.get("stem") == stem
    return Document(data=data, positions={(): position, ("id",): position}), trusted
