"""A club named after its origin and the word "side" or "club": "from Portuguese side Vitória X".

Sports pages name a club met for the first time by where it plays and a noun for a team: "signed
from Portuguese side Academica Ferreira", "joined League One club Dunmore Borough". The name after
that noun is the club, even when it opens with a word that is also a given name ("Vitória",
"Santos"), which alone would read it as a person.
"""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument, cased
from dossier.ingest.names import word_set

# Lower-case nouns for a team between its origin and its name ("Club Atlético", capitalised, opens one).
_TEAM_NOUNS = word_set("side club outfit")


def club_after_its_origin(doc: ActorDocument, position: int) -> bool:
    """'Portuguese side X', 'League One club X': a capitalised word, a team noun, then the name."""
    if position < 2:
        return False
    noun, origin = doc.tokens[position - 1], doc.tokens[position - 2]
    return noun.text.islower() and noun.folded in _TEAM_NOUNS and noun.joined and origin.joined and cased(origin)
