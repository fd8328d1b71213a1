"""Korean words that name a state or a known town, with or without a particle ("서울에서"), and the
Korean names of provinces, counties, ports, rivers and towns before a facility or a site.

Korean has no capitals and joins particles to nouns, so every Hangul word is asked: a word of the
language of this frequency is a word of its own, not a name with a particle joined to it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.gazetteer import KOREAN_ABROAD, KOREAN_WITH_A_CUE, Place, gazetteer, is_region, korean_zipf
from dossier.ingest.grouping import Candidate
from dossier.ingest.korean_addresses import is_township, korean_address_part
from dossier.ingest.korean_datelines import korean_dateline
from dossier.ingest.korean_districts import (
    korean_district_after_its_city,
    korean_district_alone,
    korean_district_named_alone,
)
from dossier.ingest.korean_divisions import (
    DIVISION_SIZE,
    GYEONGGI,
    GYEONGGI_GWANGJU,
    is_korean_city,
    korean_division,
)
from dossier.ingest.names import fold, fold_phrase
from dossier.ingest.names_something_else import title_of_a_work
from dossier.ingest.other_language_common import KNOWN_TOWN, place_candidate, weather_reading
from dossier.ingest.place_evidence import LARGE_CITY
from dossier.ingest.word_forms import base_forms, is_hangul, korean_romanisations
from dossier.model import ActorKind

# A Korean word this frequent (Zipf) is a word of its own, not a name with a particle joined to it.
_KOREAN_WORD = 3.0
# A person's age in brackets ("이모(45)씨", "한모(52)씨는") or "씨" (Mr, Ms) right after a word: Korean news
# names a person so, often by the family name and "모" (so-and-so) alone; no town is written so.
_PERSON_AFTER = re.compile(r"\s?(?:\(\d{1,3}세?\)|씨(?:는|가|를|의|와|에게|도|$|(?![가-힣])))")
# A town's name in Hangul has two syllables at least ("부산", "속초"); a syllable alone is a word.
_SHORTEST_TOWN = 2


def read_hangul_word(doc: ActorDocument, position: int) -> Candidate | None:
    """A Korean word that names a state or a known town, with or without a particle ("서울에서")."""
    word = doc.tokens[position].text
    if not is_hangul(word):
        return _korean_constituency(doc, position)
    if _PERSON_AFTER.match(doc.text, doc.tokens[position].end):
        return None  # "이모(45)씨", "하모 씨": a person's family name and "모" (so-and-so), their age or "Mr"
    if weather_reading(doc, position):
        return None  # "서울 3.2℃": a weather bar's reading
    paired = _state_of_a_dotted_pair(doc, position)  # "미·중 갈등", "한·미·일 정상회담"
    if paired is not None:
        return paired
    bay = _korean_bay_of_a_town(doc, position)
    if bay is not None:
        return bay
    district = korean_district_after_its_city(doc, position)  # "대전 유성과", "부산 사하를": no Yakutia (Sakha)
    if district is not None:
        return district
    root = gazetteer()
    own = root.local.get("ko", {})
    states = root.exonyms.get("ko", {})
    for form in (word, *base_forms(word, "ko")):
        if form != word and korean_zipf(word) >= _KOREAN_WORD:
            break  # "고양이" is a cat, not Goyang with a particle
        key = fold(form)
        # Only Hangul spellings: a folded Korean word may equal some Latin spelling of a village.
        if key not in own and key not in states:
            continue
        place = doc.gazetteer.lookup((key,))
        if place is None or (place.kind != "state" and place.population < KNOWN_TOWN):
            continue
        if len(form) < _SHORTEST_TOWN and place.kind != "state":
            continue  # "결승타를 친 외야수": one syllable is a word (a verb here), no Chin State of Myanmar
        if form == word and place.kind != "state" and _opens_korean_name(doc, position):
            return None  # "울산 HD", "대전 하나시티즌": a club named after its town
        if place.kind != "state" and position > 0 and doc.tokens[position - 1].text in _KOREAN_CLUB_OPENERS:
            return None  # "바이에른 뮌헨은": Bayern Munich
        if form == word and _korean_style_or_count(doc, position):
            return None  # "뉴욕 치즈케이크", "벨기에 와플": a dish; "대구 한 마리": a cod
        if title_of_a_work(doc, position, "ko"):
            return None  # "앨범 '시카고 나이트'": an album's title
        if place.kind != "state" and _an_offence_or_a_harm(doc, position):
            return None  # "상해 혐의", "상해를 입었다": the charge of injury, an injury suffered; no Shanghai
        region = _region_named_as_a_state(doc, position, place)
        if region is not None:
            return place_candidate(position, position, form, region, ActorKind.place)
        kind = ActorKind.state if place.kind == "state" else ActorKind.place
        name = _without_town_suffix(form, place)
        if place.name == "Gwangju" and _listed_among_gyeonggi_towns(doc, position):
            place = GYEONGGI_GWANGJU  # "파주·광명·광주·의정부": Gyeonggi's 광주, not the metropolitan city
        return place_candidate(position, position, name, place, kind)
    return (
        korean_dateline(doc, position, _korean_town_or_division)
        or _korean_town_with_a_facility(doc, position)
        or _korean_town_of_its_office(doc, position)
        or _korean_seat_of_a_law_office(doc, position)
        or _korean_runner_of_a_facility(doc, position)  # "남동구립도서관은": Namdong district's library
        or korean_district_named_alone(doc, position)  # "(영등포구)", "강북·구로·금천구"
        or _korean_town_bound_for(doc, position)
        or _korean_province(doc, position)
        or _korean_province_with_do(doc, position)
        or _listed_korean_province(doc, position)
        or _cued_korean_town(doc, position)
        or _listed_korean_town(doc, position)
        or _town_listed_with_its_neighbour(doc, position)
        or _romanised_town_of_the_state_before(doc, position)
        or _romanised_city_of_a_state_named_here(doc, position)
        or _division_of_the_state_before(doc, position)
        or _region_with_its_suffix(doc, position)
        or _korean_town_before_a_site(doc, position)
        or _korean_made_in(doc, position)
        or _korean_county(doc, position)
        or _korean_river(doc, position)
        or _korean_address(doc, position)
        or _korean_port(doc, position)
        or _korean_resort(doc, position)  # "해운대해수욕장과", "백암온천은"
        or _korean_macro_region(doc, position)
        or _korean_island(doc, position)
    )


# Korean court news names an offence by its noun before "혐의" (the charge of), and a harm by its noun as the object of
# "입다" (to suffer): "상해 혐의로 기소", "상해를 입었다". A town is neither charged nor suffered.
_CHARGE = "혐의"
_SUFFERED = "입"
_OBJECT_PARTICLES = ("을", "를")


def _an_offence_or_a_harm(doc: ActorDocument, position: int) -> bool:
    tokens = doc.tokens
    if position + 1 >= len(tokens) or doc.text[tokens[position].end : tokens[position + 1].start] != " ":
        return False
    after = tokens[position + 1].text
    return after.startswith(_CHARGE) or (
        tokens[position].text.endswith(_OBJECT_PARTICLES) and after.startswith(_SUFFERED)
    )


# Korean news names the sides of a relation between states by one syllable each (the first of the state's name in
# Chinese characters), joined by a middle dot: "미·중 갈등" (the US-China conflict), "한·미·일 정상회담", "러·우
# 전쟁" (Russia and Ukraine). A syllable alone is a word ("일" work, "중" middle, "영" zero), so every syllable of
# the dotted chain must be a state's: "중·고등학교" (middle and high school) and "일·가정 양립" (work and family) are no
# states.
_STATE_SYLLABLES = {
    "한": "한국",
    "미": "미국",
    "중": "중국",
    "일": "일본",
    "북": "북한",
    "러": "러시아",
    "영": "영국",
    "독": "독일",
    "불": "프랑스",
    "호": "호주",
    "캐": "캐나다",
    "우": "우크라이나",
    "베": "베트남",
}
# the middle dot as Korean papers type it: "·", the Hangul letter "ㆍ", the bullet operator, the hyphenation point
_STATE_DOTS = frozenset(["·", "ㆍ", "∙", "‧", "･"])


def _state_of_a_dotted_pair(doc: ActorDocument, position: int) -> Candidate | None:
    tokens, text = doc.tokens, doc.text
    if tokens[position].text not in _STATE_SYLLABLES:
        return None
    first = last = position
    while first > 0 and text[tokens[first - 1].end : tokens[first].start] in _STATE_DOTS:
        first -= 1
    while last + 1 < len(tokens) and text[tokens[last].end : tokens[last + 1].start] in _STATE_DOTS:
        last += 1
    if first == last or any(tokens[k].text not in _STATE_SYLLABLES for k in range(first, last + 1)):
        return None
    name = _STATE_SYLLABLES[tokens[position].text]
    place = doc.gazetteer.lookup((fold(name),))
    if place is None or place.kind != "state":
        return None
    return place_candidate(position, position, name, place, ActorKind.state)


# A councillor's seat in brackets after the title: "김광명 의원(파주2)", "도의원(용인3)" name the town and
# the number of its district.
_MEMBER = "의원"
_NUMBERED_SEAT = re.compile(r"([가-힣]{2,})(\d{1,2})")


def _korean_constituency(doc: ActorDocument, position: int) -> Candidate | None:
    tokens = doc.tokens
    seat = _NUMBERED_SEAT.fullmatch(tokens[position].text)
    if seat is None or position == 0:
        return None
    before = tokens[position - 1]
    if doc.text[before.end : tokens[position].start] != "(" or not before.text.endswith(_MEMBER):
        return None
    stem = seat.group(1)
    place = _korean_town_spelling(stem) or korean_division(stem)
    if place is None or place.kind == "state" or place.country != "South Korea":
        return None
    return place_candidate(position, position, stem, place, ActorKind.place)


# A state's first-level region that another state's name spells in Hangul too: Korean writes the region
# after its state with a space ("미국 조지아": the US state, not the country of the Caucasus).
_REGIONS_NAMED_AS_STATES = {("United States", "Georgia")}


def _region_named_as_a_state(doc: ActorDocument, position: int, place: Place) -> Place | None:
    tokens = doc.tokens
    if place.kind != "state" or position == 0 or doc.text[tokens[position - 1].end : tokens[position].start] != " ":
        return None
    before = gazetteer().exonyms.get("ko", {}).get(fold(tokens[position - 1].text))
    if (before, place.name) not in _REGIONS_NAMED_AS_STATES:
        return None
    return Place(place.name, "place", before)


# The regions of South Korea named by "권" (sphere) joined to a region's name: "수도권" (the capital
# area: Seoul, Incheon, Gyeonggi), "충청권 광역철도". A closed set; every one is only ever a region.
_KOREAN_MACRO_REGIONS = {
    "수도권": "Seoul Capital Area",
    "충청권": "Chungcheong",
    "호남권": "Honam",
    "영남권": "Yeongnam",
    "동남권": "Dongnam",
    "대경권": "Daegu-Gyeongbuk",
    # Gangwon's two halves either side of the Taebaek range: the east coast and the inland west
    "영동권": "Yeongdong",
    "영서권": "Yeongseo",
}


# Islands the news names bare, with no city before them ("울릉도와 독도를 잇는 여객선"): GeoNames holds them
# as islands, not towns, and a word in 도 is often a compound or a noun with the particle 도 ("시민도"), so a
# kept list of the well-known ones. Not "진도" (also a quake's intensity), "여의도" (parliament, as a
# metonym), "제주도" (the province) nor islands named after their city ("거제도": `korean_addresses`).
_KOREAN_ISLANDS = {
    "울릉도": "Ulleungdo",
    "독도": "Dokdo",
    "백령도": "Baengnyeongdo",
    "연평도": "Yeonpyeongdo",
    "흑산도": "Heuksando",
    "마라도": "Marado",
    "거문도": "Geomundo",
    "안면도": "Anmyeondo",
    "대부도": "Daebudo",
    "선유도": "Seonyudo",
    "강화도": "Ganghwado",
    "영종도": "Yeongjongdo",
    "가덕도": "Gadeokdo",
    "소청도": "Socheongdo",
    "대청도": "Daecheongdo",
}


# Korea's mountains the news names bare ("한라산 첫눈", "지리산에서", "설악산 대청봉"): its national parks' and a few
# more every reader knows. A word ending in 산 is no mountain by its shape ("부동산", real estate; "중국산", made in
# China; "생산", production), so the list.
_KOREAN_MOUNTAINS = {
    "한라산": "Hallasan",
    "지리산": "Jirisan",
    "설악산": "Seoraksan",
    "북한산": "Bukhansan",
    "속리산": "Songnisan",
    "덕유산": "Deogyusan",
    "내장산": "Naejangsan",
    "월출산": "Wolchulsan",
    "소백산": "Sobaeksan",
    "태백산": "Taebaeksan",
    "무등산": "Mudeungsan",
    "가야산": "Gayasan",
    "치악산": "Chiaksan",
    "오대산": "Odaesan",
    "주왕산": "Juwangsan",
    "계룡산": "Gyeryongsan",
    "월악산": "Woraksan",
    "팔공산": "Palgongsan",
    "금정산": "Geumjeongsan",
    "관악산": "Gwanaksan",
    "도봉산": "Dobongsan",
    "백두산": "Paektusan",
    "금강산": "Kumgangsan",
    "마니산": "Manisan",
    "후지산": "Mount Fuji",
}


def _korean_island(doc: ActorDocument, position: int) -> Candidate | None:
    word = doc.tokens[position].text
    for form in (word, *base_forms(word, "ko")):
        name = _KOREAN_ISLANDS.get(form)
        country = "South Korea"
        if name is None:
            name = _KOREAN_MOUNTAINS.get(form)  # "한라산 첫눈", "지리산에서"
            country = "Japan" if form == "후지산" else country
        if name is not None:
            return place_candidate(position, position, form, Place(name, "place", country), ActorKind.place)
    return _island_by_its_shape(doc, position)


# An island's name is its own two syllables or more and "도" (island): "추자도", "비금도". A word of that shape
# is also a noun with the particle "도" (also: "시민도"), so its stem must be no word of the language, and the
# island must be listed with a known island, a town or a township ("진도와 추자도 사이", "노화읍과 보길도") or follow
# its county ("신안군 비금도와 도초도").
_ISLAND = "도"
_ISLAND_STEM_AS_WORD = 3.5  # Zipf: "추자" 3.1 is a name; "시민" 5.0, "회사" a word


def _island_by_its_shape(doc: ActorDocument, position: int, listed: bool = True) -> Candidate | None:
    form = _island_shaped(doc.tokens[position].text)
    if form is None:
        return None
    tokens = doc.tokens
    word = tokens[position].text
    spaced_after = position + 1 < len(tokens) and doc.text[tokens[position].end : tokens[position + 1].start] == " "
    if form == word and spaced_after and _area_noun(tokens[position + 1].text):
        return _island_candidate(position, form)  # "가거도 주민", "추자도 해역": the people or the waters of it
    if position > 0 and doc.text[tokens[position - 1].end : tokens[position].start] == " ":
        county = tokens[position - 1].text
        if county.endswith("군") and korean_division(county[:-1]) is not None:
            return _island_candidate(position, form)
    if not listed:
        return None
    partners = []
    if position > 0 and tokens[position - 1].text.endswith(_KOREAN_AND):
        partners.append(position - 1)
    if tokens[position].text.endswith(_KOREAN_AND) and position + 1 < len(tokens):
        partners.append(position + 1)
    partners += [
        k for k in (position - 1, position + 1) if 0 <= k < len(tokens) and k in _comma_partners(doc, position)
    ]
    for partner in partners:
        if doc.text[tokens[min(partner, position)].end : tokens[max(partner, position)].start] not in (" ", ", "):
            continue
        other = tokens[partner].text
        if (
            any(_KOREAN_ISLANDS.get(each) for each in (other, *base_forms(other, "ko")))
            or _island_by_its_shape(doc, partner, listed=False) is not None
            or _korean_home_town_at(doc, partner) is not None
            or is_township(other)  # "노화읍과 보길도의": a township of the county listed with its island
        ):
            return _island_candidate(position, form)
    return None


def _island_shaped(word: str) -> str | None:
    for form in (word, *base_forms(word, "ko")):
        stem = form.removesuffix(_ISLAND)
        shaped = stem != form and len(stem) >= 2 and is_hangul(stem)
        if shaped and korean_zipf(stem) < _ISLAND_STEM_AS_WORD and korean_zipf(form) < _KOREAN_WORD:
            return form
    return None


def _island_candidate(position: int, form: str) -> Candidate:
    return place_candidate(position, position, form, Place(form, "place", "South Korea"), ActorKind.place)


# A mountain range is named by 산맥 joined to its name ("태백산맥", "소백산맥"): no other word ends so.
_RANGE = "산맥"


def _korean_range(form: str) -> str | None:
    stem = form.removesuffix(_RANGE)
    return form if stem != form and len(stem) >= 2 and is_hangul(stem) else None


# The southern halves named without 권, with a particle joined ("호남에서", "영남과"): bare, "호남" is also a
# handsome man.
_KOREAN_HALVES_WITH_A_PARTICLE = {"호남": "Honam", "영남": "Yeongnam"}


def _korean_macro_region(doc: ActorDocument, position: int) -> Candidate | None:
    word = doc.tokens[position].text
    for form in (word, *base_forms(word, "ko")):
        name = (
            _KOREAN_MACRO_REGIONS.get(form)
            or (_KOREAN_HALVES_WITH_A_PARTICLE.get(form) if form != word else None)
            or _gangwon_half(doc, position, form)
        )
        if name is not None:
            return place_candidate(position, position, form, Place(name, "place", "South Korea"), ActorKind.place)
        if _korean_range(form) is not None:  # a range abroad too ("알프스산맥"): no country said
            return place_candidate(position, position, form, Place(form, "place", None), ActorKind.place)
    return None


# Gangwon's halves named without 권: after the province ("강원 영동 폭설") or before a noun for a region
# ("영동 지역에"); alone, "영동" is also a county of North Chungcheong and a road's name.
_GANGWON_HALVES = {"영동": "Yeongdong", "영서": "Yeongseo"}
_GANGWON = frozenset(["강원", "강원도"])
_REGION_NOUNS = frozenset(["지역", "지방"])


def _gangwon_half(doc: ActorDocument, position: int, form: str) -> str | None:
    name = _GANGWON_HALVES.get(form)
    if name is None:
        return None
    tokens = doc.tokens
    before = tokens[position - 1].text if position > 0 else ""
    after = tokens[position + 1].text if position + 1 < len(tokens) else ""
    if before in _GANGWON or any(noun in _REGION_NOUNS for noun in (after, *base_forms(after, "ko"))):
        return name
    return None


def _korean_address(doc: ActorDocument, position: int) -> Candidate | None:
    """'인제군 북면 용대리': a township and a village after their county; '소양강 상류': a river."""
    name = korean_address_part(doc, position)
    if name is None:
        return None
    return place_candidate(position, position, name, Place(name, "place", "South Korea"), ActorKind.place)


# "속초항과 부산항으로": a port named after its town ("항", a port) is a place, the port, and so is a dam
# ("충주댐에서"); a common word so ending ("공항": an airport, "사항": a matter) names no town before it.
_KOREAN_PORT = ("항", "댐")


def _korean_port(doc: ActorDocument, position: int) -> Candidate | None:
    word = doc.tokens[position].text
    for form in (word, *base_forms(word, "ko")):
        ending = next((end for end in _KOREAN_PORT if form.endswith(end)), None)
        stem = form.removesuffix(ending) if ending else form
        if stem == form or len(stem) < 2 or not is_hangul(stem) or korean_zipf(form) >= _KOREAN_COUNTY_WORD:
            continue
        # the town's romanised name, or a city or county the tables leave out ("동해항": Donghae)
        if _romanised_korean_town(doc, stem) is not None or korean_division(stem) is not None:
            return place_candidate(position, position, form, Place(form, "place", "South Korea"), ActorKind.place)
    return None


# A beach or a hot spring is named by its place's name with its noun joined: "해운대해수욕장과", "경포해수욕장에",
# "백암온천은", "덕구온천". One named by its kind is none ("노천온천", an open-air bath; "유황온천", a sulphur spring).
_KOREAN_RESORT_NOUNS = ("해수욕장", "온천")
_KOREAN_SPRING_KINDS = frozenset(["노천", "유황", "탄산", "천연", "실내", "야외", "해수", "알칼리", "대중", "가족"])
_KOREAN_RESORT_STEM = 4.05  # a stem as frequent as this is a word ("실내" 4.3, "대형"); "해운대" is 4.0


def _korean_resort(doc: ActorDocument, position: int) -> Candidate | None:
    word = doc.tokens[position].text
    for form in (word, *base_forms(word, "ko")):
        noun = next((end for end in _KOREAN_RESORT_NOUNS if form.endswith(end)), None)
        stem = form.removesuffix(noun) if noun else form
        if stem == form or len(stem) < 2 or not is_hangul(stem) or stem in _KOREAN_SPRING_KINDS:
            continue
        if korean_zipf(stem) < _KOREAN_RESORT_STEM or korean_division(stem) is not None:
            return place_candidate(position, position, form, Place(form, "place", "South Korea"), ActorKind.place)
    return None


# Waters and lands named with their town written apart before them: "창원 진해만" (Jinhae Bay off
# Changwon), "고흥 득량만", "부안 변산반도". The word ends in the noun for a bay, a peninsula, a lake;
# its first part is no word of its own (the particle "만", "only", ends any word: "창원 사람만").
# ...and a mountain pass ("고성 진부령": the Jinbu pass by Goseong)
_KOREAN_FEATURE_ENDINGS = ("만", "반도", "호", "강", "령")
_KOREAN_FEATURE_WORD, _KOREAN_FEATURE_STEM = 3.0, 4.0
# A pass the news names often is as frequent a word ("대관령" 3.05); no word of every day ends so
# with a stem of two syllables that is no word ("대통령", "명령" are far more frequent).
_KOREAN_FEATURE_CEILING = {"령": 3.5}
_SHORTEST_FEATURE = 3  # "진해만": two syllables of name and the noun


def _korean_feature(word: str) -> str | None:
    """The name of a bay, a peninsula, a lake or a river a Hangul word writes (particle aside), or None."""
    for form in (word, *base_forms(word, "ko")):
        for ending in _KOREAN_FEATURE_ENDINGS:
            stem = form[: -len(ending)]
            if (
                form.endswith(ending)
                and len(form) >= _SHORTEST_FEATURE
                and len(stem) >= 2
                and is_hangul(form)
                and korean_zipf(form) < _KOREAN_FEATURE_CEILING.get(ending, _KOREAN_FEATURE_WORD)
                # "진해만" (3.9: a former town's name) is a bay; "사람만" (5.5) and "서울만" are "only ..."
                and korean_zipf(stem) < _KOREAN_FEATURE_STEM
                and _korean_town_spelling(stem) is None
            ):
                return form
    return None


def _korean_town_named_apart(doc: ActorDocument, position: int) -> tuple[str, Place] | None:
    """A town of South Korea written bare before another word: its Hangul spelling (a cue or none
    needed) or its romanised name, of a town of some size."""
    word = doc.tokens[position].text
    if not is_hangul(word) or len(word) < 2:
        return None
    # ...or a city or county the tables leave out ("평창 대관령", "인제 미시령")
    place = _korean_town_spelling(word) or _romanised_korean_town(doc, word) or korean_division(word)
    if place is None or place.kind == "state" or is_region(place) or place.country != "South Korea":
        return None
    return word, place


def _korean_bay_of_a_town(doc: ActorDocument, position: int) -> Candidate | None:
    """'창원 진해만': the town before a bay's (a peninsula's, a lake's) name, and the bay after it."""
    tokens = doc.tokens
    if position + 1 < len(tokens) and doc.text[tokens[position].end : tokens[position + 1].start] == " ":
        town = _korean_town_named_apart(doc, position)
        after = tokens[position + 1].text
        # "무주 덕유산", "울릉 독도": a mountain or an island the lists know, after the town it lies in
        known_site = any(
            form in _KOREAN_MOUNTAINS or form in _KOREAN_ISLANDS for form in (after, *base_forms(after, "ko"))
        )
        if town is not None and (_korean_feature(after) is not None or known_site):
            return place_candidate(position, position, town[0], town[1], ActorKind.place)
    if position > 0 and doc.text[tokens[position - 1].end : tokens[position].start] == " ":
        feature = _korean_feature(tokens[position].text)
        if feature is not None and _korean_town_named_apart(doc, position - 1) is not None:
            return place_candidate(position, position, feature, Place(feature, "place", "South Korea"), ActorKind.place)
    return None


