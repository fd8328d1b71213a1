"""Persons' names: titled persons, initials, given names and surnames.

"Maj. Gen. Ivan Petrenko", "George W. Bush", "Julie Bishop MP", "Ban Ki-moon"; a speaker before
"said"; a name beside a title; persons listed together; and the titled names that are no
person's ("General Motors", "King Fahd University").
"""

from __future__ import annotations

import re

from dossier.ingest.acronyms import ACRONYM
from dossier.ingest.actor_document import ActorDocument, cased
from dossier.ingest.common_words import VERY_COMMON, zipf
from dossier.ingest.cues import (
    ACTS_AFTER_A_NAME,
    ADJECTIVE_TITLES,
    ADJECTIVES_BEFORE_NAMES,
    ARABIC_BODY_OPENERS,
    COUNCIL_TIERS,
    CROWN_POSSESSORS,
    EVENT_HEADS,
    FUNCTION_WORDS,
    HEAD_AFTER_FIRST,
    HEAD_FIRST_BODIES,
    HEAD_WORD,
    HOLIDAYS,
    MONTHS_AND_DAYS,
    NAME_GLUE,
    NAME_PARTICLES,
    NAME_WORD,
    NAMESAKE_TITLES,
    NOT_PERSON_WORDS,
    PARTIES_BY_WORD,
    PERSON_CONFIDENCE_WITH_TITLE,
    PHRASE_BEFORE,
    PLACE_PREPOSITIONS,
    POSTNOMINALS,
    SPEECH_BEFORE,
    STOPPED_TITLES,
    TERM_ACRONYMS,
    TITLE_PARTS,
    TITLES,
    TRADES_AFTER_A_NAME,
    VOTE_HEADS,
)
from dossier.ingest.draft_evidence import SHIP_PREFIXES
from dossier.ingest.grouping import Candidate
from dossier.ingest.hyphened_titles import before_hyphened_particle, clock_pm
from dossier.ingest.listed_firms import is_listed_firms_word
from dossier.ingest.mentions import Token
from dossier.ingest.merchant_ships import MERCHANT_VESSEL_NOUNS
from dossier.ingest.name_words import (
    ARABIC_ARTICLES,
    BUILDING_HEADS,
    COMPASS,
    COMPASS_HEADS,
    INSTITUTION_WORDS,
    LIST_GAPS,
    MAX_NAME_TOKENS,
    WORD_ALONE,
    grade_after_rank,
    has_cue,
    is_title,
)
from dossier.ingest.names import KOREAN_SURNAMES, fold, is_given_name, is_surname, word_set
from dossier.ingest.not_names import is_junk_word, name_glued_to_its_verb, surname_like_month
from dossier.ingest.page_noise import is_camel_case
from dossier.ingest.paired_state_bodies import holds_paired_places
from dossier.ingest.place_evidence import alternate_spelling, titled_town_in_dateline
from dossier.ingest.title_letters import letters_not_a_title
from dossier.ingest.vietnamese_names import vietnamese_name_at
from dossier.ingest.works import PATTERN_SUFFIX
from dossier.model import ActorKind

# A given name that is also a city this large ("Austin", "Paris") does not make a person on its own.
_GIVEN_NAME_CITY = 500_000


# What follows a hyphen after a name in English compounds ("Hong Kong-born", "New York-style").
_COMPOUND_TAILS = word_set(
    "born made run like wide free style era type bound rich area only size wise long side based led held "
    "owned ruled friendly majority speaking language class level scale sized proof"
)


# A syllable of a Korean given name written apart, as English news romanises it: "Suk", "Yeol", "Jae", "Hwan".
_KOREAN_SYLLABLE = re.compile(r"[A-Z][a-z]{1,4}")
# One of the two syllables is rare as an English word ("Yeol" 2.3, "Hwan" 2.8); "Park Lane Hotel" has none.
_RARE_SYLLABLE = 3.3


def korean_name_apart(doc: ActorDocument, first: int) -> bool:
    """'Yoon Suk Yeol', 'Moon Jae Hwan': a Korean family name, then the two syllables of the given name written
    apart, ending the run of capitalised words."""
    tokens = doc.tokens
    if first + 2 >= len(tokens) or tokens[first].folded not in KOREAN_SURNAMES:
        return False
    family, one, two = tokens[first], tokens[first + 1], tokens[first + 2]
    if not (family.joined and one.joined) or not family.text[1:].islower():
        return False
    if not (_KOREAN_SYLLABLE.fullmatch(one.text) and _KOREAN_SYLLABLE.fullmatch(two.text)):
        return False
    if two.joined and first + 3 < len(tokens) and tokens[first + 3].capitalised:
        return False  # the run goes on: "Park Lane Hotel Group"
    return min(zipf(one.folded), zipf(two.folded)) < _RARE_SYLLABLE and not is_given_name(one.folded)


def hyphened_given_name(text: str, tokens: list[Token], first: int) -> bool:
    """'Ban Ki-moon', 'Kim Jong-un', 'Moon Jae-in': a short family name, then a given name of two
    syllables joined by a hyphen, the second in lower case (as Korean names are romanised)."""
    if first + 2 >= len(tokens):
        return False
    family, syllable, tail = tokens[first], tokens[first + 1], tokens[first + 2]
    if text[syllable.end : tail.start] != "-" or text[tail.end : tail.end + 1] in ("-", "‐"):
        return False
    if not all(2 <= len(t.text) <= 5 and t.text.isalpha() for t in (family, syllable, tail)):
        return False
    if not (cased(family) and cased(syllable)) or not family.text[1:].islower() or not syllable.text[1:].islower():
        return False
    word = tail.folded
    if word.endswith("ing") and word[:-3] in _SYLLABLE_INITIALS:
        return tail.text.islower()  # "Ka-wing", "Chi-ming": a Cantonese syllable, not an English "-ing"
    return tail.text.islower() and word not in _COMPOUND_TAILS and not word.endswith(("ed", "ing", "ly"))


_SYLLABLE_ZIPF = 4.5  # "min", "jun" are rarer as English words than this; "co", "non", "anti", "stop" are not


def hyphened_given_name_first(text: str, tokens: list[Token], first: int) -> bool:
    """'Mei-ling Hargreaves-Chou', 'Ji-hoon Park': a given name of two syllables joined by a hyphen, the second
    in lower case (as Chinese and Korean names are romanised), written first, then a capitalised family name."""
    if first + 2 >= len(tokens) or text[tokens[first + 1].end : tokens[first + 2].start] != " ":
        return False
    given, tail, family = tokens[first], tokens[first + 1], tokens[first + 2]
    if text[given.end : tail.start] != "-" or not cased(family) or not family.text[1:].islower():
        return False
    if not all(2 <= len(t.text) <= 5 and t.text.isalpha() for t in (given, tail)) or not given.text[1:].islower():
        return False
    # (not an English prefix or word: "Co-op Bank", "Non-stop Express"; not a body's or a place's head last)
    if any(zipf(t.folded) >= _SYLLABLE_ZIPF for t in (given, tail)) or family.folded in NAME_WORD:
        return False
    if family.folded in HEAD_WORD:
        return False
    word = tail.folded
    if word.endswith("ing") and word[:-3] in _SYLLABLE_INITIALS:
        return tail.text.islower()  # "Mei-ling", "Ka-wing"
    return tail.text.islower() and word not in _COMPOUND_TAILS and not word.endswith(("ed", "ing", "ly"))


# The consonants a romanised Cantonese syllable in "-ing" opens with ("wing", "ming", "ching", "kwing"):
# English words of that shape ("being", "going", "thing") open otherwise.
_SYLLABLE_INITIALS = word_set("b p m f d t n l g k h w y ch sh ts z c j s ng kw gw")


# Grounds named after a titled person, as buildings are: "Lady Stanley Cemetery", "King George Park", "Queen
# Victoria Gardens"; docks and quays too: "Queen Elizabeth Dock", "King George V Dock", "Prince Regent Wharf".
_GROUNDS_NAMED_AFTER_TITLED = word_set("cemetery park gardens dock docks quay wharf basin")


def named_after_titled(doc: ActorDocument, position: int, last: int) -> bool:
    """A title, a name, then a building's or a body's head word, with no 'of' or 'for' between."""
    tokens = doc.tokens
    head = tokens[last].folded
    if last - position < 2 or tokens[position].folded not in TITLES:
        return False
    if head not in BUILDING_HEADS and head not in NAME_WORD and head not in _GROUNDS_NAMED_AFTER_TITLED:
        return False
    inside = range(position + 1, last)
    if any(tokens[k].folded in NAME_GLUE for k in inside):
        return False
    return not _titled_given_and_surname(doc, position, last)


# Building words that are English family names Faker's lists lack ("Raymond Castle").
_SURNAME_HEADS = word_set("castle gate")


def _titled_given_and_surname(doc: ActorDocument, position: int, last: int) -> bool:
    """'President Raymond Castle', 'Senator Jennifer Park': a title no building is named by (not a
    king's or an imam's), a given name (and initials), then a head word that is also a family name."""
    tokens = doc.tokens
    titles = [k for k in range(position, last) if tokens[k].folded in TITLES or tokens[k].folded in TITLE_PARTS]
    before = tokens[position - 1].folded if position > 0 else ""
    # "coach Ilse Varn-Lane": a title in lower case before the name does as well
    before_title = not titles and before in TITLES and before not in NAMESAKE_TITLES and position > 0
    before_title = before_title and tokens[position - 1].text.islower() and before not in ADJECTIVES_BEFORE_NAMES
    if not before_title and (
        not any(tokens[k].folded in TITLES for k in titles) or any(tokens[k].folded in NAMESAKE_TITLES for k in titles)
    ):
        return False
    if before in PLACE_PREPOSITIONS - word_set("from to"):
        return False  # "crowds in General Grant Park": a place after "in" or "at"
    given = titles[-1] + 1 if titles else position
    if given + 2 == last and doc.text[tokens[given + 1].end : tokens[last].start] == "-" and cased(tokens[given + 1]):
        return cased(tokens[given])  # "Coach Ilse Varn-Lane": a double-barrelled surname; no street is "Varn-Lane"
    hyphened = doc.text[tokens[last - 1].end : tokens[last].start] == "-" and cased(tokens[last - 1])
    initials = all(is_initial(doc, k) for k in range(given + 1, last - 1))
    if hyphened and given + 2 < last and cased(tokens[given]) and initials:
        return True  # "Vice Adm. Ilse M. Varn-Park": a given name, an initial, a double-barrelled surname
    if given >= last or not is_given_name(tokens[given].folded):
        return False
    if not all(is_initial(doc, k) for k in range(given + 1, last)):
        return False
    head = tokens[last].folded
    return is_surname(head) or head in _SURNAME_HEADS


# Zipf of a word too common to be a surname unless the surname list knows it ("operations", "affairs").
_PLAIN_WORD = 4.0


def person_after_body(doc: ActorDocument, first: int, last: int) -> bool:
    """The last two words of a run are a given name and a surname, after a body's name that is whole
    without them ("Office of Foreign Affairs Ilse Tremmin")."""
    tokens = doc.tokens
    given, surname, before = tokens[last - 1], tokens[last], tokens[last - 2]
    if not is_given_name(given.folded) or given.folded in ARABIC_ARTICLES:
        return False
    if given.text[:1].islower():
        return False  # "Frente Popular del Pueblo": a particle in lower case inside the body's name, no given name
    words = (given.folded, surname.folded, before.folded)
    if any(w in NAME_WORD or w in HEAD_WORD or w in NAME_GLUE or w in TITLE_PARTS for w in words):
        return False
    if before.folded == "in" and doc.gazetteer.lookup(words[:2]) is not None:
        return False  # "United Nations Mission in Sierra Leone": the land the mission serves in
    if doc.gazetteer.lookup((before.folded, given.folded)) is not None:
        return False  # "for the Los Angeles Coliseum": the given name ends a place's name with the word before

    if len(surname.text) < 2 or surname.text.isupper() or given.text.isupper():
        return False
    if zipf(surname.folded) >= _PLAIN_WORD and not is_surname(surname.folded):
        return False  # "... and Humanitarian Aid Operations": a plain word ends the body's name, no surname
    body = tuple(tokens[k].folded for k in range(first, last - 1))
    # "State Sen. Ilse Varn": a title abbreviated with its full stop ends no body's name
    return has_cue(body) and not any(is_title(word) for word in body) and not stopped_title(doc, last - 2)


def _hyphened_to_body(doc: ActorDocument, k: int) -> bool:
    tokens = doc.tokens
    return doc.text[tokens[k - 1].end : tokens[k].start] in ("-", "‐") and tokens[k - 1].folded in NAME_WORD


def first_half_of_surname(doc: ActorDocument, position: int, k: int, last: int) -> bool:
    tokens = doc.tokens
    if not (position < k < last) or doc.text[tokens[k].end : tokens[k + 1].start] not in ("-", "‐"):
        return False
    after = tokens[k + 1]
    return (
        cased(after)
        and after.folded not in TITLES
        and after.folded not in TITLE_PARTS
        and is_given_name(tokens[k - 1].folded)
        and tokens[k - 1].folded not in TITLES
    )


def partner_in_a_body(doc: ActorDocument, k: int, last: int) -> bool:
    """'Kaiser-Corson Funeral Home': a title's word hyphened to a name that is no title, in a run that ends with a
    body's head, is a partner's family name in the body's name (not "Minister-President", two titles)."""
    tokens = doc.tokens
    if k >= last - 1 or doc.text[tokens[k].end : tokens[k + 1].start] not in ("-", "‐"):
        return False
    after = tokens[k + 1]
    body = tuple(tokens[j].folded for j in range(k + 2, last + 1))
    return (
        cased(after)
        and after.folded not in TITLES
        and after.folded not in TITLE_PARTS
        and (has_cue(body) or body[-2:] in TRADES_AFTER_A_NAME)
    )


def state_opened_by_capitals(doc: ActorDocument, k: int, last: int) -> bool:
    """'DR Congo': a title's letters in capitals opening a state's name the gazetteer knows whole."""
    if k >= last or not doc.tokens[k].text.isupper():
        return False
    place = doc.gazetteer.lookup(tuple(doc.tokens[j].folded for j in range(k, last + 1)))
    return place is not None and place.kind == "state"


# A circuit judge's style: "His Honour Ilse Varn", "Her Honor Judge Quist" (not the given name "Honour Varn").
_HONOURS = frozenset(("honour", "honor"))
_HONOURS_OWNERS = frozenset(("his", "her", "your"))


def _judges_style(doc: ActorDocument, k: int, last: int) -> bool:
    """'Justice Ogundipe-Bello granted bail', 'Justice Vanajakshi said': a judge styled "Justice" before her
    name, which is one to three plain name words (not "Justice Department", "Justice League", "Justice
    Minister X": a body's or a post's word); "Justices Varn and Quist": judges, each by her name."""
    tokens = doc.tokens
    if tokens[k].text not in ("Justice", "Justices") or k >= last or last - k > _JUDGES_NAME_WORDS:
        return False
    words = tuple(tokens[j].folded for j in range(k + 1, last + 1))
    if doc.gazetteer.lookup(words) is not None:
        return False
    return all(
        cased(tokens[j])
        and len(tokens[j].text) > 1
        and not tokens[j].text.isupper()
        and tokens[j].folded not in HEAD_WORD
        and tokens[j].folded not in NAME_WORD
        and tokens[j].folded not in TITLES
        and tokens[j].folded not in FUNCTION_WORDS
        for j in range(k + 1, last + 1)
    )


_JUDGES_NAME_WORDS = 3
# Words that may stand before a judge's "Justice" inside the run: "Associate Justice", "High Court Justice".
_JUDGES_STYLE_OPENERS = word_set("associate court puisne acting senior retired former")


def _field_of_justice(doc: ActorDocument, position: int, k: int) -> bool:
    """'Agency for Criminal Justice Cooperation', 'Transitional Justice Commission': a capitalised word of the
    run before "Justice" that is no title makes it a field of work, no judge's style."""
    before = doc.tokens[k - 1]
    return (
        k > position
        and before.capitalised
        and before.folded not in TITLES
        and before.folded not in _JUDGES_STYLE_OPENERS
    )


def _honour_of_a_judge(doc: ActorDocument, k: int) -> bool:
    tokens = doc.tokens
    return tokens[k].folded in _HONOURS and k > 0 and tokens[k - 1].folded in _HONOURS_OWNERS and tokens[k - 1].joined


# Titles a building or a body is named after, with the holder's given name: "Queen Elizabeth Hospital",
# "Prince Edward Theatre", "Sir Colin Ashby School".
_NAMING_TITLES = NAMESAKE_TITLES | word_set("sir dame")
# Heads of buildings and places named that way (beside `NOT_PERSON_WORDS`: cinema, hospital, theatre...).
_NAMED_BUILDINGS = NOT_PERSON_WORDS | word_set(
    "school college academy bridge airport station stadium centre center "
    # lands named after a royal: "Prince Edward Island", "King George Island", "Prince William County"
    "island county"
)
# Heads that take a title alone, with no namesake named: "King Street", "Queen Square", "King County".
_TITLED_STREETS = word_set("street road avenue lane square boulevard county island")


def title_names_a_building(doc: ActorDocument, k: int, last: int) -> bool:
    """A crown's or a knight's title opening a run that a building's head ends: the title is the
    building's name's ("the Prince Alfred Cinema", "Sir Yakubu Memorial Hospital", "King Street"), no post
    with a holder."""
    tokens = doc.tokens
    if k + 1 == last and tokens[k].folded in _NAMING_TITLES and tokens[k].text.istitle():
        return tokens[last].folded in _TITLED_STREETS and tokens[last].text.istitle()
    if (
        k + 1 < last
        and tokens[k].folded in _RANKS_NAMING_SITES
        and tokens[k].text.istitle()
        and tokens[last].folded in _NAMED_BUILDINGS
        and tokens[last].text[:1].isupper()
        # "the General Quellmoro Police Academy", "the Marshal Tarnov Military Academy": a school or a base named
        # after a commander by his family name (not "General Motors Academy": an everyday word after the rank)
        and (is_given_name(tokens[k + 1].folded) or zipf(tokens[k + 1].folded) < _RARE_COMMANDER)
    ):
        return True
    return (
        k + 1 < last
        and tokens[k].folded in _NAMING_TITLES
        and tokens[k].text[:1].isupper()
        and tokens[last].folded in _NAMED_BUILDINGS
        and tokens[last].text[:1].isupper()
        # (a given name the lists lack is a rare word: "Sir Yakubu")
        and (is_given_name(tokens[k + 1].folded) or zipf(tokens[k + 1].folded) < _RARE_NAMESAKE)
    )


