"""A venue or a site named for what is done there: "the Varnby International Convention Centre", "Tarnby
Leisure Centre", "the Tarvik Cargo Center", "the Varnby Naval Facility".

"Centre" and "Facility" alone head a body's name ("Centre for Policy Studies", "National Cyber Security Centre",
"European Peace Facility", a fund); a centre for sport, conferences, exhibitions, shopping or cargo is a building
people go to, and a naval or air facility is a base: places.
"""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.grouping import Candidate
from dossier.ingest.names import word_set
from dossier.model import ActorKind

_CENTRE_HEADS = word_set("centre center")
# What a venue is for, right before its "Centre"
_HELD_THERE = word_set(
    "sports sport convention conference exhibition exhibitions leisure shopping aquatics aquatic events cargo"
)
_FACILITY_HEADS = word_set("facility")
# What a base is for, right before its "Facility": "Naval Support Facility", "Air Facility"
_BASE_WORK = word_set("naval navy air support port")


def venue_candidate(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> Candidate | None:
    """A place for a run of capitalised words that ends in '<what is held there> Centre' or '<a base's work>
    Facility'."""
    if len(words) < 2:
        return None
    venue = words[-1] in _CENTRE_HEADS and words[-2] in _HELD_THERE
    base = words[-1] in _FACILITY_HEADS and words[-2] in _BASE_WORK
    if not venue and not base:
        return None
    if not all(doc.tokens[k].text[:1].isupper() for k in (last - 1, last)):
        return None
    name = doc.text[doc.tokens[position].start : doc.tokens[last].end]
    return Candidate(position, last, name, ActorKind.place, f"a site, '{words[-2]} {words[-1]}'", 0.65)
