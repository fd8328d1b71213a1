"""Where a name begins and ends in a run of words.

The glue inside names ("Ministry of Defence", "Food and Agriculture Organization", "People's
Protection Units", "Abu Bakr al-Baghdadi"), an acronym in brackets that spells the name out,
and the edges: an Arabic article or an ordinal before it, a word no name ends with after it.

`run_end` walks the run; how a name goes on through "and", an acronym, a possessive, a number, a dash or a
state it serves is asked of `and_in_names`, `acronym_bounds`, `possessive_bounds`, `numbered_names`,
`dashed_names` and `served_states`, over the small tests of `bound_words`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from dossier.ingest.acronym_bounds import (
    acronym_spells_past_and,
    acronyms_plural,
    branch_spelled_by_acronym,
    fields_spelled_by_acronym,
    places_listed_before_a_bodys_words,
    regions_listed_before_acronym,
    spelled_out_before_acronym,
    spelled_through_in,
)
from dossier.ingest.actor_document import ActorDocument, cased, found_on_line_before
from dossier.ingest.and_in_names import (
    REMIT_GLUE,
    VERB_ZIPF,
    WORKS_PLACES,
    adjective_head_opens,
    after_list_comma,
    and_before_head,
    causes_and_party_end,
    collections_joined,
    couple_named_body_end,
    crown_body_end,
    duty_after_and,
    fields_before_a_land,
    group_named_by_a_pair_end,
    inn_of_two_words,
    joint_waterway_end,
    listed_qualities_end,
    owners_plain_word_before_and,
    paired_art,
    partners_names_end,
    place_named_with_and,
    remit_and_end,
    remit_list_end,
    remit_or_end,
    rescue_after_and,
    school_by_its_stage_before,
    school_of_two_arts,
    seat_joined_by_and,
    seat_of_two_places,
    second_of_and,
    second_trade,
    shared_head_end,
    state_body_of_two_fields,
    state_named_with_and,
    trade_word_before_and,
    trades_list_end,
    where_aims_apply,
)
from dossier.ingest.bound_words import (
    FORCE_HEADS,
    SEAT_LETTERS,
    TRADE_MEMBERS,
    ends_run,
    has_body_word,
    holder_after,
    hyphened_word,
    names_a_body,
    names_a_place,
    remit_head_ends_run,
    team_head,
)
from dossier.ingest.common_words import COMMON, zipf
from dossier.ingest.cues import (
    AIM_OPENERS,
    ARABIC_BODY_OPENERS,
    COMPANY_HEADS,
    EPITHETS,
    EVENT_HEADS,
    FAMILY_NAME_HEADS,
    FIELD_GERUNDS,
    FOREIGN_BODY_WORDS,
    FUNCTION_WORDS,
    HEAD_FIRST_BODIES,
    HEAD_WORD,
    HOLIDAYS,
    MONTHS_AND_DAYS,
    NAME_GLUE,
    NAME_PARTICLES,
    NAME_WORD,
    NEXT_WORD,
    STATE_FORMS,
    STOPPED_TITLES,
    STREET_HEADS,
    SURVEYING_SCIENCES,
    TITLE_OPENERS,
    TITLE_PARTS,
    TITLES,
    TRADES_AFTER_FOR,
)
from dossier.ingest.dashed_names import (
    dash_before_arm,
    dash_before_branch,
    dash_before_operation,
    dash_before_region,
    dash_before_theatre,
    hull_number_before_group,
    seat_joined_by_dashes,
)
from dossier.ingest.family_firms_of_towns import family_firm_of_a_town
from dossier.ingest.firm_sales import bare_ticker_after, firm_pair_before_listing_code
from dossier.ingest.gazetteer import Gazetteer
from dossier.ingest.grouping import Candidate
from dossier.ingest.mentions import Token
from dossier.ingest.military_names import leader_of_a_force
from dossier.ingest.name_words import (
    ADJECTIVE_SUFFIXES,
    ARABIC_ARTICLES,
    AREA_HEADS,
    COMPASS,
    LETTER_NUMBER,
    PLACE_HEADS,
    grade_after_rank,
    is_title,
    region_form,
    two_compass_points,
)
from dossier.ingest.names import is_given_name, is_surname, word_set
from dossier.ingest.not_names import is_junk_word, verb_form
from dossier.ingest.numbered_names import DATED_HEADS
from dossier.ingest.party_names import leader_of_a_party
from dossier.ingest.peoples import is_people
from dossier.ingest.person_names import given_name_possessive, hyphened_given_name, hyphened_given_name_first
from dossier.ingest.place_evidence import elided_name
from dossier.ingest.possessive_bounds import (
    CLOSING_HEADS,
    body_before_a_formal_state,
    common_possessor,
    crown_bench,
    members_possessive_in_body,
    office_of_a_post,
    possessive_after_a_group_noun,
    possessive_in_place_name,
    possessive_inside_name,
    trades_men_plural,
)
from dossier.ingest.questions import ASK_ON, Undecided
from dossier.ingest.romance_names import romance_of_joins
from dossier.ingest.run_stops import (
    STYLES_OF_ADDRESS,
    case_turns_after,
    link_label_after,
    member_after_party,
    people_after_a_place,
    person_after_a_town,
    stamp_after,
)
from dossier.ingest.saint_names import SAINTS_TITLES
from dossier.ingest.served_states import (
    aim_in_region,
    cause_in_a_land,
    franchise_end,
    mission_in_a_landform,
    state_examined,
    state_served,
    state_written_with_the,
    topic_in_state,
)
from dossier.model import ActorKind

_JOINERS_AFTER = word_set("university bank house department secretary minister ministry chief head cape isle")
# "the Campaign for Real Ale", "Campaign for Better Transport": a body named for what it wants.
_JOINERS_AFTER |= word_set("campaign")
# "the Line of Contact", "the Line of Control": a ceasefire line named for what it divides or holds.
_JOINERS_AFTER |= word_set("line")
# Port and airport operators by the plural that opens their names: "Ports of Jersey", "Airports of Tarnland".
_JOINERS_AFTER |= word_set("ports airports")
# A state's rail operator by the plural that ends its first words: "National Railways of Zimbabwe".
_JOINERS_AFTER |= word_set("railways")
# People named by what they do, who found a body for an aim: "Volunteers for the Defence of the Homeland",
# "Physicians for Human Rights", "Mothers for Peace", "Students for Fair Admissions" (not "lawyers for": who act
# for a client; nor "workers for", "residents for").
MEMBERS_FOR_AN_AIM = word_set(
    "volunteers defenders physicians doctors mothers veterans scientists parents journalists "
    "students women citizens grandparents families nurses teachers artists musicians"
)


# Small words written between hyphens inside one name: French and Haitian places ("Port-au-Prince",
# "Croix-des-Bouquets", "Saint-Jean-de-Luz", "Indre-et-Loire"), Urdu and Persian names ("Tehrik-i-Taliban",
# "Lashkar-e-Taiba"), Arabic ones ("Ahl-ul-Bayt"), English towns ("Stratford-upon-Avon",
# "Newcastle-under-Lyme", "Barrow-in-Furness", "Weston-super-Mare", "Stow-on-the-Wold"), Māori places and
# meeting houses ("Te Poho-o-Rawiri", "Te Whare-o-Rongo": "o", of), Welsh places and farms ("Betws-y-Coed",
# "Pen-y-Bont", "Llanrhaeadr-ym-Mochnant", "Ystradgynlais-yr-Allt", "Betws-yn-Rhos", "Llanfihangel-ar-Arth"),
# and brands coined the same way ("Tarn-a-Vent", "Quell-to-Peak").
HYPHENED_PARTICLES = (
    frozenset(("au", "aux", "et", "des", "de", "du", "la", "le", "les", "sur", "en", "lès", "i", "e", "ul", "o"))
    | frozenset(("ur", "ud", "us", "un"))  # "Fazl-ur-Rehman", "Zia-ud-Din": Urdu and Arabic names joined by article
    | frozenset(("on", "upon", "under", "in", "by", "super", "next", "cum", "the"))
    | frozenset(("y", "yr", "ym", "yn", "ar"))
    | frozenset(("a", "to"))
)


_GIVEN_NAME_ZIPF = 3.5  # "Rhodri" (2.2) may be a first name the lists lack; "Middle", "Far" may not


def _members_for_an_aim(tokens: list[Token], first: int, last: int) -> bool:
    """The run so far is one plural of people joined for an aim ("Volunteers", "The Physicians")."""
    opening = first + (tokens[first].folded == "the" and first < last)
    return opening == last and tokens[last].folded in MEMBERS_FOR_AN_AIM


# Followers named for what they follow, which opens an armed group's name when capitalised after "the" (as Arabic
# "Ansar", "Jund", "Abna" do): "the Supporters of the Valley Brigade", "the Soldiers of the Caliphate".
_FOLLOWERS_OF_A_CAUSE = word_set(
    "supporters partisans guardians soldiers sons defenders followers companions protectors"
    # "the Knights of the Great Sand Brigade", "the Martyrs of the Varn Brigade", "the Lions of the Caliphate"
    " knights martyrs lions"
)


def _followers_of_a_cause(tokens: list[Token], first: int, last: int) -> bool:
    """The run so far is one capitalised plural of followers after "the" ("the Supporters"), not a sentence's
    opening word ("Supporters of the Varn Brigade gathered" are its supporters)."""
    opening = first + (tokens[first].folded == "the" and first < last)
    after_the = opening > first or (first > 0 and tokens[first - 1].text == "the" and tokens[first - 1].joined)
    return opening == last and after_the and tokens[last].folded in _FOLLOWERS_OF_A_CAUSE


def _model_after(tokens: list[Token], k: int) -> bool:
    """'a deal with Quellmoor Systems for Type 26 frigates': one capitalised word and a number after "for" are
    a model's designation that the firm supplies, no part of a body's name ("Council for Type 1 Diabetes"
    names a field, with a word after the number)."""
    return (
        k + 1 < len(tokens)
        and tokens[k].joined
        and tokens[k + 1].text[:1].isdigit()
        and (k + 2 >= len(tokens) or not tokens[k + 1].joined or not tokens[k + 2].text[:1].isupper())
    )


def _trade_members_of_a_state(tokens: list[Token], first: int, last: int, gazetteer: Gazetteer) -> bool:
    """The run is two words or more ending in a trade's plural, and "of" then names a state."""
    opening = first + (tokens[first].folded == "the" and first < last)
    return last > opening and tokens[last].folded in TRADE_MEMBERS and _state_at(tokens, last + 2, gazetteer)


def _title_then_holder(tokens: list[Token], first: int, last: int) -> bool:
    """'District Attorney Ilse Varn of the Narcotics Bureau': the run ends with a post and its holder's given
    and family names, so "of" opens the body the holder serves, not more of one name."""
    for k in range(max(first, last - 3), last - 1):
        holder = tokens[k + 1 : last + 1]
        if (
            tokens[k].folded in TITLES
            and (is_given_name(holder[0].folded) or zipf(holder[0].folded) < _GIVEN_NAME_ZIPF)
            and not any(t.folded in TITLES or t.folded in NAME_WORD for t in holder)
        ):
            return True
    return False


_BODY_REACH = 6  # words after "of the" where a body's word shows the body a person serves


def _given_name_and_head_then_body(tokens: list[Token], first: int, last: int) -> bool:
    """'inspector Ken Castle of the Heritage Railway Association': a given name and a family name that is also a
    building's word ("Castle", "Hall"), then "of the" and a body: the person, then the body serving as his post's
    remit, not one name ("Windsor Castle of the ..." opens with no given name)."""
    if last != first + 1 or not is_given_name(tokens[first].folded) or tokens[last].folded not in HEAD_WORD:
        return False
    if last + 3 >= len(tokens) or tokens[last + 1].folded != "of" or tokens[last + 2].text != "the":
        return False
    if first > 0 and tokens[first - 1].joined and cased(tokens[first - 1]):
        return False  # "Saint Mary Hall of the ...": the given name is inside a longer name
    for k in range(last + 3, min(len(tokens), last + 3 + _BODY_REACH)):
        if not (cased(tokens[k]) or tokens[k].folded in FUNCTION_WORDS) or not tokens[k - 1].joined:
            return False
        if tokens[k].folded in NAME_WORD:
            return True
    return False


def _known_place_of_words(tokens: list[Token], first: int, last: int, gazetteer: Gazetteer) -> bool:
    """A place of two or more words the gazetteer knows ("South Korea", "New York"), whose last word alone
    may read as a common noun's possessive."""
    if last == first or tokens[first].folded in _SAINTS:
        return False  # "St John's Hospital", "St James's University Hospital": a saint's possessive names a building
    return gazetteer.lookup(tuple(tokens[k].folded for k in range(first, last + 1))) is not None


_SAINTS = frozenset(("st", "saint", "ste"))


def _joint_or_general_staff(tokens: list[Token], first: int, last: int) -> bool:
    return last > first and tokens[last].folded == "staff" and tokens[last - 1].folded in ("joint", "general")


def _general_staff(tokens: list[Token], first: int, last: int) -> bool:
    """Whether the run ends in "General Staff", a force's staff that goes on with "of" and the force, or
    in a chief's staff ("Chief of Staff", "Chief of Naval Staff"): the chief of the force named next."""
    if last <= first or tokens[last].folded != "staff":
        return False
    if tokens[last - 1].folded == "general":
        return True
    k = last - 1
    while k > first and tokens[k].folded in _CHIEFS_STAFF_WORDS:
        k -= 1
    return k > first and tokens[k].folded == "of" and tokens[k - 1].folded == "chief"


# What may stand between "Chief of" and "Staff": "Chief of the Defence Staff", "Chief of Naval Staff".
_CHIEFS_STAFF_WORDS = word_set("the general naval air defence defense joint")


def _family_name_head(doc_text: str, tokens: list[Token], first: int, k: int) -> bool:
    """'Professor Rhodri East', 'Dr Lowri West': a family name that is also a place's head word,
    after a given name (or a rare word after a title), does not make '... of the University' one name."""
    family = tokens[k].folded in FAMILY_NAME_HEADS or (is_surname(tokens[k].folded) and tokens[k].folded in HEAD_WORD)
    if k - 1 < first or not family:
        return False
    before = tokens[k - 1].folded
    if is_given_name(before):
        return True
    if k - 2 >= first and doc_text[tokens[k - 1].end : tokens[k].start] == "-" and zipf(before) < _GIVEN_NAME_ZIPF:
        return True  # "Haruka Lindgren-Moss": the second half of a double-barrelled family name
    return zipf(before) < _GIVEN_NAME_ZIPF and any(tokens[j].folded in TITLES for j in range(first, k - 1))


def _secretary_of_state(tokens: list[Token], first: int, last: int) -> bool:
    """'Assistant Secretary of State' before "for" and a remit: the title goes on ("... for African Affairs")."""
    return (
        last - first >= 2
        and tokens[last].folded == "state"
        and tokens[last - 1].folded == "of"
        and tokens[last - 2].folded in TITLES
    )


_POST_HEADS = word_set("minister secretary")


def _second_post_after(
    tokens: list[Token], first: int, last: int, covered: list[bool], gazetteer: Gazetteer | None = None
) -> bool:
    """'Deputy Prime Minister and Minister for Defence': a post in title words alone (after a people's
    adjective: "Jordanian Deputy Prime Minister and ..."), "and", then a second post opened by the same
    kind of head with its remit, held by one person."""
    second = last + 2
    if gazetteer is not None and first < last and gazetteer.country_of_demonym(tokens[first].folded) is not None:
        first += 1
    return (
        tokens[last].folded in _POST_HEADS
        and all(is_title(tokens[k].folded) or tokens[k].folded == "the" for k in range(first, last + 1))
        and second + 1 < len(tokens)
        and not covered[second]
        and tokens[second].folded in _POST_HEADS
        and cased(tokens[second])
        and tokens[second].joined
        and tokens[second + 1].folded in REMIT_GLUE
    )


