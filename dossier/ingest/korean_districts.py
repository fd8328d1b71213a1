"""The districts (구) of South Korea's special and metropolitan cities, named after their city: "대전 유성과 부산
동래의 온천", "서울 마포구에서", "부산 해운대구".

The tables hold the cities, not their districts, and a district's name alone is often a word or a name of its own
("유성": a meteor, "수성": Mercury). After its city's name, bare or with its suffix 구, it is the district. The list
is closed and kept by law; the districts named by a compass point or the centre ("중구", "동구", "남구") are left,
as every one of the cities has them.
"""

from __future__ import annotations

import re

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.gazetteer import Place
from dossier.ingest.grouping import Candidate
from dossier.ingest.other_language_common import place_candidate
from dossier.ingest.word_forms import base_forms
from dossier.model import ActorKind

# The city's Hangul name -> its districts' names without 구
_DISTRICTS: dict[str, frozenset[str]] = {
    "서울": frozenset(
        [
            *("종로", "용산", "성동", "광진", "동대문", "중랑", "성북", "강북", "도봉", "노원", "은평", "서대문"),
            *("마포", "양천", "강서", "구로", "금천", "영등포", "동작", "관악", "서초", "강남", "송파", "강동"),
        ]
    ),
    "부산": frozenset(["영도", "부산진", "동래", "해운대", "사하", "금정", "강서", "연제", "수영", "사상"]),
    "대구": frozenset(["수성", "달서"]),
    "인천": frozenset(["미추홀", "연수", "남동", "부평", "계양"]),
    "광주": frozenset(["광산"]),
    "대전": frozenset(["유성", "대덕"]),
}
_SUFFIX = "구"
_GROUP_OF_DISTRICTS = re.compile(r"\d+구\w*")
# A district of many voters is cut into constituencies named after it with 갑, 을, 병 ("수성갑", "해운대을")
_CONSTITUENCY_HALVES = frozenset("갑을병")


def korean_district_after_its_city(doc: ActorDocument, position: int) -> Candidate | None:
    """'대전 유성과', '서울 마포구에서': a district of the city named right before it, bare or with 구."""
    tokens = doc.tokens
    if position == 0 or doc.text[tokens[position - 1].end : tokens[position].start] != " ":
        return None
    districts = _DISTRICTS.get(tokens[position - 1].text)
    if districts is None:
        return None
    word = tokens[position].text
    if position + 1 < len(tokens) and _GROUP_OF_DISTRICTS.fullmatch(tokens[position + 1].text):
        return None  # "서울 강남 3구": the three districts south of the river, a grouping named by the word, no one
    for form in (word, *base_forms(word, "ko")):
        stem = form.removesuffix(_SUFFIX) if len(form) > 2 else form
        if stem[-1:] in _CONSTITUENCY_HALVES and stem[:-1] in districts and not _object_particle(stem):
            stem = form  # "대구 수성갑": the district's first constituency, named after it
            districts = districts | {form}
        if stem in districts:
            name = form if form.endswith(_SUFFIX) else stem
            return place_candidate(position, position, name, Place(name, "place", "South Korea"), ActorKind.place)
    return None


def korean_district_alone(stem: str) -> Place | None:
    """'동대문' -> 동대문구: the district a bare name names when only one city has a district so named
    ("강서" is Seoul's and Busan's), for a word that needs no city before it ("동대문경찰서")."""
    cities = [city for city, districts in _DISTRICTS.items() if stem in districts]
    return Place(stem + _SUFFIX, "place", "South Korea") if len(cities) == 1 else None


# Korean lists nouns that share a last syllable with a middle dot and writes it once, on the last:
# "강북·구로·송파구" are the districts 강북구, 구로구 and 송파구.
_DOTS = frozenset(("·", "ㆍ", "‧", "・", "∙", "･"))  # the middle dot as keyboards write it (`korean_places`)
_LONGEST_DOTTED_LIST = 12


def korean_district_named_alone(doc: ActorDocument, position: int) -> Candidate | None:
    """'영등포구에서', '(동대문구)': a district named with its suffix 구, which only one city's district
    bears; and each item of a dotted list of such districts that writes 구 once, last ("강북·구로·금천구")."""
    tokens = doc.tokens
    word = tokens[position].text
    for form in (word, *base_forms(word, "ko")):
        stem = form.removesuffix(_SUFFIX)
        if form.endswith(_SUFFIX) and len(stem) >= 2 and korean_district_alone(stem) is not None:
            return _district(position, stem)
    if korean_district_alone(word) is None:
        return None
    k = position
    while k + 1 < len(tokens) and k - position < _LONGEST_DOTTED_LIST:
        if doc.text[tokens[k].end : tokens[k + 1].start] not in _DOTS:
            return None
        k += 1
        last = tokens[k].text
        for form in (last, *base_forms(last, "ko")):
            stem = form.removesuffix(_SUFFIX)
            if form.endswith(_SUFFIX) and korean_district_alone(stem) is not None:
                return _district(position, word)  # the list's last item carries the suffix for all
        if korean_district_alone(last) is None:
            return None  # an item that is no district: "강북·강남 집값" is the two banks of the river
    return None


def _district(position: int, stem: str) -> Candidate:
    name = stem + _SUFFIX
    return place_candidate(position, position, name, Place(name, "place", "South Korea"), ActorKind.place)


def _object_particle(form: str) -> bool:
    """'강남을': after a syllable that closes on a consonant, 을 is the object particle, no constituency."""
    last = ord(form[-2]) - 0xAC00 if len(form) > 1 else -1
    return form[-1] == "을" and 0 <= last < 11172 and last % 28 != 0
