"""Share a long rendering between this process and forked copies of it, one per spare core.

A full export renders fifteen thousand dossiers from one loaded workspace; rendering is pure
Python, so threads would take turns. A forked child starts with the workspace and every
index already in memory (nothing is pickled on the way in), renders its share and writes it
under temporary names, and hands back only small results (which temporary file is which).
Where `fork` does not exist (Windows) or only one core is free, everything runs here.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

# The work a forked child is to do: set just before forking, so the child inherits it.
_WORK: Callable[[list[Any]], list[Any]] | None = None


def available_workers() -> int:
    """How many processes may share the work: the cores this process may use, where fork exists."""
    if sys.platform == "win32" or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # macOS
        cores = os.cpu_count() or 1
    return max(1, cores)


def _run_inherited(chunk: list[Any]) -> list[Any]:
    assert _WORK is not None, "called outside map_forked"
    return _WORK(chunk)


def map_forked(
    work: Callable[[list[T]], list[R]], items: list[T], *, workers: int, discard: Callable[[list[R]], None]
) -> list[R]:
    """`work(items)`, with the items split in contiguous chunks among `workers` processes.

    This process does the first chunk itself. The results come back in the order of the
    items. When any chunk fails, the results of the others are passed to `discard` and the
    first failure is raised.
    """
    workers = max(1, min(workers, len(items)))
    if workers == 1:
        return work(items)
    size = -(-len(items) // workers)
    chunks = [items[start : start + size] for start in range(0, len(items), size)]
    global _WORK
    _WORK = work
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=len(chunks) - 1, mp_context=context) as pool:
            futures = [pool.submit(_run_inherited, chunk) for chunk in chunks[1:]]
            results: list[list[R]] = []
            failure: BaseException | None = None
            try:
                results.append(work(chunks[0]))
            except BaseException as exc:
                failure = exc
            for future in futures:
                try:
                    results.append(future.result())
                except BaseException as exc:
                    failure = failure or exc
    finally:
        _WORK = None
    if failure is not None:
        for result in results:
            discard(result)
        raise failure
    return [item for result in results for item in result]
