"""German nouns that GeoNames keeps as another spelling of a large city abroad: "Kitas" (Quito),
"Kanton" (Guangzhou's old name). German capitalises every noun, so such a word is no name by its
capital; two shapes tell the noun: a frequent noun with "-s" ("Schulen und Kitas"), and a noun
for an administrative area right before the area's name ("dem Kanton Aargau", "der Provinz Limburg").
A town's own name is never asked ("Essen", "Baden" stay towns where their rules read them).
"""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.gazetteer import Place
from dossier.ingest.names import fold
from dossier.ingest.other_language_common import gap_after, word_frequency

# How frequent (Zipf) a noun must be for its form with "-s" (a plural: "Kitas", "Autos"; a genitive:
# "des Tors") to be that noun: "Kita" 4.05. Only "-s": with "-n" or "-en" the stems of names are words
# ("Wien" -> "wie", "Bayern" -> "Bayer"). The town's own genitive ("Londons") is the town.
_FREQUENT_SINGULAR = 4.0

# Nouns for an administrative area that go before its name: "im Kanton Bern", "die Region Hannover".
_AREA_TITLE_NOUNS = frozenset(
    ["Kanton", "Kantons", "Provinz", "Region", "Bezirk", "Bezirks", "Departement", "Departements", "Oblast", "Gemeinde"]
)


def german_noun_spelling(doc: ActorDocument, place: Place, position: int, language: str) -> bool:
    """Whether the capitalised word at `position`, another spelling of a town, is a German noun here."""
    if language != "de":
        return False
    tokens = doc.tokens
    word = tokens[position].text
    if word in _AREA_TITLE_NOUNS and position + 1 < len(tokens):
        after = tokens[position + 1].text
        if gap_after(doc, position) == " " and after[:1].isupper():
            return True  # "mit dem Kanton Aargau": the canton, named after the noun
    singular = word[:-1]
    return (
        word.endswith("s")
        and len(singular) >= 3
        and word_frequency(singular.lower(), language) >= _FREQUENT_SINGULAR
        and doc.gazetteer.lookup((fold(singular),)) != place
    )
