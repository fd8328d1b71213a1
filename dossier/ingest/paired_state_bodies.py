"""Bodies named after two parties joined by an unspaced en dash.

Joint bodies of two states (or a state and a bloc) are written "Varnia–Tremmia Joint Border Commission",
"Osland–Quell Dialogue", "Brenmark–Varnia Border Commissioner": the dash belongs to the name. Any unspaced
en dash cannot join names, since it also stands between two towns on a route ("Poole–Cherbourg ferry") or a
body and its faction ("Liberation Army–Minni Minawi"); so the dash joins only when the capitalised words after
it end in a joint body's head word within a few words ("Joint", "Commission", "Committee", "Dialogue").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dossier.ingest.names import fold, word_set

if TYPE_CHECKING:
    from dossier.ingest.actor_document import ActorDocument
    from dossier.ingest.mentions import Token

# Head words of a body two parties run together (and of the post that speaks for one).
_JOINT_HEADS = word_set(
    "joint commission commissions committee council group partnership dialogue forum board commissioner "
    "secretariat mechanism initiative taskforce centre center"
)
# What two lands or towns build together, named so only when capitalised: "the Tarnia–Quellia Economic Corridor",
# "the Varnby–Quellby Standard Gauge Railway", "the Export–Import Bank of Tarnia" (not "the Poole–Quellby railway", a
# route between two towns).
_BUILT_HEADS = word_set("corridor railway bank")
# Small words a joint body's name holds before its head ("Committee on Missing Persons" ends later).
_GLUE = word_set("and of for on")
# How many words after the dash may come before the head word ("Sri Lanka Joint ...", "Timor-Leste Joint ...").
_REACH = 5
_WORD_AFTER = re.compile(r"[ -]?(\w[\w'’.]*)")


def dash_joins_pair(text: str, word: str, after: int) -> bool:
    """Whether the unspaced en dash after `word` (the next word starts at `after`) joins two parties before
    a joint body's head word."""
    if not word[:1].isupper() or not text[after : after + 1].isupper():
        return False
    position = after
    for _ in range(_REACH + 1):
        match = _WORD_AFTER.match(text, position)
        if match is None:
            return False
        found = match.group(1)
        folded = fold(found)
        if folded in _JOINT_HEADS or (folded in _BUILT_HEADS and found[:1].isupper()):
            return True
        if not found[:1].isupper() and folded not in _GLUE:
            return False
        position = match.end()
    return False


def holds_paired_parties(text: str, tokens: list[Token], first: int, last: int) -> bool:
    """Whether the words `first`..`last` join two parties by an unspaced en dash: a joint body's name or a
    remit naming it, never a person's name."""
    return any(text[tokens[k].end : tokens[k + 1].start] == "–" and tokens[k].joined for k in range(first, last))


def holds_paired_places(doc: ActorDocument, first: int, last: int) -> bool:
    """Whether the words `first`..`last` join two parties by an en dash or two places the gazetteer knows
    by a hyphen before more words ("the Belgrade-Pristina Dialogue"): a joint body's name or a remit naming
    it, never a person's name (a double family name of two towns' names ends the words: "Ana Lima-Porto")."""
    tokens = doc.tokens
    if holds_paired_parties(doc.text, tokens, first, last):
        return True
    return any(
        doc.text[tokens[k].end : tokens[k + 1].start] == "-"
        and doc.gazetteer.lookup((tokens[k].folded,)) is not None
        and doc.gazetteer.lookup((tokens[k + 1].folded,)) is not None
        for k in range(first, last - 1)
    )
