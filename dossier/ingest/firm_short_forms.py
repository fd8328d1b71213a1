"""A firm's short name beside its full name on one page: "Samsung" and "Samsung Electronics Co Ltd", "Quellcom" and
"Quellcom Group plc". The full name is the short one followed only by the words firms add to their own name (a legal
form, "Group", "Holdings", the trade: "Electronics"), so a reader takes both for one firm: the short name becomes
the full name's spelling, not a second draft.
"""

from __future__ import annotations

from dossier.ingest.grouping import ActorDraft
from dossier.ingest.names import word_set
from dossier.model import ActorKind

# The words a firm's full name adds after its short one.
_FIRM_TAIL_WORDS = word_set(
    "co co. corp corp. corporation company inc inc. ltd ltd. limited plc llc ag sa nv bv gmbh se spa asa oyj "
    "group holdings holding electronics industries international"
)


def join_firm_short_forms(drafts: list[ActorDraft]) -> list[ActorDraft]:
    """The drafts with each firm's short name folded into its full name's draft (when one full name fits)."""
    firms = [draft for draft in drafts if draft.kind is ActorKind.organization]
    joined: set[int] = set()
    for short in firms:
        if " " in short.name:
            continue
        fuller = [
            full
            for full in firms
            if full is not short
            and full.name.startswith(short.name + " ")
            and all(word.casefold() in _FIRM_TAIL_WORDS for word in full.name[len(short.name) + 1 :].split())
        ]
        if len(fuller) != 1 or id(fuller[0]) in joined:
            continue
        fuller[0].take_in(short)  # "Samsung" is "Samsung Electronics Co Ltd" on this page
        joined.add(id(short))
    return [draft for draft in drafts if id(draft) not in joined]
