"""One boundary for showing untrusted text: controls become visible, never obeyed.

Sources are untrusted. Before any of their text reaches a terminal (the TUI, CLI output,
error messages), every character that a terminal would act on is replaced by a visible
stand-in: C0 controls by their Unicode "control pictures" (ESC becomes ␛), DEL and C1
controls by `<U+009B>`-style tags, and invisible format characters that reorder or hide
text (bidi overrides, zero-width joiners) by tags too. Newlines, and tabs when allowed,
are kept. Stored text is never changed: this is for display only.
"""

from __future__ import annotations

import re
import unicodedata

_BIDI_AND_INVISIBLE = {
    0x200B, 0x200C, 0x200D, 0x200E, 0x200F,  # zero-width space/joiners, LRM, RLM
    0x202A, 0x202B, 0x202C, 0x202D, 0x202E,  # bidi embeddings and overrides
    0x2060, 0x2061, 0x2062, 0x2063, 0x2064,  # word joiner, invisible operators
    0x2066, 0x2067, 0x2068, 0x2069,  # bidi isolates
    0xFEFF,  # zero-width no-break space (BOM)
    0x061C,  # Arabic letter mark
}

_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f"
    + "".join(re.escape(chr(code)) for code in sorted(_BIDI_AND_INVISIBLE))
    + "\u2028\u2029]"
)


def _stand_in(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)  # ␀ .. ␟, ␛ for ESC
    return f"<U+{code:04X}>"


def visible(text: str, *, keep_newlines: bool = True, keep_tabs: bool = True) -> str:
    """`text` with every terminal-active or invisible control shown as a visible stand-in."""
    result = _UNSAFE.sub(_stand_in, text)
    if not keep_tabs:
        result = result.replace("\t", "\u2409")
    if not keep_newlines:
        result = result.replace("\r", "\u240d").replace("\n", "\u240a")
    else:
        result = result.replace("\r\n", "\n").replace("\r", "\u240d")
    return result


def one_line(text: str, limit: int | None = None) -> str:
    """`visible(text)` folded to a single line (for tables, titles and list rows)."""
    result = visible(" ".join(text.split()), keep_newlines=False, keep_tabs=False)
    if limit is not None and len(result) > limit:
        result = result[: max(limit - 1, 0)] + "…"
    return result


def has_unsafe(text: str) -> bool:
    """True when `text` holds any character that `visible` would replace."""
    return bool(_UNSAFE.search(text)) or "\r" in text


def is_printable_name(text: str) -> bool:
    """True when a name has no control or format characters at all (for ids and file names)."""
    return not any(unicodedata.category(ch) in ("Cc", "Cf") for ch in text)
