"""Towns known to the gazetteer only by another spelling, kept where the page is about their country.

"Tongi" is GeoNames' Tungi, Bangladesh, and "Newbridge" its Droichead Nua, Ireland: with no word around
them that says "place", they are still the towns on a page that names Bangladesh or Ireland (or another
of their towns). On a page that names nothing of Canada, "the folk duo Hesketh and Vane" holds no
Vanier: a spelling the gazetteer keeps for a town abroad, with nothing else to go on, is no evidence.
"""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.grouping import Candidate
from dossier.ingest.names import fold_phrase
from dossier.model import ActorKind

# How `name_kinds` drafts a gazetteer's place with no other cue: "gazetteer: Tungi, Bangladesh (no other cue)".
NO_OTHER_CUE = "(no other cue)"


def in_their_country(doc: ActorDocument, candidates: list[Candidate], known: list[str]) -> list[Candidate]:
    """The candidates, without each town found only by another spelling of its name whose country the page
    names nowhere else: not by its new names (`candidates`) nor by the names of the known actors it links
    (`known`: in a workspace, "United Kingdom" is known before the page is read)."""
    abroad = [c for c in candidates if _another_spelling_only(doc, c)]
    if not abroad:
        return candidates
    names = [c.canonical or c.name for c in candidates if c not in abroad] + known
    named = _countries_named(doc, names)
    places = [c for c in candidates if c.kind in _PLACES and c not in abroad]
    dropped = {id(c) for c in abroad if _country(doc, c) not in named and not _listed_with_a_place(doc, c, places)}
    return [c for c in candidates if id(c) not in dropped]


_PLACES = (ActorKind.place, ActorKind.state)
_LIST_JOINS = frozenset(("and", "or"))


def _listed_with_a_place(doc: ActorDocument, candidate: Candidate, places: list[Candidate]) -> bool:
    """'the al-Tal and Varbek camps': a place right before or after it in a list says what it is."""
    tokens, text = doc.tokens, doc.text

    def joined(first: Candidate, then: Candidate) -> bool:
        if then.first == first.last + 1:
            return text[tokens[first.last].end : tokens[then.first].start] == ", "
        return then.first == first.last + 2 and tokens[first.last + 1].folded in _LIST_JOINS

    return any(joined(candidate, place) or joined(place, candidate) for place in places)


def _another_spelling_only(doc: ActorDocument, candidate: Candidate) -> bool:
    if not candidate.found_by.endswith(NO_OTHER_CUE) or candidate.gazetteer_name is None:
        return False
    return _without_the(fold_phrase(candidate.gazetteer_name)) != _without_the(fold_phrase(candidate.name))


def _without_the(words: tuple[str, ...]) -> tuple[str, ...]:
    return words[1:] if words[:1] == ("the",) else words  # "Hague" is The Hague's own name


def _country(doc: ActorDocument, candidate: Candidate) -> str | None:
    place = doc.gazetteer.lookup(fold_phrase(candidate.name))
    return place.country if place is not None else None


def _countries_named(doc: ActorDocument, names: list[str]) -> set[str]:
    """The states the page names: as states, as the country of a place it names, or by their people."""
    named: set[str] = set()
    for name in names:
        place = doc.gazetteer.lookup(fold_phrase(name))
        if place is not None:
            named.add(place.name if place.kind == "state" else place.country or "")
    for token in doc.tokens:
        if token.capitalised and (country := doc.gazetteer.country_of_demonym(token.folded)) is not None:
            named.add(country)
    return named
