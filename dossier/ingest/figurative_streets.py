"""A street that stands for something else: "Main Street" for ordinary shops and households ("costs have
yet to land on Main Street", "the rules will land on Main Street").

Written with no house number before it and no town after it ("12 Main Street", "Main Street in Tarnby",
"Main Street, Pellow"), it names no place a reader would draft: a real street of that name is placed in
its town by the text. ("Wall Street" stays: the markets' own district, a place or a body to a reader.)
"""

from __future__ import annotations

import re

from dossier.ingest.actor_document import ActorDocument

_FIGURATIVE_STREETS = frozenset({("main", "street")})
_NUMBER_BEFORE = re.compile(r"\d[A-Za-z]?,? $")
_TOWN_AFTER = re.compile(r"(?:,| in| at| near) [A-Z]")


def figurative_street(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> bool:
    """'land on Main Street': the street for what it stands for, not a place."""
    if words not in _FIGURATIVE_STREETS:
        return False
    tokens, text = doc.tokens, doc.text
    start, end = tokens[position].start, tokens[last].end
    if _NUMBER_BEFORE.search(text, max(0, start - 8), start):
        return False  # "12 Main Street": an address
    return _TOWN_AFTER.match(text, end) is None
