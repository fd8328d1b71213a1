"""The dictionary form of a place's name as other languages inflect or mark it.

Russian declines names: "в России", "из Казани", "в Санкт-Петербурге", "с Китаем" name Россия,
Казань, Санкт-Петербург and Китай. Korean joins a particle to the name: "서울에서" (in Seoul),
"미국의" (of the United States). The gazetteer knows the dictionary forms, so a word it does not
know is tried again under the forms it may come from. Each language is one row of endings; a form
is only a guess until the gazetteer knows it, and the rules that weigh a place still apply.
"""

from __future__ import annotations

from functools import lru_cache

from dossier.ingest.case_endings import FINNISH, GREEK, HUNGARIAN, finnish_strong_forms
from dossier.ingest.turkish_places import apostrophe_stem


def _neuter_o_rows(stem: str) -> tuple[tuple[str, str], ...]:
    return tuple((stem + ending, stem + "о") for ending in ("а", "у", "е", "ом"))


# Russian case endings -> the nominative endings they may come from, longest first. "ии" -> "ия"
# (России), "е" -> "" / "а" (Новосибирске, Москве), "и" -> "ь" (Казани), "ем" -> "й" (Китаем).
_RUSSIAN = (
    ("ией", "ия"),
    ("ии", "ия"),
    ("ию", "ия"),
    ("ьи", "ья"),
    ("ью", "ья"),  # names in -ья: "в Анталью", "над Ладожью"
    ("ьей", "ья"),
    ("ьем", "ье"),  # neuters in -ье: "из Запорожья", "под Запорожьем", "к Подмосковью"
    ("еей", "ея"),  # names in -ея: "в Корее", "из Кореи", "с Кореей"
    ("ее", "ея"),
    ("еи", "ея"),
    ("ею", "ея"),
    # names in the plural: "в Чебоксарах", "над Люберцами", "в Химках" ("ы" first: after к, г, х,
    # ж, ш, щ, ч spelling makes it "и", and no town is spelled the other way)
    ("ами", "ы"),
    ("ами", "и"),
    ("ах", "ы"),
    ("ах", "и"),
    ("ам", "ы"),
    ("ам", "и"),
    ("ья", "ье"),
    ("ью", "ье"),
    ("ем", "й"),
    # the instrumental of masculines in -ь ("под Ярославлем", "над Кремлём") and of those ending in a
    # hushing letter ("между Парижем и Лондоном")
    *((consonant + ending, consonant + "ь") for consonant in "лрнтдсзвбпмф" for ending in ("ем", "ём")),
    *((consonant + "ем", consonant) for consonant in "жшчщц"),
    ("ью", "ь"),
    ("ом", ""),
    ("ой", "а"),
    ("ой", "ая"),
    ("ую", "ая"),
    ("а", ""),
    ("у", ""),
    ("е", ""),
    ("е", "а"),
    ("е", "й"),
    ("е", "ь"),
    ("е", "я"),  # "в Чечне", "из Чечни" (Чечня)
    ("и", "я"),
    ("ы", "а"),
    ("и", "ь"),
    ("и", "а"),
    ("у", "а"),
    ("я", "й"),
    ("я", "ь"),
    ("ю", "й"),
    ("ю", "ь"),
    # neuter towns in -ово, -ево, -ёво, asked after the masculine forms ("Коврова" is Ковров): "из
    # Кемерова", "в Мукачеве", "к Иванову", "под Домодедовом", "из Коченёва"
    *((ending, nominative) for stem in ("ов", "ев", "ёв") for ending, nominative in _neuter_o_rows(stem)),
    # ...and in -ино, -ыно, asked after the masculine ("Пушкина" is Пушкин): "из Протвина", "под Ступином"
    *((ending, nominative) for stem in ("ин", "ын") for ending, nominative in _neuter_o_rows(stem)),
)
# Ukrainian shares most of them ("в Україні" -> Україна, "з Польщі" needs more).
# "у Кременчуці", "в Америці", "у Празі": к, г turn to ц, з before the locative's "і".
# "у Вінниці" (Вінниця), "в Умані" (Умань): a soft stem's "я" and "ь" before it too; "у Тернополі",
# "з Тернополя" (Тернопіль): the "і" of the name's last syllable turns to "о" in its cases.
_UKRAINIAN: tuple[tuple[str, str], ...] = (
    *_RUSSIAN,
    ("і", "а"),
    ("і", ""),
    ("ії", "ія"),
    ("ці", "к"),
    ("ці", "ка"),
    ("зі", "га"),
    ("і", "я"),
    ("і", "ь"),
    ("олі", "іль"),
    ("оля", "іль"),
    ("олем", "іль"),
    # a name in -ець drops its "е" declined, its "ц" soft: "з Кам'янця", "у Воловці", "під Кам'янцем"
    ("ця", "ець"),
    ("цю", "ець"),
    ("ці", "ець"),
    ("цем", "ець"),
    # a name in -ия, -ея writes "ї" for "і" after its vowel: "у Коломиї", "з Коломиї" (Коломия)
    ("ї", "я"),
    # a town named by a feminine adjective, declined as one: "у Надвірній", "з Надвірної" (Надвірна)
    ("ій", "а"),
    ("ої", "а"),
    ("ях", "і"),  # "у Чернівцях" (Чернівці, a plural)
    ("ями", "і"),
    # the instrumental of a feminine name: "з Угорщиною" (Угорщина), "з Румунією" (Румунія), "з Вінницею",
    # "з Польщею" (Польща: "е" after a hushing consonant)
    ("ою", "а"),
    ("єю", "я"),
    ("ею", "я"),
    ("ею", "а"),
    # the instrumental of a feminine in -ь doubles its consonant: "з Білоруссю" (Білорусь), "над Волинню"
    *((consonant * 2 + "ю", consonant + "ь") for consonant in "лнтдсзц"),
    # neuter towns named by an adjective, declined as one: "з Рівного", "у Рівному" (Рівне), "біля Ратного"
    ("ого", "е"),
    ("ому", "е"),
    # neuter towns in -о: "з Дубна", "біля Дубна" (Дубно), asked after the feminine and masculine
    ("а", "о"),
)
# Polish declines names too, in the Latin script: "w Warszawie", "z Gdańska", "w Polsce", "do
# Indii", "na Ukrainę". The gazetteer folds "ó", "ł", "ń" and "ź" away, so "Krakowie" -> "Krakow"
# already finds Kraków and "Łodzi" -> "Łodź" finds Łódź; only the endings are undone here.
_POLISH = (
    ("iem", ""),  # "pod Gdańskiem": -k, -g soften before -em
    ("dze", "ga"),  # "w Pradze" (Praga)
    ("rze", "ra"),  # "w Górze"
    ("ce", "ka"),  # "w Polsce", "w Afryce"
    ("ii", "ia"),  # "w Mołdawii", "z Hiszpanii"
    ("ii", "ie"),  # "do Indii" (Indie, a plural)
    ("ji", "ja"),  # "w Rosji", "z Azji"
    ("dzi", "dź"),  # "w Łodzi"
    ("ach", "e"),  # "w Katowicach", "w Indiach"
    ("ach", "y"),  # "w Czechach"
    # a plural name's locative in -ech, its last consonant softened: "w Niemczech" (Niemcy), "we Włoszech" (Włochy)
    ("czech", "cy"),
    ("szech", "chy"),
    ("kach", "ki"),  # "w Ustrzykach", "w Suwałkach": a plural in -ki (-gi) after -k (-g)
    ("gach", "gi"),
    ("cie", "t"),  # "w Sopocie"
    ("ia", ""),  # "z Poznania", "do Torunia" (Poznań, Toruń)
    ("ie", ""),  # "w Lublinie", "w Krakowie"
    ("ie", "a"),  # "w Warszawie", "na Ukrainie"
    ("ie", "o"),  # "w Kownie", "w Lesznie" (Kowno, Leszno: neuter towns)
    ("iu", ""),  # "we Wrocławiu", "w Poznaniu"
    ("em", ""),  # "przed Berlinem"
    ("ą", "a"),  # "pod Warszawą"
    ("ę", "a"),  # "na Ukrainę"
    ("a", ""),  # "z Sandomierza", "do Krakowa"
    ("u", ""),  # "w Gdańsku", "do Egiptu"
    ("y", "a"),  # "z Warszawy"
    ("y", ""),  # "w Bydgoszczy"
    ("i", "a"),  # "z Warki", "z Pragi", "z Polski"
    ("i", "ia"),  # "w Gdyni"
    ("a", "o"),  # "z Kłodzka" (Kłodzko, a neuter town)
    ("u", "o"),  # "w Kłodzku"
    ("a", "e"),  # "z Opola" (Opole)
    ("u", "e"),  # "w Opolu"
    # a name that is a plural in the genitive plural: "z Czech" (Czechy), "z Włoch" (Włochy), "z Niemiec"
    # (Niemcy), "do Katowic" (Katowice), "z Węgier" (Węgry)
    ("ch", "chy"),
    ("iec", "cy"),
    ("ic", "ice"),
    ("ier", "ry"),
    # ...and others with no ending: "wokół Sejn" (Sejny), "z Suwałk" (Suwałki), "z Kielc" (Kielce), "z Puław" (Puławy)
    ("n", "ny"),
    ("k", "ki"),
    ("c", "ce"),
    ("w", "wy"),
    # the instrumental of a feminine in a soft consonant: "z Białorusią" (Białoruś), "przed Bydgoszczą"
    ("ią", ""),
    ("ą", ""),
    # an adjective in a town's name, declined with it: "do Zielonej Góry", "Stronia Śląskiego"
    ("iej", "a"),  # "w Białce Tatrzańskiej", "do Kamiennej Góry": a soft stem's "-iej"
    ("ej", "a"),
    ("ego", "e"),
    ("ych", "e"),  # "w Ustrzykach Dolnych" (Ustrzyki Dolne): a plural name's adjective
    ("ich", "ie"),  # "z Pieniężnych Wielkich" -> "Wielkie"
    # ...a masculine one too: "w Nowym Targu", "z Nowego Targu", "ku Nowemu Targowi" (Nowy Targ)
    ("ym", "y"),
    ("ego", "y"),
    ("emu", "y"),
    ("iego", "i"),  # "z Gorzowa Wielkopolskiego" (Wielkopolski)
    ("im", "i"),
)
# Czech declines as Polish does, with its own endings: "v Praze", "z Prahy", "v Brně", "v Německu",
# "v Lounech", "u Loun", "ze Žatce" (Žatec: the "e" of -ec drops, as in Polish).
_CZECH = (
    # an adjective opening a region's name, declined with it: "ve Středočeském kraji", "Ústeckého kraje"
    ("ém", "ý"),
    ("ého", "ý"),
    ("ému", "ý"),
    ("ým", "ý"),
    # ...a neuter one: "do Uherského Hradiště", "v Uherském Hradišti" (Uherské Hradiště)
    ("ého", "é"),
    ("ém", "é"),
    ("ému", "é"),
    ("i", "ě"),  # "v Hradišti", "v Poříčí"
    ("ech", "y"),  # "v Lounech" (Louny, a plural)
    ("ích", "e"),  # "v Tršicích" (Tršice)
    ("ami", "y"),  # "mezi Lounami"
    ("ou", "a"),  # "před Prahou"
    ("é", "á"),  # a name that is a feminine adjective: "z Karviné", "v Kutné Hoře"
    ("ou", "á"),  # "před Karvinou"
    ("ni", "eň"),  # names in -eň drop the "e" declined: "v Plzni", "ve Vídni"
    ("ně", "eň"),  # "z Plzně", "do Vídně"
    ("em", ""),  # "za Mostem"
    ("em", "o"),  # "nad Brnem"
    ("ze", "ha"),  # "v Praze"
    # a possessive adjective opening a town's name: "v Havlíčkově Brodě", "do Jindřichova Hradce" (-ův)
    ("ově", "ův"),
    ("ova", "ův"),
    ("ovu", "ův"),
    ("ovým", "ův"),
    ("ře", "ra"),  # "v Kutné Hoře" (Kutná Hora)
    ("ce", "ka"),  # "v Americe"
    ("ě", ""),  # "v Mostě", "v Přerově"
    ("ě", "a"),  # "v Číně"
    ("ě", "o"),  # "v Brně"
    ("e", ""),  # "z Olomouce"
    ("i", ""),  # "v Olomouci", "v Kadani"
    ("u", "o"),  # "v Německu", "v Japonsku"
    ("u", "a"),  # the accusative of a name in -a: "přes Jihlavu", "na Ostravu"
    ("u", ""),  # "z Mostu"
    ("a", ""),  # "z Mnichova", "do Přerova"
    ("a", "o"),  # "z Brna"
    ("y", "a"),  # "z Prahy", "do Jihlavy"
    # a name that is a plural, in the genitive plural: "u Loun" (Louny), "z Drážďan", "z Tršic"
    ("n", "ny"),
    ("c", "ce"),
    ("ov", "ovy"),  # "do Klatov" (Klatovy)
)
# Slovak declines as Czech, with its own endings: "v Liptovskom Mikuláši", "pri Liptovskej Mare", "v Poprade",
# "v Bratislave", "zo Žiliny", "z Poľska", "v Košiciach", "z Košíc", "v Nízkych Tatrách".
_SLOVAK = (
    # an adjective opening a name, declined with it (masculine, neuter, feminine)
    ("om", "ý"),  # "v Liptovskom Mikuláši"
    ("ého", "ý"),
    ("ému", "ý"),
    ("ým", "ý"),
    ("om", "é"),  # "na Štrbskom Plese" (Štrbské Pleso)
    ("ého", "é"),
    ("ej", "á"),  # "pri Liptovskej Mare", "do Jasnej" (Jasná)
    ("ú", "á"),
    ("ych", "e"),  # a plural one: "v Nízkych Tatrách" (Nízke Tatry)
    ("iach", "e"),  # a plural name: "v Košiciach" (Košice)
    ("ách", "y"),  # "v Tatrách"
    ("íc", "ice"),  # "z Košíc"
    ("ou", "a"),  # "pred Bratislavou"
    ("i", ""),  # "v Mikuláši"
    ("i", "a"),  # a feminine name after a soft consonant: "v Prievidzi", "v Senici"
    ("u", ""),  # "v Ružomberku", "k Váhu", "z Popradu"
    ("u", "o"),  # "v Poľsku" (Poľsko)
    ("e", ""),  # "v Poprade", "na Liptove"
    ("e", "a"),  # "v Bratislave", "pri Rožňave"
    ("om", ""),  # "pod Popradom" ("-om" of a neuter in "-o" is left: "v Slovenskom krase" is no Slovensko)
    ("a", ""),  # "z Mikuláša", "z Ružomberka"
    ("a", "o"),  # "z Poľska", "zo Slovenska"
    ("y", "a"),  # "z Bratislavy", "zo Žiliny"
)
# Swedish marks a town's genitive with -s: "Sundsvalls hamn", "Östersunds kommun".
_SWEDISH = (("s", ""),)
ENDINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "ru": _RUSSIAN,
    "uk": _UKRAINIAN,
    "bg": (),
    "pl": _POLISH,
    "cs": _CZECH,
    "sk": _SLOVAK,
    "sv": _SWEDISH,
    "hu": HUNGARIAN,
    "fi": FINNISH,
    "el": GREEK,
}
# Languages whose endings are undone in the Latin script.
LATIN_ENDINGS = frozenset(["pl", "cs", "sk", "sv", "hu", "fi"])
# Languages in the Latin script whose names in -ec drop the "e" when declined ("Grójca", "Žatce").
_LATIN_FLEETING_E = frozenset(["pl", "cs", "sk"])

