"""Vietnamese places named after their noun: "thành phố Đà Nẵng", "Thành phố Hồ Chí Minh", "huyện Tháp Mười",
"cảng Cát Lái", "sân bay Chu Lai", "sông Tiền", "Đồng bằng sông Cửu Long".

Vietnamese capitalises names only, every syllable of them, and writes the noun of a place before its name in lower
case (the official name of a city or a province may capitalise it: "Thành phố Hồ Chí Minh"). After such a noun the
capitalised syllables are a place's name, whether the gazetteer knows it or not, and whatever else they may spell:
"Hồ Chí Minh" after "thành phố" is the city, not the man. A river is drafted with its noun ("sông Tiền": "Tiền" is
money, too), a delta with its noun and its river's.
"""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.gazetteer import Place
from dossier.ingest.grouping import Candidate
from dossier.ingest.names import fold, is_surname
from dossier.ingest.other_language_common import PLACE_PREPOSITIONS, place_candidate
from dossier.model import ActorKind

# Nouns of a place written before its name, as their lower-case words: a city, a town, a township, a province, a
# district, a commune, a ward; a port, an island, a bay, a lake, a mountain, a pass.
_PLACE_NOUNS = frozenset(
    [
        ("thành", "phố"),
        ("thị", "xã"),
        ("thị", "trấn"),
        ("tỉnh",),
        ("huyện",),
        ("quận",),
        ("xã",),
        ("phường",),
        ("cảng",),
        ("đảo",),
        ("vịnh",),
        ("hồ",),
        ("núi",),
        ("đèo",),
        ("sân", "bay"),  # an airport: "sân bay Chu Lai"
        ("ga",),  # a station: "ga Suối Tiên"
        ("cửa", "khẩu"),  # a border gate: "cửa khẩu Tân Thanh"
    ]
)
# Nouns of a line, a road or a route named by its two ends: "tuyến Nhổn - ga Hà Nội", "tuyến metro Bến Thành - Suối
# Tiên", "cao tốc Biên Hòa - Vũng Tàu": both ends are places.
_ROUTE_NOUNS = frozenset(
    [("tuyến",), ("tuyến", "metro"), ("cao", "tốc"), ("tuyến", "đường", "sắt"), ("tuyến", "xe", "buýt")]
)
_ROUTE_DASHES = frozenset([" - ", " – ", "-", "–"])
# Nouns an official name may capitalise: "Thành phố Hồ Chí Minh", "Tỉnh Quảng Nam".
_CAPITALISED_NOUNS = frozenset([("thành", "phố"), ("tỉnh",)])
# "thành phố" written short before a city's name: "TP HCM", "Tp. Hồ Chí Minh", "TP Thủ Đức"
_SHORT_CITY_NOUNS = frozenset(["TP", "Tp"])
_SHORT_NOUN_GAPS = frozenset([" ", ".", ". "])
# Vietnam's regions that no administration has, named as often as its provinces: the Central Highlands, the
# Northwest and Northeast, the South, North and Centre and their parts.
_REGIONS = frozenset(
    [
        "Tây Nguyên",
        "Tây Bắc",
        "Đông Bắc",
        "Nam Bộ",
        "Bắc Bộ",
        "Trung Bộ",
        "Đông Nam Bộ",
        "Tây Nam Bộ",
        "Nam Trung Bộ",
        "Bắc Trung Bộ",
    ]
)
_CONTINENT_NOUN = "châu"
_ONE_LETTER_SYLLABLES = frozenset(["Á", "Ý", "Ô"])
_RIVER = "sông"
_DELTA = ("đồng", "bằng")
_LONGEST_NAME = 4  # syllables: "Bà Rịa Vũng Tàu"


