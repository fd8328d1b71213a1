"""Whether a word stands after a preposition of place: "in Dresden", "в Новосибирске, Томске и
Омске" (listed after one), "im niederländischen Groningen" (an adjective between), "von Köln nach
Bonn", "nördlich von Kassel".

A town's name is taken as a place on a preposition's word only when the name is rare enough or the
town big enough; this module tells whether that cue is there, and how rare a declined word is.
"""

from __future__ import annotations

import itertools
import re

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.gazetteer import NAMESAKES, Place, gazetteer, is_region
from dossier.ingest.governed_names import AND_WORDS
from dossier.ingest.mentions import Token
from dossier.ingest.named_routes import town_a_ride_heads_for, town_of_a_named_route
from dossier.ingest.names import fold, is_given_name, is_surname
from dossier.ingest.other_language_common import (
    BARE_PREPOSITIONS,
    CYRILLIC,
    FREQUENT_WORD,
    HOME_COUNTRIES,
    HOME_TOWN,
    INNER_WORDS,
    KNOWN_TOWN,
    NAMES_ONLY_CAPITALISED,
    PLACE_PREPOSITIONS,
    RARE_WORD,
    RARER_WORD,
    RUSSIAN_ADJECTIVE_ENDS,
    SPA_WORDS,
    small_home_town,
    word_frequency,
    words_by_language,
)
from dossier.ingest.place_evidence import LARGE_CITY, elided_name, hyphened_place
from dossier.ingest.villages import village_names
from dossier.ingest.word_forms import (
    LATIN_ENDINGS,
    adjective_forms,
    base_forms,
    neuter_adjective_forms,
    plural_genitive_forms,
)

# Prepositions that open a sentence only as an article ("A Palmas" is the club, or a shop), one row
# per language; Italian "a" is no article ("A Campobasso e a Isernia …" names two towns).
_ARTICLE_AT_START: dict[str, frozenset[str]] = words_by_language({"pt": "a", "es": "a"})

# Portuguese "a" is the article of a firm or a club when a clause opens with it after a comma and a
# verb follows the name ("Entre as exportadoras, a Suzano avançou 4%"); as a preposition it goes
# to a town in a list or a route ("liga a Praia do Futuro, em Fortaleza, a Sesimbra, ao sul de
# Lisboa"; "vai a Goiânia, a Anápolis e a Brasília"), where no verb follows the town.
_ARTICLE_AFTER_A_COMMA: dict[str, frozenset[str]] = words_by_language({"pt": "a"})
# Words after a town that are no verb: those that go on a list, a route or a phrase of place.
_NO_VERB_AFTER: dict[str, frozenset[str]] = words_by_language(
    {"pt": "e ou de do da dos das em no na nos nas a ao à aos às para por pelo pela com até entre onde"}
)


def article_not_preposition(doc: ActorDocument, position: int, language: str) -> bool:
    """The word before the name at `position` is an article, though the language's preposition
    of place too: it opens the sentence ("A Palmas venceu") or a clause after a comma (below)."""
    if position < 1:
        return False
    before = doc.tokens[position - 1]
    return (
        position - 1 in doc.sentence_first and before.text.lower() in _ARTICLE_AT_START.get(language, frozenset())
    ) or article_opening_a_clause(doc, position, language)


def article_opening_a_clause(doc: ActorDocument, position: int, language: str) -> bool:
    """'…, a Suzano avançou': the "a" before the name at `position` opens a clause after a comma
    and the name is that clause's subject, with a lower-case word (its verb) right after it."""
    tokens = doc.tokens
    if position < 2 or position + 1 >= len(tokens):
        return False
    article, name, after = tokens[position - 1], tokens[position], tokens[position + 1]
    return (
        article.text in _ARTICLE_AFTER_A_COMMA.get(language, frozenset())
        and doc.text[tokens[position - 2].end : article.start] == ", "
        and doc.text[name.end : after.start] == " "
        and after.text.isalpha()
        and after.text.islower()
        and after.text not in _NO_VERB_AFTER.get(language, frozenset())
    )


# "rund um Nandlstadt", "rund ums Dorf": around a place; "um" alone takes common nouns ("um Geld").
_AROUND: dict[str, tuple[str, str]] = {"de": ("rund", "um")}


def around_a_place(doc: ActorDocument, position: int, language: str) -> bool:
    pair = _AROUND.get(language)
    if pair is None or position < 2:
        return False
    around, preposition = doc.tokens[position - 2], doc.tokens[position - 1]
    return preposition.text == pair[1] and preposition.joined and around.joined and around.text.lower() == pair[0]


# Russian towns named like a surname or an adjective ("Александров", "Светлый", "Лесной") are read
# as towns only after a noun for a place ("город Светлый"): a preposition is not enough.
SURNAME_OR_ADJECTIVE = ("ов", "ев", "ёв", "ин", "ын", "ский", "цкий", "ый", "ий", "ой", "ая", "ое", "ые", "ие")
# A declined Russian word this frequent (Zipf), in any of its forms, is a word first ("Зима", "Клин").
_RARE_DECLINED = 3.0
# Ukrainian's word list is drawn from less text, where the news's towns rank higher ("Лубнах" 3.0,
# "Миргороді" 3.2); its words stay above this ("Балка" 3.4, "Весела" 3.9, "Щастя" 5.0).
_RARE_DECLINED_BY_LANGUAGE = {"uk": 3.3}


def rare_declined_name(doc: ActorDocument, position: int, language: str) -> bool:
    """A Russian small town after a preposition ("из Углича", "в Кимрах"): every form the word may
    come from is rare, and none ends like a surname or an adjective; after a noun for a place
    ("город Светлый", "жителей Кимр") the noun says it is a town."""
    if position > 0 and doc.tokens[position - 1].text.lower() in PLACE_NOUNS.get(language, ()):
        return True
    if after_residents(doc, position, language):
        return True  # "жители Боровска и Балабанова": the list's later towns too
    word = doc.tokens[position].text
    rare = _RARE_DECLINED_BY_LANGUAGE.get(language, _RARE_DECLINED)
    neuter = neuter_town_in(doc, position)
    if neuter is not None:
        return word_frequency(word.lower(), language) < rare and word_frequency(neuter.lower(), language) < rare
    noun = instrumental_of_a_noun(word)
    if noun is not None:  # "под Сортавалой": the ending is the case's, not an adjective's
        return word_frequency(word.lower(), language) < rare and word_frequency(noun.lower(), language) < rare
    forms = [word, *base_forms(word, language)]
    where = where_or_listed_after_where(doc, position, language)
    if where and word[1:].islower():
        rare = _RARE_AFTER_WHERE  # "у Хусті", "в Соколе": capitalised inside a sentence, the town's name
    return all(
        (where and form.lower().endswith(SURNAME_ENDS))
        or (word_frequency(form.lower(), language) < rare and not form.lower().endswith(SURNAME_OR_ADJECTIVE))
        for form in forms
    )


def rare_town_word(word: str, language: str) -> bool:
    """A Cyrillic word every form of which is rare and ends like no surname or adjective: only a
    town's name declines so ("Десногорска", "Кимрах"; not "Лермонтова", "Светлом")."""
    rare = _RARE_DECLINED_BY_LANGUAGE.get(language, _RARE_DECLINED)
    return all(
        word_frequency(form.lower(), language) < rare and not form.lower().endswith(SURNAME_OR_ADJECTIVE)
        for form in (word, *base_forms(word, language))
    )


# Prepositions that say where a thing is or comes from, one row per language: a person is "у
# Петрова", "от Петрова", "о Петрове", not "из Петрова" or "под Петровым". After one of them a town
# whose name is shaped like a surname ("из Ржева", "в Кашине", "з Тячева") is the town, however
# often the surname is written.
_WHERE_PREPOSITIONS: dict[str, frozenset[str]] = words_by_language({"ru": "из в во под", "uk": "з із зі в у під"})
SURNAME_ENDS = ("ов", "ев", "ёв", "ин", "ын", "ів")
# After one of them, capitalised inside a sentence, a town's name may be this frequent (Zipf) a word:
# as the news writes the town ("Хуст" 3.3, "Сокол" 3.8), not a word of every day ("Остров" 4.8, "Зима" 4.2).
_RARE_AFTER_WHERE = 4.0


def after_where_preposition(doc: ActorDocument, position: int, language: str) -> bool:
    if position == 0 or position in doc.sentence_first:
        return False
    before = doc.tokens[position - 1]
    if position >= 2 and before.joined and before.text.lower() in PLACE_ADJECTIVES_RU:
        before = doc.tokens[position - 2]  # "в соседних Старице и Осташкове": "neighbouring" between
    return (
        before.joined and before.text.lower() in _WHERE_PREPOSITIONS.get(language, frozenset())
    ) or at_a_thing_that_stands_there(doc, position, language)


# "Near" ("у") after a noun of a thing that stands somewhere, a road, a village, a bridge or a battle:
# "участок дороги у Осташкова", "сёла у Джубги", "бои у Купянска". A person is "у Петрова" after a
# deed or a thing he has ("обыски у Глазова", "деньги у Серова"), not after these.
_NEAR: dict[str, str] = {"ru": "у"}
_THINGS_THAT_STAND: dict[str, frozenset[str]] = words_by_language(
    {
        "ru": "дорога дороги дороге дорогу участок участка участке трасса трассы трассе трассу мост моста мосту"
        " село села селе сёла сел деревня деревни деревне деревню посёлок посёлка посёлке поселок поселка"
        " поселке посёлки поселки станция станции станцию переезд переезда переезде развязка развязки"
        " развязке лагерь лагеря лагере аэродром аэродрома аэродроме берег берега берегу озеро озера озере"
        " бой боя бои боёв боев сражение сражения авария аварии аварию дтп пост поста посту",
    }
)


