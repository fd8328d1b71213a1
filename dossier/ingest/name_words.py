"""Word tables and word tests the actor rules share.

Head words of places and buildings, compass words, Arabic articles, titles in the plural, and
whether a name holds an organisation's cue: small things every rule module asks about.
"""

from __future__ import annotations

import re

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.cues import (
    DUTIES,
    DUTY_SERVICES,
    FIRST_WORD,
    FORCE_MEMBERS,
    FORCE_OF_MEMBERS,
    GRADE_DIGIT_AFTER,
    GRADE_NOUN,
    GRADE_ORDINALS,
    HEAD_AFTER_FIRST,
    HEAD_WORD,
    MOVEMENTS_OF_A_STATE,
    NAME_WORD,
    PLURAL_AREA_HEADS,
    REGION_FORMS,
    REGION_QUALIFIERS,
    TITLE_PARTS,
    TITLES,
)
from dossier.ingest.gazetteer import Gazetteer
from dossier.ingest.mentions import Token
from dossier.ingest.names import word_set
from dossier.model import ActorKind

PLACE_HEADS = frozenset(word for word, cue in HEAD_WORD.items() if cue.kind is ActorKind.place)

# Buildings and streets: "the Iraqi Museum Street", "Turkish Embassy Road" name the building's
# owner's place, not a region of the state.
BUILDING_HEADS = word_set(
    "mosque church cathedral temple shrine synagogue palace castle stadium arena hotel resort street avenue road "
    "boulevard lane highway park reserve square gate bridge airport base airbase"
)

# Words for an area that end its name ("Nineveh Province", "Kobani Canton"): an "of" after them
# starts another name ("... Canton of the Federation").
AREA_HEADS = word_set("province governorate region district county oblast canton municipality prefecture")

# Seas, coasts and regions a text may name by their head word alone ("to the Gulf").
LANDMARK_HEADS = PLACE_HEADS - BUILDING_HEADS - AREA_HEADS

MAX_NAME_TOKENS = 8

COMPASS_HEADS = word_set("east west north south")  # "Near East", "Far North"

COMPASS = word_set(
    "northern southern eastern western central north south east west "
    "northeast northwest southeast southwest northeastern northwestern southeastern southwestern"
)


def two_compass_points(words: tuple[str, ...], gazetteer: Gazetteer) -> bool:
    """'North and West Darfur', 'East and Southern Africa': two compass points of a land the gazetteer knows (alone
    or with the second point); not a remit's adjective ("South and Central Asian Affairs") nor a body."""
    if len(words) < 4 or words[0] not in COMPASS or words[1] != "and" or words[2] not in COMPASS:
        return False
    if words[3] in COMPASS:
        return False  # "North West and South West": two regions, each named by its points
    if len(words) == 4 and words[3] in PLURAL_AREA_HEADS:
        return True  # "the Northern and Eastern Provinces": both named by their points, one plural head
    if has_cue(words):
        return False
    return gazetteer.lookup(words[3:]) is not None or gazetteer.lookup(words[2:]) is not None


# Organisation words that may also stand in a title ("Foreign Office Minister"); after "of the"
# they start the organisation the title belongs to. Not "state": "Secretary of State".
INSTITUTION_WORDS = frozenset(word for word in TITLE_PARTS if word in NAME_WORD and word != "state")

# A word this frequent in English (Zipf; "rust", "joker", "ecology") standing alone with no cue is
# taken for a word, not a name: rarer ones ("Hezbollah" 3.3, "Assad" 3.6) stay.
WORD_ALONE = 3.7

LETTER_NUMBER = re.compile(r"[A-Z]\d{1,2}")  # G7, G20, P5: groups, not codes

ARABIC_ARTICLES = word_set("al el ad as ash an ar az ez es ed ul")

ADJECTIVE_SUFFIXES = ("an", "ese", "ish", "ic", "al")  # "European", "Arabic", "National": not a verb


def article_joined(doc: ActorDocument, position: int) -> bool:
    """'Al-Varnak', 'El-Tremmin': an Arabic article joined by a hyphen to the capitalised word after it."""
    tokens = doc.tokens
    return (
        tokens[position].folded in ARABIC_ARTICLES
        and position + 1 < len(tokens)
        and doc.text[tokens[position].end : tokens[position + 1].start] in ("-", "‐")
        and tokens[position + 1].capitalised
    )


