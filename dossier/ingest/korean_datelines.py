"""The town of a Korean news dateline: "(목포=연합뉴스)", "[세종=뉴시스]", "목포=김도윤 기자".

Korean agencies and papers open a story with the town it was filed from, joined by "=" to the agency's
name in brackets or to the reporter's name before "기자" (reporter). The town stands bare there, so a
town whose name is also a word ("진도": progress) or that the tables read only with a cue is meant.
"""

from __future__ import annotations

from collections.abc import Callable

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.gazetteer import Place
from dossier.ingest.grouping import Candidate
from dossier.ingest.other_language_common import place_candidate
from dossier.ingest.word_forms import is_hangul
from dossier.model import ActorKind

_JOINED_BY = "="
_REPORTER = ("기자", "특파원")
_BRACKETS = {"(": ")", "[": "]"}


def korean_dateline_town(doc: ActorDocument, position: int) -> str | None:
    """The word at `position` when it is the town of a dateline: right before "=", and after it either an
    agency's name closing a bracket opened before the town, or a reporter's name before "기자"."""
    tokens = doc.tokens
    word = tokens[position].text
    if not is_hangul(word) or position + 1 >= len(tokens):
        return None
    if doc.text[tokens[position].end : tokens[position + 1].start].strip() != _JOINED_BY:
        return None
    after = tokens[position + 1]
    opening = doc.text[max(0, tokens[position].start - 1) : tokens[position].start]
    if opening in _BRACKETS and doc.text[after.end : after.end + 1] == _BRACKETS[opening]:
        return word  # "(목포=연합뉴스)", "[세종=뉴시스]"
    if position + 2 < len(tokens) and tokens[position + 2].text.startswith(_REPORTER) and is_hangul(after.text):
        return word
    return None


def korean_dateline(doc: ActorDocument, position: int, town_of: Callable[[str], Place | None]) -> Candidate | None:
    """A place candidate for the dateline's town; `town_of(stem)` is the place a Hangul name spells or None."""
    word = korean_dateline_town(doc, position)
    if word is None:
        return None
    place = town_of(word)
    if place is None or place.kind == "state":
        return None
    return place_candidate(position, position, word, place, ActorKind.place)