_RARE_NAMESAKE = 2.5
# Ranks academies, airports and bases are named by, with the commander's family name after them.
_RANKS_NAMING_SITES = word_set("general admiral marshal")
_RARE_COMMANDER = 3.5  # "Santander" 3.1, "Sherman" 3.9 (a given name too); "Motors" 4.0, "Electric" 4.7


def crown_possessive_opening(doc: ActorDocument, k: int, last: int) -> bool:
    """'King's College Hospital', 'Queen's University Belfast': a crown's possessive inside a run opens a
    body's name, no post."""
    token = doc.tokens[k]
    return k < last and token.folded in CROWN_POSSESSORS and doc.text[token.end : token.end + 3] in ("'s ", "\u2019s ")


# Irish police ranks after "Detective", as "Constable" is in Britain: "Detective Garda Ilse Varn".
_RANKS_AFTER_DETECTIVE = word_set("garda")


def rank_after_detective(tokens: list[Token], k: int) -> bool:
    return k > 0 and tokens[k].folded in _RANKS_AFTER_DETECTIVE and tokens[k - 1].folded == "detective"


# Posts of a US county's or a city's government, a title only after the tier's word: "Polk County Executive
# Ann Lee", "City Manager Ann Lee", "Town Clerk Ann Lee" (alone they name no rank: "an executive", "Clerk").
_LOCAL_POSTS = word_set("executive clerk manager assessor auditor coroner recorder engineer supervisor legislator")
# ...and a seat on an elected body, after the body's word: "Council Member Ann Lee", "Board Member Ann Lee".
_BODIES_WITH_MEMBERS = word_set("council board assembly committee commission")


def local_post(doc: ActorDocument, k: int, last: int) -> bool:
    tokens = doc.tokens
    if not (0 < k < last and tokens[k - 1].joined and tokens[k + 1].capitalised):
        return False
    before, word = tokens[k - 1].folded, tokens[k].folded
    # ("County Assembly Clerk Ann Lee", "Parish Council Clerk Ann Lee": the post of an elected body's officer)
    return (word in _LOCAL_POSTS and (before in COUNCIL_TIERS or before in _BODIES_WITH_MEMBERS)) or (
        word == "member" and before in _BODIES_WITH_MEMBERS
    )


def _surname_like_head(doc: ActorDocument, start: int, tail: tuple[str, ...]) -> bool:
    """'Secretary Vale', 'Senator Bridge': one word after an office's title, a landform's or a place's head word
    and no place's name on its own, is the holder's surname (the head heads no name here). Not after a royal
    or a holy title, which names places after their namesakes ("Queen Square", "King Island")."""
    if len(tail) != 1 or doc.gazetteer.lookup(tail) is not None or start < 1:
        return False
    if doc.tokens[start - 1].folded in NAMESAKE_TITLES or not doc.tokens[start].text.istitle():
        return False
    cue = HEAD_WORD.get(tail[0])
    return cue is not None and cue.kind is ActorKind.place


def _head_ends_double_surname(doc: ActorDocument, start: int, last: int) -> bool:
    """'Rear Adm. Kristen de la Fuente-Marsh': a head word ("Marsh") after a hyphen is the second half of a
    double family name, after a given name; it heads no place's or body's name. The given name may follow the
    post's remit: "Commissioner for Equality Helena Dalli-Marsh"."""
    tokens = doc.tokens
    if last <= start or doc.text[tokens[last - 1].end : tokens[last].start] not in ("-", "‐"):
        return False
    return any(
        is_given_name(tokens[given].folded) and not has_cue(tuple(tokens[k].folded for k in range(given, last)))
        for given in range(start, last)
    )


def letters_inside_a_code(doc: ActorDocument, k: int) -> bool:
    """Whether the word at `k` is letters hyphened between letters, a part of a unit's code ("SPMAGTF-CR-CC")."""
    tokens, text = doc.tokens, doc.text
    if not tokens[k].text.isupper() or k == 0 or k + 1 >= len(tokens):
        return False
    hyphened_before = text[tokens[k - 1].end : tokens[k].start] == "-" and tokens[k - 1].text.isupper()
    hyphened_after = text[tokens[k].end : tokens[k + 1].start] == "-" and tokens[k + 1].text.isupper()
    return hyphened_before and hyphened_after


def _post_noun_after(doc: ActorDocument, last: int) -> bool:
    """A post's noun in lower case right after the name: "deputy Asia director"."""
    tokens = doc.tokens
    return (
        last + 1 < len(tokens)
        and tokens[last].joined
        and tokens[last + 1].text.islower()
        and (is_title(tokens[last + 1].folded) or tokens[last + 1].folded in _FIELD_POSTS)
    )


def _may_hold_the_post(doc: ActorDocument, last: int) -> bool:
    """Whether the one word between a title and a post's noun may be a holder's name ("President Varnov adviser
    Ola Brandt"): not the plural of a plain word ("the deputy Nationals leader", "Greens"), the post's party."""
    word = doc.tokens[last].folded
    if word in PARTIES_BY_WORD or (doc.tokens[last].text.isupper() and len(word) >= 2):
        return False  # "deputy Labour leader", "the deputy SNP leader": a party by its word or its letters
    return not (word.endswith("s") and zipf(word[:-1]) >= _PLAIN_WORD and not is_surname(word))


# Posts named with the field or the region they cover, besides titles: "Asia correspondent", "Gaza researcher".
_FIELD_POSTS = word_set("correspondent researcher editor analyst reporter")


def _after_a_ship_prefix(doc: ActorDocument, position: int, last: int) -> bool:
    """Whether a ship's prefix ("HMS", "USS") opens the run or stands right before it or its title words."""
    tokens = doc.tokens
    if tokens[position].folded in SHIP_PREFIXES and position < last:
        return True
    k = position - 1
    while k > 0 and tokens[k].folded in TITLES and tokens[k - 1].joined:
        k -= 1  # "HMS King George V": the name read after "King"
    before = tokens[k] if k >= 0 else None
    return before is not None and before.joined and before.folded in SHIP_PREFIXES and before.text.isupper()


def _titled_ship_after_its_kind(doc: ActorDocument, position: int, last: int) -> Candidate | None:
    """'the yacht Lady Kitheridge': a merchant ship's kind in lower case right before a title and a name; the
    whole name, title and all, is the ship's."""
    tokens = doc.tokens
    k = position
    while k > 0 and tokens[k - 1].folded in TITLES and tokens[k - 1].joined and cased(tokens[k - 1]):
        k -= 1  # the title read before the run
    if k == position and tokens[position].folded not in TITLES:
        return None
    if k == 0 or not tokens[k - 1].joined or not tokens[k - 1].text.islower():
        return None
    if tokens[k - 1].folded not in MERCHANT_VESSEL_NOUNS:
        return None
    name = doc.text[tokens[k].start : tokens[last].end]
    return Candidate(k, last, name, ActorKind.other, "a merchant ship after its kind ('the tanker X')", 0.6)


_SON_OF = frozenset(("bin", "ibn", "bint", "binti"))


def _state_letters(tokens: list[Token], k: int) -> bool:
    """'of the UAE', 'of the USA': a post's state in capital letters after "of the", no given name."""
    return k >= 2 and tokens[k].text.isupper() and len(tokens[k].text) >= 2 and tokens[k - 2].folded == "of"


def _given_before_son_of(doc: ActorDocument, k: int) -> bool:
    """'Sheikh Sultan bin Muhammad Al Qasimi': a title's word right before "bin" is the man's given name (the
    father's name follows it), no title of his."""
    tokens = doc.tokens
    return (
        k + 1 < len(tokens) and tokens[k + 1].text in _SON_OF and doc.text[tokens[k].end : tokens[k + 1].start] == " "
    )


# Lower-case titles that may be adjectives ("a head teacher") but after a body's name and before a full name are
# its leader's post: "Tremmin Beytenu head Ilse Varn", "PNP chief Debold Varnas".
_LEADERS_WORDS = word_set("head chief")


def _leader_after_a_body(tokens: list[Token], position: int, last: int) -> bool:
    """'Tremmin Beytenu head Ilse Varn joining': "head" or "chief" in lower case between a capitalised name and a
    name of two words or more is a title."""
    return (
        last > position
        and position >= 2
        and tokens[position - 1].folded in _LEADERS_WORDS
        and tokens[position - 2].joined
        and cased(tokens[position - 2])
    )


_PLAIN_PLURAL = 3.0  # Zipf: "missiles" 3.9, "trucks" 4.0; a boxer's family name is rarer ("Sheffield" is a surname)


_REMIT_PEOPLE = 1_000_000  # a province's or a big city's people: "Punjab", "Lagos"; not a village named like a man
# A newsroom's posts, named with the region they cover: "Senior Editor Europe", "Correspondent Asia".
_NEWSROOM_POSTS = frozenset(("editor", "correspondent", "reporter", "writer", "columnist", "analyst"))
_RARE_GIVEN = 2.5  # "Salahuddin", "Zulfiqar": a given name the lists lack is no English word
_REMIT_PLACE_WORDS = 3  # "Khyber Pakhtunkhwa", "Northern Cape", "Bosnia and Herzegovina" (its "and" counts)


def _remit_place_before_holder(doc: ActorDocument, start: int, last: int) -> int | None:
    """'Inspector General of Police Khyber Pakhtunkhwa Tarik Varnoodi': after a post's words, a province or a
    state the gazetteer knows whole, then two words or more of a name opening with a given name, is where the post
    serves; the holder's name starts after it. (Not "Victoria Beckham": a given name is no remit.)"""
    tokens = doc.tokens
    for end in range(min(last - 2, start + _REMIT_PLACE_WORDS - 1), start - 1, -1):
        words = tuple(tokens[k].folded for k in range(start, end + 1))
        place = doc.gazetteer.lookup(words)
        if place is None or (place.population < _REMIT_PEOPLE and place.kind != "state"):
            continue
        if place.kind != "state" and alternate_spelling(place, words):
            continue  # "Major General Ama Serwaa Varn": "Ama" is only another spelling of Amman, no remit
        if end == start and is_given_name(tokens[start].folded):
            return None
        holder = tokens[end + 1]
        if not (holder.text[:1].isupper() and (is_given_name(holder.folded) or zipf(holder.folded) < _RARE_GIVEN)):
            return None
        if not all(tokens[k].text[:1].isupper() and not has_cue((tokens[k].folded,)) for k in range(end + 1, last + 1)):
            return None
        return end + 1
    return None


def family_name_after_article(doc: ActorDocument, k: int) -> bool:
    """'Abd-al-Hadi Mahmud al-Haji Ali', 'Tarek al Amir': a title's word right after Arabic's article ("al-", or
    "al" written apart) is a family name (the pilgrim's, the prince's), not a title before the next name."""
    tokens = doc.tokens
    if k < 1 or not tokens[k - 1].joined or tokens[k - 1].folded not in ARABIC_ARTICLES:
        return False
    gap = doc.text[tokens[k - 1].end : tokens[k].start]
    return gap in ("-", "‐") or (gap == " " and tokens[k - 1].folded in ("al", "el"))


