"""Where a text's lines start and end, found once per text.

Many rules read a name's line: a dateline or a label opening it, an ingredient's amount, a title before "by". They
asked `text.rfind("\\n", 0, start)` and sliced the line for each name; on a page given as one line (HTML reduced to
text, a PDF, a transcript, a pasted file) each of those read the whole text again, and the page took ten times as
long per word. These answer the same from the text's line breaks, found once.
"""

from __future__ import annotations

import bisect
from functools import lru_cache


@lru_cache(maxsize=4)  # the rules of one text ask again and again; a few texts in flight at once
def _breaks(text: str) -> tuple[int, ...]:
    breaks = []
    at = text.find("\n")
    while at >= 0:
        breaks.append(at)
        at = text.find("\n", at + 1)
    return tuple(breaks)


def line_start(text: str, position: int) -> int:
    """Where the line holding `position` starts: `text.rfind("\\n", 0, position) + 1`."""
    breaks = _breaks(text)
    before = bisect.bisect_left(breaks, position)
    return breaks[before - 1] + 1 if before else 0


def line_end(text: str, position: int) -> int:
    """The line break at or after `position`, -1 on the text's last line: `text.find("\\n", position)`."""
    breaks = _breaks(text)
    after = bisect.bisect_left(breaks, max(position, 0))
    return breaks[after] if after < len(breaks) else -1


def opens_its_line(text: str, start: int) -> bool:
    """Whether only spaces stand before `start` on its line: `not text[line_start:start].strip()`, read back
    from `start` rather than from the line's start."""
    at = start - 1
    while at >= 0 and text[at] != "\n" and text[at].isspace():
        at -= 1
    return at < 0 or text[at] == "\n"
