"""Exporting a generated workspace: every file has the intended structure, links resolve, quotes anchor.

The same generator feeds `benchmarks/export_bench.py`; here it is small (80 actors), so the
check runs in about a second and covers dossiers of every kind of actor and event it makes.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.synthetic import generate_workspace
from dossier.export.service import export_all
from dossier.workspace import load_workspace
from tests.unit.markdown_check import parse_export


def test_generated_workspace_exports_cleanly(tmp_path: Path) -> None:
    generate_workspace(tmp_path / "ws", quotes=120, seed=5, actors=80)
    workspace = load_workspace(tmp_path / "ws")
    assert workspace.problems == []
    assert len(workspace.actors) == 80, "the generator makes the number of actors asked for"
    paths = export_all(workspace, tmp_path / "out", generated_at="2024-05-01T12:00:00Z")
    assert len(paths) == 1 + len(workspace.actors) + len(workspace.events)
    cited = set()
    for path in paths:
        parsed = parse_export(path.read_text(encoding="utf-8"))
        for token in parsed.walk():
            href = str(token.attrs.get("href", "")) if token.type == "link_open" else ""
            assert not href.endswith(".md") or (tmp_path / "out" / href).is_file(), href
        for words, label in parsed.blockquotes():
            assert label is not None
            assert " ".join(words.split()) == " ".join(workspace.quotes[label].exact.split())
            cited.add(label)
        assert "Anchoring:" not in parsed.text(), "generated quotes all anchor exactly"
    # Every quote about something is cited in at least one dossier.
    assert cited == {quote.id for quote in workspace.quotes.values() if quote.about}
