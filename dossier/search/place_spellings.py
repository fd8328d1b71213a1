"""Other spellings of the places a workspace names, read from the gazetteer that ingest uses.

An analyst types the spelling in front of them (Kiev, Homel, Bombay, Leningrad), while a place
that ingest drafted is named as its source wrote it (Kyiv, Gomel, Mumbai, Saint Petersburg), and
nobody has added the other spellings as aliases yet. The gazetteer gives one place all its
spellings, so a query word that it reads as the same place as an actor's name finds that actor.

Only when the gazetteer's table is already built (ingest builds it): a search never waits the
~20 s a first build takes. A word as frequent as an everyday English one ("soul", a spelling of
Seoul) is not read as a place: the analyst most likely meant the word.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

# Zipf 4 is once in 100,000 words ("soul", "lime"); rarer spellings (Kiev, Bombay) are read as places.
_EVERYDAY = 4.0


class PlaceSpellings:
    """Which actors of a workspace the gazetteer takes a folded word for (built on first use)."""

    def __init__(self, spellings: Mapping[str, list[str]]) -> None:
        self._spellings = spellings
        self._table: Any = None
        self._actors: dict[Any, set[str]] | None = None

    def actors_named(self, folded: str) -> set[str]:
        """The ids of place actors that `folded` (one folded word or a phrase) is another spelling of."""
        if len(folded) < 4 or not self._loaded() or not self._actors:
            return set()
        actors = self._actors.get(self._place(folded), set())
        if not actors:
            return set()
        from dossier.ingest.common_words import zipf  # its word list loads on first use (~0.3 s)

        return set(actors) if zipf(folded) < _EVERYDAY else set()

    def _loaded(self) -> bool:
        if self._actors is None:
            from dossier.ingest.gazetteer import gazetteer, is_ready

            if not is_ready():
                return False
            self._table = gazetteer()
            self._actors = {}
            for actor_id, names in self._spellings.items():
                if not names or self._place(names[0]) is None:
                    continue  # only an actor whose own name is a place: not a person called "Sydney"
                for name in names:
                    place = self._place(name)
                    if place is not None:
                        self._actors.setdefault(place, set()).add(actor_id)
        return True

    def _place(self, spelling: str) -> Any:
        from dossier.ingest.gazetteer import place_key

        key = place_key(spelling)
        return self._table.lookup(tuple(key.split())) if key else None
