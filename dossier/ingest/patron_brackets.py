"""A regiment's patron in brackets after its name: "the Glenmorven Highlanders (Lord Strathaird's Own)", "the
Canadian Scottish Regiment (Princess Mary's)". The bracket is part of the regiment's name, and the patron inside it
("Lord Strathaird", "Princess Mary") no person of the page.
"""

from __future__ import annotations

import bisect
import re

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.grouping import Candidate
from dossier.model import ActorKind

# " (Lord Strathaird's Own)", " (Princess Mary's)", " (Duke of Edinburgh's Own)", " (Prince of Wales's)": up to five
# capitalised words or "of"/"the", the last in the possessive, "Own" after it or not.
_PATRONS_BRACKET = re.compile(r" \((?:(?:[A-Z][\w-]*|of|the) ){0,4}[A-Z][\w-]*['’]s?(?: Own)?\)")


def take_patrons_bracket(doc: ActorDocument, candidate: Candidate) -> int:
    """Extend an armed force's candidate over its patron's bracket; the index of the last word taken (the candidate's
    own last when there is none)."""
    if candidate.kind is not ActorKind.armed_force:
        return candidate.last
    tokens, text = doc.tokens, doc.text
    match = _PATRONS_BRACKET.match(text, tokens[candidate.last].end)
    if match is None:
        return candidate.last
    close = match.end() - 1  # the ")"
    starts = [token.start for token in tokens]
    last = bisect.bisect_left(starts, close) - 1
    if last <= candidate.last:
        return candidate.last
    candidate.name = text[tokens[candidate.first].start : match.end()]
    candidate.last = last
    return last
