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


# A landform named by its noun and an adjective, both capitalised and declined together: "z Puszczy Białowieskiej"
# (Puszcza Białowieska), "nad Zalewem Wiślanym", "na Pojezierzu Mazurskim", "w Górach Świętokrzyskich", "znad Morza
# Północnego". Each noun: its forms -> its nominative, and the gender its adjective takes (f, m, n, plural).
_LANDFORM_NOUNS = (
    ("f", "Puszcza Puszczy Puszczę Puszczą"),
    ("f", "Wyżyna Wyżyny Wyżynie Wyżynę Wyżyną"),
    ("f", "Nizina Niziny Nizinie Nizinę Niziną"),
    ("f", "Kotlina Kotliny Kotlinie Kotlinę Kotliną"),
    ("f", "Zatoka Zatoki Zatoce Zatokę Zatoką"),
    ("f", "Mierzeja Mierzei Mierzeję Mierzeją"),
    ("n", "Pojezierze Pojezierza Pojezierzu Pojezierzem"),
    ("n", "Pogórze Pogórza Pogórzu Pogórzem"),
    ("n", "Morze Morza Morzu Morzem"),
    ("m", "Zalew Zalewu Zalewie Zalewem"),
    ("p", "Góry Gór Górach Górami"),
    ("p", "Bory Borów Borach Borami"),
)
# The adjective's case endings -> its nominative ending, by gender, the longest first.
_ADJECTIVE_ENDINGS = {
    "f": (("iej", "a"), ("ej", "a"), ("ą", "a"), ("a", "a")),
    "m": (("iego", "i"), ("ego", "y"), ("iemu", "i"), ("emu", "y"), ("im", "i"), ("ym", "y"), ("i", "i"), ("y", "y")),
    "n": (("iego", "ie"), ("ego", "e"), ("iemu", "ie"), ("emu", "e"), ("im", "ie"), ("ym", "e"), ("e", "e")),
    "p": (("ich", "ie"), ("ych", "e"), ("imi", "ie"), ("ymi", "e"), ("ie", "ie"), ("e", "e")),
}
_SHORTEST_ADJECTIVE_STEM = 4


@lru_cache(maxsize=1)
def _landform_forms() -> dict[str, tuple[str, str]]:
    table: dict[str, tuple[str, str]] = {}
    for gender, row in _LANDFORM_NOUNS:
        forms = row.split()
        table.update((form, (forms[0], gender)) for form in forms)
    return table


def polish_landform_with_adjective(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    """'z Puszczy Białowieskiej' -> Puszcza Białowieska: a landform's noun and its adjective, in the nominative."""
    tokens = doc.tokens
    if language != "pl" or position + 1 >= len(tokens) or gap_after(doc, position) != " ":
        return None
    noun = _landform_forms().get(tokens[position].text)
    adjective = tokens[position + 1].text
    if noun is None or not adjective[:1].isupper() or not adjective.isalpha():
        return None
    lower = adjective.lower()
    for ending, nominative in _ADJECTIVE_ENDINGS[noun[1]]:
        if lower.endswith(ending) and len(adjective) - len(ending) >= _SHORTEST_ADJECTIVE_STEM:
            name = f"{noun[0]} {adjective[: len(adjective) - len(ending)]}{nominative}"
            return place_candidate(position, position + 1, name, Place(name, "place"), ActorKind.place)
    return None
