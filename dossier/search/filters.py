"""Filters read once into a sorted list of documents, rather than merged posting by posting.

A date range is an OR of one `day:` term per day it spans (and the bounds of long spans).
Whoosh merges such an OR through a tree of union matchers, every step of which is a few
Python calls per posting, and an AND with the words of the query drives that tree once per
candidate document. Here the filter's documents are gathered into one sorted list per index
segment (a set union of plain posting lists) and matched by binary search, with one constant
score, as each matching facet term scored before.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from whoosh import matching, query
from whoosh.matching import ReadTooFar

SCORE = 1.0
# Document sets kept per searcher (see `DocumentSet.matcher`).
KEPT_SETS = 32


class SortedIdsMatcher(matching.ListMatcher):
    """Document ids from a sorted list, each scored `SCORE`."""

    _ids: list[int]
    _i: int

    def __init__(self, ids: list[int], position: int = 0) -> None:
        super().__init__(ids, position=position, all_weights=SCORE)

    def copy(self) -> SortedIdsMatcher:
        return SortedIdsMatcher(self._ids, self._i)

    def skip_to(self, id: int) -> None:
        if self._i >= len(self._ids):
            raise ReadTooFar
        self._i = bisect_left(self._ids, id, self._i)

    def supports_block_quality(self) -> bool:
        return True

    def max_quality(self) -> float:
        return SCORE

    def block_quality(self) -> float:
        return SCORE

    def block_max_weight(self) -> float:
        return SCORE

    def skip_to_quality(self, minquality: float) -> int:
        if minquality >= SCORE:
            self._i = len(self._ids)
        return 0

    def score(self) -> float:
        return SCORE

    def replace(self, minquality: float = 0) -> Any:
        if not self.is_active() or (minquality and minquality > SCORE):
            return matching.NullMatcher()
        return self


def _documents(node: Any, searcher: Any) -> set[int]:
    """The documents of an OR of terms and term ranges (other parts through Whoosh), in this segment."""
    reader = searcher.reader()
    if isinstance(node, query.Or):
        found: set[int] = set()
        for sub in node.subqueries:
            found |= _documents(sub, searcher)
        return found
    if isinstance(node, (query.Term, query.TermRange)):
        found = set()
        for fieldname, text in node.expanded_terms(reader):
            if (fieldname, text) in reader:
                found.update(reader.postings(fieldname, text).all_ids())
        return found
    return set(node.docs(searcher))


class DocumentSet(query.Query):
    """Matches what `child` matches (terms, ranges, ORs and ANDs of them), read as one sorted list."""

    fieldname = None  # not a field of text: highlighting and as-you-type leave it alone

    def __init__(self, child: Any) -> None:
        self.child = child
        self.boost = 1.0

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.child!r})"

    def __unicode__(self) -> str:
        return f"filter({self.child})"

    __str__ = __unicode__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, DocumentSet) and other.child == self.child

    def __hash__(self) -> int:
        return hash((type(self), hash(self.child)))

    def is_leaf(self) -> bool:
        return True

    def estimate_size(self, reader: Any) -> int:
        return int(self.child.estimate_size(reader))

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        # Kept on the (segment) searcher, which lives until the index changes: typing a query
        # keystroke by keystroke asks for the same filter or the same common name again and again.
        kept: dict[Any, list[int]] = searcher.__dict__.setdefault("_dossier_document_sets", {})
        ids = kept.get(self.child)
        if ids is None:
            ids = sorted(_documents(self.child, searcher))
            if len(kept) >= KEPT_SETS:
                kept.pop(next(iter(kept)))
            kept[self.child] = ids
        return SortedIdsMatcher(ids) if ids else matching.NullMatcher()
