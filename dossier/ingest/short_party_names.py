"""A party or a movement named without its closing word: "the Tarvish Unity Party" met, then "Tarvish Unity
said". The short form is the same body, an alias of the draft under the whole name, and no draft of its own.
"""

from __future__ import annotations

from dossier.ingest.grouping import ActorDraft, join_as_aliases
from dossier.ingest.names import word_set
from dossier.model import ActorKind

# The closing words a party's or a movement's name drops in a later mention.
_DROPPED_HEADS = word_set("party movement front alliance league")
_SHORT_KINDS = (ActorKind.other, ActorKind.organization, ActorKind.person)  # (as first read: "X said")


def short_party_names(drafts: list[ActorDraft]) -> set[int]:
    """Join each draft named like another body's name less its closing "Party" (or "Movement", "Front",
    "Alliance", "League") to that body, as an alias; returns the indexes of the drafts so joined."""
    wholes: dict[str, ActorDraft] = {}
    for draft in drafts:
        words = draft.name.split()
        if draft.kind is ActorKind.organization and len(words) >= 2 and words[-1].casefold() in _DROPPED_HEADS:
            wholes.setdefault(" ".join(words[:-1]), draft)
    return join_as_aliases(drafts, wholes, _SHORT_KINDS)
