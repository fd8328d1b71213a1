"""An editor's words in square brackets inside a quotation that end with a person's given name, the family name
right after them: "a threat ... is [opposition leader Ilse] Varnova because of ...". The bracket breaks the run of
capitalised words, so the given name was drafted alone and the family name alone; they are one person, named
"Ilse Varnova", the family name an alias.
"""

from __future__ import annotations

import re

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.grouping import ActorDraft
from dossier.ingest.names import fold, is_given_name
from dossier.model import ActorKind

# "[opposition leader Ilse] ": an editor's bracket closing on a capitalised word, then a space.
_GIVEN_IN_BRACKETS = re.compile(r"\[[^\[\]\n]{0,60}?\b([A-Z][a-z]+)\] $")


def join_given_names_in_brackets(doc: ActorDocument, drafts: list[ActorDraft], taken: set[str]) -> list[ActorDraft]:
    """The drafts, each family name after an editor's bracket that ends with a given name made one person."""
    by_start = {start: d for d in drafts for start, _end in d.spans if " " not in d.name}
    gone: set[int] = set()
    for family in drafts:
        if " " in family.name or family.kind not in (ActorKind.person, ActorKind.other) or id(family) in gone:
            continue
        for start, _end in family.spans:
            before = _GIVEN_IN_BRACKETS.search(doc.text, max(0, start - 70), start)
            if before is None or not is_given_name(fold(before.group(1))):
                continue
            given = by_start.get(before.start(1))
            if given is family:
                continue
            full = f"{before.group(1)} {family.name}"
            family.aliases = [alias for alias in (*family.aliases, family.name) if alias != full]
            family.become_person(full, "a given name in an editor's brackets before the family name", taken)
            if given is not None and given.name == before.group(1) and len(given.spans) == 1:
                gone.add(id(given))  # the given name alone, inside the brackets, was this person only
            break
    return [draft for draft in drafts if id(draft) not in gone]
