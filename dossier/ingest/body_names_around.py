"""When a known actor's name opens or ends the name of a body or a place.

A workspace that knows "Manchester", "France", "Europe" or the United States ("U.S.") must still
read "Manchester Metropolitan University", "Banque de France", "Organization for Security and
Co-operation in Europe" and "U.S. Attorney's Office" whole, as an empty workspace does; a link on
the known part would leave the rest to be drafted cut short ("Banque", "Attorney's Office").
The word that tells is a body's word (cues' NAME_WORD: university, bank, office) or a place's
(HEAD_WORD: valley, canal), found a few words away across the small words such names hold.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.ingest.names import word_set

if TYPE_CHECKING:
    from dossier.ingest.mentions import Token

# How many capitalised words may stand between a known name and the word that names a body.
_BODY_NAME_WORDS = 3
# The small words between a body's word and a known name that ends it: "Bank of X", "Agency for X",
# and as English texts keep French, Spanish or Portuguese bodies, "Banque de X", "Ministério da X".
_BEFORE_THE_LAST_NAME = word_set("of for de du des del da do dos das di")
# "Co-operation in Europe": "in" may join only a name that a body's "of" or "for" opened earlier
# ("Organization for Security and Co-operation in Europe"), never a body's word right before it
# ("police in Leeds said" links Leeds).
_IN = word_set("in")
_POSSESSIVE_GAPS = ("'s ", "’s ")


def opens_a_body_name(text: str, tokens: list[Token], last: int) -> bool:
    """A known actor's name (ending at token `last`) that opens a body's or a place's name
    ("Manchester Metropolitan University", "Coldwell Park", "the U.S. Attorney's Office", "the Leeds
    and Liverpool Canal"): not a mention of the actor, so the name is read whole."""
    from dossier.ingest.cues import HEAD_WORD, NAME_WORD, STATE_OFFICES_AFTER_ITS_NAME

    k, joined_by_and = last, False
    while k + 1 < len(tokens) and k - last <= _BODY_NAME_WORDS and _goes_on(text, tokens, k, last):
        following = tokens[k + 1]
        if following.text in ("and", "&") and not joined_by_and and following.joined:
            joined_by_and = True  # "Devon and Cornwall Police", "Leeds and Liverpool Canal": two in one name
            k += 1
            continue
        if not following.capitalised or not following.text[0].isupper():
            return False
        if following.folded in NAME_WORD or following.folded in HEAD_WORD:
            # "the Jordan Valley", "the Washington Post", "Belarus Army", "Ludlow Folk Club": named after it
            return True
        if following.text in STATE_OFFICES_AFTER_ITS_NAME:
            return True  # "The US Treasury placed sanctions": read as an empty workspace reads it, the office too
        k += 1
    return False


def _goes_on(text: str, tokens: list[Token], k: int, last: int) -> bool:
    """Whether token `k` runs on into the next: joined, or (past the known name) a possessive before a
    capitalised word ("U.S. Attorney's Office"; never "Russia's Foreign Ministry", the actor's own)."""
    if tokens[k].joined:
        return True
    return k > last and text[tokens[k].end : tokens[k + 1].start] in _POSSESSIVE_GAPS


def ends_a_body_name(text: str, tokens: list[Token], position: int) -> bool:
    """A known actor's name (from token `position`) after the small word that ends a body's or a
    place's name ("University of California", "Gulf of Mexico", "Banque de France", "Organization
    for Security and Co-operation in Europe"): read whole, as in an empty workspace."""
    from dossier.ingest.cues import HEAD_WORD, NAME_WORD

    k, words, first_glue, opened = position - 1, 0, None, False
    while k >= 1 and words < _BODY_NAME_WORDS:
        if tokens[k].text == "the" and k >= 2 and tokens[k - 1].text == "of":
            k -= 1  # "Council of the EU"
        glue, before = tokens[k], tokens[k - 1]
        if not glue.text.islower() or not (before.joined and glue.joined):
            return False
        if glue.folded in _BEFORE_THE_LAST_NAME:
            opened = True
        elif not ((glue.folded in _IN and first_glue is None) or (glue.text == "and" and first_glue is not None)):
            return False
        first_glue = first_glue or glue.folded
        k -= 1
        k = _start_of_hyphened_word(text, tokens, k)
        while k >= 0 and words < _BODY_NAME_WORDS and tokens[k].capitalised and tokens[k].text[0].isupper():
            if opened and (tokens[k].folded in NAME_WORD or tokens[k].folded in HEAD_WORD):
                return True  # (before any "of" or "for", a body's word may stand inside: "Security")
            words += 1
            if k == 0 or not tokens[k - 1].joined or not tokens[k - 1].capitalised:
                break
            k -= 1
        k -= 1
    return False


def _start_of_hyphened_word(text: str, tokens: list[Token], k: int) -> int:
    """The first token of a hyphened word ending at token `k` ("Co-operation"), or `k`."""
    while k >= 1 and not tokens[k].capitalised and text[tokens[k - 1].end : tokens[k].start] == "-":
        k -= 1
    return k
