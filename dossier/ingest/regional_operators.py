"""Firms named for the region they serve: "Electricity North West", "Go North East", "Avanti West Coast".

The region's words close the name, so its last word ("East", "Coast") reads it as a place. But a region's name
is opened by a place or a compass word ("Tyne and Wear", "Leeds North East", "Greater Manchester"); a word that
is no place before the region's words ("Electricity", "Go", "Avanti") makes the name a firm's that serves it:
one that is a common word, or one the page shows acting ("Avanti West Coast will run late trains").
"""

from __future__ import annotations

import re

from dossier.ingest.common_words import zipf
from dossier.ingest.grouping import ActorDraft
from dossier.ingest.names import fold, word_set
from dossier.model import ActorKind

# The region's words that close the name: "North East", "West Coast", "East Midlands".
_REGION_CLOSE = re.compile(
    r" (?:(?:North|South)(?: East| West)?|East|West) (?:East|West|Coast|Midlands|England|Wales|Scotland)$"
    r"| (?:North|South|East|West) (?:East|West|Coast)$"
)
# Words that open a region's own name before its compass words: "Greater", "Upper", "Central"; and a saint's
# title, as a parish's or a seat's name opens ("St Michael North West").
_REGION_OPENERS = word_set(
    "greater upper lower central inner outer mid the north south east west northern southern st saint ste san santa"
)
_COMMON_OPENER = 3.5  # Zipf: "Go" (6.0), "Electricity" (4.4); "Avanti" (2.5) is a firm's coined word
# What a firm does right after its name: "will run", "has withdrawn", "said", "runs".
_ACTS_AFTER = re.compile(r" (?:will|has|have|said|says|runs|operates|announced|confirmed|cancelled|warned)\b")
# What is done by or asked of a firm right before its name: "trains run by Avanti West Coast", "the clerk will ask
# Arriva North East to restore the sign" (a region is neither asked nor runs trains).
_SERVES_BEFORE = re.compile(r"\b(?:(?:run|operated|provided|served|withdrawn|cancelled) by|ask|asked|asks|urged) $")
_BEFORE_REACH = 20  # characters before the name where `_SERVES_BEFORE` is looked for


def regional_operators(text: str, drafts: list[ActorDraft]) -> None:
    """A place only by its region's closing words, opened by a word that is no place, is the firm that serves the
    region (in place)."""
    from dossier.ingest.gazetteer import gazetteer

    table = gazetteer()
    for draft in drafts:
        if draft.kind is not ActorKind.place or not draft.found_by.startswith("ends with '"):
            continue
        words = draft.name.split()
        if len(words) < 3 or _REGION_CLOSE.search(draft.name) is None:
            continue
        opener = fold(words[0])
        if opener in _REGION_OPENERS or table.lookup((opener,)) is not None:
            continue  # "Greater Manchester North", "Leeds North East": a region or a seat, named from its town
        acts = any(
            _ACTS_AFTER.match(text, end) or _SERVES_BEFORE.search(text[max(0, start - _BEFORE_REACH) : start])
            for start, end in draft.spans
        )
        if zipf(opener) >= _COMMON_OPENER or acts:
            draft.kind, draft.found_by = ActorKind.organization, "a firm named for the region it serves"
