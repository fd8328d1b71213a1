"""Where a draft's name is written whole right before what a page-wide rule looks for after it.

Rules that read what follows a name anywhere on the page ("... shrank by 9.96 per cent to N79.10", "... closed 150
points up", "... index") would otherwise search the whole text for each draft's name: on a long report, drafts
times text. Instead the places where the rule's pattern matches are found once per text, and only there is the name
looked for. Each rule also names the words one of which every match of its pattern holds ("points", "%"): only the
lines holding one are scanned, and a text with none of them (most texts are no market report) not at all.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dossier.ingest.grouping import ActorDraft

_WORD_CHAR = re.compile(r"[\w-]")


@lru_cache(maxsize=16)  # keyed by the text itself (its hash is kept by the string): a few pages' worth at once
def _matches_start(text: str, pattern: re.Pattern[str], needs: tuple[str, ...]) -> tuple[int, ...]:
    # The scan tries the pattern at every position (10 ms on 20,000 words), so only the lines holding one of the
    # words are scanned: a match lies within its line and holds one of them. (A text with none: nothing scanned.)
    lines: set[tuple[int, int]] = set()
    for word in needs:
        at = text.find(word)
        while at >= 0:
            end = text.find("\n", at)
            end = len(text) if end < 0 else end + 1  # the line with its break: a listed move may end on it
            lines.add((text.rfind("\n", 0, at) + 1, end))
            at = text.find(word, end)
    if not lines:
        return ()
    anywhere = re.compile(f"(?=(?:{pattern.pattern}))", pattern.flags)
    return tuple(match.start() for start, end in sorted(lines) for match in anywhere.finditer(text, start, end))


def ends_before(text: str, draft: ActorDraft, pattern: re.Pattern[str], needs: tuple[str, ...]) -> set[int]:
    """The ends of the draft's mentions, and of its name written whole (no word character or hyphen on either side)
    wherever `pattern` matches right after it: every end at which `pattern.match(text, end)` can succeed. Every match
    of `pattern` holds one of the words `needs` (as written, case and all) and lies within one line (a line break
    only as its last character)."""
    name = draft.name
    ends = {end for _, end in draft.spans}
    for end in _matches_start(text, pattern, needs):
        begin = end - len(name)
        if begin < 0 or not text.startswith(name, begin):
            continue
        if (begin and _WORD_CHAR.match(text, begin - 1)) or _WORD_CHAR.match(text, end):
            continue
        ends.add(end)
    return ends
