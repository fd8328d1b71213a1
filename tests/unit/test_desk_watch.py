"""What live reload reads again: record files only, and only those whose bytes changed."""

from __future__ import annotations

from pathlib import Path

from dossier.desk.watch import really_changed, reload_notice, short_path, workspace_paths
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


def test_a_long_path_gives_way_from_the_left_and_keeps_its_folder_and_the_end_of_its_name() -> None:
    assert short_path("actors/belarus.yaml") == "actors/belarus.yaml"  # short: as it is
    long = "sources/troops-arrive-in-pinsk-on-monday-f2690158.txt"
    assert short_path(long) == "sources/…n-monday-f2690158.txt"
    assert len(short_path(long)) == 30 and short_path(long, 20) == "…monday-f2690158.txt"
    assert short_path("a-very-long-file-name-at-the-top-of-the-workspace.yaml", 12) == "…kspace.yaml"


def test_the_reload_notice_names_at_most_three_files_each_short_enough_for_a_narrow_toast() -> None:
    changed = [f"quotes/an-article-with-a-long-title-number-{n}-f2690158.yaml" for n in range(5)]
    notice = reload_notice(changed)
    head, _, names = notice.partition(": ")
    assert head == "Reloaded 5 changed files" and names.endswith("quotes/…number-2-f2690158.yaml and 2 more")
    shown = names.removesuffix(" and 2 more").split(", ")
    assert shown == [f"quotes/…number-{n}-f2690158.yaml" for n in range(3)] and all(len(n) == 30 for n in shown)
    assert reload_notice(["actors/belarus.yaml"]) == "Reloaded 1 changed file: actors/belarus.yaml"
