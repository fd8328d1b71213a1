"""The JSON Schemas in schemas/ are generated from the models, never drift, and judge files like the loader."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from dossier import schemas
from dossier.paths import bundled_seeds
from dossier.yamlio import parse_yaml

REPO = Path(__file__).resolve().parents[2]
SCHEMA_FOR = {"sources": "source", "actors": "actor", "events": "event", "quotes": "quotes"}


def test_committed_schemas_match_the_models() -> None:
    assert schemas.drift(REPO / "schemas") == [], "run: dossier schemas"


def _schemas_command(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dossier.cli", "schemas", *args], capture_output=True, text=True, timeout=60, cwd=cwd
    )


def test_the_command_writes_every_schema_and_then_finds_no_drift(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "actor.schema.json").write_text('{"stale": true}\n')  # an old file is brought up to date
    result = _schemas_command("--out", "out", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    committed = sorted(path.name for path in (REPO / "schemas").glob("*.schema.json"))
    assert committed == ["actor.schema.json", "event.schema.json", "quotes.schema.json", "source.schema.json"]
    assert sorted(result.stdout.splitlines()) == [f"wrote out/{name}" for name in committed]
    assert sorted(path.name for path in out.iterdir()) == committed
    for name in committed:
        assert (out / name).read_bytes() == (REPO / "schemas" / name).read_bytes(), name
        json.loads((out / name).read_text())
    check = _schemas_command("--check", "--out", "out", cwd=tmp_path)
    assert (check.returncode, check.stdout) == (0, "schemas are up to date\n")


def test_drift_is_detected_by_the_command(tmp_path: Path) -> None:
    schemas.write(tmp_path)
    stale = tmp_path / "actor.schema.json"
    stale.write_text(stale.read_text().replace('"aliases"', '"alias"'))
    result = subprocess.run(
        [sys.executable, "-m", "dossier.cli", "schemas", "--check", "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert "schemas out of date: actor.schema.json; run: dossier schemas" in result.stderr


def _seed_files() -> list[Path]:
    return sorted(p for folder in SCHEMA_FOR for p in (bundled_seeds() / folder).glob("*.yaml"))


@pytest.mark.parametrize("path", _seed_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_seed_file_validates_against_its_schema_and_names_it(path: Path) -> None:
    name = SCHEMA_FOR[path.parent.name]
    first_line = path.read_text(encoding="utf-8").splitlines()[0]
    assert first_line == f"# yaml-language-server: $schema=../../schemas/{name}.schema.json"
    schema = json.loads((REPO / "schemas" / f"{name}.schema.json").read_text())
    jsonschema.validate(parse_yaml(path.read_text(encoding="utf-8")).data, schema)


def test_the_schema_rejects_what_the_loader_rejects() -> None:
    schema = json.loads((REPO / "schemas" / "actor.schema.json").read_text())
    with pytest.raises(jsonschema.ValidationError, match="Additional properties are not allowed"):
        jsonschema.validate({"id": "a", "name": "A", "kind": "person", "alias": ["B"]}, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"id": "Not A Slug", "name": "A", "kind": "person"}, schema)
