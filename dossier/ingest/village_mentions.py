"""Villages and small towns the tables do not hold, named with a cue: after a noun for a municipality
("die Gemeinde Wendelsbühl", "il comune di Scansano"), with an ending of a settlement's name after a
bare preposition ("in Kirchhellenrode"), listed with other places ("en Tielve, en Sotres y en
Poncebos"), or in a dateline ("MÉRTOLA –").

Local news names villages far smaller than the gazetteer's towns; the cue, and a rare word named as
no person on the page, are what tell them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.case_endings import before_a_postposition, place_case_ending
from dossier.ingest.departments import department_names
from dossier.ingest.french_communes import hyphened_commune
from dossier.ingest.gazetteer import Place, is_region
from dossier.ingest.grouping import Candidate
from dossier.ingest.holder_lists import place_heading_an_item
from dossier.ingest.landscapes import landscape_names
from dossier.ingest.line_index import line_start, opens_its_line
from dossier.ingest.middle_names import only_a_middle_name
from dossier.ingest.municipal_bodies import OF_A_SETTLEMENT, after_a_body_and_its_adjective, after_a_municipal_body
from dossier.ingest.names import fold, is_given_name, is_surname
from dossier.ingest.names_something_else import opens_a_name
from dossier.ingest.other_language_common import (
    BARE_PREPOSITIONS,
    CAPITALS_DATELINE,
    HOME_TOWN_PREPOSITIONS,
    PLACE_PREPOSITIONS,
    RUSSIAN_ADJECTIVE_ENDS,
    RUSSIAN_SURNAMES,
    SHORTEST_CAPITALS,
    SPA_WORDS,
    before_its_land,
    gap_after,
    place_candidate,
    word_frequency,
    words_by_language,
)
from dossier.ingest.place_evidence import elided_name, hyphened_place
from dossier.ingest.place_prepositions import (
    LONGEST_LIST,
    after_preposition,
    around_a_place,
    article_not_preposition,
    direction_of,
    known_spaced_name,
    list_words,
    route_via,
    town_body_of,
)
from dossier.ingest.villages import village_names
from dossier.ingest.word_forms import LATIN_ENDINGS, base_forms
from dossier.model import ActorKind

# Villages and small towns the tables do not hold, named with a cue, one row per language:
# - after a noun for a municipality or a district (German writes it right before the name: "im
#   Landkreis Vulkaneifel", "die Gemeinde Wendelsbühl"; the Romance languages with "of": "el concejo
#   de Tineo", "il comune di Scansano", "o concelho de Mértola");
_SETTLEMENT_NOUNS: dict[str, frozenset[str]] = words_by_language(
    {
        "de": "gemeinde ortsgemeinde nachbargemeinde landkreis ortsteil stadtteil ortschaft marktgemeinde insel inseln"
        " kreis kreises"  # "im Kreis Segeberg", "des Kreises Stormarn": a district, as after "Landkreis"
        # "im Bezirk Scheibbs", "im Großraum Wieselburg": Austria's districts are named by their seat, as an area
        # around a town is
        " bezirk großraum"
        # "aus der Samtgemeinde Selsingen", "die Verbandsgemeinde Nastätten": the joint municipalities of Lower Saxony
        # and Rhineland-Palatinate, named by their seat
        " samtgemeinde verbandsgemeinde"
        # "zwischen der Anschlussstelle Tuningen und …", "am Bahnhof Leobersdorf": junctions and stations, by their town
        " anschlussstelle anschlussstellen autobahnkreuz autobahndreieck bahnhof",
        # ...and a lake named after its village: "el lago de Ercina", "il lago di Fiastrone", "la lagoa de
        # Óbidos"; and the singular nouns for a village: "la aldea de Bulnes", "il borgo di Castelvento",
        # "le village de Domme", "a aldeia de Drave"
        "es": "provincia comarca concejo municipio localidad lago aldea pueblo",
        "it": "provincia comune frazione lago paese borgo",
        "fr": "commune département lac village",
        "pt": "município concelho freguesia distrito lagoa aldeia vila",
        "nl": "deelgemeente buurgemeente dorp gehucht",  # "de deelgemeente Tongerlo", "het dorp Oevel"
        # "у деревни Шотогорка", "в селе Кушкопала", "посёлок Ульта": Russian names the village after the noun
        "ru": "деревня деревни деревне деревню деревней село села селе селом посёлок посёлка посёлке посёлком"
        " поселок поселка поселке поселком"
        # "у острова Ольхон", "в порт Певек", "на озеро Тургояк": an island, a port and a lake are named after
        # their noun in the nominative too
        " остров острова острове островом порт порта порту портом озеро озера озере озером",
        # "у селі Мужієво", "селища Кольчино": Ukrainian's village and settlement, the name after the noun
        "uk": "село села селі селом селище селища селищі селищем"
        " містечко містечка містечку містечком",  # "в містечку Сколе": a small town
        # "w gminie Chorkówka", "z dzielnicy Turaszówka", "ze słowackiego miasta Bardejov": Polish names the
        # municipality, the district or the town in the nominative after its noun
        "pl": "gmina gminy gminie gminą dzielnica dzielnicy dzielnicę dzielnicą miejscowość miejscowości"
        " miasto miasta mieście miastem wieś wsi osiedle osiedla osiedlu",
        # "starostou obce Bělotín", "v obci Smidary": Czech names the municipality in the nominative after its noun,
        # declined as Polish does
        "cs": "obec obce obci obcí město města městě městem městys městyse vesnice vesnici vesnicí osada osady osadě",
        # "orten Mörsil", "byn Duved", "tätorten Järpen": Swedish writes the noun's article on its end
        "sv": "orten tätorten byn samhället staden kommunen socknen",
        # "στο χωριό Καστράκι", "του οικισμού Μύλοι", "στο νησί Λειψοί": Greek names the village or the island
        # after its noun, in the nominative
        "el": "χωριό χωριού οικισμό οικισμού οικισμός νησί νησιού",
    }
)

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
# "in Türkismühle", "über Neubrücke": a mill's or a bridge's village; the nouns take an article ("an der Mühle")
_GERMAN_SETTLEMENT_ENDINGS += ("mühle", "brücke")
# Dutch endings of a village's name ("bij Kruiningen", "naar Hansweert", "in Oostvoorne"): Dutch writes its
# nouns small, so after a bare preposition a capitalised word so ending is no firm or club ("bij Philips")
_DUTCH_SETTLEMENT_ENDINGS = ("ingen", "dorp", "drecht", "kerke", "weert", "hoven", "huizen", "zijl", "broek", "woude")
# Words that open a village's name before a name with a settlement's ending: "Groß Neuendorf", "Klein Köris"
_VILLAGE_NAME_WORD = 4.0
_GERMAN_VILLAGE_OPENERS = frozenset(["Groß", "Klein", "Alt", "Neu", "Hohen", "Nieder", "Ober", "Wendisch", "Deutsch"])
# A German district is named after its seat or its land ("Landkreis Harburg", "Landkreis Emsland", "Landkreis
# Friesland"), names as frequent as this (Zipf) in running text; nothing else stands capitalised right after the
# noun. The nouns, as written (capitalised).
_DISTRICT_NOUNS: dict[str, frozenset[str]] = {"de": frozenset(["Landkreis", "Landkreises", "Kreis", "Kreises"])}
_DISTRICT_NAME_WORD = 3.6
# ... and "in Familienbesitz", "aus Privatbesitz": a compound takes its last noun's class, and "Besitz"
# (property) closes many, written after "in" with no article (the villages in "-sitz", "Ybbsitz", stay)
_NOT_SETTLEMENT_ENDINGS: dict[str, tuple[str, ...]] = {"de": ("bau", "frau", "schau", "stau", "besitz")}
# Swedish writes a landform's noun with its article on the end of its name: an island ("vid Frösön", "på
# Lidingön"), a lake ("vid Storsjön"), a river ("längs Ljusnan" has none), a valley ("i Ådalen"); the common
# nouns so ending are written small after a preposition ("i dalen", "på ön").
_SWEDISH_LANDFORM_ENDINGS = ("ön", "sjön", "älven", "dalen", "fjället", "holmen", "udden")
_SETTLEMENT_ENDINGS: dict[str, tuple[str, ...]] = {
    "de": _GERMAN_SETTLEMENT_ENDINGS,
    "nl": _DUTCH_SETTLEMENT_ENDINGS,
    "sv": _SWEDISH_LANDFORM_ENDINGS,
}
_SETTLEMENT_PREPOSITIONS: dict[str, frozenset[str]] = words_by_language(
    {"de": "in aus nach bei nahe zwischen", "nl": "in uit naar bij nabij tussen", "sv": "i från till vid på mot"}
)
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
    von Wendelsbühl"), "rund um" right before the name, or a stop on a route between towns."""
    before = doc.tokens[position - 1]
    return (
        before.joined
        and before.text.lower() in _SETTLEMENT_PREPOSITIONS.get(language, ())
        and (before.text[0].islower() or position - 1 in doc.sentence_first)
    ) or (
        direction_of(doc, position, language)
        or around_a_place(doc, position, language)
        or route_via(doc, position, language)  # "von Lindau über Wendelsbühl nach Kempten"
    )


