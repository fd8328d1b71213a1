"""Persons whose given and family names are both ordinary English words ("Michael Brown", "David Young").

A run of very common words with no cue is usually no name ("Thanks", "Blue Skies"); but a given name the text
never writes in lower case, then a family name, is a person's name however common its words are.
"""

from __future__ import annotations

import bisect
import re

from dossier.ingest.actor_document import ActorDocument, positions_of_word
from dossier.ingest.common_words import VERY_COMMON, zipf
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


TAKEN_UP_AS_A_PERSON = "common words the text takes up as a person's name"

# The verbs a person's family name alone is written before later on ("Obama added", "Woods told"), and the speech
# verbs after a whole name that "he" or "she" then takes up ("Barack Obama said he would ...").
_PERSON_VERBS = word_set("said says told added announced confirmed warned insisted argued wrote replied spoke")
# "he" or "she" as a subject later in the same sentence, or opening the next one.
_HE_OR_SHE = re.compile(r"[^.!?\n]*?\b(?:he|she)\b|[^.!?\n]*[.!?][ \t]+(?:He|She)\b")


def person_the_text_takes_up(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> bool:
    """Two title-case words that a frequency list counts as common because a famous bearer is written so often
    ("Barack Obama", "Tiger Woods"), which the text itself reads as a person: the family name alone later before a
    verb of speech or deed ("Obama added"), or a speech verb right after the whole name and "he" or "she" next
    ("Tiger Woods said he would play"). A firm is taken up by its first word or by "it", never by "he"."""
    if last != position + 1 or len(words) != 2:
        return False
    tokens, text = doc.tokens, doc.text
    given, family = words
    if not all(tokens[k].text.istitle() and tokens[k].text.isalpha() for k in (position, last)):
        return False
    if text[tokens[position].end : tokens[last].start] != " ":
        return False
    if position > 0 and (tokens[position - 1].folded in PLACE_PREPOSITIONS or tokens[position - 1].folded == "the"):
        return False  # "in Tiger Bay", "the Harmony Gold mine": a place or a thing
    if zipf(given) >= VERY_COMMON:
        return False  # "Social Care", "Good News": a word as common as "home" opens a phrase, not a given name
    if given in doc.lower_case or family in doc.lower_case or given in MONTHS_AND_DAYS:
        return False  # the text writes the word as an ordinary word too
    if is_title(given) or is_title(family) or has_cue(words) or family in _NO_FAMILY_NAME_HERE:
        return False
    if doc.gazetteer.lookup(words) is not None:
        return False
    if family.endswith("s") and not is_surname(family):
        return False  # "Koru Wolves", "Hull Ionians": a side's plural nickname, no family name
    return _family_name_alone_later(doc, last, family) or _speaks_then_he_or_she(doc, last)


def _family_name_alone_later(doc: ActorDocument, last: int, family: str) -> bool:
    tokens = doc.tokens
    positions = positions_of_word(doc, family)
    for k in positions[bisect.bisect_right(positions, last) :]:
        token = tokens[k]
        if k >= len(tokens) - 1:
            break  # (the text's last word has no verb after it)
        if not token.text.istitle():
            continue
        before, after = tokens[k - 1], tokens[k + 1]
        if before.text[:1].isupper() and doc.text[before.end : token.start] == " ":
            continue  # inside another run ("Michelle Obama"): not the family name alone
        if before.folded == "the":
            continue  # "the Lions slipped": a side's nickname, no one's family name
        if after.text[:1].isupper():
            continue
        if not token.joined:
            continue
        if after.folded in _PERSON_VERBS or (after.text.islower() and after.folded.endswith("ed")):
            return True
    return False


def _speaks_then_he_or_she(doc: ActorDocument, last: int) -> bool:
    tokens = doc.tokens
    if last + 1 >= len(tokens) or tokens[last + 1].folded not in _PERSON_VERBS or not tokens[last].joined:
        return False
    return _HE_OR_SHE.match(doc.text, tokens[last + 1].end) is not None
