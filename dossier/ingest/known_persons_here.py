"""Whether a known person's name, found alone in a text, names that person there.

Ingest links a known person by the family name alone ("Lukashenka said"), which is right until
the same word names someone or something else: another person with another given name ("Brad
Smith" beside a known Patti Smith), a town ("between Brough and Penrith" beside a known Tom
Brough, "em Seia e Gouveia"), a country ("talks in Jordan" beside a known Michael Jordan), or, for a
known town, a person's family name ("Joaquin Phoenix").
`mentions.find_mentions` asks these before it links.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dossier.ingest.cues import NAME_PARTICLES, TITLES
from dossier.ingest.governed_names import after_a_preposition
from dossier.ingest.names import fold, fold_phrase, is_given_name, word_set
from dossier.ingest.person_name_forms import family_name_at
from dossier.model import Actor, ActorKind

if TYPE_CHECKING:
    from dossier.ingest.gazetteer import Gazetteer
    from dossier.ingest.mentions import ActorIndex, Token


def family_name(spelling: str, key: tuple[str, ...]) -> tuple[str, ...]:
    """The folded family name of a person's name of several words, by which a text may name them
    alone: its last word, or a double-barrelled name whole ("Cranford-Beaumont", never "Beaumont",
    which is a town in Texas and nobody's name alone); but "Al-Baghdadi" is also "Baghdadi", and a
    Korean or Chinese name written family name first has it first ("Yoon" of "Yoon Suk Yeol").

    A post a draft is named by has none: "Secretary of State for Housing" is not "Housing" alone, nor
    "Foreign Secretary" a "Secretary" (a small word other than a name's particle, or a title last).
    """
    if len(key) < 2:
        return ()
    if key[-1] in TITLES or any(word.islower() and fold(word) not in NAME_PARTICLES for word in spelling.split()):
        return ()
    at = family_name_at(spelling, key)
    if at < len(key) - 1:
        # "Yoon Suk Yeol", "Moon Hyun-bae": written family name first, as the page's own short forms read it
        # (`person_name_forms`), so "Mr. Yoon" on a later page is this person, not a new "Yoon"
        return key[at : at + 1]
    last = spelling.split()[-1]
    parts = [part for part in re.split(r"[-‐‑]", last) if part]
    if len(parts) > 1 and all(part[:1].isupper() for part in parts) and fold(parts[0]) not in NAME_PARTICLES:
        family = key[-len(parts) :]
        return family if len(family) < len(key) else ()
    return key[-1:]


# Prepositions that stand before places far more than before persons ("to" and "from" take both), and
# "nearby" ("a pub in nearby Hove").
_BEFORE_A_PLACE = word_set("in at near nearby between outside inside across around via towards toward into through")


def town_not_a_person(
    text: str, tokens: list[Token], position: int, how: str, actor: Actor, places: Gazetteer, language: str
) -> bool:
    """Whether a known person's one-word family name (or a look-alike of it) names a town here: after a
    preposition of place, or after "and" closing such a list ("in Port Arthur and Beaumont", "em Seia
    e Gouveia"). A spelling of their own name needs the gazetteer to know the town; in English a
    look-alike ("based in Kilbryde" beside a known Ms Kilbride) needs only the preposition, but not
    "between", which persons take too, nor a possessive ("in Putin's Russia")."""
    from dossier.ingest.other_language_common import PLACE_PREPOSITIONS
    from dossier.ingest.place_prepositions import list_words

    if actor.kind is not ActorKind.person or how not in ("surname", "variant"):
        return False
    english = language == "en"
    before_a_place = _BEFORE_A_PLACE if english else PLACE_PREPOSITIONS.get(language, frozenset())
    k = position - 1
    if how == "variant":
        if not english:
            return False
        if text[tokens[position].end : tokens[position].end + 1] in ("'", "’"):
            return False
        return k >= 0 and tokens[k].joined and tokens[k].text in _BEFORE_A_PLACE and tokens[k].text != "between"
    if not english and _listed_among_places(text, tokens, position, places, language):
        return True  # "dos concelhos de Seia, Gouveia, Manteigas e …" beside a known Ana Gouveia
    place = places.lookup((tokens[position].folded,))
    if place is None or place.kind == "state":
        return False
    # "richting Groningen en Leeuwarden": the list's "and" in the page's language
    return after_a_preposition(tokens, position, before_a_place, list_words(language))


def country_not_a_person(
    tokens: list[Token], position: int, how: str, actor: Actor, places: Gazetteer, named_in_full: bool
) -> bool:
    """Whether a known person's one-word family name is a country's name that names the country here
    ("talks in Jordan", "Jordan and Egypt signed", "Jordan said it would close the border"): unless the
    text named the person in full before or a title stands right before it ("Mr Jordan"). A text alone
    reads the word as the country, so a workspace that knows the person reads it so too."""
    from dossier.ingest.cues import TITLES

    if actor.kind is not ActorKind.person or how not in ("surname", "alias") or named_in_full:
        return False
    place = places.lookup((tokens[position].folded,))
    if place is None or place.kind != "state":
        return False
    before = tokens[position - 1] if position > 0 and tokens[position - 1].joined else None
    return before is None or before.folded not in TITLES


def body_not_a_person(tokens: list[Token], position: int, actor: Actor) -> bool:
    """Whether a known person's one-word name names a body here, after the noun of its trade in lower case:
    "crypto exchange Thornley said", "the carmaker Ford", or the second of a list after a plural one,
    "device makers Halvik and Carrowby" (a text alone reads a firm there, so a workspace that knows a
    Mrs Thornley does too)."""
    from dossier.ingest.cues import APPOSITION_HEAD

    def a_body_noun(k: int, *, plural: bool) -> bool:
        word = tokens[k].folded
        if plural:
            if not word.endswith("s"):
                return False
            word = word[:-1]
        cue = APPOSITION_HEAD.get(word)
        return tokens[k].text.islower() and tokens[k].joined and cue is not None and cue.kind is not ActorKind.person

    if actor.kind is not ActorKind.person:
        return False
    if _body_post_after(tokens, position) or _shares_in(tokens, position):
        return True  # "Thornley chief executive Ann Lee said", "Shares in Thornley fell"
    if position == 0:
        return False
    if a_body_noun(position - 1, plural=False) or a_body_noun(position - 1, plural=True):
        return True
    # "makers Halvik and Carrowby": "and" after a capitalised name that follows the plural noun
    return (
        position >= 3
        and tokens[position - 1].text == "and"
        and tokens[position - 1].joined
        and tokens[position - 2].capitalised
        and tokens[position - 2].joined
        and a_body_noun(position - 3, plural=True)
    )


# An apposition right after a name: ", the UK's fourth-largest supermarket chain," (up to its comma or stop).
_APPOSITION = re.compile(r", (?:the|a|an) ([^,.;:()]{1,60}?)(?=[,.;:])")
# Words after an apposition's head noun: a preposition, a participle, a relative pronoun.
_APPOSITION_HEAD_ENDS = word_set("in at of on for from with by based owned run which that who whose")


def body_by_apposition(text: str, tokens: list[Token], position: int, actor: Actor) -> bool:
    """Whether a known person's one-word name is a body's here by the apposition after it: "Bramwell, the
    UK's fourth-largest supermarket chain, reported" (its last word a body's noun in lower case), as a text
    alone reads it; not "Thornley, a former trader," (a person's noun)."""
    from dossier.ingest.cues import APPOSITION_HEAD

    if actor.kind is not ActorKind.person:
        return False
    match = _APPOSITION.match(text, tokens[position].end)
    if match is None:
        return False
    words = []
    for word in match.group(1).split():
        if word in _APPOSITION_HEAD_ENDS:
            break  # "a payroll startup based in Leeds", "a former trader at the exchange": the head is before
        words.append(word)
    head = words[-1] if words else ""
    cue = APPOSITION_HEAD.get(head) if head.isalpha() and head.islower() else None
    return cue is not None and cue.kind is not ActorKind.person


# Zipf 5 in German, a hundred times in a million words: a word as common as "Mann" or "Lang" (not "Merkel" or
# "Schmidt", frequent only as names, at 4.8 and 4.6).
_GERMAN_NOUN = 5.0


def german_noun(token: Token) -> bool:
    """Whether a capitalised word of a German text is as common as the language's everyday nouns, which
    German writes with a capital: a known person's family name spelled so ("Mann") names them only once
    the text has named them in full."""
    from dossier.ingest.other_language_common import word_frequency

    return word_frequency(token.text.lower(), "de") >= _GERMAN_NOUN


# What stands between the items of a list ("Seia, Gouveia e Manteigas").
_LIST_GAPS = (", ",)  # a comma between items; "and" closing the list is asked apart


def _listed_among_places(text: str, tokens: list[Token], position: int, places: Gazetteer, language: str) -> bool:
    """A word the tables hold as a place (a town, or a village of the language's country), listed between
    two such places: "Seia, Gouveia, Manteigas". One neighbour may be a person's name ("Ana Costa, Gouveia e
    Pires"), two seldom are."""
    from dossier.ingest.governed_names import AND_WORDS
    from dossier.ingest.villages import village_names

    villages = village_names(language)

    def a_place(k: int) -> bool:
        folded = tokens[k].folded
        if not tokens[k].text[:1].isupper() or is_given_name(folded):
            return False
        place = places.lookup((folded,))
        return (place is not None and place.kind != "state") or folded in villages

    if not a_place(position) or position < 1 or position + 1 >= len(tokens):
        return False
    before = text[tokens[position - 1].end : tokens[position].start] in _LIST_GAPS and a_place(position - 1)
    after_gap = text[tokens[position].end : tokens[position + 1].start]
    after = after_gap in _LIST_GAPS and a_place(position + 1)
    if not after and after_gap == " " and tokens[position + 1].text in AND_WORDS and position + 2 < len(tokens):
        after = a_place(position + 2)
    return before and after


def place_as_surname(tokens: list[Token], position: int, index: ActorIndex, actor_id: str) -> bool:
    """A known place's one-word name right after a given name: a person's surname ("Joaquin
    Phoenix", "Michael Jordan"), unless a title or a function word comes first."""
    if position == 0 or index.actors[actor_id].kind not in (ActorKind.place, ActorKind.state):
        return False
    before = tokens[position - 1]
    if not before.joined or not before.text[:1].isupper() or len(before.text) < 2 or before.text.isupper():
        return False
    return is_given_name(before.folded)


def other_given_name(tokens: list[Token], position: int, index: ActorIndex, actor_id: str) -> bool:
    """A surname written after a given name that is not the known person's: 'Brad Smith' when the
    workspace knows 'Patti Smith', or 'Agent Smith'. A title ("Mr Smith"), a function word
    ("Yesterday Smith said") or the known person's own given name before it does not count."""
    from dossier.ingest.cues import FUNCTION_WORDS, MONTHS_AND_DAYS, TITLE_PARTS, TITLES

    # "Rhys ap Gwilym", "Nurul Huda binti Ismail": the particles in lower case stand between the given
    # name and the family name.
    while position >= 2 and tokens[position - 1].text.islower() and tokens[position - 1].folded in NAME_PARTICLES:
        if not tokens[position - 1].joined:
            return False
        position -= 1
    if position == 0:
        return False
    before = tokens[position - 1]
    if not before.joined or not before.capitalised or not before.text[0].isupper():
        return False
    word = before.folded
    if word in TITLES or word in TITLE_PARTS or word in FUNCTION_WORDS or word in MONTHS_AND_DAYS:
        return False
    actor = index.actors[actor_id]
    spellings = {fold_phrase(spelling)[:1] for spelling in (actor.name, *actor.aliases)}
    return (word,) not in spellings


def _body_post_after(tokens: list[Token], position: int) -> bool:
    """'Thornley chief executive Ann Lee': a post only a body has, in lower case, then its holder's name."""
    from dossier.ingest.cues import POSTS_AFTER_A_BODY

    for size in (1, 2, 3):
        holder = position + size + 1
        if holder >= len(tokens) or not all(tokens[k].joined for k in range(position, holder)):
            break
        post = tokens[position + 1 : holder]
        if all(t.text.islower() for t in post) and tuple(t.folded for t in post) in POSTS_AFTER_A_BODY:
            return tokens[holder].capitalised
    return False


def _shares_in(tokens: list[Token], position: int) -> bool:
    """'Shares in Thornley fell', 'shares of Thornley': only a firm has shares."""
    return (
        position >= 2
        and tokens[position - 2].folded == "shares"
        and tokens[position - 1].folded in ("in", "of")
        and tokens[position - 2].joined
        and tokens[position - 1].joined
    )


# Nouns after a family name that make it many people: "the Marchant family sold the land".
_KIN_GROUPS = frozenset(("family", "families", "clan", "dynasty", "household", "brothers", "sisters", "twins"))


def family_not_a_person(tokens: list[Token], last: int, actor: Actor) -> bool:
    """Whether a known person's family name names a family here: "the Marchant family", "the Varn brothers"
    are not the known Ilse Marchant (a text alone drafts the family as its own name)."""
    following = last + 1
    return (
        actor.kind is ActorKind.person
        and following < len(tokens)
        and tokens[last].joined
        and tokens[following].text.islower()
        and tokens[following].folded in _KIN_GROUPS
    )


def place_noun_after(tokens: list[Token], last: int, actor: Actor) -> bool:
    """Whether a known person's family name names a place here by the lower-case noun after it, as a
    text alone reads it: "the Glanmorfa and Tregaron by-election", "the Tregaron checkpoint" are
    not the known Huw Tregaron."""
    from dossier.ingest.cues import NEXT_WORD, PHRASE_AFTER

    if actor.kind is not ActorKind.person or not tokens[last].joined:
        return False
    for size in (1, 2, 3):
        end = last + size
        if end >= len(tokens) or not all(tokens[k].text.islower() for k in range(last + 1, end + 1)):
            break
        if size > 1 and not tokens[end - 1].joined:
            break
        phrase = tuple(tokens[k].folded for k in range(last + 1, end + 1))
        cue = NEXT_WORD.get(phrase[0]) if size == 1 else PHRASE_AFTER.get(phrase)
        if cue is not None and cue.kind is ActorKind.place:
            return True
    return False
