"""A battalion's short name: its number, then its regiment's initials.

Commonwealth armies write "1st Battalion, Royal Varn Regiment" as "1 RVR" and "3rd Battalion, King's African
Rifles" as "3 KAR". The text defines it in brackets after the full name; the bare letters are the regiment's
(or another battalion's) and no name of their own, so the number and the letters become one alias of the
battalion wherever they stand together.
"""

from __future__ import annotations

import re

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.grouping import Candidate
from dossier.ingest.numbered_names import UNIT_ORDINAL
from dossier.model import ActorKind

_SHORT_NAME = re.compile(r" \((\d{1,3}) ([A-Z]{2,5})\)")


def battalion_short_names(doc: ActorDocument, candidates: list[Candidate]) -> list[Candidate]:
    """'9th Battalion, Varn Rifles (9 VR)': every "9 VR" of the text names that battalion, and "VR" alone
    after the number is no draft of its own."""
    tokens, text = doc.tokens, doc.text
    short_names: dict[tuple[str, str], Candidate] = {}
    for unit in candidates:
        ordinal = UNIT_ORDINAL.fullmatch(tokens[unit.first].text)
        if unit.kind is not ActorKind.armed_force or ordinal is None or unit.last - unit.first < 2:
            continue
        found = _SHORT_NAME.match(text, tokens[unit.last].end)
        if found is None or found[1] != ordinal[1]:
            continue
        capitals = [t.text[0] for t in tokens[unit.first + 1 : unit.last + 1] if t.text[:1].isupper()]
        # the regiment's initials without the battalion's head ("Battalion" of "9th Battalion, Varn Rifles")
        if found[2] in ("".join(capitals[1:]), "".join(capitals)):
            short_names[(found[1], found[2])] = unit
    if not short_names:
        return candidates
    out: list[Candidate] = []
    for candidate in candidates:
        named: Candidate | None = None
        if candidate.first == candidate.last and candidate.first > 0:
            number = tokens[candidate.first - 1]
            if text[number.end : tokens[candidate.first].start] == " ":
                named = short_names.get((number.text, candidate.name))
        if named is None:
            out.append(candidate)
            continue
        first = candidate.first - 1
        name = text[tokens[first].start : tokens[candidate.last].end]
        out.append(
            Candidate(
                first,
                candidate.last,
                name,
                ActorKind.armed_force,
                "a battalion's number and its regiment's initials",
                named.confidence,
                canonical=named.canonical or named.name,
            )
        )
    return out
