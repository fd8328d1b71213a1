"""The kind of actor a name is, or None when nothing makes it one.

The gazetteer, the cue tables of `cues.py` and the words around the name (a preposition, a
description after a comma, "said", "the fight against") decide, in that order of trust.

`name_candidate` asks them in that order: each question below answers with a draft, with None (no name), or
with `ASK_ON` when it cannot tell, and the first answer decides. The cues of each field live in modules of their own:
`town_cues`, `person_cues`, `party_names`, `sport_names`, `military_names`, `formal_bodies`, `list_cues`,
`firm_cues`, `firm_speakers`, `firm_sales`, and `context_cues` for the words around a name.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from dossier.ingest.acronym_bounds import spelled_by_its_bracket
from dossier.ingest.acronyms import (
    ACRONYM,
    body_noun_past_acronym,
    initials_after_surname,
    spelled_out_as_post,
    term_acronym,
    title_case_acronym,
)
from dossier.ingest.acronyms import (
    spelled_by_acronym as letters_spell_the_name,
)
from dossier.ingest.actor_document import ActorDocument, cased
from dossier.ingest.agency_credits import (
    agency_after_a_photographer,
    agency_credited_alone,
    agency_in_a_credit,
    photographer_after_a_label,
    photographer_in_a_credit,
)
from dossier.ingest.bound_words import has_body_word
from dossier.ingest.call_letters import station_call_letters
from dossier.ingest.car_models import CAR_MAKERS
from dossier.ingest.charities_given_to import charity_given_to
from dossier.ingest.chinese_names import chinese_name_at
from dossier.ingest.city_documents import city_named_by_document
from dossier.ingest.clause_gerunds import gerund_opening_a_clause
from dossier.ingest.common_words import (
    VERY_COMMON,
    doctrine_given_by_others,
    follows_a_doctrine,
    is_common_word,
    zipf,
)
from dossier.ingest.constituencies import seat_after_for, seat_before_member
from dossier.ingest.context_cues import (
    apposition,
    clause_after_opener,
    context_cue,
    defined_at_start,
    employer_before_its_staff,
    group_by_what_it_fights_as,
    job_noun_before,
    longer_phrase_before,
    member_of_the,
    met_in,
    particle_at,
    person_noun_before,
    phrase_after,
    place_opens_the_clause,
    side_before_its_player,
)
from dossier.ingest.cues import (
    AFTER_COMMA,
    AFTER_HYPHEN,
    AFTER_MOTION_TO,
    AIM_OPENERS,
    ARABIC_BODY_OPENERS,
    ARTEFACT_HEADS,
    BAND_NOUNS,
    BAND_SIZES,
    BLOCS_WRITTEN_AS_WORDS,
    BODIES_BY_HEAD,
    BODY_HEADS_AFTER_A_NAME,
    BUYING_VERBS,
    CLUB_HEADS,
    CLUB_ONLY_HEADS,
    COMPANY_HEADS,
    CRIME_TASK_FIELDS,
    CURRENCY_CODES,
    CYBER_CRIME_WORDS,
    DOCTRINES,
    DOCUMENT_HEADS,
    EARTH_PERIODS,
    EDITION_MASTHEADS,
    ELECTED_POSTS,
    ENCOUNTER_BEFORE_ACROSS,
    EPITHETS,
    EVENT_HEADS,
    EVENT_NOUNS_AFTER,
    FAITH_ADJECTIVES_ALSO_NAMES,
    FAITHS_ADJECTIVES,
    FAMILY_NOUNS,
    FIRM_ARM_WORDS,
    FIRM_CUSTOMER_NOUNS,
    FIRST_PEOPLES_ADJECTIVES,
    FIRST_WORD,
    FORCE_OPENINGS,
    FUNCTION_WORDS,
    GOODS_BEFORE_FROM,
    GROUPINGS_AFTER_THE,
    HEAD_AFTER_FIRST,
    HEAD_WORD,
    HEADS_IN_CAPITALS,
    HOLIDAY_PHRASES,
    HOLIDAYS,
    KINDS_OF_AID,
    KNOWN_BODIES,
    KNOWN_FIRMS,
    KNOWN_GROUPS,
    KNOWN_MEDIA,
    MEASURE_HEADS,
    MONEY_BEFORE_IN,
    MONTHS_AND_DAYS,
    MOTION_BEFORE_TO,
    MOTION_BEFORE_TOWARDS,
    NAME_GLUE,
    NAME_PARTICLES,
    NAME_WORD,
    NATIONAL_SPORT_BODIES,
    NEXT_WORD,
    OFFICE_HEADS,
    OFFICE_OWNERS,
    ORG_WORD_ENDINGS,
    OUTLET_EDITIONS,
    OUTLET_NOUNS_AFTER,
    PAPER_HEADS_TOLD,
    PARTIES_BY_WORD,
    PARTS_OF_A_BUILDING,
    PERIOD_ADJECTIVES,
    PERSON_OPENERS,
    PERSON_PARTICLES,
    PERSON_PHRASE_BEFORE,
    PHRASE_BEFORE,
    PLACE_ARTS_BODIES,
    PLACE_NOUNS,
    PLACE_PREPOSITIONS,
    PLANT_HEADS,
    PLANT_MODIFIERS,
    PLAY_BEFORE_FROM,
    PLURAL_AREA_HEADS,
    POST_LETTERS,
    PREVIOUS_WORD,
    PROGRAMME_NOUNS_AFTER,
    RACE_CLASSES_BEFORE_CHASE,
    REGIME_ADJECTIVES,
    REGULATOR_VERBS,
    ROUTE_HEADS,
    SCHOOL_HEADS_AFTER_A_NAME,
    SCHOOL_HEADS_AFTER_ANY_NAME,
    SCORED_BEFORE_THROUGH,
    SERVICE_MEDIA_HEADS,
    SETTLEMENT_HEADS,
    SITE_HEADS,
    STAFF_AFTER_POSSESSIVE,
    STAND_HEADS,
    STATION_PREFIXES,
    STREET_HEADS,
    STREET_HEADS_AFTER_IN,
    STREET_HEADS_AFTER_ON,
    STREET_PREPOSITIONS,
    STREET_SUFFIXES,
    SURVEYING_SCIENCES,
    TERM_ACRONYMS,
    TERMS_WRITTEN_IN_CAPITALS,
    TITLE_PARTS,
    TITLES,
    TRADES_AFTER_A_NAME,
    TRAIL_HEADS,
    UNIT_TASKS,
    VEHICLE_KINDS,
    VENUE_NOUNS_AFTER,
    VENUE_WORDS,
    VILLAGE_BUILDINGS,
    WHOSE_FIRM_NOUNS,
    Cue,
)
from dossier.ingest.dashed_names import dash_before_branch, dash_before_operation
from dossier.ingest.draft_evidence import POLICE_RANKS, SHIP_PREFIXES
from dossier.ingest.draft_lookups import (
    FIRM_OPENING,
    KNOWN_GROUP_FOUND_BY,
    OWN_TONGUE_LETTERS,
    POSSESSIVE_FIRM,
    SAID_OF_ITSELF_AS_IT,
)
from dossier.ingest.family_firms_of_towns import family_firm_of_a_town
from dossier.ingest.figurative_streets import figurative_street
from dossier.ingest.firm_cues import (
    BODY_NOUNS_BEFORE_A_LONGER_NAME,
    airline_named_air,
    airline_named_with_air,
    body_by_its_noun_before,
    brand_casing,
    carriers_word,
    common_word_after_membership,
    deal_after,
    firm_after_rival,
    firm_apposed_after,
    firm_before_its_service,
    firm_between_dashes,
    firm_by_what_it_owns,
    firm_deed_after,
    firm_named_in_full,
    firm_named_in_the_possessive,
    firm_possession,
    firms_arm,
    firms_arm_in_its_tongue,
    food_from_maker,
    giver_after,
    helpline_called,
    inn_at,
    known_firm,
    leads_or_backs_a_group,
    listed_firm_named,
    maker_after_a_making_verb,
    maker_joined_to_its_work,
    miner_by_what_it_digs,
    numbered_unit_after,
    opens_a_firms_name,
    owned_after_comma,
    owner_of_a_named_firm,
    plant_after,
    possessive_before_a_verb,
    rare_firm_before_its_shares,
    shop_named_in_the_possessive,
    taken_on,
    trade_before,
    trade_gerund_heading,
    trade_named,
    traded_in,
)
from dossier.ingest.firm_lists import firm_in_subject_list
from dossier.ingest.firm_sales import (
    about_software,
    after_ticker_word,
    asset_class_after,
    bare_ticker_after,
    file_format,
    firm_in_a_deal,
    listing_code_after,
    listing_code_in_brackets,
    model_code_before_its_noun,
    number_follows,
    sale_channel_before,
    shop_phrase_before,
    ticker_after_firm_in_brackets,
    ticker_after_name,
    ticker_in_brackets,
    ticker_in_market_brackets,
    wire_code_in_brackets,
)
from dossier.ingest.firm_speakers import (
    FIRM_SPEECH,
    added_something,
    body_after_which,
    employer_after_a_job,
    employer_of_staff_at,
    firm_named_like_a_town,
    firm_speaks,
    job_holder_before_of,
    legal_form_after_comma,
    number_after_verb,
    ordinary_word_named_as_a_body,
    ordinary_word_said_its,
    rare_body_before_which,
    rare_name_sells_in_the_plural,
    rare_word_said_in_a_statement,
    rare_word_said_it,
    rare_word_the_firm_after,
    speaker_before_with,
    speaker_employer,
)
from dossier.ingest.formal_bodies import (
    RARE_OPENER,
    body_for_a_nation,
    body_for_an_aim,
    branch_named_for_region,
    county_first,
    denomination_church,
    dependency_of_a_land,
    force_letters_before_operation,
    force_of_a_state,
    formal_body,
    place_start_after_for,
    served_plural,
    spelled_by_acronym,
    words_in_name,
)
from dossier.ingest.gazetteer import Place, is_city_state, is_listed_land, is_region
from dossier.ingest.governed_names import after_a_preposition
from dossier.ingest.grouping import Candidate
from dossier.ingest.labelled_lines import speakers_initials
from dossier.ingest.line_index import line_end, line_start, opens_its_line
from dossier.ingest.list_cues import (
    fined_after_list,
    inside_list_of_names,
    plural_firm_noun_before_list,
    plural_nouns_joined,
    plural_place_noun_before_list,
)
from dossier.ingest.listed_firms import is_listed_firms_word
from dossier.ingest.listed_names import JOINED_BY_AMPERSAND, NAME_LABELS, label_of_value
from dossier.ingest.lone_leaders import leader_before_possessive
from dossier.ingest.maker_models import model_code_of_a_maker
from dossier.ingest.mentions import WEB_ENDING, Token
from dossier.ingest.military_names import (
    BASE_NOUNS,
    base_named_after,
    camp_after_words,
    dividing_line,
    group_with_spanish_article,
    hull_number,
    leader_of_a_force,
    named_pact_or_war_after,
    peace_process_after,
    region_status_after,
    royal_arm,
    troops_after,
    unit_after_words,
    venture_named_for_site,
)
from dossier.ingest.name_bounds import (
    MEMBERS_FOR_AN_AIM,
    SECTORS_SERVED,
    STATE_LETTERS_SERVED,
    firm_conjunction,
    registered_form,
)
from dossier.ingest.name_words import (
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
    region_form,
)
from dossier.ingest.names import fold, fold_phrase, is_given_name, is_surname, word_set
from dossier.ingest.not_names import (
    COINED_FOR_NAME,
    PHRASE_WORD,
    adjective_before_noun,
    age_adjective_before_era,
    cashtag,
    city_demonym,
    code_named_as_a_group,
    code_named_by_its_trade,
    in_a_listing,
    listed_code,
    listing_after,
    name_before_noun,
    name_glued_to_its_verb,
    ordinary_before_facility,
    plural_of_word,
    possessive_before_name,
    ticker_before_an_alert,
    verb_form,
)
from dossier.ingest.numbered_names import channel_number_after
from dossier.ingest.operations_acting import codename_before, operation_as_a_body
from dossier.ingest.other_lands_given_names import is_other_lands_given_name
from dossier.ingest.page_noise import is_camel_case
from dossier.ingest.paper_mastheads import merged_paper_name, town_paper_name
from dossier.ingest.party_names import (
    campaign_by_its_aim,
    firm_before_its_analyst,
    member_of_a_party,
    members_named_body,
    party_by_its_word,
    party_in_its_province,
    party_or_seat,
    post_after_a_body,
    seat_named_for_its_town,
    seat_won_by_a_margin,
    town_of_a_count,
)
from dossier.ingest.people_adjectives import adjective_of_a_people
from dossier.ingest.peoples import PEOPLE_FOUND_BY, PEOPLES_GROUP_NOUNS, is_people
from dossier.ingest.person_cues import (
    QUOTED_WORD_BEFORE,
    court_role_after,
    dotted_initials_before_name,
    double_barrelled_surname_last,
    full_name_opened_by,
    given_name_of_a_full_name,
    home_town_apposition,
    initials_then_names,
    job_after_is,
    kin_named_after_its_noun,
    middle_initial,
    named_after_demonym,
    one_of_a_nation,
    one_word_leader_met,
    past_storm,
    person_cue_around,
    person_with_place_surname,
    plural_common_noun,
    quoted_title_before,
)
from dossier.ingest.person_names import (
    FIRM_THAT_SPEAKS,
    before_given_name,
    beside_title,
    chained_name,
    coined_compound,
    ends_with_surname,
    english_then_chinese_name,
    family_name_before_outlet_word,
    family_name_by_its_ending,
    firm_trade_before,
    founders_joined_acting,
    given_and_family_name,
    given_name_alone,
    hyphened_given_name,
    hyphened_given_name_first,
    initialled_name,
    korean_name_apart,
    lone_name_called_he_or_she,
    speaker,
    speaker_after_inverted_said,
    starts_with_given_name,
    weak_person,
)
from dossier.ingest.place_evidence import (
    COINED_OPENER,
    LARGE_CITY,
    US_POSTAL_CODES,
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
    region_under_a_land,
    state_abbreviation_after_place,
    state_in_dateline,
    us_state_after_place,
    us_state_by_postal_code,
    us_state_named_as_a_state,
)
from dossier.ingest.plain_word_persons import (
    TAKEN_UP_AS_A_PERSON,
    person_named_in_common_words,
    person_the_text_takes_up,
)
from dossier.ingest.platforms import platform_posted_on
from dossier.ingest.practices_named import practice_before
from dossier.ingest.questions import ASK_ON, Undecided
from dossier.ingest.region_noun_names import region_with_its_word
from dossier.ingest.regnal_names import RULER_FOUND_BY, epithet_after, house_in_the_plural, ruler_and_number
from dossier.ingest.road_codes import road_by_its_letter_and_number
from dossier.ingest.saint_names import SAINTS_TITLES
from dossier.ingest.salutations import greeted_readers
from dossier.ingest.served_states import body_of_a_state
from dossier.ingest.share_moves import share_move_follows
from dossier.ingest.sides_by_origin import club_a_player_leaves, club_after_its_origin, club_named_in_full
from dossier.ingest.speaker_labels import full_name_of_speaker, speaker_label
from dossier.ingest.spellings_abroad import NO_OTHER_CUE
from dossier.ingest.sport_names import (
    NATIONS_OF_A_UNION,
    about_sport,
    club_without_the,
    nickname_alone,
    plural_alone_after_the,
    position_before,
    royal_spanish_club,
    score_after,
    score_before,
    scorer_before_scored,
    side_in_a_result,
    side_named_by_its_town,
    team_before_its_player,
    team_nickname,
    titled_nickname_after,
    town_side_before_its_result,
)
from dossier.ingest.stretches import end_of_a_stretch
from dossier.ingest.syllabic_names import syllabic_full_name
from dossier.ingest.town_cues import (
    after_article_of_place,
    alone_as_a_place,
    compass_part_of_town,
    county_name,
    end_of_a_route,
    glen_or_ben,
    land_no_one_is_named,
    lands_word,
    lower_article_before,
    named_for_place,
    plural_land_after_the,
    right_after_based,
    saints_town,
    state_after_the,
    state_or_land,
    street_named_gate,
    town_after_a_street,
    town_after_comma,
    town_before_its_works,
    town_between_towns,
    town_by_what_it_has,
    town_closing_an_address,
    town_lying_on_a_coast,
    town_of_a_named_person,
    town_of_a_resident,
    welsh_place,
)
from dossier.ingest.utility_firms import riverside_region, utility_firm
from dossier.ingest.vietnamese_names import vietnamese_name_at
from dossier.ingest.war_pages import armed_page, unit_noun_off_war
from dossier.ingest.waters_named_with_the import waters_named_with_the
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

# The kinds of weapon a "System" names in plain words, and how plain those words are (Zipf).
_WEAPON_KINDS = word_set("missile rocket")
_WEAPONS_PLAIN_WORD = 3.5

# Nouns for one who takes a side, written before a family name: "Brexiteer Varage", "Remainer Soubrin".
_SIDE_LABELS = word_set(
    "brexiteer brexiteers remainer remainers leaver leavers democrat republican tory labourite loyalist "
    "unionist nationalist separatist royalist populist "
    # ...and a party's own word, as Canadian and British papers write its member: "Liberal McKenna", "Conservative
    # Varage" after "Catherine McKenna" (not "Liberal Democrats": no family name after it)
    "liberal conservative"
)

# Suffixes of abstract nouns and adjectives: "Cessation of Hostilities", "Executive Order" are terms.
_TERM_SUFFIXES = ("tion", "sion", "ment", "ness", "ity", "ities", "ance", "ence", "ism", "ship", "hood", "ive", "ial")

# "the Assad regime", "the Biden administration": the name before these is also a leader's.
_LED_BY = word_set("regime administration dictatorship junta")
_SHORTEST_DOCTRINE_ADJECTIVE = 7  # "Baathist", "Varnist"; not "Feist", "Christ"


def _doctrine_adjective(word: str) -> bool:
    """ "ba'athist", "khomeinist": an adjective of a doctrine or a party's followers, shaped so, names no leader."""
    return word.endswith("ist") and len(word.replace("'", "").replace("’", "")) >= _SHORTEST_DOCTRINE_ADJECTIVE


# A sentence's first word this common, shaped as an adjective ("-ed", "-al"), says how the noun after it is, and
# names nobody: "Unidentified gunmen", "Provincial spokesman", "Masked men" (not "Unison branch secretary").
_OPENING_ADJECTIVE = 3.5
_ADJECTIVE_ENDINGS = ("ed", "al")


def _sentence_opening_adjective(doc: ActorDocument, position: int, word: str) -> bool:
    """'Unidentified gunmen opened fire', 'Provincial spokesman Ilse Varn said': a common word shaped as an
    adjective opens the sentence before a noun of people or a post; no body, group or land is named."""
    return (
        position in doc.sentence_first
        and word.endswith(_ADJECTIVE_ENDINGS)
        and zipf(word) >= _OPENING_ADJECTIVE
        and not doc.sports  # ("Arsenal spokesman": a club)
        and not is_given_name(word)
        and word not in KNOWN_GROUPS
        and word not in KNOWN_BODIES
        and doc.gazetteer.lookup((word,)) is None
        and doc.gazetteer.country_of_demonym(word) is None
    )


_CROP_WORD = 3.0  # "Maize", "Coffee", "Dairy" opening a sentence before "farmers": a common noun, no people

# A picture's credit label right before a name in capitals: "Picture: DENISE BRADLEY" names the photographer.
_CREDIT_LABEL_BEFORE = re.compile(r"\b(?:pictures?|photos?|photograph|credit)\s*:\s*$", re.IGNORECASE)


def _credit_label_before(text: str, start: int) -> bool:
    return _CREDIT_LABEL_BEFORE.search(text, max(0, start - 16), start) is not None


_SHOUTED = 4.6  # Zipf of "answer", "note": capitals do not make them acronyms (NATO is 4.3)


# A compass point written in letters: "SW Washington", "NE Portland".
_COMPASS_LETTERS = frozenset(("NE", "NW", "SE", "SW", "NNE", "NNW", "ENE", "ESE", "SSE", "SSW", "WNW", "WSW"))
_RARE_FAMILY_NAME = 3.0  # "Chandor": a word this rare after initials is a family name ("Security" is 4.9)


# "the region of Varn": how sure a place noun, "of" and a name make a place.
# (under `works._SURE_PLACE`: a game's "port of Saltreach" stays the game's)
_PLACE_NAMED_BY_ITS_NOUN = 0.72


# Words that open a church school's name: "St Osric's Primary", "Holy Cross High", "Sacred Heart Secondary".
_SCHOOL_SAINTS = frozenset(("st", "saint", "holy", "sacred"))


def _initials_of_a_named_person(doc: ActorDocument, position: int) -> bool:
    """Dotted initials ("J.C.") that open a person's name elsewhere in the text ("J.C. Chandor"): a short form of
    that person, not a body's letters."""
    tokens, initials = doc.tokens, doc.tokens[position].text
    folded = tokens[position].folded
    if folded in KNOWN_BODIES or doc.gazetteer.lookup((folded,)) is not None:
        return False  # "U.N.", "U.S.": a body's or a state's letters
    return any(
        token.text == initials
        and k != position
        and token.joined
        and k + 1 < len(tokens)
        and cased(tokens[k + 1])
        and "." not in tokens[k + 1].text
        and tokens[k + 1].folded not in HEAD_WORD
        and tokens[k + 1].folded not in NAME_WORD
        and (is_surname(tokens[k + 1].folded) or zipf(tokens[k + 1].folded) < _RARE_FAMILY_NAME)
        for k, token in enumerate(tokens)
    )


_STATE_ABBREVIATION = re.compile(r"(?:[A-Z]\.){1,2}[A-Z]?")  # "D.C", "N.Y": dotted capitals


def _closing_possessive(text: str, end: int, known_name: str) -> str:
    """The "'s" after a run whose known place ends in it: "St. John's" keeps it, though its tokens stop before the
    apostrophe (a possessive after any other place is no part of its name: "Norfolk's coast")."""
    ending = text[end : end + 2]
    if ending.replace("’", "'") == "'s" and known_name.replace("’", "'").endswith("'s"):
        return ending
    return ""


# Units of time after a number, which is then no unit's: "the Niger Delta 10 years ago".
_TIME_UNITS = word_set("year years month months week weeks day days hour hours")


# Adjectives that name how close a partnership is, no field it works in: "the Comprehensive Strategic Partnership".
_PARTNERSHIP_QUALITIES = ("ic", "ive", "ed", "al")


def _partnership_of_a_field(words: tuple[str, ...], previous: str) -> bool:
    """'the Minerals Security Partnership': after "the", a partnership named by two or more words ending in the field
    it works in is a body (not "the Comprehensive Strategic Partnership", states' ties; nor "Local Partnership")."""
    return (
        len(words) >= 3
        and words[-1] == "partnership"
        and previous == "the"
        and not words[-2].endswith(_PARTNERSHIP_QUALITIES)
    )


# Prepositions English writes in capitals only inside a name: "Campaign Against Arms Trade",
# "Partners Without Borders". ("Of", "For", "And", "The" are left out: headlines capitalise them.)
_SMALL_WORDS_IN_NAMES = frozenset(("against", "without", "beyond", "across", "versus"))
_SHORTEST_TITLED_NAME = 3
# The German street nouns no family name ends with, even after a hyphen ("Kaiser-Wilhelmstraße").
_STREETS_IN_ANY_WORD = ("straße", "strasse")


_TEAM_NAME_WORD = 3.5  # Zipf: a word this rare after "Team" is its name ("Penhallow"), not a common one ("Sports")


def _capitalised_small_word_inside(doc: ActorDocument, position: int, last: int, previous: str) -> bool:
    """'the Campaign Against Arms Trade': after 'the', mid-sentence, a run of three or more words
    with a capitalised preposition inside it."""
    if previous != "the" or last - position + 1 < _SHORTEST_TITLED_NAME or position in doc.sentence_first:
        return False
    inside = range(position + 1, last)
    return any(doc.tokens[k].folded in _SMALL_WORDS_IN_NAMES and doc.tokens[k].text[0].isupper() for k in inside)


# Words before a one-word name that make it a place beside the one the text is about.
_PLACE_ADJECTIVES = frozenset(("nearby", "neighbouring", "neighboring"))


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


def _post_after(doc: ActorDocument, k: int) -> bool:
    """Whether a title or a staff word in lower case follows the word at `k` ("area manager", "area office")."""
    word = _following_word(doc, k)
    return doc.tokens[k].joined and (is_title(word) or word in STAFF_AFTER_POSSESSIVE or word == "office")


# A racing team's word, and what a team runs or is: "the Bridge Motorsport car", "drives for Quarry Racing".
_RACING_HEADS = frozenset(("racing", "motorsport", "motorsports", "autosport"))
_TEAM_NOUNS_AFTER = frozenset(("car", "cars", "team", "driver", "drivers", "squad", "entry", "entries", "crew"))


def _racing_team_in_its_sport(doc: ActorDocument, last: int, words: tuple[str, ...], previous: str) -> bool:
    """'the Bridge Motorsport car', 'drives for Quarry Racing': common words before a racing word name a team
    when a team's noun or a car's maker follows or a driver's "for" comes before ("Historic Motorsport" alone is a
    heading)."""
    if words[-1] not in _RACING_HEADS:
        return False
    after = doc.tokens[last + 1] if last + 1 < len(doc.tokens) and doc.tokens[last].joined else None
    # (or the car it runs: "the Quarry Motorsport Honda Civic")
    runs = after is not None and (after.text in _TEAM_NOUNS_AFTER or after.folded in CAR_MAKERS)
    return previous in _FIRM_PREPOSITIONS or runs


def _persons_phrase_before(doc: ActorDocument, position: int) -> bool:
    """'PhD student Oliver Grange', 'chief executive Ada Ridge': a phrase in lower case that only a person follows."""
    tokens = doc.tokens
    if position == 0 or not tokens[position - 1].text.islower():
        return False
    return any(
        tuple(t.folded for t in tokens[position - n : position]) in PERSON_PHRASE_BEFORE
        for n in (1, 2, 3)
        if position - n >= 0
    )


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


# Public services whose boards are named "<acronym> <area>": "NHS Highland", "NHS Lothian".
SERVICES_BY_AREA = word_set("nhs")
# Prepositions one uses of a place but never of a person: "in Hartley Green", not "to Ada Green".
_IN_A_PLACE = word_set("in near")
# "on the edge of Oakhanger St Giles", "residents of Tarrant St Mary": what lies in or at a place.
_PARTS_OF_A_PLACE = word_set("edge outskirts heart centre center residents villagers parish")


_NGUNI_LOCATIVE = re.compile(r"Kwa[A-Z][a-z]{3,}")


_NATION_PEOPLE = 1_000_000  # a land this large (a state, or a nation such as Scotland) has a church of its own


def _nation_named(doc: ActorDocument, words: tuple[str, ...]) -> bool:
    place = doc.gazetteer.lookup(words)
    return place is not None and (place.kind == "state" or place.population >= _NATION_PEOPLE)


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


# The one-word names of the buildings a town's or a county's council meets in: "a meeting in the Guildhall",
# "at Shirehall" (the two-word ones have a head word: "Town Hall", "County Hall").
_COUNCIL_BUILDINGS = word_set("guildhall shirehall townhall")
# ...and a legislature's building, as American news names it: "at the U.S. Capitol", "outside the Capitol".
_COUNCIL_BUILDINGS |= word_set("capitol")


_RARE_OWNER = 3.0
_RARE_GARRISON_TOWN = 3.0  # "the Rajouri garrison" (1.8); not "the Ottoman garrison" (3.6), "an Imperial" one
_SAINTS_OPENING = frozenset(("st", "saint", "ste", "sainte"))
# A saint's possessive that ends a town's name, no building's noun after it: "in St George's in 1996", "St
# John's, Antigua".
_SAINTS_BUILDING_AFTER = re.compile(r"['’]s (?:parish )?(?:church|cathedral|chapel|abbey|school|college|hospital)\b")
# A family's plural or a relative, then given names listed with commas and "and": "children Kevin, Sharon and ".
_KIN_LIST_BEFORE = re.compile(
    r"\b(?:children|sons|daughters|brothers|sisters|grandchildren|siblings),? (?:[A-Z][a-z]+(?:,| and) )*$"
)
# The rest of a list of names that ends "and four other villages", "and several other towns" (footnote marks left by
# an encyclopaedia's copy may follow each name): the names listed are such places.
_FOOTNOTE = r"(?:\[\w{1,3}\])*"
_LISTED_BEFORE_OTHER_PLACES = re.compile(
    rf"{_FOOTNOTE}(?:,{_FOOTNOTE} [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){{0,2}}{_FOOTNOTE})*,? and (?:[\w-]+ )?other "
    r"(?:villages|towns|cities|settlements|localities|hamlets|districts|municipalities)\b"
)
# A work performed, staged or recorded, by its maker's possessive: "will perform Handel's Messiah", "a new
# production of Verdi's La traviata", "recorded Britten's War Requiem".
_WORK_PERFORMED_BEFORE = re.compile(
    r"\b(?:perform|performs|performed|performing|sing|sings|sang|sung|conducts|conducted|conducting|recorded"
    r"|(?:production|performance|staging|recording|revival)s? of)(?: a| the)? $"
)
_BEFORE_A_WORKS_NAME = re.compile(r"['’]s (?:[A-Z]|la |le |il |die |der )")
# A possessive with no noun after it, a venue's or a shop's name: "at Ronnie Tarr's with", "at Ilse Varn's in Soho".
_VENUE_IN_THE_POSSESSIVE = re.compile(
    r"['’]s(?=[,.;:]|\s+(?:with|in|on|for|until|since|where|when|and|or|every|each|last|before|after)\b)"
)
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


@dataclass(frozen=True)
class NameQuestion:
    """A run of capitalised words and what stands around it, read once for all the questions."""

    doc: ActorDocument
    position: int
    last: int
    words: tuple[str, ...]
    tokens: list[Token]
    text: str
    name: str
    size: int
    previous: str
    following: Token | None
    after: str
    at_start: bool
    acronym: bool
    known: bool
    content: list[str]