def titled_person(doc: ActorDocument, position: int, last: int) -> Candidate | None:
    """'Maj. Gen. Ivan Petrenko', 'Secretary of State John Kerry': the name after the last title word."""
    tokens = doc.tokens
    if PATTERN_SUFFIX.match(doc.text, tokens[last].end):
        return None  # "Lord Varnley-style advocacy": a pattern named after someone, no one named here
    if (town := titled_town_in_dateline(doc, position, last)) is not None:
        return town  # "PRINCE GEORGE, B.C. —": a town named with a title, where the report was filed
    if _after_a_ship_prefix(doc, position, last):
        return None  # "HMS Queen Elizabeth", "HMS King George V": a ship named after a titled person, no person
    if (ship := _titled_ship_after_its_kind(doc, position, last)) is not None:
        return ship  # "the motor yacht Lady Kitheridge", "the trawler Princess Anne": a ship named like a lady
    previous = tokens[position - 1].folded if position > 0 and tokens[position - 1].joined else ""
    if previous and position > 1 and doc.text[tokens[position - 2].end : tokens[position - 1].start] == "-":
        hyphened = f"{tokens[position - 2].folded}-{previous}"
        previous = hyphened if hyphened in TITLES else previous  # "fly-half Ilse Varn": a player's position
    if previous and partner_in_a_body(doc, position - 1, last):
        previous = ""  # "Kaiser-Corson Funeral Home": the title's word is a partner's name in the body's
    if previous and letters_not_a_title(doc, position - 1, TITLES):
        previous = ""  # "MS Windows", "Det Norske Veritas": the word before is letters of this name, no title
    titles = [
        k
        for k in range(position, last + 1)
        if (
            tokens[k].folded in TITLES
            or stopped_title(doc, k)
            or rating_after_a_trade(doc, k)
            or _honour_of_a_judge(doc, k)
            or (_judges_style(doc, k, last) and not _field_of_justice(doc, position, k))
            or local_post(doc, k, last)
        )
        and not title_names_a_building(doc, k, last)
        and not crown_possessive_opening(doc, k, last)  # "Court of King's Bench"
    ]
    # "President Hassan Sheikh Mohamud": a religious honorific between two names is part of the name.
    # (not after a post's state in letters: "Prime Minister of the UAE Sheikh Mohammed" has his honorific as a title)
    titles = [
        k
        for k in titles
        if not (
            k > position
            and k - 1 not in titles
            and tokens[k].folded in _INNER_TITLES
            and not _state_letters(tokens, k - 1)
        )
    ]
    # "Abd-al-Hadi Mahmud al-Haji Ali", "Tarek al-Amir": a title's word after the article "al-" is a family name
    titles = [k for k in titles if not family_name_after_article(doc, k)]
    # "Directorate-General for ...", "Secretariat-General": a body's word and a hyphen make "General" no rank.
    titles = [k for k in titles if not (k > position and _hyphened_to_body(doc, k))]
    # "in the DR Congo": capital letters opening the state's name, no doctor's
    titles = [k for k in titles if not state_opened_by_capitals(doc, k, last)]
    # "SPMAGTF-CR-CC", "CJTF-GEN-X": letters hyphened between letters are a unit's code, no councillor or general
    titles = [k for k in titles if not letters_inside_a_code(doc, k)]
    # "MS Windows", "Det Norske Veritas": a title's letters that are an acronym's or a firm's word here
    titles = [k for k in titles if not letters_not_a_title(doc, k, TITLES)]
    # "Jonathan Head-Ramos", "Ilse Bishop-Varn": a title word hyphened to a surname after a given name.
    titles = [k for k in titles if not first_half_of_surname(doc, position, k, last)]
    # "Notre-Dame-des-Neiges", "Notre-Dame-de-Grâce": a title's word hyphened inside a place's name, before a particle
    titles = [k for k in titles if not before_hyphened_particle(doc, k) and not clock_pm(doc, k)]
    # "Kaiser-Corson Funeral Home", "Bishop-Quell Associates": a title's word hyphened to a name opening a body's
    titles = [k for k in titles if not partner_in_a_body(doc, k, last)]
    # "Sheikh Sultan bin Muhammad": a title's word right before "bin" is the given name the father's name follows
    titles = [k for k in titles if not (k > position and _given_before_son_of(doc, k))]
    # a title word the document uses as this person's own name, where the name starts
    given_title = titles.pop() if _given_name_prince(doc, titles, last) else -1
    surname_title = -1  # a title word the document uses as this person's surname
    if titles and titles[-1] == last and len(titles) > 1 and _surname_like_title(doc, last):
        titles.pop()  # "the Hon Julie Bishop", "Sir John Major": a title word as a surname
    elif titles and titles[-1] == last - 1 and tokens[last].folded in _JUNIOR and _surname_like_title(doc, last - 1):
        titles.pop()  # "Harold King Jr.": the title word is the family name before the suffix
    elif (
        titles
        and titles[-1] == last
        and (len(titles) > 1 or previous in TITLES)
        and tokens[last].folded in doc.given_surnames
    ):
        titles.pop()  # "Ms Bishop" after "Julie Bishop": the surname the document gave her
        surname_title = last
    if not titles and _honorific_between_names(doc, position, last):
        # "Anwar Haji Osman, deputy minister": a given name, then the pilgrim's or elder's honorific and the rest of
        # the name, one man (a title word alone would begin the name after it)
        name = doc.text[tokens[position].start : tokens[last].end]
        return Candidate(position, last, name, ActorKind.person, "a religious honorific between two names", 0.6)
    if not titles and (previous not in TITLES or clock_pm(doc, position - 1)):
        return None  # (no title; or "5:41 PM MYT": the afternoon's letters after a time)
    if not titles and firm_trade_before(doc, position):
        return None  # "gas producer Naftogaz": the title's word ends a firm's trade
    if (
        not titles
        and previous in ADJECTIVES_BEFORE_NAMES
        and tokens[position - 1].text[:1].islower()
        and not _leader_after_a_body(tokens, position, last)
    ):
        return None  # "a major Meta outage", "the private Hong Bang beach"
    start = (titles[-1] + 1) if titles else position
    start += grade_after_rank(tokens, start) if titles else 0  # "Sgt. 1st Class Ilse Varn"
    glued = False
    while (
        start <= last
        and start != surname_title
        and start != given_title  # "Brigadier General Prince Tamba Koffa": "Prince" is his given name
        and not _given_before_son_of(doc, start)  # "Sheikh Sultan bin Muhammad": "Sultan" is his given name
        and (
            tokens[start].folded in TITLE_PARTS
            or tokens[start].folded in NAME_GLUE
            or tokens[start].folded in TITLES
            or rank_after_detective(tokens, start)
            or _post_noun_after_title(doc, start, last)
            or _envoys_to(tokens, start)
        )
    ):
        if tokens[start].folded in INSTITUTION_WORDS and tokens[start - 1].folded in NAME_GLUE:
            break  # "Director of the Office of Museums" names an office, not a person
        glued = glued or tokens[start].folded in NAME_GLUE or _envoys_to(tokens, start)
        start += 1
    if start > last or (glued and start < last and tokens[start].folded in HEAD_FIRST_BODIES):
        return None  # "President of the Comissão Nacional de ...": the title's body, no person
    if start == last and _post_word(doc, tokens[start].folded) and tokens[start].folded not in _CONTEST_HEADS:
        return None  # "General Manager": a title, then a word for a post
    if start == last and (tokens[start - 1].folded, tokens[start].folded) in HEAD_AFTER_FIRST:
        return None  # "Threlby Coach Station": a title word and a head make a place's name
    if start == last and tokens[start - 1].folded in _BRAND_TITLES and _common_word_not_name(tokens[start].folded):
        if _one_in_a_role(tokens[start].text):
            return None  # "the Chief Observer, Ilse Varn,": a post named by what its holder does, no brand
        if tokens[start].folded == "division":
            return None  # "Premier Division table": a league's tier, no firm (a league names its own)
        if titles and titles[-1] == start - 1 and start - 1 == position and tokens[position].folded in _BRAND_TITLES:
            # "General Motors", "Premier Inn": a title word in a brand's name, not a person's
            if tokens[start].folded in EVENT_HEADS or tokens[start].folded in VOTE_HEADS:
                return None  # "the General Election": a title word before an event's head, no brand
            name = doc.text[tokens[position].start : tokens[last].end]
            return Candidate(position, last, name, ActorKind.organization, "a title word before a common word", 0.5)
        return None
    title_word = tokens[titles[-1]] if titles else tokens[max(0, position - 1)]
    if (
        title_word.folded.endswith("weight")
        and tokens[last].folded.endswith("s")
        and zipf(tokens[last].folded) >= _PLAIN_PLURAL
        and not is_surname(tokens[last].folded)
    ):
        return None  # "Lightweight Multirole Missiles": a light thing in the plural, no boxer by his weight
    if (
        not glued
        and _ends_in_a_plain_plural(tokens, start, last)
        and not _post_noun_after(doc, last)
        # (not "Ambassador to the Philippines": the post's remit, a land the gazetteer knows)
        and all(tokens[k].text[:1].isupper() for k in range(start, last + 1))
        and doc.gazetteer.lookup((tokens[last].folded,)) is None
        and title_word.folded != "commander"  # "Commander Maritime Patrols": the command its post names (below)
    ):
        # "Plymouth yard Princess Yachts", "Organiser Solent Marine Events": a firm named for what it makes or
        # does, in the plural, no person after a title
        if titles and titles[-1] == start - 1 and (start == last or tokens[start - 1].folded in _CROWN_WORDS_IN_BRANDS):
            # "Princess Yachts": the title's word alone before the plural is the firm's own; so is a crown's word
            # before a longer firm's name ("the owner of Prince Harbour Holdings")
            start -= 1
        name = doc.text[tokens[start].start : tokens[last].end]
        return Candidate(start, last, name, ActorKind.organization, "a common noun in the plural ends it", 0.5)
    adjective = titles[0] if len(titles) == 1 and start == titles[0] + 1 else start - 1 if not titles else -1
    if (
        adjective >= 0
        and tokens[adjective].folded in ADJECTIVE_TITLES
        and (
            adjective == 0
            or not tokens[adjective - 1].capitalised
            or tokens[adjective - 1].folded == "the"
            or (last > start and _names_a_thing_before_its_adjective(doc, adjective - 1))
        )
        and all(_common_word_not_name(tokens[k].folded) for k in range(start, last + 1))
    ):
        # "the Major National Dialogue", "the Major Crimes Unit", "the GNU General Public License": an adjective
        # before common words
        return None
    tail = tuple(tokens[k].folded for k in range(start, last + 1))
    if glued and len(tail) > 2 and has_cue(tail):
        after = _name_after_complement(doc, start, last)
        if after is not None and not has_cue(tuple(tokens[k].folded for k in range(after, last + 1))):
            # "Head of Mission Annelies Varn": the body's word ends the title; the name follows it
            start, tail = after, tuple(tokens[k].folded for k in range(after, last + 1))
    remit = _remit_place_before_holder(doc, start, last)
    if remit is None and glued and start < last and tokens[start].folded in NAME_WORD:
        remit = _remit_place_before_holder(doc, start + 1, last)  # "... of Police Punjab Tarik Varnoodi"
    if remit is not None:
        start, tail = remit, tuple(tokens[k].folded for k in range(remit, last + 1))
    place = doc.gazetteer.lookup(tail)
    if (
        has_cue(tail)
        and not _titled_given_and_surname(doc, position, last)
        and not _surname_like_head(doc, start, tail)
        and not _head_ends_double_surname(doc, start, last)
    ) or (place is not None and (place.kind == "state" or glued)):
        # "General Assembly", "Prime Minister of Iraq", "Minister for Central Asia": not a person's name
        return None
    if place is not None and title_word.folded in _NEWSROOM_POSTS:
        return None  # "Greg Varnley, Senior Editor Europe": the editor's desk, no one named Europe
    if place is not None and _post_noun_after(doc, last):
        return None  # "deputy Asia director", "senior Gaza correspondent": the post's field, no holder's name
    if start == last and _post_noun_after(doc, last) and not _may_hold_the_post(doc, last):
        return None  # "the deputy Quellist leader, Ilse Varn,": the post's party, no holder's name
    if glued and holds_paired_places(doc, start, last):
        return None  # "Special Envoy for the Varnia–Tremmia Dialogue": a joint body's parties, no person's name
    if glued and len(tail) <= 2 and tokens[start - 1].folded in NAME_GLUE:
        # "Secretary-General of Hezbollah", "Commissioner for Human Rights": what follows the
        # title's "of" or "for" is what the title is of, not the person who holds it.
        return None
    if glued and tail[0] in ARABIC_BODY_OPENERS:
        # "Emir of Hay'at Tahrir al-Varn", "Emir of the Jabhat Fateh al-Varn": what the title is of, a body named in
        # Arabic by its first word, not its holder's name
        return None
    if glued and len(tail) == 1 and _common_word_not_name(tail[0]):
        # "Minister for Defence Industry": the last word of the portfolio, not a person's name.
        return None
    if glued and len(tail) > 2:
        # "Minister for the Middle East Tobias Ellwood": the name is the last words.
        after = _name_after_complement(doc, start, last)
        if after is not None:
            start = after
        elif (
            tokens[start - 1].folded in NAME_GLUE
            or len([word for word in tail if word not in NAME_PARTICLES]) > _TITLED_NAME_WORDS
            or not (is_given_name(tail[0]) or zipf(tail[0]) < _COMPLEMENT_WORD)
        ):
            start = last - 2 if tokens[last - 1].folded in NAME_PARTICLES else last - 1
            if all(_common_word_not_name(tokens[k].folded) for k in range(start, last + 1)):
                return None  # "Minister for Political, Legal and Security Affairs": the remit's last words
        # else "Minister of Defence Juan Manuel Santos": the title's words took the complement already
    elif _words_of_name(doc, start, last) > 4 and not chained_name(doc, start, last, tail):
        return None  # (the particles of "Hamad bin Tariq Al Varni" are no more words of the name)
    if any(
        is_junk_word(tokens[k])
        and not _hyphened_syllable(doc, k)
        and not surname_like_month(doc, k)
        and not (start < k < last and is_initial(doc, k))  # "Maj. Gen. Curtis A. Varn": a middle initial
        for k in range(start, last + 1)
    ):
        return None
    if start == last and len(tokens[start].text) < 2:
        return None  # "Mr. X": an initial standing in for a name
    if start == last and name_glued_to_its_verb(doc, start):
        return None  # "the senator Varniksaid he would": a copy that lost the space before "said"
    if (
        last > start
        and tokens[last].folded in _GATHERINGS
        and all(_frequent_noun_not_name(tokens[k].folded) for k in range(start, last + 1))
    ):
        return None  # "WordPress Vancouver Speaker Training Workshop": a gathering's name after a title's word
    if start == last and is_title(tokens[start].folded) and tokens[start].folded not in TITLES:
        return None  # "the Prime Ministers welcomed": a title in the plural names holders, not one name
    if start == last and tokens[start].folded in TITLES and not is_surname(tokens[start].folded):
        return None  # "the Earl Marshal": a title's word after a title names an office, no holder
    if start == last and tokens[start].folded in _SHORT_RANKS and doc.text.startswith(".", tokens[start].end):
        return None  # "... Chief of the General Staff Lt. Gen.": a short rank is the title's, never the name
    if start == last and tokens[start].folded in HOLIDAYS:
        return None  # "Father Christmas": a title before a feast is a figure of folklore, no person
    if start == last and tokens[start].text.isupper() and tokens[start].folded in TERM_ACRONYMS:
        return None  # "Euro Bond DR UCITS ETF": a term's letters after a title's letters ("DR"), no holder
    if start == last and _activity_after_a_title(tokens[start].folded):
        return None  # "--Attorney Advertising--": the title's word before an activity names a label, no holder
    if glued and all(ACRONYM.fullmatch(tokens[k].text) for k in range(start, last + 1)):
        return None  # "Commander of CJTF-OIR": what the title is of, not a person
    first_title = position if titles else position - 1
    if titles and titles[0] > position and complement_of_post_before(doc, position):
        first_title = titles[0]  # "Chief of Staff of the Army Lt. Gen. Ilse Varn": "Army" ends the post before
    elif titles and titles[0] > position and all(tokens[k].folded in _WHEN_HELD for k in range(position, titles[0])):
        first_title = titles[0]  # "Outgoing President Ilse Varn": when she holds the post is no part of its title
    title_text = doc.text[tokens[first_title].start : tokens[start].start].strip(" ,")
    if _place_named_for_a_holy_man(doc, first_title, start, last):
        # "evicted in Sheikh Jarrah", "clashes near Sheikh Zuweid": a quarter or a town named for a sheikh
        whole = doc.text[tokens[first_title].start : tokens[last].end]
        return Candidate(first_title, last, whole, ActorKind.place, f"after '{tokens[first_title - 1].text}'", 0.6)
    for k in range(start + 1, last + 1):
        if tokens[k].folded in _HEADLINE_VERBS and not is_surname(tokens[k].folded):
            last = k - 1  # "Speaker Varno Comments on Censure Calls": a headline's verb ends the holder's name
            break
    name = doc.text[tokens[start].start : tokens[last].end]
    if (
        start == last
        and first_title == start - 1
        and tokens[first_title].text in _TRADES_ALSO_FIRMS
        and not is_given_name(tokens[start].folded)
    ):
        # "education publisher Pearson", "and publisher Quellbury plunged": a trade in lower case before one word is
        # the firm's (a person in that trade is named in full: "publisher Ilse Varn")
        return Candidate(start, last, name, ActorKind.organization, f"after '{title_text}'", 0.6)
    if start == last and first_title == start - 1 and tokens[first_title].folded in _NAME_HONORIFICS:
        # "Haji Amir", "Qari Tarnwal", "Mullah Varnak": an Afghan or Iraqi fighter known by an honorific and one
        # name is named by both (his nom de guerre); the one name alone is anybody's
        whole = doc.text[tokens[first_title].start : tokens[last].end]
        person = Candidate(
            first_title, last, whole, ActorKind.person, f"title '{title_text}'", PERSON_CONFIDENCE_WITH_TITLE
        )
        person.alias = name
        return person
    person = Candidate(start, last, name, ActorKind.person, f"title '{title_text}'", PERSON_CONFIDENCE_WITH_TITLE)
    person.alias = _titled_short_form(doc, first_title, start, last) or _titled_full_form(doc, first_title, start, last)
    if person.alias is None and titles and titles[0] > first_title:
        # "Royal Saudi Naval Forces Commander Vice Adm. Fahad bin Saud Al-Varni": longer than a name with
        # its body, the titles and the name still name him.
        person.alias = _titled_full_form(doc, titles[0], start, last)
    honorific = start - 1
    if person.alias is not None and honorific > first_title and tokens[honorific].folded in _HONORIFICS_AFTER_POST:
        # "Minister for Development Baroness Varn": "Baroness Varn" names her too (re3d marks it inside)
        person.honorific_form = doc.text[tokens[honorific].start : tokens[last].end]
    rank = _abbreviated_rank_start(doc, first_title, start) or _rank_after_a_service(doc, first_title, start)
    if person.honorific_form is None and rank is not None:
        # "LAF Commander Gen. Ilse Varn", "Chief of the General Staff Lt. Gen. Ilse Varn": the post before,
        # the rank and the name name him as well ("Gen. Ilse Varn"), as a rank alone before a name does.
        person.honorific_form = doc.text[tokens[rank].start : tokens[last].end]
    return person


def _ends_in_a_plain_plural(tokens: list[Token], start: int, last: int) -> bool:
    """'Yachts', 'Solent Marine Events': the name's last word is an everyday noun in the plural that is no
    family name, and its first word is no given name (not "Lord Adams", "Tom Brooks", "Ms Jane Fields"); the
    caller leaves out a title's remit after "of" or "for" ("Director of Public Prosecutions")."""
    word = tokens[last].folded
    return (
        word.endswith("s")
        and not word.endswith("ss")
        and zipf(word) >= _PLAIN_PLURAL
        and zipf(word[:-1]) >= _PLAIN_PLURAL  # a noun's plural: "yachts" of "yacht", not "james" or "hughes"
        and not is_surname(word)
        and not is_title(word)  # "The Prime Ministers welcomed": holders of a post, no firm
        and not is_given_name(tokens[start].folded)
        and tokens[last].text[:1].isupper()
    )


# Words for when a post is held, written before its title: "Outgoing President", "Incoming Governor" (not
# "Acting" or "Interim": an acting president holds a post of that name).
_WHEN_HELD = word_set("former outgoing incoming retired late then previous current")
# Military ranks written short with a full stop ("Gen.", "Lt.", "Adm."), and the words that may open one.
_SHORT_RANKS = word_set("gen lt col maj capt adm cmdr brig sgt")
_RANK_OPENERS = word_set("vice rear")


def _abbreviated_rank_start(doc: ActorDocument, first_title: int, start: int) -> int | None:
    """Where a short rank right before the name begins ("Lt. Gen." in "Chief of Staff Lt. Gen. Ilse Varn"),
    when a post or a body's words come before it; None when the title is the rank alone."""
    tokens = doc.tokens
    k = start
    while k - 1 >= first_title and tokens[k - 1].folded in _SHORT_RANKS and doc.text[tokens[k - 1].end] == ".":
        k -= 1
    if k == start:
        return None
    if k - 1 >= first_title and tokens[k - 1].folded in _RANK_OPENERS and tokens[k - 1].joined:
        k -= 1  # "Vice Adm."
    return k if k > first_title else None


# Ranks written in full, and the last words of the service names they follow ("Royal Navy Commodore").
_FULL_RANKS = word_set(
    "general lieutenant colonel major captain commodore admiral brigadier commander vice rear air marshal"
)
_SERVICE_ENDS = word_set("navy army force forces corps marines guard")


def _rank_after_a_service(doc: ActorDocument, first_title: int, start: int) -> int | None:
    """Where a rank in full words begins after a service's name ("Commodore" in "Royal Navy Commodore Ilse
    Varn", "Major General" in "Pakistan Army Major General Karim Tesk"): the rank and the name name him too."""
    tokens = doc.tokens
    k = start
    while k - 1 > first_title and tokens[k - 1].folded in _FULL_RANKS and tokens[k - 1].joined:
        k -= 1
    if k == start or tokens[k - 1].folded not in _SERVICE_ENDS:
        return None
    return k


# An ordinary word for an activity, no one's surname: "Attorney Advertising" (the label US bars require on a law
# firm's notices), "Police Training". Surnames that end so ("Fleming", "Harding") are kept by the surname list.
_ACTIVITY_ZIPF = 4.0


def _activity_after_a_title(word: str) -> bool:
    return len(word) > 5 and word.endswith("ing") and zipf(word) >= _ACTIVITY_ZIPF and not is_surname(word)


# Honorifics a post's title may stand before, with the holder's name: "Minister for Africa Lord Varn".
_HONORIFICS_AFTER_POST = word_set("lord lady baroness baron sir dame dr mr mrs ms")
# Honorifics that Somali, Arab and Afghan names carry inside them ("Hassan Sheikh Mohamud", "Mohamed
# Haji Ibrahim"), after a given name; "Shah" after a given name is a family name ("Vikram Shah") or part of
# a Malay or Afghan given name ("Azman Shah bin Ismail").
_INNER_TITLES = frozenset(("sheikh", "haji", "hajji", "mullah", "shah"))


def _honorific_between_names(doc: ActorDocument, position: int, last: int) -> bool:
    """'Anwar Haji Osman', 'Hassan Sheikh Quellan': a given name, one of `_INNER_TITLES`, then one or two names
    (no body's or place's word among them)."""
    tokens = doc.tokens
    if not 2 <= last - position <= 3 or tokens[position + 1].folded not in _INNER_TITLES:
        return False
    words = tuple(tokens[k].folded for k in range(position, last + 1))
    return (
        is_given_name(words[0])
        and not has_cue(words)
        and all(tokens[k].capitalised and tokens[k].text.isalpha() for k in range(position, last + 1))
    )


# Honorifics that, before one name and nothing else, make the name a man is known by: "Haji Amir", "Qari Muir",
# "Mullah Omar" (the one name alone is shared by thousands, and the press never drops the honorific).
_NAME_HONORIFICS = frozenset(("haji", "hajji", "qari", "mullah", "mawlawi", "maulvi"))
# A word this common that is no given name is a word of the title's complement ("Defence").
_COMPLEMENT_WORD = 4.0
_LISTED_COMPLEMENT_WORD = 3.0
_TITLED_NAME_WORDS = 4
_LONGEST_TITLED_FORM = 20  # tokens of a post with its remit and its holder's name, as written
# Words that close a portfolio's remit, after the rarer words that say what it is about: "Peshmerga Affairs".
_REMIT_ENDS = word_set("affairs relations")
# A word no list holds as a given name opens the name only if it is this rare ("Múte", not "Partnerships").
_RARE_FIRST_WORD = 3.0


