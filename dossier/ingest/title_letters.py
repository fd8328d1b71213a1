"""Short titles that are letters of something else where they stand.

"MS Windows", "DR Horton": an honorific's letters in capitals before a word in small letters are an acronym (a
firm's, a product's), not "Ms" or "Dr"; a name written all in capitals ("MS ILSE VARN") keeps its title.
"Det Norske Veritas": "Det" is a detective's rank only with its full stop or before another rank ("Det. Varn",
"Det Supt Varn"); alone it is the Scandinavian article opening a firm's name.
"""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.names import word_set

_HONORIFIC_LETTERS = word_set("mr mrs ms dr")
_RANK_NEEDING_STOP_OR_RANK = word_set("det")


def letters_not_a_title(doc: ActorDocument, k: int, ranks: frozenset[str]) -> bool:
    """Whether the title word at `k` is letters of another name here (`ranks`: the words that are titles)."""
    tokens = doc.tokens
    token = tokens[k]
    following = tokens[k + 1] if k + 1 < len(tokens) else None
    if token.folded in _HONORIFIC_LETTERS and token.text.isupper():
        return following is not None and not following.text.isupper()
    if token.folded in _RANK_NEEDING_STOP_OR_RANK:
        stopped = doc.text.startswith(".", token.end)
        return not stopped and not (following is not None and following.folded in ranks)
    return False
