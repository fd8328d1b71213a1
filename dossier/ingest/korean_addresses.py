"""Korean places named by their kind's suffix, where the tables hold no such place.

The news writes a rural address from the county down: "인제군 북면 용대리" (Inje County, Buk
township, Yongdae village), and a city's from its district: "용인시 기흥구 구갈동" is not in the
tables either. A district ends in 구, a township in 읍/면 (a city's quarter in 동) and a village
in 리; only right after the city, the county (or the district, the township) are they places:
alone, a word ending so is often no name ("측면": a side, "거리": a street). Two townships listed
with 과/와 in a text that writes such an address name each other ("기린면과 상남면"); a stream or
river (강, 천) is one by the word for its reaches after it ("소양강 상류": the upper Soyang).
"""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.gazetteer import KOREAN_WITH_A_CUE, gazetteer, korean_zipf
from dossier.ingest.korean_divisions import korean_division
from dossier.ingest.names import fold
from dossier.ingest.word_forms import base_forms, is_hangul

_COUNTIES = ("군", "시")
_CITIES = ("시",)
_DISTRICTS = ("구",)
_TOWNSHIPS = ("읍", "면")
_QUARTERS = ("동",)
_VILLAGES = ("리",)
_RIVERS = ("강", "천")
# The words for a river's reaches, banks and basin: "소양강 상류", "내린천 유역".
_RIVER_PARTS = frozenset(["상류", "하류", "중류", "유역", "하구", "물길", "줄기", "강변", "둔치", "상류의", "하류의"])
_AND = ("과", "와")
# A township of one syllable and its suffix is named by its place in the county: "북면", "남면", "동면", "서면";
# a district by its place in the city: "중구", "남구".
_DIRECTIONS = "북남동서중"
# Shortest: a syllable of name and the suffix ("북면"); a word this frequent (Zipf) is a word of its own.
_SHORTEST = 2
_SHORTEST_RIVER = 3
_SUFFIXED_WORD = 4.0
# A city's district is named as often as a word ("강남구" 4.2, "중구" 4.3); "연구" (research, 5.4) is a word.
_DISTRICT_WORD = 4.5
# Two townships listed with 과/와 and no county before: only names no word list knows.
_LISTED_WORD = 1.0


def _form(
    word: str, suffixes: tuple[str, ...], shortest: int = _SHORTEST, ceiling: float = _SUFFIXED_WORD
) -> str | None:
    """The word (particle aside) if it ends in one of `suffixes` and is no word as frequent as `ceiling`."""
    for form in (word, *base_forms(word, "ko")):
        if form.endswith(suffixes) and len(form) >= shortest and is_hangul(form) and korean_zipf(form) < ceiling:
            return None if _conditional(form) else form
    return None


# "-면" after a verb's stem is the conditional ("if"), the commonest ending in news: "발표하면", "처리되면",
# "있으면", "하시면". A township's name before 면 is a place's, not a stem of 하다/되다 or one ending in 으/시.
_CONDITIONAL_STEM_ENDINGS = ("하", "되", "으", "시")


def _conditional(form: str) -> bool:
    return form.endswith("면") and len(form) >= _SHORTEST + 1 and form[:-1].endswith(_CONDITIONAL_STEM_ENDINGS)


def _spaced_before(doc: ActorDocument, position: int) -> bool:
    tokens = doc.tokens
    return position > 0 and doc.text[tokens[position - 1].end : tokens[position].start] == " "


def _county(doc: ActorDocument, position: int) -> bool:
    word = doc.tokens[position].text
    return len(word) >= _SHORTEST + 1 and word.endswith(_COUNTIES) and korean_zipf(word) < _SUFFIXED_WORD


def _city(doc: ActorDocument, position: int) -> bool:
    """'용인시', and '서울시' (a word as frequent as its city): a city with its suffix."""
    word = doc.tokens[position].text
    if len(word) < _SHORTEST + 1 or not word.endswith(_CITIES):
        return False
    return korean_zipf(word) < _SUFFIXED_WORD or _known_town(word[: -len(_CITIES[0])])


