"""Towns whose names open with a title word: "Prince Albert", "Bishop Auckland", "General Santos".

Read as a title and a name, such a town becomes a person called Albert or Auckland. Where the page
puts the words where a place goes (after "in", "near", "outside", "the mayor of", or a service "to" or "from"
them) and the gazetteer
knows them whole, they are the town. "Prince George visited" or "a letter from Prince George" stay the
titled person: "from", "to" and a bare "of" are as common before people as before towns.
"""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument, cased
from dossier.ingest.grouping import Candidate
from dossier.ingest.name_words import is_title
from dossier.ingest.names import word_set
from dossier.model import ActorKind

# Prepositions that put a town, not a person, right after them.
_ONLY_BEFORE_PLACES = word_set("in near outside around across into towards toward via")
# Journeys and the services that make them, before "to" or "from" a town: "its service to Bishop Auckland",
# "trains from Prince Rupert" (no one runs a bus to a person).
_JOURNEYS_BEFORE_TO = word_set(
    "service services bus buses train trains flight flights ferry ferries route routes coach coaches road roads "
    "line journey journeys trip trips link links"
)
# Nouns of a place's people or parts before "of": "the mayor of Prince Albert", "residents of ...".
_PLACE_OWNERS_BEFORE_OF = word_set(
    "mayor mayors city town township county district residents outskirts suburbs centre center streets"
)


def titled_town(doc: ActorDocument, first: int, last: int) -> Candidate | None:
    """The town the gazetteer knows by the whole run `first`..`last` that opens with a title word,
    when a place's preposition or noun comes right before it; else None."""
    tokens = doc.tokens
    if last == first or first == 0 or not is_title(tokens[first].folded):
        return None
    if not all(cased(tokens[k]) for k in range(first, last + 1)) or not tokens[first - 1].joined:
        return None
    before = tokens[first - 1].folded
    owner = first >= 2 and before == "of" and tokens[first - 2].folded in _PLACE_OWNERS_BEFORE_OF
    journey = first >= 2 and before in ("to", "from") and tokens[first - 2].folded in _JOURNEYS_BEFORE_TO
    if before not in _ONLY_BEFORE_PLACES and not owner and not journey:
        return None
    place = doc.gazetteer.lookup(tuple(tokens[k].folded for k in range(first, last + 1)))
    if place is None or place.kind != "place":
        return None
    name = doc.text[tokens[first].start : tokens[last].end]
    return Candidate(first, last, name, ActorKind.place, f"a town named with a title, after '{before}'", 0.7)
