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

This module reads a run of capitalised words and weighs what the gazetteer finds in it; each family
of names that needs rules of its own lives in a module of its own: German lands, lakes and districts
(`german_places`), French communes and départements (`french_communes`), villages named with a cue
(`village_mentions`), ranges, rivers and other landforms (`landforms`), Russian regions, lakes,
districts and rivers (`russian_places`), Korean words (`korean_places`), Polish voivodeships
(`polish_regions`). Whether a known town is the one named here is asked of `town_support`, a name
read back from its declined form of `declined_places`, and a name that stands for a club, a firm,
a work or a street is told by `names_something_else`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.address_towns import town_before_its_street
from dossier.ingest.bracketed_places import place_in_a_list_of_brackets
from dossier.ingest.brazilian_state_codes import (
    brazilian_state_code,
    brazilian_town_before_its_code,
    state_code_after,
)
from dossier.ingest.case_endings import CASE_ENDING_LANGUAGES
from dossier.ingest.cues import FUNCTION_WORDS
from dossier.ingest.declined_places import inflected
from dossier.ingest.declined_villages import declined_village_of_several_words
from dossier.ingest.finnish_regions import finnish_region_at
from dossier.ingest.finnish_waters import finnish_water_at
from dossier.ingest.french_communes import (
    commune_by_its_first_name,
    department,
    hyphened_commune,
    rest_of_a_hyphened_name,
    town_after_a_contracted_article,
)
from dossier.ingest.gazetteer import Place, gazetteer, is_region
from dossier.ingest.german_land_codes import town_before_its_land_code
from dossier.ingest.german_places import (
    german_alps,
    german_dative_plural,
    german_declined_state,
    german_district,
    german_district_of_a_town,
    german_gau,
    german_genitive,
    german_kreis,
    german_lake,
    german_lake_of_a_town,
    german_land,
    german_land_of_a_place,
    german_reservoir,
    german_switzerland,
    german_valley,
)
from dossier.ingest.german_town_adjectives import town_of_its_adjective
from dossier.ingest.greek_waters import greek_lake_at, greek_river_at
from dossier.ingest.grouping import Candidate
from dossier.ingest.hungarian_counties import hungarian_county_at
from dossier.ingest.hungarian_landforms import hungarian_landform_at
from dossier.ingest.hyphened_places import hyphened_known_place
from dossier.ingest.indonesian_places import indonesian_named_by_its_noun
from dossier.ingest.landforms import (
    RANGE_NOUNS,
    along_the_river,
    compass_region,
    czech_land_of_a_town,
    czech_region,
    danish_lake,
    hyphened_compass_region,
    island_with_its_article,
    land_with_its_article,
    low_country_land,
    mountain_range,
    named_river,
    prefixed_landscape,
    range_after_a_small_noun,
    region_and_its_compass_part,
    valley_in_one_word,
    water_with_its_noun,
)
from dossier.ingest.landscapes import landscape_names
from dossier.ingest.longer_names import before_a_region_noun
from dossier.ingest.municipal_bodies import (
    DEPARTMENT_LEVELS,
    DEPARTMENTS_WITH_A_LEVEL,
    MUNICIPAL_BODY_WORDS,
    OF_A_SETTLEMENT,
    after_a_municipal_body,
)
from dossier.ingest.names import fold, fold_phrase, is_cyrillic_given_name, is_given_name, is_surname
from dossier.ingest.names_something_else import (
    CAPITALISED_NOUNS,
    after_name_opener,
    names_something_else,
)
from dossier.ingest.other_language_common import (
    CYRILLIC,
    HOME_COUNTRIES,
    HOME_TOWN,
    INNER_WORDS,
    KNOWN_TOWN,
    RUSSIAN_ADJECTIVE_ENDS,
    WRITTEN_IN,
    dateline,
    gap_after,
    name_goes_on,
    place_candidate,
    weather_reading,
    word_frequency,
    words_by_language,
)
from dossier.ingest.paired_places import paired_place, second_of_a_pair
from dossier.ingest.place_evidence import alternate_spelling, elided_name, hyphened_place
from dossier.ingest.place_prepositions import after_place_adjective
from dossier.ingest.places_in_body_names import named_after_a_body
from dossier.ingest.polish_lands import polish_land, polish_landform_with_adjective
from dossier.ingest.regions_named_by_country import region_named_by_its_country
from dossier.ingest.river_mouths import river_at_a_mouth
from dossier.ingest.river_qualified_towns import qualified_by_its_river
from dossier.ingest.rivers import river_at
from dossier.ingest.romanian_places import county_of_a_body, romanian_genitive, romanian_river
from dossier.ingest.russian_places import (
    adjective_before_a_name,
    bulgarian_landform,
    bulgarian_province,
    compass_adjective,
    declined_on_a_river,
    russian_district,
    russian_lake,
    russian_region,
    russian_river,
    town_after_its_state,
)
from dossier.ingest.sport_listings import team_in_a_listing
from dossier.ingest.swedish_lands import norwegian_municipality, place_by_its_ending, swedish_land
from dossier.ingest.swiss_places import town_before_its_canton
from dossier.ingest.titled_regions import titled_region
from dossier.ingest.town_adjectives import town_of_a_city_body
from dossier.ingest.town_support import (
    article_of_the_name,
    has_a_written_qualifier,
    home_namesake,
    place_here,
    spelled_in_language,
    town_with_its_qualifier_written_out,
)
from dossier.ingest.towns_of_a_named_state import town_of_a_state_named_here
from dossier.ingest.turkish_places import apostrophe_stem, seat_after, turkish_named_before_its_noun, turkish_village
from dossier.ingest.turkish_regions import turkish_region_or_sea
from dossier.ingest.vietnamese_places import vietnamese_place_after_its_noun
from dossier.ingest.village_mentions import (
    double_village,
    known_village,
    known_village_of_several_words,
    listed_settlement,
    listed_village,
    municipality_of_a_body,
    named_settlement,
    saint_village,
    settlement_before_its_noun,
    settlement_of_several_words,
    spa_town,
    village_dateline,
)
from dossier.ingest.villages import village_names
from dossier.ingest.word_forms import polish_region_nickname, ukrainian_region_nickname
from dossier.model import ActorKind


