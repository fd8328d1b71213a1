"""A body whose name goes on after its owner's letters in brackets: 'Organization for Security and Co-operation in
Europe (OSCE) Mission in Kosovo' names the OSCE's mission, 'OSCE Mission in Kosovo' (the run after the bracket alone,
"Mission in Kosovo", is no name of its own).
"""

from __future__ import annotations

import re

from dossier.ingest.grouping import ActorDraft
from dossier.ingest.names import claim_id, slug, word_set
from dossier.model import ActorKind

# The words that open a body's own name after its owner's: "(OSCE) Mission in ...", "(UNHCR) Office in ...".
_BRANCH_NOUNS = word_set("mission office delegation representation secretariat bureau")
_BODIES = (ActorKind.organization, ActorKind.armed_force)
_LETTERS_BEFORE = re.compile(r"\(([A-Z][A-Z&]{1,9})\) $")
_REACH = 14  # characters before a span where its owner's letters are looked for


def bodies_named_on_after_letters(text: str, drafts: list[ActorDraft], taken_ids: set[str]) -> list[ActorDraft]:
    """The drafts, a branch named right after its owner's letters in brackets renamed with them ("OSCE Mission in
    Kosovo"), the name as written its alias."""
    owners = {alias: draft for draft in drafts if draft.kind in _BODIES for alias in draft.aliases if alias.isupper()}
    for draft in drafts:
        words = draft.name.split()
        if draft.kind not in _BODIES or len(words) < 3 or words[0].casefold() not in _BRANCH_NOUNS:
            continue
        if not draft.spans:
            continue
        letters = {_letters_before(text, start) for start, _ in draft.spans}
        if len(letters) != 1:
            continue
        owner_letters = letters.pop()
        if owner_letters is None:
            continue
        old = draft.name
        draft.name = f"{owner_letters} {old}"
        draft.id = claim_id(slug(draft.name, 60), taken_ids)
        owner = owners.get(owner_letters)
        if owner is not None:
            draft.aliases.append(f"{owner.name} ({owner_letters}) {old}")
    return drafts


# A zone or a sector of a body after its letters in brackets: "Multinational Maritime Coordination Centre (MMCC) Zone
# F", "(MMCC) Zone E".
_ZONE_AFTER_LETTERS = re.compile(r" \(([A-Z][A-Z&]{1,9})\) ((?:Zone|Sector) [A-Z0-9]{1,2})\b")


def zones_named_after_letters(text: str, drafts: list[ActorDraft], taken_ids: set[str]) -> list[ActorDraft]:
    """The drafts, and for a body whose name and letters in brackets go on with "Zone F" or "Sector 2" a draft of
    that zone: 'MMCC Zone F', the name as written its alias."""
    zones: list[ActorDraft] = []
    for draft in drafts:
        if draft.kind not in _BODIES:
            continue
        for _, end in draft.spans:
            found = _ZONE_AFTER_LETTERS.match(text, end)
            if found is None or found[1] not in draft.aliases:
                continue
            name = f"{found[1]} {found[2]}"
            zones.append(
                ActorDraft(
                    claim_id(slug(name, 60), taken_ids),
                    name,
                    draft.kind,
                    f"a zone of '{draft.name}', after its letters",
                    aliases=[f"{draft.name} ({found[1]}) {found[2]}"],
                    spans=[(found.start(2), found.end(2))],
                    confidence=draft.confidence,
                )
            )
    return drafts + zones


def _letters_before(text: str, start: int) -> str | None:
    found = _LETTERS_BEFORE.search(text, max(0, start - _REACH), start)
    return found[1] if found is not None and found.end() == start else None
