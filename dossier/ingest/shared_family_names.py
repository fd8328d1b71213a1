"""Two given names joined by "and" before one family name: a couple, each of whom bears it.

'the son of Jon and Ilse Marrow', 'Tomas and Britta Quell ran the farm': the family name is written once,
after the second given name, so only "Ilse Marrow" was a draft and the first given name, alone, no name
at all. When the word before "and" is a given name that names nothing else (no place: "Jordan and
Ilse Marrow" may be the kingdom), the first person is drafted under the shared family name too.
"""

from __future__ import annotations

import re

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.grouping import ActorDraft
from dossier.ingest.names import claim_id, fold, fold_phrase, is_given_name, slug
from dossier.model import ActorKind

# 'Jon and ': a capitalised given name, then "and", right before the second person's given name.
# (not a family name's end, "Adebanjo-Cole and", nor a name's second word, "Liam Trudel and")
_GIVEN_AND = re.compile(r"(?<![\w'’-])([A-Z][a-z]+) and $")
# (a nickname's closing quote may stand between: 'Dwayne "The Rock" Johnson and Kevin Hart' is no Johnson Hart)
# A town this large names itself before "and" rather than a husband ("Gary and Jan Meester" may be Gary, Indiana).
_TOWN_OVER_A_GIVEN_NAME = 50_000
_WORD_BEFORE = re.compile(r"([\w'’-]+)[\"”’']?[ \t]+$")


def couples_family_names(doc: ActorDocument, drafts: list[ActorDraft], taken: set[str]) -> list[ActorDraft]:
    """The drafts, with a person added for each given name that shares the next person's family name."""
    names = {fold_phrase(spelling) for d in drafts for spelling in (d.name, *d.aliases)}
    starts = {start for d in drafts for start, _end in d.spans}
    # A given name drafted alone ('Arvid and Clara (Moen) Kvale': "Arvid" with no family name), once, is taken over.
    # (a town's name that is a given name too, once: "Gary and Jan Meester" is no Gary, Indiana)
    alone = {
        d.spans[0][0]: d
        for d in drafts
        if len(d.spans) == 1 and " " not in d.name and d.kind in (ActorKind.person, ActorKind.place)
    }
    added: dict[str, ActorDraft] = {}
    for person in drafts:
        words = person.name.split()
        if person.kind is not ActorKind.person or len(words) != 2 or not is_given_name(fold(words[0])):
            continue
        for start, end in person.spans:
            written = doc.text[start:end]
            if not (written.startswith(f"{words[0]} ") and written.endswith(words[1])):
                continue  # ("Jon and Marrow": the family name alone after another name)
            before = _GIVEN_AND.search(doc.text, max(0, start - 30), start)
            if before is None or (before.start(1) in starts and before.start(1) not in alone):
                continue
            previous = _WORD_BEFORE.search(doc.text, max(0, before.start(1) - 30), before.start(1))
            if previous is not None and previous.group(1)[:1].isupper():
                continue
            given = before.group(1)
            place = doc.gazetteer.lookup((fold(given),))
            if not is_given_name(fold(given)) or (place is not None and place.kind == "state"):
                continue  # "Jordan and Ilse Marrow" may be the kingdom
            if place is not None and before.start(1) not in alone and place.population >= _TOWN_OVER_A_GIVEN_NAME:
                continue  # (a small town's name, "Keith" in Moray, yields to the given name before "and")
            full = f"{given} {words[1]}"
            if fold_phrase(full) in names:
                continue
            lone = alone.pop(before.start(1), None)
            if lone is not None:
                lone.become_person(full, "a given name sharing the next person's family name", taken)
                lone.aliases = []
                names.add(fold_phrase(full))
                continue
            couple = added.get(full)
            if couple is None:
                couple = ActorDraft(
                    claim_id(slug(full, 60), taken),
                    full,
                    ActorKind.person,
                    "a given name sharing the next person's family name",
                    confidence=0.6,
                )
                added[full] = couple
            couple.spans.append(before.span(1))
    return drafts + list(added.values())
