"""Swiss towns and villages named with their canton's code after them: "bei Bertschikon ZH", "zwischen
Attikon ZH und Kreuzlingen TG", "Sempach LU:", "à Bex VD". Swiss papers and police reports write every
smaller place so, whatever the language; the two capitals of a canton after a capitalised word tell a
place the gazetteer may not hold.
"""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.gazetteer import Place
from dossier.ingest.grouping import Candidate
from dossier.ingest.names import fold
from dossier.ingest.other_language_common import gap_after, place_candidate, word_frequency
from dossier.ingest.villages import village_names
from dossier.model import ActorKind

# The cantons' codes, as on number plates and in every Swiss place line.
CANTON_CODES = frozenset(
    [
        "ZH",
        "BE",
        "LU",
        "UR",
        "SZ",
        "OW",
        "NW",
        "GL",
        "ZG",
        "FR",
        "SO",
        "BS",
        "BL",
        "SH",
        "AR",
        "AI",
        "SG",
        "GR",
        # (no "AG": Aargau's code is every German company's "Aktiengesellschaft", "die Exaring AG")
        "TG",
        "TI",
        "VD",
        "VS",
        "NE",
        "GE",
        "JU",
    ]
)
# The languages of Switzerland's papers.
_SWISS_LANGUAGES = frozenset(("de", "fr", "it"))
# A word this frequent (Zipf) in the language before a code is a word of it ("die Polizei ZH"), unless the
# tables know it as a place ("Bern BE", "Thun BE").
_PLACE_WORD = 3.0


def town_before_its_canton(doc: ActorDocument, position: int, last: int, language: str) -> Candidate | None:
    tokens = doc.tokens
    if language not in _SWISS_LANGUAGES or position + 1 > last or gap_after(doc, position) != " ":
        return None
    word, code = tokens[position].text, tokens[position + 1].text
    if code not in CANTON_CODES or not word.isalpha() or not word[:1].isupper() or not word[1:].islower():
        return None
    if (
        position + 2 < len(tokens)
        and gap_after(doc, position + 1) in (" ", "-")
        and tokens[position + 2].text[:1].isupper()
    ):
        return None  # "Bern BE Holding": the code opens a longer name
    place = doc.gazetteer.lookup((fold(word),))
    if (
        place is None
        and fold(word) not in village_names(language)
        and word_frequency(word.lower(), language) >= _PLACE_WORD
    ):
        return None
    return place_candidate(position, position + 1, word, place or Place(word, "place", "Switzerland"), ActorKind.place)
