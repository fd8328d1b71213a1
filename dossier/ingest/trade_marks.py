"""Trade marks written in capitals, as the IP press and registries write them: "the FOXTAIL trade mark", "its
QUELLBREW word mark". The word in capitals is the mark (a product's name), not a body's letters, wherever the
page writes it again ("applied to register FOXTAIL for beer").
"""

from __future__ import annotations

import re

from dossier.ingest.names import fold

# Words in capitals (one to three), then the noun of a mark: "FOXTAIL trade mark", "KETTLE FOX word mark" (not
# "mark" alone: "the NHS mark", "the CE mark" are a body's or a standard's sign).
_MARK_IN_CAPITALS = re.compile(
    r"\b([A-Z][A-Z0-9&'-]{3,}(?: [A-Z][A-Z0-9&'-]+){0,2}) (?:trade ?marks?|word marks?|figurative marks?)\b"
)


def marks_in_capitals(text: str) -> set[tuple[str, ...]]:
    """The folded words of each mark the text names in capitals before "trade mark" or "word mark"."""
    return {tuple(fold(word) for word in m.group(1).split()) for m in _MARK_IN_CAPITALS.finditer(text)}
