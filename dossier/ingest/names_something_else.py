"""A place's name that names something else here: a club ("FC Bayern München", "Динамо Москва"), a
firm or an institution, a work's title, a product, a brand, a street ("Berliner Straße"), a
numbered noun, or the opponent in a match.

The reader asks this after a known place is found in a run of words, so that the place is not
proposed where the words name another thing.
"""

from __future__ import annotations

import re

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.car_models import CAR_MAKERS
from dossier.ingest.case_endings import place_case_ending
from dossier.ingest.cues import FUNCTION_WORDS
from dossier.ingest.gazetteer import Place, is_region
from dossier.ingest.governed_names import AND_WORDS
from dossier.ingest.line_index import line_start
from dossier.ingest.match_sides import side_after_its_result, side_before_its_result
from dossier.ingest.municipal_bodies import after_a_municipal_body
from dossier.ingest.names import fold, is_given_name, is_surname, word_set
from dossier.ingest.other_language_common import (
    COMPOUNDING,
    CYRILLIC,
    FREQUENT_WORD,
    HOME_COUNTRIES,
    MATCH_WORDS,
    PLACE_PREPOSITIONS,
    SENTENCE_ARTICLES,
    counted,
    dateline,
    gap_after,
    head_of_a_neighbourhood_s_name,
    word_frequency,
    words_by_language,
)
from dossier.ingest.place_evidence import LARGE_CITY
from dossier.ingest.place_prepositions import (
    LONGEST_LIST,
    PLACE_NOUNS,
    after_preposition,
    article_not_preposition,
    place_word,
    town_word,
)
from dossier.ingest.streets_and_feasts import names_a_street_or_feast
from dossier.ingest.town_support import (
    GENITIVE_ENDINGS,
    USED_WORD,
    after_seat_noun,
    listed_after_a_place,
    listed_with_its_of,
)
from dossier.ingest.turkish_places import apostrophe_stem
from dossier.ingest.word_forms import base_forms

# Words that open the name of a club, a firm or an institution, one row per language: a place's
# name after one of them in the same run of capitalised words is part of that name ("FC Bayern
# München", "1. FC Köln", "Union Berlin", "Real Madrid", "Stadtwerke München", "Universität
# Leipzig", "Landgericht Hamburg", "Динамо Москва"). Club prefixes of other countries are listed in
# every row: the news of one language writes the clubs of all.
_CLUBS = (
    "FC SC SV AS AC CF CD SD UD RC RB BSC TSV TSG VfB VfL SpVgg FSV SG KV KRC PSV Real Atlético Atletico"
    " Sporting Racing Olympique Stade Dynamo Dinamo Spartak Lokomotiv Zenit CSKA Borussia Eintracht Hertha"
    " Werder Fortuna Arminia Alemannia Holstein Union Inter ФК ЦСКА Спартак Динамо Локомотив Зенит Торпедо"
)
_NAME_OPENERS: dict[str, frozenset[str]] = {
    language: frozenset((_CLUBS + " " + words).split())
    for language, words in {
        "de": "Stadtwerke Universität Hochschule Fachhochschule Sparkasse Stadtsparkasse Kreissparkasse Landesbank"
        " Volksbank Polizei Polizeipräsidium Staatsanwaltschaft Generalstaatsanwaltschaft Landgericht Amtsgericht"
        " Oberlandesgericht Verwaltungsgericht Landeskriminalamt Klinikum Universitätsklinikum Bistum Erzbistum"
        " Bank Post Telekom Bausparkasse Versicherung Privatbank"
        # rescue services named after the land or the town they serve: "die Bergwacht Bayern"
        " Bergwacht Wasserwacht Bergrettung Feuerwehr Berufsfeuerwehr Rettungsdienst"
        # a team's animal before its town, in its cases: "die Füchse Berlin", "den Eisbären Berlin"
        " Füchse Füchsen Eisbären Löwen Adler Haie Haien Pinguine Pinguinen Wölfe Wölfen Falken Panther"
        " Tigers Eagles Lions Towers Baskets Giants Dragons Rhinos Huskies Roosters Skyliners",
        "fr": "Université Banque Crédit",
        "es": "Universidad Banco Club",
        "pt": "Universidade Banco Caixa Clube Esporte",
        "it": "Università Banca",
        "nl": "Universiteit Bank",
        "ru": "Банк банк Университет Почта Почты Почте Почту Почтой",
        "uk": "Банк банк Університет Динамо Шахтар Пошта Пошти",
    }.items()
}
# Russian joins a bank's name to "банк" ("Сбербанк России", "Газпромбанк"): a word that ends so
# opens a bank's name too, and so does the word itself, declined ("по данным Банка России").
_OPENER_ENDINGS: dict[str, tuple[str, ...]] = {
    "ru": ("банк", "банка", "банку", "банке", "банком"),
    "uk": ("банк", "банку", "банка"),
}
# Indonesian clubs open with the acronym or the word of a football union ("Persatuan Sepak Bola"): "PSIS
# Semarang", "PSM Makassar", "Persib Bandung", "Persebaya Surabaya".
_OPENER_PATTERNS: dict[str, re.Pattern[str]] = {"id": re.compile(r"PS[A-Z]{0,3}|Pers[a-z]{2,}")}
# Words that close a club's name after a place: "Manchester United", "Bristol City".
_NAME_CLOSERS = frozenset(["United", "City", "Rovers", "Athletic", "Wanderers", "Albion", "County", "Hotspur"])


# Buildings named after a person, the noun first: "Arena Juscelino Kubitschek", "Estádio Alfredo Jaconi".
# (Not a body's opener: "no Aeroporto de Recife" still names Recife.)
_BUILDING_NOUNS: dict[str, frozenset[str]] = words_by_language({"pt": "Arena Estádio Ginásio Teatro Museu Aeroporto"})


def opens_a_name(word: str, language: str) -> bool:
    """'Arena', 'Estádio', 'Universidade': a capitalised word that opens the name of a body or a
    building, whose next words name whom it honours ("Arena Juscelino Kubitschek"), not a village."""
    return word in _NAME_OPENERS.get(language, frozenset()) or word in _BUILDING_NOUNS.get(language, frozenset())


def after_name_opener(doc: ActorDocument, first: int, position: int, language: str) -> bool:
    """'FC Bayern München', 'Universität Leipzig': a word of the same run opens a body's name. A
    court's or an office's right before the town names its seat ("beim Amtsgericht Passau")."""
    openers, endings = _NAME_OPENERS.get(language, frozenset()), _OPENER_ENDINGS.get(language, ())
    pattern = _OPENER_PATTERNS.get(language)
    return any(
        (
            doc.tokens[k].text in openers
            or (endings and doc.tokens[k].text.lower().endswith(endings))
            or (pattern is not None and pattern.fullmatch(doc.tokens[k].text) is not None)
        )
        and not (k == position - 1 and after_seat_noun(doc, position, language))
        for k in range(first, position)
    )


# Marks around a name that is a club's, a firm's or a ship's: "банк «Санкт-Петербург»", "„Bremen“".
_OPENING_MARKS = frozenset("«„“\"'‚‘「『")
_CLOSING_MARKS = frozenset("»“”\"'’‘」』")

# A foreign region whose one-word name is this frequent a word of the text's language (Zipf) needs
# a preposition of place: German "Jura" (4.0) is the study of law.
_WORD_AS_REGION = 3.5


# German joins a place to the noun of a thing or an event with a hyphen: the compound names the thing
# ("das Saarland-Derby", "das Bayern-Ticket", "die Sachsen-Wahl"); a place after the hyphen is a part
# of the town ("Berlin-Mitte", "Frankfurt-Höchst") and no such noun.
_COMPOUND_HEADS: dict[str, frozenset[str]] = words_by_language(
    {
        "de": "Derby Ticket Wahl Pokal Cup Turnier Gipfel Tour Rallye Marathon Express Spiel Liga Meisterschaft"
        " Reise Besuch Krise Streik Gesetz Abkommen Tarif Urlaub"
        # a path named after a river or a land: "der Hunsrück-Mosel-Radweg"
        " Radweg Wanderweg Steig Weg"
    }
)


def _head_of_a_hyphened_compound(doc: ActorDocument, end: int, language: str) -> bool:
    heads = _COMPOUND_HEADS.get(language)
    tokens = doc.tokens
    return (
        heads is not None
        and doc.text[tokens[end].end : tokens[end + 1].start] in ("-", "‐")
        and tokens[end + 1].text in heads
    )


