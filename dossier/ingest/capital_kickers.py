"""A story's kicker in capitals before a colon: "CHINESE AGGRESSION: Manila accused Beijing of ...".

Some papers open a summary line with a topic in capitals and a colon. Its words are the desk's label for the story,
no names: a common English word there ("AGGRESSION", "CRISIS") is no acronym of a body. A place or a people's word
in it ("CHINESE") is still read as one, and a known body's letters ("NATO: talks resume") stay a body.
"""

from __future__ import annotations

import re

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.common_words import zipf
from dossier.ingest.cues import KNOWN_BODIES, KNOWN_MEDIA, TITLES
from dossier.ingest.line_index import line_start

# How common (Zipf) and long a word in capitals must be to read as the label's common word ("AGGRESSION", "DEBT").
_KICKER_WORD_ZIPF, _KICKER_WORD_LETTERS = 3.0, 4
# A short common word closing a label of several words ("SCHOOL ROW:", "PAY BAN:").
_SHORT_KICKER_WORD_LETTERS = 3
# A town named by one of the commonest words ("Forest", "Reading"): in a label of several words the word, unless
# the town is a city.
_COMMON_TOWN_ZIPF, _BIG_TOWN = 4.5, 100_000
# A line that opens with words in capitals (and spaces, hyphens), then a colon.
_KICKER = re.compile(r"[A-Z][A-Z' -]*:")


def kicker_word(doc: ActorDocument, position: int) -> bool:
    """Whether the word at `position` is a common word of a kicker in capitals that opens its line before a colon."""
    token = doc.tokens[position]
    word = token.folded
    if not token.text.isupper() or len(word) < _SHORT_KICKER_WORD_LETTERS or zipf(word) < _KICKER_WORD_ZIPF:
        return False
    if word in KNOWN_BODIES or word in KNOWN_MEDIA or doc.gazetteer.country_of_demonym(word) is not None:
        return False
    kicker = _KICKER.match(doc.text, line_start(doc.text, token.start))
    if kicker is None or kicker.end() <= token.end:
        return False
    several = " " in kicker.group().strip()
    if len(word) < _KICKER_WORD_LETTERS and not (several and kicker.end() == token.end + 1):
        return False  # "SCHOOL ROW:": a short common word closes a label of several words; "BBC:" is a body
    place = doc.gazetteer.lookup((word,))
    if place is not None and not (several and zipf(word) >= _COMMON_TOWN_ZIPF and place.population < _BIG_TOWN):
        return False  # "WELSH FOREST:" is a forest, though Forest is a Belgian town; "PARIS ATTACKS:" a city
    # (a dateline is no kicker: "KUALA LUMPUR: The court heard", "GEORGE TOWN: Floods hit")
    words = tuple(word.casefold() for word in kicker.group()[:-1].split())
    # (nor a transcript's speaker by title and name: "SECRETARY KERRY:", "MR KIRBY:")
    return doc.gazetteer.lookup(words) is None and not any(word in TITLES for word in words)