def read_run_other_language(doc: ActorDocument, first: int, last: int, language: str) -> list[Candidate]:
    """The states and places a run of capitalised words in another language names."""
    tokens = doc.tokens
    found: list[Candidate] = []
    if weather_reading(doc, last):
        return found  # "São Paulo 25°C": a weather bar's town, not the story's
    position = first
    if team_in_a_listing(doc, first, last):
        return found  # "Химки - Ростов" over its score: the clubs, not the towns
    while position <= last:
        if position in doc.firm_words:
            position += 1  # "Grote Industries Europe GmbH": a firm's words name no place
            continue
        # "l'Allemagne", "dell'Ucraina": the place without the article elided onto it.
        elided = elided_name(tokens[position])
        skipped = len(tokens[position].text) - len(elided) if elided is not None else 0
        before_noun = (
            turkish_named_before_its_noun(doc, position, language)
            or region_named_by_its_country(doc, position, last, language)
            or indonesian_named_by_its_noun(doc, position, last, language)
            or county_of_a_body(doc, position, last, language)
            or vietnamese_place_after_its_noun(doc, position, last, language)  # "sông Tiền", "cảng Cát Lái"
            or titled_region(doc, position, last, language)  # "i Region Midtjylland"
            or danish_lake(doc, position, last, language)  # "over Brabrand Sø"
            or place_in_a_list_of_brackets(doc, position, last, language)  # "Fernando João (Cacuaco); …"
            or region_and_its_compass_part(doc, position, language)  # "no Moxico-Leste": no Moxico
            or paired_place(doc, position, language)  # "na província de Icolo e Bengo"
        )  # "Çoruh Nehri", "Hopa ilçesi", "Estado de México", "Kabupaten Garut", "Consiliul Județean Neamț"
        if before_noun is not None:
            found.append(before_noun)
            position = before_noun.last + 1
            continue
        if second_of_a_pair(doc, position, language):
            position += 1  # "Bengo" of "Icolo e Bengo", read with the pair
            continue
        # "в Миассе Челябинской области": a word right after a town read as a place is no family name
        after_place = bool(found) and found[-1].last == position - 1
        if _inside_longer_name(doc, position, language, after_place):
            # "Banco do Espírito Santo": no word of the place's name is read alone after it ("Santo")
            position = _known_name_end(doc, position, last) + 1
            continue
        if after_name_opener(doc, first, position, language) or rest_of_a_hyphened_name(doc, position, language):
            position += 1
            continue
        region = (
            (
                russian_region(doc, position, language)
                or bulgarian_province(doc, position, language)  # "в Старозагорска област"
                or bulgarian_landform(doc, position, language)  # "Стара планина", "Розовата долина"
                or russian_lake(doc, position, language)
                or russian_district(doc, position, language)
                or russian_river(doc, first, position, language)
                or river_at_a_mouth(doc, first, position, language)  # "Упа впадает в Оку"
            )
            if position == last
            # "в Петровск-Забайкальском районе": the district of a hyphened town, read before the town
            else russian_district(doc, last, language)
            if last == position + 1 and gap_after(doc, position) == "-"
            else None
        )
        if region is not None:
            found.append(region)
            break
        river = named_river(doc, first, last, language) if position == first else None
        if river is not None:
            found.append(river)
            break
        on_a_river = declined_on_a_river(doc, position, language)
        if on_a_river is not None:
            found.append(on_a_river)
            position = on_a_river.last + 1
            continue
        bare_river = river_at(doc, position, last, language)  # "an der Oder": before "Oder" is read as a word
        if bare_river is None and language == "hu":
            bare_river = hungarian_county_at(doc, position)  # "Hajdú-Bihar megyében", "a Pest megyei"
            # "a Szentendrei-szigetről", "a Velencei-tavon", "a Dunakanyarban", "a Pilis és a Börzsöny között"
            bare_river = bare_river or hungarian_landform_at(doc, position)
        if bare_river is None and language == "el":
            bare_river = greek_river_at(doc, position) or greek_lake_at(doc, position)  # "του Πηνειού", "της Κερκίνης"
        if bare_river is None and language == "fi":
            # "Etelä-Karjalassa", "Kymenlaakson"; "Kymijoen varrella", "Saimaan rannalla"
            bare_river = finnish_region_at(doc, position) or finnish_water_at(doc, position)
        if bare_river is not None:
            end, name = bare_river
            found.append(place_candidate(position, end, name, Place(name, "place"), ActorKind.place))
            position = end + 1
            continue
        # before "Siegen" is read alone, and "Göppingen" of "der Landkreis Göppingen" as the town
        district = german_district(doc, position, language) or german_district_of_a_town(doc, position, language)
        if district is not None:
            found.append(district)
            position = district.last + 1
            continue
        several = known_village_of_several_words(doc, first, position, last, language)  # "em Castro Daire"
        # "z Belska Dużego": each word declined
        several = several or declined_village_of_several_words(doc, first, position, last, language)
        if several is not None:
            found.append(several)
            position = several.last + 1
            continue
        contracted = town_after_a_contracted_article(doc, position, language)  # "au Havre": Le Havre
        if contracted is not None:
            found.append(contracted)
            position += 1
            continue
        merged = _merged_villages(doc, position, language)  # "nach Ebersbach-Neugersdorf", not Ebersbach
        if merged is not None:
            found.append(merged)
            position = merged.last + 1
            continue
        for end in range(_furthest_end(doc, position, last), position - 1, -1):
            words = tuple(tokens[k].folded for k in range(position, end + 1))
            if elided is not None:
                words = (fold(elided), *words[1:])
            start = tokens[position].start + skipped
            hit = inflected(doc, position, end, words, language, start)
            if hit is None:
                place = (
                    hyphened_place(doc, position, words)
                    or doc.gazetteer.lookup(words)
                    or town_with_its_qualifier_written_out(doc.gazetteer, words)
                    or _brazilian_spelling(doc, end, words, language)
                    or _angolan_spelling(doc, words, language)  # "Kwanza-Sul", "Lunda Norte"
                )
                if place is not None:
                    place = _home_city_named_so(place, words, doc.text[start : tokens[end].end], language)
                    place = home_namesake(place, words, language)
                    # "Viana (ES)": Brazil's town before its state's code, not Angola's city
                    place = brazilian_town_before_its_code(place, words, state_code_after(doc, end, language))
                    if _village_at_home_named_so(place, words, language):
                        place = None  # "desde Alcobaça": Portugal's village, not Tucuruí's old name
                if (
                    place is None
                    # "in Frankfurt an der Oder am Bahnhof": a name with its qualifier takes no second one
                    or (
                        name_goes_on(doc, end)
                        and not has_a_written_qualifier(words)
                        and not _town_by_its_lake_or_land(doc, end, place, language)
                    )
                    or not spelled_in_language(doc, position, words, language, place)
                    or not place_here(doc, place, position, end, words, language)
                ):
                    continue
                hit = place, doc.text[start : tokens[end].end]
                if end == position and article_of_the_name(doc, place, position, language):
                    hit = place, place.name  # "all'Aquila" names L'Aquila, article and all
            place, name = hit
            if adjective_before_a_name(doc, position, end, name, language):
                break  # "в Центральной России": the noun after the adjective is read next
            if _part_of_longer_name(doc, position, end, language, name != doc.text[start : tokens[end].end]):
                longer = settlement_of_several_words(doc, position, _name_end(doc, end), language)
                if longer is not None:
                    found.append(longer)  # "na vila de Serra Grande"
                position = _name_end(doc, end)
                break
            if names_something_else(doc, place, position, end, first, last, language):
                # "dans le Jura": a town takes no article, a département does (a canton of the name is no town)
                named_department = department(doc, position, language) if end == position else None
                if named_department is not None:
                    found.append(named_department)
                position = end
                break
            kind = ActorKind.state if place.kind == "state" else ActorKind.place
            qualified = qualified_by_its_river(doc, end, name, language) if kind is ActorKind.place else None
            if qualified is not None:
                end, name = qualified  # "u Teplic nad Bečvou": Teplice nad Bečvou, no Teplice
                place = Place(name, "place")
            candidate = place_candidate(position, end, name, place, kind)
            if _common_noun_opening_a_sentence(doc, position, end, place, language):
                position = end
                break
            candidate.needs_company = _word_opening_a_sentence(doc, position, end, place, name, language)
            candidate.alias = (
                candidate.alias
                or ukrainian_region_nickname(tokens[end].text, language)
                or polish_region_nickname(tokens[end].text, language)  # "z Lubelszczyzny": Lubelskie
            )
            found.append(candidate)
            position = end
            break
        else:
            compass = hyphened_compass_region(doc, position, language)  # "i Nord-Norge": no Norway after it
            if compass is not None:
                found.append(compass)
                position = compass.last + 1
                continue
            genitive = (
                german_genitive(doc, position, language)
                or romanian_river(doc, position, language)  # "pe malul Siretului": the river, not the town
                or romanian_genitive(doc, position, language)
                or turkish_region_or_sea(doc, position, language)
                or turkish_village(doc, position, language)  # "Finike'de", "Eceabat'tan"
                or german_declined_state(doc, position, last, language)
                or german_dative_plural(doc, position, language)
                or german_lake(doc, position, language)
                or german_reservoir(doc, position, language)
                or german_lake_of_a_town(doc, position, language)
                or german_gau(doc, position, language)
                or german_land(doc, position, language)
                or german_valley(doc, position, language)
                or german_alps(doc, position, language)
                or german_switzerland(doc, position, language)
                or german_kreis(doc, position, language)
                or german_land_of_a_place(doc, position, language)
                or along_the_river(doc, position, first, last, language)
                or water_with_its_noun(doc, position, language)
                or department(doc, position, language)
                or hyphened_commune(doc, position, language)
                or commune_by_its_first_name(doc, position, language)
                or hyphened_known_place(doc, position, language)
                or named_settlement(doc, position, last, language)
                or settlement_before_its_noun(doc, position, last, language)
                or town_before_its_canton(doc, position, last, language)  # "bei Bertschikon ZH"
                or town_before_its_land_code(doc, position, last, language)  # "Lohne, Lk. Vechta (NI)"
                or town_of_its_adjective(doc, position, last, language)  # "am Wiener Landesgericht"
                or town_of_a_city_body(doc, position, language)  # "Московский городской суд"
                or town_before_its_street(doc, position, last, language)  # "(Varel, Hauptstraße)"
                or municipality_of_a_body(doc, position, language)
                or listed_village(doc, first, position, last, language)
                or known_village(doc, first, position, last, language)
                or double_village(doc, position, language)
                or saint_village(doc, position, language)
                or spa_town(doc, position, language)
                or listed_settlement(doc, first, position, last, language)
                or village_dateline(doc, first, position, last, language)
                or mountain_range(doc, position, last, language)
                or valley_in_one_word(doc, position, language)
                or range_after_a_small_noun(doc, position, language)
                or compass_region(doc, position, language)
                or prefixed_landscape(doc, position, language)
                or land_with_its_article(doc, position, language)
                or czech_region(doc, position, language)
                or polish_land(doc, position, language)  # "w Tatrach", "na Mazowszu"
                or polish_landform_with_adjective(doc, position, language)  # "z Puszczy Białowieskiej"
                or czech_land_of_a_town(doc, position, language)
                or low_country_land(doc, position, language)
                or island_with_its_article(doc, position, language)  # "no Faial", "nas Flores"
                or swedish_land(doc, position, language)  # "på Öland", "längs Ljusnan"
                or place_by_its_ending(doc, position, language)  # "i Åfjord", "på Fejø"
                or norwegian_municipality(doc, position, language)  # "i Trysil", "fra Snåsa og Namsskogan"
                or town_after_its_state(doc, position, language)
                or town_of_a_state_named_here(doc, position, language)  # "de Espanha, de Zamora"
                or brazilian_state_code(doc, position, language)  # "Monte Azul / MG": Minas Gerais
            )
            if genitive is not None and _galician_name_goes_on(doc, genitive.last, language):
                genitive = None  # "y de Pobra do Brollón": a village's name is the first word of a longer one
            if genitive is not None:
                # "Sachsen-Anhalts": the name's first part ("Sachsen") was read alone before it.
                found = [candidate for candidate in found if candidate.last < genitive.first]
                found.append(genitive)
        position += 1
    return found


