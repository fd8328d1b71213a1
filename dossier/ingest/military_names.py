"""Names an armed conflict gives: bases, camps, units, regions by their status, ships' hull numbers, pacts, wars
and peace processes.
"""

from __future__ import annotations

import re

from dossier.ingest.acronyms import ACRONYM
from dossier.ingest.actor_document import ActorDocument, cased
from dossier.ingest.common_words import zipf
from dossier.ingest.cues import FUNCTION_WORDS, HEAD_WORD, NAME_GLUE, NAME_WORD
from dossier.ingest.draft_evidence import SHIP_PREFIXES
from dossier.ingest.gazetteer import Gazetteer
from dossier.ingest.mentions import Token
from dossier.ingest.name_words import ADJECTIVE_SUFFIXES, WORD_ALONE
from dossier.ingest.names import is_given_name, is_surname, word_set
from dossier.ingest.peoples import is_people

_PEACE_WAYS = word_set("process talks agreement accord deal negotiations conference")


def peace_process_after(doc: ActorDocument, last: int) -> bool:
    """Whether "peace" and a way of making it follow the name in lower case, and no people's adjective names it."""
    tokens = doc.tokens
    if last + 2 >= len(tokens) or not tokens[last].joined or not tokens[last + 1].joined:
        return False
    peace, way = tokens[last + 1], tokens[last + 2]
    return (
        peace.text == "peace"
        and way.text.islower()
        and way.folded in _PEACE_WAYS
        and doc.gazetteer.country_of_demonym(tokens[last].folded) is None
    )


_ORDINALS = word_set("first second third fourth fifth sixth seventh eighth ninth tenth")


# A pact's or a war's word in capitals after a name: "the Lombok Treaty", "the Pukpuk Treaty", "the Ogaden War".
_PACTS_AND_WARS = word_set("treaty accord accords protocol war wars")


_CONFLICTS_IN_LOWER_CASE = frozenset(("conflict", "insurgency", "war", "massacre", "siege"))


_CAUSE_ENDINGS = ("ist", "ists", *ADJECTIVE_SUFFIXES)


def named_pact_or_war_after(doc: ActorDocument, position: int, last: int) -> bool:
    """Whether a pact's or a war's word in capitals follows one rare word that is no person's or people's
    name ("Abraham Accords" honours a man, "Korean War" names a people, "Brexit" is a frequent word). Not
    after an ordinal: "the Second Varnak War" counts a people's wars as often as a land's."""
    tokens = doc.tokens
    if last + 1 >= len(tokens) or not tokens[last].joined:
        return False
    if position > 0 and tokens[position - 1].folded in _ORDINALS:
        return False
    word, head = tokens[last].folded, tokens[last + 1]
    # "the Kivu conflict", "the Tarvel insurgency", "the Oskel massacre": a conflict or a massacre in lower case is
    # named for its land too
    # (not "the Islamist insurgency", "the Separatist conflict": a cause's adjective)
    fought_over = head.text in _CONFLICTS_IN_LOWER_CASE and not is_people(word) and not word.endswith(_CAUSE_ENDINGS)
    return (
        ((head.capitalised and head.folded in _PACTS_AND_WARS) or fought_over)
        and zipf(word) < WORD_ALONE
        and not is_given_name(word)
        and not is_surname(word)
        and doc.gazetteer.country_of_demonym(word) is None
    )


# Words that say whose base it is, before a "Base" that opens its own name: "Naval Base Kitsap",
# "Joint Base Varnmoor", "Marine Corps Base Tremmin" (an acronym does too: "RAAF Base Kurrawang").
_BASE_OWNERS = word_set("air naval navy army marine corps joint military royal force forces")


# What a base is for, before the word that opens its own name: "Forward Operating Base Tremmin",
# "Mission Support Site Varnmoor", "Combat Outpost Oskel", "Cooperative Security Location Tarn".
_BASE_ROLES = word_set(
    "forward operating patrol combat fire mission support logistics contingency cooperative security"
)


# The words that open a base's own name after its owner or its role.
_BASE_HEADS = word_set("base site outpost location")


# Places where people are held or sheltered, named before a description of who is there: "the al-Varn
# displaced persons camp", "the Tremmin refugee camps", "the Oskel military prison"; and fields named
# before what they yield: "the Greater Varn gas fields", "the Tremmin oil field".
# "the Tarnok border zone", "the Varnek border crossing", "the Oskel army checkpoint"
# ("the Tarnok export terminal", "the Varn oil terminal": a port's terminal named before its kind)
_CAMP_HEADS = word_set("camp camps prison jail field fields zone crossing crossings checkpoint terminal")