# A firm's legal form, the last word of its name: "Rothschild & Co", "Marrowdale Foods Ltd".
_LEGAL_FORMS = word_set("co ltd limited plc inc llp llc gmbh ag nv bv")
# A firm's trade, the last word of its name, which "for" never carries on: "produced by Hedgerow Audio for
# Castlegate Podcasts", "Tarrow Studios for the BBC" (a client follows; "Department for Transport" is a body's
# remit); a carrier's or a games publisher's, before the lands it serves: "hubs run by Tarn Galaxy Games for the UK
# and by Quell Logistics for North America".
_TRADES_BEFORE_A_CLIENT = word_set(
    "studios productions pictures audio foods drinks electric electrical mart motors games logistics freight"
)


# Persian's and Pashto's "of" (the ezafe), hyphened to the word before it in Afghan and Iranian place names:
# "Qal'eh-ye Jom-eh", "Pul-e Khumri", "Kuh-e Baba" (and "Tehrik-i Taliban", Urdu's).
_EZAFE = frozenset(("ye", "e", "i", "yi"))
# ... and a word's own ending, hyphened in the same names: "Jom-eh", "Kal-ah".
_WORD_ENDINGS_HYPHENED = frozenset(("eh", "ah"))


def _ezafe_then_name(doc_text: str, tokens: list[Token], last: int) -> bool:
    """'Qal'eh-ye Jom-eh': the ezafe hyphened to the run's last word, then a space and a capitalised word."""
    if last + 2 >= len(tokens):
        return False
    ezafe, name = tokens[last + 1], tokens[last + 2]
    return (
        ezafe.text in _EZAFE
        and doc_text[tokens[last].end : ezafe.start] in ("-", "‐")
        and doc_text[ezafe.end : name.start] == " "
        and cased(name)
    )


def _hyphened_particle(doc_text: str, tokens: list[Token], last: int) -> int:
    """'Port-au-Prince', 'Stow-on-the-Wold': how many particles (one or two) stand joined by hyphens
    between capitalised words after `last` (0: none)."""
    for count in (1, 2):
        end = last + count + 1  # the capitalised word after the particles
        if end >= len(tokens):
            return 0
        particles = tokens[last + 1 : end]
        if not all(p.folded in HYPHENED_PARTICLES and p.text.islower() for p in particles):
            return 0
        if all(doc_text[tokens[k].end : tokens[k + 1].start] in ("-", "‐") for k in range(last, end)) and cased(
            tokens[end]
        ):
            return count
    return 0


# "for" and "for the" inside bodies' names in Portuguese, Spanish, French and Italian ("Partido
# Liberal para o Progresso", "Comité pour la Paix"); lower case, so the run must have a body's word.
_ROMANCE_FOR = word_set("para pour per por al")  # (Spanish "al", "to the": "Movimiento al Socialismo")
_ROMANCE_ARTICLES = word_set("o a os as el la los las le les il lo")


def _romance_for_end(tokens: list[Token], last: int, covered: list[bool]) -> int | None:
    """The capitalised word after "para o" (and like glue) that goes on a body's name, if any."""
    at = last + 1
    if tokens[at].folded not in _ROMANCE_FOR or tokens[at].text != tokens[at].folded:
        return None
    at += 1
    if at < len(tokens) and tokens[at].folded in _ROMANCE_ARTICLES and tokens[at - 1].joined:
        at += 1
    if at < len(tokens) and tokens[at - 1].joined and cased(tokens[at]) and not covered[at]:
        return at
    return None


# Arabic words for a cape, a hill, a valley, a gate, a well, a spring: "Ras al Hadd", "Jebel al Tarif".
_ARABIC_PLACE_HEADS = word_set("ras jebel jabal jebal wadi bab bir ain khor")
_ARTICLES_WRITTEN_APART = frozenset(("al", "el"))
# ... and as it sounds before z, r, sh, dh, th, as military and UN maps spell it: "Dayr az Zawr", "Ras ar Rumman",
# "Jisr ash Shughur" (no English word; "as", "an" and "at" are, and are left out)
_ARTICLES_WRITTEN_APART |= frozenset(("az", "ar", "ash", "adh", "ath", "ez"))


# "and" in other languages firms are registered in (English "and" is read with the glue): Turkish "ve",
# German "und", Spanish "y", Portuguese and Italian "e", French "et" ("Marmara Enerji ve Madencilik Sanayi
# A.Ş.", "Brandt und Söhne GmbH").
_FIRM_CONJUNCTIONS = frozenset(("ve", "und", "y", "e", "et"))
# Portuguese's and Spanish's "and" in lower case between capitalised words: English writes no such word there.
_ROMANCE_ANDS = frozenset(("e", "y"))
# Legal forms that end a registered firm's name, folded; the short ones count only in capitals or with
# their stops ("AG", "S.A.", "A.Ş.", not "as" or "sa").
_REGISTERED_FORMS = word_set("gmbh ltd limited llc inc plc sti lda srl sarl fze fzco jsc pjsc ojsc llp aps oyj")
# (the Nordic ones too: Danish "A/S" and "ApS", Norwegian "ASA", Finnish "Oyj"; a limited partnership's "LP")
_SHORT_REGISTERED_FORMS = word_set("ag kg sa sl as nv bv oy ab asa a/s lp")
# Malaysia's and Indonesia's legal forms after a listed firm's name: "Berhad" ("Bhd"), "Tbk".
_ASIAN_FORMS = word_set("bhd berhad tbk")
# A firm's words between the conjunction and its legal form, at most.
_FIRM_WORDS_AFTER_CONJUNCTION = 5


def registered_form(token: Token) -> bool:
    """Whether a token is a firm's legal form ("GmbH", "Ltd", "A.Ş", "S.A")."""
    return token.folded in _REGISTERED_FORMS or (
        token.folded in _SHORT_REGISTERED_FORMS and (token.text.isupper() or "." in token.text)
    )


def firm_conjunction(token: Token) -> bool:
    """Whether a token is a lower-case "and" of another language inside a registered firm's name."""
    return token.text in _FIRM_CONJUNCTIONS


def _firm_joined_by_a_conjunction(tokens: list[Token], last: int, covered: list[bool]) -> int | None:
    """Where a firm's name ends when a conjunction at `last + 1` joins two of its trades before its legal form
    ("... Kimya Sanayi ve Ticaret Ltd"): the legal form's token, if capitalised words lead to it."""
    if not tokens[last].joined or not tokens[last + 1].joined:
        return None
    for k in range(last + 2, min(len(tokens), last + 2 + _FIRM_WORDS_AFTER_CONJUNCTION)):
        token = tokens[k]
        if covered[k] or not token.text[:1].isupper():
            return None
        if registered_form(token):
            return k if k > last + 2 else None
        if not token.joined:
            return None
    return None


# Heads of a body that oversees the fields named before them, whatever words those are.
_OVERSEERS_BY_THEIR_FIELDS = word_set("ombudsman executive")


class RunGoes(Enum):
    """What a step of `run_end` decided: the run goes on past `last` (read it again from the first step), or
    the name ends at `last`."""

    ON = "on"
    ENDS = "ends"


@dataclass
class RunWalk:
    """A run of capitalised words as `run_end` walks it: where it starts, how far it reaches so far, and whether
    a word of a body's name was met on the way."""

    doc_text: str
    tokens: list[Token]
    first: int
    covered: list[bool]
    skip: list[bool]
    gazetteer: Gazetteer
    last: int
    has_org_word: bool


def run_end(
    doc_text: str, tokens: list[Token], first: int, covered: list[bool], skip: list[bool], gazetteer: Gazetteer
) -> int:
    """The last token of the run of capitalised words from `first`, with the glue inside names: the steps below
    are asked in their order about the word after `last`; the first that can tell decides, and a run that goes
    on is asked again from the first step."""
    closed = regions_listed_before_acronym(doc_text, tokens, first, covered)
    if closed is None:
        closed = fields_spelled_by_acronym(doc_text, tokens, first, covered)
    if closed is None:
        closed = places_listed_before_a_bodys_words(doc_text, tokens, first, covered)
    if closed is not None:
        return closed  # "Regional Centre on ... in the Great Lakes Region, the Horn of Africa and ... (RECSA)"
    walk = RunWalk(
        doc_text, tokens, first, covered, skip, gazetteer, first, _opens_with_a_body_word(doc_text, tokens, first)
    )
    count = len(tokens)
    while walk.last + 1 < count and not covered[walk.last + 1] and not skip[walk.last + 1]:
        goes: RunGoes | Undecided = ASK_ON
        for step in _RUN_STEPS:
            goes = step(walk)
            if goes is not ASK_ON:
                break
        if goes is not RunGoes.ON:
            break
    return walk.last


def _opens_with_a_body_word(doc_text: str, tokens: list[Token], first: int) -> bool:
    """Whether the run's first word is a body's ("Ministry", "Council"), not a title's opener before its
    holder ("State Secretary Ilse Varn of the Ministry of ...")."""
    opened = tokens[first + 1] if first + 1 < len(tokens) else None
    if (
        opened is not None
        and tokens[first].folded in TITLE_OPENERS
        and (
            opened.folded in TITLES
            or (opened.folded in STOPPED_TITLES and doc_text[opened.end : opened.end + 1] == ".")
        )
    ):
        return False
    return tokens[first].folded in NAME_WORD or tokens[first].folded in HEAD_WORD


def _dashes_hulls_and_initials(r: RunWalk) -> RunGoes | Undecided:
    """Names that go on across a dash, a hull number, a river, a founder's comma or a person's initials."""
    doc_text, tokens, first, last, covered, gazetteer = r.doc_text, r.tokens, r.first, r.last, r.covered, r.gazetteer
    if not tokens[last].joined and (
        dash_before_operation(doc_text, tokens, last)
        or dash_before_branch(doc_text, tokens, last)
        or dash_before_arm(doc_text, tokens, last)
        or dash_before_theatre(doc_text, tokens, first, last, gazetteer)
        or dash_before_region(doc_text, tokens, first, last, gazetteer)
    ):
        r.last += 1  # "Combined Joint Task Force – Operation Inherent Resolve": the force and its operation
        return RunGoes.ON
    hull = hull_number_before_group(doc_text, tokens, last)
    if hull is not None and not covered[hull]:
        r.last = hull  # "USS Carl Vinson (CVN 70) Carrier Strike Group": the ship's hull number, then its group
        return RunGoes.ON
    town = _town_on_a_river_end(doc_text, tokens, first, last, covered, gazetteer)
    if town is not None:
        r.last = town  # "St Michael's on Wyre", "Newcastle upon Tyne": a town named for its river
        return RunGoes.ENDS
    branch = branch_spelled_by_acronym(doc_text, tokens, first, last) if not tokens[last].joined else None
    if branch is not None:
        r.last = branch  # "Islamic Revolutionary Guard Corps – Quds Force (IRGC-QF)": a body and its branch
        return RunGoes.ENDS
    if first == last and (partners := partners_names_end(doc_text, tokens, first, covered)) is not None:
        r.last, r.has_org_word = partners, True  # "Keefe, Bruyette & Woods": one firm of its founders' names
        return RunGoes.ENDS
    if first == last and (pair := firm_pair_before_listing_code(doc_text, tokens, first, covered)) is not None:
        r.last, r.has_org_word = pair, True  # "Larsen and Toubro (LART.NS)": one listed firm of two names
        return RunGoes.ENDS
    if not tokens[last].joined and seat_joined_by_dashes(doc_text, tokens, first, last, covered):
        r.last += 1  # "the MPP for Tarnby—Oskel—Vale": a riding named for its places, joined by dashes
        return RunGoes.ON
    if not tokens[last].joined and _initials_before_a_name(doc_text, tokens, first, last, covered):
        r.last += 1  # "spinner P. Ilangovan", "R. K. Varman": a person's initials with their stops, then the name
        return RunGoes.ON
    return ASK_ON


def _across_punctuation(r: RunWalk) -> RunGoes | Undecided:
    """After a comma or an apostrophe: a body's remit listed with commas, or a possessive inside the name."""
    doc_text, tokens, first, last, covered, gazetteer = r.doc_text, r.tokens, r.first, r.last, r.covered, r.gazetteer
    if tokens[last].joined:
        return ASK_ON
    remit = remit_list_end(doc_text, tokens, first, last, covered)
    qualities = listed_qualities_end(doc_text, tokens, first, last, covered) if remit is None else None
    if qualities is not None:
        # "Foreign, Commonwealth & Development Office": the body's head word closes it, so an
        # "and" after it lists another body ("... Office and Ministry of Defence")
        r.last, r.has_org_word = qualities, True
        return RunGoes.ON
    if remit is not None:
        r.last = remit  # "Department for Environment, Food and Rural Affairs": one body's remit
        return RunGoes.ON
    trades = trades_list_end(doc_text, tokens, first, last, covered)
    if trades is not None:
        r.last, r.has_org_word = trades, True  # "Wesfarmers Chemicals, Energy and Fertilisers": one firm's trades
        return RunGoes.ENDS
    # "Cheltenham Ladies' College": a closing head's possessive may still open a longer body's name
    closed = r.has_org_word and tokens[last].folded not in CLOSING_HEADS
    # "Niger Delta People's Volunteer Force": only a place's head word earlier, then a common noun's
    # possessive (not "Ministry of Interior's General Security Service": a body's own word closes it)
    closed = closed and (
        not common_possessor(tokens[last], gazetteer)
        or (
            any(names_a_body(tokens[k].folded) for k in range(first, last))
            # ("the International Longshoremen's Association": a trade's men own the body's name after them)
            and not trades_men_plural(tokens[last].folded)
        )
    )
    # "the Joint Staff's Operations Directorate": a force's staff is a body, and owns the next one
    closed = closed or _joint_or_general_staff(tokens, first, last)
    # "South Korea's Hanwha Aerospace": a place the gazetteer knows whole owns what is named after it
    closed = closed or _known_place_of_words(tokens, first, last, gazetteer)
    body_end = body_before_a_formal_state(doc_text, tokens, first, last, gazetteer)
    if body_end is not None:
        r.last = body_end  # "Ministry of State Security of the People's Republic of China": the body, then its state
        return RunGoes.ENDS
    if crown_bench(doc_text, tokens, last):
        r.last += 1  # "Court of King's Bench": the crown's bench, one court
        return RunGoes.ON
    if possessive_in_place_name(doc_text, tokens, first, last, covered, gazetteer):
        r.last += 1  # "Cox's Bazar", "St John's": a possessive inside a place the gazetteer knows
        return RunGoes.ON
    inside = None if closed else possessive_inside_name(doc_text, tokens, last, gazetteer)
    if closed and office_of_a_post(tokens, last):
        inside = last + 1  # "Harnby County District Attorney's Office": a county's post and its office
    if inside is None and not closed:
        inside = possessive_after_a_group_noun(doc_text, tokens, first, last, gazetteer)
    if inside is None:
        inside = members_possessive_in_body(doc_text, tokens, first, last, gazetteer)
    if inside is None:
        return RunGoes.ENDS
    r.last, r.has_org_word = inside, True  # "People's Protection Units", "Kurdistan Workers' Party"
    return RunGoes.ON


