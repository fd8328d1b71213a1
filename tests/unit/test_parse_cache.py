"""The parse cache (`dossier/cache.py`) only ever costs speed: a corrupt, stale or unwritable
cache still loads every record exactly as the files say."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dossier.cache import PARSE_FORMAT
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


def _entries(cache: Path) -> list[Path]:
    return sorted((cache / "parsed" / f"v{PARSE_FORMAT}").rglob("*.json"))


@pytest.mark.parametrize(
    "damage",
    [b"", b'{"data": {"id": "belar', b"\x00\xff\xfe", b"[]", b'{"data": 5, "marks": "x"}', b'{"marks": []}'],
    ids=["empty", "truncated", "binary", "a-list", "wrong-types", "no-data"],
)
def test_a_corrupt_cache_entry_is_ignored_and_rebuilt(tmp_path: Path, isolated_cache: Path, damage: bytes) -> None:
    root = make_workspace(tmp_path / "ws")
    expected = _records(load_workspace(root, use_cache=False))
    assert _records(load_workspace(root)) == expected  # fills the cache
    entries = _entries(isolated_cache)
    assert len(entries) == len(list(root.rglob("*.yaml"))), "one entry per YAML file"
    for entry in entries:
        entry.write_bytes(damage)
    assert _records(load_workspace(root)) == expected
    # Each damaged entry was replaced by a good reading.
    assert all(isinstance(json.loads(entry.read_bytes())["data"], dict | list) for entry in entries)


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
    for entry in _entries(isolated_cache):
        reading = json.loads(entry.read_bytes())
        if isinstance(reading["data"], dict):
            reading["data"]["id"] = "Not A Valid Id"
        else:
            reading["data"] = [{"id": "Not A Valid Id"}]
        entry.write_text(json.dumps(reading))
    assert _records(load_workspace(root)) == expected
    # ...and the stale readings were replaced by fresh ones.
    assert "Not A Valid Id" not in "".join(entry.read_text() for entry in _entries(isolated_cache))


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
