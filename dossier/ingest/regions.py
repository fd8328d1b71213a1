"""First-level regions of every country (German Länder, Brazilian states, Russian oblasts, Korean
provinces), from ISO 3166-2 as pycountry keeps it, with their names in the languages of the sources.

GeoNames' city list has no regions, so "Sachsen" and "Saxony" were read as a person and "Minas
Gerais" as nothing. A region's spellings are its own name ("Bayern") and the names translators
gave it ("Bavaria", "Бавария"). Many regions are named by ordinary words ("Centre", "Lakes",
"Rivers", "Delta"): a one-word spelling that is one of those is left out; one that is frequent for
other reasons ("Bayern" in English: FC Bayern; "Unity") or is a given or a family name ("Devon",
"Victoria") is kept but needs the support a small town's name needs. Under its own country's
name for it, in that country's language, a region is well known.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from dossier.ingest.names import fold, is_given_name, is_surname
from dossier.ingest.region_english_names import english_region_name

# Languages whose names for regions are kept: those of the sources analysts collect.
LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "sv", "da", "fi", "tr", "ru", "uk", "ko", "el", "hu")
# Zipf in English: a one-word spelling this frequent is an ordinary word first ("Centre", "Coast")...
_ENGLISH_WORD = 4.5
# ...and so is one this frequent whose plural or singular is a word too ("Rivers", "Delta", "Plateau").
_NOUN_WORD = 3.0
_NOUN_OTHER_FORM = 1.9
# A spelling this frequent needs support before it is read as the region ("Bayern", "Unity").
_KNOWN_WORD = 3.5
# Lands whose first-level regions English news names bare, as it names cities ("California passed a law",
# "floods in Queensland"): there a region's name is frequent in English because it is a name...
_LANDS_NAMED_BARE = frozenset(
    {"United States", "Canada", "Australia", "India", "Ireland", "New Zealand", "United Kingdom"}
)
# ...and it is an ordinary word only when its plural, singular or past is in use too (Zipf): "deltas" 2.5,
# "plateaus" 2.7, "buries" 2.7, but "californias" 1.9, "texases" 0.
_WORD_FORMS_IN_USE = 2.2
# Zipf in the region's own language: "Pará" folds to "para", a preposition in Portuguese...
_OWN_WORD = 5.5
# ...and in a language that names a foreign region: "Marken" (Italy's Marche) is "brands" in German,
# "Freistaat" (South Africa's Free State) a word of every Land's name, "Meta" a company.
_FOREIGN_WORD = 3.0
# Plural (or singular) endings by language: a region named by an ordinary noun has them too
# ("Valle"/"valles", "Cortes"/"corte", "Centrale"/"centrales", "Plateaux"/"plateau"). Not German:
# its Länder end as its plurals do ("Sachsen", "Bayern"), and every name takes a genitive "-s".
_OTHER_FORMS = {
    "fr": ("s", "x"),
    "es": ("s", "es"),
    "pt": ("s", "es"),
    "it": ("i", "e"),
}
# Regions named by a point of the compass or a centre ("Nord", "South", "Centro", "Mitte") in many
# countries: the words name no one region. One row per language.
_COMPASS = {
    "en": "north south east west central centre center northern southern eastern western",
    "de": "nord süd sud ost west mitte zentrum norden süden osten westen",
    "fr": "nord sud est ouest centre",
    "es": "norte sur este oeste centro",
    "pt": "norte sul leste oeste centro",
    "it": "nord sud est ovest centro",
    "ru": "север юг восток запад центр",
}
_COMPASS_WORDS = frozenset(fold(word) for words in _COMPASS.values() for word in words.split())
_SHORTEST = 4  # "Ain", "Mon", "Bar", "Van": too short to tell from words and codes


# English names that the English translation of ISO 3166-2 (iso-codes) lacks, for regions English
# news names often: ISO code -> English name.
_ENGLISH = {
    "DE-SN": "Saxony",
    "DE-NI": "Lower Saxony",
    "DE-ST": "Saxony-Anhalt",
    "DE-TH": "Thuringia",
    "DE-NW": "North Rhine-Westphalia",
    "DE-RP": "Rhineland-Palatinate",
    "DE-HE": "Hesse",
    "DE-MV": "Mecklenburg-Western Pomerania",
    "AT-3": "Lower Austria",
    "AT-4": "Upper Austria",
    "AT-6": "Styria",
    "AT-2": "Carinthia",
    "AT-7": "Tyrol",
    "FR-BRE": "Brittany",
    "FR-NOR": "Normandy",
    "FR-20R": "Corsica",
    "PT-20": "Azores",
    "PT-30": "Madeira",
    "IT-82": "Sicily",
    "IT-88": "Sardinia",
    "IT-52": "Tuscany",
    "IT-21": "Piedmont",
    "IT-25": "Lombardy",
    "ES-AN": "Andalusia",
    "ES-CT": "Catalonia",
    "ES-IB": "Balearic Islands",
    "ES-CN": "Canary Islands",
    "ES-PV": "Basque Country",
    # Russia's republics: iso-codes keeps the transliterated official name ("Kabardino-Balkarskaya
    # Respublika"); English news writes the short one.
    "RU-AD": "Adygea",
    "RU-BU": "Buryatia",
    "RU-CE": "Chechnya",
    "RU-CU": "Chuvashia",
    "RU-IN": "Ingushetia",
    "RU-KB": "Kabardino-Balkaria",
    "RU-KC": "Karachay-Cherkessia",
    "RU-KK": "Khakassia",
    "RU-KL": "Kalmykia",
    "RU-KR": "Karelia",
    "RU-MO": "Mordovia",
    "RU-SA": "Yakutia",
    "RU-SE": "North Ossetia",
    "RU-UD": "Udmurtia",
    # Malaysia's states as English news names them ("Pulau Pinang" is Penang), Indonesia's island of Sumatra.
    "MY-07": "Penang",
    "MY-15": "Labuan",
    "ID-SM": "Sumatra",
    # Indonesia's islands and provinces as English news names them: the compass point first, the island in English
    # ("Jawa Timur" is East Java, "Sumatera Utara" North Sumatra).
    "ID-JW": "Java",
    "ID-JB": "West Java",
    "ID-JT": "Central Java",
    "ID-JI": "East Java",
    "ID-SB": "West Sumatra",
    "ID-SU": "North Sumatra",
    "ID-SS": "South Sumatra",
    "ID-KB": "West Kalimantan",
    "ID-KT": "Central Kalimantan",
    "ID-KS": "South Kalimantan",
    "ID-KI": "East Kalimantan",
    "ID-KU": "North Kalimantan",
    "ID-SA": "North Sulawesi",
    "ID-ST": "Central Sulawesi",
    "ID-SN": "South Sulawesi",
    "ID-SG": "Southeast Sulawesi",
    "ID-SR": "West Sulawesi",
    "ID-NB": "West Nusa Tenggara",
    "ID-NT": "East Nusa Tenggara",
    "ID-MU": "North Maluku",
    "ID-PB": "West Papua",
    "ID-PD": "Southwest Papua",
    "ID-PS": "South Papua",
    "ID-PT": "Central Papua",
    "ID-PE": "Highland Papua",
    "ID-KR": "Riau Islands",
    "ID-BB": "Bangka Belitung Islands",
    # Regions that war reporting names in their English spellings, not ISO's transliterations ("Nīnawá", "Tigrai",
    # "Nei Mongol Zizhiqu").
    "IQ-NI": "Nineveh",
    "IQ-AN": "Anbar",
    "IQ-SD": "Salahuddin",
    "ET-TI": "Tigray",
    "ET-AM": "Amhara",
    "CN-NM": "Inner Mongolia",
    "CN-NX": "Ningxia",
    "CN-GX": "Guangxi",
}
# Countries of nations (GB: England, Scotland, Wales, Northern Ireland): English news names the
# counties and council areas under the nations ("Devon", "Powys", "Isles of Scilly") as it names
# another country's first-level regions. Indonesia's provinces sit under its islands in ISO 3166-2
# ("Jawa Barat" under Jawa) and are named as any country's first-level regions too.
_NATIONS = ("GB", "ID")


@dataclass(frozen=True)
class Region:
    name: str  # in English when ISO's English translation has it, else its own name
    country: str  # the country's English name, as the gazetteer has it
    spellings: tuple[str, ...]  # read in any language: its own name in Latin letters, its English name
    # language -> the names that language gives it, read only there ("Baviera" in Italian, "Бавария"
    # in Russian); in its own country's languages, its own name ("Bayern" in German)
    by_language: dict[str, tuple[str, ...]]
    names: tuple[str, ...] = ()  # every name it has in LANGUAGES, kept or not: to tell it from a town
    own_languages: tuple[str, ...] = ()  # its country's languages other than English ("pt" for Madeira)
    # language -> a three-letter name that language gives it ("Goa" in Portuguese), read there only
    # after a preposition of place: see `_short_readable`
    short_by_language: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def same_as(self, town: str) -> bool:
        """Whether a town is this region under one of its names ("Wien" is Vienna; "Bahia" is no
        Salvador, though GeoNames lists it among Salvador's spellings)."""
        from rapidfuzz import fuzz

        folded = fold(town)
        return any(fuzz.ratio(fold(name), folded) >= _SAME_NAME for name in self.names)

    def well_known(self, spelling: str) -> bool:
        """A spelling that is a name and nothing else ("Saxony", "Nordrhein-Westfalen"), as
        opposed to one that is also frequent as a word ("Bayern" in English: FC Bayern)."""
        if not _one_word(spelling):
            return True
        folded = fold(spelling)
        # "Madeira" is "wood" in Portuguese, and a wine: it needs support, as "Bayern" does in English.
        # (Its own name, "Bretagne", is a word of its own language as every name there is.)
        languages = ("en",) if spelling in self.names[:1] else ("en", *self.own_languages)
        frequent = any(_zipf(folded, language) >= _KNOWN_WORD for language in languages)
        if (
            frequent
            and self.country in _LANDS_NAMED_BARE
            and all(_zipf(folded, language) < _KNOWN_WORD for language in languages if language != "en")
        ):
            # "Texas", "Queensland": frequent in English because English news names them, no word unless
            # the word's other forms are in use too ("Rivers"/"river", "Delta"/"deltas")
            frequent = _word_forms(folded) >= _WORD_FORMS_IN_USE
        # "Devon", "Victoria": a given name too, read as the region only with a place's support.
        return not frequent and not is_surname(folded) and not is_given_name(folded)


# How alike (rapidfuzz ratio) a region's name and a town's must be to name one place ("Lisboa", "Lisbon").
_SAME_NAME = 80
# A country's first level is regions a reader knows only when they are this populous on average:
# Malta's 68 local councils ("Pietà") or Slovenia's 212 municipalities are towns and villages.
_REGION_PEOPLE = 300_000


def first_level_regions(countries: dict[str, str], populations: dict[str, int]) -> list[Region]:
    """The first-level regions of the countries in `countries` (ISO code -> English name), for
    countries whose regions hold `_REGION_PEOPLE` on average (`populations`: ISO code -> people)."""
    import gettext

    import pycountry
    from babel.languages import get_official_languages

    translations = {}
    for language in LANGUAGES:
        try:
            translations[language] = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[language])
        except OSError:
            continue
    first_level = [subdivision for subdivision in pycountry.subdivisions if subdivision.parent_code is None]
    nations = {subdivision.code for subdivision in first_level if subdivision.country_code in _NATIONS}
    first_level += [subdivision for subdivision in pycountry.subdivisions if subdivision.parent_code in nations]
    counted = len(first_level)
    # A lower level's name joined by hyphens ("Barletta-Andria-Trani", "Seine-Saint-Denis") is no word
    # and no town of its own: without it, its first part was read as the town it also names.
    first_level += [
        subdivision
        for subdivision in pycountry.subdivisions
        if subdivision.parent_code is not None and subdivision.code not in nations and _hyphened_name(subdivision.name)
    ]
    counts: dict[str, int] = {}
    for subdivision in first_level[:counted]:
        counts[subdivision.country_code] = counts.get(subdivision.country_code, 0) + 1
    regions: list[Region] = []
    for subdivision in first_level:
        code = subdivision.country_code
        if code not in countries or (code not in _NATIONS and populations.get(code, 0) < _REGION_PEOPLE * counts[code]):
            continue
        own = _plain_name(subdivision.name)
        also_own = _other_official_names(subdivision.name, own)
        named = {language: _plain_name(table.gettext(subdivision.name)) for language, table in translations.items()}
        if subdivision.code in _ENGLISH:
            named["en"] = _ENGLISH[subdivision.code]
        elif named.get("en", own) == own and (english_name := english_region_name(own, code)):
            named["en"] = english_name  # "Donetsk Oblast" for "Donetska oblast", ISO having no English name
        official = tuple(
            language
            for language in get_official_languages(subdivision.country_code, de_facto=True)
            if language in translations and language != "en"
        )
        # Its own name is read in any language, once it is no ordinary word of its own languages
        # ("Centrale" in Togo, "El Valle": the valley).
        latin = tuple(
            name
            for name in (own, *also_own)
            if (name.isascii() or _latin(name)) and _readable_in(name, official, _OWN_WORD)
        )
        english = (named["en"],) if named.get("en", own) != own else ()  # untranslated: its own name
        everyday = _without_namesake(own)
        # (the first part a rare word: "Ciego de Ávila" keeps its "de")
        short_own = (everyday,) if everyday and _readable_in(everyday, official, _RARE_HEAD) else ()
        spellings = tuple(dict.fromkeys(spelling for spelling in (*latin, *english, *short_own) if _readable(spelling)))
        by_language: dict[str, tuple[str, ...]] = {}
        for language, name in named.items():
            if language in official:
                kept = tuple(
                    dict.fromkeys(
                        s
                        for s in (own, *also_own, name)
                        if _readable_in(s, (language,), _OWN_WORD)
                        or _plural_name(s, language)
                        or _accented_apart(s, language)
                    )
                )
            else:
                kept = (name,) if _readable_in(name, (language,), _FOREIGN_WORD) else ()
            if language != "en" and kept:
                by_language[language] = kept
        short: dict[str, tuple[str, ...]] = {
            language: (name,)
            for language, name in named.items()
            if language != "en" and language not in by_language and _short_readable(name)
        }
        if not spellings and not by_language and not short:
            continue
        names = tuple(dict.fromkeys((own, *also_own, *named.values())))
        regions.append(Region(named.get("en", own), countries[code], spellings, by_language, names, official, short))
    return regions