# What a post on the ground is for, before "post": "the Varnok border post", "the Tessel observation post".
_KINDS_OF_POSTS = word_set("border observation police military customs frontier trading guard")


# Words before "camp" that make a political side of it, no place: "the Labour party camp".
_SIDE_WORDS = word_set("party campaign political opposition reform leadership primary presidential election")


# ... nor a league's places in its table: "out of the Championship relegation zone", "the Conference play-off zone".
_SIDE_WORDS |= word_set("relegation promotion playoff play-off")


_CAMP_WORDS_BETWEEN = 2


# A gas venture's code after the name of its state or site: "Mozambique LNG", "Papua LNG", "Coral FLNG";
# an aid programme's "Compact" after its state's name and its field: "the Ghana Power Compact".
_VENTURE_ENDS = frozenset(("LNG", "FLNG", "LPG", "Compact"))


def venture_named_for_site(tokens: list[Token], position: int, last: int) -> bool:
    """Whether the run is a venture or a programme named with its state or site ("Mozambique LNG")."""
    if last == position or tokens[last].text not in _VENTURE_ENDS:
        return False
    if tokens[last].text == "Compact":
        return True
    after = tokens[last + 1].folded if last + 1 < len(tokens) and tokens[last].joined else ""
    # "US LNG exports", "Qatari LNG prices": the gas a state trades, not a venture
    return not tokens[position].text.isupper() and after not in _GAS_TRADE_NOUNS


_GAS_TRADE_NOUNS = word_set("exports imports prices price supplies supply cargoes cargo market demand output shipments")


# A base is named for its place only with an armed service's word between ("the Tarnok army base"); a
# "customer base" or a "voter base" is a firm's or a party's.
BASE_NOUNS = word_set("base bases")


_ARMED_SERVICES = word_set("army military air naval navy marine police")


# Spanish plural articles: gangs, cartels and bands name themselves as a crowd ("Los Tarnos", "Las Quimeras").
_SPANISH_PLURAL_ARTICLES = word_set("los las")


def group_with_spanish_article(doc: ActorDocument, words: tuple[str, ...]) -> bool:
    """'Los Tarnos', 'Los Varga Boys': a plural article and a plural noun name a group, unless the gazetteer
    knows the words as a town ("Los Angeles", "Las Palmas"), or a town opens them ("Los Angeles Games": the city's
    games, an event named after it)."""
    return (
        len(words) in (2, 3)
        and words[0] in _SPANISH_PLURAL_ARTICLES
        and words[-1].endswith("s")
        and doc.gazetteer.lookup(words) is None
        and doc.gazetteer.lookup(words[:2]) is None
    )


# Troops named by the land they are trained for: "mountain infantry", "jungle warfare", "desert troops".
_TROOP_NOUNS = word_set("infantry troops warfare rifles division brigade battalion regiment")


def troops_after(doc: ActorDocument, last: int) -> bool:
    """Whether a lower-case kind of troops follows the name's last word ("Mountain infantry")."""
    tokens = doc.tokens
    return (
        last + 1 < len(tokens)
        and tokens[last].joined
        and tokens[last + 1].text.islower()
        and tokens[last + 1].folded in _TROOP_NOUNS
    )


def camp_after_words(doc: ActorDocument, position: int, last: int) -> str | None:
    """The words after a name up to a camp's or a prison's word, when one or two lower-case words
    stand between them ("displaced persons camp"); None otherwise."""
    tokens = doc.tokens
    for head in range(last + 2, min(len(tokens), last + 2 + _CAMP_WORDS_BETWEEN)):
        between = range(last + 1, head)
        if not all(tokens[k].joined for k in range(last, head)) or not all(tokens[k].text.islower() for k in between):
            return None
        if any(tokens[k].folded in FUNCTION_WORDS or tokens[k].folded in _SIDE_WORDS for k in between):
            return None
        if tokens[head].folded in _CAMP_HEADS and tokens[head].text.islower():
            return doc.text[tokens[last + 1].start : tokens[head].end]
        if head == last + 2 and (tokens[head - 1].folded, tokens[head].folded) in _VENUES_OF_TWO_WORDS:
            return doc.text[tokens[last + 1].start : tokens[head].end]  # "the Westgate shopping mall" (attacked)
        if tokens[head].folded in ("post", "posts") and tokens[head - 1].folded in _KINDS_OF_POSTS:
            return doc.text[tokens[last + 1].start : tokens[head].end]  # "the Lebombo border post" (no "blog post")
        if (
            tokens[head].folded in BASE_NOUNS
            and tokens[head].text.islower()
            and all(tokens[k].folded in _ARMED_SERVICES for k in between)
        ):
            return doc.text[tokens[last + 1].start : tokens[head].end]  # "the Tarnok army base"
    return None


