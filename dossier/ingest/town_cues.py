"""What marks a name as a town's or a land's: an address, a works named after the town, Scots hills and glens, a
resident, a compass part.
"""

from __future__ import annotations

import re

from dossier.ingest.actor_document import ActorDocument, cased
from dossier.ingest.common_words import zipf
from dossier.ingest.cues import (
    COMPANY_HEADS,
    EVENT_HEADS,
    GLEN_PREPOSITIONS,
    GLEN_WORDS,
    HEAD_WORD,
    LAND_PARTS_BEFORE_OF,
    NAME_WORD,
    PLACE_NOUNS,
    PLACE_PREPOSITIONS,
    STREET_HEADS,
    STREET_HEADS_AFTER_ON,
    STREET_PREPOSITIONS,
    TITLES,
    TOWN_OWNED_NOUNS,
    TOWN_WORKS,
)
from dossier.ingest.gazetteer import Place
from dossier.ingest.grouping import Candidate
from dossier.ingest.mentions import Token
from dossier.ingest.name_words import ARABIC_ARTICLES, COMPASS_HEADS, WORD_ALONE
from dossier.ingest.names import is_given_name, is_surname, word_set
from dossier.ingest.page_noise import is_camel_case
from dossier.model import ActorKind


def right_after_based(doc: ActorDocument, position: int) -> bool:
    """'the Brno-based Ochrana Lesu': a town's name, a hyphen, "based", then the name (no noun between)."""
    tokens, text = doc.tokens, doc.text
    if position < 2 or tokens[position - 1].folded != "based" or not tokens[position - 1].joined:
        return False
    town = tokens[position - 2]
    return text[town.end : tokens[position - 1].start] in ("-", "‐") and cased(town)


def after_article_of_place(doc: ActorDocument, position: int) -> bool:
    """'in al-Hol', 'from al-Bab', 'the town of al-Mazraa': a lower-case Arabic article, joined by a hyphen,
    after a preposition of place (or a place's noun and "of") opens a place's name (not "from al-Baghdadi" where
    the text names a person so)."""
    tokens = doc.tokens
    if position < 2 or not tokens[position - 2].joined:
        return False
    article, before = tokens[position - 1], tokens[position - 2]
    of_its_noun = before.folded == "of" and position >= 3 and tokens[position - 3].folded in PLACE_NOUNS
    return (
        article.folded in ARABIC_ARTICLES
        and article.text.islower()
        and doc.text[article.end : tokens[position].start] in ("-", "‐")
        and (before.folded in PLACE_PREPOSITIONS or of_its_noun)
        and before.text.islower()
        and not is_given_name(tokens[position].folded)
        and not _ends_a_name_elsewhere(doc, position)
        and not _fighters_after(doc, position)
    )


# Members of an armed group after its name: "from al-Varnak militants" names the group, not a town.
_FIGHTERS = word_set("fighters militants insurgents rebels jihadists gunmen militiamen guerrillas extremists")


def _fighters_after(doc: ActorDocument, position: int) -> bool:
    tokens = doc.tokens
    return position + 1 < len(tokens) and tokens[position].joined and tokens[position + 1].folded in _FIGHTERS


def _ends_a_name_elsewhere(doc: ActorDocument, position: int) -> bool:
    """'Qasim Varid al-Tumani ... from al-Tumani': the word ends a longer capitalised name elsewhere."""
    tokens, word = doc.tokens, doc.tokens[position].folded
    for k, token in enumerate(tokens):
        if k == position or token.folded != word or k < 1:
            continue
        before = k - 2 if tokens[k - 1].folded in ARABIC_ARTICLES else k - 1
        if before >= 0 and tokens[before].joined and tokens[before].capitalised and tokens[before].text[0].isupper():
            return True
    return False


def lands_word(folded: str) -> bool:
    """'midlands', 'borderlands': one word ending in "lands" after a stem of three letters or more."""
    return folded.endswith("lands") and len(folded) >= len("lands") + 3 and folded.isalpha()


# A word rarer than this before "Path" or "Trail" names the land, not a figure of speech.
_TRAIL_LAND = 4.0


_PASS_LAND = 3.5  # "Khyber" 2.7, "Brenner" 3.0; "boarding" 4.0


