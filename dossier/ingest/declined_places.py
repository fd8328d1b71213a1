"""A place's name declined in its sentence, read back to its dictionary form.

Slavic languages decline a town's name after a preposition ("в Казани", "w Krakowie", "в Нижнем
Новгороде", "из Гвинеи-Бисау"); the gazetteer holds the nominative. The forms are weighed and the
most frequent one the gazetteer knows wins; neuter towns' forms that are surnames' genitives
("Иванова") are asked only where no person can be.
"""

from __future__ import annotations

import itertools

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.gazetteer import Place, gazetteer
from dossier.ingest.names import fold
from dossier.ingest.other_language_common import HOME_COUNTRIES, word_frequency
from dossier.ingest.place_evidence import hyphened_place
from dossier.ingest.place_prepositions import (
    PLACE_ADJECTIVES_RU,
    after_residents,
    instrumental_of_a_noun,
    neuter_town_in,
    route_end,
    route_start,
    russian_neuter_forms,
    ukrainian_neuter_town,
    where_or_listed_after_where,
)
from dossier.ingest.town_support import (
    NEUTER_TOWN_ENDS,
    famous_man_s_genitive,
    home_namesake,
    place_here,
    russian_genitive_towns,
    spelled_in_language,
)
from dossier.ingest.word_forms import (
    LATIN_ENDINGS,
    adjective_forms,
    base_forms,
    neuter_adjective_forms,
    plural_genitive_forms,
)

# Languages that decline the word opening a name too: "przez Bystrzycę Kłodzką", "ve Středočeském kraji".
_OPENER_DECLINED = frozenset(["pl", "cs", "sk"])


def _declined_middles(
    doc: ActorDocument, position: int, end: int, words: tuple[str, ...], language: str
) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """The words between a name's first and last as written, and (when the first is a declined
    adjective) read back to their nominative too: "в Объединённых Арабских Эмиратах" declines
    every adjective of the name, "Арабских" as well as "Объединённых". Each entry: the folded
    words and the words to write in the name (empty: as the text writes them)."""
    middles: list[tuple[tuple[str, ...], tuple[str, ...]]] = [(words[1:-1], ())]
    if end - position < 2 or not adjective_forms(doc.tokens[position].text, language):
        return middles
    options = [adjective_forms(doc.tokens[k].text, language) for k in range(position + 1, end)]
    if all(options):
        for written in itertools.product(*options):
            middles.append((tuple(fold(word) for word in written), written))
    return middles


