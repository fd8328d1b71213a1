"""Family firms named "<family>s of <town>": "Taylors of Harrogate", "Jarrolds of Norwich", "Whites of Appleton".

A family name in the plural (its stem a family name the lists know), "of" and a town the gazetteer knows make one
firm's name, as British shops, makers and foundries are named; "of" does not end the name there, and the plural is
no town of its own.
"""

from __future__ import annotations

from dossier.ingest.gazetteer import Gazetteer, is_region
from dossier.ingest.mentions import Token
from dossier.ingest.names import is_given_name, is_surname


def family_firm_of_a_town(tokens: list[Token], first: int, last: int, gazetteer: Gazetteer) -> bool:
    """Whether the run is one plural family name and "of" and a known town follow it: "Taylors of Harrogate"."""
    if first != last or last + 2 >= len(tokens) or tokens[last + 1].text != "of":
        return False
    if first > 0 and tokens[first - 1].folded == "the":
        return False  # "the Paps of Jura", "the Smiths of Leeds": hills or a family, no firm's name
    word, town = tokens[last], tokens[last + 2]
    if not (word.text.istitle() and word.folded.endswith("s") and len(word.folded) > 3):
        return False
    stem = word.folded[:-1]
    if not is_surname(stem) or is_given_name(word.folded) or is_surname(word.folded):
        return False  # "Williams of Cardiff", "Evans of Leeds": one person's family name, its "s" its own
    place = gazetteer.lookup((town.folded,)) if town.capitalised else None
    # a town, not a region ("the Paps of Jura": hills named for the island, no family's firm)
    return place is not None and place.kind == "place" and not is_region(place)
