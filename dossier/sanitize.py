"""One boundary for showing untrusted text: controls become visible, never obeyed.

Sources are untrusted. Before any of their text reaches a terminal (the TUI, CLI output,
error messages), every character that a terminal would act on is replaced by a visible
stand-in: C0 controls by their Unicode "control pictures" (ESC becomes ␛), DEL and C1
controls by `<U+009B>`-style tags, invisible format characters that reorder or hide
text (bidi overrides, zero-width joiners) by tags too, and bytes that were not UTF-8 (in
file names, say) by `<0xFF>`. Newlines, and tabs when allowed, are kept. Stored text is
never changed: this is for display only.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Every format character (Unicode category Cf) and the two odd line breaks (Zl, Zp), as
# ranges: bidi overrides and isolates, zero-width spaces and joiners, the soft hyphen, the
# invisible "tag" letters that can smuggle text past a reader. Listed rather than computed
# from `unicodedata` at import time, which would cost ~0.1 s of start-up; a test checks the
# list against the Unicode database of the running Python.
_FORMAT_RANGES = (
    (0x00AD, 0x00AD),
    (0x0600, 0x0605),
    (0x061C, 0x061C),
    (0x06DD, 0x06DD),
    (0x070F, 0x070F),
    (0x0890, 0x0891),
    (0x08E2, 0x08E2),
    (0x180E, 0x180E),
    (0x200B, 0x200F),
    (0x2028, 0x202E),
    (0x2060, 0x2064),
    (0x2066, 0x206F),
    (0xFEFF, 0xFEFF),
    (0xFFF9, 0xFFFB),
    (0x110BD, 0x110BD),
    (0x110CD, 0x110CD),
    (0x13430, 0x1343F),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0001, 0xE0001),
    (0xE0020, 0xE007F),
)

_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f"
    # Lone surrogates: what Python makes of bytes that are not UTF-8 in file names and arguments.
    + "\ud800-\udfff"
    + "".join(f"{re.escape(chr(low))}-{re.escape(chr(high))}" for low, high in _FORMAT_RANGES)
    + "]"
)


def _stand_in(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)  # ␀ .. ␟, ␛ for ESC
    if 0xDC80 <= code <= 0xDCFF:
        return f"<0x{code - 0xDC00:02X}>"  # a byte that was not UTF-8 (Python's surrogateescape)
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


def cell_width(text: str) -> int:
    """How many terminal columns `text` takes: wide (CJK, emoji) characters two, combining marks none."""
    if text.isascii():
        return len(text)
    return sum(_cells(ch) for ch in text)


@functools.lru_cache(maxsize=4096)  # a page's characters repeat: each is looked up in the Unicode tables once
def _cells(ch: str) -> int:
    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def one_line(text: str, limit: int | None = None) -> str:
    """`visible(text)` folded to a single line (for tables, titles and list rows).

    `limit` counts terminal columns, not characters, so a column of Chinese titles is as wide
    as a column of English ones; a cut text ends in `…`.
    """
    result = visible(" ".join(text.split()), keep_newlines=False, keep_tabs=False)
    if limit is None:
        return result
    room = max(limit - 1, 0)  # one column for the ellipsis
    if result.isascii():
        return result if len(result) <= limit else result[:room] + "…"
    # One pass that stops once the text is known too wide (a sentence may be far longer than a title).
    used, cut = 0, None
    for index, ch in enumerate(result):
        used += _cells(ch)
        if cut is None and used > room:
            cut = index
        if used > limit:
            return result[:cut] + "…"
    return result


def has_unsafe(text: str) -> bool:
    """True when `text` holds any character that `visible` would replace."""
    return bool(_UNSAFE.search(text)) or "\r" in text


def is_printable_name(text: str) -> bool:
    """True when a name has no control or format characters at all (for ids and file names)."""
    return not any(unicodedata.category(ch) in ("Cc", "Cf") for ch in text)
