"""Propose events: sentences that report something happening at a time, with their participants.

A sentence with a date (resolved or not) and a verb is an event; headings and questions are
not. Its participants are the actors the sentence names; the first place it names is where
it happened. The kind is guessed from its verbs, and the title is the sentence itself,
shortened, since the analyst will rewrite it anyway and the words of the source are the
least misleading start.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dossier.ingest.dates import DateMention
from dossier.ingest.names import claim_id, slug
from dossier.ingest.sentences import Sentence
from dossier.sanitize import one_line

TITLE_LIMIT = 90

_KINDS: list[tuple[str, re.Pattern[str]]] = [
    ("attack", re.compile(r"\b(?:attack\w*|invad\w*|invasion|strik\w*|struck|shell\w*|bomb\w*|missiles?)\b", re.I)),
    (
        "military-movement",
        re.compile(r"\b(?:cross\w*|deploy\w*|troops?|tanks?|convoy|vehicles|moved|arriv\w*)\b", re.I),
    ),
    ("meeting", re.compile(r"\b(?:met|meet\w*|talks|summit|negotiat\w*|delegation)\b", re.I)),
    ("sanctions", re.compile(r"\bsanction\w*\b", re.I)),
    ("statement", re.compile(r"\b(?:said|says|announc\w*|declar\w*|told|warn\w*|stated|insist\w*|denied)\b", re.I)),
]
# A sentence must have something that reads as a verb in the past, present or future.
_VERB = re.compile(
    r"\b(?:\w+ed|was|were|is|are|has|have|had|will|would|showed|shown|began|met|said|told|took|"
    r"came|went|left|struck|held|made|saw|seen)\b",
    re.I,
)


@dataclass
class EventDraft:
    id: str
    title: str
    sentence: Sentence
    date: str | None
    date_text: str
    kind: str | None
    participants: list[str] = field(default_factory=list)  # actor ids, in order of mention
    place: str | None = None
    found_by: str = ""
    roles: dict[str, str] = field(default_factory=dict)  # actor id -> role, when more is known than "participant"


def propose_event(
    sentence: Sentence,
    dates: list[DateMention],
    actor_ids: list[str],
    place_ids: set[str],
    source_tag: str,
    taken: set[str],
) -> EventDraft | None:
    """An event draft for a dated sentence, or None when it does not report something."""
    if not dates or sentence.text.endswith("?") or not _VERB.search(sentence.text):
        return None
    chosen = next((mention for mention in dates if mention.edtf), dates[0])
    kind = next((name for name, pattern in _KINDS if pattern.search(sentence.text)), None)
    place = next((actor for actor in actor_ids if actor in place_ids), None)
    participants = [actor for actor in actor_ids if actor != place]
    title = one_line(sentence.text.rstrip("."), TITLE_LIMIT)
    event_id = claim_id(f"{slug(title, 40)}-{source_tag}", taken)
    how = f"a dated sentence ('{chosen.text}')"
    if len(dates) > 1:
        how += f"; other dates in it: {', '.join(repr(d.text) for d in dates if d is not chosen)}"
    return EventDraft(event_id, title, sentence, chosen.edtf, chosen.text, kind, participants, place, how)
