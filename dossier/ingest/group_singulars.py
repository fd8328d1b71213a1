"""A group named in the plural ("the Houthis attacked ships") and, as an adjective, in the singular ("Houthi
financial facilitator", "Houthi forces"): one group. The singular is an alias of the plural draft, no draft of
its own.
"""

from __future__ import annotations

from dossier.ingest.grouping import ActorDraft, join_as_aliases
from dossier.model import ActorKind

_GROUP_KINDS = (ActorKind.armed_force, ActorKind.organization)
_SINGULAR_KINDS = (ActorKind.armed_force, ActorKind.organization, ActorKind.other)


def group_singulars(drafts: list[ActorDraft]) -> set[int]:
    """Join each one-word draft that is another one-word group's name less its plural "s" to that group, as an
    alias; returns the indexes of the drafts so joined."""
    plurals = {
        draft.name[:-1]: draft
        for draft in drafts
        if draft.kind in _GROUP_KINDS and " " not in draft.name and draft.name.endswith("s") and len(draft.name) > 3
    }
    return join_as_aliases(drafts, plurals, _SINGULAR_KINDS)
