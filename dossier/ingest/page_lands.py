"""Which of several places of one name a page means, from the places named beside it.

The gazetteer keeps one place per spelling, the biggest: "Perth" is Perth in Australia, "Cambridge" the English
town. The page often says which one it means, and a reader goes by how plainly it says so:
- a region or a state right after the name's comma decides: "Cambridge, Massachusetts", "London, Ontario",
  "Boston, Lincolnshire", "Perth, Scotland";
- a region or a nation named in the same sentence decides where the page names nothing of the held place's
  land: "near Perth and Pitlochry in Scotland";
- a town of the other land in the same sentence decides for a town smaller than `KNOWN_TOWN` on the same
  terms: "between Bodmin and Launceston".
A spelling that places of several lands share is no evidence of a land ("Santa Cruz" beside "La Paz"), nor
is a place's name inside a longer one ("Bank of Scotland", "Theatre Severn", "Choque-Mendez"), and a state
named in a sentence only tells its land right after a comma: the news names states everywhere.
"""

from __future__ import annotations

import bisect
import enum
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from dossier.ingest.common_words import zipf
from dossier.ingest.gazetteer import NAMESAKES, REGIONS_NAMED_AS_TOWNS, Gazetteer, Place, gazetteer, is_region
from dossier.ingest.mentions import Token
from dossier.ingest.name_words import WORD_ALONE
from dossier.ingest.other_language_common import KNOWN_TOWN
from dossier.ingest.place_evidence import LARGE_CITY
from dossier.ingest.sentences import Sentence

# The nations of the United Kingdom are lands of the gazetteer's own list, held by no state.
_NATIONS_OF_A_STATE = {
    "england": "United Kingdom",
    "scotland": "United Kingdom",
    "wales": "United Kingdom",
    "northern ireland": "United Kingdom",
}
_LONGEST_PLACE_NAME = 4  # words
_WORDS_INSIDE_A_NAME = frozenset({"of", "de", "del", "da", "do", "the"})  # "Bank of Scotland"


class _Evidence(enum.IntEnum):
    TOWN = 1  # a town of the land in the same sentence
    REGION = 2  # a region or nation of the land in the same sentence
    APPOSITION = 3  # a region, nation or state right after the name's comma


@dataclass(frozen=True)
class _Span:
    first: int  # token indexes
    last: int
    key: str  # the folded words


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


@dataclass
class _Page:
    text: str
    table: Gazetteer
    tokens: list[Token]
    spans: list[_Span]
    sentence_first: set[int]
    namesakes: dict[str, dict[str, Place]]


