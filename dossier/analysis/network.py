"""The network of ties between actors, each tie with the evidence behind it.

Two actors are tied when one names the other in its `relations` (the relation is the
evidence: its type, direction, dates and note), or when both take part in one event (or one
takes part in it and the other is where it happened): the event is the evidence, with the
quotes that support it. An actor's network is walked breadth-first, two hops by default.

`to_networkx` gives the whole network as one undirected graph, one edge per pair of actors
with all its evidence in attributes, for `dossier export --graph` (Gephi, Cytoscape).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from dossier.model import Event, Quote, Status
from dossier.quote_store import full_quote, quote_heads
from dossier.workspace import Workspace

if TYPE_CHECKING:
    import networkx as nx


@dataclass(frozen=True, slots=True)
class Evidence:
    """Why two actors are tied: a relation one of them records, or an event they share."""

    kind: Literal["relation", "event"]
    # A relation: `subject` --type--> `target`; an event: both actors' roles in it.
    relation_type: str | None = None
    subject: str | None = None
    target: str | None = None
    since: str | None = None
    until: str | None = None
    note: str | None = None
    event_id: str | None = None
    event_title: str | None = None
    event_date: str | None = None
    roles: tuple[str, str] | None = None  # (role of the near actor, role of the far actor)

    def label(self) -> str:
        """One plain line: `leader-of: A → B` or `event: <title> (<date>)`. Untrusted text is
        included as is; views and exports make it safe."""
        if self.kind == "relation":
            dates = ""
            if self.since or self.until:
                dates = f" ({self.since or '…'} – {self.until or '…'})"
            return f"{self.relation_type}: {self.subject} → {self.target}{dates}"
        return f"event: {self.event_title} ({self.event_date or 'undated'})"

    def flipped(self) -> Evidence:
        """The same evidence seen from the other actor (event roles swap; relations keep direction)."""
        if self.roles is None:
            return self
        return Evidence(
            kind=self.kind,
            event_id=self.event_id,
            event_title=self.event_title,
            event_date=self.event_date,
            roles=(self.roles[1], self.roles[0]),
        )


@dataclass(frozen=True, slots=True)
class Tie:
    """An actor's tie to another, with every piece of evidence for it."""

    actor_id: str
    other_id: str
    other_name: str
    evidence: tuple[Evidence, ...]

    @property
    def relations(self) -> list[Evidence]:
        return [item for item in self.evidence if item.kind == "relation"]

    @property
    def events(self) -> list[Evidence]:
        return [item for item in self.evidence if item.kind == "event"]