# Russian regions are an adjective and a noun ("Новосибирской области", "Краснодарского края"):
# the noun's forms -> its nominative, and whether it is feminine (the adjective then ends in -ая).
# Plural forms name two regions or more that share the noun: "в Вологодской и Архангельской областях".
RUSSIAN_REGION_NOUNS: dict[str, tuple[str, bool]] = {
    **{
        form: ("область", True)
        for form in ("область", "области", "областью", "областей", "областям", "областями", "областях")
    },
    **{
        form: ("республика", True)
        for form in ("республика", "республики", "республике", "республику", "республикой", "республик")
    },
    **{form: ("республика", True) for form in ("республикам", "республиками", "республиках")},
    **{form: ("край", False) for form in ("край", "края", "крае", "краю", "краем", "краев", "краях", "краям")},
    **{form: ("округ", False) for form in ("округ", "округа", "округе", "округу", "округом", "округов", "округах")},
    # a bank (of a river), which names a land only where a table holds its adjective and it: "на Западном берегу"
    # (the West Bank)
    **{form: ("берег", False) for form in ("берег", "берега", "берегу", "береге", "берегом")},
    # ...and a valley: "в Кремниевой долине" (Silicon Valley)
    **{form: ("долина", True) for form in ("долина", "долины", "долине", "долину", "долиной")},
}
_ADJECTIVE_ENDINGS = ("ого", "ому", "ой", "ую", "ая", "ий", "ый", "им", "ым", "ом")
# Ukrainian regions are a feminine adjective and "область": "у Полтавській області", "з Сумської та
# Чернігівської областей".
UKRAINIAN_REGION_NOUNS: dict[str, tuple[str, bool]] = {
    form: ("область", True)
    for form in ("область", "області", "областю", "областей", "областям", "областями", "областях")
}
_UKRAINIAN_FEMININE_ENDINGS = ("ої", "ій", "ою", "у", "а")


