"""Chinese persons' names as English texts write them in pinyin: the family name first, then the given name of one
or two syllables written as one word ("Xi Jinping", "Li Keqiang", "Liu Hong").

Most of these words mean nothing to the English rules: a frequency list counts a famous bearer's syllables as
common ("Xi" 4.1), a given-name list has few of them, and "Hong" opens "Hong Kong". What marks the name is its
shape: every part is a pinyin syllable, a shape few English words have.
"""

from __future__ import annotations

import re

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.common_words import zipf
from dossier.ingest.names import is_chinese_surname

# A pinyin syllable without tone marks: an initial (or none) and a final. It lets through a few pairs Mandarin does
# not have ("go"); what it must not let through is an English word's shape, and those rarely split this way.
_INITIAL = r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
_FINALS = (
    "iang iong uang ueng iao ian ing ang eng ong uai uan ai ei ao ou an en er ia ie iu in ua uo ui un ue a o e i u v"
)
_FINAL = "(?:" + "|".join(_FINALS.split()) + ")"  # longest first, so that "ang" is not taken as "a"
_ONE_SYLLABLE = re.compile(f"{_INITIAL}{_FINAL}")
_TWO_SYLLABLES = re.compile(f"{_INITIAL}{_FINAL}{_INITIAL}{_FINAL}")

# A two-syllable given name this common in English is a word or a brand first ("Tina", "Nana", "Huawei" 3.7);
# a famous bearer's name stays under it ("Jinping" 2.8).
_GIVEN_WORD = 3.5
# A one-syllable given name after a listed family name may be commoner ("Hong" 4.5, "Yang" 4.0), not a word as
# common as "long" or "fan".
_SYLLABLE_WORD = 4.6
# A family name outside the list, before a two-syllable given name, rarer than "he" or "an" as an English word.
_UNLISTED_FAMILY_WORD = 4.5


def chinese_name_at(doc: ActorDocument, first: int, last: int) -> bool:
    """A run of two words, a family name and a given name in pinyin: 'Xi Jinping' (a given name of two syllables
    after any one-syllable family name), 'Liu Hong' (of one syllable after a family name of the list)."""
    if last != first + 1:
        return False
    tokens = doc.tokens
    family, given = tokens[first], tokens[last]
    if doc.text[family.end : given.start] != " ":
        return False
    if not all(t.text[:1].isupper() and t.text[1:].islower() and t.text.isalpha() for t in (family, given)):
        return False
    if not _ONE_SYLLABLE.fullmatch(family.folded):
        return False
    if doc.gazetteer.lookup((given.folded,)) is not None:
        return False  # "An Shenzhen firm", "In Beijing": a city's name after a word of one syllable
    if _TWO_SYLLABLES.fullmatch(given.folded) and not _ONE_SYLLABLE.fullmatch(given.folded):
        return zipf(given.folded) < _GIVEN_WORD and (
            is_chinese_surname(family.folded) or zipf(family.folded) < _UNLISTED_FAMILY_WORD
        )
    return (
        _ONE_SYLLABLE.fullmatch(given.folded) is not None
        and is_chinese_surname(family.folded)
        and zipf(given.folded) < _SYLLABLE_WORD
    )