# A county's or a city's name with its suffix, where the tables know no such town: "전남 완도군"
# (a province before it), "완도군 금일읍에서" (a township of it after). The news names every county
# so; GeoNames spells few of them in Hangul.
_KOREAN_TOWNSHIPS = ("읍", "면")
_KOREAN_COUNTY_WORD = 4.0


def _korean_county(doc: ActorDocument, position: int) -> Candidate | None:
    tokens = doc.tokens
    word = tokens[position].text
    for form in (word, *base_forms(word, "ko")):
        # "당시" (at the time, 5.2) is a word; "태안군" (3.1) the county
        if (
            not form.endswith(_KOREAN_TOWN_SUFFIXES)
            or len(form) < _SHORTEST_FEATURE
            or korean_zipf(form) >= _KOREAN_COUNTY_WORD
        ):
            continue
        stem = form[:-1]
        spaced_before = position > 0 and doc.text[tokens[position - 1].end : tokens[position].start] == " "
        province_before = spaced_before and (
            tokens[position - 1].text in KOREAN_PROVINCES or tokens[position - 1].text in KOREAN_PROVINCES.values()
        )
        township_after = (
            position + 1 < len(tokens)
            and doc.text[tokens[position].end : tokens[position + 1].start] == " "
            and any(
                after.endswith(_KOREAN_TOWNSHIPS) and len(after) >= _SHORTEST_FEATURE
                for after in (tokens[position + 1].text, *base_forms(tokens[position + 1].text, "ko"))
            )
        )
        if province_before or township_after:
            return place_candidate(position, position, stem, Place(stem, "place", "South Korea"), ActorKind.place)
    return None


