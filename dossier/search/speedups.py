"""Small, behaviour-preserving fixes to Whoosh 2.7's hot paths (whoosh-reloaded is pinned, see pyproject).

Whoosh runs in pure Python, so a few of its inner loops decide how fast search and indexing
are on a big workspace. Each patch here does exactly what the code it replaces did, only with
fewer Python steps; `apply()` installs them once per process, and the index and the searcher
call it before touching Whoosh.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

_applied = False


def apply() -> None:
    """Install every patch (idempotent)."""
    global _applied
    if _applied:
        return
    _cache_length_readers()
    _bisect_skip_to()
    _top_collector_minimum()
    _boost_in_scorer()
    _applied = True


def _cache_length_readers() -> None:
    """Remember when a field has no length column, instead of asking the file system per posting.

    Whoosh 2.7 looks the column file up again for every posting of an unscored field (ids,
    facets), which is a quarter of the indexing time here. Caching the miss changes nothing else.
    """
    from whoosh.codec import whoosh3

    reader_class = whoosh3.W3PerDocReader
    original = reader_class._cached_reader

    def cached_reader(self: Any, fieldname: str, column: Any) -> Any:
        if fieldname in self._readers:
            return self._readers[fieldname]
        reader = original(self, fieldname, column)
        self._readers[fieldname] = reader
        return reader

    reader_class._cached_reader = cached_reader


def _bisect_skip_to() -> None:
    """Skip inside a posting block by binary search rather than one posting at a time.

    An AND of a rare and a common word skips through the common word's postings; Whoosh
    stepped through each of up to 128 ids per block with two method calls per id, which was
    most of the time of a two-word query over 100,000 quotes.
    """
    from whoosh.codec import whoosh3
    from whoosh.matching import ReadTooFar

    matcher_class = whoosh3.W3LeafMatcher

    def skip_to(self: Any, targetid: int) -> None:
        if self._atend or self._i >= self._blocklength:
            raise ReadTooFar
        if self._ids is None:
            self._read_ids()
        if targetid <= self._ids[self._i]:
            return
        if targetid > self._maxid:
            # Whole blocks first, reading only their headers.
            while not self._atend and targetid > self._maxid:
                self._next_block()
            if self._atend:
                return
            self._read_ids()
        # The block's largest id is >= targetid, so the search stops inside the block.
        self._i = bisect_left(self._ids, targetid, self._i)

    matcher_class.skip_to = skip_to


def _top_collector_minimum() -> None:
    """Let the top-N collector know the lowest score it keeps as soon as it holds N documents.

    Whoosh 2.7 set that minimum only when a later document displaced one already kept, so when
    the first N documents were the best (actors, which come first, boosted by their names) the
    minimum stayed 0 and no posting block was ever skipped: every match was read and scored.
    """
    from heapq import heappush

    from whoosh import collectors

    collector_class = collectors.TopCollector
    original = collector_class._collect

    def _collect(self: Any, global_docnum: int, score: float) -> float:
        items = self.items
        if len(items) < self.limit - 1:
            self.total += 1
            heappush(items, (score, 0 - global_docnum))
            return 0 - score
        result = original(self, global_docnum, score)
        if len(items) >= self.limit:
            self.minscore = items[0][0]
        return result

    collector_class._collect = _collect


def _boost_in_scorer() -> None:
    """Fold a boosted term's boost into its scorer instead of wrapping its matcher.

    Every field of a free-text word is boosted (names ×8, titles ×3...), and Whoosh put each
    posting list in a wrapper that multiplies: one more Python call for every id, step and
    score of every posting read. Scores are the same.
    """
    from whoosh import matching
    from whoosh.codec import whoosh3
    from whoosh.query import terms

    from dossier.search.ranking import ImpactScorer

    term_class = terms.Term
    original = term_class.matcher

    def matcher(self: Any, searcher: Any, context: Any = None) -> Any:
        found = original(self, searcher, context)
        if type(found) is matching.WrappingMatcher:
            child = found.child
            if type(child) is whoosh3.W3LeafMatcher and type(child.scorer) is ImpactScorer:
                child.scorer = child.scorer.boosted(found.boost)
                return child
        return found

    term_class.matcher = matcher
