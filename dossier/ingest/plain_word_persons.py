"""Persons whose given and family names are both ordinary English words ("Michael Brown", "David Young").

A run of very common words with no cue is usually no name ("Thanks", "Blue Skies"); but a given name the text
never writes in lower case, then a family name, is a person's name however common its words are.
"""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.cues import (
    FUNCTION_WORDS,
    MONTHS_AND_DAYS,
    NAMESAKE_BUILDINGS,
    NOT_PERSON_WORDS,
    PLACE_PREPOSITIONS,
    SETTLEMENT_HEADS,
)
from dossier.ingest.name_words import HEAD_WORD, has_cue, is_title
from dossier.ingest.names import is_given_name, is_surname, word_set

# Words last in a place's or a building's name, and small words, that end no person's name made of common words.
_NO_FAMILY_NAME_HERE = (
    frozenset(HEAD_WORD)
    | NOT_PERSON_WORDS
    | SETTLEMENT_HEADS
    | NAMESAKE_BUILDINGS
    | FUNCTION_WORDS
    | word_set("rock rocks head point cliff crag peak fell bay moor")
)


def person_named_in_common_words(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> bool:
    """Two title-case words: a given name the text never writes in lower case (not "Will", "Rose" beside "will",
    "rose"), then a family name, with no head word of a place or a body and no place's name ("Victoria Park",
    "Georgia Power"; David is a town too, but no land)."""
    if last != position + 1 or len(words) != 2:
        return False
    given, family = words
    tokens = doc.tokens
    if not all(tokens[k].text.istitle() and tokens[k].text.isalpha() for k in (position, last)):
        return False
    if position > 0 and (tokens[position - 1].folded in PLACE_PREPOSITIONS or tokens[position - 1].folded == "the"):
        return False  # "travel from Rose Hall", "at the Victoria Hall car park": a place
    if position > 1 and tokens[position - 1].folded == "of" and tokens[position - 2].capitalised:
        return False  # "analyst Ilse Varn of Raymond James": a firm one works for, named after its founders
    if given in doc.lower_case or given in MONTHS_AND_DAYS or is_title(given) or is_title(family):
        return False
    if doc.text[tokens[position].end : tokens[last].start] != " ":
        return False  # "St David's Hall": a possessive between, no given name
    if not (is_given_name(given) and is_surname(family)) or has_cue(words) or family in _NO_FAMILY_NAME_HERE:
        return False  # ("Rose Hall", "Wolf Rock", "Ben More": a head word of a place or a body, a small word last)
    if doc.gazetteer.lookup(words) is not None:
        return False
    land = doc.gazetteer.lookup((given,))  # "Georgia Power": a land's name opens a body's (a town's may be given)
    return land is None or (land.kind != "state" and land.population != 0)
