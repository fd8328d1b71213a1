"""Lists that give a place and who holds it, one item a line: "- Tondela - Ilda Quelhas (PS)".

Election results and rosters in other languages list each town (or district, or club) before a spaced dash,
its mayor or winner after it, often with a party in brackets. Every word of such a line is capitalised, so
it would read as a Title Case heading and be skipped; it is a list's item, and the name opening it, when the
gazetteer knows it, is a place the list is about (`place_heading_an_item`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.sentences import Sentence

# A bullet at the line's start, the item's head, then a spaced dash before what the item says of it.
_ITEM = re.compile(r"^[ \t]*[-–•*·▪][ \t]+(?P<head>[^\n]+?)[ \t]+[-–—][ \t]+\S", re.MULTILINE)

# Fewer items than this are no list of holders: a lone "- Lisboa - 3 vereadores" may be anything.
_FEWEST_ITEMS = 3


@lru_cache(maxsize=4)  # asked for each word of a page's runs; a few pages in flight at once
def _item_heads(text: str) -> dict[int, int]:
    """Where each item's head starts and ends, on a page that lists enough of them."""
    heads = {match.start("head"): match.end("head") for match in _ITEM.finditer(text)}
    return heads if len(heads) >= _FEWEST_ITEMS else {}


def holder_item_sentences(sentences: list[Sentence]) -> set[int]:
    """The indexes of the sentences that are items of a list of holders, on a page that lists enough of them
    (read as text, not as Title Case headings)."""
    # (a line with no full stop runs on into the next: one sentence may hold several items)
    counts = {sentence.index: len(_ITEM.findall(sentence.text)) for sentence in sentences}
    if sum(counts.values()) < _FEWEST_ITEMS:
        return set()
    return {index for index, count in counts.items() if count}


def place_heading_an_item(doc: ActorDocument, position: int, end: int) -> bool:
    """Whether the words at `position`..`end` are the whole head of an item of a list of holders ("- Arganil -
    Rui Mirande (PSD)"): the place the item is about, as a preposition of place would say."""
    head_end = _item_heads(doc.text).get(doc.tokens[position].start)
    return head_end is not None and head_end == doc.tokens[end].end
