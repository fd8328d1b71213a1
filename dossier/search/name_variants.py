"""Other transliterations of the words of actors' names: "Lukashenka" finds a draft "Lukashenko".

Ingest names a person as the source spells them, and a workspace fed by many sources holds one
romanisation where the analyst types another (Lukashenka, Lukashenko; Zelensky, Zelenskyy;
Navalny, Navalnyy). Two words are taken for one name when they share their transliteration
skeleton (first letter and consonants, as ingest's linking compares them) and differ by about a
letter in eight, or, in longer words, only in vowels that romanisations swap (Mohammed, Muhammad,
Mohamed): vowels are what romanisations of Arabic and Persian names disagree on most. Short words and
everyday words are left alone: they say too little.
"""

from __future__ import annotations

from collections.abc import Mapping

# Words shorter than this share their skeletons with too many others ("Kim", "Kin").
_SHORTEST = 5
# About a letter in eight: "lukashenko" and "lukashenka" (90), "zelensky" and "zelenskyy" (94).
_ALIKE = 85
# Vowels alone may differ throughout in words this long once doubled letters are read as one
# (Mohammed, Muhammad); shorter ones are other names (Martin, Morton).
_VOWELS_APART_FROM = 7
# The vowels romanisations swap for one sound: o and u, e and a, e and i. Not a and i: Santana and
# Santini are two families' names.
_SWAPPED_VOWELS = frozenset({frozenset("ou"), frozenset("ea"), frozenset("ei")})
# Zipf 4 is once in 100,000 words: an analyst typing such a word means the word.
_EVERYDAY = 4.0


class NameVariants:
    """Which actors hold a name word that a typed word is another transliteration of (built on first use)."""

    def __init__(self, spellings: Mapping[str, list[str]]) -> None:
        self._spellings = spellings
        self._by_skeleton: dict[str, dict[str, set[str]]] | None = None

    def actors_named(self, folded: str) -> set[str]:
        """The ids of actors with a name word spelled nearly as `folded` (one folded word), not exactly."""
        return {actor_id for _word, actors in self._alike(folded) for actor_id in actors}

    def words_like(self, folded: str) -> set[str]:
        """The actors' name words that `folded` is another transliteration of, to highlight where they stand."""
        return {word for word, _actors in self._alike(folded)}

    def _alike(self, folded: str) -> list[tuple[str, set[str]]]:
        if len(folded) < _SHORTEST or not folded.isalpha():
            return []
        from dossier.ingest.names import skeleton

        words = self._table().get(skeleton(folded), {})
        found = [(word, actors) for word, actors in words.items() if word != folded and _spelled_alike(word, folded)]
        if not found:
            return found
        from dossier.ingest.common_words import zipf

        return found if zipf(folded) < _EVERYDAY else []

    def _table(self) -> dict[str, dict[str, set[str]]]:
        if self._by_skeleton is None:
            from dossier.ingest.names import skeleton
            from dossier.search.analysis import fold_phrase

            self._by_skeleton = {}
            for actor_id, names in self._spellings.items():
                for name in names:
                    for word in fold_phrase(name).split():
                        if len(word) >= _SHORTEST and word.isalpha():
                            self._by_skeleton.setdefault(skeleton(word), {}).setdefault(word, set()).add(actor_id)
        return self._by_skeleton


def _spelled_alike(word: str, other: str) -> bool:
    from rapidfuzz import fuzz

    return fuzz.ratio(word, other) >= _ALIKE or _vowels_apart(word, other)


def _vowels_apart(word: str, other: str) -> bool:
    """Whether two long words differ only in swapped vowels, letter for letter, once doubled letters are one."""
    word, other = _single_letters(word), _single_letters(other)
    if len(word) != len(other) or len(word) < _VOWELS_APART_FROM:
        return False
    return all(a == b or frozenset((a, b)) in _SWAPPED_VOWELS for a, b in zip(word, other, strict=True))


def _single_letters(word: str) -> str:
    return "".join(letter for i, letter in enumerate(word) if i == 0 or letter != word[i - 1])