def _name_after_complement(doc: ActorDocument, start: int, last: int) -> int | None:
    """'Premier of Greenland Múte Bourup Egede', 'Minister of Defence Juan Manuel Santos': the title's
    complement is a place the gazetteer knows or common words; the person's whole name follows it."""
    tokens = doc.tokens
    for begin in range(start + 1, last):
        if sum(tokens[k].folded not in NAME_PARTICLES for k in range(begin, last + 1)) > _TITLED_NAME_WORDS:
            continue  # (the particles of "Khalid bin Mohammed Al Attiyah" are no more words of the name)
        complement = tuple(tokens[k].folded for k in range(start, begin))
        first = tokens[begin].folded
        # ("Minister of Agriculture and Environment Do Xuan Truong": a Vietnamese name opens with a common word)
        given = is_given_name(first) or vietnamese_name_at(tokens, begin)
        if not (given or zipf(first) < _COMPLEMENT_WORD) or first in NAME_GLUE:
            continue
        if any(is_given_name(word) for word in complement):
            return None  # "Juan" of "Juan Manuel Santos": the name has begun
        if doc.gazetteer.lookup(complement) is not None:
            return begin  # "Premier of Greenland Múte Bourup Egede"
        # ("... Foreign Affairs and Expatriates Omar Varn": a second field after "and" closes it too)
        second_field = (
            len(complement) == 1
            and start >= 2
            and tokens[start - 1].folded == "and"
            and tokens[start - 2].folded in _REMIT_ENDS
        )
        if (complement[-1] in _REMIT_ENDS and len(complement) > 1) or second_field:
            return begin  # "Minister of Peshmerga Affairs Shoresh Ismail Abdulla": "Affairs" closes the remit
        if (
            len(complement) == 1
            and tokens[start - 1].folded == "the"
            and zipf(complement[0]) >= _LISTED_COMPLEMENT_WORD
            and zipf(first) < _RARE_FIRST_WORD
            and not is_surname(complement[0])
        ):
            return begin  # "Commissioner for the Mediterranean Dubravka Varn": one word after "the" is the remit
        # A remit listed with commas has rarer words ("Science, Innovation, Technology and Telecommunications").
        listed = "," in doc.text[tokens[start].start : tokens[begin].start]
        floor = _LISTED_COMPLEMENT_WORD if listed else _COMPLEMENT_WORD
        if all(zipf(word) >= floor for word in complement) and (given or zipf(first) < _RARE_FIRST_WORD):
            return begin  # not "Partnerships" of "Commissioner for International Partnerships Jutta Urpilainen"
        if given and all(zipf(word) >= _RARE_FIRST_WORD and not is_surname(word) for word in complement):
            return begin  # "Minister for Irrigation Imran Mohsin Raza Bukhari": a plain remit, then a listed given name
    return None


def complement_of_post_before(doc: ActorDocument, position: int) -> bool:
    """'... of the Army Lt. Gen. X': the words before the rank end the complement of an earlier post. (The post
    before "of" is capitalised, "Chief of Staff of the Army"; "the auspices of the United Nations Special Envoy X"
    names the body of the envoy's own title.)"""
    tokens = doc.tokens
    return (
        position >= 3
        and tokens[position - 1].folded == "the"
        and tokens[position - 2].folded == "of"
        and tokens[position - 1].joined
        and tokens[position - 2].joined
        and tokens[position - 3].text[:1].isupper()
    )


def _surname_like_title(doc: ActorDocument, k: int) -> bool:
    """'Bishop' in 'Julie Bishop', 'Major' in 'John Major': a title word right after a given name (or after a
    given name and middle initials: 'Carter J. Bishop')."""
    j = k - 1
    while j > 0 and is_initial(doc, j) and doc.tokens[j - 1].joined:
        j -= 1
    before = doc.tokens[j]
    return before.joined and is_given_name(before.folded) and before.folded not in TITLES


def _titled_full_form(doc: ActorDocument, first_title: int, start: int, last: int) -> str | None:
    """'Foreign Secretary Philip Hammond', 'Maj. Gen. Ivan Petrenko': the name with its title, as written.

    The person is named by the name alone; the titled form is how the source wrote it, kept as
    an alias so the source's own words find the person. Only a title in capitals right before
    the name, and no longer than a name can be.
    """
    tokens = doc.tokens
    particles = sum(tokens[k].folded in NAME_PARTICLES for k in range(start, last + 1))
    # A post's remit makes a title long: "Assistant Secretary of State for South and Central Asian Affairs".
    remit = any(tokens[k].folded in NAME_GLUE for k in range(first_title, start))
    longest = _LONGEST_TITLED_FORM if remit else MAX_NAME_TOKENS + particles
    if last - first_title + 1 > longest or first_title >= start:
        return None
    if not all(tokens[k].joined for k in range(first_title, start)):
        return None
    grade = range(start, start)  # "Sgt. 1st Class": the grade's ordinal or digit, in no capitals
    for k in range(first_title + 1, start):
        size = grade_after_rank(tokens, k)
        grade = range(k, k + size) if size else grade
    if not all(cased(tokens[k]) or tokens[k].folded in NAME_GLUE or k in grade for k in range(first_title, start)):
        return None
    if not cased(tokens[first_title]):
        return None
    end = tokens[last].end
    after = last + 1
    if (
        tokens[first_title].folded in _HONORIFICS_AFTER_TITLE
        and after < len(tokens)
        and tokens[last].joined
        and tokens[after].folded in _MEMBERS_LETTERS
        and tokens[after].text.isupper()
    ):
        # "The Hon Ilse Varn MP": a member's seat letters close the parliamentary style as written
        # (honours are left after it: "Senator the Hon Ilse Varn QC")
        end = tokens[after].end
    text = doc.text[tokens[_title_before_honorific(doc, first_title)].start : end]
    return text if "\n" not in text else None


_MEMBERS_LETTERS = word_set("mp mep msp mla mpp")
# An honorific after "the" that a title may stand before: "Senator the Hon Ilse Varn".
_HONORIFICS_AFTER_TITLE = word_set("hon honourable honorable")


def _title_before_honorific(doc: ActorDocument, first_title: int) -> int:
    """'Senator the Hon Ilse Varn': the title before "the Hon" opens the titled form as written
    (re3d marks the title and the name as one span); otherwise the demonym rule below."""
    tokens = doc.tokens
    if first_title >= 2 and tokens[first_title].folded in _HONORIFICS_AFTER_TITLE:
        the, title = tokens[first_title - 1], tokens[first_title - 2]
        if the.text == "the" and the.joined and title.joined and cased(title) and title.folded in TITLES:
            return first_title - 2
    if first_title >= 1 and tokens[first_title].folded in _STYLES_AFTER_POSSESSIVE:
        before = tokens[first_title - 1]
        if before.text in ("His", "Her") and before.joined:
            return first_title - 1  # "Her Excellency Adelaide Varn": the style is written with its pronoun
    return _demonym_before(doc, first_title)


# Styles written with a possessive pronoun before them: "His Excellency", "Her Royal Highness".
_STYLES_AFTER_POSSESSIVE = word_set("excellency highness majesty eminence holiness royal")


def _demonym_before(doc: ActorDocument, first_title: int) -> int:
    """'Russian Foreign Minister Lavrov': the demonym of the title's state opens the title as written
    (a state's name does not: "In Turkey Minister Ellwood met...")."""
    before = first_title - 1
    if before < 0 or not doc.tokens[before].joined or not cased(doc.tokens[before]):
        return first_title
    return before if doc.gazetteer.country_of_demonym(doc.tokens[before].folded) else first_title


def _titled_short_form(doc: ActorDocument, first_title: int, start: int, last: int) -> str | None:
    """'Minister Ellwood', 'Mr Hammond', 'Prime Minister Abadi': a title and a surname, as written.

    Only a plain title (no "for the Middle East") before one word of name: the document's way
    of naming the person once the full name is known, so a search for it finds them.
    """
    tokens = doc.tokens
    name_words = [k for k in range(start, last + 1) if tokens[k].folded not in NAME_PARTICLES]
    if len(name_words) != 1:
        return None
    # The title words right before the name ("Turkey Minister Ellwood" is "Minister Ellwood").
    begin = start
    while (
        begin > first_title
        and tokens[begin - 1].joined
        and tokens[begin - 1].folded not in NAME_GLUE
        and (tokens[begin - 1].folded in TITLES or tokens[begin - 1].folded in TITLE_PARTS)
    ):
        begin -= 1
    if not any(tokens[k].folded in TITLES for k in range(begin, start)):
        return None
    if not all(cased(tokens[k]) for k in range(begin, start)):
        return None  # "father Gerhard", "major Meta": a word in lower case is no title of a name
    if begin == first_title:
        begin = _demonym_before(doc, begin)
    return doc.text[tokens[begin].start : tokens[last].end]


def stopped_title(doc: ActorDocument, k: int) -> bool:
    """'Sen.' in 'State Sen. Ilse Varn': a title only abbreviated with its full stop ("Amartya Sen" is a name)."""
    token = doc.tokens[k]
    return token.folded in STOPPED_TITLES and doc.text[token.end : token.end + 1] == "."


def rating_after_a_trade(doc: ActorDocument, k: int) -> bool:
    """'Mate' in "Chief Boatswain's Mate Ilse Varn", "Gunner's Mate 2nd Class ...": a navy's rating named by a
    trade's possessive, no given name."""
    token = doc.tokens[k]
    before = doc.text[max(0, token.start - 3) : token.start]
    return token.text == "Mate" and before in ("'s ", "’s ") and k > 0 and doc.tokens[k - 1].text[:1].isupper()


_JUNIOR = word_set("jr sr")


def generational_name(doc: ActorDocument, position: int, last: int) -> bool:
    """'Quentin Harlowe Jr.', 'Harold King Sr.': two capitalised words or more, no title first, then "Jr."
    or "Sr." with its full stop: only a person's name ends so (a street named after one goes on past it)."""
    tokens = doc.tokens
    suffix = tokens[last]
    if last - position < 2 or suffix.folded not in _JUNIOR or suffix.text not in ("Jr", "Sr"):
        return False
    if doc.text[suffix.end : suffix.end + 1] != "." or is_title(tokens[position].folded):
        return False
    following = tokens[last + 1].folded if last + 1 < len(tokens) else ""
    if following == "day" or following in HEAD_WORD:
        return False  # "Martin Luther King Jr. Day", "Harold King Jr. Boulevard": named after the person
    words = tuple(tokens[k].folded for k in range(position, last))
    return all(cased(tokens[k]) for k in range(position, last)) and not has_cue(words)


# After a person's name: "John F. Kennedy Jr.", "George H. W. Bush III".
_NAME_SUFFIXES = word_set("jr sr ii iii iv")


# Letters written after a person's name: a seat, a rank at the bar, an honour, the navy an officer serves in
# ("Lieutenant Frederick Ashby RN", "Captain Ilse Varn USN").
# Letters after a person's name that are no part of it ("Jr" and "Sr" are).
# A profession's registration or fellowship letters, too: a vet's, a nurse's, a surgeon's, a surveyor's, an
# architect's, an accountant's, an engineer's ("Robert Hext MRCVS", "Sam Trelawny RVN", "Ada Quell FRICS").
_PROFESSIONS_LETTERS = word_set(
    "mrcvs frcvs rvn rgn rmn mrcs frcs mrcp frcp mrcgp frcgp mrcog mrics frics riba fca aca acca cima ceng freng "
    "frse mrtpi mcieh fcipd"
)
_POSTNOMINALS = (POSTNOMINALS | _PROFESSIONS_LETTERS | word_set("mla mpp rn rnr rnvr usn")) - word_set("jr sr")
# Degrees written in mixed case after a name: "Priya Natarajan BVSc MRCVS".
_MIXED_CASE_LETTERS = frozenset(("PhD", "Esq", "BVSc", "BVetMed", "MBChB", "BSc", "MSc", "DPhil"))


def is_postnominal(token: Token) -> bool:
    if token.text in _MIXED_CASE_LETTERS:
        return True
    return token.folded in _POSTNOMINALS and token.text.isupper()


def is_initial(doc: ActorDocument, k: int) -> bool:
    """'W.' in 'George W. Bush': one capital letter and a full stop."""
    token = doc.tokens[k]
    return len(token.text) == 1 and token.text.isupper() and doc.text[token.end : token.end + 1] == "."


def middle_initial_of_person(doc: ActorDocument, first: int, k: int, last: int) -> bool:
    """Whether the initial at `k` stands between a person's given name (or another initial, or a
    title) and more of the name: 'Stephen J. Townsend', 'Gen. Joseph F. Dunford Jr.'."""
    tokens = doc.tokens
    before = k - 1
    while before > first and is_initial(doc, before):
        before -= 1
    word = tokens[before].folded
    # "Envoy Geir O. Pedersen"; "USS Harlan B. Reeve": a ship's prefix before a person's name, too
    titled = any(tokens[t].folded in TITLES or tokens[t].folded in SHIP_PREFIXES for t in range(first, before))
    # "Gen. Everett R. Haldane-Moss": a rank right before a word rarer than a common one ("General Plan B. Officials")
    titled = titled or (before == first and _title_right_before(doc, first) and zipf(word) < _FIRST_NAME_ZIPF)
    after = k + 1
    while after < last and is_initial(doc, after):
        after += 1
    rest = tokens[after]
    if before == first and is_initial(doc, before):
        # "B. N. Venkatesh Murthy", "R. K. Varman": initials open the name (Indian and cricket writing), then a
        # rare name word; not "U. S. Navy" (a common word after them)
        return _rare_name_word(doc, rest) or is_given_name(rest.folded)
    if is_initial(doc, before) or not (
        is_given_name(word)
        or word in TITLES
        or word == "justice"  # "Justice K. Anandavalli": a judge's style, a common noun elsewhere
        or word in ARABIC_ARTICLES
        or (titled and cased(tokens[before]))
        or (before == first and _rare_name_word(doc, tokens[before]) and _rare_name_word(doc, rest))
    ):
        return False
    return len(rest.text) > 1 and rest.folded not in FUNCTION_WORDS and not rest.text.isupper()


# Below this word frequency a capitalised word is no common word ("Plan B. Officials" is no name).
_RARE_NAME_WORD = 3.0


def _rare_name_word(doc: ActorDocument, token: Token) -> bool:
    """'Corwin J. Halloway': a given name the lists do not know, or a surname, is a rare capitalised
    word that names no body, head or place; with an initial between two of them, a person."""
    word = token.folded
    return (
        token.capitalised
        and not token.text.isupper()
        and (zipf(word) < _RARE_NAME_WORD or is_surname(word))
        and word not in NAME_WORD
        and word not in HEAD_WORD
        and doc.gazetteer.lookup((word,)) is None
    )


def _title_right_before(doc: ActorDocument, position: int) -> bool:
    """A title or a rank right before the name ("Gen. Everett R. Haldane-Moss")."""
    previous = doc.tokens[position - 1] if position > 0 else None
    return previous is not None and previous.joined and previous.capitalised and previous.folded in TITLES


