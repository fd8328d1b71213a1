"""Passages of a source around a span, and where a name is mentioned: the evidence a reviewer reads."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s+|\n\s*\n")


@dataclass(frozen=True)
class Passage:
    """A piece of a source's text, where it starts in the source, and the spans to highlight in it."""

    source_id: str
    text: str
    start: int  # offset of `text` in the source
    highlights: tuple[tuple[int, int], ...]  # offsets within `text`


def passage_around(source_id: str, text: str, start: int, end: int, *, context: int = 240) -> Passage:
    """The sentences around text[start:end], at most about `context` characters either side."""
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    low = max(0, start - context)
    high = min(len(text), end + context)
    # Begin after the last sentence end before the span, end at the first one after it.
    before = [m.end() for m in _SENTENCE_END.finditer(text, low, start)]
    if before:
        low = before[-1]
    elif low > 0:
        space = text.find(" ", low, start)
        low = space + 1 if space != -1 else low
    after = _SENTENCE_END.search(text, end, high)
    if after:
        high = after.start() + 1
    elif high < len(text):
        space = text.rfind(" ", end, high)
        high = space if space != -1 else high
    return Passage(source_id, text[low:high], low, ((start - low, end - low),))


def mentions(text: str, spellings: Iterable[str], *, begin: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Where any of `spellings` occurs in text[begin:end] as whole words, ignoring case, in text order."""
    words = sorted({s for s in spellings if s and s.strip()}, key=len, reverse=True)
    if not words:
        return []
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.IGNORECASE)
    return [(m.start(), m.end()) for m in pattern.finditer(text, begin, len(text) if end is None else end)]
