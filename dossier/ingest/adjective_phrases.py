"""Russian and Ukrainian adjectives that open a longer name: "в Центральном районном суде", "Заречном
сельском поселении".

A town named by an adjective ("Центральный", "Заречный", "Светлый") stands alone in its case; a capitalised
adjective with a lower-case adjective of the same ending right after it is the first word of a court's, a
district's or a body's name ("Центральный районный суд"), and names no town of its own.
"""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.other_language_common import CYRILLIC, RUSSIAN_ADJECTIVE_ENDS

# The case endings both adjectives share, longest first ("ого" before "го" would be read as "ого").
_ENDINGS = tuple(sorted(RUSSIAN_ADJECTIVE_ENDS, key=len, reverse=True))
_URBAN = ("городск", "міськ")  # "urban" in Russian and Ukrainian


def adjective_opening_a_longer_name(doc: ActorDocument, position: int, language: str) -> bool:
    """Whether the capitalised adjective at `position` is followed by a lower-case adjective in the same case."""
    tokens = doc.tokens
    if language not in CYRILLIC or position + 1 >= len(tokens):
        return False
    word, after = tokens[position].text, tokens[position + 1].text
    if doc.text[tokens[position].end : tokens[position + 1].start] != " " or not after.islower():
        return False
    if after.startswith(_URBAN):
        return False  # "Семёновского городского округа": an urban district is named for its town, Семёнов
    ending = next((end for end in _ENDINGS if word.endswith(end)), None)
    return ending is not None and after.endswith(ending) and len(after) > len(ending) + 2