def inflected(
    doc: ActorDocument, position: int, end: int, words: tuple[str, ...], language: str, start: int
) -> tuple[Place, str] | None:
    """'в Казани' -> Казань: the last word read back to a dictionary form the gazetteer knows."""
    last_word = doc.tokens[end].text
    if language == "ru" and (_adjective_of_a_longer_name(doc, end) or _adjective_of_a_feature(doc, end)):
        return None
    # "в Нижнем Новгороде": an adjective before the noun is declined too.
    openers = (
        [(words[0], "")]
        if end == position
        else [(words[0], "")]
        + [(fold(form), form) for form in adjective_forms(doc.tokens[position].text, language)]
        # "в Лодейном Поле", "из Сергиева Посада": a neuter adjective opening the name
        + [(fold(form), form) for form in neuter_adjective_forms(doc.tokens[position].text) if language == "ru"]
    )
    # Every dictionary form the gazetteer takes is weighed, and the most frequent word wins: "Китае"
    # is China (Китай, 4.7), not Kita in Japan (Кита, a whale's genitive, 3.7); "Ярославле" is
    # Ярославль, not the stem "Ярославл" that folds the same (a word nobody writes).
    if (language in _OPENER_DECLINED or language == "uk") and end > position:
        # "przez Bystrzycę Kłodzką", "do Lądka-Zdroju": Polish declines the noun opening the name too
        openers += [(fold(form), form) for form in base_forms(doc.tokens[position].text, language)]
    # "у Иванова", "через Иванова" are Иванов's: a neuter town's form ("Иваново") is asked only where a
    # person cannot be ("из Кемерова", "под Одинцовом") or in a list of towns ("рынках Мукачева и Берегова")
    forms = [
        form
        for form in base_forms(last_word, language)
        if not _neuter_form_of_a_surname(doc, end, form, language)
        and not famous_man_s_genitive(form, language)
        and not _genitive_after_in_or_on(doc, position, last_word, form, language)
    ]
    if language == "ru" and end > position and neuter_adjective_forms(doc.tokens[position].text):
        # "в Лодейном Поле", "из Лодейного Поля", "в Красном Селе": a neuter noun after its adjective
        forms += [form for form in _neuter_noun_forms(last_word) if form not in forms]
    noun = instrumental_of_a_noun(last_word) if language == "ru" else None
    if noun is not None and noun not in forms:
        forms.append(noun)  # "под Сегежей": -ей after a hushing letter is -а's instrumental
    neuter = neuter_town_in(doc, end) if language == "ru" else None
    if neuter is not None and neuter not in forms:
        forms.append(neuter)  # "в Конакове": Конаково
    if (
        language in ("ru", "uk")
        and end == position
        # "из Новомосковска и Донского": a later item of the list too
        and (
            where_or_listed_after_where(doc, end, language)
            or after_residents(doc, end, language)
            or route_start(doc, end, language)  # "між Хмельницьким і Старокостянтиновом"
            or route_end(doc, end, language)  # "між Тернополем і Красним"
        )
        and not _adjective_before_its_noun(doc, end)
    ):
        # "из Икряного", "в Донском": a town named by an adjective, neuter or masculine; asked after "из",
        # "в", "под" only: after other words "-ого" is a man's family name as often ("у Донского")
        forms += [
            form
            for form in (*neuter_adjective_forms(last_word, language), *adjective_forms(last_word, language))
            if form not in forms
        ]
    if language in _OPENER_DECLINED and end > position:
        # "v Lipníku nad Bečvou": the river after "nad" keeps its own case; "do Uherského Hradiště": a
        # neuter noun's genitive is its nominative; only the opening word shows the case
        forms.append(last_word)
    if language == "uk" and end > position and _joined_by_hyphens(doc, position, end):
        # "з Кам'янця-Подільського": a town's name and its adjective joined, both declined
        forms += [form for form in adjective_forms(last_word, language) if form not in forms]
    if end > position and doc.tokens[position].text.lower().endswith(("ых", "их")):
        forms += plural_genitive_forms(last_word, language)  # "до Минеральных Вод", "из Набережных Челнов"
    elif end == position and (
        not last_word.lower().endswith(("ов", "ев", "ів"))
        or where_or_listed_after_where(doc, end, language)
        or _plural_town_after_towards(doc, end, last_word, language)
    ):
        # "жители Шахт", "из Чебоксар": a town named by a plural, in the genitive with no ending. In
        # "-ов" only after "из", "в", "под" ("из Березников", "из Нидерландов"): elsewhere that is a
        # singular's stem or a family name first ("Березников").
        forms += [form for form in plural_genitive_forms(last_word, language) if form not in forms]
    urban = _town_of_its_urban_district(doc, end, last_word, language)
    if urban is not None:
        # "Семёновского городского округа": the town's own noun (Семёнов), not another town's old name that the
        # adjective happens to spell (GeoNames keeps "Семёновский" for Murmansk)
        # (asked beside the adjective: a town may be named by one, "Чайковского городского округа"; the more
        # frequent word wins, as for every form)
        forms = [urban, *forms]
    middles = _declined_middles(doc, position, end, words, language)
    best = _best_reading(doc, (position, end, start), forms, openers, middles, language)
    neuter = ukrainian_neuter_town(last_word) if best is None and language == "uk" else None
    if neuter is not None:
        # "у Мукачеві", "у Берегові": asked only when no other form names a town ("у Косові" is Косів's,
        # not Kosovo's), and only of a town of the page's own country
        reading = _best_reading(doc, (position, end, start), [neuter], openers, middles, language)
        if reading is not None and reading[1].kind != "state" and reading[1].country in HOME_COUNTRIES[language]:
            best = reading
    if best is None and end > position and _joined_by_hyphens(doc, position, end):
        best = _declined_first_part(doc, position, end, words, language)
    if best is None:
        return None
    if language in LATIN_ENDINGS and fold(best[1].name) == fold(best[2]):
        # "w Krakowie" -> "Krakow", "w Łodzi" -> "Łodź": the stem lacks the name's own "ó"
        return best[1], best[1].name
    if (
        end == position
        and best[0] + _WRITTEN_NOT_A_FORM <= word_frequency(last_word.lower(), language)
        and doc.gazetteer.lookup((fold(last_word),)) is not None
    ):
        # "София", "Одесса" at a sentence's start: the nominative as written, not a stem nobody
        # writes ("Софий", "Одесс") that the gazetteer also happens to know.
        return best[1], last_word
    return best[1], best[2]


