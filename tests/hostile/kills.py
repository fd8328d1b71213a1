"""Kill a child process at a random moment while it writes, and tell whether the kill landed.

A kill test proves something only if its kills arrive while files are being written. So the
parent does not sleep a random time after the fork (the child may still be importing, or
already done): it watches the disk until it sees the child writing (a new or temporary file,
a replaced one), waits a random moment more, and kills. The child marks the end of its work
with a file, so afterwards the parent knows whether the kill came before the end: a kill that
landed mid-write. Tests count those and fail when too few landed.
"""

from __future__ import annotations

import os
import random
import signal
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from dossier.atomic import TEMP_NAME

# Generous: reached only if the child never starts writing (a hang), even on a loaded machine.
START_DEADLINE = 120.0


def files_under(folder: Path) -> list[Path]:
    """Every file under `folder`, temporary ones included (empty if it does not exist yet)."""
    return [Path(top, name) for top, _dirs, names in os.walk(folder) for name in names]


def temporaries_under(folder: Path) -> list[Path]:
    """The temporary files an atomic write leaves when it is killed before its rename."""
    return [path for path in files_under(folder) if TEMP_NAME.match(path.name)]


@dataclass
class KillTally:
    """How many kills there were, and how many landed while the child was writing."""

    kills: int = 0
    mid_write: int = 0
    torn: int = 0  # kills that left a temporary file: inside one file's write
    notes: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return f"{self.mid_write} of {self.kills} kills landed mid-write ({self.torn} inside a file's write)"


def kill_while_writing(
    work: Callable[[], None],
    *,
    writing: Callable[[], bool],
    done: Path,
    watch: Path,
    rng: random.Random,
    jitter: float,
    tally: KillTally,
) -> bool:
    """Fork a child that runs `work` and then creates `done`; once `writing()` holds (the parent
    sees the child's writes on disk), wait a random moment of up to `jitter` seconds and SIGKILL it.
    A temporary file that appeared under `watch` meanwhile was being written at the kill: torn.

    Returns whether the kill landed mid-write: the child was seen writing and had not finished.
    """
    done.unlink(missing_ok=True)
    failed = done.with_name(done.name + ".error")
    failed.unlink(missing_ok=True)
    temporaries = set(temporaries_under(watch))
    pid = os.fork()
    if pid == 0:  # the child: do the work, say so, then idle until killed
        status = 0
        try:
            work()
            done.touch()
            while True:
                signal.pause()
        except BaseException:
            failed.write_text(traceback.format_exc())
            status = 1
        finally:
            os._exit(status)
    seen = False
    try:
        deadline = time.monotonic() + START_DEADLINE
        while not seen and not done.exists() and time.monotonic() < deadline:
            finished, _status = os.waitpid(pid, os.WNOHANG)
            if finished:
                pid = 0
                raise AssertionError(f"the child died on its own:\n{_read(failed)}")
            seen = writing()
        if not seen and not done.exists():
            raise AssertionError(f"the child never started writing within {START_DEADLINE:.0f} s")
        time.sleep(rng.uniform(0, jitter))  # a random moment inside the write phase, not a wait for a state
    finally:
        if pid:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
    assert not failed.exists(), f"the child failed:\n{_read(failed)}"
    landed = seen and not done.exists()
    tally.kills += 1
    tally.mid_write += landed
    tally.torn += bool(set(temporaries_under(watch)) - temporaries)
    return landed


def _read(path: Path) -> str:
    return path.read_text() if path.exists() else "(no traceback)"