def town_after_a_street(doc: ActorDocument, position: int, last: int) -> bool:
    """'..., Mercer Street, Skelbrook.': one word after a street's name of two or more capitalised words
    and a comma, ending the sentence or the line."""
    tokens, text = doc.tokens, doc.text
    if position < 3 or last + 1 > len(tokens) or text[tokens[position - 1].end : tokens[position].start] != ", ":
        return False
    street = tokens[position - 1]
    if not _street_head_before(tokens, position - 1) or not street.capitalised or not tokens[position - 2].capitalised:
        return False
    return text[tokens[last].end : tokens[last].end + 1] in (".", "\n", "")


def town_before_its_works(doc: ActorDocument, position: int, word: str) -> bool:
    """'the Crannock distillery', 'the Askern brewery Copperleaf': "the", a rare word that is nobody's
    name in the text, then the lower-case noun of works that stand in a town."""
    tokens = doc.tokens
    if position == 0 or position + 1 >= len(tokens) or tokens[position - 1].folded != "the":
        return False
    following = tokens[position + 1]
    return (
        following.folded in TOWN_WORKS
        and following.text.islower()
        and doc.text[tokens[position].end : following.start] == " "
        and tokens[position].text.istitle()
        and not is_given_name(word)
        and word not in doc.surnames
        and zipf(word) < WORD_ALONE
    )


# Old streets of northern and eastern English towns end in "gate" (Norse for a way): "Briggate", "Colegate".
_STREET_ENDING = "gate"
_SHORTEST_GATE_STREET = 7  # "Briggate" (not "Colgate", which is also a firm's)


def street_named_gate(doc: ActorDocument, position: int, word: str) -> bool:
    """'a van on Colegate', 'the Post Office on Tweedgate': one word ending in "gate" after "on" is a street."""
    tokens = doc.tokens
    return (
        position > 0
        and tokens[position - 1].folded == "on"
        and tokens[position - 1].joined
        and word.endswith(_STREET_ENDING)
        and len(word) > _SHORTEST_GATE_STREET
        and word not in doc.lower_case
    )


def glen_or_ben(doc: ActorDocument, position: int, words: tuple[str, ...]) -> bool:
    """'Glen Affric', 'Ben Macdui': a Scots word for a valley or a hill that is also a given name, then a rare
    word that is no family or given name, after a preposition of where one walks ("in", "across", "on") or a
    part of the land and "of" ("the slopes of"). Not "a goal from Glen Hoddle" ("from" also leads to people)."""
    if words[0] not in GLEN_WORDS or position < 1 or not doc.tokens[position - 1].joined:
        return False
    rest = words[1]
    if doc.text[doc.tokens[position + 1].end : doc.tokens[position + 1].end + 2] in ("'s", "’s"):
        return False  # "in Glen Hoddle's view": a person's possessive
    previous = doc.tokens[position - 1].folded
    if previous in _WALKED_THROUGH and doc.tokens[position - 2].folded not in _MET_BY_CHANCE:
        # "down into Glen Rosa", "across Ben Lui": one walks into a glen, whatever name it shares with people
        return zipf(rest) < _GLEN_NAME_WORD
    if is_surname(rest) or is_given_name(rest) or zipf(rest) >= _GLEN_REST_ZIPF:
        return False
    if previous in GLEN_PREPOSITIONS:
        return True
    return previous == "of" and position >= 2 and doc.tokens[position - 2].folded in LAND_PARTS_BEFORE_OF


# The saints' words that open towns' names in Spanish, Portuguese and Italian ("San Pedro", "Santa Cruz", "São
# Tomé"); a person is almost never named so.
SAINTS_OF_TOWNS = frozenset(("san", "santa", "santo", "são", "sao"))


def saints_town(doc: ActorDocument, position: int, words: tuple[str, ...]) -> bool:
    """'in San Pedro de Atacama', 'to Santa Maria Tevessa': a saint's word opening a name after a preposition of
    place, though a given name follows it."""
    if len(words) < 2 or words[0] not in SAINTS_OF_TOWNS or position < 1 or not doc.tokens[position - 1].joined:
        return False
    return doc.tokens[position - 1].folded in PLACE_PREPOSITIONS and doc.tokens[position].capitalised