# Languages whose quotes open with « and close with » (German writes »…« the other way round): a name right before
# a » with no « before it on its line is the end of a quote whose opening mark was cut off with the line's start.
_GUILLEMET_LANGUAGES = frozenset(("ru", "uk", "bg", "be", "kk", "fr", "it", "es", "pt"))


def _closed_quote_opened_before_the_line(doc: ActorDocument, stop: int, language: str) -> bool:
    text = doc.text
    if language not in _GUILLEMET_LANGUAGES or stop >= len(text) or text[stop] != "»":
        return False
    return text.rfind("«", line_start(text, stop), stop) < 0


# "die Stadtpolizei Zürich Mitte Januar", "Hamburg Anfang Mai": a word for a part of a month before the month's name
# dates what is said, however much it reads as a town ("Mitte"); the name before it is no club's first word.
_PARTS_OF_A_MONTH: dict[str, frozenset[str]] = {"de": frozenset(["Anfang", "Mitte", "Ende"])}
_MONTHS: dict[str, frozenset[str]] = {
    "de": frozenset(
        [
            "Januar",
            "Jänner",
            "Februar",
            "März",
            "April",
            "Mai",
            "Juni",
            "Juli",
            "August",
            "September",
            "Oktober",
            "November",
            "Dezember",
        ]
    )
}


def _part_of_a_month(doc: ActorDocument, k: int, language: str) -> bool:
    tokens = doc.tokens
    return (
        tokens[k].text in _PARTS_OF_A_MONTH.get(language, ())
        and k + 1 < len(tokens)
        and tokens[k + 1].text in _MONTHS.get(language, ())
    )


def names_something_else(
    doc: ActorDocument, place: Place, position: int, end: int, first: int, last: int, language: str
) -> bool:
    """The place's name here is part of another name, or a word of the language: no place."""
    tokens, text = doc.tokens, doc.text
    start, stop = tokens[position].start, tokens[end].end
    if start > 0 and stop < len(text) and text[start - 1] in _OPENING_MARKS and text[stop] in _CLOSING_MARKS:
        return True  # "банк «Санкт-Петербург»", "«Краснодар» уступил «Ростову»": a club, a firm
    if _closed_quote_opened_before_the_line(doc, stop, language):
        return True  # "Уфа» победила «Химки»": a headline cut after its opening mark, the club still quoted
    if end < last and tokens[end + 1].text in _NAME_CLOSERS:
        return True  # "Manchester United"
    if end < last and _head_of_a_hyphened_compound(doc, end, language):
        return True  # "das Saarland-Derby", "das Bayern-Ticket": a match, a ticket, not the land
    if title_of_a_work(doc, position, language) or _after_word_before(doc, position, _STREET_WORDS, language):
        return True  # "der Film „Paris, Texas“", "na Rua Bahia": a film's title, a street's name
    if _after_word_before(doc, position, _NEIGHBOURHOOD_WORDS, language):
        return True  # "no bairro Santa Maria": a part of town named like another town
    if end == position and head_of_a_neighbourhood_s_name(doc, position, language):
        return True  # "no Jardim Europa", "no Parque Industrial": a neighbourhood, not the town of Jardim
    if _compass_part_of_a_land(doc, place, position, end, language):
        return True  # "a região Sudoeste" of a state: its part by the compass, not Brasília's Sudoeste
    if names_a_street_or_feast(doc, position, language):
        return True  # "la avenida de Novelda", "Fiestas de Santiago": a street, a saint's feast
    if _after_word_before(doc, position, _NICKNAME_WORDS, language) or _known_as(doc, position, language):
        return True  # "um dos suspeitos, conhecido como Paraná": a person's nickname, named after a place
    if _listed_after_streets(doc, position, language):
        return True  # "nas rodovias Anhanguera e Bandeirantes": two roads, named like towns
    if end == position and _numbered_noun(doc, position, language):
        return True  # "in Halle 9", "an Tor 4": a hall of a fair, a gate
    if end == position and _counted_noun(doc, position, language):
        return True  # "rund 10 Kilo abgenommen": a unit, counted (GeoNames spells Kiel so too)
    if _object_of_a_titled_verb(doc, position, language):
        return True  # "o Mecanismo Interligar a Europa": a programme's name
    if _ends_a_quoted_name(doc, position, stop):
        return True  # "«Единая Россия»", "„Freie Wähler Bayern“": a party's or a firm's name
    if (
        place.kind != "state"
        and not is_region(place)
        and not after_preposition(doc, position, language)  # "die Mieten in Heidelberg stiegen um 3 Prozent"
        and _share_moving_by_a_percentage(doc, end, language)
    ):
        return True  # "Porto Seguro subiu 3%", "Pão de Açúcar e Americanas recuaram 2%": shares on a market page
    if place.kind != "state" and _firm_noun_before_a_name_in_the_nominative(doc, position, end, language):
        return True  # "бумаги банка Санкт-Петербург": the bank's own name (the city's would be "Санкт-Петербурга")
    if place.kind != "state" and _named_thing_before(doc, position, language):
        return True  # "die Farbe Havanna", "die Bibliothek Tokio", "a família Espírito Santo"
    if _VERSION_AFTER.match(text, stop):
        return True  # "Jakarta EE 11", "Tokio 1.38": a product and its version
    if place.kind != "state" and _index_of_a_region(doc, position, stop, first, language):
        return True  # "der Stoxx Europe 600": a share index named by its maker, its region and its size
    if place.kind != "state" and _product_line_before(doc, position, first, language):
        return True  # "AMD Epyc Milan": a maker's and a product line's names before a code name
    if place.kind != "state" and _model_of_its_maker(doc, place, position, first, language):
        return True  # "der Dodge Durango", "Ferrari Roma", "Huaweis Kirin-Prozessoren": a maker's model, no town
    if _latin_name_before(doc, position, first, language):
        return True  # "Microsoft Россия": a firm's branch in the country
    if place.kind == "state" and _brand_before(doc, position, first, language):
        return True  # "Siemens Österreich", "Lidl Schweiz": a firm's branch in the country
    if _people_by_their_land_s_name(doc, position, end, language):
        return True  # "bei den Bayern": the club (or the people), not the land
    if place.kind != "state" and _club_by_its_article(doc, position, end, language) and not _african_province(place):
        return True  # "o Flamengo venceu o Bahia", "el Valencia": a club (the towns take "a" or none)
    if end == position and _force_by_its_head_word(doc, position, language):
        return True  # "os militares da Guarda" on a page that names the GNR: the force, not the town of Guarda
    if place.kind != "state" and (_SHARE_CLASS_AFTER.match(text, stop) or _SHARE_PRICE_AFTER.match(text, stop)):
        return True  # "Santander (Unit +3,63%)", "Vale PNA", "Heidelberg Materials (-0,96 Prozent auf 72,56 EUR)"
    if place.kind != "state" and _firm_by_its_article(doc, position, language):
        return True  # "ações da Porto Seguro", "A São Martinho vendeu": a firm ("a empresa")
    if end == position and _tail_of_a_compound(doc, place, position, language):
        return True  # "в Думе" on a page that writes "Госдума": the parliament, not Douma in Syria
    if end == position and _parliament_on_a_lawmaking_page(doc, place, position, language):
        return True  # "выступил в Думе" beside "депутаты", "законопроект": the parliament, not Douma in Syria
    if _town_after_an_article(doc, place, position, language):
        return True  # "Die Schwäbisch Hall verkaufte": German towns take no article; a firm does
    if place.kind != "state" and _club_after_a_sport_noun(doc, position, language):
        return True  # "тренер Ростова", "матча Ростова и Краснодара": the clubs of the towns
    if place.kind != "state" and side_before_its_result(doc, end, language):
        return True  # "Bayern verliert in Dortmund", "o São Paulo venceu o Santos": the club
    if place.kind != "state" and side_after_its_result(doc, position, language):
        return True  # "κέρδισε την Κηφισιά με 2-1": the beaten side, with the score
    if place.kind != "state" and _opponent_in_a_match(doc, position, language):
        return True  # "Schalke verlor gegen Köln": the club of Cologne
    if place.kind != "state" and end == position and _side_of_a_named_match(doc, position, language):
        return True  # "o clássico entre Cruzeiro e Atlético": the two clubs of the derby
    if end < last and _opens_a_body(doc, position, end, language):
        return True  # "El Banco Santander" (El Banco is a Colombian town): a bank
    if end == position and _club_elsewhere(doc, position, language):
        return True  # "Bayern gewinnt in Dortmund" on a page that writes "der FC Bayern"
    if place.kind != "state" and end == position:
        # "Bayern München", "Werder Bremen", "Hertha Berlin": a name before a town's, with no comma
        # between them, names a club ("in Leipzig Jura studiert" is no club: Jura is no town).
        # A Turkish case suffix ends a name: "Sinop'tan Rize'ye" are two towns; so do a Hungarian and a Finnish
        # case ending ("Helsingistä Tampereelle").
        suffixed = apostrophe_stem(tokens[end].text, language) is not None or place_case_ending(doc, end, language)
        if (
            not suffixed
            and end < last
            and text[stop : tokens[end + 1].start] == " "
            and town_word(doc, end + 1, language)
            and not _part_of_a_month(doc, end + 1, language)
            # "Köln Der Stadtrat hat …": an article opens the next phrase (a dateline run into the story), no club
            and tokens[end + 1].text.lower() not in SENTENCE_ARTICLES
        ):
            return True
        if (
            position > first
            and apostrophe_stem(tokens[position - 1].text, language) is None
            and not place_case_ending(doc, position - 1, language)
            and text[tokens[position - 1].end : start] == " "
            and town_word(doc, position, language)
            and place_word(doc, position - 1, language)
            # "No Paraná, …": a preposition of place opening the sentence, not a club's name ("No" folds as Ho)
            and tokens[position - 1].text.lower() not in PLACE_PREPOSITIONS.get(language, ())
            and not after_seat_noun(doc, position, language)  # "die PI Salzgitter": a station and its town
        ):
            return True
    if place.kind == "state" and _branch_named_by_a_town(doc, position, first, language):
        return True  # "o Santander Brasil": a bank's branch in the country (Santander is also a town)
    if _seat_of_government(doc, position, end, language):
        return True  # "anunció la Casa Blanca": the US president's office, not a town named Casa Blanca
    if _palace_named_by_its_quarter(doc, place, position, end, language):
        return True  # "recebeu o primeiro-ministro em Belém" beside "o Palácio de Belém": the presidency
    if _after_other_name_word(doc, position, first, language):
        return True  # "a Casas Bahia" (a chain of shops), "o Magazine Luiza": the name of a firm
    if end == position and is_region(place) and place.country not in HOME_COUNTRIES.get(language, ()):
        word = tokens[position].text.lower()
        if (
            word_frequency(word, language) >= _WORD_AS_REGION
            and not after_preposition(doc, position, language)
            and not _after_its_state_noun(doc, position, language)  # "в штате Техас", "no estado do Texas"
        ):
            return True  # "Jura studiert": law; "im Jura" is the canton
    # "Vasco da Gama" (a town in Goa) opens with a given name: a person's name unless a preposition
    # of place, a dateline or a list of places it ends ("Salvador, Natal e João Pessoa") says otherwise.
    return (
        end > position
        and place.kind != "state"
        and place.population < LARGE_CITY
        and is_given_name(tokens[position].folded)
        # Vietnamese tells its syllables apart by their marks: "Bến Tre" opens with no "Ben"
        and not (language == "vi" and not tokens[position].text.isascii())
        and not (
            after_preposition(doc, position, language)
            or dateline(doc, position, end)
            or listed_after_a_place(doc, position, language)
            or listed_with_its_of(doc, position, end, language)  # "do Recife, de João Pessoa e de Maceió"
            or after_a_municipal_body(doc, position, language)  # "a Comarca de Nova Lima": a court's seat
        )
    )


