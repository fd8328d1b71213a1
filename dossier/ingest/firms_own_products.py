"""A firm's own product or service, named after the firm's possessive and before the product's noun: "Quellsoft's
Varnure cloud services", "Quellsoft's BPOS service", "Tarvex's Gemora AI model", and the products listed after
such a noun ("cloud services including Tarnbing, Office 365 and Xbox"). Tech news names a firm's products this way
everywhere; the product is no actor of its own (the firm is).
"""

from __future__ import annotations

import re

from dossier.ingest.cues import PRODUCT_NOUNS_AFTER
from dossier.ingest.grouping import ActorDraft
from dossier.ingest.names import word_set
from dossier.model import ActorKind

# The nouns of what a tech firm sells or runs, after its product's name.
_OWNED_NOUNS = PRODUCT_NOUNS_AFTER | word_set(
    "service services cloud platform platforms suite model models assistant feature features tool tools device devices"
)
_NOUN_AFTER = re.compile(r"[ \t]+([a-z][\w-]*)(?:[ \t]+([a-z][\w-]*))?")
_POSSESSIVE_BEFORE = re.compile(r"([A-Z][\w&.-]*)['’]s[ \t]+$")
# "cloud services including Tarnbing, Office 365 and Xbox": a list of the products right after their plural noun.
_LIST_OPENER = re.compile(
    r"\b(?:services|apps|products|features|tools|platforms)[ \t]+(?:including|such as|like)[ \t]+"
)
_LIST_SO_FAR = re.compile(r"(?:[A-Z][\w-]*(?:[ \t]+[A-Z0-9][\w-]*)*(?:,[ \t]+|[ \t]+and[ \t]+))*")
# How weakly a draft that may be a product was found: by its capitals alone.
_WEAK = ("a capitalised name", "an acronym")


def a_firms_own_product(text: str, drafts: list[ActorDraft], draft: ActorDraft) -> bool:
    """Whether a draft found by its capitals alone is named as a drafted actor's product somewhere on the page."""
    if draft.kind not in (ActorKind.other, ActorKind.organization) or not draft.found_by.startswith(_WEAK):
        return False
    firms = {
        word
        for other in drafts
        # (a firm may be read as a person till later; a land's service is a body: "Tarnia's FSB security service")
        if other is not draft and other.kind not in (ActorKind.place, ActorKind.state)
        for word in (other.name, other.name.split()[0], other.name.split()[-1])
    }
    for start, end in draft.spans:
        owner = _POSSESSIVE_BEFORE.search(text, max(0, start - 60), start)
        noun = _NOUN_AFTER.match(text, end)
        if owner is not None and owner.group(1) in firms and noun is not None and _OWNED_NOUNS & set(noun.groups()):
            return True
        openers = list(_LIST_OPENER.finditer(text, max(0, start - 200), start))
        if openers and _LIST_SO_FAR.fullmatch(text, openers[-1].end(), start):
            return True
    return False
