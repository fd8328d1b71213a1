"""The fields of the search index: one Whoosh document per actor, event, quote and source.

Free text is spread over fields by how much a match there says about the record, and the
query parser weighs them so (see `TEXT_FIELDS`):
- `names`: an actor's name and every alias (only actors have it, and it weighs most, so a
  query for any spelling of an actor puts that actor first);
- `spelling`: each whole name and alias of an actor, folded, as one term, so a query that
  is exactly one of them puts that actor above actors whose names merely contain its words
  ("U.S." is the United States before "U.S. intelligence community");
- `title`: event and source titles;
- `who`: for quotes and events, the ids of the actors (and events) they are about, attributed
  to, or that take part in or at them. A query word that is part of an actor's name or alias
  is expanded to that actor's id here when the query is parsed (alias expansion at query time:
  a quote that says "Lukashenko" is found by "Lukashenka", and a new alias finds every old
  quote at once, with no quote rewritten). Its weight stands where the spellings of those
  actors used to be indexed in each quote, normalised by how many actors a record names;
- `aka`: a quote's speaker when named in words rather than by id (there is no id to expand to);
- `body`: quote words, summaries, source texts; without positions, since reading them
  with every posting block cost two-word queries a fifth of their time and phrases use `pairs`;
- `pairs`: consecutive pairs of body terms, so a phrase in a quote or text is a few term
  lookups rather than a position check of every document holding its words (a two-word
  phrase over 100,000 quotes took ~0.9 s with positions);
- `prefix`: edge n-grams of actor names and aliases and of event and source titles, for
  as-you-type (words of quotes and texts are completed from the vocabulary instead, see query.py).

Text fields store BM25's length-normalised term frequency in each posting ("impact", see
`ImpactPositions`, rounded to a grid) instead of keeping a length column to look up while searching: a score is
then one stored number through a formula, and the largest number in a posting block bounds
every score in it, so the top-20 collector skips whole blocks that cannot reach the results.

Filters are exact terms, all in one `facet` field (`ref:<id>` for every actor, event and
source a record is tied to, an actor's or event's own id included; `cred:`, `rel:`, `stance:`,
and `draft` for drafts),
since each extra field costs Whoosh time for every document indexed. Dates are `day:` terms,
one for every calendar day an EDTF date can mean, so a date range query reads only the days
it asks for and finds an uncertain or ranged date by any range it overlaps. Dates that span
more than `MAX_DAYS` days keep their bounds as `lo:`/`hi:` terms instead.

The fields `date`, `actor`, `source`, `credibility` and the like are never filled: they exist
so that the query parser accepts `date:[a TO b]` or `credibility:<=2`, which `query.py`
rewrites into `facet` terms.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from whoosh import fields, formats

from dossier.search.analysis import PairAnalyzer, PrefixAnalyzer, TextAnalyzer

# Bump whenever fields or analysis change: an index of another version is rebuilt, not read.
SCHEMA_VERSION = 8

# BM25's length normalisation (b) and, per field, the length a field counts as typical (BM25's
# average length, fixed here so that a document's weights never change after it is written).
LENGTH_B = 0.75
# Impacts are rounded to a grid, so that many documents tie at the best score: once the top
# results are full of such ties, every posting block whose best impact is no better is skipped
# unread. √2 keeps the order BM25 gives between a short quote, a long one and a whole article.
IMPACT_STEP = math.sqrt(2.0)
# `who` counts ids: one actor in a record was ~6 words of spellings against aka's pivot of 10.
PIVOTS = {"names": 3.0, "title": 6.0, "aka": 10.0, "who": 1.6, "body": 20.0, "pairs": 20.0, "prefix": 30.0}


@lru_cache(maxsize=65536)
def impact(frequency: float, length: int, pivot: float) -> float:
    """BM25's length-normalised frequency, on a grid of steps of √2 (see `IMPACT_STEP`)."""
    exact = frequency / (1.0 - LENGTH_B + LENGTH_B * length / pivot)
    return round(IMPACT_STEP ** round(math.log(exact, IMPACT_STEP)), 4)


