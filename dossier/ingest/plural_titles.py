"""Persons listed after a plural title: "Councillors Brampton, Dobson and Warwick", "Cllrs Tarn and Quell".

A title in the plural, capitalised, opens a list of the persons who hold it, each often named by the family name
alone; a reader takes every item as a person, though the name is a town's ("Warwick"), a common word's
("Shepherd") or nothing known at all ("Nedved"). The list runs while commas and "and" join capitalised names.
"""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.grouping import Candidate
from dossier.model import ActorKind

# Titles in the plural that open a list of their holders' names (as written, capitalised).
PLURAL_TITLES = frozenset(("Councillors", "Cllrs", "Senators", "Professors", "Messrs", "Aldermen"))
# What joins two holders' names in the list.
_LIST_GAPS = frozenset((", ", " and ", ", and "))
# What joins the words of one holder's name: "Anne Glendinning", "McCarron-Holmes".
_NAME_GAPS = frozenset((" ", "-"))
_MOST_WORDS = 3  # a holder's name: a family name, or a given name and one or two more


def persons_after_plural_titles(doc: ActorDocument, candidates: list[Candidate]) -> list[Candidate]:
    """Adds a person for each name listed after a plural title; drafts read over the same words (the town
    "Warwick", "Nedved" of no kind) give way to it."""
    tokens, text = doc.tokens, doc.text
    found: list[Candidate] = []
    for k, token in enumerate(tokens[:-1]):
        if token.text not in PLURAL_TITLES or text[token.end : tokens[k + 1].start] != " ":
            continue
        if k > 0 and tokens[k - 1].folded == "of":
            continue  # "the House of Councillors Budget Committee": a body named after its members, no list
        first = k + 1
        while first < len(tokens) and tokens[first].capitalised:
            last = first
            while (
                last + 1 < len(tokens)
                and tokens[last + 1].capitalised
                and text[tokens[last].end : tokens[last + 1].start] in _NAME_GAPS
            ):
                last += 1
            if last - first + 1 > _MOST_WORDS:
                break  # more capitalised words than a name has: a heading, no list
            name = text[tokens[first].start : tokens[last].end]
            found.append(Candidate(first, last, name, ActorKind.person, f"listed after '{token.text}'", 0.7))
            following = last + 1
            if following < len(tokens) and tokens[following].folded == "and":
                following += 1
            if following >= len(tokens) or text[tokens[last].end : tokens[following].start] not in _LIST_GAPS:
                break
            first = following
    if not found:
        return candidates
    spans = [(c.first, c.last) for c in found]
    kept = [c for c in candidates if not any(c.first <= b and a <= c.last for a, b in spans)]
    return kept + found