def russian_region_forms(adjective: str, noun: str, language: str = "ru") -> list[str]:
    """'Новосибирской', 'области' -> ['Новосибирская область']: the region's name in the nominative
    (Ukrainian: 'Полтавській', 'області' -> ['Полтавська область'])."""
    if language == "uk":
        row = UKRAINIAN_REGION_NOUNS.get(noun.lower())
        if row is None or not _cyrillic(adjective):
            return []
        ending = next((e for e in _UKRAINIAN_FEMININE_ENDINGS if adjective.lower().endswith(e)), None)
        if ending is None or len(adjective) - len(ending) < 3:
            return []
        return [f"{adjective[: -len(ending)]}а {row[0]}"]
    row = RUSSIAN_REGION_NOUNS.get(noun.lower())
    if row is None or not _cyrillic(adjective):
        return []
    nominative, feminine = row
    ending = next((e for e in _ADJECTIVE_ENDINGS if adjective.lower().endswith(e)), None)
    if ending is None or len(adjective) - len(ending) < 3:
        return []
    stem = adjective[: -len(ending)]
    endings = ("ая",) if feminine else ("ий", "ый", "ой")
    return [f"{stem}{e} {nominative}" for e in endings]


# Korean particles after a noun, longest first: "에서는" (in ... as for), "에서" (in), "의" (of)...
KOREAN_PARTICLES = (
    "에서부터",
    "에서는",
    "에서도",
    "에서의",
    "으로는",
    "으로의",
    "으로도",  # "대전으로도 유통됐다": to Daejeon too
    "에게서",
    "에서",
    # headlines shorten "에서" to "서" ("대구서 화재", "울산서도 흔들림")
    "서도",
    "서는",
    "에게",
    "으로",
    "까지",
    "부터",
    "과의",
    "와의",
    "처럼",
    "보다",
    "에는",
    "에도",
    "에선",
    "로도",  # "서울로도": to Seoul too
    "이나",
    "은",
    "는",
    "이",
    "가",
    "을",
    "를",
    "의",
    "에",
    "와",
    "과",
    "도",
    "만",
    "로",
    "측",
    "서",
)
# The shortest name kept once a particle is cut: one syllable ("미" of "미의") is no name.
_SHORTEST_STEM = 2


