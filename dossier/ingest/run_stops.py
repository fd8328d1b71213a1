"""Words that end a run of capitalised words before the next capitalised word: a page's time stamp after a
byline ("Tahir Varn Published October 19")."""

from __future__ import annotations

from dossier.ingest.cues import MONTHS_AND_DAYS
from dossier.ingest.mentions import Token
from dossier.ingest.names import word_set

# The words a page stamps a story with, before its date: "Published October 19, 2025", "Updated 08:59pm".
_STAMP_WORDS = word_set("published updated posted modified")


def stamp_after(tokens: list[Token], last: int) -> bool:
    """'Tahir Varn Published October 19, 2025': a stamp word, then a month, a day or a number, ends the name
    before it."""
    if last + 2 >= len(tokens):
        return False
    stamp, after = tokens[last + 1], tokens[last + 2]
    if stamp.folded not in _STAMP_WORDS or not stamp.text[:1].isupper():
        return False
    return after.folded in MONTHS_AND_DAYS or after.text[:1].isdigit()

