"""Full names written in the open syllables of Japanese romanisation: "Hiroshige Yanagimoto", "Masami Ihara".

No list holds every Japanese given name (news writes thousands), but their Hepburn spelling has a shape no
English, German or Romance word has: consonant-vowel syllables, a doubled consonant before one, and "n"
closing one. Two such words together, neither a word of English nor of the Romance languages news quotes
most ("Douro Tinto" is Portuguese wine), are a given and a family name.
"""

from __future__ import annotations

import re
from functools import cache

_SYLLABLE = r"(?:(?:kk|ss|tt|pp)?(?:sh|ch|ts|ky|gy|ny|hy|by|py|my|ry|[kgsztdnhbpmrwfjy])?[aeiou]|n(?![aeiouy]))"
_SYLLABIC_WORD = re.compile(rf"{_SYLLABLE}{{2,}}")
_LANGUAGES = ("en", "es", "pt", "it", "fr")
_WORD_IN_A_LANGUAGE = 2.5  # Zipf: "tinto" in Portuguese; a Japanese name is near 0 in all of them


@cache
def _syllabic(word: str) -> bool:
    from wordfreq import zipf_frequency

    return (
        len(word) >= 4
        and _SYLLABIC_WORD.fullmatch(word) is not None
        and all(zipf_frequency(word, language) < _WORD_IN_A_LANGUAGE for language in _LANGUAGES)
    )


def syllabic_full_name(words: tuple[str, ...]) -> bool:
    """Whether two folded words are a given and a family name in Japanese romanisation."""
    return len(words) == 2 and all(_syllabic(word) for word in words)