@lru_cache(maxsize=100_000)  # the place readers ask for the same word's forms many times over
def base_forms(word: str, language: str) -> tuple[str, ...]:
    """The dictionary forms `word` may be an inflection of, most likely first (not `word` itself)."""
    if language == "tr":
        stem = apostrophe_stem(word, language)  # "Trabzon'dan": the name before the apostrophe
        return (stem,) if stem is not None else ()
    if language == "ko":
        return tuple(
            word[: -len(p)] for p in KOREAN_PARTICLES if word.endswith(p) and len(word) - len(p) >= _SHORTEST_STEM
        )
    endings = ENDINGS.get(language)
    if language in _LATIN_FLEETING_E and word.count("-") == 1 and word.replace("-", "").isalpha():
        return _hyphened_forms(word, language)
    if not endings or not (_cyrillic(word) or _greek(word) or (language in LATIN_ENDINGS and word.isalpha())):
        return ()
    lower = word.lower()
    forms: list[str] = []
    for ending, nominative in endings:
        stem_length = len(word) - len(ending)
        if lower.endswith(ending) and stem_length >= 2 and stem_length + len(nominative) >= 3:
            if not _spelled_so(lower[:stem_length], ending, nominative, language):
                continue
            # "ЕВРОПЫ" in a heading in capitals: its dictionary form in capitals too ("ЕВРОПА", not "ЕВРОПа")
            form = word[:stem_length] + (nominative.upper() if word.isupper() else nominative)
            if "ьь" in form.lower():
                continue  # "Неманьи" (a Serbian given name) is no case of "Неманьь": no word holds two soft signs
            if language in _LATIN_FLEETING_E:
                fleeting = _polish_fleeting_e(form, language)
            else:
                fleeting = _with_fleeting_vowel(form) if language not in LATIN_ENDINGS else []
            if language == "uk":
                fleeting = [*fleeting, *_ukrainian_closed_i(form)]
            if language == "fi":
                fleeting = finnish_strong_forms(form)
            for each in (form, *(fleeting if not nominative else ())):
                if each not in forms:
                    forms.append(each)
    if language == "uk":
        forms += [form for form in _ukrainian_region_forms(word) if form not in forms]
    if language == "pl":
        forms += [form for form in _polish_region_forms(word) if form not in forms]
        forms += [form for form in _polish_adjective_opened(word) if form not in forms]
    return tuple(forms)


