"""`dossier check` as a user runs it: a real subprocess on real files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def run_dossier(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dossier.cli", *args], capture_output=True, text=True, cwd=cwd, timeout=60
    )


def test_clean_workspace_passes(workspace_dir: Path) -> None:
    result = run_dossier("check", str(workspace_dir))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 source, 3 actors, 1 event, 2 quotes (2 anchored exactly)" in result.stdout


def test_problem_lines_name_file_line_and_column(workspace_dir: Path) -> None:
    (workspace_dir / "actors" / "belarus.yaml").write_text("id: belarus\nname: Belarus\nkind: country\n")
    result = run_dossier("check", str(workspace_dir))
    assert result.returncode == 1
    assert "actors/belarus.yaml:3:7: error: kind: 'country' is not allowed here" in result.stdout
    assert "1 problem in 1 file" in result.stdout
