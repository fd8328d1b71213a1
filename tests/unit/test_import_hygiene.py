"""The headless core never imports Textual or Rich (so `dossier check`, `search`, `export` start fast).

Each module is imported in a fresh interpreter, which then reports whether `textual` or
`rich` ended up in `sys.modules`.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest

HEADLESS = [
    "dossier.model",
    "dossier.dates",
    "dossier.yamlio",
    "dossier.workspace",
    "dossier.checks",
    "dossier.anchor",
    "dossier.sanitize",
    "dossier.atomic",
    "dossier.search",
    "dossier.search.service",  # the whole search stack: index, query, analysis, snippets
    "dossier.commands.search",
    "dossier.commands.index",
    "dossier.export",
    "dossier.export.service",
    "dossier.commands.export",
    "dossier.export.formats",
    "dossier.interop.ftm_export",
    "dossier.interop.ftm_import",
    "dossier.interop.stix_export",
    "dossier.commands.importing",
    "dossier.analysis.timeline",
    "dossier.analysis.contested",
    "dossier.analysis.network",
    "dossier.export.analysis",
    "dossier.commands.export_analysis",
    "dossier.ingest",
    "dossier.ingest.service",
    "dossier.ingest.review",
    "dossier.commands.ingest",
    "dossier.commands.review",
    "dossier.desk.review",  # the analyst's desk: review, capture, edit, undo
    "dossier.desk.capture",
    "dossier.desk.home",
    "dossier.cli",
    "dossier.commands.browse",  # it imports the TUI only when it runs
]

PROBE = """
import importlib, sys
importlib.import_module(sys.argv[1])
loaded = sorted({name.split(".")[0] for name in sys.modules} & {"textual", "rich"})
print(",".join(loaded))
"""


@pytest.mark.parametrize("module", HEADLESS)
def test_headless_module_does_not_import_textual_or_rich(module: str) -> None:
    # A module that disappeared fails here (the probe below would fail too, less clearly).
    assert importlib.util.find_spec(module) is not None, f"{module} is missing"
    result = subprocess.run([sys.executable, "-c", PROBE, module], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"{module} pulls in {result.stdout.strip()}"


def test_the_probe_does_see_textual() -> None:
    """The check itself works: the browser's app module is caught."""
    result = subprocess.run(
        [sys.executable, "-c", PROBE, "dossier.tui.app"], capture_output=True, text=True, check=False
    )
    assert "textual" in result.stdout
