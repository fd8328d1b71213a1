"""Places and states in text that is not English: the names the gazetteer knows whole, nothing else.

The English name rules do not run here (in German every noun is capitalised; Korean has no
capitals), so a name is proposed only when the gazetteer knows it, in the language's own forms:
a state, a name of several words, a large city, a first-level region, or a town of some size with
a preposition of place before it ("in Dresden", "em Coimbra", "в Томске") or a dateline
("Dresden, 3. Februar"). Russian inflections ("в Казани") and Korean particles ("서울에서") are
read back to the name's dictionary form (`word_forms`), which becomes the draft's name.

Precision comes first: a town's name right after a given name is a surname ("Fernando Medina",
"Luís Montenegro"), a place's name cut short is no place ("Palácio de São Bento" is not São
Bento do Sul), and a town's name that is a frequent word of the language needs more than a
preposition ("in Essen"). Persons and organisations are not proposed in these languages.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.cues import FUNCTION_WORDS
from dossier.ingest.departments import DEPARTMENT_ARTICLES, department_names
from dossier.ingest.gazetteer import (
    KOREAN_WITH_A_CUE,
    NAMESAKES,
    Place,
    everyday_name,
    gazetteer,
    is_region,
    korean_zipf,
)
from dossier.ingest.grouping import Candidate
from dossier.ingest.korean_addresses import is_township, korean_address_part
from dossier.ingest.names import fold, fold_phrase, is_given_name, is_surname
from dossier.ingest.place_evidence import LARGE_CITY, alternate_spelling, elided_name, hyphened_place
from dossier.ingest.rivers import GERMAN_RIVERS, river_at
from dossier.ingest.towns_with_article import town_after_its_article
from dossier.ingest.villages import village_names
from dossier.ingest.word_forms import (
    ENDINGS,
    LATIN_ENDINGS,
    adjective_forms,
    base_forms,
    is_hangul,
    korean_romanisations,
    plural_genitive_forms,
    russian_region_forms,
)
from dossier.model import ActorKind

# A Korean word this frequent (Zipf) is a word of its own, not a name with a particle joined to it.
_KOREAN_WORD = 3.0
# A town this size is named in the news with a preposition of place or a dateline.
KNOWN_TOWN = 100_000


def _words_by_language(rows: dict[str, str]) -> dict[str, frozenset[str]]:
    """A table of words per language, each row written as one string of words."""
    return {language: frozenset(words.split()) for language, words in rows.items()}


# Prepositions of place, one row per language: after one of them a known town's name is the town.
PLACE_PREPOSITIONS: dict[str, frozenset[str]] = _words_by_language(
    {
        # "bei Zwickau", "über Nürnberg nach Frankreich": near a town, and the way through it
        # "nahe Salzwedel", "unweit Gothas": near a town; "Schiffe ab Konstanz", "bis Passau": from, as far as
        "de": "in im aus nach bei zwischen über nahe unweit ab bis",
        "fr": "à entre",
        # "se marchan a Gijón", "desde Oviedo", "hacia Burgos", "hasta León": to, from, towards, as far as
        "es": "en entre a desde hacia hasta",
        "pt": "em no na para entre a até",  # "a rodovia até Catalão": as far as the town
        "it": "a ad in tra fra da",  # "chi viene da Perugia": from a town
        # "tussen Venlo en Horst", "bij Gennep", "rond Eindhoven": between, near and around a town
        "nl": "in uit naar tussen bij nabij rond vanuit",
        # "i Sundsvall", "från Umeå", "vid Järvsö", "runt Siljan": in, from, to, at, near and around a place
        "sv": "i från till vid mellan nära kring runt utanför",
        # Czech declines the town after one ("v Žatci", "ze Žatce", "u Loun"), as Polish does
        "cs": "v ve z ze do u na pod nad kolem okolo mezi poblíž",
        "pl": "w we z ze do na pod spod koło wokół nad przez",
        # "везут до Череповца": as far as the town; "возле Тотьмы", "вокруг Вологды": near it, around it
        # "вдоль Шексны": along the river; "переправа у Емецка": at (near) a village
        "ru": "в во из под через над до возле близ вокруг вдоль между у",
        "uk": "в у з із зі до під біля довкола навколо поблизу через вздовж між",
    }
)
# Prepositions of place that take a common noun only with an article ("in der Halle", "beim
# Essen", "no Natal"), one row per language: right after one of them ("in Essen", "aus Halle", "em
# Natal") a town's name is the town, however frequent a word it is.
_BARE_PREPOSITIONS: dict[str, frozenset[str]] = _words_by_language(
    {
        "de": "in aus nach zwischen",
        "pt": "em entre",
        "es": "en entre",
        "fr": "à entre",
        "it": "a ad in tra fra",  # "ad Andria": "a" before a vowel
        "nl": "in uit naar tussen",  # "in de stad", "uit het dorp": a common noun takes its article
        # Swedish joins the article to the noun ("i skogen", "från staden"): a capitalised word right
        # after one inside a sentence is a name
        "sv": "i från till mellan",
    }
)
# Prepositions that also name a smaller town of the language's own country when its name is a rare
# word ("para Faro", "a Tavira"; "para Natal" is for Christmas, a frequent word).
_HOME_TOWN_PREPOSITIONS: dict[str, frozenset[str]] = {
    "pt": frozenset(["para", "a"]),
    "it": frozenset(["da"]),  # "da Ancona o da Pesaro"; "da Vinci" stays a word (frequent)
    # "eine Spinnerei bei Zwickau", "über Gera nach Jena": "bei Hof", "über Essen" stay words (frequent)
    "de": frozenset(["bei", "über", "nahe", "unweit", "ab", "bis"]),
    # Russian declines the town after one ("из Углича", "в Торжке"), which reads it back to its name
    "ru": frozenset(["в", "во", "из", "под", "над", "до", "возле", "близ", "вокруг", "через", "вдоль", "между", "у"]),
    # ...and so does Polish ("z Sandomierza", "w Sandomierzu", "wokół Grójca")
    "pl": frozenset(["w", "we", "z", "ze", "do", "pod", "spod", "koło", "wokół"]),
    "cs": frozenset(["v", "ve", "z", "ze", "do", "u", "pod", "nad", "kolem", "okolo", "poblíž"]),
    "nl": frozenset(["bij", "nabij", "rond", "vanuit"]),  # "bij Gennep"; "bij Best" stays a word (frequent)
    "sv": frozenset(["vid", "nära", "kring", "runt", "utanför"]),
    "uk": frozenset(
        ["в", "у", "з", "із", "зі", "під", "до", "біля", "довкола", "навколо", "поблизу", "через", "вздовж", "між"]
    ),
}
# Prepositions that open a sentence only as an article ("A Palmas" is the club, or a shop), one row
# per language; Italian "a" is no article ("A Campobasso e a Isernia …" names two towns).
_ARTICLE_AT_START: dict[str, frozenset[str]] = _words_by_language({"pt": "a", "es": "a"})
# A town named by a word this frequent in the text's language ("Natal" is Christmas in Portuguese,
# "Мира" the genitive of peace in Russian) needs to be a large city; "Dresden" (4.8) does not.
_FREQUENT_WORD = 5.0
# "Dresden, 3. Februar 2024", "Lisboa, 3 de fevereiro", "Москва, 3 февраля", "Köln (dpa) -"
# "Frankfurt/Main (dpa-AFX) –"
_DATELINE = re.compile(r",\s+\d{1,2}[\s.]|(?:/\w+)?\s+\([A-Za-z][\w-]{1,11}\)\s*[-–—]")


def read_run_other_language(doc: ActorDocument, first: int, last: int, language: str) -> list[Candidate]:
    """The states and places a run of capitalised words in another language names."""
    tokens = doc.tokens
    found: list[Candidate] = []
    position = first
    while position <= last:
        # "l'Allemagne", "dell'Ucraina": the place without the article elided onto it.
        elided = elided_name(tokens[position])
        skipped = len(tokens[position].text) - len(elided) if elided is not None else 0
        if (
            _inside_longer_name(doc, position, language)
            or _after_name_opener(doc, first, position, language)
            or _rest_of_a_hyphened_name(doc, position, language)
        ):
            position += 1
            continue
        region = (
            (
                _russian_region(doc, position, language)
                or _russian_lake(doc, position, language)
                or _russian_district(doc, position, language)
                or _russian_river(doc, first, position, language)
            )
            if position == last
            else None
        )
        if region is not None:
            found.append(region)
            break
        river = _named_river(doc, first, last, language) if position == first else None
        if river is not None:
            found.append(river)
            break
        on_a_river = _declined_on_a_river(doc, position, language)
        if on_a_river is not None:
            found.append(on_a_river)
            position = on_a_river.last + 1
            continue
        bare_river = river_at(doc, position, last, language)  # "an der Oder": before "Oder" is read as a word
        if bare_river is not None:
            end, name = bare_river
            found.append(_candidate(position, end, name, Place(name, "place"), ActorKind.place))
            position = end + 1
            continue
        district = _german_district(doc, position, language)  # before "Siegen" is read alone
        if district is not None:
            found.append(district)
            position = district.last + 1
            continue
        for end in range(_furthest_end(doc, position, last), position - 1, -1):
            words = tuple(tokens[k].folded for k in range(position, end + 1))
            if elided is not None:
                words = (fold(elided), *words[1:])
            start = tokens[position].start + skipped
            hit = _inflected(doc, position, end, words, language, start)
            if hit is None:
                place = hyphened_place(doc, position, words) or doc.gazetteer.lookup(words)
                if place is not None:
                    place = _home_city_named_so(place, words, doc.text[start : tokens[end].end], language)
                    place = _home_namesake(place, words, language)
                if (
                    place is None
                    or _name_goes_on(doc, end)
                    or not _spelled_in_language(doc, position, words, language, place)
                    or not _place_here(doc, place, position, end, words, language)
                ):
                    continue
                hit = place, doc.text[start : tokens[end].end]
                if end == position and _article_of_the_name(doc, place, position, language):
                    hit = place, place.name  # "all'Aquila" names L'Aquila, article and all
            place, name = hit
            if _part_of_longer_name(doc, position, end, language, name != doc.text[start : tokens[end].end]):
                longer = _settlement_of_several_words(doc, position, _name_end(doc, end), language)
                if longer is not None:
                    found.append(longer)  # "na vila de Serra Grande"
                position = _name_end(doc, end)
                break
            if _names_something_else(doc, place, position, end, first, last, language):
                position = end
                break
            kind = ActorKind.state if place.kind == "state" else ActorKind.place
            candidate = _candidate(position, end, name, place, kind)
            if _common_noun_opening_a_sentence(doc, position, end, place, language):
                position = end
                break
            candidate.needs_company = _word_opening_a_sentence(doc, position, end, place, name, language)
            found.append(candidate)
            position = end
            break
        else:
            genitive = (
                _german_genitive(doc, position, language)
                or _german_dative_plural(doc, position, language)
                or _german_lake(doc, position, language)
                or _german_lake_of_a_town(doc, position, language)
                or _german_gau(doc, position, language)
                or _german_land(doc, position, language)
                or _german_valley(doc, position, language)
                or _german_land_of_a_place(doc, position, language)
                or _along_the_river(doc, position, first, last, language)
                or _swedish_water(doc, position, language)
                or _department(doc, position, language)
                or _hyphened_commune(doc, position, language)
                or _named_settlement(doc, position, last, language)
                or _listed_village(doc, first, position, last, language)
                or _known_village(doc, first, position, last, language)
                or _listed_settlement(doc, first, position, last, language)
                or _village_dateline(doc, first, position, last, language)
                or _mountain_range(doc, position, last, language)
                or _range_after_a_small_noun(doc, position, language)
                or _compass_region(doc, position, language)
                or _prefixed_landscape(doc, position, language)
                or _czech_region(doc, position, language)
                or _czech_land_of_a_town(doc, position, language)
            )
            if genitive is not None:
                # "Sachsen-Anhalts": the name's first part ("Sachsen") was read alone before it.
                found = [candidate for candidate in found if candidate.last < genitive.first]
                found.append(genitive)
        position += 1
    return found


# A word opening a sentence this frequent (Zipf) in its language may be a word of it, written
# with a capital only because it opens the sentence: "Того, кто…" (of that one) is no Togo,
# "Virar à esquerda" (to turn) no town in India, Polish "Kota" (a cat's) no Kota in India either.
_COMMON_WORD = 3.0
# A place's name this much more frequent (Zipf) in the text's language than the place's names are
# in other languages is used there as another word too ("того" 6.0; "Togo" 3.6 at most).
_MORE_THAN_A_NAME = 0.9
_FRENCH_ABROAD: tuple[str, ...] = ("Belgium", "Switzerland", "Luxembourg", "Monaco", "Canada", "Haiti")
_FRENCH_ABROAD += ("Guadeloupe", "Martinique", "French Guiana", "Reunion", "Mayotte", "New Caledonia")
_FRENCH_ABROAD += ("Algeria", "Morocco", "Tunisia", "Senegal", "Ivory Coast", "Cameroon", "Mali", "Burkina Faso")
_FRENCH_ABROAD += ("Niger", "Guinea", "Benin", "Togo", "Gabon", "Madagascar", "Democratic Republic of the Congo")
_FRENCH_ABROAD += ("Republic of the Congo",)
_SPANISH_AMERICA: tuple[str, ...] = (
    "Mexico",
    "Guatemala",
    "Honduras",
    "El Salvador",
    "Nicaragua",
    "Costa Rica",
    "Panama",
    "Cuba",
)
_SPANISH_AMERICA += ("Dominican Republic", "Puerto Rico", "Colombia", "Venezuela", "Ecuador", "Peru", "Bolivia")
_SPANISH_AMERICA += ("Chile", "Argentina", "Uruguay", "Paraguay")
# Where the language's news is written besides its home countries: its places are named there more
# often than in any other language ("Montréal", "Guadalajara", "Киев"), and need no company.
_WRITTEN_IN: dict[str, frozenset[str]] = {
    "de": frozenset(["Switzerland", "Liechtenstein", "Luxembourg"]),
    "fr": frozenset(_FRENCH_ABROAD),
    "es": frozenset(_SPANISH_AMERICA),
    "pt": frozenset(["Angola", "Mozambique", "Cape Verde", "Guinea-Bissau", "East Timor"]),
    "nl": frozenset(["Belgium", "Suriname", "Curacao", "Aruba"]),
    "ru": frozenset(["Belarus", "Kazakhstan", "Kyrgyzstan", "Ukraine", "Uzbekistan", "Moldova"]),
}
# Languages whose names of places the frequency of a state's name is weighed in: Latin letters, so
# the gazetteer's folded keys are the words themselves, nearly.
_WEIGHED_IN = ("en", "de", "fr", "es", "it", "pt", "nl", "pl")


def _word_opening_a_sentence(
    doc: ActorDocument, position: int, end: int, place: Place, name: str, language: str
) -> bool:
    """A one-word foreign place or state at a sentence's start, with no dateline, named by a word of
    the language that is frequent as a word: it stands only with company, another mention of the
    same place on the page (`with_company`). The language's own places need none ("Москва")."""
    if end != position or position not in doc.sentence_first or _dateline(doc, position):
        return False
    home = _HOME_COUNTRIES.get(language, frozenset()) | _WRITTEN_IN.get(language, frozenset())
    if (place.name if place.kind == "state" else place.country) in home:
        return False
    if place.kind != "state" and place.country is None:
        return False  # "Europa", "Afrika": a continent or a world region, named in every language
    word = doc.tokens[position].text.lower()
    frequency = _frequency(word, language)
    if frequency < _COMMON_WORD:
        return False
    written = _frequency(name.lower(), language) if name.lower() != word else 0.0
    return frequency - max(written, _named_elsewhere(place, language)) >= _MORE_THAN_A_NAME


# Words that join a sentence's first word to a common noun written in lower case after it: "Вена или
# артерия" (a vein or an artery), "Aba do boné" (a cap's brim). Not "and": "Рим и окрестности" (Rome
# and its surroundings) is the place. German capitalises its nouns: "Pest oder Cholera" (plague or
# cholera) shows it by "or" and a partner that is no place.
_JOINING_A_NOUN: dict[str, frozenset[str]] = _words_by_language(
    {
        "fr": "ou de du des",
        "es": "o u de del",
        "pt": "ou do da dos das de",
        "it": "o di del della",
        "ru": "или",
        "uk": "або",
        "de": "oder",
    }
)


def _common_noun_opening_a_sentence(doc: ActorDocument, position: int, end: int, place: Place, language: str) -> bool:
    """A one-word foreign place at a sentence's start, joined by "or" or "of" to a word in lower
    case: a common noun of the language that only the sentence capitalises, as its partner is not
    ("Вена или артерия"; a place's partner is a place: "Вена или Прага"). In German, the partner
    is a noun that names no place ("Pest oder Cholera")."""
    tokens = doc.tokens
    if end != position or position not in doc.sentence_first or end + 2 >= len(tokens):
        return False
    joining, partner = tokens[end + 1], tokens[end + 2]
    if joining.text not in _JOINING_A_NOUN.get(language, ()):
        return False
    if language in _CAPITALISED_NOUNS:
        if (
            not partner.text[:1].isupper()
            or doc.gazetteer.lookup((partner.folded,)) is not None
            or is_given_name(partner.folded)
        ):
            return False  # "Aleppo oder Damaskus", "Paris oder Anna"
    elif not partner.text[:1].islower():
        return False
    if partner.text in FUNCTION_WORDS or partner.text in _JOINING_A_NOUN.get(language, ()):
        return False  # "Lisboa de la …", "Lyon et l'…": an article opens the partner
    if place.kind == "state" or place.country is None or _dateline(doc, position):
        return False
    home = _HOME_COUNTRIES.get(language, frozenset()) | _WRITTEN_IN.get(language, frozenset())
    return place.country not in home and _frequency(tokens[position].text.lower(), language) >= _COMMON_WORD


# A foreign town this many times bigger than the home town of its name keeps the name (as a city's
# own name does in the gazetteer): "Bergen" on a German page is Norway's, not Bergen auf Rügen.
_NAMESAKE_MARGIN = 10


def _home_namesake(place: Place, words: tuple[str, ...], language: str) -> Place:
    """A town of the language's own country named as the foreign town that holds the spelling, and
    not ten times smaller: on a Spanish page "Salamanca" is Spain's, not the bigger Mexican one; nor
    smaller at all when the home town's own name is the spelling and the foreign town's is not."""
    if place.kind == "state" or place.country is None:
        return place
    homes = _HOME_COUNTRIES.get(language, frozenset())
    if place.country in homes:
        return place
    key = " ".join(words)
    for home in sorted(homes):
        namesake = gazetteer().local.get(NAMESAKES + home, {}).get(key)
        if namesake is not None and (
            place.population < _NAMESAKE_MARGIN * namesake.population
            # "León" is Spain's own town's name and only another spelling of León de los Aldama
            or (fold_phrase(namesake.name) == words and fold_phrase(place.name) != words)
        ):
            return namesake
    return place


def _home_city_named_so(place: Place, words: tuple[str, ...], written: str, language: str) -> Place:
    """A city of the language's own country whose own name, accents and all, is how the text writes
    the language's name of a foreign state: in Spanish "Granada" is the Spanish city before it is
    Grenada. Portuguese "França" is France still: Franca, in Brazil, has no cedilla."""
    if place.kind != "state":
        return place
    city = gazetteer().lookup(words)
    if (
        city is not None
        and city.kind != "state"
        and city.country in _HOME_COUNTRIES.get(language, ())
        and fold_phrase(city.name) == words
        and city.name.lower() == written.lower()
    ):
        return city
    return place


def _name_goes_on(doc: ActorDocument, end: int) -> bool:
    """'São Martinho do Porto': a small word and a capitalised word right after the name carry it on
    ("Rio Grande do Sul"), so a shorter name read inside it is another place's, or none."""
    tokens = doc.tokens
    if end + 2 >= len(tokens):
        return False
    inner, after = tokens[end + 1], tokens[end + 2]
    return (
        tokens[end].joined
        and inner.joined
        and inner.text in _INNER_WORDS
        and after.text[:1].isupper()
        and end + 2 not in doc.sentence_first
    )


# Russian adjective endings: "в Ростове Великом" (Rostov the Great), nominative and declined.
_RUSSIAN_ADJECTIVE_ENDS: tuple[str, ...] = ("ий", "ый", "ой", "ая", "яя", "ое", "ее", "ого", "его", "ому", "ему")
_RUSSIAN_ADJECTIVE_ENDS += ("ым", "им", "ом", "ем", "ей", "ую", "юю", "ых", "их", "ыми", "ими")
_RUSSIAN_NOMINATIVE_ENDS = ("ий", "ый", "ой", "ая", "яя", "ое", "ее")
# ...and those of a surname in -ин/-ов declined as one: "встретили в Казани Путиным".
_RUSSIAN_SURNAME_ENDS = ("иным", "ыным", "овым", "евым", "ёвым", "иной", "овой", "евой", "ёвой")
# A German adjective of a region, capitalised inside a name: "die Fränkische Schweiz", "im Bayerischen Wald".
_GERMAN_NAME_ADJECTIVE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+isch(?:e|en|er|es|em)")
# "Greater …" before a city names its area, the city with it: "na Grande São Paulo", "el Gran Buenos Aires".
_GREATER: dict[str, frozenset[str]] = _words_by_language(
    {"pt": "grande", "es": "gran", "fr": "grand", "it": "grande", "nl": "groot", "ru": "большой большом большого"}
)
# Nouns for a state's or a town's unit that open its official name: "la Regione Puglia", "o Estado
# Bahia" name the place itself.
_UNIT_NOUNS: dict[str, frozenset[str]] = _words_by_language(
    {
        "pt": "estado região município cidade distrito província",
        "es": "región provincia comunidad ciudad estado departamento municipio",
        "it": "regione provincia comune città",
        "fr": "région département province ville",
        "nl": "provincie gemeente stad",
    }
)
# Words that are no name's part in a line written in title case ("Granizo Destrói Safra Em Bento
# Gonçalves"): that many of the line's other longer words capitalised.
_TITLE_CASE_SHARE = 0.6
_TITLE_CASE_WORDS = 2


def _part_of_longer_name(doc: ActorDocument, position: int, end: int, language: str, declined: bool) -> bool:
    """'na Serra Gaúcha', 'no Jardim Europa', 'в Ростове Великом', 'die Fränkische Schweiz': a place's
    name with a capitalised word of the same name right after it or before it, mid-sentence, that
    the tables do not hold whole (the longest lookup failed): the name of something else, a region,
    a district, a club. In German every noun is capitalised ("in Dresden Wohnungen"), so only a
    capitalised adjective of a region before the place counts there."""
    tokens = doc.tokens
    # Only a space between: a hyphened name ("Basse-Normandie") is read by its own rules.
    before = (
        position - 1 if position > 0 and doc.text[tokens[position - 1].end : tokens[position].start] == " " else None
    )
    after = end + 1 if end + 1 < len(tokens) and doc.text[tokens[end].end : tokens[end + 1].start] == " " else None
    if before is not None and (
        before in doc.sentence_first or not _name_part(doc, before, language, after_place=False, declined=declined)
    ):
        before = None
    if after is not None and (
        after in doc.sentence_first or not _name_part(doc, after, language, after_place=True, declined=declined)
    ):
        after = None
    if before is None and after is None:
        return False
    return language in _CAPITALISED_NOUNS or not _title_case_line(doc, position, end)


def _name_part(doc: ActorDocument, k: int, language: str, after_place: bool, declined: bool) -> bool:
    """Whether the capitalised word at `k`, next to a place's name (`declined`: written in another
    case than its dictionary form), carries the name on (see `_part_of_longer_name`)."""
    token = doc.tokens[k]
    text = token.text
    if not text.isalpha() or not text[0].isupper() or text.isupper() or text[1:].isupper():
        return False  # "Curitiba PR", "Lisboa TV": a state's or channel's code
    if language in _CAPITALISED_NOUNS:
        return not after_place and _GERMAN_NAME_ADJECTIVE.fullmatch(text) is not None
    lower = text.lower()
    if lower in _GREATER.get(language, ()):
        return after_place  # "na Grande São Paulo" is the city's area; "Serra Grande", "Campina Grande" one name
    if lower in _UNIT_NOUNS.get(language, ()):
        return False
    if lower in FUNCTION_WORDS:
        return False
    if is_given_name(token.folded) or is_surname(token.folded):
        return False  # "Chegaram a Caxias do Sul Fernando e Paulo", "В Москве Собянин открыл"
    if language in _CYRILLIC:
        if not lower.endswith(_RUSSIAN_ADJECTIVE_ENDS) or lower.endswith(_RUSSIAN_SURNAME_ENDS):
            return False  # "В Казани Минниханов провёл": the sentence's subject, a person
        if after_place and declined and lower.endswith(_RUSSIAN_NOMINATIVE_ENDS) and not lower.endswith("ой"):
            return False  # "в Москве Достоевский жил": a subject in the nominative after a declined place
    place = doc.gazetteer.lookup((token.folded,))
    return place is None or (place.kind != "state" and place.population < KNOWN_TOWN)  # "Lisboa Porto Faro"


def _title_case_line(doc: ActorDocument, position: int, end: int) -> bool:
    """A line whose words are capitalised whatever they are: a headline or a menu in title case."""
    tokens = doc.tokens
    first = position
    while first > 0 and first not in doc.sentence_first and position - first < _LONGEST_LINE:
        first -= 1
    last = end
    while last + 1 < len(tokens) and last + 1 not in doc.sentence_first and last - end < _LONGEST_LINE:
        last += 1
    words = [
        tokens[k]
        for k in range(first, last + 1)
        if (k < position - 1 or k > end + 1) and k != first and len(tokens[k].text) >= 4 and tokens[k].text.isalpha()
    ]
    # People's names are capitalised in any line: a common word (the text writes it in lower case
    # elsewhere) capitalised shows the title case.
    common = [word for word in words if word.text[0].islower() or word.folded in doc.lower_case]
    capitalised = sum(1 for word in common if word.text[0].isupper())
    return capitalised >= _TITLE_CASE_WORDS and capitalised >= _TITLE_CASE_SHARE * len(common)