def _question(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> NameQuestion:
    """The run read once: its text and size, the words before and after it, its letters and words."""
    tokens, text = doc.tokens, doc.text
    name = text[tokens[position].start : tokens[last].end]
    if "." in tokens[last].text and text[tokens[last].end : tokens[last].end + 1] == ".":
        # U.S., A.P.; not a web address's ending ("Quellmap.com."): that full stop ends the sentence
        name += "" if WEB_ENDING.search(tokens[last].text) else "."
    size = last - position + 1
    previous = tokens[position - 1].folded if position > 0 else ""
    if previous == "across" and position >= 2 and tokens[position - 2].folded in ENCOUNTER_BEFORE_ACROSS:
        previous = ""  # "came across Pinot Madeleine": met with, not crossed; no cue of place
    following = tokens[last + 1] if last + 1 < len(tokens) and tokens[last].joined else None
    if following is None:
        following = body_noun_past_acronym(doc, last)  # "the Civic Renewal (CRP) party"
    after = following.folded if following is not None and not following.capitalised else ""
    at_start = position in doc.sentence_first
    known = "".join(words) in KNOWN_MEDIA or "".join(words) in KNOWN_GROUPS or "".join(words) in KNOWN_BODIES
    acronym = size == 1 and bool(
        ACRONYM.fullmatch(tokens[position].text)
        or LETTER_NUMBER.fullmatch(tokens[position].text)
        or code_named_by_its_trade(doc, position)  # "security firm G4S": letters, though with a digit
        or code_named_as_a_group(doc, position)  # "APT40, a group sponsored by ..."
    )
    content = [w for w in words if w not in NAME_GLUE]
    return NameQuestion(
        doc=doc,
        position=position,
        last=last,
        words=words,
        tokens=tokens,
        text=text,
        name=name,
        size=size,
        previous=previous,
        following=following,
        after=after,
        at_start=at_start,
        acronym=acronym,
        known=known,
        content=content,
    )


# A number after a word, then a word in lower case: "Annex 2 states", "Article 5 guarantees" (a label and its number).
_LABEL_NUMBER_AFTER = re.compile(r" \d{1,3}[A-Za-z]? [a-z]")
_LABEL_WORD = 3.0  # an English word that labels a part: "annex" 3.3, "article" 4.6
# A football club's people, in lower case right after its name: "the Halewood Town chairman".
_CLUB_PEOPLE = word_set("chairman chairwoman manager boss fans supporters striker midfielder goalkeeper defender")


# The words of a mine that is laid as a weapon, not dug: "Anti-Personnel Mine", "Anti-Tank Mines", "Naval Mine".
_MINE_WEAPONS = word_set("anti personnel tank naval sea land limpet ship contact magnetic")


def name_candidate(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> Candidate | None:
    """The kind of a name: the questions below in their order, the first that can tell decides (a draft, or
    None when the words are no name); the last always decides."""
    question = _question(doc, position, last, words)
    for ask in _QUESTIONS:
        answer = ask(question)
        if answer is not ASK_ON:
            return answer
    return _last_resort(question)


# A common plural word glued to the next capitalised word inside one token: "NewsContainer", "BenefitsStrap" (a
# page's tags or labels run together; a brand's inner capital follows no plural: "BlackRock", "PlayStation").
_GLUED_PLURAL = re.compile(r"([A-Z][a-z]{2,}s)([A-Z][a-z]{2,})")
_GLUED_PLURAL_ZIPF = 4.0


# A word in lower case glued to a capitalised one, the mark of tags run together ("linesMarine"), where a brand
# in one word would not stand ("Tarnby NewsHub").
_LOWER_GLUED_TO_UPPER = re.compile(r"\b[a-z]{3,}[A-Z][a-z]{3,}")


def _tags_glued_on_line(text: str, start: int) -> bool:
    end = line_end(text, start)
    return _LOWER_GLUED_TO_UPPER.search(text, line_start(text, start), end if end >= 0 else len(text)) is not None


def _glued_plural_word(text: str) -> bool:
    match = _GLUED_PLURAL.fullmatch(text)
    return match is not None and zipf(match.group(1).lower()) >= _GLUED_PLURAL_ZIPF


_TERM_LETTERS_AFTER = re.compile(r" \(([A-Za-z]{2,6})\)")


def _spelled_term_after(text: str, end: int) -> bool:
    """Whether the letters in brackets right after the words are a term's written in capitals: "Internal Rate of
    Return (IRR)", "Floating Production Storage and Offloading (FPSO)" (`TERMS_WRITTEN_IN_CAPITALS`)."""
    match = _TERM_LETTERS_AFTER.match(text, end)
    return match is not None and match.group(1).lower() in TERMS_WRITTEN_IN_CAPITALS


# The ordinals of a year's quarters ("the Fourth Quarter"), which a city's "Jewellery Quarter" never opens with.
_YEARS_QUARTERS = frozenset(("first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th", "final", "last"))


# The nouns releases and filings define for the firm they speak of and then capitalise: "Korva Homes, Inc. (the
# "Company")", "the Group's revenue", "the Issuer". Alone they name no one; the firm's own name is drafted.
_DEFINED_TERMS_FOR_A_FIRM = word_set("company corporation group issuer registrant partnership")


# Kannada's "village" as a place name's ending: "Kadugodanahalli", "Hosahalli" (few family names end so; "-pur"
# would also take "Kapur", so it is left out).
_VILLAGE_ENDINGS = ("halli",)
_VILLAGE_WORD_MIN = 8


_REST_OF_LINE_BLANK = re.compile(r"\s*?(?:\n|\Z)")


def _wire_credit_line(text: str, start: int, end: int) -> bool:
    """Whether the word is alone in brackets on its line: "(NAN)" (read around the word, not the whole line)."""
    if text[start - 1 : start] != "(" or text[end : end + 1] != ")":
        return False
    return opens_its_line(text, start - 1) and _REST_OF_LINE_BLANK.match(text, end + 1) is not None


# The adjectives of elected offices, capitalised in headlines and in some papers' style: "Mayoral candidate".
_OFFICE_ADJECTIVES = word_set(
    "mayoral presidential gubernatorial senatorial congressional parliamentary ministerial governorship"
)
# Endings of an adjective or a noun made from a word after "anti-": "anti-Semitic", "anti-Semitism".
_STANCE_ENDINGS = ("ic", "ism", "ite", "ites")


def _word_after_anti(q: NameQuestion) -> bool:
    first = q.tokens[q.position]
    return (
        q.previous == "anti"
        and q.text[first.start - 1 : first.start] == "-"
        and q.tokens[q.position - 1].text.islower()
        and q.words[0].endswith(_STANCE_ENDINGS)
    )


# Prefixes a term written in capitals takes: "Non-GAAP", "pre-IPO", "post-COVID".
_TERM_PREFIXES = word_set("non pre post")


def _term_with_a_prefix(q: NameQuestion) -> bool:
    first, second = q.tokens[q.position], q.tokens[q.last]
    hyphen = q.text[first.end : second.start] == "-"
    return hyphen and q.words[0] in _TERM_PREFIXES and q.words[1] in TERM_ACRONYMS and second.text.isupper()


# What a firm's results call the parts it reports on: "the Quell Services segment", "its Varn Retail segments".
_LINES_OF_BUSINESS = word_set("segment segments")


# Pairs of words that make a body an outlet: a news or press agency, a broadcaster. ("Broadcasting Authority" and
# "Broadcasting Commission" are regulators, and stay bodies.)
_OUTLET_PAIRS = frozenset(
    (
        ("news", "agency"),
        ("press", "agency"),
        *(("broadcasting", head) for head in ("corporation", "company", "service", "network", "system")),
    )
)
# A paper named by how often it comes out, then its name: "Daily Quellport", "Weekly Tarn".
_PAPER_OPENINGS = word_set("daily weekly")
# What a body puts out daily or weekly that is no paper: "the Daily Report of the monitors", "Weekly Briefing".
_REGULAR_DOCUMENTS = word_set("report reports briefing briefings update updates digest summary brief roundup wrap")


def _outlets_own_words(words: tuple[str, ...]) -> bool:
    if len(words) == 2 and words[0] in _PAPER_OPENINGS and words[1] not in _REGULAR_DOCUMENTS:
        return True
    return any(pair in _OUTLET_PAIRS for pair in pairwise(words))


# A wire for releases named in one word, an ordinary word glued to "wire": "Businesswire", "Accesswire".
_WIRE_PREFIX_ZIPF = 4.0


def _newswire_name(words: tuple[str, ...]) -> bool:
    """'GLOBE NEWSWIRE', 'Globenewswire', 'Businesswire': a newswire's name, in capitals or in one word."""
    last = words[-1]
    if last.endswith("newswire"):
        return True
    return len(words) == 1 and len(last) >= 9 and last.endswith("wire") and zipf(last[:-4]) >= _WIRE_PREFIX_ZIPF


# A market's terms written after the name of what they belong to: a float, an economy's output, a fund on it.
_MARKET_TERMS_AFTER_A_NAME = word_set("ipo gdp etf etfs")  # (not "EPS": "Nueva EPS" is an insurer)


# The dagger an encyclopaedia's lists and boxes set after the name of one who has died: "Fazal Varnat †", "(†2019)".
_DAGGER_AFTER = re.compile(r"[ \t]?\(?†")
# The combining forms of peoples that open an adjective of two ("Indo-Pakistani", "Sino-Indian", "Russo-Turkish").
_PEOPLES_COMBINING_FORMS = frozenset({"indo", "sino", "anglo", "franco", "russo", "austro", "greco", "turco", "italo"})
# The Arabic article as transliteration writes it before a "sun letter" ("ash-Shabaab", "ad-Dawla", "an-Nusra"): "al".
_SUN_LETTER_ARTICLES = frozenset({"ash", "as", "ad", "adh", "an", "ar", "at", "ath", "az", "el"})


def _article_as_al(words: tuple[str, ...]) -> str:
    """The words run together with the Arabic article written "al" ("ashshabaab" is "alshabaab"), or "" if none."""
    return "al" + "".join(words[1:]) if len(words) >= 2 and words[0] in _SUN_LETTER_ARTICLES else ""


def _shape_and_form(q: NameQuestion) -> Candidate | Undecided | None:
    """What the words decide alone, before their context: too long or too short for a name, a listing's codes, a
    firm's legal form, a dateline's state, a body named for its aim, an elected member's party or seat."""
    doc, position, last, words = q.doc, q.position, q.last, q.words
    tokens, text, name, size = q.tokens, q.text, q.name, q.size
    if words_in_name(doc, position, last) > MAX_NAME_TOKENS and not (
        body_of_a_state(tokens, position, last, doc.gazetteer) or formal_body(tokens, position, last, text)
    ):
        return None  # longer than a name can be: a heading or a title-case line
    if size <= 2 and in_a_listing(doc, position, last):
        return None  # "(NASDAQ: HLVN)": an exchange and a ticker, codes of a listing
    if size == 1 and (
        cashtag(doc, position, last) or ticker_before_an_alert(doc, position, last) or listed_code(doc, position, last)
    ):
        return None  # "$HLVN", "HLVN INVESTOR ALERT:": a share's ticker as releases and markets pages tag it
    if size == 2 and _term_with_a_prefix(q):
        return None  # "Non-GAAP operating expenses", "pre-IPO": a term's letters after a prefix, no name
    if q.after in _LINES_OF_BUSINESS:
        return None  # "the Listing Services and Information Services segments": a firm's lines of business, no body
    if size == 1 and q.previous == "the" and words[0] in _DEFINED_TERMS_FOR_A_FIRM:
        return None  # "The Company's revenues were $2 million": a release's defined term for its firm, no name
    if size == 1 and len(words[0]) >= _VILLAGE_WORD_MIN and words[0].endswith(_VILLAGE_ENDINGS):
        # "Varnenahalli", "Tarnagrahara": a Karnataka town or quarter by the Kannada word for a village it ends in
        return Candidate(position, last, name, ActorKind.place, "a village's ending '-halli'", 0.55)
    if size == 1 and words[0] in _OFFICE_ADJECTIVES:
        return None  # "to hear Mayoral candidate Ilse Varn": the adjective of an office, capitalised, no name
    if size == 1 and _word_after_anti(q):
        return None  # "labelled anti-Semitic", "anti-Semitism": what a stance is against, as an adjective, no name
    if size == 2 and q.previous == "the" and words[-1] == "ward":
        # "candidates for the Albany Ward": a city's electoral ward (a person is never "the Tom Ward")
        return Candidate(position, last, name, ActorKind.place, "a ward after 'the'", 0.55)
    if _outlets_own_words(words):
        # "the News Agency of Varnia", "the Varnish Broadcasting Corporation", "Daily Quellport": the words that make
        # a body an outlet, whatever else the name holds
        return Candidate(position, last, name, ActorKind.media, "an outlet's words in its name", 0.6)
    if size <= 2 and _newswire_name(words):
        # "(GLOBE NEWSWIRE)", "Latest from Businesswire": a wire that sends out releases, whatever its case
        return Candidate(position, last, name, ActorKind.media, "a newswire's name", 0.6)
    if page_tool_between_bars(doc, position, last, name):
        return None  # "Release No: 19-026 April 25, 2019 PRINT | E-MAIL": a page's links to print or mail it
    if size <= 2 and wire_code_in_brackets(doc, position, last):
        return None  # "Tarnwell Corp. (TWH US) fell": a wire's code of the share and its market's letters
    if size == 1 and _zone_after_a_clock_time(tokens, text, position):
        return None  # "10 a.m. Pacific time": a clock's time zone, no place
    if size <= 2 and _currency_by_its_code(doc, name):
        return None  # "Ethereum (ETH) rose", then "Ethereum": a currency the text gives its code, no actor
    if size >= 2 and _shout_with_a_pronoun(tokens, position, last):
        return None  # "CONGRATS YOU TWO!!!": a shout in capitals that holds a pronoun, no name
    if size >= 2 and _shout_of_common_words(tokens, text, position, last):
        return None  # "calling for "TOTAL VICTORY!"": ordinary words shouted in capitals, no name
    if (
        tokens[last].text.endswith("+")
        and "+" not in tokens[last].text[:-1]
        and not tokens[last].text[:-1].isupper()
        and size >= 2  # (not "the Erasmus+ programme", "Disney+": a programme's or a service's name)
    ):
        # "the Motorola Edge+", "Quellcom Phone 8+": a model marked by its plus sign, no body; its maker opens the
        # name ("Motorola") and is a firm
        maker = name_candidate(doc, position, position, words[:1])
        if maker is not None:
            maker = Candidate(position, position, maker.name, ActorKind.organization, "the maker of a model", 0.55)
        return maker
    if size == 2 and q.previous == "the" and words[0] in KNOWN_FIRMS and _firms_thing_after_the(q):
        return None  # "the next generation of the Apple Watch": a known firm's product after "the", no body
    if size >= 2 and tokens[last].text.isupper() and tokens[last].folded in VEHICLE_KINDS:
        return None  # "the Quellmark Rover EV": a model of car named by its maker and its kind, no body
    if words[0] == "crime" and text[max(0, tokens[position].start - 11) : tokens[position].start] == "Police and ":
        # "Police and Crime Commissioners can raise": the half of England's elected police post, no body (a whole
        # "Tarnshire Police and Crime Panel" is read as one name)
        return None
    if size >= 2 and words[-1] == "bill" and _bill_before_parliament(tokens, position, last):
        return None  # "debate the historic Harbour Access Bill": a bill, a law in the making, no body
    if _label_line_of_common_words(q):
        return None  # "Key Takeaway:" alone on its line: a page's label before its text, no name
    if size >= 2 and tokens[last].text.isupper() and tokens[last].folded in _MARKET_TERMS_AFTER_A_NAME:
        # "the Quellmark IPO", "Varnia GDP", "the Bitcoin ETF": the owner's name, then a market's term for its thing
        return name_candidate(doc, position, last - 1, words[:-1])
    if any(_glued_plural_word(tokens[k].text) for k in range(position, last + 1)) and _tags_glued_on_line(
        text, tokens[position].start
    ):
        return None  # "Shipping NewsContainer linesMarine": a page's tags glued together, no name
    if size >= 2 and _spelled_term_after(text, tokens[last].end):
        return None  # "an Internal Rate of Return (IRR) of 51%": a term written out before its letters, no body
    if size == 1 and adjective_of_a_people(doc, position, last):
        # "Daylamite infantry", "a Varnian soldier": a people's adjective by its ending, before the men it fields
        return Candidate(position, last, name, ActorKind.state, PEOPLE_FOUND_BY, 0.55)
    if size == 1 and house_in_the_plural(doc, position, last):
        # "took Dvin from the Sajids": a ruling house by its founder, in the plural
        return Candidate(position, last, name, ActorKind.organization, "a ruling house in the plural", 0.6)
    if size == 2 and ruler_and_number(doc, position, last):
        # "the Bagratid king Ashot III", "Under his son Justan I,": a ruler by his name and regnal number
        end = epithet_after(doc, last)  # "Ashot III the Merciful": the epithet after the number is his name's
        whole = text[tokens[position].start : tokens[end].end]
        return Candidate(position, end, whole, ActorKind.person, RULER_FOUND_BY, 0.6)
    if words in HOLIDAY_PHRASES:
        return None  # "the upcoming Mardi Gras parade": a feast, a time, no actor
    if words in DOCTRINES:
        return None  # "strict Sharia law", "the Pashtunwali code": a faith's law or a creed, an idea, no actor
    if codename_before(doc, position):
        return None  # "a mission codenamed Varnhane", "an operation, Tremmic Rage,": an operation's name, an event
    if (
        size == 2
        and words[0] in _PEOPLES_COMBINING_FORMS
        and text[tokens[position].end : tokens[last].start] == "-"
        and doc.gazetteer.country_of_demonym(words[1]) is not None
    ):
        # "the Indo-Pakistani War", "Sino-Indian talks": two peoples' adjective, no actor ("Indo-Pacific" is a region)
        return None
    if greeted_readers(doc, position, last):
        return None  # "Dear Parents and Carers,": the readers a letter greets, no actor
    if size <= 4 and charity_given_to(doc, position, last) and doc.gazetteer.lookup(words) is None:
        # "raised £640 for Comic Relief", "donations to Racing Welfare": a charity, whatever words name it
        return Candidate(position, last, name, ActorKind.organization, "a charity money is given to", 0.6)
    if size == 1 and words[0] in FAITHS_ADJECTIVES:
        return None  # "attacks on the Hindu minority": a faith's adjective, no state and no body
    if size == 1 and words[0] in FIRST_PEOPLES_ADJECTIVES:
        return None  # "disdain for Indigenous people": first peoples of no one land, no state and no body
    if size == 1 and words[0] in FAITH_ADJECTIVES_ALSO_NAMES and q.after:
        return None  # "the influence of Christian nationalism": the faith's adjective ("Christian Varn" is a name)
    if size == 1 and ticker_in_market_brackets(doc, position):
        return None  # "Staples ( SPLS )", "Apple ( AAPL , Tech30 )": a share's code after its firm
    if size <= 3 and (
        places_noun := _PLACES_NOUN_AND_COLON.search(text, max(0, tokens[position].start - 30), tokens[position].start)
    ):
        # "one of Cape Town's oldest suburbs: Woodstock": a plural noun of places, a colon, then the one meant
        return Candidate(position, last, name, ActorKind.place, f"named after '{places_noun[1]}:'", 0.6)
    if size <= 4 and _SITES_LIKE.search(text, max(0, tokens[position].start - 40), tokens[position].start):
        # "historic sites like the Colosseum", "landmarks such as the Tarn Bridge": a site, a place
        return Candidate(position, last, name, ActorKind.place, "after 'sites like'", 0.6)
    if position >= 2 and tokens[position - 1].folded == "of" and tokens[position - 2].folded in _TITLE_NOUNS:
        return None  # "a city that holds the title of World Design Capital": a title one holds, no actor
    if 2 <= size <= 4 and _DAGGER_AFTER.match(text, tokens[last].end):
        # "Fazal Varnat †[4]", "Ilse Varn (†2019)": a list's or a box's mark of one who has died
        return Candidate(position, last, name, ActorKind.person, "a dagger after it (died)", 0.65)
    if size <= 3 and not tokens[position].text.isupper() and _AGE_APPOSED_AFTER.match(text, tokens[last].end):
        # "Lorde, the 17-year-old pop star from New Zealand, won": only a person has an age in years
        return Candidate(position, last, name, ActorKind.person, "an age in years after it", 0.65)
    if size == 1 and _brand_before_its_report(doc, position):
        # "a BuzzFeed report that revealed ...": an outlet by its casing, before what it publishes
        return Candidate(position, last, name, ActorKind.media, f"an outlet before its '{tokens[last + 1].text}'", 0.6)
    if size == 1 and agency_in_a_credit(doc, position, last):
        # "Photo: TARNPRESS/Ilse Varnaby", "QUELLSTAD, MARCH 30, VARNPRESS.": an agency credited, a medium
        return Candidate(position, last, name, ActorKind.media, "an agency in a credit or a dateline", 0.6)
    if size == 1 and len(name) >= 2 and _wire_credit_line(text, tokens[position].start, tokens[last].end):
        # "... laundered through real estate.\n(NAN)\n": the wire credited in brackets on a line of its own after
        # the story it sent (Nigeria's NAN, India's PTI, "(Reuters)")
        return Candidate(position, last, name, ActorKind.media, "a wire credited on its own line", 0.6)
    if size == 2 and photographer_in_a_credit(doc, position, last):
        # "(File photo: QNA/Syamil Varn)": the photographer after the agency and a slash, a person
        return Candidate(position, last, name, ActorKind.person, "a photographer in a credit", 0.6)
    if photographer_after_a_label(doc, position, last):
        # "Photograph: Mamun Varnoush/AFP/Getty Images": the name after the credit's label, before the slash, a person
        return Candidate(position, last, name, ActorKind.person, "a photographer in a credit", 0.6)
    if agency_after_a_photographer(doc, position, last) or agency_credited_alone(doc, position, last):
        # "... Varnoush/AFP/Getty Images": after the photographer and a slash, the agency that sells the picture;
        # "© Getty Images", "Photo Courtesy: Getty Images": the agency alone
        return Candidate(position, last, name, ActorKind.media, "an agency in a credit or a dateline", 0.6)
    if size == 1 and station_call_letters(doc, position):
        # "KOIT said its ban was prompted by listener complaints" on a page about radio stations
        return Candidate(position, last, name, ActorKind.media, "a station's call letters", 0.6)
    if size >= 2 and merged_paper_name(doc, position, last):
        # "the St. Louis Post-Dispatch", "the Tarnby Post-Gazette": two mastheads joined, a paper
        return Candidate(position, last, name, ActorKind.media, "two mastheads joined by a hyphen", 0.7)
    if 2 <= size <= 4 and town_paper_name(doc, position, last, words):
        # "the Orlando Sentinel", "the Austin American-Statesman": a town and its paper's masthead, no person
        return Candidate(position, last, name, ActorKind.media, f"a town's paper, '{tokens[last].text}'", 0.65)
    if size == 1 and gerund_opening_a_clause(doc, position):
        return None  # "two problems: Revitalizing neighborhoods and ...": a verb's -ing form opens the clause
    if size == 1 and (len(tokens[position].text) < 2 or words[0] in HOLIDAYS):
        return None  # a single letter; a feast or holy month ("during Ramadan")
    if size == 1 and words[0] in _COUNCIL_BUILDINGS and tokens[position].text[:1].isupper():
        return Candidate(position, last, name, ActorKind.place, "a council's building", 0.6)  # "in the Guildhall"
    if size == 1 and words[0] in _PLACE_NOUNS_ABROAD:
        return None  # "Barangay kagawad nabbed": the Philippines' or Malaysia's word for a place, naming none
    if size == 1 and words[0] in _LAND_BY_ITS_FORM and position > 0 and tokens[position - 1].folded == "the":
        return None  # "across the Kingdom", "in the Strip": a land the text names in full, by its form alone
    if size == 1 and _word_cut_by_the_pages_end(doc, position, words[0]):
        return None  # "members of a local gang known as Everybod": a teaser cut off mid-word where the page ends
    if size == 1 and words[0] in _RULERS_STYLES and position > 0 and tokens[position - 1].folded == "the":
        return None  # "His Highness the Amir received": a ruler's style, no one named Amir
    if size == 1 and one_of_a_nation(doc, words[0]):
        return None  # "The Dutchman crossed the line": a man or a woman of a nation, named by no name
    if (
        size >= 2
        and (words[-1] in _PARTY_MEMBERS or _party_adjective_before_post(doc, last))
        and (home := _state_or_region(doc, words[:-1])) is not None
    ):
        # "Mr. Warner, the Virginia Democrat, called": a member of a party by the state he sits for, no one's name;
        # the state stays a place
        kind = ActorKind.state if home.kind == "state" else ActorKind.place
        seat = text[tokens[position].start : tokens[last - 1].end]
        return Candidate(position, last - 1, seat, kind, f"gazetteer: {home.name} (a member's seat)", 0.7)
    if (
        size == 1
        or (size == 2 and position in doc.sentence_first)
        # "the Palestinian Islamist movement": a people's adjective, then the doctrine's, before the group's noun
        or (size == 2 and (doc.gazetteer.country_of_demonym(words[0]) is not None or is_people(words[0])))
    ) and _follower_of_an_ism(doc, last, words[-1]):
        # "hardline Islamist groups", "Marxist parties", "Radical Islamist preachers" opening a sentence: a
        # doctrine's adjective, no one's name
        return None
    if initials_then_names(doc, position, last) and not state_or_land(doc, words[-1:]) and " & " not in name:
        # "spinner P. Ilangovan", "B. N. Venkatesh Murthy": initials with their stops, then the names
        # (`name_bounds` joins them only before a rare word)
        return Candidate(position, last, name, ActorKind.person, "initials before a family name", 0.55)
    if 2 <= size <= 3 and airline_named_air(doc, position, last, words):
        return Candidate(position, last, name, ActorKind.organization, "an airline named '<name> Air'", 0.6)
    if airline_named_with_air(doc, position, words):
        return Candidate(position, last, name, ActorKind.organization, "an airline named '<name>air'", 0.6)
    if 2 <= size <= 3 and miner_by_what_it_digs(doc, position, last, words):
        how = f"a miner named by '{tokens[last].text}'"
        return Candidate(position, last, name, ActorKind.organization, how, 0.6)
    if size == 2 and words[1] == "quarter" and words[0] in _YEARS_QUARTERS:
        return None  # "in the Third Quarter": a part of the year, no city's quarter
    if size == 2 and figurative_street(doc, position, last, words):
        return None  # "yet to land on Main Street": what the street stands for, no place
    if size >= 2 and words[-1] in _SERVICE_MEMBERS:
        return None  # "Sailors and Coast Guardsmen boarded": members of a service, not its name
    if size >= 2 and words[-1] == "coroner" and text[tokens[last].end : tokens[last].end + 1] not in ("'", "’"):
        return None  # "The Kerry Coroner, Dr Ilse Varn, heard": the post of an area, held by the person named after it
    firm_possessive = text[tokens[last].end : tokens[last].end + 4] in ("'s, ", "’s, ")
    if size == 1 and firm_possessive and speaker_employer(doc, position, last, words):
        # "At Moody's, which rates the bonds, analyst Karin Holt said": a firm named in the possessive
        return Candidate(position, last, f"{name}'s", ActorKind.organization, POSSESSIVE_FIRM, 0.6)
    if size == 1 and firm_named_in_the_possessive(doc, position, last, words[0]):
        # "a Lloyd's policy", "the Sainsbury's store": an article before a name's possessive makes the
        # possessive part of a firm's name (an article never opens a person's possessive).
        return Candidate(position, last, f"{name}'s", ActorKind.organization, POSSESSIVE_FIRM, 0.6)
    if size <= 3 and possessive_before_a_verb(doc, position, last):
        # "Alcohol retailer Tarn Murphy's is alerting customers": a possessive before a verb owns nothing
        return Candidate(position, last, f"{name}'s", ActorKind.organization, POSSESSIVE_FIRM, 0.6)
    if size <= 2 and shop_named_in_the_possessive(doc, position, last):
        # "Bloomingdale's, Macy's ( M ) and Staples": a possessive that owns nothing, listed or before its code
        return Candidate(position, last, f"{name}'s", ActorKind.organization, POSSESSIVE_FIRM, 0.6)
    if (
        size >= 2
        and any(tokens[k].text in _VERBS_IN_TITLES for k in range(position + 1, last + 1))
        # (not "Kim Do-hoon", "Kim Do Hoon": a Korean given name's syllable)
        and not (size == 3 and (hyphened_given_name(text, tokens, position) or korean_name_apart(doc, position)))
    ):
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
    if size <= 4 and firm_between_dashes(doc, position, last):
        # "she launched a new company -- Jo Varn -- which sells candles": the firm, though a person's name
        return Candidate(position, last, name, ActorKind.organization, "a firm's noun, then its name in dashes", 0.6)
    if (body_kind := body_by_its_noun_before(doc, position, last)) is not None:
        # "the shipping company Safar Darya", "the militia Dan Na Kessou": the body's noun before its name
        noun = tokens[position - 1].text
        return Candidate(position, last, name, body_kind, f"a body's noun '{noun}' before it", 0.6)
    members_at = 1 if words[0] == "the" else 0
    if (
        size - members_at >= 3
        and words[members_at] in MEMBERS_FOR_AN_AIM
        and words[members_at + 1] in ("for", "against")
        and tokens[last].capitalised
    ):
        # "the Volunteers for the Defence of the Homeland", "Physicians for Human Rights", "Mothers Against Drunk
        # Driving": people joined for (or against) an aim
        return Candidate(position, last, name, ActorKind.organization, "people joined for an aim", 0.6)
    if dependency_of_a_land(words):
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
    us_state = us_state_named_as_a_state(doc, position) if size == 1 else None
    if us_state is not None:
        # "Fort Stewart, Georgia": the US state, not the state in the Caucasus
        return Candidate(position, last, name, ActorKind.place, "a US state after its town", 0.7)
    us_state = us_state_by_postal_code(doc, position) if size == 1 else None
    if us_state is not None:
        # "New York City, NY", "Austin, TX", "Regina, SK": the state or province a town lies in, by its postal code.
        return Candidate(
            position, last, us_state, ActorKind.place, "a state's or a province's code after its town", 0.7
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
    if size <= 4 and (role := party_or_seat(doc, position, last)) is not None:
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
        and (trade := firm_named_in_full(doc, position, name)) is not None
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
    return ASK_ON


def _outlet_written_with_the(doc: ActorDocument, position: int) -> bool:
    """A capitalised "The" inside a sentence before the name, after a phrase that names where a piece appears."""
    tokens = doc.tokens
    the = position - 1
    if the < 1 or tokens[the].text != "The" or the in doc.sentence_first or not tokens[the].joined:
        return False
    run = [tokens[the].folded]
    k = position
    while k < len(tokens) and cased(tokens[k]):
        run.append(tokens[k].folded)
        if not tokens[k].joined:
            break
        k += 1
    place = doc.gazetteer.lookup(tuple(run[1:]))
    if (place is not None and place.kind == "state") or doc.gazetteer.lookup(tuple(run)) is not None:
        return False  # "published in The Gambia", "in The Hague": a state or a town written with its "The"
    for size in (3, 2):
        begin = the - size
        if begin >= 0 and all(tokens[k].joined for k in range(begin, the)):
            cue = PHRASE_BEFORE.get(tuple(tokens[k].folded for k in range(begin, the)))
            if cue is not None and cue.kind is ActorKind.media:
                return True
    return False


# A pointer to another piece, its title after it: "Read more in ..." (not "Read more:", a related headline whose
# names are the story's).
_READ_MORE_BEFORE = re.compile(r"\bRead more in[ \t]+$")
# A head of state's or a governor's yearly address, named as a body's name would be.
_ADDRESSES_OF_STATE = frozenset((("state", "of", "the", "state"), ("state", "of", "the", "union")))


# Endings of a species' Latin epithet: "doultingi", "sapiens"... ("Tarnisaurus quellensis", "Vespa velutina").
_EPITHET_ENDINGS = ("i", "ae", "ensis", "oides", "ium", "us", "um", "is", "ens", "a", "genes")
_EPITHET_LETTERS = 6  # shorter rare words after a name are a place's or a trade's words of other languages
_EPITHET_ZIPF = 1.0  # the epithet is no English word ("Tarnby said", "Quell ltd" are)
# Endings only Latin epithets have ("pyogenes", "pneumoniae", "quellensis"): a science page may use them often.
_LATIN_ENDINGS = ("genes", "ensis", "oides", "iae")
_LATIN_EPITHET_ZIPF = 2.5


def _genus_before_its_species(tokens: list[Token], last: int) -> bool:
    """'Tarnisaurus quellensis': one capitalised word, then a lower-case word no English text uses, ending as a Latin
    epithet does: the genus and the species of a living thing."""
    if last + 1 >= len(tokens) or not tokens[last].joined:
        return False
    if last > 0 and tokens[last - 1].folded in PLACE_PREPOSITIONS:
        return False  # "land in Varthur hobli": a place, then its division's word in its own language
    epithet = tokens[last + 1]
    return (
        epithet.text.isalpha()
        and epithet.text.islower()
        and len(epithet.text) >= _EPITHET_LETTERS
        and epithet.text.endswith(_EPITHET_ENDINGS)
        and zipf(epithet.text) < (_LATIN_EPITHET_ZIPF if epithet.text.endswith(_LATIN_ENDINGS) else _EPITHET_ZIPF)
    )


_REGION_NOUNS = frozenset(("region", "regions"))


def _named_a_journal(q: NameQuestion) -> bool:
    """'published in the journal Soil Science & Plant Letters': a title named as a journal's, no partners' firm."""
    return q.position >= 2 and q.previous == "journal" and q.tokens[q.position - 2].folded == "the"


def _page_parts_and_landmarks(q: NameQuestion) -> Candidate | Undecided | None:
    """A page's parts (a listing's title, a platform, a channel) and the landmarks of a country's map: grades,
    offices, glens and bens, villages' halls, Welsh bodies, trails."""
    doc, position, last, words = q.doc, q.position, q.last, q.words
    tokens, text, name, size = q.tokens, q.text, q.name, q.size
    previous, after = q.previous, q.after
    if _READ_MORE_BEFORE.search(text, max(0, tokens[position].start - 16), tokens[position].start):
        return None  # "Read more in Proven Online Selling Techniques": another story's headline, no name
    if words in _ADDRESSES_OF_STATE:
        return None  # "the governor's State of the State speech": a yearly address, no body
    if _outlet_written_with_the(doc, position):
        # "This article originally appeared at The Quellwire": a paper's title with its capital "The"
        return Candidate(position, last, name, ActorKind.media, "an outlet's title after 'The'", 0.6)
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
    if (
        size == 1
        and is_given_name(words[0])
        and _KIN_LIST_BEFORE.search(text, max(0, tokens[position].start - 60), tokens[position].start)
    ):
        # "survived by his children Kevin, Sharon and Daryl": given names listed after a word of family are
        # persons, though "Sharon" is a plain too
        return Candidate(position, last, name, ActorKind.person, "a given name listed after a word of family", 0.6)
    if size <= 3 and _LISTED_BEFORE_OTHER_PLACES.match(text, tokens[last].end):
        # "captured Tarnby, Varnivka[2] and four other villages": each name listed is one of those places
        return Candidate(position, last, name, ActorKind.place, "listed before 'and other villages'", 0.6)
    if (
        size <= 2
        and not q.known
        and _WORK_PERFORMED_BEFORE.search(text, max(0, tokens[position].start - 40), tokens[position].start)
        and _BEFORE_A_WORKS_NAME.match(text, tokens[last].end)
    ):
        # "perform Handel's Messiah", "a new production of Verdi's La traviata": who wrote the work performed
        return Candidate(position, last, name, ActorKind.person, "the maker of a work performed", 0.6)
    if size == 2 and words[0] in ("st", "saint") and _POSSESSIVE_TOWN_END.match(text, tokens[last].end):
        # "returns to St Wulfram's", "vicar of St Hilda's, Hartlepool": a church (or a school) by its saint
        name += text[tokens[last].end : tokens[last].end + 2]
        return Candidate(position, last, name, ActorKind.place, "a church by its saint, in the possessive", 0.6)
    if 2 <= size <= 3 and previous == "at" and _VENUE_IN_THE_POSSESSIVE.match(text, tokens[last].end):
        # "played at Ronnie Tarr's with", "met at Ilse Varn's in Soho": a club or a shop named after its owner, the
        # possessive with no noun after it
        name += text[tokens[last].end : tokens[last].end + 2]
        return Candidate(position, last, name, ActorKind.place, "a venue in the possessive after 'at'", 0.55)
    if platform_posted_on(doc, position, last):
        return Candidate(position, last, name, ActorKind.organization, f"a platform posted on, '{previous}'", 0.6)
    if channel_title_at(doc, position, words):
        return Candidate(position, last, name, ActorKind.media, f"a channel's title after '{previous}'", 0.7)
    if size == 1 and words[0] in PERIOD_ADJECTIVES and after and doc.gazetteer.country_of_demonym(words[0]) is None:
        return None  # "a Victorian town", "its Edwardian terraces": a period's style, no place nor people
    if size == 1 and words[0] in EARTH_PERIODS:
        return None  # "a Jurassic marine reptile": a period of the earth's history
    if size == 1 and _genus_before_its_species(tokens, last):
        return None  # "Tarnisaurus quellensis": a living thing's Latin name, no actor
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
    if size == 1 and town_after_a_street(doc, position, last):
        # "at the Council Offices, Mercer Street, Skelbrook.": an address's last line is its town.
        return Candidate(position, last, name, ActorKind.place, "a town after a street in an address", 0.6)
    if size == 1 and _WEB_NAME.fullmatch(tokens[position].text) and _site_of_a_name_in_text(text, name):
        return None  # "streamed on Quellix.com" beside "Quellix said": the firm's own site, the firm drafted by name
    if size == 1 and _WEB_NAME.fullmatch(tokens[position].text):
        # "Pay.UK", "Swapzone.com": a name written as a web address is a firm's or a body's.
        return Candidate(position, last, name, ActorKind.organization, "a web address's name", 0.6)
    if size == 1 and plural_land_after_the(doc, position, words[0]):
        # "walked in the Mamores", "a week in the Cairngorms": hills or isles named as a plural
        return Candidate(position, last, name, ActorKind.place, "a rare plural after 'in the'", 0.6)
    if size == 2 and glen_or_ben(doc, position, words):
        # "the slopes of Glen Affric", "walkers on Ben Macdui": a valley's or a hill's name, not Glen the person.
        return Candidate(position, last, name, ActorKind.place, f"a valley or a hill, '{tokens[position].text}'", 0.6)
    if welsh_place(words):
        # "moved to Parc y Glowyr": a Welsh noun of a place and its article "y" open a place's name
        return Candidate(position, last, name, ActorKind.place, f"a Welsh place, '{tokens[position].text}'", 0.6)
    if saints_town(doc, position, words):
        # "in San Pedro de Atacama": a saint's word opens a town's name, not Pedro the person.
        return Candidate(position, last, name, ActorKind.place, f"a saint's town, '{tokens[position].text}'", 0.6)
    if size == 2 and words[1] in VILLAGE_BUILDINGS and not is_given_name(words[0]) and alone_as_a_place(doc, words[0]):
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
    if size in (2, 3, 4) and body_for_a_nation(doc, words) and not _outlet_opening(words):
        # "Natural England", "Historic Scotland": a common word before a nation names its public body.
        return Candidate(position, last, name, ActorKind.organization, f"a body for '{tokens[last].text}'", 0.6)
    if (
        2 <= size <= 3
        and words[-1] in TRAIL_HEADS
        and not doc.things  # "the Kestrel Trail 2": a shoe's or a bike's model on a shop's page
        and not number_follows(doc, last)
        and named_for_place(doc, words[:-1], words[-1])
    ):
        # "the Thames Path", "the Brackmoor Trail": a long walk named for the land it crosses.
        return Candidate(
            position, last, name, ActorKind.place, f"a trail or a pass, ends with '{tokens[last].text}'", 0.6
        )
    return ASK_ON


def _team_nickname_before_who(q: NameQuestion) -> bool:
    """'The Wolves, who ...', 'the Saints, who ...': one plural word after "the" and before ", who" (on a sports
    page, where sides are called so); no person is named by an article and a plural."""
    tokens, position, last, word = q.tokens, q.position, q.last, q.words[0]
    if position == 0 or tokens[position - 1].folded != "the" or not tokens[position - 1].joined:
        return False
    if not word.endswith("s") or word.endswith(("ss", "us", "is")) or last + 1 >= len(tokens):
        return False
    if q.text[tokens[last].end : tokens[last + 1].start] != ", " or tokens[last + 1].folded != "who":
        return False
    # a sports page, or one that names the side in full elsewhere ("Koru Wolves" of an esports final)
    return (
        q.doc.sports or re.search(rf"\b(?!The\b)[A-Z][\w'-]* {re.escape(tokens[position].text)}\b", q.text) is not None
    )


def _troupe_before_who(q: NameQuestion) -> bool:
    """'the Skybound Wingwalkers, who ...': "the", two or three words ending in a plural that is no family name,
    and ", who": people known together by one name (a troupe, a band, a team), never one person."""
    tokens, position, last, words = q.tokens, q.position, q.last, q.words
    if not 2 <= q.size <= 3 or position == 0 or tokens[position - 1].folded != "the" or not tokens[position - 1].joined:
        return False
    plural = words[-1]
    if not plural.endswith("s") or plural.endswith(("ss", "us", "is")) or is_surname(plural) or last + 1 >= len(tokens):
        return False
    if q.text[tokens[last].end : tokens[last + 1].start] != ", " or tokens[last + 1].folded != "who":
        return False
    return q.doc.gazetteer.lookup(words) is None and not is_given_name(words[0]) and not has_cue(words)


# Heads of a description after a comma that say a band or a firm, whatever the name's own last word says.
_BAND_OR_FIRM_HEADS = BAND_NOUNS | frozenset(("company", "firm", "label", "brewery", "distillery", "winery", "startup"))


def _band_or_firm_apposed(doc: ActorDocument, last: int) -> str | None:
    """'Glass Harbour, the Tarnby four-piece,', 'Mill Quay, a Leeds brewery,': a description set after the name
    whose head says a band or a firm (how it was found), or None."""
    if last + 1 >= len(doc.tokens) or doc.text[doc.tokens[last].end : doc.tokens[last + 1].start] != ", ":
        return None
    found = apposition(doc, last)
    if found is None or found[0].kind is not ActorKind.organization:
        return None
    head = found[1].rstrip("'").split()[-1].lower()
    return found[1] if head in _BAND_OR_FIRM_HEADS or head.endswith("-piece") else None


# How ships, aircraft and trains are named for a place: "Spirit of St Agnes", "Pride of Hull".
_VESSEL_NAME_OPENERS = frozenset(("Spirit", "Pride"))


def _in_a_vessels_name(tokens: list[Token], position: int) -> bool:
    """Whether the name follows "Spirit of" or "Pride of" (capitalised): the place a vessel is named for."""
    if position < 2 or tokens[position - 1].text != "of" or not tokens[position - 1].joined:
        return False
    return tokens[position - 2].text in _VESSEL_NAME_OPENERS and tokens[position - 2].joined


def _town_before_its_club_head(doc: ActorDocument, words: tuple[str, ...]) -> bool:
    """'Leeds United', 'Bolton Wanderers': the words before the head are a town the gazetteer knows (not a state:
    "Ireland United" names no club), and the whole is no place of its own."""
    town = doc.gazetteer.lookup(words[:-1])
    return town is not None and town.kind != "state" and doc.gazetteer.lookup(words) is None


# What follows "area" after a military command's name: "the Central Command area of responsibility (AOR)".
_OF_A_COMMAND = re.compile(r" of (?:responsibility|operations)\b")


def _things_sides_and_firms(q: NameQuestion) -> Candidate | Undecided | None:
    """A thing, not an actor; sports sides by the match; firms by the deal, the regulator or the trade; outlets and
    groups known by their name."""
    doc, position, last, words = q.doc, q.position, q.last, q.words
    tokens, text, name, size = q.tokens, q.text, q.name, q.size
    previous, after, known = q.previous, q.after, q.known
    acting = operation_as_a_body(doc, position, last) if size >= 2 and words[0] == "operation" else None
    if acting is not None and not has_cue(words):
        # "Operation Quellguard has returned ...", "forces of Operation Varnhane": the mission or force, a body
        return Candidate(position, last, name, ActorKind.organization, acting, 0.6)
    if not known and names_a_thing(doc, position, last, words, has_cue(words)) is not None:
        return None  # "the game Starfall Arena", "Quillstone 3.2", "the Kullback–Leibler divergence"
    if _in_a_vessels_name(tokens, position):
        return None  # "an aircraft named Spirit of Tarnby", "the ferry Pride of Quellport": no town is meant
    if size == 1 and _team_nickname_before_who(q):
        # "The Wolves, who are part-owned by ...": a side called by its plural nickname, not a person
        return Candidate(position, last, name, ActorKind.organization, "a team's plural nickname before ', who'", 0.6)
    if _troupe_before_who(q):
        # "New for 2027 are the Skybound Wingwalkers, who fly two biplanes": a troupe or a team, not a person
        return Candidate(position, last, name, ActorKind.organization, "'the', a plural name and ', who'", 0.55)
    if doc.sports and size >= 2 and words[-1] in CLUB_HEADS and doc.gazetteer.lookup(words) is None:
        return Candidate(position, last, name, ActorKind.organization, "a club on a sports page", 0.75)
    if size == 2 and words[1] == "tech" and doc.gazetteer.lookup(words[:1]) is not None:
        # "Virginia Tech", "Georgia Tech": a state's or a town's institute of technology, as it is known
        return Candidate(position, last, name, ActorKind.organization, "a land's institute of technology", 0.65)
    if size >= 2 and words[-1] in CLUB_ONLY_HEADS and _town_before_its_club_head(doc, words):
        # "Manchester United manager Ilse Varn said": a known town, then a word only a club's name ends with
        return Candidate(position, last, name, ActorKind.organization, "a town, then a club's word", 0.7)
    if size >= 2 and words[-1] in CLUB_HEADS and after in _CLUB_PEOPLE and doc.gazetteer.lookup(words) is None:
        # "the former Halewood Town chairman", "Tarnby United fans": a club's people after its name, on any page
        return Candidate(position, last, name, ActorKind.organization, f"a club, before '{after}'", 0.65)
    if doc.sports and size >= 2 and words[-1] == "division" and not armed_page(doc):
        # "third in the Prairie Division": a league's group of teams on a sports page, not an army's division.
        return Candidate(position, last, name, ActorKind.organization, "a league's division on a sports page", 0.6)
    if size <= 4 and firm_in_subject_list(doc, position, last):
        return Candidate(position, last, name, ActorKind.organization, "a list of firms with customers", 0.6)
    if size <= 4 and share_move_follows(text, name, tokens[last].end, is_given_name(words[0])):
        # "Wipro: 1.59 per cent" under "TOP GAINERS", "Vitafoam shrank by 9.96 per cent to N79.10": a listed firm
        return Candidate(position, last, name, ActorKind.organization, "its share's move after the name", 0.6)
    if size <= 3 and sale_channel_before(doc, position, words) and not about_software(doc, position, last):
        # "go on sale through Vodafone and EE", "sold in the UK by Currys and John Lewis": the shops that sell it.
        return Candidate(position, last, name, ActorKind.organization, "a seller, after a word of sale", 0.6)
    if size <= 3 and (deal := firm_in_a_deal(doc, position, last, words)) is not None:
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
        and fined_after_list(doc, last)
    ):
        # "Hollowell and Pennygate were fined £31m": a bare name a regulator fines is a firm's (a person
        # fined is named in full first, and then by the surname the text gave).
        return Candidate(position, last, name, ActorKind.organization, "fined, as a firm", 0.6)
    if 2 <= size <= 3 and previous == "with" and after in FIRM_SPEECH and speaker_before_with(doc, position):
        # "Rafael Quintero with Morgan Stanley said": the speaker's firm, as US wire copy names it.
        return Candidate(position, last, name, ActorKind.organization, "the speaker's firm, after 'with'", 0.6)
    if size == 2 and scorer_before_scored(doc, last, words):
        # "Tevin Quellbrook scored twice": a player by a rare first name, before his goals
        return Candidate(position, last, name, ActorKind.person, "a player, before 'scored'", 0.6)
    if doc.sports and 2 <= size <= 3 and position_before(doc, position) and not has_cue(words):
        # "Point guard Tyrese Langford had 22 points": a player, by the position before the name.
        return Candidate(position, last, name, ActorKind.person, f"a player, after '{previous}'", 0.65)
    if (
        doc.sports
        and size <= 3
        and team_before_its_player(doc, last)
        and not is_given_name(words[0])
        # "Point guard Tyrese Langford had 22 points": a word of the position, capitalised to open the sentence
        # (a town as frequent as a word is the side: "Liverpool striker Ilse Varn")
        and not (
            size == 1
            and position in doc.sentence_first
            and zipf(words[0]) >= _PLAIN_OPENER_ZIPF
            and (is_common_word(words[0], False) or doc.gazetteer.lookup(words) is None)
        )
    ):
        # "Tarnby halfback Ilse Varn", "Varnley coach Tom Oskel": the side a player or a coach is named with.
        role = tokens[last + 1].text  # ("Tarnby's goalkeeper": the role after the possessive)
        return Candidate(position, last, name, ActorKind.organization, f"a side, before '{role}'", 0.85)
    if doc.sports and size <= 2 and previous == "the" and titled_nickname_after(doc, last):
        # "face the Oshawa Generals", "a pick of the Tarnby Senators": a town, then a title's plural, on a sports page.
        label = text[tokens[position].start : tokens[last + 1].end]
        return Candidate(position, last + 1, label, ActorKind.organization, "a team's nickname on a sports page", 0.7)
    if doc.sports and previous == "the" and team_nickname(doc, words):
        return Candidate(position, last, name, ActorKind.organization, "a team's nickname on a sports page", 0.7)
    if doc.sports and previous == "the" and size == 1 and nickname_alone(doc, position, words[0]):
        # "took charge of the Stallions in March": a side's nickname alone, a plural no list knows
        return Candidate(position, last, name, ActorKind.organization, "a team's nickname on a sports page", 0.6)
    if royal_spanish_club(doc, position, last):
        return Candidate(position, last, name, ActorKind.organization, "a Spanish club's 'Real'", 0.7)
    if (
        (
            doc.sports
            or score_before(doc, position)
            or score_after(doc, last)
            or town_side_before_its_result(doc, position, last)
        )
        and size <= 3
        and side_in_a_result(doc, position, last, words)
    ):
        # "Ashgill beat Crossbeck 3-0", "drew 1-1 with Hobbington Vale": the sides of a match are clubs.
        return Candidate(position, last, name, ActorKind.organization, "a side in a match's result", 0.65)
    if size <= 4 and club_after_its_origin(doc, position) and not has_cue(words):
        # "from Portuguese side Vitória Marinhense": a club met by where it plays, even with a given name.
        return Candidate(position, last, name, ActorKind.organization, f"a club, after '{previous}'", 0.65)
    if size <= 2 and club_a_player_leaves(doc, position) and not state_or_land(doc, words) and not has_cue(words):
        # "a second bid from Quellbury for the striker": the club that bids or sells, not its town
        return Candidate(position, last, name, ActorKind.organization, "a club, after a transfer's 'from'", 0.6)
    if doc.sports and size == 2 and team_nickname(doc, words) and club_without_the(doc, words):
        # "Exmoor Stags came from 24-10 down": a town and a nickname, the page's "the Stags" or a plural noun.
        return Candidate(position, last, name, ActorKind.organization, "a club's nickname on a sports page", 0.7)
    if (previous in _CALL_VERBS or previous in ("or", "and")) and after == "anonymously" and not has_cue(words):
        # "call Crimestoppers anonymously": a line the public calls is a body's, not a person's
        return Candidate(position, last, name, ActorKind.organization, "called anonymously", 0.6)
    if previous == "to" and position >= 2 and tokens[position - 2].folded == "anonymously" and not has_cue(words):
        # "given anonymously to Crimestoppers": what the public tells without a name goes to a body's line
        return Candidate(position, last, name, ActorKind.organization, "told anonymously", 0.6)
    if doc.sports and size >= 2 and words[-1] in STAND_HEADS and doc.gazetteer.lookup(words) is None:
        return None  # "the Kop End", "the North Stand": a stand of a ground, not an actor
    if size > 1 and "".join(words) in KNOWN_MEDIA:
        # "Al Jazeera" for "Aljazeera": an outlet written in two words (and no peninsula here).
        return Candidate(position, last, name, ActorKind.media, "a news outlet's name", 0.8)
    if (edition := outlet_edition(doc, position, last, words)) is not None:
        return edition
    group = KNOWN_GROUPS.get("".join(words)) or KNOWN_GROUPS.get(_article_as_al(words)) if size <= 3 else None
    if group is not None and doc.sports and "".join(words) in _CLUBS_NAMED_AS_GROUPS:
        group = None  # "Al-Shabab beat Al-Hilal": on a match report, the Saudi club of that name
    if group is not None:
        # "Hamas", "Al-Shabaab", "Ash-Shabaab": a group known by its name alone, before any town of that name.
        return Candidate(position, last, name, group.kind, KNOWN_GROUP_FOUND_BY, group.confidence)
    branch = next((k for k in range(1, size - 1) if words[k] in ("in", "of")), 0)
    group = KNOWN_GROUPS.get("".join(words[:branch])) if 0 < branch <= 3 else None
    if group is not None:
        # "Al-Qaeda in the Islamic Maghreb", "the Islamic State of Iraq and the Levant": a known group's branch or
        # full name with its region is a group, not the region.
        return Candidate(position, last, name, group.kind, "a branch of a group known by name", group.confidence)
    group = known_group_in_a_frame(doc, words)
    if group is not None:
        # "Hayat Tahrir al-Sham", "Jabhat al-Nusra", "the Nusra Front": a known group's name after an Arabic word
        # for a body or before "Front" is that group, as the Arabic word alone would not say.
        return Candidate(position, last, name, group.kind, "a group known by name in its frame", group.confidence)
    return ASK_ON


# The head words of a government's civil bodies, which keep forces of their own ("Interior Ministry forces").
_CIVIL_BODY_HEADS = word_set("ministry department")
# Unions of states that send troops of their members under their flag, and are no army themselves: "UN troops",
# "African Union troops", "ECOWAS forces".
_UNIONS_THAT_SEND_TROOPS = frozenset(
    tuple(name.split())
    for name in ("un", "united nations", "african union", "au", "eu", "european union", "ecowas", "sadc", "eac")
)

_PAGE_TOOL_WORD = 4.0  # Zipf: "print" 4.5, "e-mail" 4.6, "share" 5.2, "subscribe" 4.0
_PAGE_TOOL_LETTERS = 4


def page_tool_between_bars(doc: ActorDocument, position: int, last: int, name: str) -> bool:
    """'PRINT | E-MAIL', 'Home | News | Share': one common word in capitals beside a bar, a page's menu or tools
    (not a body's letters, a known group's or a place's: "UN | EU")."""
    if " " in name or len(name) < _PAGE_TOOL_LETTERS or not name.isupper():
        return False  # (one word, hyphened or not: "E-MAIL"; letters of bodies are shorter: "UN", "EU")
    text, tokens = doc.text, doc.tokens
    before = text[max(0, tokens[position].start - 3) : tokens[position].start].rstrip(" \t")
    after = text[tokens[last].end : tokens[last].end + 3].lstrip(" \t")
    if not (before.endswith("|") or after.startswith("|")):
        return False
    folded = name.casefold()
    known = folded in KNOWN_BODIES or folded in KNOWN_MEDIA or folded in KNOWN_GROUPS
    return zipf(folded) >= _PAGE_TOOL_WORD and not known and doc.gazetteer.lookup((folded,)) is None


# The letters of a (combined) joint task force, which open its code in every military release: "CJTF-OIR",
# "CJTF-HOA", "JTF-GTMO".
_TASK_FORCE_LETTERS = word_set("cjtf jtf")

# The English word writers put after an armed group's own name ("the Nusra Front", "the Polisario Front").
_GROUP_WORDS_AFTER = word_set("front")


# Nouns of one armed unit that a name before them names only after "the" ("the Radaa force", "the Fastaqim
# faction"); after "a" the name describes the unit ("a Basilan faction", "a Byzantine force").
_UNIT_NOUNS_OF_ONE = word_set("force faction mercenary")


# Clubs that share an armed group's name ("Al-Shabab FC", Arabic for "the youth"): a club on a match report.
_CLUBS_NAMED_AS_GROUPS = frozenset(("shabab", "alshabab", "shabaab", "alshabaab"))


# The branch of Islam a group is of, written among its peoples' adjectives: "the Lebanese Shiite Hezbollah movement".
FAITHS_OF_A_GROUP = word_set("shia shiite shi'ite shii sunni")


def known_group_in_a_frame(doc: ActorDocument, words: tuple[str, ...]) -> Cue | None:
    """The known armed group named inside `words` with an Arabic word for a body before it or "Front" after it,
    or after the adjectives of the peoples it fights for ("the Iraqi Kurdish Peshmerga", "the Afghan Taliban")."""
    if len(words) < 2:
        return None
    adjectives = 0
    while adjectives < len(words) - 1 and (
        is_people(words[adjectives])
        or doc.gazetteer.country_of_demonym(words[adjectives]) is not None
        or words[adjectives] in FAITHS_OF_A_GROUP  # "the Lebanese Shiite Hezbollah movement"
    ):
        adjectives += 1
    group = KNOWN_GROUPS.get("".join(words[adjectives:])) if adjectives > 0 and len(words) - adjectives <= 3 else None
    if group is not None and group.kind is ActorKind.armed_force:
        return group
    inner = words[1:] if words[0] in ARABIC_BODY_OPENERS else words[:-1] if words[-1] in _GROUP_WORDS_AFTER else ()
    group = KNOWN_GROUPS.get("".join(inner)) if 0 < len(inner) <= 3 else None
    return group if group is not None and group.kind is ActorKind.armed_force else None


# Below this frequency the word before "State of" is a land's own name ("Puntland"), not a word such as "Islamic".
_MEMBER_STATE_ZIPF = 3.0


def member_state_of_a_federation(doc: ActorDocument, position: int, words: tuple[str, ...]) -> bool:
    """'Puntland State of Somalia', 'Rakhine State of Myanmar': a land's own rare name, "State of" and the state it
    belongs to name a region of that state (not "the Islamic State of Iraq", a group)."""
    if len(words) != 4 or words[1:3] != ("state", "of") or zipf(words[0]) >= _MEMBER_STATE_ZIPF:
        return False
    if has_cue(words[:1]) or doc.gazetteer.country_of_demonym(words[0]) is not None:
        return False
    state = doc.gazetteer.lookup(words[3:])
    return state is not None and state.kind == "state" and doc.tokens[position].text[:1].isupper()


# Zipf: the family name after another land's given name is rare as an English word ("Varn", not "Park").
_FAMILY_NAME_WORD = 3.0


def _given_name_of_another_land(q: NameQuestion) -> bool:
    """'Kylian Mbolo': a two-word name opened by a given name of another land's list (never a word of the page,
    a place or a cue), whose second word is no place and rare as an English word."""
    doc, words, position = q.doc, q.words, q.position
    tokens = doc.tokens
    return (
        is_other_lands_given_name(words[0])
        and not any(word in doc.lower_case or doc.gazetteer.lookup((word,)) for word in words)
        and zipf(words[1]) < _FAMILY_NAME_WORD
        and not has_cue(words)
        and doc.text[tokens[position].end : tokens[position].end + 1] == " "
        and all(len(tokens[k].text) > 1 and not tokens[k].text.isupper() for k in (position, position + 1))
    )


def _town_listed_among_towns(q: NameQuestion) -> Candidate | None:
    """One word between two towns of a list is a town, though an ordinary word names it (`town_between_towns`)."""
    if q.size != 1 or not town_between_towns(q.doc, q.position, q.words[0]):
        return None
    return Candidate(q.position, q.last, q.name, ActorKind.place, "a town listed among towns", 0.55)


def _partners_joined(name: str) -> bool:
    """Whether "A & B" names partners, not two persons ("Ilse Varn & Tom Varnell", "Ilse & Tom"): a family name
    alone after the ampersand closes a firm's name even when a given name opens it ("Simon & Schuster")."""
    opening, _, closing = name.partition(" & ")
    closing_words = closing.split()
    if not is_given_name(opening.split()[0].casefold()):
        return True
    return len(closing_words) == 1 and not is_given_name(closing_words[0].casefold())


# What a tourist board does when its name opens a sentence ("Visit Kent said"); "Visit Kent this summer" bids.
_BOARD_VERBS = frozenset(
    ["said", "says", "will", "would", "has", "have", "is", "was", "wants", "welcomed", "expects", "reported"]
)


def _tourist_board(q: NameQuestion) -> bool:
    return q.doc.gazetteer.lookup(q.words[1:]) is not None and (not q.at_start or q.after in _BOARD_VERBS)


# What a firm sells a stake to or a bid comes from: another firm ("a takeover bid from Kenwood").
_DEAL_PHRASES = frozenset(
    (("stake", "to"), ("stakes", "to"), ("bid", "from"), ("approach", "from"), ("offer", "from"), ("bid", "for"))
)
_SMALL_TOWN = 100_000


def _deal_with_a_small_town(doc: ActorDocument, position: int, words: tuple[str, ...]) -> bool:
    """A deal's phrase before one word the gazetteer knows only as a small town."""
    tokens = doc.tokens
    if position < 2 or not all(tokens[k].joined for k in (position - 2, position - 1)):
        return False
    if (tokens[position - 2].folded, tokens[position - 1].folded) not in _DEAL_PHRASES:
        return False
    place = doc.gazetteer.lookup(words)
    return place is not None and place.kind != "state" and 0 < place.population < _SMALL_TOWN


# Prefixes hyphened to a name that make an adjective of it: "sub-Saharan", "non-Tarnish".
_ADJECTIVES_PREFIXES = word_set("sub non")


def _after_an_adjectives_prefix(doc: ActorDocument, position: int) -> bool:
    """Whether the run opens right after a lower-case prefix and its hyphen ("sub-", "non-")."""
    if position < 1:
        return False
    prefix = doc.tokens[position - 1]
    return (
        prefix.folded in _ADJECTIVES_PREFIXES
        and prefix.text.islower()
        and prefix.end + 1 == doc.tokens[position].start
        and doc.text[prefix.end] == "-"
    )


# Words for a class of shares or a market's measure, not a firm: "shares of Common Stock", "shares of Class A",
# "shares in Issue", a headline's "Shares Of Sales".
_SHARE_CLASS_WORDS = word_set(
    "common preferred ordinary class series stock issue sales prices profits earnings revenues markets stocks bonds"
)


def _shares_of_one_word(q: NameQuestion) -> bool:
    """'Shares of Clicks rose': one capitalised word (no title, no class of shares, no place) right after
    "shares of" or "shares in", then no other capitalised word: the firm whose shares they are."""
    doc, position, word = q.doc, q.position, q.words[0]
    tokens = doc.tokens
    if position < 2 or tokens[position - 2].folded != "shares" or not traded_in(doc, position):
        return False
    following = tokens[position + 1].text if position + 1 < len(tokens) and tokens[position].joined else ""
    if following[:1].isupper() or following in ("n", "&"):
        return False  # "Shares of Dollar General", "Pick n Pay": the name goes on, read whole elsewhere
    return (
        tokens[position].text[:1].isupper()
        and len(word) > 1
        and word not in _SHARE_CLASS_WORDS
        and not is_title(word)
        and doc.gazetteer.lookup(q.words) is None
        and doc.gazetteer.country_of_demonym(word) is None
    )


def _known_places(q: NameQuestion) -> Candidate | Undecided | None:
    """A place the gazetteer knows, unless the words around make it a firm, a class of assets or a body's paper."""
    doc, position, last, words = q.doc, q.position, q.last, q.words
    tokens, text, name, size = q.tokens, q.text, q.name, q.size
    if size == 1 and words[0] in KNOWN_BODIES and not _state_named(doc, words):
        return ASK_ON  # "a motion at Holyrood", "the Dail": the parliament, not a small town of its name abroad
    if size == 1 and after_article_of_place(doc, position):
        return Candidate(position, last, name, ActorKind.place, f"'{tokens[position - 2].text} al-' before it", 0.5)
    if region_under_a_land(doc, position, last, words):
        return Candidate(position, last, f"sub-{name}", ActorKind.place, "a region, after 'sub-'", 0.6)
    if _after_an_adjectives_prefix(doc, position):
        return None  # "sub-Saharan African art", "in non-Tarnish towns": a word of an adjective, no name
    if size >= 2 and words[0] == "visit" and _tourist_board(q):
        # "Visit Jersey will promote it", "its Visit North Lincolnshire campaign": a place's tourist board
        return Candidate(position, last, name, ActorKind.organization, "a tourist board: 'Visit' and its place", 0.6)
    if food_from_maker(doc, position, words):
        how = f"a maker, after '{tokens[position - 2].text} from'"
        return Candidate(position, last, name, ActorKind.organization, how, 0.6)
    if 2 <= size <= 3 and traded_in(doc, position) and not doc.gazetteer.lookup(words):
        # "Shares in Tarrow Keane fell", "a stake in Morgan Whitley": one holds shares in a firm, not in a person
        how = f"after '{tokens[position - 2].text} {tokens[position - 1].text}'"
        return Candidate(position, last, name, ActorKind.organization, how, 0.6)
    if size == 1 and _shares_of_one_word(q):
        # "Shares of Clicks rose", "shares in Carnival fell": only a firm has shares, however ordinary the one
        # word it is named by (the firm named "Harmony Gold" or "Clicks" is written so on every market page); surer
        # than "Sears said" elsewhere, which any actor may say
        how = f"after '{tokens[position - 2].text} {tokens[position - 1].text}'"
        return Candidate(position, last, name, ActorKind.organization, how, 0.7)
    if size <= 3 and (trade := firm_by_what_it_owns(doc, position, last, words)) is not None:
        # "Zorvane's new headphones", "Mabel Strickland said its profits fell", "shoppers at Orla Penhaligon".
        return Candidate(position, last, name, ActorKind.organization, trade, 0.6)
    if size == 3 and words[1] == "and" and inn_at(doc, position, last):
        return Candidate(position, last, name, ActorKind.place, "an inn named for two things", 0.6)
    if 2 <= size <= 4 and listed_firm_named(doc, position, last, words) and not _settlement_named(doc, position, last):
        # "Exxon Mobil reported", "Rio Tinto posted a loss": before the gazetteer, which knows a small town so
        return Candidate(position, last, name, ActorKind.organization, "a firm listed on a stock index", 0.7)
    if size == 1 and _deal_with_a_small_town(doc, position, words):
        # "a takeover bid from Kenwood", "sold a stake to Varnley": a firm in the deal, not a small town of its name
        how = f"after '{tokens[position - 2].text} {tokens[position - 1].text}'"
        return Candidate(position, last, name, ActorKind.organization, how, 0.6)
    if size <= 3 and firm_named_like_a_town(doc, position, words):
        how = f"a firm, after '{tokens[position - 2].text} {tokens[position - 1].text}'"
        return Candidate(position, last, name, ActorKind.organization, how, 0.6)
    place = hyphened_place(doc, position, words) or doc.gazetteer.lookup(words)
    if place is not None and size == 1 and past_storm(doc, position, place.population):
        return None  # "not even in Harvey" on a page about a hurricane: a past storm, not the town
    if (
        size == 1
        and place is not None
        and place.kind == "place"
        and place.population < LARGE_CITY
        and _after_according_to(doc, position)
        and not is_given_name(words[0])
    ):
        # "rose 2.1%, according to Halifax": who reports a figure is a body, not the town it is named after
        return Candidate(position, last, name, ActorKind.organization, "a source, after 'according to'", 0.55)
    if place is None and english_town_form(doc, position, last):
        return Candidate(position, last, name, ActorKind.place, "a town's name joined by 'on' or 'upon'", 0.7)
    if place is not None and place.kind == "place" and english_town_form(doc, position, last):
        # "Chester-le-Street": a known town's hyphened name is no street, whatever its common words say
        where = f", {place.country}" if place.country else ""
        how = f"gazetteer: {place.name}{where} (a town's hyphened name)"
        return Candidate(position, last, name, ActorKind.place, how, 0.9, gazetteer_name=place.name)
    if place is None and size >= 2 and _STATE_ABBREVIATION.fullmatch(tokens[last].text):
        # "Washington D.C.", "Springfield Ill.": a place and its state's abbreviation.
        inner = doc.gazetteer.lookup(words[:-1])
        if inner is not None and inner.kind == "place":
            if text[tokens[last].end : tokens[last].end + 1] == "." and not name.endswith("."):
                name += "."
            where = f", {inner.country}" if inner.country else ""
            found_by = f"gazetteer: {inner.name}{where} (with a state's abbreviation)"
            return Candidate(position, last, name, ActorKind.place, found_by, 0.75, gazetteer_name=inner.name)
    if place is None and member_state_of_a_federation(doc, position, words):
        return Candidate(position, last, name, ActorKind.place, "a federation's member state, named with it", 0.65)
    if place is not None and place.kind == "state" and asset_class_after(doc, last):
        return None  # "head of UK equities", "US stocks": a class of assets a market trades, no state acting
    if place is not None and _outlet_written_with_the(doc, position):
        # "published in The Atlantic", "originally appeared on The Independent": a title with its capital "The"
        # after an outlet's phrase is the paper, not the ocean or the place
        return Candidate(position, last, name, ActorKind.media, "an outlet's title after 'The'", 0.6)
    if place is not None and (place.kind == "state" or not has_cue(words) or is_listed_land(place)):
        support = place_support(doc, place, position, last, words)
        if support is not None and _letters_like_a_town(doc, position, last, place) and "dateline" not in support:
            support = None  # "personnel to UN peacekeeping missions": a body's letters, not Un, India
        if support is not None:
            # ("in Macau": a town that is its whole state is the state, as other languages read it)
            kind = ActorKind.state if place.kind == "state" or is_city_state(place) else ActorKind.place
            where = f", {place.country}" if place.country else ""
            name += _closing_possessive(text, tokens[last].end, place.name)
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
        if (nation is not None and nation.kind == "state") or words[1] in NATIONS_OF_A_UNION:
            # "NHS England", "NHS Scotland": a body's acronym and the nation it serves, one body.
            return Candidate(position, last, name, ActorKind.organization, "an acronym and its nation", 0.6)
        if words[0] in SERVICES_BY_AREA and tokens[last].text.istitle():
            # "NHS Highland", "NHS Grampian": a health board named for the area it serves.
            return Candidate(position, last, name, ActorKind.organization, "a service and its area", 0.6)
    if size >= 4 and words[0] in SERVICES_BY_AREA and tokens[position].text.isupper() and words[-2] == "and":
        # "NHS Greater Glasgow and Clyde": a health board named for the two areas it serves
        return Candidate(position, last, name, ActorKind.organization, "a service and its areas", 0.6)
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
    if size == 2 and _town_side_by_its_nickname(doc, words, tokens[last]):
        # "a groundshare with Leeds Rhinos", "lost to Tarnby Hornets": a town and a plural nickname, in a text
        # about sport, name the town's side
        return Candidate(position, last, name, ActorKind.organization, "a town's side by its nickname", 0.6)
    return ASK_ON


# Words of a text about sport, in lower case, that make a town's plural nickname its side.
# Plurals after a town that name no side: its people, its gatherings, its lands and buildings.
_NOT_NICKNAMES = word_set(
    "olympics games championships awards talks riots attacks protests elections accords agreements christians "
    "muslims jews sunnis shias kurds residents citizens people locals children women men barracks docks gardens "
    "sands heights falls hills islands mountains springs lakes woods fields works mills"
)
_NICKNAME_ZIPF = 2.5  # "Rhinos" 2.6, "Hornets" 2.9: a common noun, no rare name


def _town_side_by_its_nickname(doc: ActorDocument, words: tuple[str, ...], nickname: Token) -> bool:
    plural = words[1]
    if not (plural.endswith("s") and not plural.endswith("ss") and nickname.text.istitle()):
        return False
    if plural in _NOT_NICKNAMES or plural in HEAD_WORD or plural in NAME_WORD or zipf(plural) < _NICKNAME_ZIPF:
        return False
    if is_given_name(words[0]):
        return (
            False  # "Clay Travis", "Mitchell Rawlins", "Stanley Cups": a given name opens a person's name or a prize's
        )
    place = doc.gazetteer.lookup(words[:1])
    if place is None or place.kind == "state" or doc.gazetteer.country_of_demonym(plural) is not None:
        return False
    return about_sport(doc)


# Words of islands near "X group": an island group of the Pacific or of the Sulu Sea ("the islands of the Varnu
# group", "the waters around Tessu and the Varnu group").
_ISLANDS_NEAR = re.compile(r"\b(?:islands?|islets?|archipelagos?|atolls?|reefs?|waters)\b", re.IGNORECASE)


def _field_before_its_trade(doc: ActorDocument, word: str, after: str) -> bool:
    """'Sports broadcaster for ESPN and ABC Sports': an everyday word opening the sentence before the noun of a
    trade is the trade's field; that the page capitalises it inside a longer name makes it no name alone. A
    word the page also writes in lower case is the field even when a job or a title capitalises it ("Sports
    Business Analyst", "Women Talking Sports"); a name's word is not ("Wagner fighters" beside "the Wagner
    Group")."""
    cue = NEXT_WORD.get(after) or OUTLET_NOUNS_AFTER.get((after,))
    if cue is None or cue.kind is ActorKind.person or zipf(word) < WORD_ALONE:
        return False
    tokens = doc.tokens
    everyday = word in doc.lower_case
    return not any(
        token.folded == word
        and token.capitalised
        and k not in doc.sentence_first
        and not (k > 0 and tokens[k - 1].capitalised and (tokens[k - 1].joined or everyday))
        and not (everyday and k + 1 < len(tokens) and tokens[k + 1].capitalised and k + 1 not in doc.sentence_first)
        for k, token in enumerate(tokens)
    )


def _shouted_around(tokens: list[Token], position: int) -> bool:
    """The words on both sides are in capitals too: the word is shouted with its clause, no acronym."""
    if position == 0 or position + 1 >= len(tokens):
        return False
    before, after = tokens[position - 1].text, tokens[position + 1].text
    return all(word.isalpha() and word.isupper() and len(word) >= 2 for word in (before, after))


# A participle opening a clause takes its object after one of these: "Befitting the ...", "Heeding its ...".
_DETERMINERS = word_set("the its his her their a an this these those")
_PARTICIPLE_WORD = 2.0  # an English word ("befitting" 2.9), not a rare name ending in "-ing"


def _participle_opening_a_clause(q: NameQuestion) -> bool:
    """'Befitting the red planet's colour, the Romans named it': an English word in "-ing" opening the sentence,
    its object after it (no town: "Reading the ..." may name one)."""
    word, tokens = q.words[0], q.tokens
    return (
        word.endswith("ing")
        and (q.at_start or q.text[max(0, tokens[q.position].start - 2) : tokens[q.position].start] in (". ", "\n"))
        and zipf(word) >= _PARTICIPLE_WORD
        and q.doc.gazetteer.lookup((word,)) is None
        and q.last + 1 < len(tokens)
        and tokens[q.last + 1].folded in _DETERMINERS
        and q.text[tokens[q.last].end : tokens[q.last + 1].start] == " "
    )


# What a thing is made with comes after these, named by its letters as substances are ("containing DEET").
_CONTAINING = word_set("containing contains contain contained")


def _town_defined_at_start(q: NameQuestion) -> Candidate | None:
    """'Boston is a port city', 'Reading is a large town in Berkshire': a known place's own name opens its
    sentence and "is a" defines it as a town. The word alone may be common or a surname (nothing else says it
    is a name there); the definition says which, so the gazetteer's place is taken."""
    doc, position, last, words = q.doc, q.position, q.last, q.words
    if defined_at_start(doc, position, words):
        return None  # a rare word's definition is read with every other apposition
    place = doc.gazetteer.lookup(words)
    if place is None or place.kind != "place" or fold(place.name) != words[0]:
        return None
    defined = apposition(doc, last, copula=True)
    if defined is None or defined[0].kind is not ActorKind.place:
        return None
    where = f", {place.country}" if place.country else ""
    how = f"gazetteer: {place.name}{where} (defined as {defined[1]})"
    return Candidate(position, last, q.name, ActorKind.place, how, 0.75, gazetteer_name=place.name)


def _letters_appositions_and_speakers(q: NameQuestion) -> Candidate | Undecided | None:
    """Letters and capitals, partners joined by an ampersand, what an apposition says, a seat, a party or a firm
    by how the text speaks of it, and a sentence's opening word that nothing explains."""
    doc, position, last, words = q.doc, q.position, q.last, q.words
    tokens, text, name, size = q.tokens, q.text, q.name, q.size
    previous, after, at_start, acronym = q.previous, q.after, q.at_start, q.acronym
    shouted = acronym and len(words[0]) >= 4 and not {".", "&"} & set(tokens[position].text)
    if shouted and zipf(words[0]) >= _SHOUTED:
        return None  # "ANSWER", "NOTE": a common word in capitals, not an acronym (as "AT&T" is)
    if acronym and position == last and zipf(words[0]) >= _SHOUTED and _shouted_around(tokens, position):
        return None  # "I'M NOT MAD, COME BACK": a common word in a clause shouted in capitals
    if (
        acronym
        and text[tokens[position].end : tokens[position].end + 1] == "/"
        and is_title(_following_word(doc, last))
    ):
        return None  # "HR/VP Mogherini": one title written as two
    if (acronym or is_camel_case(tokens[position].text)) and doc.technical and words[0] not in doc.defined:
        return None  # "LLVM", "WORKDIR", "PyOxidizer" on a page with code: a tool or a command
    if acronym and previous in _CONTAINING:
        return None  # "a repellent containing DEET", "food that contains PFAS": a substance by its letters
    if acronym and (term_acronym(doc, position) or initials_after_surname(doc, position)):
        return None  # "APIs", "JSON", "UTC", "OK": a thing or a word; "Hinton, G.E.": initials
    if size == 1 and tokens[position].text.endswith("+") and tokens[position].folded in TERM_ACRONYMS:
        return None  # "an LGBTQ+ focused bank": a community's letters with their plus, no body
    if acronym and len(words[0]) <= 2 and "." in tokens[position].text and abbreviation_of_place_or_era(doc, position):
        return None  # "Washington, D.C.", "600 B.C."
    if size >= 2 and " & " in name and plural_nouns_joined(words) and _standing_alone(doc, position):
        # "Terms & Conditions", "Corrections & Clarifications": a page's link, no firm ("the journal
        # Parasites & Vectors" in a sentence is a title)
        return None
    if owned_after_comma(doc, last) and not acronym and not is_given_name(words[0]) and not doc.gazetteer.lookup(words):
        return Candidate(position, last, name, ActorKind.organization, "', owned by' after it", 0.8)
    if size >= 2 and " & " in name and _following_word(doc, last) in _REGION_NOUNS:
        # "the Yorkshire & Humber region": two lands joined by "&" before "region" are one region, no firm
        return Candidate(position, last, name, ActorKind.place, "names joined by '&' before 'region'", 0.6)
    if size >= 3 and " & " in name and words[0] in KNOWN_MEDIA and tokens[position].text.isupper():
        # "BBC Stoke & Staffordshire", "ITV Tyne & Wear": an outlet's edition for the lands joined by "&"
        return Candidate(position, last, name, ActorKind.media, "an outlet's edition for two lands", 0.6)
    if size >= 2 and " & " in name and not has_cue(words) and _partners_joined(name) and not _named_a_journal(q):
        # "Brookfield & Vane", "Pemberton Hale & Co": partners' names joined by an ampersand name a firm;
        # "Morris Marshall & Poole": a given name may open it when the last partner is a family name alone.
        return Candidate(position, last, name, ActorKind.organization, JOINED_BY_AMPERSAND, 0.65)
    if size == 1 and "+" in tokens[position].text:
        if tokens[position].text.endswith("+") and is_camel_case(tokens[position].text[:-1]):
            # "the 16nm FinFET+ process", "a QuellCell+ battery": a plus after a word in mixed capitals joins no
            # partner; it names a better version of a thing ("OPEC+", "Erasmus+": a body and its allies, a programme)
            return None
        # "Kuehne+Nagel", "Tarn+Quell": partners' names joined by a plus sign, written as one word, name a firm
        # ("OPEC+", "Erasmus+": a body and its allies, a programme; "the Edge+" is a model: `_shape_and_form`)
        return Candidate(position, last, name, ActorKind.organization, "names joined by '+'", 0.65)
    if not acronym and size <= 4 and listing_after(doc, last) and not has_cue(words):
        return Candidate(position, last, name, ActorKind.organization, "a stock's listing after it", 0.75)
    if not acronym and ticker_after_name(doc, position, last):
        # "Builders' merchant Travis Perkins (TPK) slumped 7%": a share's code after the name, a listed firm
        return Candidate(position, last, name, ActorKind.organization, "a share's code after it", 0.7)
    if not acronym and size <= 3 and listed_firm_moved(doc, position, last) and not has_cue(words):
        # "Corvane Micro slid 7% after the company cut its forecast": a listed firm whose shares moved
        return Candidate(position, last, name, ActorKind.organization, "its price moved, and 'the company'", 0.6)
    apposed = (
        apposition(doc, last, copula=defined_at_start(doc, position, words))
        if not has_cue(words) and size <= 4
        else None
    )
    if apposed is not None and place_opens_the_clause(doc, position, words, apposed[0]):
        apposed = None  # "In Oskelivka, the head of the city administration, Ivan Varn, said": the place, then the man
    if apposed is not None and size == 1 and at_start and clause_after_opener(doc, last):
        return None  # "Downstream, the agency warned": an adverb opens the sentence, the agency is its subject
    if apposed is not None and apposed[0].kind is not ActorKind.person and 2 <= size <= 3:
        # "under the priest Manuel Varnez, the group grew": the job before the name says who; the words
        # after the comma open the clause, they describe no one
        apposed = job_noun_before(doc, position, last) or apposed
    if apposed is None and not has_cue(words) and size <= 4:
        apposed = person_noun_before(doc, position, last)
    if apposed is None and not has_cue(words) and 2 <= size <= 3:
        apposed = job_noun_before(doc, position, last)
    if apposed is not None:
        # "Varnak, the country's largest bank,": the text says what it is.
        return Candidate(position, last, name, apposed[0].kind, apposed[1], apposed[0].confidence)
    if size == 1 and at_start and not has_cue(words):
        defined_town = _town_defined_at_start(q)
        if defined_town is not None:
            return defined_town
    if size <= 3 and not has_cue(words) and seat_won_by_a_margin(doc, position, last):
        # "Goudkamp won Hinchinbrook with 38.1 per cent", "Labor held Tarnby by 212 votes": a seat, a place
        return Candidate(position, last, name, ActorKind.place, "a seat won by a share of the vote", 0.6)
    if not has_cue(words) and seat_named_for_its_town(doc, position, last):
        # "The SNP has held Glasgow Kelvin but lost Aberdeen Donside": a seat named for its town, a place
        return Candidate(position, last, name, ActorKind.place, "a town's seat won, held or lost", 0.6)
    if town_of_a_count(doc, position, last):
        # "the Inverness count has been suspended": where a seat's votes are counted
        return Candidate(position, last, name, ActorKind.place, "a town before its count", 0.6)
    if size <= 4 and not has_cue(words) and seat_before_member(doc, position, last):
        # "Penmarra assemblyman Datuk Ilse Varn": the seat the member sits for, a place
        return Candidate(position, last, name, ActorKind.place, f"a member's seat before '{after}'", 0.6)
    seat = seat_after_for(doc, position, last) if size <= 4 and not has_cue(words) else None
    if seat is not None:
        # "the independent member for Wentley, Priya Castellino,": the seat a member sits for, a place
        return Candidate(position, last, name, ActorKind.place, f"a member's seat after '{seat}'", 0.6)
    if size <= 4 and right_after_based(doc, position) and not has_cue(words) and not is_given_name(words[0]):
        # "groups including the Brno-based Ochrana Lesu": a body by the town it works from
        based = text[tokens[position - 2].start : tokens[position - 1].end]
        return Candidate(position, last, name, ActorKind.organization, f"after '{based}'", 0.6)
    if size <= 3 and not has_cue(words) and leads_or_backs_a_group(doc, position, last):
        # "a Macquarie-led consortium", "the Citi-backed payments start-up": the firm behind a deal's group
        return Candidate(position, last, name, ActorKind.organization, "leads or backs a group", 0.6)
    if (
        size <= 3
        and not has_cue(words)
        and maker_joined_to_its_work(doc, position, last)
        and not doc.gazetteer.lookup(words)
        and not doc.gazetteer.country_of_demonym(words[-1])
        and not is_people(words[-1])
        and zipf(words[-1]) < _EVERYDAY_MAKER
    ):
        # "the Swiftships-built patrol boats": the firm that built them (not "Glasgow-built ships", "Korean-made
        # shells": a place's or a people's)
        return Candidate(position, last, name, ActorKind.organization, "a maker joined to '-built'", 0.6)
    if owner_of_a_named_firm(doc, position, last, words) and not has_cue(words):
        # "P&O Cruises owner Carnival", "British Airways parent IAG": the firm that owns a named firm
        return Candidate(position, last, name, ActorKind.organization, f"after '{tokens[position - 1].text}'", 0.6)
    if size == 1 and firm_after_rival(doc, position, words[0]):
        # "Swedish rival Quellbolaget has expanded", "Rivals Dorriquay and ...": a market's rival, one word
        return Candidate(position, last, name, ActorKind.organization, f"after '{tokens[position - 1].text}'", 0.55)
    if size == 1 and known_firm(doc, position, words[0], after):
        return Candidate(position, last, name, ActorKind.organization, "a firm known by one word", 0.7)
    if size == 1 and last + 1 < len(tokens) and tokens[last + 1].text.isupper() and ticker_in_brackets(doc, last + 1):
        # "Starbucks (SBUX) rose": a word that is frequent too is the firm whose ticker follows it
        return Candidate(position, last, name, ActorKind.organization, "a firm before its ticker", 0.6)
    if 2 <= size <= 4 and not has_cue(words) and firms_arm(doc, position, last, words):
        how = f"an arm of '{tokens[position].text}'"
        return Candidate(position, last, name, ActorKind.organization, how, 0.7)
    if size == 1 and party_by_its_word(doc, position, words[0], after):
        return Candidate(position, last, name, ActorKind.organization, "a party known by one word", 0.75)
    if 3 <= size <= 5 and campaign_by_its_aim(doc, position, last, words):
        # "the Save Harnby Meadows group", "Stop Quellmoor Incinerator": a campaign named for what it wants
        return Candidate(position, last, name, ActorKind.organization, "a campaign named for its aim", 0.6)
    if size == 2 and party_in_its_province(doc, position, last, words):
        # "Tarnshire Liberal leader Ilse Varn": a party's branch by its province, then the branch's post
        return Candidate(position, last, name, ActorKind.organization, "a party's word after its province", 0.6)
    if size == 1 and _sentence_opening_adjective(doc, position, words[0]):
        return None  # "Provincial spokesman Ilse Varn said", "Unidentified gunmen opened fire": no name opens it
    post = post_after_a_body(doc, position, last) if size == 1 or members_named_body(words) else None
    if post is None and size >= 2:
        post = firm_before_its_analyst(doc, position, last, words)  # "Tarvel Pellam analyst Ilse Varn"
    if post is not None:
        # "Unison branch secretary Debbie Carrow said": the body its people's post is held in.
        return Candidate(position, last, name, ActorKind.organization, f"before its post '{post}'", 0.6)
    if 2 <= size <= 3 and coined_compound(words[0]) and not has_cue(words) and after not in PLACE_NOUNS:
        # "Healthwatch Kent said", "Shopmobility Tarnby": a word coined of two common ones opens a body's name
        # (not "the Sandtown-Weller neighborhood": a part of a city by its noun).
        how = f"{COINED_OPENER} '{tokens[position].text}' opens it"
        return Candidate(position, last, name, ActorKind.organization, how, 0.55)
    if size <= 4 and (form := legal_form_after_comma(doc, last)) is not None:
        # "Quillmetric, Inc. today reported results": a firm, its legal form after the comma
        return Candidate(position, last, name, ActorKind.organization, f"', {form}' after it", 0.65)
    if size <= 2 and (owned := firm_possession(doc, words, last)) is not None:
        # "Tarvolex's chief executive, Ann Lee, said", "Quellmoor's shares rose": only a firm has them
        return Candidate(position, last, name, ActorKind.organization, f"its '{owned}'", 0.6)
    if (
        size == 1
        and rare_word_said_it(doc, words[0], last)
        and not (acronym and outlet_letters_cue(doc, position) is not None)  # "the broadcaster RUV said it"
    ):
        # "Tarvolex said its agents processed more": what speaks of itself as "it" is a body, not a person
        return Candidate(position, last, name, ActorKind.organization, SAID_OF_ITSELF_AS_IT, 0.6)
    if size <= 3 and helpline_called(doc, position, last, words):
        # "call Crimewatchers on 0800 555 111": a line the reader phones is a body's or a service's
        return Candidate(position, last, name, ActorKind.organization, "a line called on its number", 0.55)
    if size == 1 and firm_deed_after(doc, words, last):
        # "Keldrin cut 200 jobs", "Brastow posted a loss of £3m": what only a firm does
        return Candidate(position, last, name, ActorKind.organization, "before what only a firm does", 0.55)
    if size == 1 and rare_word_said_in_a_statement(doc, words[0], last):
        # "Tarnwick said in a statement that no one was hurt": a body speaks through a statement or a filing
        return Candidate(position, last, name, ActorKind.organization, "said in a statement or a filing", 0.55)
    if size == 1 and at_start and not acronym and ordinary_word_said_its(doc, words[0], last):
        # "Three said 140 of its masts were down": a common word that speaks of its own things is a body
        return Candidate(position, last, name, ActorKind.organization, "an ordinary word said 'its'", 0.55)
    if size == 1 and not acronym and ordinary_word_named_as_a_body(doc, position, words[0]):
        # "my provider, Three, ... Three's network": an ordinary word the page shows owning a body's things
        return Candidate(position, last, name, ActorKind.organization, "an ordinary word shown as a body", 0.55)
    if size <= 3 and not acronym and rare_name_sells_in_the_plural(doc, words, last):
        # "Screwfix sell the washers for pennies": a trader's verb in the plural after a name in the singular
        return Candidate(position, last, name, ActorKind.organization, "a trader's verb in the plural after it", 0.55)
    if size == 1 and rare_word_the_firm_after(doc, words[0], last):
        # "Tarvolex reported an outage, the company said": what acts, then is called by a firm's noun
        return Candidate(position, last, name, ActorKind.organization, "called back by a firm's noun", 0.6)
    if (
        size == 1
        and not acronym
        and not q.known
        and not doc.things  # (on a page about a game, "says Hadvar" quotes a character)
        and speaker_after_inverted_said(doc, position, words[0])
    ):
        # '"The talks are over," said Varnek.': the speaker named by the family name alone
        return Candidate(position, last, name, ActorKind.person, f"after ', {previous}'", 0.55)
    if size == 1 and at_start and lone_name_called_he_or_she(doc, position, words[0]):
        # "Varnatti said talks must go on. His office said he ...": a person named by the family name alone
        return Candidate(position, last, name, ActorKind.person, "speaks, then 'he' or 'she'", 0.55)
    if (
        size == 1
        and at_start
        and (words[0] not in doc.confirmed or _field_before_its_trade(doc, words[0], after))
        and words[0] not in KNOWN_MEDIA
        and words[0] not in KNOWN_BODIES
        and not acronym
        and not title_case_acronym(doc, position)
        and not _group_opens_sentence(doc, words[0], after)
        and not _paired_with_a_body(doc, words[0], last)
        and not rare_body_before_which(doc, words[0], last)
        and not rare_firm_before_its_shares(doc, words[0], last)
        and label_of_value(text, tokens[position].start) not in NAME_LABELS
        # "VeltraMax said on Monday": a capital inside the word, which no ordinary word has; the cues decide
        and not brand_casing(tokens[position].text)
        and not family_name_by_its_ending(doc, position, words[0])  # "Lavrov said": no English word ends so
        and not (_before_speech(after) and _listed_firm(doc, position, words[0]))  # "Walmart said"
        and not side_before_its_player(doc, position, last)  # "Quellmore driver Ola Brandt crashed"
        and not employer_before_its_staff(doc, position, last)  # "Quellbank economist Ola Brandt said"
        and leader_before_possessive(doc, position, last) is None  # "Varnek's government fell": a leader's
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
    return ASK_ON


def _town_and_city_after_in(q: NameQuestion) -> bool:
    """'a court in Quelimane City': a town the gazetteer knows and "City", "in" before them, is the city (a club
    named so is played for, "at" or "from" it: "from Bradford City", "in Bradford City's win")."""
    if q.size != 2 or q.words[1] != "city" or q.previous != "in":
        return False
    if q.text[q.tokens[q.last].end : q.tokens[q.last].end + 1] in ("'", "’"):
        return False
    if q.after and q.after not in FUNCTION_WORDS:
        return False  # "in Bradford City colours": the club's, before its noun
    town = q.doc.gazetteer.lookup(q.words[:1])
    return town is not None and town.kind == "place"


def _known_bodies_and_named_sites(q: NameQuestion) -> Candidate | Undecided | None:
    """Bodies known by one word, names joined by hyphens or dashes, and sites named before their lower-case noun:
    camps, regions, units, peace processes, pacts."""
    doc, position, last, words = q.doc, q.position, q.last, q.words
    tokens, text, name, size = q.tokens, q.text, q.name, q.size
    previous, acronym = q.previous, q.acronym
    written_as_word = words[0] in BLOCS_WRITTEN_AS_WORDS and not tokens[position].text.isupper()
    if size == 1 and words[0] in KNOWN_BODIES and price_moved(doc, last):
        return None  # "the tech-heavy Nasdaq slid 1.6%": the exchange's index, a figure, no body
    if size == 1 and (words[0] in KNOWN_BODIES or written_as_word):
        return Candidate(position, last, name, ActorKind.organization, "a body known by one word", 0.8)
    if group_with_spanish_article(doc, words):
        return Candidate(position, last, name, ActorKind.organization, "a group named with 'Los'/'Las'", 0.6)
    if size == 1 and words[0] in GROUPINGS_AFTER_THE and position > 0 and tokens[position - 1].folded == "the":
        return Candidate(position, last, name, ActorKind.organization, "a grouping of states after 'the'", 0.7)
    if size == 1 and title_case_acronym(doc, position):
        return Candidate(position, last, name, ActorKind.organization, "an acronym written in title case", 0.6)
    if size == 3 and position + 2 == last and hyphened_given_name(text, tokens, position):
        return Candidate(position, last, name, ActorKind.person, "a given name of two syllables", 0.7)
    if size == 3 and position + 2 == last and korean_name_apart(doc, position):
        return Candidate(position, last, name, ActorKind.person, "a Korean family name, then two syllables", 0.65)
    if size == 2 and chinese_name_at(doc, position, last):
        return Candidate(position, last, name, ActorKind.person, "a Chinese family and given name in pinyin", 0.65)
    if size == 3 and position + 2 == last and hyphened_given_name_first(text, tokens, position):
        # "Seo-yeon Kim", "Mei-ling Chou": the given name's syllables first, then the family name
        how = "a given name of two syllables, then a family name"
        return Candidate(position, last, name, ActorKind.person, how, 0.7)
    if size == 4 and is_given_name(words[0]) and hyphened_given_name(text, tokens, position + 1):
        # "Ronald Pang Wai-kit": an English given name before a Cantonese name, as Hong Kong names are written.
        return Candidate(position, last, name, ActorKind.person, "a given name, then a family and a given name", 0.7)
    if any(dash_before_branch(text, tokens, k) for k in range(position, last)):
        return Candidate(position, last, name, ActorKind.armed_force, "a movement's branch after a dash", 0.75)
    if any(dash_before_operation(text, tokens, k) for k in range(position, last)):
        return Candidate(position, last, name, ActorKind.armed_force, "a force named with its operation", 0.8)
    if force_letters_before_operation(tokens, position, last):
        return Candidate(position, last, name, ActorKind.organization, FORCE_WITH_ITS_OPERATION, 0.7)
    if initialled_name(doc, position, last, words):
        return Candidate(position, last, name, ActorKind.person, "a name with a middle initial", 0.75)
    if (
        previous == "of"
        and position >= 2
        and tokens[position - 2].folded in PLACE_NOUNS
        and not has_cue(words)
        # (not "UK City of Culture": a plain word after a capital noun of place is a title's, no town)
        and not (tokens[position - 2].capitalised and size == 1 and zipf(words[0]) >= WORD_ALONE)
    ):
        # "the town of Tel Tamer", "the province of Idlib": a place noun, then "of" and its name (surer than a
        # headline's "Varn rebels", who are rebels of the region).
        how = f"after '{tokens[position - 2].text} of'"
        return Candidate(position, last, name, ActorKind.place, how, _PLACE_NAMED_BY_ITS_NOUN)
    if _town_and_city_after_in(q):
        return Candidate(position, last, name, ActorKind.place, "a town's name and 'City' after 'in'", 0.7)
    plural = plural_place_noun_before_list(doc, position)
    if plural is not None and not has_cue(words):
        # "the districts of Varn and Tesk", "the villages of Orla, Brisk and Tam": each name is a place
        return Candidate(position, last, name, ActorKind.place, f"listed after '{plural} of'", 0.65)
    firms = plural_firm_noun_before_list(doc, position) if not has_cue(words) else None
    if firms is not None and not is_given_name(words[0]) and context_cue(doc, position, last) is None:
        # "exporters such as Varnex and Tessor Wines": each name in the list is a firm (a phrase right before
        # the name, "banks including", says so itself)
        return Candidate(position, last, name, ActorKind.organization, f"listed after '{firms}'", 0.6)
    article = position - 1 if previous in ARABIC_ARTICLES and text[tokens[position].start - 1] in "-‐" else position
    the = article > 0 and tokens[article - 1].folded == "the"
    held = camp_after_words(doc, position, last) if size <= 3 and not acronym else None
    if held is not None and not the and held.split()[-1] not in BASE_NOUNS:
        held = None  # "over Tarnok naval base" needs no article; a camp or a field named so does
    if held is not None:
        # "the al-Hol displaced persons camp", "the Tremmin military prison": a camp named before its kind.
        camp = text[tokens[article].start : tokens[last].end]
        return Candidate(article, last, camp, ActorKind.place, f"before '{held}'", 0.7)
    status = region_status_after(doc, last) if not acronym and not has_cue(words) else None
    if status is not None:
        # "the Tarvask autonomous region", "the Quellmar special administrative region": a land's own status
        return Candidate(position, last, name, ActorKind.place, f"before '{status}'", 0.7)
    unit = unit_after_words(doc, last) if size <= 2 and not has_cue(words) and not is_given_name(words[0]) else None
    if unit is not None:
        # "the Akhmat special forces unit", "the Vostok volunteer battalion": a force named before its kind
        return Candidate(position, last, name, ActorKind.armed_force, f"before '{unit}'", 0.65)
    if size <= 2 and not acronym and not has_cue(words) and peace_process_after(doc, last):
        # "the Itombwe peace process", "the Varnak peace talks": peace is made for a land
        how = f"before '{text[tokens[last + 1].start : tokens[last + 2].end]}'"
        return Candidate(position, last, name, ActorKind.place, how, 0.55)
    one_word = size == 1 or all(text[tokens[k].end : tokens[k + 1].start] == "-" for k in range(position, last))
    if one_word and not acronym and not has_cue(words) and named_pact_or_war_after(doc, position, last):
        # "the Lombok Treaty", "the Ogaden War": a pact or a war is named for the land it was made in or over
        return Candidate(position, last, name, ActorKind.place, f"before '{tokens[last + 1].text}'", 0.55)
    return ASK_ON


def _before_speech(after: str) -> bool:
    """Whether the word after a name is a verb of speech that makes its subject a person ("said", "told")."""
    cue = NEXT_WORD.get(after)
    return cue is not None and cue.kind is ActorKind.person


# A party's member by the party's word, after the state or region they sit for: "a Virginia Democrat" (not "the
# Kyiv Independent", a paper).
_PARTY_MEMBERS = word_set("democrat republican")
# A plural noun of places and a colon right before a name: "one of the city's oldest suburbs: Woodstock".
_PLACES_NOUN_AND_COLON = re.compile(
    r"\b(suburbs|towns|cities|villages|districts|neighbou?rhoods|townships|boroughs|islands): $"
)
# A comma, then an age in years describing the name before: "Lorde, the 17-year-old pop star,".
_AGE_APPOSED_AFTER = re.compile(
    r", (?:a|an|the) (?:\d{1,2}|10\d)-year-old "
    r"(?!(?:[a-z-]+ )?(?:company|firm|group|club|band|brand|lender|bank|business|charity|institution|building|"
    r"bridge|church|school|tradition|treaty|law|plant|mill|ship|vessel|tree)\b)"
)
# Sites named after their plural noun and "like" or "such as": "historic sites like the Colosseum".
_SITES_LIKE = re.compile(r"\b(?:sites|landmarks|monuments) (?:like|such as|including) (?:the )?$")
# Nouns of a title held or won, before "of" and the title's words: "holds the title of World Design Capital".
_TITLE_NOUNS = word_set("title titles")
# A hill or a block of buildings after a body's word names the grounds: "Parliament Hill", "Centre Block".
_GROUNDS_AFTER_A_BODY_WORD = word_set("hill block")
# A party's adjective between a state and the post its member holds there: "West Virginia Democratic Rep. Ann Lee".
_PARTY_ADJECTIVES_BEFORE_POSTS = word_set("democratic")
_POSTS_OF_A_PARTY_MEMBER = ELECTED_POSTS | word_set("gov governor")


def _party_before_its_government(doc: ActorDocument, position: int, words: tuple[str, ...]) -> bool:
    """'the Congress government', 'the BJP government': one word before "government" that the page also writes
    alone, and that names no land (the Kenya government is Kenya's) nor a person (the Morrison government), is the
    party (or the movement) that governs; its government is no second body."""
    if len(words) != 1 or (position in doc.sentence_first and words[0] in doc.lower_case):
        return False
    start = doc.tokens[position].start
    if doc.text[max(0, start - 5) : start].casefold() in ("-pro-", " pro-", "anti-"):
        return False  # "the pro-Soviet government": the side a government leans to, not the party that forms it
    word = words[0]
    if word in PARTIES_BY_WORD:
        return True
    if word in doc.given_surnames or is_surname(word) or is_given_name(word) or doc.gazetteer.lookup(words) is not None:
        return False
    written = doc.tokens[position].text
    return re.search(rf"\b{re.escape(written)}\b(?![ \t]+government)", doc.text) is not None


def _state_or_region(doc: ActorDocument, words: tuple[str, ...]) -> Place | None:
    """The state or the first-level region (which the gazetteer gives no population) the words name, or None: not
    a town, "Liberal" in Kansas of the "Liberal Democrats"."""
    home = doc.gazetteer.lookup(words)
    return home if home is not None and (home.kind == "state" or home.population == 0 or is_region(home)) else None


# What an outlet publishes, after its name: "a BuzzFeed report", "a HuffPost investigation".
_OUTLETS_WORK = word_set("report reports story investigation article interview analysis poll")


def _brand_before_its_report(doc: ActorDocument, position: int) -> bool:
    """'a BuzzFeed report that revealed': an article, one word with a brand's inner capital, then a report."""
    tokens = doc.tokens
    if position < 1 or position + 1 >= len(tokens) or tokens[position - 1].folded not in ("a", "an", "the"):
        return False
    after = tokens[position + 1]
    return (
        brand_casing(tokens[position].text)
        and tokens[position].joined
        and after.text.islower()
        and after.folded in _OUTLETS_WORK
    )


def _party_adjective_before_post(doc: ActorDocument, last: int) -> bool:
    """'Ohio Democratic Rep. Ann Lee': a party's adjective ends the run, and an elected post follows it."""
    tokens = doc.tokens
    return (
        tokens[last].folded in _PARTY_ADJECTIVES_BEFORE_POSTS
        and last + 1 < len(tokens)
        and tokens[last + 1].folded in _POSTS_OF_A_PARTY_MEMBER
    )


def _follower_of_an_ism(doc: ActorDocument, last: int, word: str) -> bool:
    """'Islamist groups', 'Marxist parties', 'the Islamists, who ...': followers of a doctrine, by the adjective
    before a noun in lower case or by the word a reporter gives them, are no one's name."""
    tokens = doc.tokens
    if doctrine_given_by_others(word):
        return True  # "Salafists", "the Islamists, who": followers named by others
    if not follows_a_doctrine(word) or is_surname(word) or word.endswith("s"):
        return False  # ("the Socialists won 30 seats": a party by its members' name)
    if last + 1 >= len(tokens) or not tokens[last].joined:
        return False
    noun = tokens[last + 1]
    return noun.text.islower() and noun.folded not in FUNCTION_WORDS


# A listed firm's word this common ("next" 5.7, "city" 5.6, "news" 5.4) is a word first, even capitalised.
_FIRM_WORD_TOO_COMMON = 5.0


# What follows a watch's name when it is a model (a series, a size, a number), or stands before it.
_WATCH_MODEL_AFTER = re.compile(r" (?:Series|Ultra|SE|Pro|Classic|Sport|\d)")
_WATCH_MODEL_BEFORE = word_set("new its their latest")


def _watch_as_a_model(doc: ActorDocument, position: int, last: int) -> bool:
    """'Apple Watch Series 9', 'the new Galaxy Watch', 'its Pixel Watch': anywhere on the page, a model's word or a
    number after the name, or "new"/"its" before it."""
    tokens, text = doc.tokens, doc.text
    name = text[tokens[position].start : tokens[last].end]
    for match in re.finditer(re.escape(name), text):
        if _WATCH_MODEL_AFTER.match(text, match.end()):
            return True
        before = text[max(0, match.start() - 8) : match.start()].split()
        if before and before[-1].casefold() in _WATCH_MODEL_BEFORE:
            return True
    return False


def _before_its_own_named_thing(doc: ActorDocument, last: int) -> bool:
    """'Alphabet's Google Assistant', 'Block's Cash App': the possessive, then a capitalised name in the same
    sentence (a product, an arm) that the owner's word holds."""
    tokens, text = doc.tokens, doc.text
    if last + 1 >= len(tokens) or text[tokens[last].end : tokens[last].end + 3] not in ("'s ", "’s "):
        return False
    if last > 0 and tokens[last - 1].folded == "the":
        return False  # "the Alphabet's first letters": the word, not the firm (a firm takes no article)
    owned = tokens[last + 1]
    return owned.start == tokens[last].end + 3 and owned.capitalised and last + 1 not in doc.sentence_first


def _listed_firm(doc: ActorDocument, position: int, word: str) -> bool:
    """Whether a one-word name is a listed firm's, as a reader would take it: not a title ("the Admiral said"),
    not a town ("Dover said" is its council), not a word too common to be read as a name."""
    return (
        is_listed_firms_word(word)
        and doc.tokens[position].text.istitle()
        and not is_title(word)
        and zipf(word) < _FIRM_WORD_TOO_COMMON
        and doc.gazetteer.lookup((word,)) is None
    )


# A water's head word closes its name: what the text writes after it in lower case ("bridge", "dam") is a thing
# on or over the water, no part of the name; a sea's, an ocean's or a gulf's too ("the Black Sea port of Odesa",
# "a Red Sea port": a port on that sea, named after "of" or before it).
_WATERS_NAMED_WHOLE = word_set("river creek canal stream brook sea ocean gulf")


# The nouns after a firm's possessive and a name that make the name one of its businesses.
_ARMS_OF_A_FIRM = word_set("unit subsidiary division affiliate")
# A capitalised name's possessive right before the name: "News Corp's ", "Alphabet’s ".
_A_FIRMS_POSSESSIVE = re.compile(r"[A-Z][\w&.-]*['’]s $")


# Landforms English names by a people's adjective and the landform's noun, written small as often as not.
_LANDFORMS_NAMED_BY_A_PEOPLE = frozenset(("peninsula",))
_PEOPLES_ADJECTIVE = re.compile(r"[a-z]+an")
_ADJECTIVE_IN_USE = (
    2.8  # Zipf: "korean" 4.5, "arabian" 3.5, "iberian" 2.8; a rare land's own name is lower ("taman" 2.5)
)


def _word_after(q: NameQuestion) -> Candidate | Undecided | None:
    """The word right after the name ("said", "province", "party"), with the exceptions that make it say
    something else."""
    doc, position, last, words = q.doc, q.position, q.last, q.words
    tokens, text, name, size = q.tokens, q.text, q.name, q.size
    previous, following, after, acronym = q.previous, q.following, q.after, q.acronym
    speaks = _before_speech(after)
    if size == 1 and speaks and words[0] in doc.brands and not is_given_name(words[0]):
        # "Orbis said" on a page about the Orbis Watch and Orbis OS: the maker of the products.
        return Candidate(position, last, name, ActorKind.organization, "the maker of a product the page names", 0.6)
    if size == 1 and any(product[0] == words[0] for product in doc.families):
        # "Chart: Quorvane/Datadog" on a page about Quorvane Checkout and Quorvane Ledger: their maker, a firm
        return Candidate(position, last, name, ActorKind.organization, "the maker of products named after it", 0.6)
    if size == 1 and speaks and _listed_firm(doc, position, words[0]):
        # "Nissan said the recall ...", "Target said": a listed firm's one-word name (never a given or family
        # name) that speaks is the firm, though the word is common enough to be one alone.
        return Candidate(
            position, last, name, ActorKind.organization, "a listed firm's name, before a speech verb", 0.6
        )
    if (
        size == 2
        and len(tokens[position].text) == 1
        and tokens[position].text.isupper()
        and text[tokens[position].end : tokens[last].start] == "-"
        and after in FIRM_CUSTOMER_NOUNS
        and following is not None
        and following.text.islower()
    ):
        # "T-Mobile customers", "Q-Net subscribers": a brand coined of a letter and a word, before those it serves,
        # is a firm (a person has no customers, and no initial is hyphened so)
        return Candidate(position, last, name, ActorKind.organization, f"a coined brand before '{after}'", 0.6)
    opens_at = tokens[position].start
    if after in _ARMS_OF_A_FIRM and not acronym and _A_FIRMS_POSSESSIVE.search(text, max(0, opens_at - 60), opens_at):
        # "News Corp's Dow Jones unit", "Alphabet's Waymo subsidiary": a firm's arm, whatever its words look like
        return Candidate(position, last, name, ActorKind.organization, f"a firm's arm, followed by '{after}'", 0.65)
    coined = size == 1 and COINED_FOR_NAME.fullmatch(tokens[position].text) is not None
    if (
        (size >= 2 or coined)
        and after in PROGRAMME_NOUNS_AFTER
        and previous != "and"  # "the Middle East Air and Missile Defense initiative": no half of a name
        and not has_cue(words)
        and not any(w in KNOWN_MEDIA for w in words)
    ):
        return Candidate(position, last, name, ActorKind.organization, f"a programme, followed by '{after}'", 0.6)
    if (
        size >= 2
        and after in VENUE_NOUNS_AFTER
        and previous == "the"
        and not has_cue(words)
        and doc.gazetteer.country_of_demonym(words[0]) is None
    ):
        return Candidate(position, last, name, ActorKind.place, f"a venue, followed by '{after}'", 0.6)
    if (
        size == 1
        and after in _LANDFORMS_NAMED_BY_A_PEOPLE
        and following is not None
        and _PEOPLES_ADJECTIVE.fullmatch(words[0]) is not None
        and zipf(words[0]) >= _ADJECTIVE_IN_USE
    ):
        # "the Korean peninsula", "the Arabian peninsula": a people's adjective (a word in use, ending in "-an")
        # and the landform are the place's name; the adjective alone is no place
        # (named as English writes it, the landform in capitals)
        label = f"{text[tokens[position].start : following.start]}{following.text.capitalize()}"
        return Candidate(position, last + 1, label, ActorKind.place, f"a people's '{after}'", 0.65)
    cue = NEXT_WORD.get(after)
    if after in _ISH_BEFORE and size == 1 and words[-1].endswith("ish"):
        # "the Cornish coast", "the Kurdish town of Kobane": a people's adjective (a land's own name is no
        # "-ish" word)
        cue = None
    if after == "coast" and last + 2 < len(tokens) and tokens[last + 2].folded in _GUARDS:
        cue = None  # "Philippine coast guard vessels": a state's service, not the land's shore
    if after == "group" and _ISLANDS_NEAR.search(text, max(0, opens_at - 150), tokens[last].end + 60):
        # "the outer islands of the Ha'apai group", "the waters around Vava'u and the Ha'apai group": islands grouped,
        # a place (not "the Maute group" on a page that names Mindanao's islands elsewhere)
        cue = Cue(ActorKind.place, 0.55)
    if after in ("election", "elections") and size >= 2 and any(word in _CHAMBERS for word in words):
        cue = None  # "the House of Representatives election": a chamber is elected, a body, no land voting
    if (
        cue is not None
        and cue.kind is ActorKind.armed_force
        and size == 1
        and (doc.gazetteer.country_of_demonym(words[0]) or is_people(words[0]))
    ):
        cue = None  # "Palestinian militia groups", "Somali pirates": a people's adjective, no force of that name
    if (
        cue is not None
        and cue.kind is ActorKind.armed_force
        and size == 1
        and after in _WHOSE_FORCES
        and position in doc.sentence_first
        and zipf(words[0]) >= WORD_ALONE
        and not _alone_mid_sentence(doc, words[0])
    ):
        # "Naval forces from three states ..." (and "Naval Support Activity" later): a common word opening a
        # sentence, capitalised elsewhere only inside longer names, says whose forces, no force's name
        cue = None
    if (
        cue is not None
        and cue.kind is ActorKind.place
        and size == 1
        and (after in PLURAL_AREA_HEADS or after == "councils")
        and position in doc.sentence_first
        and zipf(words[0]) >= VERY_COMMON
        and doc.gazetteer.lookup(words) is None
        and not _alone_mid_sentence(doc, words[0])
    ):
        cue = None  # "Local councils spend public money": a common adjective opening a sentence, no town's councils
    if after == "garrison" and zipf(words[-1]) >= _RARE_GARRISON_TOWN:
        cue = None  # "an Imperial garrison", "the Ottoman garrison": a realm's adjective, not a town's name
    plant = plant_after(doc, last) if cue is None and after in PLANT_MODIFIERS else None
    if plant is not None and not acronym and not has_cue(words) and is_camel_case(tokens[position].text):
        # "the TotalEnergies gas project", "the ExxonMobil refinery": a brand's casing names the plant's owner
        return Candidate(position, last, name, ActorKind.organization, f"a firm before its '{plant}'", 0.6)
    if plant is not None and not acronym and not has_cue(words):
        # "the Tarnovany nuclear power station", "the Quell wind farm": a plant named after its site
        return Candidate(position, last, name, ActorKind.place, f"before '{plant}'", 0.65)
    if size <= 2 and previous == "the" and numbered_unit_after(doc, last) and not acronym and not has_cue(words):
        # "the Tarnvik 3 reactor": a plant's numbered unit after its site's name
        return Candidate(position, last, name, ActorKind.place, "a site before its numbered reactor", 0.6)
    if cue is not None and cue.kind is ActorKind.person and number_after_verb(doc, last):
        if size == 1 and not acronym:
            return None  # "Ether added 1.4%": a coin or a stock whose price moved, not a speaker
        cue = None
    if cue is not None and cue.kind is ActorKind.person and (phrase := phrase_after(doc, last)) is not None:
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
        and (previous == "the" or (state_after_the(doc, position) and not is_given_name(words[0])))
        and not acronym
        and size <= 3
        and not has_cue(words)
        and not (size == 1 and words[0] in COMPASS_HEADS)
    ):
        # "the Varnak said", "the Varnak Tribe announced", "the US Treasury said": no one writes a person's
        # name after "the" (or after "the" and a state). "The North warned" is a land's half (North Korea),
        # which only the page's topic names: no body.
        return Candidate(position, last, name, ActorKind.organization, f"'the {name} {after}'", 0.5)
    if size == 1 and is_camel_case(tokens[position].text) and not doc.technical and deal_after(doc, last):
        # "QuellAir has signed for 30 jets": a party to a deal in a brand's casing is a firm, not its product
        return Candidate(position, last, name, ActorKind.organization, "a deal's party in a brand's casing", 0.5)
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
    if cue is not None and cue.kind is ActorKind.state and size == 1 and words[0] in _RACES_BY_COLOUR:
        return None  # "Black people", "white farmers": a race, no people of a land
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
    if cue is not None and cue.kind is ActorKind.person and longer_phrase_before(doc, position):
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
        and (size == 1 or (size <= 3 and previous in BODY_NOUNS_BEFORE_A_LONGER_NAME))
        and trade_before(doc, position, last)
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
    if (
        cue is not None
        and cue.takes_word
        and words[-1] in _WATERS_NAMED_WHOLE
        and following is not None
        and following.text.islower()
    ):
        cue = None  # "the Tarrow River bridge": the river is the name; the bridge over it is none of it
    if cue is not None and cue.kind is ActorKind.place and cue.takes_word and force_of_a_state(words):
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
    if cue is not None and after in _UNIT_NOUNS_OF_ONE and previous in ("a", "an"):
        cue = None  # "a Basilan faction", "a Byzantine force": the name says whose or where; the unit has no name
    if cue is not None and unit_noun_off_war(doc, after):
        cue = None  # "the Trump faction" in politics, "the Coriolis force" in physics: no war on the page, no unit
    if cue is not None and after in ("forces", "force") and _forces_someone_to(doc, last + 1):
        cue = None  # "Fighting in Nasir forces thousands to flee": the verb, no force of the town
    if cue is not None and cue.kind is ActorKind.place and after in _RUN_BY_A_BODY and words[-1] in _ELECTED_HOUSES:
        cue = None  # "the Scottish Parliament election": the house the vote fills, no place named by the vote
    if cue is not None and after == "dynasty" and position > 0 and tokens[position - 1].folded in ("a", "an"):
        cue = None  # "a Daylamite dynasty": the people a dynasty came from, no house's name
    if cue is not None and after == "added" and added_something(doc, last + 1):
        cue = None  # "Quellmark added weekly services": what a firm adds, no words a person adds
    if cue is None and after == "ticket" and _stood_on(doc, position):
        # "elected on an Azimio la Umoja ticket": the party or the coalition whose list a candidate stood on (not
        # "a Quellair ticket": a fare)
        cue = _PARTY_TICKET
    if cue is not None and after == "area" and _post_after(doc, last + 1):
        cue = None  # "the Tarvex area manager": a firm's post for a district, not the land of a town
    if cue is not None and size == 1 and _sentence_opening_adjective(doc, position, words[0]):
        return None  # "Federal troops arrived", "Unidentified gunmen fled": how the people are, no name
    if cue is not None and cue.kind is ActorKind.armed_force and size == 1 and words[0] in _SIDES_BY_EVERYDAY_WORDS:
        return None  # "the Government forces", "Opposition fighters": a side of a war by an everyday word, no name
    if cue is not None and cue.kind is ActorKind.armed_force and size >= 2 and words[-1] in _CIVIL_BODY_HEADS:
        cue = None  # "the Interior Ministry forces": a ministry's own forces; the ministry stays a civil body
    if cue is not None and cue.kind is ActorKind.armed_force and words in _UNIONS_THAT_SEND_TROOPS:
        cue = None  # "French and UN troops", "African Union troops": the troops a union of states sends; it stays one
    if (
        cue is not None
        and cue.kind is ActorKind.state
        and size == 1
        and position in doc.sentence_first
        and zipf(words[0]) >= _CROP_WORD
        and not is_people(words[0])
        and doc.gazetteer.country_of_demonym(words[0]) is None
        and doc.gazetteer.lookup(words) is None
        and not is_given_name(words[0])
    ):
        return None  # "Maize farmers in Tarnby are demanding more": a crop's farmers, no people of a land
    if cue is not None and after == "party" and (any(word in HOLIDAYS for word in words) or words[-1] in _FEAST_ENDS):
        return None  # "the New Year party", "the Boxing Day party": a feast's party, no body
    if cue is not None and after == "area" and following is not None and _OF_A_COMMAND.match(text, following.end):
        cue = None  # "a base in the Central Command area of responsibility": a military command's area, no place
    if cue is not None and not (
        cue.kind is ActorKind.person
        and (size > 3 or (has_cue(words) and not given_and_family_name(doc, position, last, words)) or acronym)
    ):
        # ("the Niger river": a river named as a state is, named with its word apart from the state)
        river_of = doc.gazetteer.lookup(words) if after == "river" else None
        state_river = river_of is not None and river_of.kind == "state"
        if (
            after == "party"
            and following is not None
            and following.text == "party"
            and text[tokens[last].end : following.start] == " "  # (not "Democratic Coalition (DK) party")
            and not acronym
        ):
            # "the rightwing Liberal party": papers that write a party's own word in lower case; it is
            # "Liberal party" too
            named = Candidate(position, last, name, cue.kind, "followed by 'party'", cue.confidence)
            named.alias = text[tokens[position].start : following.end]
            return named
        # "the Red Sea port city of Hodeidah", "the Black Sea port town of ...": "port" qualifies the city named
        # after it; the sea or the land before it is named alone
        port_city = after == "port" and _CITY_AFTER_PORT.match(text, following.end) is not None if following else False
        if after == "government" and following is not None and _party_before_its_government(doc, position, words):
            # "the Gogoi-led Congress government", "a Tory government": the party in power is the actor
            return Candidate(position, last, name, cue.kind, "a party before 'government'", cue.confidence)
        if (cue.takes_word or state_river) and following is not None and not port_city:
            label = text[tokens[position].start : following.end]
            named = Candidate(position, last + 1, label, cue.kind, f"followed by '{after}'", cue.confidence)
            if after in _SITES_NAMED_FOR_THEIR_PLACE and not acronym:
                named.alias = name  # "the Zamzam camp" is "Zamzam" too: the site is called by its place's name
            # "the Assad regime"; not "the Nazi regime" (a word this common is a surname only when
            # the document writes it as one).
            # (not a movement's followers: "the Chavista regime", "the Sandinista government" are led by no Chavista)
            # (nor a doctrine's adjective in "-ist" that no word list knows: "the Ba'athist regime")
            followers = (
                size == 1 and (words[0].endswith("ista") or follows_a_doctrine(words[0]))
            ) or _doctrine_adjective(words[-1])
            if (
                after in _LED_BY
                and size <= 3
                and not followers
                and (size > 1 or words[0] in doc.surnames or zipf(words[0]) < 4.0)
            ):
                named.leader = Candidate(position, last, name, ActorKind.person, f"'{label}' is led by", 0.6)
            return named
        if after == "region" and size >= 2 and tokens[position].text.isupper() and len(words[0]) >= 2:
            city = doc.gazetteer.lookup(words[1:])
            if city is not None and city.kind == "place":
                # "the AWS London region": a cloud firm's letters, then the city its region is named for
                city_name = text[tokens[position + 1].start : tokens[last].end]
                return Candidate(position + 1, last, city_name, ActorKind.place, "a region's city", cue.confidence)
        if after in _ELECTORAL_AREAS and (seat_at := place_start_after_for(tokens, position, last)) is not None:
            # "elected to the Sejm for the Elbląg constituency": the body one sits in, then the seat's place
            seat_name = text[tokens[seat_at].start : tokens[last].end]
            return Candidate(seat_at, last, seat_name, cue.kind, f"followed by '{after}'", cue.confidence)
        placed = Candidate(position, last, name, cue.kind, f"followed by '{after}'", cue.confidence)
        if cue.kind is ActorKind.place:
            placed.gazetteer_name = region_with_its_word(doc.gazetteer, words, after)  # "North Gyeongsang province"
        return placed
    return ASK_ON


# Races named by a colour, which "people", "farmers" or "voters" may follow; a people's noun after them names
# no land's people ("Black people" was once a state).
_RACES_BY_COLOUR = word_set("black white brown")


# Oceans and seas of many islands: "a Pacific island", "the Caribbean island of Tarnby" names a kind of island.
_OCEANS_OF_MANY_ISLANDS = frozenset(("pacific", "atlantic", "caribbean", "aegean", "mediterranean", "baltic", "arctic"))
_DISC_FORMATS = frozenset(("dvd", "dvds", "vhs"))


def _blu_ray_at(doc: ActorDocument, last: int) -> bool:
    """'Tarnvision Blu-ray': a name cut at the hyphen of "Blu-ray" ends with the disc's first half."""
    token = doc.tokens[last]
    return token.folded == "blu" and doc.text.startswith(("-ray", "-Ray"), token.end)


_ISLAND_WORDS = frozenset(("island", "islands", "islander", "islanders", "isle"))


_LAND_WORD_ZIPF = 5.0  # "Wales" 4.6, "Sale" 5.0; not "Time" (a Norwegian town, 6.3) or "Reading" (5.1)


def _land_before_the_trade(doc: ActorDocument, words: tuple[str, ...]) -> bool:
    """'Mid Wales Machinery', 'London Cycling': a land's name right before a trade's word makes a firm's name of
    the words, no heading (not "Time Lock": "Time" is a small Norwegian town, but first an everyday word)."""
    place = doc.gazetteer.lookup(words[-2:-1])
    return place is not None and (zipf(words[-2]) < _LAND_WORD_ZIPF or place.population >= LARGE_CITY)  # "London" 5.3


def _heads_of_two_words_and_local_bodies(q: NameQuestion) -> Candidate | Undecided | None:
    """Measures, pools, task forces and bases by their last words; heads of two words; local bodies and places by
    their heads (exchanges, utilities, counties, markets, shires, stations)."""
    doc, position, last, words = q.doc, q.position, q.last, q.words
    tokens, name, size, previous = q.tokens, q.name, q.size, q.previous
    if size >= 2 and (words[-2:] == ("blu", "ray") or words[-1] in _DISC_FORMATS or _blu_ray_at(doc, last)):
        return None  # "out now on Triple Play Blu-ray": an edition of a film on a disc, no label
    if size == 2 and words[0] in _OCEANS_OF_MANY_ISLANDS and words[1] in _ISLAND_WORDS:
        return None  # "to the Pacific Island of Nauru": a kind of island, the island is named after it
    if (
        size >= 2
        and (
            words[-1] in MEASURE_HEADS
            or words[-1] in EVENT_HEADS
            or words[-1] in ARTEFACT_HEADS
            or (words[-1] == "chase" and words[-2] in RACE_CLASSES_BEFORE_CHASE)  # "Wensleydale Handicap Chase"
        )
        and not body_for_an_aim(words)
    ):
        return None  # "Zorvak Composite", "Quell Peace Index": a measure; "Quell Film Awards": an event
    if size >= 2 and _named_event_before_its_noun(tokens, position, last):
        return None  # "at Quellnet's quarterly Network Computing event": the event's name, no body
    if _vessel_renamed(doc, position):
        # "The 1998-built vessel, renamed Isle of Quellby, will carry ...": a ship's new name, no island
        return Candidate(position, last, name, ActorKind.other, "a vessel's new name, after 'renamed'", 0.5)
    if size == 1 and words[0] in REGIME_ADJECTIVES and _state_follows(doc, last):
        return None  # "Bolshevik Russia": the state in an age of its rulers, the adjective no name of its own
    if _named_prize_before_its_noun(doc, position, last, words):
        return None  # "won the pounds 30,000 Quellwood painting prize": the prize's name, no actor
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
    base = base_named_after(tokens, position, words)
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
    if size >= 3 and (words[-2], words[-1]) in TRADES_AFTER_A_NAME:
        how = f"a firm's trade '{tokens[last - 1].text} {tokens[last].text}' after its name"
        return Candidate(position, last, name, ActorKind.organization, how, 0.7)
    rare_owner = all(zipf(w) < _RARE_OWNER or w in NAME_PARTICLES for w in words[:-1])
    if size >= 2 and words[-1] == "exchange" and (ACRONYM.fullmatch(tokens[last - 1].text) or rare_owner):
        # ("Zarin Exchange", "Bayt al-Varn Exchange": a money exchanger named by rare words, no agenda's
        # "Knowledge Exchange")
        # "Cboe BZX Exchange": a market's code before the word names its operator, a firm
        how = f"ends with '{tokens[last - 1].text} {tokens[last].text}'"
        return Candidate(position, last, name, ActorKind.organization, how, 0.75)
    family = person_with_place_surname(doc, position, last, words, previous)
    if family is not None:
        return Candidate(position, last, name, ActorKind.person, family, 0.6)
    if size == 2 and words[0] in _HEADING_ADJECTIVES and words[1] in COMPANY_HEADS:
        return None  # "Latest Developments", "Recent Investments": a heading's phrase, no firm
    if size >= 2 and words[-1] == "games" and _sporting_meeting(doc, words, previous):
        return None  # "the Commonwealth Games", "the Ardwen Games": a meeting of sportsmen, no studio
    if (
        trade_gerund_heading(words)
        and not utility_firm(doc, words)  # "Western Power Distribution": a region's utility and its network
        and doc.gazetteer.country_of_demonym(words[0]) is None
        and not _land_before_the_trade(doc, words)
        and not county_first(doc, position)
        # "NSW Health", "HSE Training": letters in capitals before the trade open a body's name, no heading
        and not (
            size == 2
            and tokens[position].text.isupper()
            and tokens[position].text.isalpha()
            and not tokens[last].text.isupper()
        )
        and not (size >= 3 and previous in _FIRM_PREPOSITIONS)  # "finished sixth for Triple Crown Racing"
        and not _partnership_of_a_field(words, previous)
        and not firm_apposed_after(doc, last)  # "Coming Soon Bridal Shop, a business they built"
        and not _racing_team_in_its_sport(doc, last, words, previous)
        and not letters_spell_the_name(
            doc, position, last
        )  # "the Eastern Partnership (EaP)": its letters make it a name
    ):
        # (Not after a people's adjective or a county: "Australian Humanitarian Partnership", "Lancashire
        # Local Nature Partnership" are bodies' names.)
        return None  # "Urban Planning", "Wedding Catering": a subject's heading, no firm
    if utility_firm(doc, words):
        return Candidate(position, last, name, ActorKind.organization, "a utility named for its region", 0.6)
    region_branch = branch_named_for_region(words)
    if region_branch is not None:
        how = "a group's branch named for a region"
        return Candidate(position, last, name, region_branch.kind, how, region_branch.confidence)
    if size == 2 and tokens[position].text in _COUNTY_FIRST and county_name(words[1]):
        # "Moate, Co Westmeath", "in County Mayo": an Irish county, its word first ("Co" is no company here).
        return Candidate(position, last, name, ActorKind.place, f"a county, after '{tokens[position].text}'", 0.7)
    if size <= 2 and previous == "of" and not has_cue(words) and town_after_comma(doc, last):
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
    return ASK_ON


def _speaks_or_holds_a_post(q: NameQuestion) -> bool:
    """A verb of speech right after the name, or a post set after it between commas ("Ada Falls, the mayor,")."""
    if _before_speech(q.after):
        return True
    described = apposition(q.doc, q.last)
    return described is not None and described[0].kind is ActorKind.person


# A sport's junior class by its letter and its age limit: "J15" (juniors 15), "U18" (under 18); not "U2", "G20".
_AGE_CLASS = re.compile(r"[JU](?:1\d|2[0-3])")
# An instrument's number after its letters (a bracketed gloss may stand between): "E.O. 13224", "(E.O.) 13224".
_INSTRUMENT_NUMBER = re.compile(r"\)? \d{4,6}\b(?![.,]\d)")


def _letters_of_a_numbered_instrument(doc: ActorDocument, position: int) -> bool:
    """'Executive Order (E.O.) 13224', 'designated under E.O. 14024': letters the text writes each time before a
    number of four to six digits (no year: none of them) stand for an order, a resolution or a regulation by its
    number; the body that made it is named apart ("the Treasury")."""
    letters = doc.tokens[position].text
    if "." not in letters and not letters.isupper():
        return False
    ends = [m.end() for m in re.finditer(r"(?<![\w.])" + re.escape(letters) + r"\.?(?![\w.])", doc.text)]
    numbers = [_INSTRUMENT_NUMBER.match(doc.text, end) for end in ends]
    return bool(ends) and all(
        number is not None and not 1900 <= int(number.group().strip(") ")) <= 2100 for number in numbers
    )


# A headland's or a spit's last word: "Gibraltar Point", "Malin Head", "Orford Ness".
_HEADLAND_HEADS = frozenset(("point", "head", "ness"))
# A word this common before the headland's word makes a phrase, not a place: "a Turning Point", "Department Head".
_HEADLAND_PLAIN_WORD = 3.0


# A rock or a reef off a coast, named after "the": "wrecked on the Gull Rock", "the Seven Stones reef".
_SEA_ROCK_HEADS = frozenset(("rock", "rocks", "reef", "skerry", "skerries", "ledges", "shoal", "shoals", "stack"))


def _headland(q: NameQuestion) -> bool:
    """Two words, a headland's word last after a rare word or a known place that is no given name and that the
    page never writes in lower case ("Gibraltar Point", "Malin Head"; not "Tipping Point" nor "John Head"); or
    a rock's or a reef's word last after "the" ("wrecked on the Gull Rock": no one is "the Ann Rock")."""
    words = q.words
    sea_rock = words[-1] in _SEA_ROCK_HEADS and q.previous == "the" and q.tokens[q.position - 1].text == "the"
    if q.size != 2 or not (words[1] in _HEADLAND_HEADS or sea_rock):
        return False
    if not q.tokens[q.position + 1].text[:1].isupper():
        return False
    first = words[0]
    if is_given_name(first) or first in q.doc.lower_case or not q.tokens[q.position].text[:1].isupper():
        return False
    return sea_rock or zipf(first) < _HEADLAND_PLAIN_WORD or q.doc.gazetteer.lookup((first,)) is not None


# A lawmakers' chamber's word, a body's before "election" (a land's name there is where the vote is held).
_CHAMBERS = frozenset(("house", "senate", "parliament", "assembly", "congress", "chamber", "diet", "duma"))


# People: a town smaller than this that shares a given name ("Adam" in Oman) does not make "Adam West" a place.
_TOWN_BEFORE_A_COMPASS_POINT = 100_000


def _no_large_town(doc: ActorDocument, words: tuple[str, ...]) -> bool:
    place = doc.gazetteer.lookup(words)
    return place is None or (place.kind == "place" and place.population < _TOWN_BEFORE_A_COMPASS_POINT)


# The word a city's underground railway is named with, after the city.
_CITY_RAILWAYS = frozenset(("metro", "metrorail", "subway", "underground", "metrolink"))


_CITY_WITH_A_METRO = 100_000  # people: "Metro Bank" names no town's metro, though a village is called Bank


def _city_by_its_own_name(doc: ActorDocument, words: tuple[str, ...]) -> bool:
    """Whether the words are a city's own name, not a word of another's ("Pedro" is in "San Pedro"), nor a small
    town's that is an everyday word too."""
    place = doc.gazetteer.lookup(words)
    return (
        place is not None
        and place.kind == "place"
        and fold_phrase(place.name) == words
        and (place.population >= _CITY_WITH_A_METRO or place.population == 0)
    )


def _head_words(q: NameQuestion) -> Candidate | Undecided | None:
    """The head word tables: the last word of a name (or its first, for bodies that open with it) gives its kind."""
    doc, position, last, words = q.doc, q.position, q.last, q.words
    tokens, text, name, size = q.tokens, q.text, q.name, q.size
    previous = q.previous
    if royal_arm(words):
        return Candidate(
            position, last, name, ActorKind.armed_force, f"an army's arm after 'Royal': '{words[-1]}'", 0.7
        )
    if size >= 3 and words[:2] == ("church", "of") and _nation_named(doc, words[2:]):
        # "the Church of England", "the Church of Nigeria": a nation's church is a body, not a building
        return Candidate(position, last, name, ActorKind.organization, "a nation's church", 0.7)
    if (
        size == 2
        and words[1] in COMPASS_HEADS
        and tokens[last].text.istitle()
        and is_given_name(words[0])
        and _no_large_town(doc, words[:1])
        and previous not in PLACE_PREPOSITIONS  # "the trains from Kelvin East": a station
        and not (position > 0 and tokens[position - 1].capitalised)  # "(St Philip South)": a seat named for a saint
    ):
        # "Adam West", "Mae West", "Rebecca West": a given name no place bears, then a compass point as its
        # family name ("Ottawa West", "Darfur West" open with a place)
        return Candidate(position, last, name, ActorKind.person, f"a given name '{tokens[position].text}'", 0.6)
    if size >= 2 and words[-1] in _CITY_RAILWAYS and _city_by_its_own_name(doc, words[:-1]):
        # "the Washington Metro", "the New York City Subway": a city's underground railway, which runs the
        # trains and speaks for them ("Washington" is a given name too; "the Metro" alone may be a paper's)
        how = f"a city's railway, ends with '{tokens[last].text}'"
        return Candidate(position, last, name, ActorKind.organization, how, 0.65)
    if size >= 2 and words[0] == "metro" and _city_by_its_own_name(doc, words[1:]):
        # "Metro Manila", "floods across Metro Vancouver": a city and the towns around it, one region
        return Candidate(position, last, name, ActorKind.place, "a city's metropolitan area", 0.65)
    head = head_at(words)
    head_token = tokens[position + head] if head is not None else tokens[last]
    numbered = last + 2 < len(tokens) and tokens[last].joined and tokens[last + 1].text.isdigit()
    numbered = numbered and len(tokens[last + 1].text) <= 2 and tokens[last + 2].folded not in _TIME_UNITS
    if size >= 2 and words[-1] == "delta" and numbered and doc.gazetteer.lookup(words[:-1]) is None:
        # "Space Delta 3", "Mission Delta 31": a space force's unit by its number (a river's delta has none)
        return Candidate(position, last, name, ActorKind.armed_force, "a unit named 'Delta' with its number", 0.65)
    inner = head if head is not None and 0 < head < size - 1 else None
    pair = HEAD_AFTER_FIRST.get((words[inner - 1], words[inner])) if inner is not None else None
    if inner is not None and pair is not None and pair.kind is ActorKind.organization:
        # "the Financial Institutions Division of Quellmoor Bank": a civil branch's two-word head before "of"
        how = f"its head '{tokens[position + inner - 1].text} {head_token.text}'"
        return Candidate(position, last, name, pair.kind, how, pair.confidence)
    if (
        head is not None
        and head == size - 1
        and words[head] in VENUE_WORDS
        and any(word in _VENUE_RUNNERS for word in words[:head])
    ):
        # "Varn Alliance Digital Cinema (VADC), who will set up ...": a body's word before a venue's head names
        # the body that runs the venues, not one building
        return Candidate(position, last, name, ActorKind.organization, "a body's word before a venue's head", 0.6)
    if (
        size >= 3
        and words[-1] in ("system", "systems")
        and words[-2] in _WEAPON_KINDS
        and all(zipf(word) >= _WEAPONS_PLAIN_WORD for word in words[:-2])
    ):
        # "the Army Tactical Missile System (ATACMS)", "Guided Multiple Launch Rocket System": a weapon named in
        # plain words by its kind ("Lockheed Missile Systems", a maker's rarer name, stays the maker's arm); the
        # plural ("send the Army Tactical Missile Systems") names the same weapon
        weapon = name[:-1] if words[-1] == "systems" else name
        return Candidate(position, last, weapon, ActorKind.other, "a weapon named by its kind and 'System'", 0.6)
    if size >= 2 and words[-1] in ("mine", "mines") and any(word in _MINE_WEAPONS for word in words[:-1]):
        return None  # "the Anti-Personnel Mine Ban Convention", "a Naval Mine": a weapon's kind, no mine that is dug
    if (
        size >= 2
        and words[-1] in ("mine", "quarry")
        and not has_cue(words[:-1])
        and not (size == 2 and is_given_name(words[0]))  # "the boxer Jerry Quarry": a person's family name
    ):
        # "Honister Slate Mine", "Tarnby Quarry": a mine or a quarry by its name, where searches and rescues are, a
        # place (read here, not as a head word: "Mine" inside a body's name is its remit, "the Korea Mine
        # Rehabilitation and Mineral Resources Corporation")
        return Candidate(position, last, name, ActorKind.place, f"ends with '{tokens[last].text}'", 0.75)
    if _headland(q):
        # "between Gibraltar Point and Winthorpe", "off Malin Head": a headland or a spit by its rare name
        return Candidate(position, last, name, ActorKind.place, f"a headland, ends with '{tokens[last].text}'", 0.6)
    if 2 <= size <= 3 and words[-1] == "aid" and words[-2] not in KINDS_OF_AID:
        # "Christian Aid", "Tarnby Flood Aid": a charity by its help (a given name first makes no person of it;
        # "cuts to Legal Aid", "a First Aid course" are kinds of help)
        return Candidate(position, last, name, ActorKind.organization, "a charity by its help, 'Aid'", 0.65)
    if q.after in EVENT_NOUNS_AFTER and size >= 2:
        # "at its annual Camp Tarvolin event", "the Quell Harbour Days festival": a name before the noun of an event
        # is the event's, whatever its first word names elsewhere (a camp, a harbour)
        return Candidate(position, last, name, ActorKind.other, f"followed by '{q.after}'", 0.6)
    if size >= 2 and words[-1] == "watch" and _watch_as_a_model(doc, position, last):
        # "Apple Watch Series 9", "a new Tarvel Watch", "its Quell Watch": a maker's watch, a made thing (not
        # "Human Rights Watch", a body that watches)
        return Candidate(position, last, name, ActorKind.other, "a maker's watch, by its model or 'new'", 0.55)
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
        if row is not None and row.kind is ActorKind.media and table is HEAD_WORD and _letters_in_mixed_case(q):
            continue  # "(DG ECHO) and the UN": a body's letters in a text of mixed case, not an outlet's "Echo"
        if table is HEAD_WORD and word in HEADS_IN_CAPITALS and not head_token.text.isupper():
            continue  # "Tovan Fa": a surname, not a football association's letters
        if table is HEAD_WORD and word == "dal" and head is not None and head >= 1 and words[head - 1] in _PULSES:
            continue  # "Moong Dal", "Chana Dal": a dish of split pulses, no party
        if row is not None and row.kind is ActorKind.place and table is HEAD_WORD:
            apposed = _band_or_firm_apposed(doc, last)
            if apposed is not None:
                # "Paper Lighthouse, the Glasgow four-piece,": the description says a band, over a venue's word
                return Candidate(position, last, name, ActorKind.organization, apposed, 0.8)
        given_then_land = (
            row is not None
            and row.kind is ActorKind.place
            and table is HEAD_WORD
            and size == 2
            and starts_with_given_name(doc, position, last, words)
        )
        if given_then_land and (
            is_surname(words[-1]) or job_after_is(doc, last) or _persons_phrase_before(doc, position)
        ):
            # "Helena Marsh", "Ada Ridge": a given name and a family name, not land; "Helen Vale is a professor of
            # economics": a person, whatever her family name reads like
            continue
        if given_then_land and _speaks_or_holds_a_post(q):
            # "Lucy Sands said", "Ada Falls, the mayor,": a woman speaks or holds a post, land does neither
            how = f"a given name '{tokens[position].text}', then a speaker's cue"
            return Candidate(position, last, name, ActorKind.person, how, 0.6)
        if row is not None and row.kind is ActorKind.place and table is HEAD_WORD and troops_after(doc, last):
            continue  # "Type Mountain infantry", "Desert warfare": land's word as the troops' kind, no place
        if (
            row is not None
            and row.kind is ActorKind.place
            and table is HEAD_WORD
            and size == 2
            and " & " in name
            and _partners_joined(name)
            and doc.gazetteer.lookup(words) is None
        ):
            # "broker Tarrant & Vale": two single names joined by "&" are partners' names, a firm's (a land of two
            # names the gazetteer knows whole: "Tyne & Wear")
            return Candidate(position, last, name, ActorKind.organization, "partners' names joined by '&'", 0.6)
        particle_before_head = size >= 3 and head == size - 1 and words[-2] in PERSON_PARTICLES
        if row is not None and row.kind is ActorKind.place and table is HEAD_WORD and particle_before_head:
            continue  # "Piet Van Dam", "Lena von Bruck": a family name with its particle, not land
        if row is not None and row.kind is ActorKind.media and words[-1] == "express" and carriers_word(words):
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
        if row is not None and table is HEAD_WORD and words[-1] in _DOWNS and zipf(words[-2]) >= _DOWNLAND_NAME:
            continue  # "Black Hawk Down", "Upside Down": a phrase; downland is named by a rare word ("Porton Down")
        if row is not None and row.kind is ActorKind.place and table is HEAD_WORD and body_after_which(doc, last):
            # "Kestrel Ridge, which also owns the bakery Crumbwell": land owns nothing; a firm does.
            return Candidate(position, last, name, ActorKind.organization, "', which' and what a body does", 0.6)
        if row is not None and table is HEAD_WORD and words[-1] in STREET_HEADS and trade_named(doc, position, last):
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
    if (
        size >= 2
        and words[-1] in STREET_HEADS_AFTER_ON
        and (previous in STREET_PREPOSITIONS or (previous == "in" and words[-1] in STREET_HEADS_AFTER_IN))
        and previous != "of"
        and words[0] not in KNOWN_FIRMS  # "files kept on Google Drive": a firm's service
    ):
        return Candidate(position, last, name, ActorKind.place, f"a street's name after '{previous}'", 0.65)
    # ("Citizens Advice Leeds": the service's branch for a town the gazetteer knows, by the town after its head)
    town_branch = size >= 3 and words[-2] in BODY_HEADS_AFTER_A_NAME and doc.gazetteer.lookup(words[-1:]) is not None
    head_words = words[:-1] if town_branch else words
    if (
        size >= 2
        and head_words[-1] in BODY_HEADS_AFTER_A_NAME
        and (
            zipf(words[0]) < RARE_OPENER
            or served_plural(head_words)
            or (head_words[-1] == "unit" and any(w in UNIT_TASKS for w in head_words[:-1]))
        )
    ):
        # "Sandgate Advice", "Brennock Building Research Unit": a service or a unit named for its town or
        # founder; not "Legal Advice", "Intensive Care Unit" (common words first: a phrase). "Citizens
        # Advice", "Tenants Advice": a service named for the people it serves.
        how = f"a body's name ending '{head_words[-1]}'"
        return Candidate(position, last, name, ActorKind.organization, how, 0.6)
    if (
        size in (2, 3)
        and words[-1] in SCHOOL_HEADS_AFTER_A_NAME | SCHOOL_HEADS_AFTER_ANY_NAME
        and previous != "the"
        and (
            zipf(words[0]) < RARE_OPENER
            or words[0] in _SCHOOL_SAINTS
            or (words[-1] in SCHOOL_HEADS_AFTER_ANY_NAME and tokens[last].text.istitle())
        )
    ):
        # "pupils at Tarnby High", "St Osric's Primary", "Holy Cross High", "Tarnby Technical": a school named by
        # its town or saint (or a church's holy name) and its stage or kind.
        return Candidate(position, last, name, ActorKind.organization, f"a school's name ending '{words[-1]}'", 0.6)
    return ASK_ON


def _routes_outlets_and_body_words(q: NameQuestion) -> Candidate | Undecided | None:
    """Routes, streets and seas; news outlets by their cues; where people meet; a body's word anywhere in the name."""
    doc, position, last, words = q.doc, q.position, q.last, q.words
    tokens, text, name, size = q.tokens, q.text, q.name, q.size
    previous, at_start, acronym = q.previous, q.at_start, q.acronym
    before_the = tokens[position - 2].folded if previous == "the" and position >= 2 else ""
    if size >= 3 and words[0] in SECTORS_SERVED and words[1] == "for" and doc.gazetteer.lookup(words[2:]) is not None:
        # "Transport for Greater Manchester", "Sport for Wales": a public body for the land it serves
        return Candidate(position, last, name, ActorKind.organization, "a public service for its land", 0.6)
    if size >= 4 and words[-1] == "services" and "and" in words[1:-1]:
        # "Harbours and Maritime Services": two fields joined by "and" before the services that work them
        return Candidate(position, last, name, ActorKind.organization, "a body's fields before 'Services'", 0.6)
    if channel_number_after(doc, last) and not acronym:
        # "ITV and Channel 4 said", "live on Channel 5": a channel called by its number (`take_channel_number`
        # adds the number to the name)
        return Candidate(position, last, name, ActorKind.media, "a channel called by its number", 0.65)
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
    if (
        size == 1
        and words[0] in BODIES_BY_HEAD
        and last + 1 < len(tokens)
        and tokens[last].joined
        and tokens[last + 1].text in _FRENCH_NAME_GOES_ON
    ):
        return None  # "the Coalition nationale du peuple pour ...": the first word of a name in French, no body alone
    if size == 1 and words[0] in BODIES_BY_HEAD and not at_start and not tokens[position].text.isupper():
        # "Coalition forces", "members of the Alliance": the body itself, or a longer name's short form.
        return Candidate(position, last, name, ActorKind.organization, "a body named by its head word", 0.5)
    if size == 1 and words[0] in KNOWN_MEDIA and words[0] not in doc.defined:
        # (not letters the page spells out as another body's: "the All Basotho Convention (ABC)")
        return Candidate(position, last, name, ActorKind.media, "a news outlet's name", 0.8)
    outlet = outlet_cue(doc, position, last, words) if not has_cue(words) and not acronym else None
    if outlet is not None:
        # "told Politico", "writing for the Capitol Ledger", "Bloomberg reported": a news outlet.
        return Candidate(position, last, name, outlet[0].kind, outlet[1], outlet[0].confidence)
    letters = outlet_letters_cue(doc, position) if acronym and size == 1 else None
    if letters is not None:
        # "the broadcaster RUV", "IRNA news agency": an outlet's letters next to its noun.
        return Candidate(position, last, name, letters.kind, "an outlet's letters next to its noun", letters.confidence)
    met = met_in(doc, position, words)
    if met is not None:
        return met
    org_word = next((w for w in words if w in NAME_WORD), None)
    if org_word is None and surveying_body(words):
        # "the Volcanological Survey of Indonesia": a survey named by its science is a body (not "the National
        # Household Survey": a study by what it counts)
        return Candidate(position, last, name, ActorKind.organization, "a survey named by its science", 0.7)
    if org_word is not None and size == 1 and is_common_word(org_word, True):
        # "the Coalition", "the Department": a short form of a longer name in the text, or nothing.
        short = Candidate(position, last, name, ActorKind.organization, "a short form", 0.4)
        short.short_form_only = True
        return short
    if (
        org_word is not None
        and 2 <= size <= 3
        and words[-1] in TITLES
        and words[0] == org_word
        and all(word in TITLE_PARTS for word in words[1:-1])
    ):
        # "Group President", "Bank Director", "Government Chief Whip": a post in a body the text names elsewhere
        return None
    if org_word is not None and post_at_the_head(words):
        return None  # "EU Mission Force Commander of EUTM Somalia": a post, its head word a holder's noun
    if org_word == "institution" and size == 2 and words[0] in _KINDS_OF_INSTITUTION:
        return None  # "each Financial Institution must report": a defined term of a law, no body's name
    if org_word is not None and size == 2 and words[0] == org_word and words[1] in _GROUNDS_AFTER_A_BODY_WORD:
        # "Parliament Hill", "the Centre Block": the grounds or the building a body's word names, a place
        return Candidate(position, last, name, ActorKind.place, f"a place's '{tokens[last].text}' last", 0.6)
    if org_word is not None:
        return Candidate(
            position,
            last,
            name,
            ActorKind.organization,
            "an organisation's word in its name",
            NAME_WORD[org_word].confidence,
        )
    return ASK_ON


# What sort an institution is, in a law's defined terms: "a Financial Institution", "the Credit Institution".
_KINDS_OF_INSTITUTION = word_set(
    "financial credit educational academic research public private medical cultural religious penal correctional "
    "higher reporting depository lending covered"
)


def surveying_body(words: tuple[str, ...]) -> bool:
    """'Geological Survey of Tarnia', 'Ordnance Survey': "survey" after the science it surveys names a body."""
    return any(word == "survey" and k > 0 and words[k - 1] in SURVEYING_SCIENCES for k, word in enumerate(words))


# Two or three capitals inside a line in mixed case: a body's letters ("UN", "AU", "IMO"), not a town that
# shares them ("Un", India; "Au", Switzerland), unless a dateline names the town so.
_SHORT_CAPITALS = re.compile(r"[A-Z]{2,3}")
# A state's or a territory's letters stay its own ("moved to WA", "in NSW"): Australia's, and the US postal codes.
_STATES_BY_LETTERS = frozenset({"NSW", "WA", "SA", "NT", "QLD", "VIC", "TAS", "ACT", *US_POSTAL_CODES})
# Of those, the letters no other body or word shares ("WA", "SA", "ACT" do): a state alone is a place.
# "WA's emergency services minister": Western Australia (or, in American copy, Washington state), a place either way.
_AUSTRALIAN_STATES_BY_LETTERS = STATE_LETTERS_SERVED | {"WA"}


def _letters_like_a_town(doc: ActorDocument, position: int, last: int, place: Place) -> bool:
    written = doc.tokens[position].text
    if (
        position != last
        or place.kind != "place"
        or not _SHORT_CAPITALS.fullmatch(written)
        or written in _STATES_BY_LETTERS
    ):
        return False
    end = line_end(doc.text, doc.tokens[position].end)
    line = doc.text[line_start(doc.text, doc.tokens[position].start) : end if end >= 0 else len(doc.text)]
    # (not "WA" for Western Australia: letters the gazetteer reads as a longer name are that name's)
    return any(ch.islower() for ch in line) and place.name != written and place.name.casefold() == written.casefold()


# A word this common joined to "-made" is a people's or a time's ("Korean-made", "Soviet-built"), not a maker's
# name a reader would not know ("Boeing" is a known firm, read before).
_EVERYDAY_MAKER = 3.5


# Nouns for one holder of a post: a run whose head word is one is a post, whatever body's words come before
# ("Mission Force Commander", "Mission Security Director of EUCAP Sahel"). Not "commissioner" alone: "UN High
# Commissioner for Refugees" is a body too.
# Everyday words for a side of a war, capitalised in transcripts and at a sentence's start ("Government forces",
# "Regime troops"): they name no body ("Coalition forces" keeps the coalition's short form).
_SIDES_BY_EVERYDAY_WORDS = word_set("government opposition regime rebel security enemy")
_POST_HEADS = word_set(
    "commander director coordinator officer adviser advisor spokesperson spokesman envoy"
    # "United Nations Special Representative for Varnia": an envoy's other name, after the body that sends him
    " representative"
    # "Housing, Communities and Local Government Secretary": a cabinet post by its remit, no body
    " secretary minister chancellor"
)
# "Kano State Police Commissioner": a police post by its force, no body (only with "Police" in the name: "the
# United Nations High Commissioner for Refugees said" is the agency speaking). "General" is read above.
_POLICE_POST_HEADS = word_set("commissioner superintendent")


# Envoys sent "to" a land as they are named "for" it: "United Nations Special Envoy to Yemen".
_ENVOYS_SENT_TO = word_set("envoy representative")


def envoys_remit(words: tuple[str, ...], k: int) -> bool:
    """Whether words[k] is the "to" of an envoy's remit ("Special Envoy to Yemen"), read as his "for" is."""
    return words[k] == "to" and k > 0 and words[k - 1] in _ENVOYS_SENT_TO


def post_at_the_head(words: tuple[str, ...]) -> bool:
    """'EU Mission Force Commander of EUTM Somalia': the word before the first "of" or "for" (or the last
    word) is the head of an English name; a holder's noun there makes the run a post, not a body."""
    head = next(
        (k - 1 for k, word in enumerate(words) if k > 0 and (word in ("of", "for") or envoys_remit(words, k))),
        len(words) - 1,
    )
    if words[head] == "general":
        # "Inspector General of Police", not "Directorate-General for ...", "Consulate-General": a body's word
        return head > 0 and words[head - 1] in TITLES
    return words[head] in _POST_HEADS or (words[head] in _POLICE_POST_HEADS and "police" in words)


# An A or B road's number as British news writes it bare: "A69", "B1234", "A1" of "A1(M)".
_BRITISH_ROAD_CODE = re.compile(r"[AB]\d{1,4}")
# What says the number is a road's: its motorway mark, a label's colon, the way its traffic runs.
_ROAD_AFTER_CODE = re.compile(r"\(M\)|:|\s+(?:northbound|southbound|eastbound|westbound)\b")


def _bare_road_number(doc: ActorDocument, position: int) -> bool:
    """'the A69', 'A1(M) northbound', 'A69: slow traffic': an A or B road's number with "the" before it, its
    motorway mark, a label's colon or its traffic's way after it ("A24 will release the film" is a firm)."""
    tokens, text = doc.tokens, doc.text
    if not _BRITISH_ROAD_CODE.fullmatch(tokens[position].text):
        return False
    return (position > 0 and tokens[position - 1].folded == "the") or bool(
        _ROAD_AFTER_CODE.match(text, tokens[position].end)
    )


# Venues' heads that no family name is (unlike "Hall", "Park", "Street": Chris Hall, Grace Park, Picabo Street).
_VENUES_NO_FAMILY_NAMES = frozenset(("plaza", "mall", "hotel", "resort", "casino", "arena", "cinema", "spa"))
_PARTY_TICKET = Cue(ActorKind.organization, 0.65)


def _stood_on(doc: ActorDocument, position: int) -> bool:
    """'elected on an Azimio la Umoja ticket', 'vying on the ... ticket': a candidate stands on a party's ticket."""
    tokens = doc.tokens
    return position >= 2 and tokens[position - 2].folded == "on" and tokens[position - 1].folded in ("a", "an", "the")


def _given_and_family_name_acting(doc: ActorDocument, last: int, words: tuple[str, ...]) -> bool:
    """'Paris Lowe plays her only date', 'Lincoln Hale designed it': a given name the lists know, then a family
    name that heads no place or body, then a verb in lower case: a person, though both words are common."""
    tokens = doc.tokens
    if len(words) != 2 or not is_given_name(words[0]) or not is_surname(words[1]) or words[1] in HEAD_WORD:
        return False
    if words[1] in _VENUES_NO_FAMILY_NAMES:
        return False  # "Victoria Plaza closes": a mall named like a woman, the place closing
    if last + 1 >= len(tokens) or not tokens[last].joined:
        return False
    after = tokens[last + 1]
    return after.text.islower() and after.folded.endswith("s") and after.folded not in FUNCTION_WORDS


def _after_according_to(doc: ActorDocument, position: int) -> bool:
    tokens = doc.tokens
    return position >= 2 and tokens[position - 1].folded == "to" and tokens[position - 2].folded == "according"


# A case's docket number and the bracket that opens after it: "No. 1:25-cr-00612 (", "Case 2:24-cv-1187 (".
_DOCKET_BEFORE = re.compile(r"\b(?:No\.|Case|Docket)\s*[\w:./-]*\d[\w:./-]*\s*\($")


# A field of study by its ending ("Physiology", "Biochemistry", "Astronomy", "Genetics"), written with a capital
# after "in" or "of", as frequent as a dictionary's word is (Zipf; a firm's coined "Quellogy" is not).
_FIELD_ENDING = re.compile(r"[a-z]{2,}(?:ology|istry|onomy|ography|osophy|ematics|ysics|omics|istics|etics)")
_FIELD_WORD = 2.5


def _field_of_study(doc: ActorDocument, word: str) -> bool:
    return (
        _FIELD_ENDING.fullmatch(word) is not None
        and zipf(word) >= _FIELD_WORD
        and doc.gazetteer.lookup((word,)) is None
    )


# Pronouns that a shout in capitals holds and a name does not ("CONGRATS YOU TWO", "LOVE YOU ALL").
_SHOUTED_PRONOUNS = word_set("you your yours we our ours my me mine")
# How common each word of a label must be: the words of a page's labels ("Key Takeaway:", "Bottom Line:") are
# everyday English, a name's ("Tarnby Police:") are not.
_LABEL_WORD_ZIPF = 3.0
_LABEL_END = re.compile(r"[ \t]*:[ \t]*(?:\n|$)")


_CLOCK_BEFORE = re.compile(r"\d(?:[:.]\d\d)?\s*[ap]\.?m\.?\s*$", re.IGNORECASE)


def _zone_after_a_clock_time(tokens: list[Token], text: str, position: int) -> bool:
    following = tokens[position + 1] if position + 1 < len(tokens) else None
    if following is None or following.folded != "time" or not tokens[position].joined:
        return False
    return _CLOCK_BEFORE.search(text, max(0, tokens[position].start - 12), tokens[position].start) is not None


def _currency_by_its_code(doc: ActorDocument, name: str) -> bool:
    """'Ethereum (ETH)', 'the Swiss franc (CHF)': a name the text follows once with a currency's code in brackets
    is that currency, wherever it stands."""
    text = doc.text
    if doc.currency_codes is None:
        # the brackets holding a code, found once: searching the text for each name read it all again each time
        doc.currency_codes = [m.start() for m in _BRACKET_AFTER_A_WORD.finditer(text) if _currency_code(text, m.end())]
    return any(at >= len(name) and text.startswith(name, at - len(name)) for at in doc.currency_codes)


_BRACKET_AFTER_A_WORD = re.compile(r" \(")


def _currency_code(text: str, start: int) -> bool:
    code = text[start : start + 5].split(")", 1)[0]
    return code.isupper() and code.casefold() in CURRENCY_CODES


def _shout_with_a_pronoun(tokens: list[Token], position: int, last: int) -> bool:
    run = tokens[position : last + 1]
    return all(t.text.isalpha() and t.text.isupper() for t in run) and any(t.folded in _SHOUTED_PRONOUNS for t in run)


def _firms_thing_after_the(q: NameQuestion) -> bool:
    """'the Apple Watch', 'the Quellphone Pad': after "the", a firm the world knows by one word and one more
    capitalised word that is neither its arm's ("Services", "Cloud"), a legal form nor a body's word name its
    product (a body would be "Apple Inc", "Google Cloud"; "the Apple Watch" is worn)."""
    second = q.words[1]
    if second in FIRM_ARM_WORDS or second in NAME_WORD:
        return second == "watch"  # ("Watch" is a body's word only after a cause: "Human Rights Watch")
    return not is_given_name(second)


# How often a shouted word is used in lower case, at least, to be an ordinary word shouted (Zipf scale).
_SHOUTED_WORD_ZIPF = 3.0


def _shout_of_common_words(tokens: list[Token], text: str, position: int, last: int) -> bool:
    """'"UNCONDITIONAL SURRENDER!"', 'TOTAL VICTORY!': ordinary words in capitals ending in an exclamation mark
    are a shout quoted, not a body's letters or a name."""
    run = tokens[position : last + 1]
    if not all(t.text.isalpha() and t.text.isupper() and len(t.text) > 1 for t in run):
        return False
    if text[tokens[last].end : tokens[last].end + 1] != "!":
        return False
    return all(zipf(t.folded) >= _SHOUTED_WORD_ZIPF for t in run)


def _bill_before_parliament(tokens: list[Token], position: int, last: int) -> bool:
    """'the Treaty Authority Bill', 'parliament debates Online Safety Bill': capitalised words ending in "Bill"
    name a bill, a law in the making, not a body (nor a person: "Bill" ends no person's name, unless the name
    opens with a given name, "Tom Bill")."""
    return tokens[last].text == "Bill" and not is_given_name(tokens[position].folded)


def _label_line_of_common_words(q: NameQuestion) -> bool:
    """'Key Takeaway:', 'Bottom Line:' alone on a line: ordinary words ending in a colon at the line's end label
    what follows (not a body's name: "Foreign Office:" has a body's word)."""
    tokens, text, position, last = q.tokens, q.text, q.position, q.last
    start = tokens[position].start
    if start > 0 and text[start - 1] != "\n":
        return False
    if _LABEL_END.match(text, tokens[last].end) is None:
        return False
    if any(zipf(tokens[k].folded) < _LABEL_WORD_ZIPF for k in range(position, last + 1)):
        return False
    return not has_body_word(tokens, position, last)


def _site_of_a_name_in_text(text: str, address: str) -> bool:
    """Whether the name before a web address's dot ("Quellix" of "Quellix.com") stands alone elsewhere in the text,
    inside a sentence."""
    stem = address.split(".", 1)[0]
    # (standing after a word in lower case, mid-sentence: "Hotels" opening a heading is the common noun)
    return len(stem) >= 2 and re.search(rf"[a-z][,;:]? {re.escape(stem)}\b(?![.\w])", text) is not None


def _capital_inside_unlike(word: str, place: str) -> bool:
    """'BlackRock', 'PayPal': a word with a capital inside that the place's own spelling does not have ("Blackrock")
    is a brand's or a firm's way of writing, not the town's (a town spelt so keeps it: "McAllen", "DeKalb")."""
    if word.isupper() or not any(letter.isupper() for letter in word[1:]):
        return False
    return word not in place


def _letters_and_ordinary_words(q: NameQuestion) -> Candidate | Undecided | None:
    """Letters (hull numbers, tickers, terms, units' codes) and names of ordinary words that something still makes
    a name: a small word in capitals, membership, an acronym, what follows."""
    doc, position, last, words = q.doc, q.position, q.last, q.words
    tokens, text, name, size = q.tokens, q.text, q.name, q.size
    previous, after, acronym, content = q.previous, q.after, q.acronym, q.content
    if acronym and hull_number(doc, position):
        return None  # "USCGC Varn (WPC 1161)": the letters of a ship's hull number, not a body
    if size == 1 and _field_of_study(doc, words[0]):
        return None  # "the Nobel Prize in Physiology", "a master's in Biochemistry": a field, no place
    if acronym and size == 1 and speakers_initials(text, tokens[position].text, tokens[position].start):
        return None  # "AV: How did it start?" "KD: We met in 2019.": an interview's speakers by their initials
    if acronym and size == 1 and words[0] not in doc.defined and spelled_out_as_post(text, tokens[position].text):
        return None  # "the PM" beside "the Prime Minister": a post's letters, its holder drafted by the post
    if acronym and size == 1 and model_code_before_its_noun(doc, position):
        return None  # "a new A20 Bionic chip", "its X7 processor": a model's code, not a body
    if acronym and size == 1 and model_code_of_a_maker(doc, position):
        return None  # "The G5 comes with ..." beside "the LG G5": a maker's model, not a body
    if acronym and size == 1 and _bare_road_number(doc, position):
        return None  # "A69: slow traffic", "the A1(M) northbound": a road's number, no body (road_codes reads roads)
    if acronym and size == 1 and ticker_in_brackets(doc, position):
        return None  # "Tesla (TSLA) fell": a share's ticker, the firm is named before it
    if acronym and size == 1 and ticker_after_firm_in_brackets(doc, position):
        return None  # "Varnby Foods (VBF) will report earnings": the ticker of the firm named before it
    if acronym and size == 1 and position > 0 and bare_ticker_after(tokens, position - 1, text):
        return None  # "Tarnwell Systems TWSY, Varnby Wholesale VBW": tickers after the firms' names
    if size == 1 and listing_code_in_brackets(doc, position):
        return None  # "Harwell Bancorp (HWB.N) reported": a wire's code of the share and its exchange
    if listing_code_after(text, tokens, last) and not acronym:
        # "Lanco Infratech (LAIN.NS) rose": the firm whose share's code follows
        return Candidate(position, last, name, ActorKind.organization, "a firm before its share's code", 0.6)
    if not acronym and (
        bare_ticker_after(tokens, last, text)
        or (last + 1 < len(tokens) and tokens[last + 1].text.isupper() and ticker_after_firm_in_brackets(doc, last + 1))
    ):
        # "Varnby Wholesale VBW, Quellmark Brothers QMB", "Varnby Foods (VBF)": the firm whose ticker follows
        return Candidate(position, last, name, ActorKind.organization, "a firm before its ticker", 0.6)
    start = tokens[position].start
    if acronym and size == 1 and _DOCKET_BEFORE.search(text, max(0, start - 40), start):
        return None  # "No. 1:25-cr-00612 (AHK)": a case's judge by initials after its docket number, no body
    if acronym and size == 1 and _LINK_LABEL.match(text, tokens[last].end):
        return None  # "FB: https://www.facebook.com/...", "IG: www...": a label before a link, no body
    if acronym and size == 1 and after_ticker_word(doc, position):
        return None  # "under the ticker QFP", "the symbol VLX": a share's code, not a body
    if acronym and file_format(doc, position, last):
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
    if size == 1 and road_by_its_letter_and_number(doc, position):
        return None  # "traffic on the M5", "the M4 motorway": a road's code, no body (as `_bare_road_number`)
    if acronym and tokens[position].text in _COMPASS_LETTERS:
        return None  # "Oregon & SW Washington", "the NE corner": a compass point in letters, no body
    if acronym and "." in tokens[position].text and _initials_of_a_named_person(doc, position):
        return None  # "the tension that J.C. creates" beside "J.C. Chandor": the person's initials, no body
    if acronym and size == 1 and tokens[position].text in _AUSTRALIAN_STATES_BY_LETTERS:
        # "54,000 NSW licences", "moved to QLD": the state by its letters, a place as its full name is
        return Candidate(position, last, name, ActorKind.place, "an Australian state's letters", 0.6)
    if acronym and size == 1 and _AGE_CLASS.fullmatch(tokens[position].text):
        return None  # "won the J15 quads", "the U18 side": a junior class by its age, no body
    if acronym and size == 1 and _letters_of_a_numbered_instrument(doc, position):
        return None  # "Executive Order (E.O.) 13224", "under E.O. 14024": an order by its number, no body
    if words[0] in _TASK_FORCE_LETTERS and all(ACRONYM.fullmatch(tokens[k].text) for k in range(position, last + 1)):
        # "CJTF-OIR said", "the CJTF statement": a (combined) joint task force by its letters, a force
        return Candidate(position, last, name, ActorKind.armed_force, "a joint task force's letters", 0.6)
    if acronym and len(words[0]) >= 2:
        return Candidate(position, last, name, ActorKind.organization, "an acronym", 0.6)
    both_acronyms = size == 2 and all(ACRONYM.fullmatch(tokens[k].text) for k in (position, last))
    if both_acronyms and (all(word in TERM_ACRONYMS for word in words) or " ".join(words) in doc.terms):
        # "UCITS ETF", "HDR OLED", "one-way attack unmanned aerial systems (OWA UAS)": terms, no body ("UN OCHA"
        # keeps its body's letters)
        return None
    if both_acronyms and (words[0] in POST_LETTERS or words[1] in POST_LETTERS):
        return None  # "said the IG BSF", "ADG BSF Varma": a post's letters beside its force's, no body
    if both_acronyms and all(len(word) >= 3 and zipf(word) >= _SHOUTED for word in words):
        return None  # "QUIET CAR", "BREAKING NEWS": common words in capitals, no acronyms
    if (
        both_acronyms
        and (previous == "by" or _credit_label_before(text, tokens[position].start))
        and is_given_name(words[0])
        and is_surname(words[1])
    ):
        # "By MARCIA DUNN": a wire's byline writes the reporter's name in capitals
        return Candidate(position, last, name, ActorKind.person, "a byline's name in capitals", 0.6)
    if both_acronyms and not doc.technical:
        # "EUTM RCA", "UN OCHA": two acronyms, a body and the place or body it belongs to.
        return Candidate(position, last, name, ActorKind.organization, "two acronyms", 0.55)
    hyphened = all(text[tokens[k].end : tokens[k + 1].start] == "-" for k in range(position, last))
    if size >= 3 and hyphened and all(ACRONYM.fullmatch(tokens[k].text) for k in range(position, last + 1)):
        # "SPMAGTF-CR-CC", "CJTF-OIR-IQ": a unit's letters chained by hyphens, one body's code
        return Candidate(position, last, name, ActorKind.organization, "letters chained by hyphens", 0.55)
    if size >= 3:
        particle = next(
            (k for k in range(position + 1, last) if words[k - position] in PERSON_PARTICLES and particle_at(doc, k)),
            None,
        )
        if particle is not None:
            row = PERSON_PARTICLES[tokens[particle].folded]
            how = f"'{tokens[particle].text}' inside the name"
            return Candidate(position, last, name, row.kind, how, row.confidence)
        if words[0] in PERSON_OPENERS:
            row = PERSON_OPENERS[words[0]]
            return Candidate(position, last, name, row.kind, f"starts with '{tokens[position].text}'", row.confidence)
    if size == 2 and words[0] in PERSON_OPENERS and is_given_name(words[1]):
        # "Abu Ibrahim", "Umm Ahmed": a parent named by the child's given name (not "Abu Dhabi", "Abu Sayyaf")
        row = PERSON_OPENERS[words[0]]
        return Candidate(position, last, name, row.kind, f"'{tokens[position].text}' and a given name", row.confidence)
    if _capitalised_small_word_inside(doc, position, last, previous):
        # "the Campaign Against Arms Trade": a small word in capitals names a body, common words or not
        return Candidate(position, last, name, ActorKind.organization, "a small word in capitals inside", 0.55)
    if size >= 2 and member_of_the(doc, position):
        # "a member of the Varnish Economic Area": what one is a member of, named by ordinary words.
        return Candidate(position, last, name, ActorKind.organization, "after 'member of the'", 0.55)
    if size >= 2 and spelled_by_acronym(doc, position, last):
        # "the European Peace Facility (EPF)": ordinary words, but the acronym after them makes them a name.
        return Candidate(position, last, name, ActorKind.organization, "ordinary words spelled by an acronym", 0.6)
    if size <= 4 and body_after_which(doc, last):
        # "United Utilities, which owns the land": ordinary words, but what follows is what a body does.
        return Candidate(position, last, name, ActorKind.organization, "', which' and what a body does", 0.6)
    if firm_speaks(doc, position, last, words):
        return Candidate(position, last, name, ActorKind.organization, FIRM_THAT_SPEAKS, 0.55)
    if size <= 3 and _business_before_its_owner(doc, last):
        # "Sports Direct owner says it has seen weaker demand": what an owner owns, named before the word
        return Candidate(position, last, name, ActorKind.organization, f"before '{tokens[last + 1].text}'", 0.55)
    if size >= 3 and after == "mission" and tokens[last].joined and not doc.technical:
        # "the Multinational Security Support mission": a mission named in capitals before its lower-case head
        # (not one word: "the Apollo mission" is a flight)
        return Candidate(position, last, name, ActorKind.organization, "a mission's name before 'mission'", 0.55)
    if size >= 2 and dividing_line(doc, position, words):
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
    journal = context_cue(doc, position, last) if size >= 2 else None
    if journal is not None and journal[0].kind is ActorKind.media and doc.gazetteer.lookup(words) is None:
        # "published in Nature Sustainability", "writing in Marine Pollution Bulletin": a journal's title is of
        # ordinary words
        return Candidate(position, last, name, ActorKind.media, journal[1], journal[0].confidence)
    if (side := _side_by_its_town(q)) is not None:
        return side  # "the Kansas City Royals": common words, or a term's ending ("-als"), that name a side
    if size == 1 and _listed_firm(doc, position, words[0]) and _before_its_own_named_thing(doc, last):
        # "Alphabet's Google Assistant": a listed firm's word owning a thing with a name of its own
        return Candidate(position, last, name, ActorKind.organization, "a listed firm's word owning a name", 0.55)
    if all(is_common_word(w, w in doc.lower_case) for w in content):
        if person_named_in_common_words(doc, position, last, words):
            # "teenager Michael Brown", "Police said David Young was hurt": common words, a given and a family name
            return Candidate(position, last, name, ActorKind.person, "a given name, then a family name", 0.55)
        # ("depots in Gateshead, Washington, Sunderland": a town's name however common, listed among towns)
        return _town_listed_among_towns(q)  # else capitalised ordinary words ("Thanks", "Blue") with no cue
    if (
        all(zipf(w) >= 3.0 for w in content)
        and any(w.endswith(_TERM_SUFFIXES) for w in content)
        and not (2 <= size <= 3 and is_given_name(words[0]) and is_surname(words[-1]))  # "Dolores Vance"
    ):
        if spelled_by_its_bracket(text, tokens, position, last):
            # "Neighbourhood, Development and International Cooperation Instrument – Global Europe (NDICI-Global
            # Europe)": the letters after the words spell them, a body's (or a programme's) name, no term
            return Candidate(position, last, name, ActorKind.organization, "spelled by its acronym in brackets", 0.6)
        return None  # a capitalised term ("Cessation of Hostilities", "Executive Order"), not a name
    acronym_first = len(tokens[position].text) >= 3 and ACRONYM.fullmatch(tokens[position].text) is not None
    rest = [(position + i, w) for i, w in enumerate(words) if i > 0]
    if size in (2, 3) and words[0] in STATION_PREFIXES and tokens[position].text.isupper() and not doc.technical:
        if _flown_craft(text, name) or (position > 0 and tokens[position - 1].folded in _COUNTING_A_CRAFT):
            # "an RAF Typhoon flying": the force's craft, its model alone (`_flown_craft`)
            model = text[tokens[position + 1].start : tokens[last].end]
            return Candidate(position + 1, last, model, ActorKind.other, "a craft's model after its force", 0.5)
        # "RAF Varnley", "RNAS Tremmin Down": the station, a place (a force's own word has a cue, found above)
        return Candidate(position, last, name, ActorKind.place, "a station's acronym opens it", 0.6)
    if size in (2, 3) and dotted_initials_before_name(doc, position, last):
        # "K.R. Raghavendra", "P.S. Narayanaswamy": a person's initials written together, then the name
        return Candidate(position, last, name, ActorKind.person, "initials before a family name", 0.55)
    if (
        size in (2, 3)
        and acronym_first
        and words[0] not in SHIP_PREFIXES
        and words[0] not in KNOWN_MEDIA  # "CNN Newsroom": an outlet's programme (`draft_evidence`)
        and words[0] not in POLICE_RANKS  # "PCSO Varley", "DCI Quell": an officer by rank and family name
        and not doc.technical
        and all(zipf(w) < _RARE_AFTER_ACRONYM and not ACRONYM.fullmatch(tokens[k].text) for k, w in rest)
    ):
        # "EUNAVFOR Aspides", "EUCAP Sahel": a body's acronym, then the name of its mission.
        return Candidate(position, last, name, ActorKind.organization, "a body's acronym opens it", 0.5)
    return ASK_ON


def _persons_and_firms_by_their_phrase(q: NameQuestion) -> Candidate | Undecided | None:
    """A person or a firm by the phrase around the name: a title, a home town, a role in court, an age, a
    subsidiary, "whose"."""
    doc, position, last, words = q.doc, q.position, q.last, q.words
    tokens, text, name, size = q.tokens, q.text, q.name, q.size
    previous, after = q.previous, q.after
    if 2 <= size <= 4 and beside_title(doc, position, last) and weak_person(doc, position, last, words):
        return Candidate(position, last, name, ActorKind.person, "a name beside a title", 0.8)
    if previous == "of" and position >= 2 and leader_of_a_force(tokens, doc.gazetteer, position - 2, position):
        # "the Libyan National Army of Khalifa Varnezi": the leader a force answers to
        return Candidate(position, last, name, ActorKind.person, "the leader a force is named of", 0.6)
    if size <= 3 and (home := home_town_apposition(doc, position, last)) is not None:
        # "Thaddeus Oyelaran, of Holbeach, said": a person, then the town they come from.
        kind = ActorKind.place if home == "town" else ActorKind.person
        if kind is ActorKind.place or weak_person(doc, position, last, words):
            return Candidate(position, last, name, kind, f"', of {home}, said'", 0.6)
    if 2 <= size <= 3 and court_role_after(doc, last) and weak_person(doc, position, last, words):
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
    if size <= 4 and body_after_which(doc, last):
        return Candidate(position, last, name, ActorKind.organization, "', which' and what a body does", 0.6)
    if (
        size <= 3
        and previous in ("its", "whose")  # (and "Orano, whose Somair unit near Arlit": the firm's own)
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
        # (not after a firm's trade: "uranium miner Orano, whose ..." is no "Oran")
        named_land = land_no_one_is_named(doc, words) if person_cue and not firm_trade_before(doc, position) else None
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
                or town_closing_an_address(doc, position)
                or firm_trade_before(doc, position)  # "uranium miner Orano, whose unit ...": a firm's
            )
        ):
            comma_cue = None
        if comma_cue is not None:
            how = f"followed by ', {tokens[last + 1].text}'"
            return Candidate(position, last, name, comma_cue.kind, how, comma_cue.confidence)
    if _initial_before_two_names(doc, position, last):
        return Candidate(position, last, name, ActorKind.person, "an initial without its stop, then two names", 0.55)
    if any(
        len(tokens[k].text) == 1
        and not _hyphened_connector(text, tokens, k)
        and not middle_initial(doc, position, k, last)
        and not (position < k < last and tokens[k].text in ("e", "y"))  # "Sport Lisboa e Benfica": its "and"
        for k in range(position, last + 1)
    ):
        return None  # "Boudewijn P", "B Goldkapsel": an initial cut from a name (a list of authors, a label)
    return ASK_ON


_LETTERS_IN_BRACKETS = re.compile(r" \(([A-Z][A-Za-z0-9]{1,5})\)")


def _letters_of_another_tongue_after(q: NameQuestion) -> bool:
    """Whether letters in brackets follow the name that are not its words' initials in order ("National Rally
    (RN)"), nor the first letters of some of them ("Alternative for Germany (AfD)" keeps "A", "f", "D")."""
    match = _LETTERS_IN_BRACKETS.match(q.text, q.tokens[q.last].end)
    if match is None:
        return False
    letters = match.group(1).casefold()
    if len(letters) > len(q.words):
        return False  # "... Nationals and Blocked Persons (SDN)": letters of a longer name, begun before the run
    initials = "".join(word[0] for word in q.words)
    content = "".join(word[0] for word in q.words if word not in NAME_GLUE)
    return not (_in_order(letters, initials) or _in_order(letters, content))


def _in_order(letters: str, initials: str) -> bool:
    """Whether `letters` are `initials`, some left out, in their order ("fdi" in "fdi", "afd" in "afgd")."""
    rest = iter(initials)
    return all(letter in rest for letter in letters)


def _initial_before_two_names(doc: ActorDocument, position: int, last: int) -> bool:
    """'K Chandrasekhar Rao', 'N Tarnappa Naidu': Indian copy writes a family's or a place's initial without its stop
    before the given and the family name; two name words after it (no initial among them) make it a whole name."""
    tokens = doc.tokens
    return (
        last - position == 2
        and len(tokens[position].text) == 1  # an initial: one letter ("PT Tambang Timah" is a firm's form)
        and tokens[position].text.isupper()
        # (words set apart by spaces: "the W-Arly-Pendjari complex" is one place's name)
        and all(doc.text[tokens[k].end : tokens[k + 1].start] == " " for k in range(position, last))
        and all(len(tokens[k].text) > 1 and tokens[k].text.istitle() for k in range(position + 1, last + 1))
        and all(zipf(tokens[k].folded) < _INITIALLED_NAME_WORD for k in range(position + 1, last + 1))
    )


# Each name word after an initial is this rare ("Rao" 3.1, "Naidu" 2.2), not "K Street Project".
_INITIALLED_NAME_WORD = 3.5


def _the_in_capitals_before(doc: ActorDocument, position: int) -> bool:
    """'stayed at The Eliza Jane', 'runs The Mary Beth': "The" written with a capital inside a sentence opens
    the name of a hotel, a boat or a work; English gives a person's name no article."""
    before = position - 1
    if before >= 0 and doc.tokens[before].text == "The" and before not in doc.sentence_first:
        return True
    # "his first boat, the Naomh Eanna, in 1968": a vessel's noun, a comma and "the" before the boat's name
    tokens = doc.tokens
    return (
        before >= 1
        and tokens[before].text == "the"
        and tokens[before - 1].folded in _VESSEL_NOUNS
        and doc.text[tokens[before - 1].end : tokens[before].start] == ", "
    )


_MOVES_PARTICLES = word_set("on up down back over out")
_PARTICLES_INSIDE_PLACES = word_set("de del da di do dos das")
_VESSEL_NOUNS = word_set("boat boats trawler ship vessel yacht ferry lifeboat tug barge schooner steamer")


_COUPLE_NAME_WORD = 4.5  # Zipf: "Stoner" 3.3; "Relations" 4.7 is a body's word


def _couple_s_family_name(q: NameQuestion) -> bool:
    """A given name alone before "and", then the name: "Daniel and Nettie Stoner" (not "Jordan and Saudi Arabia":
    the given name stands alone and names no place, nor does the name)."""
    tokens, position = q.tokens, q.position
    if position < 2 or q.previous != "and" or q.doc.gazetteer.lookup(q.words) is not None:
        return False
    given = tokens[position - 2]
    before = tokens[position - 3] if position >= 3 else None
    alone = before is None or not before.joined or not before.capitalised
    return (
        all(zipf(word) < _COUPLE_NAME_WORD for word in q.words)  # not "Peace and Interstate Relations"
        and given.capitalised
        and given.text.istitle()
        and given.joined
        and alone
        and is_given_name(given.folded)
        and position - 2 not in q.doc.sentence_first
        and q.doc.gazetteer.lookup((given.folded,)) is None
    )


# A ground's head words that are family names too ("Sally Field", "Mungo Park"): a place after "at".
_GROUND_HEADS = word_set("field park oval")


def _persons_towns_and_employers(q: NameQuestion) -> Candidate | Undecided | None:
    """Names that could be a person's, and what says otherwise: a town's possessive, a team, a shop, a hospital's
    town, a speaker's employer, villages and towns by their words."""
    doc, position, last, words = q.doc, q.position, q.last, q.words
    tokens, name, size, previous = q.tokens, q.name, q.size, q.previous
    could_be_person = weak_person(doc, position, last, words)
    if size == 1 and town_by_what_it_has(doc, last, words[0]):
        # "Pellowby's library will close", "Tarnby's residents": what a town has after its possessive.
        return Candidate(position, last, name, ActorKind.place, f"'{tokens[last + 1].text}' after its possessive", 0.55)
    if size == 2 and _couple_s_family_name(q):
        # "her parents, Daniel and Nettie Stoner,", "Bill and Melinda Gates": a given name alone, "and", then a
        # full name: a couple, the family name shared
        how = f"after '{tokens[position - 2].text} and', a couple's family name"
        return Candidate(position, last, name, ActorKind.person, how, 0.6)
    if size == 3 and words[1] == "of" and family_firm_of_a_town(tokens, position, position, doc.gazetteer):
        # "blended by Taylors of Harrogate", "cast at Whites of Appleton": a family's firm by its town
        return Candidate(position, last, name, ActorKind.organization, "a family's plural name and its town", 0.6)
    if size == 4 and tokens[position].text in SAINTS_TITLES and words[2] == "the" and words[3] in EPITHETS:
        # "the bells of St Mary the Virgin, Ashwell": a church by its saint's name and epithet
        return Candidate(
            position, last, name, ActorKind.place, f"a saint's name and the epithet '{tokens[last].text}'", 0.6
        )
    if size == 3 and words[1] == "the" and words[2] in EPITHETS and is_given_name(words[0]):
        # "Frederick the Great ruled Prussia", "Pliny the Elder wrote": a ruler or a saint by name and epithet
        return Candidate(
            position, last, name, ActorKind.person, f"a given name and the epithet '{tokens[last].text}'", 0.65
        )
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
        and (words[-1] in SETTLEMENT_HEADS or words[-1] == "town")
        and tokens[last].text.istitle()
    ):
        # "Tanner's Yard", "Hobbard's Green": a family's possessive before a place's head names the place
        # ("Simon's Town": a founder's).
        return Candidate(position, last, name, ActorKind.place, f"a possessive before '{tokens[last].text}'", 0.55)
    if (
        (2 <= size <= 3 or (size == 1 and _following_word(doc, last) in _SHOP_NOUNS))
        and (shop := shop_phrase_before(doc, position)) is not None
        and not about_software(doc, position, last)
    ):
        # ("sold at Quellmart stores": one word is a shop's name when its shops' noun follows.)
        # "sold at John Lewis", "customers at Marsden Hobb": one shops at a store, even one named for its founder.
        return Candidate(position, last, name, ActorKind.organization, f"a shop, after '{shop}'", 0.65)
    if 2 <= size <= 4 and (practice := practice_before(doc, position, last)) is not None:
        # "the solicitors Birkett Slyne", "joined the firm from Thursfield Reid": a firm, even one named like a person
        return Candidate(position, last, name, ActorKind.organization, f"a firm, after '{practice}'", 0.6)
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
        and plural_alone_after_the(doc, words[-1])
    ):
        # "The Winnipeg Jets have traded ... drafted by the Jets": a team's (or a band's) short name after "the"
        return Candidate(position, last, name, ActorKind.organization, "a plural short name after 'the'", 0.6)
    if size == 2 and words[0] in _SIDE_LABELS and words[1] in doc.given_surnames:
        # "Brexiteer Varage splattered" after "Nigel Varage": the man by his side's label and his family name
        surname = doc.text[tokens[last].start : tokens[last].end]
        return Candidate(last, last, surname, ActorKind.person, f"a family name after '{tokens[position].text}'", 0.6)
    if (
        2 <= size <= 3
        and words[-1] in doc.alone
        and could_be_person
        and not (not is_given_name(words[0]) and alone_as_a_place(doc, words[-1]))
        and not is_listed_firms_word(words[0])  # "the Nissan Sentra ... the Sentra": a maker's model, no person
        and not (words[-1] in doc.lower_case and not _alone_mid_sentence(doc, words[-1]))
        and not plural_alone_after_the(doc, words[-1])
    ):
        return Candidate(position, last, name, ActorKind.person, "a name whose last word is used alone", 0.6)
    if size <= 3 and speaker_employer(doc, position, last, words):
        # "At Quorwin Tessel, Renata Holm said": the firm (or school) the speaker after it speaks for.
        return Candidate(position, last, name, ActorKind.organization, "'At' it, before a speaker", 0.55)
    if size <= 3 and employer_after_a_job(doc, position, words):
        # "Ilse Varn, head of market analysis at Quorwin": where the job is held is a firm, not a place
        return Candidate(position, last, name, ActorKind.organization, "where a named person's job is held", 0.55)
    if 2 <= size <= 3 and employer_of_staff_at(doc, position, words):
        # "Analysts at Peel Hunt said": where the analysts work, though its words read as a person's name.
        how = f"after '{tokens[position - 2].text} {tokens[position - 1].text}'"
        return Candidate(position, last, name, ActorKind.organization, how, 0.55)
    if size <= 3 and previous == "of" and job_holder_before_of(doc, position) and doc.gazetteer.lookup(words) is None:
        # "Analyst Gareth Lindqvist of Pemberton Ashe said": the firm the analyst works at.
        return Candidate(position, last, name, ActorKind.organization, "the employer of a job's holder", 0.6)
    if town_of_a_named_person(doc, position, last):
        # "judged by Meirion Powell of Llanidloes.": where a person named in full lives
        return Candidate(position, last, name, ActorKind.place, "a named person's town, after 'of'", 0.5)
    if size == 2 and previous == "the" and words[-1] in PARTS_OF_A_BUILDING and tokens[last].text.istitle():
        # "the Rowan Unit", "the Hollis Wing": part of a hospital, named after a tree or a founder.
        return Candidate(position, last, name, ActorKind.organization, f"the '{tokens[last].text}' of a building", 0.55)
    if 2 <= size <= 3 and could_be_person and member_of_a_party(doc, position):
        # "Labor's Tamsyn Breakwell held the seat": a party's possessive before its member's name.
        how = f"after '{tokens[position - 1].text}'s', a party's member"
        return Candidate(position, last, name, ActorKind.person, how, 0.6)
    if (
        2 <= size <= 3
        and (previous == "near" or _second_place_near(tokens, position))
        and could_be_person
        and not any(is_surname(word) or is_given_name(word) for word in words[1:])
    ):
        # "ambushed near Sam Ouandja": what lies near is a place; a given name opening it is a town's word
        # there (a person stood near has a family name the lists know: "seated near Sam Whitfield")
        return Candidate(position, last, name, ActorKind.place, "after 'near'", 0.55)
    if 2 <= size <= 3 and could_be_person and _larger_place_after_in(doc, position, last, words):
        # "called to the synagogue at Ripponlea in Glen Eira": the place holding a place just named
        how = f"after '{tokens[position - 2].text} in', a place within it"
        return Candidate(position, last, name, ActorKind.place, how, 0.55)
    if 2 <= size <= 3 and words[1] in _NATIONAL_IN_ROMANCE_TONGUES:
        # "Marine Nationale", "Policía Nacional", "Guardia Nazionale": a state's own body named in its tongue (the
        # word for "national" is no family name), whatever given name opens it
        kind = ActorKind.armed_force if words[0] in _ARMED_WORDS_IN_ROMANCE_TONGUES else ActorKind.organization
        return Candidate(position, last, name, kind, f"'{tokens[position + 1].text}': a national body", 0.6)
    if size == 2 and firms_arm_in_its_tongue(doc, position, last, words):
        # "Thales Nederland", "Saab Deutschland": a firm's company named with its land's own name for the state
        return Candidate(position, last, name, ActorKind.organization, "a firm's arm in its land, in its tongue", 0.6)
    if 2 <= size <= 3 and _firm_in_a_firms_role(doc, position, last):
        # "Its auditor, Grant Thornton, flagged it": only a firm audits or lends to a firm, whatever given name
        # opens its name
        how = f"after '{tokens[position - 1].text},', a firm's role"
        if tokens[position - 1].folded in ("from", "at"):
            how = f"after '{tokens[position - 2].text} {tokens[position - 1].text}', a firm's staff"
        return Candidate(position, last, name, ActorKind.organization, how, 0.6)
    if 2 <= size <= 3 and could_be_person and town_lying_on_a_coast(doc, position, last):
        # "from Anna Regina and Rose Hall on the coast": towns where they lie, whatever given name opens them
        return Candidate(position, last, name, ActorKind.place, "towns said to lie on a coast or a border", 0.55)
    if 2 <= size <= 3 and could_be_person and end_of_a_route(doc, position, last):
        # "from Bol to Baga Sola": a route's end is a place, whatever given name opens it
        return Candidate(position, last, name, ActorKind.place, "a route's end, its other end a known town", 0.55)
    if (
        2 <= size <= 3
        and could_be_person
        and starts_with_given_name(doc, position, last, words)
        and not plural_common_noun(words[-1])  # "the Summer Holidays", "Ruby Weddings": a season's or a feast's
        and words[-1] not in _VENUES_NO_FAMILY_NAMES  # "Victoria Plaza", "Rosa Mall": a venue, no woman
        and not _the_in_capitals_before(doc, position)
    ):
        return Candidate(position, last, name, ActorKind.person, f"a given name '{tokens[position].text}'", 0.6)
    if size == 2 and could_be_person and _given_name_of_another_land(q):
        # "Kylian Mbolo", "Jannik Varn": a given name another land's list knows, then a rare word
        how = f"a given name '{tokens[position].text}' of another land's list"
        return Candidate(position, last, name, ActorKind.person, how, 0.55)
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
        and not longer_phrase_before(doc, position)  # "shares in Tarrow Keane": what a market trades
    ):
        # "injured in Hartley Green", "homes near Varnley Brook": one lives in a place, not in a person.
        return Candidate(position, last, name, ActorKind.place, f"after '{previous}', no given name", 0.5)
    if (
        size == 2
        and words[-1] in SETTLEMENT_HEADS
        and tokens[last].text.istitle()
        and not is_given_name(words[0])
        and not person_cue_around(doc, position, last)
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
    if size == 2 and (compass_part := compass_part_of_town(doc, position, last, words)) is not None:
        return compass_part
    if (
        2 <= size <= 3
        and previous in BODY_NOUNS_BEFORE_A_LONGER_NAME
        and tokens[position - 1].text.islower()
        and not is_given_name(words[0])
        and trade_before(doc, position, last)
    ):
        # "advised by law firm Pellow Varn, which": a firm named like two surnames after its trade's noun
        return Candidate(position, last, name, ActorKind.organization, f"'{previous} {name}'", 0.6)
    if 2 <= size <= 3 and previous in ("at", "in") and position >= 2 and tokens[position - 2].folded == "based":
        # "the force's Sector 2, based at Baga Sola": a unit or a body is based at a place, never at a person
        return Candidate(position, last, name, ActorKind.place, f"after 'based {previous}'", 0.6)
    if (
        size == 3
        and could_be_person
        and previous not in ("of", "from", "near")  # "Walter Pinchbeck, of Ramsey Forty Foot": a home
        and tokens[position + 1].capitalised
        and doc.text[tokens[position].end : tokens[position + 1].start] != "-"  # "Minneapolis-St. Paul": two towns
        and _town_and_trade_first(doc, words)
    ):
        # "Welshpool Livestock Sales": a town, then a trade's common word, open a firm's name (no person's)
        return Candidate(position, last, name, ActorKind.organization, "a town and a trade's word first", 0.55)
    if 2 <= size <= 3 and words in doc.firm_openings and not is_given_name(words[0]):
        # "gave Buchan Fresh a brand" beside "Buchan Fresh Fish Ltd": the firm by its first words, no person
        return Candidate(position, last, name, ActorKind.organization, FIRM_OPENING, 0.55)
    if (
        2 <= size <= 3
        and previous == "at"
        and words[-1] in _GROUND_HEADS
        and not is_given_name(words[0])
        and position not in doc.sentence_first
    ):
        # "a home game at Forbes Field", "at Fenway Park": a ground named for its owner, where a game is played
        return Candidate(position, last, name, ActorKind.place, f"after 'at', a ground's '{tokens[last].text}'", 0.55)
    if (
        could_be_person
        and position > 0
        and tokens[position - 1].text == "the"
        and any(word in _PARTICLES_INSIDE_PLACES for word in name.split()[1:-1])
        and ends_with_surname(doc, position, last, words)
    ):
        # "walking the Camino de Santiago", "rallies in the Plaza de Mayo": a name with a particle inside right after
        # "the" is a way's, a square's or a building's (no one is "the Ana de Souza")
        return Candidate(position, last, name, ActorKind.place, "a name with a particle inside, after 'the'", 0.5)
    if (
        2 <= size <= 3
        and words[-1] == "day"
        and not is_given_name(words[0])
        and (previous == "the" or (last + 1 < len(tokens) and tokens[last + 1].text.islower()))
    ):
        # "the Mashujaa Day celebrations", "Africa Day": a day kept under its name, no one named Day
        return Candidate(position, last, name, ActorKind.other, "a day's name", 0.5)
    if (
        2 <= size <= 3
        and previous == "on"
        and position >= 2
        and tokens[position - 2].text.islower()
        and not is_given_name(words[0])
        and town_after_comma(doc, last)
    ):
        # "a vegan bakery on Wyle Cop, Shrewsbury": a shop "on" a name and its town is on a street (no one lives
        # "on" a person)
        return Candidate(position, last, name, ActorKind.place, "after 'on', a street before its town", 0.55)
    if (
        2 <= size <= 3
        and could_be_person
        and ends_with_surname(doc, position, last, words)
        and words[-1] not in _VENUES_NO_FAMILY_NAMES
    ):
        return Candidate(position, last, name, ActorKind.person, f"a family name '{tokens[last].text}'", 0.55)
    giver = giver_after(doc, position, words) if size == 1 else None
    if giver is not None:
        # "chips from Nvidia", "orders from Boeing": goods or money come from their maker or giver;
        # "credit monitoring through Varnex": a service comes through the firm that provides it
        return Candidate(position, last, name, ActorKind.organization, giver, 0.55)
    return ASK_ON


def _word_before(q: NameQuestion) -> Candidate | Undecided | None:
    """The word right before a one-word name (a preposition, a verb), as the cue tables read it."""
    doc, position, last, words = q.doc, q.position, q.last, q.words
    tokens, text, name, size = q.tokens, q.text, q.name, q.size
    previous, acronym = q.previous, q.acronym
    if size == 1 and not acronym and one_word_leader_met(doc, position, words[0]):
        # "He met Velmonte for an hour": the one a person meets is a person, named by the family name alone
        return Candidate(position, last, name, ActorKind.person, "met by someone", 0.55)
    if size == 1 and not acronym and street_named_gate(doc, position, words[0]):
        # "a dark van on Colegate": an old town's street by its "-gate"
        return Candidate(position, last, name, ActorKind.place, "a street named '-gate' after 'on'", 0.6)
    if (
        size == 1
        and previous == "the"
        and tokens[position - 1].text == "the"  # (a capital "The" inside a sentence opens the name: "The Hague")
        and zipf(words[0]) < WORD_ALONE
        and waters_named_with_the(doc, position, last)
    ):
        # "sailed through the Skagerrak into the Baltic": waters or a region, on a page of ships and seas
        return Candidate(position, last, name, ActorKind.place, f"waters after '{tokens[position - 2].text} the'", 0.55)
    if size == 1 or (size == 2 and words[0] in ARABIC_ARTICLES):  # "near Al Hawl" as "near Hawl"
        # "... Varn Province.\n\nDate:": the word before must stand in the same phrase.
        previous_cue = PREVIOUS_WORD.get(previous) if position > 0 and tokens[position - 1].joined else None
        if previous in _TOWARDS and position >= 2 and tokens[position - 1].joined and tokens[position - 2].joined:
            movers = MOTION_BEFORE_TO if previous == "to" else MOTION_BEFORE_TOWARDS
            mover = tokens[position - 2]
            if mover.folded in _MOVES_PARTICLES and position >= 3 and tokens[position - 3].joined:
                # "will travel on to Tarnby", "we drove down to Tarnmouth", "walked back to Quell": a move's
                # particle before its end
                mover = tokens[position - 3]
            previous_cue = AFTER_MOTION_TO if mover.folded in movers and mover.text.islower() else None
        if (
            previous_cue is not None
            and previous_cue.kind is ActorKind.place
            and is_people(words[-1])
            and words[-1].endswith("ish")
            and last + 1 < len(tokens)
            and tokens[last].joined
            and tokens[last + 1].text.islower()
            and tokens[last + 1].folded.endswith("s")
        ):
            # "seized the city from Kurdish forces", "from Kurdish fighters": a people's adjective before the men it
            # fields, no place named after "from"
            previous_cue = None
        inner_capital = any(ch.isupper() for ch in tokens[position].text[1:]) and not acronym
        # "in PyOxidizer" is software, "in Rust" a language: a cue of place is weak for them.
        # "from Varnak's cruelty": the preposition governs what is Varnak's, not Varnak.
        possessive = text[tokens[last].end : tokens[last].end + 2] in ("'s", "’s")
        if previous_cue is not None and taken_on(doc, position, last, words):
            # "called in Mandora to investigate": a firm taken on ("brought in Ilse" would be a person)
            how = f"taken on, after '{tokens[position - 2].text} in'"
            return Candidate(position, last, name, ActorKind.organization, how, 0.5)
        if (
            previous_cue is not None
            and previous_cue.kind is ActorKind.place
            and given_name_of_a_full_name(doc, position)
        ):
            # "confidence in Ilse" beside "MPP Ilse Varnhagen": her given name, no place, and her alias
            given = Candidate(position, last, name, ActorKind.person, "a given name opening a name in the text", 0.5)
            given.canonical = full_name_opened_by(doc, position)
            given.alias = name if given.canonical else None
            return given
        if (
            previous == "by"
            and not longer_phrase_before(doc, position)  # "bought out by": the table's phrase speaks
            and _deal_participle_before_by(doc, position - 1)
            and _no_place_or_persons_name(doc, words)
        ):
            # "The chain was acquired last year by Harnvold": the buyer, a time between its verb and "by"
            return Candidate(position, last, name, ActorKind.organization, "a buyer, after 'acquired ... by'", 0.55)
        if (
            previous == "at"
            and not longer_phrase_before(doc, position)
            and _PRICE_BEFORE_AT.search(text, max(0, tokens[position - 1].start - 24), tokens[position - 1].start)
            and _no_place_or_persons_name(doc, words)
        ):
            # "£89 at Argvale", "$39 at Tarnmart": a price, then where it is paid, names a shop
            return Candidate(position, last, name, ActorKind.organization, "a shop, after a price and 'at'", 0.5)
        if (
            previous == "from"
            and not doc.technical
            and not longer_phrase_before(doc, position)  # "bought it from": the table's phrase speaks
            and _bought_before(doc, position - 1)
            and _no_place_or_persons_name(doc, words)
        ):
            # "ordered four ships from Harnvolt", "would lease six jets from Azorvia": what is bought or leased
            # comes from its maker, seller or lessor (a town the gazetteer knows stays a place)
            return Candidate(position, last, name, ActorKind.organization, "a seller, after a verb of buying", 0.5)
        if (
            previous_cue is not None
            and not doc.technical  # "in Django", "from Clippy": on a page with code, tools
            and not (previous == "in" and position >= 2 and tokens[position - 2].folded in MONEY_BEFORE_IN)
            # "transactions from Barclays": goods or money come from a maker or a bank, not a place
            and not (previous == "from" and position >= 2 and tokens[position - 2].folded in GOODS_BEFORE_FROM)
            and not plural_of_word(words[-1])  # "in Frontiers in Ecology": a title's word
            and not longer_phrase_before(doc, position)  # "analysts at Varnak": the phrase says more
            and not speaker_employer(doc, position, last, words)  # "At Varnak, Ilse Holm said": her firm
            # "at Quellmart-operated warehouses": the preposition governs what it runs, not the name
            and not _hyphen_participle_after(doc, last)
            and not inner_capital
            and not possessive
            # "in Northeastern markets": a compass adjective before its noun says where, names no place
            and not (words[-1] in _COMPASS_ADJECTIVES and last + 1 < len(tokens) and tokens[last + 1].text.islower())
            and zipf(words[-1]) < WORD_ALONE
            and cased_as_place(doc, words[-1])
            and words[-1] not in doc.lower_case  # "in Django" beside "pip install django": a tool
        ):
            return Candidate(position, last, name, previous_cue.kind, f"after '{previous}'", previous_cue.confidence)
        if previous == "in" and position >= 2 and tokens[position - 2].folded in MONEY_BEFORE_IN:
            return None  # "a ransom in Monero": a currency or a coin
        if after_place_noun(doc, position) and not doc.technical:
            return Candidate(position, last, name, ActorKind.place, "in a list after a place noun", 0.6)
    return ASK_ON


# Craft and instruments sent to space, named by a word of their own that a town may share.
# "an RAF Typhoon flying ... two RAF Typhoon fighter jets ... RAF Typhoons": a force's letters before a craft's
# model, which the page writes in the plural or before a noun of aircraft; a station ("RAF Akrotiri") is neither.
_AIRCRAFT_AFTER = (
    r"(?:s\b| (?:fighter|fighters|jet|jets|aircraft|helicopter|helicopters|drone|drones|bomber|bombers)\b)"
)


# Words that count what follows: "an RAF Reaper provided air support", "two RAF Typhoons bombed": a craft or craft,
# never a station ("at RAF Akrotiri", "from RAF Lossiemouth").
_COUNTING_A_CRAFT = word_set("a an two three four five six several both")


def _flown_craft(text: str, name: str) -> bool:
    return re.search(rf"\b{re.escape(name)}{_AIRCRAFT_AFTER}", text) is not None


_CRAFT_NOUNS = ("spacecraft", "capsule", "lander", "rover", "telescope")


_CRAFT_NOUN_AFTER = re.compile(rf" (?:{'|'.join(_CRAFT_NOUNS)})\b")
_WORD_CHARACTER = re.compile(r"\w")


def _names_a_craft(doc: ActorDocument, name: str) -> bool:
    """Whether the page writes the name before a craft's noun somewhere ("the Orion spacecraft"): a craft
    named so, which the gazetteer alone does not make a town (Orion, Philippines)."""
    text = doc.text
    if not _WORD_CHARACTER.match(name):
        return re.search(rf"\b{re.escape(name)} (?:{'|'.join(_CRAFT_NOUNS)})\b", text) is not None
    # The few craft nouns of the page, each asked whether the name ends right before it (a search of the whole
    # page for each name would cost a long page's names times its length).
    return any(
        (start := noun - len(name)) >= 0
        and text.startswith(name, start)
        and (start == 0 or not _WORD_CHARACTER.match(text, start - 1))
        for noun in _craft_nouns(text)
    )


@lru_cache(maxsize=2)
def _craft_nouns(text: str) -> tuple[int, ...]:
    """Where each craft's noun (with the space before it) starts in the text."""
    return tuple(match.start() for match in _CRAFT_NOUN_AFTER.finditer(text))


def _context_and_towns_again(q: NameQuestion) -> Candidate | Undecided | None:
    """The words around the name, a member's body, one's kin, a town of residents, a town the document is
    named after or its dateline's town again, another spelling of a town."""
    doc, position, last, words = q.doc, q.position, q.last, q.words
    tokens, name, size, after = q.tokens, q.name, q.size, q.after
    context = context_cue(doc, position, last)
    if (
        context is not None
        and size == 1
        and len(words[0]) > 3
        and not is_title(words[0])
        and (zipf(words[0]) < WORD_ALONE or group_by_what_it_fights_as(doc, position, last))
        and words[0] not in doc.lower_case
        and not is_people(words[0])  # "Kurdish-held areas": a people's word stays the people (read below)
    ):
        # "the fight against Varnak", "Varnak-held": the words around it say what it is.
        return Candidate(position, last, name, context[0].kind, context[1], context[0].confidence)
    if (
        size == 1
        and q.previous in _OUTLET_NOUNS
        and tokens[position - 1].text.islower()
        and tokens[position].text.istitle()
        and position not in doc.sentence_first
    ):
        # "the newspaper Dawn", "the Pakistani website Dawn": an outlet named after its noun,
        # however ordinary the word it is named by
        return Candidate(position, last, name, ActorKind.media, f"after '{tokens[position - 1].text}'", 0.6)
    if size == 1 and context is not None and common_word_after_membership(doc, position, words[0]):
        # "Members of Unite at Tarnby Buses": one is a member of a body, whatever ordinary word names it.
        return Candidate(position, last, name, ActorKind.organization, context[1], 0.55)
    if size == 1 and firm_before_its_service(doc, position, words[0]):
        # "passengers on Stagecoach buses": a capitalised ordinary word before what only a firm runs.
        return Candidate(position, last, name, ActorKind.organization, f"before '{after}' it runs", 0.55)
    if size <= 3 and kin_named_after_its_noun(doc, position):
        # "whose son Chanda is missing", "her daughter Ama": one's kin is a person, whatever town shares the name
        return Candidate(
            position, last, name, ActorKind.person, f"kin or a peer, after '{tokens[position - 1].text}'", 0.6
        )
    if size <= 2 and (residents_town := town_of_a_resident(doc, position, last, words)) is not None:
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
    if (listed := _town_listed_among_towns(q)) is not None:
        return listed  # "including Deniliquin, Hay and Griffith": a town named by an ordinary word
    # ("al-Hol": after a lower-case Arabic article a short word is a name's, never an English word)
    short_word = len(words[0]) <= 3 and not lower_article_before(doc, position)
    if size == 1 and (short_word or is_title(words[0]) or zipf(words[0]) >= WORD_ALONE):
        return None  # "Com", "Ministers", "Ecology": a short word, a title or a word that nothing explains
    if size == 1 and zipf(words[0]) >= _LABEL_WORD and _LABEL_NUMBER_AFTER.match(q.text, tokens[last].end):
        return None  # "the remaining Annex 2 states", "Article 5 guarantees": a label's word and its number, no town
    place = doc.gazetteer.lookup(words)
    if place is not None and place.kind == "place" and size == 1 and opens_a_firms_name(doc, position):
        # "Trafalgar Metals AG ... Trafalgar will": a town's name with no cue, that opens a firm's name
        # elsewhere in the text, is the firm's short form.
        return Candidate(position, last, name, ActorKind.organization, "the short form of a firm's name", 0.5)
    if (
        place is not None
        and place.kind == "place"
        and not doc.technical  # "Perl" is no Pearl, Mississippi, on a page about languages
        and not _capital_inside_unlike(tokens[position].text, place.name)  # "BlackRock" is no Blackrock
        and not possessive_before_name(doc, last)  # "Anda's Game": a work's title
        and zipf(words[0]) < WORD_ALONE
        and (not alternate_spelling(place, words) or near_spelling(place, words[-1]))
        # "Zara" for Zadar: another spelling that is someone's given name (or a shop's) is not the town
        and not (alternate_spelling(place, words) and is_given_name(words[0]))
        and not before_given_name(doc, last)
        and not _names_a_craft(doc, name)
        # "the Moro people", "the Lumad tribes": a people named like a town far away
        and not (last + 1 < len(tokens) and tokens[last + 1].folded in PEOPLES_GROUP_NOUNS)
    ):
        # Nothing says what else it could be, and the gazetteer knows a place of that name.
        where = f", {place.country}" if place.country else ""
        found_by = f"gazetteer: {place.name}{where} {NO_OTHER_CUE}"
        return Candidate(position, last, name, ActorKind.place, found_by, 0.5, gazetteer_name=place.name)
    if context is not None and not (size == 1 and is_people(words[0])):
        return Candidate(position, last, name, context[0].kind, context[1], context[0].confidence)
    # "in Tal Quistar", "near Hammam al-Varn": a name of rare words after a preposition of place
    # ("in Google Play", "at Stack Overflow" have common words).
    if doc.technical:
        return None  # on a page with code, a name nothing explains is a tool's or a product's
    return ASK_ON


# Verbs of buying a firm in the passive, a few words of time before "by": "acquired last year by", "bought in
# October by" (right before "by" they are `PHRASE_BEFORE`'s).
_DEAL_PARTICIPLES = word_set("acquired bought purchased")
_WORDS_OF_TIME_BETWEEN = 3


def _deal_participle_before_by(doc: ActorDocument, by: int) -> bool:
    """Whether "acquired", "bought" or "purchased" stands one to three words of time before "by" at `by`, in one
    clause with no capitalised word but a month's ("bought in October by")."""
    tokens = doc.tokens
    for k in range(by - 2, max(-1, by - 2 - _WORDS_OF_TIME_BETWEEN), -1):
        if not all(tokens[j].joined for j in range(k, by)):
            return False
        if tokens[k].folded in _DEAL_PARTICIPLES and tokens[k].text.islower():
            return all(
                tokens[j].text.islower() or tokens[j].text.isdigit() or tokens[j].folded in MONTHS_AND_DAYS
                for j in range(k + 1, by)
            )
    return False


# A price right before "at": "£159 at", "$39.99 at", "€20 at" (what a shop charges).
_PRICE_BEFORE_AT = re.compile(r"[£$€]\d[\d.,]*(?:\.\d\d)? $")
# How far before "from" a verb of buying may stand: "ordered 105 Leopard 2A8 tanks from".
_BUYING_REACH = 6


def _bought_before(doc: ActorDocument, preposition: int) -> bool:
    """Whether a verb of buying stands a few words before `preposition` in the same clause."""
    tokens = doc.tokens
    for k in range(preposition - 1, max(-1, preposition - 1 - _BUYING_REACH), -1):
        if not tokens[k].joined:
            return False
        if tokens[k].folded in BUYING_VERBS:
            return True
    return False


def _side_by_its_town(q: NameQuestion) -> Candidate | None:
    """'the Kansas City Royals', 'the Leicester Tigers': common words all, but a town and a plural name a side."""
    if 2 <= q.size <= 4 and not has_cue(q.words) and side_named_by_its_town(q.doc, q.position, q.last, q.words):
        return Candidate(q.position, q.last, q.name, ActorKind.organization, "a side by its town and a plural", 0.55)
    return None


def _last_resort(q: NameQuestion) -> Candidate | None:
    """What is left: a part of a town, a move of play, a leader by whom is loyal, a given or a family name alone,
    a thing's or a maker's word; failing all, a capitalised name of no known kind."""
    doc, position, last, words = q.doc, q.position, q.last, q.words
    tokens, text, name, size = q.tokens, q.text, q.name, q.size
    previous, content = q.previous, q.content
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
        # "ordered 105 tanks from Krauss-Maffei Wegmann": what is bought comes from its maker, no place
        and not (previous == "from" and _bought_before(doc, position - 1))
    ):
        return Candidate(position, last, name, ActorKind.place, f"after '{previous}'", 0.45)
    if size == 1 and part_of_a_land_before(doc, position) and not is_common_word(words[0], words[0] in doc.lower_case):
        return Candidate(position, last, name, ActorKind.place, f"after '{previous}'", 0.5)
    if size == 1 and given_name_alone(doc, position, words[0]):
        return Candidate(position, last, name, ActorKind.person, f"a given name '{name}' alone", 0.45)
    if size == 1 and family_name_by_its_ending(doc, position, words[0]):
        return Candidate(position, last, name, ActorKind.person, "a family name by its ending", 0.5)
    if size <= 3 and city_demonym(doc, words[-1], words[:-1]):
        return None  # "Nashvillian", "Londoner", "New Yorkers": someone from a city, not an actor
    if size == 1 and _process_noun(words[0]) and not has_cue(words):
        return None  # "the Path to Normalisation", "the Delimitation of the ... Border": a process, no actor
    if size == 1 and (
        (plural_of_word(words[0]) and not inside_list_of_names(doc, position)) or adjective_before_noun(doc, position)
    ):
        return None  # "Presentations", "Millionaires"; "the Gaussian kernel", "Euclidean distance"
    if size == 1 and words[0] in _COMPASS_ADJECTIVES and last + 1 < len(tokens) and tokens[last + 1].text.islower():
        return None  # "in Northeastern markets": where, in a compass adjective, of a thing in lower case
    if size == 1 and age_adjective_before_era(doc, position):
        return None  # "Byzantine-era Hagia Sophia": the age it was built in
    if size == 1 and town_before_its_works(doc, position, words[0]):
        return Candidate(position, last, name, ActorKind.place, f"a town before '{tokens[last + 1].text}'", 0.5)
    after = q.after
    if (
        size == 1
        and name_before_noun(doc, position)
        and is_camel_case(tokens[position].text)
        and (after in PLANT_HEADS or after in PLANT_MODIFIERS)
    ):
        # "the ExxonMobil refinery", "the TotalEnergies oil terminal": a brand's casing names the plant's owner
        return Candidate(position, last, name, ActorKind.organization, f"a firm before its '{after}'", 0.55)
    if size == 1 and name_before_noun(doc, position):
        return None  # "the Cauchy distribution", "Zorvak hitbox": a name used as a word for a thing
    if size >= 2 and is_camel_case(tokens[position].text):
        return None  # "FaceTime Attention Correction": a product's feature, by its casing and no cue
    if size == 2 and named_after_demonym(doc, position, words):
        # "South African Jandor Visagel hit four sixes": a people's adjective, then two rare words in title case
        return Candidate(position, last, name, ActorKind.person, f"a name after '{tokens[position - 1].text}'", 0.5)
    if size == 1 and previous in _MAKER_PREPOSITIONS and brand_casing(tokens[position].text) and not doc.technical:
        # "a chip designed with MediaTek", "made by VeltraMax": one word with an inner capital after a
        # maker's preposition is a firm (a person's or a town's name has no capital inside).
        return Candidate(position, last, name, ActorKind.organization, f"a brand's casing after '{previous}'", 0.5)
    if size == 1 and end_of_a_stretch(doc, position):
        # "an engine from Craignure to Castlebay": the two ends of a stretch, places both
        return Candidate(position, last, name, ActorKind.place, "an end of a stretch 'from ... to ...'", 0.5)
    if size == 1 and maker_after_a_making_verb(doc, position, words[0]):
        # "a keyboard case made with Varnitech", "chips built by Quellmark": the firm that makes it
        how = f"a maker, after '{tokens[position - 2].text} {previous}'"
        return Candidate(position, last, name, ActorKind.organization, how, 0.5)
    if size == 1 and (is_camel_case(tokens[position].text) or previous in _UNIT_NOUNS):
        return None  # "ARKit", "WordCamps": a product's casing, with nothing that says more; "degrees Celsius"
    if size >= 2 and words[-1] == "library" and doc.gazetteer.lookup(words[:1]) is not None:
        # "Leeds Central Library": a town's library by its town and its head, though its words are all common
        return Candidate(position, last, name, ActorKind.place, "a town's library", 0.5)
    if (
        size >= 2
        and all(zipf(w) >= PHRASE_WORD for w in content)
        and not any(len(tokens[k].text) > 1 and tokens[k].text.isupper() for k in range(position, last + 1))
        # (not "Da Silva", "Le Pen": a family name opened by its particle, whatever its words mean)
        and not (words[0] in _ROMANCE_PARTICLES and tokens[position].text[:1].isupper())
        # (not "Abu Ibrahim": a father's name a man is called by, however common the son's name is as a word)
        and words[0] not in PERSON_OPENERS
    ):
        if _given_and_family_name_acting(doc, last, words):
            return Candidate(position, last, name, ActorKind.person, "a given and a family name, acting", 0.5)
        if person_named_in_common_words(doc, position, last, words):
            # "the teenager Peter Black was shot": common words, but a given and a family name
            return Candidate(position, last, name, ActorKind.person, "a given name, then a family name", 0.5)
        if person_the_text_takes_up(doc, position, last, words):
            # "Barack Obama said he ...", "Tiger Woods ... Woods added": words a frequency list counts as common
            # (a famous bearer is written often), that the text takes up as a person's (asked last, where they
            # would be dropped as a phrase: every other cue has had its say)
            return Candidate(position, last, name, ActorKind.person, TAKEN_UP_AS_A_PERSON, 0.5)
        if _letters_of_another_tongue_after(q):
            # "the National Rally (RN)", "Law and Justice (PiS)": a body's name put into English, its letters left
            # in its own tongue (a term's letters are its words' initials: "Value Added Tax (VAT)")
            return Candidate(position, last, name, ActorKind.organization, OWN_TONGUE_LETTERS, 0.55)
        return _side_by_its_town(q)  # else "Death Row", "Solar System", "Winter Outlook": common words, no cue
    # On a page about games, wine or software, a name nothing explains is a thing's, unless the
    # whole text makes it an actor (a list of persons, a life in brackets): `works.unexplained`.
    ending = next((e for e in ORG_WORD_ENDINGS if words[-1].endswith(e) and len(words[-1]) > len(e) + 2), None)
    if size == 1 and ending is not None:
        # "Bundesbank", "Rabobank": an organisation's word inside the one word of the name.
        return Candidate(position, last, name, ActorKind.organization, f"ends in '-{ending}'", 0.55)
    if size == 1 and riverside_region(words[0]):
        # "Tyneside and Wearside stay dry": the towns along a river, named by the river and "-side"
        return Candidate(position, last, name, ActorKind.place, "a river's '-side'", 0.55)
    if size == 1 and previous == "the" and lands_word(words[0]):
        # "in the Midlands", "across the Borderlands": lands in the plural after "the" are a region (a
        # family named Rowlands takes no article).
        return Candidate(position, last, name, ActorKind.place, "a region's '-lands' after 'the'", 0.55)
    if 2 <= size <= 3 and quoted_title_before(doc, position):
        # 'led by "General" Kashindi Varn-Odu': a rank a militia's leader gives himself, in quotes
        return Candidate(position, last, name, ActorKind.person, "a name after a quoted rank", 0.55)
    if (
        2 <= size <= 6
        and not doc.things
        and double_barrelled_surname_last(doc, position, last, words)
        # ('sang "Hello" Obrecht Vanneka-Dolo': a quoted word right before may be the start of a title)
        and QUOTED_WORD_BEFORE.search(text, max(0, tokens[position].start - 20), tokens[position].start) is None
    ):
        return Candidate(position, last, name, ActorKind.person, "a double-barrelled surname last", 0.45)
    if size == 2 and not doc.things and founders_joined_acting(doc, position, last, words):
        # "Tarnholt-Quell took the opposite view": two names joined by a hyphen, no one's given name before
        # them, acting: the founders' names a firm is called by (a person's double name follows a given name)
        return Candidate(position, last, name, ActorKind.organization, "founders' names joined, acting", 0.45)
    if size == 1 and not doc.things and _listed_firm(doc, position, words[0]):
        # "a sale of the Yahoo subsidiary to Verizon": a listed firm's one-word name that nothing else explains
        # (on a page about things, "links it to Shopify stores" names the platform as a thing used)
        return Candidate(position, last, name, ActorKind.organization, "a listed firm's name", 0.45)
    if (side := _side_by_its_town(q)) is not None:
        return side  # "the Quebec Remparts": a town and a plural nickname in another tongue
    if size == 1 and not doc.things and _charged_with_a_deed(doc, position, last):
        # "Starmer accused Whitehall of becoming comfortable with failure": one accused (or praised) for what it
        # did acts; a single word no list explains, no given name, is a body
        how = f"after '{previous}', before '{tokens[last + 1].text}'"
        return Candidate(position, last, name, ActorKind.organization, how, 0.45)
    if size == 1 and words[0] in _CREDIT_WORDS and _in_a_pictures_credit(doc, position):
        return None  # "8th Tarnish Army/Handout via REUTERS/File Photo": how the agency got the picture
    if size == 1 and name_glued_to_its_verb(doc, position):
        return None  # "Xenovansaid he would": a copy that lost the space between a name and "said"
    if size == 1 and _possessive_without_its_apostrophe(doc, position):
        return None  # "after Mays weak jobs report", "the Feds two-day meeting" beside "the Fed": a copy's lost "'"
    if size == 2 and not doc.things and _body_named_with_a_large_place(doc, position, words):
        # "Mowi Scotland", "Aker Arctic", "Steaua Bucharest": a coined word, then a large land or city it works in or
        # plays for (no person is called after a city's name, and the whole is no place)
        return Candidate(position, last, name, ActorKind.organization, "a coined word, then a large place", 0.45)
    if (
        size == 2
        and not doc.things
        and tokens[position].text.istitle()
        and text[tokens[position].end : tokens[last].start] == " "  # (not "Manawatū-Rangitīkei", a region)
        and syllabic_full_name(words)
    ):
        # "Hiroshige Yanagimoto headed a cross": a given and a family name in Japanese syllables, nothing else said
        return Candidate(position, last, name, ActorKind.person, "a given and a family name of open syllables", 0.4)
    if size == 1 and _participle_opening_a_clause(q):
        return None  # "Befitting the planet's colour, the Romans ...": a participle opens the clause, no name
    if size == 1 and _counted_things(q):
        return None  # "the Lancaster and two Spitfires", "18 Dreamliners": made things counted, no actor
    if size == 2 and words[0] in _DOCUMENT_PARTS and _PART_NUMBER.fullmatch(tokens[last].text):
        return None  # "see Table III of this release", "Exhibit IV": a part of a document by its number
    if size == 1 and words[0] in doc.lower_case and not tokens[position].text.isupper():
        # "Gardai arrested the man ... shouted at gardai": nothing says what it is, and the page writes the word in
        # lower case too: a common noun the writer capitalised, no name
        return None
    if size >= 2 and words[-1] in _EVENTS_BY_THEIR_WORD:
        # "in the run-up to Lok Sabha Elections", "survived the WE Scandal": an event by its word, nothing that acts
        return None
    found_by = UNEXPLAINED_ON_THINGS_PAGE if doc.things else "a capitalised name"
    return Candidate(position, last, name, ActorKind.other, found_by, 0.35)


