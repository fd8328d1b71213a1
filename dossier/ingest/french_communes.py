"""French communes and départements: names of several words joined by hyphens ("Cénac-et-Saint-Julien",
"Villeneuve-sur-Lot") that no table holds in full, and départements after their article ("la
Dordogne", "en Corrèze").

The end of such a name read alone ("Saint-Julien", "France" in "Météo-France") is no place of its
own; `rest_of_a_hyphened_name` tells the reader to skip it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.departments import DEPARTMENT_ARTICLES, department_names
from dossier.ingest.gazetteer import Place, gazetteer
from dossier.ingest.grouping import Candidate
from dossier.ingest.names import fold
from dossier.ingest.other_language_common import (
    LONGEST_HYPHEN_CHAIN,
    gap_after,
    place_candidate,
    word_frequency,
    words_by_language,
)
from dossier.ingest.place_evidence import elided_name
from dossier.ingest.place_prepositions import after_preposition
from dossier.model import ActorKind

# The small words that join the parts of a French commune's name: "Cénac-et-Saint-Julien",
# "Villeneuve-sur-Lot", "Saint-Cyr-en-Val", "Sainte-Foy-la-Grande", "Pont-l'Évêque".
_HYPHEN_LINKERS: dict[str, frozenset[str]] = words_by_language({"fr": "et sur sous en de du des la le les lès aux"})
# A compass point joined by a hyphen to the next word makes an adjective of a region ("sul-americano",
# "nord-américain"): the word after it names no place of its own (a whole name, "Nord-Kivu", is read before).
_COMPASS_BEFORE_HYPHEN: dict[str, frozenset[str]] = words_by_language(
    {"pt": "sul norte", "es": "sur norte", "fr": "sud nord", "it": "sud nord"}
)
_HYPHEN_CUES: dict[str, frozenset[str]] = words_by_language({"fr": "à de d' entre et près vers par"})


def rest_of_a_hyphened_name(doc: ActorDocument, position: int, language: str) -> bool:
    """'Saint-Julien' in "Cénac-et-Saint-Julien", 'France' in "Météo-France": the end of a longer name
    joined by hyphens, no place of its own here."""
    linkers = _HYPHEN_LINKERS.get(language)
    tokens = doc.tokens
    if position < 1 or gap_after(doc, position - 1) != "-":
        return False
    before = tokens[position - 1]
    if linkers is not None and position >= 2 and before.text in linkers and gap_after(doc, position - 2) == "-":
        return True
    if before.folded in _COMPASS_BEFORE_HYPHEN.get(language, ()) and not (
        position >= 2 and gap_after(doc, position - 2) == "-"
    ):
        return True  # "Eliminatórias Sul-Americanas": a compass point's compound adjective, not the town Americana
    # "Météo-France", "Radio-Canada": a name's first part no place, the state its end ("Berlin-Brandenburg"
    # names both; "Saint-Geniès", "Rhön-Grabfeld" are read whole from their end)
    state = doc.gazetteer.lookup((tokens[position].folded,))
    return (
        state is not None
        and state.kind == "state"
        and before.text[:1].isupper()
        and before.text.isalpha()
        and doc.gazetteer.lookup((before.folded,)) is None
        and not (position >= 2 and gap_after(doc, position - 2) == "-")
    )


def hyphened_commune(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    """'de Carlux et de Cénac-et-Saint-Julien': capitalised words joined by hyphens and a small word of a
    commune's name, after a preposition of place or in a list; no table holds every commune."""
    linkers = _HYPHEN_LINKERS.get(language)
    tokens = doc.tokens
    if linkers is None or position < 1 or gap_after(doc, position - 1) == "-":
        return None
    before = tokens[position - 1]
    if before.text not in _HYPHEN_CUES.get(language, frozenset()) and gap_after(doc, position - 1) != ", ":
        return None
    end = position
    while end + 1 < len(tokens) and gap_after(doc, end) == "-" and end - position < LONGEST_HYPHEN_CHAIN:
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
    return place_candidate(position, end, name, Place(name, "place"), ActorKind.place)


def department(doc: ActorDocument, position: int, language: str) -> Candidate | None:
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
        and (tokens[position + 1].text[:1].isupper() or gap_after(doc, position) == "-")
    ):
        return None  # "le Lot Football Club", "Lot-et-Garonne": a longer name
    if elided is None and _in_brackets_after_a_name(doc, position):
        pass  # "Vouziers (Ardennes)", "Reims (Marne)": a commune's département in brackets after it
    elif elided is None:
        before = tokens[position - 1] if position > 0 and tokens[position - 1].joined else None
        if before is None or before.text.lower() not in DEPARTMENT_ARTICLES.get(language, frozenset()):
            return None
        if not before.text.islower() and position - 1 not in doc.sentence_first:
            return None  # "La Somme et la Manche …" opening a sentence, not "Avenue La Fayette"
    elif not token.text[:1].islower():
        return None  # "L'Ain" opening a sentence stays read as the rest is
    if position > 0 and gap_after(doc, position - 1) == "-":
        return None
    return place_candidate(position, position, name, Place(name, "place", "France"), ActorKind.place)