# A word of every day this frequent (Zipf) that the tables hold only as a town abroad is the word before a
# district's noun: "지난 선거구 대비" (against the last constituency; 지난 is also Jinan, China), "이번 지역구".
# Seoul (5.7) and Busan are named as often, and are Korea's own.
_EVERYDAY_WORD = 5.0


def _word_named_as_a_town_abroad(word: str) -> bool:
    if korean_zipf(word) < _EVERYDAY_WORD:
        return False
    root = gazetteer()
    places = [root.local.get(table, {}).get(fold(word)) for table in ("ko", KOREAN_WITH_A_CUE)]
    return not any(place is not None and place.country == "South Korea" for place in places)


def _known_town(stem: str) -> bool:
    root = gazetteer()
    return any(fold(stem) in root.local.get(table, {}) for table in ("ko", KOREAN_WITH_A_CUE))


def _after(
    doc: ActorDocument, position: int, suffixes: tuple[str, ...], holder: bool, ceiling: float = _SUFFIXED_WORD
) -> str | None:
    """A name ending in one of `suffixes` right after its `holder`'s (checked at position - 1)."""
    form = _form(doc.tokens[position].text, suffixes, ceiling=ceiling)
    if form is None or not _spaced_before(doc, position) or not holder:
        return None
    if len(form) == _SHORTEST and form[0] not in _DIRECTIONS:
        return None  # "청주시 방면으로" (towards Cheongju), "외면" (ignoring): words of two syllables
    return form


def _district(doc: ActorDocument, position: int) -> str | None:
    """'수원시 영통구', '서울 강남구': a city's district right after the city, its suffix written or
    not, and one listed after it ('서울 강남구와 송파구')."""
    if position == 0:
        return None
    before = doc.tokens[position - 1].text
    holder = (
        _city(doc, position - 1)
        or (_known_town(before) and not _word_named_as_a_town_abroad(before))
        # "강남구와 송파구": a district listed after another district of the city
        or (before.endswith(_AND) and _district(doc, position - 1) is not None)
    )
    return _after(doc, position, _DISTRICTS, holder, _DISTRICT_WORD)


def _township(doc: ActorDocument, position: int) -> str | None:
    """'인제군 북면', '용인시 기흥구 구갈동', '삼척 도계읍': a township's name right after its county's or
    district's."""
    if position == 0:
        return None
    if _district(doc, position - 1) is not None:
        return _after(doc, position, _TOWNSHIPS + _QUARTERS, True)
    # "삼척 도계읍": the town may be written bare before its township, as before its district
    before = doc.tokens[position - 1].text
    holder = (
        _county(doc, position - 1)
        or (_known_town(before) and not _word_named_as_a_town_abroad(before))
        or korean_division(before) is not None
    )
    return _after(doc, position, _TOWNSHIPS, holder)


def _township_or_its_name(doc: ActorDocument, position: int) -> bool:
    """A township right after its county, or a township's name of two syllables or more written bare (no
    particle) before the next word: a village's holder."""
    word = doc.tokens[position].text
    bare = word.endswith(_TOWNSHIPS) and is_township(word) and not _after_a_subject(doc, position)
    return _township(doc, position) is not None or bare


def _township_before_its_village(doc: ActorDocument, position: int) -> str | None:
    """'한림읍 귀덕리', '성산읍 신양리': a township written bare before a village's name, an address from the
    township down; the pair tells the names, where either word alone may be a word ("거리": a street)."""
    tokens = doc.tokens
    word = tokens[position].text
    if not (word.endswith(_TOWNSHIPS) and is_township(word)) or position + 1 >= len(tokens):
        return None
    if _after_a_subject(doc, position):
        return None  # "혐의가 드러나면 구속처리 될": a subject, then its verb ("if it comes out"), no address
    if not _spaced_before(doc, position + 1) or _form(tokens[position + 1].text, _VILLAGES, _SHORTEST + 1) is None:
        return None
    return word


# The subject particles: an address written bare (no county before it) does not follow a subject.
_SUBJECT_PARTICLES = ("이", "가")