def has_cue(words: tuple[str, ...]) -> bool:
    return (
        head_at(words) is not None
        or any(w in NAME_WORD for w in words)
        or (len(words) >= 2 and (words[-2], words[-1]) in HEAD_AFTER_FIRST)  # "Syrian Arab Red Crescent"
    )


def opens_place(words: tuple[str, ...]) -> bool:
    """'Lake Chad', 'Mount Lebanon': a place's opening word makes the run one name."""
    return len(words) > 1 and words[0] in _PLACE_OPENERS


_PLACE_OPENERS = frozenset(word for word, cue in FIRST_WORD.items() if cue.kind is ActorKind.place)


# Heads of schools that often name their seat after them: "Royal Military Academy Sandhurst".
_SEATED_HEADS = word_set("academy college university")

# A unit numbered by a word after its head, as navies name theirs: "Mine Countermeasures Squadron Two",
# "Patrol Flotilla Three" (not a league's "Division One" or a cup's "Group Two").
_UNITS_NUMBERED_IN_WORDS = word_set("squadron flotilla fleet")
_NUMBER_WORDS = word_set("one two three four five six seven eight nine ten eleven twelve")
# A force's head word, then the theatre it serves in: "Naval Forces Africa", "Army Pacific", "Air Forces Central".
_THEATRE_HEADS = word_set("forces command fleet army navy marines")
_THEATRES = word_set("africa europe asia pacific atlantic arctic central")


# A service's installation named with its seat: "Naval Support Activity Bahrain", "Naval Air Station
# Kenya", "Joint Base Qalat": the state or town at its end is part of the name.
_INSTALLATION_OPENERS = word_set("naval air army joint marine military")
_INSTALLATION_HEADS = word_set("activity station base")


def installation_with_seat(words: tuple[str, ...]) -> bool:
    return (
        len(words) >= 3
        and words[0] in _INSTALLATION_OPENERS
        and any(w in _INSTALLATION_HEADS for w in words[1:-1])
        and words[-1] not in _INSTALLATION_HEADS
    )


# A land's own region named with where it lies: "Autonomous Region in Muslim Mindanao".
_REGIONS_NAMED_WITH_WHERE = word_set("region province territory")