def _states_firms_and_posts_with_and(r: RunWalk) -> RunGoes | Undecided:
    """An "and" or "or" inside one name: a state's or a place's, a firm's, a remit's, a holder's two posts, a
    hyphened given name's second syllable; a legal form that ends a firm before the next."""
    doc_text, tokens, first, last, covered, gazetteer = r.doc_text, r.tokens, r.first, r.last, r.covered, r.gazetteer
    nxt = tokens[last + 1]
    state = state_named_with_and(tokens, first, last, covered, gazetteer) if nxt.folded == "and" else None
    if state is not None:
        r.last = state  # "Trinidad and Tobago", "Saint Vincent and the Grenadines": one state's name
        return RunGoes.ON
    if last > first and not cased(nxt) and hyphened_given_name(doc_text, tokens, last - 1):
        r.last += 1  # "Ban Ki-moon", "Moon Jae-in": the given name's second syllable
        return RunGoes.ENDS
    if not cased(nxt) and hyphened_given_name_first(doc_text, tokens, last):
        r.last += 1  # "Mei-ling Hargreaves-Chou": the given name's second syllable, then the family name
        return RunGoes.ON
    if nxt.folded == "and" and last > first and (registered_form(tokens[last]) or tokens[last].folded in _ASIAN_FORMS):
        return RunGoes.ENDS  # "Tasik Emas Bhd and Ayala Vista Corp": a legal form closes one firm, "and" opens the next
    spelled_on = acronym_spells_past_and(doc_text, tokens, first, last, covered) if nxt.folded == "and" else None
    if spelled_on is not None:
        r.last = spelled_on  # "United Nations Relief and Works Agency ... (UNRWA)": its acronym spells the "and"
        return RunGoes.ON
    joint = place_named_with_and(tokens, first, last, covered, gazetteer) if nxt.folded == "and" else None
    if joint is not None:
        r.last = joint  # "Trinidad and Tobago", "Jammu and Kashmir": the gazetteer knows the "and" inside
        return RunGoes.ON
    firm_end = _firm_joined_by_a_conjunction(tokens, last, covered) if nxt.text in _FIRM_CONJUNCTIONS else None
    if firm_end is not None:
        r.last, r.has_org_word = firm_end, True  # "Korfez Lojistik ve Dış Ticaret A.Ş.": one firm to its legal form
        return RunGoes.ENDS
    if (
        nxt.text in _ROMANCE_ANDS
        and tokens[last].joined
        and nxt.joined
        and last + 2 < len(tokens)
        and not covered[last + 2]
        and tokens[last + 2].text[:1].isupper()
    ):
        r.last += 2  # "Sport Lisboa e Benfica", "Ciencia y Tecnología": a Romance "and" inside one name
        return RunGoes.ON
    if (
        nxt.folded == "and"
        and _two_compass_points(tokens, last, covered, gazetteer)
        # (not "the Middle East and North Africa": the compass point ends a region's whole name, then another)
        and not _known_place_of_words(tokens, first + (tokens[first].folded == "the"), last, gazetteer)
    ):
        r.last += 3  # "West and Central Africa", "North and West Darfur": two parts of one land
        return RunGoes.ON
    if nxt.folded == "and" and _government_then_another_state(tokens, first, last, covered, gazetteer):
        return RunGoes.ENDS  # "the Government of Iraq and the United States": two parties, the second a state
    served = _second_state_served(tokens, first, last, covered, gazetteer) if nxt.folded == "and" else None
    if served is not None:
        r.last = served  # "the EU Delegation to Sri Lanka and the Maldives": one body accredited to both states
        return RunGoes.ENDS
    fields = fields_before_a_land(tokens, first, last, covered, gazetteer) if nxt.folded == "and" else None
    if fields is not None:
        r.last = fields  # "Fisheries and Oceans Canada": an agency's fields, then the land it serves
        return RunGoes.ENDS
    # "the Federal Bureau of Investigation and U.S. Customs and Border Protection": a state's name and a capitalised
    # word after "and" open another body, no second field of the first one's remit
    state_body = last + 3 < len(tokens) and _state_at(tokens, last + 2, gazetteer) and cased(tokens[last + 3])
    if nxt.folded == "and" and nxt.joined and not covered[last + 1] and not state_body:
        party = causes_and_party_end(tokens, first, last, covered)
        if party is not None:
            r.last = party  # "Union for Peace and Development Party": a party named for its two causes
            return RunGoes.ENDS
        remit = remit_and_end(doc_text, tokens, first, last, covered)
        if remit is not None:
            r.last = remit  # "Minister of Defence and Army Reconstruction": one remit
            # "... and Enlargement Negotiations Johannes Hahn": the post's holder follows; "Ministry of Foreign and
            # European Affairs of the Slovak Republic": the state it serves
            if holder_after(tokens, remit, covered) or _of_a_state_after(tokens, remit, gazetteer):
                return RunGoes.ON
            return RunGoes.ENDS
        if _second_post_after(tokens, first, last, covered, gazetteer):
            r.last += 2  # "Deputy Prime Minister and Minister for Defence": one holder's two posts
            return RunGoes.ON
        school = school_of_two_arts(tokens, last, covered)
        if school is not None:
            r.last = school  # "Army Command and Staff College": a college teaching command and staff work
            return RunGoes.ENDS
        art = paired_art(tokens, last, covered)
        if art is not None:
            r.last = art  # "Airborne Command and Control Squadron": one art, the name goes on
            return RunGoes.ON
        kept = collections_joined(tokens, last, covered)
        if kept is not None:
            r.last = kept  # "Shetland Museum and Archives": one institution keeping two collections
            return RunGoes.ENDS
    if nxt.folded == "or" and nxt.joined and not covered[last + 1]:
        remit = remit_or_end(doc_text, tokens, first, last, covered)
        if remit is not None:
            r.last = remit  # "Working Group on Enforced or Involuntary Disappearances": one remit
            return RunGoes.ENDS
    return ASK_ON


# Two spaces or more between capitalised words on one line: the gap between two fields of a page's box or table.
_FIELD_GAPS = frozenset(("  ", "   ", "    ", " \t", "\t"))
_POST_FIELD_WORDS = 5


def _post_after_gap(tokens: list[Token], k: int) -> bool:
    """Whether the capitalised words from `k` on are a post ending in its title ("Democratic Services Officer")."""
    end = k
    while end + 1 < len(tokens) and end - k < _POST_FIELD_WORDS and tokens[end].joined and cased(tokens[end + 1]):
        end += 1
    return is_title(tokens[end].folded) and (end + 1 >= len(tokens) or not tokens[end].joined)


def _grades_and_capitals(r: RunWalk) -> RunGoes | Undecided:
    """A rank's grade before its holder, and the plain case: the next word is capitalised too."""
    doc_text, tokens, first, last, covered = r.doc_text, r.tokens, r.first, r.last, r.covered
    nxt = tokens[last + 1]
    grade = grade_after_rank(tokens, last + 1)
    if grade and not any(covered[last + 1 : last + grade + 2]):
        r.last += grade  # "Sgt. 1st Class Ilse Varn": the rank's grade, then the holder's name
        return RunGoes.ON
    capital = cased(nxt)  # (asked once: most steps below need it)
    if capital and last > first and _body_before_its_event(tokens, last, covered):
        return RunGoes.ENDS  # "the Jamaica Cricket Association Senior Cup": the body, then the cup it runs
    if nxt.text == "Type" and tokens[last].joined and _model_after(tokens, last + 1):
        return RunGoes.ENDS  # "the Royal Navy Type 45 destroyer": the owner, then its ship's type
    if capital and case_turns_after(tokens, first, last, r.gazetteer):
        return RunGoes.ENDS  # "Picture: DENISE BRADLEY Cromer police": a credit in capitals, then the next words
    if capital and link_label_after(tokens, last):
        return RunGoes.ENDS  # "Quellandia Read More Tarnwick mayoral hopeful": the words before a link's label
    if capital and bare_ticker_after(tokens, last, doc_text):
        return RunGoes.ENDS  # "Tarnwell Systems TWSY, Varnby Wholesale VBW": the firm, then its ticker
    if capital and stamp_after(tokens, last):
        return RunGoes.ENDS  # "Tahir Varn Published October 19": the byline, then the page's time stamp
    if capital and doc_text[tokens[last].end : nxt.start] in _FIELD_GAPS and _post_after_gap(tokens, last + 1):
        return RunGoes.ENDS  # "Contact: Ilse Varn  Democratic Services Officer": a name, then its post's field
    if capital and member_after_party(tokens, first, last, covered):
        return RunGoes.ENDS  # "the Tremmin Democratic Party Ilse Varn said": the party, then its member
    if capital and people_after_a_place(tokens, first, last, covered, r.gazetteer):
        return RunGoes.ENDS  # "West Bank Palestinians": the place, then the people living there
    if capital and person_after_a_town(tokens, first, last, covered, r.gazetteer):
        return RunGoes.ENDS  # "in Port Vila Ilse Varnaby said": the town, then the person, its comma left out
    if capital:
        r.last += 1
        if not _family_name_head(doc_text, tokens, first, r.last):
            r.has_org_word = r.has_org_word or nxt.folded in NAME_WORD or nxt.folded in HEAD_WORD
            # "the Volcanological Survey of Indonesia": a survey named by its science is a body's name
            r.has_org_word = r.has_org_word or (nxt.folded == "survey" and tokens[last].folded in SURVEYING_SCIENCES)
        return RunGoes.ON
    return ASK_ON


# Bodies that run a competition named after them: "Tarnby Cricket Association Senior Cup", "Quell Football
# Federation Challenge Trophy".
_BODIES_RUNNING_EVENTS = word_set("association federation union league board council society")
_EVENT_NAME_WORDS = 3


def _body_before_its_event(tokens: list[Token], last: int, covered: list[bool]) -> bool:
    """A body's head word at `last`, then a few capitalised words ending in an event's head ("Senior Cup")."""
    if tokens[last].folded not in _BODIES_RUNNING_EVENTS:
        return False
    k = last + 1
    while k < len(tokens) and k - last <= _EVENT_NAME_WORDS and not covered[k] and cased(tokens[k]):
        if tokens[k].folded in EVENT_HEADS:
            return not (k + 1 < len(tokens) and cased(tokens[k + 1]) and tokens[k].joined)
        if not tokens[k].joined:
            return False
        k += 1
    return False


_RELATION_HALVES = word_set("run led born made built held style like era wide type class area")


def _compound_inside_a_name(doc_text: str, tokens: list[Token], last: int, covered: list[bool]) -> bool:
    """'Low-fare' in 'European Low-fare Airlines Association': a capitalised word, a hyphen and a lower-case word,
    then the name's next capitalised word: the compound is one word of the name."""
    k = last + 1
    if k + 1 >= len(tokens) or covered[k] or covered[k + 1]:
        return False
    nxt, after = tokens[k], tokens[k + 1]
    return (
        tokens[last].text[:1].isupper()
        and doc_text[tokens[last].end : nxt.start] in ("-", "‐")
        and nxt.text.isalpha()
        and nxt.text.islower()
        and len(nxt.text) >= 3
        and nxt.folded not in NAME_PARTICLES
        # ("Varn-led Quellco", "Labour-run Council", "Tarnby-based Varnco": a relation to the name, then another)
        and not nxt.folded.endswith(("ed", "en"))
        and nxt.folded not in _RELATION_HALVES
        and doc_text[nxt.end : after.start] == " "
        and cased(after)
        and after.folded not in FUNCTION_WORDS
    )


# The units a romanised Korean place name ends with after a hyphen: a village ("-ri"), a ward ("-dong"), a township
# ("-myeon", "-eup"), a county ("-gun").
KOREAN_PLACE_SUFFIXES = frozenset(("ri", "dong", "myeon", "eup", "gun"))


def _hyphens_particles_and_acronyms(r: RunWalk) -> RunGoes | Undecided:
    """Small words inside one name: hyphened words and particles, elided articles, "al-", "van", "von der",
    and where an acronym or a place the gazetteer knows says the name goes on."""
    doc_text, tokens, first, last, covered, gazetteer = r.doc_text, r.tokens, r.first, r.last, r.covered, r.gazetteer
    count = len(tokens)
    nxt = tokens[last + 1]
    if elided_name(nxt) is not None and doc_text[tokens[last].end : nxt.start] in ("-", "‐"):
        r.last += 1  # "Côte-d'Or", "Val-d'Oise", "Кот-д’Ивуар": a hyphen joins the elided article to the name
        return RunGoes.ON
    if nxt.text in KOREAN_PLACE_SUFFIXES and doc_text[tokens[last].end : nxt.start] == "-" and last == first:
        r.last += 1  # "Quellgye-ri", "Tarnchang-ri": a Korean village's name and its unit, romanised with a hyphen
        return RunGoes.ENDS
    if (
        # "the Co-operative Bank" opens with it; "Co-ordinator Keziah Morrow" is a post, then a name.
        (last > first or (_capital_after(tokens, last + 1, covered) and not _hyphened_title(tokens, last)))
        and hyphened_word(doc_text, tokens, last)
        and not covered[last + 1]
    ):
        r.last += 1  # "Organization for Security and Co-operation": one word written with a hyphen
        return RunGoes.ON
    if (
        nxt.folded == tokens[last].folded
        and nxt.text.islower()
        and tokens[last].text[:1].isupper()
        and doc_text[tokens[last].end : nxt.start] in ("-", "‐")
        and not covered[last + 1]
    ):
        r.last += 1  # "Mount Lewotobi Laki-laki", "Kupu-kupu": a word doubled with a hyphen is one word
        return RunGoes.ON
    if last > first and _compound_inside_a_name(doc_text, tokens, last, covered):
        r.last += 1  # "the Quellish Low-fare Airlines Association": a compound's lower-case half inside the name
        return RunGoes.ON
    if last > first and _peoples_compound(doc_text, tokens, last) and not covered[last + 1]:
        r.last += 1  # "Association of Tarvish-majority Municipalities": a people's word and its hyphened half
        return RunGoes.ON
    if (
        # "St Mary the Virgin": a saint's title before the given name
        (last == first or (last == first + 1 and tokens[first].text in SAINTS_TITLES))
        and last + 2 < count
        and nxt.text == "the"
        and nxt.joined
        and tokens[last + 2].folded in EPITHETS
        and tokens[last + 2].capitalised
        and not covered[last + 2]
        and is_given_name(tokens[last].folded)
    ):
        r.last += 2  # "Frederick the Great", "William the Conqueror": a ruler's name is his given name and epithet
        return RunGoes.ON
    if _ezafe_then_name(doc_text, tokens, last) and not covered[last + 2]:
        r.last += 2  # "Qal'eh-ye Jom-eh", "Dasht-e Varn": Persian's "of" hyphened to a word, then the next word
        after = r.last + 1
        if after < count and tokens[after].text in _WORD_ENDINGS_HYPHENED and doc_text[tokens[r.last].end] in "-‐":
            r.last = after  # "Jom-eh": the word's own ending, hyphened as such names write it
        return RunGoes.ON
    particles = _hyphened_particle(doc_text, tokens, last)
    if particles and not covered[last + particles + 1]:
        r.last += particles + 1  # "Port-au-Prince", "Tehrik-i-Taliban", "Stow-on-the-Wold": one word, its particles
        return RunGoes.ON
    if elided_name(nxt) is not None and gazetteer.lookup(tuple(t.folded for t in tokens[first : last + 2])):
        r.last += 1  # "Côte d'Ivoire", "Val d'Aosta": an elided article inside a place's name
        return RunGoes.ON
    # "Abu Bakr al-Baghdadi", "Ludwig van Beethoven", "Ursula von der Leyen": one or two
    # particles between capitalised words.
    particles = 1 + (
        last + 2 < count
        and (tokens[last + 2].folded in NAME_PARTICLES or (nxt.text, tokens[last + 2].text) == ("para", "sa"))
        and tokens[last + 2].joined
    )
    name_at = last + 1 + particles
    if (
        (
            nxt.folded in NAME_PARTICLES
            or nxt.text in LOWER_CASE_PARTICLES_INSIDE
            or romance_of_joins(tokens, first, last)
            # "Jabhat an-Nusra", "Ayn as-Saffah": an article that is also an English word ("an", "as"), but
            # hyphened to the name after it, as English never writes it
            or (nxt.text in ARABIC_ARTICLES and doc_text[nxt.end : nxt.end + 1] in "-‐")
        )
        and nxt.joined
        and tokens[name_at - 1].joined
        # "al-Baghdadi" is written with a hyphen; "known as Doggerland" is no name
        and (
            tokens[name_at - 1].folded not in ARABIC_ARTICLES
            or doc_text[tokens[name_at - 1].end : tokens[name_at - 1].end + 1] in "-‐"
            # "Dar es Salaam": an article written apart inside a place the gazetteer knows
            or gazetteer.lookup(tuple(t.folded for t in tokens[first : name_at + 1])) is not None
            # "Ras al Hadd", "Wadi al Haram": an Arabic word for a cape, hill, valley or gate opens the place
            or (last == first and tokens[first].folded in _ARABIC_PLACE_HEADS)
            # "Jamaat al Muslimeen", "Harakat al Tarwa": an Arabic word for a body opens its name, too
            or (last == first and tokens[first].folded in ARABIC_BODY_OPENERS)
            # "Abu Bakr al Baghdadi", "Ahmed el Sayed": a person's "al" written apart (no English word, unlike
            # "as" and "an"), unless a place follows it ("Meloni al Cairo": Italian "to the")
            or (
                tokens[name_at - 1].text in _ARTICLES_WRITTEN_APART
                and gazetteer.lookup((tokens[name_at].folded,)) is None
            )
        )
        and name_at < count
        and cased(tokens[name_at])
        and not covered[name_at]
    ):
        r.last = name_at
        return RunGoes.ON
    if _bantu_joining_particle(tokens, last, covered):
        r.last += 2  # "Umkhonto we Sizwe": a small word of the name's own language between its rare words
        return RunGoes.ON
    spelled = spelled_out_before_acronym(doc_text, tokens, first, last, covered, gazetteer) if not cased(nxt) else None
    if spelled is None and not cased(nxt):
        spelled = _party_name_before_its_noun(doc_text, tokens, first, last, covered)
    if spelled is not None:
        r.last = spelled  # "Al-Qaeda in the Arabian Peninsula (AQAP)": the acronym says where the name ends
        return RunGoes.ON
    if (
        nxt.folded == "of"
        and nxt.joined
        and last + 2 < count
        and cased(tokens[last + 2])
        and not covered[last + 2]
        and any(
            gazetteer.lookup(tuple(t.folded for t in tokens[start : last + 3])) is not None
            for start in range(max(first, last - 2), last + 1)
        )
    ):
        # "the Horn of Africa", "Special Envoy for the Horn of Africa": a place the gazetteer knows
        # whole, though "Horn" is no head word
        r.last += 2
        return RunGoes.ON
    return ASK_ON