# The last words of events named in capitals, which nothing else on the page explains: "the WE Scandal", "Lok Sabha
# Elections", "the Varn Affair" (a body would have its own word: "Board of Elections").
_EVENTS_BY_THEIR_WORD = word_set("scandal scandals affair election elections polls referendum")


_COUNTS = word_set("two three four five six seven eight nine ten eleven twelve")


def _counted_things(q: NameQuestion) -> bool:
    """'two Spitfires', '18 Dreamliners': a number before one capitalised plural that nothing else explains counts
    things of a make or a type (an aircraft, a car), which no one is ("the two Koreas" have "the" and a kind)."""
    tokens, position = q.tokens, q.position
    word = tokens[position].text
    if position == 0 or not tokens[position - 1].joined or not word.endswith("s") or word.endswith(("ss", "'s")):
        return False
    count = tokens[position - 1]
    if not (count.folded in _COUNTS or (count.text.isdigit() and count.text != "1")):
        return False
    folded = tokens[position].folded
    # (not people counted: "two Bavarians", "three Londoners", "two Serbs" are of a place or a people)
    if is_people(folded) or any(q.doc.gazetteer.lookup((folded[:-cut],)) is not None for cut in range(1, 5)):
        return False
    return position < 2 or tokens[position - 2].folded != "the"


