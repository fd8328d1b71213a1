"""Passages of a source around a span, and where a name is mentioned: the evidence a reviewer reads."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

# The end of a sentence (its mark, closing quotes, the space after), or of a line. Chinese and
# Japanese close a sentence with a full-width mark and no space after it.
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s+|[。！？][」』”’）]*\s*|\n\s*")
# Letters of the scripts written without spaces (kana, CJK ideographs): a name in them is a run of
# characters inside a longer one, so it has no word boundary to look for.
_UNSPACED_LETTER = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


@dataclass(frozen=True)
class Passage:
    """A piece of a source's text, where it starts in the source, and the spans to highlight in it."""

    source_id: str
    text: str
    start: int  # offset of `text` in the source
    highlights: tuple[tuple[int, int], ...]  # offsets within `text`
    # Where `text` is from when it is not the source's text: "byline" or "site name" (its record's fields).
    field: str = ""


def passage_around(source_id: str, text: str, start: int, end: int, *, context: int = 240) -> Passage:
    """The sentences around text[start:end], at most about `context` characters either side."""
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    low = max(0, start - context)
    high = min(len(text), end + context)
    # From the start of the span's sentence to the end of its last one; a span that is whole
    # sentences gets the sentence before and after it too, so the reviewer sees its context.
    before = [m.end() for m in _SENTENCE_END.finditer(text, low, start)]
    if before:
        low = before[-2] if before[-1] == start and len(before) > 1 else before[-1]
    elif low > 0:
        space = text.find(" ", low, start)
        low = space + 1 if space != -1 else low
    after = list(_SENTENCE_END.finditer(text, max(start, end - 1), high))
    if after:
        last = after[1] if after[0].start() <= end and len(after) > 1 else after[0]
        high = last.start() + len(last.group().rstrip())
    elif high < len(text):
        space = text.rfind(" ", end, high)
        high = space if space != -1 else high
    return Passage(source_id, text[low:high], low, ((start - low, end - low),))


def mentions(text: str, spellings: Iterable[str], *, begin: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Where any of `spellings` occurs in text[begin:end] as whole words, ignoring case, in text order."""
    words = sorted({s for s in spellings if s and s.strip()}, key=len, reverse=True)
    if not words:
        return []
    pattern = re.compile("|".join(_whole_word(w) for w in words), re.IGNORECASE)
    return [(m.start(), m.end()) for m in pattern.finditer(text, begin, len(text) if end is None else end)]


def _whole_word(spelling: str) -> str:
    """A pattern for the spelling as a whole word; an end in an unspaced script needs no boundary."""
    before = "" if _UNSPACED_LETTER.match(spelling[0]) else r"(?<!\w)"
    after = "" if _UNSPACED_LETTER.match(spelling[-1]) else r"(?!\w)"
    return before + re.escape(spelling) + after


# -- motions: where a keyboard selection moves in a source's text ------------------------------
_WORD_START = re.compile(r"(?<!\w)\w")
_WORD_END = re.compile(r"\w(?!\w)")


def next_word_end(text: str, position: int) -> int:
    """The end of the word at or after `position` (a selection grows word by word)."""
    found = _WORD_END.search(text, position)
    return found.end() if found is not None else len(text)


def previous_word_start(text: str, position: int) -> int:
    """The start of the word before `position`."""
    starts = [m.start() for m in _WORD_START.finditer(text, max(0, position - 200), max(0, position))]
    if starts:
        return starts[-1]
    return max(0, position - 1) if position <= 200 else previous_word_start(text, position - 200)


def next_sentence_end(text: str, position: int) -> int:
    """Just after the end of the sentence at `position` (its closing mark and quote included)."""
    found = _SENTENCE_END.search(text, position + 1 if position < len(text) else position)
    if found is None:
        return len(text)
    return found.start() + len(found.group().rstrip())


def previous_sentence_start(text: str, position: int) -> int:
    """The start of the sentence before `position` (or of the one it is in, if not at its start)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, max(0, position - 1))]
    return ends[-1] if ends else 0