# Nguni and Swahili words that join a name's words ("of", "and"): "Umkhonto we Sizwe", "Chama cha Mapinduzi".
_BANTU_PARTICLES = frozenset(("we", "cha", "ya", "za", "kwa"))
_RARE_NAME_WORD = 2.5  # Zipf: no English word on either side ("we Britons" is the English pronoun)


def _bantu_joining_particle(tokens: list[Token], last: int, covered: list[bool]) -> bool:
    """'Umkhonto we Sizwe', 'Chama cha Mapinduzi': a small word of a Bantu language between two capitalised words
    that are no English words joins them in one name."""
    after = last + 2
    return (
        after < len(tokens)
        and tokens[last + 1].text in _BANTU_PARTICLES
        and tokens[last + 1].joined
        and tokens[last].joined
        and cased(tokens[after])
        and not covered[after]
        and zipf(tokens[last].folded) < _RARE_NAME_WORD
        and zipf(tokens[after].folded) < _RARE_NAME_WORD
    )


# Prepositions a name may hold capitalised between its words, before "the": "the Lands Beyond the Rivers".
_CAPITAL_PREPOSITIONS = frozenset(("beyond", "across", "against", "between", "under", "without", "over", "behind"))


# What a body runs, named before "of the" and the body: "the Deep Blue Project of the Nigerian Maritime
# Administration and Safety Agency", "the Horizon Programme of the European Commission".
_RUN_BY_A_BODY = word_set("project programme program")
_BODY_REACH = 6  # the body's name after "of the": "Nigerian Maritime Administration" within a few words


def _project_then_its_body(tokens: list[Token], first: int, last: int) -> bool:
    if last <= first or tokens[last].folded not in _RUN_BY_A_BODY or last + 3 >= len(tokens):
        return False
    if tokens[last + 1].folded != "of" or tokens[last + 2].folded != "the":
        return False
    k = last + 3
    while k < len(tokens) and k <= last + 2 + _BODY_REACH and cased(tokens[k]):
        if tokens[k].folded in NAME_WORD:
            return True
        if not tokens[k].joined:
            break
        k += 1
    return False


_TRADE_WORDS = 4


def trade_after_for(tokens: list[Token], k: int) -> bool:
    """Whether capitalised words from `k` (right after "for") end in a trade an Arab firm is named for."""
    end = k
    while end < len(tokens) and end - k < _TRADE_WORDS and cased(tokens[end]):
        if not tokens[end].joined:
            break
        end += 1
    if end < len(tokens) and end - k < _TRADE_WORDS and cased(tokens[end]):
        end += 1  # the run's last word, not joined to what follows
    return end > k and tokens[end - 1].folded in TRADES_AFTER_FOR and tokens[end - 1].text[:1].isupper()


def _of_and_for_inside_a_name(r: RunWalk) -> RunGoes | Undecided:
    """ "Ministry of Defence", "Secretary of State", "Islamic State of Iraq and the Levant": a name's glue word
    ("of", "for"...) and the capitalised words after it; not "Joss Quarrie of Tremmin"."""
    doc_text, tokens, first, last, covered, gazetteer = r.doc_text, r.tokens, r.first, r.last, r.covered, r.gazetteer
    count = len(tokens)
    nxt = tokens[last + 1]
    served = _sector_body_for_a_land(tokens, first, last, covered, gazetteer)
    if served is not None:
        r.last, r.has_org_word = served, True  # "Transport for Greater Manchester": a public body for its land
        return RunGoes.ON
    if (
        nxt.folded == "the"
        and last > first
        and tokens[last].folded in _CAPITAL_PREPOSITIONS
        and tokens[last].text[:1].isupper()
        and nxt.joined
        and last + 2 < count
        and tokens[last + 1].text == "the"
        and cased(tokens[last + 2])
        and not covered[last + 2]
        # a body's name, or one already joined by "of", "in", "for" (not a work's title: "Varn Between the Lines")
        and (r.has_org_word or any(tokens[k].folded in ("of", "in", "for") for k in range(first, last)))
    ):
        r.last += 2  # "Al-Qaeda in the Lands Beyond the Rivers": a capitalised preposition inside a name's words
        return RunGoes.ON
    if not (
        nxt.folded in NAME_GLUE
        and nxt.folded not in ("and", "the")  # "Ahr Valley the grape": "the" alone joins nothing
        and nxt.joined
        and tokens[last].folded not in CLOSING_HEADS
        # "the nomination by the Taoiseach of Deputy Ilse Varn": "of" before a style of address and its holder
        # names whom the post acts on, no remit of the post
        and not (last + 2 < count and tokens[last + 2].folded in STYLES_OF_ADDRESS and cased(tokens[last + 2]))
        # "Africa Corps of the Russian Ministry of Defence": a unit, then the people's body it serves
        and not _unit_of_a_peoples_body(tokens, last, gazetteer)
        # "Kobani Canton of the Federation": a place's head word ends its name ("Gulf of Aden" opens with it).
        and not (
            tokens[last].folded in AREA_HEADS
            and any(tokens[k].folded not in FUNCTION_WORDS for k in range(first, last))
            and not has_body_word(tokens, first, last)
            # "Kurdistan Region of Iraq" is one name; "Sagaing Region of Myanmar" is a town's region, then
            # the state the town lies in
            and not (_state_at(tokens, last + 2, gazetteer) and not _area_in_its_state(tokens, first, last, gazetteer))
            and not _region_form_before(tokens, first, last)
        )
        # "the Southern Highlands of New South Wales": a landform's head, then the land it lies in
        and not _landform_then_its_land(tokens, first, last, gazetteer)
        # "Korvath Naval Group of France", "Silver Gull Shipping of Piraeus": a firm, then where it is
        # ("Bank of England", "Royal Bank of Scotland" stay whole: a bank is no firm's head here).
        and not _firm_then_place(tokens, first, last, gazetteer)
        # "advisers were Rothschild & Co for Kettle Street": a firm's legal form ends its name.
        and tokens[last].folded not in _LEGAL_FORMS
        and not registered_form(tokens[last])  # "Norvik Pharma A/S of Copenhagen", "Ostfold Shipping ASA of Oslo"
        and not (nxt.folded == "for" and tokens[last].folded in _TRADES_BEFORE_A_CLIENT)
        and not (nxt.folded == "for" and _model_after(tokens, last + 2))
        # "10th Mountain Division of the United States Army": a unit, then the force it belongs to.
        and not _unit_then_force(tokens, first, last)
        # "the Deep Blue Project of the Nigerian Maritime Administration ...": a body's project, then the body
        and not _project_then_its_body(tokens, first, last)
        and not _title_then_holder(tokens, first, last)
        and not _given_name_and_head_then_body(tokens, first, last)
        # "a member of the Parliament of Tremmia for the Varn Party": the body ends with its state,
        # and "for" opens what the member sits for.
        and not (
            nxt.folded == "for"
            and last - 1 > first
            and tokens[last - 1].folded in ("of", "the")
            and _state_at(tokens, last, gazetteer)
        )
        # "the Pankisi Gorge of Georgia", "the Varn Valley of Tremmia": a land form named before
        # its head word, then the state it lies in ("Gulf of Aden" opens with its head word).
        and not (
            tokens[last].folded in PLACE_HEADS
            and tokens[last].folded not in AREA_HEADS
            and tokens[last].folded not in STATE_FORMS  # "the Hashemite Kingdom of Jordan": a state's form
            and any(tokens[k].folded not in FUNCTION_WORDS for k in range(first, last))
            and not has_body_word(tokens, first, last)
            and (_state_at(tokens, last + 2, gazetteer) or _area_at(tokens, last + 2))
        )
        and (
            r.has_org_word
            or tokens[last].folded in _JOINERS_AFTER
            or _general_staff(tokens, first, last)  # "General Staff of the Armed Forces of ..."
            or tokens[last].folded in TITLES
            or tokens[last].folded in STATE_FORMS
            or (nxt.folded == "of" and _region_form_before(tokens, first, last))
            or (nxt.folded == "for" and _secretary_of_state(tokens, first, last))
            # "the Volunteers for the Defence of the Homeland", "Physicians for Human Rights": people
            # joined for an aim name their body ("Volunteers of the ... Foundation" are its members)
            or (nxt.folded == "for" and _members_for_an_aim(tokens, first, last))
            # (an Arab firm's own name has two words or more: not "Scotland for National Air Traffic Services")
            or (nxt.folded == "for" and last > first and trade_after_for(tokens, last + 2))
            or (nxt.folded == "of" and _followers_of_a_cause(tokens, first, last))
            or (nxt.folded == "of" and _trade_members_of_a_state(tokens, first, last, gazetteer))
            or family_firm_of_a_town(tokens, first, last, gazetteer)  # "Taylors of Harrogate": a family's firm
        )
    ):
        return ASK_ON
    ahead = last + 2
    while ahead < count and tokens[ahead].folded == "the" and tokens[ahead - 1].joined:
        ahead += 1
    if (
        ahead + 1 < count
        and tokens[ahead].folded in ARABIC_ARTICLES
        and doc_text[tokens[ahead].end : tokens[ahead + 1].start] in ("-", "‐")
    ):
        ahead += 1  # "Great Mosque of al-Nuri"
    if not (
        ahead < count
        and tokens[ahead - 1].joined
        and cased(tokens[ahead])
        and not covered[ahead]
        and (not given_name_possessive(doc_text, tokens[ahead]) or crown_bench(doc_text, tokens, ahead))
        # "the Government of Prime Minister Ilse Varn": a person's title after "of" without "the"
        # ("Office of the Prime Minister" is a body)
        # (a crown's bench is a court's: "Court of King's Bench")
        and not (
            ahead == last + 2
            and tokens[ahead].folded in _TITLES_OF_PERSONS
            and not crown_bench(doc_text, tokens, ahead)
        )
        # "the US II Corps of Major General Lloyd Varn": a commander's rank and name after "of"
        and not (ahead == last + 2 and _rank_then_given_name(tokens, ahead))
        # "the Libyan National Army of Khalifa Haftar": a force's word, then its leader's name after "of"
        and not (ahead == last + 2 and leader_of_a_force(tokens, gazetteer, last, ahead))
        # "the Workers' Party of Luiz Inácio Lula da Silva": a party's word, then its leader's name after "of"
        and not (ahead == last + 2 and leader_of_a_party(tokens, gazetteer, first, last, ahead))
        and not _peoples_word_of_a_plain_noun(doc_text, tokens, ahead, gazetteer)
    ):
        return ASK_ON
    if (
        nxt.folded == "for"
        and ahead == last + 3
        and not is_title(tokens[last].folded)  # "Minister for the Indo-Pacific Ann Varn signed": a post's remit
        and _names_a_thing_for_the_body(tokens, ahead)
    ):
        return RunGoes.ENDS  # "a grant to Tarn Heritage Partnership for the Quell lifeboat station"
    # "Volunteers for the Defence of ...": people joined for an aim are a body, its aim goes on
    members = nxt.folded == "for" and _members_for_an_aim(tokens, first, last)
    r.last = ahead
    # "Director of the Office of Museums": the word after the glue may make it an organisation.
    # Not "State": "Secretary of State for Foreign Affairs" is a title, then a name.
    r.has_org_word = r.has_org_word or (
        tokens[ahead].folded != "state" and (tokens[ahead].folded in NAME_WORD or tokens[ahead].folded in HEAD_WORD)
    )
    r.has_org_word = r.has_org_word or members
    return RunGoes.ON


_SPEECH_VERBS = word_set("said says told")


def _names_a_thing_for_the_body(tokens: list[Token], ahead: int) -> bool:
    """'for the Quell lifeboat station': the one capitalised word after "for the" qualifies a common noun in lower
    case, a thing the body gets or does something for, not the aim in its name ("Centre for the Study of ...")."""
    after = tokens[ahead + 1] if ahead + 1 < len(tokens) else None
    return (
        after is not None
        and tokens[ahead].joined
        and after.text.isalpha()
        and after.text.islower()
        and after.folded not in FUNCTION_WORDS
        and not after.folded.endswith("ed")  # "... for the Tarnby Trust signed": a verb, not a noun
        and after.folded not in _SPEECH_VERBS
        # "Democratic Party for the People leader Ann Varn": a title after the name is its holder's, no thing
        and not is_title(after.folded)
    )


# A body's field of work before "on" and its subject, after "for" in its name: "Centre for Research on Energy".
_FIELDS_ON_A_SUBJECT = word_set("research studies")


