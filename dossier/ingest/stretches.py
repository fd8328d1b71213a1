"""The two ends of a stretch of land or water: "from Craignure to Castlebay", "between Malin Head and Slyne Head".

"There wasn't an engine from Craignure to Castlebay he couldn't fix": one rare capitalised word after "from" and
another after "to" name where a stretch starts and ends, both places, though no gazetteer knows them. Not names of
persons or common words ("from Smith to Jones", "from Monday to Friday", "from Apple to Google" stay as they are
read elsewhere).
"""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument, cased
from dossier.ingest.common_words import zipf
from dossier.ingest.name_words import has_cue
from dossier.ingest.names import is_given_name, is_surname

# A word this common is a thing's or a day's name as often as a place's: "from Monday to Friday".
_PLAIN_END = 3.0


def end_of_a_stretch(doc: ActorDocument, position: int) -> bool:
    """Whether the one word at `position` is one end of "from <word> to <word>", both ends rare words that name no
    person and have no cue of their own."""
    tokens = doc.tokens
    if position >= 1 and tokens[position - 1].folded == "from" and position + 2 < len(tokens):
        first, second = position, position + 2
        if tokens[position + 1].folded != "to":
            return False
    elif position >= 3 and tokens[position - 1].folded == "to" and tokens[position - 3].folded == "from":
        first, second = position - 2, position
    else:
        return False
    for k in (first, second):
        token = tokens[k]
        if not cased(token) or not token.text.isalpha() or (not token.joined and k == first):
            return False
        if k + 1 < len(tokens) and tokens[k].joined and cased(tokens[k + 1]) and k == second:
            return False  # "to Castlebay Harbour": a longer name, read as a whole
        word = token.folded
        if zipf(word) >= _PLAIN_END or is_given_name(word) or is_surname(word) or has_cue((word,)):
            return False
    return all(tokens[k].joined for k in (first - 1, first, first + 1))
