"""A document's word after the body that issued it, heading a press release: "CENTCOM Statement on ...".

Commands, ministries and councils title their releases with their name and the kind of document ("Tarnfield
Command Statement on the Harbour Attack", "NAVCOM Readout of ..."). The document's word is no part of the body's
name: the body is read without it. One capitalised word before it stays as written ("Joint Statement",
"Presidential Statement" name no body).
"""

from __future__ import annotations

from dossier.ingest.names import word_set

# The kinds of document a body issues under its name, each a word of a release's title.
DOCUMENT_WORDS = word_set("statement statements readout readouts transcript communique communiqué")


def issuer_before_a_document_word(texts: list[str]) -> bool:
    """Whether a run's words (as written) end with a document's word after a body's name: two words or more, or
    one in capitals (a body's letters), before it."""
    if len(texts) < 2 or texts[-1].casefold() not in DOCUMENT_WORDS:
        return False
    before = texts[:-1]
    return len(before) >= 2 or (len(before[0]) >= 2 and before[0].isupper())