def _subjects_aims_and_regions(r: RunWalk) -> RunGoes | Undecided:
    """A body named for what it is about, what it is for, where it works or whom it serves: "on", "to", "in",
    "of" after a body's word, in English or a Romance language."""
    doc_text, tokens, first, last, covered, gazetteer = r.doc_text, r.tokens, r.first, r.last, r.covered, r.gazetteer
    count = len(tokens)
    nxt = tokens[last + 1]
    body = r.has_org_word or any(tokens[k].folded in HEAD_FIRST_BODIES for k in range(first, last + 1))
    romance = _romance_for_end(tokens, last, covered) if body and nxt.joined else None
    if romance is not None:
        r.last = romance  # "Partido Liberal para o Progresso": a body's "for (the)" in its own language
        return RunGoes.ON
    # "Conference on the Great Lakes Region": the subject may open with "the".
    subject = last + 2 + (last + 3 < count and tokens[last + 2].folded == "the" and tokens[last + 2].joined)
    if (
        nxt.folded == "on"
        and nxt.joined
        and (
            tokens[last].folded in BODIES_ON_A_SUBJECT
            or _panel_group(tokens, first, last)
            # "Centre for Research on Energy and Clean Air": a body's field of work, then what it works on
            or (r.has_org_word and tokens[last].folded in _FIELDS_ON_A_SUBJECT)
        )
        and subject < count
        and cased(tokens[subject])
        and not covered[subject]
        and tokens[subject].folded not in FUNCTION_WORDS
        and _names_a_topic(tokens, subject)
        and not ends_name(tokens[subject])
        and not names_a_place(gazetteer, tokens[subject])  # "the Conference on Syria": Syria is named
        # (a treaty's "Convention on the Law of the Sea" stops before "of the": a treaty is no actor)
        and (subject == last + 2 or _subject_goes_on(tokens, subject, tokens[last].folded != "convention"))
    ):
        r.last = subject  # "Council on Foreign Relations", "Task Force on Migration": a body named for its subject
        r.has_org_word = True
        return RunGoes.ON
    examined = state_examined(tokens, last, covered, gazetteer) if nxt.folded == "on" and nxt.joined else None
    if examined is not None:
        r.last = examined  # "Commission of Inquiry on the Syrian Arab Republic": a panel named for the state examined
        return RunGoes.ON
    if _aim_after_to(tokens, first, last, covered, gazetteer):
        r.last += 3  # "Committee to Protect Journalists", "Coalition to Counter Varnak": a body named for its aim
        return RunGoes.ON
    if nxt.folded == "the" and _gerund_aim_before_the(tokens, first, last, covered):
        r.last += 2  # "International Fund for Saving the Tarvel Lake": a body, its aim, what the aim is about
        return RunGoes.ON
    glossed = _foreign_body_in_place(doc_text, tokens, first, last, covered) if nxt.folded == "in" else None
    if glossed is not None:
        r.last, r.has_org_word = glossed, True  # "Verein Freie Presse in Varnland (Association for ...)"
        return RunGoes.ENDS
    branch = franchise_end(tokens, first, last, covered, gazetteer) if nxt.folded == "in" and nxt.joined else None
    if branch is not None:
        r.last = branch  # "al-Qaeda in the Arabian Peninsula", "EU Rule of Law Mission in Kosovo"
        r.has_org_word = True
        return RunGoes.ON
    region = aim_in_region(tokens, first, last, covered, gazetteer) if nxt.folded == "in" and nxt.joined else None
    region = region or (where_aims_apply(tokens, first, last, covered) if nxt.folded == "in" else None)
    region = region or (mission_in_a_landform(tokens, first, last, covered) if nxt.folded == "in" else None)
    if region is not None:
        r.last = region  # "Organization for Security and Co-operation in Europe": a body for a region
        return RunGoes.ON
    cause = cause_in_a_land(tokens, first, last, covered, gazetteer) if nxt.folded == "in" and nxt.joined else None
    if cause is not None:
        r.last, r.has_org_word = cause, True  # "the rights group Peace in Kurdistan": a campaign for its cause
        return RunGoes.ENDS
    spelled = spelled_through_in(doc_text, tokens, first, last, covered) if nxt.folded == "in" else None
    if spelled is not None:
        r.last = spelled  # "United Nations Interim Force in Lebanon (Unifil)": its acronym spells the "in"
        return RunGoes.ENDS
    topic = topic_in_state(tokens, first, last, covered, gazetteer) if nxt.folded == "in" and nxt.joined else None
    if topic is not None:
        r.last = topic  # "Commission on Missing Persons in Libya": a body on a matter in one state
        return RunGoes.ON
    body_of = _body_after_of(tokens, first, last, covered) if nxt.folded == "of" and nxt.joined else None
    if body_of is not None:
        r.last, r.has_org_word = body_of, True  # "Rule of Law Mission": a common word, "of", a body's name
        return RunGoes.ON
    served = state_served(tokens, first, last, covered, gazetteer) if nxt.folded == "to" and nxt.joined else None
    if served is not None:
        r.last = served  # "EU Delegation to Syria", "Regional Assistance Mission to Solomon Islands"
        return RunGoes.ON
    return ASK_ON


def _aim_after_to(tokens: list[Token], first: int, last: int, covered: list[bool], gazetteer: Gazetteer) -> bool:
    """Whether "to" and a capitalised verb and its object after a body's word name its aim ("Committee to
    Protect Journalists", "Coalition to Counter Varnak")."""
    count = len(tokens)
    if not (
        tokens[last + 1].folded == "to"
        and tokens[last + 1].joined
        and (
            tokens[last].folded in NAME_WORD
            or tokens[last].folded in HEAD_WORD
            or (tokens[last].folded in AIM_OPENERS and last - first <= (tokens[first].folded == "the"))
        )
        and last + 3 < count
    ):
        return False
    verb, after = tokens[last + 2], tokens[last + 3]
    return (
        verb.joined
        and cased(verb)
        and cased(after)
        and not covered[last + 2]
        and not covered[last + 3]
        and verb.folded not in TITLES
        and verb.folded not in FUNCTION_WORDS
        and verb.text[1:].islower()
        and zipf(verb.folded) >= VERB_ZIPF
        and gazetteer.lookup((verb.folded,)) is None
        and gazetteer.country_of_demonym(verb.folded) is None
        and verb.folded not in TITLE_PARTS
        and verb.folded not in NAME_WORD
        and not verb.folded.endswith(ADJECTIVE_SUFFIXES)
    )


# A public service's letters that open the names of its boards, each named for the areas it serves.
_SERVICES_OF_AREAS = word_set("nhs")


def _board_of_two_areas(doc_text: str, tokens: list[Token], first: int, last: int, gazetteer: Gazetteer) -> bool:
    """'NHS Greater Glasgow and Clyde', 'NHS Ayrshire and Arran': a service's letters in capitals, an area, "and",
    then one more capitalised word that closes the name (a board serving two areas)."""
    after = last + 2
    if after >= len(tokens) or last == first or tokens[first].folded not in _SERVICES_OF_AREAS:
        return False
    if not tokens[first].text.isupper() or not tokens[last + 1].joined or not cased(tokens[after]):
        return False
    if after + 1 < len(tokens) and tokens[after].joined and cased(tokens[after + 1]):
        return False
    area = gazetteer.lookup((tokens[after].folded,))
    return area is None or area.country is not None  # (not "NHS England and Wales": a nation after "and")


_WORDS_AFTER_AND = 5
# A body's letters, then the bracket that spells them out: "the VNIM (", "JNIM (".
_LETTERS_BEFORE_BRACKET = re.compile(r"\b[A-Z][A-Z-]{1,9} ?\($")


def _expansion_of_letters_end(doc_text: str, tokens: list[Token], first: int, last: int) -> int | None:
    """Where a body's name that holds "and" ends when it is the whole of a bracket that spells out a body's letters
    just before it, however they are spelled (a translation): "the JNIM (Group to Support Islam and Muslims)". None
    otherwise; "and the" inside joins two bodies ("(the Tarnby Police and the Varn Guard)")."""
    opening = doc_text[max(0, tokens[first].start - 16) : tokens[first].start]
    if _LETTERS_BEFORE_BRACKET.search(opening) is None:
        return None
    count = len(tokens)
    end = last + 1
    for _ in range(_WORDS_AFTER_AND):
        if end + 1 >= count or not tokens[end].joined:
            return None
        word = tokens[end + 1]
        if word.folded == "the" or not (word.text[:1].isupper() or word.folded in ("of", "for", "and")):
            return None
        end += 1
        if word.text[:1].isupper() and doc_text.startswith(")", word.end):
            return end
    return None


def _and_between_bodies_and_places(r: RunWalk) -> RunGoes | Undecided:
    """The last "and" a name may hold: two words sharing one head, an organisation's "of" phrase, a Crown
    department, a canal, a seat, an inn, a service's second duty, "Food and Agriculture Organization"; a legal
    form or a list of names ends the run before it."""
    doc_text, tokens, first, last, covered, gazetteer = r.doc_text, r.tokens, r.first, r.last, r.covered, r.gazetteer
    count = len(tokens)
    nxt = tokens[last + 1]
    if nxt.folded != "and":
        return RunGoes.ENDS
    if tokens[last].folded in _LEGAL_ENDS:
        return RunGoes.ENDS  # "Varn Holdings Public Company Limited and Tesk Corporation": the legal form ends a firm
    if last + 2 < count and tokens[last + 2].text == "The" and nxt.joined:
        return RunGoes.ENDS  # "a member of Tarnmark and The Quell Ombudsman": a capital "The" opens a name of its own
    if _board_of_two_areas(doc_text, tokens, first, last, gazetteer):
        r.last, r.has_org_word = last + 2, True  # "NHS Greater Glasgow and Clyde": a health board of two areas
        return RunGoes.ON
    spelled = _expansion_of_letters_end(doc_text, tokens, first, last) if r.has_org_word else None
    if spelled is not None:
        r.last, r.has_org_word = spelled, True  # "JNIM (Group to Support Islam and Muslims)": the letters' name
        return RunGoes.ON
    in_list = after_list_comma(doc_text, tokens, first, gazetteer)
    if _body_of_its_own_after_and(tokens, last + 2):
        return RunGoes.ENDS  # "Halifax and Bank of Scotland": two names
    if school_by_its_stage_before(tokens, first, last, gazetteer):
        return RunGoes.ENDS  # "beat Bournmoor Primary and Lumley Junior School": a school by its stage, then another
    couple = couple_named_body_end(tokens, first, last, covered) or group_named_by_a_pair_end(
        tokens, first, last, covered
    )
    if couple is not None:
        r.last, r.has_org_word = couple, True  # "the Victoria and Albert Museum": a body named for a couple
        return RunGoes.ON
    shared = shared_head_end(tokens, first, last, covered, gazetteer)
    if shared is not None and not in_list:
        r.last, r.has_org_word = shared, True  # "University and College Union": two words sharing one head
        return RunGoes.ON
    if r.has_org_word and nxt.joined and last + 2 < count:
        # "Islamic State of Iraq and the Levant": 'and' only inside an organisation's 'of' phrase.
        ahead = last + 2
        while ahead < count and tokens[ahead].folded == "the" and tokens[ahead - 1].joined:
            ahead += 1
        # ("Union for Medical Care and Relief Organizations" goes on through its "for" phrase, too.)
        if (
            any(tokens[k].folded in ("of", "for", "on") for k in range(first, last))
            # (one "and" in a remit: "Department of Science and Technology and Quellan Aid" names two bodies)
            and not any(tokens[k].folded == "and" for k in range(first, last))
            and ahead < count
            and not covered[ahead]
        ):
            end = second_of_and(doc_text, tokens, first, last, ahead, gazetteer)
            if end is not None:
                r.last = end
                return RunGoes.ON
    if nxt.joined and tokens[first].text == "HM" and last == first + 1:
        crown = crown_body_end(tokens, last, covered)
        # In a list, only where the list's own "and" follows: "the PRA, HM Revenue and Customs and the GFSC".
        if crown is not None and in_list and not (crown + 1 < count and tokens[crown + 1].folded == "and"):
            crown = None
        if crown is not None:
            r.last, r.has_org_word = crown, True  # "HM Revenue and Customs": a Crown department's "and"
            return RunGoes.ON
    fields = state_body_of_two_fields(tokens, first, last, covered, gazetteer) if nxt.joined and not in_list else None
    if fields is not None:
        r.last, r.has_org_word = fields, True  # "UK Research and Innovation": the state's body for two fields
        return RunGoes.ON
    if in_list and nxt.joined and trade_word_before_and(tokens, first, last) and second_trade(tokens, last + 2):
        # "trades through Varn Brick, Tarnby Roofing and Cladding Ltd and ...": a firm's second trade and its
        # legal form end one name, in a list too
        end = and_before_head(doc_text, tokens, first, last, covered, gazetteer)
        if end is not None:
            r.last, r.has_org_word = end, True
            return RunGoes.ON
    waterway = joint_waterway_end(tokens, first, last, covered) if not in_list else None
    if waterway is not None:
        r.last = waterway  # "the Drifford and Cashmoor Canal": a canal named for the two towns it joins
        return RunGoes.ON
    seat = seat_of_two_places(doc_text, tokens, first, last)
    seat = seat_joined_by_and(tokens, first, last, covered) if seat is None else seat
    if seat is not None:
        r.last = seat  # "MP Daniel Corran (Labour, Tarnby and Severn Vale)": one seat named for two places
        return RunGoes.ON
    inn = inn_of_two_words(doc_text, tokens, first, last, covered, gazetteer)
    if inn is not None and not in_list:
        r.last = inn  # "at the Plough and Harrow": an inn named for two things
        return RunGoes.ON
    rescue = rescue_after_and(tokens, last, covered) if not in_list else None
    if rescue is not None:
        r.last = rescue  # "Tarnby Search and Rescue": a rescue service named by its two works
        return RunGoes.ON
    duty = duty_after_and(tokens, last, covered) if not in_list else None
    if duty is not None:
        r.last = duty  # "Libyan Coast Guard and Port Security": a service's second duty is its name's
        return RunGoes.ON
    if (
        not in_list
        and nxt.joined
        and (
            not r.has_org_word
            or trade_word_before_and(tokens, first, last)
            or _team_ahead(tokens, last + 2)
            or owners_plain_word_before_and(tokens, first, last)
            or adjective_head_opens(tokens, first, last)
            or _only_a_place_head(tokens, first, last)
            or _works_then_a_firms_trade(tokens, first, last, gazetteer)
            # "Local Government and Social Care Ombudsman", "Health and Safety Executive": a body's word
            # before "and", but the name goes on to the ombudsman's or the regulator's head (not "Tarnby
            # Council and Harbour Workers": a council, then a union)
            or any(
                tokens[k].folded in _OVERSEERS_BY_THEIR_FIELDS and remit_head_ends_run(tokens, k)
                for k in range(last + 2, min(last + 6, count))
            )
        )
    ):
        end = and_before_head(doc_text, tokens, first, last, covered, gazetteer)
        if end is not None:
            # "Food and Agriculture Organization", "UN Relief and Works Agency": one body.
            r.last, r.has_org_word = end, True
            return RunGoes.ON
    return RunGoes.ENDS


# The firm's or the board's word that closes such a name.
_FIRM_CLOSERS = word_set("company corporation board trust authority")
_TRADE_WORD_ZIPF = 3.5  # "Engineering" 4.6, "Harbour" 4.2: a trade's plain word, no name of its own
_TRADE_WORDS_AFTER_AND = 3


