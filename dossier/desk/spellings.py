"""Folded spellings of records, kept between searches: what the desk's name pickers score against.

The review's look-alikes, the merge picker and the capture form's speaker and subject pickers
all compare a typed or drafted name with every spelling of every actor (and every event's
title) after folding them (`dossier.ingest.names.fold_phrase`). Folding ~5,000 spellings took
~19 ms at 100,000 quotes, once per draft shown or key typed. A table keeps them, keyed
(record id, number of the spelling), and folds again only the records that are new objects
since it was made: every write reloads the records it changed, so a changed record is a new
object.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any


class FoldedSpellings:
    def __init__(self, spellings: Callable[[Any], tuple[str, ...]]) -> None:
        """`spellings(record)`: the names to fold, the main one first."""
        self._spellings = spellings
        self._records: dict[str, tuple[Any, tuple[str, ...]]] = {}
        self._table: dict[tuple[str, int], str] = {}

    def of(self, records: Mapping[str, Any]) -> dict[tuple[str, int], str]:
        """{(record id, number): folded spelling} for `records`, in their order (do not change it)."""
        known = self._records
        if len(known) == len(records) and all(known.get(k, (None,))[0] is v for k, v in records.items()):
            return self._table
        from dossier.ingest.names import fold_phrase

        fresh: dict[str, tuple[Any, tuple[str, ...]]] = {}
        for record_id, record in records.items():
            entry = known.get(record_id)
            if entry is None or entry[0] is not record:
                entry = (record, tuple(" ".join(fold_phrase(s)) for s in self._spellings(record)))
            fresh[record_id] = entry
        self._records = fresh
        self._table = {
            (record_id, number): folded
            for record_id, (_record, folded_spellings) in fresh.items()
            for number, folded in enumerate(folded_spellings)
        }
        return self._table

    def count(self, record_id: str) -> int:
        """How many spellings a record has in the table (0 if it is not there)."""
        entry = self._records.get(record_id)
        return len(entry[1]) if entry else 0


def actor_spellings(actor: Any) -> tuple[str, ...]:
    return (actor.name, *actor.aliases)


def event_spellings(event: Any) -> tuple[str, ...]:
    return (event.title,)
