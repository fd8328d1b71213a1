"""A place named bare beside its area's full name: "Tu Nghia" beside "Tu Nghia District", "Varnby" beside the
"Varnby Industrial Park".

A town the gazetteer does not know gets no kind when the page names it alone ("Tu Nghia was cut off"), yet the
same page names its district, its province or a zone after it, which the head word makes a place. The bare
name is then the place the area is named for.
"""

from __future__ import annotations

from dossier.ingest.grouping import ActorDraft
from dossier.ingest.names import fold, word_set
from dossier.model import ActorKind

# Heads of an area named after its town or its land: "X District", "X Province", "X Economic Zone".
_AREA_HEADS = word_set("district province county region zone prefecture municipality governorate park")
# Words a zone's or a park's kind may take between the name and the head: "Economic", "Industrial", "Free".
_MOST_KIND_WORDS = 2


def places_named_by_their_area(drafts: list[ActorDraft]) -> None:
    """A draft of no kind whose words open a place draft ending in an area's head word becomes a place."""
    areas = [
        draft.name.split()
        for draft in drafts
        if draft.kind is ActorKind.place and fold(draft.name.split()[-1]) in _AREA_HEADS
    ]
    for draft in drafts:
        if draft.kind is not ActorKind.other:
            continue
        words = draft.name.split()
        for area in areas:
            extra = len(area) - len(words)
            if (
                1 <= extra <= 1 + _MOST_KIND_WORDS
                and area[: len(words)] == words
                and all(word[:1].isupper() for word in area[len(words) :])
            ):
                draft.kind, draft.found_by = ActorKind.place, f"named for it: '{' '.join(area)}'"
                break