# German names a town by the lake or the land it lies on, where the tables hold no town of the longer name:
# "Friedrichshafen am Bodensee", "Prien am Chiemsee", "Olsberg im Sauerland".
_BY_A_LAKE_OR_LAND = frozenset(["am", "im"])
_LAKE = "see"


def _town_by_its_lake_or_land(doc: ActorDocument, end: int, place: Place, language: str) -> bool:
    tokens = doc.tokens
    if language != "de" or place.kind == "state" or end + 2 >= len(tokens):
        return False
    water = tokens[end + 2]
    if tokens[end + 1].text not in _BY_A_LAKE_OR_LAND or not water.text.isalpha():
        return False
    lake = water.text.endswith(_LAKE) and len(water.text) > len(_LAKE) + 2
    if not (lake or water.folded in landscape_names(language)):
        return False
    # ...and the water's name ends there ("am Bodensee-Ufer", "am Chiemsee Segelclub" go on)
    return end + 3 >= len(tokens) or not (water.joined and tokens[end + 3].text[:1].isupper())


# A word opening a sentence this frequent (Zipf) in its language may be a word of it, written
# with a capital only because it opens the sentence: "Того, кто…" (of that one) is no Togo,
# "Virar à esquerda" (to turn) no town in India, Polish "Kota" (a cat's) no Kota in India either.
_COMMON_WORD = 3.0
# A place's name this much more frequent (Zipf) in the text's language than the place's names are
# in other languages is used there as another word too ("того" 6.0; "Togo" 3.6 at most).
_MORE_THAN_A_NAME = 0.9

