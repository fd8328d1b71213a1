"""The towns a page's list of related stories opens its headlines with: "Immingham port expansion approved",
"Builth Wells ewe sale".

The text extraction drops the related links, yet a reader of the page sees their towns, which local news puts
first in a headline. Only the capitalised words opening a link's text are read, up to its first word in lower
case, and only when the gazetteer knows those words as a town or a state by this very name (one word as common
as "Man" or "Police" opens a headline as itself, no town).
"""

from __future__ import annotations

import re

from dossier.ingest.common_words import zipf
from dossier.ingest.html_sections import related_link_texts
from dossier.ingest.names import fold_phrase
from dossier.model import ActorKind

_MOST_WORDS = 3
_POSSESSIVE = re.compile(r"['’]s$")
# One word this common opening a headline is the headline's own word ("Man", "Police", "Reading"), no town.
_HEADLINE_WORD = 4.3
# One word this common opens a headline as a town's name only for a town this big ("Leeds", "Preston").
_COMMON_HEADLINE_WORD = 3.5
_KNOWN_TOWN = 100_000


def related_places(page: str) -> list[tuple[str, ActorKind]]:
    """The towns and states opening the headlines of a page's related stories, in order."""
    from dossier.ingest.gazetteer import gazetteer

    found: list[tuple[str, ActorKind]] = []
    for headline in related_link_texts(page):
        words = headline.split()
        opening: list[str] = []
        while words and words[0][:1].isupper() and len(opening) < _MOST_WORDS:
            opening.append(words.pop(0))
        if not opening or not words or not words[0][:1].islower():
            continue  # a headline in capitals throughout names no town first
        opening[-1] = _POSSESSIVE.sub("", opening[-1])  # "Peru's lithium": the town or state, not its possessive
        key = fold_phrase(" ".join(opening))
        if len(key) == 1 and zipf(key[0]) >= _HEADLINE_WORD:
            continue
        place = gazetteer().lookup(key)
        if place is None or place.name.casefold() != " ".join(opening).casefold():
            continue  # the town's own spelling, accents and all: "Dig" opening a headline is no "Dīg" in Iran
        if len(key) == 1 and zipf(key[0]) >= _COMMON_HEADLINE_WORD and 0 < place.population < _KNOWN_TOWN:
            continue  # "Bury", "Hull": as often a word of the headline as a small town's name
        read = (" ".join(opening), ActorKind.state if place.kind == "state" else ActorKind.place)
        if read not in found:
            found.append(read)
    return found
