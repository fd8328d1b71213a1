"""Which of several places of one name a page means, from the lands the page names.

The gazetteer keeps one place per spelling, the biggest: "Perth" is Perth in Australia, "Kent" a city of
Washington. A page that names Scotland, Scottish towns or Scots, and nothing of Australia, means Perth in
Scotland; one about Sussex and the NFU means the county of Kent. So before the names are read, the page's
lands are counted (its states, regions and peoples, and towns no other land shares a name with) and each
spelling that a town or region of a counted land shares is read as that land's place, where its land is named
more often than the land of the place the gazetteer holds.
"""

from __future__ import annotations

import bisect
from collections import Counter
from functools import lru_cache

from dossier.ingest.common_words import zipf
from dossier.ingest.gazetteer import NAMESAKES, REGIONS_NAMED_AS_TOWNS, Gazetteer, Place, gazetteer
from dossier.ingest.mentions import Token
from dossier.ingest.name_words import WORD_ALONE
from dossier.ingest.other_language_common import KNOWN_TOWN
from dossier.ingest.sentences import Sentence

# The nations of the United Kingdom are lands of the gazetteer's own list, held by no state.
_NATIONS_OF_A_STATE = {
    "england": "United Kingdom",
    "scotland": "United Kingdom",
    "wales": "United Kingdom",
    "northern ireland": "United Kingdom",
}
_LONGEST_PLACE_NAME = 4  # words


@lru_cache(maxsize=1)
def _namesakes() -> dict[str, dict[str, Place]]:
    """Folded spelling -> land -> the place of that land named so, for the spellings the gazetteer holds for
    a place of another land."""
    found: dict[str, dict[str, Place]] = {}
    for table_name, table in gazetteer().local.items():
        for prefix in (REGIONS_NAMED_AS_TOWNS, NAMESAKES):
            if table_name.startswith(prefix):
                land = table_name.removeprefix(prefix)
                for key, place in table.items():
                    found.setdefault(key, {}).setdefault(land, place)
                break
    return found


def places_for_the_page(table: Gazetteer, tokens: list[Token], sentences: list[Sentence]) -> Gazetteer:
    """The gazetteer as this page reads it: each shared spelling names the place of the land the page names
    most, where that is not the land of the place the table holds."""
    namesakes = _namesakes()
    spans = _place_spans(table, tokens)
    shared = {key for _, key in spans if key in namesakes}
    if not shared:
        return table
    starts = [token.start for token in tokens]
    sentence_first = {bisect.bisect_left(starts, sentence.start) for sentence in sentences}
    lands = _lands_named(table, spans, tokens, sentence_first, namesakes)
    chosen: dict[str, Place] = {}
    for key in sorted(shared):
        held = table.places.get(key)
        if held is None or held.kind == "state":
            continue
        held_count = lands[held.country] if held.country else 0
        count, place = max(
            ((lands[land], place) for land, place in namesakes[key].items()),
            key=lambda pair: (pair[0], pair[1].population),
        )
        if count > held_count:
            chosen[key] = place
    return table.preferring(chosen) if chosen else table


def _place_spans(table: Gazetteer, tokens: list[Token]) -> list[tuple[int, str]]:
    """Where each run of capitalised words names a place of the table, longest name first: (first word,
    folded name)."""
    spans: list[tuple[int, str]] = []
    i = 0
    while i < len(tokens):
        if not tokens[i].capitalised:
            i += 1
            continue
        size = 1
        while size < _LONGEST_PLACE_NAME and i + size < len(tokens) and _joined_capital(tokens, i + size):
            size += 1
        for length in range(size, 0, -1):
            key = " ".join(token.folded for token in tokens[i : i + length])
            if key in table.places:
                spans.append((i, key))
                i += length
                break
        else:
            i += 1
    return spans


def _joined_capital(tokens: list[Token], i: int) -> bool:
    return tokens[i - 1].joined and tokens[i].capitalised


def _lands_named(
    table: Gazetteer,
    spans: list[tuple[int, str]],
    tokens: list[Token],
    sentence_first: set[int],
    namesakes: dict[str, dict[str, Place]],
) -> Counter[str]:
    """How often the page names each land: by its own name, a region's, a people's, or a town's that no
    other land shares."""
    lands: Counter[str] = Counter()
    for i, key in spans:
        place = table.places.get(key)
        if key in namesakes or place is None:
            continue  # the spelling in question is no evidence of its own land
        land = _land_of(place, key)
        if land is not None and _names_a_place(place, key, i, tokens, sentence_first):
            lands[land] += 1
    for token in tokens:
        people = table.country_of_demonym(token.folded) if token.capitalised else None
        if people is not None:
            lands[people] += 1  # "Scottish farmers", "an Australian firm"
    return lands


def _land_of(place: Place, key: str) -> str | None:
    if place.kind == "state":
        return place.name
    return place.country or _NATIONS_OF_A_STATE.get(key)


def _names_a_place(place: Place, key: str, i: int, tokens: list[Token], sentence_first: set[int]) -> bool:
    """A name the page surely uses for the place: a state's, a region's or a large town's that opens no longer
    name ("Virginia Woolf"), or a small town's of two words or more, or of one rare word inside a sentence
    ("Police" opening a sentence is no town of Poland)."""
    if place.kind == "state" or " " in key:
        return True
    if tokens[i].joined and i + 1 < len(tokens) and tokens[i + 1].capitalised:
        return False
    if key in _NATIONS_OF_A_STATE or place.population == 0 or place.population >= KNOWN_TOWN:
        return True
    return i not in sentence_first and zipf(key) < WORD_ALONE