# Languages whose names of places the frequency of a state's name is weighed in: Latin letters, so
# the gazetteer's folded keys are the words themselves, nearly.
_WEIGHED_IN = ("en", "de", "fr", "es", "it", "pt", "nl", "pl")


def _word_opening_a_sentence(
    doc: ActorDocument, position: int, end: int, place: Place, name: str, language: str
) -> bool:
    """A one-word foreign place or state at a sentence's start, with no dateline, named by a word of
    the language that is frequent as a word: it stands only with company, another mention of the
    same place on the page (`with_company`). The language's own places need none ("Москва")."""
    if end != position or position not in doc.sentence_first or dateline(doc, position):
        return False
    home = HOME_COUNTRIES.get(language, frozenset()) | WRITTEN_IN.get(language, frozenset())
    if (place.name if place.kind == "state" else place.country) in home:
        return False
    if place.kind != "state" and place.country is None:
        return False  # "Europa", "Afrika": a continent or a world region, named in every language
    word = doc.tokens[position].text.lower()
    frequency = word_frequency(word, language)
    if frequency < _COMMON_WORD:
        return False
    written = word_frequency(name.lower(), language) if name.lower() != word else 0.0
    return frequency - max(written, _named_elsewhere(place, language)) >= _MORE_THAN_A_NAME


# Words that join a sentence's first word to a common noun written in lower case after it: "Вена или
# артерия" (a vein or an artery), "Aba do boné" (a cap's brim). Not "and": "Рим и окрестности" (Rome
# and its surroundings) is the place. German capitalises its nouns: "Pest oder Cholera" (plague or
# cholera) shows it by "or" and a partner that is no place.
_JOINING_A_NOUN: dict[str, frozenset[str]] = words_by_language(
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
    if language in CAPITALISED_NOUNS:
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
    if place.kind == "state" or place.country is None or dateline(doc, position):
        return False
    home = HOME_COUNTRIES.get(language, frozenset()) | WRITTEN_IN.get(language, frozenset())
    return place.country not in home and word_frequency(tokens[position].text.lower(), language) >= _COMMON_WORD


def _village_at_home_named_so(place: Place, words: tuple[str, ...], language: str) -> bool:
    """A foreign town the words name only by another spelling of it (an old name, a local one), where a village
    of the language's own country bears the spelling as its own name: the village is read instead, with its
    cues (`village_mentions`). A city known abroad keeps its names in other languages ("Assunção", "Nova
    Iorque"), which villages at home share."""
    return (
        place.kind != "state"
        and place.population < KNOWN_TOWN
        and place.country not in HOME_COUNTRIES.get(language, ())
        and alternate_spelling(place, words)
        and language in HOME_COUNTRIES
        and " ".join(words) in village_names(language)
    )


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
        and city.country in HOME_COUNTRIES.get(language, ())
        and fold_phrase(city.name) == words
        and city.name.lower() == written.lower()
    ):
        return city
    return place


