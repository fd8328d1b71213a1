"""Firms named in a list that opens a sentence and serves customers.

"Santander, Nationwide and First Direct are paying new customers up to £200": each item of a list
of capitalised names that is the sentence's subject is a firm when the rest of the sentence speaks
of those the firm serves (`cues.FIRM_CUSTOMER_NOUNS`). The list's shape says the words are names,
though they open the sentence or are ordinary words ("Chase", "Nationwide"); the customers say
what kind of names they are.
"""

from __future__ import annotations

import re

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.cues import FIRM_CUSTOMER_NOUNS
from dossier.ingest.names import fold, is_given_name

# One item: up to four capitalised words ("Atom Bank", "Pay.UK", "Co-operative Bank").
_ITEM = r"[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3}"
# Three items or more, the last after "and" or "or", then the verb in lower case (a relative clause
# may stand between: "Revolut, Chase and Kroo, which have no branches, have gained").
_SUBJECT_LIST = re.compile(rf"{_ITEM}(?:, {_ITEM})+,? (?:and|or) {_ITEM}(?:, (?:which|who) [^,.]+,)? [a-z]")
_ITEM_RE = re.compile(_ITEM)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
# How far back the list may open: three items of up to four words, and their joins.
_REACH = 16


def firm_in_subject_list(doc: ActorDocument, position: int, last: int) -> bool:
    """Whether the name at `position`..`last` is an item of a list of three names or more that opens
    its sentence, and the sentence goes on to speak of customers."""
    tokens, text = doc.tokens, doc.text
    opener = next((k for k in range(position, max(-1, position - _REACH), -1) if k in doc.sentence_first), None)
    if opener is None:
        return False
    match = _SUBJECT_LIST.match(text, tokens[opener].start)
    if match is None or tokens[last].end > match.end():
        return False
    items = [m.span() for m in _ITEM_RE.finditer(text, tokens[opener].start, match.end() - 1)]
    if (tokens[position].start, tokens[last].end) not in items:
        return False
    if all(is_given_name(fold(text[start:end].split()[0])) for start, end in items):
        return False  # "Tom, Alys and Ned have many customers": people, whoever they serve ("Chase" may be a firm)
    end = _SENTENCE_END.search(text, match.end())
    rest = text[match.end() - 1 : end.start() if end else len(text)]
    return any(fold(word) in FIRM_CUSTOMER_NOUNS for word in re.findall(r"[\w-]+", rest))
