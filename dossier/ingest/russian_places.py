"""Russian and Ukrainian regions, lakes, districts and rivers: "в Новосибирской области", "на
Онежском озере", "в Холмогорском районе", "через реку Шолму", and towns on a river ("в
Ростове-на-Дону").

They are named by an adjective or a declined name beside a lower-case noun, and the tables hold no
lakes, districts or rivers: the noun and the endings tell them, read back to the nominative.
"""

from __future__ import annotations

import re

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.gazetteer import Place, gazetteer
from dossier.ingest.grouping import Candidate
from dossier.ingest.names import fold, is_cyrillic_given_name, is_given_name, is_surname
from dossier.ingest.other_language_common import (
    CYRILLIC,
    KNOWN_TOWN,
    RUSSIAN_ADJECTIVE_ENDS,
    RUSSIAN_SURNAMES,
    gap_after,
    place_candidate,
    word_frequency,
    words_by_language,
)
from dossier.ingest.place_prepositions import SURNAME_ENDS
from dossier.ingest.word_forms import base_forms, russian_region_forms
from dossier.model import ActorKind

_REPUBLIC = fold("республика")


# "в Вологодской и Архангельской областях": two regions' adjectives joined by "and" share the noun.
_REGIONS_JOINED_BY: dict[str, frozenset[str]] = words_by_language({"ru": "и", "uk": "і й та"})


