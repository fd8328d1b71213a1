"""Moors, dales and clearings named by one word: "Dartmoor", "Exmoor", "Wensleydale", "Braithwaite".

Upland England names its moors and its valleys with the landform's word joined to the river's or the old
name before it, and its villages in clearings with the Norse "-thwaite". The gazetteer knows few of them, so the
page's word has no kind; the ending says it is land, whatever verb or preposition stands before it ("crossed
Exmoor", "lost on Dartmoor", "Mrs Ann Varn of Braithwaite").
"""

from __future__ import annotations

from dossier.ingest.grouping import ActorDraft
from dossier.model import ActorKind

# Landforms' words joined to the end of one word of a name.
_ENDINGS = ("moor", "dale", "thwaite")
# Letters before the ending, so the landform's word alone ("Dale", "Moor") is no cue ("Exmoor" is).
_STEM_LETTERS = 2
# How a name of no kind is found when nothing around it says what it is (`name_kinds`).
_NO_CUE = "a capitalised name"


def places_by_their_landform_ending(drafts: list[ActorDraft]) -> None:
    """A one-word draft of no kind whose word ends in a moor's, a dale's or a clearing's word becomes a place."""
    for draft in drafts:
        word = draft.name
        if draft.kind is not ActorKind.other or " " in word or not word[:1].isupper():
            continue
        if draft.found_by != _NO_CUE:
            continue  # "the MS Quellmoor sails to Lundy": a ship, a work or a product by a cue of its own
        ending = next((end for end in _ENDINGS if word.casefold().endswith(end)), None)
        if ending is not None and len(word) - len(ending) >= _STEM_LETTERS and word[1:].islower():
            draft.kind, draft.found_by = ActorKind.place, f"a landform's word joined to its name ('-{ending}')"
