"""How a full export puts its files on disk: all or nothing, never over someone's edit, nothing left behind."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from dossier.atomic import TEMP_NAME, ConflictError, sha256_bytes
from dossier.export import staging
from dossier.export.forked import available_workers
from dossier.export.service import write_all
from dossier.workspace import load_workspace

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "export_workspace"
STAMP = "2024-05-01T12:00:00Z"


def _temporaries(folder: Path) -> list[str]:
    return [path.name for path in folder.iterdir() if TEMP_NAME.match(path.name)]


def test_a_batch_appears_only_when_committed(tmp_path: Path) -> None:
    old = tmp_path / "old.md"
    old.write_bytes(b"old\n")
    batch = [
        staging.stage(tmp_path / "new.md", b"new\n"),
        staging.stage(old, b"replaced\n", expected_sha256=sha256_bytes(b"old\n")),
    ]
    assert not (tmp_path / "new.md").exists() and old.read_bytes() == b"old\n"
    assert len(_temporaries(tmp_path)) == 2, "staged files wait under temporary names"
    staging.commit(tmp_path, batch)
    assert (tmp_path / "new.md").read_bytes() == b"new\n" and old.read_bytes() == b"replaced\n"
    assert _temporaries(tmp_path) == []


def test_an_edit_made_before_the_commit_stops_the_whole_batch(tmp_path: Path) -> None:
    edited = tmp_path / "edited.md"
    edited.write_bytes(b"export\n")
    batch = [
        staging.stage(tmp_path / "a.md", b"a\n"),
        staging.stage(edited, b"newer export\n", expected_sha256=sha256_bytes(b"export\n")),
    ]
    edited.write_bytes(b"export\nwith the analyst's note\n")
    with pytest.raises(ConflictError, match="edited.md changed on disk"):
        staging.commit(tmp_path, batch)
    assert edited.read_bytes() == b"export\nwith the analyst's note\n"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["edited.md"], "nothing written, nothing left"


def test_a_file_that_appears_meanwhile_is_not_replaced(tmp_path: Path) -> None:
    batch = [staging.stage(tmp_path / "brief.md", b"export\n")]
    (tmp_path / "brief.md").write_bytes(b"someone else's brief\n")
    with pytest.raises(ConflictError, match="brief.md already exists"):
        staging.commit(tmp_path, batch)
    assert (tmp_path / "brief.md").read_bytes() == b"someone else's brief\n"
    assert _temporaries(tmp_path) == []


def test_a_reexport_keeps_file_permissions_and_leaves_no_temporary_files(tmp_path: Path) -> None:
    workspace_dir = tmp_path / "ws"
    shutil.copytree(FIXTURE, workspace_dir)
    out = tmp_path / "out"
    write_all(load_workspace(workspace_dir, use_cache=False), out, generated_at=STAMP)
    umask = os.umask(0)
    os.umask(umask)
    assert (out / "belarus.md").stat().st_mode & 0o777 == 0o666 & ~umask
    (out / "belarus.md").chmod(0o640)
    actor = workspace_dir / "actors" / "belarus.yaml"
    actor.write_text(actor.read_text(encoding="utf-8") + "tags: [state]\n", encoding="utf-8")

    report = write_all(load_workspace(workspace_dir, use_cache=False), out, generated_at=STAMP)
    assert [path.name for path in report.written] == ["belarus.md"]
    assert "- **Tags:** state" in (out / "belarus.md").read_text(encoding="utf-8")
    assert (out / "belarus.md").stat().st_mode & 0o777 == 0o640
    assert _temporaries(out) == []


@pytest.mark.skipif(available_workers() < 2, reason="needs fork and two cores")
def test_rendering_in_two_processes_writes_the_same_files(tmp_path: Path) -> None:
    workspace = load_workspace(FIXTURE)
    one = write_all(workspace, tmp_path / "one", generated_at=STAMP)
    two = write_all(workspace, tmp_path / "two", generated_at=STAMP, workers=2)
    assert [path.name for path in two.written] == [path.name for path in one.written]
    for path in one.paths:
        assert (tmp_path / "two" / path.name).read_bytes() == path.read_bytes(), path.name
    assert _temporaries(tmp_path / "two") == []
