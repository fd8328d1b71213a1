"""A show's or a fair's edition: "at CES 2023", "At IFA 2024", "at MWC 2019". Letters with a year right after them,
where something happens "at" them, are an event held each year (a trade show, a congress), not a body; every mention
of those letters on the page is the event ("the CES electronics show"). A body is not written with a year so:
"the IMF 2023 forecast" has its noun after the year, and "at" does not open it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dossier.ingest.grouping import ActorDraft

# "at CES 2023", "At IFA 2024 in Berlin", not followed by a noun in lower case ("at NATO 2030 talks").
_AT_LETTERS_AND_YEAR = re.compile(
    r"\b[Aa]t ([A-Z]{2,5}) (?:19|20)\d\d\b(?! (?!(?:in|on|at|and|with|this|last|next|where|when)\b)[a-z])"
)


@lru_cache(maxsize=16)  # keyed by the text: asked once per page
def _shows(text: str) -> frozenset[str]:
    return frozenset(match.group(1) for match in _AT_LETTERS_AND_YEAR.finditer(text))


def letters_of_a_show(text: str, draft: ActorDraft) -> bool:
    """Whether the draft's name is letters of a yearly show the page has "at" with its year: no actor."""
    return draft.name.isupper() and draft.name in _shows(text)
