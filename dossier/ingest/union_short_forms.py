"""A body named once with its union's full name and once with the union's letters: 'European Union Election
Observation Mission' and 'EU Election Observation Mission' are one actor, the shorter spelling its alias.
"""

from __future__ import annotations

from dossier.ingest.grouping import ActorDraft
from dossier.ingest.names import fold_phrase
from dossier.model import ActorKind

# A union's letters and its name in full, as they open its bodies' names.
_UNIONS = {"eu": "european union", "un": "united nations"}
_BODIES = (ActorKind.organization, ActorKind.armed_force, ActorKind.media)


def _full_form(name: str) -> tuple[str, ...] | None:
    """'EU Naval Force' -> ('european', 'union', 'naval', 'force'); None when the name opens with no union's
    letters, or is the letters alone."""
    words = fold_phrase(name)
    if len(words) < 2 or words[0] not in _UNIONS or not name.split()[0].isupper():
        return None
    return (*_UNIONS[words[0]].split(), *words[1:])


def join_union_short_forms(drafts: list[ActorDraft]) -> list[ActorDraft]:
    """The drafts, each body opened by a union's letters folded into the same body opened by its full name."""
    by_name = {fold_phrase(draft.name): draft for draft in drafts if draft.kind in _BODIES}
    merged: set[int] = set()
    for draft in drafts:
        if draft.kind not in _BODIES:
            continue
        full = _full_form(draft.name)
        whole = by_name.get(full) if full else None
        if whole is None or whole is draft:
            continue
        whole.take_in(draft)
        merged.add(id(draft))
    return [draft for draft in drafts if id(draft) not in merged]
