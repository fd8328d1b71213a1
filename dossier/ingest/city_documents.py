"""A large city named in the document or the talks it gave its name to: "the Geneva communiqué",
"the Geneva talks", "the Vienna process".

Readers (and re3d) mark the city inside such a phrase as a place. A city whose name is also a
frequent word in English text ("Geneva" is as frequent as many ordinary words, because it is
written so often) is otherwise read only after a preposition of place; before a document's or a
meeting's word it is the city the document or the talks are named after.
"""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.cues import DOCUMENT_HEADS
from dossier.ingest.gazetteer import Gazetteer
from dossier.ingest.grouping import Candidate
from dossier.ingest.names import word_set
from dossier.model import ActorKind

# A city this large gives its name to talks and documents ("Geneva", "Vienna"); a town whose name is
# a common word ("Reading", "Mobile") gives its name to a local meeting at most, and is read as the word.
NAMED_AFTER_CITY = 150_000

# Words after the city for the talks held there: "the Geneva talks", "the Astana format".
_MEETING_HEADS = word_set("talks process format conference summit negotiations consultations")


def city_named_by_document(doc: ActorDocument, position: int) -> Candidate | None:
    """The one word at `position` as the large city a document or talks named right after it are
    named for ("communiqué", "declaration", "talks", in either case), if the gazetteer knows one."""
    tokens = doc.tokens
    if position + 1 >= len(tokens) or not tokens[position].joined:
        return None
    after = tokens[position + 1].folded
    if after not in DOCUMENT_HEADS and after not in _MEETING_HEADS:
        return None
    place = doc.gazetteer.lookup((tokens[position].folded,))
    if place is None or not large_city(doc.gazetteer, tokens[position].folded):
        return None
    found_by = f"gazetteer: {place.name}, {place.country} (a document or talks are named after it)"
    return Candidate(
        position, position, tokens[position].text, ActorKind.place, found_by, 0.6, gazetteer_name=place.name
    )


def large_city(gazetteer: Gazetteer, word: str) -> bool:
    """Whether the gazetteer knows the one word as a city large enough to name documents and talks."""
    place = gazetteer.lookup((word,))
    return place is not None and place.kind == "place" and place.population >= NAMED_AFTER_CITY