def _after_a_subject(doc: ActorDocument, position: int) -> bool:
    if position == 0 or not _spaced_before(doc, position):
        return False
    before = doc.tokens[position - 1].text
    return len(before) >= _SHORTEST and is_hangul(before) and before.endswith(_SUBJECT_PARTICLES)


def is_township(word: str) -> bool:
    """'산내면', '봉담읍에서': a township's name of two syllables or more and its suffix, no frequent word."""
    return _form(word, _TOWNSHIPS, _SHORTEST + 1) is not None


def korean_address_part(doc: ActorDocument, position: int) -> str | None:
    """The name of a township, a village or a river the Hangul word at `position` writes, or None."""
    word = doc.tokens[position].text
    if not is_hangul(word):
        return None
    part = _district(doc, position) or _township(doc, position) or _township_before_its_village(doc, position)
    if part is not None:
        return part
    village = _form(word, _VILLAGES, _SHORTEST + 1)
    if village is not None and _spaced_before(doc, position) and _township_or_its_name(doc, position - 1):
        return village  # "북면 용대리의", "한림읍 귀덕리의"
    return _listed_township(doc, position) or _river(doc, position) or _part_of_a_city(doc, position)


# A quarter (동) or an island (도) named right after its city: "거제 옥포동 일대", "인천 영종도의"; and a
# new town's name between its city and "신도시": "김해 장유 신도시". A word so ending is often a
# compound of an everyday noun ("봉사활동": 활동, activity) or a noun with the particle 도 ("서울
# 시민도": the citizens too): the part before the suffix (for 동, the last two syllables too) is no
# frequent word.
_ISLANDS = ("도",)
_NEW_TOWN = "신도시"
_PART_WORD = 4.0
# Districts, new towns and industrial towns the news names bare after their city, without 구, 동 or 읍
# ("서울 강남", "성남 분당", "청주 오창", "군산 새만금"): no word frequency tells them from "군산 앞바다"
# (the sea off Gunsan), so a list of the well-known ones.
_BARE_PARTS = frozenset(
    [
        *("강남", "강북", "강서", "강동", "분당", "일산", "판교", "동탄", "광교", "위례", "송도", "청라"),
        *("영종", "마곡", "상암", "목동", "잠실", "오창", "오송", "대덕", "새만금", "혁신도시"),
    ]
)


def _part_of_a_city(doc: ActorDocument, position: int) -> str | None:
    tokens = doc.tokens
    if position == 0 or not _spaced_before(doc, position):
        return None
    before = tokens[position - 1].text
    town = _known_town(before) and not _word_named_as_a_town_abroad(before)
    if not (_city(doc, position - 1) or town or before in _BARE_PARTS):
        return None  # "강남 대치동": a quarter after its district named bare
    word = tokens[position].text
    bare = next((form for form in (word, *base_forms(word, "ko")) if form in _BARE_PARTS), None)
    grouped = position + 1 < len(tokens) and tokens[position + 1].text[:1].isdigit()
    if bare is not None and not grouped:
        return bare  # "서울 강남 대치동", "충북 청주 오창과"; "강남 3구" is three districts together
    if (
        position + 1 < len(tokens)
        and _spaced_before(doc, position + 1)
        and tokens[position + 1].text.startswith(_NEW_TOWN)
        and len(word) >= _SHORTEST
        and is_hangul(word)
        and 0 < korean_zipf(word) < _PART_WORD  # listed, as names are; "대규모 신도시" (large) is a phrase
    ):
        return word  # "장유 신도시": the new town's own name
    for form in (word, *base_forms(word, "ko")):
        if len(form) <= _SHORTEST or not is_hangul(form) or not form.endswith(_QUARTERS + _ISLANDS):
            continue
        stem = korean_zipf(form[:-1])
        if form.endswith(_QUARTERS) and stem < _PART_WORD and korean_zipf(form[-2:]) < _PART_WORD:
            return form
        # An island's name before 도 is a word the list holds ("영종", "여의"); "공장만으로도" (a plant,
        # with particles) is none
        if form.endswith(_ISLANDS) and 0 < stem < _PART_WORD:
            return form
    return None


