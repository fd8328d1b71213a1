"""A place's adjective drafted as a place of its own: "West Papuan self-determination" beside "West Papua", "the
Melanesian region". The adjective is the place's (an alias): one place, named by its own name, no second draft.
"""

from __future__ import annotations

from dossier.ingest.gazetteer import gazetteer
from dossier.ingest.grouping import ActorDraft
from dossier.ingest.names import fold_phrase
from dossier.model import ActorKind

_PLACES = (ActorKind.place, ActorKind.state)


def place_adjectives(drafts: list[ActorDraft]) -> set[int]:
    """Each place draft named by a place's adjective in "-an" ("West Papuan" for West Papua, "Melanesian" for
    Melanesia) becomes that place: an alias of its draft, if the text names it too (the index is returned, for
    the caller to drop), else renamed to the place. A name the gazetteer knows as it is ("Sudan") stays."""
    table = gazetteer()
    by_name = {fold_phrase(draft.name): draft for draft in drafts if draft.kind in _PLACES}
    taken: set[int] = set()
    for index, draft in enumerate(drafts):
        if draft.kind is not ActorKind.place or draft.aliases or not draft.name.endswith("an"):
            continue
        stem = draft.name[:-1]  # "West Papuan" -> "West Papua", "Melanesian" -> "Melanesia"
        if draft.found_by.startswith("gazetteer") or table.lookup(fold_phrase(draft.name)):
            continue
        owner = by_name.get(fold_phrase(stem))
        if owner is not None and owner is not draft:
            owner.aliases.append(draft.name)
            owner.spans = sorted(owner.spans + draft.spans)
            taken.add(index)
            continue
        place = table.lookup(fold_phrase(stem))
        if place is not None and fold_phrase(place.name) == fold_phrase(stem):
            draft.aliases.append(draft.name)
            draft.name = place.name
            draft.found_by = f"gazetteer: {place.name} (by its adjective)"
    return taken