# Nouns for a municipality or a county written after its name in lower case, one row per language:
# Swedish "Ljungby kommun", "Markaryds kommun" (the name in the genitive), "Kronobergs län".
_NOUNS_AFTER_THE_NAME: dict[str, frozenset[str]] = words_by_language({"sv": "kommun kommuns län läns"})


def settlement_before_its_noun(doc: ActorDocument, position: int, last: int, language: str) -> Candidate | None:
    """'Ljungby kommun', 'Markaryds kommun': a town or village the tables hold, its noun after it."""
    nouns = _NOUNS_AFTER_THE_NAME.get(language)
    tokens = doc.tokens
    if nouns is None or position != last or position + 1 >= len(tokens) or tokens[position + 1].text not in nouns:
        return None
    word = tokens[position].text
    if gap_after(doc, position) != " " or not word.isalpha() or not word[1:].islower():
        return None
    for name in (word, word[:-1]) if word.endswith("s") else (word,):
        folded = fold(name)
        if folded in village_names(language) or doc.gazetteer.lookup((folded,)) is not None:
            return place_candidate(position, position, name, Place(name, "place"), ActorKind.place)
    return None


# The languages whose village noun, name and district adjective run on as one line of capitalised words
_DISTRICT_AFTER_A_VILLAGE = frozenset(("ru", "uk"))


def named_settlement(doc: ActorDocument, position: int, last: int, language: str) -> Candidate | None:
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
            or (last == position + 2 and tokens[last].text.endswith(RUSSIAN_SURNAMES.get(language, ("\0",))))
        )
    )
    if position != last and not person_after and language in OF_A_SETTLEMENT:
        return settlement_of_several_words(doc, position, last, language)
    if position != last and _hyphened_after_its_noun(doc, position, last, nouns):
        # "в порт Усть-Луга", "в селе Верх-Тула": a hyphened name after the noun, each part capitalised
        name = doc.text[tokens[position].start : tokens[last].end]
        return place_candidate(position, last, name, Place(name, "place"), ActorKind.place)
    # "в с. Воробьевка Шемышейского района", "житель села Калинино Волновахского района": the village after its
    # noun (abbreviated or written out), then the district's adjective and its noun
    region_after = (
        position + 2 < len(tokens)
        and (
            _after_an_abbreviated_noun(doc, position, language)
            or (language in _DISTRICT_AFTER_A_VILLAGE and tokens[position - 1].text.lower() in nouns)
        )
        and tokens[position + 1].text.endswith(RUSSIAN_ADJECTIVE_ENDS)
        and gap_after(doc, position + 1) == " "
        and tokens[position + 2].text.islower()
    )
    if (
        not word.isalpha()
        or not word[0].isupper()
        or not word[1:].islower()
        or (position != last and not person_after and not region_after)
    ):
        return None  # one word, closing the run: "Landkreis Vulkaneifel", "concejo de Cabrales"
    before = tokens[position - 1]
    if fold(word) in doc.given_surnames or doc.text.startswith("/", tokens[position].end):
        return None  # "vgl. Hoeren in Kesselheim/Brandt": authors of a commentary, cited
    if language == "de" and word.endswith("s") and _genitive_of_a_land(doc, word, before.text):
        return None  # "die Inseln Ostfrieslands": a land's genitive, read as the land (`german_genitive`)
    cued = (
        before.joined
        and before.text.lower() in nouns
        and (language != "de" or before.text[0].isupper())
        and not _quantified_noun(doc, position - 1, language)
    ) or _after_an_abbreviated_noun(doc, position, language)
    if not cued and before.joined and before.text in OF_A_SETTLEMENT.get(language, ()) and position >= 2:
        noun = tokens[position - 2]
        cued = noun.joined and _noun_of(doc, position - 2, nouns)
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
        for _ in range(LONGEST_LIST):  # "rund um Gersfeld und Poppenhausen": the list's items before are too
            item = _previous_item(doc, item, frozenset(), language) if not cued and item is not None else None
            if (
                item is None
                or not _ends_like_a_settlement(tokens[item].text, language)
                or not tokens[item].text.isalpha()
                or word_frequency(tokens[item].text.lower(), language) >= _SETTLEMENT_WORD
            ):
                break
            cued = _settlement_cue(doc, item, language)
    if not cued and language in _SETTLEMENT_ENDINGS:
        cued = _listed_with_a_settlement(doc, position, language)
    if not cued:
        cued = _second_after_a_plural_noun(doc, position, nouns, language)
    # "Groß Neuendorf": with an opener, a name as frequent as many villages share is still one
    ceiling = _SETTLEMENT_WORD if first == position else _VILLAGE_NAME_WORD
    if before.text in _DISTRICT_NOUNS.get(language, ()):
        ceiling = _DISTRICT_NAME_WORD  # "im Landkreis Friesland" (3.2), "Landkreis Harburg" (3.5)
    if not cued or word_frequency(word.lower(), language) >= ceiling:
        return None
    name = doc.text[tokens[first].start : tokens[position].end]
    if first == position and cued and language == "ru":
        name = _adjective_village_nominative(before.text.lower(), name)
    return place_candidate(first, position, name, Place(name, "place"), ActorKind.place)


# "в поселке Колтубановском", "у села Никольского", "в деревне Липовской": a village named by a place's adjective
# declines with its noun, so the name goes back to the nominative of the noun's gender ("посёлок
# Колтубановский", "село Никольское", "деревня Липовская"). Each row: the noun's stem, the case endings of the
# adjective after it, the nominative ending.
_ADJECTIVE_VILLAGES: tuple[tuple[tuple[str, ...], tuple[str, ...], str], ...] = (
    (("посёл", "посел"), ("ском", "ского", "скому", "ским"), "ский"),
    (("сел",), ("ском", "ского", "скому", "ским"), "ское"),
    (("деревн",), ("ской", "скую"), "ская"),
    # "в посёлке Гранитном", "у села Раздольного", "в деревне Лесной": the adjectives in "-ный" decline so too
    (("посёл", "посел"), ("ном", "ного", "ному", "ным"), "ный"),
    (("сел",), ("ном", "ного", "ному", "ным"), "ное"),
    (("деревн",), ("ной", "ную"), "ная"),
)


