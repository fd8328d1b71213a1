"""A workspace's quotes, each built in full only when it is asked for.

At 100,000 quotes, building every `Quote` on a warm load was a third of the load's time and
most of its memory (~1 KB a quote), while opening the browser needs only what a scan of every
quote reads: ids, positions, statuses and stances, and whom each quote is about. Quotes that
come from the parse cache's trusted rows (`dossier/quote_rows.py`) are therefore kept as a
`QuoteHead`: those fields, and where its row is in its file's compressed rows (shared by the
file's quotes). Reading one from the store builds its `Quote` from the row (~40 us); the few
built last are kept, so a quote looked at twice in a row is one object.

`QuoteStore` is a mapping of id to `Quote`, as a dict of quotes was: every caller that asks
for a quote gets the full quote. Scans that read only head fields go through `quote_heads`,
which gives heads and full quotes alike (both have those fields); `full_quote` turns one of
them into the quote. Quotes validated from YAML (and every quote of `dossier check`) are kept
as full quotes, as before.
"""

from __future__ import annotations

from collections.abc import ItemsView, Iterable, Iterator, Mapping, MutableMapping, Sequence, ValuesView
from typing import Any, NamedTuple, overload

from dossier.model import Quote, Stance, Status
from dossier.quote_rows import build_packed


class QuoteHead(NamedTuple):
    """What scans of every quote read, and the quote's row to build it from (see the module)."""

    id: str
    source: str
    start: int
    status: Status
    stance: Stance
    about: list[str]
    attributed_to: str | None
    credibility: int
    rows: bytes  # the file's rows, compressed (`quote_rows.CachedRows.packed`)
    row: int  # this quote's row among them


# Quotes built last and kept: enough for a screen of results, a profile's quotes and a ledger view.
_RECENT = 2048


class QuoteStore(MutableMapping[str, Quote]):
    """Quotes by id; a quote kept as a head is built when it is read. Safe to read from several threads."""

    __slots__ = ("_items", "_recent")

    def __init__(self, quotes: Mapping[str, Quote] | None = None) -> None:
        self._items: dict[str, Quote | QuoteHead] = {}
        self._recent: dict[str, tuple[QuoteHead, Quote]] = {}
        if quotes:
            self.update(quotes)

    def add_heads(self, heads: Iterable[tuple[str, QuoteHead]]) -> None:
        """Keep quotes of trusted rows, (id, head) pairs, to build when they are asked for."""
        self._items.update(heads)

    def heads(self) -> Iterable[Quote | QuoteHead]:
        """Every quote as a head or a full quote, whichever is kept: for scans of head fields."""
        return self._items.values()

    def full(self, item: Quote | QuoteHead) -> Quote:
        """The full quote of something `heads` gave."""
        if type(item) is not QuoteHead:
            return item  # type: ignore[return-value]
        recent = self._recent.get(item.id)
        if recent is not None and recent[0] is item:  # built from this very head (not one it replaced)
            return recent[1]
        quote = build_packed(item.rows, item.row)
        if len(self._recent) >= _RECENT:
            self._recent.clear()  # cheaper than ordering them; what is shown now is asked again soon
        self._recent[item.id] = (item, quote)
        return quote

    # -- the mapping ------------------------------------------------------------------------
    def __getitem__(self, quote_id: str) -> Quote:
        return self.full(self._items[quote_id])

    def get(self, quote_id: str, default: Any = None) -> Any:
        item = self._items.get(quote_id)
        return default if item is None else self.full(item)

    def __setitem__(self, quote_id: str, quote: Quote) -> None:
        self._items[quote_id] = quote  # `full` never looks up a full quote in `_recent`

    def __delitem__(self, quote_id: str) -> None:
        del self._items[quote_id]
        self._recent.pop(quote_id, None)

    def __contains__(self, quote_id: object) -> bool:
        return quote_id in self._items

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __reversed__(self) -> Iterator[str]:
        return reversed(self._items)

    def values(self) -> _Values:
        return _Values(self)

    def items(self) -> _Items:
        return _Items(self)

    def __repr__(self) -> str:
        return f"QuoteStore({len(self._items)} quotes)"


class _Values(ValuesView[Quote]):
    """The quotes, built one by one as they are read; newest first with `reversed`, as a dict's."""

    _mapping: QuoteStore

    def __iter__(self) -> Iterator[Quote]:
        full = self._mapping.full
        for item in self._mapping.heads():  # quotes kept whole come as they are: no lookup by id
            yield item if type(item) is not QuoteHead else full(item)  # type: ignore[misc]

    def __reversed__(self) -> Iterator[Quote]:
        store = self._mapping
        return (store[key] for key in reversed(store))


class _Items(ItemsView[str, Quote]):
    _mapping: QuoteStore

    def __iter__(self) -> Iterator[tuple[str, Quote]]:
        full = self._mapping.full
        for key, item in self._mapping._items.items():
            yield key, item if type(item) is not QuoteHead else full(item)  # type: ignore[misc]

    def __reversed__(self) -> Iterator[tuple[str, Quote]]:
        store = self._mapping
        return ((key, store[key]) for key in reversed(store))


def quote_heads(quotes: Mapping[str, Quote]) -> Iterable[Any]:
    """Every quote as a head or a full quote (a plain dict of quotes gives its quotes)."""
    if isinstance(quotes, QuoteStore):
        return quotes.heads()
    return quotes.values()


def full_quote(quotes: Mapping[str, Quote], item: Any) -> Quote:
    """The full quote of something `quote_heads` gave."""
    if isinstance(quotes, QuoteStore):
        return quotes.full(item)
    if type(item) is QuoteHead:
        return build_packed(item.rows, item.row)
    return item  # type: ignore[no-any-return]


class QuoteList(Sequence[Quote]):
    """Quotes in a given order, each built when it is read: a profile lists the first 200 of an
    actor's thousands of quotes and counts the rest."""

    __slots__ = ("_heads", "_quotes")

    def __init__(self, quotes: Mapping[str, Quote], heads: Sequence[Any]) -> None:
        self._quotes = quotes
        self._heads = heads

    @overload
    def __getitem__(self, index: int) -> Quote: ...
    @overload
    def __getitem__(self, index: slice) -> QuoteList: ...
    def __getitem__(self, index: int | slice) -> Quote | QuoteList:
        if isinstance(index, slice):
            return QuoteList(self._quotes, self._heads[index])
        return full_quote(self._quotes, self._heads[index])

    def __len__(self) -> int:
        return len(self._heads)

    def __iter__(self) -> Iterator[Quote]:
        quotes = self._quotes
        return (full_quote(quotes, head) for head in self._heads)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (list, tuple, QuoteList)):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    @property
    def ids(self) -> list[str]:
        """The quotes' ids, without building them."""
        return [head.id for head in self._heads]