# A river's name: a word of three syllables or more in "강" (river) that the Korean word list knows
# ("낙동강", "섬진강에서"); the list holds no common word so made ("최강", "수강" are two syllables),
# and a person's name ending so is no word of it.
_KOREAN_RIVER = "강"
_KOREAN_KNOWN_WORD = 2.0


# A river of two syllables ("한강", "금강") is told from a word so made ("건강": health, "하강": a fall) by a
# river's part right after it: "한강 하류에서", "금강 유역의". Health is too frequent; "on" ("위에") is no
# cue ("생강 위에": on the ginger).
_RIVER_PARTS_AFTER = frozenset(["하류", "상류", "유역", "수위", "둔치", "하구", "물길"])
_TWO_SYLLABLE_RIVER_WORD = 4.5


def _korean_river(doc: ActorDocument, position: int) -> Candidate | None:
    tokens = doc.tokens
    word = tokens[position].text
    for form in (word, *base_forms(word, "ko")):
        if (
            form.endswith(_KOREAN_RIVER)
            and len(form) >= _SHORTEST_FEATURE
            and is_hangul(form)
            and korean_zipf(form) >= _KOREAN_KNOWN_WORD
        ):
            return place_candidate(position, position, form, Place(form, "place"), ActorKind.place)
    if (
        len(word) == 2
        and word.endswith(_KOREAN_RIVER)
        and is_hangul(word)
        and korean_zipf(word) < _TWO_SYLLABLE_RIVER_WORD
        and position + 1 < len(tokens)
        and tokens[position].joined
        and any(
            after in _RIVER_PARTS_AFTER
            for after in (tokens[position + 1].text, *base_forms(tokens[position + 1].text, "ko"))
        )
    ):
        return place_candidate(position, position, word, Place(word, "place"), ActorKind.place)
    return None


def _without_town_suffix(form: str, place: Place) -> str:
    """'진주시' -> 진주: a town is named without 시 (city) or 군 (county), as "통영시와" gives 통영,
    when the tables spell the bare name as the same town."""
    for end in (*_KOREAN_CITY_RANKS, *_KOREAN_TOWN_SUFFIXES):
        bare = _korean_town_spelling(form[: -len(end)]) if form.endswith(end) and len(form) > len(end) + 1 else None
        if bare is not None and (bare.name, bare.country) == (place.name, place.country):
            return form[: -len(end)]
    return form


def _korean_town_or_division(stem: str) -> Place | None:
    return _korean_town_spelling(stem) or korean_division(stem)


def _listed_among_gyeonggi_towns(doc: ActorDocument, position: int) -> bool:
    """The word at `position` is in a list (middle dots, commas, figures' brackets) whose other towns are Gyeonggi's
    only, or right after "경기" ("경기 광주시"). The list ends at a word that names no town ("각 2명, 고양")."""
    tokens, text = doc.tokens, doc.text
    if position > 0 and tokens[position - 1].text in ("경기", "경기도") and text[tokens[position - 1].end] == " ":
        return True
    gyeonggi = 0
    for step in (-1, 1):
        k = position
        while 0 <= k + step < len(tokens):
            gap = text[tokens[min(k, k + step)].end : tokens[max(k, k + step)].start]
            if gap in KOREAN_DOTS or gap == ", ":
                k += step
            else:
                partners = [p for p in figure_partners(doc, k) if (p - k) * step > 0]
                if not partners:
                    break
                k = partners[0]
            forms = (tokens[k].text, *base_forms(tokens[k].text, "ko"))
            if any(form in GYEONGGI for form in forms):
                gyeonggi += 1
            elif any(_korean_town_spelling(form) is not None for form in forms):
                return False  # "대구·광주·대전": the metropolitan cities listed together
            else:
                break
    return gyeonggi > 0


def _korean_town_spelling(stem: str) -> Place | None:
    """The town a Hangul spelling names, whether or not it also needs a cue ("진주" is a pearl)."""
    root = gazetteer()
    return root.local.get("ko", {}).get(fold(stem)) or root.local.get(KOREAN_WITH_A_CUE, {}).get(fold(stem))


# Facilities named after their town, written as one word with it: "김포공항" (Gimpo airport),
# "진주역" (Jinju station), "평택캠퍼스", "인천국제공항으로", "도쿄돔과". The word is the town's.
_KOREAN_FACILITIES = (
    "국제공항",
    "공항",
    "역",
    "터미널",
    "버스터미널",
    "시청",
    "군청",
    "캠퍼스",
    "공장",
    # a firm's site, a steelworks, a shipyard: "화성사업장에서", "광양제철소에", "거제조선소에서"
    "사업장",
    "제철소",
    "조선소",
    "산단",
    "산업단지",
    "신항",
    "항",
    "돔",
)


# Particles after the facility that make it a place one goes to or is at ("인천국제공항으로", "서울역에서",
# "도쿄돔과 방콕"); without one, or an area noun after it ("김포공항 인근"), the facility names a thing of
# its own ("인천공항 면세점": the duty-free shop; "평택캠퍼스 전경" in a caption).
_KOREAN_PLACE_PARTICLES = ("에", "으로", "로", "까지", "부터", "과", "와")


# The object particle before a verb of going ("인천공항을 오가는", "김포공항을 출발한"): the facility is
# where one goes from or through, not a thing one buys or runs ("인천공항을 운영하는").
_KOREAN_OBJECT_PARTICLES = ("을", "를")
_KOREAN_MOVING_VERBS: tuple[str, ...] = (
    "오가",
    "오간",
    "출발",
    "경유",
    "떠나",
    "떠난",
    "거쳐",
    "거친",
    "이륙",
    "빠져나",
)
# ...and through it: "인천공항을 통해 입국한", "부산항을 통한 밀수"
_KOREAN_MOVING_VERBS += ("통해", "통한", "통과")


def _korean_town_with_a_facility(doc: ActorDocument, position: int) -> Candidate | None:
    tokens = doc.tokens
    word = tokens[position].text
    area_after = (
        position + 1 < len(tokens)
        and doc.text[tokens[position].end : tokens[position + 1].start] == " "
        and _area_noun(tokens[position + 1].text)
    )
    moving_after = (
        position + 1 < len(tokens)
        and doc.text[tokens[position].end : tokens[position + 1].start] == " "
        and tokens[position + 1].text.startswith(_KOREAN_MOVING_VERBS)
    )
    for form in base_forms(word, "ko") if not area_after else (word, *base_forms(word, "ko")):
        particle = word[len(form) :]
        if (
            not particle.startswith(_KOREAN_PLACE_PARTICLES)
            and not area_after
            and not (particle in _KOREAN_OBJECT_PARTICLES and moving_after)
        ):
            continue
        # The town's name is two syllables or more: "지역", "무역" and "사항" only end like a facility.
        for facility in _KOREAN_FACILITIES:
            stem = form[: -len(facility)]
            if not form.endswith(facility) or len(stem) < 2:
                continue
            place = _korean_town_spelling(stem)
            if place is not None and place.kind != "state" and not is_region(place) and place.population >= KNOWN_TOWN:
                return place_candidate(position, position, stem, place, ActorKind.place)
        venue = _town_opening_a_venue(form)
        if venue is not None:
            return place_candidate(position, position, venue[0], venue[1], ActorKind.place)
    return None


# A stadium or arena's name opens with its town and ends with a venue noun, the club or sponsor between:
# "대구삼성라이온즈파크에서", "광주기아챔피언스필드", "서울월드컵경기장", "부산아시아드주경기장".
# The game is in the town.
_KOREAN_VENUES = ("경기장", "야구장", "구장", "운동장", "체육관", "파크", "필드", "돔", "아레나")
_LONGEST_TOWN_SYLLABLES = 4


def _town_opening_a_venue(form: str) -> tuple[str, Place] | None:
    for venue in _KOREAN_VENUES:
        inner = form[: -len(venue)]
        if not form.endswith(venue) or len(inner) < _SHORTEST_TOWN + 1:
            continue
        for size in range(min(_LONGEST_TOWN_SYLLABLES, len(inner) - 1), _SHORTEST_TOWN - 1, -1):
            place = _korean_town_spelling(inner[:size])
            if (
                place is not None
                and place.country == "South Korea"
                and place.kind != "state"
                and not is_region(place)
                and place.population >= KNOWN_TOWN
            ):
                return inner[:size], place
    return None


# A town's own offices and office-holders written as one word with it: "춘천시장" (Chuncheon's mayor),
# "영양군수" (Yeongyang's county head), "원주시의회" (its city council). The town is named, however
# frequent a word its name is ("영양": nutrition); a market ("광장시장") is named after no town.
# Its town hall and county office too ("진도군청", "충주시청"), and its people ("진도군민", "춘천시민").
_KOREAN_TOWN_OFFICES = (
    *("시장", "시의회", "시의원", "군수", "군의회", "군의원"),
    *("시청", "군청", "시민", "군민"),
)
# A district's office, council and people ("강동구청", "마포구의회", "은평구민"): the district, when only
# one city has one so named.
_KOREAN_DISTRICT_OFFICES = ("구청장", "구청", "구의회", "구의원", "구민")
_SHORTEST_OFFICE_TOWN = 2


def _korean_town_of_its_office(doc: ActorDocument, position: int) -> Candidate | None:
    word = doc.tokens[position].text
    for form in (word, *base_forms(word, "ko")):
        office = next((end for end in _KOREAN_DISTRICT_OFFICES if form.endswith(end)), None)
        district = korean_district_alone(form[: -len(office)]) if office else None
        if district is not None:
            return place_candidate(position, position, district.name, district, ActorKind.place)
        office = next((end for end in _KOREAN_TOWN_OFFICES if form.endswith(end)), None)
        stem = form[: -len(office)] if office else ""
        if len(stem) < _SHORTEST_OFFICE_TOWN:
            continue
        place = _korean_town_spelling(stem) or korean_division(stem)
        if place is not None and place.kind != "state" and not is_region(place):
            return place_candidate(position, position, stem, place, ActorKind.place)
    return None


# The police, the prosecutors and the courts are named by the town, district or province they serve,
# written as one word with it: "대전지검" (the Daejeon district prosecutors), "대전지방법원", "경북경찰청"
# (the North Gyeongsang police), "동대문경찰서", "세종경찰이". A station of a large town adds its part of
# town ("남양주남부경찰서", "서울중앙지검"). Longest first: "지방경찰청" before "경찰청".
_KOREAN_LAW_OFFICES = (
    *("지방경찰청", "경찰청", "해양경찰서", "경찰서", "경찰", "소방서", "소방본부"),
    *("지방검찰청", "고등검찰청", "지검", "고검", "지방법원", "고등법원", "가정법원", "지법", "고법"),
    # the prosecutors' branch office, the prisons and the tax and education offices are named so too:
    # "안산지청", "서울구치소", "안양교도소", "수원세무서", "경기도교육청", "부천교육지원청"
    *("지청", "구치소", "교도소", "세무서", "교육지원청", "교육청"),
)
_KOREAN_PARTS_OF_TOWN = ("동부", "서부", "남부", "북부", "중부", "중앙")


# A district court's branch ("지원", also "support") is named by its seat after the court: "의정부지법 고양지원",
# "수원지법 안산지원", "대구지법 포항지원에서".
_KOREAN_BRANCH_COURT = "지원"
# ...or by its bench after it: "고양지원 김양호 판사는", "안산지원 형사1단독", "포항지원 제1형사부는"
# (support is no court).
_KOREAN_BENCHES = ("형사", "민사", "가사", "행정", "제1", "제2", "제3", "제4", "판사", "부장판사", "재판부")
_KOREAN_JUDGES = ("판사", "부장판사")


def _before_a_bench(doc: ActorDocument, position: int) -> bool:
    tokens = doc.tokens
    word = tokens[position].text
    if not any(form.endswith(_KOREAN_BRANCH_COURT) for form in (word, *base_forms(word, "ko"))):
        return False
    after = [tokens[k].text for k in range(position + 1, min(position + 3, len(tokens)))]
    return bool(after) and (after[0].startswith(_KOREAN_BENCHES) or any(w.startswith(_KOREAN_JUDGES) for w in after))


_KOREAN_DISTRICT_COURTS = ("지법", "지방법원")


