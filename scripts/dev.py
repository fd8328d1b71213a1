"""Set up the project in ./.venv (once, and again when its pins change), then run it.

    python3 scripts/dev.py app [ARGS]    start the browser (default: the bundled seeds)
    python3 scripts/dev.py test [ARGS]   run the test suite (pytest ARGS)
    python3 scripts/dev.py lint          ruff and mypy

Only a Python >= 3.11 is needed: the virtual environment and every package, at the
versions in constraints.txt, are installed on first use.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".dossier-installed"


def _pins_digest() -> str:
    digest = hashlib.sha256()
    for name in ("pyproject.toml", "constraints.txt"):
        digest.update((ROOT / name).read_bytes())
    return digest.hexdigest()


def ensure_environment() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 (this script runs on whatever python3 the machine has)
        sys.exit(f"dossier needs Python 3.11 or newer; this is {sys.version.split()[0]}")
    if not PYTHON.exists():
        print("Creating .venv ...", flush=True)
        venv.create(VENV, with_pip=True)
    wanted = _pins_digest()
    if STAMP.exists() and STAMP.read_text() == wanted:
        return
    print("Installing dossier and its pinned dependencies into .venv ...", flush=True)
    pip = [str(PYTHON), "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "install", "-c", str(ROOT / "constraints.txt"), "-e", f"{ROOT}[test,dev]"], check=True)
    STAMP.write_text(wanted)
    # Built now, not in the middle of a user's first ingest; a failure here only costs that wait later.
    subprocess.run([str(PYTHON), "-m", "dossier.ingest.place_tables"], check=False)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("app", "test", "lint"):
        print(__doc__)
        return 2
    ensure_environment()
    command, rest = argv[0], argv[1:]
    if command == "app":
        return subprocess.call([str(BIN / "dossier"), *rest])
    if command == "test":
        return subprocess.call([str(PYTHON), "-m", "pytest", *rest], cwd=ROOT)
    status = subprocess.call(
        [str(PYTHON), "-m", "ruff", "check", "dossier", "tests", "benchmarks", "scripts"], cwd=ROOT
    )
    status |= subprocess.call(
        [str(PYTHON), "-m", "ruff", "format", "--check", "dossier", "tests", "benchmarks", "scripts"], cwd=ROOT
    )
    status |= subprocess.call([str(PYTHON), "-m", "mypy"], cwd=ROOT)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