# Words of a picture's credit for how the agency got it: "Army/Handout via REUTERS", "Pool via AP".
_CREDIT_WORDS = word_set("handout pool")
_VIA_AFTER = re.compile(r"\s+via\s+[A-Z]")


_COMPASS_ADJECTIVES = word_set(
    "northern southern eastern western northeastern northwestern southeastern southwestern north-eastern "
    "north-western south-eastern south-western"
)


def _body_named_with_a_large_place(doc: ActorDocument, position: int, words: tuple[str, ...]) -> bool:
    """Whether two words apart are a rare word that names no one (no given name) and a land or city of a million
    people or more, and together no place the gazetteer knows (not "Gorno-Badakhshan")."""
    first, place = words[0], doc.gazetteer.lookup(words[1:])
    return (
        place is not None
        and doc.text[doc.tokens[position].end : doc.tokens[position + 1].start] == " "
        and place.population >= LARGE_CITY
        and zipf(first) < WORD_ALONE
        and not is_given_name(first)
        and first not in COMPASS_HEADS
        and doc.gazetteer.lookup(words) is None
        and doc.gazetteer.lookup(words[:1]) is None
    )


def _in_a_pictures_credit(doc: ActorDocument, position: int) -> bool:
    """Whether the word stands after a slash or before "via" and an agency's name, as a picture's credit."""
    token = doc.tokens[position]
    return doc.text[max(0, token.start - 1) : token.start] == "/" or _VIA_AFTER.match(doc.text, token.end) is not None


