"""Speakers' labels in a transcript: "[00:01:09] FENELLA: Downing Street would say that."

A podcast's or a hearing's transcript opens each turn with the speaker's name in capitals and a colon,
often after a timestamp. Such a word reads like a body's initials, yet it names a person: the host or
a guest, whose full name the transcript gives elsewhere ("I'm Fenella Aucott"), and the label joins
that name. A word counts as a label only when it opens two lines or more that way, so a lone "NOTE:"
or "UPDATE:" line is no speaker.
"""

from __future__ import annotations

import re

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.line_index import line_start

# A line's start, an optional timestamp in brackets, then the label in capitals and a colon.
_LABEL = re.compile(r"^(?:\[\d{1,2}(?::\d{2}){1,2}\][ \t]*)?([A-Z][A-Z'’-]+):[ \t]", re.MULTILINE)
_TURNS = 2


def speaker_label(doc: ActorDocument, position: int) -> bool:
    """The one word at `position` is a speaker's label of the transcript."""
    token = doc.tokens[position]
    match = _LABEL.match(doc.text, line_start(doc.text, token.start))
    if match is None or match.start(1) != token.start:
        return False
    return sum(found.group(1) == token.text for found in _LABEL.finditer(doc.text)) >= _TURNS


def full_name_of_speaker(doc: ActorDocument, label: str) -> str | None:
    """The first name in the text that opens with the label's word and goes on with one or two
    capitalised words: "Fenella Aucott" for FENELLA."""
    given = label[:1] + label[1:].lower()
    match = re.search(rf"\b{re.escape(given)}(?: [A-Z][\w'’-]+){{1,2}}", doc.text)
    return match.group(0) if match is not None else None
