"""A place named by two names joined by "and", the way Portuguese names some of its provinces and districts:
"a província de Icolo e Bengo" (Angola, since 2024).

After a singular noun of a division and "of", two names joined by "e" are one division's name: two
provinces take the plural ("nas províncias de Gaza e Inhambane"). When the page names the pair so and writes it
again, the pair is that place wherever the page writes it ("partida para Icolo e Bengo"), and neither half is
read alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.gazetteer import Place
from dossier.ingest.grouping import Candidate
from dossier.ingest.other_language_common import place_candidate
from dossier.model import ActorKind

# A singular noun of a division, "of", then "Name e Name" (each one or two capitalised words), not a list.
_NAME = r"[A-ZÀ-Ý][a-zà-ÿ]+(?: [A-ZÀ-Ý][a-zà-ÿ]+)?"
_PAIRED: dict[str, re.Pattern[str]] = {
    "pt": re.compile(
        r"\b(?:província|município|comuna|concelho|distrito|freguesia)\s+d[eoa]\s+"
        rf"({_NAME} e {_NAME})(?![\w-]| e | ?, ?[A-ZÀ-Ý])"
    ),
}


_TIMES_NAMED = 2


@lru_cache(maxsize=8)
def _pairs_named(text: str, language: str) -> frozenset[str]:
    pattern = _PAIRED.get(language)
    if pattern is None:
        return frozenset()
    # ...written so twice at least: a pair named once may be two divisions written carelessly
    return frozenset(pair for pair in {m.group(1) for m in pattern.finditer(text)} if text.count(pair) >= _TIMES_NAMED)


def paired_place(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    """The pair the page names after a division's noun, read where its first name opens."""
    pairs = _pairs_named(doc.text, language)
    if not pairs:
        return None
    tokens = doc.tokens
    start = tokens[position].start
    for pair in pairs:
        if doc.text.startswith(pair, start):
            end = start + len(pair)
            last = next((k for k in range(position, len(tokens)) if tokens[k].end == end), None)
            if last is not None:
                return place_candidate(position, last, pair, Place(pair, "place"), ActorKind.place)
    return None


def second_of_a_pair(doc: ActorDocument, position: int, language: str) -> bool:
    """'Bengo' of "Icolo e Bengo": the second name of a pair the page names, no place alone."""
    start = doc.tokens[position].start
    for pair in _pairs_named(doc.text, language):
        first, second = pair.split(" e ", 1)
        opening = f"{first} e "
        if doc.text.startswith(second, start) and doc.text[max(0, start - len(opening)) : start] == opening:
            return True
    return False
