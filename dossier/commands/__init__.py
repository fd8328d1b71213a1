"""One module per `dossier` subcommand; `cli.py` imports only the one that runs."""

from __future__ import annotations

import argparse
from pathlib import Path

from dossier.paths import default_workspace
from dossier.wording import plural

__all__ = ["plural", "resolve_workspace"]


def resolve_workspace(args: argparse.Namespace) -> Path:
    """The workspace a command works on: its argument, else $DOSSIER_WORKSPACE, else the seeds."""
    chosen = getattr(args, "workspace", None)
    return Path(chosen) if chosen else default_workspace()
