"""A line that gives one person under a short label, as a slate of candidates or a contact box does: "Liberal: Ilse
Varn", "NDP: Tomas Quell*" (an asterisk marks the sitting member), "Contact: Dana Quell". The label and the name are
the whole line: a person listed, neither a Title Case heading nor a speaker's turn in a transcript.
"""

from __future__ import annotations

import re

from dossier.ingest.names import fold, is_given_name, is_surname

# The label (one or two capitalised words), its colon, then the name: two or three capitalised words.
_LABEL_THEN_NAME = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?: ([A-Z][a-z'’-]+(?: [A-Z][\w'’-]+){1,2})\*?")


def person_under_a_label(line: str) -> bool:
    """Whether the line is a label and a person's name, the name opening with a given name or closing with a
    family name the lists know."""
    found = _LABEL_THEN_NAME.fullmatch(line.strip())
    if found is None:
        return False
    words = found[1].split()
    return is_given_name(fold(words[0])) or is_surname(fold(words[-1]))
