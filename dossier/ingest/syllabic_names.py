"""Full names written in the open syllables of Japanese romanisation: "Hiroshige Yanagimoto", "Masami Ihara".

No list holds every Japanese given name (news writes thousands), but their Hepburn spelling has a shape no
English, German or Romance word has: consonant-vowel syllables, a doubled consonant before one, and "n"
closing one. Two such words together, neither a word of English nor of the Romance languages news quotes
most ("Douro Tinto" is Portuguese wine), are a given and a family name.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

_SYLLABLE = r"(?:(?:kk|ss|tt|pp)?(?:sh|ch|ts|ky|gy|ny|hy|by|py|my|ry|[kgsztdnhbpmrwfjy])?[aeiou]|n(?![aeiouy]))"
_SYLLABIC_WORD = re.compile(rf"{_SYLLABLE}{{2,}}")
_LANGUAGES = ("en", "es", "pt", "it", "fr")
_WORD_IN_A_LANGUAGE = 2.5  # Zipf: "tinto" in Portuguese; a Japanese name is near 0 in all of them
_SHORTEST = 4


@cache
def _syllabic(word: str) -> bool:
    return len(word) >= _SHORTEST and _SYLLABIC_WORD.fullmatch(word) is not None and word not in _syllabic_words()


@lru_cache(maxsize=1)
def _syllabic_words() -> frozenset[str]:
    """The words of open syllables as frequent as `_WORD_IN_A_LANGUAGE` in one of `_LANGUAGES` or more ("tinto",
    "casa"). Built from wordfreq's lists once per machine and read from the cache after: asking wordfreq instead
    loads five languages' lists (about 1.3 s of CPU) in any process whose English page names two such words."""
    from dossier.ingest.name_list_cache import cached_names

    return cached_names(
        "syllabic-words", (_SYLLABLE, _LANGUAGES, _WORD_IN_A_LANGUAGE, _SHORTEST), _build_syllabic_words
    )


def _build_syllabic_words() -> frozenset[str]:
    from wordfreq import iter_wordlist, zipf_frequency

    # A word of lower-case letters is its own one token in each list, so its frequency is its row's.
    return frozenset(
        word
        for language in _LANGUAGES
        for word in iter_wordlist(language)
        if len(word) >= _SHORTEST
        and _SYLLABIC_WORD.fullmatch(word) is not None
        and zipf_frequency(word, language) >= _WORD_IN_A_LANGUAGE
    )


def prepare_syllabic_words() -> None:
    """Build the list now (with the tables of places, `place_tables.prepare`), or read it from the cache."""
    _syllabic_words()


def syllabic_full_name(words: tuple[str, ...]) -> bool:
    """Whether two folded words are a given and a family name in Japanese romanisation."""
    return len(words) == 2 and all(_syllabic(word) for word in words)
