"""A town before its street in a German place line: "(Varel, Bürgermeister-Heidenreich-Straße)", "Oldenburg,
Hauptstraße:", "in Kernen, Rosenweg 4". Police reports and local news give an incident's place so, the town
first and its street after a comma; a street's name ends in a street's noun, which no other name does.
"""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.gazetteer import Place
from dossier.ingest.grouping import Candidate
from dossier.ingest.names import fold
from dossier.ingest.other_language_common import gap_after, place_candidate
from dossier.ingest.villages import village_names
from dossier.model import ActorKind

# The endings of a street's name, one row per language ("Hauptstraße", "Rosenweg", "Marktplatz", "Lindenallee").
_STREET_ENDINGS: dict[str, tuple[str, ...]] = {
    "de": ("straße", "strasse", "weg", "platz", "allee", "gasse", "damm", "chaussee", "ufer", "steig"),
}
_LONGEST_STREET = 5  # tokens of a street's name joined by hyphens ("Bürgermeister-Heidenreich-Straße")


def _street_after(doc: ActorDocument, position: int, language: str) -> bool:
    endings = _STREET_ENDINGS.get(language)
    tokens = doc.tokens
    if endings is None or position + 1 >= len(tokens) or gap_after(doc, position) != ", ":
        return False
    k = position + 1
    for _ in range(_LONGEST_STREET):
        word = tokens[k].text
        if not word[:1].isupper():
            return False
        if word.lower().endswith(endings) and not (k + 1 < len(tokens) and gap_after(doc, k) == "-"):
            return True
        if k + 1 >= len(tokens):
            return False
        gap = gap_after(doc, k)
        if gap != "-" and not (gap == " " and word.endswith("er")):
            return False  # "Oldenburger Straße": a town's adjective in "-er", a space, the street's noun
        k += 1
    return False


def town_before_its_street(doc: ActorDocument, position: int, last: int, language: str) -> Candidate | None:
    """The word at `position`, closing its run, a town or a village the tables hold, before a comma and a street."""
    word = doc.tokens[position].text
    if position != last or not word.isalpha() or not word[1:].islower() or not _street_after(doc, position, language):
        return None
    folded = fold(word)
    place = doc.gazetteer.lookup((folded,))
    if place is None and folded not in village_names(language):
        return None
    if place is not None and place.kind == "state":
        return None
    return place_candidate(position, position, word, place or Place(word, "place"), ActorKind.place)