def places_for_the_page(text: str, table: Gazetteer, tokens: list[Token], sentences: list[Sentence]) -> Gazetteer:
    """The gazetteer as this page reads it: a spelling that places of several lands share names the place of
    the land the page says it means (see the module's rules); otherwise the held one."""
    namesakes = _namesakes()
    spans = _place_spans(table, tokens)
    if not any(span.key in namesakes for span in spans):
        return table
    sentence_starts = [sentence.start for sentence in sentences]
    token_starts = [token.start for token in tokens]
    page = _Page(
        text, table, tokens, spans, {bisect.bisect_left(token_starts, start) for start in sentence_starts}, namesakes
    )

    def sentence_of(span: _Span) -> int:
        return bisect.bisect_right(sentence_starts, tokens[span.first].start)

    beside: dict[int, list[tuple[str, _Evidence]]] = {}
    named_on_the_page: set[str] = set()
    regions_named: Counter[str] = Counter()  # land -> how often the page names a region or a nation of it
    towns_named: Counter[str] = Counter()  # land -> how often the page names a town of it by an unshared name
    states_named: set[str] = set()
    for span in spans:
        if span.key in namesakes or _inside_a_longer_name(page, span):
            continue
        land, evidence = _land_of_an_unshared_name(page, span)
        if land is not None:
            named_on_the_page.add(land)
            if evidence is None:
                states_named.add(land)
            if evidence is _Evidence.REGION:
                regions_named[land] += 1
            elif evidence is _Evidence.TOWN:
                towns_named[land] += 1
            if evidence is not None:
                beside.setdefault(sentence_of(span), []).append((land, evidence))
    chosen: dict[str, Place] = {}
    for number, span in enumerate(spans):
        held = table.places[span.key]
        if span.key not in namesakes or held.kind == "state" or held.country is None:
            continue
        apposition = _apposition(page, number)
        lands = [*beside.get(sentence_of(span), []), *((land, _Evidence.APPOSITION) for land, _ in apposition)]
        lands += _region_after_its_town(page, number)
        if any(land == held.country for land, _ in lands):
            same_land = namesakes[span.key].get(held.country)
            if same_land is not None:
                # "Victoria and New South Wales": the held name is a region's, as well known as one where its
                # land is named beside it (a given name alone needs more)
                chosen.setdefault(span.key, same_land)
            continue
        for land, evidence in sorted(lands, key=lambda pair: -pair[1]):
            namesake = namesakes[span.key].get(land)
            if namesake is not None and _decides(evidence, held, named_on_the_page):
                chosen.setdefault(span.key, namesake)
                # "London, Ontario": the region after the comma is Canada's too, not Ontario, California
                chosen.update((page.spans[number + 1].key, region) for named, region in apposition if named == land)
                break
        if span.key not in chosen and held.country in namesakes[span.key] and held.country not in named_on_the_page:
            # A region's name read over a little-known town abroad (`gazetteer`): the town, where the page keeps
            # naming regions of the town's land and nothing of the region's ("Surrey" on a British Columbia page)
            town = _town_of_the_land_named(namesakes[span.key], regions_named, towns_named)
            if town is not None:
                chosen[span.key] = town
        if span.key not in chosen and held.kind == "place" and held.population < LARGE_CITY:
            # "Whitby" on a page that names Seaham, Prudhoe and Tynemouth: a town of the land the page is about
            town = _town_of_the_page_s_land(namesakes[span.key], held, regions_named + towns_named, states_named)
            if town is not None:
                chosen[span.key] = town
    return table.preferring(chosen) if chosen else table


_REGIONS_NAMED_FOR_A_PAGE = 2  # times: a land's regions named once may be a passing mention
_TOWNS_BESIDE_ONE_REGION = 2  # "British Columbia" once with "Burnaby" and "Coquitlam": the page is in Canada


def _town_of_the_land_named(
    by_land: dict[str, Place], regions_named: Counter[str], towns_named: Counter[str]
) -> Place | None:
    """The town of the land the page keeps naming: two of its regions, or one region and two of its towns (a town's
    name alone may be a family name, so towns do not decide without a region)."""
    for land, times in regions_named.most_common():
        plainly = times >= _REGIONS_NAMED_FOR_A_PAGE or towns_named[land] >= _TOWNS_BESIDE_ONE_REGION
        if plainly and land in by_land and not _is_region(by_land[land]):
            return by_land[land]
    return None


_PLACES_OF_THE_PAGE_S_LAND = 3  # regions and towns of a land named on a page that is about it
_TIMES_THE_OTHER_LAND_S = 2  # and twice as many as the held town's land has, at least


def _town_of_the_page_s_land(
    by_land: dict[str, Place], held: Place, places_named: Counter[str], states_named: set[str]
) -> Place | None:
    """The namesake of the land a page keeps naming towns and regions of, where the held town is no great city and
    the page names its state not at all and its land's places far less ("Whitby" among three towns of England)."""
    if held.country is None or held.country in states_named:
        return None
    home = places_named[held.country]
    for land, times in places_named.most_common(1):
        if land in by_land and times >= _PLACES_OF_THE_PAGE_S_LAND and times >= _TIMES_THE_OTHER_LAND_S * home:
            return by_land[land]
    return None


def _decides(evidence: _Evidence, held: Place, named_on_the_page: set[str]) -> bool:
    if evidence is _Evidence.APPOSITION:
        return True
    if held.country in named_on_the_page:
        return False
    return evidence is _Evidence.REGION or held.population < KNOWN_TOWN


def _place_spans(table: Gazetteer, tokens: list[Token]) -> list[_Span]:
    """Each run of capitalised words that names a place of the table, longest name first."""
    spans: list[_Span] = []
    i = 0
    while i < len(tokens):
        if not tokens[i].capitalised:
            i += 1
            continue
        size = 1
        while size < _LONGEST_PLACE_NAME and i + size < len(tokens) and tokens[i + size - 1].joined:
            if not tokens[i + size].capitalised:
                break
            size += 1
        for length in range(size, 0, -1):
            key = " ".join(token.folded for token in tokens[i : i + length])
            if key in table.places:
                spans.append(_Span(i, i + length - 1, key))
                i += length
                break
        else:
            i += 1
    return spans


