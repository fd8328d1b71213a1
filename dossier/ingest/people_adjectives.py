"""Peoples no table knows, by their adjective's ending and the men they field: 'Daylamite infantry', 'a Varnian
soldier', 'Tarnese horsemen'.

A rare capitalised word that ends as peoples' adjectives do ("-ite", "-ian", "-ese"), right before a lower-case
noun of soldiers, rulers or kin, is the adjective of a people (re3d files peoples as nationalities), not a body
that fields them: the soldiers are the people's.
"""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.common_words import zipf
from dossier.ingest.names import is_given_name, is_surname, word_set

_PEOPLES_ENDINGS = ("ite", "ian", "ese")
# Rarer in English than this: "Daylamite", "Varnian"; not "Christian", "Canadian" (the gazetteer's anyway).
_PEOPLES_WORD = 2.5
# Who a people fields or is ruled by, in lower case after its adjective.
_PEOPLES_MEN = word_set(
    "soldier soldiers troops infantry infantrymen horsemen cavalry warriors tribesmen fighters militiamen archers "
    "mercenaries nobles noblemen chieftain chieftains chiefs emir emirs king kings ruler rulers dynasty dynasties "
    "origin descent ancestry settlers nomads"
)


def adjective_of_a_people(doc: ActorDocument, position: int, last: int) -> bool:
    """'Daylamite infantry', 'a Varnian soldier': one rare word with a people's ending before such a noun."""
    tokens = doc.tokens
    if last != position or last + 1 >= len(tokens) or not tokens[last].joined:
        return False
    word, noun = tokens[position], tokens[last + 1]
    if not (word.text[:1].isupper() and word.text[1:].islower()) or not noun.text.islower():
        return False
    folded = word.folded
    return (
        folded.endswith(_PEOPLES_ENDINGS)
        and noun.folded in _PEOPLES_MEN
        and zipf(folded) < _PEOPLES_WORD
        and not is_given_name(folded)
        and not is_surname(folded)
        and doc.gazetteer.country_of_demonym(folded) is None  # "Belarusian troops": a state's people, known
    )