def at_a_thing_that_stands_there(doc: ActorDocument, position: int, language: str) -> bool:
    """'участок дороги у Осташкова': the word after "near" and a noun of a road, a village or a
    battle is the place it stands at, though shaped like a surname's genitive."""
    near = _NEAR.get(language)
    if near is None or position < 2:
        return False
    before, noun = doc.tokens[position - 1], doc.tokens[position - 2]
    return (
        before.text == near
        and before.joined
        and noun.joined
        and noun.text.lower() in _THINGS_THAT_STAND.get(language, frozenset())
    )


# Nouns of the people who live in or come from a town: after one the genitive is the town's, never a
# person's ("жители Балабанова", "уроженец Пущина"); "мэра Иванова" may be the mayor himself.
_RESIDENTS: dict[str, frozenset[str]] = words_by_language(
    {
        "ru": "житель жителя жители жителей жителям жителями жительница жительницы жительнице уроженец уроженца"
        " уроженцем уроженка уроженки уроженцы уроженцев",
        "uk": "мешканець мешканця мешканці мешканців мешканцям мешканцями мешканка мешканки житель жителя жителі"
        " жителів жителям жителями уродженець уродженця уродженка уродженки",
    }
)


def after_residents(doc: ActorDocument, position: int, language: str) -> bool:
    """'жители Боровска и Балабанова': the word, or the list it closes, right after a noun of residents."""
    nouns = _RESIDENTS.get(language)
    if nouns is None:
        return False
    first = min([position, *_earlier_items(doc, position, language)])
    before = doc.tokens[first - 1] if first > 0 else None
    return before is not None and before.joined and before.text.lower() in nouns


def _heading_for(doc: ActorDocument, position: int, language: str) -> bool:
    """'рейс на Тверь', 'рейсы на Сочи и Анапу': where a ride heads for, or a later item of that list."""
    return any(
        town_a_ride_heads_for(doc, item, language) for item in (position, *_earlier_items(doc, position, language))
    )


def where_or_listed_after_where(doc: ActorDocument, position: int, language: str) -> bool:
    """After a preposition of where or where a ride heads for ("рейс на Тверь"), or a later item of a list
    that opens after one: where no person stands."""
    return (
        after_where_preposition(doc, position, language)
        or _listed_after_where(doc, position, language)
        or _heading_for(doc, position, language)
    )


def _listed_after_where(doc: ActorDocument, position: int, language: str) -> bool:
    """'з Іршави та Хуста', 'у Мукачеві, Хусті та Берегові': a later item of a list of capitalised
    words whose first stands after a preposition of where; the list shares it."""
    return any(
        after_where_preposition(doc, _name_first(doc, _hyphened_first(doc, item)), language)
        for item in _earlier_items(doc, position, language)
    )


def _name_first(doc: ActorDocument, item: int) -> int:
    """The capitalised adjective opening a Slavic name that ends at `item` ("из Южной Африки и
    Нидерландов": Южной), else `item`."""
    tokens = doc.tokens
    if item == 0 or item in doc.sentence_first:
        return item
    before = tokens[item - 1]
    if (
        doc.text[before.end : tokens[item].start] == " "
        and before.text[:1].isupper()
        and before.text[1:].islower()
        and before.text.endswith(RUSSIAN_ADJECTIVE_ENDS)
    ):
        return item - 1
    return item


# Prepositions a person takes in the news as often as a town does: "обыски у Глазова" (at Glazov's),
# "деньги от Серова" (from Serov), "у Ершова и Глазова изъяли". After one, a word shaped like a
# surname's genitive names a person unless a route's "до" follows ("от Глазова до Ижевска").
_PERSON_PREPOSITIONS: dict[str, frozenset[str]] = words_by_language({"ru": "у от"})
_ROUTE_ON: dict[str, frozenset[str]] = words_by_language({"ru": "до"})
# Members elected for a place, before "от" and its name: "депутат от Тамбова", "сенатор от Курска".
_REPRESENTATIVE_STEMS: dict[str, tuple[str, ...]] = {"ru": ("депутат", "сенатор", "кандидат", "представител")}


def elected_for(doc: ActorDocument, position: int, language: str) -> bool:
    """'депутат от Тамбова': the place a member is elected for, after "от" and a member's noun."""
    stems = _REPRESENTATIVE_STEMS.get(language)
    tokens = doc.tokens
    if stems is None or position < 2:
        return False
    before, member = tokens[position - 1], tokens[position - 2]
    return before.text == "от" and before.joined and member.joined and member.text.lower().startswith(stems)


def surname_after_a_person_preposition(doc: ActorDocument, position: int, language: str) -> bool:
    """Whether the word at `position` is a surname's genitive ("Глазова" of Глазов) right after "у"
    or "от", or in a list of such words that opens after one ("у Ершова и Глазова")."""
    prepositions = _PERSON_PREPOSITIONS.get(language)
    tokens = doc.tokens
    if prepositions is None or position == 0:
        return False
    items = [position, *_earlier_items(doc, position, language)]
    if not all(_surname_genitive(tokens[k].text, language) for k in items):
        return False
    first = items[-1]
    before = tokens[first - 1] if first > 0 else None
    if before is None or not before.joined or before.text.lower() not in prepositions:
        return False
    if at_a_thing_that_stands_there(doc, first, language):
        return False  # "участок дороги у Осташкова": a road near the town, not at a person's
    if first >= 2 and tokens[first - 2].text.lower().startswith(_REPRESENTATIVE_STEMS.get(language, ())):
        return False  # "депутат от Тамбова", "сенатор от Курска": the seat a member is elected for
    return not (position + 1 < len(tokens) and tokens[position + 1].text in _ROUTE_ON.get(language, ()))


def _surname_genitive(word: str, language: str) -> bool:
    """'Глазова', 'Кирова', 'Пушкина': a word in "-а" whose dictionary form ends like a surname."""
    return (
        word[:1].isupper()
        and word[1:].islower()
        and word.endswith("а")
        and any(form.endswith(SURNAME_ENDS) for form in base_forms(word, language))
    )


def _hyphened_first(doc: ActorDocument, item: int) -> int:
    """The first part of a name joined by hyphens that ends at `item` ("в Санкт-Петербург и Тосно")."""
    tokens = doc.tokens
    while item > 0 and doc.text[tokens[item - 1].end : tokens[item].start] in ("-", "‐"):
        item -= 1
    return item


def _earlier_items(doc: ActorDocument, position: int, language: str) -> list[int]:
    """The items of a list of capitalised words before the word at `position`, nearest first:
    "Петушках, Покрове и Костерёве" gives Покрове and Петушках for Костерёве."""
    tokens = doc.tokens
    items: list[int] = []
    for _ in range(LONGEST_LIST):
        if position < 2:
            break
        before = tokens[position - 1]
        gap = doc.text[before.end : tokens[position].start]
        if gap == ", " and before.text[:1].isupper():
            item = position - 1
        elif (
            gap == " "
            and before.text.lower() in list_words(language)
            and doc.text[tokens[position - 2].end : before.start] == " "
            and tokens[position - 2].text[:1].isupper()
        ):
            item = position - 2
        else:
            break
        items.append(item)
        position = item
    return items


# A feminine noun's instrumental ("Сортавалой", "Кондопогой", "Ялтой") ends as an adjective does;
# read back to a noun in -а/-я that ends like no surname or adjective ("Ивановой" is Иванова's).
_INSTRUMENTAL_ENDINGS = (("ой", "а"), ("ей", "я"), ("ёй", "я"))
_HUSHING = "жшчщц"  # after one, -а takes -ей: "Сегежа" -> "Сегежей"
_NOT_A_NOUN = ("ова", "ева", "ёва", "ина", "ына", "ая", "яя", "ска", "цка")


# Russian towns in -ово, -ево, -ино ("Конаково", "Кольчугино") take -е after "в": "в Конакове".
# A surname's prepositional ends so too ("о Петрове"), but after "в" the word is where something is.
_NEUTER_TOWN_LOCATIVES = ("ове", "еве", "ёве", "ине", "ыне")
_IN = frozenset(["в", "во"])


def neuter_town_in(doc: ActorDocument, position: int) -> str | None:
    """'в Кольчугине' -> Кольчугино: the neuter town a locative after "в" is read back to, or None."""
    word = doc.tokens[position].text
    # "в Петушках, Покрове и Костерёве": a later item of a list the first of which stands after "в"
    if not any(_after_in(doc, item) for item in (position, *_earlier_items(doc, position, "ru"))):
        return None
    if len(word) < 6 or not word.lower().endswith(_NEUTER_TOWN_LOCATIVES):
        return None
    return word[:-1] + "о"


# Ukrainian writes a neuter town's locative in -ові/-еві ("у Мукачеві": Мукачево, "у Берегові": Берегово).
_UKRAINIAN_NEUTER_LOCATIVES = ("ові", "еві", "єві")
_SHORTEST_NEUTER_LOCATIVE = 6


def _after_in(doc: ActorDocument, position: int) -> bool:
    before = doc.tokens[position - 1] if position > 0 else None
    return before is not None and before.joined and before.text.lower() in _IN


def ukrainian_neuter_town(word: str) -> str | None:
    """'Мукачеві' -> Мукачево: the neuter town's name a Ukrainian locative may come from, or None."""
    if len(word) < _SHORTEST_NEUTER_LOCATIVE or not word.endswith(_UKRAINIAN_NEUTER_LOCATIVES):
        return None
    return word[:-1] + "о"


def instrumental_of_a_noun(word: str) -> str | None:
    for ending, nominative in _INSTRUMENTAL_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            noun = stem + ("а" if ending == "ей" and stem[-1] in _HUSHING else nominative)
            return None if noun.lower().endswith(_NOT_A_NOUN) else noun
    return None