def _hyphened_name(name: str) -> bool:
    """A name of two or more capitalised parts joined by hyphens, small words allowed between them
    ("Alpes-de-Haute-Provence", "Val-d'Oise"); not "Praha-východ" (Prague's eastern district)."""
    plain = _plain_name(name)
    parts = plain.split("-")
    last = parts[-1].removeprefix("d'").removeprefix("l'")
    return len(parts) > 1 and " " not in plain and parts[0][:1].isupper() and last[:1].isupper()


# A region's official name may honour a person after "de" ("Michoacán de Ocampo", "Coahuila de
# Zaragoza", "Veracruz de Ignacio de la Llave"); the news writes the first part alone.
_HONOURING = " de "
# (a head rarer than this as a word: the state's own name, frequent in its own news as names are,
# "Coahuila" 3.8, "Michoacán" 4.0 in Spanish; an everyday word is more frequent: "Ciego" 4.2, "Norte" 5.4)
_RARE_HEAD = 4.0


def _without_namesake(name: str) -> str | None:
    """'Michoacán de Ocampo' -> 'Michoacán': one word before "de" and a name after it."""
    head, found, namesake = name.partition(_HONOURING)
    if not found or " " in head or "-" in head or not head[:1].isupper():
        return None
    if not namesake[:1].isupper():
        return None
    return head


