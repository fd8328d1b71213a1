"""The fields of the search index: one Whoosh document per actor, event, quote and source.

Free text is spread over fields by how much a match there says about the record, and the
query parser weighs them so (see `TEXT_FIELDS`):
- `names`: an actor's name and every alias (only actors have it, and it weighs most, so a
  query for any spelling of an actor puts that actor first);
- `spelling`: each whole name and alias of an actor, folded, as one term, so a query that
  is exactly one of them puts that actor above actors whose names merely contain its words
  ("U.S." is the United States before "U.S. intelligence community");
- `title`: event and source titles;
- `aka`: for quotes and events, every spelling of the actors they are about, attributed to,
  or take part in or at (alias expansion: a quote that says "Lukashenko" is found by
  "Lukashenka", and the other way round);
- `body`: quote words, summaries, source texts;
- `pairs`: consecutive pairs of body terms, so a phrase in a quote or text is a few term
  lookups rather than a position check of every document holding its words (a two-word
  phrase over 100,000 quotes took ~0.9 s with positions);
- `prefix`: edge n-grams of actor names and aliases and of event and source titles, for
  as-you-type (words of quotes and texts are completed from the vocabulary instead, see query.py).

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

from whoosh import fields, formats

from dossier.search.analysis import PairAnalyzer, PrefixAnalyzer, TextAnalyzer

# Bump whenever fields or analysis change: an index of another version is rebuilt, not read.
SCHEMA_VERSION = 3

MAX_DAYS = 400

# Field weights for free text. Boosts live in the query parser, not the index, so they can be tuned without a rebuild.
TEXT_FIELDS = {"names": 8.0, "title": 3.0, "aka": 1.5, "body": 1.0}
PREFIX_FIELD = "prefix"
PAIR_FIELD = "pairs"
SPELLING_FIELD = "spelling"
SPELLING_BOOST = 20.0


class PrefixField(fields.FieldType):
    """Edge n-grams of words: frequency only, no positions, never stored."""

    def __init__(self) -> None:
        self.analyzer = PrefixAnalyzer()
        self.format = formats.Frequency()
        self.scorable = True
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
        self.format = formats.Frequency()
        self.scorable = True
        self.stored = False
        self.unique = False
        self.vector = None
        self.set_sortable(False)


def build_schema() -> fields.Schema:
    text = TextAnalyzer()
    phantom = {name: fields.ID() for name in FILTER_FIELDS}
    return fields.Schema(
        id=fields.STORED(),
        kind=fields.ID(stored=True),
        file=fields.ID(stored=True),
        label=fields.STORED(),
        when=fields.STORED(),
        text=fields.STORED(),  # what snippets are cut from
        names=fields.TEXT(analyzer=text, phrase=True),
        spelling=fields.KEYWORD(commas=True, lowercase=False, scorable=True),
        title=fields.TEXT(analyzer=text, phrase=True),
        aka=fields.TEXT(analyzer=text, phrase=True),
        body=fields.TEXT(analyzer=text, phrase=True),
        prefix=PrefixField(),
        pairs=PairField(),
        facet=fields.KEYWORD(lowercase=False, commas=False),
        **phantom,
    )
