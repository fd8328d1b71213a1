"""`dossier` / `dossier browse [WORKSPACE]`: open the browser.

Textual is imported here, inside `run`, so no other command pays for it.
"""

from __future__ import annotations

import argparse
import sys

from dossier.commands import resolve_workspace
from dossier.paths import display_path
from dossier.sanitize import one_line


def run(args: argparse.Namespace) -> int:
    root = resolve_workspace(args)
    if not root.is_dir():
        print(f"dossier: no workspace folder at {one_line(display_path(root))}", file=sys.stderr)
        return 2
    from dossier.tui.app import DossierApp

    DossierApp(root).run()
    return 0
