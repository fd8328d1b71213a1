"""Write many files into one folder atomically, with one wait for the disk instead of one per file.

`dossier.atomic.write_atomic` flushes every file and its folder to disk before it returns:
right for an analyst's record, but a full export writes fifteen thousand files, and fifteen
thousand flushes took most of its time. A `Batch` writes each file to a temporary file
beside its target (named as `dossier.atomic` names them, so a leftover is recognised),
makes all of them durable with one file-system sync, and only then renames each into place
and flushes the folder once. A crash at any point leaves every target either as it was or
complete, never half-written; a failure before the renames leaves the folder as it was.

The safety rules of `write_atomic` hold per file: a new file never replaces one that
appeared meanwhile, and a file is replaced only when it still has the hash the caller read.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import secrets
import sys
from dataclasses import dataclass
from pathlib import Path

from dossier.atomic import TEMP_SUFFIX, ConflictError, WriteError, file_sha256, publish_new


@dataclass(frozen=True)
class Staged:
    """A file written under a temporary name, waiting to be renamed to `target`."""

    temp: Path
    target: Path
    expected_sha256: str | None  # None: the target must not exist (create only)


def stage(target: Path, data: bytes, *, expected_sha256: str | None = None, mode: int | None = None) -> Staged:
    """Write `data` to a new temporary file beside `target`, not yet flushed to disk.

    `expected_sha256`: the hash of the target as the caller read it (None: it must not exist
    when the batch is committed). `mode`: permissions for the file (default: 0666 less umask).
    Safe to call from several processes at once: each temporary name is created exclusively.
    """
    for _ in range(100):
        token = secrets.token_hex(4)  # eight of [0-9a-f], as `dossier.atomic.TEMP_NAME` expects
        temp = target.with_name(f".{target.name}.{token}{TEMP_SUFFIX}")
        try:
            # O_EXCL: never write through a name someone else made; the umask applies to 0o666.
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
        except FileExistsError:
            continue
        except OSError as exc:
            reason = _reason(exc)
            raise WriteError(f"cannot write in {target.parent.name}/: {reason}; {target.name} is unchanged") from None
        break
    else:
        raise WriteError(f"cannot find a free temporary name for {target.name}")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        if mode is not None:
            os.chmod(temp, mode)
    except OSError as exc:
        _remove_quietly(temp)
        raise WriteError(f"could not write {target.name}: {_reason(exc)}; the file is unchanged") from None
    except BaseException:
        _remove_quietly(temp)
        raise
    return Staged(temp, target, expected_sha256)


def commit(folder: Path, staged: list[Staged]) -> None:
    """Make every staged file durable, then rename each to its target; the folder is flushed once.

    Raises ConflictError (before any rename) when a target changed since the caller read it;
    the temporary files are removed on any failure.
    """
    renamed = 0
    try:
        _sync_folder_contents(folder, staged)
        for item in staged:
            current = file_sha256(item.target)
            if item.expected_sha256 is None and current is not None:
                raise ConflictError(f"{item.target.name} already exists; not overwritten")
            if item.expected_sha256 is not None and current != item.expected_sha256:
                raise ConflictError(f"{item.target.name} changed on disk since it was read; not overwritten")
        for item in staged:
            try:
                if item.expected_sha256 is None:
                    publish_new(item.temp, item.target)
                else:
                    os.replace(item.temp, item.target)
            except OSError as exc:
                raise WriteError(
                    f"could not write {item.target.name}: {_reason(exc)} "
                    f"({renamed} of {len(staged)} files were written)"
                ) from None
            renamed += 1
    except BaseException:
        discard(staged[renamed:])  # the file being renamed when it failed is still a temporary one
        raise
    _fsync_path(folder)


def discard(staged: list[Staged]) -> None:
    """Remove the temporary files of a batch that will not be committed."""
    for item in staged:
        _remove_quietly(item.temp)


def _sync_folder_contents(folder: Path, staged: list[Staged]) -> None:
    """Flush every staged file to disk, in one request where the system allows it."""
    if not staged:
        return
    if sys.platform.startswith("linux") and _syncfs(folder):
        return  # syncfs: one journal commit for the whole file system
    if hasattr(os, "sync"):
        os.sync()  # POSIX: returns when the data is written (Linux, macOS flush before returning)
        return
    for item in staged:  # Windows: no sync of a whole file system, so each file in turn
        _fsync_path(item.temp, write=True)


def _syncfs(folder: Path) -> bool:
    """Linux `syncfs(2)` on the file system holding `folder`; False when it is not available."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        syncfs = libc.syncfs
    except (OSError, AttributeError):
        return False
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return False
    try:
        return bool(syncfs(fd) == 0)
    finally:
        os.close(fd)


def _fsync_path(path: Path, *, write: bool = False) -> None:
    """fsync a file or folder by name; harmless where folders cannot be opened."""
    try:
        fd = os.open(path, os.O_RDWR if write else os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


def _reason(exc: OSError) -> str:
    return "the disk is full" if exc.errno == errno.ENOSPC else str(exc.strerror)