def vietnamese_place_after_its_noun(doc: ActorDocument, position: int, last: int, language: str) -> Candidate | None:
    """The place whose name opens at `position` right after a Vietnamese noun of a place."""
    tokens = doc.tokens
    if language != "vi" or position == 0:
        return None
    if _after_the_short_city_noun(doc, position) and tokens[position].text.isupper():
        # "TP HCM": the city's initials after the noun written short
        place = doc.gazetteer.lookup((tokens[position].folded,))
        if place is None or place.country != "Vietnam" or not tokens[position].text.isalpha():
            return None
        name = doc.text[tokens[position - 1].start : tokens[position].end]
        return place_candidate(position - 1, position, name, place, ActorKind.place)
    continent = _continent_after_its_noun(doc, position, last)
    if continent is not None:
        return continent
    if not _syllable_of_a_name(doc, position):
        return None
    paired = _province_of_two_names(doc, position) or _region_of_the_country(doc, position)
    if paired is not None:
        return paired
    if position > 0 and _syllable_of_a_name(doc, position - 1) and _noun_before(doc, position) is None:
        return None  # inside a name: "Hồ Chí Minh" is read from "Hồ"
    end = position
    while end < last and end - position + 1 < _LONGEST_NAME and _syllable_of_a_name(doc, end + 1):
        end += 1
    if end < len(tokens) - 1 and _syllable_of_a_name(doc, end + 1) and _spaced(doc, end):
        return None  # a name longer than a place's; the next sentence's first word ("cảng Sa Kỳ. Chúng tôi") is not
    words = tuple(tokens[k].folded for k in range(position, end + 1))
    name = doc.text[tokens[position].start : tokens[end].end]
    noun = _noun_before(doc, position)
    if noun is None:
        return None
    if noun == (_RIVER,):
        first = position - 1
        if first >= 2 and _lower_words(doc, first - 2, first) == _DELTA:
            first -= 2  # "Đồng bằng sông Cửu Long": the delta
        full = doc.text[tokens[first].start : tokens[end].end]
        candidate = place_candidate(first, end, full, Place(full, "place"), ActorKind.place)
        candidate.alias = name
        return candidate
    place = doc.gazetteer.lookup(words)
    if place is None or place.kind == "state" or _namesake_abroad(place, name):
        place = Place(name, "place")  # "cửa khẩu Tân Thanh": Vietnam's border gate, no Chinese Jincheng
    return place_candidate(position, end, name, place, ActorKind.place)


def _continent_after_its_noun(doc: ActorDocument, position: int, last: int) -> Candidate | None:
    """'châu Âu', 'châu Phi', 'châu Mỹ La-tinh': the news writes a continent's noun in lower case, CLDR's name
    capitalises it ("Châu Âu"); the syllables after it name the continent, not a state ("Mỹ" alone is the United
    States, "châu Mỹ" the Americas)."""
    tokens = doc.tokens
    if position < 1 or tokens[position - 1].text != _CONTINENT_NOUN or not _spaced(doc, position - 1):
        return None
    if not (_syllable_of_a_name(doc, position) or tokens[position].text in _ONE_LETTER_SYLLABLES):
        return None  # "châu Á": Asia's one letter is a capital too
    for end in range(min(last, position + 2), position - 1, -1):
        words = (fold(_CONTINENT_NOUN), *(tokens[k].folded for k in range(position, end + 1)))
        place = doc.gazetteer.lookup(words)
        if place is not None and place.kind != "state" and place.country is None:
            name = doc.text[tokens[position - 1].start : tokens[end].end]
            return place_candidate(position - 1, end, name, place, ActorKind.place)
    name = doc.text[tokens[position - 1].start : tokens[position].end]
    return place_candidate(position - 1, position, name, Place(name, "place"), ActorKind.place)  # "châu Mỹ"


def _province_of_two_names(doc: ActorDocument, position: int) -> Candidate | None:
    """'Bà Rịa - Vũng Tàu', 'Thừa Thiên - Huế': a province named by two names and a dash, which the gazetteer holds
    whole, is that province, not its two towns (a route's two ends, "cao tốc Biên Hòa - Vũng Tàu", make no name)."""
    tokens = doc.tokens
    if position > 0 and _syllable_of_a_name(doc, position - 1) and _spaced(doc, position - 1):
        opening = position - 1 in doc.sentence_first and tokens[position - 1].text.lower() in PLACE_PREPOSITIONS["vi"]
        if not opening:
            return None  # inside a longer name; "Ở Bà Rịa - Vũng Tàu": after the sentence's first word, a preposition
    end = _name_end(doc, position)
    if end + 1 >= len(tokens) or doc.text[tokens[end].end : tokens[end + 1].start] not in _ROUTE_DASHES:
        return None
    if not _syllable_of_a_name(doc, end + 1):
        return None
    other = _name_end(doc, end + 1)
    words = (
        *(tokens[k].folded for k in range(position, end + 1)),
        "-",
        *(tokens[k].folded for k in range(end + 1, other + 1)),
    )
    place = doc.gazetteer.lookup(words)
    if place is None or place.kind == "state" or place.country != "Vietnam":
        return None
    name = doc.text[tokens[position].start : tokens[other].end]
    return place_candidate(position, other, name, place, ActorKind.place)


def _region_of_the_country(doc: ActorDocument, position: int) -> Candidate | None:
    """'nông dân Tây Nguyên', 'ở Nam Bộ': a region of Vietnam that no administration has, named whole."""
    tokens = doc.tokens
    if position > 0 and _syllable_of_a_name(doc, position - 1) and _spaced(doc, position - 1):
        opening = position - 1 in doc.sentence_first and tokens[position - 1].text.lower() in PLACE_PREPOSITIONS["vi"]
        if not opening:
            return None
    end = _name_end(doc, position)
    name = doc.text[tokens[position].start : tokens[end].end]
    if name not in _REGIONS:
        return None
    if end + 1 < len(tokens) and _spaced(doc, end) and tokens[end + 1].text[:1].isupper():
        return None  # "Đông Bắc Á": Northeast Asia, a longer name
    return place_candidate(position, end, name, Place(name, "place"), ActorKind.place)


