"""A double post joined by a slash before its holder: "the High Representative/Vice-President Ilse Varnelli".

The EU's foreign-policy chief holds two posts at once and its statements write both, joined by a slash, before the
name ("HR/VP Varnelli" for short). The slash cuts the run of capitalised words, so the post was lost; it is one of
the holder's spellings, alone and with the name (re3d marks a post beside its holder as a name of the holder).
"""

from __future__ import annotations

import re

from dossier.ingest.grouping import ActorDraft
from dossier.ingest.name_words import is_title
from dossier.model import ActorKind

# Right before the holder: capitalised words, a slash, capitalised words, a space ("High Representative/Vice-President
# ", "HR/VP "); read back from the name only, at most this far.
_SLASHED_POST = re.compile(r"((?:[A-Z][\w-]*[ ]){0,3}[A-Z][\w-]*/(?:[A-Z][\w-]*[ ]){0,3}[A-Z][\w-]*) $")
_REACH = 80


def with_slashed_posts(text: str, drafts: list[ActorDraft]) -> list[ActorDraft]:
    """The drafts, each person named right after a slashed double post with that post (and the post with the name)
    among the person's spellings."""
    for draft in drafts:
        if draft.kind is not ActorKind.person:
            continue
        for start, end in draft.spans:
            before = _SLASHED_POST.search(text, max(0, start - _REACH), start)
            if before is None or not _holds_a_title(before.group(1)):
                continue
            post = before.group(1)
            for spelling in (post, f"{post} {text[start:end]}"):
                if spelling not in draft.aliases and spelling != draft.name:
                    draft.aliases.append(spelling)
    return drafts


def _holds_a_title(post: str) -> bool:
    """A word of each side of the slash is a title's ("Representative", "President"; "HR" and "VP" as letters)."""
    sides = post.split("/")
    return all(
        any(is_title(word.casefold()) or is_title(word.casefold().rsplit("-", 1)[-1]) for word in side.split())
        or side.isupper()
        for side in sides
    )
