"""Things named like persons: "Lady Constance, built by Robert Stephenson and Hawthorns in 1951", "the Margaret
Pallister, named after their treasurer".

A locomotive, a boat or a building may bear a person's name, a title and all ("Sir Cuthbert", "Lady Hilda"). What
the text says of it right after the name tells the thing from the person: a person is born, never built, launched
or named after someone with "the" before the name. Such a draft is a thing of its own (kind `other`, as ships and
horses are).
"""

from __future__ import annotations

import re

from dossier.ingest.grouping import ActorDraft
from dossier.model import ActorKind

# What is said of a made thing right after its name: ", built by ...", ", built in 1927", " was built in",
# ", launched in".
# (A comma or "was" before the verb: "the barn John Varn built in 1850" names its builder.)
_MADE_AFTER = re.compile(r"(?:, | (?:was|is) )(?:built|launched|rebuilt) (?:by|in|at) ")
# "the Margaret Pallister, named after their long-serving treasurer": a thing named after a person, with "the".
_NAMED_AFTER = re.compile(r", named (?:after|for) ")
_THE_BEFORE = re.compile(r"\b[Tt]he $")


def made_things(text: str, drafts: list[ActorDraft]) -> None:
    """Persons by the look of their names that the text says were built or launched, or that "the" opens before
    ", named after": things named like persons (in place)."""
    for draft in drafts:
        if draft.kind is not ActorKind.person:
            continue
        for start, end in draft.spans:
            made = _MADE_AFTER.match(text, end) is not None
            named = _NAMED_AFTER.match(text, end) is not None and _THE_BEFORE.search(text[max(0, start - 4) : start])
            if made or named:
                draft.kind, draft.found_by = ActorKind.other, "a thing named like a person, said to be made"
                _titled_name_whole(draft)
                break


def _titled_name_whole(draft: ActorDraft) -> None:
    """'Lady Constance' for a locomotive: the title grouping took off a person's name is part of a thing's."""
    titled = [alias for alias in draft.aliases if alias.endswith(" " + draft.name) and len(alias.split()) == 2]
    if titled:
        draft.aliases = [alias for alias in draft.aliases if alias != titled[0]] + [draft.name]
        draft.name = titled[0]
