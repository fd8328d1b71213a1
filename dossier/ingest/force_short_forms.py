"""A force named without its last word before its members: "the Popular Mobilization fighters" after "the Popular
Mobilization Forces", "Quds Force commanders" beside "the Quds Force"'s longer name.

Writers drop a force's plural head word ("Forces", "Units", "Brigades") when the name stands as an adjective
before the people in it ("Popular Mobilization fighters", "Syrian Democratic troops"): the words left are that
force, and never a second actor. Once the drafts are grouped, a draft found by such a members' noun whose words
open exactly one armed force's name, less its head word, is folded into that force.
"""

from __future__ import annotations

from dossier.ingest.grouping import ActorDraft
from dossier.ingest.names import fold_phrase, word_set
from dossier.model import ActorKind

# The plural head words a force's name drops before its members.
_DROPPED_HEADS = word_set("forces units brigades battalions militias")
# The members' nouns that follow the clipped name ("followed by 'fighters'").
_MEMBERS = word_set("fighters troops militiamen members soldiers commanders units forces")
_MEMBERS_FOUND_BY = frozenset(f"followed by '{noun}'" for noun in _MEMBERS)


def join_forces_before_members(drafts: list[ActorDraft]) -> list[ActorDraft]:
    """The drafts, each clipped force before its members folded into the one armed force whose name it opens."""
    forces: dict[tuple[str, ...], list[ActorDraft]] = {}
    for draft in drafts:
        words = fold_phrase(draft.name)
        if draft.kind is ActorKind.armed_force and len(words) >= 2 and words[-1] in _DROPPED_HEADS:
            forces.setdefault(words[:-1], []).append(draft)
    if not forces:
        return drafts
    merged: set[int] = set()
    for draft in drafts:
        if draft.found_by not in _MEMBERS_FOUND_BY:
            continue
        whole = forces.get(fold_phrase(draft.name), [])
        if len(whole) == 1 and whole[0] is not draft:
            whole[0].take_in(draft)
            merged.add(id(draft))
    return [draft for draft in drafts if id(draft) not in merged]