# The US president's house in the languages that name it so, with the article a town never takes: "la Casa
# Blanca", "a Casa Branca", "la Casa Bianca", "la Maison Blanche" are the White House (towns of those names exist).
_SEATS_OF_GOVERNMENT: dict[str, tuple[tuple[str, ...], frozenset[str]]] = {
    "es": (("casa", "blanca"), frozenset(("la",))),
    "pt": (("casa", "branca"), frozenset(("a", "da", "na", "pela"))),
    "it": (("casa", "bianca"), frozenset(("la", "alla", "della", "dalla", "nella"))),
    "fr": (("maison", "blanche"), frozenset(("la", "de", "à"))),
}


def _seat_of_government(doc: ActorDocument, position: int, end: int, language: str) -> bool:
    seat = _SEATS_OF_GOVERNMENT.get(language)
    if seat is None or position == 0:
        return False
    words, articles = seat
    tokens = doc.tokens
    named = tuple(tokens[k].folded for k in range(position, end + 1))
    return named == words and tokens[position - 1].text.lower() in articles


# A head of state's or government's palace is named after the quarter it stands in, and the news names it by the
# quarter alone: "o Palácio de Belém" and "em Belém" (Portugal's presidency, not Belém in Brazil), "o Palácio de São
# Bento" and "em São Bento", "Schloss Bellevue". Where the page writes the palace's noun before a place's name, each
# of the name's mentions is the palace's.
_PALACE_NOUNS: dict[str, frozenset[str]] = words_by_language(
    {"pt": "palácio", "es": "palacio", "it": "palazzo", "fr": "palais", "de": "schloss"}
)
_PALACE_OF = r"(?:(?:de|do|da|del|di|de la|du) )?"


def _palace_named_by_its_quarter(doc: ActorDocument, place: Place, position: int, end: int, language: str) -> bool:
    nouns = _PALACE_NOUNS.get(language)
    if not nouns or place.kind == "state":
        return False
    name = doc.text[doc.tokens[position].start : doc.tokens[end].end]
    palace = rf"\b(?:{'|'.join(nouns)}) {_PALACE_OF}{re.escape(name)}\b"
    return re.search(palace, doc.text, re.IGNORECASE) is not None


# Nouns for a work (a film, an album, a book, a show), one row per language: a place's name that
# opens the quoted title after one is the title's ("der Film „Paris, Texas“", "фильм «Париж, я
# люблю тебя»"). A quote of speech may open with a place ("«Москва готова», — сказал он"), so the
# noun must stand right before the quote.
_WORK_NOUNS: dict[str, frozenset[str]] = words_by_language(
    {
        "de": "film films kinofilm album albums serie song lied buch roman stück theaterstück musical show sendung"
        " doku dokumentation ausstellung oper",
        "ru": "фильм фильма фильме фильму фильмом картина картины картину картине сериал сериала сериале сериалу"
        " альбом альбома альбоме песня песни песню книга книги книгу роман романа романе спектакль спектакля"
        " спектакле мюзикл шоу программа программы выставка выставки опера оперы",
        "uk": "фільм фільму серіал альбом пісня пісню книга книгу роман вистава",
        "pt": "filme álbum série canção música livro romance novela peça musical programa disco ópera",
        "es": "película álbum serie canción libro novela obra musical programa disco ópera",
        "fr": "film album série chanson livre roman pièce spectacle émission opéra",
        "it": "film album serie canzone libro romanzo spettacolo programma opera",
        "nl": "film album serie boek roman",
        "ko": "영화 드라마 앨범 음반 싱글 노래 곡 신곡 타이틀곡 책 소설 시집 뮤지컬 연극 예능 프로그램 시리즈 웹툰"
        " 전시 전시회",
    }
)
_WORD_BEFORE = re.compile(r"(\w+)\W?\s*$")


def _word_before_text(doc: ActorDocument, start: int) -> str:
    """The word that ends right before `start` (across one mark and spaces), in lower case."""
    found = _WORD_BEFORE.search(doc.text[max(0, start - 40) : start])
    return found.group(1).lower() if found else ""


_LONGEST_TITLE = 80


def _title_opening(text: str, start: int) -> int:
    """Where the quoted title holding `start` opens: right before it, or before its first words when those are a
    name's, capitalised and each followed by a comma ("„Paris, Texas“"); -1 when no quote opens there."""
    at = start
    while not (at > 0 and text[at - 1] in _OPENING_MARKS):
        if text[max(0, at - 2) : at] != ", ":
            return -1
        k = at - 2  # back to the start of the word before the comma
        while k > 0 and not text[k - 1].isspace() and text[k - 1] not in _OPENING_MARKS:
            k -= 1
        if start - k > _LONGEST_TITLE or not text[k : k + 1].isupper():
            return -1
        at = k
    return at - 1


def title_of_a_work(doc: ActorDocument, position: int, language: str) -> bool:
    """A place opens a quoted title that a noun for a work stands before, here or wherever else
    the page quotes the same words (a headline repeats the title without the noun)."""
    text, start = doc.text, doc.tokens[position].start
    opening = _title_opening(text, start)
    if opening < 0:
        return False
    close = next((k for k in range(start, min(len(text), start + _LONGEST_TITLE)) if text[k] in _CLOSING_MARKS), -1)
    if close < 0:
        return False
    title, nouns = text[opening + 1 : close], _WORK_NOUNS.get(language, frozenset())
    at = text.find(title)
    while at > 0:
        if text[at - 1] in _OPENING_MARKS and _word_before_text(doc, at - 1) in nouns:
            return True
        at = text.find(title, at + 1)
    return False


