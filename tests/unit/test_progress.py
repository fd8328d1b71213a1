"""Long commands show their progress on stderr: a Rich bar on a terminal, plain lines otherwise.

Run as a user runs them: the real CLI in a subprocess, with stderr a pipe (a log, CI) or a
pseudo-terminal. Standard output keeps only the command's own lines either way.
"""

from __future__ import annotations

import os
import pty
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from benchmarks.synthetic import generate_workspace

DOSSIER = [sys.executable, "-m", "dossier.cli"]


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("progress") / "ws"
    generate_workspace(root, quotes=300, seed=5)
    return root


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    # Plain lines at every update, not every 5 s: this small workspace is done in a moment.
    return {
        **os.environ,
        "DOSSIER_CACHE_DIR": str(tmp_path / "cache"),
        "COLUMNS": "120",
        "DOSSIER_PROGRESS_SECONDS": "0",
    }


def test_index_in_a_log_gets_plain_lines_with_counts_and_rates(workspace: Path, env: dict[str, str]) -> None:
    done = subprocess.run(
        [*DOSSIER, "index", "--rebuild", str(workspace)], capture_output=True, text=True, env=env, timeout=300
    )
    assert done.returncode == 0, done.stderr
    files = len(list(workspace.glob("*/*.yaml")))
    assert re.search(rf"^reading files: {files:,} of {files:,}, [\d,]+/s, [\d.]+ s$", done.stderr, re.M), done.stderr
    assert re.search(r"^indexing records: ([\d,]+) of \1, [\d,]+/s, [\d.]+ s$", done.stderr, re.M), done.stderr
    assert "\x1b" not in done.stderr  # no terminal codes in a log
    assert "reading files" not in done.stdout and "rebuilt the search index" in done.stdout


def test_check_in_a_log_gets_plain_lines(workspace: Path, env: dict[str, str]) -> None:
    done = subprocess.run([*DOSSIER, "check", str(workspace)], capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert re.search(r"^reading files: [\d,]+ of [\d,]+, [\d,]+/s", done.stderr, re.M), done.stderr
    assert re.search(r"^checking references and anchors: done in", done.stderr, re.M), done.stderr
    assert done.stdout.startswith("ok: ")


def test_a_quick_step_leaves_no_line_in_a_log(workspace: Path, env: dict[str, str]) -> None:
    env = {**env, "DOSSIER_PROGRESS_SECONDS": "600"}
    done = subprocess.run([*DOSSIER, "check", str(workspace)], capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0 and done.stderr == ""


def _run_on_a_terminal(command: list[str], env: dict[str, str]) -> tuple[int, str, str]:
    """Run with stderr on a pseudo-terminal; (exit code, stdout, everything the terminal showed)."""
    leader, follower = pty.openpty()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=follower, env=env)
    os.close(follower)
    shown = b""
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closed: the process ended
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    stdout = process.stdout.read().decode() if process.stdout else ""
    return process.wait(timeout=60), stdout, shown.decode("utf-8", "replace")


def test_index_on_a_terminal_shows_a_bar_with_counts(workspace: Path, env: dict[str, str]) -> None:
    code, stdout, shown = _run_on_a_terminal([*DOSSIER, "index", "--rebuild", str(workspace)], env)
    assert code == 0, shown
    records = re.search(r"rebuilt the search index: ([\d,]+) records", stdout)
    assert records, stdout
    total = records.group(1).replace(",", "")
    # Rich's bar: the step, how many of how many, and it is drawn over itself with terminal codes.
    assert "indexing records" in shown and f"/{total}" in shown and "\x1b[" in shown, shown[-500:]
    assert "\x1b" not in stdout  # the command's own output stays clean
