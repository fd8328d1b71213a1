"""Strict YAML reading with a line and column for every value.

Analysts edit these files by hand, so the reader is strict where YAML is surprising:
- plain scalars follow the YAML 1.2 core schema: `no`, `on` and `2022-02-24` stay strings,
  `0755` and `1:20` are not read as octal or sexagesimal numbers;
- duplicate keys are an error rather than last-one-wins;
- anchors and aliases are refused (they are what alias-expansion bombs are made of);
- tags other than `!!str` are refused; nesting deeper than 64 levels is refused;
- control characters, and the line breaks editors do not show (U+0085, U+2028, U+2029),
  are refused with their line and column, so a line in the editor is a line here.

Parsing uses libyaml (PyYAML's C parser) for speed. Values are built here from its event
stream rather than from PyYAML's composed nodes: the C composer recurses and crashes the
interpreter on deeply nested input.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import yaml

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_DEPTH = 64
MAX_FILE_BYTES = 8 * 1024 * 1024

Path_ = tuple[str | int, ...]

_NULL = re.compile(r"^(?:~|null|Null|NULL|)$")
_BOOL_TRUE = re.compile(r"^(?:true|True|TRUE)$")
_BOOL_FALSE = re.compile(r"^(?:false|False|FALSE)$")
_INT = re.compile(r"^[-+]?[0-9]+$|^0o[0-7]+$|^0x[0-9a-fA-F]+$")
_FLOAT = re.compile(r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$")
_SPECIAL_FLOAT = re.compile(r"^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$")
_STR_TAG = "tag:yaml.org,2002:str"


class YamlError(Exception):
    """A YAML file that cannot be read; `line` and `column` are 1-based."""

    def __init__(self, message: str, line: int = 1, column: int = 1) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column


@dataclass
class Document:
    """A parsed YAML document and the 1-based (line, column) of each value and key."""

    data: Any
    positions: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    key_positions: dict[Path_, tuple[int, int]] = field(default_factory=dict)

    def position(self, path: Path_, *, key: bool = False) -> tuple[int, int]:
        """Where `path` (or its nearest existing parent) stands in the file."""
        for cut in range(len(path), -1, -1):
            prefix = tuple(path[:cut])
            if key and prefix in self.key_positions:
                return self.key_positions[prefix]
            if prefix in self.positions:
                return self.positions[prefix]
        return (1, 1)


def _mark(event: yaml.Event) -> tuple[int, int]:
    mark = event.start_mark
    return (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)


def _plain_scalar(value: str) -> Any:
    if _NULL.match(value):
        return None
    if _BOOL_TRUE.match(value):
        return True
    if _BOOL_FALSE.match(value):
        return False
    if _INT.match(value):
        if value.startswith("0o"):
            return int(value[2:], 8)
        if value.startswith("0x"):
            return int(value[2:], 16)
        if len(value.lstrip("+-")) > 1 and value.lstrip("+-").startswith("0"):
            return value  # 0755: YAML 1.1 would read octal; keep the analyst's digits
        return int(value)
    if _FLOAT.match(value) and any(ch.isdigit() for ch in value):
        return float(value)
    if _SPECIAL_FLOAT.match(value):
        return float(value.replace(".", "").lower())
    return value


class _Container:
    """A mapping or sequence being filled while the event stream is read."""

    def __init__(self, value: dict[str, Any] | list[Any], path: Path_, start: yaml.Event) -> None:
        self.value = value
        self.path = path
        self.start = start
        self.pending_key: str | None = None
        self.key_marks: dict[str, tuple[int, int]] = {}

    def child_path(self) -> Path_:
        if isinstance(self.value, list):
            return (*self.path, len(self.value))
        return (*self.path, self.pending_key if self.pending_key is not None else "?")


def _add_key(doc: Document, parent: _Container, key: Any, event: yaml.Event) -> None:
    if not isinstance(key, str):
        key = str(key).lower() if isinstance(key, bool) else str(key)
    if key == "<<":
        raise YamlError("merge keys (<<) are not allowed", *_mark(event))
    if key in parent.key_marks:
        first_line = parent.key_marks[key][0]
        raise YamlError(f"duplicate key '{key}' (first set at line {first_line}); keep one of them", *_mark(event))
    parent.key_marks[key] = _mark(event)
    doc.key_positions[(*parent.path, key)] = _mark(event)
    parent.pending_key = key


def _add_value(doc: Document, stack: list[_Container], value: Any, event: yaml.Event) -> None:
    if not stack:
        doc.data = value
        doc.positions[()] = _mark(event)
        return
    parent = stack[-1]
    path = parent.child_path()
    if isinstance(parent.value, list):
        parent.value.append(value)
    else:
        assert parent.pending_key is not None
        parent.value[parent.pending_key] = value
        parent.pending_key = None
    doc.positions[path] = _mark(event)


def _build(text: str) -> Document:
    doc = Document(data=None)
    stack: list[_Container] = []
    documents = 0
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                raise YamlError("a file holds one YAML document; remove the extra '---'", *_mark(event))
            continue
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise YamlError("anchors and aliases (&name, *name) are not allowed; write the value out", *_mark(event))
        tag = getattr(event, "tag", None)
        awaiting_key = bool(stack) and isinstance(stack[-1].value, dict) and stack[-1].pending_key is None
        if isinstance(event, yaml.ScalarEvent):
            if tag not in (None, _STR_TAG, "!"):
                raise YamlError(f"unsupported tag {tag!r}; remove it", *_mark(event))
            plain = event.style in (None, "") and tag is None
            try:
                value = _plain_scalar(event.value) if plain else event.value
            except ValueError:  # Python refuses integers of more than 4300 digits
                raise YamlError(
                    f"a number of {len(event.value)} digits is too long; put it in quotes if it is text", *_mark(event)
                ) from None
            if awaiting_key:
                _add_key(doc, stack[-1], value, event)
            else:
                _add_value(doc, stack, value, event)
        elif isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            if tag is not None:
                raise YamlError(f"unsupported tag {tag!r}; remove it", *_mark(event))
            if awaiting_key:
                raise YamlError("a key must be a plain word, not a list or mapping", *_mark(event))
            if len(stack) >= MAX_DEPTH:
                raise YamlError(f"nesting deeper than {MAX_DEPTH} levels", *_mark(event))
            path = stack[-1].child_path() if stack else ()
            empty: dict[str, Any] | list[Any] = {} if isinstance(event, yaml.MappingStartEvent) else []
            stack.append(_Container(empty, path, event))
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            finished = stack.pop()
            _add_value(doc, stack, finished.value, finished.start)
    return doc


# YAML 1.1 (and so libyaml) counts these as line breaks; editors show none, so a value that
# looks like one line could hold a second key, and every line number after it would be off.
_HIDDEN_BREAKS = re.compile("[\x85\u2028\u2029]")


def _line_column(text: str, index: int) -> tuple[int, int]:
    """The 1-based line and column of `text[index]`, counting lines as an editor does."""
    before = text[:index].replace("\r\n", "\n").replace("\r", "\n")
    return before.count("\n") + 1, len(before) - (before.rfind("\n") + 1) + 1


def _escape_for(char: str) -> str:
    code = ord(char)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def parse_yaml(text: str) -> Document:
    """Parse one YAML document strictly. Raises YamlError with a 1-based line and column."""
    if text.startswith("\ufeff"):
        text = text[1:]  # a byte-order mark is harmless; editors on Windows add it
    hidden = _HIDDEN_BREAKS.search(text)
    if hidden is not None:
        char = hidden.group()
        raise YamlError(
            f"U+{ord(char):04X} is a line break to YAML that editors do not show; remove it, "
            f"or write it as {_escape_for(char)} inside double quotes",
            *_line_column(text, hidden.start()),
        )
    try:
        return _build(text)
    except yaml.reader.ReaderError as exc:
        char = chr(exc.character) if isinstance(exc.character, int) else str(exc.character)
        index = exc.position
        if _Loader.__name__ == "CSafeLoader":  # libyaml counts bytes of UTF-8, not characters
            index = len(text.encode("utf-8", "surrogatepass")[:index].decode("utf-8", "ignore"))
        raise YamlError(
            f"the character U+{ord(char):04X} is not allowed in a YAML file; remove it, "
            f"or write it as {_escape_for(char)} inside double quotes",
            *_line_column(text, index),
        ) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or "invalid YAML"
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        lines = text.splitlines()
        if mark and mark.line < len(lines) and lines[mark.line].startswith("\t"):
            problem += " (tabs are not allowed for indentation; use spaces)"
        context = exc.context_mark
        if exc.context and context is not None and mark is not None and context.line != mark.line:
            # An unclosed quote or bracket fails where the file ends; say where it was opened.
            problem += f" ({exc.context} that starts at line {context.line + 1}, column {context.column + 1})"
        raise YamlError(problem, line, column) from None
    except yaml.YAMLError as exc:
        raise YamlError(f"invalid YAML: {exc}") from None


def _too_large(size: int) -> YamlError:
    return YamlError(f"file is {size // (1024 * 1024)} MiB; a dossier file may be at most 8 MiB")


# Unbuffered reads: a file object and its buffer per file cost more than the read itself
# (~5 us a file; 14,000 files at 100,000 quotes).
_READ_FLAGS = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)


def read_yaml_bytes(path: os.PathLike[str] | str) -> bytes:
    """A YAML file's bytes; a file over the size limit is refused before it is read into memory."""
    descriptor = os.open(path, _READ_FLAGS)
    try:
        size = os.fstat(descriptor).st_size
        if size > MAX_FILE_BYTES:
            raise _too_large(size)
        # Asking for the largest allowed size would allocate (and map) 8 MiB for every file: ask
        # for its size and one byte more, which tells whether it has grown since fstat (or is a
        # file whose size the system does not report); then read on up to the limit.
        chunks: list[bytes] = []
        total, wanted = 0, size + 1
        while total < wanted:
            chunk = os.read(descriptor, wanted - total)
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > size:
                wanted = MAX_FILE_BYTES + 1
    finally:
        os.close(descriptor)
    raw = chunks[0] if len(chunks) == 1 else b"".join(chunks)
    if len(raw) > MAX_FILE_BYTES:
        raise _too_large(len(raw))
    return raw