# A Polish town named by an adjective and a noun written as one word declines both: "w Białymstoku", "z Białegostoku"
# (Białystok), "w Krasnymstawie" (Krasnystaw). The adjective's case ending inside the word -> its "-y".
_POLISH_JOINED_ADJECTIVE = ("ego", "emu", "ym")
_SHORTEST_JOINED_NOUN = 4


def _polish_adjective_opened(word: str) -> list[str]:
    forms: list[str] = []
    for ending in _POLISH_JOINED_ADJECTIVE:
        at = word.find(ending, 3)
        noun = word[at + len(ending) :] if at > 0 else ""
        if len(noun) < _SHORTEST_JOINED_NOUN or noun[:1].lower() in "aeiouyąęó":
            continue
        for form in (noun, *base_forms(noun, "pl")):
            forms.append(word[:at] + "y" + form)
    return forms


# Polish names a region by its centre with -szczyzna ("Lubelszczyzna", "na Opolszczyźnie"): the
# voivodeship whose name is the same stem with -skie ("Lubelskie", "Opolskie").
_POLISH_REGION_ENDINGS = ("szczyzną", "szczyzna", "szczyzny", "szczyźnie", "szczyznę")


def polish_region_nickname(word: str, language: str) -> str | None:
    """'z Lubelszczyzny' -> Lubelszczyzna: the name the text calls the voivodeship by, in the nominative (the
    draft is named by the voivodeship's own name, "Lubelskie", and keeps this one beside it)."""
    if language != "pl" or not _polish_region_forms(word):
        return None
    ending = next(e for e in _POLISH_REGION_ENDINGS if word.lower().endswith(e))
    return word[: -len(ending)] + "szczyzna"


def _polish_region_forms(word: str) -> list[str]:
    ending = next((e for e in _POLISH_REGION_ENDINGS if word.lower().endswith(e)), None)
    if ending is None or len(word) - len(ending) < _SHORTEST_REGION_STEM:
        return []
    return [word[: -len(ending)] + "skie"]