_LONGEST_LINE = 40


def _name_end(doc: ActorDocument, end: int) -> int:
    """The last capitalised word of the longer name a place's name at `end` goes on into."""
    tokens = doc.tokens
    while end + 1 < len(tokens) and tokens[end].joined and tokens[end + 1].text[:1].isupper():
        end += 1
    return end


@lru_cache(maxsize=2048)
def _named_elsewhere(place: Place, language: str) -> float:
    """How frequent (Zipf) the place's name is in the other languages that write it in Latin
    letters: its English name, or a state's name in each of them ("Tschechien" for Czechia, which
    English names seldom so). The mean of the three highest, so that one language that uses the
    name as a word ("riunione": a meeting) does not decide alone."""
    exonyms = gazetteer().exonyms if place.kind == "state" else {}
    weights = [
        max(
            _frequency(word, other)
            for word in [
                place.name.lower(),
                *(key for key, english in exonyms.get(other, {}).items() if english == place.name),
            ]
        )
        for other in _WEIGHED_IN
        if other != language
    ]
    return sum(sorted(weights)[-_HIGHEST:]) / _HIGHEST


_HIGHEST = 3


def with_company(candidates: list[Candidate]) -> list[Candidate]:
    """The candidates without those that stand only with company and have none: no other
    candidate names the same place ("Того, кто…" alone on a page that names no Togo)."""
    named = {c.gazetteer_name for c in candidates if not c.needs_company}
    return [c for c in candidates if not c.needs_company or c.gazetteer_name in named]


# Words before a common noun's genitive ("des Essens", "eines Essens"): a place's genitive takes none.
_GENITIVE_ARTICLES = frozenset(
    ["des", "eines", "dieses", "jenes", "jedes", "keines", "meines", "deines", "seines", "ihres", "unseres", "eures"]
)