# Words for "of" after a common noun that name the place something belongs to ("a cadeia pública
# de Sorocaba", "o prefeito de Campinas"); after a capitalised word they join a name instead.
# Dutch "van" too ("de haven van Antwerpen", "bewoners van Yerseke"); a family name's "van" follows a
# capitalised given name ("Jan van Dijk"), not a lower-case noun.
OF_A_PLACE: dict[str, frozenset[str]] = words_by_language({"pt": "de", "es": "de", "fr": "de", "it": "di", "nl": "van"})
# A list of places that repeats its "of" after a place noun: Portuguese joins "de" to the article of a name
# that takes one ("nas províncias do Huambo, do Bié e do Uíge"). Only in such a list: "o técnico do Flamengo"
# names a club, as a name after "do" alone often does.
_OF_IN_A_LIST: dict[str, frozenset[str]] = {**OF_A_PLACE, "pt": frozenset(["de", "do", "da", "dos", "das"])}


# Nouns for a kind of place, one row per language: the name after one is the place ("die Stadt
# Köln", "die Region Hannover", "город Томск", "a cidade de Braga").
PLACE_ADJECTIVES_RU: tuple[str, ...] = (
    "соседний",
    "соседнего",
    "соседнем",
    "соседнему",
    "соседним",
    "соседняя",
    "соседней",
)
# ...and their plural, before two towns ("в соседних Старице и Осташкове")
PLACE_ADJECTIVES_RU += ("соседние", "соседних", "соседними")
PLACE_NOUNS: dict[str, frozenset[str]] = words_by_language(
    {
        "de": "stadt hansestadt landeshauptstadt gemeinde region landkreis kreis bundesland kanton städte gemeinden"
        " hauptstadt metropole raum großraum"  # "im Raum Cottbus": the area around the town
        " richtung fahrtrichtung"  # "die B 414 Richtung Hachenburg", "in Fahrtrichtung Thun": "towards"
        " ortsgemeinde nachbargemeinde ortsteil kreisstadt"  # "in der Nachbargemeinde Lindscheid"
        # "der Samtgemeinde Selsingen", "die Verbandsgemeinde Kirn-Land", "die Marktgemeinde Ruprechtshofen": the
        # joint and market municipalities of Lower Saxony, Rhineland-Palatinate, Bavaria and Austria
        " samtgemeinde verbandsgemeinde marktgemeinde stadtgemeinde"
        " wahlkreis"  # "aus dem Wahlkreis Harburg": a constituency is named by its town or district
        " bundesstaat"  # "im US-Bundesstaat Ohio": a federal state abroad
        " bezirk"  # "im Bezirk Kufstein": Austria's districts are named by their towns
        # "an der Anschlussstelle Soltau-Ost", "am Autobahnkreuz Kaiserberg", "am Bahnhof Leobersdorf": a motorway's
        # junctions and a railway's stations are named by their town
        " anschlussstelle anschlussstellen autobahnkreuz autobahndreieck bahnhof",
        "fr": "ville région villes commune",
        # "la provincia de Soria", "el concejo de Tineo", "la comarca de la Vera"
        "es": "ciudad región ciudades provincia comarca concejo municipio localidad"
        " vecinos habitantes alcalde alcaldesa"  # "los vecinos de Viacha", "el alcalde de Oruro": a town's people
        " natural naturales oriundo oriunda"  # "natural de Soria": where a person was born
        # "el norte de Cáceres", "el sur de Sevilla": a part of the place, as Portuguese "o norte de Goiás"
        " norte sur centro oeste noroeste noreste sureste suroeste",
        "pt": "cidade município região capital interior litoral centro norte sul leste oeste nordeste sudeste cidades"
        " vizinha vizinho porto portos"  # "o porto de Santos": a town's port, as Russian "порт Находки"
        " natural naturais oriundo oriunda"  # "natural de Tomar": where a person was born
        # "na província do Huambo", "o distrito de Memba", "o concelho de Loulé", "os municípios de …": the
        # divisions of Angola, Mozambique and Portugal are named by their seat or their own name
        " província províncias distrito distritos concelho concelhos municípios"
        # "a administradora municipal da Ingombota", "o administrador municipal do Cazenga": the municipality's office
        # named by its seat, the article and all
        " municipal"
        # "na comuna do Dondo", "a localidade do Lobito": Angola's communes and any locality, by their own name
        " comuna comunas localidade localidades",
        "it": "città regione provincia comune",  # "la provincia di Grosseto", "il comune di Scansano"
        "nl": "stad gemeente provincie",
        # and a person's place: "уроженца Балашихи", "жителей Химок", "мэр Казани"
        "ru": "город города городе городом область уроженец уроженца уроженцем уроженка уроженки уроженцы уроженцев"
        " житель жителя жители жителей жителям жительница жительницы мэр мэра мэру мэром мэрия мэрии"
        " порт порта порту портом порте порты портов портам портами портах"  # "через порты Туапсе и Ейска"
        # "полиции Славянска", "СИЗО Иркутска", "ГУВД Минска": a town's police, its remand prison, its police
        # headquarters, named by the town in the genitive
        " полиция полиции полицию полицией милиция милиции милицию милицией сизо гувд увд"
        # "администрации Белово": the town's own administration
        " администрация администрации администрацию администрацией"
        # "Глава Курска Евгений Маслов": the head of a town, as its mayor
        " глава главы главе главу главой"
        # "в больницу Твери", "в больницах Пскова": a town's hospital, named by the town in the genitive
        " больница больницы больнице больницу больницей больниц больницах больницам"
        # "Центр Гомеля оцепили", "в центре Омска", "в окрестностях Твери": a town's centre and the country around
        # it, as Polish "w okolicach Sanoka"
        " центр центра центре центру центром окрестности окрестностей окрестностях"
        # "в районном суде Калуги", "прокуратура Твери": a town's court and its prosecutors, named by the town in the
        # genitive (a person is tried "над", not "of")
        " суд суда суде суду судом прокуратура прокуратуры прокуратуре прокуратуру прокуратурой"
        # "из подмосковного Королёва": the Moscow region's adjective before one of its towns
        " подмосковный подмосковного подмосковном подмосковному подмосковным" + " " + " ".join(PLACE_ADJECTIVES_RU),
        # "соседнего Иванова": a neighbouring town (a person is a "сосед", not "соседний")
        "uk": "місто міста місті адміністрація адміністрації мешканці мешканців"
        " порт порту порти портів портах портом",  # "через порти Ізмаїла та Рені", as Russian "порты Туапсе"
        # "orașul Suceava", "din județele Suceava și Botoșani", "la vama Siret": a town, a county, a border post
        "ro": "orașul orașului orașele orașelor județul județului județele județelor comuna comunei"
        " municipiul municipiului vama vămii portul portului",
        "id": "kota kabupaten provinsi pelabuhan",  # "Kota Bandung", "Kabupaten Garut", "pelabuhan Tanjung Priok"
        # "mieszkańcy Rybnika", "burmistrz Pszczyny", "miasta Gliwice": a town's residents, mayor, the town itself
        "pl": "miasto miasta mieście mieszkańcy mieszkańców mieszkańcom mieszkańcami mieszkanki mieszkańca"
        " burmistrz burmistrza burmistrzem burmistrzowi wójt wójta gmina gminy gminie gminą"
        # "w okolicach Sanoka", "obwodnica Zamościa": the country around a town, the road around it
        " okolice okolic okolicach obwodnica obwodnicy obwodnicę",
        # "starosta Krupky", "obyvatelé Děčína", "město Kadaň": as Polish, a town's mayor, residents, the town
        "cs": "město města městě městem obec obce obci starosta starosty starostu starostou starostka starostky"
        " primátor primátora primátorka obyvatelé obyvatel obyvatelům radnice"
        " okolí obchvat obchvatu",  # "v okolí Kolína", "obchvat Kadaně": around the town, its bypass
    }
)

# ...and those that do so only in one language: Spanish and Italian "o" ("en Madrid o Valladolid"),
# which in Portuguese is the article ("em Lisboa o Benfica").
_AND_IN: dict[str, frozenset[str]] = words_by_language(
    {
        "es": "o u",
        "it": "o",
        "nl": "en of",
        "sv": "och eller",
        "da": "og eller",
        "no": "og eller",
        "vi": "và hoặc",  # "tại Quảng Nam, Quảng Ngãi và Đà Nẵng"
        "cs": "a nebo",
        "sk": "a alebo",
        "bg": "и или",
        "ro": "și sau",
        "id": "dan atau",
        "uk": "й чи або",  # "з Ізяслава чи Славути"
        "pl": "a lub albo",  # "między Tarczynem a Grójcem", "z Radomia lub Kielc"
    }
)
# ...of which those that are "and" only, never "or": the list is as sure as with "und" ("tussen Lier en Boom").
_AND_ONLY: dict[str, frozenset[str]] = words_by_language(
    {"nl": "en", "sv": "och", "da": "og", "no": "og", "cs": "a", "sk": "a", "bg": "и", "ro": "și", "id": "dan"}
)
LONGEST_LIST = 4
# "nos municípios da Maianga, Rangel, Cazenga, Cacuaco, Viana, Kilamba, Talatona e da Ingombota": a list of places
# the tables hold goes on past the fourth item back to its preposition or its noun of places, each item a place.
_LONGEST_LIST_OF_PLACES = 12
# A lower-case adjective ending so between a preposition with its article and a town names the
# town's country or region ("im niederländischen Groningen", "ins bayerische Rosenheim").
_GERMAN_PLACE_ADJECTIVE = re.compile(r"[a-zäöüß]{2,}sch(?:e|en)")
# Dutch writes a place's adjective capitalised, in -se: "in het Limburgse Genk", "uit het Brabantse Oss"
_PLACE_ADJECTIVES: dict[str, re.Pattern[str]] = {
    "de": _GERMAN_PLACE_ADJECTIVE,
    "nl": re.compile(r"[A-Z][a-zë]{2,}se"),
}
_ARTICLED_PREPOSITIONS: dict[str, frozenset[str]] = words_by_language({"de": "im ins vom beim zum am", "nl": ""})
_BEFORE_ARTICLE: dict[str, frozenset[str]] = words_by_language(
    {"de": "in aus von nach bei zu", "nl": "in uit naar bij rond vanuit"}
)
_DATIVE_ARTICLES: dict[str, frozenset[str]] = words_by_language({"de": "dem das", "nl": "het"})