# Ukrainian prepositions of place that take the genitive ("до Чернівців", "біля Броварів"): a word in "-ів" after one
# is a town named by a plural; a family's plural after them is rare, and a man's name takes "-а" there ("до Петрова").
_UKRAINIAN_GENITIVE_OF_PLACE = frozenset(["до", "біля", "поблизу", "навколо", "довкола", "від"])


def _plural_town_after_towards(doc: ActorDocument, end: int, word: str, language: str) -> bool:
    return (
        language == "uk"
        and word.lower().endswith("ів")
        and end > 0
        and doc.tokens[end - 1].text.lower() in _UKRAINIAN_GENITIVE_OF_PLACE
    )


def _genitive_after_in_or_on(doc: ActorDocument, position: int, word: str, form: str, language: str) -> bool:
    """'в Печоры': after "в" or "на" a Russian name takes the prepositional or the accusative, never the
    genitive, so a word in "-ы"/"-и" is no form of a name in "-а"/"-я" ("Печора"): it is a plural's own
    name ("Печоры"). A word in "-ии" is the prepositional of a name in "-ия" ("в Германии", "в Боснии")."""
    if language != "ru" or position == 0 or not doc.tokens[position - 1].joined:
        return False
    if doc.tokens[position - 1].text.lower() not in _ACCUSATIVE_OR_PREPOSITIONAL:
        return False
    return word.endswith(("ы", "и")) and not word.endswith("ии") and form.endswith(("а", "я"))


_ACCUSATIVE_OR_PREPOSITIONAL = frozenset(["в", "во", "на"])


def _neuter_noun_forms(word: str) -> list[str]:
    """'Поле', 'Поля', 'Полю' -> Поле; 'Селе', 'Села', 'Селом' -> Село: a neuter noun's nominative."""
    stem = word[:-2] if word.endswith(("ем", "ом")) else word[:-1]
    if word.endswith(("е", "я", "ю", "ем")):
        return [stem + "е", stem + "о"] if word.endswith("е") else [stem + "е"]
    if word.endswith(("а", "у", "ом")):
        return [stem + "о"]
    return []


