"""What live reload reads again: record files only, and only those whose bytes changed."""

from __future__ import annotations

from pathlib import Path

from dossier.desk.watch import really_changed, workspace_paths
from dossier.workspace import load_workspace, reload_files
from tests.conftest import make_workspace


def test_only_record_files_count(tmp_path: Path) -> None:
    root = make_workspace(tmp_path / "ws")
    changes = [
        (1, str(root / "actors" / "belarus.yaml")),
        (1, str(root / "actors" / ".belarus.yaml.ab12cd34.tmp")),  # an atomic write's temporary file
        (1, str(root / "sources" / "article.txt")),
        (1, str(root / "reviews" / "merges.yaml")),
        (1, str(root / "actors" / "notes.txt")),
        (1, str(tmp_path / "elsewhere.yaml")),
    ]
    assert workspace_paths(root, changes) == ["actors/belarus.yaml", "sources/article.txt"]


def test_a_file_is_reread_only_when_its_bytes_changed_and_reload_files_updates_in_place(tmp_path: Path) -> None:
    root = make_workspace(tmp_path / "ws")
    workspace = load_workspace(root)
    paths = ["actors/belarus.yaml", "actors/senkivka.yaml"]
    assert really_changed(root, paths, workspace.file_hashes) == []  # the app's own write looks like this
    (root / "actors" / "belarus.yaml").write_text("id: belarus\nname: Belarus\nkind: state\naliases: [BY]\n")
    (root / "actors" / "senkivka.yaml").unlink()
    (root / "actors" / "minsk.yaml").write_text("id: minsk\nname: [broken\n")
    changed = really_changed(root, [*paths, "actors/minsk.yaml"], workspace.file_hashes)
    assert changed == ["actors/belarus.yaml", "actors/senkivka.yaml", "actors/minsk.yaml"]
    reload_files(workspace, changed)
    assert workspace.actors["belarus"].aliases == ["BY"]
    assert "senkivka" not in workspace.actors
    assert [p.path for p in workspace.problems] == ["actors/minsk.yaml"]
    fresh = load_workspace(root, use_cache=False)
    assert workspace.actors == fresh.actors and workspace.file_hashes == fresh.file_hashes
