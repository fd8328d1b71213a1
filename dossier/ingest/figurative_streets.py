"""Streets that stand for something else: "Wall Street" for the markets, "Main Street" for ordinary shops
and households ("costs have yet to land on Main Street", "Wall Street closed lower").

Written with no house number before them and no town after them ("12 Main Street", "Main Street in
Tarnby", "Main Street, Pellow"), these name no place a reader would draft: a real street of that name is
placed in its town by the text.
"""

from __future__ import annotations

import re

from dossier.ingest.actor_document import ActorDocument

_FIGURATIVE_STREETS = frozenset({("wall", "street"), ("main", "street")})
_NUMBER_BEFORE = re.compile(r"\d[A-Za-z]?,? $")
_TOWN_AFTER = re.compile(r"(?:,| in| at| near) [A-Z]")


def figurative_street(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> bool:
    """'land on Main Street', 'Wall Street closed lower': the street for what it stands for, not a place."""
    if words not in _FIGURATIVE_STREETS:
        return False
    tokens, text = doc.tokens, doc.text
    start, end = tokens[position].start, tokens[last].end
    if _NUMBER_BEFORE.search(text, max(0, start - 8), start):
        return False  # "12 Main Street": an address
    return _TOWN_AFTER.match(text, end) is None