def _ukrainian_closed_i(stem: str) -> list[str]:
    """'Харков' (of "до Харкова") -> Харків, 'Києв' -> Київ: Ukrainian writes "і" ("ї" after a
    vowel) for the "о", "е" or "є" of a last syllable the nominative closes."""
    if len(stem) < 4 or stem[-1].lower() in _VOWELS or stem[-1] in "ьй'’":
        return []
    vowel = stem[-2].lower()
    if vowel in "ое":
        return [stem[:-2] + "і" + stem[-1]]
    if vowel == "є":
        return [stem[:-2] + "ї" + stem[-1]]
    return []


# Ukrainian names a region by its centre's town with -щина ("Полтавщина", "на Харківщині"): the
# same region as "Полтавська область". "Вінниччина" (Вінниця) -> "Вінницька".
_UKRAINIAN_REGION_ENDINGS = ("щиною", "щини", "щині", "щину", "щина")
# ...and with -ччина after a centre in -ця: "з Вінниччини" (Вінниця)
_UKRAINIAN_CH_REGION_ENDINGS = ("ччиною", "ччини", "ччині", "ччину", "ччина")
_SHORTEST_REGION_STEM = 3


def ukrainian_region_nickname(word: str, language: str) -> str | None:
    """'на Львівщині' -> Львівщина: the name the text calls the region by, in the nominative (the
    draft is named by the oblast's own name, "Львівська область")."""
    if language != "uk" or not _ukrainian_region_forms(word):
        return None
    for endings in (_UKRAINIAN_CH_REGION_ENDINGS, _UKRAINIAN_REGION_ENDINGS):
        ending = next((e for e in endings if word.lower().endswith(e)), None)
        if ending is not None:
            return word[: -len(ending)] + endings[-1]
    return None


def _ukrainian_region_forms(word: str) -> list[str]:
    ch_ending = next((e for e in _UKRAINIAN_CH_REGION_ENDINGS if word.lower().endswith(e)), None)
    if ch_ending is not None and len(word) - len(ch_ending) >= _SHORTEST_REGION_STEM:
        return [word[: -len(ch_ending)] + "цька область"]
    ending = next((e for e in _UKRAINIAN_REGION_ENDINGS if word.lower().endswith(e)), None)
    if ending is None or len(word) - len(ending) < _SHORTEST_REGION_STEM:
        return []
    stem = word[: -len(ending)]
    if stem.endswith("ч"):
        return [stem[:-1] + "цька область"]
    return [stem + "ська область"]


# Russian writes "и", not "ы", after these consonants: a feminine name in -а takes "-и" in the
# genitive only after one of them ("Праги", "Казахской"), else "-ы" ("Москвы"): "Гавани" (of a
# harbour) is no form of Гавана. Ukrainian writes "и" after any hard consonant ("Одеси").
_BEFORE_RUSSIAN_I = frozenset("гкхжшщч")


def _spelled_so(stem: str, ending: str, nominative: str, language: str) -> bool:
    """Whether a stem and a nominative ending make a form the language can spell: no soft sign
    after a vowel ("Линиь" of "Линии"), Russian "-и" for "-а" only after г к х ж ш щ ч, and no Polish
    locative in "-kie"."""
    if nominative.startswith("ь") and stem[-1:] in _VOWELS:
        return False
    if language == "pl" and ending == "ie" and stem[-1:] in ("k", "g"):
        return False  # "-kie" is an adjective ("Wody Polskie"): -k, -g take "-ku", "-gu", -ka "-ce", never "-kie"
    return not (
        language == "ru"
        and ending == "и"
        and nominative == "а"
        and stem[-1:] not in _BEFORE_RUSSIAN_I | _VOWELS  # "Боснии": "Босниа" folds as Bosnia does
    )


_VOWELS = frozenset("аеёиоуыэюяіїє")


def _with_fleeting_vowel(stem: str) -> list[str]:
    """'Орл' (of "в Орле") -> Орёл, Орел; 'Ельц' (of "в Ельце") -> Елец: a vowel the nominative
    has before its last consonant drops in the other cases."""
    if len(stem) < 3 or stem[-1].lower() in _VOWELS or stem[-1] in "ьй":
        return []
    if stem[-2] == "ь":
        return [stem[:-2] + "е" + stem[-1]]
    if stem[-2].lower() in _VOWELS:
        return []
    return [stem[:-1] + vowel + stem[-1] for vowel in ("ё", "е", "о")]


_POLISH_VOWELS = frozenset("aąeęioóuy")


def _hyphened_forms(word: str, language: str) -> tuple[str, ...]:
    """'Frýdku-Místku' -> Frýdek-Místek, 'Bielsku-Białej' -> Bielsko-Biała: a town named by two joined
    names declines both (each read back by the same ending first)."""
    first, second = word.split("-")
    return tuple(
        f"{one}-{other}"
        for one in (first, *base_forms(first, language))
        for other in (second, *base_forms(second, language))
        if (one, other) != (first, second)
    )


