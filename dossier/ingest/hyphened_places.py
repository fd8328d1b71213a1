"""Known places whose names join words by hyphens with a small word in lower case: "Trás-os-Montes",
"Idanha-a-Nova", "Rostov-na-Donu" as a table spells it.

The reader's runs are of capitalised words, so such a name is cut at its small word ("Trás", then
"Montes") and the table's spelling, hyphens and all, is never asked. Only a chain the tables hold
whole is read: Portuguese joins common nouns so too ("o Pé-de-Meia", a savings programme), and
those are no place.
"""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.gazetteer import Place
from dossier.ingest.grouping import Candidate
from dossier.ingest.names import fold
from dossier.ingest.other_language_common import LONGEST_HYPHEN_CHAIN, gap_after, place_candidate
from dossier.ingest.villages import village_names
from dossier.model import ActorKind


def hyphened_known_place(doc: ActorDocument, position: int, language: str = "") -> Candidate | None:
    """The place a chain of words joined by hyphens from `position` names, one part in lower case: a town the
    gazetteer holds, or a village of the language's countries ("em Proença-a-Nova", "Santa Clara-a-Velha")."""
    tokens = doc.tokens
    if not tokens[position].text[:1].isupper() or (position > 0 and gap_after(doc, position - 1) == "-"):
        return None
    end = position
    while end + 1 < len(tokens) and gap_after(doc, end) == "-" and end - position < LONGEST_HYPHEN_CHAIN:
        end += 1
    parts = [tokens[k].text for k in range(position, end + 1)]
    # the last part may be small too when it is a word of its own: "Vila-real", "Vila-seca" (Catalan)
    if end == position or all(part[:1].isupper() for part in parts) or not parts[-1].isalpha():
        return None
    name = doc.text[tokens[position].start : tokens[end].end]
    place = doc.gazetteer.lookup((fold(name),))
    if place is None and fold(name) in village_names(language):
        place = Place(name, "place")
    if place is None:
        return None
    kind = ActorKind.state if place.kind == "state" else ActorKind.place
    return place_candidate(position, end, name, place, kind)
