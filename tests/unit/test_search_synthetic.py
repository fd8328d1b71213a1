"""The benchmark generator writes workspaces that `dossier check` passes, the same every time."""

from __future__ import annotations

from pathlib import Path

from benchmarks.synthetic import generate_workspace
from dossier.checks import check_workspace
from dossier.dates import edtf_bounds
from dossier.workspace import load_workspace


def _tree(root: Path) -> dict[str, bytes]:
    return {path.relative_to(root).as_posix(): path.read_bytes() for path in sorted(root.rglob("*")) if path.is_file()}


def test_generated_workspace_is_valid_and_quotes_anchor(tmp_path: Path) -> None:
    summary = generate_workspace(tmp_path / "ws", quotes=260, seed=3)
    workspace = load_workspace(tmp_path / "ws")
    report = check_workspace(workspace)
    assert report.problems == []
    assert len(workspace.quotes) == summary["quotes"] == 260
    assert all(anchor.ok for anchor in report.anchors.values())
    # Transliterated aliases and EDTF dates of every kind the search must handle.
    assert any(len(actor.aliases) >= 3 for actor in workspace.actors.values())
    assert any(
        any("\u0400" <= ch <= "\u04ff" for ch in alias)
        for actor in workspace.actors.values()
        for alias in actor.aliases
    )
    dates = [event.date for event in workspace.events.values() if event.date]
    assert any("/" in date for date in dates) and any(date.endswith("?") for date in dates)
    assert any(date.endswith("~") for date in dates)
    assert all(edtf_bounds(date) is not None for date in dates)


def test_generator_is_deterministic(tmp_path: Path) -> None:
    generate_workspace(tmp_path / "a", quotes=60, seed=7)
    generate_workspace(tmp_path / "b", quotes=60, seed=7)
    generate_workspace(tmp_path / "c", quotes=60, seed=8)
    assert _tree(tmp_path / "a") == _tree(tmp_path / "b")
    assert _tree(tmp_path / "a") != _tree(tmp_path / "c")