_RUSSIAN_NOMINATIVE_ENDS = ("ий", "ый", "ой", "ая", "яя", "ое", "ее")
# ...and those of a surname in -ин/-ов declined as one: "встретили в Казани Путиным".
_RUSSIAN_SURNAME_ENDS = ("иным", "ыным", "овым", "евым", "ёвым", "иной", "овой", "евой", "ёвой")
# A German adjective of a region, capitalised inside a name: "die Fränkische Schweiz", "im Bayerischen Wald".
_GERMAN_NAME_ADJECTIVE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+isch(?:e|en|er|es|em)")
# "Greater …" before a city names its area, the city with it: "na Grande São Paulo", "el Gran Buenos Aires".
_GREATER: dict[str, frozenset[str]] = words_by_language(
    {"pt": "grande", "es": "gran", "fr": "grand", "it": "grande", "nl": "groot", "ru": "большой большом большого"}
)
# Nouns for a state's or a town's unit that open its official name: "la Regione Puglia", "o Estado
# Bahia" name the place itself.
_UNIT_NOUNS: dict[str, frozenset[str]] = words_by_language(
    {
        "pt": "estado região município cidade distrito província",
        "es": "región provincia comunidad ciudad estado departamento municipio",
        "it": "regione provincia comune città",
        "fr": "région département province ville",
        "nl": "provincie gemeente stad",
        "el": "περιφέρεια περιφέρειας νομός νομού δήμος δήμου",  # "η Περιφέρεια Θεσσαλίας"
    }
)
# Words that are no name's part in a line written in title case ("Granizo Destrói Safra Em Bento
# Gonçalves"): that many of the line's other longer words capitalised.
_TITLE_CASE_SHARE = 0.6
_TITLE_CASE_WORDS = 2


# Spanish has no "do", "da": between capitalised words they join a Galician (or Portuguese) name.
_GALICIAN_OF: dict[str, frozenset[str]] = words_by_language({"es": "do da dos das"})


def _galician_name_goes_on(doc: ActorDocument, end: int, language: str) -> bool:
    tokens = doc.tokens
    return (
        language in _GALICIAN_OF
        and end + 2 < len(tokens)
        and tokens[end].joined
        and tokens[end + 1].joined
        and tokens[end + 1].text in _GALICIAN_OF[language]
        and tokens[end + 2].text[:1].isupper()
    )


def _part_of_longer_name(doc: ActorDocument, position: int, end: int, language: str, declined: bool) -> bool:
    """'na Serra Gaúcha', 'no Jardim Europa', 'в Ростове Великом', 'die Fränkische Schweiz': a place's
    name with a capitalised word of the same name right after it or before it, mid-sentence, that
    the tables do not hold whole (the longest lookup failed): the name of something else, a region,
    a district, a club. In German every noun is capitalised ("in Dresden Wohnungen"), so only a
    capitalised adjective of a region before the place counts there."""
    tokens = doc.tokens
    if _galician_name_goes_on(doc, end, language):
        return True  # "de Pobra do Brollón": one name, whose first word alone is another village
    # Only a space between: a hyphened name ("Basse-Normandie") is read by its own rules.
    before = (
        position - 1 if position > 0 and doc.text[tokens[position - 1].end : tokens[position].start] == " " else None
    )
    after = end + 1 if end + 1 < len(tokens) and doc.text[tokens[end].end : tokens[end + 1].start] == " " else None
    if apostrophe_stem(tokens[end].text, language) is not None:
        after = None  # "Ankara'da İçişleri Bakanlığı": a Turkish case suffix ends the name
    if before is not None and apostrophe_stem(tokens[before].text, language) is not None:
        before = None  # "Sinop'tan Rize'ye": the name before ended at its own suffix
    if declined and language in CASE_ENDING_LANGUAGES:
        # "Helsingistä Tampereelle", "a Tisza Szegednél": Hungarian and Finnish end a name with its case ending
        # and write few towns' names in two words (those hyphened), so the words beside it are names of their own
        before = after = None
    if before is not None and (
        before in doc.sentence_first
        or not _name_part(doc, before, language, after_place=False, declined=declined)
        or (language not in CAPITALISED_NOUNS and after_place_adjective(doc, position, language))
    ):
        before = None  # "in het Limburgse Genk": a region's adjective before the town, not a longer name
    if after is not None and (
        after in doc.sentence_first or not _name_part(doc, after, language, after_place=True, declined=declined)
    ):
        after = None
    if before is None and after is None:
        return False
    return language in CAPITALISED_NOUNS or not _title_case_line(doc, position, end)


def _name_part(doc: ActorDocument, k: int, language: str, after_place: bool, declined: bool) -> bool:
    """Whether the capitalised word at `k`, next to a place's name (`declined`: written in another
    case than its dictionary form), carries the name on (see `_part_of_longer_name`)."""
    token = doc.tokens[k]
    text = token.text
    if not text.isalpha() or not text[0].isupper() or text.isupper() or text[1:].isupper():
        return False  # "Curitiba PR", "Lisboa TV": a state's or channel's code
    if language in CAPITALISED_NOUNS:
        return not after_place and _GERMAN_NAME_ADJECTIVE.fullmatch(text) is not None
    lower = text.lower()
    if lower in _GREATER.get(language, ()):
        return after_place  # "na Grande São Paulo" is the city's area; "Serra Grande", "Campina Grande" one name
    if lower in _UNIT_NOUNS.get(language, ()):
        return False
    if language == "tr" and after_place and seat_after(doc, k - 1):
        return False  # "Mardin Valisi", "Batman Belediye Başkanı": the town's governor or mayor, the town named
    if lower in FUNCTION_WORDS:
        return False
    if is_given_name(token.folded) or is_surname(token.folded) or is_cyrillic_given_name(text):
        return False  # "Chegaram a Caxias do Sul Fernando e Paulo", "Мэр Москвы Сергей Собянин открыл"
    if language in CYRILLIC:
        if after_place and before_a_region_noun(doc.tokens, k):
            return False  # "в Торжке Тверской области": the region the town lies in, named after it
        if not after_place and compass_adjective(text):
            return False  # "в Центральной России": a part of Russia, Russia named
        if not lower.endswith(RUSSIAN_ADJECTIVE_ENDS) or lower.endswith(_RUSSIAN_SURNAME_ENDS):
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
            word_frequency(word, other)
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


# The longest place name looked up, in words ("Rio Grande do Sul", "Vila Real de Santo António").
_LONGEST = 5

