"""Whether a preposition governs a name: right before it, or before the first name of a list.

"in Tarnby", and "in Varnley and Tarnby": a preposition of place governs both names, so neither is
the subject of the verb after it ("rice sellers in Bulacan and Nueva Ecija said") nor, if a town,
a known person of that family name ("between Brough and Penrith").
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dossier.ingest.mentions import Token

# Words that join the items of a list of places ("in Erlangen, Nürnberg und Berlin").
AND_WORDS = frozenset(["und", "oder", "and", "or", "et", "ou", "e", "y", "i", "и", "или", "та", "і"])
# How many words the first name of such a list may have ("in Port Arthur and Beaumont").
_LISTED_NAME_WORDS = 3


def after_a_preposition(
    tokens: list[Token], position: int, prepositions: Collection[str], and_words: Collection[str] = AND_WORDS
) -> bool:
    """Whether one of `prepositions` governs the name at token `position` (or the list it closes with one
    of `and_words`)."""
    k = position - 1
    if k >= 1 and tokens[k].text in and_words and tokens[k].joined:
        item = k - 1
        steps = 0
        while item >= 0 and tokens[item].capitalised and tokens[item].joined and steps < _LISTED_NAME_WORDS:
            item, steps = item - 1, steps + 1
        if steps:
            k = item
        # else no list before "and": the word may be a preposition itself (Swedish "i Lund": in)
    return k >= 0 and tokens[k].joined and tokens[k].text in prepositions