def _korean_seat_of_a_law_office(doc: ActorDocument, position: int) -> Candidate | None:
    word = doc.tokens[position].text
    tokens = doc.tokens
    after_a_court = (
        position > 0
        and doc.text[tokens[position - 1].end : tokens[position].start] == " "
        and tokens[position - 1].text.endswith(_KOREAN_DISTRICT_COURTS)
    ) or _before_a_bench(doc, position)
    for form in (word, *base_forms(word, "ko")):
        offices = (*_KOREAN_LAW_OFFICES, _KOREAN_BRANCH_COURT) if after_a_court else _KOREAN_LAW_OFFICES
        office = next((end for end in offices if form.endswith(end)), None)
        stem = form[: -len(office)] if office else ""
        part = next((end for end in _KOREAN_PARTS_OF_TOWN if stem.endswith(end)), "")
        stem = stem[: len(stem) - len(part)]
        if len(stem) < _SHORTEST_OFFICE_TOWN:
            continue
        if stem in KOREAN_PROVINCES:
            province = gazetteer().local.get("ko", {}).get(fold(KOREAN_PROVINCES[stem]))
            if province is not None:
                return place_candidate(position, position, KOREAN_PROVINCES[stem], province, ActorKind.place)
        place = _korean_town_spelling(stem) or korean_division(stem)
        if place is not None and place.kind != "state":
            # "서울시교육청": the town named without its suffix, as elsewhere
            return place_candidate(position, position, _without_town_suffix(stem, place), place, ActorKind.place)
        district = korean_district_alone(stem)  # "동대문경찰서": the district's station, its name without 구
        if district is not None:
            return place_candidate(position, position, district.name, district, ActorKind.place)
        # "서울강남경찰서", "부산해운대경찰서", "서울청량리경찰서": a station's official name opens
        # with its metropolitan city, then the district or quarter it serves
        city = next(
            (city for city in _KOREAN_METROPOLITAN if stem.startswith(city) and len(stem) > len(city) + 1), None
        )
        place = _korean_town_spelling(city) if city is not None else None
        if city is not None and place is not None:
            return place_candidate(position, position, city, place, ActorKind.place)
    return None


# A public facility a town, county, province or district runs is named "established by" it, written as one
# word with it: "남동구립도서관" (Namdong district's library), "성남시립병원", "양평군립미술관", "경기도립국악단".
# The word names the district or town however common its name is as a word.
_KOREAN_RUN_BY = {"구립": "구", "시립": "시", "군립": "군", "도립": "도"}


def _korean_runner_of_a_facility(doc: ActorDocument, position: int) -> Candidate | None:
    word = doc.tokens[position].text
    for mark, suffix in _KOREAN_RUN_BY.items():
        at = word.find(mark)
        stem = word[:at] if at >= _SHORTEST_OFFICE_TOWN else ""
        if not stem or len(word) == at + len(mark):
            continue  # "구립" alone, or nothing after the mark: no facility named
        if suffix == "구":
            district = korean_district_alone(stem)  # "남동구립": only Incheon has a Namdong
            if district is not None:
                return place_candidate(position, position, district.name, district, ActorKind.place)
            continue
        if suffix == "도" and stem in KOREAN_PROVINCES:
            province = gazetteer().local.get("ko", {}).get(fold(KOREAN_PROVINCES[stem]))
            if province is not None:
                return place_candidate(position, position, KOREAN_PROVINCES[stem], province, ActorKind.place)
        place = _korean_town_spelling(stem) or korean_division(stem)
        if place is not None and place.kind != "state" and not is_region(place):
            return place_candidate(position, position, stem, place, ActorKind.place)
    return None


# "울진행 직행버스", "부산행 열차": "-행" (bound for) joined to a town, before a bus, a train, a flight
# or a ship, names where it goes; the town may be a county whose name is also a word ("영양행 버스").
# "부산행 열차" (a train bound for Busan), "삿포로발 항공편" (flights from Sapporo): a town joined to 행 or 발
# before a conveyance.
_KOREAN_BOUND_FOR = ("행", "발")
_KOREAN_CONVEYANCES = (
    "버스",
    "직행버스",
    "시외버스",
    "고속버스",
    "열차",
    "기차",
    "KTX",
    "항공편",
    "비행기",
    "여객선",
    "배편",
    "노선",
)


def _korean_town_bound_for(doc: ActorDocument, position: int) -> Candidate | None:
    tokens = doc.tokens
    word = tokens[position].text
    stem = word[:-1] if word.endswith(_KOREAN_BOUND_FOR) else word
    if stem == word or len(stem) < 2 or position + 1 >= len(tokens):
        return None
    after = tokens[position + 1].text
    if doc.text[tokens[position].end : tokens[position + 1].start] != " " or not after.startswith(_KOREAN_CONVEYANCES):
        return None
    place = _korean_town_spelling(stem) or korean_division(stem)
    if place is None or place.kind == "state" or is_region(place):
        return None
    return place_candidate(position, position, stem, place, ActorKind.place)


# Sites and works named by their town written apart, before them: "김해 공장" (the Gimhae plant),
# "구미 사업장", "거제 조선소", "창원 산단", "통영 앞바다", or with "of" joined to it: "원주의
# 물류센터", a firm's building or the government's offices there ("세종 정부청사에서"), or the area
# around it ("부천 일대에서"). A bare word that is a town only with a cue ("창원", "김해": also
# words) is the town before one of these, if the town is this large ("화성의 표면" is Mars', no site's).
_KOREAN_SITE_NOUNS = frozenset(
    [
        "공장",
        "사업장",
        "공단",
        "산단",
        "산업단지",
        "국가산단",
        "조선소",
        "제철소",
        "공항",
        "항만",
        "신항",
        "앞바다",
        "해역",
        "연안",
        "캠퍼스",
        "본사",
        "사옥",
        "정부청사",
        "물류센터",
        # the seat of a town's or a province's government in it: "춘천 도청에", "목포 시청 앞"
        "시청",
        "도청",
        "군청",
        "구청",
        # the area around a town, its region, its centre: "부천 일대에서", "포항 지역", "대구 도심"
        "일대",
        "일원",
        "지역",
        "시내",
        "도심",
    ]
)
_KOREAN_SITE_TOWN = 200_000
# Works and a firm's buildings among them, which stand in a town, not at sea ("동해 앞바다" is the East
# Sea's): a city or a county of the closed list before one is that town, whatever else its name means.
_KOREAN_WORKS = frozenset(
    [
        *("공장", "사업장", "공단", "산단", "산업단지", "국가산단"),
        *("조선소", "제철소", "캠퍼스", "본사", "사옥", "물류센터"),
        "클러스터",  # an industrial cluster: "용인 반도체 클러스터", "구미 클러스터"
    ]
)
# A bus terminal stands in its town too: "안성 터미널", "공주 버스터미널".
_KOREAN_TERMINALS = frozenset(["터미널", "버스터미널", "고속버스터미널"])
# A station's name ends in 역 (station) after a name of two syllables or more: "용인 기흥역", "청주
# 오송역에서"; the words so ending are of two syllables ("지역", "무역", "구역": a region, trade, a zone).
_STATION = "역"
_SHORTEST_STATION = 3


# A housing or industrial zone is named by 지구 (zone) or 신도시 (new town) joined to its own name,
# after its city's: "남양주 왕숙지구", "하남 교산지구", "고양 창릉신도시"; the city is named.
_DEVELOPMENT_ZONES = ("지구", "신도시")
_SHORTEST_ZONE = 4


def _korean_development_zone(word: str) -> bool:
    return any(
        form.endswith(_DEVELOPMENT_ZONES) and len(form) >= _SHORTEST_ZONE and is_hangul(form)
        for form in (word, *base_forms(word, "ko"))
    )


def _korean_station(word: str) -> bool:
    return any(
        form.endswith(_STATION) and len(form) >= _SHORTEST_STATION and is_hangul(form)
        for form in (word, *base_forms(word, "ko"))
    )


# A Buddhist temple is written after its town: "합천 해인사", "양산 통도사와", "구례 화엄사". Its name is two syllables
# and "사" (temple); the two are no word of the language, as a firm's noun's are ("건설사", "통신사", "자회사").
_TEMPLE = "사"
_TEMPLE_STEM_AS_WORD = 3.4


def _korean_temple(word: str) -> bool:
    return any(
        len(form) == len(_TEMPLE) + 2
        and form.endswith(_TEMPLE)
        and is_hangul(form)
        and korean_zipf(form[:-1]) < _TEMPLE_STEM_AS_WORD
        for form in (word, *base_forms(word, "ko"))
    )


def _korean_town_before_a_site(doc: ActorDocument, position: int) -> Candidate | None:
    tokens = doc.tokens
    word = tokens[position].text
    if position + 1 >= len(tokens) or doc.text[tokens[position].end : tokens[position + 1].start] != " ":
        return None
    after = tokens[position + 1].text
    if after in _KOREAN_AGE_WORDS | _KOREAN_INDUSTRIES and position + 2 < len(tokens):
        # "목포의 옛 조선소": the old shipyard of Mokpo; "용인 반도체 공장", "울산 자동차 공장": an industry's works
        after = tokens[position + 2].text
    station = (
        _korean_station(after)
        or _korean_development_zone(after)
        or _korean_temple(after)
        or any(form.endswith(_FESTIVAL) for form in (after, *base_forms(after, "ko")))
        or _festival_word_after(doc, position + 1)  # "춘천 닭갈비 축제": the festival's noun apart
    )
    standing = _KOREAN_WORKS | _KOREAN_TERMINALS
    if not station and not any(form in _KOREAN_SITE_NOUNS | standing for form in (after, *base_forms(after, "ko"))):
        return None
    town = word.removesuffix(_KOREAN_OF) if len(word) > len(_KOREAN_OF) + 1 else word
    place = _korean_town_spelling(town)
    if place is None or place.kind == "state" or is_region(place) or place.population < _KOREAN_SITE_TOWN:
        # "파주 공장", "음성 사업장", "용인 기흥역": a city or a county of the closed list before a works
        # or a station of its own
        works = station or any(form in standing for form in (after, *base_forms(after, "ko")))
        place = korean_division(town) if works else None
    if place is None:
        return None
    if _opens_korean_name(doc, position) or (position > 0 and tokens[position - 1].text in _KOREAN_CLUB_OPENERS):
        return None
    return place_candidate(position, position, town, place, ActorKind.place)


def _festival_word_after(doc: ActorDocument, position: int) -> bool:
    """'춘천 닭갈비 축제', '보령 머드 축제가': the word at `position` is followed by the word for a festival, apart."""
    tokens = doc.tokens
    if position + 1 >= len(tokens) or doc.text[tokens[position].end : tokens[position + 1].start] != " ":
        return False
    word = tokens[position + 1].text
    return any(form == _FESTIVAL for form in (word, *base_forms(word, "ko")))


_KOREAN_OF = "의"
# A town's festival is named after it, the word for a festival ending its name: "보령 머드축제", "진주 유등축제".
_FESTIVAL = "축제"
# "옛" (old, former) and "새" (new) stand before a site's noun: "목포의 옛 조선소", "평택의 새 공장".
_KOREAN_AGE_WORDS = frozenset(["옛", "새"])
# An industry's noun stands between a town and its works in business news: "용인 반도체 클러스터" (the Yongin
# chip cluster), "울산 자동차 공장", "청주 배터리 공장", "파주 디스플레이 공장".
_KOREAN_INDUSTRIES = frozenset(
    [
        *("반도체", "배터리", "이차전지", "자동차", "전기차", "디스플레이"),
        *("바이오", "석유화학", "철강", "물류", "데이터센터"),
    ]
)


# "중국산" (made in China), "호주산 소고기": a state's name with 산 (made in) joined names the state.
_MADE_IN = "산"
_SHORTEST_MADE_IN_STATE = 2


def _korean_made_in(doc: ActorDocument, position: int) -> Candidate | None:
    word = doc.tokens[position].text
    states = gazetteer().exonyms.get("ko", {})
    for form in (word, *base_forms(word, "ko")):
        stem = form.removesuffix(_MADE_IN)
        if stem == form or len(stem) < _SHORTEST_MADE_IN_STATE or fold(stem) not in states:
            continue
        place = doc.gazetteer.lookup((fold(stem),))
        if place is not None and place.kind == "state":
            return place_candidate(position, position, stem, place, ActorKind.state)
    return None


def _region_with_its_suffix(doc: ActorDocument, position: int) -> Candidate | None:
    """'텍사스주', '캘리포니아주에서': a foreign state's or province's name with 주 (state) joined."""
    word = doc.tokens[position].text
    own = gazetteer().local.get("ko", {})
    for form in (word, *base_forms(word, "ko")):
        if form.endswith("주") and len(form) > 2:
            place = own.get(fold(form[:-1]))
            if place is not None and place.kind != "state" and is_region(place):
                return place_candidate(position, position, form[:-1], place, ActorKind.place)
    return None


# Dishes and goods named after a place's style, written after the place's name without a particle:
# "뉴욕 치즈케이크" (New York cheesecake), "벨기에 와플" (Belgian waffle), "나폴리 피자".
_KOREAN_STYLE_NOUNS = frozenset(
    [
        "치즈케이크",
        "케이크",
        "와플",
        "피자",
        "베이글",
        "스테이크",
        "소시지",
        "샐러드",
        "수프",
        "커리",
        "카레",
        "치즈",
        "초콜릿",
        "쿠키",
        "타르트",
        "파스타",
        "요리",
        "스타일",
    ]
)
# A number and a counter of animals, bottles, portions after a word: "대구 한 마리" (a cod), "세 병";
# no town is counted so ("서울 25개 자치구" counts the districts of Seoul, so "개" is no such counter).
_KOREAN_COUNT = re.compile(
    r" +(?:한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|\d+) *(?:마리|병|잔|그릇|조각|봉지|알|포기|송이|근|컵|큰술|작은술)"
)