def decode_yaml_bytes(raw: bytes) -> str:
    """Decode a YAML file's bytes as UTF-8, with a YamlError pointing at the first bad byte."""
    if len(raw) > MAX_FILE_BYTES:
        raise _too_large(len(raw))
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 (and UTF-32 LE) byte-order marks
        raise YamlError("this file is saved as UTF-16; save it as UTF-8")
    if b"\x00" in raw[:8192]:
        raise YamlError("this is a binary file, not YAML text")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        column = exc.start - (before.rfind(b"\n") + 1) + 1
        raise YamlError(f"invalid UTF-8 byte 0x{raw[exc.start]:02x}; save the file as UTF-8", line, column) from None


def dump_yaml(data: Any) -> str:
    """Write data as block-style YAML that the strict reader reads back unchanged."""
    return _dump(data, _DUMPER)


def _dump(data: Any, dumper: Any) -> str:
    text = yaml.dump(data, Dumper=dumper, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)
    # After a kept block ("|+") libyaml ends the document with a "..." marker even when other values
    # follow it, where the Python emitter does not. The marker changes nothing when read: dropping it
    # makes both writers give the same file.
    return text.removesuffix("...\n") if text.endswith("\n...\n") else text


def _represent_str(dumper: Any, value: str) -> yaml.Node:
    node: yaml.Node = dumper.represent_scalar("tag:yaml.org,2002:str", value, style=_string_style(value))
    return node


