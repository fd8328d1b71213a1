"""The kind of actor a name is, or None when nothing makes it one.

The gazetteer, the cue tables of `cues.py` and the words around the name (a preposition, a
description after a comma, "said", "the fight against") decide, in that order of trust.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import pairwise

from dossier.ingest.acronyms import (
    ACRONYM,
    body_noun_past_acronym,
    initials_after_surname,
    spelled_out_as_post,
    term_acronym,
    title_case_acronym,
)
from dossier.ingest.actor_document import ActorDocument, brand_cased_firm, cased, head_written_after, skipping_acronym
from dossier.ingest.city_documents import city_named_by_document
from dossier.ingest.common_words import COMMON, is_common_word, zipf
from dossier.ingest.constituencies import seat_after_for, seat_before_member
from dossier.ingest.cues import (
    AFTER_COMMA,
    AFTER_HYPHEN,
    AFTER_MOTION_TO,
    AFTER_POSSESSIVE,
    AIM_OPENERS,
    APPOSITION_HEAD,
    APPOSITION_HEAD_ENDS,
    ARMED_MODIFIERS,
    ARTEFACT_HEADS,
    BACKING_PHRASES,
    BAND_NOUNS,
    BAND_SIZES,
    BLOCS_WRITTEN_AS_WORDS,
    BODIES_BY_HEAD,
    BODY_APPOSITION_HEADS_LAST,
    BODY_BEFORE_COMMA,
    BODY_CLAUSE_PARTICIPLES,
    BODY_HEADS_AFTER_A_NAME,
    BROADCAST_HEADS,
    BROADCAST_MODIFIERS,
    BUYING_WORDS,
    CARRIER_HEADS,
    CLUB_HEADS,
    COMPANY_HEADS,
    COURT_ROLES_AFTER,
    CRIME_TASK_FIELDS,
    CYBER_CRIME_WORDS,
    DOCUMENT_HEADS,
    ENCOUNTER_BEFORE_ACROSS,
    EVENT_HEADS,
    FAMILY_NAME_HEADS,
    FAMILY_NOUNS,
    FIRM_ARM_WORDS,
    FIRM_DEEDS,
    FIRM_OWNED_NOUNS,
    FIRM_ROLES_BEFORE_COMMA,
    FIRM_SERVICE,
    FIRM_SERVICE_NOUNS,
    FIRST_WORD,
    FOOD_BEFORE_FROM,
    FORCE_OPENINGS,
    FORMER_STAFF_NOUNS,
    FUNCTION_WORDS,
    FUNDERS_OPENING,
    GLEN_PREPOSITIONS,
    GLEN_WORDS,
    GOODS_BEFORE_FROM,
    GROUPINGS_AFTER_THE,
    HEAD_AFTER_FIRST,
    HEAD_WORD,
    HEADS_IN_CAPITALS,
    HIRE_BEFORE_IN,
    HOLIDAYS,
    KIN_AFTER_POSSESSIVE,
    KNOWN_BODIES,
    KNOWN_FIRMS,
    KNOWN_GROUPS,
    KNOWN_MEDIA,
    LAND_APPOSITION_HEADS,
    LAND_PARTS_BEFORE_OF,
    LEGAL_ENDINGS,
    MADE_THING_NOUNS,
    MAKER_HEADS,
    MEASURE_HEADS,
    MEMBERSHIP_PHRASES,
    MODEL_SUFFIXES,
    MONEY_BEFORE_IN,
    MOTION_BEFORE_TO,
    MOTION_BEFORE_TOWARDS,
    NAME_GLUE,
    NAME_PARTICLES,
    NAME_WORD,
    NATION_PART_WORDS,
    NATIONAL_SPORT_BODIES,
    NATIONS_OF_THE_UK,
    NEXT_WORD,
    NO_PARTY,
    NOT_PERSON_WORDS,
    OFFICE_HEADS,
    OFFICE_OWNERS,
    ORG_WORD_ENDINGS,
    OUTLET_EDITIONS,
    OUTLET_MEDIA_WORDS,
    PAPER_HEADS_TOLD,
    PARTIES_BY_WORD,
    PARTS_OF_A_BUILDING,
    PARTY_DEEDS,
    PEOPLE_NOUNS,
    PERIOD_ADJECTIVES,
    PERSON_AFTER_POSSESSIVE,
    PERSON_BEFORE_COMMA,
    PERSON_NOUN_ENDINGS,
    PERSON_NOUNS_OPENING,
    PERSON_OPENERS,
    PERSON_PARTICLES,
    PERSON_PHRASE_BEFORE,
    PHRASE_AFTER,
    PHRASE_BEFORE,
    PLACE_ARTS_BODIES,
    PLACE_NOUNS,
    PLACE_PREPOSITIONS,
    PLANT_HEADS,
    PLANT_MODIFIERS,
    PLAY_BEFORE_FROM,
    PLURAL_AREA_HEADS,
    POST_QUALIFIERS,
    POSTS_AFTER_A_BODY,
    POSTS_AFTER_A_TITLE,
    PREVIOUS_WORD,
    PRODUCT_NOUNS_AFTER,
    REGULATOR_VERBS,
    RESULT_AFTER_SIDE,
    RESULT_BEFORE_SIDE,
    RESULT_BEFORE_TO,
    RESULT_BEFORE_WITH,
    RIVALS_OPENING,
    ROUTE_HEADS,
    SCHOOL_HEADS_AFTER_A_NAME,
    SCORED_BEFORE_THROUGH,
    SERVED_PEOPLE,
    SERVICE_BEFORE_THROUGH,
    SERVICE_MEDIA_HEADS,
    SETTLEMENT_HEADS,
    SHOP_OWNED_NOUNS,
    SITE_HEADS,
    SOFTWARE_WORDS,
    SPEECH_BEFORE,
    SPORTS_POSITIONS,
    STAFF_AFTER_POSSESSIVE,
    STAFF_JOBS,
    STAND_HEADS,
    STATION_PREFIXES,
    STORM_BEFORE,
    STREET_HEADS,
    STREET_HEADS_AFTER_ON,
    STREET_PREPOSITIONS,
    STREET_SUFFIXES,
    SUPPLY_PHRASES,
    TEAM_NICKNAME_NOT,
    TERM_ACRONYMS,
    TITLES,
    TOOL_PRONE_PHRASES,
    TOWN_OWNED_NOUNS,
    TOWN_TRADES,
    TOWN_WORKS,
    TRADE_GERUNDS,
    TRAIL_HEADS,
    UNIT_TASKS,
    VENUE_WORDS,
    VESSEL_MODIFIERS,
    VILLAGE_BUILDINGS,
    WEAPON_NOUN_OPENERS,
    WEAPON_NOUNS_AFTER,
    WHICH_BODY_PARTICIPLES,
    WHICH_BODY_VERBS,
    WHICH_HAS_FIRM_NOUNS,
    WHICH_RUNS_VERBS,
    WHOSE_FIRM_NOUNS,
    Cue,
)
from dossier.ingest.draft_evidence import SHIP_PREFIXES
from dossier.ingest.figurative_streets import figurative_street
from dossier.ingest.firm_lists import firm_in_subject_list
from dossier.ingest.gazetteer import Gazetteer, Place, is_region
from dossier.ingest.governed_names import after_a_preposition
from dossier.ingest.grouping import POSSESSIVE_FIRM, Candidate
from dossier.ingest.listed_firms import coined_firm_name, is_listed_firm, is_listed_firms_word
from dossier.ingest.listed_names import NAME_LABELS, label_of_value
from dossier.ingest.mentions import Token
from dossier.ingest.name_bounds import (
    LONGEST_NAME_BEFORE_ACRONYM,
    MEMBERS_FOR_AN_AIM,
    body_of_a_state,
    dash_before_branch,
    dash_before_operation,
    elected_member_before,
    firm_conjunction,
    has_parallel_aims,
    inn_of_two_words,
    registered_form,
)
from dossier.ingest.name_words import (
    ADJECTIVE_SUFFIXES,
    ARABIC_ARTICLES,
    COMPASS_HEADS,
    LANDMARK_HEADS,
    LETTER_NUMBER,
    MAX_NAME_TOKENS,
    PLACE_HEADS,
    WORD_ALONE,
    has_cue,
    head_at,
    is_title,
    opens_place,
    region_form,
)
from dossier.ingest.names import fold, fold_phrase, is_chinese_surname, is_given_name, is_surname, word_set
from dossier.ingest.not_names import (
    PHRASE_WORD,
    adjective_before_noun,
    city_demonym,
    in_a_listing,
    listing_after,
    name_before_noun,
    ordinary_before_facility,
    plural_of_word,
    possessive_before_name,
    verb_form,
)
from dossier.ingest.page_noise import is_camel_case
from dossier.ingest.peoples import is_people
from dossier.ingest.person_names import (
    before_given_name,
    beside_title,
    chained_name,
    coined_compound,
    ends_with_surname,
    english_then_chinese_name,
    family_name_before_outlet_word,
    firm_of_common_words,
    given_and_family_name,
    given_name_alone,
    hyphened_given_name,
    initialled_name,
    speaker,
    starts_with_given_name,
    weak_person,
)
from dossier.ingest.place_evidence import (
    COINED_OPENER,
    abbreviation_of_place_or_era,
    after_place_noun,
    alternate_spelling,
    bracketed_dateline,
    capitals_dateline,
    cased_as_place,
    dateline_town_again,
    dotted_subdivision,
    english_town_form,
    hyphened_place,
    near_spelling,
    part_of_a_land_before,
    place_support,
    state_abbreviation_after_place,
    state_in_dateline,
    us_state_after_place,
)
from dossier.ingest.platforms import platform_posted_on
from dossier.ingest.sides_by_origin import club_after_its_origin, club_named_in_full
from dossier.ingest.speaker_labels import full_name_of_speaker, speaker_label
from dossier.ingest.spellings_abroad import NO_OTHER_CUE
from dossier.ingest.utility_firms import utility_firm
from dossier.ingest.vietnamese_names import vietnamese_name_at
from dossier.ingest.works import (
    UNEXPLAINED_ON_THINGS_PAGE,
    channel_title_at,
    listed_firm_moved,
    names_a_thing,
    outlet_cue,
    outlet_letters_cue,
    price_moved,
)
from dossier.model import ActorKind

# Suffixes of abstract nouns and adjectives: "Cessation of Hostilities", "Executive Order" are terms.
_TERM_SUFFIXES = ("tion", "sion", "ment", "ness", "ity", "ities", "ance", "ence", "ism", "ship", "hood", "ive", "ial")

# "the Assad regime", "the Biden administration": the name before these is also a leader's.
_LED_BY = word_set("regime administration dictatorship junta")

_SHOUTED = 4.6  # Zipf of "answer", "note": capitals do not make them acronyms (NATO is 4.3)


_STATE_ABBREVIATION = re.compile(r"(?:[A-Z]\.){1,2}[A-Z]?")  # "D.C", "N.Y": dotted capitals


# Prepositions English writes in capitals only inside a name: "Campaign Against Arms Trade",
# "Partners Without Borders". ("Of", "For", "And", "The" are left out: headlines capitalise them.)
_SMALL_WORDS_IN_NAMES = frozenset(("against", "without", "beyond", "across", "versus"))
_SHORTEST_TITLED_NAME = 3
# A word rarer than this opening a name is a town's or a founder's ("Sandgate"), not a common word ("Legal").
_RARE_OPENER = 3.0
# The German street nouns no family name ends with, even after a hyphen ("Kaiser-Wilhelmstraße").
_STREETS_IN_ANY_WORD = ("straße", "strasse")


# Nations whose word for a man or a woman of them is no demonym the gazetteer lists ("Scotsman", "Manxman").
_NATION_STEMS = word_set("scots cornish manx norse")
_MAN_OR_WOMAN = ("women", "woman", "men", "man")


def _one_of_a_nation(doc: ActorDocument, word: str) -> bool:
    """'Dutchman', 'Frenchwoman', 'Irishmen': a people's adjective grown into a noun for its man or woman."""
    for ending in _MAN_OR_WOMAN:
        stem = word.removesuffix(ending)
        if stem != word and len(stem) >= 4:
            return stem in _NATION_STEMS or doc.gazetteer.country_of_demonym(stem) is not None
    return False


_TEAM_NAME_WORD = 3.5  # Zipf: a word this rare after "Team" is its name ("Penhallow"), not a common one ("Sports")


# What may follow "added" when it reports speech: "added that", "added he", "she added, ...".
_SPEECH_AFTER_ADDED = word_set("that he she they it we i")


def _added_something(doc: ActorDocument, k: int) -> bool:
    """'added weekly services', 'added 3%': "added" (at `k`) with an object right after it, no speech."""
    tokens = doc.tokens
    if k + 1 >= len(tokens) or not tokens[k].joined:
        return False
    nxt = tokens[k + 1]
    return (nxt.text.islower() or nxt.text[:1].isdigit()) and nxt.folded not in _SPEECH_AFTER_ADDED


# Words of carriers that name a fast service "Express": shipping lines, parcel firms, trains and coaches.
_CARRIER_WORDS = word_set(
    "ocean network freight parcel parcels cargo courier logistics shipping line lines rail coach coaches air airways"
)


def _carriers_word(words: tuple[str, ...]) -> bool:
    return any(word in _CARRIER_WORDS for word in words[:-1])


def _capitalised_small_word_inside(doc: ActorDocument, position: int, last: int, previous: str) -> bool:
    """'the Campaign Against Arms Trade': after 'the', mid-sentence, a run of three or more words
    with a capitalised preposition inside it."""
    if previous != "the" or last - position + 1 < _SHORTEST_TITLED_NAME or position in doc.sentence_first:
        return False
    inside = range(position + 1, last)
    return any(doc.tokens[k].folded in _SMALL_WORDS_IN_NAMES and doc.tokens[k].text[0].isupper() for k in inside)


# Words before a one-word name that make it a place beside the one the text is about.
_PLACE_ADJECTIVES = frozenset(("nearby", "neighbouring", "neighboring"))


def _named_after_demonym(doc: ActorDocument, position: int, words: tuple[str, ...]) -> bool:
    """'Kenyan Otieno Wambui', 'South African Jandor Visagel': a people's adjective right before two words
    in title case that no cue, place or English word explains reads as a person's name (a firm after its
    nation's adjective is one word or has a word of its trade: "Irish Ferries", "Danish Crown Foods")."""
    tokens = doc.tokens
    if position < 1:
        return False
    owned = _state_owns(doc, position - 1)
    if not owned and (not tokens[position - 1].joined or not tokens[position - 1].text.istitle()):
        return False
    adjective = tokens[position - 1].folded
    pair = f"{tokens[position - 2].folded} {adjective}" if position >= 2 and tokens[position - 2].joined else ""
    if (
        doc.gazetteer.country_of_demonym(adjective) is None
        and doc.gazetteer.country_of_demonym(pair) is None
        and not owned
    ):
        return False
    if has_cue(words) or doc.gazetteer.lookup(words) is not None:
        return False
    span = range(position, position + len(words))
    return all(tokens[k].text.istitle() and zipf(tokens[k].folded) < WORD_ALONE for k in span)


_PERSONS_OWN = word_set("his her")


# What a listing's title is, after its colon: "The Snowman: film with live orchestra", "Hamlet: a play in
# the park" (a what's-on page heads each event by its title).
_LISTED_WORK = re.compile(
    r": (?:an? |the )?(?:[a-z]+ )?(?:film|concert|play|musical|exhibition|screening|talk|show|ballet|opera|"
    r"pantomime|panto|gig|recital|lecture|workshop)s?\b"
)


def _listing_title(doc: ActorDocument, position: int, last: int) -> bool:
    """A name opening its line (after "The" or not), then a colon and a kind of show in lower case."""
    tokens = doc.tokens
    opens = position in doc.sentence_first or (
        position >= 1 and tokens[position - 1].folded == "the" and position - 1 in doc.sentence_first
    )
    return opens and _LISTED_WORK.match(doc.text, tokens[last].end) is not None


def _firm_after_rival(doc: ActorDocument, position: int, word: str) -> bool:
    """'rival Quellbolaget', 'Rivals Dorriquay and ...': one word that is no person's name after "rival" or
    "competitor", off a sports page (a race's or a match's rivals are people and clubs); or after those who put
    money in, in lower case ("existing investors Omnivore and ...")."""
    if position < 1 or doc.sports:
        return False
    before = doc.tokens[position - 1]
    if before.folded not in RIVALS_OPENING and not (before.folded in FUNDERS_OPENING and before.text.islower()):
        return False
    if not doc.tokens[position - 1].joined or is_given_name(word) or is_surname(word):
        return False
    if position >= 2 and doc.tokens[position - 2].folded in _PERSONS_OWN:
        return False  # "his rival Quellmore won the seat": a person's rival is a person
    return doc.gazetteer.lookup((word,)) is None and zipf(word) < WORD_ALONE


def _right_after_based(doc: ActorDocument, position: int) -> bool:
    """'the Brno-based Ochrana Lesu': a town's name, a hyphen, "based", then the name (no noun between)."""
    tokens, text = doc.tokens, doc.text
    if position < 2 or tokens[position - 1].folded != "based" or not tokens[position - 1].joined:
        return False
    town = tokens[position - 2]
    return text[town.end : tokens[position - 1].start] in ("-", "‐") and cased(town)


def _plant_after(doc: ActorDocument, last: int) -> str | None:
    """'nuclear power station', 'wind farm': what a plant makes or uses (`PLANT_MODIFIERS`, in lower
    case), then the plant's head word, right after the name."""
    tokens = doc.tokens
    for k in range(last + 1, min(len(tokens), last + 4)):
        if not tokens[k - 1].joined or not tokens[k].text.islower():
            return None
        if tokens[k].folded in PLANT_HEADS and k > last + 1:
            return doc.text[tokens[last + 1].start : tokens[k].end]
        if tokens[k].folded not in PLANT_MODIFIERS:
            return None
    return None


def _state_owns(doc: ActorDocument, k: int) -> bool:
    """'Japan's' in "Japan's Haruka Tsunemori": a state's name with its possessive (the 's is cut from the token)."""
    place = doc.gazetteer.lookup((doc.tokens[k].folded,))
    return (
        place is not None
        and place.kind == "state"
        and doc.text[doc.tokens[k].end : doc.tokens[k].end + 3]
        in (
            "'s ",
            "’s ",
        )
    )


def _post_after(doc: ActorDocument, k: int) -> bool:
    """Whether a title or a staff word in lower case follows the word at `k` ("area manager", "area office")."""
    word = _following_word(doc, k)
    return doc.tokens[k].joined and (is_title(word) or word in STAFF_AFTER_POSSESSIVE or word == "office")


def _following_word(doc: ActorDocument, k: int) -> str:
    return doc.tokens[k + 1].folded if k + 1 < len(doc.tokens) else ""


def _post_of_the_state_after(doc: ActorDocument, last: int) -> bool:
    """'State's Attorney', 'State's Attorney General': "State" with its possessive opens a post (the
    possessive is cut from the token), so the words before it are the post's, not a body's."""
    end = doc.tokens[last].end
    return doc.text[end : end + 3] in ("'s ", "’s ") and is_title(_following_word(doc, last))


def _hyphened_connector(text: str, tokens: list[Token], k: int) -> bool:
    """'Lashkar-e-Tarvan': a small joining word between hyphens, not an initial cut from a name."""
    token = tokens[k]
    return (
        token.text.islower()
        and 0 < k < len(tokens) - 1
        and text[tokens[k - 1].end : token.start] in ("-", "‐")
        and text[token.end : tokens[k + 1].start] in ("-", "‐")
    )


def written_with_its_accents(written: str, official: str) -> str:
    """'São Tomé and Príncipe' as an English text writes it, not GeoNames' 'Sao Tome and Principe': the
    gazetteer's name without the accents the written name has is the same name, better written."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", written) if not unicodedata.combining(c))
    return written if official.isascii() and not written.isascii() and bare == official else official


def _after_article_of_place(doc: ActorDocument, position: int) -> bool:
    """'in al-Hol', 'from al-Bab': a lower-case Arabic article, joined by a hyphen, after a preposition
    of place opens a place's name (not "from al-Baghdadi" where the text names a person so)."""
    tokens = doc.tokens
    if position < 2 or not tokens[position - 2].joined:
        return False
    article, before = tokens[position - 1], tokens[position - 2]
    return (
        article.folded in ARABIC_ARTICLES
        and article.text.islower()
        and doc.text[article.end : tokens[position].start] in ("-", "‐")
        and before.folded in PLACE_PREPOSITIONS
        and before.text.islower()
        and not is_given_name(tokens[position].folded)
        and not _ends_a_name_elsewhere(doc, position)
    )


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


# The nations of the United Kingdom the gazetteer may hold as regions, not states.
_NATIONS_OF_A_UNION = word_set("england scotland wales cymru")
# Public services whose boards are named "<acronym> <area>": "NHS Highland", "NHS Lothian".
SERVICES_BY_AREA = word_set("nhs")
# Prepositions one uses of a place but never of a person: "in Hartley Green", not "to Ada Green".
_IN_A_PLACE = word_set("in near")
# "on the edge of Oakhanger St Giles", "residents of Tarrant St Mary": what lies in or at a place.
_PARTS_OF_A_PLACE = word_set("edge outskirts heart centre center residents villagers parish")
# Words right after a name that say a person is meant: "Hobbard Green said", "Hobbard Green, who".
_PERSON_AFTER = word_set("said says told added explained who aged")


def _person_cue_around(doc: ActorDocument, position: int, last: int) -> bool:
    """A title before the name, or speech, "who" or an age after it."""
    tokens = doc.tokens
    if position > 0 and tokens[position - 1].folded in TITLES:
        return True
    return last + 1 < len(tokens) and tokens[last + 1].folded in _PERSON_AFTER


_NGUNI_LOCATIVE = re.compile(r"Kwa[A-Z][a-z]{3,}")


def _state_named(doc: ActorDocument, words: tuple[str, ...]) -> bool:
    place = doc.gazetteer.lookup(words) if words else None
    return place is not None and place.kind == "state"


def _branch_of_letters(doc: ActorDocument, position: int, words: tuple[str, ...]) -> bool:
    """'HSE Mid West': letters the gazetteer does not know (not "UK South"), then compass words only."""
    letters = doc.tokens[position].text
    return (
        2 <= len(words) <= 3
        and letters.isupper()
        and letters.isalpha()
        and 2 <= len(letters) <= 6
        and all(word in COMPASS_HEADS or word == "mid" for word in words[1:])
        and doc.gazetteer.lookup(words[:1]) is None
    )


# "Dunmere South", "Varnley East": a compass word that ends the name of a ward or seat.
_COMPASS_ENDINGS = word_set("north south east west central")


def _middle_initial(doc: ActorDocument, position: int, k: int, last: int) -> bool:
    """'... for Labor Reginald O. Fairweather': an initial with its stop between a given name and a
    family name, inside a run that goes on past a post's remit, is a middle initial, no name cut."""
    tokens = doc.tokens
    return (
        position < k - 1
        and k < last
        and is_given_name(tokens[k - 1].folded)
        and doc.text.startswith(". ", tokens[k].end)
        and len(tokens[k + 1].text) > 1
    )


_SEAT = re.compile(r"[A-Z][\w'’-]*(?:(?: and| of| upon| on| under| the)? [A-Z][\w'’-]*)*")


# A member styled "Hon." (with a doctor's or an engineer's title after it), then two to four words of
# name, right before a bracket: "Hon. Ilse Varn Odera (", "Hon. Dr. Ola Brandt-Quist (".
# A page on an elected house's sitting: its members' seats follow their names in brackets ("a question from Ilse
# Varn (Tarnby East)", as Malaysian and Indian papers report assemblies), though no "Hon." comes before them.
_LEGISLATURE_PAGE = re.compile(
    r"\b(?:[Aa]ssembly|assemblym[ae]n|assemblywom[ae]n|[Pp]arliament|Dewan|[Ll]egislature)\b"
)
# A person's name right before the bracket: two to four capitalised words.
_MEMBER_NAME = re.compile(r"(?<![\w'’])(?:[A-Z][\w'’-]*\s){1,3}[A-Z][\w'’-]*\s$")


def _member_named_before(text: str, opening: int, closing: int) -> bool:
    """'a question from Ooi Siew Lan (': a person's name, opening with a given or a family name, right before
    the bracket, and no title's words going on after it ("the Public Finance (Petroleum Revenue) Amendment Bill")."""
    name = _MEMBER_NAME.search(text, max(0, opening - 60), opening)
    if name is None or re.match(r"\)\s+[A-Z]", text[closing:]):
        return False
    first = fold(name.group().split()[0])
    return is_given_name(first) or is_surname(first) or is_chinese_surname(first)


_HONOURED_MEMBER = re.compile(r"\bHon(?:ourable|orable)?\.? (?:(?:Dr|Prof|Eng|Engr)\.? )?(?:[A-Z][\w'’.-]*[ -]){2,4}$")


def _party_or_seat(doc: ActorDocument, position: int, last: int) -> str | None:
    """'MP Daniel Corran (Labour, Tarnby and Severn Vale)': 'party' for the name right after the bracket, 'seat'
    for the name after its comma that closes it, else None (`ELECTED_POSTS`; not "(Independent, ...)")."""
    text, tokens = doc.text, doc.tokens
    start, end = tokens[position].start, tokens[last].end
    opening = text.rfind("(", max(0, start - 60), start)
    closing = text.find(")", end, end + 60)
    if opening < 0 or closing < 0:
        return None
    inside_before, inside_after = text[opening + 1 : start], text[end:closing]
    member = _HONOURED_MEMBER.search(text, max(0, opening - 80), opening) is not None or (
        _LEGISLATURE_PAGE.search(text) is not None and _member_named_before(text, opening, closing)
    )
    if inside_before == "" and inside_after == "" and member:
        # "Hon. Ilse Varn Odera (Tarnby East)": an assembly's member styled "Hon." and the seat alone in
        # brackets (not a party's letters or word: "Hon. Ilse Varn (TDP)", "(Independent)").
        words = [tokens[k].folded for k in range(position, last + 1)]
        party = any(w in PARTIES_BY_WORD or w in NO_PARTY for w in words) or tokens[position].text.isupper()
        # (nor a body, an outlet or a state: "Ann Holt (Reuters)", "(Tarnby Council)", "(Malaysia)")
        place = doc.gazetteer.lookup(tuple(words))
        other = has_cue(tuple(words)) or words[0] in KNOWN_MEDIA or (place is not None and place.kind == "state")
        return None if party or other else "seat"
    if inside_before == "" and inside_after.startswith(", ") and _SEAT.fullmatch(inside_after[2:]):
        role = "party"
    elif inside_after == "" and re.fullmatch(r"[A-Z][\w'’ -]*, ", inside_before):
        role = "seat"
    else:
        return None
    if role == "party" and doc.tokens[position].folded in NO_PARTY:
        return None
    if role == "party" and position == last and _clipped_party_word(tokens[position].text):
        return None  # "Cllr Ann Holt (Con, Tarnby)": the party's word cut short, no name as written
    k = position - 1
    while k >= 0 and tokens[k].start > opening:
        k -= 1  # the last word before the bracket
    return role if elected_member_before(tokens, k) else None


# The one-word names of the buildings a town's or a county's council meets in: "a meeting in the Guildhall",
# "at Shirehall" (the two-word ones have a head word: "Town Hall", "County Hall").
_COUNCIL_BUILDINGS = word_set("guildhall shirehall townhall")


def _clipped_party_word(word: str) -> bool:
    """'Con', 'Lab', 'Grn': a party's word clipped to three letters in title case (letters in capitals, "SNP",
    "DUP", are the party's own initials)."""
    return len(word) <= 3 and word[:1].isupper() and word[1:].islower()


_RARE_OWNER = 3.0
_RARE_GARRISON_TOWN = 3.0  # "the Rajouri garrison" (1.8); not "the Ottoman garrison" (3.6), "an Imperial" one
_SAINTS_OPENING = frozenset(("st", "saint", "ste", "sainte"))
# A saint's possessive that ends a town's name, no building's noun after it: "in St George's in 1996", "St
# John's, Antigua".
_SAINTS_BUILDING_AFTER = re.compile(r"['’]s (?:parish )?(?:church|cathedral|chapel|abbey|school|college|hospital)\b")
_POSSESSIVE_TOWN_END = re.compile(r"['’]s(?=[,.;:]|\s+(?:[a-z0-9]|$))")
# Saints' towns listed after a preposition of place, before the next: "in St Philip, St George and ".
_SAINTS_LISTED_AFTER_PREPOSITION = re.compile(
    r"\b(?:in|at|near|from|across|around) "
    r"(?:(?:St\.?|Saint|Ste\.?) [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?(?:, | and |, and ))+$"
)


_TOWARDS = word_set("to towards toward")
# A firm's legal form as the last word of its name, in letters a plain phrase would not end with.
_LEGAL_FORMS_WRITTEN_OUT = word_set("limited ltd llc plc inc")


# Members of a service named by it, after its name: "Coast Guardsmen", "National Guardsmen".
_SERVICE_MEMBERS = frozenset(("guardsmen", "guardsman", "guardswoman", "guardswomen"))


# Branches of Christianity that name a church as a body: "the Anglican Church", "the Tarvish Orthodox Church".
_DENOMINATIONS = word_set(
    "catholic anglican orthodox methodist lutheran presbyterian baptist evangelical pentecostal episcopal "
    "coptic apostolic reformed"
)


def denomination_church(doc: ActorDocument, words: tuple[str, ...]) -> bool:
    """'the Catholic Church', 'the Ethiopian Orthodox Church': a denomination before "church", with at most
    a people's word before it, is the body of believers; a saint's or a town's name before it ("St Brendan's
    Catholic Church", "Tarnby Methodist Church") makes it a building."""
    if len(words) < 2 or words[-1] != "church" or words[-2] not in _DENOMINATIONS:
        return False
    return all(w in _DENOMINATIONS or doc.gazetteer.country_of_demonym(w) is not None for w in words[:-2])


