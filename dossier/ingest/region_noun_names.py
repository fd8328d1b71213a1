"""The gazetteer's region a name and the lowercase region word after it make together.

English writes a region's own word in small letters as often as in capitals: "North Gyeongsang province", "Donetsk
oblast". The capitalised run alone ("North Gyeongsang") is the draft, named as written; when the gazetteer knows the
run and the word together as one place ("North Gyeongsang Province", "Donetsk Oblast"), the draft keeps that name
too, so that a page writing the word in capitals, or a page in another language read as that place, is one record
with it, not a second one side by side.
"""

from __future__ import annotations

from dossier.ingest.gazetteer import Gazetteer


def region_with_its_word(gazetteer: Gazetteer, words: tuple[str, ...], after: str) -> str | None:
    """The gazetteer's name of the place `words` (folded) and the word `after` name together, or None."""
    place = gazetteer.lookup((*words, after))
    return place.name if place is not None and place.kind == "place" else None
