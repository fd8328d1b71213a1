"""A workspace as FollowTheMoney (FtM) entities, one JSON object a line: what Aleph and the
OpenSanctions tools read.

- Actors: a person is a `Person`; a state a `PublicBody` with its `country` code (FtM has
  no Country schema) and the topic `gov.national`; an armed force a `PublicBody` with the
  topic `mil`; an organisation or media outlet an `Organization`; a place an `Address`;
  anything else a `LegalEntity`. Every alias is an `alias`.
- Relations between actors: `UnknownLink` (subject, object, role = the relation's type, dates).
- Events: `Event` with its date (or start and end), participants (`involved`), its place
  (`addressEntity`, and its name as `location`) and the sources that report it (`proof`).
- Sources: `Article` with title, author, publisher, URL, dates, language and the text.
- Quotes: a `Note` whose `description` is the exact words, tied to its subjects (`entity`)
  and its source (`proof`); `summary` says where the words are (character range), who said
  them, the stance and the Admiralty grade in words, and `keywords` carry the same as
  `characters:36-107`, `stance:asserts`, `admiralty:C2`, `credibility:2`, `reliability:C`.

Ids are ours with a `dossier-` prefix (ids are unique across a workspace), so a second
export describes the same entities. Dates are EDTF here and ISO prefixes in FtM: an
uncertain or approximate date keeps its digits and loses the mark; a date with unknown
digits (XXXX-02-24) is left out. A value longer than FtM allows (a name over 384
characters, a text over 65,000) is split into pieces that each fit, never cut.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from dossier.export.jsontext import dumps
from dossier.model import CREDIBILITY_MEANING, RELIABILITY_MEANING, Actor, ActorKind, Event, Quote, Source
from dossier.workspace import Workspace

PREFIX = "dossier-"
_ISO_PREFIX = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")

# Our actor kinds as FtM schemata, with the FtM topics that say more.
ACTOR_SCHEMA: dict[ActorKind, tuple[str, tuple[str, ...]]] = {
    ActorKind.person: ("Person", ()),
    ActorKind.state: ("PublicBody", ("gov.national",)),
    ActorKind.armed_force: ("PublicBody", ("mil",)),
    ActorKind.organization: ("Organization", ()),
    ActorKind.media: ("Organization", ()),
    ActorKind.place: ("Address", ()),
    ActorKind.other: ("LegalEntity", ()),
}


def entity_id(record_id: str) -> str:
    return f"{PREFIX}{record_id}"


def ftm_date(edtf: str | None) -> str | None:
    """An EDTF date as an FtM date prefix (2022, 2022-02, 2022-02-24), or None when it has no plain digits."""
    if not edtf:
        return None
    plain = edtf.rstrip("?~%")
    return plain if _ISO_PREFIX.fullmatch(plain) else None


def _date_props(edtf: str | None) -> dict[str, str]:
    """`date`, or `startDate` and `endDate` for an interval, as FtM date prefixes."""
    if not edtf:
        return {}
    if "/" in edtf:
        first, _, last = edtf.partition("/")
        found = {"startDate": ftm_date(first), "endDate": ftm_date(last)}
        return {key: value for key, value in found.items() if value}
    single = ftm_date(edtf)
    return {"date": single} if single else {}


class _Builder:
    """Makes entities with the FtM model, so every property name and value type is the library's."""

    def __init__(self) -> None:
        from followthemoney import model
        from followthemoney.types import registry

        self.model = model
        self.registry = registry
        self._countries: dict[str, str | None] = {}

    def entity(self, schema: str, record_id: str) -> Any:
        proxy = self.model.make_entity(schema)
        proxy.id = record_id
        return proxy

    def add(self, proxy: Any, prop: str, value: str | list[str] | None) -> None:
        """Add values, each split into pieces that fit the property's length limit."""
        if not value:
            return
        values = [value] if isinstance(value, str) else value
        limit = proxy.schema.get(prop).type.max_length
        fitted = [piece for item in values for piece in _pieces(item, limit)]
        proxy.add(prop, fitted, cleaned=True, quiet=False)

    def country(self, actor: Actor) -> str | None:
        """The ISO code of a state, from its name or any alias that FtM knows as a country."""
        for name in (actor.name, *actor.aliases):
            if name not in self._countries:
                self._countries[name] = self.registry.country.clean(name)
            if self._countries[name]:
                return self._countries[name]
        return None

    def language(self, code: str) -> str | None:
        return self.registry.language.clean(code.split("-")[0])  # type: ignore[no-any-return]


def _pieces(text: str, limit: int) -> list[str]:
    if len(text) <= limit:
        return [text]
    return [text[start : start + limit] for start in range(0, len(text), limit)]


def _line(proxy: Any) -> str:
    # `id` first: how `dossier export` recognises a file it wrote (see formats.FORMATS).
    return dumps({"id": proxy.id, "schema": proxy.schema.name, "properties": proxy.properties}) + "\n"


def _actor(build: _Builder, actor: Actor, places: set[str]) -> Any:
    schema, topics = ACTOR_SCHEMA[actor.kind]
    proxy = build.entity(schema, entity_id(actor.id))
    build.add(proxy, "name", actor.name)
    build.add(proxy, "alias", actor.aliases)
    if actor.kind is ActorKind.place:
        build.add(proxy, "full", actor.name)
    if actor.kind is ActorKind.state:
        build.add(proxy, "country", build.country(actor))
    build.add(proxy, "topics", list(topics))
    build.add(proxy, "summary", actor.summary)
    build.add(proxy, "notes", actor.notes)
    build.add(proxy, "keywords", actor.tags)
    if actor.kind is not ActorKind.place:
        located = [rel.target for rel in actor.relations if rel.type == "located-in" and rel.target in places]
        build.add(proxy, "addressEntity", [entity_id(target) for target in located])
    return proxy


