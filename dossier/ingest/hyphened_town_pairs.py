"""Towns joined by a hyphen before what links them: "the Dhaka-Mymensingh highway", "a Berlin-Hamburg train".

Papers name a road, a line, a flight or a match by the two towns it joins. The reader's run is
the whole hyphened pair, which the gazetteer does not know, so it was drafted as one odd name
("Dhaka-Mymensingh", `other`) or dropped. When each part is a town of some size or a region
(states have rules of their own) and the pair is not itself a known place ("Baden-Württemberg"),
each part is a place.
"""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.gazetteer import Place, is_region
from dossier.ingest.grouping import Candidate
from dossier.ingest.names import is_given_name, word_set
from dossier.model import ActorKind

_HYPHENS = ("-", "‐", "–")
# A town this large is rarely also a word or a name used for something else beside another town.
_TOWN_OF_SIZE = 50_000
# A town on an airline's or a ferry's route may be smaller: "Newquay-Jersey flights".
_TOWN_ON_A_ROUTE = 10_000
_ROUTES = word_set("route flight flights ferry")
# Longest chain: "the Paris-Lyon-Marseille line".
_MOST_TOWNS = 3
# After the pair, a lower-case noun of what links them.
_LINKS = word_set(
    "highway motorway expressway road route railway rail line train trains flight flights corridor border "
    "pipeline bridge ferry bus service derby match game clash talks border crossing link connection"
)


def hyphened_towns(doc: ActorDocument, position: int, last: int) -> list[Candidate] | None:
    """Each town of a run that is towns joined by hyphens (tokens `position`..`last`), or None."""
    tokens, text = doc.tokens, doc.text
    count = last - position + 1
    if not 2 <= count <= _MOST_TOWNS or last + 1 >= len(tokens):
        return None
    if any(text[tokens[k].end : tokens[k + 1].start] not in _HYPHENS for k in range(position, last)):
        return None
    link = _link_after(doc, last)
    if link is None:
        return None
    if position > 0 and tokens[position - 1].joined and is_given_name(tokens[position - 1].folded):
        return None  # "Mary Lagos-Abuja": a double-barrelled family name
    places = [doc.gazetteer.lookup((tokens[k].folded,)) for k in range(position, last + 1)]
    # (an airline's or a ferry's route joins smaller towns too: "Newquay-Jersey flights")
    size = _TOWN_ON_A_ROUTE if link in _ROUTES else _TOWN_OF_SIZE
    if not all(place is not None and _town_of_note(place, size) for place in places):
        return None
    return [_candidate(k, place) for k, place in zip(range(position, last + 1), places, strict=True) if place]


def _town_of_note(place: Place, size: int) -> bool:
    # (not a state: "Russia-Ukraine talks" is read by the rules for states)
    return place.kind != "state" and (is_region(place) or place.population >= size)


def _link_after(doc: ActorDocument, last: int) -> str | None:
    """The noun of what links the towns after the pair ending at `last`, or after the next pair that "and" joins to
    it ("Newquay-Jersey and Newquay-Belfast flights"); None when no such noun follows."""
    tokens, text = doc.tokens, doc.text
    k = last + 1
    if tokens[k].folded in ("and", "or") and text[tokens[last].end : tokens[k].start] == " ":
        # another pair: two words joined by a hyphen, then the noun
        pair = k + 2 < len(tokens) and text[tokens[k + 1].end : tokens[k + 2].start] in _HYPHENS
        k = k + 2 if pair else len(tokens)
        while k + 1 < len(tokens) and tokens[k].joined and tokens[k + 1].text[:1].isupper():
            k += 1  # "Newquay-Belfast City": a town's name of two words at the pair's end
        k += 1
    if k >= len(tokens) or tokens[k].folded not in _LINKS or text[tokens[k - 1].end : tokens[k].start] != " ":
        return None
    return tokens[k].folded


def _candidate(k: int, place: Place) -> Candidate:
    kind = ActorKind.place
    found_by = f"gazetteer: {place.name}" + (f", {place.country}" if place.country else "") + " (towns it links)"
    return Candidate(k, k, place.name, kind, found_by, 0.75, canonical=place.name, gazetteer_name=place.name)


def lands_opening_a_joint_name(doc: ActorDocument, name: Candidate) -> list[Candidate]:
    """'the Tarnia–Quellia Economic Corridor', 'the Australia–Papua New Guinea Forum': the two lands or towns an en
    dash joins at a name's start are named too, each where the gazetteer knows it whole as a state or as a town of
    note (the name reads whole, so the rules for the two alone never saw them)."""
    tokens, text = doc.tokens, doc.text
    if name.first + 2 > name.last or name.kind is ActorKind.person:
        return []
    first = name.first + (tokens[name.first].folded == "the")
    dash = next(
        (
            k
            for k in range(first, min(first + _LAND_WORDS, name.last))
            if text[tokens[k].end : tokens[k + 1].start] == "–"
        ),
        None,
    )
    if dash is None or not tokens[dash].joined:
        return []
    # the longest name the gazetteer knows on each side of the dash ("Papua New Guinea", not "Papua")
    right = next(
        (
            (end, place)
            for end in range(min(dash + _LAND_WORDS, name.last - 1), dash, -1)
            if (place := doc.gazetteer.lookup(tuple(tokens[j].folded for j in range(dash + 1, end + 1)))) is not None
        ),
        None,
    )
    left = doc.gazetteer.lookup(tuple(tokens[j].folded for j in range(first, dash + 1)))
    if right is None or left is None:
        return []
    found = []
    for start, end, place in ((first, dash, left), (dash + 1, *right)):
        if not (place.kind == "state" or _town_of_note(place, _TOWN_OF_SIZE)):
            return []
        kind = ActorKind.state if place.kind == "state" else ActorKind.place
        found_by = f"gazetteer: {place.name}" + (f", {place.country}" if place.country else "") + " (a joint name's)"
        found.append(
            Candidate(start, end, place.name, kind, found_by, 0.75, canonical=place.name, gazetteer_name=place.name)
        )
    return found


# The words of a land's name on one side of the dash: "Papua New Guinea", "Bosnia and Herzegovina".
_LAND_WORDS = 3
