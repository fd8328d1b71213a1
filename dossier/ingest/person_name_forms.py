"""How a person's name is written, and which of its parts a text goes on to call them by.

A family name usually stands last, but before a hyphened given name ("Moon Jae-in") or a Chinese given
name written in two syllables ("Lim Kah Seng"); a long Malay or Arabic name is shortened to its words
before "bin"; "John Kennedy" is "John F. Kennedy" without the initial. Grouping reads a later, shorter
mention as the person's by these forms.
"""

from __future__ import annotations

import re

from dossier.ingest.cues import NAME_PARTICLES
from dossier.ingest.names import KOREAN_SURNAMES, fold, fold_phrase, is_chinese_surname, is_given_name

# "Son of" and "daughter of" in Malay and Arabic names.
_PATRONYMIC = frozenset(("bin", "binti", "bte", "bint", "ibn"))


def without_middle_names(name: str) -> tuple[str, ...] | None:
    """The folded key of a person's name without its middle names or initials: "maarten van dellen" of
    "Maarten Willem van Dellen", "john kennedy" of "John F. Kennedy"; none when the words between are not
    all capitalised given names or initials (a patronymic, "Saeed bin Rashid Al-Varni"; a name written
    family name first, "Moon Jae-in")."""
    words = name.split()
    family = len(words) - 1
    while family > 1 and words[family - 1] in NAME_PARTICLES:
        family -= 1  # "van Dellen", "de la Vega": the family name's particles
    middles = words[1:family]
    if not middles or _HYPHENED_GIVEN_NAME.fullmatch(words[-1]) or not words[0][:1].isupper():
        return None
    if not all(word[:1].isupper() and fold(word.rstrip(".")) not in NAME_PARTICLES for word in middles):
        return None
    return fold_phrase(" ".join([words[0], *words[family:]]))


# The words of an Arabic kunya ("father of", "mother of"): with the next word, the name a person goes by.
_KUNYA = frozenset(("abu", "abou", "umm", "um"))


def own_names_end(name: str, key: tuple[str, ...]) -> int:
    """How many first words of a person's folded name may stand for the person: up to "bin" or "binti",
    or up to the given name written last as Chinese and Korean names are; else none (1)."""
    at = next((k for k, word in enumerate(key) if word in _PATRONYMIC), 0)
    if at >= 2:
        return at + 1
    if len(key) >= 3 and key[0] in _KUNYA:
        return 3  # "Abu Hamza" after "Abu Hamza al-Varni al-Ansari": the name a father is called by
    return len(key) - 1 if family_name_at(name, key) < len(key) - 1 else 1


def heads_before_a_house(key: tuple[str, ...]) -> list[int]:
    """How many first words of a person's folded Arabic name stand for the person before a family's "Al":
    "Mohamed bin Zayed" of "Mohamed bin Zayed Al Nahyan", "Sabah Al-Khaled" and "Sabah Al-Khaled Al-Hamad" of
    "Sabah Al-Khaled Al-Hamad Al-Sabah" (Gulf papers shorten a ruler's name so)."""
    return [size for size in range(2, len(key)) if key[size] == "al" and key[size - 1] not in _HOUSE_GLUE]


_HOUSE_GLUE = frozenset(("al", *_PATRONYMIC))


# A given name of two syllables joined by a hyphen, written after the family name ("Jae-in", "Ka-wing").
_HYPHENED_GIVEN_NAME = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{2,5}")


def family_name_at(name: str, key: tuple[str, ...]) -> int:
    """Where a person's family name stands among the folded words of their name: last, except before a
    hyphened given name, as Korean and Chinese names are written ("Moon Jae-in", "Matthew Tong Ka-wing")."""
    words = name.split()
    if len(words) >= 2 and len(key) >= 3 and _HYPHENED_GIVEN_NAME.fullmatch(words[-1]):
        return len(key) - 3
    if len(words) == len(key) and len(key) in (3, 4) and _chinese_order(words, key):
        return len(key) - 3  # "Lim Kah Seng", "Rachel Teo Hui Min": the family name before two syllables
    return len(key) - 1


# The syllables of a Chinese given name written apart: "Kah Seng", "Hui Min", "Wei Meng" (not "Kah-seng").
_SYLLABLE = re.compile(r"[A-Z][a-z]{1,5}")


def _chinese_order(words: list[str], key: tuple[str, ...]) -> bool:
    """'Lim Kah Seng', 'Rachel Teo Hui Min', 'Yoon Suk Yeol': a Chinese or Korean family name (after an English
    given name, or none) and the two syllables of the given name, as Malaysia, Singapore and Korea write names."""
    family = len(key) - 3
    if family == 1 and not is_given_name(key[0]):
        return False
    if family == 0 and is_given_name(key[0]) and not is_chinese_surname(key[1]):
        return False  # "Lee Ann Holt": a given name, not the family name, opens it
    syllables = words[-2:]
    family_first = is_chinese_surname(key[family]) or key[family] in KOREAN_SURNAMES
    return family_first and all(_SYLLABLE.fullmatch(word) for word in syllables)


# Words that open Malay, Bangladeshi and other Muslim names before the given name a text goes on to call the
# person by: "Hafiz" after "Muhammad Hafiz Rahmat", "Aisyah" after "Siti Aisyah Kamal".
_OPENERS_BEFORE_GIVEN = frozenset(
    ("muhammad", "mohammad", "mohammed", "mohamed", "muhamad", "mohd", "md", "nur", "nurul", "siti", "syed")
)


def called_by(full: tuple[str, ...], word: str) -> bool:
    """Whether a person named `full` is called by the one word `word`: the given name that opens the name, or
    the one after a name's opener ("Hafiz" of "Muhammad Hafiz Rahmat")."""
    return full[0] == word or (len(full) > 2 and full[0] in _OPENERS_BEFORE_GIVEN and full[1] == word)