def _works_then_a_firms_trade(tokens: list[Token], first: int, last: int, gazetteer: Gazetteer) -> bool:
    """'the Tarnby Dry Dock and Engineering Company', 'the Canal and River Trust', 'the Tarnfife Coast and Countryside
    Trust': a dock's, a canal's or a coast's word before "and", then plain words and a firm's or a trust's word: one
    body named for the works or the land it keeps (the words after "and" name no body alone; not "the West Bank and
    Tarnish Authority": a people's word after "and" opens a name of its own)."""
    head = HEAD_WORD.get(tokens[last].folded)
    place_head = tokens[last].folded in WORKS_PLACES or (head is not None and head.kind is ActorKind.place)
    if not place_head or any(tokens[k].folded in NAME_WORD for k in range(first, last)):
        return False
    for k in range(last + 2, min(last + 2 + _TRADE_WORDS_AFTER_AND, len(tokens))):
        if not cased(tokens[k]):
            return False
        if tokens[k].folded in _FIRM_CLOSERS:
            return k > last + 2
        if zipf(tokens[k].folded) < _TRADE_WORD_ZIPF or not tokens[k].joined:
            return False
        if gazetteer.country_of_demonym(tokens[k].folded) is not None or is_given_name(tokens[k].folded):
            return False
    return False


def _only_a_place_head(tokens: list[Token], first: int, last: int) -> bool:
    """'the Middle East Peace and Security Initiative': the only head word before "and" is a place's ("East"),
    inside a region that opens the body's name, not a body's head that closes one."""
    heads = [HEAD_WORD.get(tokens[k].folded) for k in range(first, last)]
    return (
        tokens[last].folded not in HEAD_WORD
        and all(tokens[k].folded not in NAME_WORD for k in range(first, last + 1))
        and any(head is not None for head in heads)
        and all(head is None or head.kind is ActorKind.place for head in heads)
    )


def _body_of_its_own_after_and(tokens: list[Token], k: int) -> bool:
    """'Halifax and Bank of Scotland': after "and", a body's head word, "of" and a capitalised word open a whole
    name of its own ("Bank of Scotland"), so "and" joins two names, not two words of one."""
    if k + 2 >= len(tokens) or tokens[k + 1].folded != "of" or not tokens[k + 2].capitalised:
        return False
    cue = HEAD_WORD.get(tokens[k].folded) or NAME_WORD.get(tokens[k].folded)
    return tokens[k].capitalised and cue is not None and cue.kind is ActorKind.organization


# The steps of `run_end`, in the order they are asked: the first that can tell decides.
# Public services a body is named for, before "for" and the land it serves: "Transport for London", "Sport for Wales".
SECTORS_SERVED = frozenset(("transport", "sport", "health", "education", "skills", "tourism", "housing", "energy"))
_LAND_WORDS = 3  # "Transport for Greater Manchester"
# Australia's states by the letters no other word shares, served by a state's body as by a land's name.
STATE_LETTERS_SERVED = frozenset({"NSW", "QLD"})


def _sector_body_for_a_land(
    tokens: list[Token], first: int, last: int, covered: list[bool], gazetteer: Gazetteer
) -> int | None:
    """Where 'Transport for Greater Manchester' ends: one capitalised word of a public service, "for" and a land the
    gazetteer knows by its capitalised words (the longest that it knows)."""
    if last != first or tokens[first].folded not in SECTORS_SERVED or not tokens[first].text.istitle():
        return None
    if last + 2 >= len(tokens) or tokens[last + 1].text != "for" or not tokens[last].joined:
        return None
    end = None
    k = last + 2
    while k < len(tokens) and k - last - 1 <= _LAND_WORDS and cased(tokens[k]) and not covered[k]:
        if gazetteer.lookup(tuple(t.folded for t in tokens[last + 2 : k + 1])) is not None:
            end = k
        elif k == last + 2 and tokens[k].text in STATE_LETTERS_SERVED:
            end = k  # "Transport for NSW": the state by its letters, which the gazetteer does not read
        if not tokens[k].joined:
            break
        k += 1
    return end


_RUN_STEPS: tuple[Callable[[RunWalk], RunGoes | Undecided], ...] = (
    _dashes_hulls_and_initials,
    _across_punctuation,
    _states_firms_and_posts_with_and,
    _grades_and_capitals,
    _hyphens_particles_and_acronyms,
    _of_and_for_inside_a_name,
    _subjects_aims_and_regions,
    _and_between_bodies_and_places,
)


_LEGAL_ENDS = word_set("limited ltd llc plc inc")


_FOREIGN_PLACE_WORDS = 2


def _foreign_body_in_place(text: str, tokens: list[Token], first: int, last: int, covered: list[bool]) -> int | None:
    """Where 'Verein Freie Presse in Varnland (Association for a Free Press in Varnland)' ends: a body named
    in its own language, its word first (`FOREIGN_BODY_WORDS`), goes on through "in" and its country when
    an English gloss in brackets follows; the gloss is its other name (`bracketed_names`)."""
    if tokens[first].folded not in FOREIGN_BODY_WORDS or not tokens[last].joined:
        return None
    end = last + 2
    if end >= len(tokens) or covered[end] or not cased(tokens[end]) or not tokens[last + 1].joined:
        return None
    while (
        end - last - 1 < _FOREIGN_PLACE_WORDS
        and tokens[end].joined
        and end + 1 < len(tokens)
        and cased(tokens[end + 1])
    ):
        end += 1
    gloss = text[tokens[end].end : tokens[end].end + 3]  # " (A": a bracket, then a capital
    return end if gloss.startswith(" (") and gloss[2:].isupper() else None


def _town_on_a_river_end(
    doc_text: str, tokens: list[Token], first: int, last: int, covered: list[bool], gazetteer: Gazetteer
) -> int | None:
    """Where 'St Michael's on Wyre' or 'Newcastle upon Tyne' ends, written without hyphens: a saint's
    possessive then "on", or a town the gazetteer knows then "upon", and one capitalised word that ends
    the run (not "Russia on Ukraine": "on" after a plain name is a preposition)."""
    river = last + 2
    if river >= len(tokens) or covered[river] or not cased(tokens[river]) or tokens[river].folded in FUNCTION_WORDS:
        return None
    if not ends_run(tokens, river) or tokens[river].folded in _NOT_RIVERS:
        return None
    saint = (
        last == first + 1
        and tokens[first].folded in ("st", "saint")
        and doc_text[tokens[last].end : tokens[last + 1].start] in ("'s ", "’s ")
        and tokens[last + 1].folded == "on"
    )
    upon = (
        last == first
        and tokens[last].joined
        and tokens[last + 1].folded == "upon"
        and tokens[last + 1].joined
        and gazetteer.lookup((tokens[first].folded,)) is not None
    )
    return river if saint or upon else None


# Words after "on" that are days, not rivers: "St Mary's on Sunday".
_NOT_RIVERS = word_set("monday tuesday wednesday thursday friday saturday sunday christmas easter")


def _subject_goes_on(tokens: list[Token], subject: int, over_of_the: bool = True) -> bool:
    """After "on the": a subject of two capitalised words ("on the Great Lakes Region") or one, "of (the)" and a
    capitalised word ("Reviewing Committee on the Export of Works of Art", "Royal Commission on the Distribution of
    the Tarnish Population")."""
    count = len(tokens)
    if subject + 1 >= count or not tokens[subject].joined:
        return False
    if cased(tokens[subject + 1]):
        return True
    after = subject + 2
    if over_of_the and after + 1 < count and tokens[after].folded == "the" and tokens[after].joined:
        after += 1  # "... on the Distribution of the Tarnish Population"
    return after < count and tokens[subject + 1].folded == "of" and tokens[subject + 1].joined and cased(tokens[after])


def _team_ahead(tokens: list[Token], k: int) -> bool:
    """Whether a working unit's head word ends the capitalised words from `k` ("and Security Team")."""
    while k < len(tokens) and cased(tokens[k]):
        if team_head(tokens, k):
            return True
        k += 1
    return False


# The last word of a firm's name that a place may follow with "of": "Naval Group", "Tarvenne Shipping".
_FIRM_HEADS = frozenset(COMPANY_HEADS) | word_set("group shipyards shipyard industries corporation lines")


def _names_a_topic(tokens: list[Token], subject: int) -> bool:
    """The capitalised words from `subject` on name a topic ("Drugs and Crime", "Varnak Relations"), not
    where a building stands ("the Post Office on Tweedgate", "... on Tweedgate Road"): a topic holds an
    ordinary word and does not end as a street does."""
    words = []
    for token in tokens[subject:]:
        if not cased(token):
            break
        words.append(token.folded)
    return any(zipf(word) >= COMMON for word in words) and words[-1] not in STREET_HEADS


def _firm_then_place(tokens: list[Token], first: int, last: int, gazetteer: Gazetteer) -> bool:
    """A firm's name of two words or more ends at `last`, and "of" then names a place the gazetteer knows
    or a street."""
    if last == first or tokens[last].folded not in _FIRM_HEADS or tokens[last + 1].folded != "of":
        return False
    k = last + 2
    if k < len(tokens) and tokens[k].folded == "the":
        k += 1
    if k >= len(tokens) or not cased(tokens[k]):
        return False
    end = k
    while end + 1 < len(tokens) and end - k < 3 and tokens[end].joined and cased(tokens[end + 1]):
        end += 1
    if end > k and tokens[end].folded in STREET_HEADS:
        return True  # "Ostler Pryce Planning of Harnley Street": a firm, then the street it works from
    places = [
        gazetteer.lookup(tuple(t.folded for t in tokens[k : k + size])) for size in (1, 2, 3) if k + size <= len(tokens)
    ]
    if tokens[last].folded in TRADE_MEMBERS and any(p is not None and p.kind == "state" for p in places):
        return False  # "Chartered Professional Accountants of Tremmia": a profession's body of its state
    if tokens[last].folded in _STATES_CORPORATIONS and any(p is not None and p.kind == "state" for p in places):
        return (
            False  # "the Armaments Corporation of South Africa", "the Shipping Corporation of India": the state's own
        )
    return any(place is not None for place in places)


# A state's own firm is named "Corporation of" the state.
_STATES_CORPORATIONS = word_set("corporation")


# The last word of a unit's name, and of the force a unit belongs to ("Black Sea Fleet of the Tremmin Navy").
_UNIT_HEADS = word_set("division brigade regiment battalion squadron wing fleet flotilla")
_FORCE_NAME_TOKENS = 4


def _unit_then_force(tokens: list[Token], first: int, last: int) -> bool:
    """A unit's name of two words or more ends at `last`, and "of the" then names a force: "Army",
    "Navy", "Air Force" end a capitalised run of a few words ("2nd Brigade of the Tremmin Army")."""
    numbered = first > 0 and tokens[first - 1].text[:1].isdigit()  # "2nd Brigade": the ordinal stands before
    if (last == first and not numbered) or tokens[last].folded not in _UNIT_HEADS or tokens[last + 1].folded != "of":
        return False
    k = last + 2
    if k >= len(tokens) or tokens[k].folded != "the":
        return False
    for end in range(k + 1, min(k + 1 + _FORCE_NAME_TOKENS, len(tokens))):
        if not cased(tokens[end]):
            return False
        if tokens[end].folded in FORCE_HEADS and (end + 1 == len(tokens) or not cased(tokens[end + 1])):
            return True
        if not tokens[end].joined:
            return False
    return False


# Roles a person shares, written after "co-": "Co-founder Asha Trevan", "Co-host Milo Fenwright".
_SHARED_ROLES = word_set("founder host owner pilot presenter star writer")


def _hyphened_title(tokens: list[Token], k: int) -> bool:
    """'Co-ordinator', 'Co-chair', 'Co-founder': a post written with a hyphen after its prefix."""
    second = tokens[k + 1].folded
    return tokens[k].folded + second in TITLES or second in TITLES or second in _SHARED_ROLES


def _capital_after(tokens: list[Token], k: int, covered: list[bool]) -> bool:
    """Whether a capitalised word follows token k in the same phrase."""
    return k + 1 < len(tokens) and tokens[k].joined and cased(tokens[k + 1]) and not covered[k + 1]


# Lower-case halves after a people's word inside a body's name: "Serb-majority", "German-speaking".
_PEOPLES_COMPOUND_HALVES = word_set("majority speaking")


def _peoples_compound(doc_text: str, tokens: list[Token], last: int) -> bool:
    """'Association of Tarvish-majority Municipalities', 'Union of German-speaking Journalists': a capitalised word,
    a hyphen and a lower-case half that says whose, then the name goes on in capitals."""
    after = last + 2
    return (
        after < len(tokens)
        and last > 0
        and tokens[last - 1].folded in ("of", "for")  # the body's own "of" or "for" comes right before
        and doc_text[tokens[last].end : tokens[last + 1].start] in ("-", "‐")
        and tokens[last + 1].text in _PEOPLES_COMPOUND_HALVES
        and tokens[last + 1].joined
        and tokens[after].text[:1].isupper()
    )


def _peoples_word_of_a_plain_noun(doc_text: str, tokens: list[Token], k: int, gazetteer: Gazetteer) -> bool:
    """'the Community of Serb-majority municipalities', 'a Union of Kurdish towns': after "of", a people's word
    that says whose the lower-case noun after it is; the body's name does not go on to it."""
    if k + 1 >= len(tokens) or not tokens[k + 1].text[:1].islower():
        return False
    word = tokens[k].folded
    if not (is_people(word) or gazetteer.country_of_demonym(word) is not None):
        return False
    gap = doc_text[tokens[k].end : tokens[k + 1].start]
    if gap in ("-", "‐"):  # "Serb-majority municipalities": the compound's half, then a plain noun
        return k + 2 >= len(tokens) or not tokens[k + 2].text[:1].isupper()
    return gap == " " and tokens[k + 1].text.isalpha()


def _of_a_state_after(tokens: list[Token], last: int, gazetteer: Gazetteer) -> bool:
    """Whether "of" and a state follow `last`: "of Slovakia", "of the Slovak Republic", "of the Republic of
    Croatia" (a state's name of up to three words, or one opening with or after its form)."""
    k = last + 2
    if last + 1 >= len(tokens) or tokens[last + 1].folded != "of" or not tokens[last].joined or k >= len(tokens):
        return False
    if tokens[k].folded == "the" and k + 1 < len(tokens):
        k += 1
    if not cased(tokens[k]):
        return False
    if tokens[k].folded in STATE_FORMS or (k + 1 < len(tokens) and tokens[k + 1].folded in STATE_FORMS):
        return True
    for end in range(k, min(k + 3, len(tokens))):
        place = gazetteer.lookup(tuple(tokens[j].folded for j in range(k, end + 1)))
        if place is not None and place.kind == "state":
            return True
    return False


def _two_compass_points(tokens: list[Token], last: int, covered: list[bool], gazetteer: Gazetteer) -> bool:
    """A capitalised compass point, "and", another, then the land's capitalised name: "West and Central Africa"."""
    k = last + 3
    return (
        k < len(tokens)
        and two_compass_points(tuple(t.folded for t in tokens[last : k + 1]), gazetteer)
        and all(tokens[j].text[:1].isupper() and tokens[j - 1].joined for j in (last + 2, k))
        and tokens[last].text[:1].isupper()
        and tokens[last].joined
        and not any(covered[last + 1 : k + 1])
    )


def _state_words(tokens: list[Token], start: int, end: int, gazetteer: Gazetteer) -> bool:
    """Whether the words from `start` to `end` (after an opening "the") are one state's name."""
    start += start < end and tokens[start].folded == "the"
    place = gazetteer.lookup(tuple(tokens[k].folded for k in range(start, end + 1)))
    return place is not None and place.kind == "state" and all(cased(tokens[k]) for k in range(start, end + 1))


# A state's name of up to this many words after "and": "the Maldives", "Bosnia and Herzegovina" aside.
_STATE_WORDS = 3


