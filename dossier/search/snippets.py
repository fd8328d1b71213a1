"""Snippets: a short piece of a record's text around what matched, with the matching spans.

The snippet is plain text and the spans are offsets into it, never markup: the text comes from
untrusted sources, and the browser and the CLI each mark the spans in their own way. A word
is highlighted when its index term is one the query matched, or when it begins with the word
still being typed, using the same folding and stemming as the index.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from dossier.search.analysis import WORD_RE, fold, stem, word_starts_at

SNIPPET_CHARS = 200


def _spans(text: str, stems: Collection[str], typing: str | None) -> list[tuple[int, int]]:
    # Each distinct spelling is folded and stemmed once; a long text with none of them is not walked.
    hits = set()
    for word in set(WORD_RE.findall(text)):
        folded = fold(word)
        if stem(folded) in stems or (typing and folded.startswith(typing)):
            hits.add(word)
    if not hits:
        return []
    # Found by one pattern of just these words, each checked to be a whole word as WORD_RE cuts them.
    pattern = re.compile("|".join(re.escape(word) for word in sorted(hits, key=len, reverse=True)))
    spans = []
    for match in pattern.finditer(text):
        start = match.start()
        whole = WORD_RE.match(text, start)
        if whole is not None and whole.group() in hits and word_starts_at(text, start):
            spans.append(whole.span())
    return spans


def make_snippet(
    text: str, stems: Collection[str], typing: str | None = None, width: int = SNIPPET_CHARS
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """(snippet, highlight spans): the window of about `width` characters holding the most matches."""
    text = " ".join(text.split())
    spans = _spans(text, stems, typing)
    if len(text) <= width:
        return text, tuple(spans)
    start = 0
    if spans:
        # The window that starts a little before a match and holds the most matches.
        best, best_count = spans[0][0], 0
        right = 0
        for left, (span_start, _) in enumerate(spans):
            right = max(right, left)
            while right + 1 < len(spans) and spans[right + 1][1] <= span_start + width - 40:
                right += 1
            if right - left + 1 > best_count:
                best, best_count = span_start, right - left + 1
        start = max(0, best - 40)
    end = min(len(text), start + width)
    # Cut at spaces, so no word is shown in part.
    if start > 0:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < start + 30 else start
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start + width // 2 else end
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    snippet = prefix + text[start:end] + suffix
    shift = len(prefix) - start
    kept = tuple((a + shift, b + shift) for a, b in spans if a >= start and b <= end)
    return snippet, kept