# Venues that attacks and sieges are reported at, named before their two-word noun in lower case: "the Westgate
# shopping mall", "the Bataclan concert hall" (one word after a name is `NEXT_WORD`'s: "the Radisson hotel").
_VENUES_OF_TWO_WORDS = frozenset(
    {
        ("shopping", "mall"),
        ("shopping", "centre"),
        ("shopping", "center"),
        ("concert", "hall"),
        ("music", "venue"),
        ("football", "stadium"),
        ("sports", "stadium"),
        ("night", "club"),
    }
)


# A region's status in lower case between its name and its noun: "the Tarvask autonomous region", "the
# Quellmar special administrative region", "the Orsk semi-autonomous province".
_REGION_STATUS_WORDS = word_set("autonomous semi-autonomous special administrative self-governing self-administered")


_REGION_STATUS_NOUNS = word_set("region regions republic province territory district zone prefecture oblast okrug area")


_REGION_STATUS_WORDS_BETWEEN = 2


def region_status_after(doc: ActorDocument, last: int) -> str | None:
    """The words after a name up to a region's noun when only words of its status stand between ("special
    administrative region"); None otherwise."""
    tokens = doc.tokens
    for head in range(last + 2, min(len(tokens), last + 2 + _REGION_STATUS_WORDS_BETWEEN)):
        between = range(last + 1, head)
        if not all(tokens[k].joined for k in range(last, head)) or not tokens[head].text.islower():
            return None
        if not all(tokens[k].text.islower() and tokens[k].folded in _REGION_STATUS_WORDS for k in between):
            return None
        if tokens[head].folded in _REGION_STATUS_NOUNS:
            return doc.text[tokens[last + 1].start : tokens[head].end]
    return None


# A force's kind in lower case after its name, and the words that may stand between: "the Akhmat special
# forces unit", "the Vostok volunteer battalion", "the Sparta reconnaissance battalion".
_FORCE_UNIT_NOUNS = word_set("unit battalion brigade regiment detachment squadron")


_FORCE_UNIT_MODIFIERS = word_set(
    "special forces force volunteer reconnaissance assault artillery tank motorised motorized rifle airborne "
    "paratrooper naval infantry marine mechanised mechanized sabotage drone militia commando sniper mercenary"
)


_FORCE_UNIT_WORDS_BETWEEN = 2


def unit_after_words(doc: ActorDocument, last: int) -> str | None:
    """The words after a name up to a force's unit noun, with at most two of a force's own words between
    ("special forces unit", "battalion"); None otherwise."""
    tokens = doc.tokens
    for head in range(last + 1, min(len(tokens), last + 2 + _FORCE_UNIT_WORDS_BETWEEN)):
        if not all(tokens[k].joined for k in range(last, head)) or not tokens[head].text.islower():
            return None
        if tokens[head].folded in _FORCE_UNIT_NOUNS:
            # a lone "unit" is a hospital's or a firm's as often ("the Tarnby unit")
            alone = head == last + 1 and tokens[head].folded == "unit"
            return None if alone else doc.text[tokens[last + 1].start : tokens[head].end]
        if tokens[head].folded not in _FORCE_UNIT_MODIFIERS:
            return None
    return None


def base_named_after(tokens: list[Token], position: int, words: tuple[str, ...]) -> str | None:
    """'RAAF Base Kurrawang', 'Naval Base Varnmoor': a service's word or acronym, "Base", then the
    base's own name is a place (the words after it name where it stands, not a body)."""
    k = next((k for k in (1, 2, 3) if k < len(words) - 1 and words[k] in _BASE_HEADS), None)
    if k is None or not tokens[position + k].text[:1].isupper() or words[k + 1] in FUNCTION_WORDS:
        return None
    if words[k] != "base" and not any(w in _BASE_ROLES for w in words[:k]):
        return None  # "Heritage Site Varn" is no base; "Mission Support Site Varn" is
    owners = all(w in _BASE_OWNERS or w in _BASE_ROLES for w in words[:k])
    if not (owners or (k == 1 and ACRONYM.fullmatch(tokens[position].text))):
        return None
    return " ".join(tokens[position + j].text for j in range(k + 1))


# Fighters in the plural, named before the name their group goes by.
_FIGHTER_PLURALS = word_set("insurgents militants rebels fighters jihadists gunmen militias guerrillas")
# ... and a body's own noun: "The peacekeeping force, known as Varnisom, said", "the coalition, known as the Front,".
_BODY_NOUNS_BEFORE_KNOWN_AS = word_set(
    "force mission group coalition alliance militia movement organisation organization"
)