def russian_region(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    """'в Новосибирской области': an adjective and a lower-case noun that name a region together;
    the noun may come after a second region's adjective ("в Вологодской и Архангельской областях")."""
    tokens = doc.tokens
    if language not in CYRILLIC:
        return None
    word = tokens[position].text
    strip = _gaza_strip(doc, position, language)
    if strip is not None:
        return strip
    oblast = _KAZAKH_OBLAST_LETTERS.get(word) if language == "ru" else None
    if oblast is not None:
        return place_candidate(position, position, oblast, Place(oblast, "place", "Kazakhstan"), ActorKind.place)
    for form in (word, *base_forms(word, language)) if language == "ru" else ():
        # "в Татарстане": a republic named without the word ("Республика Татарстан").
        place = gazetteer().local.get(language, {}).get(f"{_REPUBLIC} {fold(form)}")
        if place is not None and form[:1].isupper() and not _capitalised_adjective_before(doc, position):
            return place_candidate(position, position, form, place, ActorKind.place)
    if position + 1 >= len(tokens) or not tokens[position].joined:
        return None
    noun = tokens[position + 1]
    noun_text = _region_of_a_body(doc, position, language) or noun.text
    okrug = _autonomous_region(doc, position, language)
    if okrug is not None:
        return okrug
    if (
        noun.text in _REGIONS_JOINED_BY.get(language, ())
        and position + 3 < len(tokens)
        and tokens[position + 2].text[:1].isupper()
        and all(doc.text[tokens[k].end : tokens[k + 1].start] == " " for k in range(position, position + 3))
    ):
        noun_text = tokens[position + 3].text  # the noun the two adjectives share
    for form in russian_region_forms(tokens[position].text, noun_text, language):
        words = tuple(fold(word) for word in form.split())
        place = doc.gazetteer.lookup(words)
        if place is not None and " ".join(words) in gazetteer().local.get(language, {}):
            return place_candidate(position, position + 1, form, place, ActorKind.place)
        capital = _region_of_its_capital(form, language)
        if capital is not None:
            return place_candidate(position, position + 1, form, capital, ActorKind.place)
        compass = _compass_part_of_a_state(doc, position, form, language)
        if compass is not None:
            return compass
    return None


# Russian names the Gaza Strip "сектор Газа", the noun in lower case and declined before the name ("в секторе Газа",
# "жители сектора Газа"): the noun makes "Газа" the strip, not the city.
_SECTOR = "сектор"
_GAZA = "Газа"


def _gaza_strip(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    tokens = doc.tokens
    if language != "ru" or position == 0 or tokens[position].text != _GAZA:
        return None
    before = tokens[position - 1]
    if not before.text.startswith(_SECTOR) or len(before.text) > len(_SECTOR) + 2:
        return None
    if doc.text[before.end : tokens[position].start] != " ":
        return None
    strip = doc.gazetteer.lookup(("gaza", "strip"))
    if strip is None:
        return None
    return place_candidate(position, position, f"{_SECTOR} {_GAZA}", strip, ActorKind.place)


# "в Западно-Казахстанской области", "Северо-Казахстанская область": Kazakhstan names four oblasts by a point of
# the compass joined to the state's adjective; the tables lack them. Each: the compass part, then the state's
# adjective stem and the state.
_COMPASS_PARTS = frozenset(("Западно", "Восточно", "Северо", "Южно"))
# ...and Kazakh news in Russian writes those oblasts by their letters, in any case: "управление полиции ЗКО",
# "в ВКО", "жители СКО" (ЮКО, the South, is Turkestan since 2018 and still so written).
_KAZAKH_OBLAST_LETTERS = {
    "ЗКО": "Западно-Казахстанская область",
    "ВКО": "Восточно-Казахстанская область",
    "СКО": "Северо-Казахстанская область",
    "ЮКО": "Южно-Казахстанская область",
}
_STATES_BY_ADJECTIVE = {"Казахстанск": "Kazakhstan"}


def _compass_part_of_a_state(doc: ActorDocument, position: int, form: str, language: str) -> Candidate | None:
    tokens = doc.tokens
    if language != "ru" or position == 0 or gap_after(doc, position - 1) != "-":
        return None
    compass = tokens[position - 1].text
    state = next((s for stem, s in _STATES_BY_ADJECTIVE.items() if form.startswith(stem)), None)
    if compass not in _COMPASS_PARTS or state is None or not form.endswith(_OBLAST):
        return None
    name = f"{compass}-{form}"
    return place_candidate(position - 1, position + 1, name, Place(name, "place", state), ActorKind.place)


# "Саратовский областной суд", "Краснодарского краевого суда", "Заволжский районный суд": a region's or a
# district's body (its court, its duma, its hospital) is named by the region's adjective and the adjective of its
# level, "областной" (of the oblast), "краевой" (of the krai), "районный" (of the district); the pair names the
# region as "Саратовская область" does. Each row: the level adjective's stem, the noun it stands for.
_LEVEL_OF_A_BODY: dict[str, tuple[tuple[str, str], ...]] = {
    "ru": (("областн", "области"), ("краев", "края"), ("районн", "района")),
}


# ...and the bodies' compound nouns, which hold the level in their first syllable: "Брестского облисполкома",
# "Тверской облдумы", "Пинского райисполкома", "Ленинский райсуд", "Краснодарского крайсуда".
_BODY_COMPOUNDS: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = {
    "ru": (
        (("облисполком", "облсуд", "облдум", "облизбирком", "облправительств", "облпрокуратур"), "области"),
        (("крайсуд", "крайизбирком", "крайдум"), "края"),
        (("райисполком", "райсуд", "райотдел", "райадминистрац", "райсовет"), "района"),
    )
}


def _region_of_a_body(doc: ActorDocument, position: int, language: str) -> str | None:
    """The region's noun the level adjective after the word at `position` stands for, when a word follows it
    (the body's noun: "областной суд"), or the noun a body's compound after it stands for ("облисполкома");
    None when there is none."""
    tokens = doc.tokens
    if position + 1 >= len(tokens) or gap_after(doc, position) != " ":
        return None
    level = tokens[position + 1].text
    if not level.islower():
        return None
    compound = next((noun for stems, noun in _BODY_COMPOUNDS.get(language, ()) if level.startswith(stems)), None)
    if compound is not None:
        return compound
    if position + 2 >= len(tokens) or gap_after(doc, position + 1) != " " or not tokens[position + 2].text.isalpha():
        return None
    return next((noun for stem, noun in _LEVEL_OF_A_BODY.get(language, ()) if level.startswith(stem)), None)


# Bulgaria's provinces are named by their capital's adjective and "област", which Bulgarian does not decline:
# "в Старозагорска област", "от Пловдивска област", "Добричка област". A capitalised adjective before the noun is
# nothing but a province's name.
_BULGARIAN_PROVINCE = "област"
_BULGARIAN_ADJECTIVE_ENDS = ("ска", "шка", "чка", "цка")
_SHORTEST_BULGARIAN_ADJECTIVE = 6


def bulgarian_province(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    tokens = doc.tokens
    if language != "bg" or position + 1 >= len(tokens) or tokens[position + 1].text != _BULGARIAN_PROVINCE:
        return None
    word = tokens[position].text
    if (
        len(word) < _SHORTEST_BULGARIAN_ADJECTIVE
        or not word[:1].isupper()
        or not word[1:].islower()
        or not word.endswith(_BULGARIAN_ADJECTIVE_ENDS)
        or doc.text[tokens[position].end : tokens[position + 1].start] != " "
    ):
        return None
    name = f"{word} {_BULGARIAN_PROVINCE}"
    return place_candidate(position, position + 1, name, Place(name, "place", "Bulgaria"), ActorKind.place)


# Bulgarian names a mountain, a valley, a plain, a lake or a sea by a capitalised adjective (with its article or
# not) and a lower-case noun: "Стара планина", "Средна гора", "Розовата долина", "Бургаското езеро". Inside a
# sentence, a capitalised word before one of these nouns opens nothing else.
_BULGARIAN_LANDFORM_NOUNS = frozenset(
    ["планина", "гора", "долина", "низина", "равнина", "котловина", "езеро", "море", "поле", "залив"]
)


def bulgarian_landform(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    tokens = doc.tokens
    if language != "bg" or position in doc.sentence_first or position + 1 >= len(tokens):
        return None
    word, noun = tokens[position].text, tokens[position + 1].text
    if (
        noun not in _BULGARIAN_LANDFORM_NOUNS
        or len(word) < 3
        or not word[:1].isupper()
        or not word[1:].islower()
        or doc.text[tokens[position].end : tokens[position + 1].start] != " "
    ):
        return None
    name = f"{word} {noun}"
    return place_candidate(position, position + 1, name, Place(name, "place", "Bulgaria"), ActorKind.place)


# "Брестская область" from "Брест", "Минская" from "Минск", "Гродненская" from "Гродно": the endings a
# region's adjective adds to its capital's name, and what the name ends in instead.
_CAPITAL_ADJECTIVE_ENDINGS: tuple[tuple[str, str], ...] = (
    ("ская", ""),
    ("ская", "ь"),
    ("ая", ""),
    ("енская", "о"),
    ("инская", "а"),
)
# ... and a capital in "-ы": "Алматинская область" of Алматы, as "Карагандинская" of Караганда
_CAPITAL_ADJECTIVE_ENDINGS += (("инская", "ы"),)
_OBLAST = "область"
_CAPITAL_OF_A_REGION = 100_000
# States other than Russia divided into oblasts named after their capitals.
_LANDS_OF_OBLASTS = frozenset(("Belarus", "Kazakhstan", "Ukraine", "Kyrgyzstan"))


def _region_of_its_capital(form: str, language: str) -> Place | None:
    """'в Брестской области': an oblast named by its capital's adjective, which the tables lack (Belarus's six),
    is the region of that city (a known city of a state that has oblasts: not Russia's, which the tables hold)."""
    adjective, _, noun = form.partition(" ")
    if language != "ru" or noun != _OBLAST:
        return None
    local = gazetteer().local.get(language, {})
    for ending, instead in _CAPITAL_ADJECTIVE_ENDINGS:
        if not adjective.endswith(ending) or len(adjective) - len(ending) < 3:
            continue
        city = local.get(fold(adjective[: -len(ending)] + instead))
        if (
            city is not None
            and city.kind != "state"
            and city.population >= _CAPITAL_OF_A_REGION
            and city.country in _LANDS_OF_OBLASTS
        ):
            return Place(f"{city.name} Region", "place", city.country, city.population)
    return None


def _capitalised_adjective_before(doc: ActorDocument, position: int) -> bool:
    """'в Горном Алтае': a capitalised adjective opens a longer name, not the republic's."""
    if position == 0 or position - 1 in doc.sentence_first:
        return False
    before = doc.tokens[position - 1]
    return before.joined and before.text[:1].isupper() and before.text.lower().endswith(RUSSIAN_ADJECTIVE_ENDS)


# "в Ненецком автономном округе", "Еврейской автономной области": "autonomous" between the region's
# adjective and its noun, all three declined.
_AUTONOMOUS = "автономн"


def _autonomous_region(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    tokens = doc.tokens
    if language != "ru" or position + 2 >= len(tokens) or not tokens[position + 1].text.startswith(_AUTONOMOUS):
        return None
    if any(doc.text[tokens[k].end : tokens[k + 1].start] != " " for k in (position, position + 1)):
        return None
    noun = tokens[position + 2].text
    # "Ханты-Мансийском", "Ямало-Ненецкого": the first part of a hyphened adjective stays as it is
    first = (
        position - 1
        if position > 0 and doc.text[tokens[position - 1].end : tokens[position].start] == "-"
        else position
    )
    opening = doc.text[tokens[first].start : tokens[position].start]
    middles = [
        form.split()[0].lower() for form in russian_region_forms("А" + tokens[position + 1].text[1:], noun, language)
    ]
    for form in russian_region_forms(tokens[position].text, noun, language):
        adjective, head = form.split(" ", 1)
        for middle in middles:
            name = f"{opening}{adjective} {middle} {head}"
            words = tuple(fold(word) for word in name.split())
            place = doc.gazetteer.lookup(words)
            if place is not None and " ".join(words) in gazetteer().local.get(language, {}):
                return place_candidate(first, position + 2, name, place, ActorKind.place)
    return None


# "на Онежском озере", "берега Ладожского озера": a place's adjective in -ск-/-цк- (neuter, declined)
# before a form of "lake" names the lake, and before one of "sea" the sea ("в Балтийском море"); the
# tables hold neither, so they are read from the words.
_LAKE_FORMS = frozenset(["озеро", "озера", "озеру", "озером", "озере"])
_SEA_FORMS = frozenset(["море", "моря", "морю", "морем"])
# "Обское водохранилище", "на Рыбинском водохранилище": a reservoir, named by its river's or town's adjective
# in -ск-, however short ("Обск-"), and at a sentence's start too: no common adjective names a reservoir
_RESERVOIR_FORMS = frozenset(["водохранилище", "водохранилища", "водохранилищу", "водохранилищем"])
_SHORTEST_RESERVOIR_STEM = 4
_NEUTER_ENDINGS = ("ое", "ого", "ому", "ом", "ым", "им")


# "у Плещеева озера", "на Кенозеро"...: a possessive adjective in -ов-/-ев-/-ин- (neuter, declined)
# before a form of "lake" is the lake's name too ("Плещеево озеро"); no common adjective is
# capitalised in Russian.
_POSSESSIVE_SUFFIXES = ("ов", "ев", "ёв", "ин")
_POSSESSIVE_CASES = ("о", "а", "у", "ым", "ом")
_SHORTEST_POSSESSIVE = 6


def _possessive_lake(word: str) -> str | None:
    for case in _POSSESSIVE_CASES:
        stem = word[: -len(case)]
        if word.endswith(case) and stem.endswith(_POSSESSIVE_SUFFIXES) and len(stem) >= _SHORTEST_POSSESSIVE:
            return stem + "о"
    return None


# "в Кольском заливе", "Керченского пролива", "на Таймырском полуострове": the same adjective (masculine)
# before a form of "bay", "strait" or "peninsula" names it; the noun's forms -> its nominative.
_MASCULINE_WATERS = {
    form: head
    # ...and a bridge named so: "у Октябрьского моста", "по Крымскому мосту"
    for head in ("залив", "пролив", "полуостров", "мост")
    for form in (head, *(head + ending for ending in ("а", "у", "ом", "е")))
}
_MASCULINE_CASES = ("ий", "ого", "ому", "им", "ом")
# "на Белом море", "в Мёртвом море", "Северного моря": any other adjective, capitalised inside a sentence (no
# common adjective is), names the sea or the lake too; at a sentence's start it may be a plain word.
_PLAIN_NEUTER_ENDINGS = ("ое", "ого", "ому", "ом", "ым")
_SHORTEST_PLAIN_STEM = 3


def _inside_a_sentence(doc: ActorDocument, position: int) -> bool:
    if position == 0:
        return False
    gap = gap_after(doc, position - 1)
    return not any(mark in gap for mark in '.!?\n«"') and doc.tokens[position - 1].text not in ("—", "–")


def russian_lake(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    tokens = doc.tokens
    if language != "ru" or position + 1 >= len(tokens) or not tokens[position].joined:
        return None
    word, noun = tokens[position].text, tokens[position + 1].text
    sea = noun in _SEA_FORMS
    water = _MASCULINE_WATERS.get(noun)
    reservoir = noun in _RESERVOIR_FORMS
    if (noun not in _LAKE_FORMS and not sea and water is None and not reservoir) or doc.text[
        tokens[position].end : tokens[position + 1].start
    ] != " ":
        return None
    if not word[0].isupper() or not word[1:].islower():
        return None
    if water is not None:
        ending = next((e for e in _MASCULINE_CASES if word.endswith(e)), None)
        stem = word[: -len(ending)] if ending else ""
        if not stem.endswith(("ск", "цк")) or len(stem) < 5:
            return None
        name = f"{stem}ий {water}"
        return place_candidate(position, position + 1, name, Place(name, "place"), ActorKind.place)
    if reservoir:
        ending = next((e for e in _NEUTER_ENDINGS if word.endswith(e)), None)
        stem = word[: -len(ending)] if ending else ""
        if not stem.endswith(("ск", "цк")) or len(stem) < _SHORTEST_RESERVOIR_STEM:
            return None
        name = f"{stem}ое водохранилище"
        return place_candidate(position, position + 1, name, Place(name, "place"), ActorKind.place)
    head = "море" if sea else "озеро"
    possessive = _possessive_lake(word)  # "Плещеева озера", "в Баренцевом море"
    if possessive is not None:
        name = f"{possessive} {head}"
        return place_candidate(position, position + 1, name, Place(name, "place"), ActorKind.place)
    ending = next((e for e in _NEUTER_ENDINGS if word.endswith(e)), None)
    stem = word[: -len(ending)] if ending else ""
    if not stem.endswith(("ск", "цк")) or len(stem) < 5:
        plain = next((e for e in _PLAIN_NEUTER_ENDINGS if word.endswith(e)), None)
        stem = word[: -len(plain)] if plain else ""
        if len(stem) < _SHORTEST_PLAIN_STEM or not _inside_a_sentence(doc, position):
            return None
    name = f"{stem}ое {head}"
    return place_candidate(position, position + 1, name, Place(name, "place"), ActorKind.place)


# "в Холмогорском районе", "Пинежского района", "Пудожского и Медвежьегорского районов": a place's
# adjective in -ск-/-цк- (masculine, declined) before a form of "district" names the district; the
# tables hold no districts, so it is read from the words, back to the nominative ("Пинежский район").
# Many Russian districts became municipal okrugs and the news names them so ("в Тотемском округе",
# "Калининского округа"): "округ" is read the same way and kept in the name.
_DISTRICT_FORMS: dict[str, frozenset[str]] = words_by_language(
    {
        "ru": "район района району районом районе районы районов районам районами районах"
        " округ округа округу округом округе округи округов округам округами округах",
        # "у Берегівському районі", "Рахівського району": Ukrainian's cases of "district"
        "uk": "район району районі районом райони районів районам районами районах",
    }
)
# "Лысковский муниципальный округ", "Ломоносовский муниципальный район": the kind of district, declined as
# the place's adjective is, between it and the noun; kept in the name in the nominative. (A "городской
# округ" is its town's: "в Мончегорском городском округе" names Мончегорск, read elsewhere.)
_DISTRICT_QUALIFIERS: dict[str, dict[str, str]] = {
    "ru": {
        form: "муниципальный"
        for form in (
            "муниципальный",
            *("муниципальн" + ending for ending in ("ого", "ому", "ым", "ом", "ые", "ых", "ыми")),
        )
    }
}
_MASCULINE_ENDINGS = {"ru": ("ий", "ой", "ого", "ому", "им", "ом"), "uk": ("ий", "ого", "ому", "им", "ім")}
# A stressed "-ской" adjective ("Тверской", "Донской") declines as "-ский" does ("Тверском районе"). The
# "-ской" form is also any "-ский" adjective's feminine ("Московской области"), so it is the name's only when
# the language writes it far more often (Zipf) than the "-ский" form ("тверской" 4.3, "тверский" 1.3).
_STRESSED_NOMINATIVE = {"ru": "ой"}
_STRESSED_MARGIN = 1.5


def _nominative_ending(stem: str, ending: str | None, language: str) -> str:
    stressed = _STRESSED_NOMINATIVE.get(language)
    if stressed is None or ending == "ий":
        return "ий"
    if ending == stressed:
        return stressed
    stressed_zipf = word_frequency((stem + stressed).lower(), language)
    often = stressed_zipf - word_frequency((stem + "ий").lower(), language) >= _STRESSED_MARGIN
    return stressed if often else "ий"


# The suffix of a place's adjective: "Холмогор-ск-ий", Ukrainian "Берегів-ськ-ий".
_ADJECTIVE_SUFFIXES = {"ru": ("ск", "цк"), "uk": ("ськ", "цьк")}
_SHORTEST_DISTRICT_STEM = 5


# A regional emergency report lists every district it worked in ("в Пензенском, Белинском, Каменском, … и
# Городищенском районах"): the noun after the last is each one's.
_LONGEST_DISTRICT_LIST = 12


def _shared_district_noun(doc: ActorDocument, position: int, language: str) -> int | None:
    """Where the noun after the adjective at `position` is: right after it, or after the others it is
    listed with ("Пудожского и Медвежьегорского районов", "в Тотемском, Никольском и
    Кичменгско-Городецком округах": the noun the adjectives share)."""
    tokens = doc.tokens
    item = position
    for _ in range(_LONGEST_DISTRICT_LIST):
        after = item + 1
        if after >= len(tokens):
            return None
        gap = gap_after(doc, item)
        if gap == " " and tokens[after].text in _REGIONS_JOINED_BY[language]:
            if gap_after(doc, after) != " ":
                return None
            after += 1
        elif gap != ", ":
            return after if gap == " " else None
        if after >= len(tokens) or not tokens[after].text[:1].isupper():
            return None
        item = after
        while item + 1 < len(tokens) and gap_after(doc, item) == "-":
            item += 1  # "Кичменгско-Городецком": an adjective of two parts
    return None


def russian_district(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    tokens = doc.tokens
    forms = _DISTRICT_FORMS.get(language)
    if forms is None or position + 1 >= len(tokens):
        return None
    if not tokens[position].joined and gap_after(doc, position) != ", ":
        return None
    word = tokens[position].text
    noun = _shared_district_noun(doc, position, language)
    qualifier = _DISTRICT_QUALIFIERS.get(language, {}).get(tokens[noun].text) if noun is not None else None
    if qualifier is not None and noun is not None and noun + 1 < len(tokens) and gap_after(doc, noun) == " ":
        noun += 1  # "Чайковского городского округа": the kind of district between the adjective and the noun
    if noun is None or gap_after(doc, noun - 1) != " ":
        return None
    if tokens[noun].text not in forms and _region_of_a_body(doc, position, language) not in forms:
        return None  # "Заволжский районный суд": the district's court
    if not word[0].isupper() or not word[1:].islower():
        return None
    ending = next((e for e in _MASCULINE_ENDINGS[language] if word.endswith(e)), None)
    stem = word[: -len(ending)] if ending else ""
    if not stem.endswith(_ADJECTIVE_SUFFIXES[language]) or len(stem) < _SHORTEST_DISTRICT_STEM:
        return None
    adjective = stem + _nominative_ending(stem, ending, language)
    kind = "округ" if tokens[noun].text.startswith("округ") else "район"
    name = f"{adjective} {qualifier} {kind}" if qualifier else f"{adjective} {kind}"
    beside = position + (2 if qualifier else 1)
    start = position
    if position >= 1 and gap_after(doc, position - 1) == "-":
        start = position - 1  # "Кичменгско-Городецкого района": the first part joined by a hyphen
        first = tokens[start].text
        if not (first[:1].isupper() and first[1:].islower() and first.isalpha()):
            return None
        name = f"{first}-{name}"
    return place_candidate(start, noun if noun == beside else position, name, Place(name, "place"), ActorKind.place)


# A river's name after a form of "river", read back to its nominative by that form's case: "устье
# реки Шолмы" (Шолма), "через реку Шолму", "рекой Шолмой", "река Шолма", "через реку Днестр" (a
# masculine name is its nominative there). Only endings that tell the nominative are read; "на реке
# Шолме" could be Шолма or Шолм.
_RUSSIAN_RIVER_CASES: dict[str, tuple[tuple[str, str], ...]] = {
    "река": (("", ""),),
    # ...and a masculine name kept in the nominative after a declined "river": "вдоль реки Нугуш", "на реке Днестр"
    "реки": (("ы", "а"), ("ки", "ка"), ("ги", "га"), ("хи", "ха"), ("жи", "жа"), ("ши", "ша"), ("чи", "ча"), ("", "")),
    "реке": (("", ""),),
    "реку": (("у", "а"), ("ю", "я"), ("", "")),
    "рекой": (("ой", "а"), ("ом", "")),
}
# A river's name in the genitive after a noun for a part of a river or its land: "устье Шолмы", "в
# пойме Сотьмы", "в дельте Печоры", "берега Ворскли", "у долині Пруту". The genitive's endings that tell the nominative:
# a feminine name's "-ы"/"-и" ("-и" after г к х ж ш щ ч in Russian), a masculine one's "-а" (Russian)
# or "-у" (Ukrainian).
_RUSSIAN_GENITIVE_RIVER: tuple[tuple[str, str], ...] = (
    ("ы", "а"),
    ("ки", "ка"),
    ("ги", "га"),
    ("хи", "ха"),
    ("жи", "жа"),
    ("ши", "ша"),
)
_RUSSIAN_GENITIVE_RIVER += (("чи", "ча"), ("а", ""))
_UKRAINIAN_GENITIVE_RIVER = (("и", "а"), ("у", ""))
_RIVER_PART_NOUNS: dict[str, frozenset[str]] = words_by_language(
    {
        "ru": "устье устья устьем берега берегу берегах берегам пойме поймы поймой долине долины долиной"
        " верховьях низовьях верховья низовья дельта дельты дельте дельту дельтой русло русла русле руслом",
        "uk": "гирло гирла гирлі берег берега березі береги берегах берегів долина долини долині долиною"
        " заплава заплави заплаві верхів'я верхів'ях пониззя пониззі дельта дельти дельті дельту дельтою"
        " русло русла руслі руслом",
    }
)
# A tributary names the river after it in the genitive ("приток Оки": the Oka's) or in apposition, a
# masculine name in the nominative ("притока Шат", "приток Днестр" is no case a name takes otherwise).
_TRIBUTARY_NOUNS = ("приток", "притока", "притоку", "притоком", "притоке", "притоки", "притоков")
_RIVER_CASES: dict[str, dict[str, tuple[tuple[str, str], ...]]] = {
    "ru": {
        **{noun: _RUSSIAN_GENITIVE_RIVER for noun in _RIVER_PART_NOUNS["ru"]},
        **{noun: (*_RUSSIAN_GENITIVE_RIVER, ("", "")) for noun in _TRIBUTARY_NOUNS},
        **_RUSSIAN_RIVER_CASES,
    },
    "uk": {
        **{noun: _UKRAINIAN_GENITIVE_RIVER for noun in _RIVER_PART_NOUNS["uk"]},
        "річка": (("", ""),),
        "ріка": (("", ""),),
        "річки": _UKRAINIAN_GENITIVE_RIVER,
        "річку": (("у", "а"), ("", "")),
        "річкою": (("ою", "а"), ("ом", "")),
    },
}
_RUSSIAN_VOWELS = "аеёиоуыэюяйіїє"
_RIVER_NOUNS = frozenset(["река", "річка", "ріка"])  # the name after one is in the nominative
_SHORTEST_RIVER = 3


def _after_a_given_name(doc: ActorDocument, folded: str) -> bool:
    """Whether the text writes the word after a given name other than a form of "river"."""
    tokens = doc.tokens
    return any(
        token.folded == folded
        and k > 0
        and tokens[k - 1].joined
        and tokens[k - 1].text.lower() not in _RIVER_CASES["ru"]
        and tokens[k - 1].text.lower() not in _RIVER_CASES["uk"]
        and is_given_name(tokens[k - 1].folded)
        for k, token in enumerate(tokens)
    )


def russian_river(doc: ActorDocument, first: int, position: int, language: str) -> Candidate | None:
    tokens = doc.tokens
    if language not in _RIVER_CASES or position == 0 or not tokens[position - 1].joined:
        return None
    noun = tokens[position - 1].text.lower()
    cases = _RIVER_CASES[language].get(noun)
    word = tokens[position].text
    if cases is None or first < position - 1 or not word.isalpha() or not word[0].isupper() or not word[1:].islower():
        return None  # "Река Шолма" opening a sentence is one run
    if tokens[position].folded in doc.given_surnames and _after_a_given_name(doc, tokens[position].folded):
        return None  # "Река Шолма": "Reka" is a given name too, but not before its own name here
    for ending, nominative in cases:
        if not word.endswith(ending):
            continue
        stem = word[: len(word) - len(ending)]
        if not ending and noun not in _RIVER_NOUNS and stem[-1] in _RUSSIAN_VOWELS:
            return None  # "реку Шолме": no case of a name the table reads
        if (
            not ending
            and noun not in _RIVER_NOUNS
            and (is_surname(tokens[position].folded) or word.endswith(RUSSIAN_SURNAMES["ru"]))
        ):
            return None  # "от реки Иванов": a surname, the nominative of no river
        name = stem + nominative
        if len(name) < _SHORTEST_RIVER:
            return None  # "реки Упы": a name of three letters (Упа, Ока) is long enough, its stem is not
        if noun in _PART_NOUNS and (name.endswith(RUSSIAN_SURNAMES["ru"]) or name.endswith(SURNAME_ENDS)):
            return None  # "у берега Иванова пруда": a possessive, no river
        return place_candidate(position, position, name, Place(name, "place"), ActorKind.place)
    return None


_PART_NOUNS = _RIVER_PART_NOUNS["ru"] | _RIVER_PART_NOUNS["uk"]

# "Ростов-на-Дону", "Комсомольск-на-Амуре": only the first word of a town "on a river" declines
# ("в Ростове-на-Дону"); the river's part stays as it is.
_ON_A_RIVER = re.compile(r"-(на|над)-(\w+)")


def declined_on_a_river(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    tokens = doc.tokens
    if language not in ("ru", "uk"):
        return None
    token = tokens[position]
    river = _ON_A_RIVER.match(doc.text, token.end)
    if river is None or not river.group(2)[0].isupper():
        return None
    end = next((k for k in range(position + 1, min(len(tokens), position + 6)) if tokens[k].end == river.end()), None)
    if end is None:
        return None
    for form in (token.text, *base_forms(token.text, language)):
        name = form + river.group(0)
        place = doc.gazetteer.lookup(("-".join(fold(part) for part in name.split("-")),))
        if place is not None and place.kind != "state" and place.population >= KNOWN_TOWN:
            return place_candidate(position, end, name, place, ActorKind.place)
    return None


# Nominative endings of a Russian adjective, as a place read from one is named ("Центральная").
_ADJECTIVE_NAME_ENDS = ("ая", "яя", "ий", "ый", "ой", "ое", "ее")


def adjective_before_a_name(doc: ActorDocument, position: int, end: int, name: str, language: str) -> bool:
    """'в Центральной России', 'по Восточной Сибири': a one-word place read from a declined adjective,
    with a capitalised noun right after it that is no person's name, is the adjective of that
    longer name (the tables hold no "Центральная Россия"); the noun is read on its own."""
    tokens = doc.tokens
    if language not in CYRILLIC or end != position or end + 1 >= len(tokens):
        return False
    after = tokens[end + 1]
    return (
        name.lower().endswith(_ADJECTIVE_NAME_ENDS)
        and gap_after(doc, end) == " "
        and end + 1 not in doc.sentence_first
        and after.text[:1].isupper()
        and after.text[1:].islower()
        and not is_given_name(after.folded)
        and not is_surname(after.folded)
        and not is_cyrillic_given_name(after.text)
    )


# Stems of the Russian adjectives of the compass and the centre: "в Центральной России", "по Восточной
# Сибири", "на Среднем Урале" name a part of the place after them, so the place is mentioned; any other
# adjective may open a name of its own ("в Ростове Великом", "Малой Азии", "в Нижнем Тагиле").
_COMPASS_STEMS = ("северн", "южн", "западн", "восточн", "центральн", "средн")


def compass_adjective(word: str) -> bool:
    return word.lower().startswith(_COMPASS_STEMS)


# "в Турции, в Белеке", "в Египте, в Хургаде": a resort or a town abroad named right after its state,
# the preposition said again after a comma. The tables may hold the town in Latin letters only; read
# back from its case and spelled in Latin, it is the town when it lies in that very state.
_PLACE_PREPOSITIONS_RU = frozenset(["в", "во", "из", "на"])
_TOWN_OF_A_NAMED_STATE = 20_000


def town_after_its_state(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    tokens = doc.tokens
    if language not in ("ru", "uk") or position < 3:
        return None
    preposition, state_word, before_state = tokens[position - 1], tokens[position - 2], tokens[position - 3]
    if (
        preposition.text.lower() not in _PLACE_PREPOSITIONS_RU
        or doc.text[state_word.end : preposition.start] != ", "
        or before_state.text.lower() not in _PLACE_PREPOSITIONS_RU
    ):
        return None
    states = gazetteer().exonyms.get(language, {})
    state = next(
        (
            states[key]
            for form in (state_word.text, *base_forms(state_word.text, language))
            if (key := fold(form)) in states
        ),
        None,
    )
    if state is None:
        return None
    for form in base_forms(tokens[position].text, language):
        place = doc.gazetteer.lookup((fold(form),))
        if (
            place is not None
            and place.kind == "place"
            and place.country == state
            and place.population >= _TOWN_OF_A_NAMED_STATE
        ):
            return place_candidate(position, position, form, place, ActorKind.place)
    return None
