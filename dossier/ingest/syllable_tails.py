"""A name whose last word goes on through hyphens over lower-case syllables ("Prayut Chan-o-cha", a Thai family
name): the draft cut at the first hyphen ("Prayut Chan") takes the whole word back.
"""

from __future__ import annotations

import re

from dossier.ingest.grouping import ActorDraft
from dossier.model import ActorKind

# "-o-cha", "-na-lai": a short lower-case syllable, then at least one more, each after a hyphen, and no more word
_TAIL = re.compile(r"-[a-z]{1,3}(?:-[a-z]{2,})+(?![\w-])")
_KINDS = (ActorKind.person, ActorKind.other)


def whole_syllable_tails(text: str, drafts: list[ActorDraft]) -> None:
    """Give a person's (or an unsorted name's) draft the hyphened syllables that follow one of its mentions."""
    for draft in drafts:
        if draft.kind not in _KINDS or not draft.name[-1:].isalpha():
            continue
        tail = next((found for _, end in draft.spans if (found := _TAIL.match(text, end)) is not None), None)
        if tail is None:
            continue
        old, better = draft.name, draft.name + tail[0]
        draft.name = better
        draft.aliases = [alias + tail[0] if alias.endswith(old) else alias for alias in draft.aliases]
        draft.spans = [(start, end + len(tail[0]) if _TAIL.match(text, end) else end) for start, end in draft.spans]
