"""A leader named by the family name alone, before what only a person in power holds.

Political copy names a well-known leader by the family name alone, often with no given name anywhere on the
page: "Varnek's government faces a vote", "Varnek's cabinet met", "Varnek's office said". A state, a city or a
region before the same words ("Tremmia's government") is a place the gazetteer knows, a party ("Labour's
government") is an everyday word or a group known by name, and a firm has no government, cabinet or premiership.
So one rare capitalised word before these nouns is a person.
"""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.common_words import VERY_COMMON, zipf
from dossier.ingest.cues import (
    FUNCTION_WORDS,
    KNOWN_BODIES,
    KNOWN_GROUPS,
    KNOWN_MEDIA,
    NEXT_WORD,
    PARTIES_BY_WORD,
)
from dossier.ingest.names import fold, word_set
from dossier.model import ActorKind

# What a person in power holds, after the possessive: "Varnek's government", "Varnek's premiership", "Varnek's
# party"; and what befalls only a person in office: "Varnek's impeachment", "Varnek's ouster".
_HELD_BY_A_LEADER = word_set(
    "government administration cabinet premiership presidency chancellorship party impeachment resignation ouster "
    "reelection regime"
)
# A leader's office speaks for the leader: "Varnek's office said" (a firm's office is where it works, and speaks
# by no verb).
_OFFICE = "office"
# Prepositions a place is named after and a person hardly ever is: "in Rojava", "across Tremmia".
_PLACE_ONLY_PREPOSITIONS = word_set("in across inside throughout")
# A town this large named exactly by the word is the town's government ("Gaza's government"); smaller namesakes
# ("Obama, Japan") are not what a page about politics means.
_LARGE_TOWN = 100_000
# Endings of the names of lands, which the gazetteer may not hold ("Tremmoria's government", "Quellistan's
# cabinet", "Varnland's government"): a self-governing region or a state, not a leader.
_LAND_ENDINGS = ("ia", "land", "stan")


def leader_before_possessive(doc: ActorDocument, position: int, last: int) -> str | None:
    """The noun after "'s" when the one word at `position` is a leader named alone before what a leader holds
    ("government", "office said"); None otherwise."""
    tokens, text = doc.tokens, doc.text
    if (
        last != position
        or last + 1 >= len(tokens)
        or text[tokens[last].end : tokens[last].end + 3]
        not in (
            "'s ",
            "’s ",
        )
    ):
        return None
    token, held = tokens[position], tokens[last + 1]
    if not held.text.islower():
        return None
    if (
        held.folded not in _HELD_BY_A_LEADER
        and held.folded not in FUNCTION_WORDS
        and last + 2 < len(tokens)
        and held.joined
        and tokens[last + 2].text.islower()
        and tokens[last + 2].folded in _HELD_BY_A_LEADER
    ):
        held = tokens[last + 2]  # "Varnek's ruling party", "Varnek's new government": one word that describes it
    elif held.folded == _OFFICE:
        speaks = last + 2 < len(tokens) and (cue := NEXT_WORD.get(tokens[last + 2].folded)) is not None
        if not (speaks and cue is not None and cue.kind is ActorKind.person):
            return None
    elif held.folded not in _HELD_BY_A_LEADER:
        return None
    word = token.folded
    if not _rare_name(doc, position, word):
        return None
    return held.folded


def _rare_name(doc: ActorDocument, position: int, word: str) -> bool:
    """A word capitalised as a name, no everyday word, party, known body or large place, never after "the" and never
    after a preposition only places take."""
    tokens = doc.tokens
    token = tokens[position]
    if not token.text[:1].isupper() or token.text.isupper() or len(word) < 2:
        return False  # (letters name a body: "the ANC's government")
    if word in FUNCTION_WORDS or word in PARTIES_BY_WORD or word in doc.lower_case or zipf(word) >= VERY_COMMON:
        return False
    if word in KNOWN_BODIES or word in KNOWN_MEDIA or word in KNOWN_GROUPS or word.endswith(_LAND_ENDINGS):
        return False
    place = doc.gazetteer.lookup((word,))
    if place is not None and fold(place.name) == word and (place.kind == "state" or place.population >= _LARGE_TOWN):
        return False
    return not any(
        other.folded == word
        and k > 0
        and tokens[k - 1].joined
        and (tokens[k - 1].folded == "the" or tokens[k - 1].folded in _PLACE_ONLY_PREPOSITIONS)
        and tokens[k - 1].text.islower()
        for k, other in enumerate(tokens)
    )