def _korean_style_or_count(doc: ActorDocument, position: int) -> bool:
    tokens = doc.tokens
    if _KOREAN_COUNT.match(doc.text, tokens[position].end):
        return True
    if position + 1 >= len(tokens) or doc.text[tokens[position].end : tokens[position + 1].start] != " ":
        return False
    after = tokens[position + 1].text
    return any(form in _KOREAN_STYLE_NOUNS for form in (after, *base_forms(after, "ko")))


# What tells that a Hangul word names a town although it is also a frequent word: a suffix for a
# town joined to it ("전주시", "성남시의"), a state or a province before it ("프랑스 파리에서",
# "경북 구미"), or a noun for an area after it ("진주 지역", "진주 출신": from Jinju). A particle of
# place is no such cue: "화성에서 왔다" came from Mars.
_KOREAN_TOWN_SUFFIXES = ("시", "군")
# A city's rank written with its name: "광주광역시" (metropolitan city) is 광주, not "광주광역".
_KOREAN_CITY_RANKS = ("특별자치시", "광역시", "특별시")
# "전남 해안", "경북 북부": the coast of a province, a part of it by the compass, is an area too.
_KOREAN_AREA_NOUNS = frozenset(
    [
        *("지역", "일대", "인근", "시내", "근교", "지방", "일원", "시민", "주민", "출신"),
        *("북부", "남부", "동부", "서부", "해안", "연안", "내륙", "전역", "동해안", "서해안", "남해안"),
        # the weather's areas: "강원 산간" (its mountains), "서울 곳곳" (all over); not "동해 해상", the sea
        *("산간", "산지", "도심", "곳곳"),
        # a pupil or a student of the town, as crime and school news name one: "제주 중학생 피살사건", "대전 여고생"
        *(
            "학생",
            "초등학생",
            "초등생",
            "중학생",
            "여중생",
            "남중생",
            "고등학생",
            "고교생",
            "여고생",
            "남고생",
            "대학생",
        ),
    ]
)
# After an area noun: the plural "들" ("주민들은") and the copula's "인" ("출신인 의원": who is from).
_KOREAN_AREA_TAILS = ("들", "인")


def _area_noun(word: str) -> bool:
    """'지역', '출신의', '출신인', '주민들은': a noun for an area, with a particle, the plural or the
    copula joined to it."""
    for form in (word, *base_forms(word, "ko")):
        if form in _KOREAN_AREA_NOUNS:
            return True
        for tail in _KOREAN_AREA_TAILS:
            if form.endswith(tail) and form[: -len(tail)] in _KOREAN_AREA_NOUNS:
                return True
    return False


# Provinces as the news shortens them before a town ("경기 성남시", "경북 구미"); alone, "경기" is
# also the economy or a match, so only a town after it makes it the province. The nine provinces
# are a closed set (the eight cities' short names are their own: 서울, 부산...).
KOREAN_PROVINCES = {
    "경기": "경기도",
    "강원": "강원도",
    "충북": "충청북도",
    "충남": "충청남도",
    "전북": "전라북도",
    "전남": "전라남도",
    "경북": "경상북도",
    "경남": "경상남도",
    "제주": "제주도",
}


def _korean_town_at(doc: ActorDocument, position: int, romanised: bool = False) -> tuple[str, Place, bool] | None:
    """The town a Hangul word names, whether a suffix or a particle of place marks it, or None.
    `romanised`: a town of South Korea that the tables spell in Latin letters only counts too."""
    word = doc.tokens[position].text
    if not is_hangul(word):
        return None
    root = gazetteer()
    own, cued = root.local.get("ko", {}), root.local.get(KOREAN_WITH_A_CUE, {})
    for form in (word, *base_forms(word, "ko")):
        if form != word and korean_zipf(word) >= _KOREAN_WORD:
            break  # "고양이" is a cat, not Goyang with a particle
        # The name without 시 or 군 first: "성남시" is Seongnam, found by its romanised name, and the
        # suffix is the cue; the whole word, suffix and all, is marked by it too.
        suffixed = [end for end in _KOREAN_TOWN_SUFFIXES if form.endswith(end) and len(form) > 2]
        stems = [(form[: -len(end)], True) for end in suffixed] + [(form, bool(suffixed))]
        for stem, marked in stems:
            place = own.get(fold(stem)) or cued.get(fold(stem))
            if place is None and (marked or romanised):
                place = _romanised_korean_town(doc, stem)
            if place is None:
                place = korean_division(stem)  # "용인시", "충북 단양": a division the tables leave out
            if place is not None and place.kind != "state" and not is_region(place):
                return stem, place, marked
    return None


# GeoNames counts the people of a Korean town's centre only (Asan: 97,749; the county town of Haenam,
# a county of some 65,000, 23,928), and gives many towns no
# Hangul spelling: with a cue (the suffix 시 or 군, or a town it is listed with), a town of South
# Korea this size whose romanised name is the word's ("공주시" -> Gongju) is that town.
_KOREAN_CUED_TOWN = 20_000


# Every town whose Hangul name is this frequent (Zipf) a word is in the tables' Hangul spellings or the closed
# list of divisions (read as before); a word this frequent that only its romanised letters make a town is the
# word: "통해" (through, 5.5) is not Tonghae, "연기" (acting) not Yeongi, "상원" (the Senate) not Changwon,
# "우산" (umbrella) not Osan.
_ROMANISED_ONLY_WORD = 4.0


def _hangul_town_name(stem: str) -> bool:
    """A town's name in the closed list of divisions or among the tables' Hangul spellings ("인천", "아산")."""
    root = gazetteer()
    key = fold(stem)
    return (
        korean_division(stem) is not None
        or key in root.local.get("ko", {})
        or key in root.local.get(KOREAN_WITH_A_CUE, {})
    )


def _romanised_korean_town(doc: ActorDocument, stem: str) -> Place | None:
    if len(stem) < 2 or (korean_zipf(stem) >= _ROMANISED_ONLY_WORD and not _hangul_town_name(stem)):
        return None
    # Letter by letter ("익산" -> igsan) or as maps spell it, said aloud (Iksan; Kimje for 김제).
    romanised = korean_romanisations(stem)
    for key in dict.fromkeys((fold(stem), *romanised)):
        place = doc.gazetteer.lookup((key,))
        if place is None or place.country != "South Korea" or place.population < _KOREAN_CUED_TOWN:
            continue
        # The town's own name, or its official spelling (Revised Romanization) under another name GeoNames
        # gives first ("삼척" -> samcheok, named "Santyoku"); an older spelling may be another town's.
        if "".join(fold_phrase(place.name.removesuffix("-si"))) == key or key == romanised[0]:
            return place
    return None


# "포항의 한 공장" (a factory in Pohang), "전주의 한 식당": the news places an event at "one <site> of" a town.
_KOREAN_ONE_OF = "한"


def _one_of_its_sites_after(doc: ActorDocument, position: int, stem: str) -> bool:
    tokens = doc.tokens
    return (
        tokens[position].text == stem + _KOREAN_OF
        and position + 2 < len(tokens)
        and tokens[position + 1].text == _KOREAN_ONE_OF
        and doc.text[tokens[position].end : tokens[position + 1].start] == " "
        and doc.text[tokens[position + 1].end : tokens[position + 2].start] == " "
        and is_hangul(tokens[position + 2].text)
    )


_A_CERTAIN = "모"


def _korean_dateline(doc: ActorDocument, position: int) -> bool:
    """'(춘천=연합뉴스) 기자 = ...': a Korean story's dateline names the town it was filed from, in brackets before
    "=" and the agency's name."""
    token = doc.tokens[position]
    return doc.text[token.start - 1 : token.start] == "(" and doc.text[token.end : token.end + 1] == "="


def _cued_korean_town(doc: ActorDocument, position: int) -> Candidate | None:
    tokens = doc.tokens
    spaced_before = position > 0 and doc.text[tokens[position - 1].end : tokens[position].start] == " "
    spaced_after = position + 1 < len(tokens) and doc.text[tokens[position].end : tokens[position + 1].start] == " "
    area_after = spaced_after and _area_noun(tokens[position + 1].text)
    # "영주 출신", "공주 지역": a noun for an area also cues a town the tables spell in Latin only,
    # and so does its province before it, short or in full ("전남 해남에서", "강원도 정선과").
    province_before = spaced_before and (
        tokens[position - 1].text in KOREAN_PROVINCES or tokens[position - 1].text in KOREAN_PROVINCES.values()
    )
    # "남원 산내면에서": a township of the town after it names the town too
    township_after = spaced_after and is_township(tokens[position + 1].text)
    # "화천 모 부대", "서울 모 대학": "a certain" unit or school in the town before it
    datelined = _korean_dateline(doc, position) or (spaced_after and tokens[position + 1].text == _A_CERTAIN)
    found = _korean_town_at(doc, position, romanised=area_after or province_before or township_after or datelined)
    if found is None:
        return None
    stem, place, marked = found
    cued = (
        marked
        or datelined
        or area_after
        or township_after
        or (spaced_before and _korean_region_word(tokens[position - 1].text))
        or _one_of_its_sites_after(doc, position, stem)
        or _at_a_town_on_a_page_of_towns(doc, position, stem, place)
        or _before_a_verb_of_place(doc, position, stem)
    )
    if not cued or (stem == tokens[position].text and _opens_korean_name(doc, position)):
        return None
    return place_candidate(position, position, stem, place, ActorKind.place)


# A particle of place or direction on the word ("안동으로", "청주에"), then a verb of going, coming, staying or
# lying there ("향했다", "갔다", "있으며", "위치한", "도착했다"): the word is the town ("청주로 만든 술", made with
# rice wine, takes no such verb).
_KOREAN_PARTICLES_BEFORE_A_VERB = ("으로", "로", "에", "에는", "에도", "까지")
# ("가득", full: no "가" alone)
_KOREAN_VERBS_OF_PLACE: tuple[str, ...] = ("향", "갔", "간다", "가는", "가서", "가려", "왔", "온다", "오는", "와서")
_KOREAN_VERBS_OF_PLACE += ("이동", "도착", "떠나", "떠났", "있", "위치", "머물", "돌아")


def _before_a_verb_of_place(doc: ActorDocument, position: int, stem: str) -> bool:
    tokens = doc.tokens
    word = tokens[position].text
    if (
        not word.startswith(stem)
        or word[len(stem) :] not in _KOREAN_PARTICLES_BEFORE_A_VERB
        or position + 1 >= len(tokens)
    ):
        return False
    after = tokens[position + 1]
    return doc.text[tokens[position].end : after.start] == " " and after.text.startswith(_KOREAN_VERBS_OF_PLACE)


# "에서" (in, at) joined to a town of South Korea that is a word too ("제주에서는", "세종에서"): on a page
# that names this many other towns of the country, which the tables read without a cue, the town is meant
# ("화성에서" on a page of Mars names no other town).
_KOREAN_AT = ("에서", "에서는", "에서도", "에서의", "에서부터")
_OTHER_TOWNS_NAMED = 2


def _at_a_town_on_a_page_of_towns(doc: ActorDocument, position: int, stem: str, place: Place) -> bool:
    word = doc.tokens[position].text
    if place.country != "South Korea" or word[len(stem) :] not in _KOREAN_AT or not word.startswith(stem):
        return False
    return len(_home_towns_named(doc) - {place.name}) >= _OTHER_TOWNS_NAMED


def _home_towns_named(doc: ActorDocument) -> set[str]:
    """The towns of South Korea the page names by a spelling the tables read without a cue."""
    own = gazetteer().local.get("ko", {})
    named: set[str] = set()
    for token in doc.tokens:
        if not is_hangul(token.text):
            continue
        for form in (token.text, *base_forms(token.text, "ko")):
            place = own.get(fold(form))
            if place is not None and place.kind == "place" and place.country == "South Korea":
                named.add(place.name)
                break
    return named


# "과", "와" join two nouns ("천안과 아산", "이천과 청주"): a town of South Korea listed so with
# another is the town, though each is also a word. Two words that name towns abroad are still
# words ("연대와 파리": solidarity and a fly, not Yantai and Paris).
_KOREAN_AND = ("과", "와")
# The middle dot that lists nouns, as Korean keyboards and fonts write it: "·" (U+00B7), "ㆍ" (U+318D),
# "‧" (U+2027), "・" (U+30FB), "∙" (U+2219), "･" (U+FF65): "논산‧부여‧청양" lists three counties as
# "논산·부여·청양" does.
KOREAN_DOTS = frozenset(("·", "ㆍ", "‧", "・", "∙", "･"))


