"""A Korean headline of a box of other stories that opens with a town's name ("여수 밤바다 불꽃축제 개막",
"고흥 유자 수확 시작"): local news heads a story with its town and a space, no particle, no colon.

Many towns' names are everyday words too ("예산", a budget; "구리", copper; "영양", nutrition), so the name
must be rare as a word, or fairly rare on a page whose text names other towns of the country (a page of
local news), and the page's own text must not write it unread (there it would be the word).
"""

from __future__ import annotations

import re
from functools import lru_cache

from dossier.ingest.gazetteer import KOREAN_WITH_A_CUE, Place, gazetteer, is_region, korean_zipf
from dossier.ingest.korean_divisions import korean_division
from dossier.ingest.names import fold
from dossier.ingest.word_forms import base_forms

_HANGUL_WORD = re.compile(r"[가-힣]+")
# Zipf: a town's name rarer than this opens a headline as the town ("고흥" 3.41, "정선" 3.89); one rarer than
# the second only on a page of local news ("여수" 4.17, "평창" 4.37; "영양" 4.13 and "구리" 4.30 are words too;
# "화성" 4.49 is Mars as often as the city, "예산" 4.54 a budget and "음성" 4.54 a voice first)
_RARE_NAME, _LOCAL_NAME = 3.95, 4.4
_OTHER_TOWNS = 2  # towns of the country the text names, read without a cue, that make it a page of local news
_SHORTEST = 2  # syllables: one alone is a word


def _town(stem: str) -> Place | None:
    root = gazetteer()
    key = fold(stem)
    place = root.local.get("ko", {}).get(key) or root.local.get(KOREAN_WITH_A_CUE, {}).get(key) or korean_division(stem)
    if place is None or place.kind != "place" or is_region(place) or place.country != "South Korea":
        return None
    return place


@lru_cache(maxsize=8)
def _home_towns_in(text: str) -> frozenset[str]:
    own = gazetteer().local.get("ko", {})
    named: set[str] = set()
    for word in set(_HANGUL_WORD.findall(text)):
        for form in (word, *base_forms(word, "ko")):
            place = own.get(fold(form))
            if place is not None and place.kind == "place" and place.country == "South Korea":
                named.add(place.name)
                break
    return frozenset(named)


def korean_headline_town(headline: str, text: str) -> Place | None:
    """The town of South Korea whose bare name opens the headline, followed by a space and a Hangul word."""
    words = headline.split()
    if len(words) < 2 or not _HANGUL_WORD.fullmatch(words[0]) or not _HANGUL_WORD.match(words[1]):
        return None
    stem = words[0]
    place = _town(stem) if len(stem) >= _SHORTEST else None
    if place is None or stem in text:
        return None
    frequency = korean_zipf(stem)
    if frequency < _RARE_NAME:
        return place
    if frequency < _LOCAL_NAME and len(_home_towns_in(text) - {place.name}) >= _OTHER_TOWNS:
        return place
    return None