# A name in quotes that ends with a place's name, after words of its own written with capitals: a
# party's, a firm's or a paper's ("«Единая Россия»", "«Почта России»", "„Freie Wähler Bayern“").
# A quote of speech has words in lower case before the place ("«Мы любим Россию»"), or opens with
# the place ("«Москва готова»").
_QUOTED_NAME_WORDS = 3


def _ends_a_quoted_name(doc: ActorDocument, position: int, stop: int) -> bool:
    text, start = doc.text, doc.tokens[position].start
    if stop >= len(text) or text[stop] not in _CLOSING_MARKS:
        return False
    opening = max(text.rfind(mark, line_start(text, start), start) for mark in _OPENING_MARKS)
    if opening < 0 or (opening > 0 and text[opening - 1].isalnum()):
        return False
    words = text[opening + 1 : start].split()
    return (
        0 < len(words) <= _QUOTED_NAME_WORDS
        and all(word[0].isupper() and word.isalpha() for word in words)
        and not any(mark in text[opening + 1 : start] for mark in _CLOSING_MARKS)
    )


# Nouns for a thing that takes a name of its own in apposition, one row per language: a colour, a
# model, a software library, a family, a hotel. A place's name right after one (or listed after
# one: "in den Farben Havanna, Bordeaux und Siena") is that thing's name, not the place.
_THING_NOUNS: dict[str, frozenset[str]] = words_by_language(
    {
        "de": "farbe farben farbton farbtöne modell modelle serie kollektion dekor sorte sorten geschmack duft edition"
        " variante bibliothek framework programmiersprache software app betriebssystem browser codename familie"
        " schiff fähre hotel restaurant café gasthof gasthaus"
        # a firm of its trade: "die Reederei Hamburg Süd", "der Versicherer Nürnberger"
        " firma unternehmen konzern hersteller versicherer reederei brauerei autobauer start-up startup",
        "pt": "cor cores tom modelo modelos coleção sabor família clã biblioteca aplicativo app framework navio hotel"
        " restaurante"
        # a firm of its trade: "a seguradora Porto Seguro", "a mineradora Rio Tinto"
        " empresa companhia seguradora mineradora construtora varejista operadora distribuidora fabricante"
        " montadora siderúrgica petroleira fintech startup",
        "es": "color colores modelo modelos colección sabor familia biblioteca aplicación app framework barco hotel"
        " restaurante",
        "fr": "couleur couleurs coloris modèle collection saveur famille bibliothèque logiciel application framework"
        " navire hôtel restaurant",
        "it": "colore colori modello collezione gusto famiglia libreria applicazione framework nave albergo ristorante",
        "nl": "kleur kleuren model serie familie",
        "ru": "цвет цвета цвете модель модели серия серии коллекция коллекции вкус сорт семья семьи семье семью"
        " библиотека библиотеки библиотеку фреймворк приложение приложения"
        # a vehicle's or a ship's model or name: "грузовик Урал", "танкер Волгоград"
        " грузовик грузовика грузовики грузовиков автомобиль автомобиля автомобили теплоход теплохода танкер"
        " танкера ледокол ледокола судно судна",
    }
)


def _named_thing_before(doc: ActorDocument, position: int, language: str) -> bool:
    nouns = _THING_NOUNS.get(language)
    if not nouns:
        return False
    # "Farben Havanna, Bordeaux und Salbei": the list goes back to the noun.
    before = _word_before_a_list(doc, position, AND_WORDS)
    return before is not None and _thing_noun(before.lower(), nouns, language)


def _word_before_a_list(doc: ActorDocument, position: int, and_words: frozenset[str]) -> str | None:
    """The word right before the list of capitalised names that `position` is in ("A, B and C"), when a
    single space parts it from the list; None at the text's start or after a list too long to be one."""
    tokens = doc.tokens
    for _ in range(LONGEST_LIST):
        if position == 0:
            return None
        before = tokens[position - 1]
        gap = doc.text[before.end : tokens[position].start]
        if gap == ", " and before.text[0].isupper():
            position -= 1
        elif (
            gap == " " and before.text.lower() in and_words and position >= 2 and tokens[position - 2].text[0].isupper()
        ):
            position -= 2
        else:
            return before.text if gap == " " else None
    return None


# A maker's name in capitals and a coined word (no word of the language) before a place's name in the
# same run name a product ("AMD Epyc Milan", "IBM Power Tokio"): the place is its code name.
_COINED_WORD = 3.0


def _product_line_before(doc: ActorDocument, position: int, first: int, language: str) -> bool:
    if position - first < 2:
        return False
    tokens, text = doc.tokens, doc.text
    maker, line = tokens[position - 2], tokens[position - 1]
    return (
        text[maker.end : line.start] == " "
        and text[line.end : tokens[position].start] == " "
        and 2 <= len(maker.text) <= 5
        and maker.text.isascii()
        and maker.text.isalpha()
        and maker.text.isupper()
        and _not_a_state(doc, position - 2)
        and line.text.isalpha()
        and line.text[0].isupper()
        and not line.text.isupper()
        and doc.gazetteer.lookup((line.folded,)) is None
        and not _thing_noun(line.text.lower(), PLACE_NOUNS.get(language, frozenset()), language)
        and word_frequency(line.text.lower(), language) < _COINED_WORD
    )


# Makers whose models are named after places ("Hyundai Tucson", "Dodge Durango", "Seat Ibiza", "Porsche Cayenne",
# "Ferrari Roma", "Oppo Reno", "Huawei Kirin"): the maker's name right before a place's names the model. World
# knowledge like `car_models.CAR_MAKERS`, with the makers whose names are English words or given names there
# ("Seat", "Kia", "Dodge", "Mercedes"): in another language they are the maker's names only.
_MAKERS = CAR_MAKERS | word_set(
    "seat kia dodge jeep chevrolet mercedes cadillac buick gmc lada haval chery geely byd maserati lancia jaguar "
    "oppo huawei xiaomi samsung apple intel amd nvidia qualcomm mediatek sony nokia motorola lenovo"
)


def _model_of_its_maker(doc: ActorDocument, place: Place, position: int, first: int, language: str) -> bool:
    # A maker's works at home are named by the maker and the town ("Tesla Grünheide", "Intel Magdeburg", "VW
    # Zwickau"): only a place abroad is a model's name ("Hyundai Tucson", "Seat Ibiza").
    if language == "en" or position == first or place.country in HOME_COUNTRIES.get(language, ()):
        return False
    before = doc.tokens[position - 1]
    word = before.folded
    # German writes the maker's genitive before its product: "Huaweis Kirin-Prozessoren", "Apples M3"
    genitive = language == "de" and word.endswith("s") and word[:-1] in _MAKERS
    return doc.text[before.end : doc.tokens[position].start] == " " and (word in _MAKERS or genitive)


def _latin_name_before(doc: ActorDocument, position: int, first: int, language: str) -> bool:
    if language not in CYRILLIC or position == first:
        return False
    before = doc.tokens[position - 1]
    return (
        doc.text[before.end : doc.tokens[position].start] == " "
        and len(before.text) >= 3
        and before.text.isascii()
        and before.text.isalpha()
        and before.text[0].isupper()
        and not before.text.isupper()
    )


# In German every noun is capitalised, so a capitalised word before a state's name may be a common
# noun in apposition ("Nachbarland Österreich": the state). A firm's name is a word English text
# writes too ("Siemens" 3.3, "Lidl" 2.6), a German compound noun is not ("Nachbarland" 0).
_BRAND_IN_ENGLISH = 1.0
CAPITALISED_NOUNS = frozenset(["de"])


def _brand_before(doc: ActorDocument, position: int, first: int, language: str) -> bool:
    if language not in CAPITALISED_NOUNS or position == first:
        return False
    before = doc.tokens[position - 1]
    word = before.text.lower()
    return (
        doc.text[before.end : doc.tokens[position].start] == " "
        and before.joined
        and before.text.isalpha()
        and before.text[0].isupper()
        and not before.text.isupper()
        and word not in doc.lower_case
        and word not in FUNCTION_WORDS
        and word not in PLACE_NOUNS.get(language, ())
        and not is_given_name(before.folded)
        and doc.gazetteer.lookup((before.folded,)) is None
        and word_frequency(word, language) < FREQUENT_WORD
        and word_frequency(word, "en") >= _BRAND_IN_ENGLISH
    )


