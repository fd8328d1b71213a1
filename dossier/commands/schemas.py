"""`dossier schemas`: write the JSON Schemas, or check that they match the models."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dossier import schemas
from dossier.paths import display_path

REPO_SCHEMAS = Path(__file__).resolve().parent.parent.parent / "schemas"


def run(args: argparse.Namespace) -> int:
    folder = args.out or REPO_SCHEMAS
    if args.check:
        stale = schemas.drift(folder)
        if stale:
            print(f"schemas out of date: {', '.join(stale)}; run: dossier schemas", file=sys.stderr)
            return 1
        print("schemas are up to date")
        return 0
    for path in schemas.write(folder):
        print(f"wrote {display_path(path)}")
    return 0