def list_words(language: str) -> frozenset[str]:
    return AND_WORDS | _AND_IN.get(language, frozenset())


# Russian: "в финском Контиолахти", "из шведского Эстерсунда": a country's adjective after a preposition of place.
_RUSSIAN_PLACE_ADJECTIVE = re.compile(r"[а-яё]{3,}ск(?:ом|ой|ого|ую|ая|ий)")
_RUSSIAN_PREPOSITIONS_OF_PLACE = frozenset(("в", "во", "из", "на", "под", "до"))


def after_place_adjective(doc: ActorDocument, position: int, language: str) -> bool:
    """'im niederländischen Groningen', 'aus dem sächsischen Meißen': a country's or a region's
    adjective, lower-case, after a preposition with its article."""
    tokens = doc.tokens
    if language == "ru" and position >= 2:
        adjective, before = tokens[position - 1], tokens[position - 2]
        return (
            adjective.joined
            and before.joined
            and _RUSSIAN_PLACE_ADJECTIVE.fullmatch(adjective.text) is not None
            and before.text.lower() in _RUSSIAN_PREPOSITIONS_OF_PLACE
        )
    if language not in _ARTICLED_PREPOSITIONS or position < 2:
        return False
    adjective = tokens[position - 1]
    if not adjective.joined or not _PLACE_ADJECTIVES[language].fullmatch(adjective.text):
        return False
    k = position - 2
    # "im baden-württembergischen Nufringen", "aus dem nordrhein-westfälischen Kerpen": a Land of two names makes
    # its adjective of both, joined by a hyphen
    while k > 0 and tokens[k].text.islower() and doc.text[tokens[k].end : tokens[k + 1].start] == "-":
        k -= 1
    before = tokens[k]
    if not before.joined:
        return False
    if before.text.lower() in _ARTICLED_PREPOSITIONS[language]:
        return True
    return (
        k >= 1
        and before.text in _DATIVE_ARTICLES.get(language, ())
        and tokens[k - 1].joined
        and tokens[k - 1].text.lower() in _BEFORE_ARTICLE.get(language, ())
    )


# A town's council, mayor and residents, each with the "of" that names the town after it, one row per
# language whose "of" also opens family names ("Jan van Dijk"): only after one of these nouns is the
# capitalised word after "van" a town ("de gemeenteraad van Lier", "inwoners van Boom"); "burgemeester
# Lier" is the mayor named so.
_TOWN_BODIES: dict[str, frozenset[str]] = words_by_language(
    {
        "nl": "gemeenteraad burgemeester inwoners bewoners gemeentebestuur stadsbestuur schepencollege"
        " gemeentehuis stadhuis"
    }
)
_OF_A_TOWN_BODY = {"nl": "van"}


def town_body_of(doc: ActorDocument, position: int, language: str) -> bool:
    """'de gemeenteraad van Lier', 'de inwoners van Boom': "of" after a lower-case noun for the town's
    council, mayor, town hall or residents."""
    if language not in _TOWN_BODIES or position < 2:
        return False
    before, noun = doc.tokens[position - 1], doc.tokens[position - 2]
    return (
        before.text == _OF_A_TOWN_BODY[language]
        and before.joined
        and noun.joined
        and noun.text.lower() in _TOWN_BODIES[language]  # "Inwoners van Goes …" opening a sentence too
    )


# A firm's legal form in the Romance languages, right before "of" and the town of its seat.
_FIRM_FORM_BEFORE = re.compile(
    r"(?<![\w.])(?:S\.r\.l\.|S\.p\.A\.|Srl|SpA|S\.L\.U?\.?|S\.A\.|Lda\.|Ltda\.|SARL|S\.A\.R\.L\.|SAS),? $"
)
# A plural this frequent (Zipf) opening a sentence is a common noun of the language ("Pescadores" 3.1).
_COMMON_NOUN_OPENING = 3.0


def _towns_such_as(doc: ActorDocument, position: int, language: str) -> bool:
    """'i comuni vicini, come Galatina', 'cidades vizinhas, como Sabugal', 'Gemeinden wie Lemgo': "such as"
    after a plural noun for towns (an adjective of it between) opens a list of towns."""
    tokens = doc.tokens
    such_as = _SUCH_AS.get(language)
    if such_as is None or position < 2 or tokens[position - 1].text not in such_as or not tokens[position - 1].joined:
        return False
    nouns = _TOWNS_NOUNS.get(language, frozenset())
    return any(tokens[k].text.lower() in nouns for k in range(max(0, position - 3), position - 1))


_SUCH_AS: dict[str, frozenset[str]] = words_by_language(
    {"it": "come", "pt": "como", "es": "como", "fr": "comme", "de": "wie", "nl": "zoals"}
)
_TOWNS_NOUNS: dict[str, frozenset[str]] = words_by_language(
    {
        "it": "comuni città paesi centri località borghi",
        "pt": "municípios cidades vilas localidades concelhos freguesias",
        "es": "municipios ciudades pueblos localidades",
        "fr": "villes communes villages",
        "de": "städte gemeinden orte dörfer kommunen",
        "nl": "steden gemeenten dorpen",
    }
)


# "of" elided onto a name that opens with a vowel: "le tribunal d'Orléans", "la mairie d'Annemasse", "la
# provincia d'Imperia"; it is the "de" ("di") of `common_noun_of`, written as one word with the name.
_OF_ELIDED: dict[str, str] = {"fr": "d'", "it": "d'"}


def noun_of_elided(doc: ActorDocument, position: int, language: str) -> bool:
    """'le tribunal correctionnel d'Orléans': the elided "of" right after a lower-case common noun."""
    token = doc.tokens[position]
    elided = elided_name(token)
    head = _OF_ELIDED.get(language)
    if elided is None or head is None or position < 1:
        return False
    if token.text[: len(token.text) - len(elided)].lower().replace("’", "'") != head:
        return False
    noun = doc.tokens[position - 1]
    from dossier.ingest.landforms import feature_noun  # (landforms reads villages, which read this module)

    # "le bassin d'Arcachon", "l'île d'Oléron": a landform's noun and its name, read whole by `landforms`
    return noun.joined and noun.text.isalpha() and noun.text.islower() and not feature_noun(noun.text, language)


# The capitalised last word of a state's or a town's body that is named after the province or the town it serves:
# "el Gobierno Civil de Jaén", "la Guardia Civil de Úbeda", "la Policía Local de Ourense", "la Policía Municipal de
# Vigo", "i Carabinieri di Pisa" (a firm's or a club's name does not end so).
_BODY_OF_A_SEAT: dict[str, frozenset[str]] = {
    "es": frozenset(["Civil", "Local", "Municipal", "Provincial"]),
    "it": frozenset(["Carabinieri"]),
}


def common_noun_of(doc: ActorDocument, position: int, language: str) -> bool:
    """'a cadeia pública de Sorocaba', 'des familles de Colmar': "of" after a lower-case common noun."""
    tokens = doc.tokens
    if noun_of_elided(doc, position, language):
        return True
    if position < 2:
        return False
    before, noun = tokens[position - 1], tokens[position - 2]
    if (
        before.text in OF_A_PLACE.get(language, ())
        and before.joined
        and _FIRM_FORM_BEFORE.search(doc.text, 0, before.start)
    ):
        return True  # "Rossi Costruzioni S.r.l. di Faenza", "Construcciones Pérez S.L., de Plasencia": the firm's seat
    return (
        before.text in OF_A_PLACE.get(language, ())
        and before.joined
        and noun.joined
        and noun.text.isalpha()
        and (
            noun.text.islower()
            or noun.text in _BODY_OF_A_SEAT.get(language, ())  # "el Gobierno Civil de Jaén", "i Carabinieri di Pisa"
            # "Pescadores de Laguna e Imbituba protestam": a plural common noun capitalised only as it opens
            # the sentence (a body's name opens with a singular: "Banco de Portugal", "Universidade de Évora")
            or (
                position - 2 in doc.sentence_first
                and noun.text[1:].islower()
                and noun.text.endswith("s")
                and word_frequency(noun.text.lower(), language) >= _COMMON_NOUN_OPENING
            )
        )
    )


def _anchors_a_list(doc: ActorDocument, position: int, language: str) -> bool:
    """A state or a city of a million named so needs no preposition ("hacia Madrid o Valladolid"),
    and the next item of its list is a place too."""
    word = doc.tokens[position].text
    if not word[0].isupper():
        return False
    for form in (word, *base_forms(word, language)):
        place = doc.gazetteer.lookup((fold(form),))
        if place is not None and (place.kind == "state" or place.population >= LARGE_CITY):
            return True
    return False


# "aus der Nähe von Öhringen", "in der Umgebung von Ansbach": a noun for nearness, then "of";
# Polish and Russian put the town in the genitive instead ("z okolic Sandomierza", "в окрестностях Мышкина").
_NEAR_NOUNS: dict[str, tuple[frozenset[str], str]] = {
    "de": (frozenset(["nähe", "umgebung", "unweit"]), "von"),
    "pl": (frozenset(["okolic", "okolicach", "okolice", "pobliżu"]), ""),
    "ru": (frozenset(["окрестностях", "окрестностей", "окрестности"]), ""),
    "uk": (frozenset(["околицях", "околиць", "околиці"]), ""),
}