def _polish_fleeting_e(stem: str, language: str = "pl") -> list[str]:
    """'Grójc' (of "z Grójca") -> Grójec, 'Frýdk' (of "do Frýdku") -> Frýdek: Polish and Czech names
    in -ec and -ek drop the "e" when declined; 'Wiedn' (of "w Wiedniu") -> Wiedeń: -eń too, whose ń is
    written n before the "i" of the ending."""
    if len(stem) < 4 or stem[-1] not in "ckn" or stem[-2].lower() in _POLISH_VOWELS:
        return []
    if stem[-1] == "k" and language == "sk":  # Slovak writes it "-ok": "z Ružomberka" (Ružomberok)
        return [stem[:-1] + "ok"]
    return [stem[:-1] + "e" + ("ń" if stem[-1] == "n" else stem[-1])]


# Adjectives that open a town's name ("в Нижнем Новгороде", "в Великом Новгороде", "в Старом
# Осколе"): case endings -> nominative endings.
_RUSSIAN_ADJECTIVES = (
    ("ого", "ый"),
    ("ого", "ий"),
    ("ого", "ой"),
    ("его", "ий"),
    ("ому", "ый"),
    ("ому", "ий"),
    ("ему", "ий"),
    ("ым", "ый"),
    ("им", "ий"),
    ("ом", "ый"),
    ("ом", "ий"),
    ("ом", "ой"),
    ("ем", "ий"),
    ("ой", "ая"),
    ("ей", "яя"),
    ("ую", "ая"),
    # a possessive adjective: "из Сергиева Посада", "в Сергиевом Посаде"
    ("ева", "ев"),
    ("ова", "ов"),
    ("еву", "ев"),
    ("ову", "ов"),
    ("евом", "ев"),
    ("овом", "ов"),
    # plural: "в Великих Луках", "в Набережных Челнах", "с Великими Луками"
    ("ых", "ые"),
    ("их", "ие"),
    ("ыми", "ые"),
    ("ими", "ие"),
)


def adjective_forms(word: str, language: str) -> list[str]:
    """The nominative forms a declined Russian adjective may come from (not `word` itself)."""
    if language not in ("ru", "uk") or not _cyrillic(word):
        return []
    lower = word.lower()
    return [word[: -len(end)] + nominative for end, nominative in _RUSSIAN_ADJECTIVES if lower.endswith(end)]


def plural_genitive_forms(word: str, language: str) -> list[str]:
    """'Челнов' -> Челны, 'Вод' -> Воды, 'Лук' -> Луки: the nominative a noun in the genitive
    plural may come from. Only worth trying after an adjective in the plural ("из Набережных
    Челнов", "до Минеральных Вод"), since a bare word in -ов is most often a singular's stem."""
    if language not in ("ru", "uk") or not _cyrillic(word) or len(word) < 3:
        return []
    lower = word.lower()
    if language == "uk":
        return _ukrainian_plural_nominatives(word)
    if lower.endswith(("ов", "ев")):
        stems = [word[:-2]]
    elif lower[-1] not in _VOWELS and lower[-1] not in "ьй":
        stems = [word]
    else:
        return []
    if lower.endswith(_FLEETING_VOWEL_ENDS) and len(word) > _SHORTEST_FLEETING:
        stems.append(word[:-2] + word[-1])  # "Химок" -> Химки, "Люберец" -> Люберцы, "Кремёнок" -> Кремёнки
    forms = []
    for stem in stems:
        ending = "и" if stem[-1].lower() in _BEFORE_RUSSIAN_I else "ы"
        forms.append(stem + ending)
    return forms


def _ukrainian_plural_nominatives(word: str) -> list[str]:
    """'Чернівців' -> Чернівці, 'Броварів' -> Бровари, 'Черкас' -> Черкаси, 'Бережан' -> Бережани: a
    Ukrainian plural's genitive ends in -ів, or in no ending after a hard consonant."""
    lower = word.lower()
    if lower.endswith("ів"):
        return [word[:-2] + "і", word[:-2] + "и"]
    if lower[-1] in _VOWELS or lower[-1] in "ьй'":
        return []
    return [word + "и"]


# A plural's genitive with no ending puts a fleeting vowel before its last consonant: Химки -> Химок,
# Люберцы -> Люберец, Кремёнки -> Кремёнок.
_FLEETING_VOWEL_ENDS = ("ок", "ек", "ёк", "ец")
_SHORTEST_FLEETING = 4


def is_hangul(word: str) -> bool:
    return bool(word) and all("\uac00" <= c <= "\ud7a3" for c in word)


def _greek(word: str) -> bool:
    return word.isalpha() and all("\u0370" <= c <= "\u03ff" or "\u1f00" <= c <= "\u1fff" for c in word)