def _not_a_state(doc: ActorDocument, position: int) -> bool:
    place = doc.gazetteer.lookup((doc.tokens[position].folded,))  # "AMD" is also an airport's code
    return place is None or place.kind != "state"


_SHORTEST_HEAD = 5


def _thing_noun(word: str, nouns: frozenset[str], language: str) -> bool:
    if word in nouns:
        return True
    return language in COMPOUNDING and any(len(noun) >= _SHORTEST_HEAD and word.endswith(noun) for noun in nouns)


# A market report says which shares rose or fell and by how much: "Porto Seguro subiu 3%", "Rio Tinto und BHP fielen
# um 2 Prozent". No town rises by a percentage on such a page; a firm named like one does (an insurer, a retailer, a
# miner). The page must be about shares (its words), the verb follow the name or the list it ends, a figure in
# percent come within a few words.
_MARKET_PAGE: dict[str, re.Pattern[str]] = {
    "pt": re.compile(r"\b(?:Ibovespa|B3|PSI|[Bb]olsa|ações|papéis|pregão)\b"),
    "de": re.compile(r"\b(?:DAX|Dax|MDax|SDax|TecDax|Aktien?|Papiere|Börse|Xetra)\b"),
    "es": re.compile(r"\b(?:Ibex|[Bb]olsa|acciones|títulos)\b"),
}
_SHARE_VERBS: dict[str, frozenset[str]] = words_by_language(
    {
        "pt": "subiu subiram caiu caíram recuou recuaram avançou avançaram disparou dispararam despencou despencaram"
        " saltou saltaram cedeu cederam valorizou valorizaram desvalorizou desvalorizaram tombou tombaram",
        "de": "stieg stiegen fiel fielen verlor verloren gewann gewannen legte legten sackte sackten kletterte"
        " kletterten sprang sprangen rutschte rutschten büßte büßten",
        "es": "subió subieron cayó cayeron avanzó avanzaron retrocedió retrocedieron cedió cedieron",
    }
)
_PERCENT = re.compile(r"%|\bProzent\b|\bpor cento\b|\bpor ciento\b")
_SHARE_LIST_ITEMS = 3
_PERCENT_WITHIN = 60  # characters after the verb


def _share_moving_by_a_percentage(doc: ActorDocument, end: int, language: str) -> bool:
    page = _MARKET_PAGE.get(language)
    verbs = _SHARE_VERBS.get(language)
    if page is None or not verbs:
        return False
    tokens, text = doc.tokens, doc.text
    k, items = end + 1, 0
    # "Pão de Açúcar e Americanas recuaram": over the list's later items to its verb
    while k < len(tokens) and items <= _SHARE_LIST_ITEMS:
        word = tokens[k].text
        if word.lower() in verbs and text[tokens[k - 1].end : tokens[k].start] == " ":
            after = text[tokens[k].end : tokens[k].end + _PERCENT_WITHIN]
            stop = re.search(r"[.;]\s", after)
            return _PERCENT.search(after[: stop.start()] if stop else after) is not None and (
                page.search(text) is not None
            )
        if word in (",", "e", "und", "y") or word.lower() in ("e", "und", "y") or word[:1].isupper():
            items += word[:1].isupper()
            k += 1
            continue
        return False
    return False


# Russian declines a town after a noun ("акции банка Санкт-Петербурга": of the city) but leaves a name in apposition in
# the nominative ("банка Санкт-Петербург", "компании Самолет"): after the noun for a firm, a town's name as the
# dictionary writes it is the firm's own name.
_RUSSIAN_FIRM_NOUNS = (
    "банк",
    "компани",
    "групп",
    "холдинг",
    "концерн",
    "корпораци",
    "застройщик",
    "ретейлер",
    "ритейлер",
    "авиакомпани",
    "девелопер",
    "страховщик",
)


def _firm_noun_before_a_name_in_the_nominative(doc: ActorDocument, position: int, end: int, language: str) -> bool:
    tokens = doc.tokens
    if language != "ru" or position == 0 or doc.text[tokens[position - 1].end : tokens[position].start] != " ":
        return False
    noun = tokens[position - 1].text.lower()
    if not noun.startswith(_RUSSIAN_FIRM_NOUNS) or noun.startswith(("банкомат", "групповой")):
        return False
    written = tuple(fold(tokens[k].text) for k in range(position, end + 1))
    return doc.gazetteer.lookup(written) is not None and noun not in _RUSSIAN_FIRM_NOUN_NOMINATIVES


# In the nominative the noun and the name agree ("банк Санкт-Петербург" is the bank too, but so may a sentence run
# "банк Москва-Сити открыл"): only the noun's oblique cases, where the grammar tells the name apart, are asked.
_RUSSIAN_FIRM_NOUN_NOMINATIVES = frozenset(
    ["банк", "компания", "группа", "холдинг", "концерн", "корпорация", "застройщик", "ретейлер", "ритейлер"]
)


# A federation's state is named after the noun for it, as a reader's "the state of Texas": "в штате Техас", "губернатор
# штата Калифорния", "no estado do Texas", "en el estado de Arizona". No word of the language follows that noun so.
_STATE_NOUNS: dict[str, frozenset[str]] = words_by_language(
    {
        "ru": "штат штата штате штату штатом",
        "uk": "штат штату штаті штатом",
        "pt": "estado",
        "es": "estado",
        "it": "stato",
    }
)
_STATE_NOUN_OF = frozenset(("de", "do", "da", "del", "di", "dello", "della"))


def _after_its_state_noun(doc: ActorDocument, position: int, language: str) -> bool:
    nouns = _STATE_NOUNS.get(language)
    tokens = doc.tokens
    if not nouns or position == 0 or doc.text[tokens[position - 1].end : tokens[position].start] != " ":
        return False
    before = position - 1
    if tokens[before].text.lower() in _STATE_NOUN_OF and before > 0:
        before -= 1
    return tokens[before].text.lower() in nouns


# A market report names a listed firm with the class of its shares after it, bare or opening a bracket with the
# day's change: Brazil's B3 writes "Vale ON", "Petrobras PN", "Santander (Unit +3,63%)"; Germany's "Porsche vz",
# "Volkswagen vz". No town is written so; a bank or a firm named like one (Santander, Vale, Brava) is. (Not "St.",
# a class's mark as often as "Sankt": "Hamburg St. Georg" is a quarter of the city.)
_SHARE_CLASS_AFTER = re.compile(r"\s?\(?(?:ON|PN|PNA|PNB|PNC|Unit|Units|UNT|vz\.?|Vz\.?)(?=[\s),;:]|$)")
# ...or the day's change and the price it ends at, in a bracket: "(+ 2,75 Prozent auf 261,60 EUR)", "(+1,2%, a R$ 9)".
_SHARE_PRICE_AFTER = re.compile(
    r"\s?\(\s?[+\-−–]\s?\d+(?:[.,]\d+)?\s?(?:%|Prozent|por cento),?\s(?:auf|a|para|zu)\s(?:R\$|US\$|€|\$)?\s?\d"
)


# A share index's size after its region, its maker's name before them: "Stoxx Europe 600", "Stoxx Asia/Pacific 600"
# (a number of 2-4 digits that is no year, "Olympia Paris 2024", and no amount, "Europe 1.500").
_INDEX_SIZE_AFTER = re.compile(r" (?!19\d\d|20\d\d)\d{2,4}(?![\d%.,:/-])")
_INDEX_MAKER_AS_WORD = 3.0  # Zipf: "Stoxx" is no German word, "Landkreis" (4.5) is


def _index_of_a_region(doc: ActorDocument, position: int, stop: int, first: int, language: str) -> bool:
    if position == first or not _INDEX_SIZE_AFTER.match(doc.text, stop):
        return False
    # the maker's name is no word of the language: "In Berlin 250 Menschen", "Landkreis Rostock 30 Fälle" name places
    before = doc.tokens[position - 1].text.lower()
    return (
        before not in PLACE_PREPOSITIONS.get(language, ())
        and before not in SENTENCE_ARTICLES
        and word_frequency(before, language) < _INDEX_MAKER_AS_WORD
    )


# A version after a name: "Jakarta EE 11", "Tokio 1.38" (a thousand is "1.380", a day "3.10.").
_VERSION_AFTER = re.compile(r" (?:[A-Z]{2,4} \d{1,3}(?:\.\d{1,3})*|v?\d{1,3}\.\d{1,2}(?:\.\d{1,3})?)(?![\d%.])")