def _land_of_an_unshared_name(page: _Page, span: _Span) -> tuple[str | None, _Evidence | None]:
    """The land a place's name on the page names (a state, a region, a nation, a town), and how plainly it says
    where a shared name beside it lies (a state: only after its comma, `_apposition`)."""
    place = page.table.places[span.key]
    if place.kind == "state":
        return place.name, None
    nation = _NATIONS_OF_A_STATE.get(span.key)
    if nation is not None:
        return nation, _Evidence.REGION
    if _is_region(place):
        return place.country, _Evidence.REGION
    if place.country is None or not _names_a_town(page, span):
        return None, None
    return place.country, _Evidence.TOWN


def _apposition(page: _Page, number: int) -> list[tuple[str, Place]]:
    """'Cambridge, Massachusetts', 'London, Ontario', 'Kingston, Jamaica': the region, nation or state named
    right after the shared name's comma, by land (a region's name that a town abroad holds counts here too)."""
    if number + 1 >= len(page.spans):
        return []
    span, after = page.spans[number], page.spans[number + 1]
    gap = page.text[page.tokens[span.last].end : page.tokens[after.first].start]
    if after.first != span.last + 1 or gap.strip() != "," or _opens_a_longer_name(page.tokens, after):
        return []
    place = page.table.places[after.key]
    nation = _NATIONS_OF_A_STATE.get(after.key)
    if place.kind == "state":
        return [(place.name, place)]
    if nation is not None:
        return [(nation, place)]
    regions = [candidate for candidate in (place, *page.namesakes.get(after.key, {}).values()) if _is_region(candidate)]
    return [(str(region.country), region) for region in regions]


def _region_after_its_town(page: _Page, number: int) -> list[tuple[str, _Evidence]]:
    """'Melbourne, Victoria', 'Maidstone, Kent': a shared name right after a town's comma is the town's region,
    where the town's land has a region of that name (a town of that name would be the next item of a list)."""
    if number == 0:
        return []
    town, span = page.spans[number - 1], page.spans[number]
    place = page.table.places[town.key]
    land = place.country if place.kind == "place" else None
    region = page.namesakes[span.key].get(land) if land is not None else None
    gap = page.text[page.tokens[town.last].end : page.tokens[span.first].start]
    if region is None or not _is_region(region) or town.last + 1 != span.first or gap.strip() != ",":
        return []
    return [(str(land), _Evidence.APPOSITION)]


def _is_region(place: Place) -> bool:
    # (a region named by a frequent word, and a US state, have no population in the table)
    return is_region(place) or (place.kind == "place" and place.population == 0 and place.country is not None)


def _opens_a_longer_name(tokens: list[Token], span: _Span) -> bool:
    """'Cornwall Council', 'Virginia Woolf': the place's name opens a longer name, a body's or a person's."""
    return tokens[span.last].joined and span.last + 1 < len(tokens) and tokens[span.last + 1].capitalised


def _inside_a_longer_name(page: _Page, span: _Span) -> bool:
    """'Bank of Scotland', 'Theatre Severn', 'Choque-Mendez', 'Cornwall Council': a place's name that opens,
    closes or ends a longer name is no place of its own."""
    tokens, before = page.tokens, span.first - 1
    if _opens_a_longer_name(tokens, span):
        return True
    if before < 0 or not tokens[before].joined:
        return False
    if tokens[before].capitalised and before not in page.sentence_first:
        return True
    return tokens[before].folded in _WORDS_INSIDE_A_NAME and before > 0 and tokens[before - 1].capitalised


def _names_a_town(page: _Page, span: _Span) -> bool:
    """A town's name the page surely uses for the town: of two words or more, or one rare word inside a
    sentence, not in capitals ("Police" opening a sentence is no town of Poland, "OAS" none of the Philippines)."""
    if " " in span.key:
        return True
    token = page.tokens[span.first]
    return span.first not in page.sentence_first and zipf(span.key) < WORD_ALONE and not token.text.isupper()
