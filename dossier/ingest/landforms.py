"""Landforms and lands named with a noun or a shape of their own: mountain ranges ("los Picos de
Europa"), landforms after a small noun ("l'île d'Oléron", "il lago Trasimeno"), rivers after the
language's word for a river ("o rio Madeira") or a Dutch "langs de" ("langs de Maas"), Swedish
waters and Dutch canals ("Dalälven", "het Albertkanaal"), parts of a region named by a compass
prefix ("Nordhessen"), Czech lands and regions ("na Žatecku", "Ústecký kraj"), lands named by a
prefix of place ("Поволжье"), and the Low Countries' historic lands named with their article ("de
Kempen", "het Hageland").

Few of these are in the gazetteer; the noun or the word's shape is the cue.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.gazetteer import Place, gazetteer, is_region
from dossier.ingest.grouping import Candidate
from dossier.ingest.landscapes import landscape_names
from dossier.ingest.names import fold, is_given_name, is_surname
from dossier.ingest.names_something_else import after_a_street_word
from dossier.ingest.other_language_common import (
    CYRILLIC,
    FREQUENT_WORD,
    KNOWN_TOWN,
    SMALL_HOME_TOWN,
    name_goes_on,
    place_candidate,
    word_frequency,
    words_by_language,
)
from dossier.ingest.place_evidence import elided_name
from dossier.ingest.towns_with_article import PRODUCT_NOUNS
from dossier.ingest.village_mentions import KNOWN_PARTNER_WORD, VILLAGE_WORD, village_word
from dossier.model import ActorKind

# Dutch writes its common nouns in lower case: a capitalised word alone after "langs de" (along the)
# inside a sentence is a river or a coast ("langs de Maas", "langs de Waal"); "op de" is left, since
# a brand's compound follows it too ("op de Facebookpagina"). A word this frequent (Zipf) is a common
# noun a title capitalises.
_ALONG_THE: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "nl": (frozenset(["langs"]), frozenset(["de", "het"])),
}
_ALONG_WORD = 5.0  # "Maas" 4.2, "IJssel" 4.0: as often as the news names them


def along_the_river(doc: ActorDocument, position: int, first: int, last: int, language: str) -> Candidate | None:
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
    if word_frequency(word.lower(), language) >= _ALONG_WORD:
        return None
    return place_candidate(position, position, word, Place(word, "place"), ActorKind.place)


# The Low Countries' historic lands (streken), a closed, well-known set that GeoNames lacks or names a
# German town after ("Kempen"): a Dutch text names them with their article ("de Kempen", "het Hageland",
# "op de Veluwe"), so only the name right after a lower-case "de"/"het" is read; "Twente" and "Salland"
# take none ("in Twente").
_LOW_COUNTRY_LANDS: dict[str, frozenset[str]] = words_by_language(
    {
        "nl": "Kempen Peel Veluwe Achterhoek Betuwe Liemers Gooi Westhoek Hageland Haspengouw Pajottenland Waasland"
        " Meetjesland Voerstreek Bollenstreek Zaanstreek Westkwartier Vechtstreek Alblasserwaard Krimpenerwaard"
        " Lopikerwaard Bommelerwaard"
    }
)
# ...and the Low Countries' seas, rivers and estuaries, named with their article too ("uit de Noordzee", "over de
# Schelde", "naar het Ruhrgebied", the German land next door); a lower-case "de" after a given name opens a
# surname ("Jan de Waal"), so none of these is read after a capitalised word.
_LOW_COUNTRY_WATERS: dict[str, frozenset[str]] = words_by_language(
    {
        "nl": "Noordzee Waddenzee Schelde Westerschelde Oosterschelde Eems Dollard IJsselmeer Markermeer Rijn"
        " Nederrijn Maas Waal IJssel Ruhrgebied"
    }
)
# The Wadden islands take no article ("op Ameland", "naar Terschelling"), as Twente does.
_BARE_LOW_COUNTRY_LANDS: dict[str, frozenset[str]] = words_by_language(
    {"nl": "Twente Salland Texel Vlieland Terschelling Ameland Schiermonnikoog"}
)
_LAND_ARTICLES = frozenset(["de", "het"])


def low_country_land(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    """'de Kempen', 'het Pajottenland', 'in Twente': a historic land of the Low Countries in Dutch."""
    if language not in _LOW_COUNTRY_LANDS or position < 1:
        return None
    tokens = doc.tokens
    word, before = tokens[position].text, tokens[position - 1]
    if not before.joined or (
        position + 1 < len(tokens) and tokens[position].joined and tokens[position + 1].text[:1].isupper()
    ):
        return None  # "de Kempen Bank": a longer name
    article = before.text in _LAND_ARTICLES or (
        before.text.lower() in _LAND_ARTICLES and position - 1 in doc.sentence_first
    )
    if (word in _LOW_COUNTRY_LANDS[language] and article) or (
        word in _BARE_LOW_COUNTRY_LANDS[language] and before.text.islower()
    ):
        return place_candidate(position, position, word, Place(word, "place"), ActorKind.place)
    after_a_name = position >= 2 and tokens[position - 2].joined and tokens[position - 2].text[:1].isupper()
    if word in _LOW_COUNTRY_WATERS[language] and before.text in _LAND_ARTICLES and not after_a_name:
        return place_candidate(position, position, word, Place(word, "place"), ActorKind.place)
    return None


# Islands a language's news names by their name alone, with the article of their gender joined to a preposition
# ("no Faial", "na Terceira", "nas Flores", "ao largo do Pico", "à Graciosa") or after the word for an island
# ("a ilha Terceira"): their names are words or other places' too (a crow, flowers, a peak, a town in Brazil),
# and no table of towns holds an island. Per language: the island, then the articles it takes.
_PT_FEMININE = "a na da à pela"
_PT_MASCULINE = "o no do ao pelo"
_ISLANDS_WITH_ARTICLE: dict[str, dict[str, frozenset[str]]] = {
    "pt": {
        island: frozenset(articles.split())
        for islands, articles in (
            ("Terceira Graciosa Madeira", _PT_FEMININE),
            ("Faial Pico Corvo", _PT_MASCULINE),
            ("Flores", "as nas das às pelas"),
        )
        for island in islands.split()
    }
}
_ISLAND_NOUNS: dict[str, frozenset[str]] = words_by_language({"pt": "ilha"})
_OF_ARTICLES: dict[str, frozenset[str]] = words_by_language({"pt": "de da do das dos"})


def island_with_its_article(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    """'no Faial', 'nas Flores', 'na ilha Terceira': an island of `_ISLANDS_WITH_ARTICLE` after the article of its
    gender (joined to a preposition or not) or the word for an island, in lower case; not inside a longer name."""
    islands = _ISLANDS_WITH_ARTICLE.get(language)
    tokens = doc.tokens
    if islands is None or position < 1 or position in doc.sentence_first:
        return None
    word, before = tokens[position].text, tokens[position - 1]
    articles = islands.get(word)
    if articles is None or not before.joined:
        return None
    if position + 1 < len(tokens) and tokens[position].joined and tokens[position + 1].text[:1].isupper():
        return None  # "na Madeira Wine Company": a longer name
    article = before.text.lower() if position - 1 in doc.sentence_first else before.text  # "No Faial, …"
    if article not in articles and before.text not in _ISLAND_NOUNS.get(language, ()):
        return None
    if (
        position + 2 < len(tokens)
        and tokens[position + 1].text in _OF_ARTICLES.get(language, ())
        and tokens[position + 2].text[:1].isupper()
    ):
        return None  # "o Pico da Bandeira": a mountain's longer name
    if position >= 2 and tokens[position - 2].text.lower() in PRODUCT_NOUNS:
        return None  # "um vinho da Madeira": the wine
    if (
        position >= 2
        and position - 2 not in doc.sentence_first
        and tokens[position - 2].joined
        and tokens[position - 2].text[:1].isupper()
    ):
        return None  # "Rui Madeira" or "Pedro da Madeira": a family name goes on after a name
    return place_candidate(position, position, word, Place(word, "place"), ActorKind.place)


# Swedish joins the noun for a river or a lake to its name: "Dalälven", "Fyrisån", "Storsjön"; or
# writes it after the name in lower case: "Ume älv". Capitalised inside a sentence, such a word is
# the water's name ("Härifrån", "from here", ends so too, and opens its sentence). Dutch joins its
# noun for a canal so: "het Albertkanaal", "het Julianakanaal" (a common noun's compound is lower case).
# Swedish names its landscapes and valleys so too: "i Hälsingland", "Tornedalen" (the Torne valley).
_WATER_ENDS: dict[str, tuple[str, ...]] = {
    "sv": ("älven", "ån", "sjön", "fjärden", "dalen", "land"),
    "nl": ("kanaal",),
    # Danish and Norwegian as Swedish, the noun's article joined too: "Nordsøen", "Limfjorden", "Hardangerfjorden",
    # "Gudbrandsdalen"; a sea so too: "Vadehavet", "Barentshavet", "Norskehavet"
    "da": ("fjorden", "søen", "åen", "bugten", "bæltet", "havet"),
    # ...and an island with its article: "på Kvaløya", "Hinnøya", "Magerøya"
    "no": ("fjorden", "sjøen", "elva", "vatnet", "vannet", "dalen", "havet", "øya"),
}
_LAND_ENDS = ("dalen", "land")
_SWEDISH_RIVER_NOUN = "älv"
_SHORTEST_WATER = 6


def water_with_its_noun(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    tokens = doc.tokens
    word = tokens[position].text
    ends = _WATER_ENDS.get(language)
    if ends is None or position in doc.sentence_first or not word.isalpha() or not word[1:].islower():
        return None
    following = tokens[position + 1] if position + 1 < len(tokens) else None
    if following is not None and following.text == _SWEDISH_RIVER_NOUN and tokens[position].joined:
        name = f"{word} {_SWEDISH_RIVER_NOUN}"
        return place_candidate(position, position + 1, name, Place(name, "place"), ActorKind.place)
    if len(word) < _SHORTEST_WATER or not word.endswith(ends) or word.lower() in ends:
        return None
    if word.endswith(_LAND_ENDS) and (position == 0 or not tokens[position - 1].text.islower()):
        return None  # "Erik Östland": a family name after a given name; a land follows a small word
    return place_candidate(position, position, word, Place(word, "place"), ActorKind.place)


# Nouns for a mountain range before its name, one row per language: "los Picos de Europa", "i Monti
# Sibillini", "la Serra da Estrela". The range is a place; a place named inside it is no mention.
# Portuguese names a valley so too, its noun capitalised: "no Vale do Taquari", "o Vale do Jequitinhonha".
RANGE_NOUNS: dict[str, frozenset[str]] = words_by_language(
    {
        "es": "picos sierra cordillera montes monte",
        "it": "monti monte val altopiano",  # "in Val di Non", "la Val Gardena", "l'Altopiano di Asiago"
        "pt": "serra vale",
        "fr": "monts massif",
        "ro": "munții",  # "Munții Rodnei", "Munții Apuseni": the article joined to the noun
    }
)
_RANGE_CONNECTORS = frozenset(["de", "di", "da", "del", "do", "des", "du"])


# Masculine nouns of a landform that take their article (with its preposition) right before them: "no
# Vale do Taquari", "o Vale do Jequitinhonha" are the valley; "a Vale", "à Construtora Vale do Aço", "Lisboa
# e Vale do Tejo" a firm's or a longer name.
_MASCULINE_RANGE_NOUNS: dict[str, frozenset[str]] = words_by_language({"pt": "vale"})
_MASCULINE_ARTICLES: dict[str, frozenset[str]] = words_by_language({"pt": "o do no ao pelo um num"})


def _masculine_noun_without_its_article(doc: ActorDocument, position: int, language: str) -> bool:
    tokens = doc.tokens
    if tokens[position].text.lower() not in _MASCULINE_RANGE_NOUNS.get(language, ()):
        return False
    return (
        position == 0
        or not tokens[position - 1].joined
        or tokens[position - 1].text.lower() not in _MASCULINE_ARTICLES.get(language, ())
    )


def mountain_range(doc: ActorDocument, position: int, last: int, language: str) -> Candidate | None:
    nouns = RANGE_NOUNS.get(language)
    tokens = doc.tokens
    elided = elided_name(tokens[position])  # "dell'Altopiano della Paganella": the article elided onto the noun
    noun = tokens[position].text if elided is None else elided
    if nouns is None or noun.lower() not in nouns or not noun[0].isupper():
        return None
    if _masculine_noun_without_its_article(doc, position, language):
        return None  # "a Vale do Rio Doce", "ações da Vale": the firm ("a empresa"), not the valley ("o vale")
    if after_a_street_word(doc, position, language):
        return None  # "na Rua Serra da Piedade": the street named after the range, not the range
    if tokens[position].folded in doc.given_surnames or (
        position > 0 and tokens[position - 1].joined and is_given_name(tokens[position - 1].folded)
    ):
        return None  # "Mario Monti": a person
    end = position + 1
    connectors = _FEATURE_CONNECTORS.get(language, _RANGE_CONNECTORS)  # "Altopiano della Vigolana"
    if end < len(tokens) and tokens[end].text in connectors and tokens[position].joined:
        end += 1
    if end >= len(tokens) or not tokens[end - 1].joined or not tokens[end].text[:1].isupper():
        return None
    while end + 1 < len(tokens) and tokens[end].joined and tokens[end + 1].text[:1].isupper() and end - position < 3:
        end += 1
    if end == position + 1 and language != "ro" and word_frequency(tokens[end].text.lower(), language) >= VILLAGE_WORD:
        return None  # "Monti Rossi"; Romanian capitalises no common noun after "Munții" ("Munții Rodnei")
    name = doc.text[tokens[position].end - len(noun) : tokens[end].end]
    return place_candidate(position, end, name, Place(name, "place"), ActorKind.place)


def valley_in_one_word(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    """'per la Valsugana', 'in Valtellina', 'della Valpolicella': an Italian valley named by one word that
    opens with "Val", after the feminine article (a valley's: "la valle") or "in", a rare word and no
    person's name ("la Valanga", "la Valentina" are words and women)."""
    tokens = doc.tokens
    word = tokens[position].text
    if (
        language != "it"
        or position == 0
        or not word.startswith(_VALLEY_OPENING)
        or len(word) < _SHORTEST_VALLEY
        or not word[len(_VALLEY_OPENING) :].isalpha()
        or not word[len(_VALLEY_OPENING) :].islower()
    ):
        return None
    before = tokens[position - 1]
    if not before.joined or before.text not in _BEFORE_A_VALLEY:
        return None
    if tokens[position].joined and position + 1 < len(tokens) and tokens[position + 1].text[:1].isupper():
        return None  # a longer name goes on
    folded = tokens[position].folded
    if is_given_name(folded) or is_surname(folded) or folded in doc.given_surnames or folded in doc.lower_case:
        return None
    if word_frequency(word.lower(), language) >= _VALLEY_WORD:
        return None
    return place_candidate(position, position, word, Place(word, "place"), ActorKind.place)


_VALLEY_OPENING = "Val"
_SHORTEST_VALLEY = 7  # "Valsesia"; "Valle" is the noun (and a family name)
_BEFORE_A_VALLEY = frozenset(["la", "della", "nella", "dalla", "alla", "sulla", "in"])
_VALLEY_WORD = 3.5  # "Valtellina" 3.4; "valanga" (avalanche) 3.7


_ROMANIAN_FEATURE_NOUNS = "pasul pasului lacul lacului muntele muntelui masivul masivului insula insulei"
_ROMANIAN_FEATURE_NOUNS += " barajul barajului"


# Nouns for a landform or water, written small mid-sentence before its name, one row per language (the
# ranges of `RANGE_NOUNS` too): "l'île d'Oléron", "le bassin d'Arcachon", "l'étang de Thau", "le pays de
# Sault", "el embalse del Tranco", "la ria de Aveiro". The whole is the place, the noun and all.
_FEATURE_NOUNS: dict[str, frozenset[str]] = words_by_language(
    {
        "fr": "île étang bassin mont massif plateau pays vallée lac canal col golfe baie forêt gorges causse"
        " dune pointe",  # "la dune du Pilat", "la pointe du Raz"
        "es": "sierra embalse valle lago laguna isla bahía pantano vega golfo ría cabo estrecho",
        "it": "monte monti lago isola golfo valle piana passo",
        "pt": "serra vale ilha barragem lagoa ria baía golfo estreito",
        # "по склонам хребта Крака": Russian declines the noun and keeps the range's name as it is
        "ru": "хребет хребта хребте хребту хребтом",
        # Romanian joins the article to the noun and sets the name after it: "pasul Prislop", "lacul Bicaz"
        "ro": _ROMANIAN_FEATURE_NOUNS,
    }
)


def feature_noun(word: str, language: str) -> bool:
    """'bassin', 'île', 'lac': a noun a landform or a water takes before its name ("le bassin d'Arcachon")."""
    return word in _FEATURE_NOUNS.get(language, frozenset())


# ...and those that take the name with no "of": "le mont Ventoux", "il lago Trasimeno", "il monte Amiata".
_FEATURE_NOUNS_BARE: dict[str, frozenset[str]] = words_by_language(
    {
        "fr": "mont lac",
        "it": "monte lago",
        "es": "lago",
        "ru": "хребет хребта хребте хребту хребтом",
        "ro": _ROMANIAN_FEATURE_NOUNS,
    }
)


# Nouns of a countryside, written small before "of" and a land's name that goes without them: "le campagne
# della Murgia", "le colline del Chianti", "l'entroterra della Maremma". Italian's "of" joins the article.
_COUNTRYSIDE_NOUNS: dict[str, frozenset[str]] = words_by_language(
    {"it": "campagne colline pianura altopiano entroterra"}
)
_FEATURE_CONNECTORS: dict[str, frozenset[str]] = {
    language: _RANGE_CONNECTORS | words for language, words in words_by_language({"it": "della dello delle"}).items()
}


def range_after_a_small_noun(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    """'na serra da Freita', "l'île d'Oléron", 'le mont Ventoux': a landform's or a water's noun written
    small mid-sentence, then "of" (or nothing, for some) and one rare word named as no person (the
    noun with a capital opens `mountain_range`)."""
    nouns = _FEATURE_NOUNS.get(language, frozenset()) | RANGE_NOUNS.get(language, frozenset())
    nouns |= _COUNTRYSIDE_NOUNS.get(language, frozenset())
    tokens = doc.tokens
    if not nouns or position < 1:
        return None
    elided = elided_name(tokens[position])
    if elided is not None and tokens[position].text[:2].lower() in ("d'", "d’"):
        noun_at = position - 1  # "d'Oléron": the "of" elided onto the name
    elif (
        elided is None
        and position >= 2
        and tokens[position - 1].text in _FEATURE_CONNECTORS.get(language, _RANGE_CONNECTORS)
    ):
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
            or word_frequency(elided.lower(), language) >= KNOWN_PARTNER_WORD
        ):
            return None
    elif not village_word(doc, position, language, KNOWN_PARTNER_WORD, inside=True):
        return None
    if language in CYRILLIC or word in _COUNTRYSIDE_NOUNS.get(language, ()):
        # "хребта Крака": the noun declined, the name (Крака) in its own case; "le campagne della Murgia":
        # the land is named alone
        return place_candidate(
            position, position, tokens[position].text, Place(tokens[position].text, "place"), ActorKind.place
        )
    name = doc.text[noun.end - len(word) : tokens[position].end]
    candidate = place_candidate(noun_at, position, name, Place(name, "place"), ActorKind.place)
    # "a barragem do Alqueva", "l'île d'Oléron": the name alone names it too ("a água do Alqueva")
    candidate.alias = elided if elided is not None else tokens[position].text
    return candidate


# A part of a region named by a prefix of position before the region's name, written as one word:
# "Niederbayern", "Nordhessen", "Südtirol", "Ostberlin", "Westafrika". The rest must be a region,
# a continent or a big city the table holds ("Oberbürgermeister", "Südstadt" are not), or the whole or
# the rest a land kept in `landscapes` ("Oberfranken": the tables lack Franken; "Südschwarzwald").
_COMPASS_PREFIXES: dict[str, tuple[str, ...]] = {
    "de": ("nieder", "ober", "unter", "mittel", "west", "ost", "süd", "nord"),
}
_SHORTEST_COMPASS_REST = 4


def compass_region(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    prefixes = _COMPASS_PREFIXES.get(language)
    word = doc.tokens[position].text
    if prefixes is None or not word.isalpha() or not word[1:].islower():
        return None
    lowered = word.lower()
    prefix = next((head for head in prefixes if lowered.startswith(head)), None)
    if prefix is None or len(lowered) - len(prefix) < _SHORTEST_COMPASS_REST:
        return None
    for name in (word, word[:-1]) if language == "de" and word.endswith("s") else (word,):
        # "die zweitgrößte Stadt Ostthüringens": German's genitive "-s" is no part of the land's name
        lowered = name.lower()
        if len(lowered) - len(prefix) < _SHORTEST_COMPASS_REST:
            continue  # "Oberstes Ziel": without its "-s" the rest ("ste") is too short to be a land
        if fold(lowered) in landscape_names(language):  # "Oberfranken", "Oberschwaben": the land is kept whole
            return place_candidate(position, position, name, Place(name, "place"), ActorKind.place)
        if fold(lowered[len(prefix) :]) in landscape_names(language) and _after_a_small_word(doc, position):
            # "im Südschwarzwald", "ins Westerzgebirge"; "die Genossenschaft Oberallgäu" closes a body's name
            return place_candidate(position, position, name, Place(name, "place"), ActorKind.place)
        part = doc.gazetteer.lookup((fold(lowered[len(prefix) :]),))
        if part is not None and part.kind != "state" and (is_region(part) or part.population >= KNOWN_TOWN):
            return place_candidate(position, position, name, Place(name, "place"), ActorKind.place)
        if part is not None and part.kind == "state" and _part_of_a_state(doc, prefix, name):
            # "aus Teilen Ostdeutschlands", "in Norditalien": a state's part by the compass, a region of it
            return place_candidate(position, position, name, Place(name, "place"), ActorKind.place)
    return None


# The compass points a language joins to a state's or a land's name by a hyphen to name a part of it: "i Nord-Norge",
# "fra Sør-Europa", "in Noord-Frankrijk". "Nord-Korea" and "Sør-Afrika" are states of their own, which the
# gazetteer holds whole and reads before.
_HYPHENED_COMPASS: dict[str, frozenset[str]] = {
    "no": frozenset(["nord", "sør", "øst", "vest", "midt", "nordvest", "nordøst", "sørvest", "sørøst"]),
    "da": frozenset(["nord", "syd", "øst", "vest", "midt", "nordvest", "nordøst", "sydvest", "sydøst"]),
    "nl": frozenset(["noord", "zuid", "oost", "west", "midden"]),
    "de": frozenset(["nord", "süd", "ost", "west", "mittel"]),
}


def hyphened_compass_region(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    """'Nord-Norge', 'Sør-Europa', 'Noord-Frankrijk': a compass point, a hyphen and a state, a region or a
    continent the tables hold (no state whole, read before) name a part of it, a place."""
    points = _HYPHENED_COMPASS.get(language)
    tokens = doc.tokens
    if points is None or position + 1 >= len(tokens) or tokens[position].text.lower() not in points:
        return None
    word, rest = tokens[position].text, tokens[position + 1].text
    if not word[:1].isupper() or doc.text[tokens[position].end : tokens[position + 1].start] not in ("-", "‐"):
        return None
    part = doc.gazetteer.lookup((tokens[position + 1].folded,)) if rest[:1].isupper() and rest.isalpha() else None
    if part is None or not (part.kind == "state" or is_region(part)):
        return None
    if position + 2 < len(tokens) and doc.text[tokens[position + 1].end : tokens[position + 2].start] == "-":
        return None  # a longer hyphened name
    name = f"{word}-{rest}"
    return place_candidate(position, position + 1, name, Place(name, "place"), ActorKind.place)


# ...and the compass points a language writes after the region, hyphened: Angola's provinces split in 2024
# ("o Moxico-Leste" of Moxico, "Cuando-Cubango"'s parts), as "Lunda-Norte" and "Lunda-Sul" were named before.
_COMPASS_AFTER: dict[str, frozenset[str]] = {
    "pt": frozenset(["Norte", "Sul", "Leste", "Oeste", "Nordeste", "Noroeste", "Sudeste", "Sudoeste", "Centro"]),
}


def region_and_its_compass_part(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    """'no Moxico-Leste': a region the tables hold, a hyphen and a compass point name another region, the region's
    part, not the region itself; a compound the tables hold whole ("Timor-Leste") is read as it is."""
    points = _COMPASS_AFTER.get(language)
    tokens = doc.tokens
    if points is None or position + 1 >= len(tokens) or tokens[position + 1].text not in points:
        return None
    if doc.text[tokens[position].end : tokens[position + 1].start] not in ("-", "‐"):
        return None
    if position + 2 < len(tokens) and doc.text[tokens[position + 1].end : tokens[position + 2].start] in ("-", "‐"):
        return None  # a longer hyphened name
    region = doc.gazetteer.lookup((tokens[position].folded,))
    if region is None or not is_region(region):
        return None
    if doc.gazetteer.lookup((tokens[position].folded, tokens[position + 1].folded)) is not None:
        return None
    name = f"{tokens[position].text}-{tokens[position + 1].text}"
    return place_candidate(position, position + 1, name, Place(name, "place"), ActorKind.place)


# The compass points that name a part of a state joined to its name ("Ostdeutschland", "Süditalien");
# "Niederlande" and "Nordkorea" are states of their own, which the table holds whole.
_COMPASS_POINTS = frozenset(["west", "ost", "süd", "nord"])


def _part_of_a_state(doc: ActorDocument, prefix: str, name: str) -> bool:
    whole = doc.gazetteer.lookup((fold(name.lower()),))
    return prefix in _COMPASS_POINTS and (whole is None or whole.kind != "state")


def _after_a_small_word(doc: ActorDocument, position: int) -> bool:
    """An article or a preposition right before: a word in lower case."""
    return position > 0 and doc.tokens[position - 1].joined and doc.tokens[position - 1].text.islower()


# Czech names the land around a town by the town's adjective made a neuter noun: "na Žatecku"
# (Žatec), "z Rakovnicka" (Rakovník), "na Kladensku" (Kladno). Such a word, capitalised inside a
# sentence, whose stem opens as a Czech town's name does, is that land: read back to its nominative.
_CZECH_LAND_ENDINGS: tuple[tuple[str, str], ...] = (("sku", "sko"), ("cku", "cko"), ("ska", "sko"), ("cka", "cko"))
_CZECH_LAND_ENDINGS += (("sko", "sko"), ("cko", "cko"), ("skem", "sko"), ("ckem", "cko"))
_TOWN_OPENING = 4  # the letters a land's stem shares with its town's name: "Klad-ensko", "Klad-no"


def czech_land_of_a_town(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    word = doc.tokens[position].text
    if language != "cs" or position in doc.sentence_first or not word.isalpha() or not word[1:].islower():
        return None
    ending = next((pair for pair in _CZECH_LAND_ENDINGS if word.endswith(pair[0])), None)
    if ending is None or len(word) - len(ending[0]) < _TOWN_OPENING:
        return None
    nominative = word[: len(word) - len(ending[0])] + ending[1]
    if fold(nominative)[:_TOWN_OPENING] not in _czech_town_openings() or name_goes_on(doc, position):
        return None
    longer = position - 1 not in doc.sentence_first and doc.tokens[position - 1].text[:1].isupper()
    if longer:
        return None
    return place_candidate(position, position, nominative, Place(nominative, "place"), ActorKind.place)


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
# Slovak names its regions so too, with its own endings: "Žilinského kraja", "v Prešovskom kraji".
_REGION_NOUNS = {
    "cs": frozenset(["kraj", "kraje", "kraji", "krajem", "krajů", "krajích", "krajům"]),
    "sk": frozenset(["kraj", "kraja", "kraji", "kraju", "krajom", "krajov", "krajoch"]),
}
_CZECH_ADJECTIVE_ENDINGS = (("ého", "ý"), ("ému", "ý"), ("ém", "ý"), ("ým", "ý"), ("ý", "ý"), ("ých", "ý"))
_REGION_ADJECTIVE_ENDINGS = {
    "cs": _CZECH_ADJECTIVE_ENDINGS,
    "sk": tuple((ending, "") for ending in ("ého", "eho", "ému", "emu", "om", "ým", "ym", "ých", "ych", "ý", "y")),
}
# ...and after a long syllable its endings are short: "Nitriansky", "Nitrianskeho kraja", "v Trenčianskom kraji"
# beside "Trnavský", "v Trnavskom kraji"
_SLOVAK_LONG = re.compile(r"(?:[áéíóúýô]|i[aeu])[^aáäeéiíoóôuúyý]*$")


def _slovak_adjective(stem: str) -> str:
    return stem + ("y" if _SLOVAK_LONG.search(stem) else "ý")


def czech_region(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    tokens = doc.tokens
    nouns = _REGION_NOUNS.get(language, frozenset())
    if position + 1 >= len(tokens) or tokens[position + 1].text not in nouns:
        return None
    if doc.text[tokens[position].end : tokens[position + 1].start] != " ":
        return None
    word = tokens[position].text
    for ending, instead in _REGION_ADJECTIVE_ENDINGS[language]:
        if not word.endswith(ending):
            continue
        nominative = word[: len(word) - len(ending)] + instead
        if language == "sk":
            nominative = _slovak_adjective(nominative)
        place = doc.gazetteer.lookup((fold(nominative), "kraj"))
        if place is not None:
            return place_candidate(position, position + 1, f"{nominative} kraj", place, ActorKind.place)
    return None


# Russian and Ukrainian name a land by what it lies beside, behind or under: a prefix of place and
# a neuter noun ("Заонежье": beyond Lake Onega, "Приэльбрусье", "Поволжье"; Ukrainian "Закарпаття",
# "Прикарпаття", "Полісся", "Поділля"). Capitalised inside a sentence, a word of that shape is the
# land's name. Per language: the prefixes, and the case endings -> the nominative's ending. Ukrainian
# doubles the consonant before its ending ("-ття", "-сся", "-лля"), which the endings ask for.
_LAND_PREFIXES: dict[str, tuple[str, ...]] = {
    # "Верхневолжье", "Верхнекамье": upper or lower reaches of a river are named so too
    "ru": ("при", "за", "по", "под", "пред", "меж", "верхне", "нижне", "средне"),
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


def prefixed_landscape(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    tokens = doc.tokens
    part = _land_with_its_part(doc, position, language)
    if part is not None:
        return part
    if position in doc.sentence_first:
        return None
    nominative = _prefixed_land(tokens[position].text, language)
    if nominative is None:
        return None
    if position > 0:  # "в Северном Приладожье": the adjective was passed over as a name's first word
        part = _land_with_its_part(doc, position - 1, language)
        if part is not None:
            return part
    longer = position - 1 not in doc.sentence_first and tokens[position - 1].text[:1].isupper()
    # "Povodí Odry": a name in the genitive after it makes a body's name (the Oder's basin authority)
    longer = longer or (
        position + 1 < len(tokens)
        and tokens[position].joined
        and tokens[position + 1].text[:1].isupper()
        and position + 1 not in doc.sentence_first
    )
    if longer or word_frequency(nominative.lower(), language) >= _LAND_WORD or name_goes_on(doc, position):
        return None  # "ФК Прикарпаття", "Черноморское Побережье": part of a longer name
    return place_candidate(position, position, nominative, Place(nominative, "place"), ActorKind.place)


def _prefixed_land(word: str, language: str) -> str | None:
    """The nominative of a land's name made of a prefix of place and a neuter noun, or None."""
    prefixes = _LAND_PREFIXES.get(language)
    if prefixes is None or not word.isalpha() or not word[1:].islower():
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
    return nominative


# A Russian land's part named by an adjective of position that agrees with the neuter noun ("Нижнее
# Поволжье", "Северное Приладожье", "Среднем Поволжье"): its stems, then its case endings -> the
# nominative's, soft stems ("нижн-") and hard ones ("южн-") apart.
_POSITION_STEMS = {"ru": ("нижн", "верхн", "средн", "северн", "южн", "западн", "восточн")}
_SOFT_NEUTER_ENDINGS = (("его", "ее"), ("ему", "ее"), ("им", "ее"), ("ем", "ее"), ("ее", "ее"))
_HARD_NEUTER_ENDINGS = (("ого", "ое"), ("ому", "ое"), ("ым", "ое"), ("ом", "ое"), ("ое", "ое"))


def _land_with_its_part(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    """'по всему Нижнему Поволжью', 'в Верхнем Прикамье': an adjective of position, then a prefixed
    land, both declined: the part of the land is the name, in the nominative."""
    stems = _POSITION_STEMS.get(language)
    tokens = doc.tokens
    if stems is None or position + 1 >= len(tokens) or not tokens[position].joined:
        return None
    word = tokens[position].text
    stem = next((head for head in stems if word.lower().startswith(head)), None)
    if stem is None or not word[:1].isupper() or not word[1:].islower():
        return None
    endings = _SOFT_NEUTER_ENDINGS if stem in ("нижн", "верхн", "средн") else _HARD_NEUTER_ENDINGS
    rest = word[len(stem) :].lower()
    adjective = next((word[: len(stem)] + nominative for ending, nominative in endings if rest == ending), None)
    land = _prefixed_land(tokens[position + 1].text, language)
    if adjective is None or land is None:
        return None
    name = f"{adjective} {land}"
    return place_candidate(position, position + 1, name, Place(name, "place"), ActorKind.place)


# "às margens do rio Maratauíra", "el río Tormes", "lungo il fiume Ombrone": a river named after the
# language's word for a river in lower case, one row per language. The words after it name the river
# (a place, drafted by its name alone), whatever else they name ("rio Madeira" is no island);
# written with a capital, the word opens a town's name instead ("Rio Grande", "Rio de Janeiro").
_RIVER_WORDS: dict[str, frozenset[str]] = {
    "pt": frozenset(["rio"]),
    "es": frozenset(["río"]),
    "it": frozenset(["fiume", "torrente"]),
    "fr": frozenset(["fleuve", "rivière"]),
    # Czech only in the nominative, where the name after it is in the nominative too ("řeka Morava";
    # "řeky Moravy" declines it)
    "cs": frozenset(["řeka"]),
    "sk": frozenset(["rieka"]),  # as Czech: "rieka Váh", where "rieky Váhu" declines it
    # Bulgarian declines no name: "река Тунджа", "край река Марица", "язовир Копринка" (a reservoir, named so too)
    "bg": frozenset(["река", "реката", "язовир", "язовира"]),
}


# "of" between the word for a river and a name that is a word of the language: "do rio de Contas".
_RIVER_OFS: dict[str, frozenset[str]] = words_by_language({"pt": "de do da dos das", "es": "de del"})
# The articles (and prepositions joined with one) before the word for a river, one row per language.
_RIVER_ARTICLES: dict[str, frozenset[str]] = words_by_language(
    {"pt": "o do no ao pelo um", "es": "el del al un", "it": "il del nel al dal sul lungo un", "fr": "le du au la un"}
)


def named_river(doc: ActorDocument, first: int, last: int, language: str) -> Candidate | None:
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
        return place_candidate(opener, last, name, Place(name, "place"), ActorKind.place)
    if all(word_frequency(tokens[k].text.lower(), language) >= FREQUENT_WORD for k in range(first, last + 1)) and (
        first < 2
        or not tokens[first - 2].joined
        or tokens[first - 2].text.lower() not in _RIVER_ARTICLES.get(language, ())
    ):
        # "eu rio Muito": a title's capitals on words of the language ("I laugh a lot"); after an article
        # the word is the noun and the name a river's, however frequent a word ("ao longo do rio Tua")
        return None
    name = doc.text[tokens[first].start : tokens[last].end]  # the river's name: "Madeira", as golds and maps write it
    return place_candidate(first, last, name, Place(name, "place"), ActorKind.place)


# Spanish names a comarca or a valley with its article written capitalised: "en El Bierzo", "a La Safor",
# Galicia's with its own article ("en la costa de A Mariña"). After a preposition of place, the article and a
# rare word that no longer name goes on are the land's name; a frequent word after it is a paper, a channel,
# a league ("en El País", "en La Sexta", "a La Liga").
_CAPITALISED_LAND_ARTICLES: dict[str, frozenset[str]] = words_by_language({"es": "El La Los Las A O As Os"})
_BEFORE_A_LAND_WITH_ITS_ARTICLE: dict[str, frozenset[str]] = words_by_language(
    {"es": "en entre a desde hacia hasta de por para"}
)
_RARE_LAND_WORD = 3.0


def land_with_its_article(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    tokens = doc.tokens
    articles = _CAPITALISED_LAND_ARTICLES.get(language)
    if (
        articles is None
        or position < 1
        or position + 1 >= len(tokens)
        or tokens[position].text not in articles
        or not tokens[position - 1].joined
        or tokens[position - 1].text not in _BEFORE_A_LAND_WITH_ITS_ARTICLE[language]
        or not tokens[position].joined
    ):
        return None
    name_at = position + 1
    word = tokens[name_at].text
    if (
        not word.isalpha()
        or not word[:1].isupper()
        or not word[1:].islower()
        or (tokens[name_at].joined and name_at + 1 < len(tokens) and tokens[name_at + 1].text[:1].isupper())
        or word_frequency(word.lower(), language) >= _RARE_LAND_WORD
        or is_given_name(tokens[name_at].folded)
        or is_surname(tokens[name_at].folded)
        or tokens[name_at].folded in doc.given_surnames
    ):
        return None
    name = doc.text[tokens[position].start : tokens[name_at].end]
    return place_candidate(position, name_at, name, Place(name, "place"), ActorKind.place)


# Danish names a lake by a name and "Sø" (lake) after it, both capitalised: "Brabrand Sø", "Esrum Sø", "Skanderborg
# Sø"; the name before it alone is a town's or an estate's, no mention of it.
_DANISH_LAKE = "Sø"


def danish_lake(doc: ActorDocument, position: int, last: int, language: str) -> Candidate | None:
    """'over Brabrand Sø': a capitalised name and "Sø" closing the run, one lake."""
    tokens = doc.tokens
    if language != "da" or last != position + 1 or tokens[last].text != _DANISH_LAKE or not tokens[position].joined:
        return None
    word = tokens[position].text
    if not word.isalpha() or not word[1:].islower():
        return None
    name = f"{word} {_DANISH_LAKE}"
    return place_candidate(position, last, name, Place(name, "place"), ActorKind.place)
