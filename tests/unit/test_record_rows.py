"""Sources, actors and events that validated once are rebuilt from their cached reading without
validating again (`dossier/record_rows.py`). That only ever saves speed: a warm load gives each
record exactly as a load without any cache gives it, field by field, nested records included,
and a damaged, foreign or forged entry never changes what the user sees."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

from dossier.atomic import sha256_bytes
from dossier.cache import ParsedCache
from dossier.quote_rows import model_fingerprint
from dossier.record_rows import identical
from dossier.workspace import Workspace, load_workspace
from tests.conftest import make_workspace, write

FULL_ACTOR = (
    "id: minsk\nname: Minsk\nkind: place\naliases: [Мінск, Минск]\nsummary: Capital.\n"
    "relations:\n  - type: located-in\n    target: belarus\n    since: '1991'\n    note: capital\n"
    "  - type: part-of\n    target: belarus\n"
    "tags: [capital, city]\nstatus: draft\nfound_by: gazetteer\nconfidence: 0.75\n"
)
FULL_SOURCE = (
    "id: wire\ntitle: Wire report\npublisher: Wire\nauthor: A. Writer\nurl: https://example.org/a?b=1\n"
    "published: 2022-02-24\nretrieved: 2022-02-25\nlanguage: en-GB\nreliability: B\n"
    f"sha256: {hashlib.sha256(b'text').hexdigest()}\nnotes: kept\n"
)


def _workspace(tmp_path: Path) -> Path:
    root = make_workspace(tmp_path / "ws")
    write(root / "actors" / "minsk.yaml", FULL_ACTOR)
    write(root / "sources" / "wire.yaml", FULL_SOURCE)
    write(root / "sources" / "wire.txt", "text")
    return root


def _others(workspace: Workspace) -> dict[str, Any]:
    """The records a user sees, as objects, with their origins and the problems."""
    return {
        "records": {
            f"{folder}/{record_id}": record
            for folder in ("sources", "actors", "events")
            for record_id, record in getattr(workspace, folder).items()
        },
        "origins": {key: value for key, value in workspace.origins.items() if key not in workspace.quotes},
        "problems": [str(problem) for problem in workspace.problems],
    }


def _same_records(warm: Workspace, cold: Workspace) -> None:
    mine, theirs = _others(warm), _others(cold)
    assert mine["problems"] == theirs["problems"]
    assert mine["origins"] == theirs["origins"]
    assert list(mine["records"]) == list(theirs["records"])
    for key, record in mine["records"].items():
        expected = theirs["records"][key]
        assert identical(record, expected), key
        # Field by field, in types too (a StrEnum equals its text, 1 equals 1.0).
        for name, value in expected.__dict__.items():
            assert type(record.__dict__[name]) is type(value), (key, name)
            assert record.__dict__[name] == value, (key, name)
        assert record.model_fields_set == expected.model_fields_set, key
        assert record.model_dump() == expected.model_dump(), key


def _entry(path: Path) -> dict[str, Any]:
    with sqlite3.connect(ParsedCache().path) as db:
        row = db.execute("SELECT data FROM parsed WHERE sha256 = ?", (sha256_bytes(path.read_bytes()),)).fetchone()
    assert row is not None, f"no cache entry for {path.name}"
    return dict(json.loads(row[0]))


def _put_reading(path: Path, reading: Any, *, model: str | None, fix_sum: bool = True) -> None:
    """Replace a file's cached reading, with a checksum that matches it unless asked otherwise."""
    entry = _entry(path)
    text = json.dumps(reading)
    entry["record"] = text
    if fix_sum:
        entry["sum"] = hashlib.sha256(text.encode()).hexdigest()[:32]
    entry["model"] = model
    with sqlite3.connect(ParsedCache().path) as db:
        db.execute("UPDATE parsed SET data = ? WHERE sha256 = ?", (json.dumps(entry), sha256_bytes(path.read_bytes())))


