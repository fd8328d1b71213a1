"""Poland's mountain ranges and historical lands, in the cases Polish writes them: "w Tatrach", "z Podhala",
"na Mazowszu", "w Bieszczady".

GeoNames keeps towns, not ranges or the lands a reader names every day; their names are few and their
declined forms a closed set, so each is listed with its forms. A form that is also a person's name or a
word of the language is left out ("Mazur", a surname and a Masurian; "Małopolski", an adjective that opens
a body's name). A form right before another capitalised word opens a longer name ("Pomorze Zachodnie" is
read by the tables, "Podhale Nowy Targ" is a club), and one right after a capitalised word ends one
("Echo Podkarpacia", a newspaper).
"""

from __future__ import annotations

from functools import lru_cache

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.gazetteer import Place
from dossier.ingest.grouping import Candidate
from dossier.ingest.other_language_common import PLACE_PREPOSITIONS, gap_after, place_candidate
from dossier.model import ActorKind

# Each land: its nominative first, then the other forms a page writes.
_LANDS = (
    # mountain ranges, plural names
    "Tatry Tatr Tatrom Tatrami Tatrach",
    "Bieszczady Bieszczad Bieszczadów Bieszczadach Bieszczadami",
    "Pieniny Pienin Pieninach Pieninami",
    "Karkonosze Karkonoszy Karkonoszach Karkonoszami",
    "Beskidy Beskidów Beskidach Beskidami",
    "Sudety Sudetów Sudetach Sudetami",
    "Gorce Gorców Gorcach",
    # historical lands and regions
    "Podhale Podhala Podhalu",
    "Mazowsze Mazowsza Mazowszu",
    "Śląsk Śląska Śląsku Śląskiem",
    "Pomorze Pomorza Pomorzu",
    "Mazury Mazurach Mazurami",
    "Kaszuby Kaszubach",
    "Kujawy Kujawach",
    "Podlasie Podlasia Podlasiu",
    "Roztocze Roztocza Roztoczu",
    "Żuławy Żuław Żuławach",
    "Warmia Warmii Warmię",
    "Orawa Orawy Orawie",
    "Spisz Spiszu",
    "Podkarpacie Podkarpacia Podkarpaciu",
    "Wielkopolska Wielkopolsce Wielkopolskę",
    "Małopolska Małopolsce Małopolskę",
)


@lru_cache(maxsize=1)
def _forms() -> dict[str, str]:
    """Each form -> the land's nominative."""
    table: dict[str, str] = {}
    for row in _LANDS:
        forms = row.split()
        table.update((form, forms[0]) for form in forms)
    return table


def polish_land(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    tokens = doc.tokens
    if language != "pl":
        return None
    name = _forms().get(tokens[position].text)
    if name is None:
        return None
    if position + 1 < len(tokens) and gap_after(doc, position) == " " and tokens[position + 1].text[:1].isupper():
        return None  # "Podhale Nowy Targ": a longer name opens with the land's
    if position > 0 and gap_after(doc, position - 1) == " " and _name_word(tokens[position - 1].text):
        return None  # "Echo Podkarpacia", "Gazeta Małopolska": a newspaper's name ends with the land's
    return place_candidate(position, position, name, Place(name, "place"), ActorKind.place)


def _name_word(word: str) -> bool:
    """A capitalised word that is no preposition ("W Tatrach" opens a sentence with one)."""
    return word[:1].isupper() and word.lower() not in PLACE_PREPOSITIONS["pl"]
