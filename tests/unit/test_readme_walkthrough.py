"""The README's walkthrough for a team runs as written: init, ingest, review, check, export in every format.

The commands are read from the README (between its walkthrough markers) and run one by one
with the real CLI in a fresh folder; `article.md` is a test article, and review is answered
with `a` (accept) for every draft, as an analyst at the keyboard would.
"""

from __future__ import annotations

import csv
import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import stix2
from followthemoney import model
from stix2validator import ValidationOptions, validate_instance

from dossier.workspace import load_workspace

REPO = Path(__file__).resolve().parents[2]
ARTICLE = REPO / "tests" / "fixtures" / "articles" / "minsk_talks.md"


def walkthrough_commands() -> list[list[str]]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    block = text.split("<!-- walkthrough:", 1)[1].split("<!-- walkthrough end -->", 1)[0]
    lines = block.split("```sh\n", 1)[1].split("```", 1)[0].splitlines()
    return [shlex.split(line, comments=True) for line in lines if line.strip()]


def test_the_readme_walkthrough_runs_as_written(tmp_path: Path) -> None:
    shutil.copy(ARTICLE, tmp_path / "article.md")
    commands = walkthrough_commands()
    assert [command[:2] for command in commands][:4] == [
        ["dossier", "init"],
        ["dossier", "ingest"],
        ["dossier", "review"],
        ["dossier", "check"],
    ]
    env = {key: value for key, value in os.environ.items() if key != "DOSSIER_WORKSPACE"}
    env["SOURCE_DATE_EPOCH"] = "1714564800"
    for command in commands:
        assert command[0] == "dossier"
        result = subprocess.run(
            [sys.executable, "-m", "dossier.cli", *command[1:]],
            cwd=tmp_path,
            input="a\n" * 500,
            capture_output=True,
            text=True,
            timeout=300,
            env=env,
        )
        assert result.returncode == 0, f"{shlex.join(command)}:\n{result.stdout}\n{result.stderr}"

    team = load_workspace(tmp_path / "team")
    assert team.sources and team.actors and team.quotes
    assert all(record.status.value == "curated" for record in [*team.actors.values(), *team.quotes.values()])
    assert (tmp_path / "briefs" / "_index.md").is_file()
    entities = [json.loads(line) for line in (tmp_path / "team.ftm.json").read_text().splitlines()]
    for entity in entities:
        model.get(entity["schema"]).validate(entity)
    assert {e["id"] for e in entities} >= {f"dossier-{actor_id}" for actor_id in team.actors}
    bundle_text = (tmp_path / "bundle.json").read_text()
    assert validate_instance(json.loads(bundle_text), ValidationOptions(version="2.1")).is_valid
    assert stix2.parse(bundle_text, allow_custom=False).type == "bundle"
    with open(tmp_path / "tables" / "quotes.csv", encoding="utf-8-sig", newline="") as handle:
        assert {row["id"] for row in csv.DictReader(handle)} == set(team.quotes)
