"""Places in Romanian named in the genitive-dative, which joins the article to the name.

Romanian sets no preposition before a genitive: "spitalele Iașului" (the hospitals of Iași), "primarul
Clujului", "străzile Bucureștiului", "nordul Moldovei", "granița Ungariei". A masculine or neuter name
takes "-ului" ("Cluj" -> "Clujului"; "Iași", "București" drop their "-i": "Iașului"), a feminine one
in "-a" takes "-ei" ("Craiova" -> "Craiovei", "Germania" -> "Germaniei"; "-ea-" closes to "-e-":
"Suceava" -> "Sucevei"). The word so written is no word of the language, so its stem, known to the
tables as a state or a town of some size, is the place.
"""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.gazetteer import Place
from dossier.ingest.grouping import Candidate
from dossier.ingest.names import fold, word_set
from dossier.ingest.other_language_common import (
    FREQUENT_WORD,
    HOME_COUNTRIES,
    KNOWN_TOWN,
    place_candidate,
    word_frequency,
)
from dossier.ingest.place_evidence import LARGE_CITY
from dossier.model import ActorKind

# Romania's towns, and Moldova's, which Romanian names as its own ("primăria Chișinăului").
_HOME = HOME_COUNTRIES["ro"] | {"Moldova"}
_MASCULINE = "ului"
_FEMININE = "ei"
_PLURAL = "ilor"
_SHORTEST_STEM = 3


def romanian_genitive_forms(word: str) -> list[str]:
    """The nominatives a Romanian genitive-dative may be of, likeliest first: "Clujului" -> "Cluj",
    "Iașului" -> "Iași", "Sucevei" -> "Suceva", "Suceava"; a plural name in "-i" takes "-lor" ("Botoșanilor"
    -> "Botoșani")."""
    if word.endswith(_PLURAL) and len(word) - len(_PLURAL) >= _SHORTEST_STEM:
        return [word[: -len(_PLURAL)] + "i"]
    if word.endswith(_MASCULINE) and len(word) - len(_MASCULINE) >= _SHORTEST_STEM:
        stem = word[: -len(_MASCULINE)]
        return [stem, stem + "i", stem + "u"]  # "Bacăului" -> "Bacău"
    if word.endswith(_FEMININE) and len(word) - len(_FEMININE) >= _SHORTEST_STEM:
        stem = word[: -len(_FEMININE)]
        forms = [stem + "a"]
        if stem[-2:-1] == "e":
            forms.append(f"{stem[:-1]}a{stem[-1]}a")  # "Sucevei" -> "Suceava"
        return forms
    return []


def romanian_genitive(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    """'spitalele Iașului' -> Iași, 'granița Ungariei' -> Ungaria: a state, or a town of some size
    (a home town of 100,000 people, a city of a million abroad), in the genitive-dative."""
    word = doc.tokens[position].text
    if language != "ro" or not word[:1].isupper() or not word.isalpha():
        return None
    if word_frequency(word.lower(), language) >= FREQUENT_WORD:
        return None  # a frequent word, capitalised at a sentence's start
    for form in romanian_genitive_forms(word):
        place = doc.gazetteer.lookup((fold(form),))
        if place is not None and _named_in_the_genitive(place):
            kind = ActorKind.state if place.kind == "state" else ActorKind.place
            return place_candidate(position, position, form, place, kind)
    return None


def _named_in_the_genitive(place: Place) -> bool:
    if place.kind == "state":
        return True
    return place.population >= (KNOWN_TOWN if place.country in _HOME else LARGE_CITY)


# A county's bodies are named by the county's adjective and, last, the county: "Consiliul Județean Neamț",
# "Spitalul Județean de Urgență Suceava", "Inspectoratul de Poliție Județean Iași".
_COUNTY_ADJECTIVES = frozenset(["Județean", "Județeană", "Județene", "Judetean", "Judeteana"])
_LONGEST_BODY = 6  # words of the body's name before the county


def county_of_a_body(doc: ActorDocument, position: int, last: int, language: str) -> Candidate | None:
    """'Consiliul Județean Neamț' -> Neamț: the county (or its town) closing a county body's name, read
    from the name's first word."""
    tokens = doc.tokens
    if language != "ro" or not position < last <= position + _LONGEST_BODY:
        return None
    if not any(tokens[k].text in _COUNTY_ADJECTIVES for k in range(position, last)):
        return None
    if any(not tokens[k].joined for k in range(position, last)):
        return None  # one name, its words set apart by spaces only
    place = doc.gazetteer.lookup((tokens[last].folded,))
    if place is None or place.kind != "place" or place.country not in _HOME:
        return None
    return place_candidate(last, last, tokens[last].text, place, ActorKind.place)


# Romania's rivers, which Romanian names with the article joined ("trec Prutul", "Dunărea a crescut") or in the
# genitive after a part of the river ("pe malul Siretului", "apele Dunării"). A masculine river's name is a
# town's too ("Siret", "Olt" a county); a town takes no article, and in the genitive it is the town's after a
# noun of it ("primarul Siretului"), the river's after one of a river.
_MASCULINE_RIVERS = frozenset(["Siret", "Prut", "Mureș", "Olt", "Jiu", "Argeș", "Someș", "Timiș", "Trotuș"])
_FEMININE_RIVERS = {"Dunărea": "Dunării", "Ialomița": "Ialomiței", "Dâmbovița": "Dâmboviței"}
_RIVER_PARTS = word_set("malul malurile cursul apele albia lunca valea debitul nivelul râul râului fluviul fluviului")
_ARTICLE = "ul"
_ON = "pe"


def romanian_river(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    """'Prutul', 'pe malul Siretului', 'apele Dunării', 'pe Olt' -> Prut, Siret, Dunărea, Olt."""
    tokens = doc.tokens
    word = tokens[position].text
    if language != "ro":
        return None
    if word.endswith(_ARTICLE) and word[: -len(_ARTICLE)] in _MASCULINE_RIVERS:
        # the article is the river's alone, opening a sentence too: "Oltul trece prin Slatina"
        river = word[: -len(_ARTICLE)]
        return place_candidate(position, position, river, Place(river, "place"), ActorKind.place)
    if position in doc.sentence_first or position == 0:
        return None
    before = tokens[position - 1]
    after_a_part = before.joined and before.text.lower() in _RIVER_PARTS
    name: str | None = None
    if before.joined and before.text == _ON and word in _MASCULINE_RIVERS:
        name = word  # "pe Siret", "barajul de pe Olt": a town is "la Siret", never on it
    elif after_a_part and word.endswith(_MASCULINE):
        # "Siretului"; a name ending in "u" takes "lui" ("Jiului")
        forms = (word[: -len(_MASCULINE)], word[: -len(_MASCULINE) + 1])
        name = next((form for form in forms if form in _MASCULINE_RIVERS), None)
    elif word in _FEMININE_RIVERS or word in _FEMININE_RIVERS.values():
        name = next(nominative for nominative, genitive in _FEMININE_RIVERS.items() if word in (nominative, genitive))
    if name is None:
        return None
    return place_candidate(position, position, name, Place(name, "place"), ActorKind.place)