def name_candidate(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> Candidate | None:
    """The kind of a name, from the gazetteer or the first cue table that has a row for it."""
    tokens, text = doc.tokens, doc.text
    name = text[tokens[position].start : tokens[last].end]
    if "." in tokens[last].text and text[tokens[last].end : tokens[last].end + 1] == ".":
        name += "."  # U.S., A.P.
    size = last - position + 1
    if _words_in_name(doc, position, last) > MAX_NAME_TOKENS and not (
        body_of_a_state(tokens, position, last, doc.gazetteer) or _formal_body(tokens, position, last, text)
    ):
        return None  # longer than a name can be: a heading or a title-case line
    if size <= 2 and in_a_listing(doc, position, last):
        return None  # "(NASDAQ: HLVN)": an exchange and a ticker, codes of a listing
    if size == 1 and (len(tokens[position].text) < 2 or words[0] in HOLIDAYS):
        return None  # a single letter; a feast or holy month ("during Ramadan")
    if size == 1 and words[0] in _COUNCIL_BUILDINGS and tokens[position].text[:1].isupper():
        return Candidate(position, last, name, ActorKind.place, "a council's building", 0.6)  # "in the Guildhall"
    if size == 1 and words[0] in _PLACE_NOUNS_ABROAD:
        return None  # "Barangay kagawad nabbed": the Philippines' or Malaysia's word for a place, naming none
    if size == 1 and _one_of_a_nation(doc, words[0]):
        return None  # "The Dutchman crossed the line": a man or a woman of a nation, named by no name
    if _initials_then_names(doc, position, last) and not _state_or_land(doc, words[-1:]):
        # "spinner P. Ilangovan", "B. N. Venkatesh Murthy": initials with their stops, then the names
        # (`name_bounds` joins them only before a rare word)
        return Candidate(position, last, name, ActorKind.person, "initials before a family name", 0.55)
    if 2 <= size <= 3 and _airline_named_air(doc, position, last, words):
        return Candidate(position, last, name, ActorKind.organization, "an airline named '<name> Air'", 0.6)
    if 2 <= size <= 3 and _miner_by_what_it_digs(doc, position, last, words):
        how = f"a miner named by '{tokens[last].text}'"
        return Candidate(position, last, name, ActorKind.organization, how, 0.6)
    if size == 2 and figurative_street(doc, position, last, words):
        return None  # "yet to land on Main Street": what the street stands for, no place
    if size >= 2 and words[-1] in _SERVICE_MEMBERS:
        return None  # "Sailors and Coast Guardsmen boarded": members of a service, not its name
    firm_possessive = text[tokens[last].end : tokens[last].end + 4] in ("'s, ", "’s, ")
    if size == 1 and firm_possessive and _speaker_employer(doc, position, last, words):
        # "At Moody's, which rates the bonds, analyst Karin Holt said": a firm named in the possessive
        return Candidate(position, last, f"{name}'s", ActorKind.organization, POSSESSIVE_FIRM, 0.6)
    if size == 1 and _firm_named_in_the_possessive(doc, position, last, words[0]):
        # "a Lloyd's policy", "the Sainsbury's store": an article before a name's possessive makes the
        # possessive part of a firm's name (an article never opens a person's possessive).
        return Candidate(position, last, f"{name}'s", ActorKind.organization, POSSESSIVE_FIRM, 0.6)
    if size >= 2 and any(tokens[k].text in _VERBS_IN_TITLES for k in range(position + 1, last + 1)):
        return None  # "Zorvak Be Good", "Love Is Blind": a verb inside names a work, not an actor
    if (
        size >= 3
        and (words[-1] in _LEGAL_FORMS_WRITTEN_OUT or registered_form(tokens[last]))
        and all(tokens[k].capitalised or firm_conjunction(tokens[k]) for k in range(position, last + 1))
    ):
        # "Horizon Crest Logistics Limited": a firm's legal form last makes it a firm, whatever its words.
        return Candidate(
            position, last, name, ActorKind.organization, f"a firm's legal form '{tokens[last].text}'", 0.6
        )
    members_at = 1 if words[0] == "the" else 0
    if (
        size - members_at >= 3
        and words[members_at] in MEMBERS_FOR_AN_AIM
        and words[members_at + 1] == "for"
        and tokens[last].capitalised
    ):
        # "the Volunteers for the Defence of the Homeland", "Physicians for Human Rights": people joined for an aim
        return Candidate(position, last, name, ActorKind.organization, "people joined for an aim", 0.6)
    if _dependency_of_a_land(words):
        # "the Trust Territory of Varnland", "the Colony of Tarvel": a land ruled for another, no trust or body
        return Candidate(position, last, name, ActorKind.place, "a dependency's form, then 'of'", 0.65)
    if (dated_state := state_in_dateline(doc, position, last)) is not None:
        return dated_state
    if size <= 4 and (bracketed := bracketed_dateline(doc, position, last)) is not None:
        return bracketed
    us_state = us_state_after_place(doc, position) if size == 1 else None
    if us_state is not None:
        # "TAMPA, Fla. (Jan. 2, 2019) -", "Nashville, Tenn.": the state a town lies in.
        abbreviation = f"{tokens[position].text}."
        return Candidate(
            position, last, us_state, ActorKind.place, "a US state after its town", 0.7, alias=abbreviation
        )
    if size >= 3 and words[0] in AIM_OPENERS and words[1] in ("for", "against") and tokens[position + 2].capitalised:
        # "the Campaign for Real Ale", "Campaign for Better Transport": a body named for what it wants.
        return Candidate(
            position, last, name, ActorKind.organization, f"a body's aim after '{tokens[position].text} for'", 0.6
        )
    if size >= 4 and words[0] in AIM_OPENERS and words[1] == "to":
        # "the Campaign to Protect Rural England": a body named for its aim (`name_bounds` joins it).
        return Candidate(
            position, last, name, ActorKind.organization, f"a body's aim after '{tokens[position].text} to'", 0.6
        )
    if size >= 3 and "of" in words[2:] and region_form(words[: words.index("of")]):
        # "Autonomous Territorial Unit of Varnia": a region's form of self-rule and its name, a place.
        return Candidate(position, last, name, ActorKind.place, "a region's form of self-rule opens it", 0.7)
    if size <= 4 and (role := _party_or_seat(doc, position, last)) is not None:
        # "MP Daniel Corran (Labour, Tarnby and Severn Vale)": an elected member's party and seat.
        kind = ActorKind.organization if role == "party" else ActorKind.place
        return Candidate(position, last, name, kind, f"an elected member's {role} in brackets", 0.6)
    if (
        size in (2, 3)
        and (land := HEAD_WORD.get(words[-1])) is not None
        and land.kind is ActorKind.place
        and words[-1] not in STREET_HEADS  # "homes on Kettle Street" beside "Kettle Street Foods" is the street
        and not is_given_name(words[0])
        and doc.gazetteer.lookup(words) is None
        and (trade := _firm_named_in_full(doc, position, name)) is not None
    ):
        # "Kestrel Ridge said" beside "Kestrel Ridge Capital": the firm's short form, not land (nor a person).
        return Candidate(position, last, name, ActorKind.organization, f"short for '{name} {trade}'", 0.6)
    if size == 1 and (province := dotted_subdivision(doc, position)) is not None:
        # "officials in B.C.", "KAMLOOPS, B.C. —": a province's or a state's letters with their dots
        lettered = Candidate(position, last, name, ActorKind.place, "a province's or a state's letters", 0.7)
        lettered.canonical = province
        return lettered
    if size == 1 and state_abbreviation_after_place(doc, position):
        return None  # "Nashville, Tenn.", "Tampa, Fla.": the state of the place before, abbreviated
    if words[-1] == "state" and _post_of_the_state_after(doc, last):
        return None  # "Assistant State's Attorney Ilse Varn": a prosecutor's post, its holder the actor
    previous = tokens[position - 1].folded if position > 0 else ""
    if previous == "across" and position >= 2 and tokens[position - 2].folded in ENCOUNTER_BEFORE_ACROSS:
        previous = ""  # "came across Pinot Madeleine": met with, not crossed; no cue of place
    following = tokens[last + 1] if last + 1 < len(tokens) and tokens[last].joined else None
    if following is None:
        following = body_noun_past_acronym(doc, last)  # "the Civic Renewal (CRP) party"
    after = following.folded if following is not None and not following.capitalised else ""
    at_start = position in doc.sentence_first
    if (
        doc.sports
        and size == 1
        and after
        and previous not in PLACE_PREPOSITIONS
        and not is_given_name(words[0])
        and club_named_in_full(doc, position, name)
    ):
        # "Millbrook have also loaned a defender" beside "Millbrook United": the club by its town's word.
        return Candidate(position, last, name, ActorKind.organization, "a club by its town's word", 0.6)
    if _listing_title(doc, position, last):
        return None  # "The Snowman: film with live orchestra": a show's title heads its listing
    if platform_posted_on(doc, position, last):
        return Candidate(position, last, name, ActorKind.organization, f"a platform posted on, '{previous}'", 0.6)
    if channel_title_at(doc, position, words):
        return Candidate(position, last, name, ActorKind.media, f"a channel's title after '{previous}'", 0.7)
    if size == 1 and words[0] in PERIOD_ADJECTIVES and after and doc.gazetteer.country_of_demonym(words[0]) is None:
        return None  # "a Victorian town", "its Edwardian terraces": a period's style, no place nor people
    if size == 2 and words[0] in _GRADE_WORDS and tokens[last].text in ("I", "II", "III", "IV", "A", "B", "C"):
        return None  # "the bridge was Grade II listed", "a Category B building": a heritage grade, no name
    if size == 2 and words[0] in OFFICE_OWNERS and words[1] in OFFICE_HEADS:
        return None  # "Media contact: ..., Press Office,", "at the Council Offices": a department or a building
    if venture_named_for_site(tokens, position, last):
        # "Mozambique LNG", "the Tremmia Power Compact": a gas venture or an aid programme named for its
        # state or site is one body, not the state and a word.
        return Candidate(
            position, last, name, ActorKind.organization, f"a venture named with '{tokens[last].text}'", 0.6
        )
    if size == 2 and words[1] == "headquarters" and previous == "at" and ACRONYM.fullmatch(tokens[position].text):
        # "met at NATO Headquarters in Brussels": a body's seat, where one meets, is a place.
        return Candidate(position, last, name, ActorKind.place, "a body's headquarters after 'at'", 0.6)
    if size == 1 and _town_after_a_street(doc, position, last):
        # "at the Council Offices, Mercer Street, Skelbrook.": an address's last line is its town.
        return Candidate(position, last, name, ActorKind.place, "a town after a street in an address", 0.6)
    if size == 1 and _WEB_NAME.fullmatch(tokens[position].text):
        # "Pay.UK", "Swapzone.com": a name written as a web address is a firm's or a body's.
        return Candidate(position, last, name, ActorKind.organization, "a web address's name", 0.6)
    if size == 1 and _plural_land_after_the(doc, position, words[0]):
        # "walked in the Mamores", "a week in the Cairngorms": hills or isles named as a plural
        return Candidate(position, last, name, ActorKind.place, "a rare plural after 'in the'", 0.6)
    if size == 2 and _glen_or_ben(doc, position, words):
        # "the slopes of Glen Affric", "walkers on Ben Macdui": a valley's or a hill's name, not Glen the person.
        return Candidate(position, last, name, ActorKind.place, f"a valley or a hill, '{tokens[position].text}'", 0.6)
    if size == 2 and words[1] in VILLAGE_BUILDINGS and not is_given_name(words[0]) and _alone_as_a_place(doc, words[0]):
        # "at Cullivoe Hall" beside "born in Cullivoe": the village's hall ("Hall" alone is a family name).
        return Candidate(position, last, name, ActorKind.place, f"a hall of '{tokens[position].text}'", 0.6)
    if size == 4 and words[0] in ("st", "saint") and words[2] == "on":
        # "St Michael's on Wyre": a village named for its church and its river (`name_bounds`).
        return Candidate(position, last, name, ActorKind.place, "a saint's village on a river", 0.6)
    if size == 3 and words[0] in ("st", "saint") and words[-1] == "hall" and text[tokens[position + 1].end] in "'’":
        # "St Hilda's Hall": a college's hall named for a saint ("Hall" alone is a family name).
        return Candidate(position, last, name, ActorKind.organization, "a saint's hall", 0.6)
    if 2 <= size <= 5 and words[-1] == "cymru":
        # "Age Cymru", "Chwarae Teg Cymru": Wales in Welsh ends the names of bodies for Wales, never a person's.
        return Candidate(position, last, name, ActorKind.organization, "a body for Wales, 'Cymru'", 0.65)
    if size in (2, 3, 4) and _body_for_a_nation(doc, words):
        # "Natural England", "Historic Scotland": a common word before a nation names its public body.
        return Candidate(position, last, name, ActorKind.organization, f"a body for '{tokens[last].text}'", 0.6)
    if (
        2 <= size <= 3
        and words[-1] in TRAIL_HEADS
        and not doc.things  # "the Kestrel Trail 2": a shoe's or a bike's model on a shop's page
        and not _number_follows(doc, last)
        and _named_for_place(doc, words[:-1], words[-1])
    ):
        # "the Thames Path", "the Brackmoor Trail": a long walk named for the land it crosses.
        return Candidate(
            position, last, name, ActorKind.place, f"a trail or a pass, ends with '{tokens[last].text}'", 0.6
        )
    known = "".join(words) in KNOWN_MEDIA or "".join(words) in KNOWN_GROUPS or "".join(words) in KNOWN_BODIES
    if not known and names_a_thing(doc, position, last, words, has_cue(words)) is not None:
        return None  # "the game Starfall Arena", "Quillstone 3.2", "the Kullback–Leibler divergence"
    if doc.sports and size >= 2 and words[-1] in CLUB_HEADS and doc.gazetteer.lookup(words) is None:
        return Candidate(position, last, name, ActorKind.organization, "a club on a sports page", 0.75)
    if doc.sports and size >= 2 and words[-1] == "division" and not _armed_page(doc):
        # "third in the Prairie Division": a league's group of teams on a sports page, not an army's division.
        return Candidate(position, last, name, ActorKind.organization, "a league's division on a sports page", 0.6)
    if size <= 4 and firm_in_subject_list(doc, position, last):
        return Candidate(position, last, name, ActorKind.organization, "a list of firms with customers", 0.6)
    if size <= 3 and _sale_channel_before(doc, position, words) and not _about_software(doc, position, last):
        # "go on sale through Vodafone and EE", "sold in the UK by Currys and John Lewis": the shops that sell it.
        return Candidate(position, last, name, ActorKind.organization, "a seller, after a word of sale", 0.6)
    if size <= 3 and (deal := _firm_in_a_deal(doc, position, last, words)) is not None:
        # "supplies own-label pies to Tesco, Aldi and Co-op", "advised on by Mercer Pike": firms in a deal.
        if (tail := _LOWER_TAIL.match(text, tokens[last].end)) is not None:
            name += tail.group()  # "Co-op": the word's lower-case half after its hyphen
        return Candidate(position, last, name, ActorKind.organization, deal, 0.6)
    if (
        size == 1
        and after in REGULATOR_VERBS
        and not has_cue(words)
        and not is_given_name(words[0])
        and words[0] not in doc.surnames
        and words[0] not in doc.lower_case  # "Gamekeeper fined after ..." heads a story on "a gamekeeper"
    ):
        # "Ofsted rated the school's sixth form 'inadequate'": a body that inspects, rates or fines.
        return Candidate(position, last, name, ActorKind.organization, f"'{name} {after}'", 0.6)
    if (
        size == 1
        and not has_cue(words)
        and not is_given_name(words[0])
        and words[0] not in doc.surnames
        and previous not in PLACE_PREPOSITIONS  # "a gamekeeper from near Tarnbrae has been fined": his town
        and words[0] not in doc.lower_case  # "Gamekeeper fined after ..." heads a story on "a gamekeeper"
        and _fined_after_list(doc, last)
    ):
        # "Hollowell and Pennygate were fined £31m": a bare name a regulator fines is a firm's (a person
        # fined is named in full first, and then by the surname the text gave).
        return Candidate(position, last, name, ActorKind.organization, "fined, as a firm", 0.6)
    if 2 <= size <= 3 and previous == "with" and after in _FIRM_SPEECH and _speaker_before_with(doc, position):
        # "Rafael Quintero with Morgan Stanley said": the speaker's firm, as US wire copy names it.
        return Candidate(position, last, name, ActorKind.organization, "the speaker's firm, after 'with'", 0.6)
    if doc.sports and 2 <= size <= 3 and _position_before(doc, position) and not has_cue(words):
        # "Point guard Tyrese Langford had 22 points": a player, by the position before the name.
        return Candidate(position, last, name, ActorKind.person, f"a player, after '{previous}'", 0.65)
    if (
        doc.sports
        and size <= 3
        and _team_before_its_player(doc, last)
        and not is_given_name(words[0])
        # "Point guard Tyrese Langford had 22 points": a word of the position, capitalised to open the sentence
        and not (size == 1 and position in doc.sentence_first and zipf(words[0]) >= _PLAIN_OPENER_ZIPF)
    ):
        # "Tarnby halfback Ilse Varn", "Varnley coach Tom Oskel": the side a player or a coach is named with.
        return Candidate(position, last, name, ActorKind.organization, f"a side, before '{after}'", 0.85)
    if doc.sports and size <= 2 and previous == "the" and _titled_nickname_after(doc, last):
        # "face the Oshawa Generals", "a pick of the Tarnby Senators": a town, then a title's plural, on a sports page.
        label = text[tokens[position].start : tokens[last + 1].end]
        return Candidate(position, last + 1, label, ActorKind.organization, "a team's nickname on a sports page", 0.7)
    if doc.sports and previous == "the" and _team_nickname(doc, words):
        return Candidate(position, last, name, ActorKind.organization, "a team's nickname on a sports page", 0.7)
    if doc.sports and previous == "the" and size == 1 and _nickname_alone(doc, position, words[0]):
        # "took charge of the Stallions in March": a side's nickname alone, a plural no list knows
        return Candidate(position, last, name, ActorKind.organization, "a team's nickname on a sports page", 0.6)
    if (
        (doc.sports or _score_before(doc, position) or _score_after(doc, last))
        and size <= 3
        and _side_in_a_result(doc, position, last, words)
    ):
        # "Ashgill beat Crossbeck 3-0", "drew 1-1 with Hobbington Vale": the sides of a match are clubs.
        return Candidate(position, last, name, ActorKind.organization, "a side in a match's result", 0.65)
    if size <= 4 and club_after_its_origin(doc, position) and not has_cue(words):
        # "from Portuguese side Vitória Marinhense": a club met by where it plays, even with a given name.
        return Candidate(position, last, name, ActorKind.organization, f"a club, after '{previous}'", 0.65)
    if doc.sports and size == 2 and _team_nickname(doc, words) and _club_without_the(doc, words):
        # "Exmoor Stags came from 24-10 down": a town and a nickname, the page's "the Stags" or a plural noun.
        return Candidate(position, last, name, ActorKind.organization, "a club's nickname on a sports page", 0.7)
    if (previous in _CALL_VERBS or previous in ("or", "and")) and after == "anonymously" and not has_cue(words):
        # "call Crimestoppers anonymously": a line the public calls is a body's, not a person's
        return Candidate(position, last, name, ActorKind.organization, "called anonymously", 0.6)
    if doc.sports and size >= 2 and words[-1] in STAND_HEADS and doc.gazetteer.lookup(words) is None:
        return None  # "the Kop End", "the North Stand": a stand of a ground, not an actor

    if size > 1 and "".join(words) in KNOWN_MEDIA:
        # "Al Jazeera" for "Aljazeera": an outlet written in two words (and no peninsula here).
        return Candidate(position, last, name, ActorKind.media, "a news outlet's name", 0.8)
    if (edition := outlet_edition(doc, position, last, words)) is not None:
        return edition
    group = KNOWN_GROUPS.get("".join(words)) if size <= 3 else None
    if group is not None:
        # "Hamas", "Al-Shabaab": a group known by its name alone, before any town of that name.
        return Candidate(position, last, name, group.kind, "a group known by name", group.confidence)
    branch = words.index("in", 1) if "in" in words[1:-1] else 0
    group = KNOWN_GROUPS.get("".join(words[:branch])) if 0 < branch <= 3 else None
    if group is not None:
        # "Al-Qaeda in the Islamic Maghreb": a known group's branch in a region is a group, not the region.
        return Candidate(position, last, name, group.kind, "a branch of a group known by name", group.confidence)
    if size == 1 and _after_article_of_place(doc, position):
        return Candidate(position, last, name, ActorKind.place, f"'{tokens[position - 2].text} al-' before it", 0.5)
    if _food_from_maker(doc, position, words):
        how = f"a maker, after '{tokens[position - 2].text} from'"
        return Candidate(position, last, name, ActorKind.organization, how, 0.6)
    if 2 <= size <= 3 and _traded_in(doc, position) and not doc.gazetteer.lookup(words):
        # "Shares in Tarrow Keane fell", "a stake in Morgan Whitley": one holds shares in a firm, not in a person
        how = f"after '{tokens[position - 2].text} {tokens[position - 1].text}'"
        return Candidate(position, last, name, ActorKind.organization, how, 0.6)
    if size <= 3 and (trade := _firm_by_what_it_owns(doc, position, last, words)) is not None:
        # "Zorvane's new headphones", "Mabel Strickland said its profits fell", "shoppers at Orla Penhaligon".
        return Candidate(position, last, name, ActorKind.organization, trade, 0.6)
    if size == 3 and words[1] == "and" and _inn_at(doc, position, last):
        return Candidate(position, last, name, ActorKind.place, "an inn named for two things", 0.6)
    if 2 <= size <= 4 and _listed_firm_named(doc, position, last, words):
        # "Exxon Mobil reported", "Rio Tinto posted a loss": before the gazetteer, which knows a small town so
        return Candidate(position, last, name, ActorKind.organization, "a firm listed on a stock index", 0.7)
    place = hyphened_place(doc, position, words) or doc.gazetteer.lookup(words)
    if place is not None and size == 1 and _past_storm(doc, position, place.population):
        return None  # "not even in Harvey" on a page about a hurricane: a past storm, not the town
    if place is None and english_town_form(doc, position, last):
        return Candidate(position, last, name, ActorKind.place, "a town's name joined by 'on' or 'upon'", 0.7)
    if place is None and size >= 2 and _STATE_ABBREVIATION.fullmatch(tokens[last].text):
        # "Washington D.C.", "Springfield Ill.": a place and its state's abbreviation.
        inner = doc.gazetteer.lookup(words[:-1])
        if inner is not None and inner.kind == "place":
            if text[tokens[last].end : tokens[last].end + 1] == "." and not name.endswith("."):
                name += "."
            where = f", {inner.country}" if inner.country else ""
            found_by = f"gazetteer: {inner.name}{where} (with a state's abbreviation)"
            return Candidate(position, last, name, ActorKind.place, found_by, 0.75, gazetteer_name=inner.name)
    if place is not None and place.kind == "state" and _asset_class_after(doc, last):
        return None  # "head of UK equities", "US stocks": a class of assets a market trades, no state acting
    if place is not None and (place.kind == "state" or not has_cue(words)):
        support = place_support(doc, place, position, last, words)
        if support is not None:
            kind = ActorKind.state if place.kind == "state" else ActorKind.place
            where = f", {place.country}" if place.country else ""
            # A state goes by its usual name (U.S. is United States); a place by the source's spelling
            # (Gomel, not GeoNames' Homyel'), with the gazetteer's as an alias.
            return Candidate(
                position,
                last,
                name,
                kind,
                f"gazetteer: {place.name}{where} ({support})",
                0.9 if kind is ActorKind.state else 0.75,
                canonical=written_with_its_accents(name, place.name) if kind is ActorKind.state else None,
                gazetteer_name=place.name,
            )
    if size == 2 and ACRONYM.fullmatch(tokens[position].text) and words[1] in _PAPERS_OF_A_BODY:
        # "the ASEAN Outlook on the Indo-Pacific", "the AU Charter": a body's paper; the body is named
        body = tokens[position].text
        return Candidate(position, position, body, ActorKind.organization, f"a body's acronym before '{name}'", 0.6)
    if size == 2 and ACRONYM.fullmatch(tokens[position].text) and words[0] not in KNOWN_MEDIA:
        nation = doc.gazetteer.lookup(words[1:])
        if (nation is not None and nation.kind == "state") or words[1] in _NATIONS_OF_A_UNION:
            # "NHS England", "NHS Scotland": a body's acronym and the nation it serves, one body.
            return Candidate(position, last, name, ActorKind.organization, "an acronym and its nation", 0.6)
        if words[0] in SERVICES_BY_AREA and tokens[last].text.istitle():
            # "NHS Highland", "NHS Grampian": a health board named for the area it serves.
            return Candidate(position, last, name, ActorKind.organization, "a service and its area", 0.6)
    if size <= 3 and _after_a_band_noun(doc, position):
        # "the Glasgow four-piece Lang Reel, who ...": a band named like a person is still a band.
        at = position - (tokens[position - 1].text == "The")
        noun = text[
            tokens[at - 1].start if tokens[at - 1].folded != "piece" else tokens[at - 2].start : tokens[at - 1].end
        ]
        return Candidate(position, last, name, ActorKind.organization, f"after '{noun}', a band", 0.6)
    if (
        size == 2
        and (words[1] in NATIONAL_SPORT_BODIES or words[1] in PLACE_ARTS_BODIES)
        and tokens[last].text.istitle()
        and (doc.gazetteer.lookup(words[:1]) is not None or (words[0] == "world" and words[1] in NATIONAL_SPORT_BODIES))
    ):
        # "England Hockey", "Tarnby Cricket": a nation's governing body or a town's club, named by its sport;
        # "World Rugby", "World Athletics": the world's governing body of a sport.
        return Candidate(position, last, name, ActorKind.organization, "a place's body for its sport", 0.65)
    acronym = size == 1 and (ACRONYM.fullmatch(tokens[position].text) or LETTER_NUMBER.fullmatch(tokens[position].text))
    shouted = acronym and len(words[0]) >= 4 and not {".", "&"} & set(tokens[position].text)
    if shouted and zipf(words[0]) >= _SHOUTED:
        return None  # "ANSWER", "NOTE": a common word in capitals, not an acronym (as "AT&T" is)
    if (
        acronym
        and text[tokens[position].end : tokens[position].end + 1] == "/"
        and is_title(_following_word(doc, last))
    ):
        return None  # "HR/VP Mogherini": one title written as two
    if (acronym or is_camel_case(tokens[position].text)) and doc.technical and words[0] not in doc.defined:
        return None  # "LLVM", "WORKDIR", "PyOxidizer" on a page with code: a tool or a command
    if acronym and (term_acronym(doc, position) or initials_after_surname(doc, position)):
        return None  # "APIs", "JSON", "UTC", "OK": a thing or a word; "Hinton, G.E.": initials
    if acronym and len(words[0]) <= 2 and "." in tokens[position].text and abbreviation_of_place_or_era(doc, position):
        return None  # "Washington, D.C.", "600 B.C."
    if size >= 2 and " & " in name and _plural_nouns_joined(words) and _standing_alone(doc, position):
        # "Terms & Conditions", "Corrections & Clarifications": a page's link, no firm ("the journal
        # Parasites & Vectors" in a sentence is a title)
        return None
    if size >= 2 and " & " in name and not has_cue(words) and not is_given_name(words[0]):
        # "Brookfield & Vane", "Pemberton Hale & Co": partners' names joined by an ampersand name a firm.
        return Candidate(position, last, name, ActorKind.organization, "names joined by '&'", 0.65)
    if not acronym and size <= 4 and listing_after(doc, last) and not has_cue(words):
        return Candidate(position, last, name, ActorKind.organization, "a stock's listing after it", 0.75)
    if not acronym and size <= 3 and listed_firm_moved(doc, last) and not has_cue(words):
        # "Corvane Micro slid 7% after the company cut its forecast": a listed firm whose shares moved
        return Candidate(position, last, name, ActorKind.organization, "its price moved, and 'the company'", 0.6)
    apposed = (
        _apposition(doc, last, copula=_defined_at_start(doc, position, words))
        if not has_cue(words) and size <= 4
        else None
    )
    if apposed is not None and _place_opens_the_clause(doc, position, words, apposed[0]):
        apposed = None  # "In Oskelivka, the head of the city administration, Ivan Varn, said": the place, then the man
    if apposed is not None and size == 1 and at_start and _clause_after_opener(doc, last):
        return None  # "Downstream, the agency warned": an adverb opens the sentence, the agency is its subject
    if apposed is not None and apposed[0].kind is not ActorKind.person and 2 <= size <= 3:
        # "under the priest Manuel Varnez, the group grew": the job before the name says who; the words
        # after the comma open the clause, they describe no one
        apposed = _job_noun_before(doc, position, last) or apposed
    if apposed is None and not has_cue(words) and size <= 4:
        apposed = _person_noun_before(doc, position, last)
    if apposed is None and not has_cue(words) and 2 <= size <= 3:
        apposed = _job_noun_before(doc, position, last)
    if apposed is not None:
        # "Varnak, the country's largest bank,": the text says what it is.
        return Candidate(position, last, name, apposed[0].kind, apposed[1], apposed[0].confidence)
    if size <= 3 and not has_cue(words) and _seat_won_by_a_margin(doc, position, last):
        # "Goudkamp won Hinchinbrook with 38.1 per cent", "Labor held Tarnby by 212 votes": a seat, a place
        return Candidate(position, last, name, ActorKind.place, "a seat won by a share of the vote", 0.6)
    if size <= 4 and not has_cue(words) and seat_before_member(doc, position, last):
        # "Penmarra assemblyman Datuk Ilse Varn": the seat the member sits for, a place
        return Candidate(position, last, name, ActorKind.place, f"a member's seat before '{after}'", 0.6)
    seat = seat_after_for(doc, position, last) if size <= 4 and not has_cue(words) else None
    if seat is not None:
        # "the independent member for Wentley, Priya Castellino,": the seat a member sits for, a place
        return Candidate(position, last, name, ActorKind.place, f"a member's seat after '{seat}'", 0.6)
    if size <= 4 and _right_after_based(doc, position) and not has_cue(words) and not is_given_name(words[0]):
        # "groups including the Brno-based Ochrana Lesu": a body by the town it works from
        based = text[tokens[position - 2].start : tokens[position - 1].end]
        return Candidate(position, last, name, ActorKind.organization, f"after '{based}'", 0.6)
    if size == 1 and _firm_after_rival(doc, position, words[0]):
        # "Swedish rival Quellbolaget has expanded", "Rivals Dorriquay and ...": a market's rival, one word
        return Candidate(position, last, name, ActorKind.organization, f"after '{tokens[position - 1].text}'", 0.55)
    if size == 1 and _known_firm(doc, position, words[0], after):
        return Candidate(position, last, name, ActorKind.organization, "a firm known by one word", 0.7)
    if 2 <= size <= 4 and not has_cue(words) and _firms_arm(doc, position, last, words):
        how = f"an arm of '{tokens[position].text}'"
        return Candidate(position, last, name, ActorKind.organization, how, 0.7)
    if size == 1 and _party_by_its_word(doc, position, words[0], after):
        return Candidate(position, last, name, ActorKind.organization, "a party known by one word", 0.75)
    if 3 <= size <= 5 and _campaign_by_its_aim(doc, position, last, words):
        # "the Save Harnby Meadows group", "Stop Quellmoor Incinerator": a campaign named for what it wants
        return Candidate(position, last, name, ActorKind.organization, "a campaign named for its aim", 0.6)
    if size == 2 and _party_in_its_province(doc, position, last, words):
        # "Tarnshire Liberal leader Ilse Varn": a party's branch by its province, then the branch's post
        return Candidate(position, last, name, ActorKind.organization, "a party's word after its province", 0.6)
    post = _post_after_a_body(doc, position, last) if size == 1 else None
    if post is not None:
        # "Unison branch secretary Debbie Carrow said": the body its people's post is held in.
        return Candidate(position, last, name, ActorKind.organization, f"before its post '{post}'", 0.6)
    if 2 <= size <= 3 and coined_compound(words[0]) and not has_cue(words) and after not in PLACE_NOUNS:
        # "Healthwatch Kent said", "Shopmobility Tarnby": a word coined of two common ones opens a body's name
        # (not "the Sandtown-Weller neighborhood": a part of a city by its noun).
        how = f"{COINED_OPENER} '{tokens[position].text}' opens it"
        return Candidate(position, last, name, ActorKind.organization, how, 0.55)
    if size <= 2 and (owned := _firm_possession(doc, words, last)) is not None:
        # "Tarvolex's chief executive, Ann Lee, said", "Quellmoor's shares rose": only a firm has them
        return Candidate(position, last, name, ActorKind.organization, f"its '{owned}'", 0.6)
    if size == 1 and _rare_word_said_it(doc, words[0], last):
        # "Tarvolex said its agents processed more": what speaks of itself as "it" is a body, not a person
        return Candidate(position, last, name, ActorKind.organization, "said of itself as 'it'", 0.6)
    if (
        size == 1
        and at_start
        and words[0] not in doc.confirmed
        and words[0] not in KNOWN_MEDIA
        and words[0] not in KNOWN_BODIES
        and not acronym
        and not title_case_acronym(doc, position)
        and not _group_opens_sentence(doc, words[0], after)
        and not _rare_body_before_which(doc, words[0], last)
        and not _rare_firm_before_its_shares(doc, words[0], last)
        and label_of_value(text, tokens[position].start) not in NAME_LABELS
        # "VeltraMax said on Monday": a capital inside the word, which no ordinary word has; the cues decide
        and not _brand_casing(tokens[position].text)
    ):
        # (Not "Party: Varnat; ...": a box of facts opens its value with the name it lists.)
        return None  # a capitalised sentence opener seen nowhere else: an ordinary word
    if (
        size == 1
        and words[0] in PAPER_HEADS_TOLD
        and previous == "the"
        and position >= 2
        and tokens[position - 2].folded in _TOLD
    ):
        # "she told the Ledger": a paper by its head word, the one the reporter writes for
        return Candidate(position, last, name, ActorKind.media, f"'{tokens[position - 2].text} the {name}'", 0.6)
    written_as_word = words[0] in BLOCS_WRITTEN_AS_WORDS and not tokens[position].text.isupper()
    if size == 1 and words[0] in KNOWN_BODIES and price_moved(doc, last):
        return None  # "the tech-heavy Nasdaq slid 1.6%": the exchange's index, a figure, no body
    if size == 1 and (words[0] in KNOWN_BODIES or written_as_word):
        return Candidate(position, last, name, ActorKind.organization, "a body known by one word", 0.8)
    if _group_with_spanish_article(doc, words):
        return Candidate(position, last, name, ActorKind.organization, "a group named with 'Los'/'Las'", 0.6)
    if size == 1 and words[0] in GROUPINGS_AFTER_THE and position > 0 and tokens[position - 1].folded == "the":
        return Candidate(position, last, name, ActorKind.organization, "a grouping of states after 'the'", 0.7)
    if size == 1 and title_case_acronym(doc, position):
        return Candidate(position, last, name, ActorKind.organization, "an acronym written in title case", 0.6)
    if size == 3 and position + 2 == last and hyphened_given_name(text, tokens, position):
        return Candidate(position, last, name, ActorKind.person, "a given name of two syllables", 0.7)
    if size == 4 and is_given_name(words[0]) and hyphened_given_name(text, tokens, position + 1):
        # "Ronald Pang Wai-kit": an English given name before a Cantonese name, as Hong Kong names are written.
        return Candidate(position, last, name, ActorKind.person, "a given name, then a family and a given name", 0.7)
    if any(dash_before_branch(text, tokens, k) for k in range(position, last)):
        return Candidate(position, last, name, ActorKind.armed_force, "a movement's branch after a dash", 0.75)
    if any(dash_before_operation(text, tokens, k) for k in range(position, last)):
        return Candidate(position, last, name, ActorKind.armed_force, "a force named with its operation", 0.8)
    if _force_letters_before_operation(tokens, position, last):
        return Candidate(position, last, name, ActorKind.organization, FORCE_WITH_ITS_OPERATION, 0.7)
    if initialled_name(doc, position, last, words):
        return Candidate(position, last, name, ActorKind.person, "a name with a middle initial", 0.75)
    if previous == "of" and position >= 2 and tokens[position - 2].folded in PLACE_NOUNS and not has_cue(words):
        # "the town of Tel Tamer", "the province of Idlib": a place noun, then "of" and its name.
        return Candidate(position, last, name, ActorKind.place, f"after '{tokens[position - 2].text} of'", 0.7)
    plural = _plural_place_noun_before_list(doc, position)
    if plural is not None and not has_cue(words):
        # "the districts of Varn and Tesk", "the villages of Orla, Brisk and Tam": each name is a place
        return Candidate(position, last, name, ActorKind.place, f"listed after '{plural} of'", 0.65)
    article = position - 1 if previous in ARABIC_ARTICLES and text[tokens[position].start - 1] in "-‐" else position
    the = article > 0 and tokens[article - 1].folded == "the"
    held = _camp_after_words(doc, position, last) if size <= 3 and not acronym else None
    if held is not None and not the and held.split()[-1] not in _BASE_NOUNS:
        held = None  # "over Tarnok naval base" needs no article; a camp or a field named so does
    if held is not None:
        # "the al-Hol displaced persons camp", "the Tremmin military prison": a camp named before its kind.
        camp = text[tokens[article].start : tokens[last].end]
        return Candidate(article, last, camp, ActorKind.place, f"before '{held}'", 0.7)
    status = _region_status_after(doc, last) if not acronym and not has_cue(words) else None
    if status is not None:
        # "the Tarvask autonomous region", "the Quellmar special administrative region": a land's own status
        return Candidate(position, last, name, ActorKind.place, f"before '{status}'", 0.7)
    unit = _unit_after_words(doc, last) if size <= 2 and not has_cue(words) and not is_given_name(words[0]) else None
    if unit is not None:
        # "the Akhmat special forces unit", "the Vostok volunteer battalion": a force named before its kind
        return Candidate(position, last, name, ActorKind.armed_force, f"before '{unit}'", 0.65)
    if size <= 2 and not acronym and not has_cue(words) and _peace_process_after(doc, last):
        # "the Itombwe peace process", "the Varnak peace talks": peace is made for a land
        how = f"before '{text[tokens[last + 1].start : tokens[last + 2].end]}'"
        return Candidate(position, last, name, ActorKind.place, how, 0.55)
    one_word = size == 1 or all(text[tokens[k].end : tokens[k + 1].start] == "-" for k in range(position, last))
    if one_word and not acronym and not has_cue(words) and _named_pact_or_war_after(doc, position, last):
        # "the Lombok Treaty", "the Ogaden War": a pact or a war is named for the land it was made in or over
        return Candidate(position, last, name, ActorKind.place, f"before '{tokens[last + 1].text}'", 0.55)
    speaks = (cue := NEXT_WORD.get(after)) is not None and cue.kind is ActorKind.person
    if size == 1 and speaks and words[0] in doc.brands and not is_given_name(words[0]):
        # "Orbis said" on a page about the Orbis Watch and Orbis OS: the maker of the products.
        return Candidate(position, last, name, ActorKind.organization, "the maker of a product the page names", 0.6)
    cue = NEXT_WORD.get(after)
    if after == "coast" and words[-1].endswith("ish"):
        cue = None  # "the Cornish coast": a people's adjective (a land's own name is no "-ish" word)
    if after == "coast" and last + 2 < len(tokens) and tokens[last + 2].folded in _GUARDS:
        cue = None  # "Philippine coast guard vessels": a state's service, not the land's shore
    if after == "garrison" and zipf(words[-1]) >= _RARE_GARRISON_TOWN:
        cue = None  # "an Imperial garrison", "the Ottoman garrison": a realm's adjective, not a town's name
    plant = _plant_after(doc, last) if cue is None and after in PLANT_MODIFIERS else None
    if plant is not None and not acronym and not has_cue(words) and not is_camel_case(tokens[position].text):
        # "the Tarnovany nuclear power station", "the Quell wind farm": a plant named after its site (a
        # brand's casing is its owner's: "the TotalEnergies gas project")
        return Candidate(position, last, name, ActorKind.place, f"before '{plant}'", 0.65)
    if cue is not None and cue.kind is ActorKind.person and _number_after_verb(doc, last):
        if size == 1 and not acronym:
            return None  # "Ether added 1.4%": a coin or a stock whose price moved, not a speaker
        cue = None
    if cue is not None and cue.kind is ActorKind.person and (phrase := _phrase_after(doc, last)) is not None:
        # "Varnak claimed responsibility": not a speaker, a group.
        if phrase[0].kind is ActorKind.armed_force and doc.lower_case & CYBER_CRIME_WORDS:
            # "a group calling itself Varnmoth claimed responsibility" for a ransomware attack: a gang online
            return Candidate(position, last, name, ActorKind.organization, f"{phrase[1]} on a page of cybercrime", 0.55)
        return Candidate(position, last, name, phrase[0].kind, phrase[1], phrase[0].confidence)
    if (
        size <= 2
        and previous == "the"
        and after in FAMILY_NOUNS
        and not acronym
        and not has_cue(words)
        and zipf(words[-1]) < WORD_ALONE  # "the Royal family", "the Windows family of products"
        and all(tokens[k].text.istitle() for k in range(position, last + 1))
    ):
        # "the Ashcombe family sold the land": the people of that surname.
        return Candidate(position, last, name, ActorKind.person, f"'the {name} {after}'", 0.55)
    if (
        cue is not None
        and cue.kind is ActorKind.person
        and (previous == "the" or (_state_after_the(doc, position) and not is_given_name(words[0])))
        and not acronym
        and size <= 3
        and not has_cue(words)
    ):
        # "the Varnak said", "the Varnak Tribe announced", "the US Treasury said": no one writes a person's
        # name after "the" (or after "the" and a state).
        return Candidate(position, last, name, ActorKind.organization, f"'the {name} {after}'", 0.5)
    if cue is not None and cue.kind is ActorKind.person and size == 1 and is_camel_case(tokens[position].text):
        # "ZorvHub said": a speaker in a brand's casing is a company, not a person.
        return Candidate(position, last, name, ActorKind.organization, f"'{name} {after}' in a brand's casing", 0.5)
    if (
        cue is not None
        and cue.kind is ActorKind.state
        and (
            (size > 2 and after not in _KIN_GROUPS)  # "the Al Bu Varn tribe" is a people of three words
            or doc.gazetteer.lookup(words) is not None
            or words[0].endswith(("ing", "ed"))
        )
    ):
        # "Gaza civilians", "Varn City refugees": people of a place the gazetteer knows, not a people;
        # "Nudging people toward...": a verb opens the sentence.
        cue = None
    if cue is not None and cue.kind is ActorKind.person and previous == "of":
        cue = None  # "residents of Varnak told...": the speaker is the word before "of"
    if (
        cue is not None
        and cue.kind is ActorKind.person
        and previous == "in"
        and position >= 2
        and tokens[position - 2].folded in _SPEAKERS_IN_A_PLACE
        and tokens[position - 2].joined
    ):
        cue = None  # "police in Tarrowby said": the police speak, in their town
    if cue is not None and cue.kind is ActorKind.person and _longer_phrase_before(doc, position):
        cue = None  # "researchers at Sentinel Grid said": the speakers work there
    if cue is not None and cue.kind is ActorKind.person and previous in _PLACE_ADJECTIVES:
        cue = None  # "residents of nearby Varnakoro told...": the speaker is the residents
    if (
        cue is not None
        and cue.kind is ActorKind.person
        and after_a_preposition(doc.tokens, position, PLACE_PREPOSITIONS)
    ):
        cue = None  # "rice sellers in Bulacan and Nueva Ecija said": the sellers speak, not the province
    if (
        cue is not None
        and cue.kind is ActorKind.person
        and (size == 1 or (size <= 3 and previous in _BODY_NOUNS_BEFORE_A_LONGER_NAME))
        and _trade_before(doc, position, last)
    ):
        # "Supermarket chain Brambleby said", "the security firm Ardent Lattice said": the trade's noun
        # right before the name says it is a firm, even one named like a person.
        return Candidate(position, last, name, ActorKind.organization, f"'{previous} {name}'", 0.6)
    if cue is not None and cue.kind is ActorKind.person and not speaker(doc, position, last, words):
        cue = None  # "Microsoft said": a speaker, but nothing says a person
    if (
        cue is not None
        and cue.kind is ActorKind.person
        and size == 1
        and position in doc.sentence_first
        and words[0].endswith("s")
        and words[0] in doc.lower_case
    ):
        return None  # '"Installers told us..."' beside "where installers were wary": a plural noun that speaks
    if (
        cue is not None
        and cue.takes_word
        and cue.kind is ActorKind.place
        and (doc.technical or ordinary_before_facility(doc, words))
    ):
        cue = None  # "the Windows port", "the customer base"; "Docker base images" on a page with code
    if cue is not None and cue.kind is ActorKind.place and cue.takes_word and _force_of_a_state(words):
        cue = None  # "the Royal Navy of Oman base": the force whose base it is, named whole
    if cue is not None and cue.kind is ActorKind.place and acronym and (cue.takes_word or after in _RUN_BY_A_BODY):
        # "SDF detention facilities", "UN camp": the body that runs the place, not its name;
        # "the EU election observation mission": the body that sends it
        cue = None
    if (
        cue is not None
        and cue.kind is ActorKind.person
        and size >= 2
        and (opener := FIRST_WORD.get(words[0])) is not None
        and opener.kind is ActorKind.armed_force
        and not is_given_name(words[0])
    ):
        cue = None  # "Kataib Varnak denied it": an armed body's head word opens the name; no person speaks
    if cue is not None and after in ("forces", "force") and _forces_someone_to(doc, last + 1):
        cue = None  # "Fighting in Nasir forces thousands to flee": the verb, no force of the town
    if cue is not None and after == "added" and _added_something(doc, last + 1):
        cue = None  # "Quellmark added weekly services": what a firm adds, no words a person adds
    if cue is not None and after == "area" and _post_after(doc, last + 1):
        cue = None  # "the Tarvex area manager": a firm's post for a district, not the land of a town
    if cue is not None and after == "party" and (any(word in HOLIDAYS for word in words) or words[-1] in _FEAST_ENDS):
        return None  # "the New Year party", "the Boxing Day party": a feast's party, no body
    if cue is not None and not (
        cue.kind is ActorKind.person
        and (size > 3 or (has_cue(words) and not given_and_family_name(doc, position, last, words)) or acronym)
    ):
        # ("the Niger river": a river named as a state is, named with its word apart from the state)
        river_of = doc.gazetteer.lookup(words) if after == "river" else None
        state_river = river_of is not None and river_of.kind == "state"
        if (cue.takes_word or state_river) and following is not None:
            label = text[tokens[position].start : following.end]
            named = Candidate(position, last + 1, label, cue.kind, f"followed by '{after}'", cue.confidence)
            if after in _SITES_NAMED_FOR_THEIR_PLACE and not acronym:
                named.alias = name  # "the Zamzam camp" is "Zamzam" too: the site is called by its place's name
            # "the Assad regime"; not "the Nazi regime" (a word this common is a surname only when
            # the document writes it as one).
            if after in _LED_BY and size <= 3 and (size > 1 or words[0] in doc.surnames or zipf(words[0]) < 4.0):
                named.leader = Candidate(position, last, name, ActorKind.person, f"'{label}' is led by", 0.6)
            return named
        if after in _ELECTORAL_AREAS and (seat_at := _seat_after_for(tokens, position, last)) is not None:
            # "elected to the Sejm for the Elbląg constituency": the body one sits in, then the seat's place
            seat_name = text[tokens[seat_at].start : tokens[last].end]
            return Candidate(seat_at, last, seat_name, cue.kind, f"followed by '{after}'", cue.confidence)
        return Candidate(position, last, name, cue.kind, f"followed by '{after}'", cue.confidence)
    if (
        size >= 2
        and (words[-1] in MEASURE_HEADS or words[-1] in EVENT_HEADS or words[-1] in ARTEFACT_HEADS)
        and not body_for_an_aim(words)
    ):
        return None  # "Zorvak Composite", "Quell Peace Index": a measure; "Quell Film Awards": an event
    if size >= 2 and words[-2] in _POOL_WORDS and len(words[-1]) == 1 and words[-1].isalpha():
        return None  # "Elite Group C", "Pool B": a pool of sides in a competition, not a body
    if size >= 3 and words[-2] == "task" and words[-1] in ("force", "forces") and words[-3] in CRIME_TASK_FIELDS:
        return Candidate(position, last, name, ActorKind.organization, "a task force against a crime", 0.75)
    # "Joint Task Force Varnak", "Combined Joint Task Force Tremmin": up to two words qualify the opening.
    opening = next((k for k in range(min(3, size - 2)) if words[k : k + 2] in FORCE_OPENINGS), None)
    if opening is not None and words[opening + 2] not in FUNCTION_WORDS:
        # "Task Force Tremmin" is a force; "Task Force on Migration" is a panel.
        return Candidate(
            position, last, name, ActorKind.armed_force, f"'{words[opening]} {words[opening + 1]}' opens it", 0.75
        )
    base = _base_named_after(tokens, position, words)
    if base is not None:
        return Candidate(position, last, name, ActorKind.place, f"a base's name after '{base}'", 0.7)
    if size >= 4 and words[:2] in FORCE_OPENINGS and words[2] == "on":
        return Candidate(position, last, name, ActorKind.organization, "a panel named for its subject", 0.65)
    if denomination_church(doc, words):
        return Candidate(position, last, name, ActorKind.organization, "a denomination's church", 0.8)
    override = HEAD_AFTER_FIRST.get((words[-2], words[-1])) if size >= 2 else None
    if override is not None and override.kind is ActorKind.place and any(w in NAME_WORD for w in words[:-2]):
        override = None  # "Fuerzas Armadas del Sur": a body's word before "del Sur" names the body of that half
    if override is not None:
        return Candidate(
            position,
            last,
            name,
            override.kind,
            f"ends with '{tokens[last - 1].text} {tokens[last].text}'",
            override.confidence,
        )
    rare_owner = all(zipf(w) < _RARE_OWNER or w in NAME_PARTICLES for w in words[:-1])
    if size >= 2 and words[-1] == "exchange" and (ACRONYM.fullmatch(tokens[last - 1].text) or rare_owner):
        # ("Zarin Exchange", "Bayt al-Varn Exchange": a money exchanger named by rare words, no agenda's
        # "Knowledge Exchange")
        # "Cboe BZX Exchange": a market's code before the word names its operator, a firm
        how = f"ends with '{tokens[last - 1].text} {tokens[last].text}'"
        return Candidate(position, last, name, ActorKind.organization, how, 0.75)
    family = _person_with_place_surname(doc, position, last, words, previous)
    if family is not None:
        return Candidate(position, last, name, ActorKind.person, family, 0.6)
    if size == 2 and words[0] in _HEADING_ADJECTIVES and words[1] in COMPANY_HEADS:
        return None  # "Latest Developments", "Recent Investments": a heading's phrase, no firm
    if (
        _trade_gerund_heading(words)
        and doc.gazetteer.country_of_demonym(words[0]) is None
        and not _county_first(doc, position)
        and not (size >= 3 and previous in _FIRM_PREPOSITIONS)  # "finished sixth for Triple Crown Racing"
    ):
        # (Not after a people's adjective or a county: "Australian Humanitarian Partnership", "Lancashire
        # Local Nature Partnership" are bodies' names.)
        return None  # "Urban Planning", "Wedding Catering": a subject's heading, no firm
    if utility_firm(doc, words):
        return Candidate(position, last, name, ActorKind.organization, "a utility named for its region", 0.6)
    region_branch = _branch_named_for_region(words)
    if region_branch is not None:
        how = "a group's branch named for a region"
        return Candidate(position, last, name, region_branch.kind, how, region_branch.confidence)
    if size == 2 and tokens[position].text in _COUNTY_FIRST and _county_name(words[1]):
        # "Moate, Co Westmeath", "in County Mayo": an Irish county, its word first ("Co" is no company here).
        return Candidate(position, last, name, ActorKind.place, f"a county, after '{tokens[position].text}'", 0.7)
    if size <= 2 and previous == "of" and not has_cue(words) and _town_after_comma(doc, last):
        # "John Byrne, of Ballybricken, Waterford city,": an address, a district and then its town.
        return Candidate(position, last, name, ActorKind.place, "an address, before its town", 0.6)
    if 2 <= size <= 3 and words[-1] in _MARKET_HEADS and previous in _AT_A_MARKET and not has_cue(words[:-1]):
        # "traders at Gikomba Market": one sells at a market place ("the Single Market" is no place to stand in).
        return Candidate(position, last, name, ActorKind.place, f"a market's name after '{previous}'", 0.6)
    if size == 2 and words[-1] in _COURTS_AS_STREETS and previous == "on" and words[0] not in _COURT_KINDS:
        # "a house on Magnolia Court": one lives on a street; one appears before a court, or in it.
        return Candidate(position, last, name, ActorKind.place, "a street's name after 'on'", 0.65)
    if size >= 2 and words[-1] == "shire" and previous == "the":
        # "in the Tarnbrook Shire": an Australian council's land (not "Abdi Shire", a Somali family name)
        return Candidate(position, last, name, ActorKind.place, "'the' and a shire's name", 0.6)
    if size == 1 and _NGUNI_LOCATIVE.fullmatch(name):
        # "KwaMashu", "KwaNobuhle": Zulu and Xhosa name a township "at the place of" someone, no brand's casing
        return Candidate(position, last, name, ActorKind.place, "a township's 'Kwa' before its name", 0.65)
    if size >= 2 and tokens[last].text == "FM" and not _state_named(doc, words[:-1]):
        # "Tarnby Bay FM": a radio station by its band (not "Pakistan FM", a state's foreign minister)
        return Candidate(position, last, name, ActorKind.media, "a radio station's band, 'FM'", 0.65)
    head = head_at(words)
    head_token = tokens[position + head] if head is not None else tokens[last]
    for table, word, how in (
        (HEAD_WORD, words[head] if head is not None else "", f"ends with '{head_token.text}'"),
        (FIRST_WORD, words[0], f"starts with '{tokens[position].text}'"),
    ):
        row = table.get(word)
        # "Waller-Bridge" is a surname: a head word after a hyphen is part of a word, not a head.
        hyphened = table is HEAD_WORD and text[head_token.start - 1 : head_token.start] in "-‐"
        if (
            row is not None
            and row.kind is ActorKind.media
            and words[-1] in SERVICE_MEDIA_HEADS
            and size >= 2
            and is_camel_case(tokens[position].text)
        ):
            # "TransPennine Express", "ParcelForce Express": a brand's casing opens a carrier's name, no outlet's
            return Candidate(position, last, name, ActorKind.organization, "a brand's casing before its word", 0.6)
        if (
            row is not None
            and row.kind is ActorKind.media
            and words[-1] in SERVICE_MEDIA_HEADS
            and size >= 2
            and previous in ("a", "an")
            and tokens[position - 1].joined
        ):
            # "outside a Tesco Express", "a Spar Express": one of a chain's small shops (a paper takes "the")
            return Candidate(position, last, name, ActorKind.organization, "a chain's shop after 'a'", 0.55)
        if row is not None and row.kind is ActorKind.media and starts_with_given_name(doc, position, last, words):
            continue  # "Sally Post": a given name and a surname, not an outlet
        if table is HEAD_WORD and word in HEADS_IN_CAPITALS and not head_token.text.isupper():
            continue  # "Tovan Fa": a surname, not a football association's letters
        if (
            row is not None
            and row.kind is ActorKind.place
            and table is HEAD_WORD
            and size == 2
            and is_surname(words[-1])
            and starts_with_given_name(doc, position, last, words)
        ):
            continue  # "Helena Marsh", "Ada Ridge": a given name and a family name, not land
        if row is not None and row.kind is ActorKind.place and table is HEAD_WORD and _troops_after(doc, last):
            continue  # "Type Mountain infantry", "Desert warfare": land's word as the troops' kind, no place
        particle_before_head = size >= 3 and head == size - 1 and words[-2] in PERSON_PARTICLES
        if row is not None and row.kind is ActorKind.place and table is HEAD_WORD and particle_before_head:
            continue  # "Piet Van Dam", "Lena von Bruck": a family name with its particle, not land
        if row is not None and row.kind is ActorKind.media and words[-1] == "express" and _carriers_word(words):
            # "Ocean Network Express", "Tarvel Parcel Express": a carrier's fast service, no paper
            return Candidate(position, last, name, ActorKind.organization, "a carrier's 'Express'", 0.6)
        if row is not None and row.kind is ActorKind.media and family_name_before_outlet_word(doc, position, words):
            # "Heath Ledger": a rare family name (used as a given name too) before a word that is
            # also a surname: a person, not an outlet ("Washington Post", "Bangkok Post" are places).
            return Candidate(position, last, name, ActorKind.person, f"a name '{tokens[position].text}' first", 0.5)
        if (
            table is FIRST_WORD
            and row is not None
            and row.kind is ActorKind.place
            and any(NAME_WORD.get(w, row).kind is ActorKind.organization for w in words[1:])
        ):
            continue  # "Deir Varna Military Council", "Port Authority": a body named after a place
        if (
            table is FIRST_WORD
            and words[0] in _SHORT_PLACE_WORDS
            and text[tokens[position].end : tokens[position].end + 1] != "."
        ):
            continue  # "Mt. Apo" is a mountain, "MT Kestrel Dawn" a motor tanker: the stop makes the word a place's
        if (
            row is not None
            and table is HEAD_WORD
            and words[-1] in _PHRASE_HEADS
            and size == 2
            and zipf(words[0]) >= _PHRASE_ROW
        ):
            continue  # "Death Row", "Front Row": a phrase, not a street
        if row is not None and row.kind is ActorKind.place and table is HEAD_WORD and _body_after_which(doc, last):
            # "Kestrel Ridge, which also owns the bakery Crumbwell": land owns nothing; a firm does.
            return Candidate(position, last, name, ActorKind.organization, "', which' and what a body does", 0.6)
        if row is not None and table is HEAD_WORD and words[-1] in STREET_HEADS and _trade_named(doc, position, last):
            # "the broker Fenchurch Row": a firm named after a street, by the trade's noun before it.
            return Candidate(position, last, name, ActorKind.organization, f"'{previous} {name}'", 0.6)
        branch = row is not None and row.kind is ActorKind.place and table is HEAD_WORD
        if branch and _branch_of_letters(doc, position, words):
            # "HSE Mid West", "TUSLA South": a body's letters, then the quarter of the land its branch serves
            return Candidate(position, last, name, ActorKind.organization, "a body's letters, then a quarter", 0.6)
        if row is not None and size > 1 and not hyphened:
            return Candidate(position, last, name, row.kind, how, row.confidence)
    if size > 2 and any(w in VENUE_WORDS or w in ("hotel", "resort") for w in words[1:-1]) and not has_cue(words):
        # "Jinmao Hotel Lijiang": a hotel named with its town.
        return Candidate(position, last, name, ActorKind.place, "a venue's word inside", 0.7)
    if size >= 2 and words[-1] in STREET_HEADS_AFTER_ON and previous in STREET_PREPOSITIONS and previous != "of":
        return Candidate(position, last, name, ActorKind.place, f"a street's name after '{previous}'", 0.65)
    if (
        size >= 2
        and words[-1] in BODY_HEADS_AFTER_A_NAME
        and (
            zipf(words[0]) < _RARE_OPENER
            or _served_plural(words)
            or (words[-1] == "unit" and any(w in UNIT_TASKS for w in words[:-1]))
        )
    ):
        # "Sandgate Advice", "Brennock Building Research Unit": a service or a unit named for its town or
        # founder; not "Legal Advice", "Intensive Care Unit" (common words first: a phrase). "Citizens
        # Advice", "Tenants Advice": a service named for the people it serves.
        return Candidate(position, last, name, ActorKind.organization, f"a body's name ending '{words[-1]}'", 0.6)
    if (
        size in (2, 3)
        and words[-1] in SCHOOL_HEADS_AFTER_A_NAME
        and previous != "the"
        and (zipf(words[0]) < _RARE_OPENER or words[0] in ("st", "saint"))
    ):
        # "pupils at Tarnby High", "St Osric's Primary": a school named by its town or saint and its stage.
        return Candidate(position, last, name, ActorKind.organization, f"a school's name ending '{words[-1]}'", 0.6)
    before_the = tokens[position - 2].folded if previous == "the" and position >= 2 else ""
    if size >= 2 and words[-1] in ROUTE_HEADS and "along" in (previous, before_the):
        return Candidate(position, last, name, ActorKind.place, "a route's name after 'along'", 0.6)
    if size >= 2 and words[-1] in SITE_HEADS and previous in ("at", "near") and not has_cue(words[:-1]):
        return Candidate(position, last, name, ActorKind.place, f"a site's name after '{previous}'", 0.6)
    street = tokens[last].text.casefold()
    hyphened = last > position and text[tokens[last].start - 1 : tokens[last].start] in "-‐"
    # "Lindenallee" is one word; after a hyphen the street's noun stands alone ("Karl-Marx-Allee"), since
    # a hyphened word that only ends so is a double family name ("Sandhu-Lavallee")
    compound = not street.startswith(STREET_SUFFIXES)
    if street.endswith(STREET_SUFFIXES) and (
        (street in STREET_SUFFIXES or street.endswith(_STREETS_IN_ANY_WORD)) if hyphened else compound
    ):
        return Candidate(position, last, name, ActorKind.place, "a street's name", 0.7)
    if (
        size == 1
        and words[0] in LANDMARK_HEADS
        and previous == "the"
        and position >= 2
        and tokens[position - 2].folded in PLACE_PREPOSITIONS
        and not at_start
    ):
        # "return to the Gulf", "across the Channel": a sea or a region known by its head word.
        return Candidate(position, last, name, ActorKind.place, f"'{tokens[position - 2].text} the {name}'", 0.5)
    if size == 1 and words[0] in BODIES_BY_HEAD and not at_start and not tokens[position].text.isupper():
        # "Coalition forces", "members of the Alliance": the body itself, or a longer name's short form.
        return Candidate(position, last, name, ActorKind.organization, "a body named by its head word", 0.5)
    if size == 1 and words[0] in KNOWN_MEDIA:
        return Candidate(position, last, name, ActorKind.media, "a news outlet's name", 0.8)
    outlet = outlet_cue(doc, position, last, words) if not has_cue(words) and not acronym else None
    if outlet is not None:
        # "told Politico", "writing for the Capitol Ledger", "Bloomberg reported": a news outlet.
        return Candidate(position, last, name, outlet[0].kind, outlet[1], outlet[0].confidence)
    letters = outlet_letters_cue(doc, position) if acronym and size == 1 else None
    if letters is not None:
        # "the broadcaster RUV", "IRNA news agency": an outlet's letters next to its noun.
        return Candidate(position, last, name, letters.kind, "an outlet's letters next to its noun", letters.confidence)
    met = _met_in(doc, position, words)
    if met is not None:
        return met
    org_word = next((w for w in words if w in NAME_WORD), None)
    if org_word is not None and size == 1 and is_common_word(org_word, True):
        # "the Coalition", "the Department": a short form of a longer name in the text, or nothing.
        short = Candidate(position, last, name, ActorKind.organization, "a short form", 0.4)
        short.short_form_only = True
        return short
    if org_word is not None and size == 2 and words[-1] in TITLES and words[0] == org_word:
        return None  # "Group President", "Bank Director": a post in a body the text names elsewhere
    if org_word is not None:
        return Candidate(
            position,
            last,
            name,
            ActorKind.organization,
            "an organisation's word in its name",
            NAME_WORD[org_word].confidence,
        )
    if acronym and _hull_number(doc, position):
        return None  # "USCGC Varn (WPC 1161)": the letters of a ship's hull number, not a body
    if acronym and size == 1 and words[0] not in doc.defined and spelled_out_as_post(text, tokens[position].text):
        return None  # "the PM" beside "the Prime Minister": a post's letters, its holder drafted by the post
    if acronym and size == 1 and _model_code_before_its_noun(doc, position):
        return None  # "a new A20 Bionic chip", "its X7 processor": a model's code, not a body
    if acronym and size == 1 and _ticker_in_brackets(doc, position):
        return None  # "Tesla (TSLA) fell": a share's ticker, the firm is named before it
    if size == 1 and _listing_code_in_brackets(doc, position):
        return None  # "Harwell Bancorp (HWB.N) reported": a wire's code of the share and its exchange
    if acronym and size == 1 and _after_ticker_word(doc, position):
        return None  # "under the ticker QFP", "the symbol VLX": a share's code, not a body
    if acronym and _file_format(doc, position, last):
        return None  # "EPUB and PDF files", "the MP3 format": a file's format, no body
    if acronym and size == 1 and _CATALOGUE_NUMBER.match(text, tokens[last].end):
        return None  # "LHS 7021 b", "GJ 1214": a star's or a planet's entry in a catalogue, no body
    if acronym and _MEASURE_BEFORE.search(text, max(0, tokens[position].start - 12), tokens[position].start):
        return None  # "6.7in OLED", "27in IPS": a device's spec after a size, no body
    if acronym and speaker_label(doc, position):
        # "[00:01:09] FENELLA: ...": a transcript's speaker, a person
        turn = Candidate(position, last, name, ActorKind.person, "a speaker's turn in a transcript", 0.6)
        turn.canonical = full_name_of_speaker(doc, name)
        turn.alias = name if turn.canonical else None
        return turn
    if (dated := capitals_dateline(doc, position, last)) is not None:
        return dated  # "HARBOR CITY — Riders will pay ...": the town the story is filed from
    if acronym and len(words[0]) >= 2:
        return Candidate(position, last, name, ActorKind.organization, "an acronym", 0.6)
    both_acronyms = size == 2 and all(ACRONYM.fullmatch(tokens[k].text) for k in (position, last))
    if both_acronyms and (all(word in TERM_ACRONYMS for word in words) or " ".join(words) in doc.terms):
        # "UCITS ETF", "HDR OLED", "one-way attack unmanned aerial systems (OWA UAS)": terms, no body ("UN OCHA"
        # keeps its body's letters)
        return None
    if both_acronyms and not doc.technical:
        # "EUTM RCA", "UN OCHA": two acronyms, a body and the place or body it belongs to.
        return Candidate(position, last, name, ActorKind.organization, "two acronyms", 0.55)
    if size >= 3:
        particle = next(
            (k for k in range(position + 1, last) if words[k - position] in PERSON_PARTICLES and _particle_at(doc, k)),
            None,
        )
        if particle is not None:
            row = PERSON_PARTICLES[tokens[particle].folded]
            how = f"'{tokens[particle].text}' inside the name"
            return Candidate(position, last, name, row.kind, how, row.confidence)
        if words[0] in PERSON_OPENERS:
            row = PERSON_OPENERS[words[0]]
            return Candidate(position, last, name, row.kind, f"starts with '{tokens[position].text}'", row.confidence)
    if _capitalised_small_word_inside(doc, position, last, previous):
        # "the Campaign Against Arms Trade": a small word in capitals names a body, common words or not
        return Candidate(position, last, name, ActorKind.organization, "a small word in capitals inside", 0.55)
    if size >= 2 and _member_of_the(doc, position):
        # "a member of the Varnish Economic Area": what one is a member of, named by ordinary words.
        return Candidate(position, last, name, ActorKind.organization, "after 'member of the'", 0.55)
    if size >= 2 and _spelled_by_acronym(doc, position, last):
        # "the European Peace Facility (EPF)": ordinary words, but the acronym after them makes them a name.
        return Candidate(position, last, name, ActorKind.organization, "ordinary words spelled by an acronym", 0.6)
    content = [w for w in words if w not in NAME_GLUE]
    if size <= 4 and _body_after_which(doc, last):
        # "United Utilities, which owns the land": ordinary words, but what follows is what a body does.
        return Candidate(position, last, name, ActorKind.organization, "', which' and what a body does", 0.6)
    if _firm_speaks(doc, position, last, words):
        return Candidate(position, last, name, ActorKind.organization, "a firm's common words that speak", 0.55)
    if size >= 3 and after == "mission" and tokens[last].joined and not doc.technical:
        # "the Multinational Security Support mission": a mission named in capitals before its lower-case head
        # (not one word: "the Apollo mission" is a flight)
        return Candidate(position, last, name, ActorKind.organization, "a mission's name before 'mission'", 0.55)
    if size >= 2 and _dividing_line(doc, position, words):
        # "along the Blue Line", "north of the Green Line": a line that divides lands, named in ordinary words
        return Candidate(position, last, name, ActorKind.place, "a dividing line ('along the X Line')", 0.55)
    if (
        size == 2
        and previous == "the"
        and (words[0] in COMPASS_HEADS or words[0] == "mid")
        and words[1] in COMPASS_HEADS
        and text[tokens[position].end : tokens[last].start] == "-"
    ):
        # "violence in the North-West", "hospitals in the Mid-West": two compass words (or "Mid" and one)
        # joined by a hyphen after "the" name a land's quarter
        return Candidate(position, last, name, ActorKind.place, "a land's quarter ('the North-West')", 0.55)
    if (
        size >= 2
        and words[0] in _SAINTS_OPENING
        and (
            (previous in PLACE_PREPOSITIONS and previous != "to")  # "prayed to St Jude": the saint
            or _SAINTS_LISTED_AFTER_PREPOSITION.search(
                text, max(0, tokens[position].start - 80), tokens[position].start
            )
        )
        and position not in doc.sentence_first
        and not has_cue(words)
        and not _SAINTS_BUILDING_AFTER.match(text, tokens[last].end)  # "a fire in St Quellan's church"
    ):
        # "homes in St Philip", "in St Philip, St George and St Lucy": a town or a parish named for its saint (no
        # saint lives "in" one); the saint's common given name does not make a phrase of ordinary words.
        if _POSSESSIVE_TOWN_END.match(text, tokens[last].end):
            name += text[tokens[last].end : tokens[last].end + 2]  # "signed in St George's in 1996"
        return Candidate(position, last, name, ActorKind.place, "a saint's town or parish after a preposition", 0.5)
    if all(is_common_word(w, w in doc.lower_case) for w in content):
        return None  # capitalised ordinary words ("Thanks", "Blue") with no cue
    if (
        all(zipf(w) >= 3.0 for w in content)
        and any(w.endswith(_TERM_SUFFIXES) for w in content)
        and not (2 <= size <= 3 and is_given_name(words[0]) and is_surname(words[-1]))  # "Dolores Vance"
    ):
        return None  # a capitalised term ("Cessation of Hostilities", "Executive Order"), not a name
    acronym_first = len(tokens[position].text) >= 3 and ACRONYM.fullmatch(tokens[position].text) is not None
    rest = [(position + i, w) for i, w in enumerate(words) if i > 0]
    if size in (2, 3) and words[0] in STATION_PREFIXES and tokens[position].text.isupper() and not doc.technical:
        # "RAF Varnley", "RNAS Tremmin Down": the station, a place (a force's own word has a cue, found above)
        return Candidate(position, last, name, ActorKind.place, "a station's acronym opens it", 0.6)
    if size in (2, 3) and _dotted_initials_before_name(doc, position, last):
        # "K.R. Raghavendra", "P.S. Narayanaswamy": a person's initials written together, then the name
        return Candidate(position, last, name, ActorKind.person, "initials before a family name", 0.55)
    if (
        size in (2, 3)
        and acronym_first
        and words[0] not in SHIP_PREFIXES
        and words[0] not in KNOWN_MEDIA  # "CNN Newsroom": an outlet's programme (`draft_evidence`)
        and not doc.technical
        and all(zipf(w) < _RARE_AFTER_ACRONYM and not ACRONYM.fullmatch(tokens[k].text) for k, w in rest)
    ):
        # "EUNAVFOR Aspides", "EUCAP Sahel": a body's acronym, then the name of its mission.
        return Candidate(position, last, name, ActorKind.organization, "a body's acronym opens it", 0.5)
    if 2 <= size <= 4 and beside_title(doc, position, last) and weak_person(doc, position, last, words):
        return Candidate(position, last, name, ActorKind.person, "a name beside a title", 0.8)
    if size <= 3 and (home := _home_town_apposition(doc, position, last)) is not None:
        # "Thaddeus Oyelaran, of Holbeach, said": a person, then the town they come from.
        kind = ActorKind.place if home == "town" else ActorKind.person
        if kind is ActorKind.place or weak_person(doc, position, last, words):
            return Candidate(position, last, name, kind, f"', of {home}, said'", 0.6)
    if 2 <= size <= 3 and _court_role_after(doc, last) and weak_person(doc, position, last, words):
        # "Ignatius Crale, defending, said": counsel named with their side in court.
        return Candidate(position, last, name, ActorKind.person, "a role in court after it", 0.65)
    if (
        2 <= size <= 3
        and _AGE_BEFORE.search(text, max(0, tokens[position].start - 20), tokens[position].start)
        and weak_person(doc, position, last, words)
    ):
        # "Young handler of the day was 13-year-old Elowen Coldrick": only a person has an age in years.
        return Candidate(position, last, name, ActorKind.person, "an age in years before it", 0.7)
    if size == 1 and len(words[0]) > len(_SHIRE) + 2 and words[0].endswith(_SHIRE) and tokens[position].text.istitle():
        # "Derbyshire", "Pembrokeshire": an English or Welsh county by its ending.
        return Candidate(position, last, name, ActorKind.place, "a county's ending", 0.7)
    if size <= 4 and _body_after_which(doc, last):
        return Candidate(position, last, name, ActorKind.organization, "', which' and what a body does", 0.6)
    if (
        size <= 3
        and previous == "its"
        and after in _PARTS_OF_A_FIRM
        and doc.gazetteer.lookup(words) is None
        and doc.gazetteer.country_of_demonym(words[0]) is None
    ):
        # "which it installs through its Warmwell subsidiary": a firm's own firm (not "its Kenya unit")
        return Candidate(position, last, name, ActorKind.organization, f"its '{after}'", 0.6)
    if size <= 4 and _OTHER_FIRMS_AFTER.match(text, tokens[last].end):
        # "the collapse of Bulb and more than 20 other companies": one of the firms counted after it
        return Candidate(position, last, name, ActorKind.organization, "counted with other firms", 0.6)
    if (
        size <= 4
        and last + 2 < len(tokens)
        and text[tokens[last].end : tokens[last + 1].start] == ", "
        and tokens[last + 1].text == "whose"
        and tokens[last + 2].folded in WHOSE_FIRM_NOUNS
        and tokens[last + 1].joined
    ):
        how = f"followed by ', whose {tokens[last + 2].text}'"
        return Candidate(position, last, name, ActorKind.organization, how, 0.6)  # "Calloway Brandt, whose analyst"
    if size <= 4 and last + 1 < len(tokens) and text[tokens[last].end : tokens[last + 1].start] == ", ":
        comma_cue = AFTER_COMMA.get(tokens[last + 1].folded)
        person_cue = comma_cue is not None and comma_cue.kind is ActorKind.person
        named_land = _land_no_one_is_named(doc, words) if person_cue else None
        if named_land is not None:
            # "Queensland, who made 356": the land (its side, its people), which the gazetteer names
            how = f"gazetteer: {named_land.name}, followed by ', {tokens[last + 1].text}'"
            if named_land.kind == "state":
                return Candidate(position, last, name, ActorKind.state, how, 0.6, canonical=named_land.name)
            return Candidate(position, last, name, ActorKind.place, how, 0.6, gazetteer_name=named_land.name)
        # "MP for Newcastle Central, who": what a preposition governs is no person named.
        if (
            comma_cue is not None
            and comma_cue.kind is ActorKind.person
            and (
                previous in ("for", "in", "at", "near")
                or not speaker(doc, position, last, words)
                or _town_closing_an_address(doc, position)
            )
        ):
            comma_cue = None
        if comma_cue is not None:
            how = f"followed by ', {tokens[last + 1].text}'"
            return Candidate(position, last, name, comma_cue.kind, how, comma_cue.confidence)
    if any(
        len(tokens[k].text) == 1
        and not _hyphened_connector(text, tokens, k)
        and not _middle_initial(doc, position, k, last)
        for k in range(position, last + 1)
    ):
        return None  # "Boudewijn P", "B Goldkapsel": an initial cut from a name (a list of authors, a label)
    could_be_person = weak_person(doc, position, last, words)
    if size == 1 and _town_by_what_it_has(doc, last, words[0]):
        # "Pellowby's library will close", "Tarnby's residents": what a town has after its possessive.
        return Candidate(position, last, name, ActorKind.place, f"'{tokens[last + 1].text}' after its possessive", 0.55)
    if size >= 2 and tokens[position].text == "HM" and tokens[position + 1].text.istitle():
        # "HM Revenue and Customs", "HM Land Registry": His (Her) Majesty's department, a body of the Crown.
        return Candidate(position, last, name, ActorKind.organization, "a Crown body's 'HM'", 0.6)
    if (
        size == 2
        and words[0] == "team"
        and tokens[position].text == "Team"
        and (tokens[last].text.isupper() or zipf(words[1]) < _TEAM_NAME_WORD)
        and not is_title(words[1])
    ):
        # "for Team Penhallow", "Team GB": a team named by "Team" and its sponsor's, owner's or nation's name
        # (not "Team Leader", "Team Sports").
        return Candidate(position, last, name, ActorKind.organization, "'Team' before its name", 0.6)
    if (
        size == 2
        and doc.text[tokens[position].end : tokens[last].start] in ("'s ", "’s ")
        and words[-1] in SETTLEMENT_HEADS
        and tokens[last].text.istitle()
    ):
        # "Tanner's Yard", "Hobbard's Green": a family's possessive before a place's head names the place.
        return Candidate(position, last, name, ActorKind.place, f"a possessive before '{tokens[last].text}'", 0.55)
    if (
        (2 <= size <= 3 or (size == 1 and _following_word(doc, last) in _SHOP_NOUNS))
        and (shop := _shop_phrase_before(doc, position)) is not None
        and not _about_software(doc, position, last)
    ):
        # ("sold at Quellmart stores": one word is a shop's name when its shops' noun follows.)
        # "sold at John Lewis", "customers at Marsden Hobb": one shops at a store, even one named for its founder.
        return Candidate(position, last, name, ActorKind.organization, f"a shop, after '{shop}'", 0.65)
    if (
        size >= 3
        and words[-2] in _HOSPITAL_HEADS
        and (town := doc.gazetteer.lookup(words[-1:])) is not None
        and town.kind == "place"
    ):
        # "Mercy Hospital Tarnby", "Royal Infirmary Quellbridge": a hospital named with the town it serves
        return Candidate(position, last, name, ActorKind.organization, "a hospital and its town", 0.6)
    if (
        2 <= size <= 3
        and words[-1] in doc.alone
        and not is_given_name(words[0])
        and _plural_alone_after_the(doc, words[-1])
    ):
        # "The Winnipeg Jets have traded ... drafted by the Jets": a team's (or a band's) short name after "the"
        return Candidate(position, last, name, ActorKind.organization, "a plural short name after 'the'", 0.6)
    if (
        2 <= size <= 3
        and words[-1] in doc.alone
        and could_be_person
        and not (not is_given_name(words[0]) and _alone_as_a_place(doc, words[-1]))
        and not (words[-1] in doc.lower_case and not _alone_mid_sentence(doc, words[-1]))
        and not _plural_alone_after_the(doc, words[-1])
    ):
        return Candidate(position, last, name, ActorKind.person, "a name whose last word is used alone", 0.6)
    if size <= 3 and _speaker_employer(doc, position, last, words):
        # "At Quorwin Tessel, Renata Holm said": the firm (or school) the speaker after it speaks for.
        return Candidate(position, last, name, ActorKind.organization, "'At' it, before a speaker", 0.55)
    if 2 <= size <= 3 and _employer_of_staff_at(doc, position, words):
        # "Analysts at Peel Hunt said": where the analysts work, though its words read as a person's name.
        how = f"after '{tokens[position - 2].text} {tokens[position - 1].text}'"
        return Candidate(position, last, name, ActorKind.organization, how, 0.55)
    if size <= 3 and previous == "of" and _job_holder_before_of(doc, position) and doc.gazetteer.lookup(words) is None:
        # "Analyst Gareth Lindqvist of Pemberton Ashe said": the firm the analyst works at.
        return Candidate(position, last, name, ActorKind.organization, "the employer of a job's holder", 0.6)
    if size == 2 and previous == "the" and words[-1] in PARTS_OF_A_BUILDING and tokens[last].text.istitle():
        # "the Rowan Unit", "the Hollis Wing": part of a hospital, named after a tree or a founder.
        return Candidate(position, last, name, ActorKind.organization, f"the '{tokens[last].text}' of a building", 0.55)
    if 2 <= size <= 3 and could_be_person and _member_of_a_party(doc, position):
        # "Labor's Tamsyn Breakwell held the seat": a party's possessive before its member's name.
        how = f"after '{tokens[position - 1].text}'s', a party's member"
        return Candidate(position, last, name, ActorKind.person, how, 0.6)
    if (
        2 <= size <= 3
        and previous == "near"
        and could_be_person
        and not any(is_surname(word) or is_given_name(word) for word in words[1:])
    ):
        # "ambushed near Sam Ouandja": what lies near is a place; a given name opening it is a town's word
        # there (a person stood near has a family name the lists know: "seated near Sam Whitfield")
        return Candidate(position, last, name, ActorKind.place, "after 'near'", 0.55)
    if (
        2 <= size <= 3
        and could_be_person
        and starts_with_given_name(doc, position, last, words)
        and not _plural_common_noun(words[-1])  # "the Summer Holidays", "Ruby Weddings": a season's or a feast's
    ):
        return Candidate(position, last, name, ActorKind.person, f"a given name '{tokens[position].text}'", 0.6)
    if 3 <= size <= 4 and vietnamese_name_at(tokens, position) and words[-1] not in HEAD_WORD:
        # (not `could_be_person`: the family name is often an everyday word, "Do", "Le", "Ho")
        return Candidate(position, last, name, ActorKind.person, "a Vietnamese family and middle name", 0.6)
    if size == 4 and could_be_person and english_then_chinese_name(doc, position, last, words):
        return Candidate(position, last, name, ActorKind.person, "an English and a Chinese name", 0.6)
    if size >= 4 and could_be_person and chained_name(doc, position, last, words):
        # "Hamza Ramadan Muftah Bu-Khuraiss": a given name, the father's and grandfather's, a family name.
        return Candidate(position, last, name, ActorKind.person, "a chain of given names", 0.55)
    if (
        size == 3
        and (
            previous in _IN_A_PLACE
            or (previous == "of" and tokens[position - 2].folded in PLACE_NOUNS | _PARTS_OF_A_PLACE)
        )
        and tokens[position + 1].text == "St"
        and not is_given_name(words[0])
        and position not in doc.sentence_first
    ):
        # "the edge of Oakhanger St Giles", "homes in Tarrant St Mary": a village named with its church's
        # saint (no person's name has "St" inside it).
        return Candidate(position, last, name, ActorKind.place, "a village with its saint's name", 0.55)
    if (
        2 <= size <= 3
        and previous in _IN_A_PLACE
        and not is_given_name(words[0])
        and position not in doc.sentence_first
        and ends_with_surname(doc, position, last, words)
        and not _longer_phrase_before(doc, position)  # "shares in Tarrow Keane": what a market trades
    ):
        # "injured in Hartley Green", "homes near Varnley Brook": one lives in a place, not in a person.
        return Candidate(position, last, name, ActorKind.place, f"after '{previous}', no given name", 0.5)
    if (
        size == 2
        and words[-1] in SETTLEMENT_HEADS
        and tokens[last].text.istitle()
        and not is_given_name(words[0])
        and not _person_cue_around(doc, position, last)
    ):
        # "reached Pellinger Cross", "residents of Hobbard Meadows": with no given name and no one speaking,
        # a place's head word that is a family name too ends a place's name.
        return Candidate(position, last, name, ActorKind.place, f"a place's head '{tokens[last].text}'", 0.5)
    if (
        size == 2
        and words[0].endswith("ing")
        and not is_given_name(words[0])
        and not is_surname(words[0])  # "Fleming", "Manning"
        and zipf(words[0]) < WORD_ALONE  # "Darling Smith": a word this common is a person's name too
        and position not in doc.sentence_first
        and words[0] not in doc.lower_case
        and ends_with_surname(doc, position, last, words)
    ):
        # "the road to Chipping Norton", "Pilling Lane": an old English "-ing" opens a town's name; no given
        # name is a word in "-ing" before a family name.
        return Candidate(position, last, name, ActorKind.place, f"a place's '{tokens[position].text}' first", 0.5)
    if size == 2 and (compass_part := _compass_part_of_town(doc, position, last, words)) is not None:
        return compass_part
    if (
        2 <= size <= 3
        and previous in _BODY_NOUNS_BEFORE_A_LONGER_NAME
        and tokens[position - 1].text.islower()
        and not is_given_name(words[0])
        and _trade_before(doc, position, last)
    ):
        # "advised by law firm Pellow Varn, which": a firm named like two surnames after its trade's noun
        return Candidate(position, last, name, ActorKind.organization, f"'{previous} {name}'", 0.6)
    if 2 <= size <= 3 and could_be_person and ends_with_surname(doc, position, last, words):
        return Candidate(position, last, name, ActorKind.person, f"a family name '{tokens[last].text}'", 0.55)
    giver = _giver_after(doc, position, words) if size == 1 else None
    if giver is not None:
        # "chips from Nvidia", "orders from Boeing": goods or money come from their maker or giver;
        # "credit monitoring through Varnex": a service comes through the firm that provides it
        return Candidate(position, last, name, ActorKind.organization, giver, 0.55)
    if size == 1 or (size == 2 and words[0] in ARABIC_ARTICLES):  # "near Al Hawl" as "near Hawl"
        # "... Varn Province.\n\nDate:": the word before must stand in the same phrase.
        previous_cue = PREVIOUS_WORD.get(previous) if position > 0 and tokens[position - 1].joined else None
        if previous in _TOWARDS and position >= 2 and tokens[position - 1].joined and tokens[position - 2].joined:
            movers = MOTION_BEFORE_TO if previous == "to" else MOTION_BEFORE_TOWARDS
            mover = tokens[position - 2]
            previous_cue = AFTER_MOTION_TO if mover.folded in movers and mover.text.islower() else None
        inner_capital = any(ch.isupper() for ch in tokens[position].text[1:]) and not acronym
        # "in PyOxidizer" is software, "in Rust" a language: a cue of place is weak for them.
        # "from Varnak's cruelty": the preposition governs what is Varnak's, not Varnak.
        possessive = text[tokens[last].end : tokens[last].end + 2] in ("'s", "’s")
        if previous_cue is not None and _taken_on(doc, position, last, words):
            # "called in Mandora to investigate": a firm taken on ("brought in Ilse" would be a person)
            how = f"taken on, after '{tokens[position - 2].text} in'"
            return Candidate(position, last, name, ActorKind.organization, how, 0.5)
        if (
            previous_cue is not None
            and previous_cue.kind is ActorKind.place
            and _given_name_of_a_full_name(doc, position)
        ):
            # "confidence in Ilse" beside "MPP Ilse Varnhagen": her given name, no place
            return Candidate(position, last, name, ActorKind.person, "a given name opening a name in the text", 0.5)
        if (
            previous_cue is not None
            and not doc.technical  # "in Django", "from Clippy": on a page with code, tools
            and not (previous == "in" and position >= 2 and tokens[position - 2].folded in MONEY_BEFORE_IN)
            # "transactions from Barclays": goods or money come from a maker or a bank, not a place
            and not (previous == "from" and position >= 2 and tokens[position - 2].folded in GOODS_BEFORE_FROM)
            and not plural_of_word(words[-1])  # "in Frontiers in Ecology": a title's word
            and not _longer_phrase_before(doc, position)  # "analysts at Varnak": the phrase says more
            and not _speaker_employer(doc, position, last, words)  # "At Varnak, Ilse Holm said": her firm
            and not inner_capital
            and not possessive
            and zipf(words[-1]) < WORD_ALONE
            and cased_as_place(doc, words[-1])
            and words[-1] not in doc.lower_case  # "in Django" beside "pip install django": a tool
        ):
            return Candidate(position, last, name, previous_cue.kind, f"after '{previous}'", previous_cue.confidence)
        if previous == "in" and position >= 2 and tokens[position - 2].folded in MONEY_BEFORE_IN:
            return None  # "a ransom in Monero": a currency or a coin
        if after_place_noun(doc, position) and not doc.technical:
            return Candidate(position, last, name, ActorKind.place, "in a list after a place noun", 0.6)
    context = _context_cue(doc, position, last)
    if (
        context is not None
        and size == 1
        and len(words[0]) > 3
        and not is_title(words[0])
        and zipf(words[0]) < WORD_ALONE
        and words[0] not in doc.lower_case
    ):
        # "the fight against Varnak", "Varnak-held": the words around it say what it is.
        return Candidate(position, last, name, context[0].kind, context[1], context[0].confidence)
    if size == 1 and context is not None and _common_word_after_membership(doc, position, words[0]):
        # "Members of Unite at Tarnby Buses": one is a member of a body, whatever ordinary word names it.
        return Candidate(position, last, name, ActorKind.organization, context[1], 0.55)
    if size == 1 and _firm_before_its_service(doc, position, words[0]):
        # "passengers on Stagecoach buses": a capitalised ordinary word before what only a firm runs.
        return Candidate(position, last, name, ActorKind.organization, f"before '{after}' it runs", 0.55)
    if size <= 3 and _kin_named_after_its_noun(doc, position):
        # "whose son Chanda is missing", "her daughter Ama": one's kin is a person, whatever town shares the name
        return Candidate(position, last, name, ActorKind.person, f"kin, after '{tokens[position - 1].text}'", 0.6)
    if size <= 2 and (residents_town := _town_of_a_resident(doc, position, last, words)) is not None:
        # "A Springfield man faces charges": a town the gazetteer knows, before one of its people
        return Candidate(
            position,
            last,
            name,
            ActorKind.place,
            f"a town before '{tokens[last + 1].text}'",
            0.6,
            gazetteer_name=residents_town,
        )
    city = city_named_by_document(doc, position) if size == 1 and zipf(words[0]) >= WORD_ALONE else None
    if city is not None:
        return city  # "the Geneva communiqué", "the Geneva talks": the city the document is named after
    if size == 1 and (again := dateline_town_again(doc, position)) is not None:
        return again  # "between Lae and Nadzab" below the dateline "LAE:"
    # ("al-Hol": after a lower-case Arabic article a short word is a name's, never an English word)
    short_word = len(words[0]) <= 3 and not _lower_article_before(doc, position)
    if size == 1 and (short_word or is_title(words[0]) or zipf(words[0]) >= WORD_ALONE):
        return None  # "Com", "Ministers", "Ecology": a short word, a title or a word that nothing explains
    place = doc.gazetteer.lookup(words)
    if place is not None and place.kind == "place" and size == 1 and _opens_a_firms_name(doc, position):
        # "Trafalgar Metals AG ... Trafalgar will": a town's name with no cue, that opens a firm's name
        # elsewhere in the text, is the firm's short form.
        return Candidate(position, last, name, ActorKind.organization, "the short form of a firm's name", 0.5)
    if (
        place is not None
        and place.kind == "place"
        and not doc.technical  # "Perl" is no Pearl, Mississippi, on a page about languages
        and not possessive_before_name(doc, last)  # "Anda's Game": a work's title
        and zipf(words[0]) < WORD_ALONE
        and (not alternate_spelling(place, words) or near_spelling(place, words[-1]))
        # "Zara" for Zadar: another spelling that is someone's given name (or a shop's) is not the town
        and not (alternate_spelling(place, words) and is_given_name(words[0]))
        and not before_given_name(doc, last)
    ):
        # Nothing says what else it could be, and the gazetteer knows a place of that name.
        where = f", {place.country}" if place.country else ""
        found_by = f"gazetteer: {place.name}{where} {NO_OTHER_CUE}"
        return Candidate(position, last, name, ActorKind.place, found_by, 0.5, gazetteer_name=place.name)
    if context is not None:
        return Candidate(position, last, name, context[0].kind, context[1], context[0].confidence)
    # "in Tal Quistar", "near Hammam al-Varn": a name of rare words after a preposition of place
    # ("in Google Play", "at Stack Overflow" have common words).
    if doc.technical:
        return None  # on a page with code, a name nothing explains is a tool's or a product's
    if (
        size == 2
        and words[1] in _COMPASS_ENDINGS
        and (previous in PLACE_PREPOSITIONS or previous == "for")
        and zipf(words[0]) < WORD_ALONE
        and not is_given_name(words[0])
    ):
        # "MP for Dunmere South", "homes in Varnley East": a ward, a seat or a part of a town.
        return Candidate(position, last, name, ActorKind.place, f"a compass word ends it, after '{previous}'", 0.55)
    if (
        2 <= size <= 3
        and (
            (previous == "from" and tokens[position - 2].folded in PLAY_BEFORE_FROM)
            or (previous == "through" and tokens[position - 2].folded in SCORED_BEFORE_THROUGH)
        )
        and doc.sports
        and position >= 2
        and weak_person(doc, position, last, words)
    ):
        # "a header from Lysandro Quillby", "equalised through Ilse Varn": a move of play comes from a player,
        # not from a place, and a side scores through one.
        how = f"a player, after '{tokens[position - 2].text} {previous}'"
        return Candidate(position, last, name, ActorKind.person, how, 0.55)
    if (
        2 <= size <= 3
        and previous == "to"
        and position >= 2
        and tokens[position - 2].folded in _TIES_BEFORE_TO
        and is_given_name(words[0])
        and not has_cue(words)
    ):
        # "forces loyal to Ahmed Varnak": a leader, named by a given name
        return Candidate(position, last, name, ActorKind.person, f"after '{tokens[position - 2].text} to'", 0.55)
    if (
        size >= 2
        and previous in PLACE_PREPOSITIONS
        and position not in doc.sentence_first
        and all(zipf(w) < WORD_ALONE for w in words if w not in NAME_GLUE and w not in NAME_PARTICLES)
        # "forces loyal to Varko Tesh", "a militia close to Ilse Harrow": "to" leads to a leader here, no place
        and not (previous == "to" and position >= 2 and tokens[position - 2].folded in _TIES_BEFORE_TO)
    ):
        return Candidate(position, last, name, ActorKind.place, f"after '{previous}'", 0.45)
    if size == 1 and part_of_a_land_before(doc, position) and not is_common_word(words[0], words[0] in doc.lower_case):
        return Candidate(position, last, name, ActorKind.place, f"after '{previous}'", 0.5)
    if size == 1 and given_name_alone(doc, position, words[0]):
        return Candidate(position, last, name, ActorKind.person, f"a given name '{name}' alone", 0.45)
    if size <= 3 and city_demonym(doc, words[-1], words[:-1]):
        return None  # "Nashvillian", "Londoner", "New Yorkers": someone from a city, not an actor
    if size == 1 and _process_noun(words[0]) and not has_cue(words):
        return None  # "the Path to Normalisation", "the Delimitation of the ... Border": a process, no actor
    if size == 1 and (
        (plural_of_word(words[0]) and not _inside_list_of_names(doc, position)) or adjective_before_noun(doc, position)
    ):
        return None  # "Presentations", "Millionaires"; "the Gaussian kernel", "Euclidean distance"
    if size == 1 and _town_before_its_works(doc, position, words[0]):
        return Candidate(position, last, name, ActorKind.place, f"a town before '{tokens[last + 1].text}'", 0.5)
    if size == 1 and name_before_noun(doc, position):
        return None  # "the Cauchy distribution", "Zorvak hitbox": a name used as a word for a thing
    if size >= 2 and is_camel_case(tokens[position].text):
        return None  # "FaceTime Attention Correction": a product's feature, by its casing and no cue
    if size == 2 and _named_after_demonym(doc, position, words):
        # "South African Jandor Visagel hit four sixes": a people's adjective, then two rare words in title case
        return Candidate(position, last, name, ActorKind.person, f"a name after '{tokens[position - 1].text}'", 0.5)
    if size == 1 and previous in _MAKER_PREPOSITIONS and _brand_casing(tokens[position].text) and not doc.technical:
        # "a chip designed with MediaTek", "made by VeltraMax": one word with an inner capital after a
        # maker's preposition is a firm (a person's or a town's name has no capital inside).
        return Candidate(position, last, name, ActorKind.organization, f"a brand's casing after '{previous}'", 0.5)
    if size == 1 and _maker_after_a_making_verb(doc, position, words[0]):
        # "a keyboard case made with Varnitech", "chips built by Quellmark": the firm that makes it
        how = f"a maker, after '{tokens[position - 2].text} {previous}'"
        return Candidate(position, last, name, ActorKind.organization, how, 0.5)
    if size == 1 and (is_camel_case(tokens[position].text) or previous in _UNIT_NOUNS):
        return None  # "ARKit", "WordCamps": a product's casing, with nothing that says more; "degrees Celsius"
    if (
        size >= 2
        and all(zipf(w) >= PHRASE_WORD for w in content)
        and not any(len(tokens[k].text) > 1 and tokens[k].text.isupper() for k in range(position, last + 1))
        # (not "Da Silva", "Le Pen": a family name opened by its particle, whatever its words mean)
        and not (words[0] in _ROMANCE_PARTICLES and tokens[position].text[:1].isupper())
    ):
        return None  # "Death Row", "Solar System", "Winter Outlook": common words in capitals, no cue
    # On a page about games, wine or software, a name nothing explains is a thing's, unless the
    # whole text makes it an actor (a list of persons, a life in brackets): `works.unexplained`.
    ending = next((e for e in ORG_WORD_ENDINGS if words[-1].endswith(e) and len(words[-1]) > len(e) + 2), None)
    if size == 1 and ending is not None:
        # "Bundesbank", "Rabobank": an organisation's word inside the one word of the name.
        return Candidate(position, last, name, ActorKind.organization, f"ends in '-{ending}'", 0.55)
    if size == 1 and previous == "the" and _lands_word(words[0]):
        # "in the Midlands", "across the Borderlands": lands in the plural after "the" are a region (a
        # family named Rowlands takes no article).
        return Candidate(position, last, name, ActorKind.place, "a region's '-lands' after 'the'", 0.55)
    if 2 <= size <= 3 and _quoted_title_before(doc, position):
        # 'led by "General" Kashindi Varn-Odu': a rank a militia's leader gives himself, in quotes
        return Candidate(position, last, name, ActorKind.person, "a name after a quoted rank", 0.55)
    if (
        2 <= size <= 6
        and not doc.things
        and _double_barrelled_surname_last(doc, position, last, words)
        # ('sang "Hello" Obrecht Vanneka-Dolo': a quoted word right before may be the start of a title)
        and _QUOTED_WORD_BEFORE.search(text, max(0, tokens[position].start - 20), tokens[position].start) is None
    ):
        return Candidate(position, last, name, ActorKind.person, "a double-barrelled surname last", 0.45)
    found_by = UNEXPLAINED_ON_THINGS_PAGE if doc.things else "a capitalised name"
    return Candidate(position, last, name, ActorKind.other, found_by, 0.35)


# Particles that open Italian, Portuguese, Spanish and French family names: "Da Silva", "Di Maio", "Le Pen".
_ROMANCE_PARTICLES = word_set("da di del dos du la le")
_RARE_SURNAME_HALF = 3.0  # "Sayed" 2.6, "Moussa" 1.9; "Port" 5.2, "Saint" 4.3: words that open places' names


def outlet_edition(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> Candidate | None:
    """'Al Jazeera English', 'CNN International', 'BBC World Service': an outlet known by name, then its
    edition's or its service's words, is one outlet, whole."""
    outlet = _outlet_opening(words)
    edition = words[outlet:]
    if not outlet or not 1 <= len(edition) <= 2:
        return None
    if not all(word in OUTLET_MEDIA_WORDS or _edition_word(doc, word) for word in edition):
        return None
    tokens = doc.tokens
    name = doc.text[tokens[position].start : tokens[last].end]
    how = f"an outlet's edition of '{' '.join(tokens[k].text for k in range(position, position + outlet))}'"
    return Candidate(position, last, name, ActorKind.media, how, 0.75)


def outlet_and_its_edition(doc: ActorDocument, first: int, last: int, words: tuple[str, ...]) -> list[Candidate]:
    """'BBC Russian' of "told the BBC Russian service": the edition and the outlet it belongs to, both named;
    'BBC Arab' of "BBC Arab affairs editor": the outlet alone, the people's word its editor's beat. Empty when
    the run opens with no outlet's name or goes on past an edition's words."""
    outlet = _outlet_opening(words)
    if not outlet or len(words) == outlet:
        return []
    tokens = doc.tokens
    own_name = doc.text[tokens[first].start : tokens[first + outlet - 1].end]
    parent = Candidate(first, first + outlet - 1, own_name, ActorKind.media, "a news outlet's name", 0.8)
    beat = last + 1 < len(tokens) and tokens[last].joined and tokens[last + 1].text == "affairs"
    if beat and len(words) == outlet + 1:
        return [parent]
    edition = outlet_edition(doc, first, last, words)
    if edition is None:
        return []
    return [edition, parent] if any(_edition_word(doc, word) for word in words[outlet:]) else [edition]


def _edition_word(doc: ActorDocument, word: str) -> bool:
    """An edition's language or region; a people's word is its language ("BBC Burmese")."""
    return word in OUTLET_EDITIONS or doc.gazetteer.country_of_demonym(word) is not None


def _outlet_opening(words: tuple[str, ...]) -> int:
    """How many of the first words spell an outlet known by name ("BBC", "Al Jazeera"), or 0. Letters of two
    ("AP") are left out: they open too many other names ("AP Moller")."""
    if len(words[0]) > 2 and words[0] in KNOWN_MEDIA:
        return 1
    return 2 if len(words) > 2 and words[0] + words[1] in KNOWN_MEDIA else 0


def _town_of_that_name(gazetteer: Gazetteer, word: str) -> bool:
    """Whether `word` is a state's or a town's own name (not another town's other spelling: "Tarba" is read
    as Tarbes, "Osk" as Oskarshamn; such a half is still a family's)."""
    place = gazetteer.lookup((word,))
    return place is not None and (place.kind == "state" or fold(place.name) == word)


def _double_barrelled_surname_last(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> bool:
    """'El-Ouali Mustapha Tarvek-Moussa': a name no cue explains, of two words or more, whose last word is two
    rare capitalised halves joined by a hyphen (neither an article, a place or a people), is a person's, as
    double-barrelled surnames are written ("Sayed-Moussa", "Tarvek-Odu"); places join common words or three
    parts ("Port-Gentil", "Ivry-sur-Seine")."""
    tokens, text = doc.tokens, doc.text
    if last - position < 2 or text[tokens[last - 1].end : tokens[last].start] != "-" or has_cue(words):
        return False
    halves: tuple[Token, ...] = (tokens[last - 1], tokens[last])
    if position < last - 2 and text[tokens[last - 2].end : tokens[last - 1].start] == "-":
        # three hyphened parts: "Al-Hardani-Tarv", "Ivry-sur-Seine"; but after one given name, a surname of
        # three rare parts ("Mujahid Tarvo-Asari-Ibe")
        given = tokens[position]
        one_given_name = given.text.istitle() and given.text.isalpha() and given.folded not in ARABIC_ARTICLES
        if position != last - 3 or not one_given_name:
            return False
        halves = (tokens[last - 2], *halves)
    gazetteer = doc.gazetteer
    # A Māori family name opens with "Te" before its hyphened halves, which may be common words: "Aroha Te
    # Rangi-Walker", "Te Kani-Hohepa" (places and bodies named with "Te" join no two capitalised halves).
    maori = (
        len(halves) == 2
        and tokens[last - 2].text == "Te"
        and text[tokens[last - 2].end : tokens[last - 1].start] == " "
    )

    def rare(t: Token) -> bool:
        return (
            zipf(t.folded) < _RARE_SURNAME_HALF
            and not _town_of_that_name(gazetteer, t.folded)
            and gazetteer.country_of_demonym(t.folded) is None
        )

    def surname_half(t: Token) -> bool:
        # "Mukonoweshuro-Banda", "Ahmadzai-Khan": beside a rare half, a known family name or a rare word that
        # also names a town is the other family's name ("Banda", "Khan"), not a place's
        return gazetteer.country_of_demonym(t.folded) is None and (
            is_surname(t.folded) or zipf(t.folded) <= _RARE_SURNAME_HALF
        )

    return (
        all(
            t.text.istitle()
            and t.text.isalpha()
            and len(t.text) >= 3
            and t.folded not in ARABIC_ARTICLES
            and (maori or rare(t) or (len(halves) == 2 and surname_half(t)))
            for t in halves
        )
        and (maori or any(rare(t) for t in halves))
        and tokens[position].text[:1].isupper()
    )

    gazetteer = doc.gazetteer
    for cut in (len(words) - 1, len(words) - 2):
        if cut < 1:
            continue
        town = gazetteer.lookup(words[cut:])
        if town is not None and town.kind != "state" and gazetteer.lookup(words[:cut]) is None:
            return True
    return False


def _opens_a_firms_name(doc: ActorDocument, position: int) -> bool:
    """Whether the word at `position` also opens a firm's name in the text: the same word, then up to
    three capitalised words ending on a company's head word or a legal form ("Halden Therapeutics",
    "Meridian Audit Partners", "Trafalgar Metals & Minerals AG")."""
    tokens = doc.tokens
    word = tokens[position].folded
    return any(
        token.folded == word and k != position and _firm_words_after(tokens, k) for k, token in enumerate(tokens)
    )


def _firm_words_after(tokens: list[Token], k: int) -> bool:
    for j in range(k + 1, min(k + 4, len(tokens))):
        if not tokens[j].text[:1].isupper():
            return False
        if tokens[j].folded in COMPANY_HEADS or tokens[j].folded in LEGAL_ENDINGS:
            return True
    return False


def _lands_word(folded: str) -> bool:
    """'midlands', 'borderlands': one word ending in "lands" after a stem of three letters or more."""
    return folded.endswith("lands") and len(folded) >= len("lands") + 3 and folded.isalpha()


# What peace is made by, after "peace" in lower case: "the Varnak peace process", "the Tarnok peace talks".
# "coast guard", "coastguards": the service, whose lower-case "coast" says nothing of a shore
_GUARDS = word_set("guard guards guardsmen")
_PEACE_WAYS = word_set("process talks agreement accord deal negotiations conference")


def _peace_process_after(doc: ActorDocument, last: int) -> bool:
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


# A site in lower case after the name of the place it stands at, which is called by that name alone too:
# "the Tarnok camp", "the Varn crossing", "Kessel airport", "the Oskel base" (not "hospital": it may be named for
# a person).
_SITES_NAMED_FOR_THEIR_PLACE = word_set("camp crossing airport airfield checkpoint prison jail base airbase port")

# Lower-case words after an acronym that say what its body runs or watches, no place: "SDF detention",
# "the EU election observation mission".
_RUN_BY_A_BODY = word_set("detention election elections")

# A paper a body puts out, after the body's acronym: "the ASEAN Outlook", "the AU Charter", "the EU Strategy".
_PAPERS_OF_A_BODY = DOCUMENT_HEADS | word_set("outlook vision agenda")

_ORDINALS = word_set("first second third fourth fifth sixth seventh eighth ninth tenth")

# A pact's or a war's word in capitals after a name: "the Lombok Treaty", "the Pukpuk Treaty", "the Ogaden War".
_PACTS_AND_WARS = word_set("treaty accord accords protocol war wars")


_CONFLICTS_IN_LOWER_CASE = frozenset(("conflict", "insurgency", "war"))
# A process's noun, a word of the dictionary: "Normalisation", "Stabilisation", "Delimitation" (long enough
# not to be a name's own word: "Nation", "Station", "Aviation").
_PROCESS_ENDINGS = ("isation", "ization", "ation")
_DICTIONARY_WORD = 2.0
_SHORTEST_PROCESS_NOUN = 9


def _process_noun(word: str) -> bool:
    return len(word) >= _SHORTEST_PROCESS_NOUN and word.endswith(_PROCESS_ENDINGS) and zipf(word) >= _DICTIONARY_WORD


_CAUSE_ENDINGS = ("ist", "ists", *ADJECTIVE_SUFFIXES)


def _named_pact_or_war_after(doc: ActorDocument, position: int, last: int) -> bool:
    """Whether a pact's or a war's word in capitals follows one rare word that is no person's or people's
    name ("Abraham Accords" honours a man, "Korean War" names a people, "Brexit" is a frequent word). Not
    after an ordinal: "the Second Varnak War" counts a people's wars as often as a land's."""
    tokens = doc.tokens
    if last + 1 >= len(tokens) or not tokens[last].joined:
        return False
    if position > 0 and tokens[position - 1].folded in _ORDINALS:
        return False
    word, head = tokens[last].folded, tokens[last + 1]
    # "the Kivu conflict", "the Tarvel insurgency": a conflict in lower case is named for its land too
    # (not "the Islamist insurgency", "the Separatist conflict": a cause's adjective)
    fought_over = head.text in _CONFLICTS_IN_LOWER_CASE and not is_people(word) and not word.endswith(_CAUSE_ENDINGS)
    return (
        ((head.capitalised and head.folded in _PACTS_AND_WARS) or fought_over)
        and zipf(word) < WORD_ALONE
        and not is_given_name(word)
        and not is_surname(word)
        and doc.gazetteer.country_of_demonym(word) is None
    )


_QUOTED_WORD_BEFORE = re.compile(r"[\"“]([A-Z][a-z]+)[\"”] $")


def _quoted_title_before(doc: ActorDocument, position: int) -> bool:
    """Whether a title in quotes stands right before the name: '"General" Ilse Varn', '“Colonel” Ilse Varn'."""
    start = doc.tokens[position].start
    quoted = _QUOTED_WORD_BEFORE.search(doc.text, max(0, start - 20), start)
    return quoted is not None and is_title(quoted.group(1).casefold())


def _standing_alone(doc: ActorDocument, position: int) -> bool:
    """Whether the name at `position` opens its line, its sentence or a link between separators ("· Terms")."""
    before = doc.text[: doc.tokens[position].start].rstrip(" \t")
    return position in doc.sentence_first or before[-1:] in ("", "\n", "·", "|", "•")


_PLURAL_WORD = 2.5  # Zipf: a plural in a dictionary ("clarifications"), not a coined name


def _plural_nouns_joined(words: tuple[str, ...]) -> bool:
    """'Terms & Conditions', 'Questions & Answers': common plural nouns, not partners' names ("Brooks & Sons"
    has a family name; "Flour & Fell" no plural)."""
    named = [word for word in words if word != "&"]
    return all(
        word.endswith("s") and zipf(word) >= _PLURAL_WORD and not is_surname(word) and not is_given_name(word)
        for word in named
    )


def _model_code_before_its_noun(doc: ActorDocument, position: int) -> bool:
    """'A20 Bionic chip', 'X7 processor', 'K2 Black Panther tanks', 'the R17/Varnix-M vaccine': letters and
    digits, then (over at most two capitalised words, or a code's second part after a slash) a made thing's or a
    medicine's noun in lower case. "the G20 summit" keeps its body."""
    tokens, text = doc.tokens, doc.text
    token = tokens[position]
    if not any(ch.isdigit() for ch in token.text) or not any(ch.isalpha() for ch in token.text):
        return False
    for k in (position + 1, position + 2, position + 3):
        slashed = k < len(tokens) and text[tokens[k - 1].end : tokens[k].start] == "/"
        if k >= len(tokens) or not (tokens[k - 1].joined or slashed):
            return False
        if tokens[k].text.islower():
            if tokens[k].folded in WEAPON_NOUN_OPENERS and k + 1 < len(tokens) and tokens[k].joined:
                k += 1  # "M2 Bradley fighting vehicles"
            noun = tokens[k].folded
            return noun in MADE_THING_NOUNS or noun in PRODUCT_NOUNS_AFTER or noun in _CODED_MEDICINE_NOUNS
        if not cased(tokens[k]) and not (len(tokens[k].text) == 1 and tokens[k].text.isupper()):
            return False  # (the "M" of "Matrix-M" is a code's last part, not a word)
    return False


# What a code of letters and digits names before its noun besides made things: "the R17 vaccine", "a KV-9 drug".
_CODED_MEDICINE_NOUNS = frozenset(("vaccine", "vaccines", "jab", "jabs", "drug", "drugs", "pill", "pills"))


def _plural_common_noun(word: str) -> bool:
    """'holidays', 'weddings': a common noun in the plural, which no family name is."""
    return (
        len(word) > 4
        and word.endswith("s")
        and not word.endswith("ss")
        and zipf(word) >= COMMON
        and zipf(word[:-1]) >= COMMON
        and not is_surname(word)
        and not is_surname(word[:-1])
    )


_TICKER_WORDS = word_set("ticker tickers symbol")
# Classes of assets a market trades, named by their country: "UK equities", "US stocks", "German bonds".
_ASSET_CLASSES = word_set("equities equity stocks bonds gilts")


def _asset_class_after(doc: ActorDocument, last: int) -> bool:
    tokens = doc.tokens
    return last + 1 < len(tokens) and tokens[last].joined and tokens[last + 1].text in _ASSET_CLASSES


def _after_ticker_word(doc: ActorDocument, position: int) -> bool:
    """'under the ticker QFP', 'the symbol HRLX': capitals right after a ticker's word are a share's code."""
    return position > 0 and doc.tokens[position - 1].folded in _TICKER_WORDS and doc.tokens[position - 1].joined


def _alone_mid_sentence(doc: ActorDocument, word: str) -> bool:
    """Whether `word` stands capitalised alone inside a sentence somewhere: "Lithium has been through three
    busts" opens a sentence with a noun the text writes in lower case too, no surname used alone."""
    tokens = doc.tokens
    for i, token in enumerate(tokens):
        if token.folded != word or not token.capitalised or i in doc.sentence_first:
            continue
        if not (tokens[i - 1].joined and tokens[i - 1].capitalised) and not (
            token.joined and i + 1 < len(tokens) and tokens[i + 1].capitalised
        ):
            return True
    return False


# What a firm owns that is a firm of its own, named before the noun: "its Warmwell subsidiary".
_PARTS_OF_A_FIRM = word_set("subsidiary subsidiaries unit division arm brand")
# "and more than 20 other companies", "and two other lenders": the name counted among firms of a trade.
_OTHER_FIRMS_AFTER = re.compile(
    r",? and (?:more than |about |some |nearly |almost |over |at least )?(?:\d+|two|three|four|five|six|seven|eight"
    r"|nine|ten|a dozen|dozens of|several|many) other (?:companies|firms|suppliers|banks|lenders|insurers|retailers"
    r"|airlines|brands|chains|operators|businesses|start-ups|startups|fintechs|carmakers|chipmakers|miners)\b"
)


# A wire's code of a share: the ticker, a dot and its exchange's letters ("VOD.L", "7203.T", "HWB.N").
_LISTING_CODE = re.compile(r"[A-Z0-9]{1,6}\.[A-Z]{1,2}")


def _listing_code_in_brackets(doc: ActorDocument, position: int) -> bool:
    """'(HWB.N)', '(VOD.L)' alone in brackets: a share's code on an exchange, the firm named before it."""
    token, text = doc.tokens[position], doc.text
    return (
        text[token.start - 1 : token.start] == "("
        and text[token.end : token.end + 1] == ")"
        and _LISTING_CODE.fullmatch(token.text) is not None
    )


def _ticker_in_brackets(doc: ActorDocument, position: int) -> bool:
    """'Tesla (TSLA)', 'Nvidia (NVDA)': capitals in brackets right after one capitalised word, spelt with that
    word's letters in order from its first (a defined acronym takes its name's initials instead: IRGC)."""
    tokens, text = doc.tokens, doc.text
    token = tokens[position]
    if position == 0 or text[token.start - 2 : token.start] != " (" or text[token.end : token.end + 1] != ")":
        return False
    named = tokens[position - 1]
    if not cased(named) or named.end != token.start - 2 or len(token.text) < 2:
        return False
    letters = iter(named.folded)
    return named.folded[0] == token.folded[0] and all(letter in letters for letter in token.folded)


_SHIRE = "shire"


# A word this common in English is an ordinary word, not a place's or a person's name.
_COMMON_OPENER = 3.5
_GERUND_FIELD = 2.5
# A word rarer than this before "Path" or "Trail" names the land, not a figure of speech.
_TRAIL_LAND = 4.0
_PASS_LAND = 3.5  # "Khyber" 2.7, "Brenner" 3.0; "boarding" 4.0
# Words before a heritage listing's grade: "Grade II", "Category B".
_GRADE_WORDS = word_set("grade category")
_WEB_NAME = re.compile(r"[A-Z][A-Za-z]+\.(?:UK|uk|com|org|net|io|co)")


def _town_after_a_street(doc: ActorDocument, position: int, last: int) -> bool:
    """'..., Mercer Street, Skelbrook.': one word after a street's name of two or more capitalised words
    and a comma, ending the sentence or the line."""
    tokens, text = doc.tokens, doc.text
    if position < 3 or last + 1 > len(tokens) or text[tokens[position - 1].end : tokens[position].start] != ", ":
        return False
    street = tokens[position - 1]
    if not _street_head_before(tokens, position - 1) or not street.capitalised or not tokens[position - 2].capitalised:
        return False
    return text[tokens[last].end : tokens[last].end + 1] in (".", "\n", "")


def _town_before_its_works(doc: ActorDocument, position: int, word: str) -> bool:
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


def _glen_or_ben(doc: ActorDocument, position: int, words: tuple[str, ...]) -> bool:
    """'Glen Affric', 'Ben Macdui': a Scots word for a valley or a hill that is also a given name, then a rare
    word that is no family or given name, after a preposition of where one walks ("in", "across", "on") or a
    part of the land and "of" ("the slopes of"). Not "a goal from Glen Hoddle" ("from" also leads to people)."""
    if words[0] not in GLEN_WORDS or position < 1 or not doc.tokens[position - 1].joined:
        return False
    rest = words[1]
    if doc.text[doc.tokens[position + 1].end : doc.tokens[position + 1].end + 2] in ("'s", "’s"):
        return False  # "in Glen Hoddle's view": a person's possessive
    if is_surname(rest) or is_given_name(rest) or zipf(rest) >= _GLEN_REST_ZIPF:
        return False
    previous = doc.tokens[position - 1].folded
    if previous in GLEN_PREPOSITIONS:
        return True
    return previous == "of" and position >= 2 and doc.tokens[position - 2].folded in LAND_PARTS_BEFORE_OF


def _plural_land_after_the(doc: ActorDocument, position: int, word: str) -> bool:
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
    )


_PLURAL_LAND_PREPOSITIONS = word_set("in into across through around over")
_RARE_PLURAL_LAND = 2.5  # "Mamores" 0, "Cairngorms" 2.1; "Simpsons" 3.6, "Beatles" 3.9 are words one knows
_GLEN_REST_ZIPF = 3.2  # "Affric" 1.2, "Nevis" 2.8, "Coe" 3.1: names of land; "Close", "Miller" are words or surnames


def _after_a_band_noun(doc: ActorDocument, position: int) -> bool:
    """'the folk trio Mossvale', 'the Glasgow four-piece Lang Reel': a band's noun in lower case right before
    the name ("four-piece" is two tokens joined by its hyphen), or before the band's own "The" ("the folk
    trio The Mossvale Few")."""
    tokens = doc.tokens
    if position >= 3 and tokens[position - 1].text == "The" and tokens[position - 1].joined:
        position -= 1
    if position < 2 or not tokens[position - 1].joined or not tokens[position - 1].text.islower():
        return False
    noun = tokens[position - 1].folded
    if noun in BAND_NOUNS:
        return True
    return (
        noun == "piece"
        and tokens[position - 2].folded in BAND_SIZES
        and doc.text[tokens[position - 2].end : tokens[position - 1].start] == "-"
    )


def _body_for_a_nation(doc: ActorDocument, words: tuple[str, ...]) -> bool:
    """'Natural England', 'Historic Scotland', 'Natural Resources Wales': ordinary English words (no place,
    name or part of the land like "Southern", "New") before a nation of the UK."""
    *before, nation = words
    if len(before) == 3 and before[1] == "and":
        before = [before[0], before[2]]  # "Forestry and Land Scotland": two fields joined by "and"
    if nation in _STATES_WITH_BODIES:
        # "Infrastructure Victoria", "Ambulance Tasmania"; not "Lake Victoria" (land) nor "Queen Victoria".
        # (and two words: "Regional Roads Victoria")
        return (
            1 <= len(before) <= 2
            and all(word not in HEAD_WORD and _ordinary_before_nation(doc, word) for word in before)
            and before[0] not in _NOT_BODY_OPENERS
            and not is_title(before[0])
            and not opens_place(words)
        )
    return nation in NATIONS_OF_THE_UK and all(_ordinary_before_nation(doc, word) for word in before)


# Australian states of one word whose public bodies are named the same way: "Infrastructure Victoria".
_STATES_WITH_BODIES = word_set("victoria queensland tasmania")
# Words before "Victoria" that name a hospital, a station or a street by the queen: "Royal Victoria".
_NOT_BODY_OPENERS = word_set("royal queen")


def _ordinary_before_nation(doc: ActorDocument, word: str) -> bool:
    if word in NATION_PART_WORDS or zipf(word) < (_GERUND_FIELD if word.endswith("ing") else _COMMON_OPENER):
        return False  # "Mountaineering Scotland" (2.8): a sport's gerund is a word though a rare one
    if is_given_name(word) or is_surname(word) or doc.gazetteer.lookup((word,)) is not None:
        return False
    return doc.gazetteer.country_of_demonym(word) is None


def _number_follows(doc: ActorDocument, last: int) -> bool:
    """'Kestrel Trail 2', 'Peak Trail 4 £119': a model's number after the name."""
    return last + 1 < len(doc.tokens) and doc.tokens[last].joined and doc.tokens[last + 1].text[:1].isdigit()


def _named_for_place(doc: ActorDocument, words: tuple[str, ...], head: str) -> bool:
    """The words before a trail's head name land: a place the gazetteer knows, or a word too rare for a
    phrase ("Thames", "Pennine"; not "Critical Path", "Career Path"; before "Pass", rarer still: not
    "Boarding Pass")."""
    if is_given_name(words[0]):
        return False
    rare = _PASS_LAND if head == "pass" else _TRAIL_LAND
    return doc.gazetteer.lookup(words) is not None or any(zipf(w) < rare for w in words)


def _court_role_after(doc: ActorDocument, last: int) -> bool:
    tokens, text = doc.tokens, doc.text
    return (
        last + 2 < len(tokens)
        and text[tokens[last].end : tokens[last + 1].start] == ", "
        and tokens[last + 1].text in COURT_ROLES_AFTER
        and text[tokens[last + 1].end : tokens[last + 1].end + 1] == ","
    )


def _position_before(doc: ActorDocument, position: int) -> bool:
    """'guard Tyrese Langford', 'the forward Ines Moreau': a player's position in lower case."""
    before = doc.tokens[position - 1] if position > 0 else None
    return before is not None and before.joined and before.text.islower() and before.folded in SPORTS_POSITIONS


# The word that opens an Irish county's name: "Co Kerry", "County Mayo" (not "County Hall", "County Council").
_COUNTY_FIRST = frozenset(("Co", "County"))


def _county_name(word: str) -> bool:
    return not (
        word in HEAD_WORD or word in NAME_WORD or word in COMPANY_HEADS or word in STREET_HEADS or word in EVENT_HEADS
    )


def _town_after_comma(doc: ActorDocument, last: int) -> bool:
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
    return rest[:1] in (",", ".", ";") or rest.startswith((" city", " town", " Co ", " Co.", " County"))


_MARKET_HEADS = word_set("market")
_AT_A_MARKET = word_set("at outside near")
# "Court" ends a street's name after "on" ("on Magnolia Court"), unless a court's own word opens it.
_COURTS_AS_STREETS = word_set("court")
_COURT_KINDS = word_set(
    "supreme high crown county district magistrates magistrate federal appeals appeal circuit superior family "
    "juvenile criminal civil constitutional international tax coroner's coroners probate commercial"
)
# A catalogue's number after letters: four digits or more that are no year, then a planet's letter or the
# clause's end ("LHS 7021 b", "GJ 1214,"); "the EU 2024 budget" has a year, "NHS 111" too few digits.
_CATALOGUE_NUMBER = re.compile(r" (?!(?:19|20)\d\d\b)\d{4,7}(?: [a-h]\b|(?=[,.;:)]| [a-z]))")
_SIDE_STAFF = word_set("coach captain skipper")


def _titled_nickname_after(doc: ActorDocument, last: int) -> bool:
    """A title's plural right after the name, ending the run: "the Oshawa Generals", "the Varnby Kings"."""
    tokens = doc.tokens
    if last + 1 >= len(tokens) or not tokens[last].joined:
        return False
    nickname = tokens[last + 1]
    ends = last + 2 >= len(tokens) or not nickname.joined or not tokens[last + 2].capitalised
    return nickname.capitalised and nickname.folded.endswith("s") and is_title(nickname.folded) and ends


_PLAIN_OPENER_ZIPF = 4.0


def _team_before_its_player(doc: ActorDocument, last: int) -> bool:
    """'Tarnby halfback Ilse Varn': a player's position (or the coach, the captain) in lower case right after
    the name, then a capitalised name."""
    tokens = doc.tokens
    if last + 2 >= len(tokens) or not tokens[last].joined or not tokens[last + 1].joined:
        return False
    role = tokens[last + 1]
    return (
        role.text.islower()
        and (role.folded in SPORTS_POSITIONS or role.folded in _SIDE_STAFF)
        and tokens[last + 2].capitalised
    )


def _noun_after_list(doc: ActorDocument, last: int) -> bool:
    """'Thornmere and Calverley councils': the list of names that `last` ends or opens is followed by a
    lower-case word that is no function word (a noun that says what the names are)."""
    return _word_after_list(doc, last) is not None


def _word_after_list(doc: ActorDocument, last: int) -> str | None:
    """The lower-case word, no function word, right after the list of names that `last` ends or opens."""
    tokens = doc.tokens
    k = last
    while k + 1 < len(tokens):
        step = _next_in_list(doc, k)
        if step is not None:
            k = step
            continue
        following = tokens[k + 1]
        gap = doc.text[tokens[k].end : following.start]
        if gap == " " and following.text.islower() and following.folded not in FUNCTION_WORDS:
            return following.folded
        return None
    return None


def _next_in_list(doc: ActorDocument, k: int) -> int | None:
    """The next capitalised word of a list after the word at k ("Tesco, Sainsbury's and Aldi"), or None."""
    tokens, text = doc.tokens, doc.text
    gap = text[tokens[k].end : tokens[k + 1].start]
    gap = gap[2:] if gap.startswith(("'s", "’s")) else gap
    if gap == ", " and tokens[k + 1].text[:1].isupper():
        return k + 1
    joined = k + 2 < len(tokens) and tokens[k + 1].text in ("and", "or") and gap in (" ", ", ")
    if joined and text[tokens[k + 1].end : tokens[k + 2].start] == " " and tokens[k + 2].text[:1].isupper():
        return k + 2
    return None


_FINED_AUXILIARIES = word_set("was were has have had been")


def _fined_after_list(doc: ActorDocument, last: int) -> bool:
    """'X and Y were fined', 'X has been fined': the list the name at `last` belongs to is fined."""
    tokens = doc.tokens
    k = last
    while k + 1 < len(tokens) and (step := _next_in_list(doc, k)) is not None:
        k = step
    verb = k + 1
    while verb < len(tokens) and verb <= k + 3 and tokens[verb].folded in _FINED_AUXILIARIES:
        verb += 1
    return verb > k + 1 and verb < len(tokens) and tokens[verb].folded == "fined" and tokens[k].joined


def _inside_list_of_names(doc: ActorDocument, position: int) -> bool:
    """'from Barclays, Lloyds, Monzo and Starling': a word between two capitalised names of one list is a
    name too, though it reads as a plural ("Lloyds")."""
    tokens, text = doc.tokens, doc.text
    if position == 0 or position + 1 >= len(tokens):
        return False
    before = tokens[position - 1]
    return (
        before.text[:1].isupper()
        and text[before.end : tokens[position].start] == ", "
        and _next_in_list(doc, position) is not None
    )


# Adjectives of time or rank that open a heading, not a firm's name, before a firm's trade word.
_HEADING_ADJECTIVES = word_set("latest recent further upcoming current key other")
_GERUND_FIRM_ZIPF = 3.5  # Zipf: a word this rare before a trade's gerund names the firm ("Pryce Planning")
_COMMON_SURNAME_WORD = 4.0  # Zipf: a family name this common as a word ("Urban") is read as the word


def _inn_at(doc: ActorDocument, position: int, last: int) -> bool:
    """'at the Plough and Harrow', 'the Fox and Bellows pub': the run is an inn's name of two things."""
    uncovered = [False] * len(doc.tokens)
    return inn_of_two_words(doc.text, doc.tokens, position, position, uncovered, doc.gazetteer) == last


# A firm or a team one drives, works or signs for, right before its name of three words or more.
_FIRM_PREPOSITIONS = word_set("for with joined")


def _trade_gerund_heading(words: tuple[str, ...]) -> bool:
    """'Urban Planning', 'Town Planning': common words and a trade's gerund, no firm (`cues.TRADE_GERUNDS`)."""
    # The head ends the name or comes before "of" ("Farm Shop of the Year": an award's name).
    head = next((k for k, word in enumerate(words) if word == "of"), len(words)) - 1
    if head < 1 or words[head] not in TRADE_GERUNDS or any(word in NAME_GLUE for word in words[:head]):
        return False
    return all(
        zipf(word) >= _GERUND_FIRM_ZIPF and not (is_surname(word) and zipf(word) < _COMMON_SURNAME_WORD)
        for word in words[:head]
    )


_PHRASE_HEADS = word_set("row steps walk range")  # "Death Row", "First Steps", "Long Walk", "Free Range"
_PHRASE_ROW = 5.0  # Zipf of a word so common that it and "Row" make a phrase ("death", "front")


def _food_from_maker(doc: ActorDocument, position: int, words: tuple[str, ...]) -> bool:
    """'flour from Evenlode Mill', 'beer from Windrush Ales': food or drink comes from a maker whose name
    ends in its trade, not from a place of that name."""
    if len(words) < 2 or position < 2 or doc.tokens[position - 1].folded != "from":
        return False
    goods = doc.tokens[position - 2]
    trade = words[-1] in MAKER_HEADS or COMPANY_HEADS.get(words[-1]) is not None
    return trade and goods.text.islower() and goods.folded in FOOD_BEFORE_FROM and doc.gazetteer.lookup(words) is None


_MAKER_PREPOSITIONS = word_set("with by from")
# An inner capital after two lower-case letters: "MediaTek", "VeltraMax" (not "McAllister", "DeVries").
_INNER_CAPITAL = re.compile(r"[A-Z][a-z]{2,}[A-Z][a-z]+")


def _brand_casing(word: str) -> bool:
    return is_camel_case(word) and _INNER_CAPITAL.fullmatch(word) is not None


_FIRM_REPORTS = word_set("said says reported reports announced posted")
_BEFORE_OWNED = word_set("new latest own annual former")
_SHOP_VISITORS = word_set("shoppers customers")
# People who speak for a place, before "in" and its name: "police in Tarrowby said", "officials in X told".
_SPEAKERS_IN_A_PLACE = word_set(
    "police officials authorities officers deputies detectives prosecutors investigators firefighters residents"
)
# A bank or a broker revising its call: "raised its Brent forecast", "cut its price target" (a person has no
# "its"; a town or a state does not forecast oil prices).
_REVISES = word_set("raised raises lifted lifts cut cuts lowered lowers trimmed trims upgraded downgraded")
_FORECAST_NOUNS = word_set(
    "forecast forecasts target targets guidance outlook estimate estimates rating ratings recommendation"
)


def _firm_by_what_it_owns(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> str | None:
    """A name a firm's cue governs, even one that looks like a person's or a town's: its possessive or
    "said its" before what only a firm has ("X's new headphones", "X said its profits"), its shops
    after a person-like name ("X Y's stores"), or "shoppers at" before it. Not a state, and not a place
    the gazetteer knows by this very spelling ("London's shops")."""
    tokens, text = doc.tokens, doc.text
    how = None
    k = last + 1
    if k < len(tokens) and text[tokens[last].end : tokens[k].start] in ("'s ", "’s "):
        k += 1 if tokens[k].folded in _BEFORE_OWNED and k + 1 < len(tokens) else 0
        if k + 2 < len(tokens) and text[tokens[k].end : tokens[k + 1].start] == "-" and tokens[k + 1].text.islower():
            k += 2  # "X's Dubai-registered subsidiary", "X's wholly-owned subsidiary"
        if tokens[k].folded in FIRM_OWNED_NOUNS or (
            tokens[k].folded in SHOP_OWNED_NOUNS and len(words) >= 2 and is_given_name(words[0])
        ):
            how = f"'{tokens[k].text}' after its possessive"
    elif k + 2 < len(tokens) and tokens[k].folded in _FIRM_REPORTS and tokens[k + 1].folded == "its":
        k += 2
        k += 1 if tokens[k].folded in _BEFORE_OWNED and k + 1 < len(tokens) else 0
        if tokens[k].folded in FIRM_OWNED_NOUNS or tokens[k].folded in ("sales", "stores", "shops"):
            how = f"'{tokens[last + 1].text} its {tokens[k].text}'"
    verb = last + 1
    if how is None and verb + 2 < len(tokens) and tokens[verb].folded in _REVISES and tokens[verb + 1].folded == "its":
        # "Harrow Keane raised its Brent forecast", "cut its price target": a bank's or broker's call
        ahead = [tokens[j] for j in range(verb + 2, min(len(tokens), verb + 5))]
        noun = next((t for t in ahead if t.folded in _FORECAST_NOUNS), None)
        if noun is not None and all(t.joined for t in ahead[: ahead.index(noun)]):
            how = f"'{tokens[verb].text} its ... {noun.text}'"
    if (
        how is None
        and position >= 2
        and tokens[position - 1].folded == "at"
        and tokens[position - 2].folded in _SHOP_VISITORS
    ):
        how = f"after '{tokens[position - 2].text} {tokens[position - 1].text}'"
    if how is None:
        return None
    place = doc.gazetteer.lookup(words)
    if place is not None and (place.kind == "state" or fold_phrase(place.name) == words):
        return None
    return how


# Nouns of bodies that no one person is ("the security firm Ardent Lattice said"); not the trades one
# person may ply ("the promoter Tomas Quell", "the developer Ilse Varn", "the broker ...").
_BODY_NOUNS_BEFORE_A_LONGER_NAME = word_set(
    "firm company chain group bank lender insurer retailer supermarket airline carmaker automaker chipmaker "
    "brewery distillery consultancy conglomerate startup fintech union charity band label giant housebuilder "
    "wholesaler utility marketplace thinktank brokerage"
)


def _plural_alone_after_the(doc: ActorDocument, word: str) -> bool:
    """'Tarnby Mariners ... the Mariners face': the last word is a plural that stands alone after "the", as a
    team's or a band's short name does; a person's family name takes no article."""
    tokens = doc.tokens
    # (not a family name: "the Williams sisters", "the Evans family")
    return (
        word.endswith("s")
        and not is_surname(word)
        and any(
            token.folded == word
            and token.capitalised
            and k > 0
            and tokens[k - 1].folded == "the"
            and tokens[k - 1].joined
            and not (token.joined and k + 1 < len(tokens) and tokens[k + 1].capitalised)
            for k, token in enumerate(tokens)
        )
    )


def _alone_as_a_place(doc: ActorDocument, word: str) -> bool:
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


def _trade_named(doc: ActorDocument, position: int, last: int) -> bool:
    """'the broker Fenchurch Row', 'retailer Mill Lane': a firm's trade noun right before the name."""
    context = _context_cue(doc, position, last)
    return context is not None and context[0].kind is ActorKind.organization and context[1].startswith("after")


def _trade_before(doc: ActorDocument, position: int, last: int) -> bool:
    """'chain Brambleby', 'Dockworkers' union Unite': a body's noun right before a one-word name."""
    context = _context_cue(doc, position, last)
    return (
        context is not None
        and context[0].kind is ActorKind.organization
        and position > 0
        and (doc.tokens[position - 1].folded,) in PHRASE_BEFORE
    )


_FIRM_SPEECH = word_set("said says told added announced confirmed warned apologised apologized")
_ANALYST_SPEECH = word_set("said says wrote writes noted notes added argued warned expects thinks")
_SPEAKER_NAME_WORDS = 3  # "Renata Szell-Moreau", "Colm Bradigan": a name of up to three words
_SPEAKER_JOB_WORDS = 5  # "head of crude analysis", "chief economist" before the speaker's name
# Jobs one holds at a firm, named before the speaker: "head of research", "chief economist", "analyst".
_FIRM_JOB_WORDS = word_set(
    "head analyst economist strategist director chief executive officer researcher partner manager founder lead"
)
_WHICH_CLAUSE_WORDS = 12  # ", which tracks tankers by satellite," between the firm and its speaker


# Who works at a firm and is quoted by it: "analysts at", "a partner at" (not "sold at", a shop or a place).
_STAFF_BEFORE_AT = word_set(
    "analyst analysts economist economists strategist strategists trader traders researcher researchers "
    "executive executives partner partners lawyer lawyers banker bankers"
)


def _speaker_before_with(doc: ActorDocument, position: int) -> bool:
    """A person's full name right before "with": two or three capitalised words, the first a given name."""
    tokens = doc.tokens
    if position < 3 or not tokens[position - 2].joined or not tokens[position - 2].capitalised:
        return False
    first = position - 2
    while first > 0 and position - first < 4 and tokens[first - 1].joined and tokens[first - 1].capitalised:
        first -= 1
    return position - 2 > first and is_given_name(tokens[first].folded)


def _employer_of_staff_at(doc: ActorDocument, position: int, words: tuple[str, ...]) -> bool:
    """'Analysts at Peel Hunt said', 'an analyst with Calder Voss': staff nouns and "at" or "with" before a
    name the gazetteer does not know (a firm named by two surnames is no person met "with")."""
    tokens = doc.tokens
    if position < 2 or tokens[position - 1].text not in ("at", "with") or not tokens[position - 2].joined:
        return False
    staff = tokens[position - 2]
    return staff.text[1:].islower() and staff.folded in _STAFF_BEFORE_AT and doc.gazetteer.lookup(words) is None


def _speaker_employer(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> bool:
    """'At Quorwin Tessel, Renata Holm said ...': a sentence opened by "At", a name, a comma and then a
    person's name with a verb of speech is where the speaker works (analysts are quoted so); a town the
    gazetteer knows stays a place ("At Tarnby, Harold Quist said")."""
    tokens, text = doc.tokens, doc.text
    if position < 1 or tokens[position - 1].text != "At" or position - 1 not in doc.sentence_first:
        return False
    gap = text[tokens[last].end : tokens[last].end + 4]
    if not gap.startswith((", ", "'s, ", "’s, ")) or doc.gazetteer.lookup(words) is not None:
        return False  # ("At Moody's, analyst Ilse Holm said": a firm named in the possessive)
    start = job = _past_which_clause(doc, last + 1)
    while start < len(tokens) and start - job < _SPEAKER_JOB_WORDS and tokens[start].text.islower():
        start += 1  # the speaker's job in lower case: "investigations head", "head of research"
    if start > job and not any(tokens[j].folded in _FIRM_JOB_WORDS for j in range(job, start)):
        return False  # "At Tarnby, mayor Ilse Holm said": a town's office, not a firm's job
    k = start
    while k < len(tokens) and k - start < _SPEAKER_NAME_WORDS and tokens[k].capitalised:
        k += 1
    # a speaker's name of two or three words ("Renata Holm"), then the verb
    return k - start >= 2 and k < len(tokens) and tokens[k].text in _ANALYST_SPEECH


def _past_which_clause(doc: ActorDocument, k: int) -> int:
    """Where the words after "At Quorwin, which tracks ship movements, " go on; `k` itself when no
    ", which ..." clause opens there (a clause that runs on past its comma is no aside)."""
    tokens, text = doc.tokens, doc.text
    if k >= len(tokens) or tokens[k].text != "which":
        return k
    for j in range(k + 1, min(len(tokens), k + _WHICH_CLAUSE_WORDS)):
        if text[tokens[j].end : tokens[j].end + 2] == ", ":
            return j + 1
        if text[tokens[j].end : tokens[j].end + 1] in ".;:":
            break
    return len(tokens)


def _firm_speaks(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> bool:
    """'Southern Water said', 'Stena Line said': two capitalised words, the last a frequent word that is
    no family name, right before a speech verb: a body speaks (a person's name would end in a family
    name). Not a place the gazetteer knows, and not a word the page uses alone as a surname."""
    return (
        last + 1 < len(doc.tokens)
        and doc.tokens[last + 1].folded in _FIRM_SPEECH
        and doc.text[doc.tokens[last].end : doc.tokens[last + 1].start] == " "
        and all(doc.tokens[k].text[:1].isupper() and doc.tokens[k].text[1:].islower() for k in (position, last))
        and firm_of_common_words(doc, words)
        and all(doc.gazetteer.lookup(part) is None for part in (words, words[:1], words[1:]))
    )


def firm_of_two_common_words(doc: ActorDocument, first: int, last: int) -> bool:
    """'Southern Water said', 'United Utilities, which owns the land': a run of two words whose first
    opens a sentence as an ordinary word would ("Southern", "United"), kept whole because the two
    speak or own as a body does, and no person's name could end in the second."""
    if last != first + 1:
        return False
    words = (doc.tokens[first].folded, doc.tokens[last].folded)
    if _firm_speaks(doc, first, last, words):
        return True
    return (
        _body_after_which(doc, last)
        and not is_surname(words[1])
        and not is_given_name(words[0])
        and all(doc.gazetteer.lookup(part) is None for part in (words, words[:1], words[1:]))
    )


# Adverbs between "which" and a body's verb: "Kestrel Ridge, which also owns Crumbwell".
# ("will", "would": "Ofcom, which will enforce the rules": a modal before what a body does.)
_WHICH_ADVERBS = word_set("also already now still will would")


def _body_after_which(doc: ActorDocument, last: int) -> bool:
    """'Hutchison Ports, which owns Felixstowe', 'Brevanta, which is based in Stockport'."""
    tokens, text = doc.tokens, doc.text
    if last + 3 >= len(tokens) or text[tokens[last].end : tokens[last + 1].start] != ", ":
        return False
    if tokens[last + 1].folded != "which":
        return False
    at = last + 3 if tokens[last + 2].folded in _WHICH_ADVERBS else last + 2  # "which also owns"
    if at + 1 >= len(tokens):
        return False
    verb = tokens[at].folded
    if verb in ("has", "have") and any(t.folded in WHICH_HAS_FIRM_NOUNS for t in tokens[at + 1 : at + 4]):
        return True  # "Kroo, which have no branches", "Tarnmoor, which has 40 stores"
    if verb in WHICH_RUNS_VERBS:
        return tokens[at + 1].folded not in PLACE_PREPOSITIONS and tokens[at + 1].folded not in _ROUTE_WORDS
    return verb in WHICH_BODY_VERBS or (verb == "is" and tokens[at + 1].folded in WHICH_BODY_PARTICIPLES)


# What a road or a river runs along, after "which runs": "which runs parallel to the canal", "runs alongside".
_ROUTE_WORDS = word_set("along alongside parallel past between beside north south east west down up")


def _town_by_what_it_has(doc: ActorDocument, last: int, word: str) -> bool:
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


def _state_after_the(doc: ActorDocument, position: int) -> bool:
    """'the US Treasury said': "the" and a state's name (read apart) right before the name."""
    tokens = doc.tokens
    if position < 2 or tokens[position - 2].folded != "the" or not tokens[position - 1].capitalised:
        return False
    state = doc.gazetteer.lookup((tokens[position - 1].folded,))
    return state is not None and state.kind == "state"


def _rare_body_before_which(doc: ActorDocument, word: str, last: int) -> bool:
    """'Unison, which represents most of the porters,', 'Brevanta, which owns the shops,': a rare word
    opening a sentence before what only a body does is that body's name ("Music, which represents..." is
    a common word, and a word the text writes in lower case is an ordinary one)."""
    if word in doc.lower_case or zipf(word) >= WORD_ALONE:
        return False
    return _body_after_which(doc, last) or _body_after_which(doc, _partner_in_list_end(doc, last))


def _firm_possession(doc: ActorDocument, words: tuple[str, ...], last: int) -> str | None:
    """ "Tarvolex's chief executive", "Quellmoor's shareholders": a rare name's possessive before what only a firm
    has (no one's given or family name: "Lee's shares" may be hers). Returns what it has, or None."""
    if any(w in doc.lower_case or zipf(w) >= WORD_ALONE or is_given_name(w) or is_surname(w) for w in words):
        return None
    match = _FIRM_POSSESSION.match(doc.text, doc.tokens[last].end)
    return match["owned"] if match is not None else None


# What only a firm has, after its name's possessive.
_FIRM_POSSESSION = re.compile(
    r"['’]s (?P<owned>chief executive|chief financial officer|finance chief|shareholders|share price|market value"
    r"|shares|stock)\b"
)


def _rare_word_said_it(doc: ActorDocument, word: str, last: int) -> bool:
    """'Tarvolex said it had worked with police', 'Quellpay, which became a unicorn in 2024, said last month that
    its agents ...': one rare word, no one's given or family name, before "said" and then "it"/"its" for the
    speaker, names a body ("Smith said it would rain" keeps its person: a family name)."""
    if word in doc.lower_case or is_given_name(word) or is_surname(word):
        return False
    if zipf(word) >= WORD_ALONE and not is_listed_firms_word(word):
        return False  # ("Alphabet said its cloud unit grew": an ordinary word, but a listed firm's name)
    return _SAID_IT.match(doc.text, doc.tokens[last].end) is not None


# "said it had", "said on Monday that its", ", which ..., said last month that its": what speaks of itself as "it"
_SAID_IT = re.compile(
    r"(?:, which [^,.]{1,80},)? (?:said|says)(?: (?:on|last|this|in) \w+)?(?: that)? "
    r"(?:its\b|it (?:had|has|would|will|plans|planned|expects|expected)\b)"
)


def _partner_in_list_end(doc: ActorDocument, last: int) -> int:
    """'Tarvolex and Quellmoor Bank, which report next week': the last word of the name listed after "and"
    (`last` itself when no such name follows), so that what the list does is said of each of its names."""
    tokens = doc.tokens
    if last + 2 >= len(tokens) or tokens[last + 1].folded not in ("and", "&") or not tokens[last].joined:
        return last
    end = last + 2
    if not cased(tokens[end]):
        return last
    while end + 1 < len(tokens) and tokens[end].joined and cased(tokens[end + 1]):
        end += 1
    return end


def _number_after_verb(doc: ActorDocument, last: int) -> bool:
    """'Ether added 1.4%', 'Varncoin added $200': a figure right after "added", not words said."""
    tokens, text = doc.tokens, doc.text
    if last + 2 >= len(tokens) or tokens[last + 1].folded != "added":
        return False  # "Halvorsen said 40 jobs would go": words said may open with a figure
    return text[tokens[last + 1].end : tokens[last + 2].start] == " " and (
        tokens[last + 2].text[:1].isdigit() or tokens[last + 2].text[:1] in "$£€"
    )


_HOME_TOWN_SAID = word_set("said says told added who")


def _home_town_apposition(doc: ActorDocument, position: int, last: int) -> str | None:
    """'Thaddeus Oyelaran, of Holbeach, said': 'town' for the name after ', of', 'person' for the
    name before it; None when the text is not this shape."""
    tokens, text = doc.tokens, doc.text

    def closes(k: int) -> bool:  # ", said", ", who" after the town
        return (
            k + 1 < len(tokens)
            and text[tokens[k].end : tokens[k + 1].start] == ", "
            and (tokens[k + 1].folded in _HOME_TOWN_SAID)
        )

    if (
        position >= 3
        and tokens[position - 1].folded == "of"
        and closes(last)
        and text[tokens[position - 2].end : tokens[position - 1].start] == ", "
        and tokens[position - 2].capitalised
    ):
        return "town"
    if last > position and last + 2 < len(tokens) and text[tokens[last].end : tokens[last + 2].start] == ", of ":
        town = last + 2
        if not tokens[town].capitalised:
            return None
        while town + 1 < len(tokens) and tokens[town + 1].capitalised and tokens[town].joined:
            town += 1
        return "person" if closes(town) else None
    return None


_RARE_FIRST_WORD = 4.0  # "Kanye" (3.8) may be a first name; "Royal", "Upper" may not


def _person_with_place_surname(
    doc: ActorDocument, position: int, last: int, words: tuple[str, ...], previous: str
) -> str | None:
    """'Bethany Street, a spokeswoman', 'said Lowri West', 'Ayodele West ... West said': a first name
    (in the lists or not) and a family name that is also a place's head word, with a cue of a person.
    Not after a preposition of place ("on Ilse Street", "in Varn West"). Returns how it was found."""
    if len(words) != 2 or last != position + 1:
        return None
    if not (is_surname(words[1]) or words[1] in FAMILY_NAME_HEADS) or HEAD_WORD.get(words[1]) is None:
        return None
    if previous in PLACE_PREPOSITIONS or previous in STREET_PREPOSITIONS:
        return None
    if zipf(words[0]) >= _RARE_FIRST_WORD and not is_given_name(words[0]):
        return None  # "Royal Street", "Upper West": a common word first, no person's name
    tokens, text = doc.tokens, doc.text
    if not tokens[position].text.istitle() or is_camel_case(tokens[position].text):
        return None  # "ABC Street", "HexCo East": capitals or a brand's casing, no first name
    apposed = _apposition(doc, last) or _person_noun_before(doc, position, last)
    if apposed is not None and apposed[0].kind is ActorKind.person:
        return f"{apposed[1]}, a family name '{tokens[last].text}'"
    if previous in TITLES or beside_title(doc, position, last):
        return f"a title beside it, a family name '{tokens[last].text}'"
    if words[1] in NOT_PERSON_WORDS and not is_given_name(words[0]):
        return None  # "Downing Street said", "Quellmoor Street, who": a weak cue needs a given name here
    after = text[tokens[last].end : tokens[last].end + 2]
    following = tokens[last + 1].folded if last + 1 < len(tokens) else ""
    if previous in SPEECH_BEFORE and position > 0 and tokens[position - 1].joined:
        return f"after '{previous}', a family name '{tokens[last].text}'"
    if (cue := NEXT_WORD.get(following)) is not None and cue.kind is ActorKind.person and after[:1] == " ":
        return f"'{tokens[last].text} {following}', a family name"
    if after == ", " and (comma := AFTER_COMMA.get(following)) is not None and comma.kind is ActorKind.person:
        return f"followed by ', {following}', a family name '{tokens[last].text}'"
    if words[1] in doc.alone and (is_given_name(words[0]) or _surname_speaks(doc, words[1])):
        return f"the family name '{tokens[last].text}' used alone"
    return None


def _job_holder_before_of(doc: ActorDocument, position: int) -> bool:
    """'Analyst Gareth Lindqvist of', 'said economist Ada Pell of': a job held at a firm (`STAFF_JOBS`),
    then its holder's name of two or more words, then "of"."""
    tokens = doc.tokens
    end = position - 2
    if end < 1 or not tokens[end].capitalised or not tokens[position - 1].text.islower():
        return False
    start = end
    while start > 0 and tokens[start - 1].capitalised and tokens[start - 1].joined:
        start -= 1
    if tokens[start].folded in STAFF_JOBS and end - start >= 2:
        return True
    if start > 0 and tokens[start - 1].folded in STAFF_JOBS and end - start >= 1:
        return True
    # "A lawyer for Brenmoor, Ellis Tan of Dunmore Locke, said": the job named before the comma
    if end - start < 1 or start < 2 or doc.text[tokens[start - 1].end : tokens[start].start] != ", ":
        return False
    for k in range(start - 1, max(-1, start - 6), -1):
        if tokens[k].folded in _COUNSEL_JOBS and tokens[k].text.islower():
            return True
        if k in doc.sentence_first:
            break
    return False


# Who acts for a client as a member of a firm: "a lawyer for the owner, Ellis Tan of Dunmore Locke,".
_COUNSEL_JOBS = word_set("lawyer lawyers solicitor solicitors barrister attorney attorneys counsel analyst economist")


def _known_firm(doc: ActorDocument, position: int, word: str, after: str) -> bool:
    """'behind Apple and Samsung', 'Amazon's Kindle', 'Google said': a firm the world knows by one word
    (`KNOWN_FIRMS`, or listed on a stock index), capitalised, not after "the", never in lower case on the page;
    opening a sentence only before what a body does or its possessive, or before any verb when the name is
    no word of the language ("Pfizer recalled")."""
    tokens = doc.tokens
    token = tokens[position]
    # (On a page about products, a listed firm's name alone may be its product's: "links it to Shopify stores";
    # before the noun of a made thing or a unit, a vehicle's or a weapon's: "Stryker vehicles", "a Hermes drone".)
    listed = not doc.things and _listed_firm_not_a_place(doc, (word,)) and not _thing_named_after(doc, position)
    if not (word in KNOWN_FIRMS or listed) or word in doc.lower_case or word in KNOWN_BODIES:
        return False  # (a body known by one word, "the Nasdaq", is read as one)
    if not (token.text[:1].isupper() or brand_cased_firm(token)):
        return False
    if position > 0 and tokens[position - 1].folded == "the" and tokens[position - 1].joined:
        return False  # "the Amazon rainforest", "the Shell Centre"
    if position + 1 < len(tokens) and token.joined and tokens[position + 1].text[:1].isdigit():
        return False  # "a Boeing 737-800", "the Dell XPS 13": a model's maker names the model
    if _about_software(doc, position, position):
        return False  # "Spotify, Slack and Chrome were not": apps on a page about software
    if is_given_name(word) and _opens_a_longer_name(doc, word):
        return False  # "Leonardo DiCaprio ... Leonardo said": the given name of a person the page names in full
    if position not in doc.sentence_first:
        return True
    if (
        (listed or coined_firm_name(word))
        and doc.text[token.end : token.end + 1] == " "
        and _following_is_lower(doc, position)
    ):
        return True  # "Pfizer recalled", "Lenovo shipped": no word of the language, so any verb will do
    return after in PARTY_DEEDS or after in FIRM_DEEDS or doc.text[token.end : token.end + 2] in ("'s", "’s")


# Nouns after a name that make it a thing's or a unit's, not its maker's: "a Hermes drone", "Sabre missiles",
# "a Stryker brigade" (besides the nouns of made things and products).
_THINGS_AFTER_A_NAME = (
    MADE_THING_NOUNS
    | PRODUCT_NOUNS_AFTER
    | WEAPON_NOUNS_AFTER
    | word_set("missile missiles rifle rifles brigade brigades regiment battalion squadron")
)


def _thing_named_after(doc: ActorDocument, position: int) -> bool:
    following = doc.tokens[position + 1] if position + 1 < len(doc.tokens) else None
    return (
        following is not None
        and doc.tokens[position].joined
        and following.text.islower()
        and following.folded in _THINGS_AFTER_A_NAME
    )


def _following_is_lower(doc: ActorDocument, position: int) -> bool:
    following = doc.tokens[position + 1] if position + 1 < len(doc.tokens) else None
    return following is not None and following.text[:1].islower()


def _listed_firm_not_a_place(doc: ActorDocument, words: tuple[str, ...]) -> bool:
    """A listed firm's name (`listed_firms`) that is no place's too ("Dover", "Hartford": the towns first)."""
    return is_listed_firm(words) and doc.gazetteer.lookup(words) is None


def _listed_firm_named(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> bool:
    """'Exxon Mobil reported', 'analysts at Goldman Sachs', 'shares in Rio Tinto': a listed firm's name of two
    words or more, all capitalised, with no body's word in it (those the cues read); not a town of that name
    after a preposition of place ("moved to Rio Tinto"), nor the founder a job noun names ("the designer
    Ralph Lauren")."""
    tokens = doc.tokens
    if has_cue(words) or not is_listed_firm(words):
        return False
    if not all(tokens[k].text[:1].isupper() for k in range(position, last + 1)):
        return False
    previous = tokens[position - 1].folded if position > 0 and tokens[position - 1].joined else ""
    if previous in PLACE_PREPOSITIONS and not _traded_in(doc, position) and doc.gazetteer.lookup(words) is not None:
        return False
    if not is_given_name(words[0]):
        return True
    return _job_noun_before(doc, position, last) is None and _person_noun_before(doc, position, last) is None


def _firms_arm(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> bool:
    """'an outage at Amazon Web Services', 'Google Cloud signed': a firm the world knows by one word (or
    listed on a stock index), then the words of one of its arms (`FIRM_ARM_WORDS`), all capitalised."""
    tokens = doc.tokens
    if not all(tokens[k].text[:1].isupper() for k in range(position, last + 1)):
        return False
    head = words[0]
    known = head in KNOWN_FIRMS or _listed_firm_not_a_place(doc, (head,))
    return known and words[-1] in FIRM_ARM_WORDS and head not in doc.lower_case


def product_of_known_firm(doc: ActorDocument, position: int, words: tuple[str, ...]) -> bool:
    """'Microsoft Azure', 'Samsung Galaxy': a world-known firm, then one rare word that no cue reads, the name
    of what it sells (an arm's name ends with its own word: `FIRM_ARM_WORDS`)."""
    token = doc.tokens[position]
    return (
        len(words) == 2
        and words[0] in KNOWN_FIRMS
        and words[0] not in doc.lower_case
        and token.text[:1].isupper()
        and words[1] not in FIRM_ARM_WORDS
        and zipf(words[1]) < WORD_ALONE
        and not has_cue(words)
        and not is_given_name(words[0])  # "Leonardo Varga": a person whose given name a firm bears
        and not is_listed_firm(words)  # "Toyota Tsusho": a firm of the group, listed in its own right
    )


# A word before "Air" (or a miner's "Minerals") this rare is a name, not a plain word ("Open Air", "Fresh Air",
# "Natural Resources").
_AIRLINE_NAME_WORD = 3.0


def _airline_named_air(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> bool:
    """'Kish Air', 'Akasa Air', 'Mahan Air': an airline named by a rare word or a place, then "Air" (written so,
    closing the name); not "Clean Air", "Open Air", "Royal Air Force"."""
    tokens = doc.tokens
    if words[-1] != "air" or tokens[last].text != "Air":
        return False
    if last + 1 < len(tokens) and tokens[last].joined and tokens[last + 1].folded in ("and", "&"):
        return False  # "the Middle East Air and Missile Defense initiative": "Air" of a field, cut at "and"
    before = words[:-1]
    if doc.things or _other_model_of(doc, before):
        return False  # "the cheaper Veyra Air" beside the "Veyra Pro": a model of a product line
    if position > 0 and tokens[position - 1].folded in ("the", "a", "an", "new"):
        return False  # "The new Zorvix Air goes on sale": a model after an article (an airline takes none)
    return all(zipf(word) < _AIRLINE_NAME_WORD for word in before) or doc.gazetteer.lookup(before) is not None


# What a miner digs, last in its name: "Tarvel Minerals", "Quorn Resources", "Varnby Lithium".
_MINED = word_set("minerals resources metals lithium nickel uranium")


def _miner_by_what_it_digs(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> bool:
    """'Pilbara Minerals', 'Arcadium Lithium', 'Tarvel Resources': a rare word or a place, then what the firm
    mines; not "Natural Resources", "Human Resources", "Critical Minerals" (plain words before it)."""
    if words[-1] not in _MINED or not doc.tokens[last].text.istitle():
        return False
    before = words[:-1]
    return all(zipf(word) < _AIRLINE_NAME_WORD for word in before) or doc.gazetteer.lookup(before) is not None


def _other_model_of(doc: ActorDocument, brand: tuple[str, ...]) -> bool:
    """Whether the page names another model of the brand by a model's word ("Veyra Pro", "Veyra Max")."""
    tokens, size = doc.tokens, len(brand)
    return any(
        token.folded in MODEL_SUFFIXES
        and token.folded != "air"
        and k >= size
        and tuple(t.folded for t in tokens[k - size : k]) == brand
        for k, token in enumerate(tokens)
    )


def _opens_a_longer_name(doc: ActorDocument, word: str) -> bool:
    """Whether the word opens a run of capitalised words somewhere on the page ("Leonardo DiCaprio")."""
    tokens = doc.tokens
    return any(
        token.folded == word and token.joined and k + 1 < len(tokens) and tokens[k + 1].text[:1].isupper()
        for k, token in enumerate(tokens)
    )


def _county_first(doc: ActorDocument, position: int) -> bool:
    """'Lancashire Local Nature Partnership': a county or a city (no state: "Indonesia-Australia ...
    Partnership" is an agreement; no small town named by a word: "Time Lock") opens the name."""
    tokens = doc.tokens
    place = doc.gazetteer.lookup((tokens[position].folded,))
    if place is None or place.kind != "place" or not tokens[position].joined:
        return False
    # (A region needing support has no population in the table: "Lancashire", "Devon".)
    return place.population == 0 or place.population >= _CITY_BEFORE_A_HEADING or is_region(place)


_CITY_BEFORE_A_HEADING = 100_000


def _land_no_one_is_named(doc: ActorDocument, words: tuple[str, ...]) -> Place | None:
    """'Queensland, who made 356', 'Leeds, who were relegated': a state, a region or a city that is no
    one's given or family name stands for its team or its people before ", who", not for a person."""
    place = doc.gazetteer.lookup(words) if len(words) == 1 else None
    if place is None or is_given_name(words[0]) or is_surname(words[0]):
        return None
    if place.kind == "state" or place.population == 0 or place.population >= _CITY_BEFORE_A_HEADING:
        return place
    return None


def _party_by_its_word(doc: ActorDocument, position: int, word: str, after: str) -> bool:
    """'(Labour)', 'the Conservatives won', 'Labour won the seat': a party known by one ordinary word,
    capitalised; opening a sentence only before what a party does (`PARTY_DEEDS`)."""
    token = doc.tokens[position]
    if word not in PARTIES_BY_WORD or not token.text.istitle():
        return False
    in_brackets = doc.text[token.start - 1 : token.start] == "(" and doc.text[token.end : token.end + 1] in ",)"
    # "Labour leader Ilse Varn said": the party's post, then its holder, opening a sentence
    following = doc.tokens[position + 1].folded if position + 1 < len(doc.tokens) else ""
    post_after = token.joined and following in _PARTY_POSTS
    return (
        in_brackets
        or position not in doc.sentence_first
        or after in PARTY_DEEDS
        or post_after
        or _owns_a_member(doc, position)
    )


# Verbs that open a local campaign's name: "Save Harnby Meadows", "Stop the Quell Incinerator", "Keep Tarnby Green".
_CAMPAIGN_VERBS = word_set("save stop protect keep")
_CAMPAIGN_NAME_ZIPF = 3.0  # a word in the campaign's name this rare is a place's: "Brackenhurst"


def _campaign_by_its_aim(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> bool:
    """A campaign's verb, then capitalised words, one of them a rare word or a place the gazetteer knows
    (not "Save Money Today", a heading of common words)."""
    tokens = doc.tokens
    if words[0] not in _CAMPAIGN_VERBS or not all(
        cased(tokens[k]) or words[k - position] == "the" for k in range(position, last + 1)
    ):
        return False
    rest = words[1:]
    return any(
        zipf(word) < _CAMPAIGN_NAME_ZIPF or doc.gazetteer.lookup((word,)) is not None for word in rest if word != "the"
    )


# Words of a party in the singular, its members' word: "Liberal", "Labor".
_PARTY_BRANCH_WORDS = PARTIES_BY_WORD | word_set("liberal green democrat republican")


def _party_in_its_province(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> bool:
    """'Ontario Liberal Leader', 'Tarnshire NDP leader': a place the gazetteer knows, a party's word, then a
    party's post (not "Ontario Premier": no party)."""
    tokens = doc.tokens
    if words[1] not in _PARTY_BRANCH_WORDS or not tokens[last].joined or last + 1 >= len(tokens):
        return False
    if tokens[last + 1].folded not in _PARTY_POSTS or not cased(tokens[position]) or not cased(tokens[last]):
        return False
    return doc.gazetteer.lookup(words[:1]) is not None


# A party's posts named after the party's word: "Labour leader", "Tory MP", "Greens spokeswoman".
_PARTY_POSTS = word_set(
    "leader leaders mp mps mla mpp td councillor councillors candidate spokesman spokeswoman spokesperson"
)


def _firm_named_in_the_possessive(doc: ActorDocument, position: int, last: int, word: str) -> bool:
    """'a Lloyd's policy', 'the Moody's downgrade': "a", "an" or "the", a name that is no common word nor
    title, its possessive, then a noun in lower case."""
    tokens, text = doc.tokens, doc.text
    if position < 1 or last + 1 >= len(tokens) or tokens[position - 1].folded not in ("a", "an", "the"):
        return False
    if text[tokens[last].end : tokens[last + 1].start] not in ("'s ", "’s "):
        return False
    noun = tokens[last + 1]
    if not noun.text.islower() or noun.folded in FUNCTION_WORDS or not tokens[position - 1].joined:
        return False
    if noun.folded == "own":
        return False  # "the Ahr's own terroir": a possessive, whoever owns it
    if not tokens[position].text.istitle() or is_title(word) or word in doc.lower_case:
        return False
    if is_common_word(word, False) or doc.gazetteer.lookup((word,)) is not None:
        return False
    if word in KNOWN_BODIES or word in NAME_WORD:
        return False  # "the Kremlin's spokesman": a body known by one word speaks, its name is no firm's
    if _after_the_without_possessive(doc, word):
        return False  # "the Reich's expansion" on a page that writes "by the Reich for": the Reich's, no firm
    # a founder's name ("Lloyd", "Moody", "Christie") or a rare word, not an ordinary noun ("the Devil's work")
    return is_given_name(word) or is_surname(word) or zipf(word) < WORD_ALONE


def _after_the_without_possessive(doc: ActorDocument, word: str) -> bool:
    """Whether the page writes `word` after "the" somewhere without a possessive: "by the Reich for"."""
    tokens, text = doc.tokens, doc.text
    return any(
        token.folded == word
        and k > 0
        and tokens[k - 1].folded == "the"
        and tokens[k - 1].joined
        and text[token.end : token.end + 2] not in ("'s", "’s")
        for k, token in enumerate(tokens)
    )


_TRADED_IN = frozenset((("shares", "in"), ("shares", "of"), ("stake", "in"), ("stakes", "in")))


def _traded_in(doc: ActorDocument, position: int) -> bool:
    tokens = doc.tokens
    if position < 2 or not (tokens[position - 2].joined and tokens[position - 1].joined):
        return False
    return (tokens[position - 2].folded, tokens[position - 1].folded) in _TRADED_IN


def _member_of_a_party(doc: ActorDocument, position: int) -> bool:
    """'Labour's Ilse Varn', 'the Greens' Tomas Quell': a party known by one word, its possessive, then the name."""
    tokens = doc.tokens
    if position < 1 or tokens[position - 1].folded not in PARTIES_BY_WORD or not tokens[position - 1].text.istitle():
        return False
    return doc.text[tokens[position - 1].end : tokens[position].start] in ("'s ", "’s ", "' ", "’ ")


def _owns_a_member(doc: ActorDocument, position: int) -> bool:
    """'Labour's Ilse Varn': a party's word with its possessive, then a capitalised name (its member)."""
    tokens = doc.tokens
    return (
        doc.text[tokens[position].end : tokens[position].end + 3] in ("'s ", "’s ")
        and position + 1 < len(tokens)
        and tokens[position + 1].start == tokens[position].end + 3
        and cased(tokens[position + 1])
    )


_KIN_GROUPS = frozenset(("tribe", "tribes", "clan", "clans"))
_LIST_REACH = 12  # tokens back from a listed name to the "of" that opens the list
_OWNED_PLACES = frozenset(("camps", "crossings"))


def _plural_place_noun_before_list(doc: ActorDocument, position: int) -> str | None:
    """The plural place noun in lower case before "of" and a list of names this one is in ("the districts of
    Varn and Tesk"), walking back over capitalised words, commas and "and"."""
    tokens = doc.tokens
    k = position - 1
    while k >= 1 and position - k <= _LIST_REACH:
        token = tokens[k]
        gap = doc.text[token.end : tokens[k + 1].start]
        if "." in gap or "\n" in gap:
            return None  # the list ends with its sentence
        opener = (
            1 if token.folded in _LIST_VERBS else 2 if token.folded == "as" and tokens[k - 1].folded == "such" else 0
        )
        if (token.folded == "of" or opener) and token.text.islower() and k - max(opener, 1) >= 0:
            # "the districts of Varn and Tesk"; "other towns include Varn, Tesk and Oskel", "towns such as Varn"
            noun = tokens[k - max(opener, 1)]
            if opener and noun.folded not in PLURAL_AREA_HEADS and k - opener >= _LYING_WORDS:
                # "several islands in the river, including Varn and Tesk": where they lie, between the noun
                # and the list
                where = tokens[k - opener - _LYING_WORDS + 1 : k - opener + 1]
                if where[0].folded in _LYING_PREPOSITIONS and where[1].folded == "the" and where[2].text.islower():
                    noun = tokens[k - opener - _LYING_WORDS]
            # not "the camps of Jama'at X": a group's camps, named for whose they are
            listed = noun.folded in PLURAL_AREA_HEADS and noun.folded not in _OWNED_PLACES
            return noun.text if listed and noun.text.islower() else None
        if not (cased(token) or (token.folded == "and" and token.text.islower())):
            return None
        k -= 1
    return None


# "islands in the river", "villages along the coast": where a plural place noun's places lie, before their list
_LYING_PREPOSITIONS = frozenset(("in", "on", "along", "near", "across"))
_LYING_WORDS = 3
# Verbs that open a list of what a plural noun holds: "other towns include ...", "cities including ...".
_LIST_VERBS = frozenset(("include", "includes", "included", "including"))


# A tie to someone before "to": "loyal to", "allied to", "close to", "married to", "according to".
_TIES_BEFORE_TO = frozenset(("loyal", "allied", "close", "closer", "linked", "married", "related", "according"))


def _served_plural(words: tuple[str, ...]) -> bool:
    """'Citizens Advice', 'Tenants Advice': a plural of people before a body's head, two words."""
    word = words[0]
    return (
        len(words) == 2
        and word.endswith("s")
        and len(word) > 4
        and zipf(word[:-1]) >= _RARE_OPENER
        and (word in PEOPLE_NOUNS or word[:-1] in SERVED_PEOPLE)
    )


def _rare_firm_before_its_shares(doc: ActorDocument, word: str, last: int) -> bool:
    """'Tarnco shares rose 3% after the results': a rare word opening a sentence before what only a listed
    firm has moving ("shares rose", `PHRASE_AFTER`) is the firm, not an ordinary word."""
    tokens = doc.tokens
    if zipf(word) >= _RARE_OPENER or last + 2 >= len(tokens) or not tokens[last].joined or not tokens[last + 1].joined:
        return False
    cue = PHRASE_AFTER.get((tokens[last + 1].folded, tokens[last + 2].folded))
    return cue is not None and cue.kind is ActorKind.organization and tokens[last + 1].text.islower()


# Who owns the kin noun before a name: "whose son Chanda", "her daughter Ama", "Mulenga's son Kapya".
_KIN_OWNERS = word_set("whose his her their my our your")


def _kin_named_after_its_noun(doc: ActorDocument, position: int) -> bool:
    """'whose son Chanda', 'her daughter Ama', "the widow's son Kapya": a kin noun in lower case, owned by
    someone, right before the name."""
    tokens, text = doc.tokens, doc.text
    if position < 2 or not tokens[position - 1].joined or not tokens[position - 2].joined:
        return False
    kin, owner = tokens[position - 1], tokens[position - 2]
    if not kin.text.islower() or kin.folded not in KIN_AFTER_POSSESSIVE:
        return False
    return owner.folded in _KIN_OWNERS or text[owner.end : owner.end + 2] in ("'s", "’s")


# Who is forced to do something, after "forces": "forces thousands to flee", "forces them to leave".
_FORCED_ONES = word_set(
    "thousands hundreds dozens millions residents people families villagers civilians them him her us everyone many"
)


def _forces_someone_to(doc: ActorDocument, verb: int) -> bool:
    """'forces thousands to flee': "forces" the verb, with its object and "to" after it."""
    tokens = doc.tokens
    if verb + 2 >= len(tokens) or not tokens[verb].text.islower() or not tokens[verb].joined:
        return False
    forced = tokens[verb + 1]
    return forced.folded in _FORCED_ONES and forced.joined and tokens[verb + 2].folded == "to"


# Verbs of making before "by" or "with" and the maker: "made with", "built by", "designed by".
_MAKING_VERBS = word_set("made built designed developed produced manufactured assembled engineered co-developed")


def _maker_after_a_making_verb(doc: ActorDocument, position: int, word: str) -> bool:
    """'made with Varnitech', 'designed by Quellmark': a rare word no list knows as a person's or a place's
    name, after a verb of making and "by" or "with", is the maker, a firm (not "designed by Ilse")."""
    tokens = doc.tokens
    if position < 2 or tokens[position - 1].folded not in ("by", "with") or doc.technical:
        return False
    verb = tokens[position - 2]
    if not (verb.text.islower() and verb.folded in _MAKING_VERBS and verb.joined and tokens[position - 1].joined):
        return False
    return (
        zipf(word) < _RARE_OPENER
        and not is_given_name(word)
        and not is_surname(word)
        and doc.gazetteer.lookup((word,)) is None
    )


# A person a town's name may describe after "a": "a Springfield man", "a Leeds pensioner".
# (Not "driver" or "student": "a Mercedes driver", "a Harvard student" name a car and a university.)
_RESIDENT_NOUNS = word_set(
    "man men woman women boy boys girl girls teenager teenagers couple pensioner resident mother father "
    "grandmother grandfather"
    # ...and what a town has of its own: "a Bradford secondary school", "a Leeds hospital"
    " school schools secondary primary hospital hospitals college"
)


def _town_of_a_resident(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> str | None:
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


# What comes from a maker or a giver, and through a provider, before the preposition and a one-word name.
_GIVEN_BEFORE = {"from": (GOODS_BEFORE_FROM, "a maker"), "through": (SERVICE_BEFORE_THROUGH, "a provider")}


def _giver_after(doc: ActorDocument, position: int, words: tuple[str, ...]) -> str | None:
    """How a one-word name reads as a firm that makes, gives or provides what the word before its preposition
    names ("chips from Nvidia", "monitoring through Varnex"), or None (the gazetteer's towns stay places)."""
    tokens = doc.tokens
    if position < 2 or not tokens[position - 2].joined or not tokens[position - 1].joined:
        return None
    preposition, thing = tokens[position - 1].folded, tokens[position - 2]
    nouns, role = _GIVEN_BEFORE.get(preposition, (frozenset(), ""))
    if thing.folded not in nouns or not thing.text.islower() or doc.gazetteer.lookup(words) is not None:
        return None
    return f"{role}, after '{thing.text} {preposition}'"


def _taken_on(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> bool:
    """'called in Mandora.', 'brought in Varnex to audit': after a verb of hiring and "in", a name that ends
    its phrase and is no person's (not "called in Oskel villages": a place before its noun)."""
    tokens = doc.tokens
    if position < 2 or tokens[position - 1].folded != "in" or tokens[position - 2].folded not in HIRE_BEFORE_IN:
        return False
    following = tokens[last + 1] if last + 1 < len(tokens) and tokens[last].joined else None
    if following is not None and following.text.islower() and following.folded not in FUNCTION_WORDS:
        return False
    return not is_given_name(words[-1]) and not is_surname(words[-1])


def _post_after_a_body(doc: ActorDocument, position: int, last: int) -> str | None:
    """'Unison branch secretary Debbie Carrow', 'Tarnvale spokeswoman Ana Reyes': the post (one to three
    words in lower case, `POSTS_AFTER_A_BODY`) between a one-word name and its holder's capitalised name."""
    tokens = doc.tokens
    word = tokens[position].folded
    if word in POST_QUALIFIERS or is_title(word) or word in FUNCTION_WORDS or not tokens[position].text.istitle():
        return None
    if word in NAME_WORD or word in HEAD_WORD:
        return None  # "Government spokesman", "Police spokesman": a body's common word, no name
    if doc.gazetteer.country_of_demonym(word) is not None:
        return None  # "British spokesman ...": a people's adjective
    for size in (1, 2, 3):
        holder = last + size + 1
        if holder >= len(tokens) or not all(tokens[k].joined for k in range(last, holder)):
            continue
        phrase = tuple(tokens[k].folded for k in range(last + 1, holder))
        if not tokens[holder].capitalised:
            continue
        post_words = range(last + 1, holder)
        if phrase in POSTS_AFTER_A_BODY and all(
            tokens[k].text.islower() or _post_letters(tokens[k].text) for k in post_words
        ):
            return " ".join(tokens[k].text for k in range(last + 1, holder))
        if (phrase in POSTS_AFTER_A_BODY or phrase == ("director",)) and _coined_body_before_titled_post(
            doc, position, post_words
        ):
            return " ".join(tokens[k].text for k in post_words)
    return None


def _coined_body_before_titled_post(doc: ActorDocument, position: int, post_words: range) -> bool:
    """'Zorgvardia Director Ilse Varn', 'Tarvolex Chief Executive Ann Lee': a post written in title
    case after a rare word that no list knows as a place or a person's name: the word is the body's
    ("Moscow Mayor", "Harper Director" and "Creative Director" are not)."""
    word = doc.tokens[position].folded
    return (
        all(doc.tokens[k].text.istitle() or _post_letters(doc.tokens[k].text) for k in post_words)
        and zipf(word) < _RARE_OPENER
        and word not in doc.lower_case
        and not is_given_name(word)
        and not is_surname(word)
        and doc.gazetteer.lookup((word,)) is None
    )


def _post_letters(word: str) -> bool:
    """A post written as its letters: "CEO", "CFO"."""
    return word.isupper() and len(word) == 3


# The last word of a feast's name before "party": "New Year", "Boxing Day", "Burns Night".
_FEAST_ENDS = word_set("year day eve night")


def _firm_before_its_service(doc: ActorDocument, position: int, word: str) -> bool:
    """'passengers on Stagecoach buses': a capitalised word inside a sentence, never written in lower
    case on the page, before a plural noun of what only a firm runs (`FIRM_SERVICE_NOUNS`)."""
    tokens = doc.tokens
    following = position + 1
    if following >= len(tokens):
        return False
    brand = is_camel_case(tokens[position].text)
    # "the last NorthLink ferry": one ferry of a firm whose name is in a brand's casing.
    service = tokens[following].folded in FIRM_SERVICE_NOUNS or (brand and tokens[following].folded in FIRM_SERVICE)
    return (
        service
        and tokens[position].joined
        and tokens[following].text.islower()
        and _capitalised_ordinary_word(doc, position, word, brand=brand)
        and doc.gazetteer.country_of_demonym(word) is None
        and doc.gazetteer.lookup((word,)) is None  # "Leeds buses": the town's
    )


def _common_word_after_membership(doc: ActorDocument, position: int, word: str) -> bool:
    """'Members of Unite', 'a member of Reform', 'backed by Amazon': a capitalised ordinary word after
    "members of" or a phrase of backing, inside a sentence, never written in lower case on the page,
    and no title ("members of Staff")."""
    tokens = doc.tokens
    return (
        position >= 2
        and (
            (tokens[position - 2].folded, tokens[position - 1].folded) in MEMBERSHIP_PHRASES
            or (tokens[position - 2].folded, tokens[position - 1].folded) in BACKING_PHRASES
        )
        and tokens[position - 1].text.islower()
        and _capitalised_ordinary_word(doc, position, word)
    )


def _capitalised_ordinary_word(doc: ActorDocument, position: int, word: str, *, brand: bool = False) -> bool:
    """An ordinary word capitalised inside a sentence (or in a brand's casing, where `brand` allows it)
    and never written in lower case on the page (so a name there), of more than three letters, and no
    title or word for people ("Staff")."""
    return (
        position not in doc.sentence_first
        and (doc.tokens[position].text.istitle() or brand)
        and len(word) > 3
        and word not in doc.lower_case
        and not is_title(word)
        and word not in PEOPLE_NOUNS
    )


def _town_closing_an_address(doc: ActorDocument, position: int) -> bool:
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


def _surname_speaks(doc: ActorDocument, word: str) -> bool:
    """'Street, whose firm...', 'West said': the family name alone, as a person's, somewhere else."""
    tokens, text = doc.tokens, doc.text
    for k in range(len(tokens) - 1):
        if tokens[k].folded != word or not tokens[k].capitalised or (k > 0 and tokens[k - 1].capitalised):
            continue
        gap, following = text[tokens[k].end : tokens[k + 1].start], tokens[k + 1]
        if gap == " " and (cue := NEXT_WORD.get(following.folded)) is not None and cue.kind is ActorKind.person:
            return True
        if gap == ", " and (comma := AFTER_COMMA.get(following.folded)) is not None and comma.kind is ActorKind.person:
            return True
    return False


def _group_opens_sentence(doc: ActorDocument, word: str, after: str) -> bool:
    """'Hezbollah fighters crossed...', 'Tremmin province was...': a rare word opening a sentence
    before a noun that says what it names is that name, not an ordinary word."""
    cue = NEXT_WORD.get(after)
    if cue is None or cue.kind is ActorKind.person or word in doc.lower_case:
        return False
    if cue.kind is ActorKind.state and word.endswith(("ing", "ed")):
        return False  # "Nudging people toward...": a verb, then the people it moves
    return zipf(word) < WORD_ALONE and not verb_form(word) and not word.endswith(_TERM_SUFFIXES)


# The longest formal name of a body read whole: "Directorate-General for European Civil Protection and
# Humanitarian Aid Operations" (10 words).
_LONGEST_FORMAL_BODY = 12
_ACRONYM_CLOSES = re.compile(r" \([A-Z][A-Za-z]{1,7}\)")
_LONGEST_PARALLEL_BODY = 20
_FORMAL_GLUE = word_set("of for on the and in")


# The bodies whose offices, centres and missions are named after them: "United Nations Office for ...",
# "European Union Office in ...", "African Union Mission for ...".
_NAMING_BODIES = (("united", "nations"), ("european", "union"), ("african", "union"))


def _office_of_a_named_body(tokens: list[Token], position: int) -> bool:
    """'United Nations Office for the ...': a body's two-word name, its office's head word, then "for",
    "of" or "on"."""
    if position + 3 >= len(tokens):
        return False
    if (tokens[position].folded, tokens[position + 1].folded) not in _NAMING_BODIES:
        return False
    return tokens[position + 2].folded in NAME_WORD and tokens[position + 3].folded in ("for", "of", "on")


def _one_word_before_a_formal_body(tokens: list[Token], position: int) -> bool:
    """'Reviewing Committee on the ...', 'Joint Committee on ...': one capitalised word, a body's word, then
    "on", "for" or "of"; or the acronym of the body it belongs to ("UN Office of the ... for ...")."""
    return (
        position + 2 < len(tokens)
        and (tokens[position].text.istitle() or ACRONYM.fullmatch(tokens[position].text) is not None)
        and tokens[position + 1].folded in NAME_WORD
        and tokens[position + 2].folded in ("for", "of", "on")
    )


def _acronym_spells_opening(tokens: list[Token], position: int, last: int, text: str) -> bool:
    """'United Nations Relief and Works Agency for ... (UNRWA)': the acronym in brackets after the name
    spells the initials of its opening capitalised words, three or more."""
    close = text.find(")", tokens[last].end, tokens[last].end + 14)
    letters = text[tokens[last].end + 2 : close] if close > 0 else ""
    if len(letters) < 3 or not letters.isalpha() or not letters.isupper():
        return False
    initials = "".join(t.text[0] for t in tokens[position : last + 1] if cased(t) and t.text != "The")
    return initials.startswith(letters)


# Forms of a land ruled for another, before "of" and its name; the words before them qualify the form only.
_DEPENDENCY_FORMS = word_set("territory protectorate colony dominion")
_DEPENDENCY_QUALIFIERS = word_set("trust the british french italian crown royal")


def _dependency_of_a_land(words: tuple[str, ...]) -> bool:
    """'Trust Territory of Varnland', 'Colony of Tarvel': a dependency's form, then "of" and its name."""
    form = next((k for k, w in enumerate(words[:3]) if w in _DEPENDENCY_FORMS), None)
    return (
        form is not None
        and form + 2 < len(words)
        and words[form + 1] == "of"
        and all(w in _DEPENDENCY_QUALIFIERS for w in words[:form])
    )


def _acronym_spells_every_word(tokens: list[Token], position: int, last: int, text: str) -> bool:
    """'Tarvel Office for the North and the Quellmoor (TONQ)': the acronym in brackets spells every capitalised
    word's initial, past "and the" too: one body's name, not two."""
    close = text.find(")", tokens[last].end, tokens[last].end + 14)
    letters = text[tokens[last].end + 2 : close] if close > 0 else ""
    initials = "".join(t.text[0] for t in tokens[position : last + 1] if cased(t) and t.text != "The")
    return len(letters) >= 3 and letters.isalpha() and letters.upper() == initials.upper()


# Initials before a name in Indian writing: "K. R. Suresh"; at most three of them and two name words after.
_MAX_LEADING_INITIALS, _MAX_WORDS_AFTER_INITIALS = 3, 2


# Words for a kind of place that open places' names in the Philippines, Malaysia and Indonesia (`cues.FIRST_WORD`):
# alone, a common noun of their English ("the barangay council", "Barangay kagawad ...").
_PLACE_NOUNS_ABROAD = word_set("barangay brgy sitio purok kampung kampong sungai taman jalan lorong pulau")
# Places' words written short (`cues.FIRST_WORD`), read so only with their stop.
_SHORT_PLACE_WORDS = word_set("mt ft sta sto brgy")
_DOTTED_INITIALS = re.compile(r"[A-Z](?:\.[A-Z]){1,2}")
_NAME_AFTER_INITIALS = 3.5  # "Raghavendra", "Narayanaswamy"; not "Navy" of "U.S. Navy"


def _dotted_initials_before_name(doc: ActorDocument, position: int, last: int) -> bool:
    """'K.R. Raghavendra': two or three initials written with stops and no spaces, then one or two rare name
    words; not a state's or a body's letters ("U.S. Navy", "U.N. Habitat": common words follow them)."""
    tokens, text = doc.tokens, doc.text
    initials = tokens[position]
    if not _DOTTED_INITIALS.fullmatch(initials.text) or text[initials.end : initials.end + 2] != ". ":
        return False
    if doc.gazetteer.lookup((initials.folded,)) is not None:
        return False
    return all(
        tokens[k].text.istitle()
        and zipf(tokens[k].folded) < _NAME_AFTER_INITIALS
        and tokens[k].folded not in HEAD_WORD
        and tokens[k].folded not in NAME_WORD
        for k in range(position + 1, last + 1)
    )


def _initials_then_names(doc: ActorDocument, position: int, last: int) -> bool:
    """'P. Ilangovan', 'B. N. Venkatesh Murthy': the run opens with capital letters each closed by its stop,
    and one or two name words (no capitals, no small words) follow."""
    tokens, text = doc.tokens, doc.text
    k = position
    while (
        k < last
        and len(tokens[k].text) == 1
        and tokens[k].text.isupper()
        and text[tokens[k].end : tokens[k + 1].start] == ". "
    ):
        k += 1
    if k == position or k - position > _MAX_LEADING_INITIALS or last - k + 1 > _MAX_WORDS_AFTER_INITIALS:
        return False
    return all(
        len(tokens[j].text) > 1
        and not tokens[j].text.isupper()
        and tokens[j].folded not in FUNCTION_WORDS
        and tokens[j].folded not in HEAD_WORD
        and tokens[j].folded not in NAME_WORD
        for j in range(k, last + 1)
    )


def _words_in_name(doc: ActorDocument, position: int, last: int) -> int:
    """The words of a name, a word written with a hyphen counted once and an opening "the" not at all
    ("the ... Fact-Finding Mission for the Sudan"); so are two parties joined by an en dash ("the Varnia–Tremmia
    Joint Working Group on ...")."""
    tokens, text = doc.tokens, doc.text
    hyphens = sum(text[tokens[k - 1].end : tokens[k].start] in ("-", "‐", "–") for k in range(position + 1, last + 1))
    return last - position + 1 - hyphens - (tokens[position].folded == "the")


def _formal_body(tokens: list[Token], position: int, last: int, text: str = "") -> bool:
    """A body's head word, then "for", "of" or "on" within its first three words, then capitalised words
    (no acronym) and glue only: a formal name longer than most names, not a heading (those are
    skipped before)."""
    # "National Committee for the Return of ... and the Restoration of ... in the ...": two aims make a
    # formal name longer still (up to 20 words), and its "and the" joins the aims, not two bodies.
    parallel = has_parallel_aims(tokens, position, last)
    # "Regional Centre on ... the Horn of Africa and Bordering States (RECSA)": its acronym in brackets
    # closes a name that lists the lands it serves (up to 30 words).
    closed = bool(text) and _ACRONYM_CLOSES.match(text, tokens[last].end) is not None
    longest = LONGEST_NAME_BEFORE_ACRONYM if closed else _LONGEST_PARALLEL_BODY if parallel else _LONGEST_FORMAL_BODY
    if _nested_bodies(tokens, position, last):
        longest = max(longest, _LONGEST_PARALLEL_BODY)
    if last - position + 1 > longest:
        return False
    # The body's word opens the name, or follows one adjective ("National Committee for ...") when two aims do.
    spelled = closed and _acronym_spells_opening(tokens, position, last, text)
    if (
        tokens[position].folded not in NAME_WORD
        and not spelled
        and not ((parallel or closed) and tokens[position + 1].folded in NAME_WORD)
    ):
        # "United Nations Office for the Coordination of ...": a body's office, named after the body
        if not _office_of_a_named_body(tokens, position) and not _one_word_before_a_formal_body(tokens, position):
            return False
    elif not spelled and not any(
        tokens[k].folded in ("for", "of", "on") for k in range(position + 1, min(last, position + 3))
    ):
        return False
    run = tokens[position : last + 1]
    if tokens[position].folded not in NAME_WORD and not (
        parallel or closed or _office_of_a_named_body(tokens, position)
    ):
        # "Reviewing Committee on the Export of Works of Art": one word opens the body's name (not "International
        # Committee of the Red Cross and Médecins Sans Frontières": two bodies, too long for one).
        if any(t.folded == "and" for t in run):
            return False
        run = run[1:]
    if (
        not parallel
        and not (closed and _acronym_spells_every_word(tokens, position, last, text))
        and any(a.folded == "and" and b.folded == "the" for a, b in pairwise(run))
    ):
        return False  # "Office of Foreign Assets Control and the UK ...": two bodies
    return cased(run[-1]) and all(
        (cased(t) and not t.text.isupper()) or t.folded in _FORMAL_GLUE or _owners_acronym(run, k)
        for k, t in enumerate(run)
    )


# A body's part named in the body's name that holds no body's word: "the General Staff".
_PART_OF_A_BODY = word_set("staff")


# An electoral area's word after the place it is named for: "the Elbląg constituency", "the Tarnby ward".
_ELECTORAL_AREAS = word_set("constituency electorate riding ward")


FORCE_WITH_ITS_OPERATION = "a force's letters, then its operation"


def _force_letters_before_operation(tokens: list[Token], position: int, last: int) -> bool:
    """'EUNAVFOR MED Operation IRINI', 'EU NAVFOR Operation Atalanta': a force's letters, then "Operation" and
    its name: the force named with the operation it runs (the operation alone is no actor)."""
    at = next((k for k in range(position + 1, last) if tokens[k].text == "Operation"), None)
    if at is None or not cased(tokens[at + 1]):
        return False
    return all(ACRONYM.fullmatch(tokens[k].text) for k in range(position, at))


def _seat_after_for(tokens: list[Token], position: int, last: int) -> int | None:
    """Where the place begins after "for" ("the") inside a run a place's word follows ("Sejm for the Elbląg"
    before "constituency"); None when the run holds no "for"."""
    fors = [k for k in range(position + 1, last) if tokens[k].folded == "for"]
    if not fors:
        return None
    seat = fors[-1] + 1
    while seat < last and tokens[seat].folded == "the":
        seat += 1
    return seat if cased(tokens[seat]) else None


def _nested_bodies(tokens: list[Token], position: int, last: int) -> bool:
    """'Main Directorate of the General Staff of the Armed Forces of the Russian Federation': three or more
    bodies, each inside the next after "of", each ending with a body's word; a name longer than most."""
    parts: list[list[Token]] = [[]]
    for token in tokens[position : last + 1]:
        if token.folded == "of":
            parts.append([])
        elif token.folded != "the":
            parts[-1].append(token)
    return len(parts) >= 3 and all(
        part and (part[-1].folded in NAME_WORD or part[-1].folded in HEAD_WORD or part[-1].folded in _PART_OF_A_BODY)
        for part in parts
    )


def _owners_acronym(run: list[Token], k: int) -> bool:
    """'Office of the UN High Commissioner for Human Rights': a short acronym after "the", before more
    capitalised words, names the body the post or office belongs to, inside the formal name."""
    token = run[k]
    return (
        0 < k < len(run) - 1
        and 2 <= len(token.text) <= 4
        and token.text.isupper()
        and token.text.isalpha()
        and run[k - 1].folded == "the"
        and cased(run[k + 1])
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
_BASE_NOUNS = word_set("base bases")
_ARMED_SERVICES = word_set("army military air naval navy marine police")


# Spanish plural articles: gangs, cartels and bands name themselves as a crowd ("Los Tarnos", "Las Quimeras").
_SPANISH_PLURAL_ARTICLES = word_set("los las")


def _group_with_spanish_article(doc: ActorDocument, words: tuple[str, ...]) -> bool:
    """'Los Tarnos', 'Los Varga Boys': a plural article and a plural noun name a group, unless the gazetteer
    knows the words as a town ("Los Angeles", "Las Palmas")."""
    return (
        len(words) in (2, 3)
        and words[0] in _SPANISH_PLURAL_ARTICLES
        and words[-1].endswith("s")
        and doc.gazetteer.lookup(words) is None
    )


# Troops named by the land they are trained for: "mountain infantry", "jungle warfare", "desert troops".
_TROOP_NOUNS = word_set("infantry troops warfare rifles division brigade battalion regiment")


def _troops_after(doc: ActorDocument, last: int) -> bool:
    """Whether a lower-case kind of troops follows the name's last word ("Mountain infantry")."""
    tokens = doc.tokens
    return (
        last + 1 < len(tokens)
        and tokens[last].joined
        and tokens[last + 1].text.islower()
        and tokens[last + 1].folded in _TROOP_NOUNS
    )


def _camp_after_words(doc: ActorDocument, position: int, last: int) -> str | None:
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
        if (
            tokens[head].folded in _BASE_NOUNS
            and tokens[head].text.islower()
            and all(tokens[k].folded in _ARMED_SERVICES for k in between)
        ):
            return doc.text[tokens[last + 1].start : tokens[head].end]  # "the Tarnok army base"
    return None


# A region's status in lower case between its name and its noun: "the Tarvask autonomous region", "the
# Quellmar special administrative region", "the Orsk semi-autonomous province".
_REGION_STATUS_WORDS = word_set("autonomous semi-autonomous special administrative self-governing self-administered")
_REGION_STATUS_NOUNS = word_set("region regions republic province territory district zone prefecture oblast okrug area")
_REGION_STATUS_WORDS_BETWEEN = 2


def _region_status_after(doc: ActorDocument, last: int) -> str | None:
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


def _unit_after_words(doc: ActorDocument, last: int) -> str | None:
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


def _force_of_a_state(words: tuple[str, ...]) -> bool:
    """'Royal Navy of Oman', 'Armed Forces of Tarvel': an armed force's head word, then "of" and where it serves."""
    if "of" not in words[1:-1]:
        return False
    head = words[words.index("of", 1) - 1]
    return head in HEAD_WORD and HEAD_WORD[head].kind is ActorKind.armed_force


def body_for_an_aim(words: tuple[str, ...]) -> bool:
    """'Institute for the Study of War', 'Centre for the Prevention of Conflict': a body's word, then
    "for" and its aim; the aim's last word ("War") is no head of the name."""
    return len(words) >= 4 and words[0] in NAME_WORD and words[1] == "for"


def _base_named_after(tokens: list[Token], position: int, words: tuple[str, ...]) -> str | None:
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


# Phrases before a store's name that a person's name never takes: "sold at John Lewis" (not "sold by",
# "available from": "tickets available from Jean Hirst" names who sells them).
_SHOP_NOUNS = word_set("stores shops outlets branches supermarkets")
_SHOP_PHRASES = frozenset(
    tuple(phrase.split())
    for phrase in (
        "sold at",
        "available at",
        "on sale at",
        "online at",
        "shoppers at",
        "customers at",
        "shopping at",
        "bought at",
        "stocked at",
    )
)


# Goods sold through a firm, or sold in a country by one, then maybe the list's earlier names: "on sale
# on 19 September through Vodafone and EE", "sold in the UK by Currys and John Lewis", "mostly through
# Tillmart". (Not "sold by" alone: "the house was sold by Ilse Varn" names who sold it.)
_SALE_CHANNEL = re.compile(
    r"\b(?:sold|sale|sells|sell|available|stocked)\b[^.;:!?()\n]{0,70}?"
    r"(?:\b(?:through|via)|\bin (?:the )?[A-Z][\w.]* by) "
    r"(?P<listed>(?:[A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*)*(?:,| and| or) )*)$"
)


def _sale_channel_before(doc: ActorDocument, position: int, words: tuple[str, ...]) -> bool:
    """A name opened by a given name only after another seller ("by Currys and John Lewis"): alone, a
    person may sell ("tickets available through Tomas Quell")."""
    tokens = doc.tokens
    if position >= 2 and (tokens[position - 2].folded, tokens[position - 1].folded) in PHRASE_BEFORE:
        return False  # "sold through Brenmart": the phrase's own cue says it
    start = tokens[position].start
    match = _SALE_CHANNEL.search(doc.text, max(0, start - 120), start)
    return match is not None and (bool(match["listed"]) or not is_given_name(words[0]))


# Firms named in a deal's plain words, then maybe the list's earlier names: the shops a maker supplies its
# goods to ("supplies own-label pies to Tesco, Aldi and Co-op"; not water or power, which a town is supplied
# with), and the firms that advise on a deal ("The deal was advised on by Corrigan Dale for the sellers and by
# Pemberly Frost"; not "advised by" alone: a person advises too).
_SUPPLIED_TO = re.compile(
    r"\b(?:supplies|supplied|supplying|supply)(?P<goods>(?: [a-z][\w'’-]*){1,4}) to "
    r"(?P<listed>(?:[A-Z][\w.'’&-]*(?: [A-Z][\w'’&-]*)*(?:,| and| or) )*)$"
)
_LOWER_TAIL = re.compile(r"[-‐][a-z]+\b")
_SUPPLY_NOT_GOODS = word_set("water electricity gas power energy heat heating broadband arms weapons troops aid")
_ADVISED_ON = re.compile(
    r"\b(?:advised on(?: the (?:deal|sale|takeover|merger|purchase|acquisition|bid|transaction|float|listing))? by"
    r"|(?:deal|sale|takeover|merger|purchase|acquisition|bid|transaction) (?:was|is|has been) advised by)"
    r"(?: [^.;:!?()\n]{0,60}? and by)? "
    r"(?P<listed>(?:[A-Z][\w.'’&-]*(?: [A-Z][\w'’&-]*)*(?:,| and| or) )*)$"
)


# A post held at a firm, its work named by bare nouns: "who ran infrastructure at Tollbyte", "led chip design
# at Quorvex" (not "ran a bakery at Tarnby" or "ran the pub at Church Loke": with an article, a place's shop).
_WORK_RUN_AT = re.compile(
    r"\b(?:ran|runs|run|led|leads|headed|heads|oversaw|oversees|managed|manages|worked in)"
    r"(?P<work>(?: [a-z][\w'’-]*){1,3}) at $"
)
_NOT_BARE_WORK = word_set("a an the his her their its our my your this that one two several")


def _firm_named_in_full(doc: ActorDocument, position: int, name: str) -> str | None:
    """'Holloway Ridge' where the page also writes 'Holloway Ridge Partners' nearby: the firm's head word
    (`COMPANY_HEADS`) that follows the name there, or None (a place's name is not written before a firm's trade)."""
    return head_written_after(doc, position, name, COMPANY_HEADS)


def _firm_in_a_deal(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> str | None:
    """'supplies own-label pies to Tesco', 'advised on by Corrigan Dale': a shop supplied or a deal's adviser
    (a name opened by a given name only after another firm of the list; never a place the gazetteer knows)."""
    start = doc.tokens[position].start
    before = doc.text[max(0, start - 140) : start]
    supplied = _SUPPLIED_TO.search(before) if "suppl" in before else None  # (a look-up first: no regex cost)
    if supplied is not None and not any(w in _SUPPLY_NOT_GOODS for w in supplied["goods"].split()):
        match, how = supplied, "a shop a maker supplies"
    elif "advised" in before and (advised := _ADVISED_ON.search(before)) is not None:
        match, how = advised, "an adviser on a deal"
    elif before.endswith(" at ") and (run := _WORK_RUN_AT.search(before)) is not None:
        if any(w in _NOT_BARE_WORK for w in run["work"].split()) or words[-1] in PLACE_HEADS:
            return None  # "ran a bakery at Tarnby", "run courses at Holm Barracks": a place
        match, how = run, "a firm where a post's work was done"
    else:
        return None
    if not match.groupdict().get("listed") and is_given_name(words[0]):
        return None
    if any(doc.gazetteer.lookup(part) is not None for part in (words, words[:1])):
        return None  # "supplies grain to Egypt": a state or a town keeps its kind
    return how


def _shop_phrase_before(doc: ActorDocument, position: int) -> str | None:
    """The phrase of `_SHOP_PHRASES` right before the name ("sold at"), or None."""
    tokens = doc.tokens
    for size in (3, 2):
        begin = position - size
        if begin < 0 or not all(tokens[k].joined for k in range(begin, position)):
            continue
        phrase = tuple(tokens[k].folded for k in range(begin, position))
        if phrase in _SHOP_PHRASES:
            return " ".join(phrase)
    return None


# Nouns after an acronym (or a list of them) that make it a file's format, not a body; "files" only
# with no "the" before ("handles EPUB files"; "the NHS files" are a body's).
_FORMAT_NOUNS = word_set("format formats codec codecs")
_FILE_NOUNS = word_set("file files")


# A size with its unit right before an acronym, in a device's specs: "6.7in OLED", "120Hz LTPO", "50MP RAW".
_MEASURE_BEFORE = re.compile(r"\d(?:[.,]\d+)?(?:in|inch|\"|″|mm|cm|hz|khz|ghz|gb|tb|mp|mah)[ \t]$", re.IGNORECASE)


def _file_format(doc: ActorDocument, position: int, last: int) -> bool:
    """'EPUB and PDF files', 'the MP3 format': an acronym (or a list of them) before a format's noun."""
    noun = _word_after_list(doc, last)
    if noun in _FORMAT_NOUNS:
        return True
    tokens, k = doc.tokens, position
    while k >= 2 and (tokens[k - 1].text in ("and", "or") or doc.text[tokens[k - 1].end : tokens[k].start] == ", "):
        k -= 1 if tokens[k - 1].text[:1].isupper() else 2  # back to the list's first name
    before = tokens[k - 1] if k > 0 else None
    owned = before is not None and (before.folded == "the" or doc.text[before.end : before.end + 2] in ("'s", "’s"))
    return noun in _FILE_NOUNS and not owned


_REGION_HEADS = word_set("province region wilayah wilayat")
_BODY_KINDS = (ActorKind.organization, ActorKind.armed_force)


def _branch_named_for_region(words: tuple[str, ...]) -> Cue | None:
    """'Islamic State West Africa Province', 'Tremmin Front Northern Region': a body's word, then at
    least one more word, then a province's head: the group's branch, not the land ("Free State
    Province", with no word between, stays a province)."""
    if len(words) < 4 or words[-1] not in _REGION_HEADS:
        return None
    for k in range(1, len(words) - 2):
        row = NAME_WORD.get(words[k])
        if row is not None and row.kind in _BODY_KINDS:
            return row
    return None


_ONLINE_FROM = ("online", "from")


def _buying_before(doc: ActorDocument, position: int) -> bool:
    """'buy the same titles online from Pagewell': a word of buying earlier in the sentence."""
    k = position - 1
    while k >= max(0, position - _SENTENCE_REACH):
        if doc.tokens[k].folded in BUYING_WORDS:
            return True
        if k in doc.sentence_first:
            return False
        k -= 1
    return False


# An age right before a name: "13-year-old Elowen Coldrick", "the 82 year old Tobias Wren".
_AGE_BEFORE = re.compile(r"\b\d{1,3}[-‐ ]years?[-‐ ]old[ \t]+$")
# A version number names a release of software: "1.72.0", "v2.3".
_VERSION = re.compile(r"\bv?\d+\.\d+\.\d+\b|\bv\d+(?:\.\d+)?\b")
_SENTENCE_REACH = 40  # tokens looked at either side of a name for its sentence's words


def _about_software(doc: ActorDocument, position: int, last: int) -> bool:
    """'Extra compiler lints are available from Clippy': on a page with code, or in a sentence with a
    word of software or a version number, a seller's phrase names a tool or a package, not a shop."""
    if doc.technical:
        return True
    tokens = doc.tokens
    begin = position
    while begin > max(0, position - _SENTENCE_REACH) and begin not in doc.sentence_first:
        begin -= 1
    end = last + 1
    while end < min(len(tokens), last + _SENTENCE_REACH) and end not in doc.sentence_first:
        end += 1
    if any(tokens[k].folded in SOFTWARE_WORDS for k in range(begin, end)):
        return True
    stop = tokens[end].start if end < len(tokens) else len(doc.text)
    return _VERSION.search(doc.text, tokens[begin].start, stop) is not None


def _lower_article_before(doc: ActorDocument, position: int) -> bool:
    """'al-' of "al-Varnak": an Arabic article in lower case, joined by a hyphen to the name after it."""
    tokens = doc.tokens
    return (
        position > 0
        and tokens[position - 1].folded in ARABIC_ARTICLES
        and tokens[position - 1].text.islower()
        and doc.text[tokens[position - 1].end : tokens[position].start] in ("-", "‐")
    )


_KNOWN_AS = frozenset({("known", "as"), ("known", "locally", "as")})
# Fighters in the plural, named before the name their group goes by.
_FIGHTER_PLURALS = word_set("insurgents militants rebels fighters jihadists gunmen militias guerrillas")


def _state_possessive_before(doc: ActorDocument, position: int) -> bool:
    """Whether a state's name in the possessive stands right before the name at `position` ("Russia's Rosatom")."""
    if position < 2:
        return False
    owner = doc.tokens[position - 1]
    place = doc.gazetteer.lookup((owner.folded,))
    gap = doc.text[owner.end : doc.tokens[position].start]
    return place is not None and place.kind == "state" and gap in ("'s ", "’s ")


def _fighters_before(doc: ActorDocument, begin: int) -> bool:
    """Whether fighters in the plural and a comma stand right before "known as" at `begin`."""
    tokens = doc.tokens
    return (
        begin > 0
        and tokens[begin - 1].folded in _FIGHTER_PLURALS
        and doc.text[tokens[begin - 1].end : tokens[begin].start] == ", "
    )


def _context_cue(doc: ActorDocument, position: int, last: int) -> tuple[Cue, str] | None:
    """What the words around a name say it is: 'the fight against Varnak', 'members of Varnak',
    'Varnak claimed responsibility', 'Varnak's leader', 'Varnak-held'."""
    tokens, text = doc.tokens, doc.text
    # "the group known as al-Varnak": the phrase stands before the name's article in lower case
    opening = position - 1 if _lower_article_before(doc, position) else position
    if opening == position and _state_possessive_before(doc, position):
        opening = position - 1  # "a subsidiary of Russia's Rosatom": the phrase governs the state's firm
    for size in (3, 2, 1):
        begin = opening - size
        if begin < 0 or not all(tokens[k].joined for k in range(begin, opening)):
            continue
        phrase = tuple(tokens[k].folded for k in range(begin, opening))
        cue = PHRASE_BEFORE.get(phrase)
        if phrase in _KNOWN_AS and _fighters_before(doc, begin):
            # "The insurgents, known locally as al-Varnak, ...": the name fighters go by is their group's
            return Cue(ActorKind.organization, 0.6), "the name fighters are known by"
        if phrase == _ONLINE_FROM and _shop_online(doc, position) and not _about_software(doc, position, last):
            # "buy the same titles online from Pagewell" (not "joined the meeting online from Tarrowby")
            return Cue(ActorKind.organization, 0.55), "after 'online from' and a word of buying"
        if phrase in TOOL_PRONE_PHRASES and _about_software(doc, position, last):
            return None  # "Rivals include Sniffwell, a linter": a tool, not a firm
        if phrase in BACKING_PHRASES and _noun_after_list(doc, last):
            return None  # "backed by Harlow and Tarnby councils": the councils back it
        if phrase in SUPPLY_PHRASES and (_noun_after_list(doc, last) or _about_software(doc, position, last)):
            # "supplies Thornmere and Calverley councils": the councils are supplied; "lints are available
            # from Clippy": a tool.
            return None
        if cue is None and last > position:
            cue = PERSON_PHRASE_BEFORE.get(phrase)
        if cue is not None and _possessor(doc, last):
            break  # "joined Ilse Varn's Tremmin Front": the phrase governs what is hers, not her
        if cue is not None:
            return cue, f"after '{' '.join(phrase)}'"
    role = tokens[position - 1] if position > 0 else None
    if role is not None and role.folded in FIRM_ROLES_BEFORE_COMMA and text[role.end : tokens[position].start] == ", ":
        # "The club's bankers, Ashgrove Money and Tarnbanken,": firms named after the role they play.
        trade = tokens[last + 1] if last + 2 < len(tokens) else None
        if trade is not None and trade.text.islower() and trade.folded in TOWN_TRADES and tokens[last + 2].capitalised:
            # "its auditors, Tarnby firm Colley Marsh,": the town the firm comes from, then the firm.
            return Cue(ActorKind.place, 0.55), f"a town before '{trade.text}', after '{role.text},'"
        return FIRM_ROLES_BEFORE_COMMA[role.folded], f"after '{role.text},'"
    if last + 1 >= len(tokens):
        return None
    following = tokens[last + 1]
    gap = text[tokens[last].end : following.start]
    if gap in ("'s ", "’s ") and last == position and _member_named_after(tokens, last + 1):
        # "Frelimo's Daniel Chapo": a one-word name whose member is named after its possessive is a body
        return Cue(ActorKind.organization, 0.5), f"'{tokens[last].text}{gap}{following.text}', a member named"
    if gap in ("'s ", "’s ") and last == position + 1 and _body_named_after(tokens, last + 1):
        # "Corneille Nangaa's Alliance Fleuve Congo": two words whose body is named after their possessive: its leader
        return Cue(ActorKind.person, 0.5), f"'{tokens[last].text}{gap}{following.text}', a body led"
    if following.capitalised:
        return None
    if (
        gap in (" ", "'s ", "’s ")
        and following.folded in FORMER_STAFF_NOUNS
        and position > 0
        and tokens[position - 1].folded == "former"
        and tokens[position - 1].joined
    ):
        # "former Veltronic engineers", "former Hartwell's managers": the staff's old employer.
        return Cue(ActorKind.organization, 0.6), f"'former {tokens[last].text}{gap}{following.text}'"
    if gap in ("'s ", "’s "):  # the tokens leave a possessive out of the name
        cue = AFTER_POSSESSIVE.get(following.folded)
        if cue is None and last > position:
            cue = PERSON_AFTER_POSSESSIVE.get(following.folded)
        if cue is None and last == position:
            cue = KIN_AFTER_POSSESSIVE.get(following.folded)  # "Tremov's son": a person's kin
        return (cue, f"'{tokens[last].text}{gap}{following.text}'") if cue is not None else None
    if not tokens[last].joined:
        return None
    if gap in ("-", "‐"):
        cue = AFTER_HYPHEN.get(following.folded)
        return (cue, f"'{tokens[last].text}-{following.text}'") if cue is not None else None
    return _phrase_after(doc, last)


def _particle_at(doc: ActorDocument, k: int) -> bool:
    """Whether the particle at `k` joins a person's names: a Tuareg "Ag" only before a rare family name
    ("Iyad Ag Ghaly"), not an abbreviation among common words ("Bayer Ag Crop Science")."""
    tokens = doc.tokens
    if tokens[k].folded != "ag":
        return True
    return tokens[k].text == "Ag" and k + 1 < len(tokens) and zipf(tokens[k + 1].folded) < _RARE_FAMILY_NAME


_RARE_FAMILY_NAME = 3.0


def _body_named_after(tokens: list[Token], k: int) -> bool:
    """Capitalised words from `k` (up to four) that hold a body's word: "Alliance Fleuve Congo"."""
    end = k
    while end < len(tokens) and end - k < 4 and cased(tokens[end]):
        if tokens[end].folded in NAME_WORD and NAME_WORD[tokens[end].folded].kind is ActorKind.organization:
            return True
        if not tokens[end].joined:
            break
        end += 1
    return False


def _member_named_after(tokens: list[Token], k: int) -> bool:
    """A person's given name, then a capitalised family name, from `k`."""
    return (
        k + 1 < len(tokens)
        and tokens[k].joined
        and cased(tokens[k])
        and cased(tokens[k + 1])
        and is_given_name(tokens[k].folded)
        and not is_title(tokens[k].folded)
    )


_HOSPITAL_HEADS = word_set("hospital infirmary hospice clinic")
_TOLD = word_set("told tells telling")
_RARE_AFTER_ACRONYM = 3.5  # Zipf: words after an acronym this rare name a mission, not a product ("NHS Digital")

# A meeting named after where it met: "the Tremmin Conference", "the Varn Summit".
_MEETINGS = word_set("conference summit")


def _met_in(doc: ActorDocument, position: int, words: tuple[str, ...]) -> Candidate | None:
    """'the London Conference of February 2016': a meeting named after a place names the place; the
    meeting is an event, not an actor. A meeting named otherwise ("Interfaith Conference") is a body."""
    at = next((k for k, word in enumerate(words) if word in _MEETINGS), None)
    if at is None or not 1 <= at <= 2:
        return None
    place = doc.gazetteer.lookup(words[:at])
    if place is None:
        return None
    name = doc.text[doc.tokens[position].start : doc.tokens[position + at - 1].end]
    kind = ActorKind.state if place.kind == "state" else ActorKind.place
    how = f"a meeting named after the place '{name}'"
    canonical = place.name if kind is ActorKind.state else None
    return Candidate(position, position + at - 1, name, kind, how, 0.7, canonical=canonical, gazetteer_name=place.name)


def _possessor(doc: ActorDocument, last: int) -> bool:
    """The name owns the capitalised name after it: "Ilse Varn's Tremmin Front"."""
    tokens = doc.tokens
    return (
        last + 1 < len(tokens)
        and doc.text[tokens[last].end : tokens[last + 1].start] in ("'s ", "’s ")
        and tokens[last + 1].capitalised
    )


_BEFORE_ARTICLE = frozenset(("now", "then", "also", "still", "herself", "himself"))


# Prepositions of where something happens that open a clause before its subject: "In Tarnby, the mayor said",
# "Near Oskel Lopan, an officer stopped the team" (not "from" or "with", which lead to people).
_WHERE_PREPOSITIONS = word_set("in near at outside inside around across through")


def _place_opens_the_clause(doc: ActorDocument, position: int, words: tuple[str, ...], cue: Cue) -> bool:
    """Whether a description of a person after the name ("Tarnby, the mayor of ...") belongs to the clause's
    subject, because the name is the place a preposition opens the clause with."""
    if cue.kind is not ActorKind.person or is_given_name(words[0]) or position == 0:
        return False
    before = doc.tokens[position - 1]  # "In" opening the sentence too
    return (before.joined and before.folded in _WHERE_PREPOSITIONS) or after_a_preposition(
        doc.tokens, position, _WHERE_PREPOSITIONS
    )


# What makes a "force" in an apposition an armed one: "a partner force", "a paramilitary force", "a proxy force".
_ARMED_FORCE_MODIFIERS = frozenset(
    ("partner", "proxy", "paramilitary", "rebel", "militia", "auxiliary", "allied", "armed", "fighting", "tribal")
)


# What a firm calls a part of itself, after "its": "Waymo, its self-driving unit,", "Tarvex, its cloud arm,".
_ARMS_OF_A_FIRM = word_set("unit arm division subsidiary affiliate")
# Words that may stand between "its" and the arm: "its wholly owned subsidiary", "its self-driving unit".
_ARM_MODIFIERS_MOST = 3


def _arm_of_its_owner(doc: ActorDocument, last: int, article: int) -> tuple[Cue, str] | None:
    """'Waymo, its self-driving unit,': after a comma, "its", a few lower-case words, then an arm's noun and a
    comma or a full stop: the name is that body's arm, an organisation (a person is "its chief executive",
    read by the titles)."""
    tokens, text = doc.tokens, doc.text
    for k in range(article + 1, min(len(tokens), article + 2 + _ARM_MODIFIERS_MOST)):
        if not tokens[k].text.islower():
            return None
        if tokens[k].folded in _ARMS_OF_A_FIRM and text[tokens[k].end : tokens[k].end + 1] in (",", ".", ""):
            return Cue(ActorKind.organization, 0.65), f"', {text[tokens[article].start : tokens[k].end]}'"
    return None


def _apposition(doc: ActorDocument, last: int, *, copula: bool = False) -> tuple[Cue, str] | None:
    """'Varnak, the country's largest bank,', 'Tremmin, a town near the border', 'Ilse Quistel, the
    group's spokesman': the head noun of a description set after the name says what it is. With `copula`,
    a definition after "is" or "was" does too: "Tremmin is a town in the north" (a reference work's
    first sentence)."""
    tokens, text = doc.tokens, doc.text
    if last + 3 >= len(tokens):
        return None
    if copula and _copula_after(doc, last):
        article = last + 2
        if tokens[article].folded not in ("the", "a", "an") or not tokens[article].joined:
            return None
        return _described_head(doc, last, article)
    # (" , ": a page's markup may leave a space before the comma: "Luo Huining , the new director")
    if text[tokens[last].end : tokens[last + 1].start] not in (", ", " , "):
        return None
    article = last + 1
    if tokens[article].folded in _BEFORE_ARTICLE and tokens[article].text.islower() and tokens[article].joined:
        article += 1  # "Tegwen Ashby-Rhys, now a captain with Stena Line, said"
    if tokens[article].text == "its" and tokens[article].joined:
        return _arm_of_its_owner(doc, last, article)  # "Waymo, its self-driving unit,": a body's own arm
    if tokens[article].folded not in ("the", "a", "an") or not tokens[article].joined:
        return _bare_title_apposition(doc, last)
    return _described_head(doc, last, article)


def _copula_after(doc: ActorDocument, last: int) -> bool:
    """Whether "is" or "was" follows the name that ends at `last`, then a word ("Tremmin is a town")."""
    tokens = doc.tokens
    verb = tokens[last + 1]
    return (
        tokens[last].joined
        and verb.folded in ("is", "was")
        and verb.text.islower()
        and doc.text[tokens[last].end : verb.start] == " "
        and verb.joined
    )


def _defined_at_start(doc: ActorDocument, position: int, words: tuple[str, ...]) -> bool:
    """Whether a name opening its sentence may be the subject of a definition after it: a name of more
    than one word, or one no ordinary word ("Life is a party" defines no body named Life)."""
    return position in doc.sentence_first and (len(words) > 1 or zipf(words[0]) < WORD_ALONE)


def _described_head(doc: ActorDocument, last: int, article: int) -> tuple[Cue, str] | None:
    """The cue of the head noun of the description that opens with the article at `article`, and how."""
    tokens, text = doc.tokens, doc.text
    modifiers: list[str] = []
    skip = 0
    owned = False  # a possessive came before the head: "the agency's operations manager"
    opened_by_a_name = False  # a capitalised word opened the description: "a Tremmish armed group"
    for k in range(article + 1, min(len(tokens), article + 8)):
        token = tokens[k]
        if k < skip:
            continue
        if (
            token.capitalised
            and not modifiers
            and k == article + 1
            and text[token.end : token.end + 3] in ("'s ", "’s ")
        ):
            owned = True  # "Ilse Varn, the NCA's operations manager,": the body's name owns the head after it
            continue
        if token.capitalised and not modifiers and k == article + 1:
            # "Quorra, the San Francisco artificial intelligence startup": a place the gazetteer
            # knows may open the description; the head comes after it, in lower case.
            skip = _place_run_end(doc, k)
            if skip > k and not tokens[skip].capitalised:
                continue
        if token.capitalised and opened_by_a_name:
            return None  # "Tremmin, the Minister met Chief ...": a clause, no description
        if (
            token.capitalised
            and not modifiers
            and _lower_word_follows(tokens, k)
            and token.joined
            and not is_title(token.folded)
        ):
            # "Varnak, a Tremmish armed group,": a people's or a place's word before the head in lower case
            modifiers.append(token.folded)
            opened_by_a_name = True
            continue
        if token.capitalised and not modifiers:
            return None  # "Varnak, the Tremmin Group": a name, not a description
        if token.folded in _RELATIVE_PRONOUNS:
            return None  # "Ilse Varn, a Varnish national whose firm ...": the head came before the clause
        gap = text[token.end : token.end + 3]
        if gap.startswith(("'s ", "’s ")):
            modifiers = []  # "the group's spokesman": the head comes after the possessive
            owned = True
            continue
        word, end = token.folded, k
        if k + 1 < len(tokens) and text[token.end : tokens[k + 1].start] == "-":
            compound = word + tokens[k + 1].folded
            if compound in APPOSITION_HEAD or is_title(compound):  # "the film-maker" is a person's job
                # "the Bristol audio start-up": a head noun written with a hyphen
                word, end, skip = compound, k + 1, k + 2
        cue = APPOSITION_HEAD.get(word)
        if cue is None and word in BROADCAST_HEADS and modifiers and modifiers[-1] in BROADCAST_MODIFIERS:
            cue = Cue(ActorKind.media, 0.7)  # "WQRT, the radio station that has broadcast the show since 1925,"
        if cue is None and word in CARRIER_HEADS and not set(modifiers) & VESSEL_MODIFIERS:
            cue = Cue(
                ActorKind.organization, 0.65
            )  # "Riverbend Freight, a Madison-based carrier," (no aircraft carrier)
        if cue is None and word == "force" and set(modifiers) & _ARMED_FORCE_MODIFIERS:
            # "Tarnak Rangers, a vetted partner force," (not "a force for good", "a driving force")
            cue = Cue(ActorKind.armed_force, 0.65)
        if cue is None and word in LAND_APPOSITION_HEADS and not _lower_word_follows(tokens, end):
            cue = LAND_APPOSITION_HEADS[word]  # "Fellwick Moss, a raised bog near the village,"
        if cue is None and word in BODY_APPOSITION_HEADS_LAST and _body_head_ends_description(tokens, end):
            cue = Cue(ActorKind.organization, 0.65)  # "Qubrane, the quantum institute run by the university,"
        if word == "maker" and last > 0 and tokens[last - 1].capitalised and is_given_name(tokens[last - 1].folded):
            return None  # "Ilse Varn, a maker of fine furniture": a craftsman, not a firm
        fund = word in ("investor", "investors") and bool(_FUND_INVESTORS.intersection(modifiers))
        if (cue is None or fund) and (word in _OWNER_HEADS or fund) and _one_word_name(doc, last):
            cue = Cue(
                ActorKind.organization, 0.65
            )  # "Brenwick, a Hong Kong shipowner," (not "Kostas Varn, a shipowner")
        if cue is None and is_title(word):
            cue = Cue(ActorKind.person, 0.7)
        if cue is None and word in STAFF_AFTER_POSSESSIVE and modifiers and modifiers[-1] in APPOSITION_HEAD:
            cue = Cue(ActorKind.person, 0.65)  # "a bank manager", "a charity director": a job at a kind of body
        if cue is None and owned and word in STAFF_AFTER_POSSESSIVE:
            # "the agency's operations manager": a body's staff (alone, "the fund manager" may be a firm)
            cue = Cue(ActorKind.person, 0.7)
        if cue is not None and cue.kind is not ActorKind.person and token.text[:1].isupper():
            # "around Tarnhal, the 102nd Brigade on the crossings": a list that goes on with a unit's own name, no
            # description in lower case
            return None
        if cue is not None and _head_follows(tokens, end):
            modifiers.append(word)  # "a ward sister", "a sister company", "a bank official": the last noun is the head
            continue
        if cue is not None and tokens[end].capitalised and _lower_word_follows(tokens, end):
            # "a former Halvern School District board member": a body's name qualifying the noun after it
            modifiers.append(word)
            continue
        if cue is not None:
            if cue.kind is ActorKind.organization and ARMED_MODIFIERS & set(modifiers):
                cue = Cue(ActorKind.armed_force, 0.7)
            joint = ", " if "," in text[tokens[last].end : tokens[last + 1].start] else ""
            return cue, f"'{joint}{text[tokens[last + 1].start : tokens[end].end]}'"
        if not token.joined or word in FUNCTION_WORDS:
            return None
        modifiers.append(word)
    return None


_RELATIVE_PRONOUNS = word_set("whose who which that")
# Owners and charterers of ships, firms or families alike: a firm unless a given name opens the name.
# ("Norfund, the Norwegian development investor,": a fund by what it does with its money)
# ("Stratavault, the cloud provider owned by ...": a firm by the service it provides; "Ilse Varn, a childcare
# provider," has two names)
_OWNER_HEADS = word_set("shipowner shipowners charterer charterers provider providers")
# What kind of fund an investor is, before the word: "Norfund, the Norwegian development investor," (a person
# described as "the region's largest investor" stays one).
_FUND_INVESTORS = word_set("development institutional activist sovereign impact venture")


def _one_word_name(doc: ActorDocument, last: int) -> bool:
    """Whether the name that ends at `last` is one word that is no given name (a person has two)."""
    tokens = doc.tokens
    # (not "Abu Hamza al-Tikriti": a family name after its particle)
    alone = last == 0 or not (
        tokens[last - 1].joined and (tokens[last - 1].capitalised or tokens[last - 1].folded in NAME_PARTICLES)
    )
    return alone and not is_given_name(tokens[last].folded)


def _body_head_ends_description(tokens: list[Token], k: int) -> bool:
    """Whether the description ends at `k` or goes on with a body's participle ("run by", "based in")."""
    return not _lower_word_follows(tokens, k) or tokens[k + 1].folded in BODY_CLAUSE_PARTICIPLES


def _lower_word_follows(tokens: list[Token], k: int) -> bool:
    """Whether a word in lower case, other than a function word, follows the word at `k` ("a heath warden")."""
    if k + 1 >= len(tokens) or not tokens[k].joined or not tokens[k + 1].text.islower():
        return False
    return tokens[k + 1].folded not in FUNCTION_WORDS and tokens[k + 1].folded not in _PLACE_RELATIONS


# Words that place a thing against another after its description: "a marsh below the ridge".
_PLACE_RELATIONS = PLACE_PREPOSITIONS | word_set("below above beside beneath behind beyond between by on under over")


def _head_follows(tokens: list[Token], k: int) -> bool:
    """Whether the next word is a head noun of a description too, so that the word at `k` only
    qualifies it (English compounds put the head last)."""
    if k + 1 >= len(tokens) or not tokens[k].joined or not tokens[k + 1].text.islower():
        return False
    word = tokens[k + 1].folded
    if tokens[k].folded in _HEADS_ALSO_MODIFIERS and word not in FUNCTION_WORDS and word not in WHICH_BODY_PARTICIPLES:
        return True  # "a sister ship", "its sister paper": not a ward sister, nor "a family office based in"
    # "a bank manager", "a supermarket worker": a body's noun qualifying a job is no body
    return word in APPOSITION_HEAD or is_title(word) or word in STAFF_AFTER_POSSESSIVE


# Head nouns that also qualify the noun after them: "a ward sister" is a person, "a sister ship" is not;
# "the transfer office" is a body, "the office manager" a person.
_HEADS_ALSO_MODIFIERS = word_set("sister office")


def _clause_after_opener(doc: ActorDocument, last: int) -> bool:
    """'Downstream, the agency warned that...': an ordinary word (in lower case, it is common) opens
    the sentence and the description after its comma goes straight on to a verb, with no closing
    comma: the words after the comma are the sentence's subject, not a description of the opener
    ("Varnak, the country's largest bank, said" closes it)."""
    tokens = doc.tokens
    if zipf(tokens[last].folded) < COMMON:
        return False
    for k in range(last + 2, min(len(tokens), last + 9)):
        token = tokens[k]
        if not token.joined or token.folded in APPOSITION_HEAD_ENDS:
            return False
        if token.text.islower() and token.folded in _VERBS_AFTER_SUBJECT:
            return True
    return False


# Verbs that follow a sentence's subject directly: "the agency warned", "the council says".
_VERBS_AFTER_SUBJECT = word_set(
    "said says warned warns added told announced confirmed expects expected will would could may might "
    "has have had is are was were"
)


def _person_noun_before(doc: ActorDocument, position: int, last: int) -> tuple[Cue, str] | None:
    """'his Tajik counterpart, Emomali Varn, spoke': a noun for a person, a comma, the name, a comma.
    'their party, Varnef (...)': a noun for a body, a comma, the name, a comma or a bracket."""
    tokens, text = doc.tokens, doc.text
    if position < 1 or last + 1 >= len(tokens):
        return None
    if text[tokens[position - 1].end : tokens[position].start] != ", ":
        return None
    noun = tokens[position - 1]
    if not noun.text.islower():
        return None
    after = text[tokens[last].end : tokens[last].end + 2]
    person_noun = noun.folded in PERSON_BEFORE_COMMA or noun.folded.endswith(PERSON_NOUN_ENDINGS)
    if person_noun and last > position and after in (", ", ","):
        return Cue(ActorKind.person, 0.65), f"after '{noun.text},'"
    body = BODY_BEFORE_COMMA.get(noun.folded)
    if body is not None and last > position and after in (", ", ",") and _person_of_the_body(doc, position - 1):
        # "A spokesman for the firm, Curtis Amadi, said": the name is the spokesman's, the firm named before
        return Cue(ActorKind.person, 0.6), f"after '{tokens[position - 4].text} for the {noun.text},'"
    if body is not None and noun.folded in _OWNERS and _owned_by_a_person(doc, position, last):
        return Cue(ActorKind.person, 0.6), f"after '{noun.text},' and a person's name"
    if body is not None and after in (", ", ",", " ("):
        return body, f"after '{noun.text},'"
    if body is None and after in (", ", ",") and (clause := _body_before_a_clause(doc, position)) is not None:
        # "a trading firm he secretly controlled, Halyard Quant,": the body's noun before a short clause
        return clause
    return None


# Words that open a short clause after a noun: "a firm he controlled", "the company that bought it".
_CLAUSE_OPENERS = word_set("he she they it we that which")
_CLAUSE_WORDS = 4


def _body_before_a_clause(doc: ActorDocument, position: int) -> tuple[Cue, str] | None:
    tokens = doc.tokens
    for k in range(position - 2, max(0, position - 2 - _CLAUSE_WORDS), -1):
        if not tokens[k].text.islower() or not tokens[k].joined:
            return None
        body = BODY_BEFORE_COMMA.get(tokens[k].folded)
        if body is not None and tokens[k + 1].folded in _CLAUSE_OPENERS:
            return body, f"after '{tokens[k].text} {tokens[k + 1].text} ...,'"
    return None


def _person_of_the_body(doc: ActorDocument, noun: int) -> bool:
    """'a spokesman for the firm', 'a lawyer at the company': a noun for a person, a preposition, "the"
    and the body's noun (a body met before, so the name after the comma is the person's)."""
    tokens = doc.tokens
    if noun < 3 or tokens[noun - 1].folded != "the" or tokens[noun - 2].folded not in ("for", "at", "of"):
        return False
    person = tokens[noun - 3]
    return person.text.islower() and (
        person.folded in PERSON_BEFORE_COMMA or person.folded.endswith(PERSON_NOUN_ENDINGS)
    )


# Who owns a shop, an inn or a house may be a person as well as a firm.
_OWNERS = word_set("owner landlord")
_OWNER_NAME_WORDS = 4  # "its owner, Ould Sidi Mohamed Varrot,": a name of four words with its particles
# Job nouns that also name a firm's relation to others: "the customer Tarrow Foods", "worker co-ops".
_JOBS_OF_FIRMS_TOO = _OWNERS | word_set("customer worker trader tenant")


def _job_noun_before(doc: ActorDocument, position: int, last: int) -> tuple[Cue, str] | None:
    """'Retired nurse Hermione Dunkerton said', 'said Harwick manager Ellery Dane': a job noun in lower
    case right before two or three words that read as a person's name (a given name first, a family
    name last, or rare words) is the person's job (`cues.PERSON_NOUNS_OPENING`)."""
    if position < 1:
        return None
    noun = doc.tokens[position - 1]
    if not noun.text.islower() or not noun.joined or doc.text[noun.end : doc.tokens[position].start] != " ":
        return None
    if noun.folded not in PERSON_NOUNS_OPENING or noun.folded in _JOBS_OF_FIRMS_TOO:
        return None
    words = tuple(token.folded for token in doc.tokens[position : last + 1])
    if not _owned_by_a_person(doc, position, last) and not all(zipf(w) < _JOB_NAME_ZIPF for w in words):
        return None
    return Cue(ActorKind.person, 0.6), f"after '{noun.text}'"


_JOB_NAME_ZIPF = 3.5  # "nurse Hermione Dunkerton": a given name the lists lack is still a rare word
_OWNER_NAME_ZIPF = 3.0  # rarer words than this are names, not a firm's common words ("Estates")


def _owned_by_a_person(doc: ActorDocument, position: int, last: int) -> bool:
    """'the Fernpoint Inn, whose owner, Kerensa Abernethy, grows': two to four words that end in a
    family name, open with a given name or are all rare words name the owner, a person."""
    words = tuple(token.folded for token in doc.tokens[position : last + 1])
    if not 2 <= len(words) <= _OWNER_NAME_WORDS or has_cue(words):
        return False  # "Harrowby Estates", "Marlow Property Trust": a firm's word
    return (
        starts_with_given_name(doc, position, last, words)
        or ends_with_surname(doc, position, last, words)
        or all(zipf(word) < _OWNER_NAME_ZIPF or is_given_name(word) or is_surname(word) for word in words)
    )


# Words of a post without an article before its title: "health minister", "deputy head".
_BARE_TITLE_WORDS = 3


# Posts that head a body, after ", whose": a person has no chief executive nor a spokesman.
_HEADS_OF_A_BODY = word_set("chief ceo chairman chairwoman chair president director founder spokesman spokeswoman")


def _bare_title_apposition(doc: ActorDocument, last: int) -> tuple[Cue, str] | None:
    """'Ilse Varn, health minister in the eastern administration, said': a post in lower case set
    after the name, without an article, ending in a title and then 'of', 'in', 'for' or a comma."""
    tokens, text = doc.tokens, doc.text
    if tokens[last + 1].folded == "whose":
        # "River Tarn Trust, whose chief executive, Ilse Varn, said": what heads a body, no person's post
        head = tokens[last + 2]
        if head.folded in _HEADS_OF_A_BODY and head.text.islower() and tokens[last + 1].joined:
            return Cue(ActorKind.organization, 0.6), f"', whose {head.text}'"
        return None
    for k in range(last + 1, min(len(tokens) - 1, last + 1 + _BARE_TITLE_WORDS)):
        token = tokens[k]
        if not token.text.islower() or token.folded in FUNCTION_WORDS:
            return None
        if (
            token.folded in TITLES
            or (  # one post, not "market leaders"
                (cue := APPOSITION_HEAD.get(token.folded)) is not None and cue.kind is ActorKind.person
            )
            or (token.folded in POSTS_AFTER_A_TITLE and k > last + 1 and tokens[k - 1].folded in TITLES)
        ):
            after = text[token.end : tokens[k + 1].start].strip() or tokens[k + 1].folded
            if after in APPOSITION_HEAD_ENDS:
                return Cue(ActorKind.person, 0.65), f"', {text[tokens[last + 1].start : token.end]}'"
        if not token.joined:
            return None
    return None


def _place_run_end(doc: ActorDocument, k: int) -> int:
    """Where a place's name of one to three capitalised words (or a people's adjective) opening at
    `k` ends (exclusive); `k` if none."""
    tokens = doc.tokens
    for size in (3, 2, 1):
        run = tokens[k : k + size]
        if (
            len(run) == size
            and k + size < len(tokens)
            and all(t.capitalised for t in run)
            and all(t.joined for t in run)
            and doc.gazetteer.lookup(tuple(t.folded for t in run)) is not None
        ):
            return k + size
    if tokens[k].capitalised and doc.gazetteer.country_of_demonym(tokens[k].folded) is not None:
        return k + 1  # "Tarvane, the Swiss bank,"
    return k


def _phrase_after(doc: ActorDocument, last: int) -> tuple[Cue, str] | None:
    """'Varnak claimed responsibility': words after the name that say what it is."""
    tokens = doc.tokens
    for size in (3, 2, 1):
        end = last + size
        if end >= len(tokens) or not all(tokens[k].joined for k in range(last, end)):
            continue
        phrase = tuple(tokens[k].folded for k in range(last + 1, end + 1))
        cue = PHRASE_AFTER.get(phrase)
        if cue is not None:
            return cue, f"followed by '{' '.join(phrase)}'"
    return None


# Nouns of measure before a scale's name: "2 degrees Celsius", "300 degrees Kelvin".
_UNIT_NOUNS = word_set("degree degrees")


_CALL_VERBS = word_set("call contact ring phone")

# A town larger than this keeps its name on a storm's page ("floods in Austin").
_STORM_TOWN = 100_000


# Where a line that divides lands lies, before "the" and its name: "along the Blue Line", "north of the Green Line".
_BESIDE_A_LINE = re.compile(
    r"(?:\b(?:along|across|astride|beyond|behind)|\b(?:north|south|east|west)(?:ern)? of) the $", re.I
)


def _dividing_line(doc: ActorDocument, position: int, words: tuple[str, ...]) -> bool:
    """'the Blue Line', 'the Administrative Boundary Line' after "along", "across" or "north of": a ceasefire or
    boundary line (not "the Central Line" of a city's trains, which no such word comes before)."""
    if words[-1] != "line" and words[:2] != ("line", "of"):
        return False  # (the Line of Contact)
    start = doc.tokens[position].start
    return _BESIDE_A_LINE.search(doc.text, max(0, start - 20), start) is not None


def _past_storm(doc: ActorDocument, position: int, population: int) -> bool:
    """'not even in Harvey', 'since Sandy': on a page that names a storm, a given name after a word of
    time or likeness is a past storm, unless the gazetteer knows a large town of that name."""
    tokens = doc.tokens
    if not doc.storms or position == 0 or not tokens[position - 1].joined:
        return False
    word = tokens[position].folded
    return tokens[position - 1].folded in STORM_BEFORE and is_given_name(word) and population < _STORM_TOWN


_MEMBER_WORDS = frozenset(("member", "members", "membership"))


_HULL_DIGITS = re.compile(r" ?\d{1,4}\)")


_PENNANT = re.compile(r"[A-Z]{1,3}\d{1,4}")
_SHIP_NAME_WORDS = 4  # the words of a ship's name between its prefix and the bracket: "HMS Prince of Wales"


def _hull_number(doc: ActorDocument, position: int) -> bool:
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


def _spelled_by_acronym(doc: ActorDocument, position: int, last: int) -> bool:
    """An acronym in brackets right after the name is made of its words' initials: "Peace Facility (PF)"."""
    tokens, text = doc.tokens, doc.text
    after = last + 1
    if after >= len(tokens) or not ACRONYM.fullmatch(tokens[after].text):
        return False
    if text[tokens[last].end : tokens[after].start] != " (" or text[tokens[after].end : tokens[after].end + 1] != ")":
        return False
    initials = "".join(tokens[k].text[0] for k in range(position, last + 1) if tokens[k].folded not in NAME_GLUE)
    letters = tokens[after].text.upper()
    return letters == initials.upper() or skipping_acronym(letters, initials.upper())


def _member_of_the(doc: ActorDocument, position: int) -> bool:
    """The name follows "member(s) of the" or "membership of the" in one clause."""
    tokens = doc.tokens
    return (
        position >= 3
        and all(tokens[k].joined for k in range(position - 3, position))
        and tokens[position - 1].folded == "the"
        and tokens[position - 2].folded == "of"
        and tokens[position - 3].folded in _MEMBER_WORDS
    )


def _longer_phrase_before(doc: ActorDocument, position: int) -> bool:
    """A phrase of two or three words before the name is in `PHRASE_BEFORE` ("analysts at")."""
    tokens = doc.tokens
    for size in (3, 2):
        begin = position - size
        if (
            begin >= 0
            and all(tokens[k].joined for k in range(begin, position))
            and tuple(tokens[k].folded for k in range(begin, position)) in PHRASE_BEFORE
        ):
            return True
    return _shop_online(doc, position)


def _shop_online(doc: ActorDocument, position: int) -> bool:
    """'buy the same titles online from Pagewell': "online from" after a word of buying names a shop."""
    tokens = doc.tokens
    return (
        position >= 2
        and tokens[position - 2].joined
        and tokens[position - 1].joined
        and (tokens[position - 2].folded, tokens[position - 1].folded) == _ONLINE_FROM
        and _buying_before(doc, position)
    )


_VERBS_IN_TITLES = frozenset(("Be", "Is", "Are", "Was", "Were", "Am", "Do", "Does", "Did"))


# A plural this common as a word ("stags", "pirates", "wolves") is a nickname, not a family name.
_NICKNAME_ZIPF = 2.5
_NICKNAME_OPENER_ZIPF = 4.0  # a town's or a county's word is rarer than "power" or "match"


# Heads of places that clubs are named with, after their town: "Port Vale", "Quarrington Park".
_HEADS_CLUBS_SHARE = word_set("vale park")
# Plural verbs a town's name takes only as its team, on a sports page: "Tarnby are close to signing him".
_TEAM_PLURAL_VERBS = word_set("are were have")


def _side_in_a_result(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> bool:
    """'Ashgill beat Crossbeck', 'lost 4-2 at home to Dunstall Heath': a name next to a match's
    result on a sports page, with no given name and no person's family name in it (a player who
    "beat" another is named in full elsewhere), and no state (nations play too)."""
    tokens = doc.tokens
    if is_given_name(words[0]) or words[-1] in doc.given_surnames:
        return False
    if has_cue(words) and not (len(words) > 1 and words[-1] in _HEADS_CLUBS_SHARE):
        return False
    place = doc.gazetteer.lookup(words)
    if (place is not None and place.kind == "state") or words[0] in _NATIONS_OF_A_UNION:
        return False
    after = tokens[last + 1] if last + 1 < len(tokens) and tokens[last].joined else None
    if after is not None and after.text.islower() and after.folded in RESULT_AFTER_SIDE:
        return True
    if (
        doc.sports
        and after is not None
        and after.text.islower()
        and after.folded in _TEAM_PLURAL_VERBS
        and place is not None  # a town the gazetteer knows (not '"Derbies are never pretty"')
        and not (position > 0 and tokens[position - 1].folded in PLACE_PREPOSITIONS)  # "fans in Tarnby were"
    ):
        return True  # "Middlesbrough are tracking the winger": a town takes a plural verb only as its team
    opens_clause = position in doc.sentence_first or doc.text[: tokens[position].start].endswith(", ")
    if (
        doc.sports
        and opens_clause
        and after is not None
        and after.text.islower()
        and _RESULT_LATER.match(doc.text, tokens[last].end)
    ):
        return True  # "Namosi held on to the shield with a 15-10 win over Tailevu": the winner, the clause's subject
    if position == 0 or not tokens[position - 1].joined or not tokens[position - 1].text.islower():
        return False
    before = tokens[position - 1].folded
    if before in RESULT_BEFORE_SIDE:
        return True
    if before == "the" and position >= 2 and tokens[position - 2].joined:
        return tokens[position - 2].folded in RESULT_BEFORE_SIDE  # "the Panthers beat the Rabbitohs": a nickname
    reach = range(max(0, position - 5), position - 1)
    if before == "with":
        return any(tokens[k].folded in RESULT_BEFORE_WITH for k in reach)
    if before == "to":
        return tokens[position - 2].folded in RESULT_BEFORE_TO if position >= 2 else False
    if before == "over":  # "a 3-1 win over Tarnby Rovers", "their victory over Ashgill"
        return position >= 2 and tokens[position - 2].folded in _WINS_OVER and tokens[position - 2].joined
    return False


# The rest of a side's clause, ending in the match's score: "Namosi held on to the shield with a 15-10 win".
_RESULT_LATER = re.compile(r" [a-z][^.;:!?\"“”\n]{0,60}? with an? \d{1,3}-\d{1,3} (?:win|victory|defeat|loss|draw)\b")


# Winning or keeping a seat, and the margin after it: "won Hinchinbrook with 38.1 per cent", "held Tarnby
# by 212 votes" (a person is beaten, not won; a cup is won, but not by votes).
_SEAT_VERBS = word_set("won wins win held holds hold retained retains gained gains took takes lost loses")
_VOTE_MARGIN = re.compile(r" (?:with [\d.,]+(?: per cent|%)|by [\d,]+ votes?\b)")


def _seat_won_by_a_margin(doc: ActorDocument, position: int, last: int) -> bool:
    tokens = doc.tokens
    if position < 1 or tokens[position - 1].folded not in _SEAT_VERBS or not tokens[position - 1].text.islower():
        return False
    return _VOTE_MARGIN.match(doc.text, tokens[last].end) is not None


_WINS_OVER = word_set("win wins victory victories triumph")
# A match's score and its result right before a side, on any page: "a 3-1 win over Tarnby Town".
_SCORED_RESULT = re.compile(r"\b\d{1,2}[-–]\d{1,2} (?:win|victory|triumph) over $")


# Words of war that make a division on a sports page an army's still ("the 82nd Airborne Division's troops").
_WAR_WORDS = word_set("troops soldiers army military infantry brigade battalion regiment")


def _armed_page(doc: ActorDocument) -> bool:
    return bool(doc.lower_case & _WAR_WORDS)


def _score_before(doc: ActorDocument, position: int) -> bool:
    start = doc.tokens[position].start
    return _SCORED_RESULT.search(doc.text, max(0, start - 30), start) is not None


# A match's score right after a side, on any page: "beat Corby Vale 2-0", "drew 1-1 with Tarnby".
_SCORE_AFTER = re.compile(r" \d{1,2}[-–]\d{1,2}\b")


def _score_after(doc: ActorDocument, last: int) -> bool:
    return _SCORE_AFTER.match(doc.text, doc.tokens[last].end) is not None


def _club_without_the(doc: ActorDocument, words: tuple[str, ...]) -> bool:
    """'Exmoor Stags', 'Wolds Reivers' written without "the": no given name opens it, and its plural
    is an ordinary noun ("stags"), the page calls the team "the Reivers" too, or a town opens it."""
    head, tokens = words[-1], doc.tokens
    if is_given_name(words[0]):
        return False  # "Marcus Rivers": a player
    if any(token.folded == head and k > 0 and tokens[k - 1].folded == "the" for k, token in enumerate(tokens)):
        return True  # "the Stags kept the ball"
    if zipf(words[0]) >= _NICKNAME_OPENER_ZIPF:
        return False  # "Power Rankings", "Match Highlights": common words in capitals
    town = doc.gazetteer.lookup(words[:1])
    if town is not None and town.kind == "place":
        return True  # "travel to Ealing Trailfinders": a town, then a plural the gazetteer does not know
    return zipf(head) >= _NICKNAME_ZIPF and not is_surname(head)


def _given_name_of_a_full_name(doc: ActorDocument, position: int) -> bool:
    """A given name the gazetteer does not know, written elsewhere in the text before a family name
    the document gives it ("Ilse Varnhagen")."""
    tokens = doc.tokens
    word = tokens[position].folded
    if not is_given_name(word) or doc.gazetteer.lookup((word,)) is not None:
        return False
    if doc.gazetteer.country_of_demonym(word) is not None:
        return False  # "at Philippine ..." beside "Philippine Coast Guard": a people's adjective
    return any(
        k != position
        and token.folded == word
        and token.joined
        and k + 1 < len(tokens)
        and tokens[k + 1].folded in doc.given_surnames
        and cased(tokens[k + 1])
        and tokens[k + 1].folded not in HEAD_WORD
        for k, token in enumerate(tokens)
    )


def _state_or_land(doc: ActorDocument, words: tuple[str, ...]) -> bool:
    place = doc.gazetteer.lookup(words)
    return place is not None and place.kind == "state"


# A competition's pool named by a letter ("Group C", "Pool B"): "group" is no firm's head there.
_POOL_WORDS = word_set("group pool")


def _nickname_alone(doc: ActorDocument, position: int, word: str) -> bool:
    """'the Stallions', 'the Bulldogs': a capitalised plural alone after "the", rare as an English word, that
    names no place, party, people, event or body ("the Philippines", "the Greens", "the Games")."""
    token = doc.tokens[position]
    return (
        token.text.istitle()
        and len(word) >= 5
        and word.endswith("s")
        and not word.endswith("ss")
        and zipf(word) < _NICKNAME_WORD
        and word not in HEAD_WORD
        and word not in TEAM_NICKNAME_NOT
        and word not in EVENT_HEADS
        and word not in PARTIES_BY_WORD
        and not is_surname(word)
        and doc.gazetteer.lookup((word,)) is None
        and doc.gazetteer.lookup((word[:-1],)) is None
        and doc.gazetteer.country_of_demonym(word) is None
        and doc.gazetteer.country_of_demonym(word[:-1]) is None
    )


_NICKNAME_WORD = 3.5  # "Stallions", "Bulldogs"; not "Games", "Reds", "Blues"


def _team_nickname(doc: ActorDocument, words: tuple[str, ...]) -> bool:
    """A town and a plural the gazetteer does not know: "the Riverton Hawks", "the Calder Bay Mariners"."""
    head = words[-1]
    return (
        len(words) >= 2
        and len(head) >= 4
        and head.endswith("s")
        and not head.endswith("ss")
        and head not in HEAD_WORD
        and head not in TEAM_NICKNAME_NOT
        and head not in EVENT_HEADS
        and doc.gazetteer.lookup(words) is None
    )


def _compass_part_of_town(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> Candidate | None:
    """'the Kabwe North prospect', 'Tarnby East ward': a town the gazetteer knows, then a compass point, is
    a part of it or an area beside it (a given name first is a person's: "Oliver North")."""
    town = doc.gazetteer.lookup(words[:1])
    if words[-1] not in COMPASS_HEADS or town is None or town.kind != "place" or is_given_name(words[0]):
        return None
    name = doc.text[doc.tokens[position].start : doc.tokens[last].end]
    return Candidate(position, last, name, ActorKind.place, "a town and a compass point", 0.5)