# A workspace's files repeat the same strings thousands of times (ids, kinds, statuses, dates): the style a
# string needs depends on the string alone, so it is worked out once.
@lru_cache(maxsize=4096)
def _string_style(value: str) -> str | None:
    # Quote anything that a YAML 1.1 reader (editors, other tools) would turn into another type.
    if _HIDDEN_BREAKS.search(value):
        return '"'  # escaped as \N, \L, \P: the reader refuses them raw, and so do editors' eyes
    if "\n" in value:
        return "|"  # the emitter falls back to double quotes when a block cannot round-trip
    if _plain_scalar(value) != value or _looks_typed_in_yaml11(value):
        return '"'
    return None


def _dumper(base: Any) -> Any:
    dumper: Any = type("DossierDumper", (base,), {"ignore_aliases": lambda self, data: True})
    dumper.add_representer(str, _represent_str)
    return dumper


_YAML11_TYPED = re.compile(
    r"^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}.*|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?|0[0-9_]+|[-+]?[0-9][0-9_]*\.?[0-9_]*(?:[eE][-+]?[0-9]+)?)$"
)


def _looks_typed_in_yaml11(value: str) -> bool:
    return bool(_YAML11_TYPED.match(value))


# libyaml's emitter writes the same text about four times faster than the pure-Python one, which
# stays the fallback where PyYAML was built without libyaml.
_DUMPER = _dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper))
