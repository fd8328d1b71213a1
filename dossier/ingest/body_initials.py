"""A body's name and the letters it is written by on another page: "FOMC" and "Federal Open Market Committee".

Wires write a body's full name on one page and its letters on the next without defining them again ("the FOMC
sets rates"); in one workspace the two are one record. A name of three words or more is keyed by the initials of
its capitalised words, and also with its small words ("Bank of Korea": "BK" and "BOK"); an acronym of three to
six capital letters is keyed by itself. `claims` files a later draft under the one known body that shares a key.
"""

from __future__ import annotations

import re

from dossier.ingest.gazetteer import Gazetteer
from dossier.ingest.grouping import ActorDraft
from dossier.ingest.names import fold, fold_phrase
from dossier.model import ActorKind

_ACRONYM = re.compile(r"[A-Z]{3,6}")
_SMALL_LETTER = re.compile(r"[A-Z]+o[A-Z]+")
# Small words a body's letters may keep or leave out ("Bank of Korea": BOK or BK).
_SMALL = frozenset(("of", "the", "and", "for", "on", "in", "de", "do", "da", "des", "du"))


def body_letters(name: str) -> set[str]:
    """The keys of a body's name by its letters: itself for an acronym ("FOMC"); the initials of a name of three
    words or more, with and without its small words; none for any other name."""
    name = name.strip()
    if _ACRONYM.fullmatch(name) or _SMALL_LETTER.fullmatch(name):
        return {name.upper()}  # ("BoJ", "BoE": the small word's letter in lower case)
    words = [word for word in re.split(r"[\s\-‐]+", name) if word]
    if len(words) < 3 or not all(word[:1].isupper() or word.lower() in _SMALL for word in words):
        return set()
    big = "".join(word[0] for word in words if word.lower() not in _SMALL)
    every = "".join(word[0].upper() for word in words)
    return {letters for letters in (big, every) if 3 <= len(letters) <= 6}


def body_of_a_state(name: str, places: Gazetteer) -> tuple[str, str] | None:
    """A state's body named by the state after "of" or by its people's word before: ("constitutional court", "South
    Korea") of both "Constitutional Court of South Korea" and "South Korean Constitutional Court". Pages write
    one state's body both ways; in one workspace the two are one record."""
    words = name.split()
    if len(words) < 3:
        return None
    match = re.fullmatch(r"(.+?) of (?:the )?(.+)", name)
    if match and match.group(1)[:1].isupper():
        place = places.lookup(fold_phrase(match.group(2)))
        if place is not None and place.kind == "state":
            return " ".join(fold_phrase(match.group(1))), place.name
    for size in (2, 1):
        country = places.country_of_demonym(" ".join(fold(word) for word in words[:size]))
        if country is not None and len(words) > size:
            return " ".join(fold_phrase(" ".join(words[size:]))), country
    return None


def page_letters_joined(drafts: list[ActorDraft]) -> list[ActorDraft]:
    """The drafts with a body's letters that one page writes without defining them ("BOJ Gov. Kazuo Ueda ... the
    Bank of Japan", "BoJ") folded into the one body of the page whose name they are the initials of: a wire writes
    both on one page for one body. Only bodies, and only where one body of the page fits."""
    bodies = [draft for draft in drafts if draft.kind is ActorKind.organization]
    gone: set[int] = set()
    for short in bodies:
        letters = body_letters(short.name) if " " not in short.name else set()
        if not letters or short.aliases:
            continue
        fits = [full for full in bodies if full is not short and letters & body_letters(full.name)]
        if len(fits) == 1 and id(fits[0]) not in gone:
            fits[0].take_in(short)
            fits[0].spans.sort()
            gone.add(id(short))
    return [draft for draft in drafts if id(draft) not in gone]


# A law's name: capitalised words (and small ones between) ending in "Act" ("International Emergency Economic Powers
# Act", "Defense Production Act").
_LAW = re.compile(r"\b(?:[A-Z][\w'’-]*\s+(?:(?:of|and|for|on|the)\s+)*){2,}Act\b")


def letters_of_a_law(text: str, drafts: list[ActorDraft]) -> list[ActorDraft]:
    """The drafts without those whose name is the letters of a law the page names in full ("IEEPA" beside "the
    International Emergency Economic Powers Act"): a law is no actor, nor are its letters."""
    laws = {letters for law in _LAW.findall(text) for letters in body_letters(law)}
    if not laws:
        return drafts
    return [draft for draft in drafts if not (" " not in draft.name and body_letters(draft.name) & laws)]
