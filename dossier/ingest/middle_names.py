"""A family name the page writes only inside a longer name, never last: "Joana Ermesinde Couto".

Portuguese calls a person by the last family name ("a vereadora Couto"), not by a middle one, so a
word that only ever stands between a given name and another family name is not how the page names
that person alone: "em Ermesinde e Alfena" beside a reporter Joana Ermesinde Couto is the town. The
page's full names are enough to tell; "Luís Montenegro" ends with his, and "em Montenegro" stays his.
"""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument, cased
from dossier.ingest.names import is_given_name

# Languages that call a person by the last of several family names (Spanish calls by the first).
_LAST_NAME_CALLED = frozenset(["pt"])


def only_a_middle_name(doc: ActorDocument, folded: str, language: str) -> bool:
    """Every time the page writes `folded` right after a given name, another capitalised name follows."""
    if language not in _LAST_NAME_CALLED:
        return False
    tokens = doc.tokens
    seen = False
    for i, token in enumerate(tokens):
        if token.folded != folded or i == 0:
            continue
        before = tokens[i - 1]
        if not (before.joined and cased(before) and is_given_name(before.folded)):
            continue
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        if following is None or not token.joined or not cased(following):
            return False
        seen = True
    return seen
