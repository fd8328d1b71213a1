"""A venue named for what is held there: "the Varnby International Convention Centre", "Tarnby Leisure Centre".

"Centre" alone heads a body's name ("Centre for Policy Studies", "National Cyber Security Centre"); a centre
for sport, conferences, exhibitions or shopping is a building people go to, a place.
"""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.grouping import Candidate
from dossier.ingest.names import word_set
from dossier.model import ActorKind

_CENTRE_HEADS = word_set("centre center")
# What a venue is for, right before its "Centre"
_HELD_THERE = word_set(
    "sports sport convention conference exhibition exhibitions leisure shopping aquatics aquatic events"
)


def venue_candidate(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> Candidate | None:
    """A place for a run of capitalised words that ends in '<what is held there> Centre'."""
    if len(words) < 2 or words[-1] not in _CENTRE_HEADS or words[-2] not in _HELD_THERE:
        return None
    if not all(doc.tokens[k].text[:1].isupper() for k in (last - 1, last)):
        return None
    name = doc.text[doc.tokens[position].start : doc.tokens[last].end]
    return Candidate(position, last, name, ActorKind.place, f"a venue, '{words[-2]} {words[-1]}'", 0.65)
