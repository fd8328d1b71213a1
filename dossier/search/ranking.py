"""How hits are ranked: BM25, from weights that already carry each field's length (see schema.py).

Whoosh's own BM25F looks up a document's field length for every posting it scores, and bounds
a posting block by its largest frequency and smallest length, which may come from different
documents. Here the index stores the length-normalised frequency itself, so a score is
`idf × tf' × (k1 + 1) / (tf' + k1)` of one stored number, and a block's largest weight is an
exact bound: the collector can skip blocks that cannot reach the top results without reading them.
Fields with plain weights (filters) score their weight, as in Whoosh.
"""

from __future__ import annotations

from typing import Any

from whoosh import scoring

K1 = 1.2


class ImpactScorer(scoring.BaseScorer):
    """BM25 of one term, from impact weights."""

    def __init__(self, idf: float, max_weight: float) -> None:
        self.idf = idf  # times the query's boost, once `boosted`
        self.max_weight = max_weight
        self._max = self._score(max_weight)

    def boosted(self, boost: float) -> ImpactScorer:
        """This scorer with a query boost folded in (rather than a wrapping matcher per posting)."""
        return ImpactScorer(self.idf * boost, self.max_weight)

    def _score(self, weight: float) -> float:
        return self.idf * weight * (K1 + 1.0) / (weight + K1)

    def supports_block_quality(self) -> bool:
        return True

    def score(self, matcher: Any) -> float:
        weight = matcher.weight()
        return self.idf * weight * (K1 + 1.0) / (weight + K1)

    def max_quality(self) -> float:
        return self._max

    def block_quality(self, matcher: Any) -> float:
        return self._score(matcher.block_max_weight())


class ImpactBM25(scoring.WeightingModel):
    """The weighting model of dossier's searchers."""

    def scorer(self, searcher: Any, fieldname: str, text: Any, qf: int = 1) -> Any:
        info = searcher.term_info(fieldname, text)
        field = searcher.schema[fieldname]
        if not field.scorable and not hasattr(field.format, "pivot"):
            return scoring.WeightScorer(info.max_weight())
        return ImpactScorer(searcher.get_parent().idf(fieldname, text), info.max_weight())
