"""`dossier` and `dossier browse` open the browser; a missing workspace is a clear error, not a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


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
