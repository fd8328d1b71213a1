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
    _lean_posting_pool()
    _lean_posting_writer()
    _lengths_only_where_kept()
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


# -- building: every posting of a full build passes through these, ~50 per quote ------------------


def _lean_posting_pool() -> None:
    """Add a posting to the writer's sorting pool without re-checking the types Whoosh itself made.

    The same item is kept and the same size counted towards the pool's memory limit.
    """
    from whoosh import writing

    def add(self: Any, item: tuple[str, bytes, int, float, bytes | None]) -> None:
        fieldname, tbytes, _, _, vbytes = item
        self.fieldnames.add(fieldname)
        # The same estimate as Whoosh's: 28 + 4*5 + 21 + 26 + 18 + 16 + 21 = 150 fixed bytes.
        self.currentsize += 150 + len(fieldname) + 2 * len(tbytes) + (len(vbytes) if vbytes else 0)
        if self.currentsize > self.limit:
            self.save()
        self.current.append(item)

    writing.PostingPool.add = add


def _lean_posting_writer() -> None:
    """Buffer a posting in its block without the per-posting type assertions (Whoosh made the values)."""
    from whoosh.codec import whoosh3

    def add_posting(self: Any, id_: int, weight: float, vbytes: bytes, length: int | None = None) -> None:
        if len(self._ids) >= self._blocklimit:
            self._write_block()
        self._ids.append(id_)
        self._weights.append(weight)
        if weight > self._maxweight:
            self._maxweight = weight
        if vbytes:
            self._values.append(vbytes)
        if length:
            minlength = self._minlength
            if minlength is None or length < minlength:
                self._minlength = length
            if length > self._maxlength:
                self._maxlength = length

    whoosh3.W3PostingsWriter.add_posting = add_posting


def _lengths_only_where_kept() -> None:
    """Write a segment's postings looking up document lengths only for fields that keep them.

    Whoosh asked the length column of every posting's field, which for all but one field here
    (their weights carry the length, see schema.py) answers 0 after a lookup. The postings
    written are the same: a length of 0 is not recorded either way.
    """
    from whoosh.codec.base import OutOfOrderError

    def add_postings(self: Any, schema: Any, lengths: Any, items: Any) -> None:
        start_field, start_term = self.start_field, self.start_term
        finish_term, finish_field = self.finish_term, self.finish_field
        lastfn: str | None = None
        lasttext: bytes | None = None
        add_posting: Any = None
        dfl: Any = None
        for fieldname, btext, docnum, weight, value in items:
            if fieldname != lastfn:
                if lastfn is not None and fieldname < lastfn:
                    raise OutOfOrderError(f"Field {lastfn!r} .. {fieldname!r}")
                if lasttext is not None:
                    finish_term()
                if lastfn is not None:
                    finish_field()
                fieldobj = schema[fieldname]
                start_field(fieldname, fieldobj)
                lastfn, lasttext = fieldname, None
                dfl = lengths.doc_field_length if (lengths and fieldobj.scorable) else None
            if docnum == -1:  # a spelling word, not a posting (Whoosh skips these too)
                continue
            if btext != lasttext:
                if lasttext is not None:
                    if btext < lasttext:
                        raise OutOfOrderError(f"Term {lastfn}:{lasttext!r} .. {fieldname}:{btext!r}")
                    finish_term()
                start_term(btext)
                lasttext = btext
                add_posting = self._postwriter.add_posting
            add_posting(docnum, weight, value or b"", dfl(docnum, fieldname) if dfl is not None else 0)
        if lasttext is not None:
            finish_term()
        if lastfn is not None:
            finish_field()

    from whoosh.codec import whoosh3

    # The codec's own field writer, whose `add` is exactly a call of its postings writer.
    whoosh3.W3FieldWriter.add_postings = add_postings