def _impacts(items: Iterator[tuple[Any, int, float, bytes]], pivot: float) -> Iterator[tuple[Any, int, float, bytes]]:
    """(term, frequency, weight, value) with each weight divided by BM25's length factor of the field."""
    collected = list(items)
    length = sum(frequency for _, frequency, _, _ in collected)
    for text, frequency, weight, value in collected:
        yield text, frequency, impact(weight, length, pivot), value


class _ImpactWeights:
    """Gives a Whoosh format the length-normalised frequency as each posting's weight."""

    def __init__(self, pivot: float, field_boost: float = 1.0) -> None:
        super().__init__(field_boost=field_boost)  # type: ignore[call-arg]
        self.pivot = pivot

    def word_values(self, value: Any, analyzer: Any, **kwargs: Any) -> Iterator[tuple[Any, int, float, bytes]]:
        return _impacts(super().word_values(value, analyzer, **kwargs), self.pivot)  # type: ignore[misc]


class ImpactPositions(_ImpactWeights, formats.Positions):
    """Positions, with the length-normalised frequency as each posting's weight."""


class ImpactFrequency(_ImpactWeights, formats.Frequency):
    """Frequency, with the length-normalised frequency as each posting's weight."""


MAX_DAYS = 400

# Field weights for free text. Boosts live in the query parser, not the index, so they can be tuned without a rebuild.
TEXT_FIELDS = {"names": 8.0, "title": 3.0, "aka": 1.5, "body": 1.0}
PREFIX_FIELD = "prefix"
PAIR_FIELD = "pairs"
SPELLING_FIELD = "spelling"
TIED_FIELD = "who"
SPELLING_BOOST = 20.0


class PrefixField(fields.FieldType):
    """Edge n-grams of words: frequency only, no positions, never stored."""

    def __init__(self) -> None:
        self.analyzer = PrefixAnalyzer()
        self.format = ImpactFrequency(PIVOTS["prefix"])
        self.scorable = False  # no length column: the weights carry the length (see ImpactFrequency)
        self.stored = False
        self.unique = False
        self.vector = None
        self.set_sortable(False)


# Names users type before a colon, and the facet prefix each becomes (see query.py).
FILTER_FIELDS = ("actor", "about", "event", "source", "credibility", "reliability", "stance", "status", "date")


class PairField(fields.FieldType):
    """Consecutive pairs of body terms: frequency only, no positions, never stored."""

    def __init__(self) -> None:
        self.analyzer = PairAnalyzer()
        self.format = ImpactFrequency(PIVOTS["pairs"])
        self.scorable = False
        self.stored = False
        self.unique = False
        self.vector = None
        self.set_sortable(False)


class TiedField(fields.FieldType):
    """Ids of the actors a record names, separated by spaces, with impact weights; never stored."""

    def __init__(self) -> None:
        from whoosh.analysis import SpaceSeparatedTokenizer

        self.analyzer = SpaceSeparatedTokenizer()
        self.format = ImpactFrequency(PIVOTS["who"])
        self.scorable = False
        self.stored = False
        self.unique = False
        self.vector = None
        self.set_sortable(False)


def _text(name: str, positions: bool = True) -> fields.TEXT:
    field = fields.TEXT(analyzer=TextAnalyzer(), phrase=positions)
    field.format = ImpactPositions(PIVOTS[name]) if positions else ImpactFrequency(PIVOTS[name])
    field.scorable = False
    return field


def build_schema() -> fields.Schema:
    phantom = {name: fields.ID() for name in FILTER_FIELDS}
    return fields.Schema(
        id=fields.STORED(),
        kind=fields.ID(stored=True),
        file=fields.ID(stored=True),
        label=fields.STORED(),
        when=fields.STORED(),
        text=fields.STORED(),  # what snippets are cut from
        names=_text("names"),
        spelling=fields.KEYWORD(commas=True, lowercase=False, scorable=True),
        title=_text("title"),
        aka=_text("aka"),
        who=TiedField(),
        body=_text("body", positions=False),  # phrases in body are looked up in `pairs`
        prefix=PrefixField(),
        pairs=PairField(),
        facet=fields.KEYWORD(lowercase=False, commas=False),
        **phantom,
    )
