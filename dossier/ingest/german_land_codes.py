"""A town or a district before its German Land's code, or its district, in brackets: "Ratingen (NRW), 29.05.2023",
"Lohne, Lk. Vechta (NI)", "Bremerhaven (HB)", "Wieselburg (Bezirk Scheibbs)", "Moordorf (Kreis Aurich)". Police
reports, fire brigades' pages and local papers place each item so; nothing but a place stands before a Land's code
or a district in brackets. The town before a comma and a district's noun in such a line ("Gellersen, Lk. Lüneburg
(NI)") is a place of that district.
"""

from __future__ import annotations

import re

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.gazetteer import Place
from dossier.ingest.grouping import Candidate
from dossier.ingest.names import fold
from dossier.ingest.other_language_common import gap_after, place_candidate, word_frequency
from dossier.ingest.villages import village_names
from dossier.model import ActorKind

# The Länder's codes as such lines write them: the official two letters, and the older or longer forms in use
# ("NRW", "RLP", "Nds", "Bay").
_OFFICIAL_CODES = ("BW", "BY", "BE", "BB", "HB", "HH", "HE", "MV", "NI", "NW", "RP", "SL", "SN", "ST", "SH", "TH")
LAND_CODES = frozenset((*_OFFICIAL_CODES, "NRW", "RLP", "Nds", "Bay", "Hess"))
_CODE_AFTER = re.compile(r" \((?P<code>[A-Za-z]{2,4})\)")
# "Gellersen, Lk. Lüneburg (NI)": a district's noun (written out or abbreviated) after the town's comma, the
# district's name, then the Land's code
_DISTRICT_AFTER = re.compile(
    r", (?:Lk\.|Lkr\.|LK|Landkreis|Kreis|Region) [A-ZÄÖÜ][\w.-]*(?: [A-ZÄÖÜ][\w.-]*)? \((?P<code>[A-Za-z]{2,4})\)"
)
# "Wieselburg (Bezirk Scheibbs)", "Moordorf (Kreis Aurich)": the town, then its district in brackets
_DISTRICT_IN_BRACKETS = re.compile(
    r" \((?:Bezirk|Landkreis|Kreis|Lk\.|Lkr\.|LK|Kanton) [A-ZÄÖÜ][\w.-]*(?: [A-ZÄÖÜ][\w.-]*)?\)"
)
# A word this frequent (Zipf) before the code is a word of the language ("Polizei (NI)"), unless the tables know it
# as a place ("Celle (Nds)").
_PLACE_WORD = 3.0


def _land_code_follows(doc: ActorDocument, end: int) -> bool:
    if _DISTRICT_IN_BRACKETS.match(doc.text, end):
        return True
    for pattern in (_CODE_AFTER, _DISTRICT_AFTER):
        match = pattern.match(doc.text, end)
        if match is not None and match.group("code") in LAND_CODES:
            return True
    return False


def town_before_its_land_code(doc: ActorDocument, position: int, last: int, language: str) -> Candidate | None:
    """The word at `position`, closing its run, before a German Land's code in brackets (or before its district
    and that code)."""
    tokens = doc.tokens
    if language != "de" or position != last:
        return None
    word = tokens[position].text
    if not word.isalpha() or not word[:1].isupper() or not word[1:].islower():
        return None
    if not _land_code_follows(doc, tokens[position].end):
        return None
    first = position
    if position > 0 and gap_after(doc, position - 1) in (" ", "-") and tokens[position - 1].text[:1].isupper():
        # "Bad Dürrheim (BW)", "Ludwigshafen-Mitte (RP)": a name of two words
        two = doc.gazetteer.lookup((tokens[position - 1].folded, tokens[position].folded))
        if two is None or two.kind == "state":
            return None
        name = doc.text[tokens[position - 1].start : tokens[position].end]
        return place_candidate(position - 1, position, name, two, ActorKind.place)
    folded = fold(word)
    place = doc.gazetteer.lookup((folded,))
    if place is not None and place.kind == "state":
        return None
    frequent = word_frequency(word.lower(), language) >= _PLACE_WORD
    if place is None and folded not in village_names(language) and frequent:
        return None
    return place_candidate(first, position, word, place or Place(word, "place", "Germany"), ActorKind.place)
