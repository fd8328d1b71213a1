"""`dossier` and `dossier browse` open the browser; a missing workspace is a clear error, not a traceback."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dossier.paths import bundled_seeds
from dossier.workspace import load_workspace
from tests.tmux import Tmux


def test_browse_on_a_missing_folder_says_so(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    result = subprocess.run(
        [sys.executable, "-m", "dossier.cli", "browse", str(missing)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 2
    assert "no workspace folder at" in result.stderr and "nowhere" in result.stderr
    assert "Traceback" not in result.stderr


def test_no_command_and_the_environment_variable_choose_the_browser(tmp_path: Path) -> None:
    missing = tmp_path / "from-env"
    env = {"DOSSIER_WORKSPACE": str(missing), "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-m", "dossier.cli"], capture_output=True, text=True, check=False, env=env)
    assert result.returncode == 2
    assert "from-env" in result.stderr  # `dossier` alone went to browse, on $DOSSIER_WORKSPACE


def _counted(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def test_bare_dossier_opens_the_bundled_seeds(tmp_path: Path) -> None:
    """A new user types `dossier` in an empty folder, with no $DOSSIER_WORKSPACE: the seeds open."""
    if shutil.which("tmux") is None:
        pytest.fail("tmux is needed to run the browser in a real terminal (apt-get install tmux)")
    seeds = load_workspace(bundled_seeds())
    status = ", ".join(
        [
            _counted(len(seeds.actors), "actor"),
            _counted(len(seeds.events), "event"),
            _counted(len(seeds.quotes), "quote"),
            _counted(len(seeds.sources), "source"),
        ]
    )
    folder = tmp_path / "empty"
    folder.mkdir()
    tmux = Tmux(tmp_path)  # its socket and log stay outside the folder the user is in
    tmux.start(folder)  # `dossier`: no command, no workspace
    try:
        screen = tmux.wait_for(f"seeds  {status}")
        assert "index: " in screen
    finally:
        tmux("kill-server")
    assert list(folder.iterdir()) == [], "nothing is written where the user typed it"
