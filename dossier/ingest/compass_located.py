"""A name placed by a compass point from another place right after it: "at Gunning, south of Goulburn", "in Tarnby,
some 40 kilometres north-west of Quellport". Only a place is so located, whatever its word looks like elsewhere
(a gerund, an adverb)."""

from __future__ import annotations

import re

from dossier.ingest.actor_document import ActorDocument

_LOCATED = re.compile(
    r",[ \t]+(?:about[ \t]+|some[ \t]+|just[ \t]+)?(?:\d[\d,.]*[ \t]*(?:kilometres|kilometers|km|miles)[ \t]+)?"
    r"(?:north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest)"
    r"[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z]"
)


def located_by_compass_after(doc: ActorDocument, position: int, last: int) -> bool:
    """Whether the name at `position`..`last` is followed by a comma, a compass point, "of" and a capitalised name."""
    return _LOCATED.match(doc.text, doc.tokens[last].end) is not None