def _listed_korean_town(doc: ActorDocument, position: int) -> Candidate | None:
    tokens = doc.tokens
    found = _korean_home_town_at(doc, position)
    if found is None:
        return None
    stem, place = found
    word = tokens[position].text
    partners: list[int] = []
    spaced_before = position > 0 and doc.text[tokens[position - 1].end : tokens[position].start] == " "
    if spaced_before and tokens[position - 1].text.endswith(_KOREAN_AND):
        partners.append(position - 1)
    spaced_after = position + 1 < len(tokens) and doc.text[tokens[position].end : tokens[position + 1].start] == " "
    if spaced_after and word.endswith(_KOREAN_AND):
        partners.append(_past_a_province(doc, position + 1))
    # "제천·단양 농가", "울진·포항 어민들": a headline lists towns with a middle dot
    if position > 0 and doc.text[tokens[position - 1].end : tokens[position].start] in KOREAN_DOTS:
        partners.append(position - 1)
    if position + 1 < len(tokens) and doc.text[tokens[position].end : tokens[position + 1].start] in KOREAN_DOTS:
        partners.append(position + 1)
    partners += _comma_partners(doc, position)
    partners += figure_partners(doc, position)  # "파주(-0.25%)·광명(-0.25%)": each town with its figure
    if _on_a_route(doc, position) or any(_korean_island(doc, partner) is not None for partner in partners):
        return place_candidate(position, position, stem, place, ActorKind.place)
    for partner in partners:
        other = _korean_home_town_at(doc, partner)
        # "고령과 영양" (old age and nutrition), "영광과 음성": two counties' names that are both
        # everyday words are the words, unless the tables hold both (the closed list asks a plain name)
        if other is None:
            continue
        if partner == position - 1 and _after_a_province(doc, partner):
            return place_candidate(position, position, stem, place, ActorKind.place)  # "경기 김포와 파주,"
        plain = min(korean_zipf(stem), korean_zipf(other[0])) < _KOREAN_COUNTY_AS_WORD
        if not plain and _priced_pair(doc, max(position, partner)):
            continue
        if plain or DIVISION_SIZE not in (place.population, other[1].population):
            return place_candidate(position, position, stem, place, ActorKind.place)
        if _two_cities_at_a_place(doc, position, partner, stem, other[0]) or _third_town_listed(doc, partner):
            return place_candidate(position, position, stem, place, ActorKind.place)
        if _dotted_towns(doc, position) >= _DOTTED_TOWNS:
            return place_candidate(position, position, stem, place, ActorKind.place)
    return None


# Price and market reports give each listed name its figure in a bracket: "파주(-0.25%)·광명(-0.25%)·의정부(-0.13%)가",
# "인천(-0.06%)과 경기(-0.04%)가", "송파구(0.14%→0.36%)". The bracket holds a number only (a sign, a percent, an
# arrow to the next figure); the list goes on past it as if it were not there.
_FIGURE = re.compile(r"\([-+−]?\s?[\d.,]*\d%?p?(?:\s?(?:→|->|~)\s?[-+−]?[\d.,]*\d%?p?)?\)")
_LONGEST_FIGURE = 8  # tokens a figure's bracket may be cut into


def figure_partners(doc: ActorDocument, position: int) -> list[int]:
    """The words listed with the word at `position` across its figure's bracket, or across the one before it,
    and a middle dot or 과/와: '파주(-0.25%)·광명', '인천(-0.06%)과 경기'."""
    tokens = doc.tokens
    partners = []
    after = _after_a_figure(doc, tokens[position].end)
    if after is not None:
        partner = next(
            (k for k in range(position + 1, min(position + _LONGEST_FIGURE, len(tokens))) if tokens[k].start == after),
            None,
        )
        if partner is not None:
            partners.append(partner)
    for k in range(position - 1, max(position - _LONGEST_FIGURE, -1), -1):
        if _after_a_figure(doc, tokens[k].end) == tokens[position].start and is_hangul(tokens[k].text):
            partners.append(k)
            break
    return partners


def _after_a_figure(doc: ActorDocument, end: int) -> int | None:
    """Where the next listed word starts after a figure's bracket at `end` and its dot or 과/와, or None."""
    figure = _FIGURE.match(doc.text, end)
    if figure is None:
        return None
    rest = doc.text[figure.end() : figure.end() + 2]
    if rest[:1] in KOREAN_DOTS:
        return figure.end() + 1
    if rest[:1] in _KOREAN_AND and rest[1:] == " ":
        return figure.end() + 2
    return None


# "천안‧공주‧보령‧아산": three names of towns or more in one dotted run are the towns, though two of them alone
# might be words (a dotted pair of everyday words is common; a run of three town names is a list of towns).
_DOTTED_TOWNS = 3


def _dotted_towns(doc: ActorDocument, position: int) -> int:
    """How many words of the dotted run `position` stands in name towns of South Korea, 0 if any does not."""
    tokens = doc.tokens
    items = [position]
    while items[0] > 0 and doc.text[tokens[items[0] - 1].end : tokens[items[0]].start] in KOREAN_DOTS:
        items.insert(0, items[0] - 1)
    while True:
        last = items[-1]
        if last + 1 < len(tokens) and doc.text[tokens[last].end : tokens[last + 1].start] in KOREAN_DOTS:
            items.append(last + 1)
            continue
        # "용인(-0.11%)·광주(-0.09%)·이천": the run goes on past each town's figures
        later = [k for k in figure_partners(doc, last) if k > last and doc.text[tokens[last].end] == "("]
        if not later:
            break
        items.append(later[0])
    while True:
        earlier = [k for k in figure_partners(doc, items[0]) if k < items[0]]
        if not earlier or earlier[0] in items:
            break
        items.insert(0, earlier[0])
    homes = [_korean_home_town_at(doc, k) for k in items]
    if any(home is None for home in homes):
        return 0
    crossed = any(doc.text[tokens[k].end : tokens[k].end + 1] == "(" for k in items[:-1])
    if crossed and not any(is_korean_city(home[0]) for home in homes if home is not None):
        return 0  # "고령(3.5%)·영양(2.1%)·음성(1.1%)": shares of old age, nutrition, voice (counties' names), no city
    return len(items)


# "김포~제주 노선", "목포~흑산도 항로": a route's two ends joined by a tilde, before the word for the route
_KOREAN_ROUTE_JOIN = "~"
_KOREAN_ROUTE_NOUNS = ("노선", "항로", "구간", "뱃길", "여객선", "직항")


# "마산과 진해를 오가는 노선", "거제도와 통영을 잇는 버스": a pair joined by 과/와, its second word the object
# of a verb of joining or plying between
_KOREAN_OBJECT = ("을", "를")
_KOREAN_JOINING_VERBS = ("잇는", "오가는", "연결하는", "왕복하는", "운항하는", "잇던", "오가던")


def _on_a_route(doc: ActorDocument, position: int) -> bool:
    """'김포~제주 노선': the town is one end of a route, the other a town too, the pair before a noun for
    the route ("목포와 흑산도" with an island the ferries join is read by the caller); or one of a pair
    joined by a verb of joining ("마산과 진해를 오가는")."""
    tokens = doc.tokens
    if _joined_pair(doc, position):
        return True
    for first in (position - 1, position):
        second = first + 1
        if first < 0 or second + 1 >= len(tokens):
            continue
        if doc.text[tokens[first].end : tokens[second].start] != _KOREAN_ROUTE_JOIN:
            continue
        if doc.text[tokens[second].end : tokens[second + 1].start] != " ":
            continue
        if not tokens[second + 1].text.startswith(_KOREAN_ROUTE_NOUNS):
            continue
        other = first if first != position else second
        if _korean_home_town_at(doc, other) is not None or _korean_island(doc, other) is not None:
            return True
    return False


def _joined_pair(doc: ActorDocument, position: int) -> bool:
    tokens = doc.tokens
    word = tokens[position].text
    if word.endswith(_KOREAN_AND) and position + 2 < len(tokens):
        first, second = position, position + 1
    elif position > 0 and tokens[position - 1].text.endswith(_KOREAN_AND) and position + 1 < len(tokens):
        first, second = position - 1, position
    else:
        return False
    if not tokens[second].text.endswith(_KOREAN_OBJECT) or second + 1 >= len(tokens):
        return False
    if doc.text[tokens[first].end : tokens[second].start] != " " or doc.text[tokens[second].end] != " ":
        return False
    if not tokens[second + 1].text.startswith(_KOREAN_JOINING_VERBS):
        return False
    other = second if first == position else first
    return _korean_home_town_at(doc, other) is not None or _korean_island(doc, other) is not None


def _third_town_listed(doc: ActorDocument, partner: int) -> bool:
    """'강릉과 동해, 삼척 등': a list of three names of towns, joined by 과 and a comma, is the towns, though
    two of them alone might be words ("진주와 구리, 은": pearls, copper and silver end on a word)."""
    tokens = doc.tokens
    third = partner + 1
    return (
        third < len(tokens)
        and doc.text[tokens[partner].end : tokens[third].start] == ", "
        and _korean_home_town_at(doc, third) is not None
    )


def _town_listed_with_its_neighbour(doc: ActorDocument, position: int) -> Candidate | None:
    """'중국 베이징과 톈진에도': a town the tables name only with a cue, paired by 과/와 with a town of the
    same state read on its own, the pair closed by a particle of place, is the town. Its name must be
    rare as a word ("베이징과 연대" is solidarity with Beijing, not Yantai)."""
    tokens = doc.tokens
    word = tokens[position].text
    partner = None
    spaced_before = position > 0 and doc.text[tokens[position - 1].end : tokens[position].start] == " "
    if spaced_before and tokens[position - 1].text.endswith(_KOREAN_AND):
        partner = position - 1
    spaced_after = position + 1 < len(tokens) and doc.text[tokens[position].end : tokens[position + 1].start] == " "
    if partner is None and spaced_after and word.endswith(_KOREAN_AND):
        partner = position + 1
    if partner is None:
        return None
    cued = gazetteer().local.get(KOREAN_WITH_A_CUE, {})
    own = gazetteer().local.get("ko", {})
    closing = tokens[max(position, partner)].text
    for form in (word, *base_forms(word, "ko")):
        place = cued.get(fold(form))
        if place is None or place.kind == "state" or korean_zipf(form) >= _KOREAN_COUNTY_AS_WORD:
            continue
        other_word = tokens[partner].text
        for other_form in base_forms(other_word, "ko"):
            other = own.get(fold(other_form))
            if other is None or other.kind == "state" or other.country != place.country:
                continue
            last_stem = form if partner < position else other_form
            if closing.removeprefix(last_stem) in _PAIR_CLOSING_PARTICLES:
                return place_candidate(position, position, form, place, ActorKind.place)
    return None


def _after_a_province(doc: ActorDocument, position: int) -> bool:
    """'경기 김포와 파주': the first town of a pair follows a province's name, written apart, which places the
    pair as it places the first ("김포와 파주" alone may be two words)."""
    tokens = doc.tokens
    if position == 0 or doc.text[tokens[position - 1].end : tokens[position].start] != " ":
        return False
    word = tokens[position - 1].text
    return word in KOREAN_PROVINCES or word in KOREAN_PROVINCES.values()


def _past_a_province(doc: ActorDocument, partner: int) -> int:
    """'연천과 강원도 철원': the listed town is the one after its province, written apart before it."""
    tokens = doc.tokens
    word = tokens[partner].text
    if (
        (word in KOREAN_PROVINCES or word in KOREAN_PROVINCES.values())
        and partner + 1 < len(tokens)
        and doc.text[tokens[partner].end : tokens[partner + 1].start] == " "
    ):
        return partner + 1
    return partner


# Nouns for a price right after a pair in the genitive: "진주와 구리의 가격" is the price of pearls and
# copper; a town has no price ("부천과 구리의 집값" names the towns: the houses' price).
_PRICE_NOUNS = frozenset(["가격", "값", "시세", "단가", "수급"])


def _priced_pair(doc: ActorDocument, last: int) -> bool:
    """Two words that are both everyday nouns and towns, paired in the genitive before a price."""
    tokens = doc.tokens
    if last + 1 >= len(tokens) or not tokens[last].text.endswith("의"):
        return False
    after = tokens[last + 1].text
    return any(form in _PRICE_NOUNS for form in (after, *base_forms(after, "ko")))


# Particles of place ("에서": at, "에": to, "으로": towards) closing a pair: "평택과 용인에서 생산한".
_PAIR_CLOSING_PARTICLES = ("에", "에서", "에서는", "에서도", "에는", "에도", "으로", "로", "으로도", "로도", "까지")