def _plain_name(name: str) -> str:
    """ISO's name as texts write it: "Bristol, City of" -> "Bristol", "Vale of Glamorgan, The" ->
    "Vale of Glamorgan", "Illes Balears [Islas Baleares]" -> "Illes Balears"."""
    # (and "Central Visayas (Region VII)" -> "Central Visayas": the region's number or letters in brackets)
    return _REGION_NUMBER.sub("", name.split(" [", 1)[0].split(", ", 1)[0]).strip()


def _other_official_names(name: str, own: str) -> tuple[str, ...]:
    """The region's names ISO writes beside the first, as texts write them: its name in a second
    official language in brackets ("Catalunya [Cataluña]", "Illes Balears [Islas Baleares]"; not a
    code: "Stockholms län [SE-01]") and its name with the noun put back first ("Valenciana, Comunidad"
    -> "Comunidad Valenciana", "Murcia, Región de" -> "Región de Murcia"; not a list: "San Andrés,
    Providencia y Santa Catalina")."""
    others: list[str] = []
    bracketed = _BRACKETED.search(name)
    if bracketed is not None:
        words = bracketed.group(1).split()
        if all(word[:1].isupper() and word.replace("'", "").isalpha() and not word.isupper() for word in words):
            others.append(" ".join(words))
    head, comma, noun = name.split(" [", 1)[0].partition(", ")
    if comma and noun and "(" not in noun and not _LIST_WORDS.intersection(noun.split()):
        others.append(_REGION_NUMBER.sub("", f"{noun} {head}").strip())
    return tuple(other for other in dict.fromkeys(others) if other != own)