def _near_a_town(doc: ActorDocument, position: int, language: str) -> bool:
    if around_a_place(doc, position, language):
        return True  # "rund um Friedberg", as around a village
    row = _NEAR_NOUNS.get(language)
    if row is None or position < 2:
        return False
    nouns, of = row
    if not of:
        before = doc.tokens[position - 1]
        return before.text.lower() in nouns and before.joined
    before, noun = doc.tokens[position - 1], doc.tokens[position - 2]
    return before.text == of and noun.text.lower() in nouns and before.joined and noun.joined


# A town's council, its mayor, its people or a part of it, then "of": "der Stadtrat von Darmstadt",
# "die Innenstadt von Gießen". "von" alone takes people as often ("das Buch von Weber").
_PARTS_OF_A_TOWN: dict[str, frozenset[str]] = words_by_language(
    {
        "de": "stadtrat gemeinderat rathaus bürgermeister bürgermeisterin oberbürgermeister oberbürgermeisterin"
        " einwohner einwohnerinnen stadtverwaltung innenstadt altstadt stadtrand stadtgebiet stadtteil"
        " stadtteile vororte umland hafen bahnhof hauptbahnhof flughafen"
        # "auf (der) Höhe von Aarau": abreast of the town, on a road or a river
        " höhe"
    }
)
_OF_A_TOWN: dict[str, str] = {"de": "von"}


def _part_of_a_town(doc: ActorDocument, position: int, language: str) -> bool:
    nouns, of = _PARTS_OF_A_TOWN.get(language), _OF_A_TOWN.get(language)
    if nouns is None or of is None or position < 2:
        return False
    before, noun = doc.tokens[position - 1], doc.tokens[position - 2]
    return before.text == of and noun.text.lower() in nouns and before.joined and noun.joined


# A road, a line or a load "passing through" towns: "passando por Registro e Juquiá", "transité par Genève".
# Alone, "por" is "by" as often ("assinado por Barbosa"), so only after a form of the verb, told by its stem.
_PASSING: dict[str, tuple[str, tuple[str, ...]]] = {
    "fr": ("par", ("pass", "transit", "repass")),
    "es": ("por", ("pas", "transit")),
    "pt": ("por", ("pass", "transit")),
    "it": ("per", ("pass", "transit")),
}


def _passing_through(doc: ActorDocument, position: int, language: str) -> bool:
    row = _PASSING.get(language)
    tokens = doc.tokens
    if row is None or position < 2:
        return False
    by, stems = row
    verb, before = tokens[position - 2], tokens[position - 1]
    return before.text == by and before.joined and verb.joined and verb.text.lower().startswith(stems)


# A road or a line that links a known town "with" another: "verbindet Daun mit Mayen und Koblenz". Alone,
# "mit" takes people and things ("mit Weber", "mit Wagner"); after such a verb and a town, a town.
_GERMAN_LINKING_VERBS = ("verbindet", "verbinden", "verband", "verbanden", "verknüpft", "verknüpfen", "verknüpfte")
_LINKING_VERBS: dict[str, tuple[frozenset[str], str]] = {"de": (frozenset(_GERMAN_LINKING_VERBS), "mit")}


def _linked_with_a_town(doc: ActorDocument, position: int, language: str) -> bool:
    """The town after "mit" ('verbindet Daun mit Mayen'), or the one before it, when the other is known."""
    return _linked(doc, position - 2, position - 2, language) or _linked(doc, position, position + 2, language)


def _linked(doc: ActorDocument, first: int, known: int, language: str) -> bool:
    """'<verb> <first> mit <second>', the town at `known` (one of the two) a known place."""
    row = _LINKING_VERBS.get(language)
    tokens = doc.tokens
    if row is None or first < 1 or first + 2 >= len(tokens):
        return False
    verbs, with_word = row
    verb, between, second = tokens[first - 1], tokens[first + 1], tokens[first + 2]
    return (
        between.text == with_word
        and between.joined
        and tokens[first].joined
        and verb.joined
        and verb.text.lower() in verbs
        and tokens[first].text[:1].isupper()
        and second.text[:1].isupper()
        and known_place_word(doc, known, language)
    )


# Ukrainian adjective endings Russian lacks: "до румунської Констанци", "у сусідній Польщі".
_UKRAINIAN_ADJECTIVE_ENDS = ("ої", "ій", "ім", "ою")


# "Richtung Norden", "in Fahrtrichtung Süden": a point of the compass after a noun of direction is the direction,
# not the town of that name (Norden, East Frisia).
_TOWARDS: dict[str, frozenset[str]] = words_by_language({"de": "richtung fahrtrichtung"})
_COMPASS_NOUNS: dict[str, frozenset[str]] = words_by_language(
    {"de": "norden süden osten westen nordosten nordwesten südosten südwesten"}
)


def _compass_after_towards(doc: ActorDocument, position: int, language: str) -> bool:
    return (
        position > 0
        and doc.tokens[position - 1].text.lower() in _TOWARDS.get(language, ())
        and doc.tokens[position].text.lower() in _COMPASS_NOUNS.get(language, ())
    )


# "г. Кемерово", "в г. Кимрах": Russian shortens "город" (town) to "г." before a town's name, as a noun of place.
_TOWN_ABBREVIATIONS: dict[str, frozenset[str]] = {"ru": frozenset(["г", "гор"])}


def _after_town_abbreviation(doc: ActorDocument, position: int, language: str) -> bool:
    return (
        position > 0
        and doc.tokens[position - 1].text in _TOWN_ABBREVIATIONS.get(language, ())
        # "г.Бреста": written without the space too, now that a small letter's dot before a capitalised word ends
        # the word (`TOKEN_RE`)
        and doc.text[doc.tokens[position - 1].end : doc.tokens[position].start] in (". ", ".")
        # "в 1980 г. Иванов": after a number "г." is "year"
        and not (position > 1 and doc.tokens[position - 2].text.isdigit())
    )


def after_preposition(doc: ActorDocument, position: int, language: str, only: frozenset[str] | None = None) -> bool:
    """After a preposition of place (`only` these, when given), or listed after a place that
    follows one ("в Новосибирске, Томске и Омске": Томск and Омск are towns too)."""
    tokens = doc.tokens
    prepositions = PLACE_PREPOSITIONS.get(language, frozenset()) if only is None else only
    start = position
    if (
        _from_to(doc, position, language)
        or direction_of(doc, position, language)
        or route_end(doc, position, language)
        or route_via(doc, position, language)
        or town_of_a_named_route(doc, position, language)  # "по трассе Джубга — Сочи"
        or _heading_for(doc, position, language)  # "рейс на Тверь"
    ):
        return True
    if _from_at_the_start(doc, position, language):
        return True
    for step in range(_LONGEST_LIST_OF_PLACES):
        if position == 0:
            return False
        if _adjective_after_a_preposition(tokens, position, prepositions, language):
            return True  # "в соседнем Оренбурге", and "в соседних Старице и Осташкове" for both
        before = tokens[position - 1]
        if (
            before.text.lower() in prepositions
            and not article_opening_a_clause(doc, position, language)
            and (
                before.text[0].islower()
                or (
                    position - 1 in doc.sentence_first
                    and before.text.lower() not in _ARTICLE_AT_START.get(language, frozenset())
                )
            )
            and before.joined
        ):
            return True  # "in Dresden", and "Im Jura" opening a sentence
        if (
            before.text.lower() in PLACE_NOUNS.get(language, ())
            and before.joined
            and not _compass_after_towards(doc, position, language)
        ) or _after_town_abbreviation(doc, position, language):
            return True
        if _towns_such_as(doc, position, language):
            return True
        if (
            _near_a_town(doc, position, language)
            or _passing_through(doc, position, language)
            or _part_of_a_town(doc, position, language)
        ):
            return True
        if _linked_with_a_town(doc, position, language):
            return True
        if (  # "a cidade de Braga"
            position >= 2
            # "o município dos Mulenvos": "de" joined to a plural article, too
            and before.text in ("de", "do", "da", "dos", "das")
            and before.joined
            and tokens[position - 2].text.lower() in PLACE_NOUNS.get(language, ())
        ):
            return True
        if town_body_of(doc, position, language):
            return True  # "de gemeenteraad van Lier"
        if only is None and common_noun_of(doc, position, language):
            return True  # "a cadeia pública de Sorocaba" (not when only the bare prepositions count)
        if only is None and after_place_adjective(doc, position, language) and _rare_partner(doc, start, language):
            return True  # "im niederländischen Groningen"; German capitalises "im bayerischen Rest" too
        if (  # "de Colmar, de Strasbourg et de Mulhouse": the list repeats its "of" or its preposition
            position >= 2
            and (before.text in _OF_IN_A_LIST.get(language, ()) or before.text in prepositions)
            and before.joined
            and doc.text[tokens[position - 2].end : before.start] in (", ", " ")
        ):
            head = position - 1
            before = tokens[head - 1]
        else:
            head = position
        gap = doc.text[before.end : tokens[head].start]
        if gap == ", " and before.text[0].isupper():
            item = head - 1
        elif (
            before.text.lower() in list_words(language)
            and gap == " "
            and head >= 2
            and tokens[head - 2].text[0].isupper()
        ):
            item = head - 2
            if (
                before.text.lower() not in AND_WORDS
                and before.text.lower() not in _AND_ONLY.get(language, ())
                and not _rare_partner(doc, start, language)
            ):
                return False  # "los técnicos de Madrid o Moreno": Spanish "o" joins people and words too
        else:
            return False
        last = item
        while item > 0 and doc.text[tokens[item - 1].end : tokens[item].start] in ("-", "‐"):
            item -= 1  # "из Ростова-на-Дону, Краснодара": the item before is a name joined by hyphens
        opening = known_spaced_name(doc, item, language)
        if opening is not None:
            item = opening  # "em Ribeirão Preto e Franca": the item before is a name of two words
        elif item >= 1 and tokens[item - 1].joined and tokens[item - 1].text == SPA_WORDS.get(language):
            item -= 1  # "aus Bad Bodenteich und Uelzen": a spa town's name before, its word opening it
        elif (
            not known_place_word(doc, item, language)
            and not known_hyphened_name(doc, item, last, language)
            and not _village_before_a_town(doc, item, last, start, language)
            and not _capitalised_home_town_after(doc, item, prepositions, language)
            and not _known_village_in_a_list(doc, item, last, language)
            and not _town_of_the_same_country(doc, item, start)
            and not _home_town_named_by_a_word_before(doc, item, start, language)
        ):
            return False
        if step >= LONGEST_LIST and not known_place_word(doc, item, language):
            return False  # past the fourth item only places the tables hold carry a list on
        if only is None and _anchors_a_list(doc, item, language) and _rare_partner(doc, start, language):
            return True
        position = item
    return False


