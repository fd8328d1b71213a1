"""A group of forces named with the land it is stationed in: "Group of Soviet Forces in Germany", "Operational
Group of Russian Forces in Transnistria", "Northern Group of Forces in Poland".

The Soviet and Russian armies name a formation kept abroad so, and "in" ends the run of capitalised words,
so the draft lost the land that tells one group from another. "Group of ... Forces" then "in" and a land's
capitalised name (one or two words) are one name; "Russian forces in Syria", in lower case, are not.
"""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument, cased
from dossier.ingest.grouping import Candidate
from dossier.model import ActorKind

_LONGEST_LAND = 2  # words of the land's name after "in": "Germany", "East Germany"


def take_land_of_stationed_forces(doc: ActorDocument, candidate: Candidate) -> None:
    """Extend a 'Group of ... Forces' candidate over 'in' and the land after it."""
    tokens = doc.tokens
    first, last = candidate.first, candidate.last
    if candidate.kind is not ActorKind.armed_force or tokens[last].folded != "forces":
        return
    if not any(tokens[k].folded == "group" and tokens[k + 1].folded == "of" for k in range(first, last)):
        return
    k = last + 1
    if k + 1 >= len(tokens) or tokens[k].text != "in" or not tokens[last].joined or not tokens[k].joined:
        return
    end = k
    while end + 1 < len(tokens) and end - k < _LONGEST_LAND and cased(tokens[end + 1]) and tokens[end].joined:
        end += 1
        if not tokens[end].joined:
            break
    if end == k:
        return
    candidate.name = doc.text[tokens[first].start : tokens[end].end]
    candidate.last = end