class Network:
    """Ties between the actors of a workspace. Drafts are left out unless asked for.

    Building it only indexes relations and events by actor (one pass each); the evidence of
    an actor's ties is put together when its ties are asked for, so opening the network of
    one actor in a workspace of thousands costs a few of them, not all.
    `quotes_about`, when given, finds the quotes about a record from an existing index (the
    browser's); otherwise one is built on first use.
    """

    def __init__(
        self,
        workspace: Workspace,
        *,
        include_drafts: bool = False,
        quotes_about: Callable[[str], list[Quote]] | None = None,
    ) -> None:
        self.workspace = workspace
        self.include_drafts = include_drafts
        self._quotes_about_index = quotes_about
        self._actors = {
            actor_id: actor
            for actor_id, actor in workspace.actors.items()
            if include_drafts or actor.status is not Status.draft
        }
        relations: dict[str, list[Evidence]] = defaultdict(list)
        for actor in self._actors.values():
            for relation in actor.relations:
                if relation.target == actor.id or relation.target not in self._actors:
                    continue
                item = Evidence(
                    kind="relation",
                    relation_type=relation.type,
                    subject=actor.id,
                    target=relation.target,
                    since=relation.since,
                    until=relation.until,
                    note=relation.note,
                )
                relations[actor.id].append(item)
                relations[relation.target].append(item)
        self._relations = dict(relations)
        events: dict[str, list[tuple[Event, dict[str, str]]]] = defaultdict(list)
        for event in workspace.events.values():
            if event.status is Status.draft and not include_drafts:
                continue
            roles: dict[str, str] = {}
            for part in event.participants:
                if part.actor in self._actors:
                    roles.setdefault(part.actor, part.role)
            if event.place and event.place in self._actors:
                roles.setdefault(event.place, "place")
            if len(roles) < 2:
                continue
            for actor_id in roles:
                events[actor_id].append((event, roles))
        self._events = dict(events)
        self._ties: dict[str, dict[str, list[Evidence]]] = {}
        self._quotes_about: dict[str, list[Quote]] | None = None

    def _ties_of(self, actor_id: str) -> dict[str, list[Evidence]]:
        found = self._ties.get(actor_id)
        if found is None:
            found = defaultdict(list)
            for item in self._relations.get(actor_id, ()):
                other = item.target if item.subject == actor_id else item.subject
                found[str(other)].append(item)
            for event, roles in self._events.get(actor_id, ()):
                near = roles[actor_id]
                for other, role in roles.items():
                    if other != actor_id:
                        found[other].append(
                            Evidence(
                                kind="event",
                                event_id=event.id,
                                event_title=event.title,
                                event_date=event.date,
                                roles=(near, role),
                            )
                        )
            found = self._ties[actor_id] = dict(found)
        return found

    def name(self, actor_id: str) -> str:
        actor = self._actors.get(actor_id)
        return actor.name if actor is not None else actor_id

    def __contains__(self, actor_id: str) -> bool:
        return actor_id in self._actors

    def ties(self, actor_id: str) -> list[Tie]:
        """Every tie of an actor: relations first, then by the amount of evidence, then by name."""
        found = [
            Tie(actor_id, other, self.name(other), tuple(sorted(items, key=_evidence_order)))
            for other, items in self._ties_of(actor_id).items()
        ]
        found.sort(key=lambda tie: (not tie.relations, -len(tie.evidence), tie.other_name.casefold(), tie.other_id))
        return found

    def reach(self, actor_id: str, depth: int = 2) -> dict[str, int]:
        """Every actor within `depth` hops of `actor_id`, with its distance (the actor itself at 0)."""
        distances = {actor_id: 0}
        frontier = [actor_id]
        for hop in range(1, depth + 1):
            following = []
            for current in frontier:
                for other in self._ties_of(current):
                    if other not in distances:
                        distances[other] = hop
                        following.append(other)
            frontier = following
        return distances

    def quotes_for(self, evidence: Evidence, near: str | None = None, far: str | None = None) -> list[Quote]:
        """The reviewed quotes behind an event tie: those about the event, the ones that also name
        either actor first. A relation carries no quotes (its note says where it came from)."""
        if evidence.kind != "event" or evidence.event_id is None:
            return []
        if self._quotes_about_index is not None:
            quotes = [
                quote
                for quote in self._quotes_about_index(evidence.event_id)
                if self.include_drafts or quote.status is not Status.draft
            ]
        else:
            if self._quotes_about is None:
                about: dict[str, list[Quote]] = defaultdict(list)
                events = self.workspace.events
                for quote in quote_heads(self.workspace.quotes):  # heads: built below, for one tie
                    if quote.status is Status.draft and not self.include_drafts:
                        continue
                    for record_id in dict.fromkeys(quote.about):
                        if record_id in events:
                            about[record_id].append(quote)
                self._quotes_about = dict(about)
            quotes = self._quotes_about.get(evidence.event_id, [])
        named = {near, far} - {None}
        ordered = sorted(quotes, key=lambda q: (not named.intersection(q.about), q.source, q.start, q.id))
        return [full_quote(self.workspace.quotes, quote) for quote in ordered]

    def to_networkx(self) -> nx.Graph:
        """The whole network: nodes are actors (label, kind), one edge per tied pair, with its evidence.

        Edge attributes are strings and numbers, which GraphML and GEXF both keep: `weight` (the
        number of pieces of evidence), `relations` and `events` (`; `-separated), `quotes` (the
        ids of the quotes behind the events) and `label` (the relation types, or the first event).
        """
        import networkx as nx

        from dossier.sanitize import one_line

        graph = nx.Graph()
        for actor_id, actor in sorted(self._actors.items()):
            # XML cannot hold control characters: they are made visible, as everywhere else.
            graph.add_node(actor_id, label=one_line(actor.name), kind=actor.kind.value)
        seen: set[tuple[str, str]] = set()
        for first in sorted(self._actors):
            ties = self._ties_of(first)
            for second in sorted(ties):
                pair = (first, second) if first < second else (second, first)
                if pair in seen:
                    continue
                seen.add(pair)
                items = sorted(self._ties_of(pair[0])[pair[1]], key=_evidence_order)
                relations = [item for item in items if item.kind == "relation"]
                events = [item for item in items if item.kind == "event"]
                quote_ids = list(
                    dict.fromkeys(quote.id for item in events for quote in self.quotes_for(item, pair[0], pair[1]))
                )
                label = ", ".join(dict.fromkeys(str(item.relation_type) for item in relations))
                if not label and events:
                    label = one_line(str(events[0].event_title))
                graph.add_edge(
                    pair[0],
                    pair[1],
                    weight=len(items),
                    label=label,
                    relations="; ".join(one_line(item.label()) for item in relations),
                    events="; ".join(str(item.event_id) for item in events),
                    quotes="; ".join(quote_ids),
                )
        return graph


def _evidence_order(item: Evidence) -> tuple[object, ...]:
    from dossier.dates import sort_key

    if item.kind == "relation":
        return (0, item.relation_type or "", item.subject or "", item.target or "")
    return (1, sort_key(item.event_date), item.event_id or "")
