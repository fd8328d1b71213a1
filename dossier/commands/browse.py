"""`dossier` / `dossier browse`: open the browser. Until the TUI lands, report the workspace."""

from __future__ import annotations

import argparse

from dossier.commands import check


def run(args: argparse.Namespace) -> int:
    return check.run(argparse.Namespace(workspace=getattr(args, "workspace", None), fix=False))
