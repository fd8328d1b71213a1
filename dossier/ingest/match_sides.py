"""A place's name as the subject of a match's result: "Bundesliga: Bayern verliert in Dortmund", "o São Paulo
venceu o Santos". A town or a region that wins or loses a match at a venue or against a side is its club; the
venue after the verb ("in Dortmund") stays the town.

The verb alone is not enough: "Sachsen verliert Einwohner", "São Paulo perde população" are the land and the town.
A venue's preposition, a score or (outside German, whose nouns all take a capital) a capitalised opponent must
follow the verb.
"""

from __future__ import annotations

import re

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.other_language_common import words_by_language

# The verbs of a match's result, third person, present and past, one row per language.
_RESULT_VERBS: dict[str, frozenset[str]] = words_by_language(
    {
        "de": "verliert verlor gewinnt gewann siegt siegte unterliegt unterlag besiegt besiegte bezwingt bezwang",
        "pt": "vence venceu perde perdeu empata empatou derrota derrotou goleia goleou",
        "es": "gana ganó pierde perdió empata empató vence venció derrota derrotó golea goleó",
        "it": "vince vinse perde perse pareggia pareggiò batte sconfigge espugna",
        "fr": "gagne perd bat s'impose l'emporte",
        "nl": "wint won verliest verloor verslaat versloeg",
        "sv": "vinner vann förlorar förlorade besegrar besegrade",
        "pl": "wygrywa wygrał wygrała przegrywa przegrał przegrała pokonuje pokonał pokonała",
        "cs": "vyhrál vyhrála prohrál prohrála porazil porazila",
        "ro": "câștigă învinge",
        "el": "κερδίζει κέρδισε νικά νίκησε χάνει έχασε",
        "da": "vinder vandt taber tabte slår slog besejrer besejrede spillede",
        "no": "vinner vant taper tapte slår slo spilte",
        # Vietnamese writes the beaten side right after the verb: "Thanh Hóa thắng Hải Phòng 2-1", "thua Nam Định"
        "vi": "thắng thua hòa hạ",
    }
)
# Prepositions of a venue or of the opponent right after the verb.
_VENUE_OR_OPPONENT: dict[str, frozenset[str]] = words_by_language(
    {
        "de": "in bei gegen",
        "pt": "em no na contra diante",
        "es": "en ante contra frente",
        "it": "a in contro",
        "fr": "à contre face",
        "nl": "in tegen bij",
        "sv": "i mot över",
        "pl": "w we z ze",
        "cs": "v ve s se",
        "ro": "la cu în",
        "el": "στη στην στο στον με από",
        "da": "i mod over til",
        "no": "i mot over",
    }
)
# Prepositions of the opponent right after the verb: "against".
_AGAINST: dict[str, frozenset[str]] = words_by_language(
    {
        "de": "gegen",
        "pt": "contra diante",
        "es": "contra ante frente",
        "it": "contro",
        "fr": "contre face",
        "nl": "tegen",
        "sv": "mot",
        "el": "απέναντι",
        "da": "mod til",  # "tabte til Skjern": lost to
        "no": "mot",
    }
)
# Articles that may stand before a capitalised opponent ("venceu o Santos", "bat le Stade").
_ARTICLES = frozenset(("o", "a", "os", "as", "el", "la", "los", "il", "lo", "le", "les", "l'", "de", "het"))
_ARTICLES |= frozenset(("ο", "η", "το", "τον", "την", "τη", "τα"))
# A match's score: "2-1", "1:0", "(4-2)".
_SCORE = re.compile(r"\b\d{1,2}\s?[-–:]\s?\d{1,2}\b")
_SCORE_REACH = 40  # characters after the side's name: "face à Briançon (4-2)", "την Κηφισιά με 2-1"


def side_before_its_result(doc: ActorDocument, end: int, language: str) -> bool:
    """Whether the name ending at `end` is followed by a verb of a match's result and then a venue, an opponent
    or a score."""
    tokens = doc.tokens
    verbs = _RESULT_VERBS.get(language)
    if verbs is None or end + 2 >= len(tokens) or tokens[end + 1].text.lower() not in verbs:
        return False
    after = tokens[end + 2]
    word = after.text
    if word.lower() in _VENUE_OR_OPPONENT.get(language, ()) or word[:1].isdigit():
        return True
    if language == "de":
        return False  # every German noun takes a capital: "Sachsen verliert Einwohner"
    if word.lower() in _ARTICLES and end + 3 < len(tokens):
        word = tokens[end + 3].text
    return word[:1].isupper()


def side_after_its_result(doc: ActorDocument, position: int, language: str) -> bool:
    """Whether the name at `position` is the beaten or the beating side: right after a verb of a match's result
    (and its article, or "against"), with the score soon after ("ο Παναχαϊκός κέρδισε την Κηφισιά με 2-1", "s'impose
    face à Briançon (4-2)")."""
    tokens = doc.tokens
    verbs = _RESULT_VERBS.get(language)
    if verbs is None or position < 1:
        return False
    before = position - 1
    if tokens[before].text.lower() in _ARTICLES and before > 0:
        before -= 1
    if tokens[before].text.lower() == "à" and before > 0 and tokens[before - 1].text.lower() == "face":
        before -= 1  # "s'impose face à Briançon"
    if tokens[before].text.lower() in _AGAINST.get(language, ()) and before > 0:
        before -= 1  # "gewinnt gegen Freiburg 2:1", "s'impose contre Gap"
    if tokens[before].text.lower() not in verbs:
        # "tabte 27-30 til Skjern", "spilte 1–1 mot Lillestrøm": the score between the verb and "against"
        head = doc.text[max(0, tokens[position].start - _SCORE_REACH) : tokens[position].start]
        return _scored_against(language).search(head) is not None
    after = tokens[position].end
    return _SCORE.search(doc.text[after : after + _SCORE_REACH].split("\n", 1)[0]) is not None


_SCORED_AGAINST: dict[str, re.Pattern[str]] = {}


def _scored_against(language: str) -> re.Pattern[str]:
    """A verb of a result, a score and a preposition of the opponent, ending where the opponent's name starts."""
    pattern = _SCORED_AGAINST.get(language)
    if pattern is None:
        verbs = "|".join(sorted(map(re.escape, _RESULT_VERBS.get(language, ())))) or "(?!)"
        against = "|".join(sorted(map(re.escape, _AGAINST.get(language, ())))) or "(?!)"
        pattern = re.compile(rf"\b(?:{verbs}) {_SCORE.pattern} (?:{against}) $", re.IGNORECASE)
        _SCORED_AGAINST[language] = pattern
    return pattern