def _possessive_without_its_apostrophe(doc: ActorDocument, position: int) -> bool:
    """A month's name before a word in lower case ("after Mays weak jobs report"): a possessive a copy of the
    text lost its apostrophe in, unless the page names someone so ("Willie Mays"). (Not a name with an "s" the
    page also writes without it: "Serbs" beside "Serb" is a people's plural.)"""
    tokens = doc.tokens
    word = tokens[position].folded
    if not word.endswith("s") or position + 1 >= len(tokens) or not tokens[position].joined:
        return False
    if word in doc.given_surnames or is_given_name(word):
        return False
    return word[:-1] in _MONTH_NAMES and tokens[position + 1].text[:1].islower()


_MONTH_NAMES = word_set("january february march april may june july august september october november december")


def _hyphen_participle_after(doc: ActorDocument, last: int) -> bool:
    """Whether a hyphen and a participle of what a body does follow the name ("Quellmart-operated")."""
    tokens = doc.tokens
    return (
        last + 1 < len(tokens)
        and doc.text[tokens[last].end : tokens[last + 1].start] == "-"
        and tokens[last + 1].folded in AFTER_HYPHEN
    )


# Who owns or founded a business, written after its name: "the Quellmart owner", "Sports Direct founder".
_OWNERS_AFTER_A_BUSINESS = word_set("owner owners founder founders co-founder cofounder")
_OWNER_SPEAKS = word_set("said says told tells warned warns added adds")


