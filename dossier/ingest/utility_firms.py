"""Utilities named for the land they serve: "Thames Water", "Southern Water", "Scottish Power".

A region's word (a compass adjective, a people's adjective, a place the gazetteer knows or one of the
larger rivers of Britain and Ireland), then the utility supplied, both capitalised, names the firm or
public body that supplies it; the water of a river is written in lower case ("Thames water"). Both words
are frequent, so the rule that drops capitalised common words would drop the name.
"""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.names import word_set

_UTILITIES = word_set("water gas power electricity energy hydro")  # "Toronto Hydro", "Manitoba Hydro"
_REGION_ADJECTIVES = word_set(
    "northern southern eastern western north south east west central midlands anglian northumbrian "
    # England's old kingdoms, as utilities and police forces still name their regions ("Northumbria Water")
    "northumbria anglia mercia"
)
# Rivers that name water firms and boards, and the towns along their banks ("Tyneside"); the gazetteer holds
# towns, not rivers.
BRITISH_RIVERS = word_set(
    "thames severn trent tyne tees mersey wye dee clyde tay shannon liffey humber ouse wessex wear"
)


def riverside_region(folded: str) -> bool:
    """'tyneside', 'wearside', 'deeside': the towns along a river of Britain, by the river and "-side"."""
    return folded.endswith("side") and folded.removesuffix("side") in BRITISH_RIVERS


# What a utility's network arm runs, after the utility's word: "Western Power Distribution", "Northern Gas
# Networks", "Scottish Power Transmission" (the network's operator, a firm like the utility itself).
_NETWORK_WORDS = word_set("distribution networks network transmission")


def utility_firm(doc: ActorDocument, words: tuple[str, ...]) -> bool:
    """Whether `words` (folded) name a utility by its region: "Thames Water", "South West Water"."""
    if len(words) in (3, 4) and words[-1] in _NETWORK_WORDS and words[-2] in _UTILITIES:
        words = words[:-1]  # "Western Power Distribution": the utility's name, then the network it runs
    if len(words) not in (2, 3) or words[-1] not in _UTILITIES:
        return False
    region = words[:-1]
    if all(word in _REGION_ADJECTIVES or word in BRITISH_RIVERS for word in region):
        return True
    if len(region) == 1 and doc.gazetteer.country_of_demonym(region[0]) is not None:
        return True  # "Scottish Water", "Irish Water", "British Gas"
    return doc.gazetteer.lookup(region) is not None  # "Yorkshire Water", "Portsmouth Water"
