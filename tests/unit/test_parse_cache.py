"""The parse cache: one SQLite file, keyed by file content, that a load fills and the next reads.

It only ever costs speed: a damaged, unwritable or stale cache gives the same records and
the same located problems as no cache at all.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from dossier.cache import ParsedCache
from dossier.workspace import load_workspace
from tests.unit.search_workspace import make_search_workspace


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DOSSIER_CACHE_DIR", str(tmp_path / "cache"))
    return make_search_workspace(tmp_path / "ws")


def _summary(root: Path, use_cache: bool = True) -> tuple[object, ...]:
    loaded = load_workspace(root, use_cache=use_cache)
    return (
        {record_id: record.model_dump() for record_id, record in loaded.quotes.items()},
        {record_id: record.model_dump() for record_id, record in loaded.actors.items()},
        sorted(loaded.origins.items()),
        [str(problem) for problem in loaded.problems],
        loaded.file_hashes,
    )


def _entries(cache: ParsedCache) -> int:
    with sqlite3.connect(cache.path) as db:
        return int(db.execute("SELECT count(*) FROM parsed").fetchone()[0])


def test_a_load_fills_one_cache_file_and_the_next_load_gives_the_same_workspace(workspace: Path) -> None:
    first = _summary(workspace)
    cache = ParsedCache()
    yaml_files = [path for path in workspace.rglob("*.yaml")]
    assert cache.path.is_file() and _entries(cache) == len({path.read_bytes() for path in yaml_files})
    assert not list(cache.path.parent.glob("parsed/**/*.json"))  # no file per parsed file
    assert _summary(workspace) == first == _summary(workspace, use_cache=False)


def test_an_edited_file_is_read_again_not_taken_from_the_cache(workspace: Path) -> None:
    load_workspace(workspace)
    actor = workspace / "actors" / "kyiv.yaml"
    actor.write_text(actor.read_text().replace("name: Kyiv", "name: Kyiv City"), encoding="utf-8")
    assert load_workspace(workspace).actors["kyiv"].name == "Kyiv City"


def test_problems_keep_their_exact_place_when_the_file_is_cached(workspace: Path) -> None:
    bad = workspace / "actors" / "bad.yaml"
    bad.write_text("id: bad\nname: Bad\nkind: person\ncolour: red\n", encoding="utf-8")
    uncached = [str(problem) for problem in load_workspace(workspace, use_cache=False).problems]
    load_workspace(workspace)
    assert [str(problem) for problem in load_workspace(workspace).problems] == uncached
    assert any(problem.startswith("actors/bad.yaml:4:1:") for problem in uncached)


@pytest.mark.parametrize("damage", [b"", b"not a database at all" * 100, bytes(range(256)) * 64])
def test_a_damaged_cache_file_is_set_aside_and_the_load_is_complete(workspace: Path, damage: bytes) -> None:
    expected = _summary(workspace, use_cache=False)
    cache = ParsedCache()
    cache.path.parent.mkdir(parents=True, exist_ok=True)
    cache.path.write_bytes(damage)
    assert _summary(workspace) == expected
    assert _entries(ParsedCache()) > 0  # started afresh and filled again
    assert _summary(workspace) == expected


def test_a_damaged_entry_is_parsed_again(workspace: Path) -> None:
    expected = _summary(workspace, use_cache=False)
    load_workspace(workspace)
    with sqlite3.connect(ParsedCache().path) as db:
        db.execute("UPDATE parsed SET data = '{\"data\": [1, 2'")
    assert _summary(workspace) == expected


def test_a_cache_folder_that_cannot_be_written_only_costs_speed(
    workspace: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder should be", encoding="utf-8")
    monkeypatch.setenv("DOSSIER_CACHE_DIR", str(blocked))
    assert _summary(workspace) == _summary(workspace, use_cache=False)


def test_the_cache_of_an_earlier_format_is_removed(workspace: Path) -> None:
    cache = ParsedCache()
    old = cache.path.parent / "parsed" / "v1" / "ab"
    old.mkdir(parents=True)
    (old / f"ab{'0' * 62}.json").write_text('{"data": null, "marks": []}', encoding="utf-8")
    load_workspace(workspace)
    assert not (cache.path.parent / "parsed").exists() and cache.path.is_file()
