"""Places each named alone in brackets, in a list of such brackets: "Fernando João (Cacuaco); Nádia Neto (Cazenga);
Demétrio Brás (Viana)", a list of appointments or candidates that gives each person's municipality in brackets.

One bracket holding a town's name may hold a nickname or a surname as well; two or more in one paragraph, each
holding only a town the tables hold, are a list of places (a party's initials, "(PSD)", are no town)."""

from __future__ import annotations

import re

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.gazetteer import Place
from dossier.ingest.grouping import Candidate
from dossier.ingest.names import fold
from dossier.ingest.other_language_common import place_candidate
from dossier.model import ActorKind

_BRACKET = re.compile(r"\(([^()\n]{2,40})\)")
_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_LONGEST_NAME = 4
_BRACKETS_IN_A_LIST = 2


def place_in_a_list_of_brackets(doc: ActorDocument, position: int, last: int, language: str) -> Candidate | None:
    """The run `position`..`last`, alone in brackets, a town the tables hold, with another such bracket nearby."""
    if language == "en":
        return None
    tokens = doc.tokens
    if not doc.text[: tokens[position].start].endswith("(") or not doc.text[tokens[last].end :].startswith(")"):
        return None
    if last - position >= _LONGEST_NAME:
        return None
    place = _town_named(doc, doc.text[tokens[position].start : tokens[last].end])
    if place is None:
        return None
    paragraph_start = doc.text.rfind("\n\n", 0, tokens[position].start) + 1
    paragraph_end = doc.text.find("\n\n", tokens[last].end)
    paragraph = doc.text[paragraph_start : paragraph_end if paragraph_end >= 0 else len(doc.text)]
    named = sum(1 for match in _BRACKET.finditer(paragraph) if _town_named(doc, match.group(1)) is not None)
    if named < _BRACKETS_IN_A_LIST:
        return None
    name = doc.text[tokens[position].start : tokens[last].end]
    return place_candidate(position, last, name, place, ActorKind.place)


def _town_named(doc: ActorDocument, text: str) -> Place | None:
    words = _WORDS.findall(text)
    if not words or len(words) > _LONGEST_NAME or " ".join(words) != text.strip() or not text[:1].isupper():
        return None
    if text.isupper():
        return None  # "Bundesanstalt für Materialforschung (BAM)": a body's initials, however a town is spelt (Bam)
    place = doc.gazetteer.lookup(tuple(fold(word) for word in words))
    if place is None or place.kind == "state":
        return None
    return place
