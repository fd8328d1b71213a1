"""A letter's greeting: "Dear Parents and Carers," opens a newsletter or a letter on its own line; the readers it
greets by their common nouns are no actor ("Dear Mr Hale," still greets a person)."""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.common_words import zipf
from dossier.ingest.line_index import opens_its_line

# How common a greeted word is: "Parents" 4.9, "Carers" 3.2, "Members" 5.0, "Residents" 4.3; a family name is rarer.
_GREETED_ZIPF = 3.0


def greeted_readers(doc: ActorDocument, position: int, last: int) -> bool:
    """'Dear Parents and Carers,', 'Dear Members,', 'Dear friends and neighbours,': common words in the plural
    after "Dear" at a line's start (through "and" or a comma), the readers a letter greets."""
    tokens, text = doc.tokens, doc.text
    if tokens[position].text == "Dear" and position < last:
        # "Dear Parents" read as one run: the greeting's word at a line's start, then the readers
        if not opens_its_line(text, tokens[position].start):
            return False
        position += 1
    if any(
        not tokens[k].folded.endswith("s") or zipf(tokens[k].folded) < _GREETED_ZIPF for k in range(position, last + 1)
    ):
        return False
    k = position - 1
    while k >= 0 and (tokens[k].folded == "and" or (tokens[k].text[:1].isupper() and tokens[k].folded.endswith("s"))):
        if tokens[k].folded != "and" and zipf(tokens[k].folded) < _GREETED_ZIPF:
            return False
        k -= 1
    if k < 0 or tokens[k].text != "Dear":
        return False
    return opens_its_line(text, tokens[k].start)