def _best_reading(
    doc: ActorDocument,
    span: tuple[int, int, int],
    forms: list[str],
    openers: list[tuple[str, str]],
    middles: list[tuple[tuple[str, ...], tuple[str, ...]]],
    language: str,
) -> tuple[float, Place, str] | None:
    """The most frequent of `forms` (with each opener and middle) that names a place here, with its
    frequency and the name to write; `span`: the name's first and last token and where it starts."""
    position, end, start = span
    last_word = doc.tokens[end].text
    best: tuple[float, Place, str] | None = None
    for form in forms:
        for (opener, written), (middle, middle_written) in itertools.product(openers, middles):
            changed = (opener, *middle, fold(form)) if end > position else (fold(form),)
            place = hyphened_place(doc, position, changed) or doc.gazetteer.lookup(changed)
            if place is not None:
                place = home_namesake(place, changed, language)  # "в Светлогорске": Russia's, not Belarus'
            if place is not None and place.kind != "state" and _foreign_plural(last_word, form, place, language):
                continue  # "Делам" (of affairs) is no form of Дели: a foreign town's name does not decline
            if (
                place is not None
                and spelled_in_language(doc, position, changed, language, place)
                and place_here(doc, place, position, end, changed, language)
            ):
                head = written + doc.text[doc.tokens[position].end : doc.tokens[end].start] if written else ""
                if middle_written:
                    head = " ".join((written, *middle_written, ""))
                name = (head or doc.text[start : doc.tokens[end].start]) + _with_e_or_yo(doc, form, last_word)
                frequency = word_frequency(form.lower().replace("ё", "е"), language)  # "Орёл", "Орел": one word
                if best is None or frequency > best[0]:
                    best = frequency, place, name
    return best


# A form this much rarer (Zipf) than the word as written is no dictionary form people use.
_WRITTEN_NOT_A_FORM = 2.0

# "в Приволжском федеральном округе", "в Ханты-Мансийском автономном округе": a place's adjective
# before another adjective in the same case names a district or a body, not the town it comes from
# ("Приволжском" is no case of Приволжск after "в").
_PLACE_ADJECTIVE_CASES = ("ском", "цком", "ского", "цкого", "скому", "цкому", "ским", "цким")
# the other adjective's suffix and ending ("федеральн-ом", "городск-ого"); "летом", a noun, is none
_ADJECTIVE_CASES = ("ном", "ным", "ного", "ному", "ском", "ским", "ского", "скому")
_SHORTEST_ADJECTIVE = 5


def _adjective_of_a_longer_name(doc: ActorDocument, end: int) -> bool:
    if not doc.tokens[end].text.endswith(_PLACE_ADJECTIVE_CASES):
        return False
    after = _lower_case_word_after(doc, end)
    return (
        after is not None
        and len(after) >= _SHORTEST_ADJECTIVE
        and after.endswith(_ADJECTIVE_CASES)
        and not after.startswith(_URBAN)  # "в Мончегорском городском округе" is the town and its land
    )


def _lower_case_word_after(doc: ActorDocument, end: int) -> str | None:
    """The word right after token `end`, one space away, when it is all letters in lower case."""
    tokens = doc.tokens
    if end + 1 >= len(tokens) or doc.text[tokens[end].end : tokens[end + 1].start] != " ":
        return None
    after = tokens[end + 1].text
    return after if after.isalpha() and after.islower() else None


_URBAN = "городск"
# A district adjective in "-ского" made of a town's name and "-ск-": "Мончегорского" (Мончегорск keeps it),
# "Семёновского" (Семёнов takes it on).
_URBAN_ADJECTIVE_CASES = ("ского", "скому", "ским", "ском")


def _town_of_its_urban_district(doc: ActorDocument, end: int, word: str, language: str) -> str | None:
    """'из Семёновского городского округа' -> Семёнов: the town a "городской округ" is named after, when its
    adjective adds "-ск-" to the town's name; None when the adjective keeps it (Мончегорск) or no such
    district follows."""
    if language != "ru" or not word[:1].isupper():
        return None
    after = _lower_case_word_after(doc, end)
    if after is None or not after.startswith(_URBAN):
        return None
    ending = next((e for e in _URBAN_ADJECTIVE_CASES if word.endswith(e)), None)
    if ending is None:
        return None
    stem = word[: -len(ending)]
    return None if stem.endswith(("ск", "цк")) else stem


