"""How text becomes search terms: folding, stemming and edge n-grams, the same for index and query.

Analysts type whatever spelling is in front of them, so every word is folded before it is
compared: Unicode compatibility forms (NFKC: `ﬁ` is `fi`, full-width letters are letters),
case (`casefold`: `ß` is `ss`), accents, and any non-Latin script transliterated to ASCII by
`anyascii`. Transliteration is what makes a Cyrillic look-alike letter inside a Latin name
harmless (`Lukashenkо` with a Cyrillic `о` is `lukashenko`), and lets `Лукашенко` meet
`Lukashenko`. Folded words are then stemmed for English (Snowball, plus a few derivational
endings it leaves alone, so `imagery` meets `images`), and English stop words are dropped.

The analyzers here are one generator each rather than a chain of Whoosh filters: indexing
100,000 quotes runs them millions of times, and every extra generator in a chain costs. Folded
and stemmed forms are memoised per distinct word, since vocabularies are small and repetitive.
The same functions serve the snippet highlighter, so what is highlighted is what matched.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from whoosh.analysis import Analyzer, Token

# What may continue a word without being `\w`: combining marks (an NFD "š" is "s" + U+030C; Hebrew,
# Arabic, Indic and Thai vowel signs) and the invisible characters pasted text carries inside words
# (soft hyphen, zero-width space and joiners, word joiner, BOM). Without them such a word falls apart
# into pieces that match nothing. Listed as ranges: Python's `re` has no \p{M}.
_INNER = (
    "\u00ad\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
    "\u0900-\u0963\u0966-\u0dff\u0e31-\u0e4e\u1ab0-\u1aff\u1dc0-\u1dff\u200b-\u200f\u2060-\u2064"
    "\u20d0-\u20ff\ufe00-\ufe0f\ufe20-\ufe2f\ufeff"
)
# Words: runs of letters and digits, with inner apostrophes or dots (U.S., don't). `\w` covers every script.
WORD_RE = re.compile(rf"\w[\w{_INNER}]*(?:[.'’]\w[\w{_INNER}]*)*")
# A character that a word may go on with, and the joiners that join two words into one (U.S., don't).
_GOES_ON = re.compile(rf"[\w{_INNER}]")
_JOINERS = ".'’"
# The invisible ones are dropped when folding, so Luka<ZWSP>shenka is lukashenka.
_INVISIBLE = dict.fromkeys([0x00AD, *range(0x200B, 0x2010), *range(0x2060, 0x2065), 0xFEFF])

# The longest prefix the as-you-type field holds; longer prefixes are cut to this and still match.
MAX_GRAM = 12

STOP_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "but",
        "by",
        "for",
        "if",
        "in",
        "into",
        "is",
        "it",
        "no",
        "not",
        "of",
        "on",
        "or",
        "such",
        "that",
        "the",
        "their",
        "then",
        "there",
        "these",
        "they",
        "this",
        "to",
        "was",
        "will",
        "with",
    ]
)

# Derivational endings Snowball keeps, which analysts expect to meet their base word:
# imagery/images, delivery/deliver, recovery/recover. (stemmed ending, replacement, shortest stem left)
_EXTRA_ENDINGS = (("eri", "", 4),)


@lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    """A word as compared by search: NFKC, case-folded, accents removed, other scripts in ASCII."""
    if word.isascii():
        return word.lower()
    text = unicodedata.normalize("NFKC", word.translate(_INVISIBLE)).casefold()
    if not text.isascii():
        from anyascii import anyascii

        text = anyascii(text).lower()
    return text


@lru_cache(maxsize=1)
def _stemmer():  # type: ignore[no-untyped-def]
    from whoosh.lang.snowball.english import EnglishStemmer

    return EnglishStemmer()


@lru_cache(maxsize=200_000)
def stem(folded: str) -> str:
    """The English stem of a folded word; words with digits (2022, b2) are kept whole."""
    if not folded.isalpha() or len(folded) < 3:
        return folded
    result = _stemmer().stem(folded)
    for ending, replacement, shortest in _EXTRA_ENDINGS:
        if result.endswith(ending) and len(result) - len(ending) >= shortest:
            return result[: -len(ending)] + replacement
    return result


def term(word: str) -> str | None:
    """The index term for one word as written, or None for a stop word."""
    folded = fold(word)
    if folded in STOP_WORDS:
        return None
    return stem(folded)


def word_starts_at(text: str, index: int) -> bool:
    """Whether WORD_RE, run over all of `text`, has a word starting at `index` (not inside one)."""
    if index == 0:
        return True
    before = text[index - 1]
    if _GOES_ON.match(before):
        return False
    return not (before in _JOINERS and index >= 2 and _GOES_ON.match(text[index - 2]))


def words(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, folded word) for every word of `text`."""
    for match in WORD_RE.finditer(text):
        yield match.start(), match.end(), fold(match.group())