def head_at(words: tuple[str, ...]) -> int | None:
    """Where the head noun of a name is: its last word ("Revolutionary Guard Corps"), or the word
    before its first "of" ("Great Mosque of al-Nuri", "House of Commons") or "for" ("Democratic
    Forces for the Liberation of Varnia"), if a head word."""
    if "on" in words[1:-1] and words[words.index("on", 1) - 1] in NAME_WORD:
        return None  # "Conference on the Great Lakes Region": a body named for its subject, a region
    if len(words) >= 4 and words[-1] in DUTIES and words[-3] == "and" and words[-4] in DUTY_SERVICES:
        return len(words) - 4  # "Coast Guard and Port Security": the service, then its second duty
    if len(words) >= 4 and words[-2] == "in" and words[-3] in MOVEMENTS_OF_A_STATE:
        return len(words) - 3  # "Islamic Resistance in Iraq": a movement named for the state it fights in
    if len(words) >= 4 and (words[0] == "un" or words[:2] == ("united", "nations")) and "in" in words[2:-1]:
        where = words.index("in", 2)  # "UN Peacekeeping Force in Cyprus": a UN body, then where it serves
        if words[where - 1] in HEAD_WORD:
            return where - 1
    if len(words) >= 4 and "in" in words[2:-1] and words[words.index("in", 2) - 1] in _REGIONS_NAMED_WITH_WHERE:
        return words.index("in", 2) - 1  # "Bangsamoro Autonomous Region in Muslim Mindanao": a region, then where
    if len(words) >= 2 and words[-1] in FORCE_MEMBERS and words[-2] in FORCE_OF_MEMBERS:
        return len(words) - 2  # "Navy SEALs", "Army Rangers": the force's members
    if words[-1] in HEAD_WORD and HEAD_WORD[words[-1]].kind is ActorKind.place and "of" in words[1:-1]:
        before = words.index("of", 1) - 1
        # (a head word: callers read its kind from HEAD_WORD)
        if words[before] in HEAD_WORD and HEAD_WORD[words[before]].kind is not ActorKind.place:
            return before  # "Maritime Force of the Cook Islands", "Bank of the Islands": a body, then its land
    if words[-1] in HEAD_WORD and HEAD_WORD[words[-1]].kind is ActorKind.media and "of" in words[1:-1]:
        before = words.index("of", 1) - 1
        if words[before] in NAME_WORD and NAME_WORD[words[before]].kind is ActorKind.organization:
            return before  # "Department of Tourism, Culture, Sport and Media": a body, the media its last field
    if words[-1] in HEAD_WORD:
        return len(words) - 1
    if len(words) >= 3 and words[-1] in _NUMBER_WORDS and words[-2] in _UNITS_NUMBERED_IN_WORDS:
        return len(words) - 2
    if len(words) >= 3 and words[-2] in _SEATED_HEADS and words[-1] not in NAME_WORD:
        return len(words) - 2  # "Royal Military Academy Sandhurst", "University College Dublin": then its seat
    if len(words) >= 3 and words[-2] in _THEATRE_HEADS and words[-1] in _THEATRES:
        return len(words) - 2  # "Tessalian Naval Forces Africa", "Varn Army Pacific": a force, then its theatre
    if len(words) >= 4 and words[-3] in _THEATRE_HEADS and words[-2] in COMPASS and words[-1] in _THEATRES:
        return len(words) - 3  # "Patrol Forces Southwest Asia": a force, then a part of a continent it serves in
    glue = next((k for k in range(1, len(words) - 1) if words[k] in ("of", "for")), None)
    if glue is not None and words[-1] in NAME_WORD and glue < len(words) - 2:
        return None  # "Gulf of Guinea Commission": a body's word ends it; the place before is its seat
    if glue is not None:
        before = glue - 1
        if words[before] in HEAD_WORD and words[before] not in COMPASS_HEADS:
            return before
    return None


def is_title(word: str) -> bool:
    """A title or rank, also in the plural ("Ministers", "Secretaries")."""
    return (
        word in TITLES
        or (word.endswith("s") and word[:-1] in TITLES)
        or (word.endswith("ies") and word[:-3] + "y" in TITLES)
    )


LIST_GAPS = (", ", " and ", ", and ", " or ", ", or ")


def grade_after_rank(tokens: list[Token], k: int) -> int:
    """How many tokens from `k` are a rank's grade, between the rank before it and a name after
    ("Sgt. 1st Class Ilse Varn", "Warrant Officer Class 2 Ilse Varn"); 0 when they are none."""
    if k <= 0 or k >= len(tokens) or not tokens[k - 1].joined:
        return 0
    rank, word = tokens[k - 1].folded, tokens[k].folded
    size = 0
    if rank in TITLES and word in GRADE_ORDINALS and k + 1 < len(tokens) and tokens[k + 1].folded == GRADE_NOUN:
        size = 2 if tokens[k].joined and tokens[k + 1].text[:1].isupper() else 0
    elif rank in GRADE_DIGIT_AFTER and len(word) == 1 and word.isdigit():
        size = 1
    elif rank in TITLES and word == GRADE_NOUN and k + 1 < len(tokens) and tokens[k].joined:
        following = tokens[k + 1].folded
        size = 2 if len(following) == 1 and following.isdigit() else 0  # "Warrant Officer Class 2 ..."
    after = k + size
    # the holder's name follows, in capitals
    if not size or after >= len(tokens) or not tokens[after - 1].joined or not tokens[after].text[:1].isupper():
        return 0
    return size


def region_form(words: tuple[str, ...]) -> bool:
    """'Autonomous Territorial Unit', 'Special Administrative Region': qualifiers of self-rule and a
    region's form, which an "of" and the region's own name follow."""
    return (
        len(words) >= 2
        and words[0] in REGION_QUALIFIERS
        and words[-1] in REGION_FORMS
        and all(w in REGION_QUALIFIERS or w in REGION_FORMS for w in words)
    )
