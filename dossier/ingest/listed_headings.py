"""Firms named in capitals on a heading line of their own, with their stock's listing after them.

A market wrap or a quarterly round-up heads each company's paragraph with its name in capitals and its listing:
"QUELLBY MINING (ASX:QMB)", "VARNLEY RESOURCES LTD (TSX-V: VRZ)". A line in capitals reads as a shouted heading, so
the name was never read; the listing in brackets says the words are a listed company's name.
"""

from __future__ import annotations

import re

from dossier.ingest.actor_document import ActorDocument, tokens_in
from dossier.ingest.grouping import Candidate
from dossier.model import ActorKind

# A name in capitals (one to five words, "&", "-" and "'" inside), then its listing, alone on its line.
_LISTED_HEADING = re.compile(
    r"^[ \t]*(?P<name>[A-Z][A-Z0-9&'’.-]*(?: [A-Z][A-Z0-9&'’.-]*){0,4})[ \t]*"
    r"\((?:\s*[A-Z][A-Za-z.-]{1,11}\s*:\s*[A-Z0-9][A-Z0-9.]{0,7}\s*[;,]?)+\s*\)[ \t]*$",
    re.MULTILINE,
)
_FOUND_BY = "a heading in capitals with its stock's listing"


def firms_heading_with_listing(doc: ActorDocument, candidates: list[Candidate], starts: list[int]) -> list[Candidate]:
    """The firms whose names head a line in capitals before their listing, each a draft of kind organization (a
    candidate read there already takes the kind)."""
    found: list[Candidate] = []
    for match in _LISTED_HEADING.finditer(doc.text):
        words = tokens_in(starts, match.start("name"), match.end("name"))
        if not words:
            continue
        first, last = words.start, words.stop - 1
        same = [c for c in candidates if c.first == first and c.last == last]
        for candidate in same:
            candidate.kind, candidate.found_by, candidate.confidence = ActorKind.organization, _FOUND_BY, 0.7
        if not same and not any(c.first <= last and first <= c.last for c in candidates):
            name = doc.text[match.start("name") : match.end("name")]
            found.append(Candidate(first, last, name, ActorKind.organization, _FOUND_BY, 0.7))
    return found
