"""Two rivers named by the verb "flows into": "Упа впадает в Оку" (the Upa flows into the Oka).

Only a river (or a stream) flows into something: the name right before the verb is one, in the
nominative, and so is the name after its preposition, in the accusative ("в Оку": Ока, "в Днепр").
A name of a sea or a lake after it takes its noun ("в Каспийское море"), which is read elsewhere.
"""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.gazetteer import Place
from dossier.ingest.grouping import Candidate
from dossier.ingest.names import is_given_name, is_surname
from dossier.ingest.other_language_common import RUSSIAN_SURNAMES, place_candidate
from dossier.model import ActorKind

# The forms of Russian "впадать" (to flow into), and the prepositions it takes before the river.
_FLOWS_INTO = frozenset(["впадает", "впадают", "впадал", "впадала", "впадало", "впадали", "впадающая", "впадающий"])
_INTO = frozenset(["в", "во"])
# The accusative's endings of a feminine name read back to its nominative ("Оку" -> "Ока", "Вятку" ->
# "Вятка", "Ветлугу" -> "Ветлуга"); a masculine name's accusative is its nominative ("в Днепр").
_ACCUSATIVE = (("у", "а"), ("ю", "я"))
_SHORTEST = 3


def river_at_a_mouth(doc: ActorDocument, first: int, position: int, language: str) -> Candidate | None:
    """The river named alone at `position` (a run of one word) before "впадает" or after "впадает в"."""
    tokens = doc.tokens
    word = tokens[position].text
    if language != "ru" or first != position or not (word.isalpha() and word[0].isupper() and word[1:].islower()):
        return None
    folded = tokens[position].folded
    if is_given_name(folded) or is_surname(folded) or word.endswith(RUSSIAN_SURNAMES[language]):
        return None  # "Иванов впадает в панику": a person
    after = tokens[position + 1].text.lower() if position + 1 < len(tokens) and tokens[position].joined else ""
    if after in _FLOWS_INTO:
        name = word
    elif (
        position >= 2
        and tokens[position - 1].text.lower() in _INTO
        and tokens[position - 1].joined
        and tokens[position - 2].joined
        and tokens[position - 2].text.lower() in _FLOWS_INTO
    ):
        name = next((word[: -len(end)] + nominative for end, nominative in _ACCUSATIVE if word.endswith(end)), word)
        if name == word and word[-1] in "аеёиоыэюя":
            return None  # no accusative the table reads
    else:
        return None
    if len(name) < _SHORTEST:
        return None
    return place_candidate(position, position, name, Place(name, "place"), ActorKind.place)