def _adjective_village_nominative(noun: str, name: str) -> str:
    for stems, endings, nominative in _ADJECTIVE_VILLAGES:
        if noun.startswith(stems):
            ending = next((e for e in endings if name.endswith(e)), None)
            if ending is not None and len(name) - len(ending) >= 3:
                return name[: -len(ending)] + nominative
    return name


# "в с. Воробьевка", "у д. Шотогорка", "пос. Ульта", "х. Садки", "ст. Должанская": Russian reports shorten the
# noun of a village, a settlement, a hamlet or a stanitsa to its first letters and a full stop, the name after it
# in the nominative. As written (lower case).
_ABBREVIATED_NOUNS: dict[str, frozenset[str]] = words_by_language({"ru": "с д п пос дер х ст пгт"})


def _after_an_abbreviated_noun(doc: ActorDocument, position: int, language: str) -> bool:
    nouns = _ABBREVIATED_NOUNS.get(language)
    if nouns is None or position < 2:
        return False
    tokens = doc.tokens
    noun, before = tokens[position - 1], tokens[position - 2]
    return (
        noun.text in nouns
        and gap_after(doc, position - 1) == ". "
        and gap_after(doc, position - 2) == " "
        and before.text.lower() in _ABBREVIATION_PREPOSITIONS.get(language, ())
    )


# The prepositions before such a noun: "в с.", "из д.", "у пос." ("с." alone may be "page" or "with").
_ABBREVIATION_PREPOSITIONS: dict[str, frozenset[str]] = words_by_language({"ru": "в во из у около близ до под возле"})


# "in jeder Stadt und Gemeinde Regionalbereichsbeamte": a noun for a municipality after a word of quantity ("each",
# "all", "no") speaks of every municipality, so no name stands beside it: the capitalised word after it is the
# sentence's next noun. One row per language; the noun may close a pair ("jeder Stadt und Gemeinde").
_QUANTIFIERS: dict[str, frozenset[str]] = words_by_language(
    {
        "de": "jede jeder jedem jeden jedes alle allen aller keine keiner keinem keinen manche mancher mehrere"
        " einige viele"
    }
)
_PAIR_WORDS: dict[str, frozenset[str]] = words_by_language({"de": "und oder"})


def _quantified_noun(doc: ActorDocument, noun: int, language: str) -> bool:
    quantifiers = _QUANTIFIERS.get(language)
    if quantifiers is None or noun == 0:
        return False
    tokens = doc.tokens
    before = noun - 1
    if before >= 2 and tokens[before].text in _PAIR_WORDS.get(language, ()) and tokens[before - 1].text[:1].isupper():
        before -= 2  # "jeder Stadt und Gemeinde": the pair's first noun takes the word of quantity
    return tokens[before].text.lower() in quantifiers and gap_after(doc, before) == " "


def _hyphened_after_its_noun(doc: ActorDocument, position: int, last: int, nouns: frozenset[str]) -> bool:
    tokens = doc.tokens
    before = tokens[position - 1]
    if not (before.joined and before.text.lower() in nouns and before.text.islower()) or last - position > 2:
        return False
    parts = [tokens[k].text for k in range(position, last + 1)]
    return all(doc.text[tokens[k].end : tokens[k + 1].start] == "-" for k in range(position, last)) and all(
        part.isalpha() and part[0].isupper() and part[1:].islower() for part in parts
    )


_LONGEST_SETTLEMENT = 3


def _genitive_of_a_land(doc: ActorDocument, word: str, noun: str) -> bool:
    """'Ostfrieslands' after 'Inseln': no village so named, but a known land's genitive, or any word's after the
    noun for islands (an island's name seldom ends so: "die Inseln Dalmatiens")."""
    if fold(word) in village_names("de"):
        return False
    stem = fold(word[:-1])
    return noun.startswith("Insel") or stem in landscape_names("de") or doc.gazetteer.lookup((stem,)) is not None


# "auf den Inseln Juist und Langeoog", "die Gemeinden Aspach und Burgstetten": a plural noun names both, the second
# (a village GeoNames knows) after "und".
_PLURAL_SETTLEMENT_NOUNS: dict[str, frozenset[str]] = {
    "de": frozenset(["Inseln", "Gemeinden", "Ortsteile", "Ortschaften", "Dörfer", "Orte", "Nachbargemeinden"])
}
_LIST_AND = frozenset(["und", "sowie"])


def _second_after_a_plural_noun(doc: ActorDocument, position: int, nouns: frozenset[str], language: str) -> bool:
    tokens = doc.tokens
    plural = _PLURAL_SETTLEMENT_NOUNS.get(language)
    if plural is None or position < 3 or tokens[position].folded not in village_names(language):
        return False
    joining, first, noun = tokens[position - 1], tokens[position - 2], tokens[position - 3]
    return (
        joining.text in _LIST_AND
        and joining.joined
        and first.joined
        and noun.joined
        and noun.text in plural
        and first.text[:1].isupper()
    )


def _noun_of(doc: ActorDocument, k: int, nouns: frozenset[str]) -> bool:
    """The word at `k` is one of `nouns` (lower case), or one opening a sentence: "Câmaras de Castro
    Daire e de Lamego pediram …"."""
    word = doc.tokens[k].text
    return word in nouns or (k in doc.sentence_first and word[1:].islower() and word.lower() in nouns)


