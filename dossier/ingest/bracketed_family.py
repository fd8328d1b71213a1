"""A word in brackets between a person's given name and family name, as obituaries write a spouse or a
maiden name: 'her daughter, Ilse (Tomas) Van Der Varn', 'the daughter of Jon and Ilse (Quell) Marrow'.

The brackets break the run of capitalised words, so the given name before them was drafted alone (or not
at all) and the family name after them alone, with no kind. Once drafts are grouped, the given name and
the family name are one person; the word in brackets is another person's name or a former one, so it is
no alias of hers.
"""

from __future__ import annotations

import re

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.cues import NAME_PARTICLES
from dossier.ingest.grouping import ActorDraft
from dossier.ingest.names import claim_id, fold, is_given_name, slug
from dossier.model import ActorKind

# 'Ilse (Tomas) Van Der ': the given name, the bracketed word and any particles before the family name.
_GIVEN_AND_BRACKETS = re.compile(r"\b([A-Z][a-z]+) \([A-Z][a-z]+\) ((?:[A-Za-z]{1,3} ){0,2})$")


def join_bracketed_family_names(doc: ActorDocument, drafts: list[ActorDraft], taken: set[str]) -> list[ActorDraft]:
    """The drafts, with each given name + word in brackets + family name made one person."""
    by_start = {start: d for d in drafts for start, _end in d.spans if " " not in d.name}
    gone: set[int] = set()
    for family in drafts:
        if " " in family.name or family.kind not in (ActorKind.person, ActorKind.other) or id(family) in gone:
            continue
        for start, end in family.spans:
            before = _GIVEN_AND_BRACKETS.search(doc.text, max(0, start - 50), start)
            if before is None or not is_given_name(fold(before.group(1))):
                continue
            particles = before.group(2).split()
            if any(fold(word) not in NAME_PARTICLES for word in particles):
                continue
            given = by_start.get(before.start(1))
            if given is family or (given is not None and given.name != before.group(1)):
                continue
            surname = " ".join((*particles, family.name))
            full = f"{before.group(1)} {surname}"
            family.aliases = [a for a in (*family.aliases, surname) if a != full]
            family.name, family.kind = full, ActorKind.person
            family.found_by = "a given name and a family name around a word in brackets"
            family.id = claim_id(slug(full, 60), taken)
            family.spans = [span if span != (start, end) else (before.start(1), end) for span in family.spans]
            if given is not None:
                family.spans += [span for span in given.spans if span[0] != before.start(1)]
                gone.add(id(given))
            break
    return [d for d in drafts if id(d) not in gone]