# Words for a street, one row per language: a place's name after one names the street ("na Rua
# Bahia", "en la calle Toledo", "на улице Курской"); German joins the town to "Straße" instead.
_STREET_WORDS: dict[str, frozenset[str]] = words_by_language(
    {
        "pt": "rua avenida av travessa praça alameda estrada rodovia largo",
        "es": "calle avenida av plaza paseo carretera",
        "fr": "rue avenue boulevard quai",
        "it": "via viale piazza corso",
        "ru": "улица улице улицу улицы проспект проспекте проспекта площадь площади переулок переулке шоссе"
        " бульвар бульваре набережная набережной",
        "uk": "вулиця вулиці вулицю проспект проспекті площа площі",
    }
)


# Nouns for a part of a town written right before its name, one row per language: "no bairro São Mateus", "la
# colonia Guadalupe", "il quartiere San Paolo": a neighbourhood, often named like a town elsewhere (São Mateus,
# Espírito Santo); "os bairros de Lisboa" (with "of") name the town they lie in.
_NEIGHBOURHOOD_WORDS: dict[str, frozenset[str]] = words_by_language(
    {"pt": "bairro", "es": "barrio colonia", "it": "quartiere rione", "fr": "quartier"}
)


# ...and their plurals, which open a list of streets or roads: "nas rodovias Anhanguera e Bandeirantes",
# "las calles Toledo y Segovia", "les rues Jean-Jaurès et Gambetta".
_STREETS_WORDS: dict[str, frozenset[str]] = words_by_language(
    {
        "pt": "ruas avenidas estradas rodovias",
        "es": "calles avenidas carreteras",
        "fr": "rues avenues boulevards",
        "it": "vie viali strade",
    }
)


def _listed_after_streets(doc: ActorDocument, position: int, language: str) -> bool:
    """A name in the list a plural noun for streets or roads opens: each item names a street."""
    nouns = _STREETS_WORDS.get(language)
    tokens = doc.tokens
    if not nouns:
        return False
    head = position
    for _ in range(LONGEST_LIST):
        if head == 0:
            return False
        before = tokens[head - 1]
        if before.text.lower() in nouns and doc.text[before.end : tokens[head].start] == " ":
            return True
        gap = doc.text[before.end : tokens[head].start]
        if gap == ", " and before.text[:1].isupper():
            head -= 1
        elif before.text.lower() in AND_WORDS and gap == " " and head >= 2 and tokens[head - 2].text[:1].isupper():
            head -= 2
        else:
            return False
    return False


# Words a nickname follows: "conhecido como Paraná", "vulgo Bahia", "alias Chapo", "по кличке Ростов".
_NICKNAME_WORDS: dict[str, frozenset[str]] = words_by_language(
    {
        "pt": "vulgo apelidado apelidada",
        "es": "alias apodado apodada",
        "it": "soprannominato soprannominata",
        "fr": "surnommé surnommée",
        "ru": "кличке прозвищу",
        "uk": "прізвиськом",
    }
)
# ...and "known as" in two words: "conhecido como Paraná", "conocido como Sinaloa".
_KNOWN: dict[str, frozenset[str]] = words_by_language(
    {"pt": "conhecido conhecida conhecidos", "es": "conocido conocida conocidos"}
)
_AS: dict[str, str] = {"pt": "como", "es": "como"}


def _known_as(doc: ActorDocument, position: int, language: str) -> bool:
    tokens = doc.tokens
    return (
        position >= 2
        and tokens[position - 1].text == _AS.get(language)
        and tokens[position - 2].text.lower() in _KNOWN.get(language, ())
        and tokens[position - 2].joined
        and tokens[position - 1].joined
    )


# A compass point after the noun for a region names that part of the state or country the page is about ("a
# região Sudoeste", "la zona Norte"), not a town or a quarter that bears the word; only the regions the gazetteer
# holds as such (Brazil's Nordeste, Centro-Oeste) are what the words name.
_REGION_WORDS: dict[str, frozenset[str]] = words_by_language({"pt": "região regiões zona", "es": "región zona"})
_COMPASS_WORDS: dict[str, frozenset[str]] = words_by_language(
    {
        "pt": "norte sul leste oeste nordeste noroeste sudeste sudoeste centro-oeste centro-sul",
        "es": "norte sur este oeste noreste noroeste sureste suroeste centro",
    }
)


def _compass_part_of_a_land(doc: ActorDocument, place: Place, position: int, end: int, language: str) -> bool:
    return (
        end == position
        and doc.tokens[position].text.lower() in _COMPASS_WORDS.get(language, ())
        and _after_word_before(doc, position, _REGION_WORDS, language)
        and not is_region(place)
    )


def after_a_street_word(doc: ActorDocument, position: int, language: str) -> bool:
    """'na Rua Serra da Piedade': a street's noun right before a name makes the name the street's, a range's
    name as much as a town's."""
    return _after_word_before(doc, position, _STREET_WORDS, language)


def _after_word_before(doc: ActorDocument, position: int, words: dict[str, frozenset[str]], language: str) -> bool:
    if position == 0:
        return False
    before = doc.tokens[position - 1]
    return before.text.lower() in words.get(language, ()) and doc.text[before.end : doc.tokens[position].start] == " "


# Masculine articles (with their prepositions) before a club's name in languages whose towns take
# "a" or no article: "o Bahia" is the club, "a Bahia" the state; "el Valencia" the club.
_MASCULINE_ARTICLES: dict[str, frozenset[str]] = words_by_language({"pt": "o do no ao pelo", "es": "el del al"})


# A number after a word that ends the phrase, not a date's, a time's or a count's: "in Halle 9 der
# Messe", "auf Gleis 3."; "in Berlin 12 Menschen" counts people.
_NUMBER_AFTER = re.compile(
    r" \d{1,3}(?=[,;:)!?]|\.(?!\d)|$| (?:der|des|dem|den|die|das|im|am|an|auf|in|zu|zum|zur|und|oder)\b)"
)


def _numbered_noun(doc: ActorDocument, position: int, language: str) -> bool:
    """'in Halle 9': a German noun (capitalised as every noun) that is a town's name too, with a
    number after it, is one of several numbered things, a fair's hall or a station's track."""
    token = doc.tokens[position]
    return (
        language == "de"
        and _NUMBER_AFTER.match(doc.text, token.end) is not None
        and word_frequency(token.text.lower(), language) >= USED_WORD
    )


def _counted_noun(doc: ActorDocument, position: int, language: str) -> bool:
    """'rund 10 Kilo abgenommen', 'einige Kilos': a word of the language that a number or a word of counting
    counts is a unit or a thing, not the town that shares its spelling; no one counts towns."""
    return counted(doc, position, language) and word_frequency(doc.tokens[position].text.lower(), language) >= USED_WORD


# Articles before a verb's object, one row per language: "Interligar a Europa", "Conectar la Región".
_OBJECT_ARTICLES: dict[str, frozenset[str]] = words_by_language({"pt": "a o as os", "es": "la el las los"})
_INFINITIVE_ENDINGS = ("ar", "er", "ir")


def _object_of_a_titled_verb(doc: ActorDocument, position: int, language: str) -> bool:
    """'o Mecanismo Interligar a Europa', 'o programa Descobrir o Brasil': a verb written with a
    capital inside a sentence opens a programme's or a campaign's name, and the place after it and
    its article is the verb's object, in that name. Verbs are written in lower case otherwise; a
    name ending like one ("Aguiar", "Salazar") is a person's ("a visita de Salazar a Espanha")."""
    if position < 2 or language not in _OBJECT_ARTICLES:
        return False
    article, verb = doc.tokens[position - 1], doc.tokens[position - 2]
    return (
        article.text in _OBJECT_ARTICLES[language]
        and doc.text[verb.end : doc.tokens[position].start] == f" {article.text} "
        and position - 2 not in doc.sentence_first
        and verb.text.isalpha()
        and verb.text[0].isupper()
        and verb.text[1:].islower()
        and verb.text.endswith(_INFINITIVE_ENDINGS)
        and not is_surname(verb.folded)
        and not is_given_name(verb.folded)
        and doc.gazetteer.lookup((verb.folded,)) is None
    )


def _club_by_its_article(doc: ActorDocument, position: int, end: int, language: str) -> bool:
    """A masculine article before a place whose name opens with a word ending in an unstressed "a" (a
    feminine word, so no town's own article): the name is a club's ("o Fortaleza", "do Bahia", and of
    several words "contra o Santa Cruz", "o Nova Iguaçu")."""
    name = doc.tokens[position].text
    whole = fold(doc.text[doc.tokens[position].start : doc.tokens[end].end])
    return (
        (name.endswith("a") or whole in _LANDS_WITHOUT_ARTICLE.get(language, frozenset()))
        and _after_word_before(doc, position, _MASCULINE_ARTICLES, language)
        # "O Fortaleza abriu o placar": the article opening a sentence is written with a capital.
        and (doc.tokens[position - 1].text.islower() or position - 1 in doc.sentence_first)
        # "na província do Niassa", "no distrito do Cazenga": a division takes the masculine article, no club
        and not (position >= 2 and doc.tokens[position - 2].text.lower() in _DIVISION_NOUNS.get(language, ()))
    )