def _business_before_its_owner(doc: ActorDocument, last: int) -> bool:
    """Whether the name ending at `last` is followed by its owner's word in lower case, then a verb of
    speech or the owner's own name ("Quellmart owner says", "Quellmart founder Ann Varn")."""
    tokens = doc.tokens
    if last + 2 >= len(tokens) or not tokens[last].joined or not tokens[last + 1].joined:
        return False
    owner, then = tokens[last + 1], tokens[last + 2]
    return (
        owner.text.islower()
        and owner.folded in _OWNERS_AFTER_A_BUSINESS
        and (then.folded in _OWNER_SPEAKS or (then.capitalised and is_given_name(then.folded)))
    )


# Verbs that charge someone with a deed, then "of" or "for" and the deed: "accused X of", "blamed X for".
_CHARGING_VERBS = word_set(
    "accused accuses accusing blamed blames blaming criticised criticises criticized criticizes praised praises "
    "thanked thanks faulted faults"
)


def _charged_with_a_deed(doc: ActorDocument, position: int, last: int) -> bool:
    """Whether the name at `position`..`last` sits between a verb that charges it and "of" or "for"."""
    tokens = doc.tokens
    if position < 1 or last + 1 >= len(tokens):
        return False
    verb, after = tokens[position - 1], tokens[last + 1]
    return (
        verb.text.islower()
        and verb.folded in _CHARGING_VERBS
        and verb.joined
        and tokens[last].joined
        and after.text in ("of", "for")
    )