def _listed_township(doc: ActorDocument, position: int) -> str | None:
    """'기린면과 상남면': two townships no word list knows, listed with 과/와; and a quarter listed with a township
    ('남원읍과 효돈동': a town's township and quarter, one place each)."""
    tokens = doc.tokens
    form = _form(tokens[position].text, _TOWNSHIPS + _QUARTERS, _SHORTEST + 1)
    if form is None or korean_zipf(form) >= _LISTED_WORD:
        return None
    if _townships_side_by_side(doc, position) and _names_a_county(doc):
        return form  # "주산면, 동진면, 백산면" on a page naming its county ("부안군")
    partner: str | None = None
    if tokens[position].text.endswith(_AND) and position + 1 < len(tokens) and _spaced_before(doc, position + 1):
        partner = _form(tokens[position + 1].text, _TOWNSHIPS + _QUARTERS, _SHORTEST + 1)
    if partner is None and _spaced_before(doc, position) and tokens[position - 1].text.endswith(_AND):
        partner = _form(tokens[position - 1].text, _TOWNSHIPS + _QUARTERS, _SHORTEST + 1)
    if partner is None or korean_zipf(partner) >= _LISTED_WORD:
        return None
    if not (form.endswith(_TOWNSHIPS) or partner.endswith(_TOWNSHIPS)):
        return None  # "활동과 운동" (activity and exercise): quarters' ends alone are too common
    # "물냉면과 비빔냉면" (two cold noodles), "경사면과 반사면": only a text that writes an address
    # down to its townships ("인제군 북면") lists townships so
    return form if any(_township(doc, k) is not None for k in range(1, len(tokens))) else None


# A county's council, office, head and people, written as one word with it: "거창군의회", "부안군청", "영월군수"
_COUNTY_BODIES = ("의회", "청", "수", "민")


def _names_a_county(doc: ActorDocument) -> bool:
    """'부안군은', '거창군의', '거창군의회는': the page names a county with its suffix 군, a particle or one of its
    bodies joined or not."""
    for token in doc.tokens:
        if _form(token.text, ("군",), _SHORTEST + 1, _SUFFIXED_WORD) is not None:
            return True
        body = _form(token.text, tuple("군" + body for body in _COUNTY_BODIES), _SHORTEST + 2, _SUFFIXED_WORD)
        if body is not None and len(body.rsplit("군", 1)[0]) >= _SHORTEST:
            return True
    return False


def _townships_side_by_side(doc: ActorDocument, position: int) -> bool:
    """'부안읍, 행안면', '마리면 위천면': a township's name (읍 or 면) beside another, joined by a comma or a space,
    no word list knows. A county's election districts and its damage reports list its townships so; the caller asks
    that the page name a county too ("물냉면, 비빔면", two noodle dishes, are on a menu, not beside a county)."""
    tokens = doc.tokens

    def township(k: int) -> bool:
        item = _form(tokens[k].text, _TOWNSHIPS, _SHORTEST + 1)
        return item is not None and korean_zipf(item) < _LISTED_WORD

    if not township(position):
        return False
    before = position > 0 and doc.text[tokens[position - 1].end : tokens[position].start] in _LIST_GAPS
    after = position + 1 < len(tokens) and doc.text[tokens[position].end : tokens[position + 1].start] in _LIST_GAPS
    return (before and township(position - 1)) or (after and township(position + 1))


# "주산면, 동진면", and "마리면 위천면 북상면에서" with spaces only
_LIST_GAPS = frozenset((", ", " "))


def _river(doc: ActorDocument, position: int) -> str | None:
    """'소양강 상류', and '내린천과 소양강 상류': a river before its reaches, and one listed with it."""
    tokens = doc.tokens
    form = _form(tokens[position].text, _RIVERS, _SHORTEST_RIVER)
    if form is None:
        return None
    if position + 1 < len(tokens) and _spaced_before(doc, position + 1):
        after = tokens[position + 1].text
        if after in _RIVER_PARTS:
            return form
        if tokens[position].text.endswith(_AND) and _river(doc, position + 1) is not None:
            return form
    return None
