"""Split a source's text into sentences with character offsets into that exact text.

Rule-based rather than pysbd: pysbd alone runs at ~25,000 words/s here, the whole budget of
extraction. The rules: a sentence ends at `.`, `!` or `?` (with any closing quotes or
brackets) followed by white space and an upper-case letter, digit or opening quote, unless
the word before the full stop is a known abbreviation ("Mr.", "Gen.", "U.S.", "Feb."), an
initial ("A. Lukashenka") or a number followed by a lower-case word. A blank line, or a line
without closing punctuation (a heading), always ends a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from dossier.ingest.dates import LOCAL_MONTHS, MONTHS
from dossier.ingest.names import word_set

ABBREVIATIONS = word_set(
    """
    mr mrs ms dr prof gen lt col maj capt cpt sgt adm cmdr cdr spc pfc rev sen rep gov pres st mt ft sens reps govs
    jr sr co corp inc ltd no vs etc approx dept est fig al
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    u.s u.k u.n e.u a.p u.s.a i.e e.g p.m a.m
    """
)

# The end of a candidate sentence: terminal punctuation and closers, then white space.
# Footnote markers glued to the full stop ("in 2012.[6] In August ...") belong to the sentence before.
_BOUNDARY = re.compile(
    r"""[.!?…]+["'”’)\]]*(?:\[(?:\d{1,3}|[a-z]|note \d{1,3}|citation needed)\])*(?=\s)"""
    r"""|\n[ \t]*\n|(?<=[^.!?:;,\s"'”’)\]])[ \t]*\n"""
)
# A line ending in a colon before a bulleted line opens a list: a release's "strikes on March 14:"
# and its "-- Near Mosul, ..." items are separate statements, each an event of its own.
_LIST_OPENS = re.compile(r":[ \t]*\n(?=[ \t]*(?:--?|[*•▪◦·–—])[ \t]+\S)")
_WORD_BEFORE = re.compile(r"([\w.]+)\.$")
_NEXT_START = re.compile(r"""\s*["'“‘(\[]?(\S)""")
_ABBREVIATED_NAMES = frozenset({"u.s", "u.k", "u.n", "e.u", "a.p", "u.s.a"})
_STARTERS = word_set(
    "the a an he she it they we i this that these those but and so yet however in on at after before "
    "when while there his her its their our"
)


def _month_at(text: str, position: int) -> bool:
    word = re.match(r"\w+", text[position : position + 20])
    return word is not None and (word.group().lower() in LOCAL_MONTHS or word.group().lower() in MONTHS)


def _starter(text: str, position: int) -> bool:
    word = re.match(r"\w+", text[position : position + 20])
    return word is not None and word.group().lower() in _STARTERS


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: `text[start:end]`, without its surrounding white space."""

    index: int
    start: int
    end: int
    text: str


def split_sentences(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    begin = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        if match.group().startswith((".", "!", "?", "…")) and not _ends_sentence(text, match):
            continue
        _add(sentences, text, begin, end)
        begin = end
    _add(sentences, text, begin, len(text))
    return sentences


def _ends_sentence(text: str, match: re.Match[str]) -> bool:
    after = _NEXT_START.match(text, match.end())
    if after is None:
        return True
    following = after.group(1)
    if match.start() > 0 and _uncased_script(text[match.start() - 1]):
        return True  # "…조사에 나섰다.\nkim@example.com": no abbreviation ends in Hangul or Chinese
    if following.islower():
        return False  # "the U.S. military", "5 p.m. local time"
    if match.group().startswith("."):
        before = _WORD_BEFORE.search(text, max(0, match.start() - 20), match.start() + 1)
        if before:
            word = before.group(1).lower()
            if word in _ABBREVIATED_NAMES:
                # "the U.S. Army" goes on; "... in the U.S. The next day ..." ends.
                return _starter(text, after.start(1))
            if word in ABBREVIATIONS and word != "etc":
                return False
            if word.isdigit() and len(word) <= 2 and _month_at(text, after.start(1)):
                return False  # "am 3. Februar": a day written as an ordinal, as German does
            # A single initial ("Alyaksandr G. Lukashenka"), but not the pronoun "I".
            if len(word) == 1 and word.isalpha() and before.group(1).isupper() and word != "i":
                return False
    return True


def _uncased_script(char: str) -> bool:
    """Hangul, kana or a Chinese character: scripts without capitals, whose sentences may be followed
    by a line in lower case (a reporter's e-mail address under a Korean article)."""
    return "\uac00" <= char <= "\ud7a3" or "\u3040" <= char <= "\u30ff" or "\u4e00" <= char <= "\u9fff"


def _add(sentences: list[Sentence], text: str, begin: int, end: int, offset: int = 0) -> None:
    chunk = text[begin:end]
    stripped = chunk.strip()
    if not stripped:
        return
    start = offset + begin + (len(chunk) - len(chunk.lstrip()))
    stop = start + len(stripped)
    sentences.append(Sentence(len(sentences), start, stop, stripped))


def list_items_apart(sentences: list[Sentence]) -> list[Sentence]:
    """`sentences` with each list a colon opens cut from the line that opens it: the statements events and quotes
    are read from. (Names are read from `sentences` as they are: an item alone, "- Das Elbkantinchen in Quellby",
    would read as a heading and lose its names.)"""
    statements: list[Sentence] = []
    for sentence in sentences:
        if ":" not in sentence.text:  # no list opens here (most sentences): kept, not cut and made anew
            index = len(statements)
            statements.append(sentence if sentence.index == index else replace(sentence, index=index))
            continue
        begin = 0
        for match in _LIST_OPENS.finditer(sentence.text):
            _add(statements, sentence.text, begin, match.start() + 1, offset=sentence.start)
            begin = match.end()
        _add(statements, sentence.text, begin, len(sentence.text), offset=sentence.start)
    return statements
