"""Appointments: "Varn Tate has hired Ilse Quell as chief investment officer", "Tarnby Homes has named Ada Varn
managing director".

The one hired or named to a post is a person, though her name reads as a place or a word ("Sterling Marsh", "Paris
Obi-Lyons"); the one that hires, named by family names and no given name ("Hollins Tate") or of no kind, is a body.
"""

from __future__ import annotations

import re

from dossier.ingest.cues import FORMER_STAFF_NOUNS
from dossier.ingest.grouping import ActorDraft
from dossier.ingest.names import fold, is_given_name
from dossier.model import ActorKind

# The verb of an appointment right before the one appointed: "has hired", "has appointed", "named".
_APPOINTS = re.compile(r"\b(?:hired|appointed|named|promoted|recruited|poached) $")
# The post after the one appointed, in lower case: "as chief investment officer", "to partner", "managing director".
_POST_WORDS = (
    "chief|head|managing|director|partner|chair|chairman|chairwoman|chairperson|president|vice|deputy|senior|"
    "non-executive|executive|finance|financial|operating|general|principal|editor|manager|coach|captain|secretary|"
    "treasurer|officer|lead|leader|founding|commercial|technical|investment|group"
)
_POST_AFTER = re.compile(
    rf"(?: as| to)? (?:(?:its|the|a|an|new|interim|acting|joint) )*(?:{_POST_WORDS})\b",
)
# What a body does before the one it appoints: "Varn Tate has hired ...", "Varn Tate hired ...".
_BODY_APPOINTS = re.compile(r" (?:has |have |had )?(?:hired|appointed|named|promoted|recruited|poached) ")
_VERB_LETTERS = 24  # " has recruited " and the like
# A name of this many words may be a person's.
_PERSON_WORDS = range(2, 4)


def appointed_persons(text: str, drafts: list[ActorDraft]) -> None:
    """The one appointed to a post is a person (in place); the one that appoints her, a person only by a look of
    family names or of no kind, is a body."""
    former_employers(text, drafts)
    appointed: list[ActorDraft] = []
    for draft in drafts:
        if not any(_appointed_at(text, start, end) for start, end in draft.spans):
            continue
        appointed.append(draft)
        if draft.kind in (ActorKind.place, ActorKind.other) and len(draft.name.split()) in _PERSON_WORDS:
            draft.kind, draft.found_by = ActorKind.person, "appointed to a post"
    if not appointed:
        return
    starts = {start for draft in appointed if draft.kind is ActorKind.person for start, _ in draft.spans}
    for draft in drafts:
        if draft.kind not in (ActorKind.person, ActorKind.other) or is_given_name(fold(draft.name.split()[0])):
            continue
        if any(_appoints_at(text, end, starts) for _, end in draft.spans):
            draft.kind, draft.found_by = ActorKind.organization, "appoints a person to a post"


# A person's former employer, after her name and a comma: "Ilse Varn, formerly of Tarn Perkins, joins".
_FORMER_EMPLOYER_BEFORE = re.compile(r", (?:formerly|previously|latterly|until recently) (?:of|at|with) $")


# ...or between "former" and its staff: "founded by former Rockstar North designers Ada Varn and Tom Quell".
_FORMER_BEFORE = re.compile(r"\b[Ff]ormer $")
_STAFF_AFTER = re.compile(r" ([a-z]+)\b")


def former_employers(text: str, drafts: list[ActorDraft]) -> None:
    """A person only by the look of her names, named each time as someone's former employer, is a body (in place):
    "Rashid Varn, formerly of Travis Quell, joins the board", "former Quellmoor North designers"."""
    for draft in drafts:
        if draft.kind is ActorKind.person and all(
            _FORMER_EMPLOYER_BEFORE.search(text, max(0, start - 32), start)
            or _between_former_and_staff(text, start, end)
            for start, end in draft.spans
        ):
            draft.kind, draft.found_by = ActorKind.organization, "a person's former employer"


def _between_former_and_staff(text: str, start: int, end: int) -> bool:
    staff = _STAFF_AFTER.match(text, end)
    return (
        staff is not None
        and staff[1] in FORMER_STAFF_NOUNS
        and _FORMER_BEFORE.search(text, max(0, start - 8), start) is not None
    )


def _appointed_at(text: str, start: int, end: int) -> bool:
    """ "has hired <name> as chief ...": the name at `start`..`end` is appointed to a post."""
    return _APPOINTS.search(text, max(0, start - 12), start) is not None and _POST_AFTER.match(text, end) is not None


def _appoints_at(text: str, end: int, appointed_starts: set[int]) -> bool:
    """ "<name> has hired <person>": the name ending at `end` appoints the person starting right after the verb."""
    return any(
        0 < start - end <= _VERB_LETTERS and _BODY_APPOINTS.fullmatch(text, end, start) for start in appointed_starts
    )
