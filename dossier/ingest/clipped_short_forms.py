"""A body named in full and by its first word clipped: 'the Federal Reserve' and 'the Fed', 'the Metropolitan
Police' and 'the Met' are one actor, the clipped word its alias; so are 'al-Nujaba' and 'Nujaba' (the Arabic
article dropped on a later mention).

Only a clipped word in title case (not letters: "FED" is no clipping), a few letters long, that opens the first
word of exactly one body of two words or more on the page: a word that could open several bodies' names says
nothing of which.
"""

from __future__ import annotations

import re

from dossier.ingest.grouping import ActorDraft
from dossier.ingest.names import is_given_name
from dossier.model import ActorKind

_SHORTEST, _LONGEST = 3, 4  # letters of a clipped first word ("Fed", "Met")
_CUT = 3  # letters the full first word has beyond the clipped one ("Fed" of "Federal")


def _clipped(word: str, full: str) -> bool:
    return full.startswith(word) and len(full) - len(word) >= _CUT and full[len(word) :].islower()


def join_clipped_short_forms(drafts: list[ActorDraft]) -> list[ActorDraft]:
    """The drafts, each body named by a clipped first word folded into the one body whose name it opens."""
    bodies = [draft for draft in drafts if draft.kind is ActorKind.organization and len(draft.name.split()) >= 2]
    merged: set[int] = set()
    for draft in drafts:
        word = draft.name
        if draft.kind is not ActorKind.organization or " " in word or not _SHORTEST <= len(word) <= _LONGEST:
            continue
        if not (word.istitle() and word.isalpha()) or is_given_name(word.casefold()):
            continue
        whole = [body for body in bodies if _clipped(word, body.name.split()[0])]
        if len(whole) != 1:
            continue
        whole[0].take_in(draft)
        merged.add(id(draft))
    return [draft for draft in drafts if id(draft) not in merged]


# A body's one-word name after the Arabic article, hyphened: "al-Nujaba", "Al-Tarqa'a" (and the word alone later).
_ARTICLE_NAME = re.compile(r"(?:[Aa]l|[Ee]l)-([A-Z][\w'’]{2,})")


def article_dropped_forms(text: str, drafts: list[ActorDraft]) -> None:
    """'the militia group al-Tarqa ... the Tarqa headquarters': writers drop the Arabic article of a body's name
    on a later mention, so the word alone (capitalised, no article or hyphen before it) is the same body's, its
    alias and its mention. Only a body of one word after the article, and only its word where no other draft
    holds that spot."""
    taken = [span for draft in drafts for span in draft.spans]
    for draft in drafts:
        if draft.kind not in (ActorKind.organization, ActorKind.armed_force):
            continue
        named = _ARTICLE_NAME.fullmatch(draft.name)
        if named is None:
            continue
        word = named[1]
        spans = [
            (m.start(), m.end())
            for m in re.finditer(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", text)
            if not any(start < m.end() and m.start() < end for start, end in taken)
        ]
        if spans:
            draft.spans += spans
            if word not in draft.aliases:
                draft.aliases.append(word)
