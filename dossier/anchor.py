"""Quote anchoring: does each quote still point at its exact words in the source?

A quote is `exact`, the words, plus `start`/`end` offsets and ~32 characters of `prefix`
and `suffix` context. The outcomes:
- exact: `text[start:end] == exact`;
- relocated: the offsets are off, but prefix + exact + suffix occurs exactly once, so the
  corrected offsets can be offered (and applied by `dossier check --fix`);
- ambiguous: prefix + exact + suffix occurs more than once, so no place can be chosen;
- orphaned: it does not occur at all.
Unlike fuzzy re-anchoring, a quote is never attached to look-alike words: only an exact,
unique match with its full context counts.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from dossier.model import Quote

CONTEXT_CHARS = 32


class AnchorStatus(StrEnum):
    exact = "exact"
    relocated = "relocated"
    ambiguous = "ambiguous"
    orphaned = "orphaned"


@dataclass(frozen=True)
class Anchor:
    status: AnchorStatus
    start: int
    end: int
    occurrences: tuple[int, ...] = ()  # where the words occur (ambiguous, or orphaned context)
    # Orphaned, but the words are there with accents encoded the other way (NFC vs NFD).
    other_form: bool = False

    @property
    def ok(self) -> bool:
        return self.status is AnchorStatus.exact


def _find_all(text: str, needle: str) -> list[int]:
    found: list[int] = []
    position = text.find(needle)
    while position != -1:
        found.append(position)
        position = text.find(needle, position + 1)
    return found


def anchor_quote(text: str, quote: Quote) -> Anchor:
    """Where the quote's words are in `text`, and whether its offsets say so."""
    if text[quote.start : quote.end] == quote.exact and _context_matches(text, quote, quote.start):
        return Anchor(AnchorStatus.exact, quote.start, quote.end)
    if text[quote.start : quote.end] == quote.exact and not (quote.prefix or quote.suffix):
        return Anchor(AnchorStatus.exact, quote.start, quote.end)
    in_context = [start + len(quote.prefix) for start in _find_all(text, quote.prefix + quote.exact + quote.suffix)]
    if len(in_context) == 1:
        start = in_context[0]
        return Anchor(AnchorStatus.relocated, start, start + len(quote.exact))
    if len(in_context) > 1:
        return Anchor(AnchorStatus.ambiguous, quote.start, quote.end, tuple(in_context))
    occurrences = tuple(_find_all(text, quote.exact))
    # Looks the same, differs in bytes: "š" as one code point or as "s" plus a combining caron.
    other_form = not occurrences and unicodedata.normalize("NFC", quote.exact) in unicodedata.normalize("NFC", text)
    return Anchor(AnchorStatus.orphaned, quote.start, quote.end, occurrences, other_form)


def _context_matches(text: str, quote: Quote, start: int) -> bool:
    end = start + len(quote.exact)
    before = text[max(0, start - len(quote.prefix)) : start]
    after = text[end : end + len(quote.suffix)]
    return before == quote.prefix and after == quote.suffix


def context_around(text: str, start: int, end: int, chars: int = CONTEXT_CHARS) -> tuple[str, str]:
    """The prefix and suffix to store with a quote at [start, end)."""
    return text[max(0, start - chars) : start], text[end : end + chars]


def describe(anchor: Anchor, quote: Quote) -> str:
    """One line for an analyst: what is wrong with a quote's anchoring and what to do."""
    if anchor.status is AnchorStatus.relocated:
        return (
            f"quote '{quote.id}' is relocated: its words are at {anchor.start}-{anchor.end}, "
            f"not {quote.start}-{quote.end}; `dossier check --fix` corrects the offsets"
        )
    if anchor.status is AnchorStatus.ambiguous:
        places = ", ".join(str(p) for p in anchor.occurrences[:5])
        return (
            f"quote '{quote.id}' is ambiguous: its words and context occur {len(anchor.occurrences)} times "
            f"(at {places}); lengthen its prefix or suffix"
        )
    if anchor.status is AnchorStatus.orphaned:
        if anchor.occurrences:
            places = ", ".join(str(p) for p in anchor.occurrences[:5])
            return (
                f"quote '{quote.id}' is orphaned: its words occur at {places} but its prefix/suffix do not "
                "match there; check the quote by hand"
            )
        if anchor.other_form:
            return (
                f"quote '{quote.id}' is orphaned: its words occur in the source only with accents encoded "
                "differently (Unicode NFC vs NFD); copy `exact` from the source text"
            )
        return f"quote '{quote.id}' is orphaned: its exact words do not occur in the source"
    return f"quote '{quote.id}' anchors exactly"