def _in_brackets_after_a_name(doc: ActorDocument, position: int) -> bool:
    """'Mouchy-le-Châtel (Oise)': the word alone in brackets right after a capitalised name, as the French
    press places a commune in its département."""
    tokens, text = doc.tokens, doc.text
    token = tokens[position]
    if position == 0 or text[token.start - 2 : token.start] != " (" or text[token.end : token.end + 1] != ")":
        return False
    before = tokens[position - 1]
    name = elided_name(before) or before.text  # "d'Épernay (Marne)"
    return before.end == token.start - 2 and name[:1].isupper()


# French joins "à" and "de" to the article "le": "au Havre", "du Mans" name Le Havre and Le Mans, whose
# own names open with the article; the word alone ("Havre") names no town.
_CONTRACTED_ARTICLES: dict[str, frozenset[str]] = words_by_language({"fr": "au du"})


def town_after_a_contracted_article(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    """'au Havre' -> Le Havre: a town whose name opens with "Le", after "au" or "du"."""
    articles = _CONTRACTED_ARTICLES.get(language)
    tokens = doc.tokens
    if not articles or position == 0 or gap_after(doc, position - 1) != " ":
        return None
    if tokens[position - 1].text.lower() not in articles:
        return None
    place = doc.gazetteer.lookup(("le", tokens[position].folded))
    if place is None or place.kind != "place":
        return None
    if _capitalised_word_goes_on(doc, position):
        return None  # "au Cap Ferret", "du Mont Ventoux": a cape's or a mountain's name, not Le Cap (Cape Town)
    return place_candidate(position, position, place.name, place, ActorKind.place)


def _capitalised_word_goes_on(doc: ActorDocument, position: int) -> bool:
    tokens = doc.tokens
    return (
        position + 1 < len(tokens)
        and tokens[position].joined
        and tokens[position + 1].text[:1].isupper()
        and position + 1 not in doc.sentence_first
    )


# The French call a commune named after its river or its region by its first name: "Tournon" for
# Tournon-sur-Rhône, "Livron" for Livron-sur-Drôme. A first name that opens one commune only, and no
# other town's name, is that commune after a preposition of place, when it is a rare word.
_SHORT_NAME_LINKS = re.compile(r"^([^\W\d_]+)-(?:sur|sous|en|lès|les|le|la)-", re.IGNORECASE)
_SHORT_NAME_WORD = 3.0


@lru_cache(maxsize=1)
def _communes_by_their_first_name() -> dict[str, Place]:
    first_names: dict[str, list[Place]] = {}
    for place in dict.fromkeys(gazetteer().in_language("fr").places.values()):
        if place.country == "France" and place.kind == "place" and "-" in place.name:
            first_names.setdefault(fold(place.name.split("-")[0]), []).append(place)
    return {
        first: places[0]
        for first, places in first_names.items()
        if len(places) == 1 and _SHORT_NAME_LINKS.match(places[0].name)
    }


def commune_by_its_first_name(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    """'en direction de Tournon', 'entre Die et Livron': a commune's first name standing for it."""
    if language != "fr":
        return None
    tokens = doc.tokens
    token = tokens[position]
    if not token.text[:1].isupper() or token.folded in doc.given_surnames:
        return None
    if position + 1 < len(tokens) and gap_after(doc, position) == "-":
        return None
    if position > 0 and gap_after(doc, position - 1) == "-":
        return None
    place = _communes_by_their_first_name().get(token.folded)
    if place is None or doc.gazetteer.lookup((token.folded,)) is not None:
        return None
    if word_frequency(token.text.lower(), language) >= _SHORT_NAME_WORD or not (
        after_preposition(doc, position, language) or _second_of_a_pair_after_a_preposition(doc, position, language)
    ):
        return None
    return place_candidate(position, position, token.text, place, ActorKind.place)


def _second_of_a_pair_after_a_preposition(doc: ActorDocument, position: int, language: str) -> bool:
    """'entre Die et Livron': a name joined by "et" to a name that follows a preposition of place."""
    tokens = doc.tokens
    return (
        position >= 2
        and tokens[position - 1].text == "et"
        and tokens[position - 2].text[:1].isupper()
        and after_preposition(doc, position - 2, language)
    )
