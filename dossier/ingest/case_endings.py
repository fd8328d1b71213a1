"""Places in the languages that say "in", "from" and "to" by a case ending on the name, not by a preposition
before it: Hungarian ("Budapesten", "Győrből", "Szegedre", "Ausztriából") and Finnish ("Tampereella",
"Helsingistä", "Ouluun", "Suomessa").

The ending of a case of place stands for a preposition of place, as Turkish "Rize'de" does (`turkish_places`),
so a known town read back from such a word is the town. The rows here give the dictionary forms a word may
come from (`word_forms.base_forms` asks them); the gazetteer decides which of them is a name. Hungarian
lengthens a name's last "a"/"e" before an ending ("Szentendre" -> "Szentendrén", "Ausztria" -> "Ausztriába");
Finnish softens a name's last consonant ("Helsinki" -> "Helsingissä", "Turku" -> "Turussa", "Lappi" ->
"Lapissa") and turns a last "i" to "e" ("Suomi" -> "Suomessa", "Riihimäki" -> "Riihimäellä").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dossier.ingest.actor_document import ActorDocument

# Hungarian endings of place, with vowel harmony's variants: in, into, out of; on, onto, off; at, to, from; as
# far as. "-on/-en/-ön" is "in" for Hungarian towns ("Budapesten", "Szegeden"), "-ett/-ott/-ött" for some
# ("Pécsett", "Győrött").
_HUNGARIAN_PLACE: tuple[str, ...] = ("ban", "ben", "ba", "be", "ból", "ből", "ra", "re", "ról", "ről", "nál", "nél")
_HUNGARIAN_PLACE += ("hoz", "hez", "höz", "tól", "től", "ig", "on", "en", "ön", "ett", "ott", "ött")
# ...and the other cases a name takes (of, with, the object): read back, but no sign of a place by themselves.
_HUNGARIAN_OTHER = ("nak", "nek", "val", "vel", "ot", "et", "öt", "t")


# Hungarian long vowels a name may end in, which take the "-n" of "in" with no vowel before it
_LONG_VOWELS = ("ó", "ő", "ú", "ű", "í")


def _hungarian_rows() -> tuple[tuple[str, str], ...]:
    rows: list[tuple[str, str]] = []
    for ending in (*_HUNGARIAN_PLACE, *_HUNGARIAN_OTHER):
        # a name's last "a"/"e" lengthens before the ending: "Ausztriából", "Szentendrén" (after a vowel "-n")
        rows += [("á" + ending, "a"), ("é" + ending, "e")]
        if ending != "t":
            rows.append((ending, ""))
    rows += [("án", "a"), ("én", "e")]
    # a name ending in a long vowel takes "-n" for "in" ("Makó" -> "Makón", "Hajdúszoboszló" -> "Hajdúszoboszlón")
    rows += [(vowel + "n", vowel) for vowel in _LONG_VOWELS]
    return tuple(rows)


HUNGARIAN = _hungarian_rows()

# Finnish endings of place: in, out of, into (-ssa, -sta, and the illative's doubled vowel and "n"); on, off,
# onto (-lla, -lta, -lle), with vowel harmony's variants.
_FINNISH_PLACE = ("ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle")
_FINNISH_ILLATIVE = (*((vowel * 2 + "n", vowel) for vowel in "aäouyöie"), ("seen", ""))
# ...and the genitive ("Helsingin ja Turun välillä"), read back but no sign of a place by itself.
# A name in the plural ("Alankomaat", the Netherlands) takes "-i-" before the ending: "Alankomaissa",
# "Alankomaista", "Alankomaihin".
_FINNISH_PLURAL = (("issa", "at"), ("ista", "at"), ("ihin", "at"), ("illa", "at"), ("ille", "at"))
# A foreign name ending in a consonant takes "-i-" before the ending: "Uzbekistanista", "Pakistanissa", "Iraniin".
_FINNISH_LINKED = (("issa", ""), ("issä", ""), ("ista", ""), ("istä", ""), ("iin", ""))
FINNISH = (
    *((ending, "") for ending in _FINNISH_PLACE),
    *_FINNISH_ILLATIVE,
    *_FINNISH_PLURAL,
    *_FINNISH_LINKED,
    ("n", ""),
)

# Greek declines a name after its article: "τον Πειραιά", "της Σαντορίνης", "τη Ρόδο", "της Κω", "του Βόλου"
# (Πειραιάς, Σαντορίνη, Ρόδος, Κως, Βόλος). Accents are compared folded away ("Ζακύνθου": Ζάκυνθος).
GREEK = (
    ("ου", "ος"),
    ("ο", "ος"),
    ("ου", "ο"),
    ("ά", "άς"),
    ("α", "ας"),
    ("ή", "ής"),
    ("η", "ης"),
    ("ας", "α"),
    ("άς", "ά"),
    ("ης", "η"),
    ("ής", "ή"),
    ("ω", "ως"),
)

_PLACE_ENDINGS: dict[str, tuple[str, ...]] = {
    "hu": (
        _HUNGARIAN_PLACE
        + tuple("á" + e for e in _HUNGARIAN_PLACE)
        + ("án", "én")
        + tuple(v + "n" for v in _LONG_VOWELS)
    ),
    "fi": _FINNISH_PLACE + tuple(ending for ending, _ in _FINNISH_ILLATIVE) + ("ihin",),
}
CASE_ENDING_LANGUAGES = frozenset(_PLACE_ENDINGS)
_HOME_COUNTRY = {"hu": "Hungary", "fi": "Finland"}
_SHORTEST_STEM = 2


def finnish_strong_forms(stem: str) -> list[str]:
    """The names a Finnish stem may be the weak grade of: 'Helsingi' -> Helsinki, 'Turu' -> Turku, 'Lapi' ->
    Lappi, 'Suome' -> Suomi, 'Riihimäe' -> Riihimäki, 'Lahde' -> Lahti, 'Tamperee' -> Tampere."""
    forms: list[str] = []
    if len(stem) < _SHORTEST_STEM + 1:
        return forms
    last, body = stem[-1], stem[:-1]
    if last == "e":
        if body.endswith("e"):
            forms.append(body)  # "Tampereella": the long vowel of an "e" stem
        forms += [body + "i", body + "ki"]  # "Suomessa", "Riihimäellä"
        if body.endswith("d"):
            forms.append(body[:-1] + "ti")  # "Lahdessa"
        if body.endswith("ng"):
            forms.append(body[:-2] + "nki")  # "Helsingen" is rare; "Helsingissä" below
    if last in "aäiouy":
        if body.endswith("ng"):
            forms.append(body[:-2] + "nk" + last)  # "Helsingissä"
        if body[-1:] in ("p", "t", "k") and body[-2:-1] not in ("p", "t", "k"):
            forms.append(body + body[-1] + last)  # "Lapissa" (Lappi), "Kotkassa" stays
        if body[-1:] and body[-1] not in "aäeiouyö" and body[-1] != "k":
            forms.append(body + "k" + last)  # "Turussa" (Turku)
        if body.endswith(("nn", "ll", "rr")):
            forms.append(body[:-1] + "t" + last)  # "Lappeenrannassa" (Lappeenranta), "Kouvolan" stays
    return [form for form in forms if form != stem]


# Postpositions of place after a name (Finnish: after its genitive), and the words that join a list before one:
# "Helsingin ja Turun välillä" (between), "Szeged közelében" (near), "Győr és Komárom között" (between).
_POSTPOSITIONS = {
    # ...and "at" a place on a road or a coast, "close to" one: "Simon kohdalla", "Kemin tuntumassa"
    "fi": frozenset(
        ["välillä", "lähellä", "kautta", "ympäristössä", "edustalla", "keskustassa", "kohdalla", "tuntumassa"]
    ),
    "hu": frozenset(["mellett", "közelében", "között", "felé", "határában", "környékén", "térségében"]),
}
_LIST_WORDS = frozenset(["ja", "és", "sekä", "vagy", "tai"])
_LONGEST_LIST = 3


# A Finnish town's genitive before a noun of its parts ("Kotkan satama", "Tornion raja-asemalle", "Oulun
# keskustassa", "Lappeenrannan lentoasema": its port, border post, centre, airport): the town's, as "of" is.
_FINNISH_TOWN_PARTS = (
    "satam",
    "lentoasem",
    "rautatieasem",
    "raja-asem",
    "keskust",
    "kaupung",
    "kaupunki",
    "seud",
    "seutu",
    "kunna",
    "kunta",
)


_LONGEST_PART = max(len(part) for part in _FINNISH_TOWN_PARTS)


def _part_of_a_finnish_town(word: str, language: str) -> bool:
    return language == "fi" and word.startswith(_FINNISH_TOWN_PARTS)


def before_a_postposition(doc: ActorDocument, position: int, language: str) -> bool:
    """'Szeged közelében', 'Helsingin ja Turun välillä': the name stands before a postposition of place."""
    tokens = doc.tokens
    postpositions = _POSTPOSITIONS.get(language, frozenset())
    k = position + 1
    for _ in range(_LONGEST_LIST):
        if k >= len(tokens) or not tokens[k - 1].joined:
            return False
        word = tokens[k].text
        following = doc.text[tokens[k].start : tokens[k].start + _LONGEST_PART].lower()
        if word in postpositions or (tokens[k - 1].text.endswith("n") and _part_of_a_finnish_town(following, language)):
            return True
        if word not in _LIST_WORDS or k + 1 >= len(tokens) or not tokens[k + 1].text[:1].isupper():
            return False
        k += 2  # "Helsingin ja Turun välillä": the list's next name, then the postposition
    return False


def place_case_ending(doc: ActorDocument, position: int, language: str) -> bool:
    """Whether the word at `position` ends with a Hungarian or Finnish case of place, or stands before a
    postposition of place: the ending or the postposition is the preposition other languages set before
    the name."""
    endings = _PLACE_ENDINGS.get(language)
    if endings is None:
        return False
    if before_a_postposition(doc, position, language):
        return True
    token = doc.tokens[position]
    if _named_as_written(doc, position, language):
        return False  # "Debrecen" as written is the name, though it ends as "-en" does
    word = token.text.lower()
    return any(word.endswith(ending) and len(word) - len(ending) >= _SHORTEST_STEM for ending in endings)


def _named_as_written(doc: ActorDocument, position: int, language: str) -> bool:
    """Whether the word as written is a place's name: one of the page's country ("Debrecen"), or one spelled
    letter for letter so abroad; "Makón" (in Makó) only folds as Macon in Georgia does."""
    token = doc.tokens[position]
    place = doc.gazetteer.lookup((token.folded,))
    if place is None:
        return False
    return place.kind == "state" or place.name == token.text or place.country == _HOME_COUNTRY.get(language)


# The cases of "in", "into" and "out of" (and Finnish "on/at", which its towns take as others take "in":
# "Imatralla") a person's surname takes only in odd phrases: "Imatralla" beside a chief Kari Imatra is the town,
# as German "in Brilon" is beside a reporter Katrin Brilon (`town_support`).
_NO_PERSON_ENDINGS = {
    "fi": ("ssa", "ssä", "sta", "stä", "lla", "llä", *(ending for ending, _ in _FINNISH_ILLATIVE)),
    "hu": ("ban", "ben", "ba", "be", "ból", "ből"),
}


def in_or_out_of_by_its_ending(doc: ActorDocument, position: int, language: str) -> bool:
    """Whether the word at `position` is declined in a case of place no person's name is found in."""
    endings = _NO_PERSON_ENDINGS.get(language)
    token = doc.tokens[position]
    if endings is None or doc.gazetteer.lookup((token.folded,)) is not None:
        return False
    word = token.text.lower()
    return any(word.endswith(ending) and len(word) - len(ending) >= _SHORTEST_STEM for ending in endings)
