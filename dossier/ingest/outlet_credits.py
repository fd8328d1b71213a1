"""An outlet read from the page's own credit lines: "© 2024 Quellpost. All rights reserved." under the story,
"11 November 2017 - 11:23 By Tarnlive" above it. A one-word name there, that nothing else on the page makes a
person, a place or a body, is the site that publishes the page: a media outlet, not some other thing.
"""

from __future__ import annotations

import re

from dossier.ingest.grouping import ActorDraft
from dossier.model import ActorKind

# "© 2024 Quellpost. All rights reserved.", "Copyright 2019 Tarnlive": the copyright sign, a year, the name, then a
# full stop, "All rights" or the line's end.
_COPYRIGHT_BEFORE = re.compile(r"(?:©|\(c\)|[Cc]opyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)$")
_COPYRIGHT_AFTER = re.compile(r"(?:\.|,)?(?:[ \t]+All rights|[ \t]*$|[ \t]*\n)")
# "11 November 2017 - 11:23 By Tarnlive": "By" and one name ending a line that also holds a date or a time.
_BY_BEFORE = re.compile(r"\b[Bb]y[ \t]+$")
_DATE_OR_TIME = re.compile(r"\b\d{1,2}:\d{2}\b|\b(?:19|20)\d{2}\b")


def outlet_by_its_credit(text: str, draft: ActorDraft) -> tuple[ActorKind, str] | None:
    """The media kind for a one-word draft of no other kind that the page's copyright or byline line credits."""
    if draft.kind is not ActorKind.other or " " in draft.name:
        return None
    for start, end in draft.spans:
        line_start = text.rfind("\n", 0, start) + 1
        before = text[line_start:start]
        if _COPYRIGHT_BEFORE.search(before) and _COPYRIGHT_AFTER.match(text, end):
            return ActorKind.media, "an outlet after the copyright sign"
        line_end = text.find("\n", end)
        after = text[end : len(text) if line_end < 0 else line_end]
        if _BY_BEFORE.search(before) and not after.strip() and _DATE_OR_TIME.search(before):
            return ActorKind.media, "an outlet in a dated byline"
    return None
