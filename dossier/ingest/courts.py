"""A court or a prosecutor's office named with the district or circuit it serves: "the US District Court
for the Southern District of Tarnland", "the Court of Appeals for the Eleventh Circuit", "the U.S.
Attorney's Office for the Northern District of Tarnland".

The words after "for" are the body's seat, part of its name: such a body works for no cause, so the
long run is one organisation, not a body and a place, and not too long to be a name.
"""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument, cased
from dossier.ingest.grouping import Candidate
from dossier.ingest.names import word_set
from dossier.model import ActorKind

_COURT = word_set("court office")
# "Court of Appeals for ...", "Court of Federal Claims for ...": a court's own words before its seat.
_COURT_OF = word_set("appeal appeals claims justice federal international")
# What a court's seat is called: the last word of its name, or the word before its "of".
_SEATS = word_set("district districts circuit division territory")
_GLUE = word_set("of the and")
# A court's name with its seat is longer than most names; past this it is a heading, not one name.
_LONGEST_COURT = 14


def court_with_its_seat(doc: ActorDocument, first: int, last: int) -> Candidate | None:
    """The whole court or office in a run of capitalised words from "Court ... for (the) ..." to its seat."""
    tokens = doc.tokens
    court = next((k for k in range(first, last) if tokens[k].folded in _COURT), None)
    if court is None or last - first + 1 > _LONGEST_COURT:
        return None
    k = court + 1
    while k <= last and (tokens[k].folded in _COURT_OF or tokens[k].folded == "of"):
        k += 1  # "Court of Appeals"
    if k > last or tokens[k].folded != "for":
        return None
    seat = k + 2 if k + 2 <= last and tokens[k + 1].folded == "the" else k + 1
    words = [tokens[j] for j in range(seat, last + 1)]
    if not words or not any(t.folded in _SEATS for t in words):
        return None  # "the Court for Arbitration of Sport": no district or circuit, another rule reads it
    if not all(cased(t) or t.folded in _GLUE for t in words) or words[-1].folded in _GLUE:
        return None
    opening = first + 1 if tokens[first].folded == "the" else first
    name = doc.text[tokens[opening].start : tokens[last].end]
    return Candidate(opening, last, name, ActorKind.organization, "a court and the seat it sits for", 0.65)
