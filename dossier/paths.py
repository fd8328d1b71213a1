"""Where things are: the bundled seeds and themes, the default workspace, the user's folders.

In a source checkout the bundled `seeds/` and `themes/` sit beside the package; an
installed wheel carries copies inside the package (see `pyproject.toml`).
"""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    checkout = _PACKAGE.parent / name
    if checkout.is_dir():
        return checkout
    return _PACKAGE / "_bundled" / name


def bundled_seeds() -> Path:
    return _bundled("seeds")


def bundled_themes() -> Path:
    return _bundled("themes")


def default_workspace() -> Path:
    """`DOSSIER_WORKSPACE` when set, else the bundled seeds."""
    chosen = os.environ.get("DOSSIER_WORKSPACE")
    return Path(chosen) if chosen else bundled_seeds()


def display_path(path: Path) -> str:
    """A path as the user should see it: relative to the current folder when inside it."""
    absolute = Path(path).absolute()
    here = Path.cwd()
    if absolute == here or here in absolute.parents:
        return os.path.relpath(absolute, here)
    return str(absolute)