def _two_cities_at_a_place(doc: ActorDocument, position: int, partner: int, stem: str, other: str) -> bool:
    """Two cities (시, not counties) listed, the later with a particle of place or a noun for an area,
    are the towns though each name is also a word ("평택과 용인에 이어"); two counties so are still
    words ("고령과 영양에")."""
    if not (is_korean_city(stem) and is_korean_city(other)):
        return False
    tokens = doc.tokens
    closing = max(position, partner)
    last = tokens[closing].text
    last_stem = stem if partner < position else other
    if last.removeprefix(last_stem) in _PAIR_CLOSING_PARTICLES:
        return True
    # "용인과 안산 지역": a noun for an area after the bare later name closes the pair as a particle would
    spaced_after = closing + 1 < len(tokens) and doc.text[tokens[closing].end : tokens[closing + 1].start] == " "
    return last == last_stem and spaced_after and _area_noun(tokens[closing + 1].text)


def _comma_partners(doc: ActorDocument, position: int) -> list[int]:
    """'강릉과 동해, 삼척 등', '태백과 정선, 영월에서는': the words across a comma of a list that "과"/"와"
    also joins; a bare comma lists words as often ("진주, 구리, 은 등": pearls, copper, silver)."""
    tokens = doc.tokens
    items = [position]
    while items[0] > 0 and doc.text[tokens[items[0] - 1].end : tokens[items[0]].start] == ", ":
        items.insert(0, items[0] - 1)
    while items[-1] + 1 < len(tokens) and doc.text[tokens[items[-1]].end : tokens[items[-1] + 1].start] == ", ":
        items.append(items[-1] + 1)
    if len(items) < 2:
        return []
    first = items[0]
    joined = first > 0 and tokens[first - 1].text.endswith(_KOREAN_AND) and doc.text[tokens[first - 1].end] == " "
    if not joined and not _closed_by_a_noun_of_towns(doc, items[-1]):
        return []
    return [k for k in (position - 1, position + 1) if k in items]


# "괴산, 보은, 단양 등 군 지역", "천안, 아산 등 시 지역": a bare list closed by "등" (and so on) before a noun for
# counties, cities or areas lists towns ("진주, 구리, 은 등 광물": minerals).
_KOREAN_ETC = "등"
_KOREAN_TOWN_UNITS = frozenset(["군", "시", "시군", "섬"])  # whole words: "시장" is a market or a mayor
_KOREAN_TOWN_NOUNS = ("지역", "도시", "지자체", "농촌", "시·군")


# Korean counts what it lists: "천안, 보령, 아산 등 5개 시·군", "천안, 아산, 계룡 4개 시·군과": the count ("5개", "다섯
# 개") of cities or counties after the list, with or without "등", closes a list of towns as the noun alone does.
_KOREAN_TOWNS_COUNTED = re.compile(r"\d+개")


def _closed_by_a_noun_of_towns(doc: ActorDocument, last: int) -> bool:
    tokens = doc.tokens
    k = last + 1
    if k < len(tokens) and tokens[k].text == _KOREAN_ETC and doc.text[tokens[last].end : tokens[k].start] == " ":
        etc = True
        k += 1
    else:
        etc = False
    counted = k < len(tokens) and _KOREAN_TOWNS_COUNTED.fullmatch(tokens[k].text) is not None
    if counted:
        k += 1
    if not (etc or counted) or k >= len(tokens) or doc.text[tokens[k - 1].end : tokens[k].start] != " ":
        return False
    noun = tokens[k].text
    return noun in _KOREAN_TOWN_UNITS or noun.startswith(_KOREAN_TOWN_NOUNS) or (counted and noun.startswith("시군"))


# A county's name this frequent (Zipf) is also an everyday word ("고령" 3.99, "영광" 4.5); names that are
# only names sit lower ("제천" 3.9, "함안" 3.4).
_KOREAN_COUNTY_AS_WORD = 3.95


def _korean_home_town_at(doc: ActorDocument, position: int) -> tuple[str, Place] | None:
    found = _korean_town_at(doc, position, romanised=True)
    if found is None or found[1].country != "South Korea":
        return None
    return found[0], found[1]


def _romanised_town_of_the_state_before(doc: ActorDocument, position: int) -> Candidate | None:
    """ "카타르 도하에서", "인도 뭄바이", "폴란드 브로츠와프": a foreign town with no Hangul spelling in the
    tables, right after its state's name, found by its romanised spelling ("도하" -> doha) or by the Hangul
    spelling GeoNames keeps for a town too small to be read alone. Only a town of that
    very state counts, so an ordinary word that romanises like some town gives nothing."""
    tokens = doc.tokens
    word = tokens[position].text
    if position == 0 or doc.text[tokens[position - 1].end : tokens[position].start] != " ":
        return None
    state = gazetteer().exonyms.get("ko", {}).get(fold(tokens[position - 1].text))
    if state is None:
        state = _country_of_the_region(tokens[position - 1].text)  # "텍사스주 오스틴", "광둥성 선전"
    if state is None:
        return None
    abroad = gazetteer().local.get(KOREAN_ABROAD, {})
    for form in (word, *base_forms(word, "ko")):
        # "일본 구마모토": read aloud as older maps spell it too (Kumamoto, not "gumamoto")
        spellings = dict.fromkeys((fold(form), *korean_romanisations(form), *_doubled_consonant(form)))
        # "베트남 하이퐁": Hangul writes "ph", "f" and "th" as p and t (Haiphong)
        heard = (_towns_as_heard(state).get(_as_heard(key)) for key in spellings)
        for place in (*(doc.gazetteer.lookup((key,)) for key in spellings), abroad.get(fold(form)), *heard):
            if (
                place is not None
                and place.kind != "state"
                and place.country == state
                and place.population >= KNOWN_TOWN
            ):
                return place_candidate(position, position, form, place, ActorKind.place)
    return None


# A foreign town is named after its state's or province's name as often as after its country's:
# "미국 텍사스주 오스틴", "캘리포니아주 새너제이", "중국 광둥성 선전". The region's noun (주, a US state;
# 성, a Chinese province) may be joined to it; the region places the town in its country.
_KOREAN_REGION_SUFFIXES = ("주", "성")


def _country_of_the_region(word: str) -> str | None:
    own = gazetteer().local.get("ko", {})
    for stem in (
        word,
        *(word[: -len(noun)] for noun in _KOREAN_REGION_SUFFIXES if word.endswith(noun) and len(word) > 2),
    ):
        region = own.get(fold(stem))
        if region is not None and is_region(region) and region.country is not None:
            return region.country
    return None


# Hangul writes a foreign doubled consonant as the final ㅅ before it: "홋카이도" is Hokkaido, "삿포로"
# Sapporo, "돗토리" Tottori (said with t at the start on older maps).
_FINAL_S = 19
_HARD_INITIALS = {15: "k", 16: "t", 17: "p", 0: "g", 3: "d", 7: "b"}  # ㅋ ㅌ ㅍ ㄱ ㄷ ㅂ
_VOICELESS_START = {"g": "k", "d": "t", "b": "p"}


def _doubled_consonant(word: str) -> tuple[str, ...]:
    for index in range(len(word) - 1):
        rest, final = divmod(ord(word[index]) - 0xAC00, 28)
        following = (ord(word[index + 1]) - 0xAC00) // 588
        if final != _FINAL_S or following not in _HARD_INITIALS:
            continue
        head = korean_romanisations(word[:index] + chr(0xAC00 + rest * 28))
        tail = korean_romanisations(word[index + 1 :])
        if not head or not tail:
            return ()
        doubled = head[0] + tail[0][0] + tail[0]
        first = doubled[0]
        return (doubled, _VOICELESS_START.get(first, first) + doubled[1:])
    return ()


# Latin letters Hangul has no sound for, as Korean loanwords write them: "ph", "f" as p, "th" as t, "kh" as
# k, "v" as b; a doubled l as one.
_AS_HEARD = (("ph", "p"), ("th", "t"), ("kh", "k"), ("f", "p"), ("v", "b"), ("ll", "l"))


def _as_heard(spelling: str) -> str:
    for letters, sound in _AS_HEARD:
        spelling = spelling.replace(letters, sound)
    return spelling


@lru_cache(maxsize=64)
def _towns_as_heard(state: str) -> dict[str, Place]:
    """A state's towns of some size by their names as Hangul hears them ("haipong": Haiphong)."""
    towns: dict[str, Place] = {}
    for place in gazetteer().places.values():
        if place.kind != "state" and place.country == state and place.population >= KNOWN_TOWN:
            towns.setdefault(_as_heard("".join(fold_phrase(place.name))), place)
    return towns


def _romanised_city_of_a_state_named_here(doc: ActorDocument, position: int) -> Candidate | None:
    """ "대만 TSMC와의 협력이 … 타이난과 가오슝": a foreign city of a million with no Hangul spelling in the
    tables, whose Hangul, read aloud, is the city's own name (타이난: Tainan), and whose state the page names.
    A rare Korean word only; a town of another state than the page's is no reading."""
    from rapidfuzz import fuzz

    word = doc.tokens[position].text
    for form in (word, *base_forms(word, "ko")):
        place = doc.gazetteer.lookup((fold(form),))
        if (
            place is None
            or place.kind == "state"
            or place.population < LARGE_CITY
            or place.country not in _states_named_here(doc)
        ):
            continue
        if (fold(place.name) == fold(form) and korean_zipf(form) < _KOREAN_WORD) or fuzz.ratio(
            fold(place.name), fold(form)
        ) >= _READ_ALIKE:
            # a city this famous is a frequent word of Korean too ("후쿠오카", read as Hukuoka: Fukuoka)
            return place_candidate(position, position, form, place, ActorKind.place)
    return None


# How alike (rapidfuzz ratio) the Hangul read aloud and the city's own name are when the Hangul is a
# frequent word: Japanese names are read in either romanisation ("후쿠오카": Hukuoka, Fukuoka).
_READ_ALIKE = 85


def _states_named_here(doc: ActorDocument) -> set[str]:
    names = gazetteer().exonyms.get("ko", {})
    states = set()
    for token in doc.tokens:
        for form in (token.text, *base_forms(token.text, "ko")):
            state = names.get(fold(form)) if is_hangul(form) else None
            if state is not None:
                states.add(state)
    return states


# The first-level divisions of a state as Korean names them, by the suffix joined to the name: a
# Japanese prefecture "-현" ("일본 돗토리현"), a Chinese province "-성" ("중국 쓰촨성"), a federal state
# "-주" ("미국 오리건주"). Only right after that state's name; Japan's ministries end in "-성" too
# ("일본 외무성"), so each state takes only its own suffix.
_STATE_DIVISIONS = {
    "Japan": ("현",),
    "China": ("성",),
    **{state: ("주",) for state in ("United States", "Canada", "Australia", "India", "Brazil", "Mexico", "Germany")},
}
_SHORTEST_DIVISION_NAME = 2


def _division_of_the_state_before(doc: ActorDocument, position: int) -> Candidate | None:
    tokens = doc.tokens
    if position == 0 or doc.text[tokens[position - 1].end : tokens[position].start] != " ":
        return None
    state = gazetteer().exonyms.get("ko", {}).get(fold(tokens[position - 1].text))
    suffixes = _STATE_DIVISIONS.get(state or "")
    if not suffixes:
        return None
    word = tokens[position].text
    for form in (word, *base_forms(word, "ko")):
        suffix = next((end for end in suffixes if form.endswith(end)), None)
        stem = form[: -len(suffix)] if suffix else ""
        if len(stem) < _SHORTEST_DIVISION_NAME or max(korean_zipf(form), korean_zipf(stem)) >= _KOREAN_WORD:
            continue  # "미국 이번주": "this week", a word and a suffix-like ending
        return place_candidate(position, position, form, Place(form, "place", state), ActorKind.place)
    return None


def _korean_region_word(word: str) -> bool:
    """A state's or a region's name, alone: "프랑스", "미국", "경북", "경기도"."""
    root = gazetteer()
    if word in KOREAN_PROVINCES or fold(word) in root.exonyms.get("ko", {}):
        return True
    place = root.local.get("ko", {}).get(fold(word))
    return place is not None and (place.kind == "state" or is_region(place))


# Particles of place ("in", "in … too/as for") after a province's short name: "전남에서는", "경북에서도".
_KOREAN_WHERE_PARTICLES = ("에서", "에서는", "에서도", "에선")
# The metropolitan cities, each governed as a province is: "광주와 전남에서는", "대구와 경북에서도" pair one
# with the province around it. A club's match ("울산과 전북의 경기") takes no particle of place.
_KOREAN_METROPOLITAN = frozenset(("서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종"))


def _metropolitan_base(word: str) -> bool:
    """'부산이', '서울은': one of the eight cities no province holds, with or without its particle."""
    return any(form in _KOREAN_METROPOLITAN for form in (word, *base_forms(word, "ko")))