def _relations(build: _Builder, actor: Actor) -> Iterator[Any]:
    for number, relation in enumerate(actor.relations, 1):
        proxy = build.entity("UnknownLink", entity_id(f"{actor.id}--relation-{number}"))
        build.add(proxy, "subject", entity_id(actor.id))
        build.add(proxy, "object", entity_id(relation.target))
        build.add(proxy, "role", relation.type)
        if since := ftm_date(relation.since):
            build.add(proxy, "startDate", since)
        if until := ftm_date(relation.until):
            build.add(proxy, "endDate", until)
        build.add(proxy, "summary", relation.note)
        yield proxy


def _event(build: _Builder, workspace: Workspace, event: Event, reported_in: list[str]) -> Any:
    proxy = build.entity("Event", entity_id(event.id))
    build.add(proxy, "name", event.title)
    for prop, value in _date_props(event.date).items():
        build.add(proxy, prop, value)
    build.add(proxy, "summary", event.summary)
    build.add(proxy, "notes", event.notes)
    build.add(proxy, "keywords", [*([event.kind] if event.kind else []), *event.tags])
    for part in event.participants:
        actor = workspace.actors.get(part.actor)
        # `involved` takes legal entities; a place taking part is where it happened.
        prop = "addressEntity" if actor is not None and actor.kind is ActorKind.place else "involved"
        build.add(proxy, prop, entity_id(part.actor))
    if event.place:
        build.add(proxy, "addressEntity", entity_id(event.place))
        build.add(proxy, "location", workspace.display_name(event.place))
    build.add(proxy, "proof", [entity_id(source_id) for source_id in reported_in])
    return proxy


def _source(build: _Builder, workspace: Workspace, source: Source) -> Any:
    proxy = build.entity("Article", entity_id(source.id))
    build.add(proxy, "title", source.title)
    build.add(proxy, "name", source.title)
    build.add(proxy, "author", source.author)
    build.add(proxy, "publisher", source.publisher)
    build.add(proxy, "sourceUrl", source.url)
    build.add(proxy, "publishedAt", ftm_date(source.published))
    build.add(proxy, "retrievedAt", ftm_date(source.retrieved))
    build.add(proxy, "language", build.language(source.language))
    build.add(proxy, "summary", f"Admiralty source reliability {source.reliability}: "
              f"{RELIABILITY_MEANING[source.reliability]}.")  # fmt: skip
    build.add(proxy, "notes", source.notes)
    build.add(proxy, "bodyText", workspace.source_text(source.id))
    return proxy


def _quote(build: _Builder, workspace: Workspace, quote: Quote) -> Any:
    source = workspace.sources.get(quote.source)
    reliability = source.reliability if source else "F"
    grade = f"{reliability}{quote.credibility}"
    proxy = build.entity("Note", entity_id(quote.id))
    build.add(proxy, "name", quote.exact if len(quote.exact) <= 120 else quote.exact[:119] + "\u2026")
    build.add(proxy, "description", quote.exact)
    build.add(proxy, "entity", [entity_id(record_id) for record_id in dict.fromkeys(quote.about)])
    build.add(proxy, "proof", entity_id(quote.source))
    if source is not None:
        build.add(proxy, "sourceUrl", source.url)
        build.add(proxy, "publisher", source.publisher)
    said_by = quote.attributed_to or "not attributed"
    if quote.attributed_to in workspace.actors:
        said_by = f"{workspace.actors[quote.attributed_to].name} ({quote.attributed_to})"
    build.add(
        proxy,
        "summary",
        f"Characters {quote.start}\u2013{quote.end} of source {quote.source}; said by {said_by}; "
        f"stance: {quote.stance.value}; Admiralty grade {grade} (source {RELIABILITY_MEANING[reliability]}, "
        f"information {CREDIBILITY_MEANING[quote.credibility]}).",
    )
    keywords = [
        f"characters:{quote.start}-{quote.end}",
        f"stance:{quote.stance.value}",
        f"admiralty:{grade}",
        f"reliability:{reliability}",
        f"credibility:{quote.credibility}",
        f"status:{quote.status.value}",
    ]
    build.add(proxy, "keywords", keywords)
    build.add(proxy, "notes", quote.notes)
    return proxy


def render(workspace: Workspace, generated_at: str) -> Iterator[str]:
    """The entities as JSON lines: sources, actors and their relations, events, quotes; each kind by id."""
    build = _Builder()
    reported_in: dict[str, set[str]] = defaultdict(set)
    for quote in workspace.quotes.values():
        for record_id in quote.about:
            reported_in[record_id].add(quote.source)
    places = {key for key, actor in workspace.actors.items() if actor.kind is ActorKind.place}
    for source_id in sorted(workspace.sources):
        yield _line(_source(build, workspace, workspace.sources[source_id]))
    for actor_id in sorted(workspace.actors):
        actor = workspace.actors[actor_id]
        yield _line(_actor(build, actor, places))
        for relation in _relations(build, actor):
            yield _line(relation)
    for event_id in sorted(workspace.events):
        sources = sorted(reported_in.get(event_id, ()))
        yield _line(_event(build, workspace, workspace.events[event_id], sources))
    for quote_id in sorted(workspace.quotes):
        yield _line(_quote(build, workspace, workspace.quotes[quote_id]))
