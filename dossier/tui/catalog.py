"""Lookups the browser makes on every selection, indexed once instead of scanned each time.

A `Catalog` wraps a loaded `Workspace` (anything it does not index is passed through). At
100,000 quotes, scanning every quote for each profile shown would cost tens of milliseconds
per arrow key; the indexes are built once, in the worker that loads the workspace.

The indexes hold quotes as the workspace's store keeps them (`dossier/quote_store.py`): heads
of quotes not yet asked for, built in full when a lookup hands them out.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from operator import attrgetter
from typing import Any

from dossier.quote_store import QuoteList, full_quote, quote_heads


class Catalog:
    def __init__(self, workspace: Any) -> None:
        self.workspace = workspace
        by_source: dict[str, list[Any]] = {}
        of_source = by_source.get
        for quote in quote_heads(workspace.quotes):
            quotes = of_source(quote.source)
            if quotes is None:
                by_source[quote.source] = [quote]
            else:
                quotes.append(quote)
        by_position = attrgetter("start", "id")
        for quotes in by_source.values():
            quotes.sort(key=by_position)
        # Filled source by source, each in its order: every list is in (source, start, id) order
        # as it is made, with no sort (sorting ~280,000 entries was most of the cost at 100,000 quotes).
        about: dict[str, list[Any]] = {}
        of_record = about.get
        for source in sorted(by_source):
            for quote in by_source[source]:
                for record_id in quote.about:
                    quotes = of_record(record_id)
                    if quotes is None:
                        about[record_id] = [quote]
                    elif quotes[-1] is not quote:  # a record named twice in one quote counts once
                        quotes.append(quote)
        self._about = about
        self._by_source = by_source
        self._index_actors_and_events()

    def _index_actors_and_events(self) -> None:
        workspace = self.workspace
        events: dict[str, list[Any]] = defaultdict(list)
        for event in workspace.events.values():
            for actor_id in dict.fromkeys([*(part.actor for part in event.participants), event.place]):
                if actor_id:
                    events[actor_id].append(event)
        self._events = dict(events)
        incoming: dict[str, list[tuple[Any, Any]]] = defaultdict(list)
        for actor in sorted(workspace.actors.values(), key=lambda item: item.name.casefold()):
            for relation in actor.relations:
                if relation.target != actor.id:
                    incoming[relation.target].append((actor, relation))
        self._incoming = dict(incoming)

    def refreshed(self, changed: Iterable[str]) -> Catalog:
        """A catalog of the same workspace after the files `changed` were read again into it.

        Only the quotes of changed quotes files are indexed again (a full build costs ~0.13 s
        at 100,000 quotes); actors and events are few enough to index whole.
        """
        sources = {path.split("/", 1)[1].rsplit(".", 1)[0] for path in changed if path.startswith("quotes/")}
        new = object.__new__(Catalog)
        new.workspace = self.workspace
        if not sources:
            new._about, new._by_source = self._about, self._by_source
        else:
            by_source, about = dict(self._by_source), dict(self._about)
            touched: set[str] = set()
            for source in sources:
                for quote in self._by_source.get(source, ()):
                    touched.update(quote.about)
            fresh: dict[str, list[Any]] = defaultdict(list)
            for quote in quote_heads(self.workspace.quotes):
                if quote.source in sources:
                    fresh[quote.source].append(quote)
            for source in sources:
                quotes = sorted(fresh.get(source, []), key=lambda q: (q.start, q.id))
                if quotes:
                    by_source[source] = quotes
                else:
                    by_source.pop(source, None)
                for quote in quotes:
                    touched.update(quote.about)
            for record_id in touched:
                kept = [q for q in self._about.get(record_id, ()) if q.source not in sources]
                kept += [q for source in sources for q in by_source.get(source, ()) if record_id in q.about]
                if kept:
                    about[record_id] = sorted(kept, key=lambda q: (q.source, q.start, q.id))
                else:
                    about.pop(record_id, None)
            new._about, new._by_source = about, by_source
        new._index_actors_and_events()
        return new

    def __getattr__(self, name: str) -> Any:
        return getattr(self.workspace, name)

    def _full(self, heads: Iterable[Any]) -> list[Any]:
        quotes = self.workspace.quotes
        return [full_quote(quotes, head) for head in heads]

    def quotes_about(self, record_id: str) -> QuoteList:
        """Built as they are read: an actor can have thousands, of which a profile shows 200."""
        return QuoteList(self.workspace.quotes, self._about.get(record_id, []))

    def quote_count(self, record_id: str) -> int:
        return len(self._about.get(record_id, ()))

    def quotes_of_source(self, source_id: str) -> list[Any]:
        return self._full(self._by_source.get(source_id, ()))

    def events_of_actor(self, actor_id: str) -> list[Any]:
        return list(self._events.get(actor_id, ()))

    def incoming_relations(self, actor_id: str) -> list[tuple[Any, Any]]:
        """(other actor, relation) for every relation that points at `actor_id`, by the other's name."""
        return list(self._incoming.get(actor_id, ()))