# "в Чёрном море", "в Балтийском море", "на Кольском полуострове": an adjective's case before a
# lower-case noun of a sea, a gulf, a coast, an island or a range names that feature, not a town
# whose case the adjective happens to look like (Чернь, Балтийск).
_FEATURE_NOUN_STEMS = ("мор", "залив", "пролив", "побереж", "полуостров", "остров", "нагорь", "хребт", "хребе")
_ADJECTIVE_ENDS = ("ом", "ем", "ой", "ей", "ого", "его", "ому", "ему", "им", "ым", "ое", "ее", "ая", "яя", "ий", "ый")


def _adjective_of_a_feature(doc: ActorDocument, end: int) -> bool:
    if not doc.tokens[end].text.endswith(_ADJECTIVE_ENDS):
        return False
    after = _lower_case_word_after(doc, end)
    return after is not None and after.startswith(_FEATURE_NOUN_STEMS)


def _joined_by_hyphens(doc: ActorDocument, position: int, end: int) -> bool:
    return all(doc.text[doc.tokens[k].end : doc.tokens[k + 1].start] in ("-", "‐") for k in range(position, end))


def _declined_first_part(
    doc: ActorDocument, position: int, end: int, words: tuple[str, ...], language: str
) -> tuple[float, Place, str] | None:
    """'из Гвинеи-Бисау' -> Гвинея-Бисау: a name joined by hyphens whose first part declines and the
    rest does not. Read whole, or its first part alone was read as another place (Guinea)."""
    tokens = doc.tokens
    for form in base_forms(tokens[position].text, language):
        changed = (fold(form), *words[1:])
        place = hyphened_place(doc, position, changed)
        if (
            place is not None
            and spelled_in_language(doc, position, changed, language, place)
            and place_here(doc, place, position, end, changed, language)
        ):
            return 0.0, place, form + doc.text[tokens[position].end : tokens[end].end]
    neuter = _russian_neuter_name(doc, position, end, language) if language == "ru" else None
    if neuter is not None:
        return neuter
    # "из Переславля-Залесского", "из Гусь-Хрустального": a noun and an adjective, the adjective
    # declined (and the noun too, or left as it is).
    if end != position + 1:
        return None
    first = tokens[position].text
    found: list[tuple[tuple[float, bool], Place, str]] = []
    for adjective in adjective_forms(tokens[end].text, language):
        for form in (*base_forms(first, language), first):
            changed = (fold(form), fold(adjective))
            place = hyphened_place(doc, position, changed)
            if (
                place is not None
                and spelled_in_language(doc, position, changed, language, place)
                and place_here(doc, place, position, end, changed, language)
            ):
                name = form + doc.text[tokens[position].end : tokens[end].start] + adjective
                # "Переславле" -> "Переславль", not the stem "Переславл" that folds the same
                found.append(((word_frequency(form.lower(), language), form.endswith("ь")), place, name))
    if not found:
        return None
    _, place, name = max(found, key=lambda hit: hit[0])
    return 0.0, place, name


def _russian_neuter_name(doc: ActorDocument, position: int, end: int, language: str) -> tuple[float, Place, str] | None:
    """'Усолья-Сибирского' -> Усолье-Сибирское, 'Орехово-Зуева' -> Орехово-Зуево: a neuter town's
    name whose parts all decline."""
    tokens = doc.tokens
    options = [(tokens[k].text, *russian_neuter_forms(tokens[k].text)) for k in range(position, end + 1)]
    own = gazetteer().local.get(language, {})
    for parts in itertools.product(*options):
        changed = tuple(fold(part) for part in parts)
        place = hyphened_place(doc, position, changed)
        if (
            place is not None
            and place.country in HOME_COUNTRIES.get(language, ())
            and spelled_in_language(doc, position, changed, language, place)
            # the Russian name itself ("Усолье-Сибирское"), not another spelling of a small town
            and ("-".join(changed) in own or place_here(doc, place, position, end, changed, language))
        ):
            return 0.0, place, "-".join(parts)
    return None


