"""A state named only as the field a thing is ranked in: "one of the UK's largest suppliers".

"the UK's fourth-largest supermarket chain" says how big the chain is, as "a British chain" says where it
is from: the state is no actor of the story there, as a people's adjective alone is none. A state the text
names anywhere else is kept.
"""

from __future__ import annotations

import re

from dossier.ingest.grouping import ActorDraft
from dossier.model import ActorKind

# "the UK's largest", "the country's fourth-biggest", "the UK’s most popular", "the UK's leading".
_RANKING_AFTER = re.compile(
    r"[’']s (?:(?:\w+-)?(?:largest|biggest|smallest|oldest|busiest|richest|poorest|cheapest|fastest|"
    r"longest|tallest|highest|lowest)|leading|most|best|worst|top)\b"
)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def only_a_ranking_scope(text: str, draft: ActorDraft) -> bool:
    """Whether every mention of the state `draft` is "the <state>'s <superlative>"."""
    if draft.kind is not ActorKind.state or not draft.spans:
        return False
    return all(
        _RANKING_AFTER.match(text, end) is not None and _THE_BEFORE.search(text, max(0, start - 8), start) is not None
        for start, end in draft.spans
    )