def municipality_of_a_body(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    """'a Assembleia Municipal de Oliveira do Hospital', 'a Prefeitura de Itaberaba': after a council's or
    a town hall's word and "de", the municipality it serves: a village or a town the tables hold, its
    whole name, no person's."""
    tokens = doc.tokens
    if not (after_a_municipal_body(doc, position, language) or after_a_body_and_its_adjective(doc, position, language)):
        return None
    end = (
        _village_name_end(doc, position, language)
        or _known_town_end(doc, position)
        or _listed_village_end(doc, position, language)
    )
    if end is None:
        word = tokens[position]
        if not word.text.isalpha() or not word.text[0].isupper() or word.folded in doc.given_surnames:
            return None
        if (
            len(word.text) <= _ARTICLE_LENGTH
            and gap_after(doc, position) in (" ", "-")
            and _capitalised(doc, position + 1)
        ):
            return None  # "la brigade de La Ferté-…": the article opening a name the tables lack
        if is_given_name(word.folded) and gap_after(doc, position) == " " and _capitalised(doc, position + 1):
            return None  # "el alcalde de Pedro Sánchez": no village, a person's name
        if word.folded not in village_names(language) and doc.gazetteer.lookup((word.folded,)) is None:
            return None
        end = position
    name = doc.text[tokens[position].start : tokens[end].end]
    return place_candidate(position, end, name, Place(name, "place"), ActorKind.place)


def _known_town_end(doc: ActorDocument, position: int) -> int | None:
    """'a Comarca de Nova Lima': the last word of a town's name of several capitalised words the tables hold."""
    tokens = doc.tokens
    k = position
    while k + 1 < len(tokens) and k - position < _LONGEST_VILLAGE_NAME and gap_after(doc, k) == " ":
        if not (tokens[k + 1].text[:1].isupper() and tokens[k + 1].text.isalpha()):
            break
        k += 1
    for end in range(k, position, -1):
        if doc.gazetteer.lookup(tuple(tokens[j].folded for j in range(position, end + 1))) is not None:
            return end
    return None


_ARTICLE_LENGTH = 3  # "La", "Les", "El", "A": a word this short before a capitalised one opens a longer name


def _capitalised(doc: ActorDocument, k: int) -> bool:
    return k < len(doc.tokens) and doc.tokens[k].text[:1].isupper()


def _listed_village_end(doc: ActorDocument, position: int, language: str) -> int | None:
    """'de A Rúa': the end of a village's name of two or three words as GeoNames lists it, its article
    capitalised (Galician "A", "O")."""
    tokens = doc.tokens
    for end in range(min(position + _LONGEST_SETTLEMENT - 1, len(tokens) - 1), position, -1):
        if not all(_capitalised(doc, j) and gap_after(doc, j) in (" ", "-") for j in range(position, end)):
            continue  # "A Rúa", "La Ferté-Milon"
        if (
            _capitalised(doc, end)
            and fold(doc.text[tokens[position].start : tokens[end].end]) in village_names(language)
            and not _opens_with_a_given_name(doc, position, end)  # "Pedro Sánchez": a person, though a village
        ):
            return end
    return None


def settlement_of_several_words(doc: ActorDocument, position: int, last: int, language: str) -> Candidate | None:
    """'na vila de Serra Grande': after a noun for a village and "of", a run of capitalised words that
    GeoNames holds as a village of the language's countries."""
    tokens = doc.tokens
    nouns = _SETTLEMENT_NOUNS.get(language, frozenset())
    if last - position >= _LONGEST_SETTLEMENT or position < 2 or language not in OF_A_SETTLEMENT:
        return None
    of, noun = tokens[position - 1], tokens[position - 2]
    if not (of.joined and of.text in OF_A_SETTLEMENT[language] and noun.joined and _noun_of(doc, position - 2, nouns)):
        return None
    folded = " ".join(tokens[k].folded for k in range(position, last + 1))
    if folded not in village_names(language) and _as_sounded(folded, language) not in _sounded_villages(language):
        return None
    name = doc.text[tokens[position].start : tokens[last].end]
    return place_candidate(position, last, name, Place(name, "place"), ActorKind.place)


# Portuguese spells one sound [s] as "s", "ss", "ç" and as "c" before "e" and "i", and a town's name keeps an older
# spelling in one list and the reformed one in another ("Carrazeda de Ansiães", GeoNames' "Carrazeda de Anciães").
_SAME_SOUNDS: dict[str, re.Pattern[str]] = {"pt": re.compile(r"ss|c(?=[ei])")}


def _as_sounded(folded: str, language: str) -> str:
    pattern = _SAME_SOUNDS.get(language)
    return folded if pattern is None else pattern.sub("s", folded)


@lru_cache(maxsize=8)
def _sounded_villages(language: str) -> frozenset[str]:
    if language not in _SAME_SOUNDS:
        return frozenset()
    return frozenset(_as_sounded(name, language) for name in village_names(language) if " " in name)


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
        while len(items) <= LONGEST_LIST:
            k = step(doc, k, frozenset(), language) if k is not None else None
            if k is None or k < 1 or not _rare_name_word(doc, k, language):
                break
            items.append(k)
    return (
        len(items) > 1
        and any(_ends_like_a_settlement(tokens[k].text, language) for k in items)
        and _settlement_cue(doc, min(items), language)
    )


def _plain_name_word(doc: ActorDocument, k: int) -> bool:
    """One word in title case that is no person's given name or surname."""
    token = doc.tokens[k]
    word, folded = token.text, token.folded
    return (
        word.isalpha()
        and word[0].isupper()
        and word[1:].islower()
        and folded not in doc.given_surnames
        and not is_given_name(folded)
        and not is_surname(folded)
    )


def _rare_name_word(doc: ActorDocument, k: int, language: str) -> bool:
    token = doc.tokens[k]
    return (
        _plain_name_word(doc, k)
        and not (token.joined and k + 1 < len(doc.tokens) and doc.tokens[k + 1].text[:1].isupper())
        and word_frequency(token.text.lower(), language) < _SETTLEMENT_WORD
    )


# Villages of the Romance languages have no ending to tell them by; a list read after a bare
# preposition of place tells them: "en Tielve, en Sotres y en Poncebos", "tra Borgotto e Casalvento",
# "a Fossella o a Macerata". Every item is one capitalised word, a place the table holds or a rare
# word (Zipf) named as no person on the page, and a repeated preposition or "and"/"or" joins them.
_VILLAGE_PREPOSITIONS: dict[str, frozenset[str]] = words_by_language(
    {
        "es": "en entre desde",
        "it": "a ad in tra fra da",
        "pt": "em entre",
        "fr": "à entre",
        "de": "in aus nach bei zwischen",
        # "i Borgholm och Mörbylånga", "tussen Arcen en Lottum": the common nouns take their article
        "sv": "i från till mellan",
        "nl": "in uit naar tussen",
    }
)
VILLAGE_WORD = 3.0
# German writes every noun with a capital ("zwischen Kronach und Fichtenwäldern"): a German list names a
# village only beside a place the table holds, by a word with no ending of a noun's plural or case.
_VILLAGE_BESIDE_A_KNOWN_PLACE: dict[str, tuple[str, ...]] = {"de": ("e", "n", "r", "s")}


# A word no more frequent than this (Zipf), and its stem without a plural's or a case's ending too, is no
# noun of the language: "Burgstetten" (0) is a village the tables hold, "Wiesen" (4.2) meadows.
_NO_NOUN = 2.0


def _rare_village_of_the_tables(doc: ActorDocument, position: int, language: str) -> bool:
    """'in Oppenweiler und Burgstetten': a village the tables hold whose name only ends like a plural."""
    word = doc.tokens[position].text
    return (
        doc.tokens[position].folded in village_names(language)
        and word_frequency(word.lower(), language) < _NO_NOUN
        and word_frequency(word[:-1].lower(), language) < _NO_NOUN
    )


def _all_villages_of_the_tables(doc: ActorDocument, items: list[int], language: str) -> bool:
    """'in Rickenbach und Herrischried': every item a village the tables hold, each a rare word, stands in
    for the known town a German list of villages otherwise needs."""
    villages = village_names(language)
    return all(
        doc.tokens[k].folded in villages and word_frequency(doc.tokens[k].text.lower(), language) < VILLAGE_WORD
        for k in items
    )


def listed_village(doc: ActorDocument, first: int, position: int, last: int, language: str) -> Candidate | None:
    prepositions = _VILLAGE_PREPOSITIONS.get(language)
    if prepositions is None:
        return None
    tokens = doc.tokens
    end = _village_name_end(doc, position, language)  # "Castel del Monte", "San Pietro Avellana"
    if end is None and (
        position != last
        or not village_word(doc, position, language, KNOWN_PARTNER_WORD)
        or _name_goes_on_inside(doc, position, language)
    ):
        return None
    if end is not None and (end < last or (position > 0 and tokens[position - 1].joined and position != first)):
        return None  # the name is its run's whole
    if first != position and (first != position - 1 or tokens[first].text.lower() not in prepositions):
        return None  # alone in its run, or after the preposition opening the sentence ("En Tielve")
    end = position if end is None else end
    items = [position]
    known_items: set[int] = set()
    joiners = prepositions | OF_A_SETTLEMENT.get(language, frozenset())  # "de Riez et de Manosque"
    k = position
    while len(items) <= LONGEST_LIST:
        item = _previous_item(doc, k, joiners, language)
        spaced = known_spaced_name(doc, item, language) if item is not None and item >= 1 else None
        if spaced is not None:
            item = spaced  # "in Bruck an der Mur und Kapfenberg": the item before is a known town's whole name
            known_items.add(item)
        elif item is not None and item >= 1 and not _list_item(doc, item, language):
            item = _village_name_start(doc, item, language)
        elif item is not None and item >= 1 and _village_name_start(doc, item, language) is not None:
            item = None  # "Castel del Piano": the single word closes a longer name
        if item is None or item < 1:
            break
        items.append(item)
        k = item
    k = end
    while len(items) <= LONGEST_LIST:
        item = _next_item(doc, k, joiners, language)
        if item is None or item < 1:
            break
        item_end = _village_name_end(doc, item, language)
        if item_end is None and not _list_item(doc, item, language):
            break
        items.append(item)
        k = item if item_end is None else item_end
    if len(items) < 2 or _clause_after_an_opening_place(doc, items):
        return None
    # "a Camerino o a Macerata": a word as frequent as a small town's name in the news, beside a town
    # the table holds, each after a preposition of place
    if (
        end == position
        and word_frequency(tokens[position].text.lower(), language) >= VILLAGE_WORD
        and (
            not all(_after_village_preposition(doc, k, prepositions) for k in items)
            or not any(k != position and doc.gazetteer.lookup((tokens[k].folded,)) is not None for k in items)
        )
    ):
        return None
    noun_endings = _VILLAGE_BESIDE_A_KNOWN_PLACE.get(language)
    if noun_endings is not None and (
        (tokens[position].text.endswith(noun_endings) and not _rare_village_of_the_tables(doc, position, language))
        or not (
            any(k in known_items or doc.gazetteer.lookup((tokens[k].folded,)) is not None for k in items)
            or _all_villages_of_the_tables(doc, items, language)
        )
    ):
        return None
    # "nel comune di Ussola e a Castelvento": the Romance "of" opens one too
    opening = PLACE_PREPOSITIONS.get(language, frozenset()) | prepositions | OF_A_SETTLEMENT.get(language, frozenset())
    if not _after_village_preposition(doc, min(items), opening) or not (
        any(_after_village_preposition(doc, k, prepositions) for k in items) or _places_of(doc, items, language)
    ):
        return None  # "no Fundão, em Belmonte e em Penamacor": the list opens after a preposition of place
    name = doc.text[tokens[position].start : tokens[end].end]
    return place_candidate(position, end, name, Place(name, "place"), ActorKind.place)


def _clause_after_an_opening_place(doc: ActorDocument, items: list[int]) -> bool:
    """'En Cataluña, Rodalies funciona': two names joined by a bare comma, the first after the
    preposition opening the sentence, are where the sentence is and its subject, no list of two
    (a list of two joins them with "and": "en Lugo y Monforte")."""
    first, second = sorted(items)[0], sorted(items)[-1]
    return (
        len(items) == 2
        and first - 1 in doc.sentence_first
        and doc.text[doc.tokens[first].end : doc.tokens[second].start] == ", "
    )


# Before a village's name in French, "de" after a word for near or around: "près de Domme".
# ...and the people who live there: "moradores de Muçum", "les habitants de Domme", "gli abitanti di Scanno"
_NEAR_OF: dict[str, frozenset[str]] = words_by_language(
    {
        "fr": "près proche autour habitants originaire originaires"
        # ...and those who farm, fish or grow there, as in the other Romance languages: "un ostréiculteur de Gujan"
        " agriculteur agriculteurs pêcheur pêcheurs viticulteur viticulteurs ostréiculteur ostréiculteurs"
        " ostréicultrice producteur producteurs éleveur éleveurs",
        # ...and those who farm, fish or trade there: "um agricultor de Vila Verde"
        "pt": "moradores habitantes residentes agricultor agricultores pescador pescadores comerciante comerciantes"
        # ...and those who grow a crop there, and its young and its families: "os produtores de Mirandela"
        " produtor produtores jovens famílias"
        # ...and those born there: "natural de Mogadouro", "natural de Soria", "originario di Scanno"
        " natural naturais oriundo oriunda oriundos oriundas",
        "es": "vecinos habitantes natural naturales oriundo oriunda oriundos oriundas"
        " agricultor agricultores ganadero ganaderos pescador pescadores comerciante comerciantes"
        " productor productores jóvenes familias"  # "los jóvenes de Villarrodrigo y Benatae"
        # ...and the nouns for a settlement itself: "la localidad de Calera y Chozas", "el municipio de Belvís"
        " localidad municipio pueblo aldea",
        "it": "abitanti residenti originario originaria originari originarie nativo nativa"
        " agricoltori pescatori commercianti produttori giovani famiglie frazione paese località",
    }
)
# A capitalised word mid-sentence in a Romance language is a name: a village's may be this frequent as a
# word ("Moldes" 3.7 is moulds in Portuguese); German capitalises every noun and keeps `VILLAGE_WORD`.
_ROMANCE_VILLAGE_WORD = 4.0


def known_village(doc: ActorDocument, first: int, position: int, last: int, language: str) -> Candidate | None:
    """'à Domme', 'in Partenstein', 'près de Domme': a rare word alone in its run right after a bare
    preposition of place, that GeoNames knows as a village of the language's countries, named as no
    person on the page."""
    names = village_names(language)
    tokens = doc.tokens
    if not names or (position != last and not before_its_land(doc, position)) or position < 1:
        return None  # alone in its run, or before its land: "ve Smidarech na Hradecku"
    token = tokens[position]
    # "z Blšan", "u Tršic", "w Krosnowicach": a language that declines its villages' names, read back
    folded, name = token.folded, token.text
    # (Greek too: "στην Πάτμο", "της Βεργίνας")
    if folded not in names and (language in LATIN_ENDINGS or language == "el"):
        form = next((form for form in base_forms(token.text, language) if fold(form) in names), None)
        folded, name = (fold(form), form) if form is not None else (folded, name)
        if form is not None and _opens_a_longer_name(doc, form):
            return None  # "w Stroniu" where the page names Stronie Śląskie: its short form, not another village
    near = _of_its_people(doc, position, language)
    # "Tokajban", "Hévízre": a Hungarian or Finnish case of place on the name is the preposition other languages
    # set before it
    near = near or (folded in names and folded != token.folded and place_case_ending(doc, position, language))
    # "Zalakaros mellett", "Tihany közelében": the name itself before a postposition of place
    near = near or (folded in names and before_a_postposition(doc, position, language))
    # "de Vouziers (Ardennes)", "Buer (Niedersachsen)": its département or its land in brackets after it places it
    near = near or (folded in names and _before_its_land_in_brackets(doc, position, language))
    # "- Arganil - Rui Mirande (PSD)": the head of an item of a list of places and their holders
    near = near or (folded in names and place_heading_an_item(doc, position, position))
    opens_the_sentence = first == position - 1 or (near and first == position - 2)  # "Moradores de Muçum"
    if folded not in names or (first != position and not (opens_the_sentence and first in doc.sentence_first)):
        return None
    word = token.text
    if (
        not word.isalpha()
        or not word[1:].islower()
        or (token.joined and position + 1 < len(tokens) and tokens[position + 1].text[:1].isupper())
    ):
        return None
    if (
        (folded in doc.given_surnames and not only_a_middle_name(doc, folded, language))  # "Rui Manteigas Pires"
        or is_given_name(folded)
        or is_surname(folded)
        or folded in doc.lower_case
    ):
        return None
    prepositions = BARE_PREPOSITIONS.get(language, frozenset()) | HOME_TOWN_PREPOSITIONS.get(language, frozenset())
    if (
        not near
        and (
            not _after_village_preposition(doc, position, prepositions)
            or article_not_preposition(doc, position, language)  # "A Suzano avançou": the firm
        )
        and not route_via(doc, position, language)
        and not later_item_of_a_place_list(doc, position, prepositions, language)
    ):
        return None  # "von Lindau über Wangen nach Kempten": a stop on a route counts as after one
    ceiling = VILLAGE_WORD if language == "de" else _ROMANCE_VILLAGE_WORD
    if _in_a_known_land(doc, position, language):
        ceiling = _VILLAGE_IN_A_LAND_WORD
    if word_frequency(word.lower(), language) >= ceiling:
        return None
    return place_candidate(position, position, name, Place(name, "place"), ActorKind.place)


def _before_its_land_in_brackets(doc: ActorDocument, position: int, language: str) -> bool:
    """'Vouziers (Ardennes)', 'Schijndel (Noord-Brabant)': a village's département, region or state alone in
    brackets right after its name, as local news places a small town."""
    tokens, text = doc.tokens, doc.text
    k = position + 1
    if k >= len(tokens) or text[tokens[position].end : tokens[k].start] != " (":
        return False
    last = k
    while last + 1 < len(tokens) and text[tokens[last].end : tokens[last + 1].start] in ("-", "‐"):
        last += 1  # "(Noord-Brabant)", "(Haute-Savoie)"
    if text[tokens[last].end : tokens[last].end + 1] != ")" or not tokens[k].text[:1].isupper():
        return False
    words = tuple(tokens[j].folded for j in range(k, last + 1))
    if last == k and tokens[k].folded in department_names(language):
        return True
    place = hyphened_place(doc, k, words) if len(words) > 1 else doc.gazetteer.lookup(words)
    return place is not None and (place.kind == "state" or is_region(place))


def _of_its_people(doc: ActorDocument, position: int, language: str) -> bool:
    """'Moradores de Muçum', 'um agricultor de Vila Verde': "of" after a noun for the people living or
    working somewhere."""
    tokens = doc.tokens
    return (
        position >= 2
        and tokens[position - 1].text in OF_A_SETTLEMENT.get(language, ())
        and tokens[position - 2].text.lower() in _NEAR_OF.get(language, ())
        and tokens[position - 1].joined
        and tokens[position - 2].joined
    )


def later_item_of_a_place_list(doc: ActorDocument, position: int, prepositions: frozenset[str], language: str) -> bool:
    """'från Östersund och Sveg', 'w Odrzykoniu i Korczynie': a later item of a list whose items before
    are places the tables hold, the first right after a bare preposition of place (or a town's body and
    "of": "bewoners van Yerseke en Kruiningen"): the list shares it."""
    k = position
    for _ in range(LONGEST_LIST):
        item = _previous_item(doc, k, frozenset(), language)
        if item is None or not _place_of_the_tables(doc, item, language):
            return False
        if _after_village_preposition(doc, item, prepositions) and not article_not_preposition(doc, item, language):
            return True
        if town_body_of(doc, item, language):
            return True  # "bewoners van Yerseke en Kruiningen": the town's residents, of each town listed
        k = item
    return False


def _place_of_the_tables(doc: ActorDocument, k: int, language: str) -> bool:
    """The capitalised word at `k`, or a base form of it in a language that declines names, is a town
    or a village the tables hold ("Odrzykoniu": Odrzykoń)."""
    word = doc.tokens[k].text
    if not word.isalpha() or not word[:1].isupper() or not word[1:].islower():
        return False
    forms = (word, *base_forms(word, language)) if language in LATIN_ENDINGS else (word,)
    names = village_names(language)
    return any(fold(form) in names or doc.gazetteer.lookup((fold(form),)) is not None for form in forms)


def known_village_of_several_words(
    doc: ActorDocument, first: int, position: int, last: int, language: str
) -> Candidate | None:
    """'em Castro Daire', 'em Celorico da Beira': a run that opens right after a bare preposition of place
    (or closes a list after a village the tables hold: "Manteigas e Celorico da Beira") and whose words,
    small words between, name a village or a small town of the language's countries that GeoNames
    knows and the gazetteer's larger towns do not ("Castro" alone is another place)."""
    names = village_names(language)
    tokens = doc.tokens
    if not names or position != first or position < 1:
        return None
    run_last = last
    last = _across_its_connector(doc, position, last, names, language)  # "em Oliveira do Hospital"
    if last == position:
        return None
    prepositions = BARE_PREPOSITIONS.get(language, frozenset()) | HOME_TOWN_PREPOSITIONS.get(language, frozenset())
    after_a_village = (
        position >= 2
        and tokens[position - 1].text in list_words(language)
        and tokens[position - 1].joined
        and gap_after(doc, position - 2) == " "
        and tokens[position - 2].text[:1].isupper()
        and tokens[position - 2].folded in names
    )
    placed = (
        _after_village_preposition(doc, position, prepositions)
        or _of_its_people(doc, position, language)
        or place_heading_an_item(doc, position, last)  # "- Castelo de Vide - Inês Telmo (PS)"
    )
    if not (placed or after_a_village) or article_not_preposition(doc, position, language):
        return None
    # the run whole: "a San Pietro Alventa" is no San Pietro, whatever village the tables name so
    words = tuple(tokens[j].folded for j in range(position, last + 1))
    if last - position >= _LONGEST_VILLAGE_NAME or " ".join(words) not in names or not tokens[last].text[:1].isupper():
        return None
    # a town the gazetteer reads itself, unless its name goes on past the run's end ("a Gravina in Puglia",
    # "San Giovanni in Persiceto": the run stops before "in"); "em Maria Santos": a person
    if (doc.gazetteer.lookup(words) is not None and last == run_last) or _opens_with_a_given_name(doc, position, last):
        return None
    if last + 1 < len(tokens) and gap_after(doc, last) == " " and elided_name(tokens[last + 1]) is not None:
        return None  # "Alta Floresta d'Oeste": the name goes on past the run
    if any(tokens[j].folded in doc.given_surnames for j in range(position, last + 1)):
        return None
    name = doc.text[tokens[position].start : tokens[last].end]
    return place_candidate(position, last, name, Place(name, "place"), ActorKind.place)


# Small words inside a town's name of several words, where a run of capitalised words may stop ("Oliveira
# do Hospital": a hospital's name opens after "do").
_NAME_CONNECTORS: dict[str, frozenset[str]] = words_by_language(
    {
        "pt": "de do da dos das",
        "es": "de del y",  # "Calera y Chozas": a village's name of two joined by "and", the table holds it whole
        "it": "di del della delle dei in",
        "fr": "de du",
        "de": "am im an in ob bei",
    }
)
# German tells its villages apart by the river or the land they lie on, the article after the preposition
# ("Neuhaus am Inn", "Neuhaus an der Oste", "Kirchberg in der Wildschönau").
_CONNECTOR_ARTICLES: dict[str, frozenset[str]] = words_by_language({"de": "der den dem"})


def _across_its_connector(doc: ActorDocument, position: int, last: int, names: frozenset[str], language: str) -> int:
    """The run's last word, or a later one when the run and a small word and capitalised words after it
    make a village's name the tables hold: "em Oliveira do Hospital"."""
    tokens = doc.tokens
    k = last
    while (
        k + 2 < len(tokens)
        and gap_after(doc, k) == " "
        and gap_after(doc, k + 1) == " "
        and tokens[k + 1].text in _NAME_CONNECTORS.get(language, ())
    ):
        name_at = k + 2
        if tokens[name_at].text in _CONNECTOR_ARTICLES.get(language, ()) and name_at + 1 < len(tokens):
            name_at += 1  # "an der Oste": the article after the preposition
            if gap_after(doc, k + 2) != " ":
                break
        if not tokens[name_at].text[:1].isupper() or name_at - position >= _LONGEST_VILLAGE_NAME:
            break
        k = name_at
        if " ".join(tokens[j].folded for j in range(position, k + 1)) in names:
            return k
    return last


# "in Oberhof in Thüringen", "in Davos in der Schweiz": a village placed in a state or a region the table
# knows is a place though its name is as frequent as a resort's makes it (Zipf below this).
_VILLAGE_IN_A_LAND_WORD = 4.0
_IN_A_LAND: dict[str, tuple[str, frozenset[str]]] = {"de": ("in", frozenset(["der", "dem", "den"]))}


def _in_a_known_land(doc: ActorDocument, position: int, language: str) -> bool:
    row = _IN_A_LAND.get(language)
    tokens = doc.tokens
    k = position + 1
    if row is None or k + 1 >= len(tokens) or tokens[k].text != row[0] or not tokens[position].joined:
        return False
    if tokens[k + 1].text in row[1] and tokens[k].joined and k + 2 < len(tokens):
        k += 1
    land = tokens[k + 1]
    if not tokens[k].joined or not land.text[:1].isupper():
        return False
    last = k + 1
    while last + 1 < len(tokens) and doc.text[tokens[last].end : tokens[last + 1].start] in ("-", "‐"):
        last += 1  # "in Wacken in Schleswig-Holstein": a land whose name is joined by hyphens
    words = tuple(tokens[j].folded for j in range(k + 1, last + 1))
    place = hyphened_place(doc, k + 1, words) if len(words) > 1 else doc.gazetteer.lookup(words)
    return place is not None and (place.kind == "state" or is_region(place))


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
_VILLAGE_NAME_WORDS: dict[str, frozenset[str]] = words_by_language(
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
    if opens_a_name(tokens[position].text, language):
        return None  # "na Arena Juscelino Kubitschek, em Belo Horizonte": a building named after a person
    k = position
    while (
        k + 1 < len(tokens)
        and k - position < _LONGEST_VILLAGE_NAME
        and gap_after(doc, k) == " "
        and (tokens[k + 1].text in inner or (tokens[k + 1].text[:1].isupper() and tokens[k + 1].text.isalpha()))
    ):
        k += 1
    while k > position and not tokens[k].text[:1].isupper():
        k -= 1  # "Castel del": the small word closes no name
    if k > position and _opens_with_a_given_name(doc, position, k):
        return None  # "o lagar de Joaquim Sarmento": a person, not a village
    if k == position or not (
        " ".join(tokens[j].folded for j in range(position, k + 1)) in village_names(language)  # "Segura de la Sierra"
        or village_word(doc, k, language, inside=True)
        or village_word(doc, position, language, inside=True)  # "Castelsantangelo sul Nera", "Castel del Piano"
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
        and tokens[position - 1].text.lower() in BARE_PREPOSITIONS.get(language, frozenset())
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
        and gap_after(doc, k) == " "
        and gap_after(doc, k + 1) == " "
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
    of = OF_A_SETTLEMENT.get(language, frozenset())
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


def _next_item(doc: ActorDocument, k: int, prepositions: frozenset[str], language: str) -> int | None:
    """The list's item after the one at `k`: after ", " or "and"/"or", and a repeated preposition."""
    tokens = doc.tokens
    if k + 2 >= len(tokens):
        return None
    if gap_after(doc, k) == ", ":
        j = k + 1
    elif gap_after(doc, k) == " " and tokens[k + 1].text in list_words(language) and gap_after(doc, k + 1) == " ":
        j = k + 2
    else:
        return None
    if tokens[j].text in prepositions and j + 1 < len(tokens) and gap_after(doc, j) == " ":
        j += 1
    return j


def _previous_item(doc: ActorDocument, k: int, prepositions: frozenset[str], language: str) -> int | None:
    """The list's item before the one at `k`, the same way back."""
    tokens = doc.tokens
    i = k
    if i >= 1 and tokens[i - 1].text.lower() in prepositions and gap_after(doc, i - 1) == " ":
        i -= 1
    if i < 2:
        return None
    if gap_after(doc, i - 1) == ", ":
        return i - 1
    if tokens[i - 1].text in list_words(language) and gap_after(doc, i - 1) == " " and gap_after(doc, i - 2) == " ":
        return i - 2
    return None


# Beside a town the table holds, a village's name may be as frequent as this (Zipf): "Camerino" 3.6.
KNOWN_PARTNER_WORD = 4.0


def village_word(
    doc: ActorDocument, k: int, language: str, ceiling: float = VILLAGE_WORD, inside: bool = False
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
            and word_frequency(word.lower(), language) < ceiling  # "el lago Titicaca" asks a landform's own
        )
    if (k + 1 < len(tokens) and gap_after(doc, k) == "-") or (k > 0 and gap_after(doc, k - 1) == "-"):
        return False  # "Montemor-o-Novo", "Saint-Jurs": a part of a name
    before = tokens[k - 1] if k > 0 and tokens[k - 1].joined else None
    if before is not None and before.text[0].isupper() and before.text.lower() not in _VILLAGE_PREPOSITIONS[language]:
        return False  # "Tra Borgotto": the preposition opens the sentence
    folded = tokens[k].folded
    if folded in doc.given_surnames or is_given_name(folded) or is_surname(folded) or folded in doc.lower_case:
        return False
    return word_frequency(word.lower(), language) < ceiling


def _list_item(doc: ActorDocument, k: int, language: str) -> bool:
    """A list's other item: a place the table holds, or a word read as a village would be."""
    word = doc.tokens[k].text
    if not word[:1].isupper():
        return False
    if hyphened_commune(doc, k, language) is not None:
        return True  # "de Carlux et de Cénac-et-Saint-Julien"
    if doc.gazetteer.lookup((doc.tokens[k].folded,)) is not None and doc.tokens[k].folded not in doc.given_surnames:
        return not (doc.tokens[k].joined and k + 1 < len(doc.tokens) and doc.tokens[k + 1].text[0].isupper())
    # "em Santa Eulália, em Moldes e em Cabreiros": a capitalised word after the list's repeated bare
    # preposition in a Romance language may be as frequent as a word as a village's name is
    repeated = language != "de" and _after_village_preposition(doc, k, BARE_PREPOSITIONS.get(language, frozenset()))
    return village_word(doc, k, language, _ROMANCE_VILLAGE_WORD if repeated else VILLAGE_WORD)


# A plural noun for municipalities or districts opens a list of their names, one row per language:
# "die Landkreise Pfaffenhofen, Kelheim und Landshut", "in den Gemeinden Hilders und Tann" (German writes
# the names right after it), "les communes de Riez et de Valensole", "los municipios de Orcera y Siles"
# (the Romance languages with "of"). Each item is a place the table holds, a rare word named as no
# person on the page, or a name of capitalised words joined by hyphens ("Rhön-Grabfeld").
_SETTLEMENTS_NOUNS: dict[str, frozenset[str]] = words_by_language(
    {
        "de": "landkreise landkreisen kreise kreisen gemeinden ortsgemeinden nachbargemeinden ortsteile ortsteilen"
        " ortschaften"
        " stadtteile stadtteilen dörfer dörfern orte orten",
        "es": "municipios pueblos localidades provincias comarcas concejos aldeas",
        "it": "comuni province frazioni paesi borghi",
        "fr": "communes villages départements",
        "pt": "municípios concelhos freguesias aldeias distritos vilas",
        # "de deelgemeenten Oevel en Tongerlo": Dutch writes the names right after the noun, as German does
        "nl": "gemeenten deelgemeenten buurgemeenten dorpen deeldorpen kernen",
    }
)
_LONGEST_ITEM = 3
# With the noun before it, a name as frequent as the news makes a district's ("Pfaffenhofen" 3.1) is no
# word of the language still.
_SETTLEMENTS_WORD = 4.0


def listed_settlement(doc: ActorDocument, first: int, position: int, last: int, language: str) -> Candidate | None:
    nouns = _SETTLEMENTS_NOUNS.get(language)
    tokens = doc.tokens
    if nouns is None or position != last or position < 2 or not _settlement_word(doc, position, language):
        return None
    of = OF_A_SETTLEMENT.get(language, frozenset())
    k = position
    for _ in range(LONGEST_LIST):
        start = _item_start(doc, k, nouns)
        before = tokens[start - 1]
        if before.text in of and gap_after(doc, start - 1) == " ":
            if start >= 2 and tokens[start - 2].text in nouns and gap_after(doc, start - 2) == " ":
                break  # "los municipios de Orcera": the list's opening
            start -= 1  # "de Riez et de Valensole": the list repeats its "of"
            before = tokens[start - 1]
        if before.text.lower() in nouns and before.joined and (language != "de" or before.text[0].isupper()):
            break  # "die Landkreise Pfaffenhofen": the list's opening
        gap = doc.text[before.end : tokens[start].start]
        if gap == " " and before.text in list_words(language) and start >= 2 and gap_after(doc, start - 2) == " ":
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
    while start >= 1 and gap_after(doc, start - 1) == "-" and tokens[start - 1].text.isalpha() and start > position - 4:
        start -= 1  # "Rhön-Grabfeld", "Saint-Jurs", "Allemagne-en-Provence": one name
    if not tokens[start].text[0].isupper():
        return None
    name = doc.text[tokens[start].start : tokens[position].end]
    return place_candidate(start, position, name, Place(name, "place"), ActorKind.place)


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
    known = doc.gazetteer.lookup((folded,)) is not None or folded in village_names(language)
    if is_given_name(folded) or is_surname(folded) or folded in doc.lower_case:
        return False
    if folded in doc.given_surnames and not known:
        return False  # a rare word a person bears here; a known village ("concelhos de Seia, Manteigas e …") stays one
    return known or word_frequency(word.lower(), language) < _SETTLEMENTS_WORD


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
        and gap_after(doc, start - 1) in (" ", "-")
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


def village_dateline(doc: ActorDocument, first: int, position: int, last: int, language: str) -> Candidate | None:
    tokens = doc.tokens
    if position != first or language not in _SETTLEMENT_NOUNS:
        return None
    start = tokens[first].start
    if not opens_its_line(doc.text, start) or CAPITALS_DATELINE.match(doc.text, tokens[last].end) is None:
        return None
    if doc.text.count("\n", 0, line_start(doc.text, start)) > _DATELINE_LINES:
        return None  # a dateline opens the article
    capitals = all(tokens[k].text.isupper() for k in range(first, last + 1))
    if not capitals and (first != last or language not in _TITLE_CASE_DATELINES):
        return None
    if any(gap_after(doc, k) not in (" ", "-") for k in range(first, last)):
        return None
    # the last word tells the place ("SAN PIETRO ALVENTA"): rare, and no person's name or acronym of the text
    word, folded = tokens[last].text, tokens[last].folded
    if not word.isalpha() or len(word) < SHORTEST_CAPITALS or (capitals and doc.text.count(word) > 1):
        return None  # "NATO. Die Allianz …": an acronym the text writes again ("Polle. … in Polle": the village)
    saint = first < last and tokens[first].folded in _DATELINE_SAINTS  # "SAN PIETRO ALVENTA": no person
    if (folded in doc.given_surnames and not saint) or is_given_name(folded) or is_surname(folded):
        return None
    if folded in doc.lower_case or word_frequency(word.lower(), language) >= VILLAGE_WORD:
        return None
    text = doc.text[start : tokens[last].end]
    name = " ".join(
        part.lower() if part.lower() in _DATELINE_CONNECTORS and i else part.title()
        for i, part in enumerate(text.split(" "))
    )
    return place_candidate(first, last, name, Place(name, "place"), ActorKind.place)


# German villages merged into one municipality join their names by a hyphen ("aus Kobern-Gondorf",
# "in Zeltingen-Rachtig"); after a bare preposition of place, two capitalised parts, each a rare word or
# a village the tables know and neither a person's name, name such a village.
_DOUBLE_VILLAGE_LANGUAGES = frozenset(["de"])


def double_village(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    tokens = doc.tokens
    end = position + 1
    if (
        language not in _DOUBLE_VILLAGE_LANGUAGES
        or position < 1
        or end >= len(tokens)
        or gap_after(doc, position - 1) != " "
        or gap_after(doc, position) != "-"
        or (end + 1 < len(tokens) and gap_after(doc, end) in ("-", " -"))
        or not _settlement_cue(doc, position, language)
        or not all(_village_part(doc, k, language) for k in (position, end))
    ):
        return None
    name = doc.text[tokens[position].start : tokens[end].end]
    return place_candidate(position, end, name, Place(name, "place"), ActorKind.place)


def _village_part(doc: ActorDocument, k: int, language: str) -> bool:
    token = doc.tokens[k]
    return _plain_name_word(doc, k) and (
        word_frequency(token.text.lower(), language) < _SETTLEMENT_WORD or token.folded in village_names(language)
    )


# "in St. Blasien", "zwischen Titisee und Sankt Märgen": a village named after its saint, the saint's word
# written out or cut short, that the tables of villages hold written out.
_SAINT_WORDS: dict[str, dict[str, str]] = {"de": {"Sankt": " ", "St": ". "}}


def saint_village(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    saints = _SAINT_WORDS.get(language)
    tokens = doc.tokens
    if saints is None or position < 1 or position + 1 >= len(tokens):
        return None
    gap = saints.get(tokens[position].text)
    name = tokens[position + 1]
    if gap is None or gap_after(doc, position) != gap or not name.text.isalpha() or not name.text[:1].isupper():
        return None
    end = _saint_village_qualifier(doc, position, language)
    if end is None and f"sankt {name.folded}" not in village_names(language):
        return None
    end = position + 1 if end is None else end
    listed = (  # "zwischen Schluchsee und St. Blasien": the list's item before is after the cue
        position >= 2
        and tokens[position - 1].text in list_words(language)
        and tokens[position - 1].joined
        and tokens[position - 2].text[:1].isupper()
        and _settlement_cue(doc, position - 2, language)
    )
    if not listed and not _settlement_cue(doc, position, language) and not after_preposition(doc, position, language):
        return None
    text = doc.text[tokens[position].start : tokens[end].end]
    return place_candidate(position, end, text, Place(text, "place"), ActorKind.place)


# "aus Bad Bodenteich": after a bare preposition of place, the spa's word and a rare capitalised word that
# is no person's name name a town, though the tables lack it.


def spa_town(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    tokens = doc.tokens
    if (
        SPA_WORDS.get(language) != tokens[position].text
        or position < 1
        or position + 1 >= len(tokens)
        or gap_after(doc, position) != " "
        or not _village_part(doc, position + 1, language)
        or not _settlement_cue(doc, position, language)
    ):
        return None
    name = doc.text[tokens[position].start : tokens[position + 1].end]
    return place_candidate(position, position + 1, name, Place(name, "place"), ActorKind.place)


# The small words of an Austrian or Bavarian saint's village's qualifier: "St. Anton am Arlberg", "St.
# Johann im Pongau", "St. Georgen an der Gusen", "St. Lorenzen ob Murau", "St. Radegund bei Graz".
_QUALIFIER_WORDS = (("am",), ("im",), ("in",), ("ob",), ("bei",), ("an", "der"), ("in", "der"))


def _saint_village_qualifier(doc: ActorDocument, position: int, language: str) -> int | None:
    """The last word of a saint's village's name with its qualifier, as the village list holds it
    ("sankt anton am arlberg", or under "st"), or None."""
    tokens = doc.tokens
    name = tokens[position + 1]
    for small in _QUALIFIER_WORDS:
        last = position + 2 + len(small)
        if last >= len(tokens) or tuple(t.text for t in tokens[position + 2 : last]) != small:
            continue
        if not tokens[last].text[:1].isupper():
            continue
        rest = " ".join((*small, tokens[last].folded))
        if any(f"{saint} {name.folded} {rest}" in village_names(language) for saint in ("sankt", "st")):
            return last
    return None