def initialled_name(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> bool:
    """'George W. Bush', 'John F. Kennedy Jr.': a given name, middle initials, a surname (and a
    suffix). Middle initials are how people are named, not places or bodies."""
    tokens = doc.tokens
    initials = [k for k in range(position + 1, last) if is_initial(doc, k)]
    # "Everett R. Haldane-Moss": a word after a hyphen is half of a double family name, no place's or body's word
    unhyphened = tuple(
        tokens[k].folded for k in range(position, last + 1) if k == position or not _after_hyphen(doc, k)
    )
    if not initials or has_cue(unhyphened):
        return False
    # "Marcus J. de Lisle": lower-case particles after an initial open the family name, no words of their own
    particles = set()
    for k in initials:
        while k + 1 < last and tokens[k + 1].text in NAME_PARTICLES:
            k += 1
            particles.add(k)
    rest = [
        k
        for k in range(position, last + 1)
        if k not in initials and k not in particles and tokens[k].folded not in _NAME_SUFFIXES
    ]
    # "Tamsin R. Okafor-Lyle": a given name the lists do not know, when it and the surname are rare name words,
    # or after a rank or a title ("Gen. Everett R. Haldane-Moss": the town Everett is no rare word).
    known_given = is_given_name(words[0]) or (_title_right_before(doc, position) and zipf(words[0]) < _FIRST_NAME_ZIPF)
    if not known_given and not all(_rare_name_word(doc, tokens[k]) for k in rest[:2]):
        return False
    return 2 <= len(rest) <= 3 and all(
        k == position
        or (len(tokens[k].text) > 1 and not tokens[k].text.isupper() and tokens[k].folded not in FUNCTION_WORDS)
        for k in rest
    )


def opens_a_body_elsewhere(doc: ActorDocument, word: str) -> bool:
    """Whether the page writes `word` opening a body's name of up to four capitalised words that ends in a body's
    word ("Garda Representative Association", "Tarvel Pellam Council"): alone it is that body's word."""
    pattern = rf"\b{re.escape(word)}(?: [A-Z][\w'’-]*){{1,3}}"
    return any(match.group(0).split()[-1].casefold() in NAME_WORD for match in re.finditer(pattern, doc.text))


def given_name_alone(doc: ActorDocument, position: int, word: str) -> bool:
    """'Erich explained', 'ask Fernanda': a given name standing alone, rare as an English word
    ("Will", "Mark", "Grace" are words first), never written in lower case, no place of that name."""
    if not is_given_name(word) or word in doc.lower_case or zipf(word) >= WORD_ALONE:
        return False
    token = doc.tokens[position]
    if token.text.isupper() or any(ch.isupper() for ch in token.text[1:]):
        return False  # "ELMAR", "NicolaSoft": capitals or a brand's casing
    if _before_a_titled_name(doc, position):
        return False  # "Garda Sergeant Ilse Varn": the service the rank belongs to, no one's given name
    if opens_a_body_elsewhere(doc, token.text):
        return False  # "Garda welfare services" beside "the Garda Representative Association": the body's word
    if position > 0 and doc.tokens[position - 1].text in ("al", "el") and doc.tokens[position - 1].joined:
        return False  # "near al-Qaim": a given name alone takes no Arabic article; a town or a family does
    if _after_the(doc, position) or (
        position >= 3 and doc.tokens[position - 1].folded == "and" and _after_the(doc, position - 2)
    ):
        # "data on the Ravi", "the Sutlej and Ravi": no one is called "the" and a given name alone
        return False
    return doc.gazetteer.lookup((word,)) is None


# Endings only family names have, in the languages whose names the news writes most often without a given
# name: Ukrainian and Russian ("Kovalenko", "Hrynchuk", "Lavrov", "Zelensky"), South Slavic ("Milošević"), Polish
# ("Kaczyński", "Sienkiewicz"), Georgian ("Saakashvili", "Shevardnadze"), Armenian ("Pashinyan"), Greek
# ("Mitsotakis", "Papadopoulos") and Turkish ("Kılıçdaroğlu"). Places with such endings are the gazetteer's.
_FAMILY_NAME_ENDING = re.compile(
    r"\w{2,}(?:enko|chuk|yuk|ovich|evich|ovych|ovic|evic|ović|ević|vić|ski|sky|skyi|skyy|skiy|cki|wicz|ov|ev|yev"
    r"|ova|eva|yeva|ová|ská|cká|ska|cka"  # a woman's form: "Georgieva", "Zakharova", "Nováková", "Kowalska"
    r"|shvili|dze|yan|opoulos|akis|idis|oglu|oğlu)"
)


def family_name_by_its_ending(doc: ActorDocument, position: int, word: str) -> bool:
    """'Lavrov told reporters', 'officials said Pashinyan would travel': a family name alone, known by an
    ending no English word or other name has, before what a person does ("Kalashnikov rifles", "on Bluesky"
    are things, with no such verb after)."""
    tokens = doc.tokens
    token = tokens[position]
    if not token.text[:1].isupper() or token.text.isupper() or not _FAMILY_NAME_ENDING.fullmatch(token.text):
        return False
    if word in doc.lower_case or position + 1 >= len(tokens) or not token.joined:
        return False
    after = tokens[position + 1]
    acts = after.text.islower() and (after.folded in ACTS_AFTER_A_NAME or after.folded.endswith("ed"))
    return acts and not _after_the(doc, position) and doc.gazetteer.lookup((word,)) is None


def _after_the(doc: ActorDocument, position: int) -> bool:
    before = doc.tokens[position - 1] if position > 0 else None
    return before is not None and before.text == "the" and before.joined


def _before_a_titled_name(doc: ActorDocument, position: int) -> bool:
    """A title and a capitalised name right after the word: "Garda Sergeant Maeve Tolan"."""
    tokens = doc.tokens
    return (
        position + 2 < len(tokens)
        and tokens[position].joined
        and tokens[position + 1].folded in TITLES
        and tokens[position + 1].text[:1].isupper()
        and tokens[position + 1].joined
        and tokens[position + 2].text[:1].isupper()
    )


# A first word this frequent ("Marriage Story", "Death Row") is a word, not a given name.
_FIRST_NAME_ZIPF = 4.6


# Endings that mark a family name in the languages of the Balkans, eastern Europe, the Caucasus
# and Turkey ("Mladić", "Milošević", "Kovalenko", "Basayev", "Shevardnadze", "Pashinyan",
# "Davutoğlu", "Ionescu"): the lists of surnames miss most of them. ("-ić" only with its accent:
# "Baltic", "Pacific" end in "-ic".)
_FAMILY_ENDINGS = (
    "ić", "ović", "ević", "ovic", "evic", "ovich", "evich", "enko", "chuk", "shvili", "adze", "idze",
    "yev", "ayev", "iyev", "ov", "ova", "ev", "eva", "sky", "skiy", "ski", "ska", "skaya", "wicz", "yan", "oğlu",
    "oglu", "escu",
)  # fmt: skip
_FAMILY_ENDING_MIN = 5  # letters: "Ivanov", not "Kov"; with the accent of "-ić", "Orić" is enough


# An Irish or Scottish family name by its prefix, "son of" or "of the line of", then a capital: "McCaw", "MacLeod",
# "O'Rourke".
_GAELIC_FAMILY_NAME = re.compile(r"(?:Mc|Mac|O['’])[A-Z][a-z]{2,}")


def family_name_shape(doc: ActorDocument, last: int, words: tuple[str, ...]) -> bool:
    """'Ratko Mladić', 'Shamil Basayev', 'Arayik Harutyunyan': a rare last word with a family
    name's ending, in a name that is no place the gazetteer knows ("Sergiev Posad")."""
    word = doc.tokens[last].text
    return (
        (
            ((len(word) >= _FAMILY_ENDING_MIN or word.endswith("ić")) and word.casefold().endswith(_FAMILY_ENDINGS))
            or _GAELIC_FAMILY_NAME.fullmatch(word) is not None
        )
        and zipf(words[-1]) < _FIRST_NAME_ZIPF
        and doc.gazetteer.lookup(words) is None
        and doc.gazetteer.lookup(words[-1:]) is None
    )


def ends_with_surname(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> bool:
    """'Patti Smith', 'Matt Anderson': a short name whose last word is a family name and whose first
    word is no ordinary word (given names missing from the lists: nicknames, other languages)."""
    family = is_surname(words[-1]) or family_name_shape(doc, last, words)
    if not family and len(words) == 3 and _double_barrel(doc, position, last - 1, last):
        # "Stravinskaya-Orlova": the second half may be a small town's name as well ("Orlová").
        family = is_surname(words[-2]) or family_name_shape(doc, last - 1, words[:-1])
    if not family or words[-1] in doc.lower_case or words[0] in ARABIC_ARTICLES:
        return False
    if words[0] in doc.lower_case or zipf(words[0]) >= _FIRST_NAME_ZIPF:
        return False
    place = doc.gazetteer.lookup((words[0],))
    if (place is not None and (place.kind == "state" or place.population >= _GIVEN_NAME_CITY)) or (
        doc.gazetteer.country_of_demonym(words[0])
    ):
        return False  # "Boston Anderson" may be a firm as well as a person: no guess
    if place is not None and words[-1] in COMPASS_HEADS and not is_given_name(words[0]):
        return False  # "the Kabwe North prospect", "Tarnby East ward": a part of a town, no "Mr North"
    tokens, text = doc.tokens, doc.text
    return all(
        (
            len(tokens[k].text) > 1
            and not tokens[k].text.isupper()
            and tokens[k].folded not in FUNCTION_WORDS
            and (text[tokens[k].end : tokens[k].end + 1] in (" ", "") or _double_barrel(doc, position, k, last))
        )
        or k == last
        for k in range(position, last + 1)
    )


def _double_barrel(doc: ActorDocument, position: int, k: int, last: int) -> bool:
    """'Yelena Stravinskaya-Orlova', 'Kelechi Anyanwu-Okafor': a hyphen joins the last two words, both
    capitalised, after a first word standing apart: a family name of two halves."""
    tokens = doc.tokens
    return (
        position < k == last - 1
        and doc.text[tokens[k].end : tokens[last].start] == "-"
        and cased(tokens[k])
        and cased(tokens[last])
        and doc.text[tokens[position].end : tokens[position].end + 1] == " "
    )


_PET_FORM_ENDINGS = ("ie", "ey", "y")
_PET_FORM_ZIPF = 4.0  # a pet form is no everyday word ("funny", "candy" are words, not names)


def pet_form_of_given_name(word: str) -> bool:
    """'Stevie', 'Mikey', 'Davie': a given name's pet form that the lists lack ("steve", "mike", "dave")."""
    if len(word) < 4 or zipf(word) >= _PET_FORM_ZIPF:
        return False
    stems = [word[: -len(ending)] for ending in _PET_FORM_ENDINGS if word.endswith(ending)]
    return any(len(stem) >= 3 and (is_given_name(stem) or is_given_name(stem + "e")) for stem in stems)


# Arabic articles that are an English given name too, a person's before a family name no place has: "Ed Quarn said".
_ARTICLES_ALSO_GIVEN = frozenset(("ed",))


# Prepositions that a list of given names holds: "Over Varnek's two terms in office, debt doubled" opens with the
# preposition, no given name (the others, "among", "per", are function words already).
_PREPOSITIONS_LISTED_AS_GIVEN = word_set("over")


def starts_with_given_name(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> bool:
    """'Jennifer Aniston', 'George Haswani': a given name, then a surname (not 'Paris Hilton Hotel')."""
    first = words[0]
    if not (is_given_name(first) or pet_form_of_given_name(first)) or first in _PREPOSITIONS_LISTED_AS_GIVEN:
        return False
    if first in ARABIC_ARTICLES and not (first in _ARTICLES_ALSO_GIVEN and doc.gazetteer.lookup(words) is None):
        return False  # "Al Hawl" is a town as often as "Al Franken" a person ("Ed Damer" a town, "Ed Quarn" no place)
    place = doc.gazetteer.lookup((first,))
    if (
        place is not None
        and (place.kind == "state" or place.population >= _GIVEN_NAME_CITY)
        and fold(place.name) == first  # not another spelling the city is rarely written in ("Sam": Damascus)
        and not (position < last and given_name_of_state(doc, position))
    ):
        return False  # "Jordan", "Austin", "Paris" name a state or a city as often as a person
    if doc.text[doc.tokens[position].end : doc.tokens[position].end + 1] != " " and not _compound_given_name(
        doc, position, last
    ):
        return False  # "Anna-Mungunda-Allee" is a street
    # Names, not initials, acronyms or function words: "Jen Wang", not "Sarah The Implausible"; a particle
    # in lower case inside is the family name's ("Ruben de Vries", "Floris ten Brink"), however frequent.
    return all(
        (position < k < last and doc.tokens[k].folded in NAME_PARTICLES and doc.tokens[k].text.islower())
        or (
            len(doc.tokens[k].text) > 1
            and not doc.tokens[k].text.isupper()
            and doc.tokens[k].folded not in FUNCTION_WORDS
            and (k == position or zipf(doc.tokens[k].folded) < VERY_COMMON)
        )  # "Koko Be Good" is a title
        for k in range(position, last + 1)
    )


def _compound_given_name(doc: ActorDocument, position: int, last: int) -> bool:
    """'Jean-Luc Varnier', 'Marie-Claire Tarvelle': two given names joined by a hyphen, then a space and the rest of
    the name, as French and German names are written."""
    tokens, text = doc.tokens, doc.text
    if position + 1 >= last or text[tokens[position].end : tokens[position].end + 1] not in ("-", "‐"):
        return False
    second = tokens[position + 1]
    return second.text.istitle() and is_given_name(second.folded) and text[second.end : second.end + 1] == " "


# Words that chain an Arabic (or Somali, Libyan) name's generations: "Abd al-Amir", "bin Saleh", "Bu-Khuraiss".
_CHAIN_LINKS = word_set("bin ibn bint abd abdul abu bu ould")
# A chained name keeps to this many words (particles aside): "Abdul Amir Rashid Yarallah al-Lami".
_CHAIN_WORDS = 6
# A family name at the end of a chain is rarer than this ("Complex", "Centre", "Group" are not).
_CHAIN_LAST_WORD = 4.0


def _words_of_name(doc: ActorDocument, start: int, last: int) -> int:
    """The words of a name, a hyphened surname counted once ("Alix Didier Fils-Aimé-Joseph": three) and
    its particles not at all ("Hamad bin Tariq Al Varni": four)."""
    tokens = doc.tokens
    return sum(
        1
        for k in range(start, last + 1)
        if tokens[k].folded not in NAME_PARTICLES and not (k > start and doc.text[tokens[k].start - 1] in "-‐")
    )


# A syllable of a Chinese given name, as Malaysia and Singapore write them apart: "Hui", "Min", "Seng".
_SYLLABLE_LETTERS = 4


def english_then_chinese_name(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> bool:
    """'Rachel Teo Hui Min', 'Amanda Koh Siew Ping': an English given name, a Chinese family name, then the
    Chinese given name's two syllables written apart (however common a syllable is as a word: "Min")."""
    tokens = doc.tokens
    if len(words) != 4 or not is_given_name(words[0]) or not is_surname(words[1]) or has_cue(words):
        return False
    return all(
        tokens[k].text.istitle() and len(tokens[k].text) <= _SYLLABLE_LETTERS and tokens[k].folded not in FUNCTION_WORDS
        for k in range(position + 2, last + 1)
    )


def chained_name(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> bool:
    """'Hamza Ramadan Muftah Bu-Khuraiss', 'Salim Abd al-Amir Radi al-Zubaidi': a given name followed by
    a father's and a grandfather's names (another given name or a link word such as "bin", "Abd",
    "al-"), then a family name; longer than `starts_with_given_name` allows, and no place or body."""
    tokens = doc.tokens
    content = [w for w in words if w not in NAME_PARTICLES]
    if not len(words) >= 4 or len(content) > _CHAIN_WORDS or not is_given_name(words[0]):
        return False
    if words[0] in ARABIC_ARTICLES or has_cue(words) or doc.gazetteer.lookup(words) is not None:
        return False
    if any(w in BUILDING_HEADS for w in words) or zipf(words[-1]) >= _CHAIN_LAST_WORD:
        return False  # "Abdul Rahman Al Sudais Mosque Complex": a building named for a person
    opening = tokens[position].start - 2
    if position > 0 and doc.text[opening : opening + 2] == " (" and cased(tokens[position - 1]):
        return False  # "the Tremmin Red Cross (Cruz Vermelha de Tremmin)": the name before, in its own language
    for k, word in enumerate(words[:-1]):
        place = doc.gazetteer.lookup(words[k + 1 :]) if word in NAME_PARTICLES else None
        if place is not None and place.kind == "state":
            return False  # "Cruz Vermelha de Timor-Leste": a body of a state, named in its language
    # "bin Saleh", "Abd al-Amir", "dos Santos", or a father's given name right after the person's
    # (or a Malay hereditary prefix before the father's name: "Nik Amirul Nik Rahman")
    linked = any(w in _CHAIN_LINKS or w in NAME_PARTICLES or w in _HEREDITARY_PREFIXES for w in words[1:-1])
    linked = linked or is_given_name(words[1])
    return linked and all(
        (cased(tokens[k]) or tokens[k].folded in NAME_PARTICLES)
        and len(tokens[k].text) > 1
        and not tokens[k].text.isupper()
        and (tokens[k].folded not in FUNCTION_WORDS or tokens[k].folded in NAME_PARTICLES)
        and (zipf(tokens[k].folded) < VERY_COMMON or tokens[k].folded in NAME_PARTICLES)
        for k in range(position, last + 1)
    )


def beside_title(doc: ActorDocument, position: int, last: int) -> bool:
    """ "Minister for the Middle East, Tobias Ellwood" or "Tobias Ellwood, Foreign Office Minister"."""
    tokens, text = doc.tokens, doc.text
    bracketed = position >= 2 and _acronym_in_brackets_before(doc, position)
    if position >= 2 and (text[tokens[position - 1].end : tokens[position].start] == ", " or bracketed):
        back = position - 1
        # (a body's name its acronym spells is long: "Director of the National Authority for Mine Action (NAMA),")
        reach = _TITLE_REACH_OVER_ACRONYM if bracketed else _TITLE_REACH
        while back >= max(0, position - reach) and (tokens[back].capitalised or tokens[back].folded in NAME_GLUE):
            if tokens[back].folded in TITLES:
                # "Julian Moore, General Manager, Zorvakin Resort": the employer after a person's title.
                return not _title_after_a_name(doc, back)
            back -= 1
    if last + 1 < len(tokens) and text[tokens[last].end : tokens[last + 1].start] == ", ":
        ahead = last + 1
        while ahead < min(len(tokens), last + 6) and (tokens[ahead].capitalised or tokens[ahead].folded in NAME_GLUE):
            if "\n" in text[tokens[ahead - 1].end : tokens[ahead].start]:
                break  # "the Quell Railway, Tarnby\n- Lifetime Achievement: Sir ...": the next line's title
            if tokens[ahead].folded in TITLES:
                return True
            ahead += 1
    return False


# How far back a title is looked for before ", Name": over a body's name, or over one its acronym spells.
_TITLE_REACH = 8
_TITLE_REACH_OVER_ACRONYM = 16


def _acronym_in_brackets_before(doc: ActorDocument, position: int) -> bool:
    """'the Director of the Varn Mining Agency (VMA), Ilse Tarn,': the name follows a body's acronym in brackets."""
    tokens, text = doc.tokens, doc.text
    acronym = tokens[position - 1]
    return (
        text[acronym.end : tokens[position].start] == "), "
        and text[tokens[position - 2].end : acronym.start] == " ("
        and acronym.text.isupper()
    )


# Business names open with these as often as they end with them ("Hôtel du Louvre", "Club Med").
_BUSINESS_OPENERS = word_set("hotel club casino restaurant cafe")

# A title before a one-word name that the document also writes as an ordinary word ("General
# Manager") names a post, not a person; only for words this common ("Trump" is 4.9, but no
# document writes "trump" in lower case when it names him).
_POST_WORD = 4.0

# A word this common that is not a given name does not open a person's name on a weak cue
# ("Rocket Pass, who", "Plot Dragon, who", "Asia Pacific" beside a title; "Chi" is 3.7, "Assad" 3.6).
_COMMON_OPENER = 4.0


def given_and_family_name(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> bool:
    """'Peter Hall', 'Grace Park', 'Daniel West': a given name, then a family name that is also a
    common word or a place's head word (which `starts_with_given_name` leaves out as too common)."""
    return (
        len(words) == 2
        and last == position + 1
        and is_surname(words[1])
        and not doc.tokens[last].text.isupper()
        and not (position > 0 and doc.tokens[position - 1].folded in PLACE_PREPOSITIONS)  # "at Albert Hall"
        and starts_with_given_name(doc, position, position, words[:1])
    )


def _after_hyphen(doc: ActorDocument, k: int) -> bool:
    """Token `k` is the second half of a hyphened word ("Fenn-Park"): part of a word, no venue's head."""
    return k > 0 and doc.text[doc.tokens[k - 1].end : doc.tokens[k].start] in ("-", "‐")


# Malay hereditary prefixes, written again before the father's name: "Nik Amirul Nik Rahman", "Tengku Zarina
# Tengku Hassan", "Wan Rozita Wan Ismail".
_HEREDITARY_PREFIXES = word_set("tunku tengku nik wan megat raja syed sharifah che puteri")


def weak_person(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> bool:
    """Whether a weak cue of a person (a comma and "who", a surname used alone, a given name, a
    title beside it) may make a person of this name: not a business or a place ("Bellevue Hotel",
    "Hurlingham Park"), not a phrase ("New In Python"), not capitals, not a common word first."""
    tokens = doc.tokens
    if words[0] in _BUSINESS_OPENERS:
        return False
    if holds_paired_places(doc, position, last):
        return False  # "the Varnia–Tremmia Dialogue", "the Belgrade-Pristina Dialogue": two parties' body
    if any(
        w in NOT_PERSON_WORDS and not _after_hyphen(doc, position + i) for i, w in enumerate(words) if i
    ) and not given_and_family_name(doc, position, last, words):
        # "Hurlingham Park said" is a venue; "Grace Park said" a person; "Aldous Fenn-Park" a double surname
        return False
    if any(w in FUNCTION_WORDS and w not in NAME_PARTICLES for w in words):
        return False
    named = [w for w in words if w not in NAME_PARTICLES and w not in _HEREDITARY_PREFIXES]
    if len(set(named)) < len(named):
        return False  # "Rust Belt Rust": a person's name repeats no word (but "al-", "bin" and "Nik" may recur)
    if any(len(tokens[k].text) >= 2 and tokens[k].text.isupper() for k in range(position, last + 1)):
        return False  # "ABC Sports": an acronym is no part of a person's name
    if any(is_camel_case(tokens[k].text) for k in range(position, last + 1)):
        return False  # "ZorvBank Chase": a brand's casing is no part of a person's name
    if firm_of_common_words(doc, words):
        return False  # "Stena Line said", "Northvale Water said": a frequent word where a family name goes
    if len(words) >= 2 and coined_compound(words[0]):
        return False  # "Healthwatch Kent said", "Shopmobility Tarnby": a coined word opens a body's name
    # "Von der Leyen said", "Van Dijk said": a family name's particles first, then the family name (not an
    # article's: "La", "El", "Del" open firms' and places' names as often: "Del Monte", "La Salle")
    particles = words[0] in NAME_PARTICLES and words[0] not in _ARTICLES_AS_PARTICLES
    opener = next((w for w in words if w not in NAME_PARTICLES), words[0]) if particles else words[0]
    return is_given_name(words[0]) or zipf(opener) < _COMMON_OPENER


_ARTICLES_AS_PARTICLES = word_set("la le el del al")


_COINED_PART = 4.3  # Zipf of each half: "health", "watch", "shop", "link" (not "wood", "ford" alone)
_COINED_WHOLE = 2.0  # the whole is rare as a word: "healthwatch", not "newspaper" or "football"


def coined_compound(word: str) -> bool:
    """'Healthwatch', 'Citylink', 'Shopwatch': two frequent English words written as one that no list
    knows as a given or a family name: a brand or a body coins such names; a person's are inherited."""
    if len(word) < 8 or is_given_name(word) or is_surname(word) or zipf(word) >= _COINED_WHOLE:
        return False
    return any(zipf(word[:cut]) >= _COINED_PART and zipf(word[cut:]) >= _COINED_PART for cut in range(4, len(word) - 3))


_FIRM_WORD = 4.3  # Zipf: "water", "line", "rail"; rarer words may be unlisted family names


def firm_of_common_words(doc: ActorDocument, words: tuple[str, ...]) -> bool:
    """'Stena Line', 'Southern Water': two words whose last, where a person's family name would go,
    is a frequent English word that is no family name in any list or on the page, and whose first is
    no given name. A firm or a body names itself so; a person hardly ever."""
    last = words[-1]
    if len(words) == 2 and words[0] in _COMPASS_ADJECTIVES and not is_given_name(last):
        return True  # "Northern Rock said", "Western Power": no one's given name is a compass adjective
    if len(words) != 2 or is_surname(last) or is_given_name(words[0]):
        return False  # (a given name first: "Harry Styles", "Lucy Sands" are persons)
    if _plural_of_a_thing(last):
        return True  # "Dales Buses said": a plural noun is no family name
    return zipf(last) >= _FIRM_WORD and last not in doc.given_surnames


_COMPASS_ADJECTIVES = frozenset(word for word in COMPASS if word.endswith("ern"))
_THING_WORD = 3.5  # Zipf of a plural's singular: "bus", "tractor", "crane" (not "reiver", 1.35)


_ES_PLURALS = ("ses", "xes", "zes", "ches", "shes", "oes")


def _plural_of_a_thing(word: str) -> bool:
    """'buses', 'ferries', 'coaches': the plural of a frequent English noun, rarer than its singular."""
    if len(word) < 5 or not word.endswith("s") or word.endswith("ss"):
        return False
    # "-es" after a hiss or an "o" only ("coaches", "boxes", "heroes"): "Pieres" is no plural of "pier"
    singulars = {
        word[:-1],
        word[:-2] if word.endswith(_ES_PLURALS) else "",
        word[:-3] + "y" if word.endswith("ies") else "",
    }
    return any(zipf(one) >= _THING_WORD and zipf(one) > zipf(word) for one in singulars if len(one) >= 3)


_RARE_SPEAKER = 3.5
# A family name more common than a rare word, still no English word: "Jensen" (3.6), not "Wells" or "Ford".
_SURNAME_SPEAKER = 4.0


def speaker(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> bool:
    """Whether a name before "said" may be a person's: one word only when the document uses it as
    a surname ("Assad said" after "Bashar al-Assad"), it is a given name, or a rare word
    ("Microsoft said" is none of these)."""
    if last > position:
        return weak_person(doc, position, last, words)
    token = doc.tokens[position]
    if token.text.isupper() or token.folded in NOT_PERSON_WORDS:
        return False
    # A rare word is a name, most likely a surname ("Vantrow said"); one as common as "Microsoft"
    # (4.4) needs the document to use it as a surname, or to be a given name.
    return (
        token.folded in doc.surnames
        or is_given_name(token.folded)
        or zipf(token.folded) < _RARE_SPEAKER
        # "Jensen said": a family name the lists know, no firm's and no common word, speaks as a person
        or (
            is_surname(token.folded)
            and zipf(token.folded) < _SURNAME_SPEAKER
            and not is_listed_firms_word(token.folded)
            and doc.gazetteer.lookup((token.folded,)) is None
        )
    )


# Above this frequency a word for an agent ("observer", "negotiator") is an English noun, no rare family name.
_AGENT_NOUN_ZIPF = 3.0


def _post_noun_after_title(doc: ActorDocument, k: int, last: int) -> bool:
    """'Chief Observer Laura Varn', 'Chief Negotiator Ilse Quell': a word for an agent after the title, before
    the holder's name, ends the post; not a family name ("Chief Walker" names a Walker)."""
    tokens = doc.tokens
    word = tokens[k].folded
    return (
        k < last
        and k > 0
        and tokens[k - 1].folded in TITLES  # right after the title's word, not its remit ("of Timor-Leste")
        and doc.gazetteer.lookup((word,)) is None
        and tokens[k + 1].capitalised
        and word.endswith(("er", "or", "ist"))
        and zipf(word) >= _AGENT_NOUN_ZIPF
        and not is_surname(word)
        and not is_given_name(word)
    )


# Endings of a noun for one who does something: "Observer", "Monitor", "Strategist", "Consultant".
_DOER_ENDINGS = ("er", "or", "ist", "ant")


def _one_in_a_role(word: str) -> bool:
    """A singular noun for one who does something ("Observer", "Monitor"), not a plural ("Motors") nor a
    capitalised thing ("Inn", "Office")."""
    return word[:1].isupper() and word[1:].islower() and word.casefold().endswith(_DOER_ENDINGS)


# Heads of a league's or a contest's name, no post though the page writes them in lower case ("rugby league"):
# "the Premier League", "the Premier Cup".
_CONTEST_HEADS = word_set("league leagues cup championship")


def _post_word(doc: ActorDocument, word: str) -> bool:
    """'General Manager': the word after a title is a post the document also writes in lower case."""
    if is_given_name(word):
        return False
    frequency = zipf(word)
    return (word in doc.lower_case and frequency >= _POST_WORD) or (word.endswith(("er", "or")) and frequency >= 4.6)


def before_given_name(doc: ActorDocument, last: int) -> bool:
    """'Vilanova, Anna': a surname before a given name in a list of authors, not a place."""
    tokens = doc.tokens
    return (
        last + 1 < len(tokens)
        and doc.text[tokens[last].end : tokens[last + 1].start] == ", "
        and tokens[last + 1].capitalised
        and is_given_name(tokens[last + 1].folded)
    )


def _hyphened_syllable(doc: ActorDocument, k: int) -> bool:
    """'-in' of "Moon Jae-in": a lower-case syllable of a given name, no function word there."""
    token = doc.tokens[k]
    return k > 0 and token.text.islower() and doc.text[doc.tokens[k - 1].end : token.start] == "-"


def given_name_possessive(text: str, token: Token) -> bool:
    """'the New York Times of Malcolm's grandfather': a person's given name with its possessive
    after "of" is no part of a body's name ("Bank of England's" goes on)."""
    return text[token.end : token.end + 2] in ("'s", "’s") and is_given_name(token.folded)


def body_before_title_end(doc: ActorDocument, inside: list[int], end: int) -> int:
    """'Senate Majority Leader Chuck Schumer': the body the title belongs to ends with its
    organisation word; the words right after it are the title's ("Ministry of Defence" keeps
    what its "of" joins)."""
    tokens = doc.tokens
    if all(tokens[k].folded not in NAME_GLUE for k in range(inside[-1] + 1, end + 1)):
        end = inside[-1]  # "Council Deputy Chair": the title's own words after the body
    rank = inside[-1]
    if _unit_rank(doc, rank) and rank - 1 in inside and tokens[rank - 1].folded in NAME_WORD:
        return rank - 1  # "Nampa Fire Department Battalion Chief Ola Brandt": the department, then her rank
    bodies = [k for k in inside if tokens[k].folded in NAME_WORD]
    if not bodies or bodies[-1] == inside[-1]:
        return end
    after = range(bodies[-1] + 1, inside[-1] + 1)
    if any(tokens[k].folded in NAME_GLUE or tokens[k].folded in HEAD_WORD for k in after):
        return end
    return bodies[-1]


# A fire or police service's ranks named for the unit led, before "Chief": "Battalion Chief", "Division Chief".
_UNIT_RANKS = word_set("battalion division")


def _unit_rank(doc: ActorDocument, k: int) -> bool:
    """The unit's word at `k` opens a rank with "Chief" right after it."""
    tokens = doc.tokens
    return tokens[k].folded in _UNIT_RANKS and k + 1 < len(tokens) and tokens[k + 1].folded == "chief"


def titled_body(doc: ActorDocument, position: int, last: int) -> bool:
    """A run that ends with an organisation word after a title word and at least one other word
    between them: the title is part of the body's name ("Speaker Training Working Group")."""
    tokens = doc.tokens
    if tokens[position].folded in HEAD_FIRST_BODIES and any(
        tokens[k].folded in TITLES for k in range(position + 1, last + 1)
    ):
        return True  # "Fiscalía General de la Nación": a body named head first, then its title word
    if last > position and tokens[position].folded == "general" and tokens[position + 1].folded in NAME_WORD:
        return True  # "General Administration for Coastal Security", "General Directorate of Ports": no rank
    if last - position < 2 or tokens[last].folded not in NAME_WORD:
        return False
    titles = [k for k in range(position, last) if tokens[k].folded in TITLES]
    if titles == [last - 1] and _plain_word_before_rank(doc, last - 2):
        return True  # "the Reconnaissance General Bureau": a plain word, a rank, a body's word
    return bool(titles) and titles[-1] < last - 1 and tokens[titles[-1] + 1].folded not in NAME_GLUE


def _plain_word_before_rank(doc: ActorDocument, k: int) -> bool:
    """A word before a rank that is no title, glue, body word or given name ("Reconnaissance")."""
    word = doc.tokens[k].folded
    return not (word in TITLES or word in TITLE_PARTS or word in NAME_GLUE or word in NAME_WORD or is_given_name(word))


# Outlet words that are no one's family name: "O'Reilly Media", "Fenwick News" stay outlets.
_PLAIN_OUTLET_WORDS = word_set("media news tv radio press wire daily journal")


def family_name_before_outlet_word(doc: ActorDocument, position: int, words: tuple[str, ...]) -> bool:
    first = words[0]
    if len(words) != 2 or words[1] in _PLAIN_OUTLET_WORDS or not is_surname(first):
        return False
    if zipf(first) >= _COMMON_OPENER or first in doc.lower_case:
        return False
    token = doc.tokens[position]
    if token.text.isupper() or doc.text[token.end : token.end + 1] != " ":
        return False
    return doc.gazetteer.lookup((first,)) is None and doc.gazetteer.country_of_demonym(first) is None


def _title_after_a_name(doc: ActorDocument, k: int) -> bool:
    """The title at `k` opens an apposition after a capitalised name: "Julian Moore, General Manager"."""
    tokens, text = doc.tokens, doc.text
    start = k
    while (
        start > 0
        and tokens[start - 1].joined
        and (tokens[start - 1].capitalised or tokens[start - 1].folded in NAME_GLUE)
    ):
        start -= 1
    if tokens[start].folded in ("and", "or"):
        return False  # "X, and the Azerbaijani Deputy Prime Minister, Y": a second holder in a list, no apposition
    return start > 0 and text[tokens[start - 1].end : tokens[start].start] == ", " and cased(tokens[start - 1])


def persons_listed_together(doc: ActorDocument, candidates: list[Candidate]) -> None:
    """'Robert De Niro, Al Pacino, and Joe Pesci': names of two or three words in a list of names
    that holds a person and nothing but persons and names of no kind are persons too. A list has
    three names, or an "and" ("Al Hawl, Ilse Tremmin said" is no list)."""
    tokens, text = doc.tokens, doc.text
    chains: list[list[Candidate]] = []
    joiners: list[list[str]] = []
    for candidate in sorted(candidates, key=lambda c: c.first):
        if chains and tokens[chains[-1][-1].last].end <= tokens[candidate.first].start:
            gap = text[tokens[chains[-1][-1].last].end : tokens[candidate.first].start]
            if gap in LIST_GAPS:
                chains[-1].append(candidate)
                joiners[-1].append(gap)
                continue
        chains.append([candidate])
        joiners.append([])
    for chain, gaps in zip(chains, joiners, strict=True):
        listed = len(chain) >= 3 or any(" and " in gap or " or " in gap for gap in gaps)
        kinds = {c.kind for c in chain}
        if not listed or ActorKind.person not in kinds or not kinds <= {ActorKind.person, ActorKind.other}:
            continue
        for candidate in chain:
            if candidate.kind is ActorKind.other and _listed_person_name(doc, candidate):
                candidate.kind = ActorKind.person
                candidate.found_by = "listed with persons"
                candidate.confidence = 0.5


def _listed_person_name(doc: ActorDocument, candidate: Candidate) -> bool:
    tokens, text = doc.tokens, doc.text
    if not 2 <= candidate.last - candidate.first + 1 <= 3:
        return False
    if any(tokens[k].text.isupper() for k in range(candidate.first, candidate.last + 1)):
        return False
    words = tuple(tokens[k].folded for k in range(candidate.first, candidate.last + 1))
    # "Al Pacino": the short given name Al, written apart (not "al-Nusra"), may open it too.
    al = words[0] == "al" and text[tokens[candidate.first].end : tokens[candidate.first].end + 1] == " "
    return al or weak_person(doc, candidate.first, candidate.last, words)


# A word this common that no one has as a name, after a title, makes a brand's name, not a person's.
_COMMON_AFTER_TITLE = 3.3


# Titles that open brands' names as often as a person's ("General Motors", "Premier Inn", "Captain
# Marvel"); "President Trump" is a person whatever "trump" means as a word.
_BRAND_TITLES = ADJECTIVE_TITLES | word_set("premier captain")
# A crown's words that open firms' names as much as they title persons: "Prince Harbour Holdings", "King Power Group".
_CROWN_WORDS_IN_BRANDS = word_set("prince princess king queen emperor empress")


def _names_a_thing_before_its_adjective(doc: ActorDocument, before: int) -> bool:
    """'GNU General Public License', 'Apache General Services': a capitalised word that is no title nor given name
    before the adjective, so the adjective is the thing's, not a rank before a person's name."""
    word = doc.tokens[before].folded
    return word not in TITLES and not is_given_name(word)


def _common_word_not_name(word: str) -> bool:
    return zipf(word) >= _COMMON_AFTER_TITLE and not is_surname(word) and not is_given_name(word)


def _frequent_noun_not_name(word: str) -> bool:
    return zipf(word) >= _FREQUENT_AFTER_TITLE and _common_word_not_name(word)


_FREQUENT_AFTER_TITLE = 4.0  # "training" 5.2, "workshop" 4.2
# What a gathering's name ends with: "Speaker Training Workshop", "President's Leadership Summit".
_GATHERINGS = word_set("workshop workshops conference summit forum seminar course session meeting ceremony gala expo")


_RARE_FAMILY_NAME = 4.0


def given_name_of_state(doc: ActorDocument, position: int) -> bool:
    """A one-word state's name that is also a given name, before a surname: a person's name."""
    tokens = doc.tokens
    word, following = tokens[position].folded, tokens[position + 1]
    if not is_given_name(word) or not tokens[position].joined:
        return False
    # A family name the lists lack may still follow ("Jordan Pike"), when it is a rare word and no
    # head of a place's or body's name ("Jordan Valley", "Chad Basin", "Georgia Tech").
    rare_family_name = (
        zipf(following.folded) < _RARE_FAMILY_NAME
        and following.folded not in HEAD_WORD
        and following.folded not in NAME_WORD
        and doc.gazetteer.lookup((word, following.folded)) is None
    )
    if not (is_surname(following.folded) or rare_family_name):
        return False
    place = doc.gazetteer.lookup((word,))
    if place is None or place.kind != "state" or not following.text[1:].islower():
        return False
    return not _envoys_state_before_a_name(doc, position)


def _envoys_state_before_a_name(doc: ActorDocument, position: int) -> bool:
    """'U.S. Ambassador to Oman Ana A. Escrogima': after "to", the state an envoy is sent to, then the envoy's own
    given name and more of the name; the state's name is no given name there."""
    tokens = doc.tokens
    after = position + 2
    return (
        position > 1
        and tokens[position - 1].text == "to"
        and tokens[position - 2].capitalised  # the post's word: "Ambassador to", "High Commissioner to"
        and is_given_name(tokens[position + 1].folded)
        and after < len(tokens)
        and tokens[position + 1].joined
        and tokens[after].text[:1].isupper()
    )


def surname_of_state(doc: ActorDocument, position: int) -> bool:
    """A one-word state's name that is also a family name, after a given name: "Michael Jordan",
    "Anatole France", a person and no state."""
    tokens = doc.tokens
    if position == 0:
        return False
    before, word = tokens[position - 1], tokens[position]
    if not before.joined or not before.text[1:].islower() or not word.text[1:].islower():
        return False  # "Rep. JORDAN", a headline in capitals
    given = doc.gazetteer.lookup((before.folded,))
    if not is_given_name(before.folded) or (given is not None and given.kind == "state"):
        return False  # "Chad Jordan talks", "Georgia Jordan ties": two states
    place = doc.gazetteer.lookup((word.folded,))
    return place is not None and place.kind == "state" and is_surname(word.folded)


def state_ending_double_surname(doc: ActorDocument, position: int, k: int) -> bool:
    """'Gerardo Paiz-Montenegro', 'Ana Ruiz-Chile': a state's name hyphened to a family name that is no place, after
    a given name, ends a double family name (not "Bosnia-Herzegovina", not "the Serbia-Kosovo talks")."""
    tokens = doc.tokens
    if k < position + 2 or doc.text[tokens[k - 1].end : tokens[k].start] not in ("-", "‐"):
        return False
    half, given = tokens[k - 1], tokens[position]
    if not (half.text[:1].isupper() and half.text[1:].islower() and given.text[1:].islower()):
        return False
    return is_given_name(given.folded) and doc.gazetteer.lookup((half.folded,)) is None


# A post's head word that re3d names as a person when it stands with its remit and no name:
# "the Minister for Defence Industry said", "Chief of Army".
_POST_HEADS = word_set(
    "minister secretary chief commissioner envoy representative director governor mayor prefect president "
    # a traditional ruler named by his seat: "the Emir of Kano", "the Lamido of Guidiguis"
    "emir sultan lamido"
)
# A post's head of two words whose last word is no post alone ("Lieutenant of the Guard" is no post):
# "the Lord-Lieutenant of Rutland", "the High Sheriff of Rutland" stand for their holders.
_TWO_WORD_POST_HEADS = frozenset({("lord", "lieutenant"), ("high", "sheriff")})
# The head of a body, named by the body it leads: "the Commander of Joint Task Force 12", "the Head of
# EUCAP Varnia", "the Chair of the Military Committee". The post stands for its holder and the body is
# a draft of its own beside it (re3d marks both).
_BODY_HEAD_POSTS = word_set("commander head chair chairman chairperson president director")
_DIRECTORS = word_set("director")
# Heads of a body who stand for their holder only before a body's full name ("the President of the European
# Council"); "the Vice-President of the Commission" is read with the body it names.
_FULL_NAME_HEADS = word_set("chairman chairperson president")
# An envoy's post, named for the state it is sent to: "the High Commissioner to Varnia said" (the
# state is named beside the post, as re3d marks a place inside a post).
_ENVOY_HEADS = word_set("ambassador commissioner envoy")
# Envoys named for the state or region they deal with: "the Special Envoy for Yemen".
_ENVOYS_FOR = word_set("envoy representative")
# A remit that is a service of the armed forces, not a body of its own: "Chief of Army", "Chief of Navy".
# A post's head that stands for its holder only after "the": "the Director of Public Prosecutions said".
_THE_POST_HEADS = word_set("director")
_SERVICE_REMIT = word_set("army navy air force forces armed defence defense staff")


# A royal's titles go together before "Prince" ("Crown Prince", "His Royal Highness Prince"), and a Gulf royal's
# name holds "bin" or "al-": "Defence Minister Prince Khalid bin Salman" keeps "Prince" as his title.
_ROYAL_BEFORE_PRINCE = word_set("crown royal highness grand hereditary his")


def _given_name_prince(doc: ActorDocument, titles: list[int], last: int) -> bool:
    """Whether "Prince" after a rank or an office and before a given name and a family name is a given name:
    "Brigadier General Prince Tamba Koffa", "Senator Prince Yormie Varney" (a royal bears no rank before it)."""
    tokens = doc.tokens
    if len(titles) < 2 or tokens[titles[-1]].folded != "prince" or titles[-2] != titles[-1] - 1:
        return False
    if tokens[titles[-2]].folded in _ROYAL_BEFORE_PRINCE or last - titles[-1] < 2:
        return False
    names = [tokens[k] for k in range(titles[-1] + 1, last + 1)]
    return all(t.text[:1].isupper() and t.folded not in NAME_PARTICLES and "-" not in t.text[:4] for t in names)


POST_WITH_REMIT = "a post named with its remit"
# How a firm named by common words that speak is found (`name_kinds`): its verb follows the run it ends.
FIRM_THAT_SPEAKS = "a firm's common words that speak"
# A member's style right after the post, before its holder, as Commonwealth papers write it: "Minister of
# Lands Hon. Ilse Varn": the post and the style are the holder's title and stand for no one of their own.
# (After a comma the post is kept, as re3d marks it: "The Minister for Defence, Hon Ilse Varn MP, said".)
_HOLDERS_STYLES = word_set("hon honourable honorable")


def _envoys_to(tokens: list[Token], k: int) -> bool:
    """'United Nations Special Envoy to Yemen Hans Grundberg': "to" after an envoy's word opens the state he is
    sent to, glued to the post as "for" is ("Special Envoy for Yemen"); the holder's name follows the state.
    (An ambassador's or a high commissioner's "to" is read where the state's name is, `_envoys_state_before_a_name`.)"""
    return k > 0 and tokens[k].text == "to" and tokens[k - 1].folded in _ENVOYS_FOR


def _for_after_a_post(tokens: list[Token], position: int, title: int, last: int) -> int | None:
    """Where "for" stands in 'Envoy of the UN Secretary-General for Sudan': right after the title of
    the post the envoy serves (`title`), which "of" after the envoy's word opens; None otherwise."""
    if title + 2 > last or tokens[title + 1].folded != "for":
        return None
    envoy = any(tokens[k].folded in _ENVOYS_FOR and tokens[k + 1].folded == "of" for k in range(position, title - 1))
    return title + 1 if envoy else None


# A minister's portfolio is written bare after "for"/"of" ("Minister for Rural Consumers", "Minister of
# Water Management"), a body with its article ("Secretary of the Communist Party"): everyday words there
# name what the post is for, not a body of their own.
_PORTFOLIO_HEADS = word_set("minister secretary")
_EVERYDAY_PORTFOLIO_WORD = 4.0


def bare_portfolio(doc: ActorDocument, title: int, candidate: Candidate) -> bool:
    """Whether `candidate`, read after a minister's title, is the portfolio's everyday words."""
    tokens = doc.tokens
    if tokens[title].folded not in _PORTFOLIO_HEADS or candidate.first != title + 2:
        return False
    if tokens[title + 1].folded not in ("for", "of"):
        return False
    words = [tokens[k].folded for k in range(candidate.first, candidate.last + 1) if tokens[k].folded not in NAME_GLUE]
    return bool(words) and all(
        zipf(word) >= _EVERYDAY_PORTFOLIO_WORD and not is_given_name(word) and not is_surname(word) for word in words
    )


# The staff a chief heads before the force it serves: "Chief of the General Staff of the Polish Armed Forces",
# "Chief of Staff of the Varnian Air Force" (re3d marks the post and the force).
_STAFF_QUALIFIERS = word_set("the general naval air defence defense joint")


def force_of_a_chiefs_staff(tokens: list[Token], title: int, last: int) -> int | None:
    """Where the force begins in 'Chief of [the General] Staff of the Varnian Army' starting at `title`
    (the chief of that force's staff); None for any other post."""
    if tokens[title].folded != "chief" or title + 1 > last or tokens[title + 1].folded != "of":
        return None
    k = title + 2
    while k <= last and tokens[k].folded in _STAFF_QUALIFIERS:
        k += 1
    if k + 2 > last or tokens[k].folded != "staff" or tokens[k + 1].folded != "of":
        return None
    k += 2
    while k < last and tokens[k].folded == "the":
        k += 1
    return k


def heads_a_body(tokens: list[Token], title: int, last: int) -> bool:
    """Whether a post's head word is the head of a body named after it ("Commander of ...")."""
    return tokens[title].folded in _BODY_HEAD_POSTS or force_of_a_chiefs_staff(tokens, title, last) is not None


# A job's head word before a department of everyday words: "Head of Retail Banking at Barclays".
_JOB_HEADS = word_set("head director")
_DEPARTMENT_WORD = 3.5  # "lending" 3.9, "procurement" 3.7: a department's everyday words


def _department_of_a_firm(doc: ActorDocument, position: int, title: int, last: int) -> bool:
    """'Marta Kell, Head of Retail Banking at Barclays, said': a job in a firm, its department named by everyday
    words, after a holder's name and a comma or before "at" and the firm; a job title, no post standing for anyone."""
    tokens = doc.tokens
    if tokens[title].folded not in _JOB_HEADS or title + 2 > last or tokens[title + 1].folded != "of":
        return False
    remit = [tokens[k].folded for k in range(title + 2, last + 1) if tokens[k].folded not in NAME_GLUE]
    if not remit or not all(
        zipf(word) >= _DEPARTMENT_WORD and not is_given_name(word) and not is_surname(word) for word in remit
    ):
        return False
    after_name = (
        position > 0
        and tokens[position - 1].capitalised
        and doc.text[tokens[position - 1].end : tokens[position].start].strip() == ","
    )
    at_a_firm = last + 2 < len(tokens) and tokens[last + 1].folded == "at" and tokens[last + 2].capitalised
    return after_name or at_a_firm


def post_with_remit(
    doc: ActorDocument, position: int, title: int, last: int, remit: list[Candidate]
) -> Candidate | None:
    """'Minister for Defence Industry', 'Chief of Army', 'Special Representative for Syria': a post
    in capitals with what it is for and no holder's name; the post stands for the person who holds it
    (re3d marks such a post as a person).

    `remit` is what the words after the title read as: a body there ("Secretary of the Communist
    Party") or a state ("Prime Minister of Iraq") is an actor of its own, so the post is not read
    whole; a place is part of the post's name ("Minister for the Middle East").
    """
    tokens = doc.tokens
    envoy = tokens[title].folded in _ENVOY_HEADS and title + 2 <= last and tokens[title + 1].folded == "to"
    # "the Special Envoy for Yemen": an envoy named for the state he deals with
    envoy = envoy or (tokens[title].folded in _ENVOYS_FOR and title + 2 <= last and tokens[title + 1].folded == "for")
    # "the Special Envoy of the UN Secretary-General for Sudan": the envoy of a post, for a state
    sent_for = _for_after_a_post(tokens, position, title, last)
    envoy = envoy or sent_for is not None
    body_head = heads_a_body(tokens, title, last)
    # "Director of the Varn Bureau" heads the body; "the Acting General Director of the Office of X" is a job title
    body_head = body_head and not (tokens[title].folded in _DIRECTORS and title > position)
    two_words = title > position and (tokens[title - 1].folded, tokens[title].folded) in _TWO_WORD_POST_HEADS
    if not envoy and (
        (tokens[title].folded not in _POST_HEADS and not body_head and not two_words)
        or title + 2 > last
        or tokens[title + 1].folded not in ("for", "of")
    ):
        return None
    if _department_of_a_firm(doc, position, title, last):
        return None
    span = range(position, last + 1)
    if not tokens[position].capitalised or not all(
        cased(tokens[k])
        or tokens[k].folded in NAME_GLUE
        or (envoy and k == title + 1)
        or (body_head and tokens[k].folded == "to")  # "Head of the EU Delegation to Varnia"
        for k in span
    ):
        return None
    if _name_goes_on_after(tokens, last) and not _second_post_after(tokens, last):
        return None  # "PNG Minister for Defence Ephraim Kundiawa": the words of a holder's title
    if tokens[last].folded in _HOLDERS_STYLES:
        return None  # "Minister of Lands Hon. Ilse Varn": the holder's style ran into the post's words
    if tokens[title].folded in _THE_POST_HEADS and not _post_after_the_or_a_holder(doc, position):
        return None  # "She is Director of Research": a job named, not a holder standing for it
    if position > 0 and tokens[position - 1].folded in _JOB_NAMED_AFTER:
        return None  # "Varn, who was Minister of Education", "Varn became Minister of Finance": the job, named
    remit_words = [tokens[k].folded for k in range(title + 2, last + 1) if tokens[k].folded not in NAME_GLUE]
    staff_of = force_of_a_chiefs_staff(tokens, title, last)
    if not remit_words or (len(remit_words) > _REMIT_WORDS and staff_of is None):
        return None  # (a chief's staff may serve a force of a long name: "... of the Democratic Republic of the Congo")
    # "Special Representative of the UN Secretary-General": the remit is another post; its body is part of it
    of_a_post = tokens[last].folded in TITLES and tokens[last].folded not in NAME_WORD
    for candidate in remit:
        words = [tokens[k].folded for k in range(candidate.first, candidate.last + 1)]
        if candidate.found_by == FIRM_THAT_SPEAKS and candidate.last == last:
            continue  # "Secretary of State for Health and Social Care said": the post speaks, not "Social Care"
        if of_a_post and candidate.last < last:
            continue
        if sent_for is not None and candidate.last < sent_for:
            continue  # "... of the UN Secretary-General": the post the envoy serves is part of the name
        if candidate.kind is ActorKind.state and any(
            other is not candidate and other.first <= candidate.first and candidate.last <= other.last
            for other in remit
        ):
            continue  # "... of the Armed Forces of the Republic of Belarus": the state is named inside the remit's body
        if candidate.kind is ActorKind.state and not envoy and not _compass_part_of_a_state(tokens, title, candidate):
            return None  # "Prime Minister of Iraq": the state is named; the post of a state is left to its holder
        if candidate.kind in (ActorKind.organization, ActorKind.armed_force, ActorKind.media):
            if not body_head and not all(word in _SERVICE_REMIT for word in words):
                return None  # "Secretary of the Communist Party of Varnia": the party is named
            if tokens[title].folded in _FULL_NAME_HEADS and len(words) < 2:
                return None
        elif candidate.kind is ActorKind.person and not all(
            zipf(word) >= _LISTED_COMPLEMENT_WORD and not is_given_name(word) and not is_surname(word) for word in words
        ):
            return None  # a person's name after the remit
    name = doc.text[tokens[position].start : tokens[last].end]
    return Candidate(position, last, name, ActorKind.person, POST_WITH_REMIT, 0.6)


_REMIT_WORDS = 6
# Words after which a post is the job someone holds, not a holder standing for it ("served as" a post is read as
# re3d reads it: the post, a person).
# ... nor after the verbs that give someone the job: "has been made Minister for Higher Education", "was appointed
# Secretary of State for Transport", "named Minister for Rural Affairs" (the holder is named before the verb).
# Trades that are a person's title and a firm's word alike, in lower case before one word: "publisher Pearson".
_TRADES_ALSO_FIRMS = word_set("publisher")
_JOB_NAMED_AFTER = word_set("was is were became become becomes been be made appointed named promoted")


def _compass_part_of_a_state(tokens: list[Token], title: int, state: Candidate) -> bool:
    """'Minister for Resources and Northern Australia': a compass word before the state in the remit names a part
    of it, a field of the post like any other (the state is still drafted on its own)."""
    before = state.first - 1
    return before > title + 1 and tokens[before].folded in COMPASS and tokens[before].capitalised


def _post_after_the_or_a_holder(doc: ActorDocument, position: int) -> bool:
    """'the Director of Public Prosecutions', 'Ri Tal, Director of the Varn Bureau': the post stands for
    its holder after "the" or in apposition after the holder's name and a comma."""
    if position == 0:
        return False
    previous = doc.tokens[position - 1]
    if previous.folded == "the":
        return True
    return cased(previous) and doc.text[previous.end : doc.tokens[position].start] == ", "


# The portfolio of a post named without "for"/"of": "the Foreign Secretary", "the Defence Minister",
# "the Foreign Office Minister". Such a post in capitals, with no holder's name after it, stands for
# its holder (re3d marks it a person). A rank alone ("the Minister", "the Deputy Secretary") is left.
_PORTFOLIOS = word_set("foreign defence defense home interior justice finance health prime")
_BARE_POST_HEADS = word_set("minister secretary")
_BARE_POST_QUALIFIERS = word_set("office deputy vice assistant junior shadow")


def bare_post(doc: ActorDocument, position: int, last: int) -> Candidate | None:
    """'the Foreign Secretary said', 'Venezuela's Defence Minister, General X,': a portfolio and its
    post's head in capitals, and no name of a holder right after them: the post stands for its holder."""
    tokens = doc.tokens
    secretariat = _secretariat_post(doc, position, last)
    if secretariat is not None:
        return secretariat
    spoken = post_speaking(doc, position, last)
    if spoken is not None:
        return spoken
    chief = _chief_officer(doc, position, last)
    if chief is not None:
        return chief
    if last == position or tokens[last].folded not in _BARE_POST_HEADS:
        return None
    words = [tokens[k] for k in range(position, last)]
    if not all(word.capitalised for word in words) or not tokens[last].capitalised:
        return None
    if not any(word.folded in _PORTFOLIOS for word in words):
        return None
    if not all(word.folded in _PORTFOLIOS or word.folded in _BARE_POST_QUALIFIERS for word in words):
        return None
    if doc.text.startswith(("'s", "’s"), tokens[last].end):
        return None  # "the Defence Minister's Office"
    if _name_goes_on_after(tokens, last) and not _another_title_after(tokens, last):
        return None  # "Defence Minister Ilse Varn"
    name = doc.text[tokens[position].start : tokens[last].end]
    return Candidate(position, last, name, ActorKind.person, "a post standing for its holder", 0.6)


# A post whose "High" makes it one office ("the High Representative", "the High Commissioner"), and
# the nouns of a text a post puts out ("Statement by the Spokesperson"): such a post in capitals
# stands for its holder (re3d marks it a person).
_HIGH_OFFICES = word_set("representative commissioner")
_STATEMENT_NOUNS = word_set("statement declaration remarks message")


# Honorifics that towns and quarters of the Muslim world are named with ("Sheikh Jarrah", "Sheikh
# Zuweid", "Shah Alam"), and the words of place before them that no person stands after.
_PLACE_HONORIFICS = word_set("sheikh shaikh shaykh shah sidi sultan")  # "near Sultan Abdallah": a village
_INSIDE_A_PLACE = word_set("in near outside around")


def _place_named_for_a_holy_man(doc: ActorDocument, title: int, start: int, last: int) -> bool:
    """'in Sheikh Jarrah', 'near Shah Porir Dwip': an honorific and a name, right after a word of place,
    with no possessive after them ("in Sheikh Tamim's palace" names the man)."""
    tokens = doc.tokens
    return (
        start == title + 1
        and title > 0
        and tokens[title].folded in _PLACE_HONORIFICS
        and tokens[title - 1].folded in _INSIDE_A_PLACE
        and tokens[title - 1].joined
        and not doc.text.startswith(("'s", "’s"), tokens[last].end)
    )


STATEMENT_BY_A_POST = "a post that puts out a statement"


def post_speaking(doc: ActorDocument, position: int, last: int) -> Candidate | None:
    """'Statement by the High Representative on behalf of the EU', 'Declaration by the Spokesperson',
    'the High Representative, Ilse Varn, said': a post in capitals with no holder's name right after
    it, that is one office ("High" before its head) or the author of a statement."""
    tokens = doc.tokens
    high_office = last == position + 1 and tokens[position].folded == "high" and tokens[last].folded in _HIGH_OFFICES
    if not all(
        tokens[k].capitalised and (is_title(tokens[k].folded) or high_office) for k in range(position, last + 1)
    ):
        return None
    authored = (
        position >= 3
        and tokens[position - 1].folded == "the"
        and tokens[position - 2].folded == "by"
        and tokens[position - 3].folded in _STATEMENT_NOUNS
    )
    if not (high_office or authored) or doc.text.startswith(("'s", "’s", "/"), tokens[last].end):
        return None  # "the High Commissioner's Office"; "High Representative/Vice-President": a double post
    if _name_goes_on_after(tokens, last) and tokens[last + 1].capitalised:
        return None  # "High Representative Ilse Varn": the holder is named
    name = doc.text[tokens[position].start : tokens[last].end]
    how = STATEMENT_BY_A_POST if authored else "a post that speaks for its holder"
    return Candidate(position, last, name, ActorKind.person, how, 0.6)


# The chief officer of an agency or a firm, by a post of two words: "the Director General thanked", "the
# Executive Director, Ilse Varn, said". After "the" the post names its one holder (re3d marks it a person).
# A peacekeeping mission's military head is its "Force Commander" ("the mission and its Force Commander").
_CHIEF_OFFICERS = frozenset(
    {("director", "general"), ("executive", "director"), ("managing", "director"), ("force", "commander")}
)
_ONE_HOLDERS_ARTICLES = word_set("the its")


def _commander_of_letters(tokens: list[Token], position: int, last: int) -> bool:
    """'the KFOR Commander': a force's or a command's letters, then its commander (the one who holds the post)."""
    letters = tokens[position].text
    return last == position + 1 and tokens[last].text == "Commander" and letters.isupper() and len(letters) >= 2


def _chief_officer(doc: ActorDocument, position: int, last: int) -> Candidate | None:
    """'the Director General', 'the Executive Director,': a body's chief officer after "the" (or "its"), in capitals,
    with no holder's name right after the post."""
    tokens = doc.tokens
    words = tuple(tokens[k].folded for k in range(position, last + 1))
    letters = words not in _CHIEF_OFFICERS and _commander_of_letters(tokens, position, last)
    # "said Gen. Ada Brin, KFOR Commander.": the post in apposition after its holder's name
    apposed = letters and position > 0 and doc.text[tokens[position - 1].end : tokens[position].start] == ", "
    if (
        (words not in _CHIEF_OFFICERS and not letters)
        or position == 0
        or (tokens[position - 1].folded not in _ONE_HOLDERS_ARTICLES and not apposed)
        or not all(tokens[k].capitalised for k in range(position, last + 1))
        or doc.text.startswith(("'s", "’s"), tokens[last].end)
        or _name_goes_on_after(tokens, last)
    ):
        return None
    name = doc.text[tokens[position].start : tokens[last].end]
    how = COMMANDER_OF_LETTERS if words not in _CHIEF_OFFICERS else "a body's chief officer standing for the holder"
    return Candidate(position, last, name, ActorKind.person, how, 0.6)


COMMANDER_OF_LETTERS = "a force's letters, then its commander"


def commands_letters(post: Candidate) -> bool:
    """Whether `post` is a commander named by the letters of the force or command he heads ("the KFOR Commander")."""
    return post.found_by == COMMANDER_OF_LETTERS


# Ranks of a secretariat's officials that, with "the" before them, name one holder even with no
# portfolio: "the Deputy Secretary said", "the Under Secretary". ("the Minister" is left: too loose.)
_SECRETARIAT_RANKS = word_set("deputy under assistant permanent")


def _secretariat_post(doc: ActorDocument, position: int, last: int) -> Candidate | None:
    """'the UN Secretary-General condemned', 'the Secretary-General said', 'the Deputy Secretary told
    us': the head of a body's secretariat (after its acronym, or alone) or a secretariat's ranked
    official after "the", with no holder's name after the post: the post stands for its holder."""
    tokens = doc.tokens
    if not all(cased(tokens[k]) for k in range(position, last + 1)):
        return None
    if _name_goes_on_after(tokens, last) or _possessed_body_after(doc, last):
        return None  # "Secretary-General Amina Varo", "the Deputy Secretary's Office"
    head = last
    if tokens[last].folded == "general" and last > position and tokens[last - 1].folded == "secretary":
        head = last - 1
        # only the body's acronym and ranks before the post: "UN", "NATO Deputy"
        if not all(
            tokens[k].folded in _SECRETARIAT_RANKS or (tokens[k].text.isupper() and len(tokens[k].text) > 1)
            for k in range(position, head)
        ):
            return None
    elif tokens[last].folded == "secretary" and last > position:
        if not all(tokens[k].folded in _SECRETARIAT_RANKS for k in range(position, last)):
            return None
        if position == 0 or tokens[position - 1].folded != "the":
            return None  # "Deputy Secretary of State" is read elsewhere; a bare rank needs "the"
    else:
        return None
    name = doc.text[tokens[position].start : tokens[last].end]
    return Candidate(position, last, name, ActorKind.person, "a secretariat's post standing for its holder", 0.6)


def _possessed_body_after(doc: ActorDocument, last: int) -> bool:
    """ "'s" and a capitalised word after the post: "the Secretary-General's Office" (a body)."""
    end = doc.tokens[last].end
    if not doc.text.startswith(("'s ", "\u2019s "), end):
        return False
    return doc.text[end + 3 : end + 4].isupper()


def _another_title_after(tokens: list[Token], last: int) -> bool:
    """'The Prime Minister and President Varn met': "and", then a second holder's title and that
    holder's name follow the post. Not 'Deputy Prime Minister and Minister for Defence Ilse Varn',
    one holder's two posts."""
    after = last + 1
    return (
        after + 2 < len(tokens)
        and tokens[after].folded == "and"
        and tokens[after + 1].folded in TITLES
        and tokens[after + 1].capitalised
        and tokens[after + 2].capitalised
        and tokens[after + 2].folded not in TITLES
        and tokens[after + 2].folded not in TITLE_PARTS
    )


def _second_post_after(tokens: list[Token], last: int) -> bool:
    """'Special Representative of the Secretary-General and Head of UNMISS': "and", then a second post
    opened by its title and "of" or "for", held by the same person; the first post is named in full."""
    after = last + 1
    return (
        after + 2 < len(tokens)
        and tokens[last].joined
        and tokens[after].folded == "and"
        and tokens[after].joined
        and tokens[after + 1].capitalised
        and is_title(tokens[after + 1].folded)
        and tokens[after + 1].joined
        and tokens[after + 2].folded in ("of", "for")
    )


def _name_goes_on_after(tokens: list[Token], last: int) -> bool:
    """A capitalised word (or "and" and one) goes on right after `last`: the run was cut there."""
    after = last + 1
    if not tokens[last].joined or after >= len(tokens):
        return False
    if tokens[after].capitalised:
        return True
    return (
        tokens[after].folded in NAME_GLUE
        and tokens[after].joined
        and after + 1 < len(tokens)
        and tokens[after + 1].capitalised
    )


# A commander's post named by the command it leads, after a comma: "Commander, Varn Naval Forces,
# Varn 7th Fleet", "Commandant, Coastal Defence Command", "Flag Officer Commanding, Eastern Naval
# Command". The words before the head that belong to the post ("Flag Officer", "Deputy").
_COMMAND_POST_HEADS = word_set("commander commandant commanding")
_COMMAND_POST_OPENERS = word_set("flag officer deputy vice assistant chief")
_COMMAND_PARTS = 3  # "Commander, A, B and C": at most three commands after the head


def command_posts(doc: ActorDocument, candidates: list[Candidate]) -> list[Candidate]:
    """'Commander, U.S. Naval Forces Varnia, U.S. 9th Fleet': a command's head word, a comma and the
    names of the commands it leads (each with a force's head word), one to three of them: the whole
    post stands for its holder (re3d marks it a person). The commands stay drafts of their own; the
    head word alone ("Commanding", "Commandant") is no actor."""
    tokens, text = doc.tokens, doc.text
    posts: list[Candidate] = []
    for head, token in enumerate(tokens):
        if token.folded not in _COMMAND_POST_HEADS or not token.capitalised:
            continue
        first = head
        while first > 0 and tokens[first - 1].joined and tokens[first - 1].folded in _COMMAND_POST_OPENERS:
            first -= 1
        head_end = head
        if token.folded == "commanding" and _goes_on_with_rank(tokens, head):
            head_end = head + 1  # "Commanding General, Combined Joint Task Force 7": the rank closes the head
        elif token.folded == "commanding" and first == head:
            continue  # "Commanding, ..." alone: no post's opening
        last, parts = head_end, 0
        while parts < _COMMAND_PARTS:
            end = _command_after_comma(doc, last)
            if end is None:
                break
            last, parts = end, parts + 1
        if not parts:
            continue
        name = text[tokens[first].start : tokens[last].end]
        posts.append(Candidate(first, last, name, ActorKind.person, "a commander's post named by its command", 0.6))
    if not posts:
        return candidates
    inside = {k for post in posts for k in range(post.first, post.last + 1)}
    post_words = _COMMAND_POST_HEADS | _COMMAND_POST_OPENERS | _COMMANDING_RANKS
    # the post's own words read alone ("Commanding", "Commandant") go; the commands named in it stay
    kept = [
        c
        for c in candidates
        if not (c.first in inside and all(tokens[k].folded in post_words for k in range(c.first, c.last + 1)))
    ]
    return kept + posts


# The rank after "Commanding" that closes a command's head: "Commanding General", "Commanding Officer".
_COMMANDING_RANKS = word_set("general officer")


def _goes_on_with_rank(tokens: list[Token], head: int) -> bool:
    return head + 1 < len(tokens) and tokens[head].joined and tokens[head + 1].folded in _COMMANDING_RANKS


def _command_after_comma(doc: ActorDocument, last: int) -> int | None:
    """The last token of a command's name after `last` and a comma ("U.S. Naval Forces Varnia"), if one
    is there: capitalised words (with "of", "the", "and" and an ordinal between them) ending at a comma
    or a stop, with a force's head word among them and no rank or title (a holder's name follows)."""
    tokens, text = doc.tokens, doc.text
    k = last + 1
    if k >= len(tokens) or text[tokens[last].end : tokens[k].start] != ", " or not tokens[k].capitalised:
        return None
    end = k
    while tokens[end].joined and end + 1 < len(tokens):
        nxt = tokens[end + 1]
        if not (nxt.capitalised or nxt.folded in NAME_GLUE or nxt.text[:1].isdigit()):
            return None
        end += 1
    if text.startswith(("'s", "\u2019s"), tokens[end].end):
        # "Commander, Task Group 56.1 and the Royal Navy's ...": what follows "and" is another's, whose unit comes
        end = next((w - 1 for w in range(k + 1, end) if tokens[w].folded == "and"), end)
    if not tokens[end].capitalised and not (end > k and tokens[end].text.replace(".", "").isdigit()):
        return None  # "Commander, Task Force 55": a command's number may end it
    numbered = _LETTERS_THEN_NUMBER.match(text, tokens[end].end)
    if numbered is not None and end + 2 < len(tokens) and tokens[end + 2].end == numbered.end():
        end += 2  # "Commander, Task Force (CTF) 52": the command's letters in brackets, then its number
    words = [tokens[w].folded for w in range(k, end + 1)]
    if any(word in TITLES for word in words) or not any(
        word in HEAD_WORD or word in _GROUPS_COMMANDED for word in words
    ):
        return None
    return end


# A command's letters in brackets, then its number: " (CTF) 52".
_LETTERS_THEN_NUMBER = re.compile(r" \([A-Z]{2,6}\) \d{1,3}\b")


# Commands named as groups of ships: "Task Group 56.1", "Carrier Strike Group 12".
_GROUPS_COMMANDED = word_set("group")


def firm_trade_before(doc: ActorDocument, position: int) -> bool:
    """'gas producer Naftogaz', 'vaccine manufacturer Quellvax': two or three words before the name, the
    last a title's word, name a firm's trade (`PHRASE_BEFORE`), in lower case or opening the sentence."""
    tokens = doc.tokens
    for size in (2, 3):
        begin = position - size
        if begin < 0 or not all(tokens[k].joined for k in range(begin, position)):
            continue
        cue = PHRASE_BEFORE.get(tuple(tokens[k].folded for k in range(begin, position)))
        if cue is not None and cue.kind is ActorKind.organization and tokens[begin + 1].text.islower():
            return True
    return False


# Verbs of speaking that a person opening a sentence by the family name alone is met with: "Varnov told".
_SPEAKING = word_set("said says told urged asked offered insisted declared added replied warned")
_LONE_NAME_ZIPF = 4.5  # "Putin" is rarer than "mayor", "judge" or "mum", common nouns that open headlines
_HE_OR_SHE = re.compile(r"\b(?:he|she|his|her|him)\b")
_REST_AND_NEXT_SENTENCE = 320
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


def lone_name_called_he_or_she(doc: ActorDocument, position: int, word: str) -> bool:
    """'Varnatti said on Thursday that talks must go on. His office later said he had ...': one word opening a
    sentence before a verb of speaking, then "he" or "she" in the rest of its sentence or the next (or "told" and
    an audience: "told the opening session"), is a person's family name alone, as leaders are named (not a
    plural, "Officials said he"; not a common noun, "Mayor says"; not on a sports page, where a club may say so
    of its player)."""
    tokens = doc.tokens
    if doc.sports or word in doc.lower_case or zipf(word) >= VERY_COMMON or is_title(word):
        return False
    if position + 1 >= len(tokens) or not tokens[position].joined or word.endswith(("ss", "ies")):
        return False
    if word.endswith("s") and max(zipf(word[:-1]), zipf(word[:-2])) >= _PLURAL_STEM_ZIPF:
        return False  # "Analysts said", "Witnesses told": a plural of a common noun
    verb = tokens[position + 1]
    if not (verb.text.islower() and verb.folded in _SPEAKING):
        return False
    rest = doc.text[verb.end : verb.end + _REST_AND_NEXT_SENTENCE]
    if verb.folded == "told" and _AN_AUDIENCE.match(rest):
        # "Varnatti told the opening session": a speaker before those who listen (a family name that is a word
        # too, "Trump told reporters", still speaks so; a common noun that does is a title or a plural)
        return True
    if zipf(word) >= _LONE_NAME_ZIPF:
        return False
    ends = [m.end() for m in _SENTENCE_END.finditer(rest)][:2]
    return _HE_OR_SHE.search(rest[: ends[-1]] if ends else rest) is not None


# The close of a quote before an inverted "said": '"It is over," said Varnek.' (a firm or a data vendor is cited
# without quotes: "..., says Estimize, and ...").
_BEFORE_INVERTED_SAID = re.compile(r"[,.?!]?[\"”’'] ?$")
_AFTER_INVERTED_SPEAKER = re.compile(r"[.,;:]")


def speaker_after_inverted_said(doc: ActorDocument, position: int, word: str) -> bool:
    """'"The talks are over," said Varnek.', '"We won," added Varnek, who ...': one capitalised word right after a
    verb of speaking that follows a quote, and that ends the clause itself, is the speaker named by the family name
    alone (a firm or a body so written is known by name, by its letters or by its listing)."""
    tokens, text = doc.tokens, doc.text
    if position < 2 or not tokens[position - 1].joined or tokens[position - 1].folded not in SPEECH_BEFORE:
        return False
    if not tokens[position - 1].text.islower() or tokens[position].text.isupper() or is_title(word):
        return False
    if _BEFORE_INVERTED_SAID.search(text, max(0, tokens[position - 1].start - 3), tokens[position - 1].start) is None:
        return False
    if not _AFTER_INVERTED_SPEAKER.match(text, tokens[position].end) or text.startswith(
        ", which", tokens[position].end
    ):
        return False  # (", said Tarvolex, which makes chips": a thing described as a body)
    if word in doc.lower_case or zipf(word) >= VERY_COMMON or word in MONTHS_AND_DAYS:
        return False  # ", said Tuesday": a day, no speaker
    place = doc.gazetteer.lookup((word,))
    return place is None or fold(place.name) != word


# Those a speaker tells, right after "told": "told reporters", "told the opening session", "told a rally".
_AN_AUDIENCE = re.compile(
    r" (?:the |a |an )?(?:\w+ )?(?:reporters|journalists|delegates|lawmakers|legislators|parliament|supporters|"
    r"crowd|audience|session|summit|conference|assembly|rally|gathering|forum)\b"
)


_PLURAL_STEM_ZIPF = 3.0


# Past forms of verbs a subject acts with that do not end in "-ed": "took", "sold", "won".
_IRREGULAR_DEEDS = word_set("took made sold bought won lost cut set put held kept paid began grew fell rose led told")


def founders_joined_acting(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> bool:
    """'Tarnholt-Quell took the opposite view', 'Varnebeck-Lind said': two capitalised names joined by a hyphen,
    the first no given name, no given name before them and no person of the page named with them, the gazetteer
    knowing no place by them, before a verb in the past: a firm named for its founders (a person's double name
    comes after a given name first: "Ann Varn-Holt ... Varn-Holt said")."""
    tokens = doc.tokens
    if doc.text[tokens[position].end : tokens[last].start] != "-" or last + 1 >= len(tokens):
        return False
    if is_given_name(words[0]) or _named_after_a_capital(doc, words):  # ("Jean-Luc"; "Ann Varn-Holt ... Varn-Holt")
        return False
    if doc.gazetteer.lookup(words) is not None or any(doc.gazetteer.lookup((w,)) is not None for w in words):
        return False  # "Antwerp-Bruges", "Dhaka-Mymensingh": places joined
    verb = tokens[last + 1]
    deed = verb.folded in ACTS_AFTER_A_NAME or verb.folded in _IRREGULAR_DEEDS or verb.folded.endswith("ed")
    return tokens[last].joined and verb.text.islower() and deed


def _named_after_a_capital(doc: ActorDocument, words: tuple[str, ...]) -> bool:
    """Whether the page writes the double name after a capitalised word, a given name's or a title's ("Jason
    Corless-Dunne", "Sergeant Varn-Holt", 'Theodore "Teddy" Varn-Holt'): a person's, then."""
    tokens, text = doc.tokens, doc.text
    return any(
        tokens[k].folded == words[0]
        and tokens[k + 1].folded == words[1]
        and _NICKNAME_GAP.fullmatch(text, tokens[k - 1].end, tokens[k].start) is not None
        and cased(tokens[k - 1])
        and tokens[k - 1].folded not in FUNCTION_WORDS
        for k in range(1, len(tokens) - 1)
    ) or any(
        tokens[k].folded == words[0] and tokens[k - 1].joined and is_given_name(tokens[k - 1].folded)
        for k in range(1, len(tokens))
    )


# Between a capitalised word and the name: a space, or a quoted nickname's closing quote ('"Teddy" Varn-Holt').
_NICKNAME_GAP = re.compile(r"[\"”’']? ")


# Verbs a headline in title case puts after the name of whom it reports: "Rep. Varno Issues Statement", "Speaker
# Varno Comments on Calls", "Senator Quell Urges Vote".
_HEADLINE_VERBS = word_set(
    "issues comments responds urges slams warns welcomes demands praises announces unveils introduces condemns "
    "applauds blasts hails rejects vows says calls"
)