def _adjective_after_a_preposition(
    tokens: list[Token], position: int, prepositions: frozenset[str], language: str
) -> bool:
    """A lower-case Russian or Ukrainian adjective between a preposition of place and the name."""
    if language not in CYRILLIC or position < 2:
        return False
    adjective, preposition = tokens[position - 1], tokens[position - 2]
    return (
        adjective.text.isalpha()
        and adjective.text.islower()
        and adjective.text.endswith(RUSSIAN_ADJECTIVE_ENDS + _UKRAINIAN_ADJECTIVE_ENDS)
        and adjective.joined
        and preposition.joined
        and preposition.text.lower() in prepositions
    )


# Languages that write their common nouns in lower case, with the prepositions after which such a
# noun takes an article or shows its case ("in de stad", "i skogen", "v Olomouci"): a capitalised
# word right after one inside a sentence is a name, however often the language's news writes the
# town ("från Luleå", "uit Zutphen", "v Mostě").
NAMED_BY_ITS_CAPITAL: dict[str, frozenset[str]] = words_by_language(
    # Portuguese "em" takes a common noun with its article ("no porto", "na batalha"): "em Fátima" is the
    # town; "para" too ("para a guarda"): "para Guarda" is the town. Italian "a" and "in" take a common
    # noun bare but in lower case ("a casa", "in città"): "a Venezia" is the town.
    {
        "nl": "in uit naar tussen",
        # ...and "near", "by" and "around" one: "vid Järvsö", "ved Herning" (4.8), "omkring Hamar"; a noun after
        # them is written small ("ved havnen", "nær byen")
        "sv": "i från till mellan vid nära kring",
        "da": "i fra til mellem på ved nær omkring",  # "i Esbjerg" (5.0 in Danish: the news names it so often)
        "no": "i fra til mellom på ved nær omkring",  # "på Hamar" (4.6), "på Røros": some inland towns take "på"
        "el": "στη στην στο στον στα στις στους τη την τον το τα της του των",  # "στη Σπάρτη": nouns are lower case
        "cs": "v ve z ze do u",
        "sk": "v vo z zo do u",
        "bg": "в във от до",
        "pt": "em para",
        "it": "a ad in",
        "ro": "în din la spre",  # "la Bălți", "spre Cernăuți"
        "id": "di dari ke",  # "di Bandung", "ke Samarinda"
        "vi": "tại ở từ đến",  # "tại Huế", "ở Hội An"
    }
)
# Those of them that are "to" before a person too ("ha scritto a Stella", "ha detto a Marino", "um presente
# para Carolina"): a given name after one is no town's name by them; in Portuguese a family name neither
# ("passou para Cunha"), while Italian writes "a Massa" for the town as often as "a Rossi".
TO_A_PERSON: dict[str, frozenset[str]] = words_by_language({"it": "a ad", "pt": "para"})
_TO_A_FAMILY_NAME = frozenset(["pt"])


def person_after_to(doc: ActorDocument, position: int, language: str) -> bool:
    """The word at `position`, after a "to" of `TO_A_PERSON`, is a given name (or, in Portuguese, a family name)."""
    folded = doc.tokens[position].folded
    return (
        position > 0
        and doc.tokens[position - 1].text.lower() in TO_A_PERSON.get(language, frozenset())
        and (is_given_name(folded) or (language in _TO_A_FAMILY_NAME and is_surname(folded)))
    )


def _capitalised_home_town_after(doc: ActorDocument, item: int, prepositions: frozenset[str], language: str) -> bool:
    """'para Guarda e Covilhã': the list's first item, a home town named by a frequent word ("guarda", a
    guard), capitalised right after the preposition inside a sentence and never written in lower case here."""
    if item < 1 or item in doc.sentence_first:
        return False
    before, token = doc.tokens[item - 1], doc.tokens[item]
    # "Em Lagoa e Portimão": the preposition opening the sentence, capitalised
    preposition = before.text.lower() if item - 1 in doc.sentence_first else before.text
    return (
        before.joined
        and preposition in prepositions
        and preposition in NAMED_BY_ITS_CAPITAL.get(language, frozenset())
        and token.text[:1].isupper()
        and token.text[1:].islower()
        and token.folded not in doc.lower_case
        and not person_after_to(doc, item, language)
        and any(
            place.country in HOME_COUNTRIES.get(language, frozenset()) and place.population >= small_home_town(language)
            for place in word_places(doc, item, language)
        )
    )


# "in Walsum und Dinslaken": a village the tables do not hold, listed before a town they do, carries the
# list's preposition on to the town (and is read itself beside it, `village_mentions.listed_village`): a
# rare word (Zipf), named as no person, with no ending of a German noun's plural or case.
_VILLAGE_BEFORE_A_TOWN: dict[str, tuple[str, ...]] = {"de": ("e", "n", "r", "s")}
_RARE_VILLAGE_WORD = 3.0


def _village_before_a_town(doc: ActorDocument, item: int, last: int, start: int, language: str) -> bool:
    noun_endings = _VILLAGE_BEFORE_A_TOWN.get(language)
    word = doc.tokens[item].text
    return (
        noun_endings is not None
        and item == last
        and word.isalpha()
        and word[0].isupper()
        and word[1:].islower()
        and not word.endswith(noun_endings)
        and doc.tokens[item].folded not in doc.given_surnames
        and not surname_or_given(doc, item)
        and word_frequency(word.lower(), language) < _RARE_VILLAGE_WORD
        and known_place_word(doc, start, language)
    )


def _known_village_in_a_list(doc: ActorDocument, item: int, last: int, language: str) -> bool:
    """'rond Cuijk en Nijmegen', 'tussen Arcen en Lottum': a village the language's tables hold, a rare
    word and no person's name, carries the preposition on to the next item of its list."""
    word = doc.tokens[item].text
    return (
        item == last
        and word.isalpha()
        and word[0].isupper()
        and word[1:].islower()
        and doc.tokens[item].folded in village_names(language)
        and doc.tokens[item].folded not in doc.given_surnames
        and not surname_or_given(doc, item)
        and word_frequency(word.lower(), language) < _LISTED_VILLAGE_WORD
    )


# A village's name this frequent (Zipf) is as often a word ("Well", "Boxtel" is 3.2, "Cuijk" 3.5).
_LISTED_VILLAGE_WORD = 4.0


def surname_or_given(doc: ActorDocument, position: int) -> bool:
    folded = doc.tokens[position].folded
    return is_surname(folded) or is_given_name(folded)


def _town_of_the_same_country(doc: ActorDocument, item: int, start: int) -> bool:
    """'in Emmen und Groningen': the item before is a town of the country of the town of some size read
    (a foreign town too small to carry a list alone carries it with a city of its own country)."""
    before = doc.gazetteer.lookup((doc.tokens[item].folded,))
    judged = doc.gazetteer.lookup((doc.tokens[start].folded,))
    return (
        before is not None
        and judged is not None
        and before.kind == judged.kind == "place"
        and before.country is not None
        and before.country == judged.country
        and before.population >= HOME_TOWN
        and judged.population >= KNOWN_TOWN
    )


def _home_town_named_by_a_word_before(doc: ActorDocument, item: int, start: int, language: str) -> bool:
    """'In Leer und Papenburg': the item before is a town of the language's own country named by a word of
    every day ("leer": empty), listed with a town of that country named by a rare word (the one read);
    "aus Regen und Schnee" lists no town."""
    before = doc.gazetteer.lookup((doc.tokens[item].folded,))
    judged = doc.gazetteer.lookup((doc.tokens[start].folded,))
    homes = HOME_COUNTRIES.get(language, frozenset())
    return (
        before is not None
        and judged is not None
        and before.kind == judged.kind == "place"
        and before.country in homes
        and judged.country == before.country
        and min(before.population, judged.population) >= small_home_town(language)
        and doc.tokens[item].folded not in doc.given_surnames
        and word_frequency(doc.tokens[start].text.lower(), language) < RARE_WORD
        and word_frequency(doc.tokens[item].text.lower(), language) < FREQUENT_WORD
    )


def _rare_partner(doc: ActorDocument, position: int, language: str) -> bool:
    """A name read by a weaker cue (a list after a city of a million, Spanish "o", a German
    adjective) is no family or given name and a rare word: "hacia Madrid o Marca" is a newspaper."""
    token = doc.tokens[position]
    rare = RARE_WORD
    inside = position not in doc.sentence_first and token.folded not in doc.lower_case
    if language in NAMES_ONLY_CAPITALISED and inside:
        rare = FREQUENT_WORD  # "la Iași sau Bacău": a town's name is as frequent as the news makes it
    return not surname_or_given(doc, position) and word_frequency(token.text.lower(), language) < rare