def fighters_before(doc: ActorDocument, begin: int) -> bool:
    """Whether fighters in the plural, or a body's noun, and a comma stand right before "known as" at `begin`."""
    tokens = doc.tokens
    return (
        begin > 0
        and (tokens[begin - 1].folded in _FIGHTER_PLURALS or tokens[begin - 1].folded in _BODY_NOUNS_BEFORE_KNOWN_AS)
        and doc.text[tokens[begin - 1].end : tokens[begin].start] == ", "
    )


# Where a line that divides lands lies, before "the" and its name: "along the Blue Line", "north of the Green Line".
_BESIDE_A_LINE = re.compile(
    r"(?:\b(?:along|across|astride|beyond|behind)|\b(?:north|south|east|west)(?:ern)? of) the $", re.I
)


def dividing_line(doc: ActorDocument, position: int, words: tuple[str, ...]) -> bool:
    """'the Blue Line', 'the Administrative Boundary Line' after "along", "across" or "north of": a ceasefire or
    boundary line (not "the Central Line" of a city's trains, which no such word comes before)."""
    if words[-1] != "line" and words[:2] != ("line", "of"):
        return False  # (the Line of Contact)
    start = doc.tokens[position].start
    return _BESIDE_A_LINE.search(doc.text, max(0, start - 20), start) is not None


_HULL_DIGITS = re.compile(r" ?\d{1,4}\)")


_PENNANT = re.compile(r"[A-Z]{1,3}\d{1,4}")


_SHIP_NAME_WORDS = 4  # the words of a ship's name between its prefix and the bracket: "HMS Prince of Wales"


def hull_number(doc: ActorDocument, position: int) -> bool:
    """Letters opening a bracket that closes after a number: "(WPC 1161)", "(LHD 9)"; or a pennant number
    alone in a bracket after a ship's name: "HMS Diamond (D34)", "FS Languedoc (D653)"."""
    token = doc.tokens[position]
    if doc.text[token.start - 1 : token.start] != "(":
        return False
    if _HULL_DIGITS.match(doc.text, token.end) is not None:
        return True
    if not _PENNANT.fullmatch(token.text) or not doc.text.startswith(")", token.end):
        return False
    opening = range(max(0, position - 1 - _SHIP_NAME_WORDS), position)
    return any(doc.tokens[k].folded in SHIP_PREFIXES and doc.tokens[k].text.isupper() for k in opening)


# The arms of an army named in the plural after "Royal": "the Royal Engineers", "Royal Australian Engineers",
# "Royal Electrical and Mechanical Engineers", "Royal Signals" (elsewhere "Engineers" ends a firm's or a
# learned body's name: "Tarnby Engineers Ltd", "Institution of Civil Engineers").
_ARMS_OF_AN_ARMY = word_set("engineers signals artillery")  # "the Royal (Horse) Artillery" too
_ROYAL_ARM_WORDS = 5


def royal_arm(words: tuple[str, ...]) -> bool:
    """'the Royal Engineers', 'the Royal Australian Engineers': an army's corps by its arm, after "Royal"."""
    return 2 <= len(words) <= _ROYAL_ARM_WORDS and words[0] == "royal" and words[-1] in _ARMS_OF_AN_ARMY


_FORCES_LED = word_set("army forces militia militias")
_LEADER_WORD = 3.5  # Zipf under which a word after a force's "of" reads as a person's name ("Haftar", not "Islam")


def leader_of_a_force(tokens: list[Token], gazetteer: Gazetteer, last: int, k: int) -> bool:
    """'the Libyan National Army of Khalifa Haftar': a force's word, then "of" and two or three capitalised rare words
    that end the run, no place and no body's word: the leader it answers to, no more of its name ("Army of Northern
    Virginia" names a land; "Army of God", "Army of Islam" are one word)."""
    if tokens[last].folded not in _FORCES_LED:
        return False
    end = k
    while end + 1 < len(tokens) and end - k < 3 and tokens[end].joined and cased(tokens[end + 1]):
        end += 1
    words = tuple(tokens[j].folded for j in range(k, end + 1))
    if not 2 <= len(words) <= 3 or not all(cased(tokens[j]) for j in range(k, end + 1)):
        return False
    if any(w in NAME_WORD or w in HEAD_WORD or w in NAME_GLUE for w in words):
        return False
    if any(zipf(w) >= _LEADER_WORD and not (n == 0 and is_given_name(w)) for n, w in enumerate(words)):
        return False
    return (
        gazetteer.lookup(words) is None and gazetteer.lookup(words[:1]) is None and gazetteer.lookup(words[-1:]) is None
    )