def _name_end(doc: ActorDocument, position: int) -> int:
    """The last syllable of the name opening at `position`, one space between each."""
    k = position
    while (
        k + 1 < len(doc.tokens)
        and _syllable_of_a_name(doc, k + 1)
        and _spaced(doc, k)
        and k - position + 1 < _LONGEST_NAME
    ):
        k += 1
    return k


def _namesake_abroad(place: Place, name: str) -> bool:
    """A town abroad the gazetteer holds under another name, one of whose other spellings the name is."""
    return place.country not in (None, "Vietnam") and fold(place.name) != fold(name)


def _spaced(doc: ActorDocument, k: int) -> bool:
    """Whether one space alone parts the word at `k` from the next."""
    return doc.text[doc.tokens[k].end : doc.tokens[k + 1].start] == " "


def _syllable_of_a_name(doc: ActorDocument, k: int) -> bool:
    text = doc.tokens[k].text
    return text[:1].isupper() and text.isalpha() and not text.isupper()


def _lower_words(doc: ActorDocument, first: int, end: int) -> tuple[str, ...]:
    """The words from `first` up to `end` (not included), in lower case, when one space joins each to the next."""
    tokens = doc.tokens
    if any(doc.text[tokens[k].end : tokens[k + 1].start] != " " for k in range(first, end - 1)):
        return ()
    return tuple(tokens[k].text.lower() for k in range(first, end))


def _noun_before(doc: ActorDocument, position: int) -> tuple[str, ...] | None:
    """The noun of a place right before `position` ("sông", "thành phố"), lower case unless an official name's."""
    tokens = doc.tokens
    if _after_the_short_city_noun(doc, position):
        return ("thành", "phố")
    for size in (3, 2, 1):
        first = position - size
        if first < 0:
            continue
        words = _lower_words(doc, first, position + 1)[:-1]
        if not words:
            continue
        written = tuple(tokens[k].text for k in range(first, position))
        if words == (_RIVER,) and written == words:
            return words
        # "Sân bay Chu Lai tạm đóng cửa": the noun opening its sentence takes the sentence's capital, unless it is
        # a family name too ("Hồ Chí Minh", where "hồ" is a lake)
        opening = first in doc.sentence_first and written[1:] == words[1:] and not is_surname(fold(written[0]))
        if words in _PLACE_NOUNS and (written == words or words in _CAPITALISED_NOUNS or opening):
            return words
        # "Cao tốc Trung Lương - ...": a noun of two words, its second in lower case, is no family name ("Cao")
        opening = opening or (first in doc.sentence_first and len(words) > 1 and written[1:] == words[1:])
        if words in _ROUTE_NOUNS and (written == words or opening) and _dash_after_the_name(doc, position):
            return words
    return _route_end(doc, position)


def _after_the_short_city_noun(doc: ActorDocument, position: int) -> bool:
    """'TP HCM', 'Tp. Hồ Chí Minh': the word at `position` follows "thành phố" written short."""
    tokens = doc.tokens
    return (
        position > 0
        and tokens[position - 1].text in _SHORT_CITY_NOUNS
        and doc.text[tokens[position - 1].end : tokens[position].start] in _SHORT_NOUN_GAPS
    )


def _dash_after_the_name(doc: ActorDocument, position: int) -> bool:
    """'tuyến Nhổn - ...': the name after a route's noun is one end of it, a dash before the other."""
    tokens = doc.tokens
    k = position
    while k + 1 < len(tokens) and _syllable_of_a_name(doc, k + 1) and _spaced(doc, k) and k - position < _LONGEST_NAME:
        k += 1
    return k + 1 < len(tokens) and doc.text[tokens[k].end : tokens[k + 1].start] in _ROUTE_DASHES


def _route_end(doc: ActorDocument, position: int) -> tuple[str, ...] | None:
    """'tuyến metro Bến Thành - Suối Tiên': the name after the dash is the route's other end."""
    tokens = doc.tokens
    if position < 2 or doc.text[tokens[position - 1].end : tokens[position].start] not in _ROUTE_DASHES:
        return None
    k = position - 1
    while k > 0 and _syllable_of_a_name(doc, k - 1) and _spaced(doc, k - 1) and position - k < _LONGEST_NAME:
        k -= 1
    if not _syllable_of_a_name(doc, k):
        return None
    for size in (3, 2, 1):
        words = _lower_words(doc, k - size, k + 1)[:-1] if k - size >= 0 else ()
        if words in _ROUTE_NOUNS:
            return words
    return None
