"""A name written with and without the full stops of its initials: "U.S. Central Command" and "US Central Command".

Both spellings fold to one name, so the second was dropped as nothing new. An analyst (and a reader matching the
text's words) looks a name up as the text writes it; the other spelling is kept among the draft's aliases.
"""

from __future__ import annotations


def _undotted(spelling: str) -> str:
    return spelling.replace(".", "").casefold()


def new_dotted_spelling(spelling: str, known: list[str]) -> bool:
    """`spelling` differs from one of the `known` spellings only by the full stops of initials, and is not one of
    them as written."""
    if not any(ch == "." for ch in spelling) and not any("." in k for k in known):
        return False
    folded = spelling.casefold()
    if any(folded == k.casefold() for k in known):
        return False
    return any(_undotted(spelling) == _undotted(k) for k in known)
