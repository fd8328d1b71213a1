"""A given name, then the family name in capitals: "Javier SOLANA", "Kai EIDE" in the EU's statements.

The Council of the EU, the EEAS and many EU delegations write a person's family name in capitals ("High
Representative Catherine ASHTON said"). Read as capitals the family name looks like a body's letters and the run
is left of kind `other`; a given name right before it says it is a person.
"""

from __future__ import annotations

import re

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.grouping import Candidate
from dossier.ingest.names import is_given_name
from dossier.model import ActorKind

# A family name in capitals has a vowel and three letters or more ("EIDE", "SOLANA"; not "UK", "NSW").
_VOWELS = frozenset("AEIOUY")
_ROMAN = re.compile(r"[IVXLCDM]+")


def given_name_and_capitals_surname(doc: ActorDocument, first: int, last: int) -> Candidate | None:
    """The run is a given name in Title Case and one or two family names in capitals: a person."""
    tokens = doc.tokens
    if not 1 <= last - first <= 2:
        return None
    given = tokens[first]
    if not (given.text[:1].isupper() and given.text[1:].islower() and is_given_name(given.folded)):
        return None
    if doc.gazetteer.lookup((given.folded,)) is not None:
        return None  # "Jordan", "Georgia": a state's name too, before a body's letters
    for k in range(first + 1, last + 1):
        word = tokens[k].text
        if len(word) < 3 or not word.isupper() or not _VOWELS & set(word) or _ROMAN.fullmatch(word):
            return None  # ("Ashot III the Merciful": a ruler's number, read by the ruler's rule)
    name = doc.text[given.start : tokens[last].end]
    return Candidate(first, last, name, ActorKind.person, "a given name, the family name in capitals", 0.6)
