"""Acronyms whose words the text writes out in lower case without brackets: terms, no bodies.

"part of this has to come as foreign direct investment ... The FDI relaxation": the letters FDI are the initials
of three lower-case words of the same text, so they name a thing (as "fast radio burst (FRB)" does in brackets).
Only content words count (no "the", "of", "and"), three or four of them in a row, so that chance initials of an
ordinary clause ("the security agency") are not taken for a spelling.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dossier.ingest.cues import FUNCTION_WORDS
from dossier.ingest.names import fold

_LETTERS = re.compile(r"\b[A-Z]{3,4}\b")
_LOWER_WORD = re.compile(r"[a-z][a-z-]{2,}")
_SHORTEST_WORD = 3  # letters of each written-out word


def spelled_out_terms(text: str) -> set[str]:
    """The folded acronyms of `text` whose letters are the initials of lower-case content words in a row there."""
    acronyms = {match.group() for match in _LETTERS.finditer(text)}
    if not acronyms:
        return set()
    sizes = {len(acronym) for acronym in acronyms}
    initials: set[str] = set()
    for sentence in re.split(r"[.!?;:()\n]", text):
        words = [w.strip("\"'“”‘’,") for w in sentence.split()]
        # How many content words run from each word on, counted from the sentence's end.
        run = [0] * (len(words) + 1)
        for start in range(len(words) - 1, -1, -1):
            run[start] = run[start + 1] + 1 if _content_word(words[start]) else 0
        letters = "".join(w[:1] or " " for w in words).upper()  # one initial per word, in place
        for start in range(len(words)):
            for size in sizes:
                if run[start] >= size:
                    initials.add(letters[start : start + size])
    return {fold(acronym) for acronym in acronyms if acronym in initials}


@lru_cache(maxsize=16384)  # every word of the page is asked, and a page repeats its words
def _content_word(word: str) -> bool:
    return len(word) >= _SHORTEST_WORD and bool(_LOWER_WORD.fullmatch(word)) and fold(word) not in FUNCTION_WORDS
