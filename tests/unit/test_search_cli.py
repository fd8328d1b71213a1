"""`dossier index` and `dossier search` as a user runs them: a real subprocess on real files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.unit.search_workspace import make_search_workspace


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    base = tmp_path_factory.mktemp("cli")
    workspace = make_search_workspace(base / "ws")
    return {
        **os.environ,
        "DOSSIER_CACHE_DIR": str(base / "cache"),
        "DOSSIER_WORKSPACE": str(workspace),
        "COLUMNS": "100",
    }


def dossier(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dossier.cli", *args], capture_output=True, text=True, env=env, timeout=120
    )


def test_index_builds_then_reports_up_to_date(env: dict[str, str]) -> None:
    first = dossier(env, "index", "--rebuild")
    assert first.returncode == 0, first.stderr
    assert "rebuilt the search index: 16 records" in first.stdout
    assert "index: " in first.stdout and env["DOSSIER_CACHE_DIR"] in first.stdout
    again = dossier(env, "index")
    assert again.returncode == 0 and "the search index is up to date" in again.stdout


def test_json_results_for_scripts(env: dict[str, str]) -> None:
    result = dossier(env, "search", "Kiev", "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert rows[0]["id"] == "kyiv" and rows[0]["kind"] == "actor" and rows[0]["title"] == "Kyiv"
    assert set(rows[0]) == {"id", "kind", "title", "score", "snippet"}
    assert {"q-imagery", "q-alerts"} <= {row["id"] for row in rows}
    quotes = json.loads(dossier(env, "search", "Kiev", "--json", "--kind", "quote", "--limit", "1").stdout)
    assert len(quotes) == 1 and quotes[0]["kind"] == "quote"


def test_plain_results_are_a_table(env: dict[str, str]) -> None:
    result = dossier(env, "search", "satellite images", "--workspace", env["DOSSIER_WORKSPACE"])
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split()[:2] == ["quote", "q-imagery"]
    assert "Satellite imagery showed Russian tanks near Kyiv" in lines[1]
    assert lines[-1] == "2 results"


def test_no_results_suggests_a_spelling(env: dict[str, str]) -> None:
    result = dossier(env, "search", "satelite imagery ")
    assert result.returncode == 0
    assert "no results for 'satelite imagery'" in result.stdout
    assert "did you mean: satellite imagery" in result.stdout


def test_syntax_errors_show_where_and_exit_2(env: dict[str, str]) -> None:
    result = dossier(env, "search", 'tanks "near Kyiv')
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert lines[0].startswith("dossier: unclosed quotation mark") and "at character 7" in lines[0]
    assert lines[1] == '  tanks "near Kyiv' and lines[2] == "        ^"
    assert dossier(env, "search", "").returncode == 2
    assert dossier(env, "search", "Kiev", "--limit", "0").returncode == 2


def test_terminal_escapes_in_a_query_are_never_echoed_raw(env: dict[str, str]) -> None:
    result = dossier(env, "search", "\x1b]0;pwned\x07 [")
    assert result.returncode == 2
    assert "\x1b" not in result.stdout + result.stderr and "\x07" not in result.stdout + result.stderr


def test_a_missing_workspace_is_a_usage_error(env: dict[str, str], tmp_path: Path) -> None:
    result = dossier(env, "search", "Kiev", "--workspace", str(tmp_path / "nowhere"))
    assert result.returncode == 2 and "no workspace folder" in result.stderr
