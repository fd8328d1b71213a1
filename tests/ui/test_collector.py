"""After the long-lived records are made, memory the allocator holds free goes back to the system."""

from __future__ import annotations

import sys
from pathlib import Path

from dossier.tui.collector import long_lived_allocations


def _resident_mb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) // 1024
    raise AssertionError("no VmRSS line")


def test_memory_freed_while_loading_is_given_back() -> None:
    with long_lived_allocations():
        # ~80 MB through the C allocator (not pymalloc, not mmap), one block in fifty kept:
        # freeing the rest leaves holes that the allocator keeps unless it is asked to trim.
        blocks = [bytes(2000) + bytes([index % 256]) for index in range(40_000)]
        kept = blocks[::50]
        grown = _resident_mb() if sys.platform.startswith("linux") else 0
        del blocks
    assert len(kept) == 800
    if sys.platform.startswith("linux"):
        assert _resident_mb() < grown - 40
