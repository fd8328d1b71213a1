"""A place's name in Latin letters, as English news writes it, when the gazetteer knows the place only in Hangul or
Cyrillic ("종로구", "Ворошиловский район").

Districts and neighbourhoods of Korean and Russian towns come from lists in their own script; a record named so is
unreadable for an analyst who reads English and never meets the record an English page made of the same place. Hangul
is romanized by the Revised Romanization (South Korea's, which its news in English follows: 종로구 "Jongno District",
청림동 "Cheongnim-dong"), with the sound changes that system writes between syllables and the unit word apart;
Cyrillic is transliterated, with the district word in English.

The romanizer is written here because the libraries tried write Korean speech, not place names: koroman spells
밀양 "Millyang" and 직할시 "jikalsi" (the system keeps "Miryang", "jikhalsi" in names), korean-romanizer 종로 "Jongro".
"""

from __future__ import annotations

from itertools import pairwise

from anyascii import anyascii

_FIRST_HANGUL, _LAST_HANGUL = 0xAC00, 0xD7A3
_INITIALS = ("g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h")
_VOWELS = tuple(
    [
        "a",
        "ae",
        "ya",
        "yae",
        "eo",
        "e",
        "yeo",
        "ye",
        "o",
        "wa",
        "wae",
        "oe",
        "yo",
        "u",
        "wo",
        "we",
        "wi",
        "yu",
        "eu",
        "ui",
        "i",
    ]
)
# A final consonant as written before a pause (its sound), by its index in the syllable block.
_FINALS = (
    "",
    "k",
    "k",
    "k",
    "n",
    "n",
    "n",
    "t",
    "l",
    "k",
    "m",
    "l",
    "l",
    "l",
    "p",
    "l",
    "m",
    "p",
    "p",
    "t",
    "t",
    "ng",
    "t",
    "t",
    "k",
    "t",
    "p",
    "t",
)
# A final consonant carried over to a next syllable that opens with a vowel (연안 "yeonan", 석위 "seogwi").
_LINKED = {"k": "g", "t": "d", "p": "b", "l": "r"}
# Sound changes between a final and the next initial that the Revised Romanization writes: (final, initial) ->
# (final, initial). 종로 "Jongno", 청림 "Cheongnim", 백마 "Baengma", 신라 "Silla".
_ASSIMILATION = {
    ("k", "n"): ("ng", "n"),
    ("k", "m"): ("ng", "m"),
    ("t", "n"): ("n", "n"),
    ("t", "m"): ("n", "m"),
    ("p", "n"): ("m", "n"),
    ("p", "m"): ("m", "m"),
    ("ng", "r"): ("ng", "n"),
    ("m", "r"): ("m", "n"),
    ("k", "r"): ("ng", "n"),
    ("p", "r"): ("m", "n"),
    ("n", "r"): ("l", "l"),
    ("l", "r"): ("l", "l"),
    ("l", "n"): ("l", "l"),
}

# The unit word a Korean place name ends with, and how English writes the name with it.
_KOREAN_UNITS = {
    "구": "{name} District",
    "군": "{name} County",
    "동": "{name}-dong",
    "읍": "{name}-eup",
    "면": "{name}-myeon",
    "리": "{name}-ri",
}
# The same for the Russian words of units (in the transliteration's letters).
_RUSSIAN_UNITS = {"rayon": "District", "okrug": "Okrug", "oblast'": "Oblast", "kray": "Krai"}


def latin_place_name(name: str) -> str | None:
    """'Jongno District' for "종로구", 'Voroshilovskiy District' for "Ворошиловский район"; None for a name already in
    Latin letters or in another script."""
    if all(_FIRST_HANGUL <= ord(char) <= _LAST_HANGUL for char in name) and len(name) >= 2:
        unit = _KOREAN_UNITS.get(name[-1])
        if unit is None:
            return _romanized(name).capitalize()
        return unit.format(name=_romanized(name[:-1]).capitalize())
    if any("\u0400" <= char <= "\u04ff" for char in name):
        words = anyascii(name).split()
        return " ".join(_RUSSIAN_UNITS.get(word.casefold(), word) for word in words)
    return None


def _romanized(hangul: str) -> str:
    syllables = []
    for char in hangul:
        block = ord(char) - _FIRST_HANGUL
        syllables.append([_INITIALS[block // 588], _VOWELS[(block % 588) // 28], _FINALS[block % 28]])
    for this, following in pairwise(syllables):
        final, initial = this[2], following[0]
        if final and initial == "" and final != "ng":
            this[2], following[0] = "", _LINKED.get(final, final)
        elif (final, initial) in _ASSIMILATION:
            this[2], following[0] = _ASSIMILATION[final, initial]
    return "".join("".join(syllable) for syllable in syllables)