# Angola's and Mozambique's provinces take the masculine article ("o Niassa", "do Cuanza Norte", "o Moxico"), and
# their clubs are named "of" a town ("Ferroviário de Nampula"), not by a bare province.
_PROVINCES_WITH_AN_ARTICLE = frozenset(["Angola", "Mozambique"])


def _african_province(place: Place) -> bool:
    return place.country in _PROVINCES_WITH_AN_ARTICLE and is_region(place)


# The nouns for a country's divisions, before the name of one and "do": "província do Niassa".
_DIVISION_NOUNS: dict[str, frozenset[str]] = words_by_language(
    {"pt": "província províncias distrito distritos concelho concelhos município municípios estado"}
)


# Brazil's states whose names take no article ("em Goiás", "de Sergipe", "de São Paulo"): after "o", "do",
# "contra o" the name is a club's ("levou 1 a 0 do Goiás", "o São Paulo venceu"). The states that take one ("o
# Paraná", "do Ceará") are left out.
_LANDS_WITHOUT_ARTICLE: dict[str, frozenset[str]] = {
    "pt": frozenset(
        fold(name)
        for name in ("Goiás", "Sergipe", "Alagoas", "Pernambuco", "Rondônia", "Roraima", "Minas Gerais", "São Paulo")
    )
}


# German lands named as their people in the plural ("die Bayern", "die Sachsen", "die Hessen"): after a plural
# article the name is the people or a club ("bei den Bayern", "die Fans der Bayern"), never the land, which
# takes no article ("in Bayern").
_LANDS_NAMED_AS_THEIR_PEOPLE: dict[str, frozenset[str]] = words_by_language(
    {"de": "Bayern Sachsen Hessen Franken Schwaben"}
)
_PLURAL_ARTICLES: dict[str, frozenset[str]] = words_by_language({"de": "die den der"})


def _people_by_their_land_s_name(doc: ActorDocument, position: int, end: int, language: str) -> bool:
    return (
        end == position
        and position > 0
        and doc.tokens[position].text in _LANDS_NAMED_AS_THEIR_PEOPLE.get(language, frozenset())
        and doc.tokens[position - 1].text.lower() in _PLURAL_ARTICLES.get(language, frozenset())
        and doc.text[doc.tokens[position - 1].end : doc.tokens[position].start] == " "
    )


# Feminine articles, alone or joined to a preposition, and the masculine words that open towns'
# names, one row per language: "da Porto Seguro", "na São Martinho" agree with a firm ("a empresa",
# "a companhia"), never with the town, which is "de Porto Seguro" or "o Rio de Janeiro". A bare "a"
# is also the preposition "to" ("vai a Porto Seguro"), so it counts only where it opens a sentence or
# a clause (`article_not_preposition`).
_FEMININE_ARTICLES: dict[str, frozenset[str]] = words_by_language({"pt": "da na à pela numa duma"})
_MASCULINE_OPENERS: dict[str, frozenset[str]] = words_by_language(
    {"pt": "são santo porto rio campo campos monte morro vale passo ribeirão arroio novo bom belo alto baixo"}
)


# A national police force its own press calls by the head word of its name, which a town shares, one row per
# language: head word -> the force's full name and its initials. "a GNR ... os militares da Guarda", "a patrulha
# da Guarda" is the Guarda Nacional Republicana on a page that names it, not the town of Guarda; "a cidade da
# Guarda", "o distrito da Guarda" stay the town.
_FORCES_BY_THEIR_HEAD_WORD: dict[str, dict[str, tuple[str, str]]] = {
    "pt": {"Guarda": ("Guarda Nacional Republicana", "GNR")},
}


def _force_by_its_head_word(doc: ActorDocument, position: int, language: str) -> bool:
    tokens = doc.tokens
    force = _FORCES_BY_THEIR_HEAD_WORD.get(language, {}).get(tokens[position].text)
    if force is None or position < 2 or not (force[0] in doc.text or re.search(rf"\b{force[1]}\b", doc.text)):
        return False
    if tokens[position - 1].text.lower() in PLACE_PREPOSITIONS.get(language, ()):
        return False  # "na Guarda": in the town
    if tokens[position - 2].text.lower() in PLACE_NOUNS.get(language, frozenset()) | _FORCE_TOWN_NOUNS.get(
        language, frozenset()
    ):
        return False  # "a cidade da Guarda", "o distrito da Guarda"
    return position + 1 >= len(tokens) or gap_after(doc, position) != " " or not tokens[position + 1].text[:1].isupper()


# Nouns for a town's land the force's name never follows: "o distrito da Guarda", "o concelho da Guarda".
_FORCE_TOWN_NOUNS: dict[str, frozenset[str]] = words_by_language({"pt": "distrito concelho câmara diocese sé"})


def _firm_by_its_article(doc: ActorDocument, position: int, language: str) -> bool:
    """A feminine article before a place's name that opens with a masculine word: a firm's name."""
    tokens = doc.tokens
    if position == 0 or tokens[position].text.lower() not in _MASCULINE_OPENERS.get(language, ()):
        return False
    before = tokens[position - 1]
    if doc.text[before.end : tokens[position].start] != " ":
        return False
    if before.text in _FEMININE_ARTICLES.get(language, ()):
        return True
    return before.text.lower() == "a" and article_not_preposition(doc, position, language)


# Articles of a feminine or a masculine noun, one row per language: a German town's name takes no
# article ("in Schwäbisch Hall", "das alte Hall" only with an adjective), so one right before it is a
# firm's, a ship's or a river's ("Die Schwäbisch Hall verkaufte", "die Fulda" the river); a region or a
# landscape takes one ("die Pfalz", "der Harz"). A car takes a masculine one in each case ("den Santa Fe", "mit dem
# Tucson", "des Durango"); so does a metropolis's nickname ("in den Big Apple"), which those cases leave alone.
_ARTICLES_OF_A_THING: dict[str, frozenset[str]] = words_by_language({"de": "die der den dem des"})
_ARTICLES_OF_A_CAR: dict[str, frozenset[str]] = words_by_language({"de": "den dem des"})
# Prepositions fused with an article ("im" is "in dem"): before a foreign town's spelling they show a noun
# of the language ("im Ofen", not Buda; "im Raum", not Rauma). The language's own hills, lakes and
# landscapes take them and may share a village's name ("am Feldberg", "im Solling"): those stay.
_PREPOSITIONS_WITH_AN_ARTICLE: dict[str, frozenset[str]] = words_by_language({"de": "im am vom zum beim ins ans"})


def _town_after_an_article(doc: ActorDocument, place: Place, position: int, language: str) -> bool:
    if position == 0 or place.kind == "state" or place.country is None or is_region(place):
        return False
    before = doc.tokens[position - 1]
    word = before.text.lower()
    foreign = place.country not in HOME_COUNTRIES.get(language, ())
    if word in _ARTICLES_OF_A_CAR.get(language, ()) and place.population >= LARGE_CITY:
        return False  # "in den Big Apple": New York by its nickname
    return (
        (
            word in _ARTICLES_OF_A_THING.get(language, ())
            or (foreign and word in _PREPOSITIONS_WITH_AN_ARTICLE.get(language, ()))
        )
        and (before.text.islower() or position - 1 in doc.sentence_first)
        and doc.text[before.end : doc.tokens[position].start] == " "
    )


# A foreign town's name that the page also writes as the end of a longer word ("Госдума", "Мосгордума")
# is that word's noun there ("в Думе": the parliament). Russian builds such compounds of a short
# prefix and a noun; the noun's stem is its name without the case's vowel.
_COMPOUND_VOWELS = "аеиоуыяю"


def _tail_of_a_compound(doc: ActorDocument, place: Place, position: int, language: str) -> bool:
    if language not in CYRILLIC or place.kind == "state" or place.country in HOME_COUNTRIES.get(language, ()):
        return False
    word = doc.tokens[position].text
    names = [form for form in (word, *base_forms(word, language)) if doc.gazetteer.lookup((fold(form),)) is place]
    for name in names:
        stem = name.lower().rstrip(_COMPOUND_VOWELS)
        if len(stem) < 3:
            continue
        for match in re.finditer(rf"\b\w{{2,}}{re.escape(stem)}[{_COMPOUND_VOWELS}]?\b", doc.text, re.IGNORECASE):
            # "Владивосток" ends in "ток" of Токио, but is a town of its own, no compound of the name
            if not _names_a_place(doc, match.group(), language):
                return True
    return False


