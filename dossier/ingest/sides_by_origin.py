"""A club named after its origin and the word "side" or "club": "from Portuguese side Vitória X".

Sports pages name a club met for the first time by where it plays and a noun for a team: "signed
from Portuguese side Academica Ferreira", "joined League One club Dunmore Borough". The name after
that noun is the club, even when it opens with a word that is also a given name ("Vitória",
"Santos"), which alone would read it as a person. Once named in full ("Millbrook United"), a club is
written by its town alone: "Millbrook have also loaned a defender" is the club, not the town.
"""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument, cased, head_written_after
from dossier.ingest.cues import CLUB_HEADS, FUNCTION_WORDS
from dossier.ingest.names import word_set

# Lower-case nouns for a team between its origin and its name ("Club Atlético", capitalised, opens one).
_TEAM_NOUNS = word_set("side club outfit")


def club_after_its_origin(doc: ActorDocument, position: int) -> bool:
    """'Portuguese side X', 'League One club X': a capitalised word, a team noun, then the name."""
    if position < 2:
        return False
    noun, origin = doc.tokens[position - 1], doc.tokens[position - 2]
    named_before = position >= 3 and doc.tokens[position - 3].joined and cased(doc.tokens[position - 3])
    if origin.folded in FUNCTION_WORDS and not named_before:
        # "Every outfit Zendaya has worn": a sentence's capital determiner, no origin of a side (but "League One
        # club X": the word ends a league's name)
        return False
    return noun.text.islower() and noun.folded in _TEAM_NOUNS and noun.joined and origin.joined and cased(origin)


def club_named_in_full(doc: ActorDocument, position: int, name: str) -> bool:
    """'Millbrook' where the page also writes 'Millbrook United' nearby (a club's head, `CLUB_HEADS`)."""
    return head_written_after(doc, position, name, CLUB_HEADS) is not None


# A transfer's nouns before "from" and the club a player leaves: "a bid from", "the signing of ... from".
_TRANSFER_NOUNS = word_set("bid bids offer offers signing loan move transfer switch fee deal")
_TRANSFER_REACH = 8  # "the signing of Dutch forward Joris van Leeuwarden from"


def club_a_player_leaves(doc: ActorDocument, position: int) -> bool:
    """'a second bid from Quellbury for the striker', 'the signing of the forward from Tarnwick': on a sports
    page, the name after "from" and a transfer's noun shortly before is the club that sells (or bids), not a
    town."""
    tokens = doc.tokens
    if not doc.sports or position < 2 or tokens[position - 1].folded != "from" or not tokens[position - 1].joined:
        return False
    reach = range(max(0, position - 1 - _TRANSFER_REACH), position - 1)
    return any(tokens[k].text.islower() and tokens[k].folded in _TRANSFER_NOUNS for k in reach)
