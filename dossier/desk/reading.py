"""What the source reader shows: a source's text and where each of its quotes sits in it.

Quotes are placed by `dossier.anchor` (exactly, or relocated by their context); a quote
whose words cannot be found is reported as lost, never guessed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass
class Reading:
    source: Any  # the Source record, or None when its YAML did not load
    source_id: str
    text: str | None
    quotes: list[Any]  # the source's quotes, in text order
    spans: list[tuple[str, int, int]]  # (quote id, start, end) of those found in the text
    lost: set[str]  # quote ids whose words could not be found


def source_reading(workspace: Any, source_id: str) -> Reading:
    from dossier.anchor import AnchorStatus, anchor_quote

    text = workspace.source_text(source_id)
    quotes = workspace.quotes_of_source(source_id)
    spans: list[tuple[str, int, int]] = []
    lost: set[str] = set()
    for quote in quotes:
        if text is None:
            lost.add(quote.id)
            continue
        anchor = anchor_quote(text, quote)
        if anchor.status in (AnchorStatus.exact, AnchorStatus.relocated):
            spans.append((quote.id, anchor.start, anchor.end))
        else:
            lost.add(quote.id)
    return Reading(workspace.sources.get(source_id), source_id, text, quotes, spans, lost)


def record_of_hit(workspace: Any, kind: str, record_id: str) -> tuple[str | None, str | None]:
    """The record whose profile a search hit shows, and the quote to select in it.

    A quote is shown in the profile of the first record it is about (or of its source).
    """
    if kind != "quote":
        return record_id, None
    quote = workspace.quotes.get(record_id) if workspace is not None else None
    if quote is None:
        return None, None
    return (quote.about[0] if quote.about else quote.source), quote.id