def test_a_warm_load_gives_every_source_actor_and_event_as_a_load_without_cache(tmp_path: Path) -> None:
    root = _workspace(tmp_path)
    cold = load_workspace(root, use_cache=False)
    assert not cold.problems
    assert cold.actors["minsk"].relations[0].target == "belarus"
    assert cold.events["tanks-cross"].participants[0].role == "territory used"
    load_workspace(root)  # writes the cache
    for folder, name in (("actors", "minsk"), ("events", "tanks-cross"), ("sources", "wire")):
        assert _entry(root / folder / f"{name}.yaml")["model"] == model_fingerprint(), "kept as a trusted reading"
    _same_records(load_workspace(root), cold)
    _same_records(load_workspace(root, validate=True), cold)


def test_a_value_that_validation_converts_is_validated_on_every_load(tmp_path: Path) -> None:
    root = _workspace(tmp_path)
    path = root / "actors" / "minsk.yaml"
    path.write_text(FULL_ACTOR.replace("confidence: 0.75", "confidence: 1"))
    cold = load_workspace(root, use_cache=False)
    assert type(cold.actors["minsk"].confidence) is float
    load_workspace(root)
    assert "record" not in _entry(path), "a reading whose value validation converts is not trusted"
    warm = load_workspace(root)
    assert type(warm.actors["minsk"].confidence) is float
    _same_records(warm, cold)


def test_a_damaged_reading_is_ignored_and_the_file_read_again(tmp_path: Path) -> None:
    root = _workspace(tmp_path)
    cold = load_workspace(root, use_cache=False)
    load_workspace(root)
    path = root / "actors" / "belarus.yaml"
    reading = json.loads(_entry(path)["record"])
    reading[2]["name"] = "Not Belarus"
    _put_reading(path, reading, model=model_fingerprint(), fix_sum=False)
    warm = load_workspace(root)
    assert warm.actors["belarus"].name == "Belarus"
    _same_records(warm, cold)
    assert json.loads(_entry(path)["record"])[2]["name"] == "Belarus", "written again"


def test_a_reading_another_model_wrote_is_validated_and_its_problem_read_from_the_file(tmp_path: Path) -> None:
    root = _workspace(tmp_path)
    cold = load_workspace(root, use_cache=False)
    load_workspace(root)
    path = root / "actors" / "minsk.yaml"
    reading = json.loads(_entry(path)["record"])
    reading[2]["kind"] = "not a kind"
    _put_reading(path, reading, model="another model")
    warm = load_workspace(root)
    assert str(warm.actors["minsk"].kind) == "place"
    _same_records(warm, cold)


def test_a_trusted_reading_that_is_not_a_record_is_validated_and_the_file_read_again(tmp_path: Path) -> None:
    root = _workspace(tmp_path)
    cold = load_workspace(root, use_cache=False)
    load_workspace(root)
    for path, reading in (
        (root / "actors" / "minsk.yaml", [1, 1, ["not", "a", "mapping"]]),
        (root / "events" / "tanks-cross.yaml", [2, 1, {"id": "tanks-cross", "participants": {"actor": "x"}}]),
        (root / "sources" / "wire.yaml", [1, 1, {"id": "wire", "unknown": 1}]),
    ):
        _put_reading(path, reading, model=model_fingerprint())
    _same_records(load_workspace(root), cold)


def test_check_validates_a_trusted_reading_all_the_same(tmp_path: Path) -> None:
    # A reading forged under this very model is built as it says; `dossier check` validates it.
    root = _workspace(tmp_path)
    cold = load_workspace(root, use_cache=False)
    load_workspace(root)
    path = root / "sources" / "wire.yaml"
    reading = json.loads(_entry(path)["record"])
    reading[2]["reliability"] = "Z"
    _put_reading(path, reading, model=model_fingerprint())
    checked = load_workspace(root, validate=True)
    assert checked.sources["wire"].reliability == "B"
    _same_records(checked, cold)


def test_the_same_bytes_under_another_file_name_are_validated_for_that_name(tmp_path: Path) -> None:
    root = _workspace(tmp_path)
    load_workspace(root)
    shutil.copy(root / "actors" / "minsk.yaml", root / "actors" / "pinsk.yaml")
    warm = load_workspace(root)
    assert "pinsk" not in warm.actors
    assert [str(problem) for problem in warm.problems] == [
        "actors/pinsk.yaml:1:5: id 'minsk' does not match the file name 'pinsk.yaml'; rename one of them"
    ]
