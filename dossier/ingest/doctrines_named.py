"""A doctrine's name: "Pan-Varnism", "Social Nationalism", "Zaydism" in an armed group's box of facts.

Encyclopaedia boxes list a group's ideologies one per line, capitalised; words in "-ism" name a doctrine or a
movement of ideas, not a person, a body or a place. Such a draft with no cue of its own (kind `other`) is no actor.
"""

from __future__ import annotations

from dossier.ingest.grouping import ActorDraft
from dossier.model import ActorKind

_SHORTEST_DOCTRINE = 6  # "Maoism"; not "Prism" nor "Chrism"


def names_a_doctrine(draft: ActorDraft) -> bool:
    """The draft, of no kind of its own, ends in a word of "-ism" (after a hyphen too: "Pan-Arabism")."""
    if draft.kind is not ActorKind.other:
        return False
    last = draft.name.split()[-1].split("-")[-1]
    return len(last) >= _SHORTEST_DOCTRINE and last.casefold().endswith("ism")