def plural_land_after_the(doc: ActorDocument, position: int, word: str) -> bool:
    """'in the Mamores', 'across the Cairngorms': one rare capitalised plural after a preposition of where one
    walks and "the" names a range of hills or a group of isles (not "in the Beatles": a word this common)."""
    tokens = doc.tokens
    return (
        position >= 2
        and word.endswith("s")
        and tokens[position - 1].text == "the"
        and tokens[position - 2].folded in _PLURAL_LAND_PREPOSITIONS
        and zipf(word) < _RARE_PLURAL_LAND
        and not is_surname(word)
        and not is_given_name(word)
        # "through the TeleQuell mobile wallet": a word in a brand's casing is a firm's, no hills'
        and not is_camel_case(tokens[position].text)
    )


_PLURAL_LAND_PREPOSITIONS = word_set("in into across through around over")


_RARE_PLURAL_LAND = 2.5  # "Mamores" 0, "Cairngorms" 2.1; "Simpsons" 3.6, "Beatles" 3.9 are words one knows


# Where one walks through a glen or over a hill ("ran into" meets a person by chance).
_WALKED_THROUGH = word_set("into across through along")
_MET_BY_CHANCE = word_set("ran bumped run runs running")
_GLEN_NAME_WORD = 4.5  # "Rosa" 3.8, "Craig" 4.2: names; "Road" and "House" are words of their own
_GLEN_REST_ZIPF = 3.2  # "Affric" 1.2, "Nevis" 2.8, "Coe" 3.1: names of land; "Close", "Miller" are words or surnames


def named_for_place(doc: ActorDocument, words: tuple[str, ...], head: str) -> bool:
    """The words before a trail's head name land: a place the gazetteer knows, or a word too rare for a
    phrase ("Thames", "Pennine"; not "Critical Path", "Career Path"; before "Pass", rarer still: not
    "Boarding Pass")."""
    if is_given_name(words[0]):
        return False
    rare = _PASS_LAND if head == "pass" else _TRAIL_LAND
    return doc.gazetteer.lookup(words) is not None or any(zipf(w) < rare for w in words)


def county_name(word: str) -> bool:
    return not (
        word in HEAD_WORD or word in NAME_WORD or word in COMPANY_HEADS or word in STREET_HEADS or word in EVENT_HEADS
    )


def town_after_comma(doc: ActorDocument, last: int) -> bool:
    """A town the gazetteer knows right after the name and a comma, ending there ("…, Waterford city,",
    "…, Athlone."); not a state ("…, Britain's biggest union") nor a compound ("…, London-based")."""
    tokens, text = doc.tokens, doc.text
    if last + 1 >= len(tokens) or text[tokens[last].end : tokens[last + 1].start] != ", ":
        return False
    town = tokens[last + 1]
    place = doc.gazetteer.lookup((town.folded,))
    if place is None or place.kind != "place" or not town.capitalised:
        return False
    if town.folded in TITLES:
        return False  # "... Chiefs of Staff, Gen. Ilse Varn": a rank before a name, no town
    rest = text[town.end : town.end + 6]
    # (a list item's line may end with the town: "- a bakery on Wyle Cop, Shrewsbury")
    return rest[:1] in (",", ".", ";", "\n", "") or rest.startswith((" city", " town", " Co ", " Co.", " County"))


def alone_as_a_place(doc: ActorDocument, word: str) -> bool:
    """'Healthwatch Brenmouth' beside 'hospitals in Brenmouth': the last word stands alone as a place (the
    gazetteer knows it, or a preposition of place opens it), not as a surname."""
    if (place := doc.gazetteer.lookup((word,))) is not None and place.kind == "place":
        return True
    tokens = doc.tokens
    return any(
        token.folded == word
        and k > 0
        and tokens[k - 1].folded in PLACE_PREPOSITIONS
        and tokens[k - 1].joined
        and not (k + 1 < len(tokens) and tokens[k + 1].capitalised and tokens[k].joined)
        for k, token in enumerate(tokens)
    )