# "von Memmingen nach Italien", "von Kiel bis Passau": "von" is "of" as often as "from" (and opens
# noble names), but a town between "von" and "nach" or "bis" is where a route starts.
# "от Магнитогорска до Москвы", "от Твери к Торжку": from one town to another; Dutch "van Lier naar Mol"
_FROM_TO: dict[str, tuple[str, frozenset[str]]] = {
    "de": ("von", frozenset(["nach", "bis"])),
    "ru": ("от", frozenset(["до", "к"])),
    "uk": ("від", frozenset(["до"])),  # "від Мукачева до Рахова"
    "nl": ("van", frozenset(["naar", "tot"])),
}


# Where something lies from a town, with "of" before the town, one row per language: "oberhalb von
# Wendelsbühl", "südlich von Passau", "al norte de Soria", "à l'est de Dijon" (only the German ones
# here: the Romance ones take an article before the direction).
_GERMAN_DIRECTIONS: tuple[str, ...] = ("oberhalb", "unterhalb", "nördlich", "südlich", "östlich", "westlich")
_GERMAN_DIRECTIONS += ("nordöstlich", "nordwestlich", "südöstlich", "südwestlich")
_DIRECTIONS: dict[str, tuple[frozenset[str], str]] = {"de": (frozenset(_GERMAN_DIRECTIONS), "von")}


def direction_of(doc: ActorDocument, position: int, language: str) -> bool:
    row = _DIRECTIONS.get(language)
    if row is None or position < 2:
        return False
    tokens = doc.tokens
    of, direction = tokens[position - 1], tokens[position - 2]
    return of.text == row[1] and of.joined and direction.joined and direction.text in row[0]


def _from_to(doc: ActorDocument, position: int, language: str) -> bool:
    pair = _FROM_TO.get(language)
    tokens = doc.tokens
    if pair is None or position == 0 or position + 1 >= len(tokens):
        return False
    before, after = tokens[position - 1], tokens[position + 1]
    # "Von Deutschlandsberg nach Voitsberg": the sentence opens with "from", capitalised
    opening = before.text if position - 1 not in doc.sentence_first else before.text.lower()
    if (
        opening == pair[0]
        and doc.text[before.end : tokens[position].start] == " "
        and doc.text[tokens[position].end : after.start] == " "
        and after.text in pair[1]
    ):
        return True
    return _from_out_of(doc, position, language) or _listed_route_start(doc, position, language)


def _listed_route_start(doc: ActorDocument, position: int, language: str) -> bool:
    """'von Wiesbaden und Gießen nach Kassel', 'von Hagen über Siegen': towns after "from" that a
    list joins or a known stop follows are where a route starts. "von" opens noble names and
    authors ("das Buch von Weber über Goethe"), so each town is known and named as no person, and
    so is the stop after "über"."""
    pair, via = _FROM_TO.get(language), _VIA.get(language)
    tokens = doc.tokens
    if pair is None or via is None:
        return False
    first, last = _listed_known_towns(doc, position, language)
    if first == 0 or last + 2 >= len(tokens) or tokens[first - 1].text != pair[0] or not tokens[first - 1].joined:
        return False
    after = tokens[last + 1]
    if not tokens[last].joined or not after.joined:
        return False
    if after.text in pair[1]:
        return first < last  # one town alone before "nach" is read by `_from_to` itself
    return after.text == via[0] and known_place_word(doc, last + 2, language) and not surname_or_given(doc, last + 2)


def _listed_known_towns(doc: ActorDocument, position: int, language: str) -> tuple[int, int]:
    """The first and last words of the list of known towns, one word each, that the word at
    `position` stands in ("Wiesbaden, Gießen und Fulda"); (position, position) when it stands alone
    or the list holds a word that is no known town or is a person's name."""
    tokens = doc.tokens

    def town(k: int) -> bool:
        return tokens[k].text[:1].isupper() and known_place_word(doc, k, language) and not surname_or_given(doc, k)

    def joined_to_next(k: int) -> int | None:
        """The next item's index when a list goes on after the word at `k`."""
        if k + 2 < len(tokens) and doc.text[tokens[k].end : tokens[k + 1].start] == ", ":
            return k + 1
        if (
            k + 3 < len(tokens)
            and tokens[k + 1].text in list_words(language)
            and tokens[k].joined
            and tokens[k + 1].joined
        ):
            return k + 2
        return None

    if not town(position):
        return position, position
    first = position
    for _ in range(LONGEST_LIST):
        earlier = next((k for k in (first - 1, first - 2) if k >= 0 and joined_to_next(k) == first), None)
        if earlier is None or not town(earlier):
            break
        first = earlier
    last = position
    for _ in range(LONGEST_LIST):
        later = joined_to_next(last)
        if later is None or not town(later):
            break
        last = later
    return first, last


# "de Mossoró a Natal", "desde Braga até Faro": a route from a known town to another; "a" alone is "to"
# a person or a feast as often ("a Natal" could be "to Christmas"), so only after such a start.
_ROUTE_START_END: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "pt": (frozenset(["de", "desde"]), frozenset(["a", "até"])),
}
# Routes whose end is read only after a known start, never a sentence's opening "from": Russian "до", "к" take a
# person as often ("до Ефремова" could be "before Yefremov"), but "из Тулы до Ефремова" is a way between towns.
_ROUTES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    **_ROUTE_START_END,
    "ru": (frozenset(["от", "из", "через"]), frozenset(["до", "к"])),
    "uk": (frozenset(["від", "з", "із", "через"]), frozenset(["до"])),
}
# "між Хустом і Тячевом", "между Бердском и Новосибирском": a pair of towns "between" which a road runs
# reads as a route's start and end (persons stand "between" too, but not declined as towns both).
_BETWEEN_PAIRS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "ru": (frozenset(["между"]), frozenset(["и"])),
    "uk": (frozenset(["між"]), frozenset(["і", "й", "та"])),
}


def _route_rows(language: str) -> list[tuple[frozenset[str], frozenset[str]]]:
    return [row for row in (_ROUTES.get(language), _BETWEEN_PAIRS.get(language)) if row is not None]


# A stop on a route between towns: "von Lindau über Wangen nach Kempten". German "über" is "about" as
# often ("über Weber"), so the word after it is a town only beside a known town the route starts from
# ("von"/"aus"/"ab" before it) or goes to ("nach"/"bis" after it).
_VIA: dict[str, tuple[str, frozenset[str], frozenset[str]]] = {
    "de": ("über", frozenset(["von", "aus", "ab"]), frozenset(["nach", "bis"])),
}


def route_via(doc: ActorDocument, position: int, language: str) -> bool:
    """'von Lindau über Wangen nach Kempten': the town a route passes, beside a known start or end."""
    row = _VIA.get(language)
    tokens = doc.tokens
    if row is None or position < 1 or position + 2 >= len(tokens):
        return False
    via, starts, ends = row
    if tokens[position - 1].text != via or not tokens[position - 1].joined or not tokens[position].joined:
        return False
    to_a_town = (
        tokens[position + 1].text in ends
        and tokens[position + 1].joined
        and known_place_word(doc, position + 2, language)
        and not surname_or_given(doc, position + 2)
    )
    start = _listed_known_towns(doc, position - 2, language)[0] if position >= 3 else position
    from_a_town = (
        start >= 1
        and tokens[start - 1].text in starts
        and tokens[start - 1].joined
        and tokens[position - 2].joined
        and known_place_word(doc, position - 2, language)
        and not surname_or_given(doc, position - 2)
    )
    return to_a_town or from_a_town


def _from_at_the_start(doc: ActorDocument, position: int, language: str) -> bool:
    """'De Mossoró, onde morava, ...', 'De Lisboa a Faro': "de" opening a sentence, the name then a comma
    or the route's "a" ("De Souza" alone could open a family name, so only then)."""
    row = _ROUTE_START_END.get(language)
    tokens = doc.tokens
    if row is None or position == 0 or position - 1 not in doc.sentence_first or position + 1 >= len(tokens):
        return False
    if tokens[position - 1].text.lower() not in row[0] or surname_or_given(doc, position):
        return False
    after = doc.text[tokens[position].end : tokens[position + 1].start]
    return after.startswith(",") or (after == " " and tokens[position + 1].text in row[1])


def route_end(doc: ActorDocument, position: int, language: str) -> bool:
    """The town a route from another known town goes to: 'de Mossoró a Natal', 'из Тулы до Ефремова'."""
    return any(_route_end_by(doc, position, language, row) for row in _route_rows(language))


def _route_end_by(doc: ActorDocument, position: int, language: str, row: tuple[frozenset[str], frozenset[str]]) -> bool:
    tokens = doc.tokens
    if position < 3 or tokens[position - 1].text not in row[1]:
        return False
    start = position - 2
    while start > 0 and tokens[start].text[:1].isupper() and start - 1 not in doc.sentence_first:
        if tokens[start - 1].text in row[0] and doc.text[tokens[start - 1].end : tokens[start].start] == " ":
            break
        start -= 1  # "de Campina Grande a Natal": a start of several words
    opening = tokens[start - 1] if start > 0 else None
    gaps = doc.text[tokens[start].start : tokens[position].start]
    return (
        opening is not None
        and opening.text in row[0]
        and "," not in gaps
        and "." not in gaps
        and (
            (known_place_word(doc, position - 2, language) and not surname_or_given(doc, position - 2))
            or known_spaced_name(doc, position - 2, language) is not None
            # "між Хмельницьким і Старокостянтиновом": a start declined, a town named by an adjective too
            or (language in ("ru", "uk") and _any_town_form(doc, position - 2, language))
        )  # "de Souza a Natal": a family name starts no route
    )


def route_start(doc: ActorDocument, position: int, language: str) -> bool:
    """The town a route to another known town starts from: 'від Мукачева до Рахова', 'из Тулы до
    Ефремова' (a person's name stands in no such pair: "від Петренка до Коваленка")."""
    return any(_route_start_by(doc, position, language, row) for row in _route_rows(language))


