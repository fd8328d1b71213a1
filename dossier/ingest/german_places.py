"""German places the gazetteer does not hold whole, read from their shape: the genitive of a region
("Sachsen-Anhalts"), lakes ("am Tegernsee"), landscapes ("im Münsterland", "der Chiemgau"), valleys
("im Zillertal") and districts ("der Main-Kinzig-Kreis").

German capitalises every noun, so a capitalised compound is no name by itself: each rule here asks
for the ending of such a place and an article or preposition before it, and refuses frequent words.
"""

from __future__ import annotations

import re

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.gazetteer import Place, is_region
from dossier.ingest.grouping import Candidate
from dossier.ingest.landscapes import BARE_HISTORIC_LANDS, landscape_names
from dossier.ingest.names import fold, word_set
from dossier.ingest.other_language_common import (
    FREQUENT_WORD,
    HOME_COUNTRIES,
    HOME_TOWN,
    KNOWN_TOWN,
    LONGEST_HYPHEN_CHAIN,
    WRITTEN_IN,
    counted,
    gap_after,
    place_candidate,
    surname_after_given_name,
    word_frequency,
)
from dossier.ingest.place_evidence import LARGE_CITY
from dossier.ingest.rivers import GERMAN_RIVERS
from dossier.ingest.town_support import home_namesake
from dossier.model import ActorKind

# Words before a common noun's genitive ("des Essens", "eines Essens"): a place's genitive takes none.
_GENITIVE_ARTICLES = frozenset(
    ["des", "eines", "dieses", "jenes", "jedes", "keines", "meines", "deines", "seines", "ihres", "unseres", "eures"]
)


def german_genitive(doc: ActorDocument, position: int, language: str) -> Candidate | None:
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
    if counted(doc, position, language):
        return None  # "einige Kilos abgenommen": a plural, counted
    first = position
    while first > 0 and doc.text[tokens[first - 1].end : tokens[first].start] in ("-", "‐"):
        first -= 1  # "Schleswig-Holsteins": the tokens split at the hyphen
    stem = doc.text[tokens[first].start : token.end - 1]
    words = tuple(fold(part) for part in stem.split("-"))
    if doc.gazetteer.lookup((fold(doc.text[tokens[first].start : token.end]),)) is not None:
        return None  # "Paris", "Athens": the "s" is the name's own
    place = doc.gazetteer.lookup(("-".join(words),)) or doc.gazetteer.lookup(words)
    if place is None or (place.kind != "state" and place.population < _genitive_town_size(place)):
        return None
    if stem.lower() in doc.lower_case or surname_after_given_name(doc, first):
        return None
    if place.population < LARGE_CITY and (
        (first > 0 and tokens[first - 1].text in _ADDRESS_WORDS)  # "Frau Triers Antrag": a person's genitive
        or fold(stem) in doc.given_surnames  # "Hagens Sprecher" beside a minister Bettina Hagen
        or (position + 1 < len(tokens) and tokens[position + 1].text in _TEAM_WORDS)  # "Bochums Trainer": the club's
    ):
        return None
    frequency = word_frequency(word.lower(), language)
    if frequency >= FREQUENT_WORD or frequency >= word_frequency(stem.lower(), language):
        return None
    kind = ActorKind.state if place.kind == "state" else ActorKind.place
    return place_candidate(first, position, stem, place, kind)


_ADDRESS_WORDS = frozenset(["Herr", "Herrn", "Frau", "Dr", "Prof"])
_TEAM_WORDS = frozenset(
    [
        "Trainer",
        "Cheftrainer",
        "Coach",
        "Torwart",
        "Keeper",
        "Kapitän",
        "Stürmer",
        "Abwehr",
        "Mannschaft",
        "Elf",
        "Kader",
        "Fans",
        "Anhänger",
        "Sportdirektor",
        "Spieler",
        "Torjäger",
        "Sieg",
        "Niederlage",
    ]
)


