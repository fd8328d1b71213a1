"""A known person's family name written first ("Park" of "Park Jae-geun"), followed by another given name: another
person of that family ("Park Geun-hye"), not the known one.

Korean and Chinese names put the family name first, and a handful of family names are shared by millions. A page
naming "Park Geun-hye" in a workspace that knows "Park Jae-geun" linked "Park" to him and left "Geun" a draft of no
kind: the family name is the known person's only when no capitalised given name follows it.
"""

from __future__ import annotations

from dossier.ingest.cues import FUNCTION_WORDS
from dossier.ingest.mentions import Token
from dossier.ingest.names import fold


def another_given_name_after(tokens: list[Token], position: int, known_name: str) -> bool:
    """Whether the family name at `position`, the first word of the known person's name, has a capitalised given name
    of someone else right after it."""
    if position + 1 >= len(tokens) or not tokens[position].joined:
        return False
    words = known_name.split()
    if len(words) < 2 or fold(words[0]) != tokens[position].folded:
        return False  # (a family name written last is `another_persons_given_name`'s)
    following = tokens[position + 1]
    if not following.capitalised or following.folded in FUNCTION_WORDS:
        return False
    return following.folded != fold(words[1].split("-")[0])
