"""Title words that are no titles where they stand: "Dame" inside a hyphened place's name ("Notre-Dame-des-Neiges"),
"PM" after a clock's time ("5:41 PM MYT")."""

from __future__ import annotations

import re

from dossier.ingest.actor_document import ActorDocument

# A particle hyphened after a word inside a place's name: "-des-Neiges", "-de-Grâce".
_HYPHENED_PARTICLE = re.compile(r"[-‐](?:de|des|du|la|le|les|sur|en)[-‐]\w")


def before_hyphened_particle(doc: ActorDocument, k: int) -> bool:
    """'Dame' of 'Notre-Dame-des-Neiges': a word hyphened to the word before it and to a particle after it is
    part of one place's name, no title."""
    start, end = doc.tokens[k].start, doc.tokens[k].end
    return doc.text[start - 1 : start] in ("-", "‐") and _HYPHENED_PARTICLE.match(doc.text, end) is not None


def clock_pm(doc: ActorDocument, k: int) -> bool:
    """'5:41 PM MYT', '8 PM Friday': the afternoon's letters after a time, no prime minister."""
    return doc.tokens[k].folded == "pm" and k > 0 and doc.tokens[k - 1].text[-1:].isdigit()