# Plural case endings ("в Химках", "над Люберцами", "к Мытищам"): only towns of the language's own
# country are named in the plural and declined so; a foreign town's name in -и is not declined at
# all ("Дели"). States are, in every language ("в Нидерландах").
_PLURAL_ENDINGS = ("ами", "ями", "ах", "ях", "ам", "ям")


# Neighbours whose towns bear Slavic plural names that Russian declines as its own: "в Барановичах" (Барановичи),
# "в Ганцевичах", "в Черновцах" (Черновцы).
_SLAVIC_PLURAL_TOWNS: dict[str, frozenset[str]] = {"ru": frozenset(["Belarus", "Ukraine"])}


def _foreign_plural(word: str, form: str, place: Place, language: str) -> bool:
    return (
        word.lower().endswith(_PLURAL_ENDINGS)
        and form[-1:].lower() in ("и", "ы")
        # a land of several states is declined as a home name is: "на Балканах", "у Карпатах"
        and place.country is not None
        and place.country not in HOME_COUNTRIES.get(language, ())
        and place.country not in _SLAVIC_PLURAL_TOWNS.get(language, ())
    )


def _with_e_or_yo(doc: ActorDocument, form: str, word: str) -> str:
    """'Череповце' -> Череповец, 'Орле' -> Орёл: a fleeting vowel put back is "ё" only when the
    gazetteer spells the town with "yo" (Oryol); else "е", which Russian may always write for "ё"."""
    if "ё" not in form or "ё" in word.lower():
        return form
    if doc.gazetteer.lookup((fold(form.replace("ё", "йо")),)) is not None:
        return form
    return form.replace("ё", "е")


# A noun's endings in the case of an adjective's ending: "в Светлом зале" (a hall), "из Белого дома".
_NOUN_ENDS_BY_CASE = (
    (("ом", "ем"), ("е", "и")),
    (("ого", "его"), ("а", "я", "ы", "и")),
    (("ому", "ему"), ("у", "ю")),
    (("ым", "им"), ("ом", "ем", "ой", "ей")),
)
_PAST_TENSE = ("ли", "ла", "ло")
_REFLEXIVE = ("ся", "сь")  # "Жители Донского жалуются": a verb, though it ends as a noun's "-я"
_SHORTEST_NOUN = 3  # "зале", "доме"; not "и"


def _adjective_before_its_noun(doc: ActorDocument, end: int) -> bool:
    """The adjective names a thing with the lower-case noun after it, in the same case: "в Светлом
    зале" is a hall, not the town Светлый; "в Заречном построили" (a verb) is the town."""
    after = _lower_case_word_after(doc, end)
    if after is None or len(after) < _SHORTEST_NOUN or after.endswith(_PAST_TENSE) or after.endswith(_REFLEXIVE):
        return False
    word = doc.tokens[end].text.lower()
    return any(word.endswith(cases) and after.endswith(nouns) for cases, nouns in _NOUN_ENDS_BY_CASE)


def _neuter_form_of_a_surname(doc: ActorDocument, position: int, form: str, language: str) -> bool:
    word = doc.tokens[position].text
    return (
        form.endswith(NEUTER_TOWN_ENDS)
        and not word.endswith(NEUTER_TOWN_ENDS)
        and not where_or_listed_after_where(doc, position, language)  # "из Пущина", "подъезды к Чудову"
        and not after_residents(doc, position, language)  # "жители Балабанова"
        and not russian_genitive_towns(doc, position, language)
        and not route_end(doc, position, language)  # "из Калуги до Людинова": a way's end
        and not route_start(doc, position, language)  # "від Мукачева до Рахова": a way's start
        # "соседнего Иванова": after "neighbouring" the word names a town, not a person
        and not (position > 0 and doc.tokens[position - 1].text.lower() in PLACE_ADJECTIVES_RU)
    )
