"""Seas, straits and regions named by one word after "the": "sailed through the Skagerrak into the Baltic",
"closed the Bosphorus and the Dardanelles to warships". On a page about ships and seas a reader takes a rare
word after "the" and a preposition of crossing for waters or a land's region, not for a body.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.names import word_set

# Words before "the X" that cross, enter or close waters: "through the", "into the", "closed the".
_CROSSING_BEFORE_THE = word_set(
    "through into across in off along to from towards toward beyond within entering enter entered crossed crossing "
    "transited transiting transit patrolled patrolling closed closing reopened blockaded"
)
# Words after the name that end its phrase ("the Bosphorus to warships", "the Baltic and", "the Baltic,").
_PHRASE_GOES_ON = word_set(
    "to and or into from in on at for since while where before after during until with by towards toward"
)
# A page about ships and waters: "warships", "the strait", "a frigate", "sailed".
_WATERS_PAGE = re.compile(
    r"\b(?:seas?|straits?|waters|warships?|ships?|frigates?|destroyers?|submarines?|fleets?|naval|navy|sailed"
    r"|sailing|maritime|coast)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=8)
def waters_page(text: str) -> bool:
    """Two words of ships or seas at least: a page where "off X" or "through the X" names waters or a coast."""
    return len(_WATERS_PAGE.findall(text)) >= 2


def waters_named_with_the(doc: ActorDocument, position: int, last: int) -> bool:
    """One name word after "the" and a word of crossing ("through the Skagerrak"), or after "and the" when the
    name before it was one ("the Bosphorus and the Dardanelles"), its phrase ending there, on a page of waters."""
    tokens = doc.tokens
    if doc.technical:
        return False  # "pull the packages from the Pipfile": a page with code ships software, not on the seas
    if position != last or not _phrase_ends(doc, last) or not waters_page(doc.text):
        return False
    if not (_the_after(doc, position, _CROSSING_BEFORE_THE) or _waters_part_before(doc, position)):
        return False if position < 4 or tokens[position - 2].folded not in ("and", "or") else _paired(doc, position)
    return True


def _the_after(doc: ActorDocument, position: int, words: frozenset[str]) -> bool:
    tokens = doc.tokens
    return (
        position >= 2
        and tokens[position - 1].folded == "the"
        and tokens[position - 1].joined
        and tokens[position - 2].joined
        and tokens[position - 2].folded in words
        and tokens[position - 2].text.islower()
    )


# Parts of waters before "of the": "the naval blockade of the Adriatic", "the waters of the Kattegat".
_PARTS_OF_WATERS = word_set("blockade waters coast coasts shores floor mouth")


def _waters_part_before(doc: ActorDocument, position: int) -> bool:
    tokens = doc.tokens
    return (
        position >= 3
        and _the_after(doc, position, frozenset({"of"}))
        and tokens[position - 3].joined
        and tokens[position - 3].folded in _PARTS_OF_WATERS
    )


def _paired(doc: ActorDocument, position: int) -> bool:
    """'the Bosphorus and the Dardanelles': the first of the pair is one rare name after "the" and a crossing."""
    tokens = doc.tokens
    first = position - 3
    return (
        tokens[position - 1].folded == "the"
        and tokens[first].capitalised
        and tokens[first].joined
        and _the_after(doc, first, _CROSSING_BEFORE_THE)
    )


def _phrase_ends(doc: ActorDocument, last: int) -> bool:
    tokens = doc.tokens
    if last + 1 >= len(tokens) or not tokens[last].joined:
        return True  # a comma, a full stop, the end of the text
    following = tokens[last + 1]
    if following.folded in ("and", "or") and last + 2 < len(tokens) and following.joined:
        # "the Masalit and Zaghawa communities": a noun after the pair says what both are, no waters
        pair = tokens[last + 2]
        return pair.folded == "the" or not pair.capitalised or _phrase_ends(doc, last + 2)
    return following.folded in _PHRASE_GOES_ON and following.text.islower()
