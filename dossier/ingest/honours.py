"""Honours a state bestows: "Member of the Order of the British Empire", "the British Empire Medal", "the King's
Police Medal". An honour is no actor, though its rank's word ("Commander", "Member") reads it as a person's title
and its land's words ("British Empire") as a place.
"""

from __future__ import annotations

import re

from dossier.ingest.grouping import ActorDraft

# An order of chivalry, with or without the rank held in it; a medal by its last word.
_HONOUR = re.compile(
    r"(?:(?:Knight|Dame|Commander|Officer|Member|Companion)(?: Grand Cross)? of (?:the )?)?"
    r"(?:Most [A-Z]\w+ )?Order of (?:the )?[A-Z].*"
    r"|(?:[A-Z][\w'’]*(?:'s|’s)? ){1,3}Medal"
)
# A cross, an order or a star by its last word, as gallantry awards are named, after a verb of winning one: "won the
# Victoria Cross", "was awarded the Distinguished Service Order" (not "the Red Cross", "King's Cross", "Orange Order"
# elsewhere: a body, a place).
_AWARD = re.compile(r"(?!Red )(?:[A-Z][\w'’]*(?:'s|’s)? ){1,3}(?:Cross|Order|Star)")
_AWARD_VERB_BEFORE = re.compile(
    r"\b(?:won|win|wins|winning|awarded|received|receiving|earned|gained|holder of|recipient of)"
    r"(?: a| an| the| his| her| their)?(?: posthumous)? $"
)
# An award's name, then the bracket its holders' letters open: "won the Victoria Cross (VC)", "... Order (DSO)".
_AWARD_THEN_BRACKET = re.compile(r"(?<!Red )(?:Cross|Order|Medal) \($")
# Right before words inside an order's name: "... of the Order of the British Empire".
_ORDER_BEFORE = re.compile(r"\bOrder of (?:the )?$")


# An order's name and the bracket its holder's letters open: "Elder of the Order of the Burning Spear (".
_ORDER_THEN_BRACKET = re.compile(r"\bOrder of (?:the )?[A-Z][\w'’ -]{0,60}\($")
_ORDER_REACH = 80  # characters from "Order" to the bracket


def is_honour(text: str, draft: ActorDraft) -> bool:
    """Whether the draft names an honour, or only the words of an order's name ("British Empire" where the page
    writes it after "Order of the" each time), or the letters its holders write after their names ("Elder of the
    Order of the Burning Spear (EBS)")."""
    if _HONOUR.fullmatch(draft.name):
        return True
    if _AWARD.fullmatch(draft.name) and all(
        _AWARD_VERB_BEFORE.search(text, max(0, start - 30), start) is not None
        or _AWARD_THEN_BRACKET.search(text, max(0, start - _ORDER_REACH), start) is not None  # its letters after it
        for start, _ in draft.spans
    ):
        return True
    if draft.spans and draft.name.isupper() and draft.name.isalpha():
        letters = all(
            _ORDER_THEN_BRACKET.search(text, max(0, start - _ORDER_REACH), start) is not None
            or _AWARD_THEN_BRACKET.search(text, max(0, start - _ORDER_REACH), start) is not None
            for start, _ in draft.spans
        )
        if letters:
            return True
    return bool(draft.spans) and all(
        _ORDER_BEFORE.search(text, max(0, start - 14), start) is not None for start, _ in draft.spans
    )