# Two small words inside a town's name: "Mülheim an der Ruhr", "Neumarkt in der Oberpfalz",
# "Rothenburg ob der Tauber" (and "Furth im Wald", "Frankfurt am Main" with one).
_INNER_PAIRS = frozenset([("im",), ("an", "der"), ("in", "der"), ("ob", "der"), ("an", "den"), ("bei", "der")])
# ...and Dutch: "Bergen op Zoom", "Katwijk aan Zee", "Alphen aan den Rijn", "Wijk bij Duurstede"
_INNER_PAIRS |= frozenset([("op",), ("aan",), ("aan", "den"), ("aan", "de"), ("bij",)])
# ...and Czech, Slovak and Polish: "Lipník nad Bečvou", "Bystřice pod Hostýnem", "Nowe Miasto nad Pilicą"
_INNER_PAIRS |= frozenset([("nad",), ("pod",)])
# ...and Norwegian counties joined by "og" (and): "Møre og Romsdal", "Vestfold og Telemark"
_INNER_PAIRS |= frozenset([("og",)])
# ...and regions and states named by two names and "and" in the page's language: "Castilla y León", "Trinidad y
# Tobago", "Friuli e Venezia Giulia", "Bosnia i Hercegovina", "Sachsen und Anhalt" is none (the table decides)
_INNER_PAIRS |= frozenset([("y",), ("e",), ("i",), ("und",), ("et",), ("en",), ("och",), ("és",), ("и",), ("ve",)])
# Words that join a body's name to a place inside it, per language: "Bank of America", "Banco do
# Brasil", "Palácio de São Bento" are no mention of the place. German writes "Regierung von Bayern"
# for the place itself, so only foreign names' words count there.
_NAME_CONNECTORS: dict[str, frozenset[str]] = words_by_language(
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

# Languages whose "of" is their own word for "or": after a town's name it lists a second town, not an
# English name's "of" ("Bank of America").
_OF_IS_OR: dict[str, frozenset[str]] = {"nl": frozenset(["of"])}

# Words for the Virgin or a saint's shrine before "of" and a place, one row per language: "Virgen de la
# Vega", "Nuestra Señora de Guadalupe", "Madonna di Loreto", "Nossa Senhora da Nazaré", "Notre-Dame de
# Lourdes". The dedication names a church, a brotherhood, a firm or a feast.
_DEDICATIONS: dict[str, frozenset[str]] = words_by_language(
    {"es": "Virgen Señora", "it": "Madonna Vergine", "pt": "Senhora Virgem", "fr": "Dame Vierge"}
)


def _known_name_end(doc: ActorDocument, position: int, last: int) -> int:
    """The last word of the longest place's name the tables hold that opens at `position` (`position`
    when none does)."""
    for end in range(_furthest_end(doc, position, last), position, -1):
        if doc.gazetteer.lookup(tuple(doc.tokens[k].folded for k in range(position, end + 1))) is not None:
            return end
    return position


def _merged_villages(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    """Villages merged into one municipality, hyphened, whose first part the tables know as a small
    town elsewhere ("Ebersbach-Neugersdorf" is no Ebersbach an der Fils). A city's name before a
    hyphen names its district ("Berlin-Kreuzberg"), and a known hyphened name is read whole."""
    tokens = doc.tokens
    if position + 1 >= len(tokens) or doc.text[tokens[position].end : tokens[position + 1].start] != "-":
        return None
    if hyphened_place(doc, position, (tokens[position].folded, tokens[position + 1].folded)) is not None:
        return None  # "Baden-Baden", "Sachsen-Anhalt"
    town = doc.gazetteer.lookup((tokens[position].folded,))
    if town is None or town.kind == "state" or is_region(town) or town.population >= HOME_TOWN:
        return None
    return double_village(doc, position, language)


# Prepositions and articles that a name in title case writes with a capital ("Frente Para la Victoria", "Partido
# Por el Cambio"); before a place's name mid-sentence they show the place ends a longer name.
_TITLE_CASE_PREPOSITIONS = frozenset(("para", "por", "pela", "pelo", "pour", "per", "con", "contra", "sin", "sem"))
_SMALL_ARTICLES = frozenset(("la", "el", "los", "las", "le", "les", "il", "lo", "a", "o", "os", "as"))


def _after_a_capitalised_preposition(doc: ActorDocument, position: int) -> bool:
    """Whether a preposition written with a capital mid-sentence (and maybe a small article) stands right before
    `position`, after another capitalised word: the place's name ends a longer name in title case."""
    tokens = doc.tokens
    k = position - 1
    if k >= 0 and tokens[k].text in _SMALL_ARTICLES and tokens[k].joined:
        k -= 1
    if k < 1 or not tokens[k].joined or not tokens[k - 1].joined or k in doc.sentence_first:
        return False
    word, opener = tokens[k], tokens[k - 1]
    return word.text[:1].isupper() and word.text.lower() in _TITLE_CASE_PREPOSITIONS and opener.text[:1].isupper()


# A land's measures by their letters, in the languages' own spelling (gross product, human development, prices,
# a tax): "o PIB do Brasil", "el IPC de España" measure the land and name no body of it.
_MEASURES_BY_LETTERS = frozenset(("PIB", "BIP", "GDP", "IDH", "HDI", "IPC", "CPI", "IVA", "ВВП"))


def _after_a_cyrillic_name(doc: ActorDocument, position: int) -> bool:
    """'колеги Джудіт Коллінз': in Russian or Ukrainian only names are capitalised inside a sentence; a single word
    right after such a word, which names no place of its own, ends a person's name (no place)."""
    tokens = doc.tokens
    if position < 1 or position - 1 in doc.sentence_first or position in doc.sentence_first:
        return False
    before = tokens[position - 1]
    if not before.joined or not before.text[:1].isupper() or not _CYRILLIC_WORD.fullmatch(before.text):
        return False
    if doc.text[before.end : tokens[position].start] != " ":
        return False  # "Ханты-Мансийском": one hyphened name
    if before.text.isupper() or before.text.lower().endswith(_CYRILLIC_ADJECTIVE_ENDS):
        return False  # "ГУ МВД России", "в Центральной Польше": letters or an adjective before the place
    if position + 1 < len(tokens) and tokens[position].joined and tokens[position + 1].text[:1].isupper():
        return False  # a longer run: other rules read it
    return doc.gazetteer.lookup((before.folded,)) is None and before.folded not in doc.lower_case


# Endings of Russian and Ukrainian adjectives (and of nouns' cases before a place: "Мэр Москвы"), which a given name
# before a family name does not have.
_CYRILLIC_ADJECTIVE_ENDS = (
    "ой",
    "ей",
    "ый",
    "ий",
    "ій",
    "ая",
    "яя",
    "ое",
    "ее",
    "ом",
    "ем",
    "ого",
    "его",
    "ому",
    "ему",
    "ую",
    "юю",
    "ые",
    "ие",
    "ых",
    "их",
    "ыми",
    "ими",
    "ою",
    "ею",
    "ої",
)
# A word in Cyrillic letters only (a name, not letters nor a number).
_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff'’-]+")


def _inside_longer_name(doc: ActorDocument, position: int, language: str, after_place: bool = False) -> bool:
    """'Bank of America', 'Banco do Brasil': the place's name ends the name of something else. `after_place`: the
    word before was read as a place (a town before its region: "в Миассе Челябинской области")."""
    if named_after_a_body(doc, position, language):
        return True  # "die AOK Niedersachsen", "die Oberliga Hamburg"
    if _after_a_capitalised_preposition(doc, position):
        return True  # "el Frente Para la Victoria": a body's name in title case, no place in it
    if language in CYRILLIC and not after_place and _after_a_cyrillic_name(doc, position):
        return True  # "візит колеги Джудіт Коллінз": a family name after a given name, no place
    if position < 2:
        return False
    connector, head = doc.tokens[position - 1], doc.tokens[position - 2]
    if (
        connector.text in OF_A_SETTLEMENT.get(language, ())
        and head.text.lower() in RANGE_NOUNS.get(language, ())
        and head.joined
        and connector.joined
        and head.text[0].isupper()
    ):
        return True  # "Picos de Europa": the range is named after the continent, no mention of it
    if (
        connector.text in OF_A_SETTLEMENT.get(language, ())
        and head.text in _DEDICATIONS.get(language, ())
        and head.joined
        and connector.joined
    ):
        return True  # "la cooperativa Virgen de la Vega": a shrine's dedication names the firm, no place here
    if connector.text in _OF_IS_OR.get(language, ()) and doc.gazetteer.lookup((head.folded,)) is not None:
        return False  # "uit Enschede of Hengelo": Dutch "of" is "or" after a town, a list of two
    if head.text in _COMPASS_PARTS.get(language, ()) and connector.text in _NAME_CONNECTORS.get(language, ()):
        return False  # "no Sul do Brasil", "el Norte de España": a part of the place, the place named
    if head.text in _HOSTED_EVENTS.get(language, ()) and connector.text in _NAME_CONNECTORS.get(language, ()):
        return False  # "a Copa do Mundo do Catar", "el Mundial de Qatar": the land that hosts it, named
    if head.text.lower() in _METROPOLITAN.get(language, ()) and connector.text in _NAME_CONNECTORS.get(language, ()):
        return False  # "a Região Metropolitana de Porto Alegre": the city's area, the city named
    if head.text in _TOWN_FACILITIES.get(language, ()) and _known_town(doc, position):
        return False  # "no Porto de Santos": the port is named after the town it serves
    if head.text in _GOVERNMENTS.get(language, ()) and connector.text in _NAME_CONNECTORS.get(language, ()):
        # "o Governo de Angola", "o Governo do Maranhão": the state or province it governs; "o Governo de
        # Montenegro" is Luís Montenegro's, a head of government's family name
        return is_surname(doc.tokens[position].folded)
    if (
        head.text in _JURISDICTION_BODIES.get(language, ())
        or head.text in MUNICIPAL_BODY_WORDS.get(language, ())
        or after_a_municipal_body(doc, position, language)  # "a PSP de Braga": the force's unit in the town
    ):
        return False  # "o Ministério Público do Ceará": the body acts in the state it is named after
    if head.text in _MEASURES_BY_LETTERS and connector.text in _NAME_CONNECTORS.get(language, ()):
        return False  # "o PIB do Brasil", "das BIP Deutschlands": a measure of the land, the land named
    if _department_of(doc, position - 2, language):
        return False  # "a Secretaria de Saúde de Sergipe": a state's or a town's department, named after it
    return (
        connector.text in _NAME_CONNECTORS.get(language, ())
        and head.joined
        and connector.joined
        and head.text[0].isupper()
        and position - 2 not in doc.sentence_first
    )


# Brazil writes the "-ão" of a foreign town's Portuguese name as "-ã" ("Roterdã" for Roterdão,
# Rotterdam); the tables may hold only one. A word of the language so spelled ("Maçã", an apple, is
# no Macao) is left alone, and so is a small town.
_BRAZILIAN_NASAL = "ã"
_NASAL_WORD = 3.5


def _brazilian_spelling(doc: ActorDocument, end: int, words: tuple[str, ...], language: str) -> Place | None:
    word = doc.tokens[end].text
    if language != "pt" or not word.endswith(_BRAZILIAN_NASAL) or word_frequency(word.lower(), language) >= _NASAL_WORD:
        return None
    place = doc.gazetteer.lookup((*words[:-1], words[-1] + "o"))
    if place is None or place.kind == "state" or place.population < KNOWN_TOWN:
        return None
    return place


# Angola writes the Bantu names of its provinces both ways: the Portuguese spelling the tables hold ("Cuanza-Sul",
# "Cuando Cubango", "Lunda-Norte") and the Bantu one with k and w ("Kwanza-Sul", "Kuando Kubango"), and the
# compass half after a space as often as after a hyphen ("Lunda Norte"). Only a place of Angola is so read.
_ANGOLAN_COMPASS = frozenset(["norte", "sul", "leste", "oeste"])
_BANTU_SPELLING = (("kw", "cu"), ("ka", "ca"), ("ko", "co"), ("ku", "cu"))


def _angolan_spelling(doc: ActorDocument, words: tuple[str, ...], language: str) -> Place | None:
    if language != "pt":
        return None
    spellings = [words]
    if any(word.startswith("k") or "-k" in word for word in words):
        portuguese = []
        for word in words:
            for bantu, latin in _BANTU_SPELLING:
                word = word.replace(bantu, latin)
            portuguese.append(word)
        spellings.append(tuple(portuguese))
    for spelling in list(spellings):
        if len(spelling) == 2 and spelling[1] in _ANGOLAN_COMPASS:
            spellings.append((f"{spelling[0]}-{spelling[1]}",))
    for spelling in spellings[1:]:
        place = doc.gazetteer.lookup(spelling)
        if place is not None and place.country == "Angola":
            return place
    return None


# Parts of a country or a region by the compass, capitalised before "of" and its name: "no Sul do
# Brasil", "o Norte de Portugal", "el Sur de España" name a part of the place, so the place itself.
# The last word of a tournament's name before the land that hosts it: "Copa do Mundo do Catar", "Mundial de Qatar".
_HOSTED_EVENTS: dict[str, frozenset[str]] = words_by_language(
    {"pt": "Mundo Mundial", "es": "Mundo Mundial", "it": "Mondiale Mondiali"}
)
_COMPASS_PARTS: dict[str, frozenset[str]] = words_by_language(
    {
        "pt": "Norte Sul Leste Oeste Nordeste Noroeste Sudeste Sudoeste Centro",
        "es": "Norte Sur Este Oeste Noreste Noroeste Sureste Suroeste Centro",
    }
)


# A port or an airport named after its town, capitalised as its name ("Porto de Santos", "Aeroporto de
# Recife"): the town is where the news is, unlike a bank or a palace named after a place.
_TOWN_FACILITIES: dict[str, frozenset[str]] = words_by_language({"pt": "Porto Aeroporto"})
# The adjective of a city's metropolitan area, before "of" and the city: "Região Metropolitana do Recife",
# "Área Metropolitana de Barcelona", "Città metropolitana di Torino".
_METROPOLITAN: dict[str, frozenset[str]] = words_by_language(
    {"pt": "metropolitana", "es": "metropolitana", "it": "metropolitana", "fr": "métropolitaine"}
)


# Courts, prosecutors and police named after the state or town they serve, by the last word before
# "of" ("Ministério Público do Ceará", "Tribunal de Justiça da Bahia", "Polícia Civil de Goiás",
# "Tribunal do Júri de Natal"): the place is where the case is, unlike a bank's or a club's name.
_JURISDICTION_BODIES: dict[str, frozenset[str]] = words_by_language(
    {
        "pt": "Público Pública Justiça Civil Militar Júri Eleitoral Legislativa"
        # "a Justiça do Estado de Goiás": Brazil writes the noun for a state capitalised before the state's name
        " Estado"
        # "a Polícia da República de Moçambique", "da República da África do Sul": a republic is named after its state
        " República",
        # "el Gobierno Civil de Jaén", "la Guardia Civil de Jódar", "la Policía Local de Ourense", "el Tribunal Superior
        # de Justicia de Galicia": the state's or the town's body in the province or the town it is named after
        "es": "Civil Local Justicia Público Pública",
    }
)


# A government, named after the state or province it governs: "o Governo de Angola", "o Governo do Maranhão".
_GOVERNMENTS: dict[str, frozenset[str]] = words_by_language({"pt": "Governo"})


# A government's department, named by its field and the state or town it serves: "Secretaria de
# Saúde de Sergipe", "Secretaria da Fazenda do Piauí".
_DEPARTMENT_NOUNS: dict[str, frozenset[str]] = words_by_language({"pt": "Secretaria Secretarias"})
# ...with the level of government between ("Secretaria Municipal de Saúde de Campinas", "Direcção Provincial da
# Educação do Huambo"): the field still comes first, the town or province after it.
# (`municipal_bodies.DEPARTMENT_LEVELS`, `DEPARTMENTS_WITH_A_LEVEL`)


def _department_of(doc: ActorDocument, field: int, language: str) -> bool:
    """Whether the capitalised word at `field` names a department's field right after its noun and "of"."""
    tokens = doc.tokens
    if field < 2 or not tokens[field].text[:1].isupper():
        return False
    noun, of = tokens[field - 2], tokens[field - 1]
    leveled = (
        field >= 3
        and noun.text in DEPARTMENT_LEVELS.get(language, ())
        and tokens[field - 3].text in DEPARTMENTS_WITH_A_LEVEL.get(language, ())
        and tokens[field - 3].joined
    )
    return (
        (noun.text in _DEPARTMENT_NOUNS.get(language, ()) or leveled)
        and of.text in _NAME_CONNECTORS.get(language, ())
        and noun.joined
        and of.joined
    )


def _known_town(doc: ActorDocument, position: int) -> bool:
    place = doc.gazetteer.lookup((doc.tokens[position].folded,))
    return place is not None and place.kind != "state" and place.population >= KNOWN_TOWN


def _furthest_end(doc: ActorDocument, position: int, last: int) -> int:
    """How far a place's name may reach: to the run's end, or past small words inside a name
    ("Rio Grande do Sul") when a capitalised word follows them."""
    tokens = doc.tokens
    end = last
    while end + 1 < len(tokens) and end + 1 - position < _LONGEST:
        if end > last and tokens[end].joined and tokens[end + 1].text[:1].isupper():
            end += 1  # past a small word, the name's capitalised words go on: "de Santo António"
            continue
        if end + 2 >= len(tokens) or end + 2 - position >= _LONGEST:
            break
        inner, after = tokens[end + 1], tokens[end + 2]
        if tokens[end].joined and inner.joined and inner.text in INNER_WORDS and after.text[0].isupper():
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
