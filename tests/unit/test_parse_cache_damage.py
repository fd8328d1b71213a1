"""The parse cache (`dossier/cache.py`) only ever costs speed: a corrupt, stale or unwritable
cache still loads every record exactly as the files say."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from dossier.cache import ParsedCache
from dossier.workspace import Workspace, load_workspace
from tests.conftest import make_workspace
from tests.unprivileged import run_unprivileged


def _records(workspace: Workspace) -> dict[str, object]:
    """Every record, as plain data, and the problems: what a load gives a user."""
    records: dict[str, object] = {}
    for folder in ("actors", "events", "quotes", "sources"):
        for record_id, record in getattr(workspace, folder).items():
            records[f"{folder}/{record_id}"] = record.model_dump(mode="json")
    records["problems"] = [str(problem) for problem in workspace.problems]
    return records


def _readings(cache: Path) -> dict[str, object]:
    """The cached reading of every file, by the file's hash."""
    with sqlite3.connect(ParsedCache().path) as db:
        return {sha: json.loads(data) for sha, data in db.execute("SELECT sha256, data FROM parsed")}


def _replace_readings(readings: dict[str, object]) -> None:
    with sqlite3.connect(ParsedCache().path) as db:
        db.executemany("UPDATE parsed SET data = ? WHERE sha256 = ?", [(json.dumps(v), k) for k, v in readings.items()])


def test_an_edited_file_is_read_again_not_taken_from_the_cache(tmp_path: Path) -> None:
    root = make_workspace(tmp_path / "ws")
    assert load_workspace(root).actors["belarus"].name == "Belarus"
    path = root / "actors" / "belarus.yaml"
    path.write_text(path.read_text().replace("name: Belarus", "name: Republic of Belarus"))
    assert load_workspace(root).actors["belarus"].name == "Republic of Belarus"


def test_a_stale_entry_that_no_longer_validates_is_read_again_from_the_file(
    tmp_path: Path, isolated_cache: Path
) -> None:
    # As after a model change: the cached reading of these exact bytes is no longer valid data.
    root = make_workspace(tmp_path / "ws")
    expected = _records(load_workspace(root, use_cache=False))
    load_workspace(root)
    readings = _readings(isolated_cache)
    assert len(readings) == len(list(root.rglob("*.yaml"))), "one reading per YAML file"
    stale = json.loads(json.dumps(readings).replace('"belarus"', '"Not A Valid Id"'))
    assert stale != readings
    _replace_readings(stale)
    assert _records(load_workspace(root)) == expected
    # ...and the stale readings were replaced by fresh ones.
    assert "Not A Valid Id" not in json.dumps(_readings(isolated_cache))


UNWRITABLE_LOAD = """
import json, os
from pathlib import Path
from dossier.workspace import load_workspace
workspace = load_workspace(Path(os.environ["WORKSPACE"]))
print(json.dumps({"actors": sorted(workspace.actors), "quotes": sorted(workspace.quotes),
                  "problems": [str(p) for p in workspace.problems]}))
"""


def test_a_cache_folder_the_user_cannot_write_costs_only_speed(scratch: Path) -> None:
    # As an unprivileged user, with a cache folder it may read but not write (root ignores that).
    root = make_workspace(scratch / "ws")
    cache = scratch / "cache"
    cache.mkdir()
    cache.chmod(0o555)
    outcome = run_unprivileged(UNWRITABLE_LOAD, env={"WORKSPACE": str(root), "DOSSIER_CACHE_DIR": str(cache)})
    assert outcome == {
        "actors": ["belarus", "lukashenka", "senkivka"],
        "quotes": ["q-agreed", "q-denied"],
        "problems": [],
    }
    assert list(cache.iterdir()) == []


def test_a_cache_path_that_is_a_file_costs_only_speed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = make_workspace(tmp_path / "ws")
    blocker = tmp_path / "cache"
    blocker.write_bytes(b"not a folder\n")
    monkeypatch.setenv("DOSSIER_CACHE_DIR", str(blocker))
    assert _records(load_workspace(root)) == _records(load_workspace(root, use_cache=False))
    assert blocker.read_bytes() == b"not a folder\n"