class TextAnalyzer(Analyzer):
    """Words folded, stop words dropped (positions closed up, so phrases skip them), stems kept."""

    def __eq__(self, other: object) -> bool:
        return isinstance(other, TextAnalyzer)

    def __hash__(self) -> int:
        return hash(type(self))

    def __call__(  # type: ignore[override]
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: object,
    ) -> Iterator[Token]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        token.boost = 1.0
        token.stopped = False
        pieces = WORD_RE.finditer(value) if tokenize else [re.match(r"(?s).*", value)]
        position = start_pos
        # Indexing a text: remember its terms, so its pairs field need not analyse it again.
        found: list[str] | None = [] if tokenize and mode == "index" and removestops else None
        for match in pieces:
            if match is None:
                continue
            text = match.group()
            folded = fold(text)
            if folded in STOP_WORDS:
                if not removestops:
                    token.text, token.stopped = folded, True
                    yield token
                    token.stopped = False
                continue
            token.text = stem(folded)
            if found is not None:
                found.append(token.text)
            if keeporiginal:
                token.original = text
            if positions:
                token.pos = position
            position += 1
            if chars:
                token.startchar = start_char + match.start()
                token.endchar = start_char + match.end()
            yield token
        if found is not None:
            _RECENT.append((value, found))
            del _RECENT[:-_RECENT_KEPT]


# The last few texts indexed and their terms (see TextAnalyzer): a document's `body` is analysed
# a few fields before its `pairs`, which are made from the same text.
_RECENT: list[tuple[str, list[str]]] = []
_RECENT_KEPT = 4


class PrefixAnalyzer(Analyzer):
    """Edge n-grams of folded words (l, lu, luk, ...), for matching what is being typed.

    At query time the whole folded prefix (cut to MAX_GRAM) is one term, so a one-letter
    query reads one posting list instead of expanding a wildcard over the vocabulary.
    """

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PrefixAnalyzer)

    def __hash__(self) -> int:
        return hash(type(self))

    def __call__(  # type: ignore[override]
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: object,
    ) -> Iterator[Token]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        token.boost = 1.0
        token.stopped = False
        if mode == "query":
            folded = fold_phrase(value).replace(" ", "")[:MAX_GRAM]
            if folded:
                token.text = folded
                yield token
            return
        seen: set[str] = set()
        for match in WORD_RE.finditer(value):
            folded = fold(match.group())
            if folded in seen:
                continue
            seen.add(folded)
            for size in range(1, min(MAX_GRAM, len(folded)) + 1):
                token.text = folded[:size]
                yield token


class PairAnalyzer(Analyzer):
    """Consecutive pairs of index terms ("suppli line"), so a phrase is looked up, not verified.

    Stop words are dropped first, exactly as `TextAnalyzer` closes up positions, so the pairs
    of a phrase in a query are the pairs of the text it matches.
    """

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PairAnalyzer)

    def __hash__(self) -> int:
        return hash(type(self))

    def __call__(  # type: ignore[override]
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: object,
    ) -> Iterator[Token]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        token.boost = 1.0
        token.stopped = False
        for text in pair_terms(value):
            token.text = text
            yield token


def index_terms(text: str) -> list[str]:
    """The index terms of `text` in order, stop words left out (what TextAnalyzer yields)."""
    for recent, terms in reversed(_RECENT):
        if recent is text:
            return terms
    found = []
    for match in WORD_RE.finditer(text):
        folded = fold(match.group())
        if folded not in STOP_WORDS:
            found.append(stem(folded))
    return found


def pair_terms(text: str) -> list[str]:
    terms = index_terms(text)
    return [f"{first} {second}" for first, second in itertools.pairwise(terms)]


def fold_phrase(text: str) -> str:
    """All words of `text` folded and joined by single spaces (for comparing names)."""
    return " ".join(folded for _, _, folded in words(text))
