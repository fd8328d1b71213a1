"""Round speed44: a process's first page waits less for the tables kept per machine. Invented places throughout."""

from __future__ import annotations

import sys
from pathlib import Path

from dossier.ingest.gazetteer import Gazetteer, Place, _read_cached, _write_cached, cached_table_path


def _small_table() -> Gazetteer:
    quellburg = Place("Quellburg", "place", "Tarnland", 41_000)
    tarnland = Place("Tarnland", "state", "Tarnland")
    return Gazetteer(
        {"quellburg": quellburg, "quell burg": quellburg, "tarnland": tarnland},
        {"tarnish": "Tarnland"},
        {"de": {"tarnlandien": "Tarnland"}},
        {"ru": {"квеллбург": quellburg}},
    )


def test_the_place_table_is_kept_in_a_file_named_for_the_python_that_reads_it() -> None:
    # (marshal's format may change between Python versions, as a .pyc file's does)
    name = cached_table_path().name
    assert name.endswith(f"-{sys.implementation.cache_tag}.marshal"), name


def test_the_kept_place_table_reads_back_as_it_was_built(tmp_path: Path) -> None:
    table = _small_table()
    path = tmp_path / "table.marshal"
    _write_cached(path, table)
    read = _read_cached(path)
    assert read == table
    assert read is not None
    # two spellings of one town point at one place, and the local name at the same one
    assert read.places["quellburg"] is read.places["quell burg"] is read.local["ru"]["квеллбург"]


def test_a_damaged_place_table_is_built_again(tmp_path: Path) -> None:
    path = tmp_path / "table.marshal"
    _write_cached(path, _small_table())
    path.write_bytes(path.read_bytes()[:40])  # (a write cut short)
    assert _read_cached(path) is None
    path.write_bytes(b"not a table")
    assert _read_cached(path) is None
