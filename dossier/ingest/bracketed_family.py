"""A word in brackets between a person's given name and family name, as obituaries write a spouse or a
maiden name: 'her daughter, Ilse (Tomas) Van Der Varn', 'the daughter of Jon and Ilse (Quell) Marrow'.
A given name in the brackets is the spouse's, who shares the family name: 'Ilse (Tomas) Varn' names Tomas Varn
too; a family name there is a maiden name, no one else's.

The brackets break the run of capitalised words, so the given name before them was drafted alone (or not
at all) and the family name after them alone, with no kind. Once drafts are grouped, the given name and
the family name are one person; the word in brackets is another person's name or a former one, so it is
no alias of hers (a spouse's given name there makes a person of its own).
"""

from __future__ import annotations

import re

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.cues import NAME_PARTICLES
from dossier.ingest.grouping import ActorDraft
from dossier.ingest.names import claim_id, fold, is_given_name, slug
from dossier.model import ActorKind

# 'Ilse (Tomas) Van Der ': the given name, the bracketed word and any particles before the family name.
_GIVEN_AND_BRACKETS = re.compile(r"\b([A-Z][a-z]+) \(([A-Z][a-z]+)\) ((?:[A-Za-z]{1,3} ){0,2})$")


def join_bracketed_family_names(doc: ActorDocument, drafts: list[ActorDraft], taken: set[str]) -> list[ActorDraft]:
    """The drafts, with each given name + word in brackets + family name made one person."""
    drafts = _one_draft_per_bracketed_name(doc, drafts, taken)
    by_start = {start: d for d in drafts for start, _end in d.spans if " " not in d.name}
    gone: set[int] = set()
    spouses: list[ActorDraft] = []
    for family in drafts:
        if " " in family.name or family.kind not in (ActorKind.person, ActorKind.other) or id(family) in gone:
            continue
        for start, end in family.spans:
            before = _GIVEN_AND_BRACKETS.search(doc.text, max(0, start - 50), start)
            if before is None or not is_given_name(fold(before.group(1))):
                continue
            particles = before.group(3).split()
            if any(fold(word) not in NAME_PARTICLES for word in particles):
                continue
            given = by_start.get(before.start(1))
            if given is family or (given is not None and given.name != before.group(1)):
                continue
            surname = " ".join((*particles, family.name))
            full = f"{before.group(1)} {surname}"
            family.aliases = [a for a in (*family.aliases, surname) if a != full]
            family.become_person(full, "a given name and a family name around a word in brackets", taken)
            family.spans = [span if span != (start, end) else (before.start(1), end) for span in family.spans]
            if given is not None:
                family.spans += [span for span in given.spans if span[0] != before.start(1)]
                gone.add(id(given))
            spouse = _spouse_in_brackets(doc, before, surname, drafts + spouses, taken)
            spouses += [spouse] if spouse is not None else []
            break
    return [d for d in drafts if id(d) not in gone] + spouses


def _after_given_and_brackets(doc: ActorDocument, start: int) -> bool:
    before = _GIVEN_AND_BRACKETS.search(doc.text, max(0, start - 50), start)
    return before is not None and is_given_name(fold(before.group(1)))


def _one_draft_per_bracketed_name(doc: ActorDocument, drafts: list[ActorDraft], taken: set[str]) -> list[ActorDraft]:
    """A family name after a given name and brackets that grouping joined to another person of the family ('Harlan
    Vierkant ... the son of Walter and Ida (Brunkhorst) Vierkant'), or that names two of them, is taken out as a
    draft of its own, one for each person, for the join above."""
    detached: list[ActorDraft] = []
    for draft in drafts:
        if draft.kind not in (ActorKind.person, ActorKind.other):
            continue
        family = draft.name.split()[-1]
        bracketed = [
            span
            for span in draft.spans
            if doc.text[span[0] : span[1]] == family and _after_given_and_brackets(doc, span[0])
        ]
        keep = 1 if " " not in draft.name and len(bracketed) == len(draft.spans) else 0
        for span in bracketed[keep:]:
            draft.spans.remove(span)
            alone = ActorDraft(claim_id(slug(family, 60), taken), family, ActorKind.other, draft.found_by)
            alone.spans.append(span)
            detached.append(alone)
    return drafts + detached


def _spouse_in_brackets(
    doc: ActorDocument, before: re.Match[str], surname: str, drafts: list[ActorDraft], taken: set[str]
) -> ActorDraft | None:
    """'Dennis (Carol) Vierkant': a given name in the brackets is the spouse's, a person with the family name
    (not a maiden name: 'Ida (Brunkhorst) Vierkant'), unless a draft already names that person."""
    word = before.group(2)
    if not is_given_name(fold(word)) or fold(word) in doc.surnames:
        return None
    full = f"{word} {surname}"
    bracketed = (before.start(2), before.end(2))
    for draft in drafts:
        if draft.name == word and draft.spans == [bracketed]:
            # ("Marcia (Tom) Varn": the bracketed word alone was read as something else, "TOM" letters)
            draft.become_person(full, "a spouse's given name in brackets", taken)
            return None
    if any(d.name in (full, word) for d in drafts):
        return None
    spouse = ActorDraft(claim_id(slug(full, 60), taken), full, ActorKind.person, "a spouse's given name in brackets")
    spouse.spans.append(bracketed)
    return spouse