def town_by_what_it_has(doc: ActorDocument, last: int, word: str) -> bool:
    """'Pellowby's library', 'Tarnby's residents': a rare word that is no one's name, its possessive, then what
    only a town has (`TOWN_OWNED_NOUNS`)."""
    tokens = doc.tokens
    return (
        last + 1 < len(tokens)
        and doc.text[tokens[last].end : tokens[last + 1].start] in ("'s ", "’s ")
        and tokens[last + 1].folded in TOWN_OWNED_NOUNS
        and not (last + 2 < len(tokens) and tokens[last + 2].folded == "of")  # "X's library of books": a collection
        and word not in doc.surnames
        and zipf(word) < WORD_ALONE
        and word not in doc.lower_case
        and not is_given_name(word)
        and not is_surname(word)
    )


def state_after_the(doc: ActorDocument, position: int) -> bool:
    """'the US Treasury said': "the" and a state's name (read apart) right before the name."""
    tokens = doc.tokens
    if position < 2 or tokens[position - 2].folded != "the" or not tokens[position - 1].capitalised:
        return False
    state = doc.gazetteer.lookup((tokens[position - 1].folded,))
    return state is not None and state.kind == "state"


CITY_BEFORE_A_HEADING = 100_000


def land_no_one_is_named(doc: ActorDocument, words: tuple[str, ...]) -> Place | None:
    """'Queensland, who made 356', 'Leeds, who were relegated': a state, a region or a city that is no
    one's given or family name stands for its team or its people before ", who", not for a person."""
    place = doc.gazetteer.lookup(words) if len(words) == 1 else None
    if place is None or is_given_name(words[0]) or is_surname(words[0]):
        return None
    if place.kind == "state" or place.population == 0 or place.population >= CITY_BEFORE_A_HEADING:
        return place
    return None


# A person a town's name may describe after "a": "a Springfield man", "a Leeds pensioner".
# (Not "driver" or "student": "a Mercedes driver", "a Harvard student" name a car and a university.)
_RESIDENT_NOUNS = word_set(
    "man men woman women boy boys girl girls teenager teenagers couple pensioner resident mother father "
    "grandmother grandfather"
    # ...and what a town has of its own: "a Bradford secondary school", "a Leeds hospital"
    " school schools secondary primary hospital hospitals college"
)


