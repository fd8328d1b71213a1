"""Records as index documents, each tied to the actors it names by their ids.

A quote about Lukashenka is indexed with his id in its `who` field, once; a query for any of
his spellings is expanded to that id when it is parsed (see query.py), so a new alias is an
update of one actor document, not of every quote about him. Building a document still needs
a few facts from other files (the titles in a quote's label, a source's grade and date),
which `Directory` holds: built from a loaded workspace for a full build, and kept in the
index manifest so an incremental update can build documents for a few files without
loading the whole workspace. The manifest's spellings are also what queries expand with.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from dossier.dates import EdtfError, edtf_bounds
from dossier.model import Actor, Event, Quote, Source, attribution_actor_id
from dossier.search.analysis import fold_phrase
from dossier.search.schema import MAX_DAYS

Document = dict[str, Any]


@dataclass
class Directory:
    """What documents need to know about records in other files. Plain data, saved as JSON."""

    spellings: dict[str, list[str]] = field(default_factory=dict)  # actor id -> name, then aliases
    titles: dict[str, str] = field(default_factory=dict)  # actor, event or source id -> display title
    sources: dict[str, list[str | None]] = field(default_factory=dict)  # id -> [reliability, published]

    def add(self, record: Actor | Event | Source) -> None:
        if isinstance(record, Actor):
            self.spellings[record.id] = [record.name, *record.aliases]
            self.titles[record.id] = record.name
        elif isinstance(record, Event):
            self.titles[record.id] = record.title
        else:
            self.titles[record.id] = record.title
            self.sources[record.id] = [record.reliability, record.published]

    def remove(self, record_id: str) -> None:
        for table in (self.spellings, self.titles, self.sources):
            table.pop(record_id, None)

    def facts(self, record_id: str) -> tuple[Any, ...]:
        """Everything other documents copy from this record: when it changes, they are rebuilt.

        Spellings are not among them: documents hold actor ids, and queries expand names to ids.
        """
        return (self.titles.get(record_id), self.sources.get(record_id))

    def to_json(self) -> dict[str, Any]:
        return {"spellings": self.spellings, "titles": self.titles, "sources": self.sources}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Directory:
        return cls(dict(data["spellings"]), dict(data["titles"]), dict(data["sources"]))


def date_terms(value: str | None) -> list[str]:
    """The `day:` facets (or `lo:`/`hi:` bounds, for long spans) of an EDTF date; none when unknown."""
    if not value:
        return []
    try:
        bounds = edtf_bounds(value)
    except EdtfError:
        return []
    if bounds is None:
        return []
    lower, upper = bounds
    span = (upper - lower).days
    if span > MAX_DAYS:
        return [f"lo:{lower.isoformat()}", f"hi:{upper.isoformat()}"]
    return [f"day:{(lower + dt.timedelta(days=offset)).isoformat()}" for offset in range(span + 1)]


def _draft(record: Actor | Event | Quote) -> bool:
    return record.status.value == "draft"


def _facets(refs: list[str], *, date: str | None = None, **values: str | bool | None) -> str:
    """The `facet` field: `ref:` for every tied id, `day:` for every date, `<name>:<value>` for the rest."""
    terms = [f"ref:{ref}" for ref in dict.fromkeys(refs)]
    terms += [f"{name}:{value}" if value is not True else name for name, value in values.items() if value]
    return " ".join(terms + date_terms(date))


def _clean(document: Document) -> Document:
    """Leave out empty fields (Whoosh indexes an empty string as a field of length zero)."""
    return {key: value for key, value in document.items() if value not in (None, "", [])}


def actor_document(actor: Actor, relative: str) -> Document:
    text = "\n".join(part for part in (actor.summary, " ".join(actor.tags), actor.notes) if part)
    names = "\n".join([actor.name, *actor.aliases])
    return _clean(
        {
            "id": actor.id,
            "kind": "actor",
            "file": relative,
            "label": actor.name,
            "when": None,
            "names": names,
            "body": text,
            "pairs": text,
            "prefix": names,
            "spelling": ",".join(dict.fromkeys(fold_phrase(spelling) for spelling in (actor.name, *actor.aliases))),
            "text": " · ".join(actor.aliases)
            + (" — " if actor.aliases and actor.summary else "")
            + (actor.summary or ""),
            "facet": _facets([actor.id, *(relation.target for relation in actor.relations)], draft=_draft(actor)),
        }
    )


def event_document(event: Event, relative: str, directory: Directory) -> Document:
    tied = list(dict.fromkeys([*(part.actor for part in event.participants), *([event.place] if event.place else [])]))
    text = "\n".join(part for part in (event.summary, event.date_text, " ".join(event.tags), event.notes) if part)
    return _clean(
        {
            "id": event.id,
            "kind": "event",
            "file": relative,
            "label": event.title,
            "when": event.date,
            "title": event.title,
            "who": " ".join(tied),
            "body": text,
            "pairs": text,
            "text": event.summary or event.date_text or event.date or "",
            "prefix": event.title,
            "facet": _facets([event.id, *tied], date=event.date, draft=_draft(event)),
        }
    )


def source_document(source: Source, relative: str, text: str | None) -> Document:
    heading = " ".join(part for part in (source.title, source.publisher, source.author) if part)
    return _clean(
        {
            "id": source.id,
            "kind": "source",
            "file": relative,
            "label": source.title,
            "when": source.published,
            "title": heading,
            "body": text or source.notes or "",
            "pairs": text or source.notes or "",
            "prefix": heading,
            "text": text or source.notes or "",
            "facet": _facets([source.id], date=source.published, rel=source.reliability),
        }
    )


def quote_label(quote: Quote, directory: Directory) -> str:
    """'Alyaksandr Lukashenka, in Test article': who is quoted, and where."""
    speaker_id = attribution_actor_id(quote)
    if speaker_id is not None:
        speaker = directory.titles.get(speaker_id, speaker_id)
    else:
        speaker = quote.attributed_to or "unattributed"
    return f"{speaker}, in {directory.titles.get(quote.source, quote.source)}"


def quote_document(quote: Quote, relative: str, directory: Directory) -> Document:
    speaker = attribution_actor_id(quote)
    tied = list(dict.fromkeys([*([speaker] if speaker else []), *quote.about]))
    reliability, published = (directory.sources.get(quote.source) or [None, None])[:2]
    # A speaker named in words rather than by id has no id to expand to: the words are indexed.
    aka = quote.attributed_to if quote.attributed_to and speaker is None else None
    return _clean(
        {
            "id": quote.id,
            "kind": "quote",
            "file": relative,
            "label": quote_label(quote, directory),
            "when": published,
            "who": " ".join(tied),
            "aka": aka,
            "body": quote.exact,
            "pairs": quote.exact,
            "text": quote.exact,
            "facet": _facets(
                [quote.source, *tied],
                date=published,
                cred=str(quote.credibility),
                rel=reliability,
                stance=quote.stance.value,
                draft=_draft(quote),
            ),
        }
    )


def documents_of(records: list[tuple[Any, str]], directory: Directory, text_of: Any) -> Iterator[Document]:
    """Documents for (record, relative path) pairs; `text_of(source_id)` gives a source's text."""
    for record, relative in records:
        if isinstance(record, Quote):
            yield quote_document(record, relative, directory)
        elif isinstance(record, Actor):
            yield actor_document(record, relative)
        elif isinstance(record, Event):
            yield event_document(record, relative, directory)
        elif isinstance(record, Source):
            yield source_document(record, relative, text_of(record.id))
