"""A town abroad named in a sentence that names its state: "chegam de Espanha, de Zamora e de Salamanca",
"vienen de Francia, de Perpiñán y de Narbona", "les saisonniers viennent d'Espagne, de Zamora".

A Romance language's tables hold the towns abroad that its news names most (a million people or its own
spelling), so a smaller town of a neighbouring state is no name there. The state named in the same sentence
is the reader's cue: a capitalised word after a preposition or "and", spelled as one of that very state's
towns of some size, is the town. Its land must be said; the word alone may be a family name ("Zamora").
"""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.gazetteer import gazetteer
from dossier.ingest.grouping import Candidate
from dossier.ingest.names import fold
from dossier.ingest.other_language_common import (
    PLACE_PREPOSITIONS,
    head_of_a_neighbourhood_s_name,
    place_candidate,
    surname_after_given_name,
)
from dossier.model import ActorKind

# The words before the town: "of"/"from" and "and" besides the language's prepositions of place
_BEFORE = {
    "pt": frozenset(["de", "e", "ou"]),
    "es": frozenset(["de", "y", "o"]),
    "fr": frozenset(["de", "d", "et", "ou"]),
    "it": frozenset(["di", "da", "e", "o"]),
}
_TOWN_OF_A_NAMED_STATE = 20_000
_SENTENCE_WORDS = 60  # how far to look either way for the state's name, in tokens, within the sentence


def town_of_a_state_named_here(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    before_words = _BEFORE.get(language)
    tokens = doc.tokens
    if before_words is None or position == 0 or position in doc.sentence_first:
        return None
    word = tokens[position]
    before = tokens[position - 1].text.lower()
    if not word.text[:1].isupper() or word.text.isupper():
        return None
    if before not in before_words and before not in PLACE_PREPOSITIONS.get(language, frozenset()):
        return None
    if surname_after_given_name(doc, position):
        return None
    if head_of_a_neighbourhood_s_name(doc, position, language):
        return None  # "na Avenida Brasil, no Jardim Europa": a neighbourhood, though Brazil is named
    if position + 1 < len(tokens) and tokens[position + 1].joined and tokens[position + 1].text[:1].isupper():
        return None  # "de Zamora Rodríguez": a longer name
    place = doc.gazetteer.lookup((word.folded,))
    if place is None or place.kind != "place" or place.population < _TOWN_OF_A_NAMED_STATE:
        return None
    if place.country is None or place.country not in _states_in_sentence(doc, position, language):
        return None
    return place_candidate(position, position, word.text, place, ActorKind.place)


def _states_in_sentence(doc: ActorDocument, position: int, language: str) -> set[str]:
    states = gazetteer().exonyms.get(language, {})
    tokens = doc.tokens
    named: set[str] = set()
    k = position
    while k > 0 and k not in doc.sentence_first and position - k < _SENTENCE_WORDS:
        k -= 1
        state = states.get(fold(tokens[k].text))
        if state is not None:
            named.add(state)
    k = position + 1
    while k < len(tokens) and k not in doc.sentence_first and k - position < _SENTENCE_WORDS:
        state = states.get(fold(tokens[k].text))
        if state is not None:
            named.add(state)
        k += 1
    return named
