"""Codes a page spells out right after them: a table's key ("GD goal difference, Pts points").

A results table or a chart ends with a key that writes each column's letters and then what they
stand for, in lower case. Such letters are the table's words, not a body's acronym: a body's
acronym is spelled out in capitals ("the WTA (Women's Tennis Association)") or not at all.
"""

from __future__ import annotations

import re

from dossier.ingest.grouping import ActorDraft

_CODE = re.compile(r"[A-Z]{2,5}")
_LOWER_WORD = re.compile(r"\s+([a-z][a-z-]*)")


def spelled_out_in_a_key(text: str, draft: ActorDraft) -> bool:
    """Whether every mention of this code is followed by lower-case words whose initials spell it."""
    if _CODE.fullmatch(draft.name) is None or not draft.spans:
        return False
    return all(_spelled_after(text, end, draft.name.lower()) for _, end in draft.spans)


def _spelled_after(text: str, end: int, code: str) -> bool:
    initials = ""
    while len(initials) < len(code):
        match = _LOWER_WORD.match(text, end)
        if match is None:
            return False
        initials += match.group(1)[0]
        end = match.end()
    return initials == code