def _second_state_served(
    tokens: list[Token], first: int, last: int, covered: list[bool], gazetteer: Gazetteer
) -> int | None:
    """'EU Delegation to Sri Lanka and the Maldives', 'Border Assistance Mission to Moldova and Ukraine': a body's
    word, "to" and a state end the run so far; "and" and a second state are served by the same body. Where the
    second state ends, or None."""
    to = next((k for k in range(last - 1, first, -1) if tokens[k].text == "to"), None)
    if to is None or tokens[to - 1].folded not in NAME_WORD or not _state_words(tokens, to + 1, last, gazetteer):
        return None
    start = last + 2
    if start < len(tokens) and tokens[start].text == "the":
        start += 1
    for end in range(min(start + _STATE_WORDS, len(tokens)) - 1, start - 1, -1):
        if not any(covered[start : end + 1]) and _state_words(tokens, start, end, gazetteer):
            after = tokens[end + 1] if end + 1 < len(tokens) else None
            # (not a state's name opening another: "and the Niger Delta Development Commission")
            return None if after is not None and tokens[end].joined and cased(after) else end
    return None


_GOVERNMENTS = word_set("government governments")


def _government_then_another_state(
    tokens: list[Token], first: int, last: int, covered: list[bool], gazetteer: Gazetteer
) -> bool:
    """'the Government of Iraq and the United States', 'the Government of Denmark and Iceland': a government "of" a
    state, then "and" and another state's whole name: the second is a party of its own, no second land governed."""
    of = next((k for k in range(last - 1, first, -1) if tokens[k].text == "of"), None)
    if of is None or tokens[of - 1].folded not in _GOVERNMENTS or not _state_words(tokens, of + 1, last, gazetteer):
        return False
    start = last + 2
    for end in range(min(start + _STATE_WORDS, len(tokens)) - 1, start - 1, -1):
        if not any(covered[start : end + 1]) and _state_words(tokens, start, end, gazetteer):
            after = tokens[end + 1] if end + 1 < len(tokens) else None
            return not (after is not None and tokens[end].joined and cased(after))
    return False


def _state_at(tokens: list[Token], k: int, gazetteer: Gazetteer) -> bool:
    if k < len(tokens) and tokens[k].folded == "the":
        k += 1
    place = gazetteer.lookup((tokens[k].folded,)) if k < len(tokens) else None
    return place is not None and place.kind == "state"


# Heads of landforms named in the plural or as a stretch of land, that "of" and a known land may follow to say where
# they lie ("the Tarnic Highlands of Quellshire"); their names never go on through "of" and a known place.
_LANDFORM_HEADS = word_set("highlands lowlands heights mountains hills plains plateau valley tablelands ranges")
_LAND_NAME_WORDS = 3


def _landform_then_its_land(tokens: list[Token], first: int, last: int, gazetteer: Gazetteer) -> bool:
    """'the Southern Highlands of New South Wales': a landform's head at `last` after a word of its own name, then
    "of" and a land the gazetteer knows (up to three capitalised words, and no more after them)."""
    if tokens[last].folded not in _LANDFORM_HEADS or last == first or not tokens[last].text[:1].isupper():
        return False
    k = last + 2
    if k < len(tokens) and tokens[k].folded == "the":
        k += 1
    for end in range(min(k + _LAND_NAME_WORDS, len(tokens)) - 1, k - 1, -1):
        if not all(cased(tokens[j]) for j in range(k, end + 1)):
            continue
        if end + 1 < len(tokens) and tokens[end].joined and cased(tokens[end + 1]):
            continue
        if gazetteer.lookup(tuple(tokens[j].folded for j in range(k, end + 1))) is not None:
            return True
    return False


def _area_in_its_state(tokens: list[Token], first: int, last: int, gazetteer: Gazetteer) -> bool:
    """'the Diffa Region of Niger': the words before the area's head are a place the gazetteer puts in
    the state named after "of", so the state says where the area lies and is no part of its name."""
    start = first + 1 if tokens[first].folded == "the" else first
    place = gazetteer.lookup(tuple(tokens[k].folded for k in range(start, last))) if start < last else None
    state_at = last + 3 if last + 2 < len(tokens) and tokens[last + 2].folded == "the" else last + 2
    state = gazetteer.lookup((tokens[state_at].folded,)) if state_at < len(tokens) else None
    return place is not None and state is not None and place.country == state.name


# Words an area's name may hold before its head: "Salah al-Din Province", "Ras al-Khaimah Emirate".
_AREA_NAME_SPAN = 4


def _area_at(tokens: list[Token], k: int) -> bool:
    """'the Hamrin Mountains of Salah al-Din Province': after "of" comes an area named with its head
    word (a province, a region), where the land form lies."""
    if k < len(tokens) and tokens[k].folded == "the":
        k += 1
    for j in range(k, min(k + _AREA_NAME_SPAN + 1, len(tokens))):
        if not (cased(tokens[j]) or tokens[j].folded in ARABIC_ARTICLES):
            return False
        if j > k and tokens[j].folded in AREA_HEADS:
            return True
    return False


# A unit's head word, before "of the" and a people's body it belongs to.
_PEOPLES_UNIT_HEADS = word_set("corps brigade brigades division regiment battalion wing unit")


def _unit_of_a_peoples_body(tokens: list[Token], last: int, gazetteer: Gazetteer) -> bool:
    """'Africa Corps of the Russian Ministry of Defence': a unit's head word, "of the", then a people's
    adjective and a body's word (no state's name, as "the Russian Federation" is) open a body of its own."""
    ahead = last + 3
    if ahead + 1 >= len(tokens) or tokens[last].folded not in _PEOPLES_UNIT_HEADS or tokens[last + 2].folded != "the":
        return False
    demonym, body = tokens[ahead].folded, tokens[ahead + 1].folded
    return (
        gazetteer.country_of_demonym(demonym) is not None
        and body in NAME_WORD
        and gazetteer.lookup((demonym, body)) is None
    )


# A party or an alliance of parties named before its noun in lower case: "the Law and Justice party".
_PARTY_NOUNS = word_set("party coalition bloc")
# The small words inside a party's name: "Alternative for Varnia", "Freedom and Solidarity".
_PARTY_GLUE = word_set("for and of")
_PARTY_REACH = 6


def _party_name_before_its_noun(
    text: str, tokens: list[Token], first: int, last: int, covered: list[bool]
) -> int | None:
    """Where a party's name ends that goes on through "for", "and" or "of" up to its noun in lower
    case, its acronym in brackets between them or not: "the Alternative for Varnia party", "the Law
    and Justice (PiS) party". The noun says the words are one body's name; a feast's party ("the
    Christmas and New Year party") is no body."""
    count = len(tokens)
    k = last + 1
    crossed = False
    while k < count and k <= last + _PARTY_REACH and tokens[k - 1].joined and not covered[k]:
        token = tokens[k]
        if not cased(token):
            if token.folded not in _PARTY_GLUE or (crossed and tokens[k - 1].folded in _PARTY_GLUE):
                return None
            crossed = True
        else:
            noun = k + 1
            gap = text[token.end : tokens[noun].start] if noun < count else ""
            if gap.startswith(" (") and noun + 1 < count and text[tokens[noun].end : tokens[noun].end + 2] == ") ":
                noun += 1  # "(PiS)": its acronym before the noun
                gap = " "
            if noun < count and gap == " " and tokens[noun].text in _PARTY_NOUNS:
                words = {t.folded for t in tokens[first:noun]}
                return k if not words & (HOLIDAYS | MONTHS_AND_DAYS) else None
            if not token.joined:
                return None
        k += 1
    return None


# The longest body's name after "of" that the rule below reads ahead over.
_BODY_AFTER_OF_WORDS = 4


def _body_after_of(tokens: list[Token], first: int, last: int, covered: list[bool]) -> int | None:
    """'EU Rule of Law Mission': a common word inside a run, "of", then capitalised words ending
    in a body's word are one name. Not after a person's name ("Joss Quarrie of
    Tremmin Council"): the word before "of" must be an ordinary word, not a name."""
    word = tokens[last].folded
    after_the = first > 0 and tokens[first - 1].text == "the" and tokens[first - 1].joined and not is_title(word)
    if last == first and not after_the:
        # "Shares of Tarvel Co. rose": a common word opening the sentence names nothing ("the Men of
        # Dignity Movement" does: a capital after a lower-case "the" opens a name)
        return None
    if zipf(word) < VERB_ZIPF or is_surname(word) or is_given_name(word) or word in FUNCTION_WORDS:
        return None
    if is_given_name(tokens[first].folded):
        return None  # "Miriam Gold of Kessler Gold LLP": a person (a given name first) of a firm
    end = last + 1
    while (
        end + 1 < len(tokens)
        and end - last <= _BODY_AFTER_OF_WORDS
        and tokens[end].joined
        and cased(tokens[end + 1])
        and not covered[end + 1]
    ):
        end += 1
    if end == last + 1 or tokens[end].folded not in NAME_WORD:
        return None
    return end


def _gerund_aim_before_the(tokens: list[Token], first: int, last: int, covered: list[bool]) -> bool:
    """'Saving' in "Fund for Saving the Tarvel Lake": a capitalised gerund after a body's word and "for",
    before "the" and a capitalised word, goes on into what the body's aim is about."""
    word = tokens[last].text
    return (
        last - first >= 2
        and tokens[last - 1].folded == "for"
        and (tokens[last - 2].folded in NAME_WORD or tokens[last - 2].folded in HEAD_WORD)
        and word.endswith("ing")
        and word[:1].isupper()
        and word[1:].islower()
        and last + 2 < len(tokens)
        and tokens[last].joined
        and tokens[last + 1].joined
        and cased(tokens[last + 2])
        and not covered[last + 2]
    )


# An initial's word is rarer than this ("Voters" after "option C." opens a sentence, no name).
_NAME_AFTER_INITIAL_ZIPF = 3.5


# "Father of", "mother of", "son of" written in lower case inside a person's name: "Auda abu Tayi" (capitalised,
# "Abu" opens a name of its own: "Abu Bakr", "Abu Sayyaf"); the Tuareg "ag" ("Iyad ag Ghaly"), the Moorish "ould"
# ("Ahmed ould Daddah"), the Maghrebi "ben" ("Karim ben Salah": capitalised, "Ben" is a given name), the Kalenjin
# "arap" ("Daniel arap Moi"), the Maasai "ole" ("Samson ole Tipis") and the Kikuyu "wa" ("Njeri wa Migwi"), which
# no English phrase puts between capitals; and Filipino "ng" ("of") inside a body's name ("Bangko Sentral ng
# Pilipinas", "Sandiganbayan ng Maynila"), and its "para sa" ("for") inside a coalition's ("Alyansa para sa Bagong
# Tarnas"); and the Gaelic "nan" and "na" ("of the") inside a council's or a place's name ("Comhairle nan Eilean
# Siar", "Conradh na Gaeilge"), which no English phrase puts between capitals either.
LOWER_CASE_PARTICLES_INSIDE = frozenset(
    {"abu", "umm", "ag", "ould", "ben", "arap", "ole", "wa", "ng", "para", "nan", "na"}
)


def _initials_before_a_name(text: str, tokens: list[Token], first: int, last: int, covered: list[bool]) -> bool:
    """'P. Ilangovan', 'R. K. Varman': the run so far is single capital letters (after a title or none), each
    with its stop, and a rare capitalised word follows (a person's initials in Indian and cricket writing; not
    "option C. Voters ...", which ends a sentence)."""
    opening = first
    while opening < last and (tokens[opening].folded in TITLES or tokens[opening].folded == "justice"):
        opening += 1  # "Justice P. S. Girijamma", "Dr. A. Bose": a title, then the initials
    if not all(len(tokens[k].text) == 1 and tokens[k].text.isupper() for k in range(opening, last + 1)):
        return False
    if opening == first and first > 0 and tokens[first - 1].joined and cased(tokens[first - 1]):
        return False  # "Plan B. Harwood": a letter closing another name
    nxt = last + 1
    if nxt >= len(tokens) or covered[nxt] or text[tokens[last].end : tokens[nxt].start] != ". ":
        return False
    word = tokens[nxt]
    return cased(word) and (
        len(word.text) == 1
        or (not word.text.isupper() and zipf(word.folded) < _NAME_AFTER_INITIAL_ZIPF)
        # "J. Dent & Son": a family firm's founder by his initial, though his name is a common word
        or (not word.text.isupper() and text.startswith(" & ", word.end))
    )


_MONTHS = word_set("january february march april may june july august september october november december")
_DATED_WORDS_BEFORE_HEAD = 2


def dated_name(doc: ActorDocument, first: int, covered: list[bool], skip: list[bool]) -> Candidate | None:
    """'the March 23 Movement': a month and a day that open a movement's name are part of it."""
    tokens = doc.tokens
    if tokens[first].text == "The" and tokens[first].joined and first + 1 < len(tokens):
        first += 1  # "The April 6 Youth Movement said" opens a sentence
    day = first + 1
    if (
        day + 1 >= len(tokens)
        or tokens[first].folded not in _MONTHS
        or not cased(tokens[first])
        or not tokens[first].joined
        or not tokens[day].text.isdigit()
        or not 1 <= int(tokens[day].text) <= 31  # the days of a month
        or not tokens[day].joined
        or not cased(tokens[day + 1])
        or covered[day + 1]
        or skip[day + 1]
    ):
        return None
    last = run_end(doc.text, tokens, day + 1, covered, skip, doc.gazetteer)
    if tokens[last].folded not in DATED_HEADS or last - day - 1 > _DATED_WORDS_BEFORE_HEAD:
        return None
    name = doc.text[tokens[first].start : tokens[last].end]
    return Candidate(first, last, name, ActorKind.organization, "a day and a movement's head word", 0.7)


# Bodies named for the subject they sit on: "Council on Foreign Relations", "Committee on the
# Rights of the Child", "Task Force on Migration", "Conference on Disarmament".
# A group of officials or experts named for its subject ("Working Group on Arbitrary Detention"), not a
# firm's group ("the Adani Group on Twitter"): its kind of work before "Group".
_PANEL_GROUPS = word_set("working contact expert experts study advisory consultative coordination steering")


def _panel_group(tokens: list[Token], first: int, last: int) -> bool:
    """'Joint Working Group on ...', 'Contact Group on ...': a panel's "Group" before its subject."""
    return last > first and tokens[last].folded == "group" and tokens[last - 1].folded in _PANEL_GROUPS


BODIES_ON_A_SUBJECT = word_set(
    "council committee commission conference forum dialogue panel force subcommittee board office authority convention"
    " organ"  # "the Organ on Politics, Defence and Security Cooperation"
    " inquiry enquiry"  # "Commission of Inquiry on Missing Persons": the panel's inquiry, then its subject
)


def hyphened_prefix(doc: ActorDocument, position: int, last: int) -> bool:
    """'De-Baathification Commission': a capitalised prefix joined by a hyphen is part of the word."""
    token = doc.tokens[position]
    return (
        position < last
        and token.text[0].isupper()
        and token.folded not in ARABIC_ARTICLES
        and doc.text[token.end : doc.tokens[position + 1].start] == "-"
    )


def opens_arabic_name(doc: ActorDocument, position: int, last: int) -> bool:
    """'Al Hawl', 'Al-Sinek', 'Al Qaeda': a capitalised Arabic article is the first word of the name."""
    token = doc.tokens[position]
    return token.folded in ARABIC_ARTICLES and token.text[0].isupper() and position < last