def _names_a_place(doc: ActorDocument, word: str, language: str) -> bool:
    return any(doc.gazetteer.lookup((fold(form),)) is not None for form in (word, *base_forms(word, language)))


# Parliaments a Russian or Ukrainian page names by one word that the tables hold as a foreign town's
# name ("Дума": Douma in Syria), and stems of the words of lawmaking that show the page is about one.
_PARLIAMENT_NAMES: dict[str, frozenset[str]] = words_by_language({"ru": "дума рада сейм", "uk": "дума рада сейм"})
_LAWMAKING_STEMS: tuple[str, ...] = ("депутат", "законопроект", "фракци", "спикер", "пленарн", "парламент")


def _parliament_on_a_lawmaking_page(doc: ActorDocument, place: Place, position: int, language: str) -> bool:
    """'в Думе' on a page that writes of deputies, bills or factions: the parliament. A page on the
    Syrian town ("химическая атака в Думе") has no such words and keeps the town."""
    names = _PARLIAMENT_NAMES.get(language)
    if names is None or place.kind == "state" or place.country in HOME_COUNTRIES.get(language, ()):
        return False
    word = doc.tokens[position].text
    if not any(form.lower() in names for form in (word, *base_forms(word, language))):
        return False
    lowered = doc.text.lower()
    return any(stem in lowered for stem in _LAWMAKING_STEMS)


# A place after "against" in a sentence about a match is the club of that town: "Schalke verlor
# gegen Köln", "o Grêmio jogou contra Santos". Words of a match, one row per language.
_AGAINST: dict[str, frozenset[str]] = {
    "de": frozenset(["gegen"]),
    "pt": frozenset(["contra"]),
    "es": frozenset(["contra"]),
}

# Nouns of a match and its people before a Russian town's genitive make it the town's club.
_RUSSIAN_CLUB_STEMS: tuple[str, ...] = (
    "матч",
    "игрок",
    "игры",
    "игре",
    "болельщ",
    "фанат",
    "футбол",
    "хокке",
    "команд",
    "клуб",
    "тренер",
)
_RUSSIAN_CLUB_STEMS += ("вратар", "нападающ", "защитник", "полузащитник", "голкипер", "голы", "голов")


_RUSSIAN_AND = frozenset(["и"])


def _club_after_a_sport_noun(doc: ActorDocument, position: int, language: str) -> bool:
    """'тренер Ростова', 'голы матча Ростова и Краснодара': a town's genitive (or a list of them)
    right after a lower-case noun of sport names the town's club."""
    if language != "ru" or not doc.tokens[position].text.endswith(GENITIVE_ENDINGS):
        return False
    word = _word_before_a_list(doc, position, _RUSSIAN_AND)
    return word is not None and word.isalpha() and word[1:].islower() and word.lower().startswith(_RUSSIAN_CLUB_STEMS)


def _opponent_in_a_match(doc: ActorDocument, position: int, language: str) -> bool:
    if not _after_word_before(doc, position, _AGAINST, language):
        return False
    first = position
    while first > 0 and first not in doc.sentence_first:
        first -= 1
    last = position
    while last + 1 < len(doc.tokens) and last + 1 not in doc.sentence_first:
        last += 1
    words = MATCH_WORDS.get(language, frozenset())
    return any(doc.tokens[k].text.lower() in words for k in range(first, last + 1))


# A match's noun, "between", and two names joined by "and": the two sides ("o clássico entre Cruzeiro e
# Atlético", "el derbi entre Sevilla y Betis", "das Spiel zwischen Köln und Mainz").
_MATCH_NOUNS: dict[str, frozenset[str]] = words_by_language(
    {
        "pt": "clássico jogo duelo dérbi derby confronto final",
        "es": "clásico partido duelo derbi encuentro final",
        "it": "derby partita sfida finale",
        "de": "spiel duell derby partie finale",
    }
)
_BETWEEN: dict[str, frozenset[str]] = words_by_language(
    {"pt": "entre", "es": "entre", "it": "tra fra", "de": "zwischen"}
)
_SIDES_AND: dict[str, frozenset[str]] = words_by_language({"pt": "e", "es": "y e", "it": "e", "de": "und"})


def _side_of_a_named_match(doc: ActorDocument, position: int, language: str) -> bool:
    tokens = doc.tokens
    between = position - 1  # the first side
    if position >= 3 and tokens[position - 1].text in _SIDES_AND.get(language, ()) and tokens[position - 2].joined:
        between = position - 3  # the second side: "entre Cruzeiro e Atlético"
    elif position + 2 >= len(tokens) or tokens[position + 1].text not in _SIDES_AND.get(language, ()):
        return False
    if between < 1 or tokens[between].text not in _BETWEEN.get(language, ()):
        return False
    noun = tokens[between - 1]
    return noun.joined and tokens[between].joined and noun.text.lower() in _MATCH_NOUNS.get(language, ())


def _club_elsewhere(doc: ActorDocument, position: int, language: str) -> bool:
    """A one-word place, after no preposition of place, that the page names a club with elsewhere
    ("der FC Bayern", "Spartak Moskau" then "Bayern gewinnt"): the club, as a reader takes it."""
    word = doc.tokens[position].text
    if after_preposition(doc, position, language) or dateline(doc, position):
        return False  # "in Bayern", "MADRID, 3 de abril": the place, whatever clubs the page names
    return re.search(rf"(?<!\w)(?:{'|'.join(_CLUBS.split())}) {re.escape(word)}(?!\w)", doc.text) is not None


def _opens_a_body(doc: ActorDocument, position: int, end: int, language: str) -> bool:
    """'El Banco Santander': a place whose name holds a word that opens a body's name ("Banco"),
    followed by another capitalised word, is that body's name (El Banco is a town in Colombia)."""
    openers = _NAME_OPENERS.get(language, frozenset()) - frozenset(_CLUBS.split())
    after = doc.tokens[end + 1]
    return (
        any(doc.tokens[k].text in openers for k in range(position, end + 1))
        and doc.text[doc.tokens[end].end : after.start] == " "
        and after.text[0].isupper()
    )


# Languages that write common nouns in lower case: a capitalised word inside a sentence is a name.
_LOWER_CASE_NOUNS = frozenset(["pt", "es", "fr", "it"])
# Words before a place's name that leave it the place ("Grande São Paulo", "Estado da Bahia").
_BEFORE_A_PLACE = frozenset(["grande", "greater", "estado", "estados", "provincia", "província", "región", "région"])


def _branch_named_by_a_town(doc: ActorDocument, position: int, first: int, language: str) -> bool:
    """'o Santander Brasil', 'pela Toledo Argentina': in a language whose nouns are written in lower
    case, a one-word town's name right before a state's, with no comma between them and no
    preposition of place before the town, is a firm's branch in the country: prose writes a town in
    its country as "Santander, na Espanha"."""
    if language not in _LOWER_CASE_NOUNS or position <= first or position - 1 in doc.sentence_first:
        return False
    town = doc.tokens[position - 1]
    place = doc.gazetteer.lookup((town.folded,))
    return (
        place is not None
        and place.kind != "state"
        and town.text[0].isupper()
        and not town.text.isupper()
        and doc.text[town.end : doc.tokens[position].start] == " "
        and doc.tokens[position - 2].text.lower() not in PLACE_PREPOSITIONS.get(language, ())
    )


def _after_other_name_word(doc: ActorDocument, position: int, first: int, language: str) -> bool:
    """'Casas Bahia', 'Banco Santander': in a language whose nouns are written in lower case, a
    capitalised word right before a place's name, inside a sentence, that is no place and no word
    for a place, makes the place the end of another name (a person's is weighed elsewhere)."""
    if language not in _LOWER_CASE_NOUNS or position <= first or position - 1 in doc.sentence_first:
        return False
    before = doc.tokens[position - 1]
    word = before.text.lower()
    return (
        before.text[0].isupper()
        and before.joined
        and doc.text[before.end : doc.tokens[position].start] == " "
        and word not in PLACE_NOUNS.get(language, ())
        and word not in _BEFORE_A_PLACE
        and not is_given_name(before.folded)
        and not place_word(doc, position - 1, language)
        and doc.gazetteer.lookup((before.folded,)) is None
    )