_EVENT_NOUNS = word_set("event events conference convention expo exhibition summit")

# An outlet's noun in lower case right before its one-word name: "the newspaper Dawn", "the website Mint" (not
# "daily" or "weekly", adjectives as often: "a weekly Bible study").
_OUTLET_NOUNS = word_set("newspaper website magazine tabloid broadsheet broadcaster")

# Pulses cooked split as "dal" (a dish's name, not a party's): "Moong Dal", "Chana Dal", "Masoor Dal".
_PULSES = word_set("moong mung chana urad toor tur arhar masoor moth panchmel lentil yellow")


def _named_event_before_its_noun(tokens: list[Token], position: int, last: int) -> bool:
    """'Sun's quarterly Network Computing event': words whose last is no body's or place's head right before a
    lower-case noun of a gathering are that gathering's name ("the Tarnby Council conference" keeps its council)."""
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    return (
        after is not None
        and tokens[last].joined
        and after.text in _EVENT_NOUNS
        and not has_body_word(tokens, last, last)
        and not any(tokens[k].text.isupper() and len(tokens[k].text) > 1 for k in range(position, last + 1))
        and not any(tokens[k].folded in PLACE_HEADS for k in range(position, last + 1))
    )


_RENAMED = word_set("renamed rechristened")
_VESSEL_NOUNS = word_set("vessel vessels ship ships ferry ferries boat boats tanker tankers yacht freighter")


