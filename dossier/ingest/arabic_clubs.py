"""A town's or a state's name in Arabic that names a club or a team: after the noun of a club or a team ("نادي
السيب", "فريق صحار", "منتخب مصر"), or before the adjective of another town ("المغرب التطواني": Maghreb of
Tétouan, a club named after the country and its town).
"""

from __future__ import annotations

import re

# A club, a team, a national team; with "and", "to", "of" joined before them.
_CLUB_NOUNS = frozenset(("نادي", "النادي", "فريق", "الفريق", "منتخب"))
_JOINED = ("و", "ل", "ب", "ف")
_ARTICLE = "ال"
_NISBA = "ي"


def _noun(word: str) -> str:
    for letter in _JOINED:
        if word.startswith(letter) and word[len(letter) :] in _CLUB_NOUNS:
            return word[len(letter) :]
    return word


def after_a_club_noun(text: str, words: list[re.Match[str]], k: int, skipped: int) -> bool:
    """Whether the name opening at word `k` follows a club's or a team's noun, one space before it."""
    if k == 0 or skipped:
        return False
    before = words[k - 1]
    return text[before.end() : words[k].start()] == " " and _noun(before.group()) in _CLUB_NOUNS


def before_a_towns_adjective(text: str, words: list[re.Match[str]], last: int, towns: set[str]) -> bool:
    """Whether the name ending at word `last` is followed by the adjective of a town in `towns` ("التطواني" of
    "تطوان", "الحسيمي" of "الحسيمة")."""
    if last + 1 >= len(words) or text[words[last].end() : words[last + 1].start()] != " ":
        return False
    word = words[last + 1].group()
    if not (word.startswith(_ARTICLE) and word.endswith(_NISBA)) or len(word) < 6:
        return False
    stem = word[len(_ARTICLE) : -len(_NISBA)]
    return any(form in towns for form in (stem, _ARTICLE + stem, stem + "ة", _ARTICLE + stem + "ة"))
