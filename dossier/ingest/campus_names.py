"""Campuses of a university system, named after an unspaced en dash.

American state systems name a campus by its town after the system's name and an en dash: "University of
Tarnessee–Quellburg", "Varn State University–Commerce". A hyphen there already joins the words; the en dash
also stands between two towns of a route ("the Poole–Cherbourg ferry"), so it joins only after a university's,
a college's or an institute's name.
"""

from __future__ import annotations

import re

# The system's name ending right before the dash: its head, maybe "of (the)", then a few capitalised words.
_SYSTEM_BEFORE_DASH = re.compile(
    r"\b(?:University|College|Institute|Polytechnic)(?: of(?: the)?)?(?: [A-Z][\w&'’.]*){0,4}\Z"
)
# How far back the system's name may start.
_REACH = 80


def dash_opens_campus(text: str, word_end: int, after: int) -> bool:
    """Whether the unspaced en dash at `word_end` (the next word starts at `after`) names a campus: a
    university's name before it, a capitalised word after it."""
    if not text[after : after + 1].isupper():
        return False
    return _SYSTEM_BEFORE_DASH.search(text, max(0, word_end - _REACH), word_end) is not None
