"""Korean lines that are no headline though they close with no full stop: a sentence the page broke over
several lines ("대전중부경찰서가 인천의 한 경찰서에서" / "수갑을 찬 채 달아난 ..."), or a long one an excerpt cut.

Korean closes a sentence with its verb; a particle or a connective ending leaves the clause open, so a line
that ends in one goes on in the next. A headline mostly ends in a noun or a verb's plain form ("피의자 대전서
검거", "구속됐다"); one that leaves its verb out after a particle ("미국·유럽 공연은 하반기에") is read as a
sentence too, which only reads the places it names. The endings are the grammar's own, longer than one
syllable where one syllable also closes common nouns ("경찰서", "사고", "피해" close nouns; "에서", "다고" none).
"""

from __future__ import annotations

from dossier.ingest.word_forms import is_hangul

# Particles of case and topic, and connective endings of verbs, that leave the sentence open.
_OPEN_ENDINGS = (
    *("을", "를", "은", "는", "에", "에서", "에게", "으로", "까지", "부터", "에는", "에서는", "쯤"),
    *("다가", "다고", "라고", "하고", "했고", "되고", "하며", "했으며", "이며", "지만", "는데", "면서"),
    *("도록", "으나", "돼", "된", "할", "던"),
)
# A Korean headline is short; a line of more words than this is a sentence, even cut off mid-word, when its
# words carry the particles and endings of a sentence (a menu of regions, "서울 경기 인천 강원 ...", carries none).
_LONGEST_HEADLINE = 13
_CLAUSE_MARKS = (*_OPEN_ENDINGS, "이", "가", "의", "고", "며", "다")
_MARKED_WORDS = 3


# Punctuation written against a word ("주산면,", "별첨>", "(3명)-부안읍,") is no part of it: the word is counted
# without it, so a long line of list items and brackets is weighed by its words as a sentence is.
_AROUND_A_WORD = ",.;:!?·‧…\"'“”‘’()[]<>{}「」『』〈〉《》-–—"


def korean_line_goes_on(line: str) -> bool:
    """Whether a Korean line with no full stop is a sentence going on (or cut off), not a headline."""
    words = [word.strip(_AROUND_A_WORD) for word in line.split()]
    words = [word for word in words if word]
    if not words or not is_hangul(words[-1]):
        return False
    hangul = [word for word in words if is_hangul(word)]
    marked = sum(1 for word in hangul if word.endswith(_CLAUSE_MARKS))
    return words[-1].endswith(_OPEN_ENDINGS) or (len(hangul) > _LONGEST_HEADLINE and marked >= _MARKED_WORDS)
