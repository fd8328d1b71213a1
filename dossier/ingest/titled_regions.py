"""Regions whose official name opens with the word for a region, as Denmark's and Sweden's do: "Region
Midtjylland", "Region Hovedstaden", "Region Skåne", "Region Västerbotten".

The word is written with a capital as the name's first word, so the run holds both words; the region's own name
alone is a first-level region the gazetteer knows, and the whole is its official name, one place.
"""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.gazetteer import is_region
from dossier.ingest.grouping import Candidate
from dossier.ingest.other_language_common import place_candidate
from dossier.model import ActorKind

# language -> the word for a region that opens a region's official name
_REGION_WORD = {"da": "Region", "sv": "Region"}


def titled_region(doc: ActorDocument, position: int, last: int, language: str) -> Candidate | None:
    """'i Region Midtjylland': the word for a region and a first-level region's name closing the run, or None."""
    tokens = doc.tokens
    word = _REGION_WORD.get(language)
    if word is None or last != position + 1 or tokens[position].text != word or not tokens[position].joined:
        return None
    place = doc.gazetteer.lookup((tokens[last].folded,))
    if place is None or not is_region(place):
        return None
    name = doc.text[tokens[position].start : tokens[last].end]
    candidate = place_candidate(position, last, name, place, ActorKind.place)
    candidate.alias = tokens[last].text  # "Midtjylland": the region as the news names it in passing
    return candidate
