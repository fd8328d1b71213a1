"""The review queue as rows, and the filter that narrows it as the analyst types.

A row is what the review screen's list shows of a draft (name, kind, confidence band, how many
sources) plus the folded words the filter compares. The filter is typed in one line:

    lukash                 words: each one begins a word of the draft's name or aliases
                           (an event's title, a quote's words), case and accents aside
    kind:place             the actor kind (person, organization, state, armed force, media,
                           place, other) or actor / event / quote; a prefix is enough
    band:high              the confidence band ingest reports (high, medium, low)
    source:reuters         a source's id or a word of its title, by its beginning

Terms of different keys must all hold; two terms of one key are alternatives ("kind:place
kind:state"). Nothing here writes: `dossier.desk.review.ReviewDesk` builds the rows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from dossier.ingest.names import fold_phrase
from dossier.model import CONFIDENCE_BANDS, confidence_band

BANDS = tuple(band for band, _floor in CONFIDENCE_BANDS)
KEYS = ("kind", "band", "source")


def band_of(confidence: float | None) -> str:
    """'high', 'medium' or 'low'; '' for a draft without a confidence (events and quotes)."""
    if confidence is None or isinstance(confidence, bool):
        return ""
    return confidence_band(confidence)


@dataclass(frozen=True)
class QueueRow:
    """One draft as the queue lists it."""

    folder: str  # actors, events or quotes
    id: str
    name: str  # an actor's name, an event's title, a quote's words
    kind: str  # the actor kind ("armed_force"), or "event" / "quote"
    band: str  # see `band_of`
    sources: tuple[str, ...]  # ids of the sources it came from
    words: frozenset[str] = field(default=frozenset(), repr=False)  # folded words of name and aliases
    source_words: frozenset[str] = field(default=frozenset(), repr=False)  # folded ids and title words

    @property
    def kind_label(self) -> str:
        return self.kind.replace("_", " ")


def make_row(
    folder: str, record_id: str, name: str, aliases: Iterable[str], kind: str, band: str, sources: dict[str, str]
) -> QueueRow:
    """`sources`: id -> title of each source the draft came from."""
    words = {word for spelling in (name, *aliases) for word in fold_phrase(spelling)}
    source_words = {source_id.casefold() for source_id in sources}
    for title in sources.values():
        source_words.update(fold_phrase(title))
    return QueueRow(folder, record_id, name, kind, band, tuple(sources), frozenset(words), frozenset(source_words))


@dataclass(frozen=True)
class DraftQuery:
    """A parsed filter: the words, and for each key the values (any one of them may match)."""

    words: tuple[str, ...] = ()
    terms: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not self.words and not any(self.terms.values())


def parse_query(text: str) -> DraftQuery:
    """The filter as typed: 'key:value' terms of the known keys, the rest words (folded)."""
    words: list[str] = []
    terms: dict[str, list[str]] = {}
    for token in text.split():
        key, colon, value = token.partition(":")
        if colon and key.casefold() in KEYS:
            folded = "_".join(fold_phrase(value))  # "armed_force", "armed-force" and "Armed" alike
            if folded:
                terms.setdefault(key.casefold(), []).append(folded)
            continue  # "kind:" alone, as it is being typed, narrows nothing yet
        words.extend(fold_phrase(token))
    return DraftQuery(tuple(words), {key: tuple(values) for key, values in terms.items()})


def _begins_one(words: Iterable[str], prefix: str) -> bool:
    return any(word.startswith(prefix) for word in words)


def matches(row: QueueRow, query: DraftQuery) -> bool:
    """Whether a row passes the filter."""
    if not all(_begins_one(row.words, word) for word in query.words):
        return False
    kinds = query.terms.get("kind")
    if kinds:
        names = (row.kind, row.folder.rstrip("s"))  # "place" and "actor"; "event" and "event"
        if not any(_begins_one(names, kind) for kind in kinds):
            return False
    bands = query.terms.get("band")
    if bands and not (row.band and any(row.band.startswith(band) for band in bands)):
        return False
    sources = query.terms.get("source")
    # An id keeps its hyphens ("reuters-parasite"); a title's words are compared one by one.
    return not sources or any(
        _begins_one(row.source_words, source.replace("_", "-")) or _begins_one(row.source_words, source.split("_")[0])
        for source in sources
    )


def narrow(rows: Iterable[QueueRow], text: str) -> list[QueueRow]:
    """The rows that pass the filter typed as `text`, in their order."""
    query = parse_query(text)
    rows = list(rows)
    if query.empty:
        return rows
    return [row for row in rows if matches(row, query)]
