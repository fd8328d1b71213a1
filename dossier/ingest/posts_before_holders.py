"""A post written right before the person who holds it: "The Foreign Secretary, James Cleverly, said", "Prime
Minister and senior party leader Narendra Modi". The holder is the person's draft; the post beside him names
him again and is no second person. A post standing alone for its holder ("the Prime Minister said") is left.
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
_HOLDER_AFTER_A_SECOND_POST = re.compile(rf"[ \t]+and[ \t]+(?:[a-z][\w-]*[ \t]+){{1,4}}({_NAME})")


def post_before_its_holder(text: str, drafts: list[ActorDraft], draft: ActorDraft) -> bool:
    """Whether the draft is a post and each of its mentions is followed by the person drafted as its holder."""
    if draft.kind is not ActorKind.person or not draft.spans or not draft.found_by.startswith(_POST_FOUND_BY):
        return False
    person_starts = {
        start for other in drafts if other is not draft and other.kind is ActorKind.person for start, _ in other.spans
    }
    return all(_holder_follows(text, end, person_starts) for _, end in draft.spans)


def _holder_follows(text: str, end: int, person_starts: set[int]) -> bool:
    inside = _HOLDER_IN_COMMAS.match(text, end)
    if inside is not None:
        titles = inside.group(1).split()
        # (only titles and ranks may stand between the comma and the holder: "Colonel", "Dr")
        if all(word.rstrip(".").casefold() in TITLES for word in titles):
            return any(start in person_starts for start in range(inside.start(1), inside.end(2)))
    second = _HOLDER_AFTER_A_SECOND_POST.match(text, end)
    return second is not None and second.start(1) in person_starts
