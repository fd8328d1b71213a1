"""Names with a saint's inside them: "Crosby St Mary", "Tarnby St John's". A saint's title after a first word names a
parish, a church or a club named for them ("Crosby St Mary's 243-7 beat ..."), never a person, though the saint's
name reads as a family name (a person named so by more than that keeps her kind: "PC Akeem St Rose").
"""

from __future__ import annotations

from dossier.ingest.grouping import ActorDraft
from dossier.model import ActorKind

SAINTS_TITLES = frozenset(("St", "St.", "Saint"))


def saints_in_names(text: str, drafts: list[ActorDraft]) -> None:
    """A person named with a saint's title after her first word is a body when a body's name opens so or the text
    writes the saint's possessive ("Crosby St Mary's 243-7": a club, a church, a school), else a place (in place)."""
    bodies = [d.name for d in drafts if d.kind is ActorKind.organization]
    for draft in drafts:
        words = draft.name.split()
        if draft.kind is not ActorKind.person or not any(w in SAINTS_TITLES for w in words[1:-1]):
            continue
        if not draft.found_by.startswith("a family name '"):
            continue  # "PC Akeem St Rose": a person by more than the saint's name read as a family name
        owned = any(body.startswith((f"{draft.name}'s ", f"{draft.name}’s ")) for body in bodies)
        owned = owned or any(text.startswith(("'s", "’s"), end) for _, end in draft.spans)
        draft.kind = ActorKind.organization if owned else ActorKind.place
        draft.found_by = "a saint's title inside the name"