def _genitive_town_size(place: Place) -> int:
    """A German or Austrian city of some size is named in the genitive as often as a city of a million
    abroad ("die Altstadt Regensburgs", "Salzburgs Festspiele")."""
    return KNOWN_TOWN if place.country in HOME_COUNTRIES["de"] else LARGE_CITY


def german_dative_plural(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    """'aus den Niederlanden': a state named in the plural takes "n" after the dative article."""
    tokens = doc.tokens
    word = tokens[position].text
    if language != "de" or position == 0 or tokens[position - 1].text.lower() != "den" or not word.endswith("en"):
        return None
    place = doc.gazetteer.lookup((fold(word[:-1]),))
    if place is None or place.kind != "state":
        return None
    return place_candidate(position, position, word[:-1], place, ActorKind.state)


# A state's name of several words opening with an adjective declines it after an article: "der
# Vereinigten Staaten", "in den Vereinigten Arabischen Emiraten", "im Vereinigten Königreich", "der
# Tschechischen Republik". Each word in "-en" may be the name's "-e" or "-es" form, or a plural's dative.
_LONGEST_DECLINED_STATE = 4


def german_declined_state(doc: ActorDocument, position: int, last: int, language: str) -> Candidate | None:
    """'den Vereinigten Staaten' -> the United States: a state's name of several words, declined."""
    tokens = doc.tokens
    if language != "de" or not tokens[position].text.endswith("en"):
        return None
    for end in range(min(last, position + _LONGEST_DECLINED_STATE - 1), position, -1):
        readings: list[tuple[str, ...]] = [()]
        for k in range(position, end + 1):
            word = tokens[k].folded
            forms = (word, word[:-1], word[:-1] + "s") if word.endswith("en") else (word, word.removesuffix("s"))
            readings = [(*reading, form) for reading in readings for form in dict.fromkeys(forms)]
        for words in readings:
            place = doc.gazetteer.lookup(words)
            if place is not None and place.kind == "state":
                name = doc.text[tokens[position].start : tokens[end].end]
                return place_candidate(position, end, name, place, ActorKind.state)
    return None


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


# A compass point joined to "See" (the sea, feminine: "in der Nordsee", "an die Ostsee") names a sea
# with whatever article or none: no lake is named by a compass point alone.
_COMPASS_SEAS = frozenset(["nordsee", "ostsee", "südsee", "westsee"])


def german_lake(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    tokens = doc.tokens
    word = tokens[position].text
    if language == "de" and word.lower() in _COMPASS_SEAS and word[1:].islower():
        # "der Ostsee-Anzeiger", "das Hotel Ostsee": the sea's name inside another name
        inside = (position + 1 < len(tokens) and gap_after(doc, position) == "-") or (
            position > 0 and position not in doc.sentence_first and tokens[position - 1].text[:1].isupper()
        )
        return None if inside else place_candidate(position, position, word, Place(word, "place"), ActorKind.place)
    if language != "de" or position == 0 or not tokens[position - 1].joined:
        return None
    if tokens[position - 1].text.lower() not in _LAKE_ARTICLES:
        return None
    name = word[:-1] if word.endswith("sees") else word
    stem = name[:-3]
    if not name.endswith("see") or len(stem) < _SHORTEST_LAKE_STEM or not stem.isalpha() or not stem[1:].islower():
        return None
    if word_frequency(stem.lower(), language) >= _LAKE_STEM_WORD and not _named_lake_with_a_word(doc, position, stem):
        return None
    return place_candidate(position, position, name, Place(name, "place"), ActorKind.place)


# A reservoir is named after its noun: "am Stausee Hohenwarte", "an der Talsperre Bleiloch", "der Talsperre
# Pöhl"; the name, a rare word (a village's or a valley's), is drafted with the noun, as the news writes it.
_RESERVOIR_NOUNS = frozenset(
    ["Stausee", "Stausees", "Talsperre", "Speichersee", "Speichersees", "Trinkwassertalsperre"]
)
_RESERVOIR_NAME_WORD = 4.0


def german_reservoir(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    """'am Stausee Hohenwarte', 'an der Talsperre Bleiloch': a reservoir's noun and its one-word name."""
    tokens = doc.tokens
    if language != "de" or tokens[position].text not in _RESERVOIR_NOUNS or position + 1 >= len(tokens):
        return None
    name = tokens[position + 1].text
    if not tokens[position].joined or not name.isalpha() or not name[:1].isupper() or not name[1:].islower():
        return None
    if word_frequency(name.lower(), language) >= _RESERVOIR_NAME_WORD:
        return None  # "der Stausee Liegt": a word, no name
    if position + 2 < len(tokens) and tokens[position + 1].joined and tokens[position + 2].text[:1].isupper():
        return None  # "Talsperre Pöhl GmbH": a longer name
    noun = tokens[position].text.removesuffix("s") if tokens[position].text.endswith("sees") else tokens[position].text
    full = f"{noun} {name}"
    return place_candidate(position, position + 1, full, Place(full, "place"), ActorKind.place)


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
    # a plain and a lake district: "an die Hohenloher Ebene", "die Oberrheinische Tiefebene", "die Mecklenburgische
    # Seenplatte"; "auf der Bonner Ebene" is a level of government (`_LEVEL_NOT_PLAIN`)
    "Ebene": _FEMININE_ARTICLES,
    "Tiefebene": _FEMININE_ARTICLES,
    "Seenplatte": _FEMININE_ARTICLES,
    "Wald": frozenset(["im", "am", "vom", "zum", "den", "dem"]),
    "Waldes": frozenset(["des"]),
    "Land": frozenset(["im", "ins", "vom", "zum", "dem", "das"]),
    "Landes": frozenset(["des"]),
    "Becken": frozenset(["im", "ins", "vom", "zum", "dem", "das"]),
    # a district named by a region's adjective only ("im Märkischen Kreis"): read by `_REGION_ADJECTIVE`
    "Kreis": frozenset(["im", "vom", "zum", "dem", "den", "der"]),
    "Kreises": frozenset(["des"]),
}
# Nouns read after a region's adjective in "-isch" only: "im Osnabrücker Kreis" is a circle of people.
_REGION_ADJECTIVE_ONLY = frozenset(["Kreis"])
# "auf der Berliner Ebene": "on" before the article makes the plain a level of government
_LEVEL_NOT_PLAIN = ("Ebene", "auf")


# A region's adjective in "-isch" before a landscape's noun, as a weak adjective declines it after an
# article ("Schwäbischen", "Bayerische"), and the nominative's ending each noun's gender asks for.
_REGION_ADJECTIVE = re.compile(r"([A-ZÄÖÜ][a-zäöüß]{2,}isch)(?:e|en)")
_LANDSCAPE_GENDER_ENDINGS = {
    "Wald": "er",
    "Heide": "e",
    "Börde": "e",
    "Bucht": "e",
    "Marsch": "e",
    "Ebene": "e",
    "Tiefebene": "e",
    "Seenplatte": "e",
    "Land": "es",
    "Kreis": "er",
}


def german_lake_of_a_town(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    tokens = doc.tokens
    word = tokens[position].text
    if language != "de" or position == 0 or position + 1 >= len(tokens) or not tokens[position - 1].joined:
        return None
    before = position - 1
    if tokens[before].text in _PART_ADJECTIVES and before > 0 and tokens[before - 1].joined:
        before -= 1  # "aus dem ganzen Bayerischen Wald", "im östlichen Thüringer Wald"
    following, article = tokens[position + 1].text, tokens[before].text.lower()
    noun = _LAKE_NOUNS.get(following) if article in _LAKE_ARTICLES else None
    if noun is None and article in _LANDSCAPE_NOUNS.get(following, ()):
        noun = following.removesuffix("es") if following.endswith("es") else following
    if noun is None and article in _LANDSCAPE_NOUNS["Land"] and _land_of_a_place(doc, following, language):
        noun = following  # "im Oldenburger Münsterland": a town's adjective before a land named after a town
    if noun is None or not tokens[position].joined:
        return None
    if noun == _LEVEL_NOT_PLAIN[0] and before > 0 and tokens[before - 1].text.lower() == _LEVEL_NOT_PLAIN[1]:
        return None
    regional = _REGION_ADJECTIVE.fullmatch(word)
    if regional is not None and noun in _LANDSCAPE_GENDER_ENDINGS:
        # "im Schwäbischen Wald", "in der Sächsischen Heide": a region's adjective, declined, read back to
        # the name's nominative ("Schwäbischer Wald"); a district too ("des Märkischen Kreises")
        name = f"{regional.group(1)}{_LANDSCAPE_GENDER_ENDINGS[noun]} {noun}"
        return place_candidate(position, position + 1, name, Place(name, "place"), ActorKind.place)
    if noun in _REGION_ADJECTIVE_ONLY:
        return None
    if len(word) < _SHORTEST_TOWN_ADJECTIVE or not word.endswith("er") or not word.isalpha() or not word[1:].islower():
        return None
    state = doc.gazetteer.lookup((fold(word[:-2]),))
    if state is not None and state.kind == "state":
        return None  # "am Schweizer See": a Swiss lake, not one named so
    name = f"{word} {noun}"
    return place_candidate(position, position + 1, name, Place(name, "place"), ActorKind.place)


# "im Allgäu", "aus dem Breisgau", "ins Rheingau": a landscape named by a compound in "-gau" (a
# district of old), which the tables do not hold; no common noun ends so.
_GAU_ENDINGS = ("gau", "gäu")
_SHORTEST_GAU_STEM = 2


# Adjectives of a part of a landscape between the article and its name: "im oberen Murrtal", "aus dem
# südlichen Ammerland", "im ganzen Kraichgau".
_PART_ADJECTIVES = word_set(
    "oberen unteren mittleren hinteren vorderen inneren äußeren nördlichen südlichen östlichen westlichen ganzen"
    " gesamten ganze gesamte"
)
# Articles that open a landscape's name only with such an adjective between: "für das ganze Allgäu",
# "durch die gesamte Ortenau" (alone, "das", "die" precede every noun).
_ARTICLES_BEFORE_A_PART = frozenset(["das", "die", "der"])


def _german_word_after_article(doc: ActorDocument, position: int, language: str) -> str | None:
    """The word at `position` when it follows "im", "ins", "aus dem"... in German text (an adjective
    of a part between: "im oberen Murrtal"), else None."""
    tokens = doc.tokens
    if language != "de" or position == 0 or not tokens[position - 1].joined:
        return None
    article = position - 1
    articles = _LAKE_ARTICLES | {"ins"}
    if tokens[article].text in _PART_ADJECTIVES and article > 0 and tokens[article - 1].joined:
        article -= 1
        articles |= _ARTICLES_BEFORE_A_PART
    if tokens[article].text.lower() not in articles:
        return None
    return tokens[position].text


def german_gau(doc: ActorDocument, position: int, language: str) -> Candidate | None:
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
    return place_candidate(position, position, name, Place(name, "place"), ActorKind.place)


# "in Ostfriesland", "im Ammerland", "aus dem Wendland": a landscape named by a compound in "-land"
# that the tables do not hold. A common noun in "-land" takes an article ("im Nachbarland") unless
# it is a mass noun of land use ("in Bauland umgewidmet"), and its first part is a word of the
# language ("nachbar", "bau"); a landscape's first part is a river's or a people's name, rare as a
# word ("ostfries", "ammer", "wend"). After an article the first part must be rarer still.
_LAND_STEM_BARE = 3.5
_LAND_STEM_AFTER_ARTICLE = 3.0
_SHORTEST_LAND_STEM = 3
_BARE_LAND_PREPOSITIONS = frozenset(["in", "aus", "nach"])


# Nouns for a region or a district, capitalised, before a landscape's name as an article is.
_REGION_NOUNS = frozenset(["Region", "Landkreis", "Landkreises", "Kreis", "Kreises"])


def german_land(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    tokens = doc.tokens
    word = tokens[position].text
    if language != "de" or position == 0 or not tokens[position - 1].joined:
        return None
    opening = position - 1 in doc.sentence_first  # "In Schlesien regnet es"
    if tokens[position].folded in BARE_HISTORIC_LANDS and (
        (tokens[position - 1].text.lower() if opening else tokens[position - 1].text) in _BARE_LAND_PREPOSITIONS
        or (
            tokens[position - 1].text == "und"
            and position >= 2
            and tokens[position - 2].joined
            and tokens[position - 2].folded in BARE_HISTORIC_LANDS
        )
    ):
        return place_candidate(position, position, word, Place(word, "place"), ActorKind.place)  # "aus Böhmen"
    if not word.endswith("land") or not word.isalpha() or not word[1:].islower():
        return None
    stem = word[:-4].lower()
    if len(stem) < _SHORTEST_LAND_STEM:
        return None
    before = tokens[position - 1].text
    if before in _BARE_LAND_PREPOSITIONS:
        ceiling = _LAND_STEM_BARE
    elif before.lower() in _LAKE_ARTICLES | {"ins"} or before in _REGION_NOUNS:
        ceiling = _LAND_STEM_AFTER_ARTICLE  # "die Region Friesland", "im Landkreis Ammerland" as "im Ammerland"
    else:
        return None
    stems = [stem, stem[:-1] if stem.endswith("s") else stem, stem[:-2] if stem.endswith("es") else stem]
    if max(word_frequency(form, language) for form in stems) >= ceiling:
        return None  # "im Nachbarland", "in Bauland", "im Urlaubsland" (Urlaub): common nouns
    return place_candidate(position, position, word, Place(word, "place"), ActorKind.place)


# "im Münsterland", "ins Emsland", "im Frankenwald", "am Oderbruch": a land named by a compound of a
# town, a region or a river the tables know and a noun for a stretch of land. A common noun of that
# shape opens with a word that is no such place ("Stadtwald", "Steinbruch", "Nachbarland"); a small
# town's name is too often a word as well ("Stein"), so the place must be of some size.
_LAND_HEADS = ("land", "wald", "bruch", "mark", "heide", "marsch", "gebirge")
_SHORTEST_PLACE_STEM = 3


def german_land_of_a_place(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    tokens = doc.tokens
    word = tokens[position].text
    if language != "de" or position == 0 or not tokens[position - 1].joined or not tokens[position - 1].text.islower():
        return None
    if not word.isalpha() or not word[1:].islower() or not _land_of_a_place(doc, word, language):
        return None
    return place_candidate(position, position, word, Place(word, "place"), ActorKind.place)


def _land_of_a_place(doc: ActorDocument, word: str, language: str) -> bool:
    """Whether the word is a compound of a river or of a known place of some size and a noun for land."""
    head = next((end for end in _LAND_HEADS if word.endswith(end)), None)
    if head is None or len(word) - len(head) < _SHORTEST_PLACE_STEM:
        return False
    stem = word[: len(word) - len(head)]
    if stem in GERMAN_RIVERS:
        return True
    place = doc.gazetteer.lookup((fold(stem),))
    if place is None or place.kind == "state" or not (is_region(place) or place.population >= HOME_TOWN):
        return False
    if place.country not in HOME_COUNTRIES.get(language, frozenset()) | WRITTEN_IN.get(language, frozenset()):
        return False  # "Bauland": building land, whatever town of Malaysia is named Bau
    # "Ausland", "Einbruch": "aus", "ein" are words first, whatever town GeoNames spells so
    return word_frequency(stem.lower(), language) < _STEM_AS_A_WORD


_STEM_AS_A_WORD = 5.0  # "Münster" 4.6 names the town; "aus" 6.6 is a preposition


# "im Zillertal", "ins Ahrtal", "aus dem Neckartal": a valley named by a compound in "-tal" after its
# river, which the tables do not hold. A common noun in "-tal" is a frequent word whole ("Kapital",
# "Portal") or opens with a frequent word ("Seitental", "Hochtal", "Flusstal": 4.4 and above); a
# river's name is rarer ("Inn" 3.9, "Neckar" 4.0, "Ahr" 2.9). A compound that ends in a common noun
# in "-tal" is that noun ("Vorjahresquartal": a quarter, "Bürgerportal": a portal), however rare
# the compound: no valley's name ends in a frequent word longer than "Tal" ("mühltal" 2.4).
_VALLEY_WORD, _VALLEY_STEM, _VALLEY_TAIL = 3.1, 4.2, 3.0
_SHORTEST_VALLEY_TAIL = 5


# A part of the Alps named by the adjective of a valley, a town or a land before "Alpen": "die Ötztaler
# Alpen", "in den Stubaier Alpen", "die Allgäuer Alpen", "die Kitzbüheler Alpen".
_ALPS = frozenset(["Alpen", "Voralpen"])
_SHORTEST_ALPS_ADJECTIVE = 6
_ALPS_ADJECTIVE_WORD = 3.0  # Zipf: "Ötztaler", "Stubaier" are rare words; "Wanderer", "Bauer" are not


def german_alps(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    tokens = doc.tokens
    if language != "de" or position + 1 >= len(tokens) or tokens[position + 1].text not in _ALPS:
        return None
    word = tokens[position].text
    if (
        not tokens[position].joined
        or not word.isalpha()
        or not word[1:].islower()
        or not word.endswith("er")
        or len(word) < _SHORTEST_ALPS_ADJECTIVE
        or word_frequency(word.lower(), language) >= _ALPS_ADJECTIVE_WORD
    ):
        return None  # "der Wanderer Alpen": a noun in -er, no valley's adjective
    name = f"{word} {tokens[position + 1].text}"
    return place_candidate(position, position + 1, name, Place(name, "place"), ActorKind.place)


# A hill country named a "Switzerland" after its land: "in der Sächsischen Schweiz", "die Fränkische Schweiz",
# "der Holsteinischen Schweiz" (an adjective in -isch before "Schweiz"), a landscape, not the state; drafted in
# the nominative.
_SWISS_ADJECTIVE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{2,}ische[n]?")


def german_switzerland(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    tokens = doc.tokens
    if language != "de" or position + 1 >= len(tokens) or tokens[position + 1].text != "Schweiz":
        return None
    word = tokens[position].text
    if not tokens[position].joined or _SWISS_ADJECTIVE.fullmatch(word) is None:
        return None
    name = f"{word.removesuffix('n')} Schweiz"
    return place_candidate(position, position + 1, name, Place(name, "place"), ActorKind.place)


# A valley is neuter ("das Tal"): "über Altena und das Lennetal", "durchs Ahrtal" name it as "im Lennetal" does.
_NEUTER_ARTICLES = frozenset(["das", "durchs", "übers", "ans", "aufs", "fürs"])


def german_valley(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    word = _german_word_after_article(doc, position, language)
    if word is None and language == "de" and position > 0 and doc.tokens[position - 1].joined:
        word = doc.tokens[position].text if doc.tokens[position - 1].text.lower() in _NEUTER_ARTICLES else None
    if word is None:
        return None
    name = word[:-1] if word.endswith("tals") else word
    stem = name[:-3].lower()
    if not name.endswith("tal") or not name.isalpha() or not name[1:].islower() or len(stem) < _SHORTEST_LAND_STEM:
        return None
    if word_frequency(name.lower(), language) >= _VALLEY_WORD or word_frequency(stem, language) >= _VALLEY_STEM:
        return None
    lowered = name.lower()
    tails = (lowered[start:] for start in range(1, len(lowered) - _SHORTEST_VALLEY_TAIL + 1))
    if any(word_frequency(tail, language) >= _VALLEY_TAIL for tail in tails):
        return None  # "im Vorjahresquartal", "im Internetportal": a quarter, a portal
    return place_candidate(position, position, name, Place(name, "place"), ActorKind.place)


# German districts named by their parts joined with hyphens: "der Main-Kinzig-Kreis", "im Landkreis
# Main-Spessart", "im Kreis Siegen-Wittgenstein".
_DISTRICT_WORD = "Kreis"
_DISTRICT_NOUNS = frozenset(["Landkreis", "Landkreises", "Kreis", "Kreises"])
# "der Regierungsbezirk Arnsberg", "des Regierungsbezirks Detmold": a Land's administrative region, named after its
# seat as a district is; drafted under the noun in the nominative.
_REGION_OF_A_LAND = {"Regierungsbezirk": "Regierungsbezirk", "Regierungsbezirks": "Regierungsbezirk"}
_REGION_OF_A_LAND["Regierungsbezirkes"] = "Regierungsbezirk"


def german_district(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    """'der Main-Kinzig-Kreis', 'im Landkreis Main-Spessart': capitalised parts joined by hyphens,
    closed by "-Kreis" or after a noun for a district."""
    if language != "de":
        return None
    tokens = doc.tokens
    if position >= 1 and gap_after(doc, position - 1) == "-":
        return None  # the chain opens before
    end = position
    while end + 1 < len(tokens) and gap_after(doc, end) == "-" and end - position < LONGEST_HYPHEN_CHAIN:
        end += 1
    parts = [tokens[k].text for k in range(position, end + 1)]
    if len(parts) < 2 or not all(part.isalpha() and part[0].isupper() and part[1:].islower() for part in parts):
        return None
    after_noun = position >= 1 and _district_noun(tokens[position - 1].text) and tokens[position - 1].joined
    if parts[-1] != _DISTRICT_WORD and not after_noun:
        return None
    if parts[-1] == _DISTRICT_WORD and len(parts) < 3 and not _two_part_district(doc, position, end):
        return None  # "Rhein-Kreis" is too little to tell
    # "Saale-Orla-Kreis": "Kreis" after a given name's spelling ("Orla") is the district's noun, no family name
    if any(fold(part) in doc.given_surnames for part in parts if part != _DISTRICT_WORD):
        return None
    name = doc.text[tokens[position].start : tokens[end].end]
    return place_candidate(position, end, name, Place(name, "place"), ActorKind.place)


# The first part of a district named by two ("im Ilm-Kreis", "des Ennepe-Ruhr-Kreises" has three) is a rare word:
# "im Rhein-Kreis Neuss" names the district by more, and "Rhein" alone (4.6) is a river's and a word's.
_DISTRICT_PART_WORD = 4.0


def _two_part_district(doc: ActorDocument, position: int, end: int) -> bool:
    """'im Ilm-Kreis', 'aus dem Ilm-Kreis': a rare word and "-Kreis" after an article, no name after them."""
    tokens = doc.tokens
    return (
        _german_word_after_article(doc, position, "de") is not None
        and word_frequency(tokens[position].text.lower(), "de") < _DISTRICT_PART_WORD
        and not (end + 1 < len(tokens) and tokens[end].joined and tokens[end + 1].text[:1].isupper())
    )


def _district_noun(word: str) -> bool:
    """'Landkreis', and a rare compound so ending before a district's name: 'im Nachbarkreis
    Siegen-Wittgenstein', the official 'Eifelkreis Bitburg-Prüm' (a frequent one is something else:
    'im Wahlkreis Mitte-Nord' is a constituency)."""
    if word in _DISTRICT_NOUNS or word in _REGION_OF_A_LAND:
        return True
    compound = word[:1].isupper() and word[1:].islower() and word.endswith(_KREIS_ENDINGS)
    return compound and word_frequency(word.lower(), "de") < _KREIS_WORD


def german_district_of_a_town(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    """'der Landkreis Göppingen', 'des Kreises Unna', 'im Landkreis Neustadt an der Waldnaab': a noun for
    a district and a town the gazetteer knows: the district named after its seat, not the town. The
    draft is named so, the town's name kept beside it."""
    tokens = doc.tokens
    if language != "de" or position + 1 >= len(tokens) or not _district_noun(tokens[position].text):
        return None
    # "im Nachbarkreis Cloppenburg", "im Altkreis Wittlage": a compound says what the district is to the
    # page, not its name; the district is drafted under its seat's name. A compound of a land is the
    # district's own name ("im Altmarkkreis Salzwedel"), read whole.
    noun = tokens[position].text
    compound = (
        noun not in _DISTRICT_NOUNS
        and noun not in _REGION_OF_A_LAND
        and fold(noun.removesuffix("es")[: -len("kreis")]) not in landscape_names(language)
    )
    town = tokens[position + 1]
    if gap_after(doc, position) != " " or not town.text.isalpha() or not town.text[0].isupper():
        return None
    if position + 2 < len(tokens) and gap_after(doc, position + 1) == "-":
        return None  # "im Landkreis Main-Spessart" is read whole by `german_district`
    for end in range(min(len(tokens) - 1, position + _LONGEST_TOWN_NAME), position, -1):
        if any(gap_after(doc, k) != " " for k in range(position, end)):
            continue
        words = tuple(tokens[k].folded for k in range(position + 1, end + 1))
        place = doc.gazetteer.lookup(words)
        if place is not None and place.kind != "state" and town.folded not in doc.given_surnames:
            place = home_namesake(place, words, language)  # "Landkreis Cham": Bavaria's, not Damascus
            if compound:
                seat = doc.text[town.start : tokens[end].end]
                return place_candidate(position + 1, end, seat, place, ActorKind.place)
            noun = _REGION_OF_A_LAND.get(tokens[position].text) or tokens[position].text.removesuffix("es")
            name = f"{noun} {doc.text[town.start : tokens[end].end]}"
            return place_candidate(position, end, name, place, ActorKind.place)
    return None


_LONGEST_TOWN_NAME = 4  # "Neustadt an der Waldnaab"


# "im Ostalbkreis", "aus dem Enzkreis", "der Wetteraukreis": a district named by one compound of a
# landscape or a river and "-kreis", which the tables do not hold. A common noun so ending opens with
# a frequent word ("Freundeskreis", "Wahlkreis", "Führungskreis": its linking "s" dropped) or is one
# itself; a district's compound and its stem are rarer (Zipf: "Ostalb" 3.0, "Enz" 2.9, "Saale" 3.9).
_KREIS_ENDINGS = ("kreis", "kreises")
_KREIS_WORD, _KREIS_STEM = 3.3, 4.0
_SHORTEST_KREIS_STEM = 3


def german_kreis(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    tokens = doc.tokens
    word = _german_word_after_article(doc, position, language)
    if word is None and language == "de" and position > 0 and tokens[position - 1].joined:
        word = tokens[position].text if tokens[position - 1].text.lower() == "der" else None
    if word is None or not word.isalpha() or not word[1:].islower() or not word.endswith(_KREIS_ENDINGS):
        return None
    if position + 2 < len(tokens) and gap_after(doc, position) == " " and gap_after(doc, position + 1) == "-":
        return None  # "im Eifelkreis Bitburg-Prüm": the district's name follows, read by `german_district`
    name = word.removesuffix("es")
    stem = name[: -len("kreis")].lower()
    if len(stem) < _SHORTEST_KREIS_STEM or word_frequency(name.lower(), language) >= _KREIS_WORD:
        return None
    if any(word_frequency(part, language) >= _KREIS_STEM for part in (stem, stem.removesuffix("s"))):
        return None
    return place_candidate(position, position, name, Place(name, "place"), ActorKind.place)
