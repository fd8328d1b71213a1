"""A post written after its holder in a transcript's speaker label: "Penny Quell, Foreign Minister: Thank you."

Ministers' transcripts open the first turn of a speaker with the name and the post, and often the later turns with
the post alone ("Foreign Minister: Yes, that's right."). The post there names the speaker again and is no second
person: it becomes one of the holder's spellings. Only when every mention of the post is such a label and one
person holds it; a post also met in running text may be another country's minister, and stays a draft.
"""

from __future__ import annotations

import re

from dossier.ingest.grouping import ActorDraft
from dossier.ingest.line_index import line_start
from dossier.ingest.posts_before_holders import is_a_post, persons_by_start

# After the post in a label: its colon, then the turn's words.
_LABEL_END = re.compile(r"[ \t]*:[ \t]")
# Before the post in the first label: the holder's name opening the line, then a comma.
_HOLDER_BEFORE = re.compile(r"[ \t]*,[ \t]*$")


def holder_of_a_labelled_post(text: str, drafts: list[ActorDraft], draft: ActorDraft) -> ActorDraft | None:
    """The person whose speaker label carries the draft (a post) after the name, when every mention of the draft is
    in a speaker label and one person holds it; None otherwise."""
    if not is_a_post(draft):
        return None
    persons = persons_by_start(drafts, draft)
    holders: dict[int, ActorDraft] = {}
    for start, end in draft.spans:
        if _LABEL_END.match(text, end) is None:
            return None
        opening = line_start(text, start)
        if not text[opening:start].strip():
            continue  # "Foreign Minister: Yes." (a later turn)
        holder = persons.get(opening)
        if holder is None or _HOLDER_BEFORE.match(text, _end_at(holder, opening), start) is None:
            return None
        holders[id(holder)] = holder
    return next(iter(holders.values())) if len(holders) == 1 else None


def _end_at(draft: ActorDraft, start: int) -> int:
    return next(end for begin, end in draft.spans if begin == start)
