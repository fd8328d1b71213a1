"""JSON text that is safe to print: every character a terminal might act on is written as an escape.

`json.dumps(..., ensure_ascii=False)` keeps names in Cyrillic or Arabic readable, but it
escapes only the C0 controls; DEL, the C1 controls (U+009B starts a terminal command on
some terminals), bidi overrides and other invisible format characters would pass through
as they are. They are written as `\\uXXXX` here: the same JSON value, but inert on a screen
and visible in a diff.
"""

from __future__ import annotations

import json
import re
from typing import Any

from dossier.sanitize import _FORMAT_RANGES

_ESCAPES = {code: f"\\u{code:04x}" for code in range(0x7F, 0xA0)}
for _low, _high in _FORMAT_RANGES:
    for _code in range(_low, min(_high, 0xFFFF) + 1):
        _ESCAPES[_code] = f"\\u{_code:04x}"
# Astral format characters (tag letters and the like) as UTF-16 surrogate pairs, as JSON spells them.
for _low, _high in _FORMAT_RANGES:
    for _code in range(max(_low, 0x10000), _high + 1):
        _offset = _code - 0x10000
        _ESCAPES[_code] = f"\\u{0xD800 + (_offset >> 10):04x}\\u{0xDC00 + (_offset & 0x3FF):04x}"


def _class(ranges: list[tuple[int, int]]) -> str:
    return "".join(f"{re.escape(chr(low))}-{re.escape(chr(high))}" for low, high in ranges)


# Searching is split because `re` matches a class of characters below U+10000 from a bitmap
# (~5 ns a character) but one with astral ranges range by range (~50 ns): the astral ranges
# are searched only in the rare text that has an astral character at all.
_ACTIVE_BMP = re.compile("[\x7f-\x9f" + _class([(low, high) for low, high in _FORMAT_RANGES if high <= 0xFFFF]) + "]")
_ACTIVE_ASTRAL = re.compile("[" + _class([(low, high) for low, high in _FORMAT_RANGES if low > 0xFFFF]) + "]")
_ANY_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def _has_active(text: str) -> bool:
    if _ACTIVE_BMP.search(text):
        return True
    return _ANY_ASTRAL.search(text) is not None and _ACTIVE_ASTRAL.search(text) is not None


def dumps(value: Any) -> str:
    """`value` as one line of JSON, UTF-8 readable, with terminal-active characters escaped."""
    text = json.dumps(value, ensure_ascii=False)
    # Most text is ASCII, where only DEL needs escaping (`isascii` costs nothing); searching
    # before translating spares the rest a pass over every character.
    if text.isascii():
        return text.replace("\x7f", "\\u007f") if "\x7f" in text else text
    return text.translate(_ESCAPES) if _has_active(text) else text
