"""What an export needs to know about a workspace, looked up once.

Rendering one dossier asks: which quotes are about this record, which events does this
actor take part in, where does each quote anchor. `Workspace` answers those by scanning
every quote or event, which is right for one dossier but quadratic for ten thousand. An
`ExportContext` answers them from indexes built in one pass when a whole workspace is
exported (`build_indexes`), and by a scan otherwise, with the same results in the same order.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import Any, TypeVar

from dossier.anchor import Anchor, anchor_quote
from dossier.dates import sort_key
from dossier.model import Event, Quote, Source
from dossier.workspace import Workspace

T = TypeVar("T")
_MISSING = object()


def quote_order(workspace: Workspace, quote: Quote) -> tuple[object, ...]:
    """Quotes in the order a reader expects: by the source's publication date, then position."""
    source = workspace.sources.get(quote.source)
    return (sort_key(source.published if source else None), quote.source, quote.start, quote.end, quote.id)


def event_order(event: Event) -> tuple[object, ...]:
    return (sort_key(event.date), event.id)


class ExportContext:
    """Lookups over one loaded workspace, shared by every dossier of one export."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self._quotes_about: dict[str, list[Quote]] | None = None
        self._events_of: dict[str, list[Event]] | None = None
        self._anchors: dict[str, Anchor | None] = {}
        # Rendered fragments that recur across dossiers (a record's link, a source's citation, a
        # quote's escaped words): each is rendered once per export, not once per dossier it is in.
        self._fragments: dict[str, dict[str, Any]] = {}

    def build_indexes(self) -> None:
        """Index quotes by what they are about and events by their actors, in one pass each.

        Everything is sorted once and then distributed, so each record's list comes out in
        order without a sort per record (the orders are total: they end with the id).
        """
        workspace = self.workspace
        order = self.cache("quote-order")
        for quote in workspace.quotes.values():
            if quote.id not in order:
                order[quote.id] = quote_order(workspace, quote)
        about: dict[str, list[Quote]] = defaultdict(list)
        for quote in sorted(workspace.quotes.values(), key=lambda q: order[q.id]):
            for record_id in self.about(quote):
                about[record_id].append(quote)
        self._quotes_about = dict(about)
        events: dict[str, list[Event]] = defaultdict(list)
        for event in sorted(workspace.events.values(), key=event_order):
            members = [part.actor for part in event.participants]
            if event.place:
                members.append(event.place)
            for actor_id in dict.fromkeys(members):
                events[actor_id].append(event)
        self._events_of = dict(events)

    def about(self, quote: Quote) -> tuple[str, ...]:
        """What a quote is about, each record once, in the order written."""
        cache = self.cache("about")
        found = cache.get(quote.id)
        if found is None:
            found = cache[quote.id] = tuple(dict.fromkeys(quote.about))
        return found  # type: ignore[no-any-return]

    def _quote_key(self, quote: Quote) -> tuple[object, ...]:
        return self.fragment("quote-order", quote.id, quote_order, self.workspace, quote)

    def quotes_about(self, record_id: str) -> list[Quote]:
        if self._quotes_about is not None:
            return self._quotes_about.get(record_id, [])
        found = [quote for quote in self.workspace.quotes.values() if record_id in quote.about]
        return sorted(found, key=self._quote_key)

    def events_of_actor(self, actor_id: str) -> list[Event]:
        """Events the actor takes part in or takes place at, in date order."""
        if self._events_of is not None:
            return self._events_of.get(actor_id, [])
        return sorted(self.workspace.events_of_actor(actor_id), key=event_order)

    def cache(self, kind: str) -> dict[str, Any]:
        """The fragments of `kind` rendered so far, by key: for loops too hot for `fragment`."""
        cache = self._fragments.get(kind)
        if cache is None:
            cache = self._fragments[kind] = {}
        return cache

    def fragment(self, kind: str, key: str, render: Callable[..., T], *args: Any) -> T:
        """The fragment `kind` of `key`: `render(*args)` on first use, then the same value."""
        cache = self._fragments.get(kind)
        if cache is None:
            cache = self._fragments[kind] = {}
        value = cache.get(key, _MISSING)
        if value is _MISSING:
            value = cache[key] = render(*args)
        return value  # type: ignore[no-any-return]

    def source(self, source_id: str) -> Source | None:
        return self.workspace.sources.get(source_id)

    def anchor(self, quote: Quote) -> Anchor | None:
        """Where the quote's words are in its source, or None when the source text is missing."""
        if quote.id not in self._anchors:
            text = self.workspace.source_text(quote.source)
            self._anchors[quote.id] = anchor_quote(text, quote) if text is not None else None
        return self._anchors[quote.id]
