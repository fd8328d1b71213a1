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


_ACTIVE = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_ESCAPES)) + "]")


def dumps(value: Any) -> str:
    """`value` as one line of JSON, UTF-8 readable, with terminal-active characters escaped."""
    text = json.dumps(value, ensure_ascii=False)
    # Searching first is much faster than translating every character of a long text that has none.
    return text.translate(_ESCAPES) if _ACTIVE.search(text) else text