def _german_genitive(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    """'Hamburgs Hafen', 'Deutschlands größter Hafen', 'die Küste Schleswig-Holsteins': the
    genitive "s" of a state, a first-level region or a large city, which the stem names on its own.
    Not after an article ("des Essens" is of the food), not a word that names a place with its
    "s" ("Paris"), and not a word more frequent than its stem ("stets", "Landes"): a place's
    genitive is rarer than its name."""
    tokens = doc.tokens
    token = tokens[position]
    word = token.text
    if language != "de" or len(word) < 5 or not word.endswith("s") or word.endswith("ss") or not word[0].isupper():
        return None
    if position > 0 and tokens[position - 1].text.lower() in _GENITIVE_ARTICLES:
        return None
    first = position
    while first > 0 and doc.text[tokens[first - 1].end : tokens[first].start] in ("-", "‐"):
        first -= 1  # "Schleswig-Holsteins": the tokens split at the hyphen
    stem = doc.text[tokens[first].start : token.end - 1]
    words = tuple(fold(part) for part in stem.split("-"))
    if doc.gazetteer.lookup((fold(doc.text[tokens[first].start : token.end]),)) is not None:
        return None  # "Paris", "Athens": the "s" is the name's own
    place = doc.gazetteer.lookup(("-".join(words),)) or doc.gazetteer.lookup(words)
    if place is None or (place.kind != "state" and place.population < LARGE_CITY):
        return None
    if stem.lower() in doc.lower_case or _surname_after_given_name(doc, first):
        return None
    frequency = _frequency(word.lower(), language)
    if frequency >= _FREQUENT_WORD or frequency >= _frequency(stem.lower(), language):
        return None
    kind = ActorKind.state if place.kind == "state" else ActorKind.place
    return _candidate(first, position, stem, place, kind)


def _german_dative_plural(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    """'aus den Niederlanden': a state named in the plural takes "n" after the dative article."""
    tokens = doc.tokens
    word = tokens[position].text
    if language != "de" or position == 0 or tokens[position - 1].text.lower() != "den" or not word.endswith("en"):
        return None
    place = doc.gazetteer.lookup((fold(word[:-1]),))
    if place is None or place.kind != "state":
        return None
    return _candidate(position, position, word[:-1], place, ActorKind.state)


# "an den Gardasee", "am Chiemsee", "des Tegernsees": a lake's name is a compound in "-see" after an
# article; its first part is no word ("Stausee", "Badesee", "Übersee" are words: a dam, a pond,
# overseas). The tables hold no lakes, so it is read from the word.
_LAKE_ARTICLES = frozenset(["am", "vom", "zum", "im", "den", "dem", "des"])
_LAKE_STEM_WORD = 3.0
_SHORTEST_LAKE_STEM = 4
# "am Bodensee": a first part that is a word still names a lake after "am", "vom" or "den" when the
# sentence speaks of a lake (a shore, a ferry, sailing), unless the first part is a kind of lake or
# sea ("am Baggersee", "am Bergsee" are any such lake).
_NAMED_LAKE_ARTICLES = frozenset(["am", "vom", "den"])
_LAKE_KINDS = frozenset(
    [
        "stau",
        "bade",
        "bagger",
        "berg",
        "wald",
        "krater",
        "stadt",
        "dorf",
        "moor",
        "tief",
        "hoch",
        "binnen",
        "natur",
        "fisch",
        "speicher",
        "kies",
        "heide",
        "salz",
        "gletscher",
        "über",
        "nord",
        "süd",
        "ost",
        "west",
        "groß",
        "klein",
    ]
)
_LAKE_CONTEXT = ("ufer", "schiff", "fähre", "segel", "segl", "strand", "hafen", "insel", "bucht", "fischer")


def _german_lake(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    tokens = doc.tokens
    word = tokens[position].text
    if language != "de" or position == 0 or not tokens[position - 1].joined:
        return None
    if tokens[position - 1].text.lower() not in _LAKE_ARTICLES:
        return None
    name = word[:-1] if word.endswith("sees") else word
    stem = name[:-3]
    if not name.endswith("see") or len(stem) < _SHORTEST_LAKE_STEM or not stem.isalpha() or not stem[1:].islower():
        return None
    if _frequency(stem.lower(), language) >= _LAKE_STEM_WORD and not _named_lake_with_a_word(doc, position, stem):
        return None
    return _candidate(position, position, name, Place(name, "place"), ActorKind.place)


def _named_lake_with_a_word(doc: ActorDocument, position: int, stem: str) -> bool:
    tokens = doc.tokens
    if tokens[position - 1].text.lower() not in _NAMED_LAKE_ARTICLES or stem.lower() in _LAKE_KINDS:
        return False
    text = doc.text
    start = max(text.rfind(mark, 0, tokens[position].start) for mark in ".!?\n") + 1
    ends = [found for mark in ".!?\n" if (found := text.find(mark, tokens[position].end)) >= 0]
    sentence = text[start : min(ends, default=len(text))].lower()
    return any(word.startswith(_LAKE_CONTEXT) for word in re.findall(r"\w+", sentence))


# "am Starnberger See", "am Zwischenahner Meer", "des Plöner Sees": a lake named by its town's
# adjective in "-er" (written with a capital, as only a name's adjective is) and "See" or "Meer".
_LAKE_NOUNS = {"See": "See", "Sees": "See", "Meer": "Meer", "Meeres": "Meer", "Meers": "Meer"}
_SHORTEST_TOWN_ADJECTIVE = 5
# ...and so is a landscape: "in der Lüneburger Heide", "die Magdeburger Börde", "an der Lübecker
# Bucht", "im Thüringer Wald", "im Osnabrücker Land", "im Neuwieder Becken" (noun -> its articles).
_FEMININE_ARTICLES = frozenset(["der", "die"])
_LANDSCAPE_NOUNS: dict[str, frozenset[str]] = {
    "Heide": _FEMININE_ARTICLES,
    "Börde": _FEMININE_ARTICLES,
    "Bucht": _FEMININE_ARTICLES,
    "Marsch": _FEMININE_ARTICLES,
    "Wald": frozenset(["im", "am", "vom", "zum", "den", "dem"]),
    "Waldes": frozenset(["des"]),
    "Land": frozenset(["im", "ins", "vom", "zum", "dem", "das"]),
    "Landes": frozenset(["des"]),
    "Becken": frozenset(["im", "ins", "vom", "zum", "dem", "das"]),
}


def _german_lake_of_a_town(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    tokens = doc.tokens
    word = tokens[position].text
    if language != "de" or position == 0 or position + 1 >= len(tokens) or not tokens[position - 1].joined:
        return None
    following, article = tokens[position + 1].text, tokens[position - 1].text.lower()
    noun = _LAKE_NOUNS.get(following) if article in _LAKE_ARTICLES else None
    if noun is None and article in _LANDSCAPE_NOUNS.get(following, ()):
        noun = following.removesuffix("es") if following.endswith("es") else following
    if noun is None or not tokens[position].joined:
        return None
    if len(word) < _SHORTEST_TOWN_ADJECTIVE or not word.endswith("er") or not word.isalpha() or not word[1:].islower():
        return None
    state = doc.gazetteer.lookup((fold(word[:-2]),))
    if state is not None and state.kind == "state":
        return None  # "am Schweizer See": a Swiss lake, not one named so
    name = f"{word} {noun}"
    return _candidate(position, position + 1, name, Place(name, "place"), ActorKind.place)


# "im Allgäu", "aus dem Breisgau", "ins Rheingau": a landscape named by a compound in "-gau" (a
# district of old), which the tables do not hold; no common noun ends so.
_GAU_ENDINGS = ("gau", "gäu")
_SHORTEST_GAU_STEM = 2


def _german_word_after_article(doc: ActorDocument, position: int, language: str) -> str | None:
    """The word at `position` when it follows "im", "ins", "aus dem"... in German text, else None."""
    tokens = doc.tokens
    if language != "de" or position == 0 or not tokens[position - 1].joined:
        return None
    if tokens[position - 1].text.lower() not in _LAKE_ARTICLES | {"ins"}:
        return None
    return tokens[position].text


def _german_gau(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    word = _german_word_after_article(doc, position, language)
    if word is None:
        return None
    name = word[:-1] if word.endswith(("gaus", "gäus")) else word
    stem = name[:-3]
    if (
        not name.endswith(_GAU_ENDINGS)
        or len(stem) < _SHORTEST_GAU_STEM
        or not name.isalpha()
        or not name[1:].islower()
    ):
        return None
    return _candidate(position, position, name, Place(name, "place"), ActorKind.place)


# "in Ostfriesland", "im Ammerland", "aus dem Wendland": a landscape named by a compound in "-land"
# that the tables do not hold. A common noun in "-land" takes an article ("im Nachbarland") unless
# it is a mass noun of land use ("in Bauland umgewidmet"), and its first part is a word of the
# language ("nachbar", "bau"); a landscape's first part is a river's or a people's name, rare as a
# word ("ostfries", "ammer", "wend"). After an article the first part must be rarer still.
_LAND_STEM_BARE = 3.5
_LAND_STEM_AFTER_ARTICLE = 3.0
_SHORTEST_LAND_STEM = 3
_BARE_LAND_PREPOSITIONS = frozenset(["in", "aus", "nach"])


def _german_land(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    tokens = doc.tokens
    word = tokens[position].text
    if language != "de" or position == 0 or not tokens[position - 1].joined:
        return None
    if not word.endswith("land") or not word.isalpha() or not word[1:].islower():
        return None
    stem = word[:-4].lower()
    if len(stem) < _SHORTEST_LAND_STEM:
        return None
    before = tokens[position - 1].text
    if before in _BARE_LAND_PREPOSITIONS:
        ceiling = _LAND_STEM_BARE
    elif before.lower() in _LAKE_ARTICLES | {"ins"}:
        ceiling = _LAND_STEM_AFTER_ARTICLE
    else:
        return None
    stems = [stem, stem[:-1] if stem.endswith("s") else stem, stem[:-2] if stem.endswith("es") else stem]
    if max(_frequency(form, language) for form in stems) >= ceiling:
        return None  # "im Nachbarland", "in Bauland", "im Urlaubsland" (Urlaub): common nouns
    return _candidate(position, position, word, Place(word, "place"), ActorKind.place)


# Dutch writes its common nouns in lower case: a capitalised word alone after "langs de" (along the)
# inside a sentence is a river or a coast ("langs de Maas", "langs de Waal"); "op de" is left, since
# a brand's compound follows it too ("op de Facebookpagina"). A word this frequent (Zipf) is a common
# noun a title capitalises.
_ALONG_THE: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "nl": (frozenset(["langs"]), frozenset(["de", "het"])),
}
_ALONG_WORD = 5.0  # "Maas" 4.2, "IJssel" 4.0: as often as the news names them


def _along_the_river(doc: ActorDocument, position: int, first: int, last: int, language: str) -> Candidate | None:
    cue = _ALONG_THE.get(language)
    tokens = doc.tokens
    if cue is None or position != first or position != last or position < 2 or position in doc.sentence_first:
        return None
    preposition, article, word = tokens[position - 2], tokens[position - 1], tokens[position].text
    if preposition.text.lower() not in cue[0] or article.text not in cue[1]:
        return None
    rest = word[2:] if word.startswith("IJ") else word[1:]  # "IJssel": Dutch capitalises its "ij" whole
    if not (preposition.joined and article.joined and word.isalpha() and rest.islower()):
        return None
    if _frequency(word.lower(), language) >= _ALONG_WORD:
        return None
    return _candidate(position, position, word, Place(word, "place"), ActorKind.place)


# Swedish joins the noun for a river or a lake to its name: "Dalälven", "Fyrisån", "Storsjön"; or
# writes it after the name in lower case: "Ume älv". Capitalised inside a sentence, such a word is
# the water's name ("Härifrån", "from here", ends so too, and opens its sentence).
_SWEDISH_WATER_ENDS = ("älven", "ån", "sjön", "fjärden")
_SWEDISH_RIVER_NOUN = "älv"
_SHORTEST_WATER = 6


def _swedish_water(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    tokens = doc.tokens
    word = tokens[position].text
    if language != "sv" or position in doc.sentence_first or not word.isalpha() or not word[1:].islower():
        return None
    following = tokens[position + 1] if position + 1 < len(tokens) else None
    if following is not None and following.text == _SWEDISH_RIVER_NOUN and tokens[position].joined:
        name = f"{word} {_SWEDISH_RIVER_NOUN}"
        return _candidate(position, position + 1, name, Place(name, "place"), ActorKind.place)
    if len(word) < _SHORTEST_WATER or not word.endswith(_SWEDISH_WATER_ENDS):
        return None
    return _candidate(position, position, word, Place(word, "place"), ActorKind.place)


# "im Münsterland", "ins Emsland", "im Frankenwald", "am Oderbruch": a land named by a compound of a
# town, a region or a river the tables know and a noun for a stretch of land. A common noun of that
# shape opens with a word that is no such place ("Stadtwald", "Steinbruch", "Nachbarland"); a small
# town's name is too often a word as well ("Stein"), so the place must be of some size.
_LAND_HEADS = ("land", "wald", "bruch", "mark", "heide", "marsch", "gebirge")
_SHORTEST_PLACE_STEM = 3


def _german_land_of_a_place(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    tokens = doc.tokens
    word = tokens[position].text
    if language != "de" or position == 0 or not tokens[position - 1].joined or not tokens[position - 1].text.islower():
        return None
    if not word.isalpha() or not word[1:].islower():
        return None
    head = next((end for end in _LAND_HEADS if word.endswith(end)), None)
    if head is None or len(word) - len(head) < _SHORTEST_PLACE_STEM:
        return None
    stem = word[: len(word) - len(head)]
    if stem in GERMAN_RIVERS:
        return _candidate(position, position, word, Place(word, "place"), ActorKind.place)
    place = doc.gazetteer.lookup((fold(stem),))
    if place is None or place.kind == "state" or not (is_region(place) or place.population >= HOME_TOWN):
        return None
    if place.country not in _HOME_COUNTRIES.get(language, frozenset()) | _WRITTEN_IN.get(language, frozenset()):
        return None  # "Bauland": building land, whatever town of Malaysia is named Bau
    if _frequency(stem.lower(), language) >= _STEM_AS_A_WORD:
        return None  # "Ausland", "Einbruch": "aus", "ein" are words first, whatever town GeoNames spells so
    return _candidate(position, position, word, Place(word, "place"), ActorKind.place)


_STEM_AS_A_WORD = 5.0  # "Münster" 4.6 names the town; "aus" 6.6 is a preposition


# "im Zillertal", "ins Ahrtal", "aus dem Neckartal": a valley named by a compound in "-tal" after its
# river, which the tables do not hold. A common noun in "-tal" is a frequent word whole ("Kapital",
# "Portal") or opens with a frequent word ("Seitental", "Hochtal", "Flusstal": 4.4 and above); a
# river's name is rarer ("Inn" 3.9, "Neckar" 4.0, "Ahr" 2.9). A compound that ends in a common noun
# in "-tal" is that noun ("Vorjahresquartal": a quarter, "Bürgerportal": a portal), however rare
# the compound: no valley's name ends in a frequent word longer than "Tal" ("mühltal" 2.4).
_VALLEY_WORD, _VALLEY_STEM, _VALLEY_TAIL = 3.1, 4.2, 3.0
_SHORTEST_VALLEY_TAIL = 5


def _german_valley(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    word = _german_word_after_article(doc, position, language)
    if word is None:
        return None
    name = word[:-1] if word.endswith("tals") else word
    stem = name[:-3].lower()
    if not name.endswith("tal") or not name.isalpha() or not name[1:].islower() or len(stem) < _SHORTEST_LAND_STEM:
        return None
    if _frequency(name.lower(), language) >= _VALLEY_WORD or _frequency(stem, language) >= _VALLEY_STEM:
        return None
    lowered = name.lower()
    tails = (lowered[start:] for start in range(1, len(lowered) - _SHORTEST_VALLEY_TAIL + 1))
    if any(_frequency(tail, language) >= _VALLEY_TAIL for tail in tails):
        return None  # "im Vorjahresquartal", "im Internetportal": a quarter, a portal
    return _candidate(position, position, name, Place(name, "place"), ActorKind.place)


# The small words that join the parts of a French commune's name: "Cénac-et-Saint-Julien",
# "Villeneuve-sur-Lot", "Saint-Cyr-en-Val", "Sainte-Foy-la-Grande", "Pont-l'Évêque".
_HYPHEN_LINKERS: dict[str, frozenset[str]] = _words_by_language({"fr": "et sur sous en de du des la le les lès aux"})
_HYPHEN_CUES: dict[str, frozenset[str]] = _words_by_language({"fr": "à de d' entre et près vers par"})
_LONGEST_HYPHEN_CHAIN = 9


def _rest_of_a_hyphened_name(doc: ActorDocument, position: int, language: str) -> bool:
    """'Saint-Julien' in "Cénac-et-Saint-Julien", 'France' in "Météo-France": the end of a longer name
    joined by hyphens, no place of its own here."""
    linkers = _HYPHEN_LINKERS.get(language)
    tokens = doc.tokens
    if position < 1 or _gap(doc, position - 1) != "-":
        return False
    before = tokens[position - 1]
    if linkers is not None and position >= 2 and before.text in linkers and _gap(doc, position - 2) == "-":
        return True
    # "Météo-France", "Radio-Canada": a name's first part no place, the state its end ("Berlin-Brandenburg"
    # names both; "Saint-Geniès", "Rhön-Grabfeld" are read whole from their end)
    state = doc.gazetteer.lookup((tokens[position].folded,))
    return (
        state is not None
        and state.kind == "state"
        and before.text[:1].isupper()
        and before.text.isalpha()
        and doc.gazetteer.lookup((before.folded,)) is None
        and not (position >= 2 and _gap(doc, position - 2) == "-")
    )


def _hyphened_commune(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    """'de Carlux et de Cénac-et-Saint-Julien': capitalised words joined by hyphens and a small word of a
    commune's name, after a preposition of place or in a list; no table holds every commune."""
    linkers = _HYPHEN_LINKERS.get(language)
    tokens = doc.tokens
    if linkers is None or position < 1 or _gap(doc, position - 1) == "-":
        return None
    before = tokens[position - 1]
    if before.text not in _HYPHEN_CUES.get(language, frozenset()) and _gap(doc, position - 1) != ", ":
        return None
    end = position
    while end + 1 < len(tokens) and _gap(doc, end) == "-" and end - position < _LONGEST_HYPHEN_CHAIN:
        end += 1
    parts = [tokens[k].text for k in range(position, end + 1)]
    capitals = [part for part in parts if part[:1].isupper()]
    if (
        len(capitals) < 2
        or not any(part in linkers for part in parts)
        or not all(part[:1].isupper() or part in linkers for part in parts)
        or not parts[-1][:1].isupper()
        or any(fold(part) in doc.given_surnames for part in capitals)
    ):
        return None
    name = doc.text[tokens[position].start : tokens[end].end]
    return _candidate(position, end, name, Place(name, "place"), ActorKind.place)


# German districts named by their parts joined with hyphens: "der Main-Kinzig-Kreis", "im Landkreis
# Main-Spessart", "im Kreis Siegen-Wittgenstein".
_DISTRICT_WORD = "Kreis"
_DISTRICT_NOUNS = frozenset(["Landkreis", "Landkreises", "Kreis", "Kreises"])


def _german_district(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    """'der Main-Kinzig-Kreis', 'im Landkreis Main-Spessart': capitalised parts joined by hyphens,
    closed by "-Kreis" or after a noun for a district."""
    if language != "de":
        return None
    tokens = doc.tokens
    if position >= 1 and _gap(doc, position - 1) == "-":
        return None  # the chain opens before
    end = position
    while end + 1 < len(tokens) and _gap(doc, end) == "-" and end - position < _LONGEST_HYPHEN_CHAIN:
        end += 1
    parts = [tokens[k].text for k in range(position, end + 1)]
    if len(parts) < 2 or not all(part.isalpha() and part[0].isupper() and part[1:].islower() for part in parts):
        return None
    after_noun = position >= 1 and tokens[position - 1].text in _DISTRICT_NOUNS and tokens[position - 1].joined
    if parts[-1] != _DISTRICT_WORD and not after_noun:
        return None
    if parts[-1] == _DISTRICT_WORD and len(parts) < 3:
        return None  # "Rhein-Kreis" is too little to tell
    if any(fold(part) in doc.given_surnames for part in parts):
        return None
    name = doc.text[tokens[position].start : tokens[end].end]
    return _candidate(position, end, name, Place(name, "place"), ActorKind.place)


def _department(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    """'la Dordogne, le Lot, la Corrèze', "l'Aveyron", "en Corrèze": a département after an article, the
    whole of its run (no "le Lot Football Club"), named as no person on the page."""
    names = department_names(language)
    if not names:
        return None
    tokens = doc.tokens
    token = tokens[position]
    elided = elided_name(token)
    word = elided if elided is not None else token.text
    name = names.get(fold(word))
    if name is None or not word[:1].isupper() or token.folded in doc.given_surnames:
        return None
    if (
        token.joined
        and position + 1 < len(tokens)
        and (tokens[position + 1].text[:1].isupper() or _gap(doc, position) == "-")
    ):
        return None  # "le Lot Football Club", "Lot-et-Garonne": a longer name
    if elided is None:
        before = tokens[position - 1] if position > 0 and tokens[position - 1].joined else None
        if before is None or before.text.lower() not in DEPARTMENT_ARTICLES.get(language, frozenset()):
            return None
        if not before.text.islower() and position - 1 not in doc.sentence_first:
            return None  # "La Somme et la Manche …" opening a sentence, not "Avenue La Fayette"
    elif not token.text[:1].islower():
        return None  # "L'Ain" opening a sentence stays read as the rest is
    if position > 0 and _gap(doc, position - 1) == "-":
        return None
    return _candidate(position, position, name, Place(name, "place", "France"), ActorKind.place)


# Villages and small towns the tables do not hold, named with a cue, one row per language:
# - after a noun for a municipality or a district (German writes it right before the name: "im
#   Landkreis Vulkaneifel", "die Gemeinde Wendelsbühl"; the Romance languages with "of": "el concejo
#   de Tineo", "il comune di Scansano", "o concelho de Mértola");
_SETTLEMENT_NOUNS: dict[str, frozenset[str]] = _words_by_language(
    {
        "de": "gemeinde ortsgemeinde nachbargemeinde landkreis ortsteil stadtteil ortschaft marktgemeinde",
        # ...and a lake named after its village: "el lago de Ercina", "il lago di Fiastrone", "la lagoa de
        # Óbidos"; and the singular nouns for a village: "la aldea de Bulnes", "il borgo di Castelvento",
        # "le village de Domme", "a aldeia de Drave"
        "es": "provincia comarca concejo municipio localidad lago aldea pueblo",
        "it": "provincia comune frazione lago paese borgo",
        "fr": "commune département lac village",
        "pt": "município concelho freguesia distrito lagoa aldeia vila",
        # "у деревни Шотогорка", "в селе Кушкопала", "посёлок Ульта": Russian names the village after the noun
        "ru": "деревня деревни деревне деревню деревней село села селе селом посёлок посёлка посёлке посёлком"
        " поселок поселка поселке поселком",
    }
)
# Endings of Russian family names: a given name and one of them after a village make a person.
_RUSSIAN_SURNAMES = {"ru": ("ов", "ев", "ёв", "ин", "ын", "ский", "цкий", "ова", "ева", "ина", "ская", "цкая")}
_OF_A_SETTLEMENT: dict[str, frozenset[str]] = _words_by_language({"es": "de", "it": "di", "fr": "de", "pt": "de"})
# - in German, after a bare preposition of place ("in Wendelsbühl", "aus Kirchhellenrode", "bei
#   Ostermannsdorf"), a name with an ending of a settlement's name: no common noun so ending goes
#   without an article there ("im Pflegeheim", "ins Nachbardorf"). The part before the ending is
#   a word or more ("Dingen" is no place).
_GERMAN_SETTLEMENT_ENDINGS: tuple[str, ...] = (
    "dorf",
    "hausen",
    "heim",
    "ingen",
    "stedt",
    "stett",
    "büttel",
    "wedel",
    "rode",
)
_GERMAN_SETTLEMENT_ENDINGS += ("hofen", "kirchen", "weiler", "leben", "roda", "brück", "bühl", "beuren", "reuth")
_GERMAN_SETTLEMENT_ENDINGS += ("ried", "grün", "burg", "bach")
# "oberhalb von Kirchelstadt", "in Wettau", "in Rabenfels"; the common nouns so ending ("Rohbau", "Hausfrau",
# "Vorschau", "Rückstau") are no settlement
_GERMAN_SETTLEMENT_ENDINGS += ("stadt", "au", "fels")
# "aus Gersfeld", "bei Hünfeld": the common nouns so ending take an article ("im Umfeld", "im Vorfeld")
_GERMAN_SETTLEMENT_ENDINGS += ("feld",)
# "in Habichsthal", "bei Heigenbrücken": the old spelling of -tal names places only; -brücken closes names
_GERMAN_SETTLEMENT_ENDINGS += ("thal", "brücken")
# "aus Kienitz", "bei Gusow": Slavic endings of villages east of the Elbe; the nouns so ending are
# frequent words ("Besitz", "Wohnsitz") or take an article ("im Vorsitz")
_GERMAN_SETTLEMENT_ENDINGS += ("itz", "ow")
# Words that open a village's name before a name with a settlement's ending: "Groß Neuendorf", "Klein Köris"
_VILLAGE_NAME_WORD = 4.0
_GERMAN_VILLAGE_OPENERS = frozenset(["Groß", "Klein", "Alt", "Neu", "Hohen", "Nieder", "Ober", "Wendisch", "Deutsch"])
_NOT_SETTLEMENT_ENDINGS: dict[str, tuple[str, ...]] = {"de": ("bau", "frau", "schau", "stau")}
_SETTLEMENT_ENDINGS: dict[str, tuple[str, ...]] = {"de": _GERMAN_SETTLEMENT_ENDINGS}
_SETTLEMENT_PREPOSITIONS: dict[str, frozenset[str]] = _words_by_language({"de": "in aus nach bei nahe zwischen"})
_SHORTEST_SETTLEMENT_STEM = 3
# Rarer than this (Zipf) in the language: no word of it ("Hillesheim" 2.1, "Gerolstein" 2.7).
_SETTLEMENT_WORD = 3.0


def _ends_like_a_settlement(word: str, language: str) -> bool:
    lowered = word.lower()
    ending = next((end for end in _SETTLEMENT_ENDINGS.get(language, ()) if lowered.endswith(end)), None)
    return (
        ending is not None
        and not lowered.endswith(_NOT_SETTLEMENT_ENDINGS.get(language, ()))
        and len(lowered) - len(ending) >= _SHORTEST_SETTLEMENT_STEM
    )


def _settlement_cue(doc: ActorDocument, position: int, language: str) -> bool:
    """A bare preposition of place ("in Wendelsbühl", "In Wendelsbühl ist"), a direction ("oberhalb
    von Wendelsbühl") or "rund um" right before the name."""
    before = doc.tokens[position - 1]
    return (
        before.joined
        and before.text.lower() in _SETTLEMENT_PREPOSITIONS.get(language, ())
        and (before.text[0].islower() or position - 1 in doc.sentence_first)
    ) or (_direction_of(doc, position, language) or _around(doc, position, language))


def _named_settlement(doc: ActorDocument, position: int, last: int, language: str) -> Candidate | None:
    nouns = _SETTLEMENT_NOUNS.get(language)
    if nouns is None or position == 0:
        return None
    tokens = doc.tokens
    word = tokens[position].text
    # "из деревни Иргизлы Ринат Кутлугильдин": the run goes on with a person named after the village
    person_after = (
        position < last
        and tokens[position].joined
        and (
            is_given_name(tokens[position + 1].folded)
            or (last == position + 2 and tokens[last].text.endswith(_RUSSIAN_SURNAMES.get(language, ("\0",))))
        )
    )
    if position != last and not person_after and language in _OF_A_SETTLEMENT:
        return _settlement_of_several_words(doc, position, last, language)
    if not word.isalpha() or not word[0].isupper() or not word[1:].islower() or (position != last and not person_after):
        return None  # one word, closing the run: "Landkreis Vulkaneifel", "concejo de Cabrales"
    before = tokens[position - 1]
    if fold(word) in doc.given_surnames or doc.text.startswith("/", tokens[position].end):
        return None  # "vgl. Hoeren in Kesselheim/Brandt": authors of a commentary, cited
    cued = before.joined and before.text.lower() in nouns and (language != "de" or before.text[0].isupper())
    if not cued and before.joined and before.text in _OF_A_SETTLEMENT.get(language, ()) and position >= 2:
        noun = tokens[position - 2]
        cued = noun.joined and noun.text.islower() and noun.text in nouns
    first = position
    if (
        not cued
        and language == "de"
        and position >= 2
        and tokens[position - 1].text in _GERMAN_VILLAGE_OPENERS
        and tokens[position - 1].joined
        and _ends_like_a_settlement(word, language)
    ):
        first = position - 1  # "zwischen Zollbrücke und Groß Neuendorf": the opener is the name's
    if not cued and _ends_like_a_settlement(word, language):
        cued = _settlement_cue(doc, first, language)
        item: int | None = first
        for _ in range(_LONGEST_LIST):  # "rund um Gersfeld und Poppenhausen": the list's items before are too
            item = _previous_item(doc, item, frozenset(), language) if not cued and item is not None else None
            if (
                item is None
                or not _ends_like_a_settlement(tokens[item].text, language)
                or not tokens[item].text.isalpha()
                or _frequency(tokens[item].text.lower(), language) >= _SETTLEMENT_WORD
            ):
                break
            cued = _settlement_cue(doc, item, language)
    if not cued and language in _SETTLEMENT_ENDINGS:
        cued = _listed_with_a_settlement(doc, position, language)
    # "Groß Neuendorf": with an opener, a name as frequent as many villages share is still one
    if not cued or _frequency(word.lower(), language) >= (
        _SETTLEMENT_WORD if first == position else _VILLAGE_NAME_WORD
    ):
        return None
    name = doc.text[tokens[first].start : tokens[position].end]
    return _candidate(first, position, name, Place(name, "place"), ActorKind.place)


_LONGEST_SETTLEMENT = 3


def _settlement_of_several_words(doc: ActorDocument, position: int, last: int, language: str) -> Candidate | None:
    """'na vila de Serra Grande': after a noun for a village and "of", a run of capitalised words that
    GeoNames holds as a village of the language's countries."""
    tokens = doc.tokens
    nouns = _SETTLEMENT_NOUNS.get(language, frozenset())
    if last - position >= _LONGEST_SETTLEMENT or position < 2 or language not in _OF_A_SETTLEMENT:
        return None
    of, noun = tokens[position - 1], tokens[position - 2]
    if not (of.joined and of.text in _OF_A_SETTLEMENT[language] and noun.joined and noun.text in nouns):
        return None
    if " ".join(tokens[k].folded for k in range(position, last + 1)) not in village_names(language):
        return None
    name = doc.text[tokens[position].start : tokens[last].end]
    return _candidate(position, last, name, Place(name, "place"), ActorKind.place)


def _listed_with_a_settlement(doc: ActorDocument, position: int, language: str) -> bool:
    """'in Ehrenberg und Ebersburg': a list after a bare preposition of place, of rare words named as
    no person, one with a settlement's ending; an item with no ending ends like no noun's plural or
    case either ("in Wendelsbühl und Fichtenwäldern" names one village)."""
    tokens = doc.tokens
    if tokens[position].text.endswith(_VILLAGE_BESIDE_A_KNOWN_PLACE.get(language, ())):
        return False
    items = [position]
    for step in (_previous_item, _next_item):
        k: int | None = position
        while len(items) <= _LONGEST_LIST:
            k = step(doc, k, frozenset(), language) if k is not None else None
            if k is None or k < 1 or not _rare_name_word(doc, k, language):
                break
            items.append(k)
    return (
        len(items) > 1
        and any(_ends_like_a_settlement(tokens[k].text, language) for k in items)
        and _settlement_cue(doc, min(items), language)
    )


def _rare_name_word(doc: ActorDocument, k: int, language: str) -> bool:
    token = doc.tokens[k]
    word, folded = token.text, token.folded
    return (
        word.isalpha()
        and word[0].isupper()
        and word[1:].islower()
        and not (token.joined and k + 1 < len(doc.tokens) and doc.tokens[k + 1].text[:1].isupper())
        and folded not in doc.given_surnames
        and not is_given_name(folded)
        and not is_surname(folded)
        and _frequency(word.lower(), language) < _SETTLEMENT_WORD
    )


# Villages of the Romance languages have no ending to tell them by; a list read after a bare
# preposition of place tells them: "en Tielve, en Sotres y en Poncebos", "tra Borgotto e Casalvento",
# "a Fossella o a Macerata". Every item is one capitalised word, a place the table holds or a rare
# word (Zipf) named as no person on the page, and a repeated preposition or "and"/"or" joins them.
_VILLAGE_PREPOSITIONS: dict[str, frozenset[str]] = _words_by_language(
    {
        "es": "en entre desde",
        "it": "a ad in tra fra da",
        "pt": "em entre",
        "fr": "à entre",
        "de": "in aus nach bei zwischen",
    }
)
_VILLAGE_WORD = 3.0
# German writes every noun with a capital ("zwischen Kronach und Fichtenwäldern"): a German list names a
# village only beside a place the table holds, by a word with no ending of a noun's plural or case.
_VILLAGE_BESIDE_A_KNOWN_PLACE: dict[str, tuple[str, ...]] = {"de": ("e", "n", "r", "s")}


# "rund um Nandlstadt", "rund ums Dorf": around a place; "um" alone takes common nouns ("um Geld").
_AROUND: dict[str, tuple[str, str]] = {"de": ("rund", "um")}


def _around(doc: ActorDocument, position: int, language: str) -> bool:
    pair = _AROUND.get(language)
    if pair is None or position < 2:
        return False
    around, preposition = doc.tokens[position - 2], doc.tokens[position - 1]
    return preposition.text == pair[1] and preposition.joined and around.joined and around.text.lower() == pair[0]


def _listed_village(doc: ActorDocument, first: int, position: int, last: int, language: str) -> Candidate | None:
    prepositions = _VILLAGE_PREPOSITIONS.get(language)
    if prepositions is None:
        return None
    tokens = doc.tokens
    end = _village_name_end(doc, position, language)  # "Castel del Monte", "San Pietro Avellana"
    if end is None and (
        position != last
        or not _village_word(doc, position, language, _KNOWN_PARTNER_WORD)
        or _name_goes_on_inside(doc, position, language)
    ):
        return None
    if end is not None and (end < last or (position > 0 and tokens[position - 1].joined and position != first)):
        return None  # the name is its run's whole
    if first != position and (first != position - 1 or tokens[first].text.lower() not in prepositions):
        return None  # alone in its run, or after the preposition opening the sentence ("En Tielve")
    end = position if end is None else end
    items = [position]
    joiners = prepositions | _OF_A_SETTLEMENT.get(language, frozenset())  # "de Riez et de Manosque"
    k = position
    while len(items) <= _LONGEST_LIST:
        item = _previous_item(doc, k, joiners, language)
        if item is not None and item >= 1 and not _list_item(doc, item, language):
            item = _village_name_start(doc, item, language)
        elif item is not None and item >= 1 and _village_name_start(doc, item, language) is not None:
            item = None  # "Castel del Piano": the single word closes a longer name
        if item is None or item < 1:
            break
        items.append(item)
        k = item
    k = end
    while len(items) <= _LONGEST_LIST:
        item = _next_item(doc, k, joiners, language)
        if item is None or item < 1:
            break
        item_end = _village_name_end(doc, item, language)
        if item_end is None and not _list_item(doc, item, language):
            break
        items.append(item)
        k = item if item_end is None else item_end
    if len(items) < 2:
        return None
    # "a Camerino o a Macerata": a word as frequent as a small town's name in the news, beside a town
    # the table holds, each after a preposition of place
    if (
        end == position
        and _frequency(tokens[position].text.lower(), language) >= _VILLAGE_WORD
        and (
            not all(_after_village_preposition(doc, k, prepositions) for k in items)
            or not any(k != position and doc.gazetteer.lookup((tokens[k].folded,)) is not None for k in items)
        )
    ):
        return None
    noun_endings = _VILLAGE_BESIDE_A_KNOWN_PLACE.get(language)
    if noun_endings is not None and (
        tokens[position].text.endswith(noun_endings)
        or not any(doc.gazetteer.lookup((tokens[k].folded,)) is not None for k in items)
    ):
        return None
    # "nel comune di Ussola e a Castelvento": the Romance "of" opens one too
    opening = PLACE_PREPOSITIONS.get(language, frozenset()) | prepositions | _OF_A_SETTLEMENT.get(language, frozenset())
    if not _after_village_preposition(doc, min(items), opening) or not (
        any(_after_village_preposition(doc, k, prepositions) for k in items) or _places_of(doc, items, language)
    ):
        return None  # "no Fundão, em Belmonte e em Penamacor": the list opens after a preposition of place
    name = doc.text[tokens[position].start : tokens[end].end]
    return _candidate(position, end, name, Place(name, "place"), ActorKind.place)


# Before a village's name in French, "de" after a word for near or around: "près de Domme".
_NEAR_OF: dict[str, frozenset[str]] = _words_by_language({"fr": "près proche autour"})
# A capitalised word mid-sentence in a Romance language is a name: a village's may be this frequent as a
# word ("Moldes" 3.7 is moulds in Portuguese); German capitalises every noun and keeps `_VILLAGE_WORD`.
_ROMANCE_VILLAGE_WORD = 4.0


def _known_village(doc: ActorDocument, first: int, position: int, last: int, language: str) -> Candidate | None:
    """'à Domme', 'in Partenstein', 'près de Domme': a rare word alone in its run right after a bare
    preposition of place, that GeoNames knows as a village of the language's countries, named as no
    person on the page."""
    names = village_names(language)
    tokens = doc.tokens
    if not names or position != last or position < 1:
        return None
    token = tokens[position]
    # "z Blšan", "u Tršic", "w Krosnowicach": a language that declines its villages' names, read back
    folded, name = token.folded, token.text
    if folded not in names and language in LATIN_ENDINGS:
        form = next((form for form in base_forms(token.text, language) if fold(form) in names), None)
        folded, name = (fold(form), form) if form is not None else (folded, name)
        if form is not None and _opens_a_longer_name(doc, form):
            return None  # "w Stroniu" where the page names Stronie Śląskie: its short form, not another village
    if folded not in names or (first != position and not (first == position - 1 and first in doc.sentence_first)):
        return None
    word = token.text
    if (
        not word.isalpha()
        or not word[1:].islower()
        or (token.joined and position + 1 < len(tokens) and tokens[position + 1].text[:1].isupper())
    ):
        return None
    if folded in doc.given_surnames or is_given_name(folded) or is_surname(folded) or folded in doc.lower_case:
        return None
    prepositions = _BARE_PREPOSITIONS.get(language, frozenset()) | _HOME_TOWN_PREPOSITIONS.get(language, frozenset())
    near = (
        position >= 2
        and tokens[position - 1].text in _OF_A_SETTLEMENT.get(language, ())
        and tokens[position - 2].text.lower() in _NEAR_OF.get(language, ())
        and tokens[position - 1].joined
        and tokens[position - 2].joined
    )
    if not near and not _after_village_preposition(doc, position, prepositions):
        return None
    ceiling = _VILLAGE_WORD if language == "de" else _ROMANCE_VILLAGE_WORD
    if _frequency(word.lower(), language) >= ceiling:
        return None
    return _candidate(position, position, name, Place(name, "place"), ActorKind.place)


def _opens_a_longer_name(doc: ActorDocument, name: str) -> bool:
    """Whether the text writes `name` followed by a capitalised word ("Stronie Śląskie")."""
    start = doc.text.find(name + " ")
    while start != -1:
        after = doc.text[start + len(name) + 1 : start + len(name) + 2]
        if after.isupper():
            return True
        start = doc.text.find(name + " ", start + 1)
    return False


# The small words inside a village's name of several words, one row per language: "Torres de Albánchez",
# "Castel del Piano", "Belmonte del Sannio", "Vila Nova de Foz Côa"; or none: "San Pietro Avellana".
_VILLAGE_NAME_WORDS: dict[str, frozenset[str]] = _words_by_language(
    {"es": "de del la las los", "it": "del della di sul sulla in", "pt": "de do da dos das"}
)
_LONGEST_VILLAGE_NAME = 4


def _village_name_end(doc: ActorDocument, position: int, language: str) -> int | None:
    """The last token of a village's name of several words that opens at `position`: capitalised words,
    small words of the language between them, closing with a rare word named as no person here."""
    inner = _VILLAGE_NAME_WORDS.get(language)
    tokens = doc.tokens
    if inner is None or not tokens[position].text[:1].isupper() or not tokens[position].text.isalpha():
        return None
    if tokens[position].text.lower() in PLACE_PREPOSITIONS.get(language, frozenset()) | _VILLAGE_PREPOSITIONS[language]:
        return None  # "En Génave": the preposition opening the sentence
    k = position
    while (
        k + 1 < len(tokens)
        and k - position < _LONGEST_VILLAGE_NAME
        and _gap(doc, k) == " "
        and (tokens[k + 1].text in inner or (tokens[k + 1].text[:1].isupper() and tokens[k + 1].text.isalpha()))
    ):
        k += 1
    while k > position and not tokens[k].text[:1].isupper():
        k -= 1  # "Castel del": the small word closes no name
    if k > position and _opens_with_a_given_name(doc, position, k):
        return None  # "o lagar de Joaquim Sarmento": a person, not a village
    if k == position or not (
        " ".join(tokens[j].folded for j in range(position, k + 1)) in village_names(language)  # "Segura de la Sierra"
        or _village_word(doc, k, language, inside=True)
        or _village_word(doc, position, language, inside=True)  # "Castelsantangelo sul Nera", "Castel del Piano"
        or _saint_and_name(doc, position, k, language)  # "em Santa Eulália": a saint's given name
    ):
        return None
    return k


def _saint_and_name(doc: ActorDocument, position: int, end: int, language: str) -> bool:
    """'em Santa Eulália', 'en San Ginés': a word for a saint and one name after it, right after a bare
    preposition of place, a village's name ("a festa de Santa Eulália" is the saint's day)."""
    tokens = doc.tokens
    return (
        end == position + 1
        and position >= 1
        and tokens[position - 1].text.lower() in _BARE_PREPOSITIONS.get(language, frozenset())
        and tokens[position - 1].joined
        and tokens[position].folded in _DATELINE_SAINTS
        and tokens[end].text.isalpha()
        and tokens[end].text[1:].islower()
        and tokens[end].folded not in doc.lower_case
    )


def _opens_with_a_given_name(doc: ActorDocument, position: int, end: int) -> bool:
    """'Joaquim Sarmento', 'Adelino Paiva Cardoso': a given name and capitalised words only, no small word
    of a place's name between them ("Marco de Canaveses" may be a town), nor a saint ("San Pietro")."""
    tokens = doc.tokens
    folded = tokens[position].folded
    return (
        is_given_name(folded)
        and folded not in _DATELINE_SAINTS
        and all(tokens[j].text[:1].isupper() for j in range(position + 1, end + 1))
    )


def _name_goes_on_inside(doc: ActorDocument, k: int, language: str) -> bool:
    """'Castel del Piano': a small word of a name and a capitalised word after the word at `k`."""
    inner = _VILLAGE_NAME_WORDS.get(language, frozenset())
    tokens = doc.tokens
    return (
        k + 2 < len(tokens)
        and tokens[k + 1].text in inner
        and _gap(doc, k) == " "
        and _gap(doc, k + 1) == " "
        and tokens[k + 2].text[:1].isupper()
    )


def _village_name_start(doc: ActorDocument, end: int, language: str) -> int | None:
    """The first token of a village's name of several words that closes at `end`."""
    for start in range(end - 1, max(0, end - _LONGEST_VILLAGE_NAME) - 1, -1):
        if doc.tokens[start].text[:1].isupper() and _village_name_end(doc, start, language) == end:
            return start
    return None


def _places_of(doc: ActorDocument, items: list[int], language: str) -> bool:
    """'les marchés de Forcalquier et de Marseille', 'i commercianti di Alba e di Acqualagna': the
    list repeats its "of" before every item, and one item is a town the table holds."""
    of = _OF_A_SETTLEMENT.get(language, frozenset())
    villages = village_names(language)

    def known(k: int) -> bool:
        folded = doc.tokens[k].folded
        if folded in doc.given_surnames or is_surname(folded) or is_given_name(folded):
            return False  # "o gol de Machado e Caratinga": a player, then a town or a player
        return doc.gazetteer.lookup((folded,)) is not None or folded in villages

    if all(_after_village_preposition(doc, k, of) for k in items) and any(known(k) for k in items):
        return True
    # "los jóvenes de Villarrodrigo y Benatae": "of" once, before villages GeoNames knows all
    return _after_village_preposition(doc, min(items), of) and all(known(k) for k in items)


def _after_village_preposition(doc: ActorDocument, k: int, prepositions: frozenset[str]) -> bool:
    before = doc.tokens[k - 1]
    return (
        before.text.lower() in prepositions
        and before.joined
        and (before.text[0].islower() or k - 1 in doc.sentence_first)
    )


def _gap(doc: ActorDocument, k: int) -> str:
    return doc.text[doc.tokens[k].end : doc.tokens[k + 1].start]


def _next_item(doc: ActorDocument, k: int, prepositions: frozenset[str], language: str) -> int | None:
    """The list's item after the one at `k`: after ", " or "and"/"or", and a repeated preposition."""
    tokens = doc.tokens
    if k + 2 >= len(tokens):
        return None
    if _gap(doc, k) == ", ":
        j = k + 1
    elif _gap(doc, k) == " " and tokens[k + 1].text in _list_words(language) and _gap(doc, k + 1) == " ":
        j = k + 2
    else:
        return None
    if tokens[j].text in prepositions and j + 1 < len(tokens) and _gap(doc, j) == " ":
        j += 1
    return j


def _previous_item(doc: ActorDocument, k: int, prepositions: frozenset[str], language: str) -> int | None:
    """The list's item before the one at `k`, the same way back."""
    tokens = doc.tokens
    i = k
    if i >= 1 and tokens[i - 1].text.lower() in prepositions and _gap(doc, i - 1) == " ":
        i -= 1
    if i < 2:
        return None
    if _gap(doc, i - 1) == ", ":
        return i - 1
    if tokens[i - 1].text in _list_words(language) and _gap(doc, i - 1) == " " and _gap(doc, i - 2) == " ":
        return i - 2
    return None


# Beside a town the table holds, a village's name may be as frequent as this (Zipf): "Camerino" 3.6.
_KNOWN_PARTNER_WORD = 4.0


def _village_word(
    doc: ActorDocument, k: int, language: str, ceiling: float = _VILLAGE_WORD, inside: bool = False
) -> bool:
    """One capitalised word, alone in its run, rare in the language and no person's name here (`inside`:
    the word closing a longer name, "Avellana" in "San Pietro Avellana")."""
    tokens = doc.tokens
    word = tokens[k].text
    if not word.isalpha() or not word[0].isupper() or not word[1:].islower() or k in doc.sentence_first:
        return False
    if tokens[k].joined and k + 1 < len(tokens) and tokens[k + 1].text[0].isupper():
        return False  # a longer name goes on
    if inside:
        folded = tokens[k].folded
        return (
            not is_given_name(folded)
            and not is_surname(folded)
            and folded not in doc.lower_case
            and _frequency(word.lower(), language) < _VILLAGE_WORD
        )
    if (k + 1 < len(tokens) and _gap(doc, k) == "-") or (k > 0 and _gap(doc, k - 1) == "-"):
        return False  # "Montemor-o-Novo", "Saint-Jurs": a part of a name
    before = tokens[k - 1] if k > 0 and tokens[k - 1].joined else None
    if before is not None and before.text[0].isupper() and before.text.lower() not in _VILLAGE_PREPOSITIONS[language]:
        return False  # "Tra Borgotto": the preposition opens the sentence
    folded = tokens[k].folded
    if folded in doc.given_surnames or is_given_name(folded) or is_surname(folded) or folded in doc.lower_case:
        return False
    return _frequency(word.lower(), language) < ceiling


def _list_item(doc: ActorDocument, k: int, language: str) -> bool:
    """A list's other item: a place the table holds, or a word read as a village would be."""
    word = doc.tokens[k].text
    if not word[:1].isupper():
        return False
    if _hyphened_commune(doc, k, language) is not None:
        return True  # "de Carlux et de Cénac-et-Saint-Julien"
    if doc.gazetteer.lookup((doc.tokens[k].folded,)) is not None and doc.tokens[k].folded not in doc.given_surnames:
        return not (doc.tokens[k].joined and k + 1 < len(doc.tokens) and doc.tokens[k + 1].text[0].isupper())
    # "em Santa Eulália, em Moldes e em Cabreiros": a capitalised word after the list's repeated bare
    # preposition in a Romance language may be as frequent as a word as a village's name is
    repeated = language != "de" and _after_village_preposition(doc, k, _BARE_PREPOSITIONS.get(language, frozenset()))
    return _village_word(doc, k, language, _ROMANCE_VILLAGE_WORD if repeated else _VILLAGE_WORD)


# A plural noun for municipalities or districts opens a list of their names, one row per language:
# "die Landkreise Pfaffenhofen, Kelheim und Landshut", "in den Gemeinden Hilders und Tann" (German writes
# the names right after it), "les communes de Riez et de Valensole", "los municipios de Orcera y Siles"
# (the Romance languages with "of"). Each item is a place the table holds, a rare word named as no
# person on the page, or a name of capitalised words joined by hyphens ("Rhön-Grabfeld").
_SETTLEMENTS_NOUNS: dict[str, frozenset[str]] = _words_by_language(
    {
        "de": "landkreise landkreisen gemeinden ortsgemeinden nachbargemeinden ortsteile ortsteilen ortschaften"
        " stadtteile stadtteilen dörfer dörfern orte orten",
        "es": "municipios pueblos localidades provincias comarcas concejos aldeas",
        "it": "comuni province frazioni paesi borghi",
        "fr": "communes villages départements",
        "pt": "municípios concelhos freguesias aldeias distritos vilas",
    }
)
_LONGEST_ITEM = 3
# With the noun before it, a name as frequent as the news makes a district's ("Pfaffenhofen" 3.1) is no
# word of the language still.
_SETTLEMENTS_WORD = 4.0


def _listed_settlement(doc: ActorDocument, first: int, position: int, last: int, language: str) -> Candidate | None:
    nouns = _SETTLEMENTS_NOUNS.get(language)
    tokens = doc.tokens
    if nouns is None or position != last or position < 2 or not _settlement_word(doc, position, language):
        return None
    of = _OF_A_SETTLEMENT.get(language, frozenset())
    k = position
    for _ in range(_LONGEST_LIST):
        start = _item_start(doc, k, nouns)
        before = tokens[start - 1]
        if before.text in of and _gap(doc, start - 1) == " ":
            if start >= 2 and tokens[start - 2].text in nouns and _gap(doc, start - 2) == " ":
                break  # "los municipios de Orcera": the list's opening
            start -= 1  # "de Riez et de Valensole": the list repeats its "of"
            before = tokens[start - 1]
        if before.text.lower() in nouns and before.joined and (language != "de" or before.text[0].isupper()):
            break  # "die Landkreise Pfaffenhofen": the list's opening
        gap = doc.text[before.end : tokens[start].start]
        if gap == " " and before.text in _list_words(language) and start >= 2 and _gap(doc, start - 2) == " ":
            k = start - 2
        elif doc.text[tokens[start - 1].end : tokens[start].start] == ", ":
            k = start - 1
        else:
            return None
        if k != start - 1 and not tokens[k].text[:1].isupper():
            return None
    else:
        return None
    if k == position and _next_item(doc, position, of, language) is None:
        return None  # a plural noun names two at least
    start = position
    while start >= 1 and _gap(doc, start - 1) == "-" and tokens[start - 1].text.isalpha() and start > position - 4:
        start -= 1  # "Rhön-Grabfeld", "Saint-Jurs", "Allemagne-en-Provence": one name
    if not tokens[start].text[0].isupper():
        return None
    name = doc.text[tokens[start].start : tokens[position].end]
    return _candidate(start, position, name, Place(name, "place"), ActorKind.place)


def _settlement_word(doc: ActorDocument, k: int, language: str) -> bool:
    """One capitalised word, alone in its run but for the noun: a place the table holds, or a rare
    word named as no person on the page."""
    token = doc.tokens[k]
    word = token.text
    if not word.isalpha() or not word[0].isupper() or not word[1:].islower() or k in doc.sentence_first:
        return False
    if token.joined and k + 1 < len(doc.tokens) and doc.tokens[k + 1].text[:1].isupper():
        return False  # a longer name goes on
    folded = token.folded
    if folded in doc.given_surnames or is_given_name(folded) or is_surname(folded) or folded in doc.lower_case:
        return False
    return doc.gazetteer.lookup((folded,)) is not None or _frequency(word.lower(), language) < _SETTLEMENTS_WORD


def _item_start(doc: ActorDocument, k: int, nouns: frozenset[str]) -> int:
    """The first token of the list item that ends at `k`: capitalised words joined by hyphens or
    spaces ("Rhön-Grabfeld", "Bad Kissingen"), the list's noun not among them."""
    tokens = doc.tokens
    start = k
    while (
        start - k < _LONGEST_ITEM
        and start >= 1
        and tokens[start - 1].joined
        and tokens[start - 1].text[:1].isupper()
        and tokens[start - 1].text.lower() not in nouns
        and _gap(doc, start - 1) in (" ", "-")
    ):
        start -= 1
    return start


# A village's dateline opening one of the article's first lines: "VALENSOLE. Les touristes…", "КАРПОГОРЫ.
# Паромная…", "BEAS DE SEGURA. En las laderas…" (capitals, a full stop or a dash after), or the German
# regional papers' "Hilders. Auf den Wiesen…" (one word). Each word is rare in the language (a heading
# such as "ESSEN." over a recipe is a frequent word), and no person's name or acronym of the text.
_DATELINE_LINES = 4
_DATELINE_CONNECTORS = frozenset(
    ["de", "di", "da", "del", "della", "do", "dos", "das", "la", "le", "les", "sur", "sul"]
)
_TITLE_CASE_DATELINES = frozenset(["de"])
_DATELINE_SAINTS = frozenset(["san", "santa", "santo", "sao", "saint", "sainte", "sankt", "st"])


def _village_dateline(doc: ActorDocument, first: int, position: int, last: int, language: str) -> Candidate | None:
    tokens = doc.tokens
    if position != first or language not in _SETTLEMENT_NOUNS:
        return None
    start = tokens[first].start
    line_start = doc.text.rfind("\n", 0, start) + 1
    if doc.text[line_start:start].strip() or _CAPITALS_DATELINE.match(doc.text, tokens[last].end) is None:
        return None
    if doc.text.count("\n", 0, line_start) > _DATELINE_LINES:
        return None  # a dateline opens the article
    capitals = all(tokens[k].text.isupper() for k in range(first, last + 1))
    if not capitals and (first != last or language not in _TITLE_CASE_DATELINES):
        return None
    if any(_gap(doc, k) not in (" ", "-") for k in range(first, last)):
        return None
    # the last word tells the place ("SAN PIETRO ALVENTA"): rare, and no person's name or acronym of the text
    word, folded = tokens[last].text, tokens[last].folded
    if not word.isalpha() or len(word) < _SHORTEST_CAPITALS or (capitals and doc.text.count(word) > 1):
        return None  # "NATO. Die Allianz …": an acronym the text writes again ("Polle. … in Polle": the village)
    saint = first < last and tokens[first].folded in _DATELINE_SAINTS  # "SAN PIETRO ALVENTA": no person
    if (folded in doc.given_surnames and not saint) or is_given_name(folded) or is_surname(folded):
        return None
    if folded in doc.lower_case or _frequency(word.lower(), language) >= _VILLAGE_WORD:
        return None
    text = doc.text[start : tokens[last].end]
    name = " ".join(
        part.lower() if part.lower() in _DATELINE_CONNECTORS and i else part.title()
        for i, part in enumerate(text.split(" "))
    )
    return _candidate(first, last, name, Place(name, "place"), ActorKind.place)


# Nouns for a mountain range before its name, one row per language: "los Picos de Europa", "i Monti
# Sibillini", "la Serra da Estrela". The range is a place; a place named inside it is no mention.
_RANGE_NOUNS: dict[str, frozenset[str]] = _words_by_language(
    {"es": "picos sierra cordillera montes monte", "it": "monti monte", "pt": "serra", "fr": "monts massif"}
)
_RANGE_CONNECTORS = frozenset(["de", "di", "da", "del", "do", "des", "du"])


def _mountain_range(doc: ActorDocument, position: int, last: int, language: str) -> Candidate | None:
    nouns = _RANGE_NOUNS.get(language)
    tokens = doc.tokens
    if nouns is None or tokens[position].text.lower() not in nouns or not tokens[position].text[0].isupper():
        return None
    if tokens[position].folded in doc.given_surnames or (
        position > 0 and tokens[position - 1].joined and is_given_name(tokens[position - 1].folded)
    ):
        return None  # "Mario Monti": a person
    end = position + 1
    if end < len(tokens) and tokens[end].text in _RANGE_CONNECTORS and tokens[position].joined:
        end += 1
    if end >= len(tokens) or not tokens[end - 1].joined or not tokens[end].text[:1].isupper():
        return None
    while end + 1 < len(tokens) and tokens[end].joined and tokens[end + 1].text[:1].isupper() and end - position < 3:
        end += 1
    if end == position + 1 and _frequency(tokens[end].text.lower(), language) >= _VILLAGE_WORD:
        return None  # "Monti Rossi"
    name = doc.text[tokens[position].start : tokens[end].end]
    return _candidate(position, end, name, Place(name, "place"), ActorKind.place)


# Nouns for a landform or water, written small mid-sentence before its name, one row per language (the
# ranges of `_RANGE_NOUNS` too): "l'île d'Oléron", "le bassin d'Arcachon", "l'étang de Thau", "le pays de
# Sault", "el embalse del Tranco", "la ria de Aveiro". The whole is the place, the noun and all.
_FEATURE_NOUNS: dict[str, frozenset[str]] = _words_by_language(
    {
        "fr": "île étang bassin mont massif plateau pays vallée lac canal col golfe baie forêt gorges causse",
        "es": "sierra embalse valle lago laguna isla bahía pantano vega",
        "it": "monte monti lago isola golfo valle piana passo",
        "pt": "serra vale ilha barragem lagoa ria baía",
        # "по склонам хребта Крака": Russian declines the noun and keeps the range's name as it is
        "ru": "хребет хребта хребте хребту хребтом",
    }
)
# ...and those that take the name with no "of": "le mont Ventoux", "il lago Trasimeno", "il monte Amiata".
_FEATURE_NOUNS_BARE: dict[str, frozenset[str]] = _words_by_language(
    {"fr": "mont lac", "it": "monte lago", "es": "lago", "ru": "хребет хребта хребте хребту хребтом"}
)


def _range_after_a_small_noun(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    """'na serra da Freita', "l'île d'Oléron", 'le mont Ventoux': a landform's or a water's noun written
    small mid-sentence, then "of" (or nothing, for some) and one rare word named as no person (the
    noun with a capital opens `_mountain_range`)."""
    nouns = _FEATURE_NOUNS.get(language, frozenset()) | _RANGE_NOUNS.get(language, frozenset())
    tokens = doc.tokens
    if not nouns or position < 1:
        return None
    elided = elided_name(tokens[position])
    if elided is not None and tokens[position].text[:2].lower() in ("d'", "d’"):
        noun_at = position - 1  # "d'Oléron": the "of" elided onto the name
    elif elided is None and position >= 2 and tokens[position - 1].text in _RANGE_CONNECTORS:
        noun_at = position - 2
        if not tokens[position - 1].joined:
            return None
    elif elided is None and tokens[position - 1].text in _FEATURE_NOUNS_BARE.get(language, frozenset()):
        noun_at = position - 1
    else:
        return None
    noun = tokens[noun_at]
    word = noun.text[2:] if noun.text[:2].lower() in ("l'", "l’") else noun.text  # "l'île", "l'étang"
    if word not in nouns or not noun.joined or noun_at < 0:
        return None
    if tokens[position].joined and position + 1 < len(tokens) and tokens[position + 1].text[:1].isupper():
        return None  # a longer name goes on
    if elided is not None:
        folded = fold(elided)
        if (
            not elided.isalpha()
            or is_given_name(folded)
            or is_surname(folded)
            or folded in doc.lower_case
            or _frequency(elided.lower(), language) >= _KNOWN_PARTNER_WORD
        ):
            return None
    elif not _village_word(doc, position, language, _KNOWN_PARTNER_WORD, inside=True):
        return None
    if language in _CYRILLIC:  # "хребта Крака": the noun declined, the name (Крака) in its own case
        return _candidate(
            position, position, tokens[position].text, Place(tokens[position].text, "place"), ActorKind.place
        )
    name = doc.text[noun.end - len(word) : tokens[position].end]
    return _candidate(noun_at, position, name, Place(name, "place"), ActorKind.place)


# A part of a region named by a prefix of position before the region's name, written as one word:
# "Niederbayern", "Nordhessen", "Südtirol", "Ostberlin", "Westafrika". The rest must be a region,
# a continent or a big city the table holds ("Oberbürgermeister", "Südstadt" are not).
_COMPASS_PREFIXES: dict[str, tuple[str, ...]] = {
    "de": ("nieder", "ober", "unter", "mittel", "west", "ost", "süd", "nord"),
}
_SHORTEST_COMPASS_REST = 4


def _compass_region(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    prefixes = _COMPASS_PREFIXES.get(language)
    word = doc.tokens[position].text
    if prefixes is None or not word.isalpha() or not word[1:].islower():
        return None
    lowered = word.lower()
    prefix = next((head for head in prefixes if lowered.startswith(head)), None)
    if prefix is None or len(lowered) - len(prefix) < _SHORTEST_COMPASS_REST:
        return None
    part = doc.gazetteer.lookup((fold(lowered[len(prefix) :]),))
    if part is None or part.kind == "state" or not (is_region(part) or part.population >= KNOWN_TOWN):
        return None
    return _candidate(position, position, word, Place(word, "place"), ActorKind.place)


# Czech names the land around a town by the town's adjective made a neuter noun: "na Žatecku"
# (Žatec), "z Rakovnicka" (Rakovník), "na Kladensku" (Kladno). Such a word, capitalised inside a
# sentence, whose stem opens as a Czech town's name does, is that land: read back to its nominative.
_CZECH_LAND_ENDINGS: tuple[tuple[str, str], ...] = (("sku", "sko"), ("cku", "cko"), ("ska", "sko"), ("cka", "cko"))
_CZECH_LAND_ENDINGS += (("sko", "sko"), ("cko", "cko"), ("skem", "sko"), ("ckem", "cko"))
_TOWN_OPENING = 4  # the letters a land's stem shares with its town's name: "Klad-ensko", "Klad-no"


def _czech_land_of_a_town(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    word = doc.tokens[position].text
    if language != "cs" or position in doc.sentence_first or not word.isalpha() or not word[1:].islower():
        return None
    ending = next((pair for pair in _CZECH_LAND_ENDINGS if word.endswith(pair[0])), None)
    if ending is None or len(word) - len(ending[0]) < _TOWN_OPENING:
        return None
    nominative = word[: len(word) - len(ending[0])] + ending[1]
    if fold(nominative)[:_TOWN_OPENING] not in _czech_town_openings() or _name_goes_on(doc, position):
        return None
    longer = position - 1 not in doc.sentence_first and doc.tokens[position - 1].text[:1].isupper()
    if longer:
        return None
    return _candidate(position, position, nominative, Place(nominative, "place"), ActorKind.place)


@lru_cache(maxsize=1)
def _czech_town_openings() -> frozenset[str]:
    root = gazetteer()
    towns = [*root.places.values(), *root.local.get("cs", {}).values()]
    return frozenset(
        fold(town.name)[:_TOWN_OPENING]
        for town in towns
        if town.country == "Czechia" and town.kind == "place" and town.population >= SMALL_HOME_TOWN
    )


# Czech names a region by an adjective and "kraj", the noun in lower case, both declined: "Ústecký
# kraj", "ve Středočeském kraji", "z Olomouckého kraje". The adjective read back to its nominative
# and the noun's nominative make the region's name as the gazetteer keeps it.
_CZECH_REGION_NOUNS = frozenset(["kraj", "kraje", "kraji", "krajem", "krajů", "krajích", "krajům"])
_CZECH_ADJECTIVE_ENDINGS = (("ého", "ý"), ("ému", "ý"), ("ém", "ý"), ("ým", "ý"), ("ý", "ý"), ("ých", "ý"))


def _czech_region(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    tokens = doc.tokens
    if language != "cs" or position + 1 >= len(tokens) or tokens[position + 1].text not in _CZECH_REGION_NOUNS:
        return None
    if doc.text[tokens[position].end : tokens[position + 1].start] != " ":
        return None
    word = tokens[position].text
    ending = next((pair for pair in _CZECH_ADJECTIVE_ENDINGS if word.endswith(pair[0])), None)
    if ending is None:
        return None
    nominative = word[: len(word) - len(ending[0])] + ending[1]
    place = doc.gazetteer.lookup((fold(nominative), "kraj"))
    if place is None:
        return None
    return _candidate(position, position + 1, f"{nominative} kraj", place, ActorKind.place)


# Russian and Ukrainian name a land by what it lies beside, behind or under: a prefix of place and
# a neuter noun ("Заонежье": beyond Lake Onega, "Приэльбрусье", "Поволжье"; Ukrainian "Закарпаття",
# "Прикарпаття", "Полісся", "Поділля"). Capitalised inside a sentence, a word of that shape is the
# land's name. Per language: the prefixes, and the case endings -> the nominative's ending. Ukrainian
# doubles the consonant before its ending ("-ття", "-сся", "-лля"), which the endings ask for.
_LAND_PREFIXES: dict[str, tuple[str, ...]] = {
    "ru": ("при", "за", "по", "под", "пред", "меж"),
    "uk": ("при", "за", "по", "під", "пере", "над", "поза"),
    "cs": ("po", "pod", "za", "při"),  # "Poohří", "Posázaví", "Podkrkonoší": along a river, under hills
}
_LAND_ENDINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "ru": (("ьем", "ье"), ("ье", "ье"), ("ья", "ье"), ("ью", "ье")),
    "uk": (("ям", "я"), ("я", "я"), ("ю", "я"), ("і", "я")),
    "cs": (("ím", "í"), ("í", "í")),
}
# Czech nouns made from verbs end so too ("Povolení": a permit, "Pojištění": insurance): no land.
_CZECH_VERBAL_NOUN = ("en", "án", "t", "ít")
_SHORTEST_PREFIXED_STEM_IN = {"cs": 3}  # "Poohří": the Ohře
_UKRAINIAN_DOUBLED = ("тт", "сс", "лл", "жж", "нн", "чч", "зз", "дд", "цц", "шш", "рр")
_SHORTEST_PREFIXED_STEM = 4  # "Поле": a field, no land beside anything
# A word of this shape this frequent (Zipf) is a common noun of every day that a title capitalises
# ("Побережье": the coast, 4.2, stays a land's name when capitalised inside a sentence; news makes
# "Закарпаття" 4.5).
_LAND_WORD = 4.6


def _prefixed_landscape(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    prefixes = _LAND_PREFIXES.get(language)
    word = doc.tokens[position].text
    if prefixes is None or position in doc.sentence_first or not word.isalpha() or not word[1:].islower():
        return None
    lowered = word.lower()
    prefix = next((head for head in prefixes if lowered.startswith(head)), None)
    ending = next((pair for pair in _LAND_ENDINGS[language] if lowered.endswith(pair[0])), None)
    if prefix is None or ending is None:
        return None
    nominative = word[: len(word) - len(ending[0])] + ending[1]
    stem = nominative.lower()[len(prefix) : -len(ending[1])]
    if len(stem) < _SHORTEST_PREFIXED_STEM_IN.get(language, _SHORTEST_PREFIXED_STEM):
        return None
    if (language == "uk" and not stem.endswith(_UKRAINIAN_DOUBLED)) or (
        language == "cs" and stem.endswith(_CZECH_VERBAL_NOUN)
    ):
        return None
    longer = position - 1 not in doc.sentence_first and doc.tokens[position - 1].text[:1].isupper()
    if longer or _frequency(nominative.lower(), language) >= _LAND_WORD or _name_goes_on(doc, position):
        return None  # "ФК Прикарпаття", "Черноморское Побережье": part of a longer name
    return _candidate(position, position, nominative, Place(nominative, "place"), ActorKind.place)


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
        " Bank Post Telekom",
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
# Words that close a club's name after a place: "Manchester United", "Bristol City".
_NAME_CLOSERS = frozenset(["United", "City", "Rovers", "Athletic", "Wanderers", "Albion", "County", "Hotspur"])


def _after_name_opener(doc: ActorDocument, first: int, position: int, language: str) -> bool:
    """'FC Bayern München', 'Universität Leipzig': a word of the same run opens a body's name. A
    court's or an office's right before the town names its seat ("beim Amtsgericht Passau")."""
    openers, endings = _NAME_OPENERS.get(language, frozenset()), _OPENER_ENDINGS.get(language, ())
    return any(
        (doc.tokens[k].text in openers or (endings and doc.tokens[k].text.lower().endswith(endings)))
        and not (k == position - 1 and _after_seat_noun(doc, position, language))
        for k in range(first, position)
    )


# Marks around a name that is a club's, a firm's or a ship's: "банк «Санкт-Петербург»", "„Bremen“".
_OPENING_MARKS = frozenset("«„“\"'‚‘「『")
_CLOSING_MARKS = frozenset("»“”\"'’‘」』")
# A place named by its own country's language needs no support as a region; a foreign region named
# by an ordinary word of the text's language does ("Jura studieren": law, not the Swiss canton).
_HOME_COUNTRIES: dict[str, frozenset[str]] = {
    "de": frozenset(["Germany", "Austria"]),
    "fr": frozenset(["France"]),
    "es": frozenset(["Spain"]),
    "pt": frozenset(["Portugal", "Brazil"]),
    "it": frozenset(["Italy"]),
    "nl": frozenset(["Netherlands"]),
    "pl": frozenset(["Poland"]),
    "cs": frozenset(["Czechia"]),
    "sv": frozenset(["Sweden"]),
    "ru": frozenset(["Russia"]),
    "uk": frozenset(["Ukraine"]),
}
# A foreign region whose one-word name is this frequent a word of the text's language (Zipf) needs
# a preposition of place: German "Jura" (4.0) is the study of law.
_WORD_AS_REGION = 3.5


def _names_something_else(
    doc: ActorDocument, place: Place, position: int, end: int, first: int, last: int, language: str
) -> bool:
    """The place's name here is part of another name, or a word of the language: no place."""
    tokens, text = doc.tokens, doc.text
    start, stop = tokens[position].start, tokens[end].end
    if start > 0 and stop < len(text) and text[start - 1] in _OPENING_MARKS and text[stop] in _CLOSING_MARKS:
        return True  # "банк «Санкт-Петербург»", "«Краснодар» уступил «Ростову»": a club, a firm
    if end < last and tokens[end + 1].text in _NAME_CLOSERS:
        return True  # "Manchester United"
    if _title_of_a_work(doc, position, language) or _after_word_before(doc, position, _STREET_WORDS, language):
        return True  # "der Film „Paris, Texas“", "na Rua Bahia": a film's title, a street's name
    if end == position and _numbered_noun(doc, position, language):
        return True  # "in Halle 9", "an Tor 4": a hall of a fair, a gate
    if _object_of_a_titled_verb(doc, position, language):
        return True  # "o Mecanismo Interligar a Europa": a programme's name
    if _ends_a_quoted_name(doc, position, stop):
        return True  # "«Единая Россия»", "„Freie Wähler Bayern“": a party's or a firm's name
    if place.kind != "state" and _named_thing_before(doc, position, language):
        return True  # "die Farbe Havanna", "die Bibliothek Tokio", "a família Espírito Santo"
    if _VERSION_AFTER.match(text, stop):
        return True  # "Jakarta EE 11", "Tokio 1.38": a product and its version
    if place.kind != "state" and _product_line_before(doc, position, first, language):
        return True  # "AMD Epyc Milan": a maker's and a product line's names before a code name
    if _latin_name_before(doc, position, first, language):
        return True  # "Microsoft Россия": a firm's branch in the country
    if place.kind == "state" and _brand_before(doc, position, first, language):
        return True  # "Siemens Österreich", "Lidl Schweiz": a firm's branch in the country
    if place.kind != "state" and _club_by_its_article(doc, position, end, language):
        return True  # "o Flamengo venceu o Bahia", "el Valencia": a club (the towns take "a" or none)
    if place.kind != "state" and _club_after_a_sport_noun(doc, position, language):
        return True  # "тренер Ростова", "матча Ростова и Краснодара": the clubs of the towns
    if place.kind != "state" and _opponent_in_a_match(doc, position, language):
        return True  # "Schalke verlor gegen Köln": the club of Cologne
    if end < last and _opens_a_body(doc, position, end, language):
        return True  # "El Banco Santander" (El Banco is a Colombian town): a bank
    if end == position and _club_elsewhere(doc, position, language):
        return True  # "Bayern gewinnt in Dortmund" on a page that writes "der FC Bayern"
    if place.kind != "state" and end == position:
        # "Bayern München", "Werder Bremen", "Hertha Berlin": a name before a town's, with no comma
        # between them, names a club ("in Leipzig Jura studiert" is no club: Jura is no town).
        if end < last and text[stop : tokens[end + 1].start] == " " and _town_word(doc, end + 1, language):
            return True
        if (
            position > first
            and text[tokens[position - 1].end : start] == " "
            and _town_word(doc, position, language)
            and _place_word(doc, position - 1, language)
            # "No Paraná, …": a preposition of place opening the sentence, not a club's name ("No" folds as Ho)
            and tokens[position - 1].text.lower() not in PLACE_PREPOSITIONS.get(language, ())
        ):
            return True
    if _after_other_name_word(doc, position, first, language):
        return True  # "a Casas Bahia" (a chain of shops), "o Magazine Luiza": the name of a firm
    if end == position and is_region(place) and place.country not in _HOME_COUNTRIES.get(language, ()):
        word = tokens[position].text.lower()
        if _frequency(word, language) >= _WORD_AS_REGION and not _after_preposition(doc, position, language):
            return True  # "Jura studiert": law; "im Jura" is the canton
    # "Vasco da Gama" (a town in Goa) opens with a given name: a person's name unless a preposition
    # of place or a dateline says otherwise.
    return (
        end > position
        and place.kind != "state"
        and place.population < LARGE_CITY
        and is_given_name(tokens[position].folded)
        and not (_after_preposition(doc, position, language) or _dateline(doc, position, end))
    )


# Nouns for a work (a film, an album, a book, a show), one row per language: a place's name that
# opens the quoted title after one is the title's ("der Film „Paris, Texas“", "фильм «Париж, я
# люблю тебя»"). A quote of speech may open with a place ("«Москва готова», — сказал он"), so the
# noun must stand right before the quote.
_WORK_NOUNS: dict[str, frozenset[str]] = _words_by_language(
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


def _title_of_a_work(doc: ActorDocument, position: int, language: str) -> bool:
    """A place opens a quoted title that a noun for a work stands before, here or wherever else
    the page quotes the same words (a headline repeats the title without the noun)."""
    text, start = doc.text, doc.tokens[position].start
    if start == 0 or text[start - 1] not in _OPENING_MARKS:
        return False
    close = next((k for k in range(start, min(len(text), start + _LONGEST_TITLE)) if text[k] in _CLOSING_MARKS), -1)
    if close < 0:
        return False
    title, nouns = text[start:close], _WORK_NOUNS.get(language, frozenset())
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
    line_start = text.rfind("\n", 0, start) + 1
    opening = max(text.rfind(mark, line_start, start) for mark in _OPENING_MARKS)
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
_THING_NOUNS: dict[str, frozenset[str]] = _words_by_language(
    {
        "de": "farbe farben farbton farbtöne modell modelle serie kollektion dekor sorte sorten geschmack duft edition"
        " variante bibliothek framework programmiersprache software app betriebssystem browser codename familie"
        " schiff fähre hotel restaurant café gasthof gasthaus",
        "pt": "cor cores tom modelo modelos coleção sabor família clã biblioteca aplicativo app framework navio hotel"
        " restaurante",
        "es": "color colores modelo modelos colección sabor familia biblioteca aplicación app framework barco hotel"
        " restaurante",
        "fr": "couleur couleurs coloris modèle collection saveur famille bibliothèque logiciel application framework"
        " navire hôtel restaurant",
        "it": "colore colori modello collezione gusto famiglia libreria applicazione framework nave albergo ristorante",
        "nl": "kleur kleuren model serie familie",
        "ru": "цвет цвета цвете модель модели серия серии коллекция коллекции вкус сорт семья семьи семье семью"
        " библиотека библиотеки библиотеку фреймворк приложение приложения",
    }
)


def _named_thing_before(doc: ActorDocument, position: int, language: str) -> bool:
    nouns = _THING_NOUNS.get(language)
    if not nouns:
        return False
    tokens = doc.tokens
    for _ in range(_LONGEST_LIST):
        if position == 0:
            return False
        before = tokens[position - 1]
        gap = doc.text[before.end : tokens[position].start]
        if gap == " " and _thing_noun(before.text.lower(), nouns, language):
            return True
        if gap == ", " and before.text[0].isupper():
            position -= 1  # "Farben Havanna, Bordeaux": the list goes back to the noun
        elif gap == " " and before.text.lower() in _AND and position >= 2 and tokens[position - 2].text[0].isupper():
            position -= 2
        else:
            return False
    return False


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
        and _frequency(line.text.lower(), language) < _COINED_WORD
    )


# Languages in Cyrillic: a firm's name in Latin letters right before a place's name in the same run
# names the firm's branch there ("Microsoft Россия", "Google Україна").
_CYRILLIC = frozenset(["ru", "uk"])


def _latin_name_before(doc: ActorDocument, position: int, first: int, language: str) -> bool:
    if language not in _CYRILLIC or position == first:
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
_CAPITALISED_NOUNS = frozenset(["de"])


def _brand_before(doc: ActorDocument, position: int, first: int, language: str) -> bool:
    if language not in _CAPITALISED_NOUNS or position == first:
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
        and _frequency(word, language) < _FREQUENT_WORD
        and _frequency(word, "en") >= _BRAND_IN_ENGLISH
    )


def _not_a_state(doc: ActorDocument, position: int) -> bool:
    place = doc.gazetteer.lookup((doc.tokens[position].folded,))  # "AMD" is also an airport's code
    return place is None or place.kind != "state"


# German joins nouns: "Rust-Bibliothek", "Softwarebibliothek", "Trendfarbe" end with a noun above.
_COMPOUNDING = frozenset(["de", "nl"])
_SHORTEST_HEAD = 5


def _thing_noun(word: str, nouns: frozenset[str], language: str) -> bool:
    if word in nouns:
        return True
    return language in _COMPOUNDING and any(len(noun) >= _SHORTEST_HEAD and word.endswith(noun) for noun in nouns)


# A version after a name: "Jakarta EE 11", "Tokio 1.38" (a thousand is "1.380", a day "3.10.").
_VERSION_AFTER = re.compile(r" (?:[A-Z]{2,4} \d{1,3}(?:\.\d{1,3})*|v?\d{1,3}\.\d{1,2}(?:\.\d{1,3})?)(?![\d%.])")


# Words for a street, one row per language: a place's name after one names the street ("na Rua
# Bahia", "en la calle Toledo", "на улице Курской"); German joins the town to "Straße" instead.
_STREET_WORDS: dict[str, frozenset[str]] = _words_by_language(
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


def _after_word_before(doc: ActorDocument, position: int, words: dict[str, frozenset[str]], language: str) -> bool:
    if position == 0:
        return False
    before = doc.tokens[position - 1]
    return before.text.lower() in words.get(language, ()) and doc.text[before.end : doc.tokens[position].start] == " "


# Masculine articles (with their prepositions) before a club's name in languages whose towns take
# "a" or no article: "o Bahia" is the club, "a Bahia" the state; "el Valencia" the club.
_MASCULINE_ARTICLES: dict[str, frozenset[str]] = _words_by_language({"pt": "o do no ao pelo", "es": "el del al"})


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
        and _frequency(token.text.lower(), language) >= _USED_WORD
    )


# Articles before a verb's object, one row per language: "Interligar a Europa", "Conectar la Región".
_OBJECT_ARTICLES: dict[str, frozenset[str]] = _words_by_language({"pt": "a o as os", "es": "la el las los"})
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
    """A masculine article before a one-word place whose name ends in an unstressed "a" (a feminine
    word, so no town's own article): the name is a club's ("o Fortaleza", "do Bahia")."""
    name = doc.tokens[end].text
    return (
        end == position
        and name.endswith("a")
        and _after_word_before(doc, position, _MASCULINE_ARTICLES, language)
        # "O Fortaleza abriu o placar": the article opening a sentence is written with a capital.
        and (doc.tokens[position - 1].text.islower() or position - 1 in doc.sentence_first)
    )


# A place after "against" in a sentence about a match is the club of that town: "Schalke verlor
# gegen Köln", "o Grêmio jogou contra Santos". Words of a match, one row per language.
_AGAINST: dict[str, frozenset[str]] = {
    "de": frozenset(["gegen"]),
    "pt": frozenset(["contra"]),
    "es": frozenset(["contra"]),
}
_MATCH_WORDS: dict[str, frozenset[str]] = _words_by_language(
    {
        "de": "verlor verliert gewann gewinnt siegte siegt unterlag unterliegt remis unentschieden spielte spielt"
        " besiegte besiegt schlug niederlage sieg heimspiel auswärtsspiel derby tor tore elfmeter",
        "pt": "venceu vence perdeu perde empatou empata enfrenta enfrentou derrotou goleou jogou joga partida"
        " jogo gol gols golo golos adeptos clássico vitória derrota empate",
        "es": "ganó gana perdió pierde empató empata venció derrotó goleó jugó juega partido gol goles derbi"
        " victoria derrota empate",
    }
)


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


def _club_after_a_sport_noun(doc: ActorDocument, position: int, language: str) -> bool:
    """'тренер Ростова', 'голы матча Ростова и Краснодара': a town's genitive (or a list of them)
    right after a lower-case noun of sport names the town's club."""
    if language != "ru" or not doc.tokens[position].text.endswith(_GENITIVE_ENDINGS):
        return False
    tokens = doc.tokens
    for _ in range(_LONGEST_LIST):
        if position == 0:
            return False
        before = tokens[position - 1]
        gap = doc.text[before.end : tokens[position].start]
        if gap == ", " and before.text[0].isupper():
            position -= 1
        elif gap == " " and before.text == "и" and position >= 2 and tokens[position - 2].text[0].isupper():
            position -= 2
        else:
            word = before.text
            return gap == " " and word.isalpha() and word[1:].islower() and word.lower().startswith(_RUSSIAN_CLUB_STEMS)
    return False


def _opponent_in_a_match(doc: ActorDocument, position: int, language: str) -> bool:
    if not _after_word_before(doc, position, _AGAINST, language):
        return False
    first = position
    while first > 0 and first not in doc.sentence_first:
        first -= 1
    last = position
    while last + 1 < len(doc.tokens) and last + 1 not in doc.sentence_first:
        last += 1
    words = _MATCH_WORDS.get(language, frozenset())
    return any(doc.tokens[k].text.lower() in words for k in range(first, last + 1))


def _club_elsewhere(doc: ActorDocument, position: int, language: str) -> bool:
    """A one-word place, after no preposition of place, that the page names a club with elsewhere
    ("der FC Bayern", "Spartak Moskau" then "Bayern gewinnt"): the club, as a reader takes it."""
    word = doc.tokens[position].text
    if _after_preposition(doc, position, language) or _dateline(doc, position):
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
        and not _place_word(doc, position - 1, language)
        and doc.gazetteer.lookup((before.folded,)) is None
    )


# The longest place name looked up, in words ("Rio Grande do Sul").
_LONGEST = 4
# Small words inside a place's name that end a run of capitalised words ("Rio Grande do Sul").
_INNER_WORDS = frozenset(["do", "da", "de", "dos", "das", "del", "della", "di", "du", "des", "la", "le", "el", "am"])
# Two small words inside a town's name: "Mülheim an der Ruhr", "Neumarkt in der Oberpfalz",
# "Rothenburg ob der Tauber" (and "Furth im Wald", "Frankfurt am Main" with one).
_INNER_PAIRS = frozenset([("im",), ("an", "der"), ("in", "der"), ("ob", "der"), ("an", "den"), ("bei", "der")])
# Words that join a body's name to a place inside it, per language: "Bank of America", "Banco do
# Brasil", "Palácio de São Bento" are no mention of the place. German writes "Regierung von Bayern"
# for the place itself, so only foreign names' words count there.
_NAME_CONNECTORS: dict[str, frozenset[str]] = _words_by_language(
    {
        "de": "of de do da del",
        "fr": "of",
        "es": "of del",
        "pt": "of de do da dos das",
        "it": "of",
        "nl": "of",
        "ru": "of",
    }
)


# Words for the Virgin or a saint's shrine before "of" and a place, one row per language: "Virgen de la
# Vega", "Nuestra Señora de Guadalupe", "Madonna di Loreto", "Nossa Senhora da Nazaré", "Notre-Dame de
# Lourdes". The dedication names a church, a brotherhood, a firm or a feast.
_DEDICATIONS: dict[str, frozenset[str]] = _words_by_language(
    {"es": "Virgen Señora", "it": "Madonna Vergine", "pt": "Senhora Virgem", "fr": "Dame Vierge"}
)


def _inside_longer_name(doc: ActorDocument, position: int, language: str) -> bool:
    """'Bank of America', 'Banco do Brasil': the place's name ends the name of something else."""
    if position < 2:
        return False
    connector, head = doc.tokens[position - 1], doc.tokens[position - 2]
    if (
        connector.text in _OF_A_SETTLEMENT.get(language, ())
        and head.text.lower() in _RANGE_NOUNS.get(language, ())
        and head.joined
        and connector.joined
        and head.text[0].isupper()
    ):
        return True  # "Picos de Europa": the range is named after the continent, no mention of it
    if (
        connector.text in _OF_A_SETTLEMENT.get(language, ())
        and head.text in _DEDICATIONS.get(language, ())
        and head.joined
        and connector.joined
    ):
        return True  # "la cooperativa Virgen de la Vega": a shrine's dedication names the firm, no place here
    return (
        connector.text in _NAME_CONNECTORS.get(language, ())
        and head.joined
        and connector.joined
        and head.text[0].isupper()
        and position - 2 not in doc.sentence_first
    )


def _furthest_end(doc: ActorDocument, position: int, last: int) -> int:
    """How far a place's name may reach: to the run's end, or past small words inside a name
    ("Rio Grande do Sul") when a capitalised word follows them."""
    tokens = doc.tokens
    end = last
    while end + 2 < len(tokens) and end + 2 - position < _LONGEST:
        inner, after = tokens[end + 1], tokens[end + 2]
        if tokens[end].joined and inner.joined and inner.text in _INNER_WORDS and after.text[0].isupper():
            end += 2
            continue
        if (  # "Furth im Wald": read whole only when the table holds it, never a name going on
            (inner.text,) in _INNER_PAIRS and tokens[end].joined and inner.joined and after.text[0].isupper()
        ):
            end += 2
            continue
        if (
            end + 3 < len(tokens)
            and (inner.text, after.text) in _INNER_PAIRS
            and tokens[end].joined
            and inner.joined
            and after.joined
            and tokens[end + 3].text[0].isupper()
            and end + 3 - position < _LONGEST
        ):
            end += 3
            continue
        break
    if (
        end + 1 < len(tokens)
        and end + 1 - position < _LONGEST
        and tokens[end].joined
        and tokens[end + 1].text.islower()
    ):
        # "Kalmar län", "Ústecký kraj": a region's name ends in its noun, lower-case, which the table
        # holds so ("A Estrada", "El Centro" are towns named with a capital, not "el centro")
        longer = doc.gazetteer.lookup(tuple(tokens[k].folded for k in range(position, end + 2)))
        if longer is not None and longer.name.rsplit(" ", 1)[-1].islower():
            end += 1
    return min(end, position + _LONGEST - 1)


_REPUBLIC = fold("республика")


# "в Вологодской и Архангельской областях": two regions' adjectives joined by "and" share the noun.
_REGIONS_JOINED_BY: dict[str, frozenset[str]] = _words_by_language({"ru": "и", "uk": "і й та"})


def _russian_region(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    """'в Новосибирской области': an adjective and a lower-case noun that name a region together;
    the noun may come after a second region's adjective ("в Вологодской и Архангельской областях")."""
    tokens = doc.tokens
    if language not in _CYRILLIC:
        return None
    word = tokens[position].text
    for form in (word, *base_forms(word, language)) if language == "ru" else ():
        # "в Татарстане": a republic named without the word ("Республика Татарстан").
        place = gazetteer().local.get(language, {}).get(f"{_REPUBLIC} {fold(form)}")
        if place is not None and form[:1].isupper():
            return _candidate(position, position, form, place, ActorKind.place)
    if position + 1 >= len(tokens) or not tokens[position].joined:
        return None
    noun = tokens[position + 1]
    if (
        noun.text in _REGIONS_JOINED_BY.get(language, ())
        and position + 3 < len(tokens)
        and tokens[position + 2].text[:1].isupper()
        and all(doc.text[tokens[k].end : tokens[k + 1].start] == " " for k in range(position, position + 3))
    ):
        noun = tokens[position + 3]  # the noun the two adjectives share
    for form in russian_region_forms(tokens[position].text, noun.text, language):
        words = tuple(fold(word) for word in form.split())
        place = doc.gazetteer.lookup(words)
        if place is not None and " ".join(words) in gazetteer().local.get(language, {}):
            return _candidate(position, position + 1, form, place, ActorKind.place)
    return None


# "на Онежском озере", "берега Ладожского озера": a place's adjective in -ск-/-цк- (neuter, declined)
# before a form of "lake" names the lake; the tables hold no lakes, so it is read from the words.
_LAKE_FORMS = frozenset(["озеро", "озера", "озеру", "озером", "озере"])
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


def _russian_lake(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    tokens = doc.tokens
    if language != "ru" or position + 1 >= len(tokens) or not tokens[position].joined:
        return None
    word, noun = tokens[position].text, tokens[position + 1].text
    if noun not in _LAKE_FORMS or doc.text[tokens[position].end : tokens[position + 1].start] != " ":
        return None
    if not word[0].isupper() or not word[1:].islower():
        return None
    possessive = _possessive_lake(word)
    if possessive is not None:
        name = f"{possessive} озеро"
        return _candidate(position, position + 1, name, Place(name, "place"), ActorKind.place)
    ending = next((e for e in _NEUTER_ENDINGS if word.endswith(e)), None)
    stem = word[: -len(ending)] if ending else ""
    if not stem.endswith(("ск", "цк")) or len(stem) < 5:
        return None
    name = f"{stem}ое озеро"
    return _candidate(position, position + 1, name, Place(name, "place"), ActorKind.place)


# "в Холмогорском районе", "Пинежского района", "Пудожского и Медвежьегорского районов": a place's
# adjective in -ск-/-цк- (masculine, declined) before a form of "district" names the district; the
# tables hold no districts, so it is read from the words, back to the nominative ("Пинежский район").
_DISTRICT_FORMS = frozenset(
    ["район", "района", "району", "районом", "районе", "районы", "районов", "районам", "районами", "районах"]
)
_MASCULINE_ENDINGS = ("ий", "ого", "ому", "им", "ом")
_SHORTEST_DISTRICT_STEM = 5


def _russian_district(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    tokens = doc.tokens
    if language != "ru" or position + 1 >= len(tokens) or not tokens[position].joined:
        return None
    word = tokens[position].text
    noun = position + 1
    if (
        tokens[noun].text in _REGIONS_JOINED_BY["ru"]
        and noun + 2 < len(tokens)
        and tokens[noun + 1].text[:1].isupper()
        and all(_gap(doc, k) == " " for k in range(position, noun + 2))
    ):
        noun += 2  # the noun the two adjectives share
    if tokens[noun].text not in _DISTRICT_FORMS or _gap(doc, noun - 1) != " ":
        return None
    if not word[0].isupper() or not word[1:].islower():
        return None
    ending = next((e for e in _MASCULINE_ENDINGS if word.endswith(e)), None)
    stem = word[: -len(ending)] if ending else ""
    if not stem.endswith(("ск", "цк")) or len(stem) < _SHORTEST_DISTRICT_STEM:
        return None
    name = f"{stem}ий район"
    return _candidate(position, noun if noun == position + 1 else position, name, Place(name, "place"), ActorKind.place)


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
# пойме Сотьмы", "берега Ворскли", "у долині Пруту". The genitive's endings that tell the nominative:
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
_RIVER_PART_NOUNS: dict[str, frozenset[str]] = _words_by_language(
    {
        "ru": "устье устья устьем берега берегу берегах берегам пойме поймы поймой долине долины долиной"
        " верховьях низовьях верховья низовья",
        "uk": "гирло гирла гирлі берег берега березі береги берегах берегів долина долини долині долиною"
        " заплава заплави заплаві верхів'я верхів'ях пониззя пониззі",
    }
)
_RIVER_CASES: dict[str, dict[str, tuple[tuple[str, str], ...]]] = {
    "ru": {
        **{noun: _RUSSIAN_GENITIVE_RIVER for noun in _RIVER_PART_NOUNS["ru"]},
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


def _russian_river(doc: ActorDocument, first: int, position: int, language: str) -> Candidate | None:
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
            and (is_surname(tokens[position].folded) or word.endswith(_RUSSIAN_SURNAMES["ru"]))
        ):
            return None  # "от реки Иванов": a surname, the nominative of no river
        if len(stem) < _SHORTEST_RIVER:
            return None
        name = stem + nominative
        if noun in _PART_NOUNS and (name.endswith(_RUSSIAN_SURNAMES["ru"]) or name.endswith(_SURNAME_ENDS)):
            return None  # "у берега Иванова пруда": a possessive, no river
        return _candidate(position, position, name, Place(name, "place"), ActorKind.place)
    return None


_PART_NOUNS = _RIVER_PART_NOUNS["ru"] | _RIVER_PART_NOUNS["uk"]


def read_hangul_word(doc: ActorDocument, position: int) -> Candidate | None:
    """A Korean word that names a state or a known town, with or without a particle ("서울에서")."""
    word = doc.tokens[position].text
    if not is_hangul(word):
        return None
    bay = _korean_bay_of_a_town(doc, position)
    if bay is not None:
        return bay
    root = gazetteer()
    own = root.local.get("ko", {})
    states = root.exonyms.get("ko", {})
    for form in (word, *base_forms(word, "ko")):
        if form != word and korean_zipf(word) >= _KOREAN_WORD:
            break  # "고양이" is a cat, not Goyang with a particle
        key = fold(form)
        # Only Hangul spellings: a folded Korean word may equal some Latin spelling of a village.
        if key not in own and key not in states:
            continue
        place = doc.gazetteer.lookup((key,))
        if place is None or (place.kind != "state" and place.population < KNOWN_TOWN):
            continue
        if form == word and place.kind != "state" and _opens_korean_name(doc, position):
            return None  # "울산 HD", "대전 하나시티즌": a club named after its town
        if place.kind != "state" and position > 0 and doc.tokens[position - 1].text in _KOREAN_CLUB_OPENERS:
            return None  # "바이에른 뮌헨은": Bayern Munich
        if form == word and _korean_style_or_count(doc, position):
            return None  # "뉴욕 치즈케이크", "벨기에 와플": a dish; "대구 한 마리": a cod
        if _title_of_a_work(doc, position, "ko"):
            return None  # "앨범 '시카고 나이트'": an album's title
        kind = ActorKind.state if place.kind == "state" else ActorKind.place
        return _candidate(position, position, _without_town_suffix(form, place), place, kind)
    return (
        _korean_town_with_a_facility(doc, position)
        or _korean_province(doc, position)
        or _korean_province_with_do(doc, position)
        or _listed_korean_province(doc, position)
        or _cued_korean_town(doc, position)
        or _listed_korean_town(doc, position)
        or _romanised_town_of_the_state_before(doc, position)
        or _region_with_its_suffix(doc, position)
        or _korean_town_before_a_site(doc, position)
        or _korean_made_in(doc, position)
        or _korean_county(doc, position)
        or _korean_river(doc, position)
        or _korean_address(doc, position)
        or _korean_port(doc, position)
    )


def _korean_address(doc: ActorDocument, position: int) -> Candidate | None:
    """'인제군 북면 용대리': a township and a village after their county; '소양강 상류': a river."""
    name = korean_address_part(doc, position)
    if name is None:
        return None
    return _candidate(position, position, name, Place(name, "place", "South Korea"), ActorKind.place)


# "속초항과 부산항으로": a port named after its town ("항", a port) is a place, the port; a common word
# so ending ("공항": an airport, "사항": a matter) romanises to no town of the size before it.
_KOREAN_PORT = "항"


def _korean_port(doc: ActorDocument, position: int) -> Candidate | None:
    word = doc.tokens[position].text
    for form in (word, *base_forms(word, "ko")):
        stem = form.removesuffix(_KOREAN_PORT)
        if stem == form or len(stem) < 2 or not is_hangul(stem) or korean_zipf(form) >= _KOREAN_COUNTY_WORD:
            continue
        if _romanised_korean_town(doc, stem) is not None:
            return _candidate(position, position, form, Place(form, "place", "South Korea"), ActorKind.place)
    return None


# Waters and lands named with their town written apart before them: "창원 진해만" (Jinhae Bay off
# Changwon), "고흥 득량만", "부안 변산반도". The word ends in the noun for a bay, a peninsula, a lake;
# its first part is no word of its own (the particle "만", "only", ends any word: "창원 사람만").
# ...and a mountain pass ("고성 진부령": the Jinbu pass by Goseong)
_KOREAN_FEATURE_ENDINGS = ("만", "반도", "호", "강", "령")
_KOREAN_FEATURE_WORD, _KOREAN_FEATURE_STEM = 3.0, 4.0
_SHORTEST_FEATURE = 3  # "진해만": two syllables of name and the noun


def _korean_feature(word: str) -> str | None:
    """The name of a bay, a peninsula, a lake or a river a Hangul word writes (particle aside), or None."""
    for form in (word, *base_forms(word, "ko")):
        for ending in _KOREAN_FEATURE_ENDINGS:
            stem = form[: -len(ending)]
            if (
                form.endswith(ending)
                and len(form) >= _SHORTEST_FEATURE
                and len(stem) >= 2
                and is_hangul(form)
                and korean_zipf(form) < _KOREAN_FEATURE_WORD
                # "진해만" (3.9: a former town's name) is a bay; "사람만" (5.5) and "서울만" are "only ..."
                and korean_zipf(stem) < _KOREAN_FEATURE_STEM
                and _korean_town_spelling(stem) is None
            ):
                return form
    return None


def _korean_town_named_apart(doc: ActorDocument, position: int) -> tuple[str, Place] | None:
    """A town of South Korea written bare before another word: its Hangul spelling (a cue or none
    needed) or its romanised name, of a town of some size."""
    word = doc.tokens[position].text
    if not is_hangul(word) or len(word) < 2:
        return None
    place = _korean_town_spelling(word) or _romanised_korean_town(doc, word)
    if place is None or place.kind == "state" or is_region(place) or place.country != "South Korea":
        return None
    return word, place


def _korean_bay_of_a_town(doc: ActorDocument, position: int) -> Candidate | None:
    """'창원 진해만': the town before a bay's (a peninsula's, a lake's) name, and the bay after it."""
    tokens = doc.tokens
    if position + 1 < len(tokens) and doc.text[tokens[position].end : tokens[position + 1].start] == " ":
        town = _korean_town_named_apart(doc, position)
        if town is not None and _korean_feature(tokens[position + 1].text) is not None:
            return _candidate(position, position, town[0], town[1], ActorKind.place)
    if position > 0 and doc.text[tokens[position - 1].end : tokens[position].start] == " ":
        feature = _korean_feature(tokens[position].text)
        if feature is not None and _korean_town_named_apart(doc, position - 1) is not None:
            return _candidate(position, position, feature, Place(feature, "place", "South Korea"), ActorKind.place)
    return None


# A county's or a city's name with its suffix, where the tables know no such town: "전남 완도군"
# (a province before it), "완도군 금일읍에서" (a township of it after). The news names every county
# so; GeoNames spells few of them in Hangul.
_KOREAN_TOWNSHIPS = ("읍", "면")
_KOREAN_COUNTY_WORD = 4.0


def _korean_county(doc: ActorDocument, position: int) -> Candidate | None:
    tokens = doc.tokens
    word = tokens[position].text
    for form in (word, *base_forms(word, "ko")):
        # "당시" (at the time, 5.2) is a word; "태안군" (3.1) the county
        if (
            not form.endswith(_KOREAN_TOWN_SUFFIXES)
            or len(form) < _SHORTEST_FEATURE
            or korean_zipf(form) >= _KOREAN_COUNTY_WORD
        ):
            continue
        stem = form[:-1]
        spaced_before = position > 0 and doc.text[tokens[position - 1].end : tokens[position].start] == " "
        province_before = spaced_before and (
            tokens[position - 1].text in KOREAN_PROVINCES or tokens[position - 1].text in KOREAN_PROVINCES.values()
        )
        township_after = (
            position + 1 < len(tokens)
            and doc.text[tokens[position].end : tokens[position + 1].start] == " "
            and any(
                after.endswith(_KOREAN_TOWNSHIPS) and len(after) >= _SHORTEST_FEATURE
                for after in (tokens[position + 1].text, *base_forms(tokens[position + 1].text, "ko"))
            )
        )
        if province_before or township_after:
            return _candidate(position, position, stem, Place(stem, "place", "South Korea"), ActorKind.place)
    return None


# A river's name: a word of three syllables or more in "강" (river) that the Korean word list knows
# ("낙동강", "섬진강에서"); the list holds no common word so made ("최강", "수강" are two syllables),
# and a person's name ending so is no word of it.
_KOREAN_RIVER = "강"
_KOREAN_KNOWN_WORD = 2.0


def _korean_river(doc: ActorDocument, position: int) -> Candidate | None:
    word = doc.tokens[position].text
    for form in (word, *base_forms(word, "ko")):
        if (
            form.endswith(_KOREAN_RIVER)
            and len(form) >= _SHORTEST_FEATURE
            and is_hangul(form)
            and korean_zipf(form) >= _KOREAN_KNOWN_WORD
        ):
            return _candidate(position, position, form, Place(form, "place"), ActorKind.place)
    return None


# "às margens do rio Maratauíra", "el río Tormes", "lungo il fiume Ombrone": a river named after the
# language's word for a river in lower case, one row per language. The words after it name the river
# (a place, drafted by its name alone), whatever else they name ("rio Madeira" is no island);
# written with a capital, the word opens a town's name instead ("Rio Grande", "Rio de Janeiro").
_RIVER_WORDS: dict[str, frozenset[str]] = {
    "pt": frozenset(["rio"]),
    "es": frozenset(["río"]),
    "it": frozenset(["fiume", "torrente"]),
    "fr": frozenset(["fleuve", "rivière"]),
}


# "of" between the word for a river and a name that is a word of the language: "do rio de Contas".
_RIVER_OFS: dict[str, frozenset[str]] = _words_by_language({"pt": "de do da dos das", "es": "de del"})
# The articles (and prepositions joined with one) before the word for a river, one row per language.
_RIVER_ARTICLES: dict[str, frozenset[str]] = _words_by_language(
    {"pt": "o do no ao pelo um", "es": "el del al un", "it": "il del nel al dal sul lungo un", "fr": "le du au la un"}
)


def _named_river(doc: ActorDocument, first: int, last: int, language: str) -> Candidate | None:
    tokens = doc.tokens
    words = _RIVER_WORDS.get(language)
    if words is None or first == 0:
        return None
    opener = first - 1
    if (
        first >= 2
        and tokens[first - 1].text in _RIVER_OFS.get(language, ())
        and tokens[first - 1].joined
        and tokens[first - 2].text in words
    ):
        opener = first - 2  # "do rio de Contas", "o rio das Velhas": "of" between, the name is all three words
    if not tokens[opener].joined or tokens[opener].text not in words:
        return None
    if opener == first - 2:
        if first < 3 or not tokens[first - 3].joined or tokens[first - 3].text.lower() not in _RIVER_ARTICLES[language]:
            return None
        name = doc.text[tokens[opener].start : tokens[last].end]
        return _candidate(opener, last, name, Place(name, "place"), ActorKind.place)
    if all(_frequency(tokens[k].text.lower(), language) >= _FREQUENT_WORD for k in range(first, last + 1)) and (
        first < 2
        or not tokens[first - 2].joined
        or tokens[first - 2].text.lower() not in _RIVER_ARTICLES.get(language, ())
    ):
        # "eu rio Muito": a title's capitals on words of the language ("I laugh a lot"); after an article
        # the word is the noun and the name a river's, however frequent a word ("ao longo do rio Tua")
        return None
    name = doc.text[tokens[first].start : tokens[last].end]  # the river's name: "Madeira", as golds and maps write it
    return _candidate(first, last, name, Place(name, "place"), ActorKind.place)


# Polish names a voivodeship by "województwo" and an adjective in lower case, both declined: "w
# województwie lubelskim", "z województwa mazowieckiego", and two sharing the noun: "w województwach
# lubelskim i mazowieckim". The adjective read back to its nominative ("lubelskie") is the region's name.
_POLISH_VOIVODESHIP = frozenset(
    [
        "województwo",
        "województwa",
        "województwie",
        "województwu",
        "województwem",
        "województw",
        "województwach",
        "województwom",
        "województwami",
    ]
)
_POLISH_ADJECTIVE_CASES = ("iego", "iemu", "im", "ie")
_POLISH_AND = frozenset(["i", "oraz", "lub", "albo"])


def read_polish_region(doc: ActorDocument, position: int) -> Candidate | None:
    """'(w województwie) lubelskim': the voivodeship an adjective after the noun names."""
    tokens = doc.tokens
    word = tokens[position].text
    if not word.islower() or not word.isalpha() or position == 0:
        return None
    before = position - 1
    if tokens[before].text in _POLISH_AND and before >= 2:
        before -= 1  # "lubelskim i mazowieckim": the adjective before shares the noun
        if not tokens[before].text.islower() or tokens[before].text.lower() in _POLISH_VOIVODESHIP:
            return None
        before -= 1
    if tokens[before].text.lower() not in _POLISH_VOIVODESHIP:
        return None
    if any(doc.text[tokens[k].end : tokens[k + 1].start] != " " for k in range(before, position)):
        return None
    ending = next((case for case in _POLISH_ADJECTIVE_CASES if word.endswith(case)), None)
    if ending is None or not word[: -len(ending)].endswith(("sk", "ck")):
        return None
    nominative = word[: -len(ending)] + "ie"
    place = gazetteer().local.get("pl", {}).get(fold(nominative))
    if place is None or not is_region(place) or place.country != "Poland":
        return None
    return _candidate(position, position, place.name, place, ActorKind.place)


def _without_town_suffix(form: str, place: Place) -> str:
    """'진주시' -> 진주: a town is named without 시 (city) or 군 (county), as "통영시와" gives 통영,
    when the tables spell the bare name as the same town."""
    for end in (*_KOREAN_CITY_RANKS, *_KOREAN_TOWN_SUFFIXES):
        bare = _korean_town_spelling(form[: -len(end)]) if form.endswith(end) and len(form) > len(end) + 1 else None
        if bare is not None and (bare.name, bare.country) == (place.name, place.country):
            return form[: -len(end)]
    return form


def _korean_town_spelling(stem: str) -> Place | None:
    """The town a Hangul spelling names, whether or not it also needs a cue ("진주" is a pearl)."""
    root = gazetteer()
    return root.local.get("ko", {}).get(fold(stem)) or root.local.get(KOREAN_WITH_A_CUE, {}).get(fold(stem))


# Facilities named after their town, written as one word with it: "김포공항" (Gimpo airport),
# "진주역" (Jinju station), "평택캠퍼스", "인천국제공항으로", "도쿄돔과". The word is the town's.
_KOREAN_FACILITIES = (
    "국제공항",
    "공항",
    "역",
    "터미널",
    "버스터미널",
    "시청",
    "군청",
    "캠퍼스",
    "공장",
    "산단",
    "산업단지",
    "신항",
    "항",
    "돔",
)


# Particles after the facility that make it a place one goes to or is at ("인천국제공항으로", "서울역에서",
# "도쿄돔과 방콕"); without one, or an area noun after it ("김포공항 인근"), the facility names a thing of
# its own ("인천공항 면세점": the duty-free shop; "평택캠퍼스 전경" in a caption).
_KOREAN_PLACE_PARTICLES = ("에", "으로", "로", "까지", "부터", "과", "와")


def _korean_town_with_a_facility(doc: ActorDocument, position: int) -> Candidate | None:
    tokens = doc.tokens
    word = tokens[position].text
    area_after = (
        position + 1 < len(tokens)
        and doc.text[tokens[position].end : tokens[position + 1].start] == " "
        and tokens[position + 1].text in _KOREAN_AREA_NOUNS
    )
    for form in base_forms(word, "ko") if not area_after else (word, *base_forms(word, "ko")):
        if not word[len(form) :].startswith(_KOREAN_PLACE_PARTICLES) and not area_after:
            continue
        # The town's name is two syllables or more: "지역", "무역" and "사항" only end like a facility.
        for facility in _KOREAN_FACILITIES:
            stem = form[: -len(facility)]
            if not form.endswith(facility) or len(stem) < 2:
                continue
            place = _korean_town_spelling(stem)
            if place is not None and place.kind != "state" and not is_region(place) and place.population >= KNOWN_TOWN:
                return _candidate(position, position, stem, place, ActorKind.place)
    return None


# Sites and works named by their town written apart, before them: "김해 공장" (the Gimhae plant),
# "구미 사업장", "거제 조선소", "창원 산단", "통영 앞바다". A bare word that is a town only with a cue
# ("창원", "김해": also words) is the town before one of these, if the town is this large.
_KOREAN_SITE_NOUNS = frozenset(
    [
        "공장",
        "사업장",
        "공단",
        "산단",
        "산업단지",
        "국가산단",
        "조선소",
        "제철소",
        "공항",
        "항만",
        "신항",
        "앞바다",
        "해역",
        "연안",
        "캠퍼스",
        "본사",
        "물류센터",
    ]
)
_KOREAN_SITE_TOWN = 200_000


def _korean_town_before_a_site(doc: ActorDocument, position: int) -> Candidate | None:
    tokens = doc.tokens
    word = tokens[position].text
    if position + 1 >= len(tokens) or doc.text[tokens[position].end : tokens[position + 1].start] != " ":
        return None
    after = tokens[position + 1].text
    if not any(form in _KOREAN_SITE_NOUNS for form in (after, *base_forms(after, "ko"))):
        return None
    place = _korean_town_spelling(word)
    if place is None or place.kind == "state" or is_region(place) or place.population < _KOREAN_SITE_TOWN:
        return None
    if _opens_korean_name(doc, position) or (position > 0 and tokens[position - 1].text in _KOREAN_CLUB_OPENERS):
        return None
    return _candidate(position, position, word, place, ActorKind.place)


# "중국산" (made in China), "호주산 소고기": a state's name with 산 (made in) joined names the state.
_MADE_IN = "산"
_SHORTEST_MADE_IN_STATE = 2


def _korean_made_in(doc: ActorDocument, position: int) -> Candidate | None:
    word = doc.tokens[position].text
    states = gazetteer().exonyms.get("ko", {})
    for form in (word, *base_forms(word, "ko")):
        stem = form.removesuffix(_MADE_IN)
        if stem == form or len(stem) < _SHORTEST_MADE_IN_STATE or fold(stem) not in states:
            continue
        place = doc.gazetteer.lookup((fold(stem),))
        if place is not None and place.kind == "state":
            return _candidate(position, position, stem, place, ActorKind.state)
    return None


def _region_with_its_suffix(doc: ActorDocument, position: int) -> Candidate | None:
    """'텍사스주', '캘리포니아주에서': a foreign state's or province's name with 주 (state) joined."""
    word = doc.tokens[position].text
    own = gazetteer().local.get("ko", {})
    for form in (word, *base_forms(word, "ko")):
        if form.endswith("주") and len(form) > 2:
            place = own.get(fold(form[:-1]))
            if place is not None and place.kind != "state" and is_region(place):
                return _candidate(position, position, form[:-1], place, ActorKind.place)
    return None


# Dishes and goods named after a place's style, written after the place's name without a particle:
# "뉴욕 치즈케이크" (New York cheesecake), "벨기에 와플" (Belgian waffle), "나폴리 피자".
_KOREAN_STYLE_NOUNS = frozenset(
    [
        "치즈케이크",
        "케이크",
        "와플",
        "피자",
        "베이글",
        "스테이크",
        "소시지",
        "샐러드",
        "수프",
        "커리",
        "카레",
        "치즈",
        "초콜릿",
        "쿠키",
        "타르트",
        "파스타",
        "요리",
        "스타일",
    ]
)
# A number and a counter of animals, bottles, portions after a word: "대구 한 마리" (a cod), "세 병";
# no town is counted so ("서울 25개 자치구" counts the districts of Seoul, so "개" is no such counter).
_KOREAN_COUNT = re.compile(
    r" +(?:한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|\d+) *(?:마리|병|잔|그릇|조각|봉지|알|포기|송이|근|컵|큰술|작은술)"
)


def _korean_style_or_count(doc: ActorDocument, position: int) -> bool:
    tokens = doc.tokens
    if _KOREAN_COUNT.match(doc.text, tokens[position].end):
        return True
    if position + 1 >= len(tokens) or doc.text[tokens[position].end : tokens[position + 1].start] != " ":
        return False
    after = tokens[position + 1].text
    return any(form in _KOREAN_STYLE_NOUNS for form in (after, *base_forms(after, "ko")))


# What tells that a Hangul word names a town although it is also a frequent word: a suffix for a
# town joined to it ("전주시", "성남시의"), a state or a province before it ("프랑스 파리에서",
# "경북 구미"), or a noun for an area after it ("진주 지역", "진주 출신": from Jinju). A particle of
# place is no such cue: "화성에서 왔다" came from Mars.
_KOREAN_TOWN_SUFFIXES = ("시", "군")
# A city's rank written with its name: "광주광역시" (metropolitan city) is 광주, not "광주광역".
_KOREAN_CITY_RANKS = ("특별자치시", "광역시", "특별시")
# "전남 해안", "경북 북부": the coast of a province, a part of it by the compass, is an area too.
_KOREAN_AREA_NOUNS = frozenset(
    [
        *("지역", "일대", "인근", "시내", "근교", "지방", "일원", "시민", "주민", "출신"),
        *("북부", "남부", "동부", "서부", "해안", "연안", "내륙", "전역"),
    ]
)
# Provinces as the news shortens them before a town ("경기 성남시", "경북 구미"); alone, "경기" is
# also the economy or a match, so only a town after it makes it the province. The nine provinces
# are a closed set (the eight cities' short names are their own: 서울, 부산...).
KOREAN_PROVINCES = {
    "경기": "경기도",
    "강원": "강원도",
    "충북": "충청북도",
    "충남": "충청남도",
    "전북": "전라북도",
    "전남": "전라남도",
    "경북": "경상북도",
    "경남": "경상남도",
    "제주": "제주도",
}


def _korean_town_at(doc: ActorDocument, position: int, romanised: bool = False) -> tuple[str, Place, bool] | None:
    """The town a Hangul word names, whether a suffix or a particle of place marks it, or None.
    `romanised`: a town of South Korea that the tables spell in Latin letters only counts too."""
    word = doc.tokens[position].text
    if not is_hangul(word):
        return None
    root = gazetteer()
    own, cued = root.local.get("ko", {}), root.local.get(KOREAN_WITH_A_CUE, {})
    for form in (word, *base_forms(word, "ko")):
        if form != word and korean_zipf(word) >= _KOREAN_WORD:
            break  # "고양이" is a cat, not Goyang with a particle
        # The name without 시 or 군 first: "성남시" is Seongnam, found by its romanised name, and the
        # suffix is the cue; the whole word, suffix and all, is marked by it too.
        suffixed = [end for end in _KOREAN_TOWN_SUFFIXES if form.endswith(end) and len(form) > 2]
        stems = [(form[: -len(end)], True) for end in suffixed] + [(form, bool(suffixed))]
        for stem, marked in stems:
            place = own.get(fold(stem)) or cued.get(fold(stem))
            if place is None and (marked or romanised):
                place = _romanised_korean_town(doc, stem)
            if place is not None and place.kind != "state" and not is_region(place):
                return stem, place, marked
    return None


# GeoNames counts the people of a Korean town's centre only (Asan: 97,749; the county town of Haenam,
# a county of some 65,000, 23,928), and gives many towns no
# Hangul spelling: with a cue (the suffix 시 or 군, or a town it is listed with), a town of South
# Korea this size whose romanised name is the word's ("공주시" -> Gongju) is that town.
_KOREAN_CUED_TOWN = 20_000


def _romanised_korean_town(doc: ActorDocument, stem: str) -> Place | None:
    if len(stem) < 2:
        return None
    # Letter by letter ("익산" -> igsan) or as maps spell it, said aloud (Iksan; Kimje for 김제).
    romanised = korean_romanisations(stem)
    for key in dict.fromkeys((fold(stem), *romanised)):
        place = doc.gazetteer.lookup((key,))
        if place is None or place.country != "South Korea" or place.population < _KOREAN_CUED_TOWN:
            continue
        # The town's own name, or its official spelling (Revised Romanization) under another name GeoNames
        # gives first ("삼척" -> samcheok, named "Santyoku"); an older spelling may be another town's.
        if "".join(fold_phrase(place.name.removesuffix("-si"))) == key or key == romanised[0]:
            return place
    return None


def _cued_korean_town(doc: ActorDocument, position: int) -> Candidate | None:
    tokens = doc.tokens
    spaced_before = position > 0 and doc.text[tokens[position - 1].end : tokens[position].start] == " "
    spaced_after = position + 1 < len(tokens) and doc.text[tokens[position].end : tokens[position + 1].start] == " "
    area_after = spaced_after and tokens[position + 1].text in _KOREAN_AREA_NOUNS
    # "영주 출신", "공주 지역": a noun for an area also cues a town the tables spell in Latin only,
    # and so does its province before it, short or in full ("전남 해남에서", "강원도 정선과").
    province_before = spaced_before and (
        tokens[position - 1].text in KOREAN_PROVINCES or tokens[position - 1].text in KOREAN_PROVINCES.values()
    )
    # "남원 산내면에서": a township of the town after it names the town too
    township_after = spaced_after and is_township(tokens[position + 1].text)
    found = _korean_town_at(doc, position, romanised=area_after or province_before or township_after)
    if found is None:
        return None
    stem, place, marked = found
    cued = marked or area_after or township_after or (spaced_before and _korean_region_word(tokens[position - 1].text))
    if not cued or (stem == tokens[position].text and _opens_korean_name(doc, position)):
        return None
    return _candidate(position, position, stem, place, ActorKind.place)


# "과", "와" join two nouns ("천안과 아산", "이천과 청주"): a town of South Korea listed so with
# another is the town, though each is also a word. Two words that name towns abroad are still
# words ("연대와 파리": solidarity and a fly, not Yantai and Paris).
_KOREAN_AND = ("과", "와")
_KOREAN_DOT = "·"


def _listed_korean_town(doc: ActorDocument, position: int) -> Candidate | None:
    tokens = doc.tokens
    found = _korean_home_town_at(doc, position)
    if found is None:
        return None
    stem, place = found
    word = tokens[position].text
    listed = False
    if position > 0 and doc.text[tokens[position - 1].end : tokens[position].start] == " ":
        before = tokens[position - 1].text
        listed = before.endswith(_KOREAN_AND) and _korean_home_town_at(doc, position - 1) is not None
    if not listed and word.endswith(_KOREAN_AND) and position + 1 < len(tokens):
        spaced = doc.text[tokens[position].end : tokens[position + 1].start] == " "
        listed = spaced and _korean_home_town_at(doc, position + 1) is not None
    # "제천·단양 농가", "울진·포항 어민들": a headline lists towns with a middle dot
    if not listed and position > 0 and doc.text[tokens[position - 1].end : tokens[position].start] == _KOREAN_DOT:
        listed = _korean_home_town_at(doc, position - 1) is not None
    if (
        not listed
        and position + 1 < len(tokens)
        and doc.text[tokens[position].end : tokens[position + 1].start] == _KOREAN_DOT
    ):
        listed = _korean_home_town_at(doc, position + 1) is not None
    return _candidate(position, position, stem, place, ActorKind.place) if listed else None


def _korean_home_town_at(doc: ActorDocument, position: int) -> tuple[str, Place] | None:
    found = _korean_town_at(doc, position, romanised=True)
    if found is None or found[1].country != "South Korea":
        return None
    return found[0], found[1]


def _romanised_town_of_the_state_before(doc: ActorDocument, position: int) -> Candidate | None:
    """ "카타르 도하에서", "인도 뭄바이": a foreign town with no Hangul spelling in the tables, right
    after its state's name, found by its romanised spelling ("도하" -> doha). Only a town of that
    very state counts, so an ordinary word that romanises like some town gives nothing."""
    tokens = doc.tokens
    word = tokens[position].text
    if position == 0 or doc.text[tokens[position - 1].end : tokens[position].start] != " ":
        return None
    state = gazetteer().exonyms.get("ko", {}).get(fold(tokens[position - 1].text))
    if state is None:
        return None
    for form in (word, *base_forms(word, "ko")):
        place = doc.gazetteer.lookup((fold(form),))
        if place is not None and place.kind != "state" and place.country == state and place.population >= KNOWN_TOWN:
            return _candidate(position, position, form, place, ActorKind.place)
    return None


def _korean_region_word(word: str) -> bool:
    """A state's or a region's name, alone: "프랑스", "미국", "경북", "경기도"."""
    root = gazetteer()
    if word in KOREAN_PROVINCES or fold(word) in root.exonyms.get("ko", {}):
        return True
    place = root.local.get("ko", {}).get(fold(word))
    return place is not None and (place.kind == "state" or is_region(place))


def _korean_province(doc: ActorDocument, position: int) -> Candidate | None:
    """'경기 성남시', '경북 지역': a province's short name before a town's or an area noun is the province."""
    tokens = doc.tokens
    full = KOREAN_PROVINCES.get(tokens[position].text)
    if (
        full is None
        or position + 1 >= len(tokens)
        or doc.text[tokens[position].end : tokens[position + 1].start] != " "
    ):
        return None
    place = gazetteer().local.get("ko", {}).get(fold(full))
    after = tokens[position + 1].text
    area = any(form in _KOREAN_AREA_NOUNS for form in (after, *base_forms(after, "ko")))
    # "강원 인제군": a county's name with its suffix after it, which the tables may not hold
    county = (
        after.endswith(_KOREAN_TOWN_SUFFIXES)
        and len(after) >= _SHORTEST_FEATURE
        and korean_zipf(after) < _KOREAN_COUNTY_WORD
    )
    # "충남 당진의": a town of South Korea the tables spell in Latin letters only ("Tangjin") counts too
    town = _korean_town_at(doc, position + 1) or _korean_home_town_at(doc, position + 1)
    if place is None or (town is None and not area and not county):
        return None  # "경북 지역에": before a noun for an area, the province ("전북" alone is a club)
    return _candidate(position, position, full, place, ActorKind.place)


def _listed_korean_province(doc: ActorDocument, position: int) -> Candidate | None:
    """'경북과 강원도의', '충북과 경북에서': a province's short name listed with 과/와 beside another
    region's name is the province ("전북" alone is also a football club, a club is listed with clubs)."""
    tokens = doc.tokens
    word = tokens[position].text
    short = next((form for form in base_forms(word, "ko") if form in KOREAN_PROVINCES), None)
    if short is None:
        return None
    listed = False
    if word.endswith(_KOREAN_AND) and position + 1 < len(tokens):
        after = tokens[position + 1].text
        listed = doc.text[tokens[position].end : tokens[position + 1].start] == " " and any(
            _korean_region_word(form) for form in (after, *base_forms(after, "ko"))
        )
    if not listed and position > 0 and doc.text[tokens[position - 1].end : tokens[position].start] == " ":
        before = tokens[position - 1].text
        listed = before.endswith(_KOREAN_AND) and any(_korean_region_word(form) for form in base_forms(before, "ko"))
    place = gazetteer().local.get("ko", {}).get(fold(KOREAN_PROVINCES[short]))
    if not listed or place is None:
        return None
    return _candidate(position, position, KOREAN_PROVINCES[short], place, ActorKind.place)


# A province's short name with 도 (province) joined is the province, alone or with one of its bodies
# joined after it: "경북도는", "충남도의회", "경남도청 앞" ("전북" alone is also a football club).
_KOREAN_PROVINCE_BODIES = ("", "청", "의회", "지사", "교육청", "민")
# "경북도", and the self-governing provinces' new names ("전북특별자치도" since 2024, "강원특별자치도").
_KOREAN_PROVINCE_ENDINGS = ("특별자치도", "도")


def _korean_province_with_do(doc: ActorDocument, position: int) -> Candidate | None:
    word = doc.tokens[position].text
    for form in (word, *base_forms(word, "ko")):
        for body in _KOREAN_PROVINCE_BODIES:
            stem = form[: len(form) - len(body)]
            if not form.endswith(body):
                continue
            for do in _KOREAN_PROVINCE_ENDINGS:
                short = stem.removesuffix(do)
                if short != stem and short in KOREAN_PROVINCES:
                    place = gazetteer().local.get("ko", {}).get(fold(KOREAN_PROVINCES[short]))
                    if place is not None:
                        return _candidate(position, position, KOREAN_PROVINCES[short], place, ActorKind.place)
    return None


# A Hangul word this rare (Zipf, particle cut) is a name, not a word: "하나시티즌" (Hana Citizen).
_KOREAN_NAME_WORD = 1.0


def _opens_korean_name(doc: ActorDocument, position: int) -> bool:
    """A town's name without a particle, followed by a Latin name ("울산 HD", "FC") or by a Hangul
    word no dictionary knows, opens a club's or firm's name."""
    tokens = doc.tokens
    if position + 1 >= len(tokens) or doc.text[tokens[position].end : tokens[position + 1].start] != " ":
        return False
    if tokens[position].text.endswith(_KOREAN_TOWN_SUFFIXES):
        return False  # "전주시 완산구": a town named as one, not a club
    after = tokens[position + 1].text
    if after[0].isascii() and after[0].isupper():
        return True
    if not is_hangul(after):
        return False
    forms = (after, *base_forms(after, "ko"))
    if any(form.endswith(_KOREAN_TEAM_ENDINGS) and korean_zipf(form) < _KOREAN_TEAM_WORD for form in forms):
        return True  # "뉴욕 양키스와의", "LA 다저스": an English plural, a team's (or a paper's) name
    return (
        all(korean_zipf(form) < _KOREAN_NAME_WORD and not _korean_compound(form) for form in forms)
        and not any(form.endswith(_KOREAN_DISTRICT_SUFFIXES) for form in forms)
        and not any(doc.gazetteer.lookup((fold(form),)) for form in forms)
        and _korean_town_at(doc, position + 1) is None
    )


# English plurals written in Hangul end in 스 or 즈 ("양키스", "다저스", "타이거즈"); one this rare
# (Zipf) after a town names a team or a paper ("뉴욕 타임스"), while frequent ones are words
# ("런던 버스", "서울 뉴스").
_KOREAN_TEAM_ENDINGS = ("스", "즈")
_KOREAN_TEAM_WORD = 4.0
# Hangul words that open a European club's name before its town ("바이에른 뮌헨", "레알 마드리드").
_KOREAN_CLUB_OPENERS = frozenset(
    ["바이에른", "레알", "보루시아", "아틀레티코", "인터", "올림피크", "스포르팅", "디나모", "스파르타크", "로코모티프"]
)

# Suffixes of a town's parts: a district, a neighbourhood, a road, a new town or an estate ("완산구",
# "역삼동", "세종로", "검단신도시", "마곡지구").
_KOREAN_DISTRICT_SUFFIXES = ("구", "동", "읍", "면", "리", "로", "길", "신도시", "지구", "단지")
# Each part of a compound of ordinary words is this frequent (Zipf): "외환시장" (foreign-exchange
# market) is 외환 + 시장, while a club's name is not ("하나시티즌": 시티즌 is rarer).
_KOREAN_COMPOUND_PART = 3.5


def _korean_compound(word: str) -> bool:
    """A Hangul word no dictionary lists that two frequent words make: an ordinary noun."""
    return any(
        korean_zipf(word[:cut]) >= _KOREAN_COMPOUND_PART and korean_zipf(word[cut:]) >= _KOREAN_COMPOUND_PART
        for cut in range(1, len(word))
    )


def _candidate(first: int, last: int, name: str, place: Place, kind: ActorKind) -> Candidate:
    if place.country == place.name:
        kind = ActorKind.state  # "Hongkong", "Singapur": the city is the state, as in English text
    return Candidate(
        first,
        last,
        _as_named(name),
        kind,
        f"gazetteer: {place.name} (other-language text)",
        0.7 if kind is ActorKind.state else 0.6,
        canonical=place.name if kind is ActorKind.state else None,
        gazetteer_name=place.name,
    )


def _as_named(name: str) -> str:
    """A name a dateline writes in capitals ("МОСКВА", "FRANKFURT AM MAIN") as a reader writes it;
    an acronym ("USA", "США") stays."""
    if not name.isupper() or len(name) <= 4:
        return name
    words = name.lower().split()
    return " ".join(
        "-".join(
            part if part in _INNER_WORDS or (k and part == "на") else part.capitalize()
            for k, part in enumerate(word.split("-"))
        )
        for word in words
    )


# Languages that decline the word opening a name too: "przez Bystrzycę Kłodzką", "ve Středočeském kraji".
_OPENER_DECLINED = frozenset(["pl", "cs"])


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


def _inflected(
    doc: ActorDocument, position: int, end: int, words: tuple[str, ...], language: str, start: int
) -> tuple[Place, str] | None:
    """'в Казани' -> Казань: the last word read back to a dictionary form the gazetteer knows."""
    last_word = doc.tokens[end].text
    # "в Нижнем Новгороде": an adjective before the noun is declined too.
    openers = (
        [(words[0], "")]
        if end == position
        else [(words[0], "")] + [(fold(form), form) for form in adjective_forms(doc.tokens[position].text, language)]
    )
    # Every dictionary form the gazetteer takes is weighed, and the most frequent word wins: "Китае"
    # is China (Китай, 4.7), not Kita in Japan (Кита, a whale's genitive, 3.7); "Ярославле" is
    # Ярославль, not the stem "Ярославл" that folds the same (a word nobody writes).
    if language in _OPENER_DECLINED and end > position:
        # "przez Bystrzycę Kłodzką", "do Lądka-Zdroju": Polish declines the noun opening the name too
        openers += [(fold(form), form) for form in base_forms(doc.tokens[position].text, language)]
    best: tuple[float, Place, str] | None = None
    # "у Иванова", "через Иванова" are Иванов's: a neuter town's form ("Иваново") is asked only where a
    # person cannot be ("из Кемерова", "под Одинцовом") or in a list of towns ("рынках Мукачева и Берегова")
    forms = [
        form for form in base_forms(last_word, language) if not _neuter_form_of_a_surname(doc, end, form, language)
    ]
    noun = _instrumental_of_a_noun(last_word) if language == "ru" else None
    if noun is not None and noun not in forms:
        forms.append(noun)  # "под Сегежей": -ей after a hushing letter is -а's instrumental
    neuter = _neuter_town_in(doc, end) if language == "ru" else None
    if neuter is not None and neuter not in forms:
        forms.append(neuter)  # "в Конакове": Конаково
    if end > position and doc.tokens[position].text.lower().endswith(("ых", "их")):
        forms += plural_genitive_forms(last_word, language)  # "до Минеральных Вод", "из Набережных Челнов"
    middles = _declined_middles(doc, position, end, words, language)
    for form in forms:
        for (opener, written), (middle, middle_written) in itertools.product(openers, middles):
            changed = (opener, *middle, fold(form)) if end > position else (fold(form),)
            place = hyphened_place(doc, position, changed) or doc.gazetteer.lookup(changed)
            if place is not None:
                place = _home_namesake(place, changed, language)  # "в Светлогорске": Russia's, not Belarus'
            if place is not None and place.kind != "state" and _foreign_plural(last_word, form, place, language):
                continue  # "Делам" (of affairs) is no form of Дели: a foreign town's name does not decline
            if (
                place is not None
                and _spelled_in_language(doc, position, changed, language, place)
                and _place_here(doc, place, position, end, changed, language)
            ):
                head = written + doc.text[doc.tokens[position].end : doc.tokens[end].start] if written else ""
                if middle_written:
                    head = " ".join((written, *middle_written, ""))
                name = (head or doc.text[start : doc.tokens[end].start]) + _with_e_or_yo(doc, form, last_word)
                frequency = _frequency(form.lower().replace("ё", "е"), language)  # "Орёл", "Орел": one word
                if best is None or frequency > best[0]:
                    best = frequency, place, name
    if best is None and end > position and _joined_by_hyphens(doc, position, end):
        best = _declined_first_part(doc, position, end, words, language)
    if best is None:
        return None
    if language in LATIN_ENDINGS and fold(best[1].name) == fold(best[2]):
        # "w Krakowie" -> "Krakow", "w Łodzi" -> "Łodź": the stem lacks the name's own "ó"
        return best[1], best[1].name
    if (
        end == position
        and best[0] + _WRITTEN_NOT_A_FORM <= _frequency(last_word.lower(), language)
        and doc.gazetteer.lookup((fold(last_word),)) is not None
    ):
        # "София", "Одесса" at a sentence's start: the nominative as written, not a stem nobody
        # writes ("Софий", "Одесс") that the gazetteer also happens to know.
        return best[1], last_word
    return best[1], best[2]


# A form this much rarer (Zipf) than the word as written is no dictionary form people use.
_WRITTEN_NOT_A_FORM = 2.0


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
            and _spelled_in_language(doc, position, changed, language, place)
            and _place_here(doc, place, position, end, changed, language)
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
                and _spelled_in_language(doc, position, changed, language, place)
                and _place_here(doc, place, position, end, changed, language)
            ):
                name = form + doc.text[tokens[position].end : tokens[end].start] + adjective
                # "Переславле" -> "Переславль", not the stem "Переславл" that folds the same
                found.append(((_frequency(form.lower(), language), form.endswith("ь")), place, name))
    if not found:
        return None
    _, place, name = max(found, key=lambda hit: hit[0])
    return 0.0, place, name


def _russian_neuter_name(doc: ActorDocument, position: int, end: int, language: str) -> tuple[float, Place, str] | None:
    """'Усолья-Сибирского' -> Усолье-Сибирское, 'Орехово-Зуева' -> Орехово-Зуево: a neuter town's
    name whose parts all decline."""
    tokens = doc.tokens
    options = [(tokens[k].text, *_russian_neuter_forms(tokens[k].text)) for k in range(position, end + 1)]
    own = gazetteer().local.get(language, {})
    for parts in itertools.product(*options):
        changed = tuple(fold(part) for part in parts)
        place = hyphened_place(doc, position, changed)
        if (
            place is not None
            and place.country in _HOME_COUNTRIES.get(language, ())
            and _spelled_in_language(doc, position, changed, language, place)
            # the Russian name itself ("Усолье-Сибирское"), not another spelling of a small town
            and ("-".join(changed) in own or _place_here(doc, place, position, end, changed, language))
        ):
            return 0.0, place, "-".join(parts)
    return None


# Plural case endings ("в Химках", "над Люберцами", "к Мытищам"): only towns of the language's own
# country are named in the plural and declined so; a foreign town's name in -и is not declined at
# all ("Дели"). States are, in every language ("в Нидерландах").
_PLURAL_ENDINGS = ("ами", "ями", "ах", "ях", "ам", "ям")


def _foreign_plural(word: str, form: str, place: Place, language: str) -> bool:
    return (
        word.lower().endswith(_PLURAL_ENDINGS)
        and form[-1:].lower() in ("и", "ы")
        and place.country not in _HOME_COUNTRIES.get(language, ())
    )


def _with_e_or_yo(doc: ActorDocument, form: str, word: str) -> str:
    """'Череповце' -> Череповец, 'Орле' -> Орёл: a fleeting vowel put back is "ё" only when the
    gazetteer spells the town with "yo" (Oryol); else "е", which Russian may always write for "ё"."""
    if "ё" not in form or "ё" in word.lower():
        return form
    if doc.gazetteer.lookup((fold(form.replace("ё", "йо")),)) is not None:
        return form
    return form.replace("ё", "е")


# "Ростов-на-Дону", "Комсомольск-на-Амуре": only the first word of a town "on a river" declines
# ("в Ростове-на-Дону"); the river's part stays as it is.
_ON_A_RIVER = re.compile(r"-(на|над)-(\w+)")


def _declined_on_a_river(doc: ActorDocument, position: int, language: str) -> Candidate | None:
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
            return _candidate(position, end, name, place, ActorKind.place)
    return None


def _spelled_in_language(
    doc: ActorDocument, position: int, words: tuple[str, ...], language: str, place: Place
) -> bool:
    """A word in Cyrillic is looked up only under the spellings of its own language: folded to
    Latin letters, "Новосибирска" would match some Latin spelling of the same town, and a declined
    ordinary word the Latin spelling of some village. A state's name may fold as its English one
    does ("Иран")."""
    if (
        place.kind == "state"
        or language not in ENDINGS
        or not any("\u0400" <= c <= "\u04ff" for c in doc.tokens[position].text)
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


def _place_here(
    doc: ActorDocument, place: Place, position: int, end: int, words: tuple[str, ...], language: str
) -> bool:
    """Whether the gazetteer's `place` is what the words at `position`..`end` name here."""
    tokens = doc.tokens
    token = tokens[position]
    if len(words) == 1:
        if (
            place.kind != "state"
            and place.population < LARGE_CITY
            and not _supported_town(doc, place, position, language)
            and not town_after_its_article(doc, place, position, language, _MATCH_WORDS.get(language, frozenset()))
        ):
            return False
        if words[0] in FUNCTION_WORDS and token.folded == words[0]:
            return False  # "For": an English word in a text of another language ("v Mostě" is declined: Most)
        if (
            len(words[0]) <= 3
            and fold(place.name) != words[0]
            and not (place.kind == "state" and token.text.isupper())
            and not _short_exonym(doc, place, position, words[0], language)
        ):
            return False  # "Com" is no Como; "USA" in capitals is the state
        if alternate_spelling(place, words) and (
            _written_in_lower_case(doc, position, words[0])
            or (position in doc.sentence_first and not _dateline(doc, position) and not _own_spelling(words, language))
            or (_cut_short(place, words) and not _short_exonym(doc, place, position, words[0], language))
        ):
            return False  # German "Dabei" (for Dubai) opens sentences as a word; "Hang" is no Hangzhou
        if position in doc.sentence_first and words[0] in doc.lower_case and not _dateline(doc, position):
            return False  # Russian "Того, кто..." ("of that"; the text writes "того" too) is no Togo
        if (
            _surname_after_given_name(doc, position)
            or _given_name_before_surname(doc, position)
            or words[0] in doc.given_surnames
            or (place.kind != "state" and _town_before_a_surname(doc, position, language))
        ):
            return False  # "Fernando Medina", "Luís Montenegro" and then "Montenegro" alone; "Paris Hilton"
    elif (
        alternate_spelling(place, words)
        and not _saint_abbreviated(place, words)
        and not _name_it_goes_by(place, words)  # "in Bad Homburg" (vor der Höhe)
        and (_cut_short(place, words) or (place.kind != "state" and 0 < place.population < KNOWN_TOWN))
    ):
        # "Palácio de São Bento": São Bento is not São Bento do Sul; "El Valle" (the valley) is one
        # of GeoNames' spellings of a village, The Valley in Anguilla.
        return False
    elif place.kind != "state" and _surname_after_given_name(doc, position):
        return False  # "o deputado Marcos Pereira Barreto": a town's name of two words as a family name
    return True


def _name_it_goes_by(place: Place, words: tuple[str, ...]) -> bool:
    """The words are the town's official name without its qualifier: "Bad Homburg" (vor der Höhe)."""
    everyday = everyday_name(place.name)
    return everyday is not None and fold_phrase(everyday) == words


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


_USED_WORD = 4.0


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
        and _frequency(word, language) >= _USED_WORD  # the language writes it: "Rom" 4.7, "Bak" no
        and _after_preposition(doc, position, language, _BARE_PREPOSITIONS.get(language, frozenset()))
    )


def _supported_town(doc: ActorDocument, place: Place, position: int, language: str) -> bool:
    """A town of some size, after a preposition of place or in a dateline, named by no frequent word."""
    if place.population < KNOWN_TOWN:
        return _home_town(doc, place, position, language) or _town_in_its_own_letters(doc, place, position, language)
    if _spelling_of(place, doc.tokens[position].folded, language):
        supported = (
            _after_preposition(doc, position, language)
            or _dateline(doc, position)
            or _russian_genitive_towns(doc, position, language)
            or _after_seat_noun(doc, position, language)
            or _listed_with_its_article(doc, position, language)
            # "CAGLIARI –": a known town's name may be as frequent as a football club makes it
            or _capitals_dateline(doc, position, language, _RARE_WORD)
        )
    else:
        supported = _dateline(doc, position)
    # The word list of the language loads on the first call (~0.1-0.3 s): asked last.
    return supported and (
        _frequency(doc.tokens[position].text.lower(), language) < _FREQUENT_WORD
        or _after_preposition(doc, position, language, _BARE_PREPOSITIONS.get(language, frozenset()))
        or _dateline(doc, position)  # "Frankfurt/Main (dpa-AFX) –": a line opens with where it was written
        or _listed_after_a_place(doc, position, language)
        or _listed_with_its_article(doc, position, language)
        or _home_city_in_cyrillic(doc, place, position, language)
    )


def _home_city_in_cyrillic(doc: ActorDocument, place: Place, position: int, language: str) -> bool:
    """'до Львова', 'у Києві': a city of the page's own country, after a preposition of place and
    inside a sentence, in a language that writes its nouns in lower case. Its name is as frequent
    as the news makes it (Ukrainian "Львова" 5.0), no word of the language written so."""
    return (
        language in _CYRILLIC
        and place.country in _HOME_COUNTRIES.get(language, ())
        and position not in doc.sentence_first
    )


# Russian genitive endings of a town's name: "Мурома", "Твери", "Вязников"
_GENITIVE_ENDINGS = ("а", "я", "и", "ы", "ов", "ев")
# Nouns of sport before a list of towns' genitives name clubs ("матч Ростова и Краснодара").
_RUSSIAN_SPORT_STEMS = ("матч", "игр", "встреч", "болельщ", "фанат", "футбол", "хокке", "команд", "клуб", "тренер")


# The words that join a list's last town in Russian and Ukrainian: "Мурома и Коврова", "Мукачева і Берегова".
_GENITIVE_LIST_AND: dict[str, frozenset[str]] = _words_by_language({"ru": "и", "uk": "і та"})


def _russian_genitive_towns(doc: ActorDocument, position: int, language: str) -> bool:
    """'магазины Владимира, Мурома и Коврова': a list of towns in the genitive after a common noun
    ("shops of ..."), each a known town; one at least is no family or given name and ends like no
    surname, so "речь Владимира и Петра" (people) stays unread."""
    conjunctions = _GENITIVE_LIST_AND.get(language)
    if conjunctions is None:
        return False
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
    hyphened = [k for k, end in spans if end > k and _known_hyphened_name(doc, k, end, language)]
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
        tokens[k].text.endswith(_GENITIVE_ENDINGS)
        and any(
            not is_region(place) and place.population >= SMALL_HOME_TOWN for place in _word_places(doc, k, language)
        )
        for k in items
    ) or not any(_town_word(doc, k, language) or _home_town_word(doc, k, language) for k in items):
        return False
    return bool(hyphened) or any(
        (
            not _surname_or_given(doc, k)
            and not any(form.lower().endswith(_SURNAME_OR_ADJECTIVE) for form in base_forms(tokens[k].text, language))
            and not any(is_given_name(fold(form)) for form in base_forms(tokens[k].text, language))
        )
        or _neuter_town_form(doc, k, language)
        for k in items
    )


def _home_town_word(doc: ActorDocument, position: int, language: str) -> bool:
    """A word that names a town of the language's own country of some size ("Мукачева" in Ukrainian)."""
    homes = _HOME_COUNTRIES.get(language, frozenset())
    return any(
        not is_region(place) and place.country in homes and place.population >= HOME_TOWN
        for place in _word_places(doc, position, language)
    )


# Neuter towns' names end so ("Мукачево", "Кемерово"); their genitive is a surname's ("Мукачева").
_NEUTER_TOWN_ENDS = ("ово", "ево")


def _neuter_form_of_a_surname(doc: ActorDocument, position: int, form: str, language: str) -> bool:
    word = doc.tokens[position].text
    return (
        form.endswith(_NEUTER_TOWN_ENDS)
        and not word.endswith(_NEUTER_TOWN_ENDS)
        and not _after_where_preposition(doc, position, language)
        and not _russian_genitive_towns(doc, position, language)
    )


def _neuter_town_form(doc: ActorDocument, position: int, language: str) -> bool:
    """'Мукачева' of Мукачево: the word is read back to a neuter town's name, and its masculine
    form is no known family name ("Петрова" stays Петров's)."""
    for form in base_forms(doc.tokens[position].text, language):
        if not form.endswith(_NEUTER_TOWN_ENDS) or is_surname(fold(form[:-1])):
            continue
        place = doc.gazetteer.lookup((fold(form),))
        if place is not None and place.kind != "state" and place.population >= SMALL_HOME_TOWN:
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
_TOWN_ARTICLES: dict[str, frozenset[str]] = _words_by_language({"pt": "o a os as"})


def _listed_with_its_article(doc: ActorDocument, position: int, language: str) -> bool:
    """'entre Lisboa e o Porto': a town with its article, listed after a known place right after a
    preposition of place ("o Braga e o Porto" are two clubs; "o Banco do Brasil e o Itaú" two banks)."""
    return (
        position >= 4
        and doc.tokens[position - 1].text in _TOWN_ARTICLES.get(language, ())
        and doc.tokens[position - 4].text.lower() in PLACE_PREPOSITIONS.get(language, ())
        and _listed_after_a_place(doc, position - 1, language)  # the article stands where the list's word does
    )


def _listed_after_a_place(doc: ActorDocument, position: int, language: str) -> bool:
    """'em Lisboa e no Porto', 'em Braga, Porto e Faro': the list's item before is a known place, so
    a frequent word ("porto", a harbour) that names a town is that town here too."""
    tokens = doc.tokens
    head = position
    if head > 0 and tokens[head - 1].text in PLACE_PREPOSITIONS.get(language, ()) and tokens[head - 1].joined:
        head -= 1  # the list repeats its preposition
    if head < 2:
        return False
    before = tokens[head - 1]
    gap = doc.text[before.end : tokens[head].start]
    if gap == ", " and before.text[0].isupper():
        item = head - 1
    elif before.text.lower() in _list_words(language) and gap == " " and before.joined:
        item = head - 2
        if doc.text[tokens[item].end : before.start] != " " or not tokens[item].text[0].isupper():
            return False
    else:
        return False
    return _known_place_word(doc, item, language)


# A smaller town of the language's own country is named so too ("zwischen Chemnitz und Zwickau",
# "in Görlitz"), by a rare word of the language, right after a preposition that takes no article.
HOME_TOWN = 50_000
_RARE_WORD = 4.5


# A small town of the language's own country ("in Weißwasser", "nach Hoyerswerda", "Bautzen, 3. Mai")
# is named so too when its name is a rarer word still: "in Kamen", "aus Leer" stay words.
SMALL_HOME_TOWN = 5_000
_RARER_WORD = 4.0
# A German small town's name that is a word once its plural "n" is dropped ("Datteln": Dattel, 2.2;
# "Weiden": Weide) is that word's plural as often as the town; "Bautzen" (bautze: 0) is not.
_PLURAL_STEM = 2.0
# A German plural in "-n" is made of a noun ending in "-e", "-el" or "-er" ("Datteln", "Weiden",
# "Linden"): "Daun" is no plural of a "Dau".
_PLURAL_IN_N = ("en", "eln", "ern")


# German offices and courts named by their seat ("beim Amtsgericht Passau", "das Finanzamt
# Straubing", "die Staatsanwaltschaft Deggendorf"): the heads of such compounds. The town is named.
_SEAT_HEADS: dict[str, tuple[str, ...]] = {
    "de": ("gericht", "amt", "anwaltschaft", "inspektion", "präsidium", "direktion", "behörde", "bistum")
}


def _after_seat_noun(doc: ActorDocument, position: int, language: str) -> bool:
    """'beim Amtsgericht Passau': an office's or a court's noun, the town of its seat after it."""
    heads = _SEAT_HEADS.get(language)
    if not heads or position == 0:
        return False
    before = doc.tokens[position - 1]
    word = before.text.lower()
    return (
        doc.text[before.end : doc.tokens[position].start] == " "
        and before.text[0].isupper()
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
        and place.population >= SMALL_HOME_TOWN
        and any(letter in letters for letter in word.lower())
        and fold(place.name) == doc.tokens[position].folded
        and _after_preposition(doc, position, language)
    )


def _home_town(doc: ActorDocument, place: Place, position: int, language: str) -> bool:
    if place.population < SMALL_HOME_TOWN or place.country not in _HOME_COUNTRIES.get(language, ()):
        return False
    prepositions = _BARE_PREPOSITIONS.get(language, frozenset()) | _HOME_TOWN_PREPOSITIONS.get(language, frozenset())
    if not _spelling_of(place, doc.tokens[position].folded, language):
        return False
    if (
        language in _CYRILLIC
        and not _rare_declined_name(doc, position, language)
        and not _russian_genitive_towns(doc, position, language)  # "ринках Мукачева і Берегова"
    ):
        return False  # "в Зиме", "из Александрова", "в Светлом": a word, a surname or an adjective
    if place.population < HOME_TOWN:
        word = doc.tokens[position].text
        if elided_name(doc.tokens[position]) is not None and not _article_of_the_name(doc, place, position, language):
            return False  # "à l'Élysée": the palace (a district of Paris in GeoNames) takes an article
        after_place_noun = position > 0 and doc.tokens[position - 1].text.lower() in PLACE_NOUNS.get(language, ())
        if (
            language in _COMPOUNDING
            and word.endswith(_PLURAL_IN_N)
            and not after_place_noun  # "im Landkreis Verden" is the town, whatever "Verde" is
            and _frequency(word[:-1].lower(), language) >= _PLURAL_STEM
            and not _listed_after_a_place(doc, position, language)  # "zwischen Amberg und Weiden"
        ):
            return False  # "aus Datteln gemacht": Dattel's plural, though a town's name too
        # A small town also opens its dateline; the line's language must have bare prepositions (no
        # Russian: its declined words are read against too many villages).
        supported = bool(prepositions) and (
            _after_preposition(doc, position, language, prepositions)
            or _dateline(doc, position)
            or _home_town_of(doc, position, language)
            or _after_seat_noun(doc, position, language)
            or _capitals_dateline(doc, position, language)
            or _russian_genitive_towns(doc, position, language)  # "на ринках Мукачева і Берегова"
            or _article_of_the_name(doc, place, position, language)
            or _listed_after_a_place(doc, position, language)  # "la campiña de Úbeda o Baeza"
        )
        return supported and (
            _frequency(doc.tokens[position].text.lower(), language) < _RARER_WORD
            or _capitalised_after_a_bare_preposition(doc, position, language)
        )
    # A dateline supports it as it supports a smaller town ("Andria, 28 novembre 2025 –"), in the
    # languages with bare prepositions only.
    return (
        _after_preposition(doc, position, language, prepositions)
        or (bool(prepositions) and _dateline(doc, position))
        or _home_town_of(doc, position, language)
        or _after_seat_noun(doc, position, language)
        or _capitals_dateline(doc, position, language)
        or _russian_genitive_towns(doc, position, language)
    ) and (
        _frequency(doc.tokens[position].text.lower(), language) < _RARE_WORD
        or _capitalised_after_a_bare_preposition(doc, position, language)
    )


# Languages that write their common nouns in lower case, with the prepositions after which such a
# noun takes an article or shows its case ("in de stad", "i skogen", "v Olomouci"): a capitalised
# word right after one inside a sentence is a name, however often the language's news writes the
# town ("från Luleå", "uit Zutphen", "v Mostě"); a word as frequent as this (Zipf) is a word of the
# language still.
_NAMED_BY_ITS_CAPITAL: dict[str, frozenset[str]] = _words_by_language(
    # Portuguese "em" takes a common noun with its article ("no porto", "na batalha"): "em Fátima" is the town
    {"nl": "in uit naar tussen", "sv": "i från till mellan", "cs": "v ve z ze do u", "pt": "em"}
)
_WORD_OF_THE_LANGUAGE = 5.0


def _capitalised_after_a_bare_preposition(doc: ActorDocument, position: int, language: str) -> bool:
    token = doc.tokens[position]
    return (
        language in _NAMED_BY_ITS_CAPITAL
        and position not in doc.sentence_first
        and token.text[:1].isupper()
        and token.text[1:].islower()
        and token.folded not in doc.lower_case  # the text writes it as a word too
        and _after_preposition(doc, position, language, _NAMED_BY_ITS_CAPITAL[language])
        and _frequency(token.text.lower(), language) < _WORD_OF_THE_LANGUAGE
    )


# Italian prepositions joined to the elided article: "all'Aquila", "nell'Aquila", "dall'Aquila".
_ELIDED_PREPOSITIONS: dict[str, frozenset[str]] = _words_by_language({"it": "all' nell' dall' sull'"})


def _article_of_the_name(doc: ActorDocument, place: Place, position: int, language: str) -> bool:
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
    if _after_place_adjective(doc, position, language):
        return True
    if _surname_or_given(doc, position):
        return False
    # "caminhões de Paracatu e Unaí": a list's later town takes the "of" its first town follows
    head = position
    for _ in range(_LONGEST_LIST):
        gap = doc.text[doc.tokens[head - 2].end : doc.tokens[head].start] if head >= 3 else ""
        if not _list_gap_with_of(gap, language) and (
            gap.strip() not in _list_words(language) or gap != f" {gap.strip()} "
        ):
            break
        if not doc.tokens[head - 2].text[0].isupper() or not _known_place_word(doc, head - 2, language):
            break
        head -= 2
    return _common_noun_of(doc, head, language)


def _list_gap_with_of(gap: str, language: str) -> bool:
    """A gap of ", de" or " e de ": a list whose every item repeats its "of" ("agências de Viseu, de Aveiro e
    de Vila Real")."""
    of = gap.split()[-1] if gap.endswith(" ") and gap.split() else ""
    if of not in _OF_A_PLACE.get(language, ()):
        return False
    joint = gap[: len(gap) - len(of) - 1]
    return joint == ", " or (joint == f" {joint.strip()} " and joint.strip() in _list_words(language))


# Russian towns named like a surname or an adjective ("Александров", "Светлый", "Лесной") are read
# as towns only after a noun for a place ("город Светлый"): a preposition is not enough.
_SURNAME_OR_ADJECTIVE = ("ов", "ев", "ёв", "ин", "ын", "ский", "цкий", "ый", "ий", "ой", "ая", "ое", "ые", "ие")
# A declined Russian word this frequent (Zipf), in any of its forms, is a word first ("Зима", "Клин").
_RARE_DECLINED = 3.0
# Ukrainian's word list is drawn from less text, where the news's towns rank higher ("Лубнах" 3.0,
# "Миргороді" 3.2); its words stay above this ("Балка" 3.4, "Весела" 3.9, "Щастя" 5.0).
_RARE_DECLINED_BY_LANGUAGE = {"uk": 3.3}


def _rare_declined_name(doc: ActorDocument, position: int, language: str) -> bool:
    """A Russian small town after a preposition ("из Углича", "в Кимрах"): every form the word may
    come from is rare, and none ends like a surname or an adjective; after a noun for a place
    ("город Светлый", "жителей Кимр") the noun says it is a town."""
    if position > 0 and doc.tokens[position - 1].text.lower() in PLACE_NOUNS.get(language, ()):
        return True
    word = doc.tokens[position].text
    rare = _RARE_DECLINED_BY_LANGUAGE.get(language, _RARE_DECLINED)
    neuter = _neuter_town_in(doc, position)
    if neuter is not None:
        return _frequency(word.lower(), language) < rare and _frequency(neuter.lower(), language) < rare
    noun = _instrumental_of_a_noun(word)
    if noun is not None:  # "под Сортавалой": the ending is the case's, not an adjective's
        return _frequency(word.lower(), language) < rare and _frequency(noun.lower(), language) < rare
    forms = [word, *base_forms(word, language)]
    where = _after_where_preposition(doc, position, language)
    if where and word[1:].islower():
        rare = _RARE_AFTER_WHERE  # "у Хусті", "в Соколе": capitalised inside a sentence, the town's name
    return all(
        (where and form.lower().endswith(_SURNAME_ENDS))
        or (_frequency(form.lower(), language) < rare and not form.lower().endswith(_SURNAME_OR_ADJECTIVE))
        for form in forms
    )


# Prepositions that say where a thing is or comes from, one row per language: a person is "у
# Петрова", "от Петрова", "о Петрове", not "из Петрова" or "под Петровым". After one of them a town
# whose name is shaped like a surname ("из Ржева", "в Кашине", "з Тячева") is the town, however
# often the surname is written.
_WHERE_PREPOSITIONS: dict[str, frozenset[str]] = _words_by_language({"ru": "из в во под", "uk": "з із зі в у під"})
_SURNAME_ENDS = ("ов", "ев", "ёв", "ин", "ын", "ів")
# After one of them, capitalised inside a sentence, a town's name may be this frequent (Zipf) a word:
# as the news writes the town ("Хуст" 3.3, "Сокол" 3.8), not a word of every day ("Остров" 4.8, "Зима" 4.2).
_RARE_AFTER_WHERE = 4.0


def _after_where_preposition(doc: ActorDocument, position: int, language: str) -> bool:
    if position == 0 or position in doc.sentence_first:
        return False
    before = doc.tokens[position - 1]
    return before.joined and before.text.lower() in _WHERE_PREPOSITIONS.get(language, frozenset())


# A feminine noun's instrumental ("Сортавалой", "Кондопогой", "Ялтой") ends as an adjective does;
# read back to a noun in -а/-я that ends like no surname or adjective ("Ивановой" is Иванова's).
_INSTRUMENTAL_ENDINGS = (("ой", "а"), ("ей", "я"), ("ёй", "я"))
_HUSHING = "жшчщц"  # after one, -а takes -ей: "Сегежа" -> "Сегежей"
_NOT_A_NOUN = ("ова", "ева", "ёва", "ина", "ына", "ая", "яя", "ска", "цка")


# Russian towns in -ово, -ево, -ино ("Конаково", "Кольчугино") take -е after "в": "в Конакове".
# A surname's prepositional ends so too ("о Петрове"), but after "в" the word is where something is.
_NEUTER_TOWN_LOCATIVES = ("ове", "еве", "ёве", "ине", "ыне")
_IN = frozenset(["в", "во"])


def _neuter_town_in(doc: ActorDocument, position: int) -> str | None:
    """'в Кольчугине' -> Кольчугино: the neuter town a locative after "в" is read back to, or None."""
    word = doc.tokens[position].text
    if position == 0 or doc.tokens[position - 1].text.lower() not in _IN or not doc.tokens[position - 1].joined:
        return None
    if len(word) < 6 or not word.lower().endswith(_NEUTER_TOWN_LOCATIVES):
        return None
    return word[:-1] + "о"


def _instrumental_of_a_noun(word: str) -> str | None:
    for ending, nominative in _INSTRUMENTAL_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            noun = stem + ("а" if ending == "ей" and stem[-1] in _HUSHING else nominative)
            return None if noun.lower().endswith(_NOT_A_NOUN) else noun
    return None


# Words for "of" after a common noun that name the place something belongs to ("a cadeia pública
# de Sorocaba", "o prefeito de Campinas"); after a capitalised word they join a name instead.
_OF_A_PLACE: dict[str, frozenset[str]] = _words_by_language({"pt": "de", "es": "de", "fr": "de", "it": "di"})


# Nouns for a kind of place, one row per language: the name after one is the place ("die Stadt
# Köln", "die Region Hannover", "город Томск", "a cidade de Braga").
PLACE_NOUNS: dict[str, frozenset[str]] = _words_by_language(
    {
        "de": "stadt hansestadt landeshauptstadt gemeinde region landkreis kreis bundesland kanton städte gemeinden"
        " hauptstadt metropole raum großraum"  # "im Raum Cottbus": the area around the town
        " richtung"  # "die B 414 Richtung Hachenburg": the noun used as "towards"
        " ortsgemeinde nachbargemeinde ortsteil kreisstadt",  # "in der Nachbargemeinde Lindscheid"
        "fr": "ville région villes commune",
        # "la provincia de Soria", "el concejo de Tineo", "la comarca de la Vera"
        "es": "ciudad región ciudades provincia comarca concejo municipio localidad",
        "pt": "cidade município região capital interior litoral centro norte sul leste oeste nordeste sudeste cidades"
        " vizinha vizinho porto portos",  # "o porto de Santos": a town's port, as Russian "порт Находки"
        "it": "città regione provincia comune",  # "la provincia di Grosseto", "il comune di Scansano"
        "nl": "stad gemeente provincie",
        # and a person's place: "уроженца Балашихи", "жителей Химок", "мэр Казани"
        "ru": "город города городе городом область уроженец уроженца уроженцем уроженка уроженки уроженцы уроженцев"
        " житель жителя жители жителей жителям жительница жительницы мэр мэра мэру мэром мэрия мэрии"
        " порт порта порту портом порте"
        # "администрации Белово": the town's own administration
        " администрация администрации администрацию администрацией"
        # "из подмосковного Королёва": the Moscow region's adjective before one of its towns
        " подмосковный подмосковного подмосковном подмосковному подмосковным",
        "uk": "місто міста місті адміністрація адміністрації мешканці мешканців",
    }
)

# Words that join the items of a list of places ("in Erlangen, Nürnberg und Berlin").
_AND = frozenset(["und", "oder", "and", "or", "et", "ou", "e", "y", "i", "и", "или", "та", "і"])
# ...and those that do so only in one language: Spanish and Italian "o" ("en Madrid o Valladolid"),
# which in Portuguese is the article ("em Lisboa o Benfica").
_AND_IN: dict[str, frozenset[str]] = _words_by_language(
    {"es": "o u", "it": "o", "nl": "en of", "sv": "och eller", "cs": "a nebo"}
)
_LONGEST_LIST = 4
# A lower-case adjective ending so between a preposition with its article and a town names the
# town's country or region ("im niederländischen Groningen", "ins bayerische Rosenheim").
_GERMAN_PLACE_ADJECTIVE = re.compile(r"[a-zäöüß]{2,}sch(?:e|en)")
_ARTICLED_PREPOSITIONS: dict[str, frozenset[str]] = _words_by_language({"de": "im ins vom beim zum am"})
_BEFORE_ARTICLE: dict[str, frozenset[str]] = _words_by_language({"de": "in aus von nach bei zu"})
_DATIVE_ARTICLES: dict[str, frozenset[str]] = _words_by_language({"de": "dem das"})


def _list_words(language: str) -> frozenset[str]:
    return _AND | _AND_IN.get(language, frozenset())


def _after_place_adjective(doc: ActorDocument, position: int, language: str) -> bool:
    """'im niederländischen Groningen', 'aus dem sächsischen Meißen': a country's or a region's
    adjective, lower-case, after a preposition with its article."""
    tokens = doc.tokens
    if language not in _ARTICLED_PREPOSITIONS or position < 2:
        return False
    adjective = tokens[position - 1]
    if not adjective.joined or not _GERMAN_PLACE_ADJECTIVE.fullmatch(adjective.text):
        return False
    before = tokens[position - 2]
    if not before.joined:
        return False
    if before.text.lower() in _ARTICLED_PREPOSITIONS[language]:
        return True
    return (
        position >= 3
        and before.text in _DATIVE_ARTICLES.get(language, ())
        and tokens[position - 3].joined
        and tokens[position - 3].text.lower() in _BEFORE_ARTICLE.get(language, ())
    )


def _common_noun_of(doc: ActorDocument, position: int, language: str) -> bool:
    """'a cadeia pública de Sorocaba', 'des familles de Colmar': "of" after a lower-case common noun."""
    tokens = doc.tokens
    if position < 2:
        return False
    before = tokens[position - 1]
    return (
        before.text in _OF_A_PLACE.get(language, ())
        and before.joined
        and tokens[position - 2].joined
        and tokens[position - 2].text.isalpha()
        and tokens[position - 2].text.islower()
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
    if _around(doc, position, language):
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


def _after_preposition(doc: ActorDocument, position: int, language: str, only: frozenset[str] | None = None) -> bool:
    """After a preposition of place (`only` these, when given), or listed after a place that
    follows one ("в Новосибирске, Томске и Омске": Томск and Омск are towns too)."""
    tokens = doc.tokens
    prepositions = PLACE_PREPOSITIONS.get(language, frozenset()) if only is None else only
    start = position
    if _from_to(doc, position, language) or _direction_of(doc, position, language):
        return True
    if language in _CYRILLIC and position >= 2:  # "в соседнем Оренбурге": an adjective between
        adjective, preposition = tokens[position - 1], tokens[position - 2]
        if (
            adjective.text.isalpha()
            and adjective.text.islower()
            and adjective.text.endswith(_RUSSIAN_ADJECTIVE_ENDS)
            and adjective.joined
            and preposition.joined
            and preposition.text.lower() in prepositions
        ):
            return True
    for _ in range(_LONGEST_LIST):
        if position == 0:
            return False
        before = tokens[position - 1]
        if (
            before.text.lower() in prepositions
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
        if before.text.lower() in PLACE_NOUNS.get(language, ()) and before.joined:
            return True
        if _near_a_town(doc, position, language):
            return True
        if (  # "a cidade de Braga"
            position >= 2
            and before.text in ("de", "do", "da")
            and before.joined
            and tokens[position - 2].text.lower() in PLACE_NOUNS.get(language, ())
        ):
            return True
        if only is None and _common_noun_of(doc, position, language):
            return True  # "a cadeia pública de Sorocaba" (not when only the bare prepositions count)
        if only is None and _after_place_adjective(doc, position, language) and _rare_partner(doc, start, language):
            return True  # "im niederländischen Groningen"; German capitalises "im bayerischen Rest" too
        if (  # "de Colmar, de Strasbourg et de Mulhouse": the list repeats its "of" or its preposition
            position >= 2
            and (before.text in _OF_A_PLACE.get(language, ()) or before.text in prepositions)
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
            before.text.lower() in _list_words(language)
            and gap == " "
            and head >= 2
            and tokens[head - 2].text[0].isupper()
        ):
            item = head - 2
            if before.text.lower() not in _AND and not _rare_partner(doc, start, language):
                return False  # "los técnicos de Madrid o Moreno": Spanish "o" joins people and words too
        else:
            return False
        last = item
        while item > 0 and doc.text[tokens[item - 1].end : tokens[item].start] in ("-", "‐"):
            item -= 1  # "из Ростова-на-Дону, Краснодара": the item before is a name joined by hyphens
        opening = _known_spaced_name(doc, item, language)
        if opening is not None:
            item = opening  # "em Ribeirão Preto e Franca": the item before is a name of two words
        elif not _known_place_word(doc, item, language) and not _known_hyphened_name(doc, item, last, language):
            return False
        if only is None and _anchors_a_list(doc, item, language) and _rare_partner(doc, start, language):
            return True
        position = item
    return False


def _surname_or_given(doc: ActorDocument, position: int) -> bool:
    folded = doc.tokens[position].folded
    return is_surname(folded) or is_given_name(folded)


def _rare_partner(doc: ActorDocument, position: int, language: str) -> bool:
    """A name read by a weaker cue (a list after a city of a million, Spanish "o", a German
    adjective) is no family or given name and a rare word: "hacia Madrid o Marca" is a newspaper."""
    return not _surname_or_given(doc, position) and _frequency(doc.tokens[position].text.lower(), language) < _RARE_WORD


# "von Memmingen nach Italien", "von Kiel bis Passau": "von" is "of" as often as "from" (and opens
# noble names), but a town between "von" and "nach" or "bis" is where a route starts.
# "от Магнитогорска до Москвы": from one town to another
_FROM_TO: dict[str, tuple[str, frozenset[str]]] = {
    "de": ("von", frozenset(["nach", "bis"])),
    "ru": ("от", frozenset(["до"])),
}


# Where something lies from a town, with "of" before the town, one row per language: "oberhalb von
# Wendelsbühl", "südlich von Passau", "al norte de Soria", "à l'est de Dijon" (only the German ones
# here: the Romance ones take an article before the direction).
_GERMAN_DIRECTIONS: tuple[str, ...] = ("oberhalb", "unterhalb", "nördlich", "südlich", "östlich", "westlich")
_GERMAN_DIRECTIONS += ("nordöstlich", "nordwestlich", "südöstlich", "südwestlich")
_DIRECTIONS: dict[str, tuple[frozenset[str], str]] = {"de": (frozenset(_GERMAN_DIRECTIONS), "von")}


def _direction_of(doc: ActorDocument, position: int, language: str) -> bool:
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
    return (
        before.text == pair[0]
        and doc.text[before.end : tokens[position].start] == " "
        and doc.text[tokens[position].end : after.start] == " "
        and after.text in pair[1]
    )


def _word_places(doc: ActorDocument, position: int, language: str) -> list[Place]:
    word = doc.tokens[position].text
    if not word[0].isupper():
        return []  # "in Leipzig von der Tribüne": "von" is no town
    found = (doc.gazetteer.lookup((fold(form),)) for form in (word, *base_forms(word, language)))
    return [place for place in found if place is not None and place.kind != "state"]


def _town_word(doc: ActorDocument, position: int, language: str) -> bool:
    """A word that names a town of some size (not a region)."""
    return any(
        not is_region(place) and place.population >= KNOWN_TOWN for place in _word_places(doc, position, language)
    )


def _place_word(doc: ActorDocument, position: int, language: str) -> bool:
    """A word that names a town of some size or a region ("Bayern")."""
    return any(
        is_region(place) or place.population >= KNOWN_TOWN or (place.population == 0 and place.country)
        for place in _word_places(doc, position, language)
    )


def _known_hyphened_name(doc: ActorDocument, first: int, last: int, language: str) -> bool:
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
            (word, *(fold(form) for form in _russian_neuter_forms(doc.tokens[k].text)))
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


def _russian_neuter_forms(word: str) -> list[str]:
    forms = [word[: -len(case)] + nominative for case, nominative in _RUSSIAN_NEUTER_CASES if word.endswith(case)]
    noun = _RUSSIAN_NEUTER_NOUN.fullmatch(word)
    if noun is not None:
        forms.append(noun.group(1) + "о")
    return forms


_LONGEST_SPACED_NAME = 4


def _known_spaced_name(doc: ActorDocument, last: int, language: str) -> int | None:
    """Where a known place's name of several words ending at `last` opens ("Ribeirão Preto", "Bad
    Hersfeld", "São José dos Campos"), or None: a state, a town of some size, or one of the
    language's own country."""
    tokens = doc.tokens
    home = _HOME_COUNTRIES.get(language, ())
    for first in range(last - 1, max(last - _LONGEST_SPACED_NAME, -1), -1):
        word = tokens[first].text
        if doc.text[tokens[first].end : tokens[first + 1].start] != " ":
            return None
        if not word[0].isupper():
            if word in _INNER_WORDS:
                continue  # "dos" in "São José dos Campos"
            return None
        place = doc.gazetteer.lookup(tuple(tokens[k].folded for k in range(first, last + 1)))
        if place is not None and (
            place.kind == "state"
            or place.population >= KNOWN_TOWN
            or (place.population >= SMALL_HOME_TOWN and place.country in home)
        ):
            return first
    return None


def _known_place_word(doc: ActorDocument, position: int, language: str) -> bool:
    """A state, a town of some size, or a smaller town of the language's own country ("zwischen
    Lüneburg und Wolfsburg": Lüneburg carries the preposition on to Wolfsburg)."""
    word = doc.tokens[position].text
    home = _HOME_COUNTRIES.get(language, ())
    for form in (word, *base_forms(word, language)):
        place = doc.gazetteer.lookup((fold(form),))
        if place is not None and (
            place.kind == "state"
            or place.population >= KNOWN_TOWN
            or (place.population >= HOME_TOWN and place.country in home)
            or (
                place.population >= SMALL_HOME_TOWN
                and place.country in home
                and language in _BARE_PREPOSITIONS
                and _frequency(word.lower(), language) < _RARER_WORD
            )
            or (  # "из Советска и Черняховска": a rare declined name of a home town
                place.population >= SMALL_HOME_TOWN
                and place.country in home
                and language in _CYRILLIC
                and _rare_declined_name(doc, position, language)
            )
        ):
            return True
    return False


# How alike (rapidfuzz ratio, 0-100) another spelling must be to the place's name to stand for it
# after a preposition: "Nürnberg" for Nuremberg, not "Google" (a stray spelling of Topeka in GeoNames).
_LIKE_ITS_NAME = 60


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
    )
    return own == folded or titled or _own_spelling((folded,), language) or fuzz.ratio(own, folded) >= _LIKE_ITS_NAME


def _dateline(doc: ActorDocument, position: int, end: int | None = None) -> bool:
    """The name at `position`..`end` (one word by default) opens a line as its dateline."""
    token = doc.tokens[position]
    line_start = doc.text.rfind("\n", 0, token.start) + 1
    stop = doc.tokens[position if end is None else end].end
    return not doc.text[line_start : token.start].strip() and _DATELINE.match(doc.text, stop) is not None


# "DEGGENDORF. Die Glashütte …", "STRAUBING – Die Brauerei …": a regional paper's dateline, the town in
# capitals opening the article's first line.
_CAPITALS_DATELINE = re.compile(r"(?:\.|\s[-–—])\s+[^\W\d_]")


def _capitals_dateline(doc: ActorDocument, position: int, language: str, ceiling: float = _RARER_WORD) -> bool:
    """A town's name in capitals opening a line, then a full stop or a dash: its dateline. A frequent
    word in capitals ("ESSEN." over a recipe) is a heading instead."""
    token = doc.tokens[position]
    line_start = doc.text.rfind("\n", 0, token.start) + 1
    return (
        len(token.text) >= _SHORTEST_CAPITALS
        and token.text.isupper()
        and not doc.text[line_start : token.start].strip()
        and _CAPITALS_DATELINE.match(doc.text, token.end) is not None
        and _frequency(token.text.lower(), language) < ceiling
    )


_SHORTEST_CAPITALS = 4


def _own_spelling(words: tuple[str, ...], language: str) -> bool:
    """The language's own name of the place ("Москва", "Lisboa" is not: it is GeoNames' other
    spelling), which an ordinary word opening a sentence does not happen to be; a state's name in
    the language ("Österreich hat reagiert") is its own too, unless it is also a given name (French
    "Maurice" for Mauritius)."""
    root, key = gazetteer(), " ".join(words)
    return key in root.local.get(language, {}) or (key in root.exonyms.get(language, {}) and not is_given_name(key))


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


def _surname_after_given_name(doc: ActorDocument, position: int) -> bool:
    if position == 0:
        return False
    before = doc.tokens[position - 1]
    return before.joined and before.text[0].isupper() and is_given_name(before.folded)


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
    if position + 1 >= len(doc.tokens) or not token.joined or _after_preposition(doc, position, language):
        return False
    after = doc.tokens[position + 1]
    return (
        doc.text[token.end : after.start] == " "
        and after.text[:1].isupper()
        and after.text[1:].islower()
        and is_surname(after.folded)
        and doc.gazetteer.lookup((after.folded,)) is None
    )


@lru_cache(maxsize=20_000)
def _frequency(word: str, language: str) -> float:
    if language in ("ko", "ja", "zh"):
        return 0.0  # wordfreq needs MeCab or jieba for these
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, language))