def _vessel_renamed(doc: ActorDocument, position: int) -> bool:
    """A name right after "renamed" in a sentence about a vessel is the vessel's new name, whatever its words
    ("renamed Isle of Quellby": a ferry, no island)."""
    tokens = doc.tokens
    if position == 0 or tokens[position - 1].folded not in _RENAMED or not tokens[position - 1].joined:
        return False
    start = max(doc.text.rfind(stop, 0, tokens[position].start) for stop in (". ", "\n")) + 1
    return any(word in _VESSEL_NOUNS for word in re.findall(r"[a-z]+", doc.text[start : tokens[position].start]))


# Nouns of a body that runs venues, before the venue's head ("Varn Alliance Digital Cinema"); not a court's or a
# crown's word ("Royal Court Theatre" is the theatre).
_VENUE_RUNNERS = word_set("alliance trust association society company group partnership cooperative foundation")


def _state_follows(doc: ActorDocument, last: int) -> bool:
    k = last + 1
    if k >= len(doc.tokens) or not doc.tokens[last].joined:
        return False
    place = doc.gazetteer.lookup((doc.tokens[k].folded,))
    return place is not None and place.kind == "state"


_PRIZE_NOUNS = word_set("prize prizes award awards")


def _named_prize_before_its_noun(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> bool:
    """'the Quellwood painting prize', 'the Tarnhill award': a name before a lower-case "prize" or "award" (one
    lower-case word of its art between) is the prize's; not a body's or a place's name, nor letters ("the BBC
    award" is the BBC's)."""
    tokens = doc.tokens
    k = last + 1
    if (
        k < len(tokens)
        and tokens[k].text.isalpha()
        and tokens[k].text.islower()
        and tokens[k].folded not in _PRIZE_NOUNS
    ):
        k += 1  # "painting", "poetry", "book"
    if k >= len(tokens) or tokens[k].text not in _PRIZE_NOUNS or not all(tokens[j].joined for j in range(last, k)):
        return False
    return (
        not has_body_word(tokens, position, last)
        and not any(tokens[j].text.isupper() for j in range(position, last + 1))
        and doc.gazetteer.lookup(words) is None
        and not (last > position and is_given_name(words[0]))  # "the Ilse Varn award": named after a person
    )


# The noun "port" qualifies after a sea's or a land's name: "the Red Sea port city of Hodeidah".
_CITY_AFTER_PORT = re.compile(r" (?:city|cities|town|towns)\b")


# The questions, in the order they are asked; the first that answers decides.
_QUESTIONS: tuple[Callable[[NameQuestion], Candidate | Undecided | None], ...] = (
    _shape_and_form,
    _page_parts_and_landmarks,
    _things_sides_and_firms,
    _known_places,
    _letters_appositions_and_speakers,
    _known_bodies_and_named_sites,
    _word_after,
    _heads_of_two_words_and_local_bodies,
    _head_words,
    _routes_outlets_and_body_words,
    _letters_and_ordinary_words,
    _persons_and_firms_by_their_phrase,
    _persons_towns_and_employers,
    _word_before,
    _context_and_towns_again,
)


# Particles that open Italian, Portuguese, Spanish and French family names: "Da Silva", "Di Maio", "Le Pen".
_ROMANCE_PARTICLES = word_set("da di del dos du la le")


def _land_of_an_edition(doc: ActorDocument, edition: tuple[str, ...]) -> bool:
    """A land an outlet's edition serves: any place in one word, a state or a nation in two ("Northern Ireland",
    not a city's "New York")."""
    place = doc.gazetteer.lookup(edition)
    return place is not None and (len(edition) == 1 or place.kind == "state" or place.country is None)


def outlet_edition(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> Candidate | None:
    """'Al Jazeera English', 'CNN International', 'BBC World Service': an outlet known by name, then its
    edition's or its service's words, is one outlet, whole."""
    outlet = _outlet_opening(words)
    edition = words[outlet:]
    if not outlet or not 1 <= len(edition) <= 2:
        return None
    if not all(word in OUTLET_EDITIONS or doc.gazetteer.country_of_demonym(word) for word in edition) and not (
        _land_of_an_edition(doc, edition)  # "BBC Scotland", "BBC Northern Ireland"
    ):
        return None  # (a people's word is the edition's language: "BBC Burmese"; a land its region: "BBC Scotland")
    tokens = doc.tokens
    name = doc.text[tokens[position].start : tokens[last].end]
    how = f"an outlet's edition of '{' '.join(tokens[k].text for k in range(position, position + outlet))}'"
    return Candidate(position, last, name, ActorKind.media, how, 0.75)


def outlet_and_its_edition(doc: ActorDocument, first: int, last: int, words: tuple[str, ...]) -> list[Candidate]:
    """'BBC Russian' of "told the BBC Russian service": the edition, whole (news pages cite the edition, not the
    outlet it belongs to); 'BBC Arab' of "BBC Arab affairs editor": the outlet alone, the people's word its
    editor's beat. Empty when the run opens with no outlet's name or goes on past an edition's words."""
    outlet = _outlet_opening(words)
    if not outlet or len(words) == outlet:
        return []
    tokens = doc.tokens
    if (
        last + 1 < len(tokens)
        and tokens[last].joined
        and tokens[last + 1].text == "affairs"
        and len(words) == outlet + 1
    ):
        own_name = doc.text[tokens[first].start : tokens[first + outlet - 1].end]
        return [Candidate(first, first + outlet - 1, own_name, ActorKind.media, "a news outlet's name", 0.8)]
    edition = outlet_edition(doc, first, last, words)
    return [edition] if edition is not None else []


def _outlet_opening(words: tuple[str, ...]) -> int:
    """How many of the first words spell an outlet known by name ("BBC", "Al Jazeera"), or 0. Letters of two
    ("AP") are left out: they open too many other names ("AP Moller")."""
    if len(words[0]) > 2 and words[0] in KNOWN_MEDIA:
        return 1
    if len(words) > 1 and words[0] in EDITION_MASTHEADS:
        return 1  # "Guardian Australia": the masthead's edition for a land
    return 2 if len(words) > 2 and words[0] + words[1] in KNOWN_MEDIA else 0


# What peace is made by, after "peace" in lower case: "the Varnak peace process", "the Tarnok peace talks".
# "coast guard", "coastguards": the service, whose lower-case "coast" says nothing of a shore
_GUARDS = word_set("guard guards guardsmen")


# A site in lower case after the name of the place it stands at, which is called by that name alone too:
# "the Tarnok camp", "the Varn crossing", "Kessel airport", "the Oskel base" (not "hospital": it may be named for
# a person).
_SITES_NAMED_FOR_THEIR_PLACE = word_set("camp crossing airport airfield checkpoint prison jail base airbase port")

# Roles only a firm plays for another, before a comma and the firm's name: "its auditor, Grant Thornton,".
_ROLES_ONLY_FIRMS_PLAY = word_set(
    "auditor auditors bankers lender lenders insurer insurers underwriters lessor lessors"
)


# A firm's staff in the plural, before "from" or "at" and the firm: "auditors from Grant Thornton", "analysts at
# Morgan Stanley" (one works at a firm, not at a person).
_FIRMS_STAFF = word_set(
    "auditors accountants analysts economists strategists consultants lawyers solicitors bankers actuaries "
    "administrators liquidators"
)


def _letters_in_mixed_case(q: NameQuestion) -> bool:
    """Whether the name's last word is in capitals among words in lower case around the name ("(DG ECHO) and"),
    so it is letters, not the word it spells; not in a heading in capitals ("LIVERPOOL ECHO REPORTS")."""
    tokens, position, last = q.doc.tokens, q.position, q.last
    if not tokens[last].text.isupper() or len(tokens[last].text) < 3:
        return False
    around = [tokens[k].text for k in (position - 1, last + 1) if 0 <= k < len(tokens)]
    return any(any(c.islower() for c in word) for word in around)


def _firm_in_a_firms_role(doc: ActorDocument, position: int, last: int) -> bool:
    """'Its auditor, Grant Thornton, flagged ...': a role only a firm plays after "its" or "their", a comma, the
    name and a comma after it (an apposition, not the start of a list); a firm's staff "from" or "at" it
    ("auditors from Grant Thornton found"), where no town the gazetteer knows stands."""
    tokens, text = doc.tokens, doc.text
    if (
        position >= 2
        and tokens[position - 1].folded in ("from", "at")
        and tokens[position - 2].folded in _FIRMS_STAFF
        and tokens[position - 2].text.islower()
        and tokens[position - 2].joined
        and tokens[position - 1].joined
    ):
        return doc.gazetteer.lookup(tuple(t.folded for t in tokens[position : last + 1])) is None
    return (
        position >= 2
        and tokens[position - 1].folded in _ROLES_ONLY_FIRMS_PLAY
        and tokens[position - 2].folded in ("its", "their")
        and text[tokens[position - 1].end : tokens[position].start] == ", "
        and text[tokens[last].end : tokens[last].end + 1] == ","
    )


# Lower-case words after an acronym that say what its body runs or watches, no place: "SDF detention",
# "the EU election observation mission".
_RUN_BY_A_BODY = word_set("detention election elections")
# Nouns of a land or a settlement that a people's "-ish" adjective comes before: "the Kurdish town of ..."
_ISH_BEFORE = word_set("coast town towns city cities village villages region regions")
# Houses a vote fills, named before "election": "the Scottish Parliament election", "the Welsh Assembly elections";
# India's houses and other parliaments by their own word: "the Lok Sabha elections", "the Duma election".
_ELECTED_HOUSES = word_set(
    "parliament assembly senedd senate congress legislature council sabha duma knesset rada majlis sejm bundestag"
)

# A paper a body puts out, after the body's acronym: "the ASEAN Outlook", "the AU Charter", "the EU Strategy".
_PAPERS_OF_A_BODY = DOCUMENT_HEADS | word_set("outlook vision agenda")


# A process's noun, a word of the dictionary: "Normalisation", "Stabilisation", "Delimitation" (long enough
# not to be a name's own word: "Nation", "Station", "Aviation").
_PROCESS_ENDINGS = ("isation", "ization", "ation")
_DICTIONARY_WORD = 2.0
_SHORTEST_PROCESS_NOUN = 9


def _process_noun(word: str) -> bool:
    return len(word) >= _SHORTEST_PROCESS_NOUN and word.endswith(_PROCESS_ENDINGS) and zipf(word) >= _DICTIONARY_WORD


def _standing_alone(doc: ActorDocument, position: int) -> bool:
    """Whether the name at `position` opens its line, its sentence or a link between separators ("· Terms")."""
    before = doc.text[: doc.tokens[position].start].rstrip(" \t")
    return position in doc.sentence_first or before[-1:] in ("", "\n", "·", "|", "•")


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


# "National" in French, Spanish, Portuguese and Italian, after a state's body's noun: "Marine Nationale".
_NATIONAL_IN_ROMANCE_TONGUES = word_set("nationale nacional nazionale")
# Their nouns for a navy, an army, a guard (words are compared without accents: "armee" is "Armée").
_ARMED_WORDS_IN_ROMANCE_TONGUES = word_set("marine armee armada ejercito exercito esercito guardia garde guarda")


# What a firm owns that is a firm of its own, named before the noun: "its Warmwell subsidiary".
_PARTS_OF_A_FIRM = word_set("subsidiary subsidiaries unit division arm brand")
# "and more than 20 other companies", "and two other lenders": the name counted among firms of a trade.
_OTHER_FIRMS_AFTER = re.compile(
    r",? and (?:more than |about |some |nearly |almost |over |at least )?(?:\d+|two|three|four|five|six|seven|eight"
    r"|nine|ten|a dozen|dozens of|several|many) other (?:companies|firms|suppliers|banks|lenders|insurers|retailers"
    r"|airlines|brands|chains|operators|businesses|start-ups|startups|fintechs|carmakers|chipmakers|miners)\b"
)


_SHIRE = "shire"


# Words before a heritage listing's grade: "Grade II", "Category B".
_GRADE_WORDS = word_set("grade category")
_WEB_NAME = re.compile(r"[A-Z][A-Za-z]+\.(?:UK|uk|com|org|net|io|co)")


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


# The word that opens an Irish county's name: "Co Kerry", "County Mayo" (not "County Hall", "County Council").
_COUNTY_FIRST = frozenset(("Co", "County"))


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


_PLAIN_OPENER_ZIPF = 4.0


# Adjectives of time or rank that open a heading, not a firm's name, before a firm's trade word.
_HEADING_ADJECTIVES = word_set("latest recent further upcoming current key other")
# Words before "Games" that name a meeting of sportsmen, no studio or publisher of games: "Commonwealth Games",
# "the Highland Games", "the Island Games", "the Invictus Games", "the Pan American Games", "the Special Olympics
# World Games" (a people's word too: "the Asian Games", "the Arab Games").
_SPORTING_MEETINGS = word_set(
    "olympic olympics paralympic paralympics commonwealth highland island islands world invictus special youth winter "
    "summer mediterranean pacific goodwill masters universiade deaflympics gay pan national community police fire "
    "transplant school schools student students university universities military asian european african american "
    "arab caribbean nordic baltic balkan "
    # a kind of game, the heading of a shop's shelf or a page's section: "Video Games", "Board Games"
    "video computer board card"
)


def _sporting_meeting(doc: ActorDocument, words: tuple[str, ...], previous: str) -> bool:
    """Whether '... Games' names a meeting of sportsmen: after "the" ("the Ardwen Games"; a studio goes without it:
    "the third game from Harbourlight Games"), or a meeting's word or a people's word before it."""
    return previous == "the" or any(
        w in _SPORTING_MEETINGS or doc.gazetteer.country_of_demonym(w) is not None for w in words[:-1]
    )


# A firm or a team one drives, works or signs for, right before its name of three words or more.
_FIRM_PREPOSITIONS = word_set("for with joined")


_PHRASE_HEADS = word_set("row steps walk range")  # "Death Row", "First Steps", "Long Walk", "Free Range"
_PHRASE_ROW = 5.0  # Zipf of a word so common that it and "Row" make a phrase ("death", "front")
_DOWNS = word_set("down downs")
_DOWNLAND_NAME = 3.6  # Zipf under which the word before "Down" names downland ("Porton", "Salisbury", not "upside")


_MAKER_PREPOSITIONS = word_set("with by from")


def _second_place_near(tokens: list[Token], position: int) -> bool:
    """'near Robotyne and Mala Tokmachka': a name after "near", one word and "and" lies near as well."""
    return (
        position >= 3
        and tokens[position - 1].folded == "and"
        and tokens[position - 2].capitalised
        and not is_given_name(tokens[position - 2].folded)  # "seated near Tom and Mary Quellan"
        and tokens[position - 3].folded == "near"
        and all(tokens[k].joined for k in range(position - 3, position))
    )


# Where a place is said to lie, before its name and "in": "at Ripponlea in ...", "near Oskel in ...".
_PLACE_PREPOSITIONS_BEFORE_IN = frozenset(("at", "near", "outside", "from"))


def _larger_place_after_in(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> bool:
    """'at Ripponlea in Glen Eira': after a one-word place and "in", the name is the place holding it (a person
    stood somewhere is named with a family name the lists know: "at Tarnby in Ann Whitlow's car" has its "'s")."""
    tokens = doc.tokens
    return (
        position >= 3
        and tokens[position - 1].folded == "in"
        and tokens[position - 2].capitalised
        and not is_given_name(tokens[position - 2].folded)
        and tokens[position - 3].folded in _PLACE_PREPOSITIONS_BEFORE_IN
        and all(tokens[k].joined for k in range(position - 3, position))
        and not any(is_surname(word) for word in words[1:])
        and doc.text[tokens[last].end : tokens[last].end + 2] not in ("'s", "’s")
    )


# People who speak for a place, before "in" and its name: "police in Tarrowby said", "officials in X told".
_SPEAKERS_IN_A_PLACE = word_set(
    "police officials authorities officers deputies detectives prosecutors investigators firefighters residents"
)


_KIN_GROUPS = frozenset(("tribe", "tribes", "clan", "clans"))


# A tie to someone before "to": "loyal to", "allied to", "close to", "married to", "according to".
_TIES_BEFORE_TO = frozenset(("loyal", "allied", "close", "closer", "linked", "married", "related", "according"))


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
    if forced.text.islower() and _FORCED_ACT.search(forced.folded):
        return True  # "Wildfire forces evacuations", "Storm forces closure": what the verb makes happen
    return forced.folded in _FORCED_ONES and forced.joined and tokens[verb + 2].folded == "to"


# French words in lower case that go on with a body's name after its head word ("Coalition nationale du ...",
# "Alliance pour la ...").
_FRENCH_NAME_GOES_ON = word_set("nationale national populaire démocratique patriotique pour du des de")


# Soldiers named by whose they are ("Naval forces", "Coalition troops"), where "fighters" or "militants" after a
# name say which group they fight for ("Wagner fighters").
_WHOSE_FORCES = word_set("forces troops")


# What an event forces, in a headline: an act's noun ("evacuations", "closure", "postponement"), never a verb that
# forces do ("Varnian forces retreat").
_FORCED_ACT = re.compile(r"(?:tions?|sures?|ments?)$")


# The last word of a feast's name before "party": "New Year", "Boxing Day", "Burns Night".
_FEAST_ENDS = word_set("year day eve night")


def _group_opens_sentence(doc: ActorDocument, word: str, after: str) -> bool:
    """'Hezbollah fighters crossed...', 'Tremmin province was...': a rare word opening a sentence
    before a noun that says what it names is that name, not an ordinary word."""
    cue = NEXT_WORD.get(after)
    if cue is None or cue.kind is ActorKind.person or word in doc.lower_case:
        return False
    if cue.kind is ActorKind.state and word.endswith(("ing", "ed")):
        return False  # "Nudging people toward...": a verb, then the people it moves
    return zipf(word) < WORD_ALONE and not verb_form(word) and not word.endswith(_TERM_SUFFIXES)


def _town_and_trade_first(doc: ActorDocument, words: tuple[str, ...]) -> bool:
    """A town the gazetteer knows, then a common word that is no one's name, then another common word:
    "Welshpool Livestock Sales" (not "Toyota Land Cruisers", a make and its model)."""
    middle = words[1]
    if is_given_name(middle) or is_surname(middle) or zipf(middle) < WORD_ALONE or zipf(words[-1]) < WORD_ALONE:
        return False
    town = doc.gazetteer.lookup(words[:1])
    return town is not None and town.kind == "place"


def _paired_with_a_body(doc: ActorDocument, word: str, last: int) -> bool:
    """'Loganair and Eastern Airways both flew from here': a rare word opening a sentence, joined by "and" to a
    body's name (its head word within a few capitalised words), is a body of the same sort, no ordinary word."""
    tokens = doc.tokens
    if (
        zipf(word) >= WORD_ALONE
        or word in doc.lower_case
        or last + 2 >= len(tokens)
        or tokens[last + 1].folded != "and"
    ):
        return False
    k = last + 2
    while k < len(tokens) and k <= last + 5 and cased(tokens[k]):
        cue = NAME_WORD.get(tokens[k].folded) or HEAD_WORD.get(tokens[k].folded)
        if cue is not None and cue.kind is ActorKind.organization:
            return True
        k += 1
    return False


# Words for a kind of place that open places' names in the Philippines, Malaysia and Indonesia (`cues.FIRST_WORD`):
# alone, a common noun of their English ("the barangay council", "Barangay kagawad ...").
# A state's or a land's form, capitalised after "the", stands for the one the text is about: "across the Kingdom"
# (Jordan, Saudi Arabia), "the Emirate", "aid entered the Strip" (Gaza).
_LAND_BY_ITS_FORM = word_set("kingdom emirate sultanate principality strip")


_ELLIPSES = ("...", "\u2026")
_WORDS_OF_A_CUT_SENTENCE = 6


def _word_cut_by_the_pages_end(doc: ActorDocument, position: int, word: str) -> bool:
    """Whether the text's last word, with nothing after it, no capitals' letters, and no word, name or place the
    lists know, is a word cut off where a stored page or a teaser ends ("... known as Everybod")."""
    token = doc.tokens[position]
    if token.text.isupper():
        return False
    if not doc.text.startswith(_ELLIPSES, token.end) and (
        position != len(doc.tokens) - 1 or doc.text[token.end :].strip()
    ):
        return False  # (a teaser cut off mid-word ends in an ellipsis: "a gang known as Everybod...")
    line = doc.text[doc.text.rfind("\n", 0, token.start) + 1 : token.start]
    if len(line.split()) < _WORDS_OF_A_CUT_SENTENCE:
        return False  # "See also / Battle of Takrouna": a short line, a title in a list, is whole
    return (
        zipf(word) == 0 and not is_given_name(word) and not is_surname(word) and doc.gazetteer.lookup((word,)) is None
    )


# A ruler's style that is a given name too ("Amir Khan"), after "the": the ruler, no one of that name.
_RULERS_STYLES = word_set("amir")
_PLACE_NOUNS_ABROAD = word_set("barangay brgy sitio purok kampung kampong sungai taman jalan lorong pulau")
# Places' words written short (`cues.FIRST_WORD`), read so only with their stop.
_SHORT_PLACE_WORDS = word_set("mt ft sta sto brgy")


# An electoral area's word after the place it is named for: "the Elbląg constituency", "the Tarnby ward".
_ELECTORAL_AREAS = word_set("constituency electorate riding ward")


FORCE_WITH_ITS_OPERATION = "a force's letters, then its operation"


# Phrases before a store's name that a person's name never takes: "sold at John Lewis" (not "sold by",
# "available from": "tickets available from Jean Hirst" names who sells them).
_SHOP_NOUNS = word_set("stores shops outlets branches supermarkets")


_LOWER_TAIL = re.compile(r"[-‐][a-z]+\b")


# A size with its unit right before an acronym, in a device's specs: "6.7in OLED", "120Hz LTPO", "50MP RAW".
_MEASURE_BEFORE = re.compile(r"\d(?:[.,]\d+)?(?:in|inch|\"|″|mm|cm|hz|khz|ghz|gb|tb|mp|mah)[ \t]$", re.IGNORECASE)


# An age right before a name: "13-year-old Elowen Coldrick", "the 82 year old Tobias Wren".
_AGE_BEFORE = re.compile(r"\b\d{1,3}[-‐ ]years?[-‐ ]old[ \t]+$")


_HOSPITAL_HEADS = word_set("hospital infirmary hospice clinic")
_TOLD = word_set("told tells telling")
_RARE_AFTER_ACRONYM = 3.5  # Zipf: words after an acronym this rare name a mission, not a product ("NHS Digital")


# Nouns of measure before a scale's name: "2 degrees Celsius", "300 degrees Kelvin".
_UNIT_NOUNS = word_set("degree degrees")


_CALL_VERBS = word_set("call contact ring phone")


_VERBS_IN_TITLES = frozenset(("Be", "Is", "Are", "Was", "Were", "Am", "Do", "Does", "Did"))


# A competition's pool named by a letter ("Group C", "Pool B"): "group" is no firm's head there.
_POOL_WORDS = word_set("group pool")


# Nouns of a settlement that name the place after "of": "the town of Hill Top", "the village of Tarn Cross".
_SETTLEMENT_NOUNS = frozenset(
    ("town", "village", "city", "suburb", "hamlet", "township", "settlement", "municipality", "townland")
)


def _settlement_named(doc: ActorDocument, position: int, last: int) -> bool:
    """'towards the town of Hill Top': a settlement's noun and "of" right before the name name a place, whatever
    firm a stock index lists by the same words."""
    tokens = doc.tokens
    return (
        position >= 2
        and tokens[position - 1].folded == "of"
        and tokens[position - 2].folded in _SETTLEMENT_NOUNS
        and tokens[position - 2].text.islower()
    )


# Parts of a document named by a number: "Table III", "Exhibit IV", "Annex 2", "Figure 3b".
_DOCUMENT_PARTS = word_set("table figure exhibit annex appendix schedule chapter section attachment")
_PART_NUMBER = re.compile(r"(?:[IVXL]{1,6}|\d{1,3}[a-z]?|[A-Z]\d{0,2})")
# A label's colon, then a link: "FB: https://...", "IG: www...".
_LINK_LABEL = re.compile(r":[ \t]*(?:https?://|www\.)")


def _no_place_or_persons_name(doc: ActorDocument, words: tuple[str, ...]) -> bool:
    """Whether a name is neither a place the gazetteer knows nor opened by a given name or closed by a family name:
    what a buyer's, a shop's or a seller's cue may then call a firm."""
    return doc.gazetteer.lookup(words) is None and not is_given_name(words[0]) and not is_surname(words[-1])
