"""Finland's regions (maakunnat) in Finnish text: "Etelä-Karjalassa", "Kymenlaaksoon", "Pirkanmaan", "Lapissa".

A country's regions are read from ISO 3166-2 only where they hold 300,000 people on average (`regions`), and
Finland's nineteen hold a little fewer, so its news's most frequent place names below the state were never read.
Their names are nothing else in Finnish; each is read in any case, its last consonant softened as a town's is
("Satakunnassa": Satakunta, `case_endings.finnish_strong_forms`).
"""

from __future__ import annotations

from functools import lru_cache

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.case_endings import FINNISH, finnish_strong_forms


@lru_cache(maxsize=1)
def _regions() -> frozenset[str]:
    """ISO 3166-2's regions of Finland under their Finnish names (Åland, under its Swedish one, left out)."""
    import pycountry

    return frozenset(each.name for each in pycountry.subdivisions.get(country_code="FI") or () if " " not in each.name)


def finnish_region_at(doc: ActorDocument, position: int) -> tuple[int, str] | None:
    """The last token and the name of a region of Finland written (declined) from `position`, or None."""
    tokens = doc.tokens
    if not tokens[position].text[:1].isupper():
        return None
    end = position
    while end + 1 < len(tokens) and doc.text[tokens[end].end : tokens[end + 1].start] == "-":
        end += 1
    word = doc.text[tokens[position].start : tokens[end].end]
    regions = _regions()
    if word in regions:
        # "Toimittaja Lappi kertoi": bare, right after a capitalised word, a family name (Lappi, Kainu)
        after_a_name = position > 0 and tokens[position - 1].joined and tokens[position - 1].text[:1].isupper()
        return None if after_a_name else (end, word)
    for ending, base in FINNISH:
        if not word.endswith(ending) or len(word) - len(ending) < len("Lapi"):
            continue
        stem = word[: -len(ending)] + base
        for form in (stem, *finnish_strong_forms(stem)):
            if form in regions:
                return end, form
    return None
