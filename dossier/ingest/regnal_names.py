"""Rulers by a name and a regnal number: 'Ashot III', 'Justan I', 'Bagrat IV'; ruling houses in the plural: 'the
Sajids', 'the Umayyads'.

A single name, then its number in Roman figures, is how histories name a king, a sultan or an emir. The run is
exactly the two words (longer runs name things: "Operation Kimia II", "GBU-12 Paveway II", "Wing Loong II"),
the name is no everyday English word ("Phase II", "Type II", "Pillar II", "World War II"), and "I" counts only
before a comma, a stop or a bracket, where it cannot be the pronoun ("when Ahmed I met him").
"""

from __future__ import annotations

import re

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.common_words import zipf
from dossier.ingest.cues import MADE_THING_NOUNS
from dossier.ingest.mentions import Token
from dossier.ingest.names import is_given_name, word_set

RULER_FOUND_BY = "a ruler's name and number"

# II to XXXIX: the numbers rulers carry (a lone "I" is asked about apart).
_REGNAL_NUMBER = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")
# A ruler's name is rarer in English than this: "Ashot" and "Justan", not "Phase" or "Pillar"; a given name
# ("Abdullah") may be commoner, though not an everyday word ("Mark").
_RULERS_NAME = 3.5
_RULERS_GIVEN_NAME = 4.5
# Given names that are also a maker's word for a model's version: "Mark II", "Apollo XI" are no rulers.
_MAKERS_MARKS = word_set("mark apollo")
# What may follow a ruler's "I": a comma, a stop, a bracket, a semicolon.
_AFTER_FIRST = frozenset(",.;:)(")


# Words in lower case that make a page one about rulers: only there does a name and a number name one ("the Sojka
# III" on a page about drones, "Kimia II" after an operation's name, "(Koarmada I)" are things and bodies).
_RULERS_WORDS = word_set(
    "king kings queen queens emir emirs sultan sultans caliph shah tsar emperor emperors dynasty dynasties reign "
    "reigned ruled ruler rulers throne crowned prince princes duke dukes pope popes khan emirate sultanate caliphate "
    "khanate realm"
)


def ruler_and_number(doc: ActorDocument, position: int, last: int) -> bool:
    """Whether the run at `position`..`last` is a ruler's name and regnal number ('Ashot III', 'Justan I,') on a
    page about rulers, or a listed given name and a number of two letters or more anywhere ("Louis XVI's finance
    minister", "Henry VIII built"), not after an article or an opening bracket."""
    if last != position + 1:
        return False
    tokens = doc.tokens
    name, number = tokens[position], tokens[last]
    monarch = is_given_name(name.folded) and name.folded not in _MAKERS_MARKS and len(number.text) >= 2
    if not monarch and not (doc.lower_case & _RULERS_WORDS):
        return False
    if position > 0 and tokens[position - 1].folded in ("the", "a", "an") and tokens[position - 1].joined:
        return False  # "a replacement for the Sojka III": a made thing's mark
    if doc.text[tokens[position].start - 1 : tokens[position].start] == "(":
        return False  # "the 1st Fleet Command (Koarmada I)": a body's short name in brackets
    if not (name.text[:1].isupper() and name.text[1:].islower() and name.text.isalpha()):
        return False
    common = zipf(name.folded)
    if not monarch and (common >= _RULERS_GIVEN_NAME or (common >= _RULERS_NAME and not is_given_name(name.folded))):
        return False
    if not number.text or not _REGNAL_NUMBER.fullmatch(number.text):
        return False
    if doc.text[name.end : number.start] != " ":
        return False
    if _before_a_things_noun(tokens, last):
        return False  # "Tarvak III tanks", "Tarvak III and Tarvak IV tanks": a weapon's name and mark
    if position > 0 and tokens[position - 1].joined and tokens[position - 1].text[:1].isdigit():
        return False  # "GBU-12 Paveway II": a weapon's code, then its name and mark
    if number.text == "I":
        after = doc.text[number.end : number.end + 2].strip()
        return bool(after) and after[0] in _AFTER_FIRST
    return True


_LIST_OF_MARKS = 4  # "and Tarvak IV" between a mark and the noun of the things


def _before_a_things_noun(tokens: list[Token], last: int) -> bool:
    """Whether a noun of made things follows the number, maybe past "and" and another name and mark."""
    for k in range(last + 1, min(len(tokens), last + 2 + _LIST_OF_MARKS)):
        if not tokens[k - 1].joined:
            return False
        if tokens[k].folded in MADE_THING_NOUNS:
            return True
        if not (tokens[k].folded == "and" or tokens[k].text[:1].isupper()):
            return False
    return False


def epithet_after(doc: ActorDocument, last: int) -> int:
    """'Ashot III the Merciful', 'Basil II the Bulgar-Slayer': the last token of "the" and a capitalised epithet
    right after a ruler's number (a word the page does not go on with in capitals); `last` when none."""
    tokens = doc.tokens
    article, word = last + 1, last + 2
    if word >= len(tokens) or not tokens[last].joined or tokens[article].text != "the" or not tokens[article].joined:
        return last
    if not (tokens[word].text[:1].isupper() and tokens[word].text[1:].replace("-", "").isalpha()):
        return last
    while (
        word + 1 < len(tokens)
        and doc.text[tokens[word].end : tokens[word + 1].start] in "-‐"
        and (tokens[word + 1].text[:1].isupper())
    ):
        word += 1  # "the Bulgar-Slayer": one epithet, joined by its hyphen
    if word + 1 < len(tokens) and tokens[word].joined and tokens[word + 1].capitalised:
        return last  # "Justan II the Qaramid Emir ...": a longer name or a title goes on
    return word


# A ruling house by its founder, in the plural: "the Sajids", "the Shaddadids", "the Umayyads", "the Safavids".
_HOUSE_ENDINGS = ("ids", "ads")
_HOUSES_WORD = 2.5  # rarer in English than this ("the Kids", "the Nomads" are words)
_SHORTEST_HOUSE = 6


_METEOR = re.compile(r"\bmeteors?\b|\bshooting stars?\b", re.IGNORECASE)


def house_in_the_plural(doc: ActorDocument, position: int, last: int) -> bool:
    """'the Sajids', 'lost ground to the Shaddadids': one capitalised rare word in "-ids" or "-ads" after "the"
    names a dynasty by its founder, a body (a reader's "the Abbasids")."""
    if last != position or position == 0:
        return False
    tokens = doc.tokens
    word, before = tokens[position], tokens[position - 1]
    return (
        before.folded == "the"
        and before.joined
        and word.text[:1].isupper()
        and word.text[1:].islower()
        and len(word.text) >= _SHORTEST_HOUSE
        and word.folded.endswith(_HOUSE_ENDINGS)
        and zipf(word.folded) < _HOUSES_WORD
        and doc.gazetteer.lookup((word.folded,)) is None
        # "the Geminids", "the Perseids": a meteor shower is named so too, on a page about meteors
        and _METEOR.search(doc.text) is None
    )