_BRACKETED = re.compile(r" \[([^\]]+)\]")
_LIST_WORDS = frozenset(["y", "and", "e", "et", "i", "und"])


# A Philippine region's number or letters after its name: "Central Visayas (Region VII)", "... Mindanao (ARMM)".
_REGION_NUMBER = re.compile(r"\s*\((?:Region [IVX]+(?:-[AB])?|[A-Z]{2,5})\)$")


def _latin(spelling: str) -> bool:
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in spelling)


def _one_word(spelling: str) -> bool:
    return not any(mark in spelling for mark in " -‐")


def _readable(spelling: str) -> bool:
    """A spelling read as a region's name in any language: no ordinary English word or given name."""
    if not _one_word(spelling):
        return True
    folded = fold(spelling)
    if len(folded) < _SHORTEST or folded in _COMPASS_WORDS:
        return False
    frequency = _zipf(folded, "en")
    return frequency < _ENGLISH_WORD and not (frequency >= _NOUN_WORD and _other_form(folded) >= _NOUN_OTHER_FORM)


# A three-letter name ("Goa", "Qom", "Osh") is kept when it is this rare a word in every language
# here (Zipf) and no one's name: "Van", "Bar", "Mon", "Sud", "Zug" and "Ica" are words or names.
_SHORT_NAME_WORD = 4.0