def town_of_a_resident(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> str | None:
    """'a Springfield man', 'two Leeds teenagers', 'a Bradford school': a town the gazetteer knows, as common a
    word as its name may be, between "a" (or a number) and a person's noun (or a school's, a hospital's) in lower
    case; its official name, or None."""
    tokens = doc.tokens
    if position == 0 or last + 1 >= len(tokens) or not tokens[position - 1].joined or not tokens[last].joined:
        return None
    before, after = tokens[position - 1], tokens[last + 1]
    if before.folded not in ("a", "an", "two", "three", "four") or not after.text.islower():
        return None
    if after.folded not in _RESIDENT_NOUNS:
        return None
    place = doc.gazetteer.lookup(words)
    return place.name if place is not None and place.kind == "place" else None


def town_closing_an_address(doc: ActorDocument, position: int) -> bool:
    """'Dale Crane, of Fenner Road, Tollbury, who acted as lookout': the town after a street and a comma
    closes the address, and "who" is the person's (a person is not named after a street)."""
    tokens = doc.tokens
    return (
        position >= 2
        and doc.text[tokens[position - 1].end : tokens[position].start] == ", "
        and _street_head_before(tokens, position - 1)
        and cased(tokens[position - 1])
        and cased(tokens[position - 2])
    )


def _street_head_before(tokens: list[Token], k: int) -> bool:
    """A street's head word at `k`: "Fenner Road", or "of Morrow Close" ("close", "crescent" end a street's
    name only after a preposition of a street: "Bank Close" alone may be a firm)."""
    word = tokens[k].folded
    if word in STREET_HEADS:
        return True
    return word in STREET_HEADS_AFTER_ON and k >= 2 and tokens[k - 2].folded in STREET_PREPOSITIONS


def lower_article_before(doc: ActorDocument, position: int) -> bool:
    """'al-' of "al-Varnak": an Arabic article in lower case, joined by a hyphen to the name after it."""
    tokens = doc.tokens
    return (
        position > 0
        and tokens[position - 1].folded in ARABIC_ARTICLES
        and tokens[position - 1].text.islower()
        and doc.text[tokens[position - 1].end : tokens[position].start] in ("-", "‐")
    )


def state_or_land(doc: ActorDocument, words: tuple[str, ...]) -> bool:
    place = doc.gazetteer.lookup(words)
    return place is not None and place.kind == "state"


def compass_part_of_town(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> Candidate | None:
    """'the Kabwe North prospect', 'Tarnby East ward': a town the gazetteer knows, then a compass point, is
    a part of it or an area beside it (a given name first is a person's: "Oliver North"); after "from" or
    "near" (or "of" after an age) the town need not be known: "a bullock from Lydbury North"."""
    town = doc.gazetteer.lookup(words[:1])
    known = town is not None and town.kind == "place"
    whence = position > 0 and doc.tokens[position - 1].folded in ("from", "near") and not is_surname(words[0])
    # (and "Kieran Pashley, 38, of Athersley North": a home after a person's age)
    whence = whence or (
        position > 1 and doc.tokens[position - 1].folded == "of" and doc.tokens[position - 2].text.isdigit()
    )
    if words[-1] not in COMPASS_HEADS or not (known or whence) or is_given_name(words[0]):
        return None
    name = doc.text[doc.tokens[position].start : doc.tokens[last].end]
    return Candidate(position, last, name, ActorKind.place, "a town and a compass point", 0.5)


# Nouns of places of custody that a code in capitals and a number names ("penal colony IK-6", "detention
# unit SIZO-1", "prison camp No-14" is no code of letters).
_CODED_CUSTODY = word_set("colony prison jail camp isolator")
# Nouns that hold people only after "detention": "detention unit SIZO-1", "detention centre IK-2".
_DETENTION_NOUNS = word_set("unit facility centre center")


def coded_custody_place(doc: ActorDocument, first: int, last: int) -> Candidate | None:
    """'penal colony IK-6', 'detention unit SIZO-1': letters in capitals, a hyphen and a number after a
    lower-case noun of custody name the place (no weapon's or aircraft's code: "F-16")."""
    tokens, text = doc.tokens, doc.text
    if first != last or first == 0 or first + 1 >= len(tokens):
        return None
    code, number, noun = tokens[first], tokens[first + 1], tokens[first - 1]
    if not (code.text.isupper() and code.text.isalpha() and 2 <= len(code.text) <= 5 and number.text.isdigit()):
        return None
    if text[code.end : number.start] != "-" or not noun.joined:
        return None
    detention = noun.text in _DETENTION_NOUNS and first >= 2 and tokens[first - 2].text == "detention"
    if noun.text not in _CODED_CUSTODY and not detention:
        return None
    name = text[code.start : number.end]
    return Candidate(first, first + 1, name, ActorKind.place, f"a code after '{noun.text}'", 0.6)


def town_between_towns(doc: ActorDocument, position: int, word: str) -> bool:
    """'including Deniliquin, Hay and Griffith': a capitalised word between two towns the gazetteer knows, in one
    list (a comma before it, "and" or a comma after it), is a town too, though an ordinary word names it."""
    tokens, text = doc.tokens, doc.text
    if position < 1 or position + 2 >= len(tokens) or word in doc.lower_case:
        return False
    place = doc.gazetteer.lookup((word,))
    if place is not None and place.kind == "state":
        return False
    before, after = tokens[position - 1], tokens[position + 1]
    if text[before.end : tokens[position].start] != ", ":
        return False
    if after.text == "and":
        after = tokens[position + 2]
    elif text[tokens[position].end : after.start] != ", ":
        return False
    return all(_known_town(doc, t) for t in (before, after))


def _known_town(doc: ActorDocument, token: Token) -> bool:
    place = doc.gazetteer.lookup((token.folded,)) if token.capitalised else None
    return place is not None and place.kind != "state" and zipf(token.folded) < WORD_ALONE


def town_of_a_named_person(doc: ActorDocument, position: int, last: int) -> bool:
    """'judged by Meirion Powell of Llanidloes.': one uncommon word after a person's full name and "of", closing
    the clause, is where the person lives (a firm after "of" comes with a job: "analyst Ilse Varn of Quorwin")."""
    tokens, text = doc.tokens, doc.text
    if position != last or position < 4 or tokens[position - 1].text != "of":
        return False
    word = tokens[position].folded
    if is_given_name(word) or zipf(word) >= WORD_ALONE or text[tokens[last].end : tokens[last].end + 1] not in ".,;":
        return False
    first = position - 2
    while first > 0 and cased(tokens[first - 1]) and tokens[first - 1].joined:
        first -= 1
    # a given name first, or a family name of two joined by a hyphen last ("Lloyd-Fairbanks")
    double = text[tokens[position - 3].end : tokens[position - 2].start] == "-"
    person = is_given_name(tokens[first].folded) or is_surname(tokens[position - 2].folded) or double
    return first < position - 2 and person


# A place's name of up to this many words at a route's other end.
_ROUTE_END_WORDS = 3


def end_of_a_route(doc: ActorDocument, position: int, last: int) -> bool:
    """'moved from Bol to Baga Sola', 'drove from Anna Regina to Georgetown': one end of a route "from ... to"
    whose other end the gazetteer knows as a town is a town too, though a given name opens it."""
    tokens = doc.tokens
    previous = tokens[position - 1].folded if position > 0 and tokens[position - 1].joined else ""
    if previous == "to":
        opening = next(
            (
                k
                for k in range(position - 2, max(-1, position - 3 - _ROUTE_END_WORDS), -1)
                if tokens[k].folded == "from"
            ),
            None,
        )
        return opening is not None and _known_route_end(doc, opening + 1, position - 2)
    if previous != "from" or last + 2 >= len(tokens) or tokens[last + 1].folded != "to" or not tokens[last].joined:
        return False
    for size in range(_ROUTE_END_WORDS, 0, -1):
        end = last + 1 + size
        goes_on = end + 1 < len(tokens) and tokens[end].joined and cased(tokens[end + 1])
        if end < len(tokens) and not goes_on and _known_route_end(doc, last + 2, end):
            return True
    return False


def _known_route_end(doc: ActorDocument, first: int, last: int) -> bool:
    """The words from `first` to `last` are all capitalised, joined and a place the gazetteer knows."""
    tokens = doc.tokens
    if first > last or not all(cased(tokens[k]) for k in range(first, last + 1)):
        return False
    if not all(tokens[k].joined for k in range(first - 1, last)):
        return False
    return doc.gazetteer.lookup(tuple(tokens[k].folded for k in range(first, last + 1))) is not None


# "from Anna Regina and Rose Hall on the coast": a preposition of place, one or two names, and where they lie.
_PLACE_LIST_OPENING = re.compile(
    r"\b(?:from|in|at|near|to)[ \t]+(?:[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}[ \t]+and[ \t]+)?$"
)
_LYING_AFTER = re.compile(
    r"(?:[ \t]+and[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})?[ \t]+on[ \t]+the[ \t]+"
    r"(?:coast|border|shore|frontier|island|lakeshore|riverbank|river)\b"
)
_LIST_REACH = 60  # characters before a name where its list's preposition may stand


def town_lying_on_a_coast(doc: ActorDocument, position: int, last: int) -> bool:
    """'travel from Anna Regina and Rose Hall on the coast': names after a preposition of place and before
    where they lie ("on the coast", "on the border") are towns, though given names open them."""
    tokens, text = doc.tokens, doc.text
    start, end = tokens[position].start, tokens[last].end
    opening = _PLACE_LIST_OPENING.search(text, max(0, start - _LIST_REACH), start)
    return opening is not None and _LYING_AFTER.match(text, end) is not None


# Welsh nouns of a place that open its name before the article "y"/"yr" ("Parc y Glowyr", "Heol y Gwaith",
# "Maes y Coed"): a park, a road, a street, a field, a square, a bridge, a hall, a wood, a hill, a valley.
_WELSH_PLACE_HEADS = word_set("parc heol ffordd stryd maes cae sgwar pont plas coed bryn cwm nant llys tir")
_WELSH_ARTICLES = word_set("y yr")


def welsh_place(words: tuple[str, ...]) -> bool:
    """'at Parc y Glowyr', 'in Heol y Gwaith': a Welsh noun of a place, the article "y" and a name: a place,
    never a person (whose names take no article)."""
    return len(words) >= 3 and words[0] in _WELSH_PLACE_HEADS and words[1] in _WELSH_ARTICLES
