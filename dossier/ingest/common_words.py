"""How common an English word is, from `wordfreq`, to tell a capitalised common word from a name.

wordfreq folds case, so its list holds names too (Johnson, Paris): frequency alone never
rejects a name. It is one signal among others: a word as frequent as "home" or "blue"
(Zipf 5 and up, i.e. once in 100,000 words) standing alone with no other cue is taken for
an ordinary word; a rarer one only when the same document also writes it in lower case.
"""

from __future__ import annotations

from functools import lru_cache

# Zipf scale: log10 of occurrences per billion words. 5 is "home", "blue", "thanks".
VERY_COMMON = 5.0
COMMON = 3.0


@lru_cache(maxsize=100_000)
def zipf(word: str) -> float:
    from dossier.ingest.word_frequencies import zipf_frequency  # wordfreq's figures, from the per-machine cache

    return float(zipf_frequency(word, "en"))


def is_common_word(folded: str, seen_lower_case: bool) -> bool:
    """An ordinary English word rather than a name (given the document's own spelling of it)."""
    frequency = zipf(folded)
    return frequency >= VERY_COMMON or (seen_lower_case and frequency >= COMMON)


# "Islamism" (2.6), "Salafism" (2.1), "Trotskyism" (1.8) are words; there is no "Christism" nor "Feism".
_ISM_WORD = 1.5
_SHORTEST_DOCTRINE_WORD = 6  # "Maoist"; not "Christ"


def follows_a_doctrine(folded: str) -> bool:
    """Whether a word in "-ist" or "-ists" names followers of a doctrine whose "-ism" is a word of its own:
    "islamist", "salafists", "marxist" (not a family name in "-ist": "feist", nor "christ")."""
    stem = folded.removesuffix("s")
    if not stem.endswith("ist") or len(stem) < _SHORTEST_DOCTRINE_WORD:
        return False
    return zipf(stem[:-3] + "ism") >= _ISM_WORD


# The doctrines a reporter's words give a group rather than its own name: "the Islamist Muslim Brotherhood",
# "Salafists", "the Islamists, who"; a party names itself by the others ("the Communist Party", "the Socialists
# won 30 seats", "the Nationalist People's Coalition").
_DOCTRINES_GIVEN_BY_OTHERS = frozenset(("islamist", "jihadist", "salafist"))
# ... and their Arabic-shaped forms in "-i", as conflict reporting writes them: "a Salafi-jihadist organisation",
# "the Takfiris opened fire", "Wahhabi clerics" (not "Jihadi", also a nickname's word: "Jihadi John").
_DOCTRINES_GIVEN_BY_OTHERS |= frozenset(("salafi", "takfiri", "wahhabi"))


def doctrine_given_by_others(folded: str) -> bool:
    """Whether a word in "-ist" or "-ists" is a reporter's word for a group's doctrine, never its own name."""
    return folded.removesuffix("s") in _DOCTRINES_GIVEN_BY_OTHERS
