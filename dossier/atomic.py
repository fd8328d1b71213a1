"""Atomic file writes that never lose what an analyst wrote.

Every write goes to a temporary file in the same folder, is flushed to disk, and replaces
the target with one rename, so a crash or a full disk leaves either the old file or the new
one, never half of each. A caller that read a file first passes the hash of what it read;
if someone changed the file since (an editor, another process), the write is refused.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import hashlib
import os
import re
import tempfile
from pathlib import Path

# Temporary files are `.<name>.<random>.tmp` beside their target; a process killed mid-save
# leaves one behind (the target itself is intact), which `dossier check` points out.
TEMP_SUFFIX = ".tmp"
TEMP_NAME = re.compile(r"^\.(?P<target>.+)\.[a-z0-9_]{8}\.tmp$")


class WriteError(Exception):
    """A write that did not happen; the file on disk is unchanged."""


class ConflictError(WriteError):
    """The file changed on disk after it was read; writing would overwrite someone's work."""


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_sha256(path: Path) -> str | None:
    """The SHA-256 of a file's bytes, or None when it does not exist."""
    try:
        return sha256_bytes(path.read_bytes())
    except FileNotFoundError:
        return None


def write_atomic(
    path: Path, data: bytes, *, expected_sha256: str | None = None, create_only: bool = False, sync_folder: bool = True
) -> None:
    """Replace `path` with `data` atomically.

    `expected_sha256`: the hash of the content the caller read; the write is refused with
    ConflictError when the file now holds something else. `create_only`: refuse to replace
    an existing file. `sync_folder=False` leaves making the new name durable to the caller, who
    writes many files into a folder and syncs it once (`fsync_folder`) before anything that
    depends on them.
    """
    path = Path(path)
    current = file_sha256(path)
    if create_only and current is not None:
        raise ConflictError(f"{path.name} already exists; not overwritten")
    if expected_sha256 is not None and current != expected_sha256:
        raise ConflictError(f"{path.name} changed on disk since it was read; not overwritten (reload and try again)")
    folder = path.parent
    mode = _new_file_mode()  # mkstemp makes 0600 files; a new record should be as readable as any other
    with contextlib.suppress(FileNotFoundError):
        mode = path.stat().st_mode & 0o7777
    try:
        handle, temp_name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=TEMP_SUFFIX)
    except OSError as exc:
        raise WriteError(f"cannot write in {folder.name}/: {exc.strerror}; {path.name} is unchanged") from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp_name, mode)
        if create_only:
            publish_new(temp_name, path)
        else:
            os.replace(temp_name, path)
    except OSError as exc:
        _remove_quietly(temp_name)
        reason = "the disk is full" if exc.errno == errno.ENOSPC else exc.strerror
        raise WriteError(f"could not write {path.name}: {reason}; the file is unchanged") from None
    except BaseException:
        _remove_quietly(temp_name)
        raise
    if sync_folder:
        fsync_folder(folder)


def publish_new(temp_name: str | Path, path: Path) -> None:
    """Give the new file its name only if the name is free, even when another process races us.

    A hard link fails when the name exists, where a rename would silently replace the file
    the other process just created.
    """
    try:
        os.link(temp_name, path)
    except FileExistsError:
        raise ConflictError(f"{path.name} already exists; not overwritten") from None
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK):
            raise
        os.replace(temp_name, path)  # a file system without hard links: the earlier check has to do
        return
    os.unlink(temp_name)


@functools.cache
def _new_file_mode() -> int:
    """0666 less the process umask, read without changing it (os.umask would race other threads)."""
    umask = 0o022
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                umask = int(line.split()[1], 8)
    return 0o666 & ~umask


def _remove_quietly(name: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(name)


def fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); harmless where folders cannot be opened."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
