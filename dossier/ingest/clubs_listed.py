"""Towns listed with a club on a sports page are clubs too: 'with Sunderland and Hull City interested',
'Tarnby, Varnley City and Quell Rovers have asked about him'.

English clubs are often named by their town alone, so the gazetteer reads the bare name as the place.
In a list whose other item is a club (found as one on the page), the town stands for its club as well.
"""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.grouping import Candidate
from dossier.ingest.name_words import LIST_GAPS
from dossier.model import ActorKind

# How `name_kinds` marks a club it read by its head word on a sports page.
_CLUB_FOUND_BY = "a club on a sports page"


def clubs_listed_together(doc: ActorDocument, candidates: list[Candidate]) -> None:
    """Give a gazetteer town the kind of the club it is listed with, on a sports page."""
    if not doc.sports:
        return
    tokens, text = doc.tokens, doc.text
    ordered = sorted(candidates, key=lambda c: c.first)
    chains: list[list[Candidate]] = []
    for candidate in ordered:
        if chains and text[tokens[chains[-1][-1].last].end : tokens[candidate.first].start] in LIST_GAPS:
            chains[-1].append(candidate)  # (a gap that is no list's, or none, opens a new chain)
            continue
        chains.append([candidate])
    for chain in chains:
        club = next((c for c in chain if c.found_by == _CLUB_FOUND_BY), None)
        if club is None:
            continue
        for candidate in chain:
            if candidate.kind is ActorKind.place and candidate.found_by.startswith("gazetteer:"):
                candidate.kind = ActorKind.organization
                candidate.found_by = f"a town listed with the club '{club.name}' on a sports page"
                candidate.confidence = 0.6
