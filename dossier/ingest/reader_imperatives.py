"""A verb that tells the reader what to do, opening a sentence before a name, is no part of it: "Watch CNN's full
interview", "Read Reuters' report", "Listen to ...", "Follow Ilse Varn on X"."""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.names import word_set

# Verbs a page tells its reader with (not "Visit", which opens tourist boards' names: "Visit Kent said").
_READERS_VERBS = word_set("watch read listen follow subscribe download click")


def reader_told_to(doc: ActorDocument, position: int) -> bool:
    """The word first in its sentence is a reader's verb, written in title case, with the name after it."""
    tokens = doc.tokens
    token = tokens[position]
    return (
        position in doc.sentence_first
        and token.folded in _READERS_VERBS
        and token.text.istitle()
        and token.joined
        and position + 1 < len(tokens)
        and tokens[position + 1].text[:1].isupper()
    )
