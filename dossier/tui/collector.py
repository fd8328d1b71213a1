"""Keep Python's cyclic garbage collector off the records that live for the whole session.

At 100,000 quotes a loaded workspace and the browser's lookups are ~500,000 objects that
the collector tracks. While they are made, each full collection walks all of them (six
collections, about a fifth of the load's CPU); after that, every full collection walks them
again for nothing (~0.3 s of CPU, over a second of wall time on a busy machine), and it lands
on whichever keystroke happened to trigger it. `gc.freeze()` moves everything made so far
out of the collector's sight. Frozen objects are still freed as soon as nothing refers to
them; only a reference cycle among them would stay in memory, and records form none.

Making them also frees a lot: a load decodes ~40 MB of cached JSON text in groups and drops
it. The C allocator keeps those freed pages in the worker thread's arena; on glibc they are
handed back to the system after a load (`malloc_trim`), which lowers resident memory for the
session by several megabytes at 100,000 quotes.
"""

from __future__ import annotations

import contextlib
import gc
import sys
from collections.abc import Callable, Iterator


@contextlib.contextmanager
def long_lived_allocations() -> Iterator[None]:
    """Make long-lived objects with collection paused, then freeze them (on success)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    except BaseException:
        if was_enabled:
            gc.enable()  # what a failed load made is garbage: let the collector have it
        raise
    # Frozen before collection resumes: the next young collection would otherwise walk all of it.
    gc.freeze()
    if was_enabled:
        gc.enable()
    return_freed_memory()


def pause_collection() -> Callable[[], None]:
    """Pause the cyclic collector; the function returned resumes it (once, and only if it was on).

    For the start-up: composing and styling the first screen makes some 100,000 objects that
    live for the whole session, and the collections they trigger (about ten, each walking all
    the young ones) add several ms to the first frame for nothing.
    """
    was_enabled = gc.isenabled()
    gc.disable()

    def resume() -> None:
        nonlocal was_enabled
        if was_enabled:
            was_enabled = False
            gc.enable()

    return resume


# Young objects allowed before a collection while the browser runs (Python's default is 700). Each key paints
# panes whose strips and caches are thousands of short-lived objects; at 700 they trigger a young collection every
# few hundred microseconds of work, and every tenth of the middle ones a full collection of what is not frozen
# (~80 ms with review's queue open at 100,000 quotes: one key in twelve). At 10,000 the young collections are
# fewer and each still short (a few ms), and a full one comes about every 250 keys.
_YOUNG_THRESHOLD = 10_000


def collect_young_less_often() -> Callable[[], None]:
    """Raise the young generation's threshold for the session; the function returned sets it back (once)."""
    young, middle, old = gc.get_threshold()
    gc.set_threshold(max(young, _YOUNG_THRESHOLD), middle, old)
    restored = False

    def restore() -> None:
        nonlocal restored
        if not restored:
            restored = True
            gc.set_threshold(young, middle, old)

    return restore


def return_freed_memory() -> None:
    """Give pages the C allocator holds free back to the system (glibc only; elsewhere nothing)."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):  # not glibc (musl has no malloc_trim)
        return
    trim(0)