def _route_start_by(
    doc: ActorDocument, position: int, language: str, row: tuple[frozenset[str], frozenset[str]]
) -> bool:
    tokens = doc.tokens
    if position < 1 or position + 2 >= len(tokens):
        return False
    opening, to, end = tokens[position - 1], tokens[position + 1], tokens[position + 2]
    return (
        opening.text.lower() in row[0]
        and to.text in row[1]
        and doc.text[tokens[position].end : end.start] == f" {to.text} "
        and end.text[:1].isupper()
        and not is_given_name(end.folded)
        and (known_place_word(doc, position + 2, language) or _any_town_form(doc, position + 2, language))
        # "від Іванова до Києва" may be from Mr Іванов: a start that is a family name's genitive is none
        and not any(is_surname(fold(form)) for form in base_forms(tokens[position].text, language))
    )


def _any_town_form(doc: ActorDocument, k: int, language: str) -> bool:
    """Whether a form of the word at `k` is a town's name the tables hold, of any size ("до Рахова")."""
    word = doc.tokens[k].text
    return any(
        (place := doc.gazetteer.lookup((fold(form),))) is not None and place.kind == "place"
        for form in (word, *base_forms(word, language), *adjective_forms(word, language))
    )


# The words that close German "von" round a town the way starts at: "von Fulda aus", "von Gochsheim kommend"
_FROM_CLOSERS = frozenset(("aus", "kommend", "herkommend"))


def _from_out_of(doc: ActorDocument, position: int, language: str) -> bool:
    """'von Fulda aus über die Rhön': German "von ... aus" closes round where a way starts; a
    capitalised word after "aus" makes it "von Weber aus Kassel", a person from a town. "von Gochsheim
    kommend", "Von Landquart kommend": where a driver came from, in every German police report."""
    tokens = doc.tokens
    if language != "de" or position + 2 >= len(tokens):
        return False
    before, after, then = tokens[position - 1], tokens[position + 1], tokens[position + 2]
    return (
        (before.text == "von" or (before.text == "Von" and position - 1 in doc.sentence_first))
        and after.text in _FROM_CLOSERS
        and all(doc.text[tokens[k].end : tokens[k + 1].start] == " " for k in (position - 1, position))
        and not then.text[:1].isupper()
        and not surname_or_given(doc, position)
    )


def word_places(doc: ActorDocument, position: int, language: str) -> list[Place]:
    word = doc.tokens[position].text
    if not word[0].isupper():
        return []  # "in Leipzig von der Tribüne": "von" is no town
    found = (doc.gazetteer.lookup((fold(form),)) for form in (word, *base_forms(word, language)))
    return [place for place in found if place is not None and place.kind != "state"]


def town_word(doc: ActorDocument, position: int, language: str) -> bool:
    """A word that names a town of some size (not a region)."""
    return any(
        not is_region(place) and place.population >= KNOWN_TOWN for place in word_places(doc, position, language)
    )


def place_word(doc: ActorDocument, position: int, language: str) -> bool:
    """A word that names a town of some size or a region ("Bayern")."""
    return any(
        is_region(place) or place.population >= KNOWN_TOWN or (place.population == 0 and place.country)
        for place in word_places(doc, position, language)
    )


def known_hyphened_name(doc: ActorDocument, first: int, last: int, language: str) -> bool:
    """'Barletta-Andria-Trani', 'Кабардино-Балкарии': a place's whole name joined by hyphens."""
    if first == last:
        return False
    words = tuple(doc.tokens[k].folded for k in range(first, last + 1))
    last_word = doc.tokens[last].text
    forms = [words] + [
        (*words[:-1], fold(form)) for form in (*base_forms(last_word, language), *adjective_forms(last_word, language))
    ]
    if language == "ru":
        # Neuter towns decline every part: "Усолья-Сибирского" (Усолье-Сибирское), "Орехово-Зуева".
        options = [
            (word, *(fold(form) for form in russian_neuter_forms(doc.tokens[k].text)))
            for word, k in zip(words, range(first, last + 1), strict=True)
        ]
        forms += [tuple(changed) for changed in itertools.product(*options)][1:]
    return any(hyphened_place(doc, first, changed) is not None for changed in forms)


# Endings of a Russian neuter town's cases and the nominative's: "Усолья" -> Усолье, "Сибирского" ->
# Сибирское, "Зуева" -> Зуево ("-ово", "-ево", "-ино" names decline as nouns).
_RUSSIAN_NEUTER_CASES = (
    ("ья", "ье"),
    ("ью", "ье"),
    ("ьем", "ье"),
    ("ого", "ое"),
    ("ому", "ое"),
    ("ом", "ое"),
    ("ым", "ое"),
    ("его", "ее"),
    ("ему", "ее"),
    ("ем", "ее"),
)
_RUSSIAN_NEUTER_NOUN = re.compile(r"(.{2,}(?:ов|ев|ёв|ин|ын))(?:а|у|ом|е)")


def russian_neuter_forms(word: str) -> list[str]:
    forms = [word[: -len(case)] + nominative for case, nominative in _RUSSIAN_NEUTER_CASES if word.endswith(case)]
    noun = _RUSSIAN_NEUTER_NOUN.fullmatch(word)
    if noun is not None:
        forms.append(noun.group(1) + "о")
    return forms


_LONGEST_SPACED_NAME = 4
# The small words inside a German town's name that tells it from another by its river or land
# ("Neustadt an der Weinstraße", "Landau in der Pfalz", "Rothenburg ob der Tauber").
_TOWN_NAME_SMALL_WORDS: dict[str, frozenset[str]] = words_by_language({"de": "an in ob der den bei im vor"})


def known_spaced_name(doc: ActorDocument, last: int, language: str) -> int | None:
    """Where a known place's name of several words ending at `last` opens ("Ribeirão Preto", "Bad
    Hersfeld", "São José dos Campos"), or None: a state, a town of some size, or one of the
    language's own country."""
    tokens = doc.tokens
    home = HOME_COUNTRIES.get(language, ())
    for first in range(last - 1, max(last - _LONGEST_SPACED_NAME, -1), -1):
        word = tokens[first].text
        if doc.text[tokens[first].end : tokens[first + 1].start] != " ":
            return None
        if not word[0].isupper():
            if word in INNER_WORDS or word in _TOWN_NAME_SMALL_WORDS.get(language, ()):
                continue  # "dos" in "São José dos Campos", "an der" in "Bruck an der Mur"
            return None
        place = doc.gazetteer.lookup(tuple(tokens[k].folded for k in range(first, last + 1)))
        if place is None and first == last - 1:
            place = _declined_pair(doc, first, language)
        if place is not None and (
            place.kind == "state"
            or place.population >= KNOWN_TOWN
            or (place.population >= small_home_town(language) and place.country in home)
        ):
            return first
    return None


def _declined_pair(doc: ActorDocument, first: int, language: str) -> Place | None:
    """'из Старого Оскола и Белгорода': a town's name of an adjective and a noun, both declined,
    read back to its nominative ("Старый Оскол") in a language that declines them."""
    if language not in CYRILLIC:
        return None
    adjective, noun = doc.tokens[first].text, doc.tokens[first + 1].text
    for opener, head in itertools.product(adjective_forms(adjective, language), base_forms(noun, language)):
        place = doc.gazetteer.lookup((fold(opener), fold(head)))
        if place is not None:
            return place
    return None


def known_place_word(doc: ActorDocument, position: int, language: str) -> bool:
    """A state, a town of some size, or a smaller town of the language's own country ("zwischen
    Lüneburg und Wolfsburg": Lüneburg carries the preposition on to Wolfsburg)."""
    word = doc.tokens[position].text
    home = HOME_COUNTRIES.get(language, frozenset())
    # "из Котельников и Петушков", "из Чебоксар и Канаша": a plural's genitive carries the list too
    where = where_or_listed_after_where(doc, position, language) or after_residents(doc, position, language)
    plurals = plural_genitive_forms(word, language) if not word.lower().endswith(("ов", "ев")) or where else []
    # "в Бологом и Конакове": a town named by an adjective, declined, carries the list on after "в"
    adjectives = [*neuter_adjective_forms(word), *adjective_forms(word, language)] if where and language == "ru" else []
    for form in (word, *base_forms(word, language), *plurals, *adjectives):
        # "pescadores de Laguna e Imbituba": a home town named as a bigger town abroad holds it too
        namesakes = [gazetteer().local.get(NAMESAKES + country, {}).get(fold(form)) for country in sorted(home)]
        for place in (doc.gazetteer.lookup((fold(form),)), *namesakes):
            if place is not None and _known_place(doc, place, position, word, home, language):
                return True
    # "у Мукачеві, Хусті та Берегові": a home town's neuter locative carries the preposition on too
    neuter = ukrainian_neuter_town(word) if language == "uk" else None
    place = doc.gazetteer.lookup((fold(neuter),)) if neuter is not None else None
    return (
        place is not None
        and place.kind != "state"
        and place.country in home
        and place.population >= small_home_town(language)
        and rare_declined_name(doc, position, language)
    )


def _known_place(
    doc: ActorDocument, place: Place, position: int, word: str, home: frozenset[str], language: str
) -> bool:
    return (
        place.kind == "state"
        or place.population >= KNOWN_TOWN
        or (place.population >= HOME_TOWN and place.country in home)
        or (
            place.population >= small_home_town(language)
            and place.country in home
            # Polish and Czech decline the town after their prepositions ("z Sanoka i Krosna"): a rare
            # word read back to a home town holds the list as a bare preposition's town does
            and (language in BARE_PREPOSITIONS or language in LATIN_ENDINGS)
            and word_frequency(word.lower(), language) < RARER_WORD
        )
        or (  # "из Советска и Черняховска": a rare declined name of a home town
            place.population >= small_home_town(language)
            and place.country in home
            and language in CYRILLIC
            and rare_declined_name(doc, position, language)
        )
    )
