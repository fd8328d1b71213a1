"""A club's teams by their rank and size: "the 1st XI", "our 2nd XV", "Third XI". The Roman numerals read as an
acronym, a body; the side is a part of its club, which the page names on its own.
"""

from __future__ import annotations

import re

from dossier.ingest.grouping import ActorDraft

_SIDE = re.compile(r"(?:\d(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Under-\d{1,2}s?) (?:XI|XV|XIII)")


def is_club_side(draft: ActorDraft) -> bool:
    """Whether the draft names a club's team by its rank and size only."""
    return _SIDE.fullmatch(draft.name) is not None