def _korean_province(doc: ActorDocument, position: int) -> Candidate | None:
    """'경기 성남시', '경북 지역': a province's short name before a town's or an area noun is the province."""
    tokens = doc.tokens
    word = tokens[position].text
    full = KOREAN_PROVINCES.get(word)
    where = full is None and word.endswith(_KOREAN_WHERE_PARTICLES)
    if where:
        # "전남에서는 순천과 여수의": the province where its towns, named next, lie
        full = next((KOREAN_PROVINCES[form] for form in base_forms(word, "ko") if form in KOREAN_PROVINCES), None)
    if (
        full is None
        or position + 1 >= len(tokens)
        or doc.text[tokens[position].end : tokens[position + 1].start] != " "
    ):
        return None
    place = gazetteer().local.get("ko", {}).get(fold(full))
    after = tokens[position + 1].text
    area = _area_noun(after)
    # "강원 인제군": a county's name with its suffix after it, which the tables may not hold
    county = (
        after.endswith(_KOREAN_TOWN_SUFFIXES)
        and len(after) >= _SHORTEST_FEATURE
        and korean_zipf(after) < _KOREAN_COUNTY_WORD
    )
    # "충남 당진의": a town of South Korea the tables spell in Latin letters only ("Tangjin") counts too
    town = (
        _korean_town_at(doc, position + 1)
        or _korean_home_town_at(doc, position + 1)
        or _korean_town_of_its_office(doc, position + 1)  # "강원 춘천시장": the mayor of a town of the province
        # "경기 김포경찰서", "경북 상주경찰서에", "전남 목포해양경찰서": a town's station or court after its province
        or _korean_seat_of_a_law_office(doc, position + 1)
    )
    if place is None or (town is None and (where or (not area and not county))):
        return None  # "경북 지역에": before a noun for an area, the province ("전북" alone is a club)
    if where and town is not None and (doc.sports or _metropolitan_base(tokens[position + 1].text)):
        # "이날 경기에서 부산이 대구를": "경기" is the match, the city after it a club or a city no province holds
        return None
    return place_candidate(position, position, full, place, ActorKind.place)


def _listed_korean_province(doc: ActorDocument, position: int) -> Candidate | None:
    """'경북과 강원도의', '충북과 경북에서': a province's short name listed with 과/와 beside another
    region's name is the province ("전북" alone is also a football club, a club is listed with clubs)."""
    tokens = doc.tokens
    word = tokens[position].text
    # "경기와 충북 등": the last of the list may stand bare, with no particle
    short = next((form for form in (*base_forms(word, "ko"), word) if form in KOREAN_PROVINCES), None)
    if short is None:
        return None
    listed = False
    if word.endswith(_KOREAN_AND) and position + 1 < len(tokens):
        after = tokens[position + 1].text
        listed = doc.text[tokens[position].end : tokens[position + 1].start] == " " and any(
            _korean_region_word(form) for form in (after, *base_forms(after, "ko"))
        )
    if not listed and position > 0 and doc.text[tokens[position - 1].end : tokens[position].start] == " ":
        before = tokens[position - 1].text
        listed = before.endswith(_KOREAN_AND) and any(
            _korean_region_word(form) or (word.endswith(_KOREAN_WHERE_PARTICLES) and form in _KOREAN_METROPOLITAN)
            for form in base_forms(before, "ko")
        )
    if not listed and word.endswith(_KOREAN_AND):
        listed = _towns_up_to_an_area(doc, position + 1)
    if not listed:
        listed = _after_a_province_and_its_town(doc, position)
    if not listed:
        # "인천(-0.06%)과 경기(-0.04%)": listed with a region across its figure's bracket
        listed = any(
            _korean_region_word(form) or _korean_home_town_at(doc, partner) is not None
            for partner in figure_partners(doc, position)
            for form in (tokens[partner].text, *base_forms(tokens[partner].text, "ko"))
        )
    if not listed and not doc.sports:
        listed = _dotted_after_its_city(doc, position)
    place = gazetteer().local.get("ko", {}).get(fold(KOREAN_PROVINCES[short]))
    if not listed or place is None:
        return None
    return place_candidate(position, position, KOREAN_PROVINCES[short], place, ActorKind.place)


def _after_a_province_and_its_town(doc: ActorDocument, position: int) -> bool:
    """'경북 울진과 전북 새만금에': a province's short name after a province and its town joined by 과/와,
    the second pair of the list (a club is listed with clubs, not with a province's town)."""
    tokens = doc.tokens
    if position < 2 or any(doc.text[tokens[k - 1].end : tokens[k].start] != " " for k in (position - 1, position)):
        return False
    town = tokens[position - 1].text
    return (
        town.endswith(_KOREAN_AND)
        and tokens[position - 2].text in KOREAN_PROVINCES
        and _korean_home_town_at(doc, position - 1) is not None
    )


def _dotted_after_its_city(doc: ActorDocument, position: int) -> bool:
    """'대구·경북', '부산·경남': a province after a metropolitan city and a middle dot, the pair the news names
    as one region (clubs are paired so on a sports page, which this is not)."""
    if position == 0 or doc.text[doc.tokens[position - 1].end : doc.tokens[position].start] not in KOREAN_DOTS:
        return False
    return doc.tokens[position - 1].text in _KOREAN_METROPOLITAN


def _towns_up_to_an_area(doc: ActorDocument, position: int) -> bool:
    """'(경남과) 부산, 울산 지역': towns of South Korea listed from `position` on, the last before a noun
    for an area; a province listed so is the province ("전북과 울산의 경기" is two clubs' match)."""
    tokens = doc.tokens
    for item in range(position, min(position + _LONGEST_KOREAN_LIST, len(tokens) - 1)):
        gap = doc.text[tokens[item - 1].end : tokens[item].start]
        spaced = gap == " " or (gap == ", " and item > position)
        if not spaced or _korean_home_town_at(doc, item) is None:
            return False
        after = doc.text[tokens[item].end : tokens[item + 1].start]
        if after == " " and _area_noun(tokens[item + 1].text):
            return True
        if after != ", " and not (after == " " and tokens[item].text.endswith(_KOREAN_AND)):
            return False
    return False


_LONGEST_KOREAN_LIST = 5


# A province's short name with 도 (province) joined is the province, alone or with one of its bodies
# joined after it: "경북도는", "충남도의회", "경남도청 앞" ("전북" alone is also a football club).
_KOREAN_PROVINCE_BODIES = ("", "청", "의회", "지사", "교육청", "민")
_KOREAN_PROVINCE_OFFICES = ("지사", "교육청")
# "경북도", and the self-governing provinces' new names ("전북특별자치도" since 2024, "강원특별자치도").
_KOREAN_PROVINCE_ENDINGS = ("특별자치도", "도")


def _korean_province_with_do(doc: ActorDocument, position: int) -> Candidate | None:
    word = doc.tokens[position].text
    for form in (word, *base_forms(word, "ko")):
        for body in _KOREAN_PROVINCE_BODIES:
            stem = form[: len(form) - len(body)]
            if not form.endswith(body):
                continue
            # "충북지사", "경남교육청": the news drops 도 before the governor and the education office
            bare = (stem,) if body in _KOREAN_PROVINCE_OFFICES else ()
            for short in (*(stem.removesuffix(do) for do in _KOREAN_PROVINCE_ENDINGS if stem.endswith(do)), *bare):
                if short in KOREAN_PROVINCES:
                    place = gazetteer().local.get("ko", {}).get(fold(KOREAN_PROVINCES[short]))
                    if place is not None:
                        return place_candidate(position, position, KOREAN_PROVINCES[short], place, ActorKind.place)
    return None


# A Hangul word this rare (Zipf, particle cut) is a name, not a word: "하나시티즌" (Hana Citizen).
_KOREAN_NAME_WORD = 1.0


# A stock index is named by 지수 (index) joined to its own name, after the market's place.
_KOREAN_INDEX = "지수"


def _opens_korean_name(doc: ActorDocument, position: int) -> bool:
    """A town's name without a particle, followed by a Latin name ("울산 HD", "FC") or by a Hangul
    word no dictionary knows, opens a club's or firm's name."""
    tokens = doc.tokens
    if position + 1 >= len(tokens) or doc.text[tokens[position].end : tokens[position + 1].start] != " ":
        return False
    if tokens[position].text.endswith(_KOREAN_TOWN_SUFFIXES):
        return False  # "전주시 완산구": a town named as one, not a club
    after = tokens[position + 1].text
    if after[0].isascii() and after[0].isupper():
        return True
    if not is_hangul(after):
        return False
    forms = (after, *base_forms(after, "ko"))
    if any(form.endswith(_KOREAN_INDEX) and len(form) > len(_KOREAN_INDEX) + 1 for form in forms):
        return False  # "홍콩 항셍지수는", "일본 닛케이지수": a market's index after its place, no club
    if any(
        form.endswith(_KOREAN_TEAM_ENDINGS)
        and not form.endswith(_KOREAN_NO_PLURALS)
        and korean_zipf(form) < _KOREAN_TEAM_WORD
        for form in forms
    ):
        return True  # "뉴욕 양키스와의", "LA 다저스": an English plural, a team's (or a paper's) name
    club_words = _KOREAN_CLUB_SPONSORS | _KOREAN_CLUB_NAMES
    if after not in club_words and any(form in club_words for form in forms):
        return True  # "수원 삼성은", "울산 현대가", "인천 유나이티드가": a club named by its town and its owner or name
    latin_after = position + 2 < len(tokens) and tokens[position + 2].text[:1].isascii()
    if after in _KOREAN_CLUB_NAMES and latin_after and tokens[position + 2].text[:1].isupper():
        return True  # "서울 이랜드 FC가": the club's name goes on in Latin letters
    if position + 2 < len(tokens) and tokens[position + 2].text.startswith(_KOREAN_CLUB_NOUNS):
        return True  # "아산 무궁화 축구단": a town, the club's name, then the word for a club
    if _korean_temple(after) or any(form.endswith(_FESTIVAL) for form in forms):
        return False  # "순천 송광사", "보령 머드축제": a temple or a festival after its town, no firm's name
    if any(form.endswith(_KOREAN_LAW_OFFICES) for form in forms) or any(mark in after for mark in _KOREAN_RUN_BY):
        return False  # "서울 은평경찰서는", "인천 남동구립도서관은": the town's police or its district's library
    return (
        all(korean_zipf(form) < _KOREAN_NAME_WORD and not _korean_compound(form) for form in forms)
        and not any(form.endswith(_KOREAN_DISTRICT_SUFFIXES) for form in forms)
        and not _korean_station(after)  # "용인 기흥역": a station, no club's name
        and not any(doc.gazetteer.lookup((fold(form),)) for form in forms)
        and _korean_town_at(doc, position + 1) is None
    )


# The words for a sports club after its name: "아산 무궁화 축구단", "부산 KT 농구단"
_KOREAN_CLUB_NOUNS = ("축구단", "야구단", "농구단", "배구단", "구단", "프로축구단")


# Groups that own Korean sports clubs, named after the club's town ("수원 삼성", "대전 한화"); with a
# particle joined to the group's name, the pair is the club. Without one ("수원 삼성 공장") it may be a site.
_KOREAN_CLUB_SPONSORS = frozenset(
    ["삼성", "현대", "기아", "롯데", "한화", "두산", "포스코", "신한", "한전", "흥국생명", "대한항공", "정관장"]
)
# Words that end a club's name after its town, other than its owner's group: "인천 유나이티드",
# "서울 이랜드", "김천 상무" (the army's club), and the firms that own volleyball and basketball teams.
_KOREAN_CLUB_NAMES = frozenset(
    [
        "유나이티드",
        "이랜드",
        "상무",
        "시티즌",
        "아이파크",
        "현대모비스",
        "현대캐피탈",
        "한국전력",
        "한국도로공사",
        "한국가스공사",
    ]
)
# English plurals written in Hangul end in 스 or 즈 ("양키스", "다저스", "타이거즈"); one this rare
# (Zipf) after a town names a team or a paper ("뉴욕 타임스"), while frequent ones are words
# ("런던 버스", "서울 뉴스").
_KOREAN_TEAM_ENDINGS = ("스", "즈")
_KOREAN_TEAM_WORD = 4.0
# ...but "버스" (a bus) ends so in the singular: "부산 시내버스", "창원 마을버스" are the town's buses.
_KOREAN_NO_PLURALS = ("버스",)
# Hangul words that open a European club's name before its town ("바이에른 뮌헨", "레알 마드리드").
_KOREAN_CLUB_OPENERS = frozenset(
    ["바이에른", "레알", "보루시아", "아틀레티코", "인터", "올림피크", "스포르팅", "디나모", "스파르타크", "로코모티프"]
)

# Suffixes of a town's parts: a district, a neighbourhood, a road, a new town or an estate ("완산구",
# "역삼동", "세종로", "검단신도시", "마곡지구").
_KOREAN_DISTRICT_SUFFIXES = ("구", "동", "읍", "면", "리", "로", "길", "신도시", "지구", "단지")
# Each part of a compound of ordinary words is this frequent (Zipf): "외환시장" (foreign-exchange
# market) is 외환 + 시장, while a club's name is not ("하나시티즌": 시티즌 is rarer).
_KOREAN_COMPOUND_PART = 3.5


def _korean_compound(word: str) -> bool:
    """A Hangul word no dictionary lists that two frequent words make: an ordinary noun."""
    return any(
        korean_zipf(word[:cut]) >= _KOREAN_COMPOUND_PART and korean_zipf(word[cut:]) >= _KOREAN_COMPOUND_PART
        for cut in range(1, len(word))
    )
