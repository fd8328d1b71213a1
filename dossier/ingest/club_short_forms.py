"""A club's name without its letters: "Ashby Vale" for "Ashby Vale RFC", "Tarnby" for "Tarnby AFC". Sports pages
write the club's whole name once and its name without "FC", "AFC" or "RFC" after; the short form is the club, not
the town or the vale its name is made of.
"""

from __future__ import annotations

from dossier.ingest.grouping import ActorDraft
from dossier.ingest.names import fold_phrase
from dossier.model import ActorKind

# A club's letters after its name: "FC", "AFC", "RFC", "RUFC", "RLFC", "CC" (cricket), "CCC" (a county's).
CLUB_LETTERS = frozenset(("FC", "AFC", "RFC", "RUFC", "RLFC", "CFC", "CC", "CCC", "A.F.C.", "F.C."))
# Kinds a club's short form is read as without the club: a vale's name, a body's, nothing.
_READ_AS = frozenset((ActorKind.place, ActorKind.other, ActorKind.organization))


def join_club_short_forms(drafts: list[ActorDraft]) -> list[ActorDraft]:
    """The drafts, each name that is a club's name without its letters folded into the club."""
    clubs: dict[tuple[str, ...], ActorDraft] = {}
    for draft in drafts:
        words = draft.name.split()
        if draft.kind is ActorKind.organization and len(words) >= 2 and words[-1] in CLUB_LETTERS:
            clubs.setdefault(tuple(fold_phrase(" ".join(words[:-1]))), draft)
    if not clubs:
        return drafts
    merged: set[int] = set()
    for draft in drafts:
        if draft.kind not in _READ_AS or id(draft) in merged or _the_town_itself(draft):
            continue
        club = clubs.get(tuple(fold_phrase(draft.name)))
        if club is not None and club is not draft:
            club.take_in(draft)
            merged.add(id(draft))
    return [draft for draft in drafts if id(draft) not in merged]


def _the_town_itself(draft: ActorDraft) -> bool:
    """'based in Tarnby' beside 'Tarnby AFC': a town of one word, or one the gazetteer knows, is the town the club is
    named after ("Ashby Vale", a vale's name the rules guessed, is the club)."""
    return draft.kind is ActorKind.place and (" " not in draft.name or draft.found_by.startswith("gazetteer"))
