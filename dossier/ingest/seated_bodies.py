"""A body named with the town it sits in, after a comma: "the Maritime Operations Centre, Port Keldra",
"the Regional Police Headquarters, Tessport", "Halvard Barracks, Ostrow".

Military and government texts tell apart posts, centres and barracks of the same name by the town
that follows them. The town is part of the body's name there (re3d marks "Operational Coordination
Centre, Dapaong" whole), so the body and its town are read as one draft, of the body's kind. Only
bodies whose head word names a site (a centre, a headquarters, a post, a barracks) are read so: "the
Ministry of Health, Kenya and Uganda" is a list.
"""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument, cased
from dossier.ingest.common_words import zipf
from dossier.ingest.cues import STREET_HEADS
from dossier.ingest.grouping import Candidate
from dossier.model import ActorKind

# Head words of bodies that sit in one town and are told apart by it.
SITE_HEADS = frozenset(
    {
        "academy",
        "barracks",
        "centre",
        "center",
        "college",
        "command",
        "garrison",
        "headquarters",
        "hospital",
        "office",
        "post",
        "school",
        "station",
    }
)

# What may follow the town: the end of the apposition or of the sentence.
_TOWN_ENDS = (",", ".", ";", ":", ")", "\n")

_BODY_KINDS = (ActorKind.organization, ActorKind.armed_force, ActorKind.place, ActorKind.other, ActorKind.media)
_TOWN_KINDS = (ActorKind.place, ActorKind.other)
_TOWN_WORDS = 4  # "Datu Odin Sinsuat": a town's name has at most four words


def bodies_at_towns(doc: ActorDocument, candidates: list[Candidate]) -> list[Candidate]:
    """Joins a site's body and the town named after it and a comma into one draft."""
    tokens, text = doc.tokens, doc.text
    by_first = {c.first: c for c in candidates}
    joined: list[Candidate] = []
    used: set[int] = set()
    for body in candidates:
        if body.kind not in _BODY_KINDS or tokens[body.last].folded not in SITE_HEADS or body.last == body.first:
            continue
        town = by_first.get(body.last + 1) or _unread_town(doc, body.last + 1)
        if town is None or town.kind not in _TOWN_KINDS or town.last - town.first >= _TOWN_WORDS:
            continue
        if text[tokens[body.last].end : tokens[town.first].start] != ", ":
            continue
        end = tokens[town.last].end
        if end < len(text) and not text.startswith(_TOWN_ENDS, end):
            continue  # "the Centre, Varn Street": the town's name must end the apposition
        if any(tokens[k].folded in SITE_HEADS for k in range(town.first, town.last + 1)):
            continue  # "Command, Joint Operations Centre": two bodies, not a body and its town
        if tokens[town.last].folded in STREET_HEADS:
            continue  # "the Civic Centre, Mardle Square": an address, not the town
        name = text[tokens[body.first].start : end]
        # a site of no kind is a place ("Halvard Barracks"); "Forward Command Post" is no newspaper
        kind = {ActorKind.other: ActorKind.place, ActorKind.media: ActorKind.organization}.get(body.kind, body.kind)
        joined.append(Candidate(body.first, town.last, name, kind, "a body and the town it sits in", 0.6))
        used.update((id(body), id(town)))
    if not joined:
        return candidates
    return [c for c in candidates if id(c) not in used] + joined


# A word this rare is no English word: a small town's name no rule read ("Eyl").
_RARE_WORD = 2.5


def _unread_town(doc: ActorDocument, k: int) -> Candidate | None:
    """One capitalised rare word after the comma that no rule read as a name: the town's name."""
    tokens = doc.tokens
    if k >= len(tokens) or not cased(tokens[k]) or tokens[k].text.isupper() or zipf(tokens[k].folded) >= _RARE_WORD:
        return None
    return Candidate(k, k, tokens[k].text, ActorKind.place, "a town after a body's site", 0.5)
