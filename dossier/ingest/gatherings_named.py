"""An episode named as a thing that happened: "the Varn Sea Crisis", "the Tarnby Hostage Crisis".

A crisis is an event, not a body that acts: no actor (the place or the body named inside it is read on its own
where the text names it). A body named for crises keeps its own head word ("the Quell Crisis Group", "Crisis
Response Unit"). (Not a summit: re3d marks "the Tarnby Summit" as the place where it met.)
"""

from __future__ import annotations

from dossier.ingest.grouping import ActorDraft
from dossier.ingest.names import word_set
from dossier.model import ActorKind

# The last word of an event's name that is never a body's head word.
GATHERING_HEADS = word_set("crisis")


def names_a_gathering(draft: ActorDraft) -> bool:
    """The draft (a body, or of no kind) is named by an event's last word ("... Crisis")."""
    if draft.kind not in (ActorKind.organization, ActorKind.other) or " " not in draft.name:
        return False
    return draft.name.split()[-1].casefold() in GATHERING_HEADS