def _cyrillic(word: str) -> bool:
    return all("\u0400" <= c <= "\u04ff" for c in word if c.isalpha())


# Hangul read aloud, as maps spell Korean towns: the Revised Romanization with its sound changes
# ("익산" -> iksan, "강릉" -> gangneung, "정읍" -> jeongeup), where letter-by-letter transliteration
# gives "igsan". Older maps use McCune-Reischauer, voiceless at the start and with plain o and u
# for ŏ and ŭ ("김제" -> kimje, "고창" -> kochang): both spellings are given.
_INITIALS = ("g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h")
_VOWELS_RR = (
    "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae",
    "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i",
)  # fmt: skip
# Each final as said before a consonant or at the end, and as carried onto a following vowel.
_FINALS = (
    ("", ""), ("k", "g"), ("k", "kk"), ("k", "gs"), ("n", "n"), ("n", "nj"), ("n", "n"), ("t", "d"),
    ("l", "r"), ("k", "lg"), ("m", "lm"), ("l", "lb"), ("l", "ls"), ("l", "lt"), ("p", "lp"), ("l", "r"),
    ("m", "m"), ("p", "b"), ("p", "bs"), ("t", "s"), ("t", "ss"), ("ng", "ng"), ("t", "j"), ("t", "ch"),
    ("k", "k"), ("t", "t"), ("p", "p"), ("t", ""),
)  # fmt: skip
# A final said before ㄴ, ㅁ or ㄹ changes ("독립" dongnip, "신라" silla, "종로" jongno).
_BEFORE_NASAL = {"k": "ng", "t": "n", "p": "m"}
_MR_START = {"g": "k", "d": "t", "b": "p", "j": "ch"}


def _jamo(syllable: str) -> tuple[int, int, int]:
    """A Hangul syllable's initial, vowel and final, as indexes into the tables above."""
    rest, final = divmod(ord(syllable) - 0xAC00, 28)
    initial, vowel = divmod(rest, 21)
    return initial, vowel, final


def korean_romanisations(word: str) -> tuple[str, ...]:
    """A Hangul word's spellings on maps, lower case: Revised Romanization, then McCune-Reischauer."""
    if not is_hangul(word):
        return ()
    syllables = [_jamo(c) for c in word]
    parts: list[str] = []
    for index, (initial, vowel, final) in enumerate(syllables):
        onset = _INITIALS[initial]
        if index > 0:
            coda, carried = _FINALS[syllables[index - 1][2]]
            if initial == 11 and carried != "ng":  # ㅇ: the final moves onto the vowel
                parts[-1] = parts[-1][: len(parts[-1]) - len(coda)] if coda else parts[-1]
                onset = carried
            elif initial == 5:  # ㄹ after a final: "ll" after ㄴ or ㄹ, else "n"
                onset = "l" if coda in ("n", "l") else ("n" if coda else "r")
                if coda == "n":
                    parts[-1] = parts[-1][:-1] + "l"
                elif coda in _BEFORE_NASAL:
                    parts[-1] = parts[-1][: -len(coda)] + _BEFORE_NASAL[coda]
            elif initial in (2, 6) and coda in _BEFORE_NASAL:  # ㄴ, ㅁ
                parts[-1] = parts[-1][: -len(coda)] + _BEFORE_NASAL[coda]
            elif initial == 2 and coda == "l":
                onset = "l"
        parts.append(onset + _VOWELS_RR[vowel] + _FINALS[final][0])
    revised = "".join(parts)
    first = _INITIALS[syllables[0][0]]
    older = _MR_START.get(first, first) + revised[len(first) :]
    older = older.replace("eo", "o").replace("eu", "u")
    return (revised,) if older == revised else (revised, older)


# A town named by an adjective ("Икряное", "Бологое") declines as the adjective: "из Икряного", "в
# Бологом".
_NEUTER_ADJECTIVE_CASES = (("ого", "ое"), ("ому", "ое"), ("ом", "ое"), ("ым", "ое"), ("его", "ее"), ("ем", "ее"))
_SHORTEST_ADJECTIVE_TOWN = 6


# Ukrainian: "з Рівного", "у Рівному", "за Рівним" (Рівне)
_UKRAINIAN_NEUTER_ADJECTIVE_CASES = (("ого", "е"), ("ому", "е"), ("ім", "е"), ("им", "е"))


def neuter_adjective_forms(word: str, language: str = "ru") -> list[str]:
    """'Бологом' -> Бологое, 'Красним' -> Красне: the neuter adjective's nominative a case form may come from."""
    lower = word.lower()
    cases = _UKRAINIAN_NEUTER_ADJECTIVE_CASES if language == "uk" else _NEUTER_ADJECTIVE_CASES
    return [
        word[: -len(end)] + nominative
        for end, nominative in cases
        if lower.endswith(end) and len(word) >= _SHORTEST_ADJECTIVE_TOWN
    ]
