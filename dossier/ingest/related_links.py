"""The towns a page's list of related stories opens its headlines with: "Immingham port expansion approved",
"Builth Wells ewe sale"; and the bodies its headlines name by a body's word ("FCA fines Starling Bank £29m").

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


# A headline's label before its words ("Obituary: ", "In pictures: ", "Watch: "), and "the" opening them.
_LABEL = re.compile(r"^[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,2}:\s+")
_THE = re.compile(r"^[Tt]he\s+(?=[A-Z])")
# A town inside a headline after the word that places the story there: "spoofing in Chicago case".
_PLACED_IN = frozenset(("in", "at", "near"))


def related_places(page: str) -> list[tuple[str, ActorKind]]:
    """The towns and states of the headlines of a page's related stories, in order: the capitalised words opening
    a headline, after its label and "the" ("Obituary: the Whitby jet carver ..."), and those after "in", "at" or
    "near" inside it ("Former trader admits spoofing in Chicago case"); then the bodies a headline names by their
    word ("FCA fines Starling Bank £29m")."""
    found: list[tuple[str, ActorKind]] = []
    for headline in related_link_texts(page):
        words = _THE.sub("", _LABEL.sub("", headline)).split()
        runs = [(words, False)]
        runs += [(words[k + 1 :], True) for k in range(len(words) - 1) if words[k] in _PLACED_IN]
        # the second of two towns opening it: "Trafford and Tameside warn of rises"
        runs += [(words[k + 1 :], False) for k in range(1, len(words) - 1) if words[k] == "and" and k <= _MOST_WORDS]
        for run, placed in runs:
            read = _town_opening(run, placed)
            if read is not None and read not in found:
                found.append(read)
        for body in _bodies_named(words):
            if body not in found:
                found.append(body)
    return found


_BODY_WORDS = (2, 4)  # "Starling Bank", "Bristol City Council", "Financial Conduct Authority"


def _bodies_named(words: list[str]) -> list[tuple[str, ActorKind]]:
    """The bodies a headline names by a run of capitalised words that ends in a body's word, after a word in lower
    case ("FCA fines Starling Bank £29m", "talks with Bristol City Council over lease"): organizations. Not a
    headline in title case throughout, whose every word is capitalised."""
    from dossier.ingest.cues import NAME_WORD

    found: list[tuple[str, ActorKind]] = []
    k = 1
    while k < len(words):
        if not (words[k][:1].isupper() and words[k - 1][:1].islower()):
            k += 1
            continue
        end = k
        while end + 1 < len(words) and words[end + 1][:1].isupper() and not words[end].endswith((",", ":")):
            end += 1
        run = [word.rstrip(",:") for word in words[k : end + 1]]
        run[-1] = _POSSESSIVE.sub("", run[-1])
        cue = NAME_WORD.get(run[-1].casefold())
        closed = end + 1 >= len(words) or not words[end + 1][:1].isupper()
        organization = cue is not None and cue.kind is ActorKind.organization
        if _BODY_WORDS[0] <= len(run) <= _BODY_WORDS[1] and closed and organization:
            found.append((" ".join(run), ActorKind.organization))
        k = end + 1
    return found


def _town_opening(headline_words: list[str], placed: bool = False) -> tuple[str, ActorKind] | None:
    """The town or state that the capitalised words opening `headline_words` name, when a word in lower case
    follows them. After "in" (`placed`), a big town's name as common as a word is the town ("in Chicago case")."""
    from dossier.ingest.gazetteer import gazetteer

    words = list(headline_words)
    opening: list[str] = []
    possessive = False
    comma = False
    while words and words[0][:1].isupper() and len(opening) < _MOST_WORDS and not possessive and not comma:
        opening.append(words.pop(0))
        possessive = bool(_POSSESSIVE.search(opening[-1]))  # "Paisley's Christmas lights": the name ends there
        comma = opening[-1].endswith(",")  # "delayed payouts in Dublin, June 2026": the name ends at its comma
    if comma:
        opening[-1] = opening[-1][:-1]
    if not opening or (words and not words[0][:1].islower() and not possessive and not comma) or not (words or placed):
        return None  # a headline in capitals throughout names no town first (a town after "in" may end it)
    opening[-1] = _POSSESSIVE.sub("", opening[-1])  # "Peru's lithium": the town or state, not its possessive
    key = fold_phrase(" ".join(opening))
    place = gazetteer().lookup(key)
    if place is None or place.name.casefold() != " ".join(opening).casefold():
        return None  # the town's own spelling, accents and all: "Dig" opening a headline is no "Dīg" in Iran
    if len(key) == 1 and zipf(key[0]) >= _HEADLINE_WORD and not (placed and place.population >= _KNOWN_TOWN):
        return None
    if len(key) == 1 and zipf(key[0]) >= _COMMON_HEADLINE_WORD and 0 < place.population < _KNOWN_TOWN:
        return None  # "Bury", "Hull": as often a word of the headline as a small town's name
    return (" ".join(opening), ActorKind.state if place.kind == "state" else ActorKind.place)
