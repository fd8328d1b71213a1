"""A post written right before the person who holds it: "The Foreign Secretary, James Cleverly, said", "Prime
Minister and senior party leader Narendra Modi". The holder is the person's draft; the post beside him names
him again and is no second person: it becomes one of his spellings on this page (re3d marks such a post as a
name of its holder). A post standing alone for its holder ("the Prime Minister said") is left a draft.
"""

from __future__ import annotations

import re

from dossier.ingest.cues import TITLES
from dossier.ingest.grouping import ActorDraft
from dossier.model import ActorKind

# How the post is found as a person (`person_names`): by its remit, or standing for its holder.
_POST_FOUND_BY = ("a post named with its remit", "a post standing for its holder")
# After the post: its holder set off by commas ("Foreign Secretary, James Cleverly,"), some papers writing a low
# quote for the comma ("Commander‚ Colonel Ilse Varn‚"), a rank or a title between them allowed; or "and" and a
# second post in lower case before the holder ("Prime Minister and senior party leader Narendra Modi").
_COMMA = "[,‚]"
_WORD = r"[A-Z][\w.'’-]*"
_NAME = rf"{_WORD}(?:[ \t]+{_WORD})+"
_HOLDER_IN_COMMAS = re.compile(rf"{_COMMA}[ \t]+((?:{_WORD}[ \t]+)*?)({_NAME}){_COMMA}")
# "The Minister for Fisheries and Head of the Cabinet Office, Ilse Tremmin,": a second post in capitals, then the holder
_SECOND_POST_WORDS = rf"(?:(?:{_WORD}|of|the|for|and)[ \t]+){{0,8}}?{_WORD}"
_HOLDER_AFTER_A_SECOND_CAPITALISED_POST = re.compile(
    rf"[ \t]+and[ \t]+(?:the[ \t]+)?{_SECOND_POST_WORDS}{_COMMA}[ \t]+((?:{_WORD}[ \t]+)*?)({_NAME}){_COMMA}"
)
_HOLDER_AFTER_A_SECOND_POST = re.compile(rf"[ \t]+and[ \t]+(?:[a-z][\w-]*[ \t]+){{1,4}}({_NAME})")


def is_a_post(draft: ActorDraft) -> bool:
    """The draft is a person found as a post ("Foreign Secretary"), not by a name."""
    return draft.kind is ActorKind.person and bool(draft.spans) and draft.found_by.startswith(_POST_FOUND_BY)


def persons_by_start(drafts: list[ActorDraft], post: ActorDraft) -> dict[int, ActorDraft]:
    """Where each person named by a name (not a second post: "the Foreign Secretary and the Home Secretary met")
    is mentioned: the holders a post may stand beside."""
    return {
        start: other
        for other in drafts
        if other is not post and other.kind is ActorKind.person and not other.found_by.startswith(_POST_FOUND_BY)
        for start, _ in other.spans
    }


def holder_named_after_the_post(text: str, drafts: list[ActorDraft], draft: ActorDraft) -> ActorDraft | None:
    """The person drafted right after each mention of the draft, when the draft is a post and one person holds it
    there; None otherwise."""
    if not is_a_post(draft):
        return None
    starts = persons_by_start(drafts, draft)
    holders = {id(holder): holder for _, end in draft.spans if (holder := _holder_after(text, end, starts))}
    if len(holders) != 1 or any(_holder_after(text, end, starts) is None for _, end in draft.spans):
        return None
    return next(iter(holders.values()))


def _holder_after(text: str, end: int, starts: dict[int, ActorDraft]) -> ActorDraft | None:
    inside = _HOLDER_IN_COMMAS.match(text, end)
    if inside is not None:
        titles = inside.group(1).split()
        # (only titles and ranks may stand between the comma and the holder: "Colonel", "Dr")
        if all(word.rstrip(".").casefold() in TITLES for word in titles):
            for start in range(inside.start(1), inside.end(2)):
                if start in starts:
                    return starts[start]
    second = _HOLDER_AFTER_A_SECOND_POST.match(text, end)
    if second is not None:
        return starts.get(second.start(1))
    both = _HOLDER_AFTER_A_SECOND_CAPITALISED_POST.match(text, end)
    if both is not None and all(word.rstrip(".").casefold() in TITLES for word in both.group(1).split()):
        return next((starts[k] for k in range(both.start(1), both.end(2)) if k in starts), None)
    return None
