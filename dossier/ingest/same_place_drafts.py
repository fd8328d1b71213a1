"""One draft for one place a page names twice in its own language: "Приамурье" and "Амурская область", "Подмосковье"
and "Московская область" are each one region of the gazetteer.

A page in another language often names a region by its formal name and by its everyday one. Both are read as the
same place of the gazetteer, but drafts are grouped by the words written, so the page made two records of one
region (and, once record names follow the gazetteer's, two records side by side, one under the gazetteer's name and
one under the page's). The drafts read from the gazetteer on a page in another language are joined by the place
they name: the first keeps its name, the others become its spellings. So is a town's short form written after its
whole name ("Villanueva" after "Villanueva de la Serena"): the page names the town it named in full, not another town
the gazetteer calls so.
"""

from __future__ import annotations

from dossier.ingest.gazetteer import Place, gazetteer, is_region
from dossier.ingest.grouping import ActorDraft
from dossier.ingest.names import fold_phrase
from dossier.ingest.record_names import other_language_place


def join_drafts_of_one_place(drafts: list[ActorDraft]) -> list[ActorDraft]:
    """The drafts, those naming one gazetteer place in another language joined into the first of them."""
    first_of: dict[tuple[str, str], ActorDraft] = {}
    kept: list[ActorDraft] = []
    for draft in drafts:
        place = other_language_place(draft.found_by)
        if place is None:
            kept.append(draft)
            continue
        key = (place, draft.kind.value)
        first = first_of.get(key)
        if first is None:
            first_of[key] = draft
            kept.append(draft)
        else:
            first.take_in(draft)
            first.spans.sort()
    return _later_short_forms_joined(kept)


def _later_short_forms_joined(drafts: list[ActorDraft]) -> list[ActorDraft]:
    """Each place draft whose words open another place draft's longer name, first written after it, joined into it."""
    places = [draft for draft in drafts if draft.spans and other_language_place(draft.found_by) is not None]
    joined: set[int] = set()
    for short in places:
        if _a_region(short):
            continue  # "in Brandenburg" beside "Brandenburg an der Havel": the land, not the city's short form
        # whole words as written: "Saale" (the river) opens no "Saale-Holzland-Kreis", whose words are joined
        words = _written_words(short.name)
        whole = next(
            (
                draft
                for draft in places
                if draft is not short
                and draft.kind is short.kind
                and len(_written_words(draft.name)) > len(words)
                and _written_words(draft.name)[: len(words)] == words
                and min(draft.spans) < min(short.spans)
                and not _larger_at_home(short, draft)
            ),
            None,
        )
        if whole is not None:
            whole.take_in(short)
            whole.spans.sort()
            joined.add(id(short))
    return [draft for draft in drafts if id(draft) not in joined]


def _written_words(name: str) -> list[tuple[str, ...]]:
    return [fold_phrase(word) for word in name.split()]


def _place_of(draft: ActorDraft) -> Place | None:
    return gazetteer().lookup(fold_phrase(other_language_place(draft.found_by) or ""))


def _a_region(draft: ActorDraft) -> bool:
    place = _place_of(draft)
    return place is not None and is_region(place)


def _larger_at_home(short: ActorDraft, whole: ActorDraft) -> bool:
    """'New Cairo' and later 'Cairo': a larger town of the same country (or a known one beside a longer name the
    tables lack) is itself, the longer name named after it."""
    one, other = _place_of(short), _place_of(whole)
    if one is None:
        return False
    return other is None or (one.country == other.country and one.population > other.population)