def _short_readable(spelling: str) -> bool:
    folded = fold(spelling)
    forms = {folded, spelling.lower()}  # "Mae" would be read for "mãe" too: both are asked
    return (
        len(folded) == _SHORTEST - 1
        and folded.isalpha()
        and folded not in _COMPASS_WORDS
        and not is_given_name(folded)
        and not is_surname(folded)
        and all(_zipf(form, language) < _SHORT_NAME_WORD for form in forms for language in LANGUAGES)
    )


def _word_forms(folded: str) -> float:
    """How frequent the word's other forms are in English: a noun's plural or singular, a verb's past."""
    forms = [folded + "s", folded + "es", folded + "ed", folded + "d"]
    if folded.endswith("y"):
        forms += [folded[:-1] + "ies", folded[:-1] + "ied"]
    if folded.endswith("s"):
        forms.append(folded[:-1])
    return max(_zipf(form, "en") for form in forms)


def _other_form(folded: str) -> float:
    """How frequent the word's plural (or singular) is: ordinary nouns have both."""
    forms = [folded + "s", folded + "es"] + ([folded[:-1]] if folded.endswith("s") else [])
    return max(_zipf(form, "en") for form in forms)


# Articles that may open a region's name: "El Valle" is the valley.
_ARTICLES = frozenset(
    [
        "el",
        "la",
        "los",
        "las",
        "le",
        "les",
        "l",
        "lo",
        "il",
        "o",
        "a",
        "os",
        "as",
        "der",
        "die",
        "das",
        "de",
        "het",
        "the",
    ]
)


