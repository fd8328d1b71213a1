"""What a search returns: plain data, no Whoosh objects, safe to hand to any thread or view."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Hit:
    """One matching record. `snippet` is plain text (never markup); `highlights` are spans of it."""

    kind: str  # "actor" | "event" | "quote" | "source"
    id: str
    title: str
    snippet: str
    highlights: tuple[tuple[int, int], ...]
    score: float


@dataclass(frozen=True)
class SearchResults:
    """Hits for a query, best first.

    `total` is how many records match (estimated from above when there are many). `suggestion`
    is a corrected query when this one found little. `error` is a message for the user (a
    syntax error says where, on the lines after the first); hits may still come with it when
    the query could be run in part.
    """

    query: str
    hits: list[Hit]
    total: int
    suggestion: str | None = None
    error: str | None = None
