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
from dossier.ingest.names import fold
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
_SHORTEST_STEM = 3


def romanian_genitive_forms(word: str) -> list[str]:
    """The nominatives a Romanian genitive-dative may be of, likeliest first: "Clujului" -> "Cluj",
    "Iașului" -> "Iași", "Sucevei" -> "Suceva", "Suceava"."""
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