def _readable_in(spelling: str, languages: tuple[str, ...], most: float) -> bool:
    if not _one_word(spelling):
        words = spelling.split()
        # An article and an ordinary noun: "El Valle", "La Centrale".
        return not (
            len(words) == 2
            and fold(words[0]) in _ARTICLES
            and any(_noun_in(fold(words[1]), language) for language in languages)
        )
    folded = fold(spelling)
    return (
        len(folded) >= _SHORTEST
        and folded not in _COMPASS_WORDS
        and all(_zipf(folded, language) < most and not _noun_in(folded, language) for language in languages)
    )


# Languages whose regions may be named in a plural form no noun of the language has: "Amazonas",
# "Alagoas" are frequent in Portuguese text only as the states ("amazona", "alagoa" are rare words),
# where an ordinary plural has a frequent singular ("cidades"/"cidade"). Read so in the region's own
# language only: elsewhere the spelling keeps the tests every other name passes.
_PLURAL_NAME_LANGUAGES = frozenset(["pt"])
_SINGULAR_RARER = 1.3


def _plural_name(spelling: str, language: str) -> bool:
    folded = fold(spelling)
    if language not in _PLURAL_NAME_LANGUAGES or not _one_word(spelling) or not folded.endswith("s"):
        return False
    frequency = _zipf(folded, language)
    return (
        len(folded) >= _SHORTEST + 2
        and frequency < _OWN_WORD
        and not is_given_name(folded)
        and _zipf(folded[:-1], language) <= frequency - _SINGULAR_RARER
    )


# A region's own name that only its accent tells from a word of every day: "Pará" (a Brazilian state)
# folds to "para", Portuguese "for". Its own language writes the word without the accent, so the name
# as written is far rarer than the word (Zipf "pará" 4.5, "para" 7.1); read so in that language only
# (the word opening a sentence, "Para", is told apart where towns are: the text writes it lower-case).
_ACCENT_RARER = 2.0


def _accented_apart(spelling: str, language: str) -> bool:
    folded, written = fold(spelling), spelling.lower()
    return (
        _one_word(spelling)
        and folded != written
        and len(folded) >= _SHORTEST
        and _zipf(written, language) <= _zipf(folded, language) - _ACCENT_RARER
    )


def _noun_in(folded: str, language: str) -> bool:
    """An ordinary noun of the language: frequent, and frequent in another number too."""
    if _zipf(folded, language) < _NOUN_WORD:
        return False
    forms = [folded + ending for ending in _OTHER_FORMS.get(language, ())]
    forms += [folded[: -len(ending)] for ending in _OTHER_FORMS.get(language, ()) if folded.endswith(ending)]
    return any(_zipf(form, language) >= _NOUN_OTHER_FORM for form in forms if len(form) >= _SHORTEST - 1)


# wordfreq needs MeCab for these; a Hangul region name is no ordinary word in folded form anyway.
_NO_FREQUENCIES = frozenset({"ko", "ja", "zh"})


def _zipf(word: str, language: str) -> float:
    if language in _NO_FREQUENCIES:
        return 0.0
    from dossier.ingest.word_frequencies import zipf_frequency

    return float(zipf_frequency(word, language))
