"""Atomic writes: the old file survives any failure, and edits made on disk are never overwritten."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from dossier.atomic import ConflictError, WriteError, sha256_bytes, write_atomic
from tests.unprivileged import run_unprivileged


def test_replaces_content_and_keeps_the_file_mode(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_bytes(b"old\n")
    path.chmod(0o640)
    write_atomic(path, b"new\n", expected_sha256=sha256_bytes(b"old\n"))
    assert path.read_bytes() == b"new\n"
    assert path.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["a.yaml"]  # no temporary file left behind


def test_a_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.yaml"
    path.write_bytes(b"old\n")

    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(WriteError, match="could not write a.yaml: the disk is full; the file is unchanged"):
        write_atomic(path, b"new\n")
    assert path.read_bytes() == b"old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["a.yaml"]


def test_refuses_when_the_file_changed_since_it_was_read(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_bytes(b"edited by hand\n")
    with pytest.raises(ConflictError, match="changed on disk since it was read"):
        write_atomic(path, b"new\n", expected_sha256=sha256_bytes(b"old\n"))
    assert path.read_bytes() == b"edited by hand\n"


def test_create_only_never_replaces(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_bytes(b"mine\n")
    with pytest.raises(ConflictError, match="already exists"):
        write_atomic(path, b"theirs\n", create_only=True)
    assert path.read_bytes() == b"mine\n"


def test_a_read_only_folder_gives_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    def refuse(**kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    # Root ignores folder permissions, so the refusal a read-only folder gives is injected here.
    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    folder = tmp_path / "ro"
    folder.mkdir()
    with pytest.raises(WriteError, match="cannot write in ro/: Permission denied; a.yaml is unchanged"):
        write_atomic(folder / "a.yaml", b"x")


READ_ONLY_WRITE = """
import json, os
from pathlib import Path
from dossier.atomic import WriteError, write_atomic
try:
    write_atomic(Path(os.environ["TARGET"]), b"new\\n")
    print(json.dumps("written"))
except WriteError as exc:
    print(json.dumps(str(exc)))
"""


def test_a_read_only_folder_refuses_a_user_bound_by_permissions(scratch: Path) -> None:
    # The real refusal, as an unprivileged user (root would write regardless).
    folder = scratch / "ro"
    folder.mkdir()
    (folder / "a.yaml").write_bytes(b"old\n")
    folder.chmod(0o555)
    outcome = run_unprivileged(READ_ONLY_WRITE, env={"TARGET": str(folder / "a.yaml")})
    assert outcome == "cannot write in ro/: Permission denied; a.yaml is unchanged"
    assert (folder / "a.yaml").read_bytes() == b"old\n"
    assert sorted(path.name for path in folder.iterdir()) == ["a.yaml"]