def drop_members_plural(doc: ActorDocument, candidate: Candidate) -> None:
    """'the Australian Humanitarian Partnership NGOs': an acronym in the plural after a body's word names the
    body's members, no part of its name."""
    tokens = doc.tokens
    last = candidate.last
    if last == candidate.first or not acronyms_plural(tokens[last]):
        return
    # "30 Fianna Fáil TDs", "Tarnish Alliance MPs": a house's members by its letters, after their party's name
    members = tokens[last].folded[:-1] in SEAT_LETTERS and candidate.kind is not ActorKind.person
    if not members and (candidate.kind is not ActorKind.organization or last - candidate.first < 2):
        return
    head = tokens[last - 1].folded
    if not members and head not in NAME_WORD and head not in HEAD_WORD:
        return
    candidate.last = last - 1
    candidate.name = doc.text[tokens[candidate.first].start : tokens[last - 1].end]


def take_article(doc: ActorDocument, candidate: Candidate) -> None:
    """'al-Hilla', 'al-Baghdadi': an Arabic article joined by a hyphen is part of the name after it."""
    tokens, text = doc.tokens, doc.text
    article = candidate.first - 1
    if article < 0 or candidate.canonical is not None or tokens[article].folded not in ARABIC_ARTICLES:
        return
    gap = text[tokens[article].end : tokens[candidate.first].start]
    # (English papers write a group's "al" apart too: "claimed by al Qaeda", not inside a person's name, "Hamad al
    # Thani", nor Spanish, "Movimiento al Socialismo")
    apart = (
        gap == " "
        and tokens[article].text == "al"
        and candidate.kind is not ActorKind.person
        and not (
            article > 0
            and tokens[article - 1].capitalised
            and text[tokens[article - 1].end : tokens[article].start] == " "
        )
    )
    if gap not in ("-", "‐") and not apart:
        return
    if article > 0 and tokens[article - 1].end == tokens[article].start:
        return  # part of a longer word
    if candidate.alias is None and candidate.kind is ActorKind.place:
        candidate.alias = candidate.name  # "Hilla": the place is also written without its article
    candidate.name = text[tokens[article].start : tokens[candidate.first].start] + candidate.name
    candidate.first = article


def _region_form_before(tokens: list[Token], first: int, last: int) -> bool:
    """'Autonomous Territorial Unit [of Varnia]': the run so far is a region's form of self-rule."""
    return region_form(tuple(tokens[k].folded for k in range(first, last + 1)))


def ends_name(token: Token) -> bool:
    """A word no name goes on through: a code, a number, a month or day."""
    return is_junk_word(token) and token.folded not in FUNCTION_WORDS


def breaks_name(doc: ActorDocument, k: int) -> bool:
    """A word inside a run that no name goes on through: a capitalised "The" not after "of"
    ("Outkick The Coverage", "Sarah The Implausible"), or a code after a word ("Page A8"), unless a group's
    after "The"."""
    token = doc.tokens[k]
    if token.text == "The" and doc.tokens[k - 1].folded not in NAME_GLUE:
        return not state_written_with_the(doc, k)
    if _dateline_after_a_byline(doc, k) or town_dateline_after_words(doc, k):
        return True
    if _pronoun_i(doc, k):
        return True
    if legal_form_ends_before(doc, k):
        # "© Provided by Business Insider Inc Nintendo/Apple": a firm's legal form ends its name (not "GmbH & Co.
        # KG", one legal form of two parts)
        return True
    return LETTER_NUMBER.fullmatch(token.text) is not None and not _group_after_the(doc, k)


def legal_form_ends_before(doc: ActorDocument, k: int) -> bool:
    """Whether a firm's legal form ends a name right before the capitalised word `k`, which opens the next name
    ("partner at Tarnwell Macro LLC Ola Brandt": the partner's name)."""
    previous, token = doc.tokens[k - 1], doc.tokens[k]
    return (
        previous.text in _LEGAL_FORMS_ENDING_A_NAME
        and doc.text[previous.end : token.start] == " "
        and token.text[:1].isupper()
    )


# Verbs that follow the pronoun "I", never a numeral's name ("World War I was", "Elizabeth I had" take the third
# person); a modal follows "I" after a body's head word, where no numeral comes ("Her Majesty's Government I would
# like to thank").
_FIRST_PERSON_VERBS = word_set("am have think believe hope want feel know do don't 'm 've 'd 'll")
_MODALS = word_set("would will can could should must shall")


def _pronoun_i(doc: ActorDocument, k: int) -> bool:
    """'On behalf of the Government I would like to ...': the pronoun "I" after a name, then its verb."""
    tokens = doc.tokens
    if tokens[k].text != "I" or k + 1 >= len(tokens) or not tokens[k].joined:
        return False
    verb = tokens[k + 1]
    if verb.text != verb.folded:
        return False
    body = tokens[k - 1].folded in HEAD_WORD or tokens[k - 1].folded in NAME_WORD
    if verb.folded in _FIRST_PERSON_VERBS or (verb.folded in _MODALS and body):
        return True
    return _past_or_modal(verb.folded) and _opened_by_where(tokens, k)


# Verbs in the past a writer puts after "I" ("In Phnom Penh I met the minister", "At Dakar I saw"); regular ones end
# in "-ed".
_PAST_AFTER_I = word_set("met saw spoke told heard went gave took made had was found felt thought came left flew")
_WHERE_BEFORE_A_NAME = word_set("in at")


def _past_or_modal(word: str) -> bool:
    return word in _PAST_AFTER_I or word in _MODALS or (len(word) > 4 and word.endswith("ed"))


def _opened_by_where(tokens: list[Token], k: int) -> bool:
    """'In Phnom Penh I met': the name before "I" follows "in" or "at", so it is where the writer was and "I" the
    writer; a monarch's numeral ("Elizabeth I met", "under Charles I signed") follows no such word."""
    first = k - 1
    while k - first < 4 and first > 1 and tokens[first - 1].capitalised and tokens[first - 1].joined:
        if tokens[first - 1].folded in _WHERE_BEFORE_A_NAME:
            break  # "In Dakar I ...": the sentence's first word
        first -= 1
    return first > 0 and tokens[first - 1].folded in _WHERE_BEFORE_A_NAME


# Legal forms written last in a firm's name, as written ("Inc", not "INC" inside a line in capitals; not "Pty",
# which "Ltd" follows).
_LEGAL_FORMS_ENDING_A_NAME = frozenset(("Inc", "Ltd", "LLC", "Plc", "PLC", "GmbH"))


# What ends a story's dateline: an agency's letters in brackets and a dash, or the dash alone.
_DATELINE_END = re.compile(r" (?:\([A-Z][\w&.-]{1,15}\) )?(?:--|[—–-]) ")


# A dateline's end after its town: a comma and a date ("Addis Abeba, November 18/2021") or a dash.
_TOWN_DATELINE_END = re.compile(
    r"(?:,[ \t]*(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"[ \t]+\d{1,2}\b| (?:--|[—–-]) [A-Z])"
)


def town_dateline_after_words(doc: ActorDocument, k: int) -> bool:
    """'By Quellish Standard Staff Addis Abeba, November 18/2021 –', 'Picture: QNDF Addis Abeba - Rear Admiral':
    a byline's or a credit's words, then the town of a dateline (a known town of a people, then a date or a
    dash); the town is no part of the name before it."""
    tokens = doc.tokens
    if not tokens[k].text[:1].isupper() or not tokens[k - 1].text[:1].isupper() or not tokens[k - 1].joined:
        return False
    if tokens[k].text.isupper() or tokens[k - 1].folded in COMPASS:
        return False  # "SOUTHWEST ASIA - Strikes": a dateline in capitals, a compass word and its land, one name
    if not found_on_line_before(doc, _CREDIT_OR_BYLINE, tokens[k].start):
        return False  # "Lambert Smith Hampton – Gavin Coldstream joins": a firm's name before a dash, no credit
    for size in (1, 2, 3):
        end = k + size - 1
        if end >= len(tokens) or (end > k and not tokens[end - 1].joined):
            break
        place = doc.gazetteer.lookup(tuple(token.folded for token in tokens[k : end + 1]))
        if doc.gazetteer.lookup(tuple(token.folded for token in tokens[k - 1 : end + 1])) is not None:
            return False  # "New York, May 3": the word before is the town's own
        if place is not None and place.population >= _DATELINE_TOWN_PEOPLE:
            return _TOWN_DATELINE_END.match(doc.text, tokens[end].end) is not None
    return False


# What opens a credit's or a byline's line before a dateline's town: "By ...", "Picture: ...", "Photo: ...".
_CREDIT_OR_BYLINE = re.compile(r"(?:^|(?<=[\s(]))(?:By|Picture|Pictures|Photo|Photos|Photograph|Image|Credit)\b")


# How many people a town must have for its name to be read as a dateline's after other capitalised words.
_DATELINE_TOWN_PEOPLE = 100_000


def _dateline_after_a_byline(doc: ActorDocument, k: int) -> bool:
    """'By Ilse Varnak CNN WASHINGTON (CNN) — The bill': a byline's name, then the outlet and the dateline in
    capitals, run together on one line; the words in capitals are no part of the writer's name."""
    tokens = doc.tokens
    previous = tokens[k - 1]
    if not (tokens[k].text.isupper() and previous.text[:1].isupper() and not previous.text.isupper()):
        return False
    end = k
    while end + 1 < len(tokens) and tokens[end].joined and tokens[end + 1].text.isupper():
        end += 1
    return _DATELINE_END.match(doc.text, tokens[end].end) is not None


# What follows a group's letters and number, not a route's or a road's: "The G7 leaders", "The M23 rebels".
_MEMBERS_AFTER_LETTERS = word_set("leaders members countries nations states summit")


def _group_after_the(doc: ActorDocument, k: int) -> bool:
    """'The M23 rebels', 'The G7 leaders': letters and a number after the article that opens a sentence, then
    what a group is or does, are the group's name ("The X7 express", "The A8 motorway" are a route, a road)."""
    tokens = doc.tokens
    if tokens[k - 1].folded != "the" or k + 1 >= len(tokens) or not tokens[k].joined:
        return False
    after = tokens[k + 1]
    cue = NEXT_WORD.get(after.folded)
    acts = cue is not None and cue.kind is not ActorKind.place
    return after.text.islower() and (acts or after.folded in _MEMBERS_AFTER_LETTERS)


_TITLES_OF_PERSONS = word_set("prime president chancellor premier king queen emperor sultan emir")
# Military ranks that open a commander's style ("Major General", "Lieutenant Colonel", "Rear Admiral").
_RANK_WORDS = word_set(
    "major general lieutenant colonel captain brigadier admiral vice rear commodore commander marshal field air"
)


def _rank_then_given_name(tokens: list[Token], k: int) -> bool:
    """'of Major General Lloyd Varn': rank words, then a given name: a commander, not more of a body's
    name ("Chief of General Staff" has no given name after its rank word)."""
    if tokens[k].folded not in ("major", "general", "lieutenant", "colonel", "captain", "brigadier", "admiral"):
        return False
    while k < len(tokens) and tokens[k].folded in _RANK_WORDS and cased(tokens[k]) and tokens[k].joined:
        k += 1
    return k < len(tokens) and cased(tokens[k]) and is_given_name(tokens[k].folded)


_TRAILING_GLUE = word_set("of on for in to and the")


_REMIT_WORDS = 3  # "for Free and Fair Voting": the words of a body's aim before its gerund


def _remit_before(doc: ActorDocument, k: int) -> bool:
    """'Council for Responsible Voting', 'Centre for Independent Living', 'Mothers Against Drunk Driving': a
    body's "for", "on" or "against" a few capitalised words before the gerund at `k`, which then names the
    body's aim and ends its name."""
    for j in range(k - 1, max(0, k - 1 - _REMIT_WORDS), -1):
        token = doc.tokens[j]
        if token.text in ("for", "on", "against", "Against"):
            return j > 0 and doc.tokens[j - 1].capitalised
        if not token.joined or not (token.capitalised or token.text == "and"):
            return False
    return False


def trails_name(doc: ActorDocument, k: int) -> bool:
    """A word a name does not end with: a function word opening what follows ("P.S. As we...",
    a new line) or an adverb ("SNE Effectively"); "Hoi An" goes on through its "An"."""
    token = doc.tokens[k]
    word = token.folded
    if word in _TRAILING_GLUE and token.text.islower() and doc.text[doc.tokens[k - 1].end : token.start] == " ":
        return True  # "London Conference of [February]": the glue was for words a date cut off
    if word in _CREDIT_LABELS and doc.text.startswith(":", token.end):
        return True  # "in the capital, Apia Photo: RNZ": a caption's credit label after the place
    if word in FUNCTION_WORDS and "." not in token.text and token.text != "US":
        gap = doc.text[doc.tokens[k - 1].end : token.start]
        if gap == "-" and k >= 2 and hyphened_given_name(doc.text, doc.tokens, k - 2):
            return False  # "Moon Jae-in"
        return gap != " "
    # "Visualizing Data Using": a gerund this common ends no name ("Reading" and "Ealing" are rare
    # as words or places in the gazetteer). A trade that heads a company's name is no gerund there:
    # "Quorvell Mining", "Tarvenne Shipping".
    if (
        word.endswith("ing")
        and len(word) >= 5  # "Wing", "King", "Ring": no verb before the -ing
        and zipf(word) >= _VERY_COMMON_GERUND
        and word not in HEAD_WORD
        and word not in FIELD_GERUNDS
        and doc.gazetteer.lookup((word,)) is None
        and not _remit_before(doc, k)
    ):
        stem = word[:-3]
        return any(zipf(form) >= VERB_ZIPF for form in (stem, stem + "e", stem[:-1]) if len(form) >= 2)
    # (not a head that ends names: "Tarnby Weekly", a paper; nor the second half of a double family name,
    # "Hinds-Sealy", where a capital after a hyphen goes on with the name, no adverb)
    hyphened = doc.text[doc.tokens[k - 1].end : token.start] == "-" and token.text[:1].isupper()
    # ("Gen. Jubal Early attacked": a family name in "-ly" after a given name, capitalised inside the sentence)
    before = doc.tokens[k - 1].folded
    named = is_given_name(before) or (k >= 2 and is_title(doc.tokens[k - 2].folded))  # "Gen. Jubal Early"
    family = is_surname(word) and named and token.text.istitle()
    # ("Foreign Secretary James Cleverly said": a rarer adverb, capitalised after a given name and ending the run,
    # is the family name the lists lack; "Clearly", "Finally" are too common to be one)
    ends_run = k + 1 >= len(doc.tokens) or not (doc.tokens[k + 1].capitalised and doc.tokens[k + 1].joined)
    rare_family = is_given_name(before) and token.text.istitle() and ends_run and zipf(word) < _RARE_ADVERB_FAMILY
    return (
        word.endswith("ly")
        and word not in HEAD_WORD
        and not hyphened
        and not (family or rare_family)
        and verb_form(word)
    )


_RARE_ADVERB_FAMILY = 3.5  # Zipf: "cleverly" 3.2, "boldly" 3.3; "swiftly" 3.5, "sadly" 4.2, "clearly" 4.9


_VERY_COMMON_GERUND = 4.5
# A caption's label before its credit and a colon: "Photo: RNZ", "Picture: ENDF", "Image: Handout".
_CREDIT_LABELS = word_set("photo photos picture")


def own_and_ends_run(tokens: list[Token], first: int, last: int, language: str) -> int:
    """The run's last word once cut before a lower-case "e" or "y" on a page in another language than English: there
    it joins two names ("Tra Borgotto e Casalvento"), as "and" does in English (`_ROMANCE_ANDS` keeps it inside a
    name on an English page), unless a firm's legal form closes the run after it ("Indústria e Comércio Lda")."""
    if language == "en":
        return last
    for k in range(first + 1, last):
        if tokens[k].text in _ROMANCE_ANDS:
            if any(registered_form(tokens[j]) for j in range(k + 1, last + 1)):
                return last
            return k - 1
    return last
