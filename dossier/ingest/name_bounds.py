"""Where a name begins and ends in a run of words.

The glue inside names ("Ministry of Defence", "Food and Agriculture Organization", "People's
Protection Units", "Abu Bakr al-Baghdadi"), an acronym in brackets that spells the name out,
and the edges: an Arabic article or an ordinal before it, a word no name ends with after it.
"""

from __future__ import annotations

import re

from dossier.ingest.acronyms import ACRONYM, acronym_spells
from dossier.ingest.actor_document import ActorDocument, cased, skipping_acronym
from dossier.ingest.common_words import COMMON, zipf
from dossier.ingest.cues import (
    AIM_OPENERS,
    ARABIC_BODY_OPENERS,
    BRANCH_REGION_STATES,
    COMPANY_HEADS,
    DUTIES,
    DUTY_SERVICES,
    ELECTED_POSTS,
    FAMILY_NAME_HEADS,
    FIELD_GERUNDS,
    FOREIGN_BODY_WORDS,
    FUNCTION_WORDS,
    GROUPINGS_AFTER_THE,
    HEAD_AFTER_FIRST,
    HEAD_FIRST_BODIES,
    HEAD_WORD,
    HOLIDAYS,
    KNOWN_BODIES,
    KNOWN_FIRMS,
    KNOWN_GROUPS,
    KNOWN_MEDIA,
    MONTHS_AND_DAYS,
    MOVEMENTS_OF_A_STATE,
    NAME_GLUE,
    NAME_PARTICLES,
    NAME_WORD,
    NATION_PART_WORDS,
    NATIONS_OF_THE_UK,
    NOT_BRANCH_NOUNS,
    NUMBERED_SITES,
    OFFICE_HOLDERS,
    PARTIES_BY_WORD,
    PHRASE_BEFORE,
    PLACE_PREPOSITIONS,
    REMIT_FIELDS,
    SETTLEMENT_HEADS,
    STATE_FORMS,
    STOPPED_TITLES,
    STREET_HEADS,
    TITLE_OPENERS,
    TITLE_PARTS,
    TITLES,
)
from dossier.ingest.gazetteer import Gazetteer, is_region
from dossier.ingest.grouping import BRANCH_IN_STATE, Candidate
from dossier.ingest.mentions import Token
from dossier.ingest.name_words import (
    ADJECTIVE_SUFFIXES,
    ARABIC_ARTICLES,
    AREA_HEADS,
    COMPASS,
    LETTER_NUMBER,
    MAX_NAME_TOKENS,
    PLACE_HEADS,
    grade_after_rank,
    is_title,
    region_form,
)
from dossier.ingest.names import is_given_name, is_surname, word_set
from dossier.ingest.not_names import is_junk_word, verb_form
from dossier.ingest.paired_state_bodies import holds_paired_parties
from dossier.ingest.person_names import given_name_possessive, hyphened_given_name
from dossier.ingest.place_evidence import elided_name
from dossier.ingest.state_institutions import INSTITUTION_NOUNS
from dossier.model import ActorKind

# A word after "to" in a body's name is a verb, a common word ("Protect", "Counter", "End").
_VERB_ZIPF = 3.5

# "Cape of Good Hope", "Isle of Varn": a land form that opens its name goes on through "of".
# Heads that only close a name, never go on with "of": "Tarnley Ladies" (a club), not "First Ladies of Varnia".
_CLOSING_HEADS = word_set("ladies women")
_JOINERS_AFTER = word_set("university bank house department secretary minister ministry chief head cape isle")
# "the Campaign for Real Ale", "Campaign for Better Transport": a body named for what it wants.
_JOINERS_AFTER |= word_set("campaign")
# "the Line of Contact", "the Line of Control": a ceasefire line named for what it divides or holds.
_JOINERS_AFTER |= word_set("line")
# People named by what they do, who found a body for an aim: "Volunteers for the Defence of the Homeland",
# "Physicians for Human Rights", "Mothers for Peace" (not "lawyers for": who act for a client).
MEMBERS_FOR_AN_AIM = word_set("volunteers defenders physicians doctors mothers veterans scientists parents journalists")


# Small words written between hyphens inside one name: French and Haitian places ("Port-au-Prince",
# "Croix-des-Bouquets", "Saint-Jean-de-Luz"), Urdu and Persian names ("Tehrik-i-Taliban",
# "Lashkar-e-Taiba"), Arabic ones ("Ahl-ul-Bayt"), English towns ("Stratford-upon-Avon",
# "Newcastle-under-Lyme", "Barrow-in-Furness", "Weston-super-Mare", "Stow-on-the-Wold").
HYPHENED_PARTICLES = frozenset(
    ("au", "aux", "des", "de", "du", "la", "le", "les", "sur", "en", "lès", "i", "e", "ul")
) | frozenset(("on", "upon", "under", "in", "by", "super", "next", "cum", "the"))


_GIVEN_NAME_ZIPF = 3.5  # "Rhodri" (2.2) may be a first name the lists lack; "Middle", "Far" may not


def _members_for_an_aim(tokens: list[Token], first: int, last: int) -> bool:
    """The run so far is one plural of people joined for an aim ("Volunteers", "The Physicians")."""
    opening = first + (tokens[first].folded == "the" and first < last)
    return opening == last and tokens[last].folded in MEMBERS_FOR_AN_AIM


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


# Heads of a government body named by its remit: "Department for Culture, Media and Sport",
# "Standing Committee on Trade, Industry and Tourism", "Organ on Politics, Defence and Security".
_REMIT_HEADS = word_set(
    # "Bureau of Population, Refugees, and Migration", "Commissioner for Political Affairs, Peace and Security"
    "department ministry secretary minister office committee commission organ council bureau commissioner chamber"
)
_REMIT_GLUE = word_set("for of on")
_REMIT_WORD = 3.0  # each word of the remit is an ordinary word ("Food", "Rural Affairs"), no name


def _remit_list_end(doc_text: str, tokens: list[Token], first: int, last: int, covered: list[bool]) -> int | None:
    """'Department for Environment, Food and Rural Affairs': after a body's head and "for" (or "of")
    with its first field, a comma goes on with more fields in ordinary words, the last after "and".
    Not 'Department for Education, Ofsted and Ofqual' (names, not fields). The head may come after
    a state's adjective or a title's words: 'Indonesian Coordinating Minister for Political, Legal and
    Security Affairs'."""
    head = next(
        (h for h in range(first, last - 1) if tokens[h].folded in _REMIT_HEADS and tokens[h + 1].folded in _REMIT_GLUE),
        None,
    )
    if head is None or any(tokens[k].folded in _REMIT_HEADS for k in range(head + 1, last + 1)):
        return None
    k = last
    listed = False
    rare_field = False  # one field may be a rare word: "Tourism, Culture, Arts, Gaeltacht, Sport and Media"
    while True:
        if doc_text[tokens[k].end : tokens[k + 1].start if k + 1 < len(tokens) else tokens[k].end] != ", ":
            return None
        k += 1
        if listed and k + 1 < len(tokens) and tokens[k].text == "and" and tokens[k].joined and not covered[k + 1]:
            break  # "Population, Refugees, and Migration": a comma before the last "and"
        items = 0
        while k < len(tokens) and not covered[k] and cased(tokens[k]):
            if not _remit_word(tokens[k]):
                if rare_field or tokens[k].joined or not _rare_field(tokens[k]):
                    break
                rare_field = True
            items += 1
            if not tokens[k].joined:
                break
            k += 1
        if not items or k >= len(tokens):
            return None
        if cased(tokens[k]) and not tokens[k].joined:
            listed = True
            continue  # another comma: "Culture, Media, Sport and Tourism"
        if tokens[k].folded != "and" or k + 1 >= len(tokens) or covered[k + 1]:
            return None
        break
    if k + 2 < len(tokens) and tokens[k + 1].text == "the" and tokens[k].joined and tokens[k + 1].joined:
        k += 1  # "Agriculture, Food and the Marine": the last field with its article
    end = k
    while end + 1 < len(tokens) and not covered[end + 1] and cased(tokens[end + 1]):
        if end > k and is_given_name(tokens[end + 1].folded):
            break  # "... and Telecommunications Carlos Alvarado": the post's holder follows
        if not _remit_word(tokens[end + 1]):
            return None
        end += 1
        if not tokens[end].joined:
            break
    return end if end > k else None


_REMIT_CLOSE = frozenset((",", ".", ";", ":", ")"))
_REMIT_FIELD_WORDS = 3  # "European Neighbourhood Policy": the first field's words before "and"


def _secretary_of_state(tokens: list[Token], first: int, last: int) -> bool:
    """'Assistant Secretary of State' before "for" and a remit: the title goes on ("... for African Affairs")."""
    return (
        last - first >= 2
        and tokens[last].folded == "state"
        and tokens[last - 1].folded == "of"
        and tokens[last - 2].folded in TITLES
    )


def _holder_after(tokens: list[Token], remit: int, covered: list[bool]) -> bool:
    """Whether a capitalised name follows a post's remit right away: its holder."""
    k = remit + 1
    return (
        k < len(tokens)
        and tokens[remit].joined
        and not covered[k]
        and cased(tokens[k])
        and any(tokens[h].folded in TITLES for h in range(max(0, remit - 12), remit))
    )


# A staff college named for the two arts it teaches: "Command and Staff College", "Command and General Staff
# College", "Defence Services Command and Staff College".
_ARTS_OF_A_STAFF_COLLEGE = word_set("command")
_STAFF_COLLEGE_WORDS = word_set("general staff")
_STAFF_COLLEGE_HEADS = word_set("college school course")


def _school_of_two_arts(tokens: list[Token], last: int, covered: list[bool]) -> int | None:
    """Where 'Naval Command and Staff College' ends: "Command", "and", then "Staff" (or "General Staff") and a
    school's head. The command before "and" is no force of its own here."""
    if tokens[last].folded not in _ARTS_OF_A_STAFF_COLLEGE or not cased(tokens[last]):
        return None
    k = last + 2
    while k < len(tokens) and not covered[k] and cased(tokens[k]) and tokens[k].folded in _STAFF_COLLEGE_WORDS:
        if not tokens[k].joined:
            return None
        k += 1
    if k == last + 2 or tokens[k - 1].folded != "staff" or k >= len(tokens) or covered[k] or not cased(tokens[k]):
        return None
    return k if tokens[k].folded in _STAFF_COLLEGE_HEADS else None


def _remit_and_end(doc_text: str, tokens: list[Token], first: int, last: int, covered: list[bool]) -> int | None:
    """'Minister of Defence and Army Reconstruction', 'Ministry of Foreign Affairs and Trade': a head
    and "of"/"for" with one field, then "and" with a second field, is one post's or body's remit.
    The second field is two or more words ending in an ordinary word, or one ordinary word that ends
    the phrase (a comma or a stop after it). Not 'Ministry of Defence and Army officials', 'Ministry
    of Health and Oxfam' (a name), 'Ministry of Defence and Foreign Office' (another head)."""
    head = next(
        (h for h in range(first, last) if tokens[h].folded in _REMIT_HEADS and tokens[h + 1].folded in _REMIT_GLUE),
        None,
    )
    if head is None:
        return None
    field = head + 2
    if field + 1 < last and tokens[field].folded == "state" and tokens[field + 1].folded in _REMIT_GLUE:
        field += 2  # "Assistant Secretary of State for International Narcotics and ...": the remit after "State for"
    if last - field > _REMIT_FIELD_WORDS - 1 or not all(_remit_word(tokens[k]) for k in range(field, last + 1)):
        return None
    k = last + 2  # past "and"
    if _styled_person_at(tokens, k):
        return None  # "Ministry of Defence and The Rt Hon Ilse Varn MP": a person follows, no second field
    end = last + 1
    while k < len(tokens) and not covered[k] and cased(tokens[k]) and tokens[k].folded not in _REMIT_HEADS:
        if end > last + 1 and (is_given_name(tokens[k].folded) or zipf(tokens[k].folded) < _REMIT_WORD):
            break  # "... and Trade Ilse Marrow", "... Affairs Theodosia Varn": the post's holder follows
        end = k
        if not tokens[k].joined:
            break
        k += 1
    words = range(last + 2, end + 1)
    if not words or not _second_field_word(tokens[end]) or any(zipf(tokens[w].folded) < _SECOND_FIELD for w in words):
        return None
    if len(words) == 1:
        after = doc_text[tokens[end].end : tokens[end].end + 1]
        # ("... Affairs and Expatriates Omar Varn": one word, then the holder's given name, ends it too)
        holder = _holder_after(tokens, end, covered) and is_given_name(tokens[end + 1].folded)
        # ("... of Mines and Energy said": the body speaks, its name ended)
        speaks = end + 1 < len(tokens) and tokens[end + 1].folded in _BODY_SPEAKS and tokens[end + 1].text.islower()
        if after and after not in _REMIT_CLOSE and not holder and not (speaks and tokens[end].joined):
            return None
    return end


_BODY_SPEAKS = word_set("said says warned announced added reported")


# A courtesy style or honorific before a person's name: "The Rt Hon Ilse Varn MP", "Baroness Varn".
_COURTESY_STYLES = word_set("rt right hon honourable sir dame lord lady baroness baron mr mrs ms")


def _styled_person_at(tokens: list[Token], k: int) -> bool:
    """Whether a courtesy style ("The Rt Hon", "Right Honourable", "Sir") opens the words at `k`."""
    if k < len(tokens) and tokens[k].folded == "the":
        k += 1
    return k < len(tokens) and cased(tokens[k]) and tokens[k].folded in _COURTESY_STYLES


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
        and tokens[second + 1].folded in _REMIT_GLUE
    )


def _partners_names_end(doc_text: str, tokens: list[Token], first: int, covered: list[bool]) -> int | None:
    """'Keefe, Bruyette & Woods', 'Harlan, Voss & Kell': single family names listed with commas, the last after
    an ampersand, name one firm (a list of towns or people takes "and"). Each name is a capitalised word of
    no common use, a family name or a word the lexicon does not know."""
    k = first
    while k + 1 < len(tokens) and doc_text[tokens[k].end : tokens[k + 1].start] == ", ":
        k += 1
        if covered[k] or not _partner_name(tokens[k]):
            return None
    if k == first or k + 1 >= len(tokens) or doc_text[tokens[k].end : tokens[k + 1].start] != " & ":
        return None
    end = k + 1
    if covered[end] or not _partner_name(tokens[end]) or not _partner_name(tokens[first]):
        return None
    if end + 1 < len(tokens) and tokens[end].joined and cased(tokens[end + 1]):
        return None  # "..., Commonwealth & Development Office": a body's remit, not its founders
    return end


# A word this rare in English, capitalised in a list joined by "&", is a family name ("Keefe", "Voss").
_PARTNER_NAME_RARITY = 3.5


def _partner_name(token: Token) -> bool:
    return (
        cased(token)
        and token.text[1:].islower()
        and (is_surname(token.folded) or zipf(token.folded) < _PARTNER_NAME_RARITY)
    )


def _listed_qualities_end(doc_text: str, tokens: list[Token], first: int, last: int, covered: list[bool]) -> int | None:
    """'the International, Impartial and Independent Mechanism': ordinary words listed with commas,
    the last after "and", then a body's head word: one body's name. The words before the first comma
    are no name of their own ("International"), so the comma does not end the name."""
    words = [k for k in range(first, last + 1) if tokens[k].folded != "the"]
    quality = _quality_word
    if len(words) > 1 and tokens[words[0]].folded in _CHAMBERS:
        # "Senate Commerce, Science and Transportation Committee": a chamber's committee named by its fields
        words, quality = words[1:], _field_word
    if not words or len(words) > 2 or any(not quality(tokens[k]) for k in words):
        return None
    k = last
    while doc_text[tokens[k].end : tokens[k + 1].start if k + 1 < len(tokens) else tokens[k].end] == ", ":
        k += 1
        if k >= len(tokens) or covered[k] or not cased(tokens[k]) or not quality(tokens[k]):
            return None
        if (
            tokens[k].joined
            and k + 1 < len(tokens)
            and cased(tokens[k + 1])
            and quality(tokens[k + 1])
            and doc_text[tokens[k].end : tokens[k + 1].start] != " & "
        ):
            k += 1  # two words in one field
    if k + 2 >= len(tokens):
        return None
    if doc_text[tokens[k].end : tokens[k + 1].start] == " & ":
        end = k  # "Foreign, Commonwealth & Development Office": an ampersand for the "and"
    elif tokens[k].joined and tokens[k + 1].folded == "and":
        end = k + 1
    else:
        return None
    while end + 1 < len(tokens) and not covered[end + 1] and cased(tokens[end + 1]):
        end += 1
        if quality is _field_word and tokens[end].folded in _COMMITTEE_HEADS:
            return end  # "... and Transportation Committee"
        if quality is _quality_word and (tokens[end].folded in HEAD_WORD or tokens[end].folded in NAME_WORD):
            return end  # "... and Independent Mechanism"
        if not tokens[end].joined or not quality(tokens[end]):
            return None
    return None


# A legislature's chambers, whose committees are named by the fields they oversee, listed with commas.
_CHAMBERS = word_set("senate house assembly joint")
_COMMITTEE_HEADS = word_set("committee committees subcommittee caucus panel")


def _field_word(token: Token) -> bool:
    """A field a chamber's committee oversees: an ordinary word ("Energy", "Transportation"), no committee."""
    return zipf(token.folded) >= _REMIT_WORD and token.folded not in _COMMITTEE_HEADS


# A body's name that lists the lands it serves, then its acronym in brackets: "Regional Centre on
# Small Arms in the Great Lakes Region, the Horn of Africa and Bordering States (RECSA)".
_ACRONYM_IN_BRACKETS = re.compile(r" \(([A-Z][A-Za-z]{1,7})\)")
_LISTED_REGION_GLUE = word_set("of for on the and in")
LONGEST_NAME_BEFORE_ACRONYM = 30


def _regions_listed_before_acronym(doc_text: str, tokens: list[Token], first: int, covered: list[bool]) -> int | None:
    """A formal body's name (a body's word in its first two words, "on"/"for"/"of" in its first four)
    that lists, with commas, the lands it serves, read whole up to its acronym in brackets. The
    acronym closes the name, so neither its glue nor a comma inside it ends it."""
    opening = first + (tokens[first].text == "The")
    if opening + 3 >= len(tokens) or not any(tokens[k].folded in NAME_WORD for k in (opening, opening + 1)):
        return None
    if not any(tokens[k].folded in ("on", "for", "of") for k in range(opening + 1, opening + 4)):
        return None
    commas = 0
    k = first
    while k + 1 < len(tokens) and k + 1 - first < LONGEST_NAME_BEFORE_ACRONYM:
        gap = doc_text[tokens[k].end : tokens[k + 1].start]
        nxt = tokens[k + 1]
        if gap not in (" ", ", ") or covered[k + 1]:
            return None
        if not (cased(nxt) and not nxt.text.isupper()) and nxt.folded not in _LISTED_REGION_GLUE:
            return None
        commas += gap == ", "
        if commas and nxt.folded in NAME_WORD:
            return None  # "the Ministry of Health, the Ministry of Water and ...": bodies listed, not lands
        k += 1
        if cased(tokens[k]) and _ACRONYM_IN_BRACKETS.match(doc_text, tokens[k].end):
            return k if commas else None
    return None


_ACRONYM_GLUE = word_set("and of for the")


def _fields_spelled_by_acronym(doc_text: str, tokens: list[Token], first: int, covered: list[bool]) -> int | None:
    """'Mining, Energy and Dock Workers Union (MEDWU)': fields listed with commas and "and", then a
    body's words, closed by an acronym in brackets whose letters are the initials of the capitalised
    words. The acronym vouches for one name, whatever its fields' words are heads of firms elsewhere
    ("Energy", "Mining")."""
    commas = 0
    initials = [] if tokens[first].text == "The" else [tokens[first].text[0]]
    k = first
    while k + 1 < len(tokens) and k + 1 - first < LONGEST_NAME_BEFORE_ACRONYM:
        gap = doc_text[tokens[k].end : tokens[k + 1].start]
        nxt = tokens[k + 1]
        if gap not in (" ", ", ") or covered[k + 1]:
            return None
        if nxt.folded in _ACRONYM_GLUE and nxt.text != nxt.text.capitalize():
            k += 1
            continue
        if not cased(nxt) or nxt.text.isupper():
            return None
        commas += gap == ", "
        initials.append(nxt.text[0])
        k += 1
        acronym = _ACRONYM_IN_BRACKETS.match(doc_text, tokens[k].end)
        if acronym is not None:
            # (a body's word last: "Tesco, Asda and Morrisons (TAM)" would be three firms)
            spelled = commas and acronym.group(1) == "".join(initials) and tokens[k].folded in NAME_WORD
            return k if spelled else None
    return None


# Endings of abstract nouns that name a field of work, rare as they may be ("Demobilization", "Reintegration").
_FIELD_SUFFIXES = ("ation", "ization", "isation", "ment", "ity")
_RARE_FIELD = 1.5  # Zipf: a field's abstract noun may be this rare; rarer, it is a name ("Varnation")


def _quality_word(token: Token) -> bool:
    # An ordinary word, or a body's word that is an adjective ("International"); no head ("Council").
    # A field's abstract noun counts, however rare ("Disarmament, Demobilization and Reintegration Program").
    word = token.folded
    plain = zipf(word) >= _REMIT_WORD or (word.endswith(_FIELD_SUFFIXES) and zipf(word) >= _RARE_FIELD)
    # A firm's trade is a quality in a body's list too: "the Advisory, Conciliation and Arbitration Service".
    return plain and (
        (word not in HEAD_WORD and word not in NAME_WORD)
        or word.endswith(ADJECTIVE_SUFFIXES)
        or word in REMIT_FIELDS
        or word in COMPANY_HEADS
    )


_SECOND_FIELD = 2.5  # "Foreign Affairs and Expatriates": a second field may be a rarer plain word


def _second_field_word(token: Token) -> bool:
    """A word of the field after a remit's "and": ordinary, no body's word and no given name; rarer than
    the first field's words may be ("Expatriates", "Veterans"), since "and" already ties it to the remit."""
    word = token.folded
    if (
        is_given_name(word)
        or zipf(word) < _SECOND_FIELD
        or _acronym_alone(token)
        or _acronyms_plural(token)
        or word in KNOWN_BODIES
    ):
        # ("... Committee of the Red Cross and UNICEF": an acronym names a second body, as "... and Oxfam" does a
        # body the world knows; "... and Iraqi NGOs" are bodies of their own)
        return False
    return word in REMIT_FIELDS or (word not in HEAD_WORD and word not in NAME_WORD)


def _acronyms_plural(token: Token) -> bool:
    """'NGOs', 'CSOs': an acronym in the plural names bodies, no field of a remit."""
    text = token.text
    return len(text) >= 3 and text.endswith("s") and text[:-1].isupper() and text[:-1].isalpha()


def _rare_field(token: Token) -> bool:
    # A field in a word of its own land, between ordinary ones: "Gaeltacht", not another body ("Ofsted" is one)
    return token.folded not in HEAD_WORD and token.folded not in NAME_WORD and token.text.isalpha()


def _remit_word(token: Token) -> bool:
    # An ordinary word, and no body's ("Navy", "Police", "Council": another body in a list), but a field of
    # a remit that is a body's word elsewhere ("Local Government", "Media": `REMIT_FIELDS`).
    word = token.folded
    return zipf(word) >= _REMIT_WORD and (word in REMIT_FIELDS or (word not in HEAD_WORD and word not in NAME_WORD))


# A firm's legal form, the last word of its name: "Rothschild & Co", "Marrowdale Foods Ltd".
_LEGAL_FORMS = word_set("co ltd limited plc inc llp llc gmbh ag nv bv")
# A firm's trade, the last word of its name, which "for" never carries on: "produced by Hedgerow Audio for
# Castlegate Podcasts", "Tarrow Studios for the BBC" (a client follows; "Department for Transport" is a body's
# remit).
_TRADES_BEFORE_A_CLIENT = word_set("studios productions pictures audio foods drinks electric electrical mart motors")


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


# "and" in other languages firms are registered in (English "and" is read with the glue): Turkish "ve",
# German "und", Spanish "y", Portuguese and Italian "e", French "et" ("Marmara Enerji ve Madencilik Sanayi
# A.Ş.", "Brandt und Söhne GmbH").
_FIRM_CONJUNCTIONS = frozenset(("ve", "und", "y", "e", "et"))
# Legal forms that end a registered firm's name, folded; the short ones count only in capitals or with
# their stops ("AG", "S.A.", "A.Ş.", not "as" or "sa").
_REGISTERED_FORMS = word_set("gmbh ltd limited llc inc plc sti lda srl sarl fze fzco jsc pjsc ojsc llp")
_SHORT_REGISTERED_FORMS = word_set("ag kg sa sl as nv bv oy ab")
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


def run_end(
    doc_text: str, tokens: list[Token], first: int, covered: list[bool], skip: list[bool], gazetteer: Gazetteer
) -> int:
    """The last token of the run of capitalised words from `first`, with the glue inside names."""
    count = len(tokens)
    last = first
    has_org_word = tokens[first].folded in NAME_WORD or tokens[first].folded in HEAD_WORD
    opened = tokens[first + 1] if first + 1 < count else None
    if (
        opened is not None
        and tokens[first].folded in TITLE_OPENERS
        and (
            opened.folded in TITLES
            or (opened.folded in STOPPED_TITLES and doc_text[opened.end : opened.end + 1] == ".")
        )
    ):
        has_org_word = False  # "State Secretary Ilse Varn of the Ministry of ...": a title, then its holder
    closed = _regions_listed_before_acronym(doc_text, tokens, first, covered)
    if closed is None:
        closed = _fields_spelled_by_acronym(doc_text, tokens, first, covered)
    if closed is not None:
        return closed  # "Regional Centre on ... in the Great Lakes Region, the Horn of Africa and ... (RECSA)"
    while last + 1 < count and not covered[last + 1] and not skip[last + 1]:
        if not tokens[last].joined and (
            dash_before_operation(doc_text, tokens, last)
            or dash_before_branch(doc_text, tokens, last)
            or dash_before_arm(doc_text, tokens, last)
            or _dash_before_theatre(doc_text, tokens, first, last, gazetteer)
        ):
            last += 1  # "Combined Joint Task Force – Operation Inherent Resolve": the force and its operation
            continue
        hull = hull_number_before_group(doc_text, tokens, last)
        if hull is not None and not covered[hull]:
            last = hull  # "USS Carl Vinson (CVN 70) Carrier Strike Group": the ship's hull number, then its group
            continue
        town = _town_on_a_river_end(doc_text, tokens, first, last, covered, gazetteer)
        if town is not None:
            return town  # "St Michael's on Wyre", "Newcastle upon Tyne": a town named for its river
        branch = _branch_spelled_by_acronym(doc_text, tokens, first, last) if not tokens[last].joined else None
        if branch is not None:
            last = branch  # "Islamic Revolutionary Guard Corps – Quds Force (IRGC-QF)": a body and its branch
            break
        if first == last and (partners := _partners_names_end(doc_text, tokens, first, covered)) is not None:
            last, has_org_word = partners, True  # "Keefe, Bruyette & Woods": one firm of its founders' names
            break
        if not tokens[last].joined and _seat_joined_by_dashes(doc_text, tokens, first, last, covered):
            last += 1  # "the MPP for Tarnby—Oskel—Vale": a riding named for its places, joined by dashes
            continue
        if not tokens[last].joined and _initials_before_a_name(doc_text, tokens, first, last, covered):
            last += 1  # "spinner P. Ilangovan", "R. K. Varman": a person's initials with their stops, then the name
            continue
        if not tokens[last].joined:
            remit = _remit_list_end(doc_text, tokens, first, last, covered)
            qualities = _listed_qualities_end(doc_text, tokens, first, last, covered) if remit is None else None
            if qualities is not None:
                # "Foreign, Commonwealth & Development Office": the body's head word closes it, so an
                # "and" after it lists another body ("... Office and Ministry of Defence")
                last, has_org_word = qualities, True
                continue
            if remit is not None:
                last = remit  # "Department for Environment, Food and Rural Affairs": one body's remit
                continue
            # "Cheltenham Ladies' College": a closing head's possessive may still open a longer body's name
            closed = has_org_word and tokens[last].folded not in _CLOSING_HEADS
            # "Niger Delta People's Volunteer Force": only a place's head word earlier, then a common noun's
            # possessive (not "Ministry of Interior's General Security Service": a body's own word closes it)
            closed = closed and (
                not _common_possessor(tokens[last], gazetteer)
                or any(_body_word(tokens[k].folded) for k in range(first, last))
            )
            if _possessive_in_place_name(doc_text, tokens, first, last, covered, gazetteer):
                last += 1  # "Cox's Bazar", "St John's": a possessive inside a place the gazetteer knows
                continue
            inside = None if closed else _possessive_inside_name(doc_text, tokens, last, gazetteer)
            if closed and _office_of_a_post(tokens, last):
                inside = last + 1  # "Harnby County District Attorney's Office": a county's post and its office
            if inside is None and not closed:
                inside = _possessive_after_a_group_noun(doc_text, tokens, first, last, gazetteer)
            if inside is None:
                inside = _members_possessive_in_body(doc_text, tokens, first, last, gazetteer)
            if inside is None:
                break
            last, has_org_word = inside, True  # "People's Protection Units", "Kurdistan Workers' Party"
            continue
        nxt = tokens[last + 1]
        state = _state_named_with_and(tokens, first, last, covered, gazetteer) if nxt.folded == "and" else None
        if state is not None:
            last = state  # "Trinidad and Tobago", "Saint Vincent and the Grenadines": one state's name
            continue
        if last > first and not cased(nxt) and hyphened_given_name(doc_text, tokens, last - 1):
            last += 1  # "Ban Ki-moon", "Moon Jae-in": the given name's second syllable
            break
        if (
            nxt.folded == "and"
            and last > first
            and (registered_form(tokens[last]) or tokens[last].folded in _ASIAN_FORMS)
        ):
            break  # "Tasik Emas Bhd and Ayala Vista Corp": a legal form closes one firm's name, "and" opens the next
        spelled_on = _acronym_spells_past_and(doc_text, tokens, first, last, covered) if nxt.folded == "and" else None
        if spelled_on is not None:
            last = spelled_on  # "United Nations Relief and Works Agency ... (UNRWA)": its acronym spells the "and"
            continue
        joint = _place_named_with_and(tokens, first, last, covered, gazetteer) if nxt.folded == "and" else None
        if joint is not None:
            last = joint  # "Trinidad and Tobago", "Jammu and Kashmir": the gazetteer knows the "and" inside
            continue
        firm_end = _firm_joined_by_a_conjunction(tokens, last, covered) if nxt.text in _FIRM_CONJUNCTIONS else None
        if firm_end is not None:
            last, has_org_word = firm_end, True  # "Korfez Lojistik ve Dış Ticaret A.Ş.": one firm to its legal form
            break
        if nxt.folded == "and" and nxt.joined and not covered[last + 1]:
            remit = _remit_and_end(doc_text, tokens, first, last, covered)
            if remit is not None:
                last = remit  # "Minister of Defence and Army Reconstruction": one remit
                if _holder_after(tokens, remit, covered):
                    continue  # "... and Enlargement Negotiations Johannes Hahn": the post's holder follows
                break
            if _second_post_after(tokens, first, last, covered, gazetteer):
                last += 2  # "Deputy Prime Minister and Minister for Defence": one holder's two posts
                continue
            school = _school_of_two_arts(tokens, last, covered)
            if school is not None:
                last = school  # "Army Command and Staff College": a college teaching command and staff work
                break
        grade = grade_after_rank(tokens, last + 1)
        if grade and not any(covered[last + 1 : last + grade + 2]):
            last += grade  # "Sgt. 1st Class Ilse Varn": the rank's grade, then the holder's name
            continue
        if cased(nxt):
            last += 1
            if not _family_name_head(doc_text, tokens, first, last):
                has_org_word = has_org_word or nxt.folded in NAME_WORD or nxt.folded in HEAD_WORD
            continue
        if elided_name(nxt) is not None and doc_text[tokens[last].end : nxt.start] in ("-", "‐"):
            last += 1  # "Côte-d'Or", "Val-d'Oise", "Кот-д’Ивуар": a hyphen joins the elided article to the name
            continue
        if (
            # "the Co-operative Bank" opens with it; "Co-ordinator Keziah Morrow" is a post, then a name.
            (last > first or (_capital_after(tokens, last + 1, covered) and not _hyphened_title(tokens, last)))
            and _hyphened_word(doc_text, tokens, last)
            and not covered[last + 1]
        ):
            last += 1  # "Organization for Security and Co-operation": one word written with a hyphen
            continue
        if last > first and _peoples_compound(doc_text, tokens, last) and not covered[last + 1]:
            last += 1  # "Association of Tarvish-majority Municipalities": a people's word and its hyphened half
            continue
        particles = _hyphened_particle(doc_text, tokens, last)
        if particles and not covered[last + particles + 1]:
            last += (
                particles + 1
            )  # "Port-au-Prince", "Tehrik-i-Taliban", "Stow-on-the-Wold": one word with its particles
            continue
        if elided_name(nxt) is not None and gazetteer.lookup(tuple(t.folded for t in tokens[first : last + 2])):
            last += 1  # "Côte d'Ivoire", "Val d'Aosta": an elided article inside a place's name
            continue
        # "Abu Bakr al-Baghdadi", "Ludwig van Beethoven", "Ursula von der Leyen": one or two
        # particles between capitalised words.
        particles = 1 + (last + 2 < count and tokens[last + 2].folded in NAME_PARTICLES and tokens[last + 2].joined)
        name_at = last + 1 + particles
        if (
            (nxt.folded in NAME_PARTICLES or nxt.text in LOWER_CASE_PARTICLES_INSIDE)
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
            )
            and name_at < count
            and cased(tokens[name_at])
            and not covered[name_at]
        ):
            last = name_at
            continue
        spelled = (
            _spelled_out_before_acronym(doc_text, tokens, first, last, covered, gazetteer) if not cased(nxt) else None
        )
        if spelled is None and not cased(nxt):
            spelled = _party_name_before_its_noun(doc_text, tokens, first, last, covered)
        if spelled is not None:
            last = spelled  # "Al-Qaeda in the Arabian Peninsula (AQAP)": the acronym says where the name ends
            continue
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
            last += 2
            continue
        # "Ministry of Defence", "Secretary of State", "Islamic State of Iraq and the Levant";
        # not "Joss Quarrie of Tremmin".
        if (
            nxt.folded in NAME_GLUE
            and nxt.folded not in ("and", "the")  # "Ahr Valley the grape": "the" alone joins nothing
            and nxt.joined
            and tokens[last].folded not in _CLOSING_HEADS
            # "Africa Corps of the Russian Ministry of Defence": a unit, then the people's body it serves
            and not _unit_of_a_peoples_body(tokens, last, gazetteer)
            # "Kobani Canton of the Federation": a place's head word ends its name ("Gulf of Aden" opens with it).
            and not (
                tokens[last].folded in AREA_HEADS
                and any(tokens[k].folded not in FUNCTION_WORDS for k in range(first, last))
                and not _has_body_word(tokens, first, last)
                # "Kurdistan Region of Iraq" is one name; "Sagaing Region of Myanmar" is a town's region, then
                # the state the town lies in
                and not (
                    _state_at(tokens, last + 2, gazetteer) and not _area_in_its_state(tokens, first, last, gazetteer)
                )
                and not _region_form_before(tokens, first, last)
            )
            # "Korvath Naval Group of France", "Silver Gull Shipping of Piraeus": a firm, then where it is
            # ("Bank of England", "Royal Bank of Scotland" stay whole: a bank is no firm's head here).
            and not _firm_then_place(tokens, first, last, gazetteer)
            # "advisers were Rothschild & Co for Kettle Street": a firm's legal form ends its name.
            and tokens[last].folded not in _LEGAL_FORMS
            and not (nxt.folded == "for" and tokens[last].folded in _TRADES_BEFORE_A_CLIENT)
            # "10th Mountain Division of the United States Army": a unit, then the force it belongs to.
            and not _unit_then_force(tokens, first, last)
            and not _title_then_holder(tokens, first, last)
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
                and not _has_body_word(tokens, first, last)
                and (_state_at(tokens, last + 2, gazetteer) or _area_at(tokens, last + 2))
            )
            and (
                has_org_word
                or tokens[last].folded in _JOINERS_AFTER
                or _general_staff(tokens, first, last)  # "General Staff of the Armed Forces of ..."
                or tokens[last].folded in TITLES
                or tokens[last].folded in STATE_FORMS
                or (nxt.folded == "of" and _region_form_before(tokens, first, last))
                or (nxt.folded == "for" and _secretary_of_state(tokens, first, last))
                # "the Volunteers for the Defence of the Homeland", "Physicians for Human Rights": people
                # joined for an aim name their body ("Volunteers of the ... Foundation" are its members)
                or (nxt.folded == "for" and _members_for_an_aim(tokens, first, last))
            )
        ):
            ahead = last + 2
            while ahead < count and tokens[ahead].folded == "the" and tokens[ahead - 1].joined:
                ahead += 1
            if (
                ahead + 1 < count
                and tokens[ahead].folded in ARABIC_ARTICLES
                and doc_text[tokens[ahead].end : tokens[ahead + 1].start] in ("-", "‐")
            ):
                ahead += 1  # "Great Mosque of al-Nuri"
            if (
                ahead < count
                and tokens[ahead - 1].joined
                and cased(tokens[ahead])
                and not covered[ahead]
                and not given_name_possessive(doc_text, tokens[ahead])
                # "the Government of Prime Minister Ilse Varn": a person's title after "of" without "the"
                # ("Office of the Prime Minister" is a body)
                and not (ahead == last + 2 and tokens[ahead].folded in _TITLES_OF_PERSONS)
            ):
                # "Volunteers for the Defence of ...": people joined for an aim are a body, its aim goes on
                members = nxt.folded == "for" and _members_for_an_aim(tokens, first, last)
                last = ahead
                # "Director of the Office of Museums": the word after the glue may make it an organisation.
                # Not "State": "Secretary of State for Foreign Affairs" is a title, then a name.
                has_org_word = has_org_word or (
                    tokens[ahead].folded != "state"
                    and (tokens[ahead].folded in NAME_WORD or tokens[ahead].folded in HEAD_WORD)
                )
                has_org_word = has_org_word or members
                continue
        body = has_org_word or any(tokens[k].folded in HEAD_FIRST_BODIES for k in range(first, last + 1))
        romance = _romance_for_end(tokens, last, covered) if body and nxt.joined else None
        if romance is not None:
            last = romance  # "Partido Liberal para o Progresso": a body's "for (the)" in its own language
            continue
        # "Conference on the Great Lakes Region": the subject may open with "the".
        subject = last + 2 + (last + 3 < count and tokens[last + 2].folded == "the" and tokens[last + 2].joined)
        if (
            nxt.folded == "on"
            and nxt.joined
            and (tokens[last].folded in BODIES_ON_A_SUBJECT or _panel_group(tokens, first, last))
            and subject < count
            and cased(tokens[subject])
            and not covered[subject]
            and tokens[subject].folded not in FUNCTION_WORDS
            and _names_a_topic(tokens, subject)
            and not ends_name(tokens[subject])
            and not _names_a_place(gazetteer, tokens[subject])  # "the Conference on Syria": Syria is named
            and (subject == last + 2 or _subject_goes_on(tokens, subject))
        ):
            last = subject  # "Council on Foreign Relations", "Task Force on Migration": a body named for its subject
            has_org_word = True
            continue
        examined = _state_examined(tokens, last, covered, gazetteer) if nxt.folded == "on" and nxt.joined else None
        if examined is not None:
            last = (
                examined  # "Commission of Inquiry on the Syrian Arab Republic": a panel named for the state it examines
            )
            continue
        if (
            nxt.folded == "to"
            and nxt.joined
            and (
                tokens[last].folded in NAME_WORD
                or tokens[last].folded in HEAD_WORD
                or (tokens[last].folded in AIM_OPENERS and last - first <= (tokens[first].folded == "the"))
            )
            and last + 3 < count
            and tokens[last + 2].joined
            and cased(tokens[last + 2])
            and cased(tokens[last + 3])
            and not covered[last + 2]
            and not covered[last + 3]
            and tokens[last + 2].folded not in TITLES
            and tokens[last + 2].folded not in FUNCTION_WORDS
            and tokens[last + 2].text[1:].islower()
            and zipf(tokens[last + 2].folded) >= _VERB_ZIPF
            and gazetteer.lookup((tokens[last + 2].folded,)) is None
            and gazetteer.country_of_demonym(tokens[last + 2].folded) is None
            and tokens[last + 2].folded not in TITLE_PARTS
            and tokens[last + 2].folded not in NAME_WORD
            and not tokens[last + 2].folded.endswith(ADJECTIVE_SUFFIXES)
        ):
            # "Committee to Protect Journalists", "Coalition to Counter Varnak": a body named for its aim.
            last += 3
            continue
        if nxt.folded == "the" and _gerund_aim_before_the(tokens, first, last, covered):
            last += 2  # "International Fund for Saving the Tarvel Lake": a body, its aim, what the aim is about
            continue
        glossed = _foreign_body_in_place(doc_text, tokens, first, last, covered) if nxt.folded == "in" else None
        if glossed is not None:
            last, has_org_word = glossed, True  # "Verein Freie Presse in Varnland (Association for ...)"
            break
        branch = _franchise_end(tokens, first, last, covered, gazetteer) if nxt.folded == "in" and nxt.joined else None
        if branch is not None:
            last = branch  # "al-Qaeda in the Arabian Peninsula", "EU Rule of Law Mission in Kosovo"
            has_org_word = True
            continue
        region = _aim_in_region(tokens, first, last, covered, gazetteer) if nxt.folded == "in" and nxt.joined else None
        region = region or (_where_aims_apply(tokens, first, last, covered) if nxt.folded == "in" else None)
        if region is not None:
            last = region  # "Organization for Security and Co-operation in Europe": a body for a region
            continue
        spelled = _spelled_through_in(doc_text, tokens, first, last, covered) if nxt.folded == "in" else None
        if spelled is not None:
            last = spelled  # "United Nations Interim Force in Lebanon (Unifil)": its acronym spells the "in"
            break
        topic = _topic_in_state(tokens, first, last, covered, gazetteer) if nxt.folded == "in" and nxt.joined else None
        if topic is not None:
            last = topic  # "Commission on Missing Persons in Libya": a body on a matter in one state
            continue
        body_of = _body_after_of(tokens, first, last, covered) if nxt.folded == "of" and nxt.joined else None
        if body_of is not None:
            last, has_org_word = body_of, True  # "Rule of Law Mission": a common word, "of", a body's name
            continue
        served = _state_served(tokens, first, last, covered, gazetteer) if nxt.folded == "to" and nxt.joined else None
        if served is not None:
            last = served  # "EU Delegation to Syria", "Regional Assistance Mission to Solomon Islands"
            continue
        if nxt.folded == "and" and tokens[last].folded in _LEGAL_ENDS:
            break  # "Varn Holdings Public Company Limited and Tesk Corporation": the legal form ends a firm
        in_list = nxt.folded == "and" and _after_list_comma(doc_text, tokens, first, gazetteer)
        shared = _shared_head_end(tokens, first, last, covered, gazetteer) if nxt.folded == "and" else None
        if shared is not None and not in_list:
            last, has_org_word = shared, True  # "University and College Union": two words sharing one head
            continue
        if nxt.folded == "and" and has_org_word and nxt.joined and last + 2 < count:
            # "Islamic State of Iraq and the Levant": 'and' only inside an organisation's 'of' phrase.
            ahead = last + 2
            while ahead < count and tokens[ahead].folded == "the" and tokens[ahead - 1].joined:
                ahead += 1
            # ("Union for Medical Care and Relief Organizations" goes on through its "for" phrase, too.)
            if (
                any(tokens[k].folded in ("of", "for", "on") for k in range(first, last))
                and ahead < count
                and not covered[ahead]
            ):
                end = _second_of_and(doc_text, tokens, first, last, ahead, gazetteer)
                if end is not None:
                    last = end
                    continue
        if nxt.folded == "and" and nxt.joined and tokens[first].text == "HM" and last == first + 1 and not in_list:
            crown = _crown_body_end(tokens, last, covered)
            if crown is not None:
                last, has_org_word = crown, True  # "HM Revenue and Customs": a Crown department's "and"
                continue
        waterway = _joint_waterway_end(tokens, first, last, covered) if nxt.folded == "and" and not in_list else None
        if waterway is not None:
            last = waterway  # "the Drifford and Cashmoor Canal": a canal named for the two towns it joins
            continue
        seat = _seat_of_two_places(doc_text, tokens, first, last) if nxt.folded == "and" else None
        seat = _seat_joined_by_and(tokens, first, last, covered) if nxt.folded == "and" and seat is None else seat
        if seat is not None:
            last = seat  # "MP Daniel Corran (Labour, Tarnby and Severn Vale)": one seat named for two places
            continue
        inn = inn_of_two_words(doc_text, tokens, first, last, covered, gazetteer) if nxt.folded == "and" else None
        if inn is not None and not in_list:
            last = inn  # "at the Plough and Harrow": an inn named for two things
            continue
        duty = _duty_after_and(tokens, last, covered) if nxt.folded == "and" and not in_list else None
        if duty is not None:
            last = duty  # "Libyan Coast Guard and Port Security": a service's second duty is its name's
            continue
        if (
            nxt.folded == "and"
            and not in_list
            and nxt.joined
            and (
                not has_org_word
                or _trade_word_before_and(tokens, first, last)
                or _team_ahead(tokens, last + 2)
                or _owners_plain_word_before_and(tokens, first, last)
                # "Local Government and Social Care Ombudsman": a body's word before "and", but the name goes
                # on to the ombudsman's head (not "Tarnby Council and Harbour Workers": a council, then a union)
                or any(
                    tokens[k].folded == "ombudsman" and _remit_head_ends_run(tokens, k)
                    for k in range(last + 2, min(last + 6, count))
                )
            )
        ):
            end = _and_before_head(doc_text, tokens, first, last, covered, gazetteer)
            if end is not None:
                # "Food and Agriculture Organization", "UN Relief and Works Agency": one body.
                last, has_org_word = end, True
                continue
        break
    return last


_LEGAL_ENDS = word_set("limited ltd llc plc inc")

# The words after "and" (and "the") that a state's name like "Saint Vincent and the Grenadines" may have.
_STATE_WORDS_AFTER_AND = 2


def _state_named_with_and(
    tokens: list[Token], first: int, last: int, covered: list[bool], gazetteer: Gazetteer
) -> int | None:
    """Where a state whose name holds "and" ends ("Antigua and Barbuda", "St Kitts and Nevis"): the
    gazetteer knows the whole as a state, so the two halves are not two places of a list."""
    if tokens[first].folded == "the" and first < last:
        first += 1  # "The Trinidad and Tobago Defence Force"
    if not tokens[last].joined or last - first > _STATE_WORDS_AFTER_AND:
        return None
    start = last + 2
    if start < len(tokens) and tokens[start].folded == "the" and tokens[last + 1].joined:
        start += 1
    found = None
    for end in range(start, min(start + _STATE_WORDS_AFTER_AND, len(tokens))):
        if covered[end] or not cased(tokens[end]) or (end > start and not tokens[end - 1].joined):
            break
        place = gazetteer.lookup(tuple(t.folded for t in tokens[first : end + 1]))
        if place is not None and place.kind == "state":
            found = end
    return found


_PARTY_IN_BRACKET = re.compile(r"\((?:[A-Z][\w'’-]*)(?: [A-Z][\w'’-]*){0,2}, $")
_REST_OF_SEAT = re.compile(r" and (?:[A-Z][\w'’-]*)(?: [A-Z][\w'’-]*){0,2}\)")


def elected_member_before(tokens: list[Token], k: int) -> bool:
    """'Local MP Daniel Corran', 'Cllr Ada Vell': two to four capitalised words end at `k`, after a post of
    `ELECTED_POSTS`, the first a given name (not "the Senate Budget Council (...)")."""
    names = 0
    while k >= 0 and names <= 4 and cased(tokens[k]) and tokens[k].folded not in ELECTED_POSTS:
        names, k = names + 1, k - 1
    return 2 <= names <= 4 and k >= 0 and tokens[k].folded in ELECTED_POSTS and is_given_name(tokens[k + 1].folded)


def _seat_of_two_places(text: str, tokens: list[Token], first: int, last: int) -> int | None:
    """Where 'Tarnby and Severn Vale' ends in 'MP Daniel Corran (Labour, Tarnby and Severn Vale)': a seat
    after a party in an elected member's bracket, named for two places joined by "and"."""
    start = tokens[first].start
    party = _PARTY_IN_BRACKET.search(text, max(0, start - 40), start)
    rest = _REST_OF_SEAT.match(text, tokens[last].end)
    if party is None or rest is None:
        return None
    k = first - 1
    while k >= 0 and tokens[k].start > party.start():
        k -= 1
    if not elected_member_before(tokens, k):
        return None
    end = last
    while end + 1 < len(tokens) and tokens[end + 1].start < rest.end():
        end += 1
    return end


# The letters of a house whose members sit for a named seat, and "member" in lower case before "for".
_SEAT_LETTERS = word_set("mp msp mla mpp mha mna mpa td mca")
_SEAT_PART_WORDS = 3


def _seat_joined_by_and(tokens: list[Token], first: int, last: int, covered: list[bool]) -> int | None:
    """Where a seat named for two places ends: "the MP for Tarnby and North Vale", "the member for
    Tarnby and Oskel", "the Tarnby and Oskel MP". The seat's name holds the "and"; a title, a party or a
    given name after it opens another name."""

    def letters(k: int) -> bool:
        return 0 <= k < len(tokens) and tokens[k].folded in _SEAT_LETTERS and tokens[k].text.isupper()

    end = last + 2
    if end >= len(tokens) or covered[end] or not cased(tokens[end]) or not tokens[last + 1].joined:
        return None
    while (
        end + 1 < len(tokens)
        and end - last - 1 < _SEAT_PART_WORDS
        and tokens[end].joined
        and cased(tokens[end + 1])
        and not letters(end + 1)
    ):
        end += 1
    second = [tokens[k].folded for k in range(last + 2, end + 1)]
    if any(is_title(w) or w in PARTIES_BY_WORD for w in second) or is_given_name(second[0]):
        return None
    runs_on = end + 1 < len(tokens) and tokens[end].joined and cased(tokens[end + 1])
    # The seat's first part may close a run that holds the letters: "MP for Tarnby", "Liberal Democrat MP for
    # Tarnby" (the last "for" of the run, right after the letters).
    glue = next((k for k in range(last - 1, first, -1) if tokens[k].folded == "for" and letters(k - 1)), first - 1)
    after_for = (
        glue >= 1
        and tokens[glue].folded == "for"
        and tokens[glue - 1].joined
        and (letters(glue - 1) or tokens[glue - 1].text == "member")
    )
    if after_for and not runs_on:
        return end  # "the MP for Tarnby and North Vale, said"
    after_the = tokens[first].folded == "the" or (first >= 1 and tokens[first - 1].folded == "the")
    # "Tarnby Central and Oskel MP Ilse Varn said": the member's name after the letters (not a person's first:
    # "Ilse Varn and Tarnby MP Ola Brandt" are two persons)
    named_after = (
        end + 2 < len(tokens)
        and tokens[end + 1].joined
        and cased(tokens[end + 2])
        and not is_given_name(tokens[first].folded)
    )
    before_letters = letters(end + 1) and tokens[end].joined and (after_the or named_after)
    return end if before_letters else None  # "the Tarnby and North Vale MP": the letters close the seat


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


def _crown_body_end(tokens: list[Token], before: int, covered: list[bool]) -> int | None:
    """Where 'HM Revenue and Customs' ends: the one capitalised word right after its "and" (not "HM
    Treasury and Downing Street": a name of its own follows)."""
    end = before + 2
    if end >= len(tokens) or not cased(tokens[end]) or covered[end]:
        return None
    if end + 1 < len(tokens) and tokens[end].joined and cased(tokens[end + 1]):
        return None
    return end


def _same_opening_again(tokens: list[Token], opening: int, before: int) -> bool:
    """'Met Varn and Met Office': the name's first word again right after its "and" opens a second name."""
    return before > opening and before + 2 < len(tokens) and tokens[before + 2].text == tokens[opening].text


def _named_alone_elsewhere(tokens: list[Token], opening: int, before: int) -> bool:
    """'Tujenge Pay and Kilele Bank' beside 'Tujenge Pay said': the words before "and" are written alone
    elsewhere in the text (no capitalised word joined to them before, a lower-case word after), so they
    are a name of their own."""
    words = [token.text for token in tokens[opening : before + 1]]
    if len(words) == 1:
        return False  # "Brenmouth and Tolsey NHS Trust", "Cybersecurity and ... Agency": one word alone may be a field
    size, count = len(words), len(tokens)
    for k in range(1, count - size):
        if k == opening or [token.text for token in tokens[k : k + size]] != words:
            continue
        after, previous = tokens[k + size], tokens[k - 1]
        alone_before = not (previous.joined and previous.capitalised)
        if alone_before and tokens[k + size - 1].joined and after.text[:1].islower() and after.folded != "and":
            return True
    return False


def _and_before_head(
    text: str, tokens: list[Token], first: int, before: int, covered: list[bool], gazetteer: Gazetteer
) -> int | None:
    """Where a body's name ends when its 'and' comes before the head word ('Relief and Works
    Agency'): capitalised words after 'and' that end with a body's word, the words before 'and'
    being no state, place or person of their own."""
    count = len(tokens)
    end = before + 2
    if _same_opening_again(tokens, first + (tokens[first].folded == "the" and first < before), before):
        return None
    if _named_alone_elsewhere(tokens, first + (tokens[first].folded == "the" and first < before), before):
        return None
    while end < count and end - before <= 4 and cased(tokens[end]) and not covered[end]:
        if tokens[end].folded in NAME_WORD and tokens[end].folded not in ("state", "states"):
            break
        if (
            end == before + 3
            and tokens[end].folded in HEAD_WORD
            and _field_pair(tokens[before].folded, tokens[before + 2].folded, gazetteer)
        ):
            break  # "Defence and Security Forces": a force's head word after two fields
        if (tokens[end - 1].folded, tokens[end].folded) in HEAD_AFTER_FIRST and _ends_run(tokens, end):
            break  # "Pardew and Tinsley Funeral Directors": a firm's two-word trade ends the run
        if _team_head(tokens, end):
            break  # "Maritime Safety and Security Team": a unit's head word, last in the run
        if _remit_head_ends_run(tokens, end):
            break  # "United Food and Commercial Workers", "Housing and Planning Ombudsman": last in the run
        if end == before + 3 and _nation_ends_fields(tokens, before, end, gazetteer):
            break  # "Forestry and Land Scotland": two fields, then the nation the body serves
        if not tokens[end].joined or end + 1 >= count or not cased(tokens[end + 1]):
            return None
        end += 1
    else:
        return None
    # "Varnia–Tremmia Joint Training and ... Centre": the two parties that run the body open its name
    opening = max((k + 2 for k in range(first, before) if holds_paired_parties(text, tokens, k, k + 1)), default=first)
    words = [tokens[k].folded for k in range(opening, before + 1)]
    while words and words[0] == "the":
        words = words[1:]
    after_and = tokens[before + 2].folded
    if opening == first:
        words = _opening_people_dropped(words, after_and, gazetteer)
    if not words or any(w in FUNCTION_WORDS or w in TITLES or _is_state(gazetteer, w) for w in words):
        return None  # "Britain and France Council" are two states and a council
    # ("Garda National Drugs and ... Bureau": ordinary words after a given name make it a service's name)
    plain_after_given = len(words) > 1 and all(zipf(w) >= _FIELD_ZIPF and not is_surname(w) for w in words[1:])
    given = (
        is_given_name(words[0])
        and not plain_after_given
        and not _field_pair(words[0], after_and, gazetteer, the_before=_the_before(tokens, first, text))
    )
    if (given and not _two_places(gazetteer, words, after_and)) or any(gazetteer.country_of_demonym(w) for w in words):
        return None  # "John and Mary Foundation" names people too; "Iraqi and Kurdish Forces" two forces
    return end


def _opening_people_dropped(words: list[str], after_and: str, gazetteer: Gazetteer) -> list[str]:
    """The words of a body's name before its "and", without the state or people's adjective that opens it."""
    if len(words) > 1 and _is_state(gazetteer, words[0]):
        return words[1:]  # "U.S. Securities and Exchange Commission": the state opens the body's name
    if len(words) > 2 and gazetteer.country_of_demonym(words[0]):
        return words[1:]  # "Australian Radiation Protection and ... Agency": a people's adjective opens it
    if len(words) == 2 and gazetteer.country_of_demonym(words[0]) and _field_pair(words[1], after_and, gazetteer):
        return words[1:]  # "Tremmian Defence and Security Forces": the people's adjective, then two fields
    return words


def _the_before(tokens: list[Token], first: int, text: str = "") -> bool:
    """Whether "the" opens the run at `first` or stands right before it, or a body's possessive does ("the
    Tarvel Union's Peace and ...": the possessive stands for "the")."""
    if first > 0 and text[tokens[first - 1].end : tokens[first].start] in _POSSESSIVE_GAPS[:2]:
        return cased(tokens[first - 1]) and tokens[first - 1].folded not in TITLES
    return tokens[first].folded == "the" or (
        first > 0 and tokens[first - 1].folded == "the" and tokens[first - 1].joined
    )


def _field_pair(before_and: str, after_and: str, gazetteer: Gazetteer, the_before: bool = True) -> bool:
    """'Peace and Security', 'Defence and Security': two ordinary words, each side of a body's "and", that
    name the fields it works in. A word that is a given name too ("Peace", "Hope") counts only after
    "the" and with a plain word after "and" ("the Peace and Security Council"; not "John and Mary ...")."""
    if not the_before or is_given_name(after_and) or gazetteer.country_of_demonym(after_and):
        return False
    return all(
        zipf(w) >= _VERB_ZIPF and w not in NAME_WORD and w not in HEAD_WORD and gazetteer.lookup((w,)) is None
        for w in (before_and, after_and)
    )


def _town_on_a_river_end(
    doc_text: str, tokens: list[Token], first: int, last: int, covered: list[bool], gazetteer: Gazetteer
) -> int | None:
    """Where 'St Michael's on Wyre' or 'Newcastle upon Tyne' ends, written without hyphens: a saint's
    possessive then "on", or a town the gazetteer knows then "upon", and one capitalised word that ends
    the run (not "Russia on Ukraine": "on" after a plain name is a preposition)."""
    river = last + 2
    if river >= len(tokens) or covered[river] or not cased(tokens[river]) or tokens[river].folded in FUNCTION_WORDS:
        return None
    if not _ends_run(tokens, river) or tokens[river].folded in _NOT_RIVERS:
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


def _subject_goes_on(tokens: list[Token], subject: int) -> bool:
    """After "on the": a subject of two capitalised words ("on the Great Lakes Region") or one, "of" and a
    capitalised word ("Reviewing Committee on the Export of Works of Art")."""
    count = len(tokens)
    if subject + 1 >= count or not tokens[subject].joined:
        return False
    if cased(tokens[subject + 1]):
        return True
    return (
        subject + 2 < count
        and tokens[subject + 1].folded == "of"
        and tokens[subject + 1].joined
        and cased(tokens[subject + 2])
    )


def _two_places(gazetteer: Gazetteer, words: list[str], after_and: str) -> bool:
    """'Devon and Cornwall Police': a county named like a person ("Devon") joined to another place the
    gazetteer knows is a region the body serves, not two people."""
    if len(words) != 1 or is_given_name(after_and):
        return False  # "Devon and Mary Foundation": Mary is a town too, but a given name first
    return all(gazetteer.lookup((w,)) is not None for w in (words[0], after_and))


def _nation_ends_fields(tokens: list[Token], before: int, end: int, gazetteer: Gazetteer) -> bool:
    """'Forestry and Land Scotland': one ordinary word each side of "and" (no place, person or part of
    the land like "Central"), then a nation of the UK that ends the run."""
    if tokens[end].folded not in NATIONS_OF_THE_UK or not _ends_run(tokens, end):
        return False
    fields = (tokens[before].folded, tokens[before + 2].folded)
    return all(
        zipf(w) >= _VERB_ZIPF
        and w not in NATION_PART_WORDS
        and not is_given_name(w)
        and gazetteer.lookup((w,)) is None
        and gazetteer.country_of_demonym(w) is None
        for w in fields
    )


def _ends_run(tokens: list[Token], k: int) -> bool:
    """Whether token `k` is the last capitalised word of its run."""
    return k + 1 >= len(tokens) or not tokens[k].joined or not cased(tokens[k + 1])


# Words after an inn's two-word name that say it is one ("the Fox and Bellows pub").
INN_WORDS = word_set("pub inn tavern")


def inn_of_two_words(
    doc_text: str, tokens: list[Token], first: int, last: int, covered: list[bool], gazetteer: Gazetteer
) -> int | None:
    """Where 'the Plough and Harrow' ends: an inn named for two things, each one capitalised word, after
    "the" and a preposition of place ("at the Fox and Bellows") or before "pub" or "inn". Not two bodies,
    posts, states or people ("in the Army and Navy", "the Senate and House", "the Conservative and
    Labour parties")."""
    second = last + 2
    if first != last or first < 1 or second >= len(tokens) or covered[second] or tokens[first - 1].text != "the":
        return None
    if not (tokens[first - 1].joined and tokens[last].joined and tokens[last + 1].joined):
        return None
    after = tokens[second + 1] if second + 1 < len(tokens) and tokens[second].joined else None
    if after is not None and cased(after):
        return None  # "the Old and New Testaments": a longer name
    inn_word = after is not None and after.folded in INN_WORDS
    if not inn_word and (
        first < 2 or tokens[first - 2].folded not in _INN_PREPOSITIONS or not tokens[first - 2].joined
    ):
        return None
    if after is not None and not inn_word and after.text.islower() and after.folded.endswith("s"):
        return None  # "the Conservative and Labour parties": a plural noun after two names
    words = (tokens[first], tokens[second])
    if not all(cased(t) and t.text[1:].islower() and _inn_word(t.folded, gazetteer) for t in words):
        return None
    places = [gazetteer.lookup((t.folded,)) for t in words]
    return None if all(places) else second  # "at the Tigris and Euphrates": two places


_INN_PREPOSITIONS = word_set("at to from outside inside near behind opposite beside by")


def _inn_word(word: str, gazetteer: Gazetteer) -> bool:
    """A common noun an inn is named for ("plough", "fox", "bellows"), no head of a body, post, state or person."""
    if word in NAME_WORD or word in HEAD_WORD or is_title(word) or word in FUNCTION_WORDS or word in COMPASS:
        return False
    if is_given_name(word) or _is_state(gazetteer, word) or gazetteer.country_of_demonym(word) is not None:
        return False
    return not word.endswith(ADJECTIVE_SUFFIXES) and zipf(word) >= _INN_NOUN_ZIPF


_INN_NOUN_ZIPF = 2.0  # "bellows" 2.6, "harrow" 2.4: words, not names nobody has heard


_TEAM_HEADS = word_set("team unit detachment")
# Waterways named for the two towns they join: "the Leeds and Liverpool Canal", "the Aire and Calder
# Navigation" (the "and" is the name's, not a list's).
_WATERWAY_HEADS = word_set("canal navigation")


def _after_list_comma(text: str, tokens: list[Token], first: int, gazetteer: Gazetteer) -> bool:
    """'Zopa, Chip and Atom Bank': the run is an item of a list of capitalised names, after a comma,
    so its "and" is the list's and the words after it are the last item (not "the Advisory,
    Conciliation and Arbitration Service", "the UK Foreign, Commonwealth and Development Office":
    one body's name after "the" or its state)."""
    if first < 1 or not cased(tokens[first - 1]) or text[tokens[first - 1].end : tokens[first].start] != ", ":
        return False
    if tokens[first].folded in TITLES:
        return False  # "Tess Varnley, Commander Tracking and Warning Group": a post in apposition
    return first < 2 or (tokens[first - 2].text != "the" and not _is_state(gazetteer, tokens[first - 2].folded))


def _joint_waterway_end(tokens: list[Token], first: int, last: int, covered: list[bool]) -> int | None:
    """Where 'the X and Y Canal' ends: one capitalised word after a lower-case "the", "and", one or
    two capitalised words, then a waterway's head word that ends the run."""
    if first != last or first == 0 or tokens[first - 1].text != "the" or is_given_name(tokens[first].folded):
        return None
    for end in (last + 3, last + 4):
        if end >= len(tokens) or any(covered[k] or not cased(tokens[k]) for k in range(last + 2, end + 1)):
            return None
        if not tokens[end - 1].joined:
            return None
        if tokens[end].folded in _WATERWAY_HEADS:
            return end if end + 1 >= len(tokens) or not tokens[end].joined or not cased(tokens[end + 1]) else None
    return None


# Heads of a body named by the fields or trades before them, joined by "and": a union by its members' trades
# ("United Food and Commercial Workers"), an ombudsman by the services it oversees.
_REMIT_RUN_HEADS = word_set("workers ombudsman")


def _remit_head_ends_run(tokens: list[Token], k: int) -> bool:
    """A union's or an ombudsman's head word, last in its capitalised run ("... Commercial Workers. Ann")."""
    return tokens[k].folded in _REMIT_RUN_HEADS and (
        k + 1 >= len(tokens) or not tokens[k].joined or not cased(tokens[k + 1])
    )


def _team_head(tokens: list[Token], k: int) -> bool:
    """A working unit's head word that ends its capitalised run ("... Security Team said")."""
    return tokens[k].folded in _TEAM_HEADS and (k + 1 >= len(tokens) or not cased(tokens[k + 1]))


def _duty_after_and(tokens: list[Token], last: int, covered: list[bool]) -> int | None:
    """Where 'Libyan Coast Guard and Port Security', 'Fire Service and Civil Protection' end: a service's
    head, "and", then two capitalised words that end in a duty and name no body, person or place of
    their own (the name ends after them). Not 'the Coast Guard and Navy', 'Police and Ilse Varn'."""
    first_word, duty = last + 2, last + 3
    if (
        duty >= len(tokens)
        or tokens[last].folded not in DUTY_SERVICES
        or not all(tokens[k].joined for k in range(last, duty))
        or any(covered[last + 1 : duty + 1])
        or not (cased(tokens[first_word]) and cased(tokens[duty]))
        or tokens[duty].folded not in DUTIES
    ):
        return None
    word = tokens[first_word].folded
    body_word = (word in HEAD_WORD and HEAD_WORD[word].kind is not ActorKind.place) or word in NAME_WORD
    if body_word or is_given_name(word) or zipf(word) < _REMIT_WORD:
        return None  # ("Port Security", "Border Security" are duties: a place's word may open one)
    if duty + 1 < len(tokens) and tokens[duty].joined and cased(tokens[duty + 1]):
        return None  # "... and Border Security Forces": the words go on to a head of their own
    return duty


def _team_ahead(tokens: list[Token], k: int) -> bool:
    """Whether a working unit's head word ends the capitalised words from `k` ("and Security Team")."""
    while k < len(tokens) and cased(tokens[k]):
        if _team_head(tokens, k):
            return True
        k += 1
    return False


def _trade_word_before_and(tokens: list[Token], first: int, last: int) -> bool:
    """'U.S. Securities and Exchange Commission': a company's head word before 'and' and a common
    word after it may share one body's head ("Korvane Securities and Halvane Bank" are two)."""
    return (
        tokens[last].folded in COMPANY_HEADS
        and last > first
        and last + 2 < len(tokens)
        and not is_given_name(tokens[last + 2].folded)
        and zipf(tokens[last + 2].folded) >= _VERB_ZIPF
    )


def _owners_plain_word_before_and(tokens: list[Token], first: int, last: int) -> bool:
    """'African Union Support and Stabilisation Mission': an owner body's name, then a plain word before
    'and' that opens the body's own name (whose head word must follow; not "Union Council and ...")."""
    word = tokens[last].folded
    return (
        last > first
        and any(tokens[k].folded in NAME_WORD for k in range(first, last))
        and word not in NAME_WORD
        and word not in HEAD_WORD
        # "African Union Peace and Security Council": a given name that is a plain word too, before a plain field
        and (not is_given_name(word) or (last + 2 < len(tokens) and _plain_field(word, tokens[last + 2].folded)))
        and zipf(word) >= _VERB_ZIPF
    )


def _plain_field(word: str, after_and: str) -> bool:
    """Whether two words joined by "and" read as two fields, not two given names: the second no given name."""
    return not is_given_name(after_and) and all(
        zipf(w) >= _VERB_ZIPF and w not in NAME_WORD and w not in HEAD_WORD for w in (word, after_and)
    )


def _is_state(gazetteer: Gazetteer, word: str) -> bool:
    place = gazetteer.lookup((word,))
    return place is not None and place.kind == "state"


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
    return any(
        gazetteer.lookup(tuple(t.folded for t in tokens[k : k + size])) is not None
        for size in (1, 2, 3)
        if k + size <= len(tokens)
    )


# The last word of a unit's name, and of the force a unit belongs to ("Black Sea Fleet of the Tremmin Navy").
_UNIT_HEADS = word_set("division brigade regiment battalion squadron wing fleet flotilla")
_FORCE_HEADS = word_set("army navy force forces marines")
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
        if tokens[end].folded in _FORCE_HEADS and (end + 1 == len(tokens) or not cased(tokens[end + 1])):
            return True
        if not tokens[end].joined:
            return False
    return False


# Prefixes written with a hyphen inside one word: "Co-operation", "Re-construction", "Anti-corruption"
# (not "Burke-class" or "Liberian-flagged", a name and then a word about it).
_HYPHEN_PREFIXES = word_set("co re anti non pre post self inter counter multi cross sub trans pan de")


# Roles a person shares, written after "co-": "Co-founder Asha Trevan", "Co-host Milo Fenwright".
_SHARED_ROLES = word_set("founder host owner pilot presenter star writer")


def _hyphened_title(tokens: list[Token], k: int) -> bool:
    """'Co-ordinator', 'Co-chair', 'Co-founder': a post written with a hyphen after its prefix."""
    second = tokens[k + 1].folded
    return tokens[k].folded + second in TITLES or second in TITLES or second in _SHARED_ROLES


def _capital_after(tokens: list[Token], k: int, covered: list[bool]) -> bool:
    """Whether a capitalised word follows token k in the same phrase."""
    return k + 1 < len(tokens) and tokens[k].joined and cased(tokens[k + 1]) and not covered[k + 1]


def _hyphened_word(doc_text: str, tokens: list[Token], last: int) -> bool:
    """A capitalised word goes on after a hyphen in lower case: "Co-operation", "Re-construction"."""
    nxt = tokens[last + 1]
    return (
        tokens[last].folded in _HYPHEN_PREFIXES
        and tokens[last].text[:1].isupper()
        and doc_text[tokens[last].end : nxt.start] in ("-", "‐")
        and nxt.text.isalpha()
        and nxt.text.islower()
        and len(nxt.text) >= 3
        and nxt.folded not in NAME_PARTICLES
    )


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


def _state_at(tokens: list[Token], k: int, gazetteer: Gazetteer) -> bool:
    if k < len(tokens) and tokens[k].folded == "the":
        k += 1
    place = gazetteer.lookup((tokens[k].folded,)) if k < len(tokens) else None
    return place is not None and place.kind == "state"


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


def _has_body_word(tokens: list[Token], first: int, last: int) -> bool:
    """Whether a run has an organisation's or armed force's word ("Ministry", "Army") in it."""
    return any(
        tokens[k].folded in NAME_WORD or (tokens[k].folded in HEAD_WORD and tokens[k].folded not in PLACE_HEADS)
        for k in range(first, last + 1)
    )


# A landform's word that opens its name before "of" ("Gulf of Aden", "Bay of Biscay"): such a place ends
# before "and the", which opens a second one.
_LANDFORMS_OPENING_OF = word_set("gulf bay strait straits sea lake mount cape isle bight")


def _second_of_and(
    doc_text: str, tokens: list[Token], first: int, before: int, ahead: int, gazetteer: Gazetteer
) -> int | None:
    """Where the second half of a body's 'of A and B' ends, or None when 'and' joins two names.

    "Ministry of Labour and Social Affairs", "Islamic State of Iraq and the Levant", "... of Iraq
    and Syria" go on; "Government of Iraq and Coalition partners", "... and the Iraqi forces",
    "... and Prime Minister X", "... and Ilse Tremmin" are a second actor after "and".
    """
    end = ahead
    if end + 1 < len(tokens) and _hyphened_word(doc_text, tokens, end):
        # "... for Security and Co-operation": the hyphen's halves are one word ("co" is no firm's).
        return end + 1 if cased(tokens[ahead]) else None
    while end - ahead < 2 and tokens[end].joined and end + 1 < len(tokens) and cased(tokens[end + 1]):
        end += 1
    if not cased(tokens[ahead]):
        return None
    if tokens[ahead - 1].folded == "the" and tokens[first].folded in _LANDFORMS_OPENING_OF:
        return None  # "between the Gulf of Hammamet and the Zaghouan massif": two places, no body's "and"
    if tokens[ahead - 1].folded == "the" and _parallel_aim(tokens, first, before, ahead):
        return ahead  # "Committee for the Return of ... and the Restoration of ...": a second aim, same body
    if tokens[ahead - 1].folded == "the" and _name_goes_on(tokens, end):
        return None  # "... of Justice and the Haute Autorité de la Communication": a second body's whole name
    if tokens[ahead - 1].folded == "the" and tokens[end].joined and end + 1 < len(tokens) and cased(tokens[end + 1]):
        return None  # "... of Commerce and the Tarnby Retail Merchants Association": capitals run on, a body's own
    if (
        tokens[ahead - 1].folded == "the"
        and end + 1 < len(tokens)
        and doc_text[tokens[end].end : tokens[end + 1].start] in _POSSESSIVE_GAPS
        and cased(tokens[end + 1])
    ):
        return None  # "... of National Unity and the Sudan People's Liberation Movement": a second body's name
    words = [tokens[k].folded for k in range(ahead, end + 1)]
    if tokens[ahead - 1].folded == "the" and end > ahead and _states_own_body(gazetteer, words):
        return None  # "... Assets Control and the UK Foreign, Commonwealth and Development Office": a state's body
    if end > ahead and _another_bodys_own_words(tokens, first, before, ahead, end):
        return None  # "... of the Red Cross and Médecins Sans Frontières": a second body's own-language name
    if end == ahead and (_acronym_alone(tokens[ahead]) or words[0] in KNOWN_BODIES):
        # "the International Committee of the Red Cross and UNICEF": a second body's acronym ("... and Oxfam":
        # a body the world knows by one word)
        return None
    if _paired_landforms(tokens, before, ahead, end):
        return end  # "University of the Highlands and Islands": two landforms, one region
    if _adjective_shares_the_noun(tokens, before, ahead, end, gazetteer):
        return end  # "Center for Strategic and International Studies": the adjective before "and" has no noun
    if any(w in NAME_WORD or w in HEAD_WORD or is_title(w) or w in FUNCTION_WORDS for w in words):
        return None  # another body's name, a title
    if is_given_name(words[0]) or gazetteer.country_of_demonym(words[0]) is not None:
        return None  # a person; a demonym before a noun of its own ("the Iraqi forces")
    if end + 1 < len(tokens) and tokens[end].joined and tokens[end + 1].folded in _INSTITUTION_NOUNS_AFTER_AND:
        return None  # "... and Kurdish forces", "... and the Ottoman garrison": an institution of its own
    if gazetteer.lookup(tuple(words)) is not None and not _second_field(tokens, before, ahead, end, gazetteer):
        # "Islamic State of Iraq and Syria" goes on, but not "Ministry of Defence and Tremmin" (two
        # names), nor the plural "Governments of Iraq and the United States" (a body of each).
        plural = any(t.folded.endswith("s") and t.folded[:-1] in NAME_WORD for t in tokens[first:before])
        article = tokens[ahead - 1].folded == "the"
        if plural or not (article or gazetteer.lookup((tokens[before].folded,)) is not None):
            return None
    return end


def _adjective_shares_the_noun(tokens: list[Token], before: int, ahead: int, end: int, gazetteer: Gazetteer) -> bool:
    """'... for Strategic and International Studies', '... of Arabic and Islamic Studies': a body's name cannot
    end with an adjective, so the noun after "and" is shared by both (not after a people's adjective: "...
    of the Iraqi and Kurdish Forces" name two forces)."""
    adjective = tokens[before].folded
    head = tokens[end].folded
    return (
        ahead == before + 2
        and end > ahead
        and adjective.endswith(ADJECTIVE_SUFFIXES)
        and adjective not in _NOUNS_LIKE_ADJECTIVES
        and gazetteer.country_of_demonym(adjective) is None
        and gazetteer.country_of_demonym(tokens[ahead].folded) is None
        and head not in NAME_WORD
        and head not in HEAD_WORD
        and not is_given_name(head)
    )


# Nouns that end as adjectives do: "the Hospital and Health Board", "the Capital and Coast District".
_NOUNS_LIKE_ADJECTIVES = word_set(
    "general capital criminal hospital arsenal festival animal journal signal rival canal official professional "
    "individual original mechanic republic clinic music logic traffic public arabian"
)


def _states_own_body(gazetteer: Gazetteer, words: list[str]) -> bool:
    """'UK Foreign', 'US Treasury': a state's name, then words that are no part of it."""
    state = gazetteer.lookup((words[0],))
    return state is not None and state.kind == "state" and gazetteer.lookup(tuple(words)) is None


# (a garrison is a state's or a people's, as its troops are: "the Varn Army of the North and the Ottoman garrison")
_INSTITUTION_NOUNS_AFTER_AND = INSTITUTION_NOUNS | {"garrison", "garrisons"}


def _another_bodys_own_words(tokens: list[Token], first: int, before: int, ahead: int, end: int) -> bool:
    """Whether the capitalised words after a body's "and" are a second name written in another language:
    letters with accents that the English name before has none of."""
    after = [tokens[k].text for k in range(ahead, end + 1)]
    accented = any(not word.isascii() for word in after)
    return accented and all(tokens[k].text.isascii() for k in range(first, before + 1))


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


def _acronym_alone(token: Token) -> bool:
    """A word of two or more capitals (and digits): a body's acronym ("UNICEF", "WHO")."""
    letters = token.text.replace("-", "")
    return len(letters) >= 2 and letters.isupper() and letters.isalnum()


_FIELD_TOWN = 100_000  # Drama (Greece) is a small town; a city this size is no field of study
_FIELD_ZIPF = 4.0  # "drama" 4.4, "music" 5.4: fields of study; "Tremmin", "Lincoln" are no such words


def _paired_landforms(tokens: list[Token], before: int, ahead: int, end: int) -> bool:
    """'... of the Highlands and Islands': a plural landform on each side of "and" names one region."""
    pair = (tokens[before].folded, tokens[ahead].folded)
    return end == ahead and all(w in HEAD_WORD and w.endswith("s") for w in pair)


def _second_field(tokens: list[Token], before: int, ahead: int, end: int, gazetteer: Gazetteer) -> bool:
    """'Academy of Music and Drama': a frequent common word after "and", following another that is no
    place, is a second field of the body although a small town is called Drama (not "... of Iraq and
    Syria", a state; not "... of Defence and Tremmin", a rare word)."""
    place = gazetteer.lookup((tokens[ahead].folded,))
    if end != ahead or place is None or place.kind == "state" or place.population >= _FIELD_TOWN:
        return False
    pair = (tokens[before].folded, tokens[ahead].folded)
    return gazetteer.lookup(pair[:1]) is None and all(zipf(w) >= _FIELD_ZIPF for w in pair)


def _parallel_aim(tokens: list[Token], first: int, before: int, ahead: int) -> bool:
    """'National Committee for the Return of Displaced Persons and the Restoration of Property': the
    body's "for the <noun> of" is matched after "and the" by another ordinary noun and "of"."""
    if ahead + 1 >= len(tokens) or tokens[ahead + 1].folded != "of" or not _aim_noun(tokens[ahead]):
        return False
    return any(
        tokens[k].folded in ("for", "on")
        and tokens[k + 1].folded == "the"
        and _aim_noun(tokens[k + 2])
        and tokens[k + 3].folded == "of"
        for k in range(first + 1, before - 2)
    )


def has_parallel_aims(tokens: list[Token], first: int, last: int) -> bool:
    """Whether the run holds "... for the Return of X and the Restoration of Y" (see `_parallel_aim`)."""
    return any(
        tokens[k].folded == "and" and tokens[k + 1].folded == "the" and _parallel_aim(tokens, first, k - 1, k + 2)
        for k in range(first + 1, last - 1)
    )


def _where_aims_apply(tokens: list[Token], first: int, last: int, covered: list[bool]) -> int | None:
    """'... and the Restoration of Property in the Coastal Governorates': a body named by two aims goes
    on with where they apply."""
    k = last + 1
    if not tokens[last].joined or not tokens[k].joined or not has_parallel_aims(tokens, first, last):
        return None
    k += 1
    if k < len(tokens) and tokens[k].folded == "the" and tokens[k].joined:
        k += 1
    end = None
    while k < len(tokens) and not covered[k] and cased(tokens[k]):
        end = k
        if not tokens[k].joined:
            break
        k += 1
    return end


def _aim_noun(token: Token) -> bool:
    # "Return", "Restoration", "Protection": an ordinary noun, no body's word nor a title.
    word = token.folded
    return cased(token) and zipf(word) >= _REMIT_WORD and word not in NAME_WORD and word not in HEAD_WORD


# Small words inside a name in English or French: "... of the Congo", "... de la Communication".
_GLUE_GOING_ON = frozenset({"of", "for", "de", "du", "des", "la", "le", "pour"})


def _name_goes_on(tokens: list[Token], end: int) -> bool:
    """Whether the capitalised words ending at `end` go on past a small word to more capitals: then
    they open a name of their own, longer than the two words a body's "and" phrase takes."""
    k = end + 1
    while k < len(tokens) and tokens[k - 1].joined and tokens[k].folded in _GLUE_GOING_ON:
        k += 1
    return k > end + 1 and k < len(tokens) and tokens[k - 1].joined and cased(tokens[k])


# How far ahead of a run a name's bracketed acronym is looked for.
_ACRONYM_REACH = 8


def _spelled_out_before_acronym(
    text: str, tokens: list[Token], first: int, last: int, covered: list[bool], gazetteer: Gazetteer
) -> int | None:
    """Where a name goes on through lower-case small words when an acronym in brackets spells it out.

    'Al-Qaeda in the Arabian Peninsula (AQAP)', 'Save the Children Fund (SCF)': the letters of the
    acronym are the initials of every capitalised word, so the small words are inside the name.
    """
    count = len(tokens)
    k = last + 1
    crossed = False
    while k < count and k <= last + _ACRONYM_REACH and tokens[k - 1].joined and not covered[k]:
        token = tokens[k]
        if not cased(token):
            if token.folded not in FUNCTION_WORDS:
                return None
            crossed = True
        elif crossed and not token.joined and text[token.end : token.end + 2] == " (":
            after = k + 1
            if after < count and text[tokens[after].end : tokens[after].end + 1] == ")":
                letters = tokens[after].text.replace(".", "").upper()
                words = [t for t in tokens[first : k + 1] if cased(t)]
                while words and words[0].folded in FUNCTION_WORDS:
                    words = words[1:]  # "The Organization for ... (OSCE)": a capitalised "The" is no initial
                initials = "".join(t.text[0] for t in words).upper()
                if (
                    ACRONYM.fullmatch(tokens[after].text)
                    and (letters == initials or skipping_acronym(letters, initials))
                ) or acronym_spells(tokens[after].text, tokens[first : k + 1], gazetteer):
                    return k  # "Future for Varnia (FfV)": a small letter for a small word
            return None
        k += 1
    return None


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


_SERVING_WORDS = word_set("delegation mission embassy representation")
# An envoy's post named for the state it is sent to: "High Commissioner to Varnia", "Ambassador to
# the Varnak Islands" (the post is read whole by `person_names.post_with_remit`).
_ENVOY_WORDS = word_set("ambassador commissioner envoy")


def _state_served(tokens: list[Token], first: int, last: int, covered: list[bool], gazetteer: Gazetteer) -> int | None:
    """Where a body's name ends that names the state it serves: "Delegation to Syria", "Mission to
    Solomon Islands", "Delegation of the European Union to Syria" (a state of up to three words)."""
    envoy = tokens[last].folded in _ENVOY_WORDS
    if not envoy and not any(tokens[k].folded in _SERVING_WORDS for k in range(first, last + 1)):
        return None
    start = last + 2
    if envoy and start + 1 < len(tokens) and tokens[start].text == "the":
        start += 1  # "High Commissioner to the Maldives"
    for end in range(min(len(tokens) - 1, start + 3), start - 1, -1):
        words = tuple(t.folded for t in tokens[start : end + 1])
        if any(covered[k] or not cased(tokens[k]) for k in range(start, end + 1)):
            continue
        if all(tokens[k].joined for k in range(last + 1, end)):
            place = gazetteer.lookup(words)
            if place is not None and place.kind == "state":
                return end
    return None


# Panels named for the state they examine: "Commission of Inquiry on Varnia", "Group of Experts on
# the Democratic Republic of the Congo" (not "Conference on Syria", which meets about it).
_EXAMINING_HEADS = word_set("inquiry experts")
_LONGEST_STATE = 6


def _state_examined(tokens: list[Token], last: int, covered: list[bool], gazetteer: Gazetteer) -> int | None:
    """Where a panel's name ends that names the state it examines after "on (the)"."""
    if tokens[last].folded not in _EXAMINING_HEADS:
        return None
    start = last + 2
    if start < len(tokens) and tokens[start].folded == "the" and tokens[start - 1].joined:
        start += 1
    for end in range(min(len(tokens) - 1, start + _LONGEST_STATE - 1), start - 1, -1):
        span = range(start, end + 1)
        if any(covered[k] for k in span) or not cased(tokens[start]) or not cased(tokens[end]):
            continue
        if all(tokens[k].joined for k in range(last + 1, end)):
            place = gazetteer.lookup(tuple(tokens[k].folded for k in span))
            if place is not None and place.kind == "state":
                return end
    return None


# Movements that name their branches "X in the Y" ("al-Qaeda in the Islamic Maghreb", "Islamic
# State in the Greater Sahara"), and missions and forces named for the state they serve in
# ("the EU Rule of Law Mission in Kosovo", "the UN Assistance Mission in Afghanistan").
FRANCHISE_HEADS = word_set("qaeda qaida")
FRANCHISE_PHRASES = frozenset({("islamic", "state")})
# A nation's contingent is named so too: "Polish Military Contingent in Afghanistan".
_SERVING_IN = word_set("mission contingent")


def _aim_in_region(tokens: list[Token], first: int, last: int, covered: list[bool], gazetteer: Gazetteer) -> int | None:
    """Where a body's name ends that is "for" an aim "in" a world region: "Organization for Security
    and Co-operation in Europe", "Forum for Trade in Asia" (a world region, not a town or a state)."""
    aim = next((k for k in range(first + 1, last) if tokens[k].folded == "for"), None)
    if aim is None or not any(tokens[k].folded in NAME_WORD for k in range(first, aim)):
        return None  # the body's word comes before its "for": "Varnish Forum for Trade"
    start = last + 2
    if start < len(tokens) and tokens[start].folded == "the" and tokens[start - 1].joined:
        start += 1
    for end in (start + 1, start):
        if end >= len(tokens) or any(covered[k] or not cased(tokens[k]) for k in range(start, end + 1)):
            continue
        if end + 1 < len(tokens) and tokens[end].joined and cased(tokens[end + 1]):
            continue
        place = gazetteer.lookup(tuple(t.folded for t in tokens[start : end + 1]))
        if place is not None and place.kind == "place" and place.country is None:
            return end
    if aim + 1 < last and tokens[aim + 1].folded == "the":
        aim += 1
    if tokens[aim + 1].folded not in _CAUSES:
        return None
    # "Union for Peace in the Central African Republic", "Movement for Democracy in Varnia": a cause fought for
    # in a state names the movement with its state (a state's formal name of up to six words)
    for end in range(min(len(tokens) - 1, start + 5), start - 1, -1):
        if any(covered[k] or not _word_of_state_name(tokens, k, start) for k in range(start, end + 1)):
            continue
        if all(tokens[k].joined for k in range(last + 1, end)) and _names_state(gazetteer, tokens[start : end + 1]):
            return end
    return None


# Causes a movement is "for", before the state it strives in: "Union for Peace in ...", "Front for Democracy in ...".
_CAUSES = word_set(
    "peace democracy justice reconciliation freedom liberation unity change renewal progress salvation "
    "restoration renaissance independence resistance"
)


def _franchise_end(tokens: list[Token], first: int, last: int, covered: list[bool], gazetteer: Gazetteer) -> int | None:
    """Where a branch's name ends after "in": "... in the Arabian Peninsula" (the capitalised words
    after "the"), or "... in Kosovo" (a state) after a mission or an international body's office, "... in the
    Sahel" (a world region) after a mission."""
    head = tokens[last].folded
    franchise = head in FRANCHISE_HEADS or (last > first and (tokens[last - 1].folded, head) in FRANCHISE_PHRASES)
    chamber = any(tokens[k].folded in _TRADERS_CHAMBERS for k in range(first, last))
    if not franchise and head not in _SERVING_IN and head not in _OFFICES_ABROAD and not chamber:
        return None
    start = last + 2
    if start < len(tokens) and tokens[start].folded == "the" and tokens[last + 1].joined and franchise:
        end = start
        while end + 1 < len(tokens) and tokens[end].joined and cased(tokens[end + 1]) and not covered[end + 1]:
            end += 1
        return end if end > start else None
    opening = first + (tokens[first].folded == "the")
    office = head in _OFFICES_ABROAD and tokens[opening].folded in INTERNATIONAL_BODY_OPENERS and last > opening
    # "American Chamber of Commerce in Kazakhstan": a nation's chamber of traders abroad, named for where it sits
    office = office or (
        gazetteer.country_of_demonym(tokens[opening].folded) is not None
        and any(tokens[k].folded in _TRADERS_CHAMBERS for k in range(opening + 1, last))
    )
    if head not in _SERVING_IN and not office:
        return None  # "al-Qaeda in Iraq": the group, then where it fights (the state is drafted apart)
    if start + 1 < len(tokens) and tokens[start].folded == "the" and tokens[last + 1].joined:
        start += 1  # "Mission in the Central African Republic", "Mission in the Republic of Varnia"
        region = _world_region_at(tokens, start, covered, gazetteer)
        if region is not None:
            return region  # "EU Capacity Building Mission in the Sahel": a mission for a world region
    # ("Mission in the Democratic Republic of the Congo": a state's formal name of up to six words.)
    for end in range(min(len(tokens) - 1, start + 5), start - 1, -1):
        if any(covered[k] or not _word_of_state_name(tokens, k, start) for k in range(start, end + 1)):
            continue
        if not all(tokens[k].joined for k in range(last + 1, end)):
            continue
        if _names_state(gazetteer, tokens[start : end + 1]):
            return end
    return None


# An international body's office or delegation abroad, named for the state it sits in: "the EU Office in
# Kosovo", "United Nations Integrated Office in Haiti" (its first word a union's or the UN's: "the Foreign Office
# in Kenya" is a ministry, then a state).
_OFFICES_ABROAD = word_set("office delegation representation")
_TRADERS_CHAMBERS = word_set("chamber chambers")
INTERNATIONAL_BODY_OPENERS = word_set("eu un european united au african osce nato sadc ecowas igad asean")


def _world_region_at(tokens: list[Token], start: int, covered: list[bool], gazetteer: Gazetteer) -> int | None:
    """Where a world region's name that opens at `start` ends ("Sahel", "Horn of Africa"), if the capitalised
    words there name one and stop."""
    for end in range(min(len(tokens) - 1, start + 2), start - 1, -1):
        if any(covered[k] for k in range(start, end + 1)) or not cased(tokens[start]) or not cased(tokens[end]):
            continue
        if end + 1 < len(tokens) and tokens[end].joined and cased(tokens[end + 1]):
            continue  # "in the Sahel Alliance": the words go on
        place = gazetteer.lookup(tuple(t.folded for t in tokens[start : end + 1]))
        if place is not None and place.kind == "place" and place.country is None:
            return end
    return None


def _word_of_state_name(tokens: list[Token], k: int, start: int) -> bool:
    """A capitalised word, "of", or "the" after "of" ("Republic of the Congo")."""
    word = tokens[k].folded
    return cased(tokens[k]) or word == "of" or (word == "the" and k > start and tokens[k - 1].folded == "of")


def _topic_in_state(
    tokens: list[Token], first: int, last: int, covered: list[bool], gazetteer: Gazetteer
) -> int | None:
    """Where a body's name ends that is "on" a matter "in" a state: "Commission on Missing Persons in
    Libya", "Independent Commission on Human Rights in Varnia"; an armed movement's name ("Islamic
    Resistance in Iraq"). Only a state after "in" (a city is where the body sits: "the Council on
    Foreign Relations in Washington")."""
    topic = next((k for k in range(first + 1, last) if tokens[k].folded == "on"), None)
    movement = tokens[last].folded in MOVEMENTS_OF_A_STATE and last > first
    if not movement and (topic is None or not any(tokens[k].folded in NAME_WORD for k in range(first, topic))):
        return None
    start = last + 2
    if start + 1 < len(tokens) and tokens[start].folded == "the" and tokens[last + 1].joined:
        start += 1
    for end in range(min(len(tokens) - 1, start + 4), start - 1, -1):
        if any(covered[k] or not cased(tokens[k]) for k in range(start, end + 1)):
            continue
        if end + 1 < len(tokens) and tokens[end].joined and cased(tokens[end + 1]):
            continue  # "... in Libya Today": the capitalised run goes on
        if all(tokens[k].joined for k in range(last + 1, end)) and _names_state(gazetteer, tokens[start : end + 1]):
            return end
    return None


def body_of_a_state(tokens: list[Token], first: int, last: int, gazetteer: Gazetteer) -> bool:
    """A body's name that ends with the state it belongs to or serves, longer than most names:
    "Armed Forces of the Democratic Republic of the Congo", "... Mission in the Central African
    Republic", "Commission of Inquiry on the Syrian Arab Republic". The state is its last words after
    "of", "in" or "on" (and "the")."""
    for glue in range(last - 1, first, -1):
        if tokens[glue].folded not in ("of", "in", "on"):
            continue
        start = glue + 1 + (tokens[glue + 1].folded == "the")
        if start <= last and last - start < 5 and _names_state(gazetteer, tokens[start : last + 1]):
            return glue - first <= MAX_NAME_TOKENS and _has_body_word(tokens, first, glue - 1)
    return False


def _names_state(gazetteer: Gazetteer, tokens: list[Token]) -> bool:
    """A state's name, or its formal one: "Kosovo", "Central African Republic", "Republic of Moldova", "Kingdom
    of Lesotho"."""
    words = tuple(t.folded for t in tokens)
    whole = gazetteer.lookup(words) if words[-1] not in ("of", "the") else None
    if whole is not None and whole.kind == "state":
        return True  # "Republic of the Congo", "Democratic Republic of the Congo"
    if words[:1] and words[0] in STATE_FORMS and words[1:2] == ("of",):
        words = words[2:]  # "Republic of Moldova", "Kingdom of Lesotho"
    place = gazetteer.lookup(words) if words and words[-1] != "of" else None
    return place is not None and place.kind == "state"


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
    if zipf(word) < _VERB_ZIPF or is_surname(word) or is_given_name(word) or word in FUNCTION_WORDS:
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


def dash_before_operation(text: str, tokens: list[Token], k: int) -> bool:
    """'Task Force – Operation X': a force's name goes on through a dash to the operation it serves."""
    if k + 2 >= len(tokens) or tokens[k].folded not in ("force", "command"):
        return False
    nxt = tokens[k + 1]
    gap = text[tokens[k].end : nxt.start]
    return gap in (" - ", " – ", " — ", "–", "—") and nxt.text == "Operation" and cased(tokens[k + 2])


_DASHES = (" - ", " – ", " — ")
_HULL_NUMBER = re.compile(r" \([A-Z]{2,4}[- ]?\d{1,4}\) ")
_GROUP_WORDS = 4  # "Carrier Strike Group", "Amphibious Ready Group"


def hull_number_before_group(text: str, tokens: list[Token], k: int) -> int | None:
    """The first word after a ship's hull number in brackets when a group's name goes on after it:
    'USS Varn (DDG 61) Surface Action Group' is one name; 'USS Varn (DDG 61) sailed' ends at the ship."""
    if k + 1 >= len(tokens) or not _HULL_NUMBER.match(text, tokens[k].end):
        return None
    after = _HULL_NUMBER.match(text, tokens[k].end).end()  # type: ignore[union-attr]
    first = next((j for j in range(k + 1, min(k + 5, len(tokens))) if tokens[j].start == after), None)
    if first is None or not cased(tokens[first]):
        return None
    end = first
    while end + 1 < len(tokens) and end - first < _GROUP_WORDS and tokens[end].joined and cased(tokens[end + 1]):
        end += 1
    return first if tokens[end].folded == "group" else None


# A force's head word before the dash, and the head word that ends its arm's name after it.
_FORCE_HEADS = word_set("forces army navy command corps guard")
_ARM_HEADS = word_set("army navy force forces command corps guard division brigade")
_ARM_WORDS = 3


def dash_before_arm(text: str, tokens: list[Token], k: int) -> bool:
    """'Varnian Armed Forces – Royal Army': a force's name goes on through an en or em dash to the arm it
    names (capitalised words ending in a force's head word); 'the Army – Sami Korr said' stays two names."""
    if k + 1 >= len(tokens) or tokens[k].folded not in _FORCE_HEADS:
        return False
    if text[tokens[k].end : tokens[k + 1].start] not in (" – ", " — "):
        return False
    nxt = tokens[k + 1]
    end = k + 1
    while end + 1 < len(tokens) and end - k < _ARM_WORDS and tokens[end].joined and cased(tokens[end + 1]):
        end += 1
    return cased(nxt) and end > k + 1 and tokens[end].folded in _ARM_HEADS


_BRANCH_WORDS = 4  # "Quds Force", "Aerospace Force": the branch's words after the dash
# A multinational force's or a task force's head before a dash and the land it serves in.
_THEATRE_FORCE_HEADS = word_set("force forces")
# An embassy's office for arms sales and training, named with its state or its capital after a dash: "Office of
# Security Cooperation – Varnia", "Office of Defense Cooperation – Tarnville".
_COOPERATION_OFFICE_HEADS = word_set("cooperation co-operation")
_CAPITAL_SIZE = 300_000


def _dash_before_theatre(text: str, tokens: list[Token], first: int, k: int, gazetteer: Gazetteer) -> bool:
    """'European Union Naval Force – Somalia', 'Multi-National Force – Iraq': a force of several words, an en or
    em dash, then the one-word state it serves in, then no more capitals; one name ('the Army – Sami Korr said' and
    'the Force – Varnia's army' stay apart)."""
    office = tokens[k].folded in _COOPERATION_OFFICE_HEADS
    if k + 1 >= len(tokens) or k - first < 1 or not (tokens[k].folded in _THEATRE_FORCE_HEADS or office):
        return False
    if text[tokens[k].end : tokens[k + 1].start] not in (" – ", " — "):
        return False
    nxt = k + 1
    if not cased(tokens[nxt]) or (nxt + 1 < len(tokens) and tokens[nxt].joined and cased(tokens[nxt + 1])):
        return False
    if text[tokens[nxt].end : tokens[nxt].end + 2] in ("'s", "’s"):
        return False
    place = gazetteer.lookup((tokens[nxt].folded,))
    if place is not None and office and place.population >= _CAPITAL_SIZE:
        return True  # "Office of Defense Cooperation – Tarnville": an embassy's office, named by its city
    return place is not None and place.kind == "state"


def _initials(tokens: list[Token], first: int, last: int) -> str:
    return "".join(tokens[k].text[0] for k in range(first, last + 1) if cased(tokens[k]) and tokens[k].text != "The")


_ACRONYM_REACH = 16  # tokens from a name's start to the acronym in brackets that may spell it
_GLUE_IN_SPELLED = frozenset(("of", "for", "and", "the", "in", "on"))


def _acronym_spells_past_and(text: str, tokens: list[Token], first: int, last: int, covered: list[bool]) -> int | None:
    """Where 'United Nations Relief and Works Agency for ... (UNRWA)' goes on to after its "and": the
    acronym in brackets after the name spells the capitalised words from its start to a word past
    the "and" (the rest of the name follows its own glue)."""
    if last + 2 >= len(tokens) or not tokens[last].joined or not tokens[last + 1].joined:
        return None
    k = last + 2
    # "Medicines and Healthcare products Regulatory Agency (MHRA)": one word in lower case inside the
    # name, which the acronym skips
    lower_inside = 0
    while k < len(tokens) and k - first < _ACRONYM_REACH and not covered[k]:
        inside = tokens[k].text.isalpha() and tokens[k].text.islower() and k + 1 < len(tokens) and cased(tokens[k + 1])
        lower_inside += inside and tokens[k].folded not in _GLUE_IN_SPELLED
        if not (cased(tokens[k]) or tokens[k].folded in _GLUE_IN_SPELLED or (inside and lower_inside == 1)):
            return None
        if text.startswith(" (", tokens[k].end):
            break
        if not tokens[k].joined and not (k + 1 < len(tokens) and text[tokens[k].end : tokens[k + 1].start] in _DASHES):
            return None  # (a dash before a branch goes on: "... Operations Centre – Narcotics (MAOC-N)")
        k += 1
    else:
        return None
    close = text.find(")", tokens[k].end, tokens[k].end + 14)
    letters = text[tokens[k].end + 2 : close] if close > 0 else ""
    body_letters, _, branch_letters = letters.partition("-")
    if branch_letters.isalpha() and branch_letters.isupper():
        letters = body_letters  # "(MAOC-N)": the body's letters, then its branch's (`_branch_spelled_by_acronym`)
    if len(letters) < 3 or not letters.isalpha() or not letters.isupper():
        return None
    spelled = ""
    for j in range(first, k + 1):
        if cased(tokens[j]) and tokens[j].text != "The":
            spelled += tokens[j].text[0]
        if j > last + 1 and spelled == letters:
            return j
        if not letters.startswith(spelled):
            return None
    return None


_WHERE_WORDS = 4  # "Lebanon", "the Central African Republic": where the body serves
_SPELLED_ELSEWHERE = 5  # an acronym this long, written apart on the page, is the name's own


def _spelled_through_in(text: str, tokens: list[Token], first: int, last: int, covered: list[bool]) -> int | None:
    """Where 'United Nations Interim Force in Lebanon (Unifil)' ends: a body's name goes on through "in"
    and where it serves when the acronym in brackets after them spells every word, "in" too."""
    start = last + 2
    if start >= len(tokens) or not tokens[last + 1].joined or covered[start] or not cased(tokens[start]):
        return None
    end = start
    while end + 1 < len(tokens) and end - start < _WHERE_WORDS and tokens[end].joined and cased(tokens[end + 1]):
        end += 1
    words = [tokens[k].text for k in range(first, end + 1) if tokens[k].text != "The"]
    if not text.startswith(" (", tokens[end].end):
        # "the United Nations Interim Force in Lebanon" on a page that writes "UNIFIL" elsewhere: the
        # acronym, every word's initial, "in" too, says where the name ends.
        # (The body may close a longer run: "Force Commander of the United Nations Interim Force in Lebanon".)
        for opening in range(first, last):
            tail = [tokens[k].text for k in range(opening, end + 1)]
            if not cased(tokens[opening]) or any(w[:1].islower() and w != "in" for w in tail):
                continue
            initials = "".join(w[0] for w in tail).upper()
            if len(initials) >= _SPELLED_ELSEWHERE and re.search(rf"\b{initials}\b", text) is not None:
                return end
        return None
    close = text.find(")", tokens[end].end, tokens[end].end + 14)
    letters = text[tokens[end].end + 2 : close].replace(".", "").upper() if close > 0 else ""
    if len(letters) >= 4 and letters == "".join(w[0] for w in words).upper():
        return end
    if _ends_with_where_it_serves(tokens, start, end, letters, words):
        return end
    if _united_nations_letters_in_french(tokens, first, start, end, letters):
        return end
    return end if _mission_in_its_own_letters(tokens, first, last, start, end, letters) else None


def _united_nations_letters_in_french(tokens: list[Token], first: int, start: int, end: int, letters: str) -> bool:
    """'United Nations Integrated Office in Haiti (BINUH)': a UN body's acronym made from its French name
    (Bureau intégré des Nations Unies en Haïti) holds the French "NU" and ends with the place's initials;
    'UN Peacekeeping Force in Cyprus (Unficyp)' opens with "UN" and ends with the place's first syllable."""
    opening = first + (tokens[first].text == "The")
    united_nations = tokens[opening].text == "UN" or (
        tokens[opening].folded == "united" and opening + 1 < len(tokens) and tokens[opening + 1].folded == "nations"
    )
    place = "".join(tokens[k].text[0] for k in range(start, end + 1) if cased(tokens[k])).upper()
    # "UN Peacekeeping Force in Cyprus (Unficyp)": the place's first syllable may stand for it
    syllable = tokens[start].text[:_PLACE_SYLLABLE].upper() if start == end else place
    return (
        united_nations
        and len(letters) >= 4
        and letters.isalpha()
        and ("NU" in letters or letters.startswith("UN"))
        and (letters.endswith(place) or letters.endswith(syllable))
        and len(place) < len(letters)
    )


_PLACE_SYLLABLE = 3


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


def _ends_with_where_it_serves(tokens: list[Token], start: int, end: int, letters: str, words: list[str]) -> bool:
    """'Border Control Programme in West Tarvelia (BOCOWT)': an acronym made of syllables that opens with
    the name's letter and ends with the initials of the place after "in" spells the place too."""
    place = "".join(tokens[k].text[0] for k in range(start, end + 1) if cased(tokens[k])).upper()
    if not (len(letters) >= 4 and letters.isalpha() and len(place) < len(letters) and letters.endswith(place)):
        return False
    spelled = iter("".join(words).upper())
    return letters[0] == words[0][0].upper() and all(letter in spelled for letter in letters)


# A mission's head word: its acronym is often made from another language's name ("MINURSO" from French).
_MISSION_HEADS = word_set("mission missions")


def _mission_in_its_own_letters(tokens: list[Token], first: int, last: int, start: int, end: int, letters: str) -> bool:
    """'United Nations Mission for the Referendum in Tarvelia (MINURTA)': a mission's acronym in another
    language, opening with the mission's letter, that does not spell the place alone, still closes the name."""
    heads = [k for k in range(first, last + 1) if tokens[k].folded in _MISSION_HEADS]
    place = "".join(tokens[k].text[0] for k in range(start, end + 1) if cased(tokens[k])).upper()
    return (
        bool(heads)
        and len(letters) >= 4
        and letters.isalpha()
        and letters[0] == tokens[heads[0]].text[0].upper()
        and letters != place
    )


def _branch_spelled_by_acronym(text: str, tokens: list[Token], first: int, last: int) -> int | None:
    """Where 'Islamic Revolutionary Guard Corps – Quds Force (IRGC-QF)' ends: a body, a dash, its branch's
    words, then an acronym in brackets whose two hyphened parts spell the body and the branch."""
    if last + 1 >= len(tokens) or text[tokens[last].end : tokens[last + 1].start] not in _DASHES:
        return None
    end = last + 1
    while end + 1 < len(tokens) and end - last < _BRANCH_WORDS and tokens[end].joined and cased(tokens[end + 1]):
        end += 1
    if not cased(tokens[last + 1]) or not text.startswith(" (", tokens[end].end):
        return None
    close = text.find(")", tokens[end].end, tokens[end].end + 16)
    parts = text[tokens[end].end + 2 : close].split("-") if close > 0 else []
    if len(parts) != 2 or not all(p.isupper() for p in parts):
        return None
    spelled = parts[0] == _initials(tokens, first, last) and parts[1] == _initials(tokens, last + 1, end)
    return end if spelled else None


def dash_before_branch(text: str, tokens: list[Token], k: int) -> bool:
    """'Islamic State – Varnia Province': a movement's branch named after a dash, one name."""
    if k + 2 >= len(tokens) or not (
        tokens[k].folded in FRANCHISE_HEADS or (k > 0 and (tokens[k - 1].folded, tokens[k].folded) in FRANCHISE_PHRASES)
    ):
        return False
    gap = text[tokens[k].end : tokens[k + 1].start]
    end = k + 1
    while end + 1 < len(tokens) and tokens[end].joined and cased(tokens[end + 1]):
        end += 1
    return gap in (" - ", " – ", " — ") and cased(tokens[k + 1]) and tokens[end].folded == "province"


_POSSESSIVE_GAPS = ("'s ", "’s ", "' ", "’ ")


def _possessive_in_place_name(
    text: str, tokens: list[Token], first: int, last: int, covered: list[bool], gazetteer: Gazetteer
) -> bool:
    """'Cox's Bazar': the word after a possessive closes a place's name the gazetteer knows whole."""
    nxt = last + 1
    if nxt >= len(tokens) or covered[nxt] or not cased(tokens[nxt]):
        return False
    if text[tokens[last].end : tokens[nxt].start] not in ("'s ", "’s "):
        return False
    place = gazetteer.lookup(tuple(tokens[k].folded for k in range(first, nxt + 1)))
    return place is not None and "'" in place.name.replace("’", "'")


_SAINTS = frozenset(("st", "saint", "ste"))
# A college's hall or house named for a saint: "St Hilda's Hall", "St Cuthbert's House" ("hall" alone is a surname);
# a school by its stage after a saint's possessive: "St Osric's Primary" (`SCHOOL_HEADS_AFTER_A_NAME`).
_SAINT_HALLS = frozenset(("hall", "house", "primary", "high"))

# A possessor this common in English ("People", "Workers", "Martyrs") is a noun inside a name.
_POSSESSOR_ZIPF = 3.0


def _possessive_inside_name(text: str, tokens: list[Token], k: int, gazetteer: Gazetteer) -> int | None:
    """Where a name goes on to after a possessive inside it, or None.

    'People's Protection Units', 'Kurdistan Workers' Party', 'Democratic People's Republic':
    a common noun's possessive, then capitalised words that end with the head of a body's
    name. Not a place's or a person's possessive: "Iraq's Security Forces", "Smith's Party"
    name the owner and what it owns, two names.
    """
    token = tokens[k]
    if k + 1 >= len(tokens) or text[token.end : tokens[k + 1].start] not in _POSSESSIVE_GAPS:
        return None
    # "St Aidan's Church", "St Mary's Hospital": a saint's possessive names the building.
    saint = k > 0 and tokens[k - 1].joined and tokens[k - 1].folded in _SAINTS and cased(token)
    # "King's College Hospital", "Queen's University Belfast": a crown's possessive opens a body's name.
    saint = saint or (
        token.folded in _ROYAL_POSSESSORS
        and token.text.istitle()
        and not (k > 0 and tokens[k - 1].joined and cased(tokens[k - 1]))
    )
    if not saint and _street_of_a_family(text, tokens, k, gazetteer):
        return k + 1  # "Tanner's Row", "Fletcher's Lane": a street named after a family or a trade
    if not saint and _office_of_a_post(tokens, k):
        return k + 1  # "Tenancy Commissioner's Office": the office of a post, one body
    if not saint and (school := _founders_school(tokens, k, gazetteer)) is not None:
        return school  # "Ermysted's Grammar School", "Guy's Hospital": named after its founder
    if not saint and not _common_possessor(token, gazetteer):
        return None
    end = k + 1
    while (
        end - k < 4 and cased(tokens[end]) and tokens[end].joined and end + 1 < len(tokens) and cased(tokens[end + 1])
    ):
        end += 1
    # The last body's head in those words: "Tarnshire Women's Regional Football League Premier Division".
    heads = [
        j
        for j in range(k + 1, end + 1)
        if cased(tokens[j])
        and (
            (head := tokens[j].folded) in HEAD_WORD
            or head in NAME_WORD
            or head in STATE_FORMS
            or (saint and head in _SAINT_HALLS)
            # "Ontario Teachers' Pension Plan": a head of two words
            or (j > k + 1 and _body_head_of_two(tokens[j - 1].folded, head))
        )
    ]
    if not heads and _peoples_body_of_a_land(tokens, k, end, gazetteer):
        return end  # "Norwegian People's Aid": a land's people's body, whatever its last word
    return heads[-1] if heads else None


def _founders_school(tokens: list[Token], k: int, gazetteer: Gazetteer) -> int | None:
    """Where a school or a hospital named after its founder's possessive ends ("Ermysted's Grammar School",
    "Alleyn's School", "Guy's Hospital"), or None: a rare word or a family name, then at most one school's kind
    word and the head, all in capitals. A place's possessive stays two names ("Tarnby's Hospital")."""
    token = tokens[k]
    if not cased(token) or token.text.isupper() or gazetteer.lookup((token.folded,)) is not None:
        return None
    if zipf(token.folded) >= _POSSESSOR_ZIPF and not is_surname(token.folded):
        return None
    end = k + 1
    if end + 1 < len(tokens) and tokens[end].folded in _SCHOOL_KINDS and tokens[end].joined:
        end += 1  # "Grammar", "High"
    head = tokens[end] if end < len(tokens) else None
    if head is None or not cased(head) or head.folded not in _FOUNDED_HEADS:
        return None
    if end + 1 < len(tokens) and head.joined and cased(tokens[end + 1]):
        return None  # a longer run after it: another name
    return end


_SCHOOL_KINDS = word_set("grammar high primary secondary free catholic preparatory prep girls boys")
_FOUNDED_HEADS = word_set("school schools college hospital academy almshouses")


def _peoples_body_of_a_land(tokens: list[Token], k: int, end: int, gazetteer: Gazetteer) -> bool:
    """'Norwegian People's Aid', 'Ghanaian People's Relief': a people's word (or a state's name), "People's" and
    capitalised words are one body, as no person or place is so named."""
    if tokens[k].text != "People" or k == 0 or not tokens[k - 1].joined or not cased(tokens[k - 1]):
        return False
    word = tokens[k - 1].folded
    land = gazetteer.lookup((word,))
    of_a_state = (land is not None and land.kind == "state") or gazetteer.country_of_demonym(word) is not None
    return of_a_state and end > k and cased(tokens[end])


_AND_PLACE_WORDS = 3  # "Saint Vincent and the Grenadines": words after the "and"


def _place_named_with_and(
    tokens: list[Token], first: int, last: int, covered: list[bool], gazetteer: Gazetteer
) -> int | None:
    """Where a state or a region the gazetteer knows by a name with "and" in it ends ("Antigua and
    Barbuda", "Saint Vincent and the Grenadines"), or None (a list of two places is two names)."""
    if not tokens[last].joined or not tokens[last + 1].joined:
        return None
    words = [tokens[k].folded for k in range(first, last + 2)]
    for end in range(last + 2, min(last + 2 + _AND_PLACE_WORDS, len(tokens))):
        if covered[end] or not (cased(tokens[end]) or (tokens[end].folded == "the" and end < len(tokens) - 1)):
            return None
        words.append(tokens[end].folded)
        place = gazetteer.lookup(tuple(words))
        if place is not None and " and " in place.name and cased(tokens[end]):
            return end
        if not tokens[end].joined:
            return None
    return None


SEAT_DASHES = ("—", "–")


def _seat_joined_by_dashes(text: str, tokens: list[Token], first: int, last: int, covered: list[bool]) -> bool:
    """'the MP for Tarnby—Oskel—North Vale', 'the riding of Harnby–Quell': a seat after a member's "for" (or
    "riding of") whose places are joined by dashes with no spaces (Canada's ridings are written so)."""
    nxt = last + 1
    if nxt >= len(tokens) or covered[nxt] or not cased(tokens[nxt]):
        return False
    if text[tokens[last].end : tokens[nxt].start] not in SEAT_DASHES:
        return False
    # the seat opens after the last "for" or "of" (the run may open with the member's letters: "MPP for ...")
    opener = next((j for j in range(last, max(first - 2, 0), -1) if tokens[j].folded in ("for", "of")), None)
    if opener is None or not all(cased(tokens[j]) for j in range(opener + 1, last + 1)):
        return False
    holder = tokens[opener - 1]
    if not holder.joined:
        return False
    if tokens[opener].folded == "for":
        return holder.folded in _SEAT_LETTERS and holder.text.isupper()
    return holder.folded in ("riding", "constituency", "electorate") and holder.text.islower()


# An initial's word is rarer than this ("Voters" after "option C." opens a sentence, no name).
_NAME_AFTER_INITIAL_ZIPF = 3.5


# "Father of", "mother of", "son of" written in lower case inside a person's name: "Auda abu Tayi" (capitalised,
# "Abu" opens a name of its own: "Abu Bakr", "Abu Sayyaf"); the Tuareg "ag" ("Iyad ag Ghaly"), the Moorish "ould"
# ("Ahmed ould Daddah"), the Kalenjin "arap" ("Daniel arap Moi"), the Maasai "ole" ("Samson ole Tipis") and the
# Kikuyu "wa" ("Njeri wa Migwi"), which no English phrase puts between capitals; and Filipino "ng" ("of") inside a
# body's name ("Bangko Sentral ng Pilipinas", "Sandiganbayan ng Maynila").
LOWER_CASE_PARTICLES_INSIDE = frozenset({"abu", "umm", "ag", "ould", "arap", "ole", "wa", "ng"})


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
        len(word.text) == 1 or (not word.text.isupper() and zipf(word.folded) < _NAME_AFTER_INITIAL_ZIPF)
    )


# Nouns that say the name after them is a group's: "patient group Carers' Voice", "the charity Parents' Say".
_GROUP_NOUNS_BEFORE = word_set("group charity")


def _possessive_after_a_group_noun(
    text: str, tokens: list[Token], first: int, k: int, gazetteer: Gazetteer
) -> int | None:
    """'Patient group Wexford Patients' Voice called for...': a group's name named so by the noun before it
    runs on over a common plural's possessive to its last capitalised word (no head closes it)."""
    before = tokens[first - 1] if first > 0 else None
    if before is None or not before.joined or before.folded not in _GROUP_NOUNS_BEFORE or cased(before):
        return None
    if k + 1 >= len(tokens) or text[tokens[k].end : tokens[k + 1].start] not in ("' ", "’ "):
        return None  # a plural's possessive only: "group Ilse Varn's Trust" is hers
    if not _common_possessor(tokens[k], gazetteer) or not cased(tokens[k + 1]):
        return None
    end = k + 1
    while end - k < 3 and tokens[end].joined and end + 1 < len(tokens) and cased(tokens[end + 1]):
        end += 1
    return end


# Plurals of people whose possessive a body's name holds: "Children's Fund", "Peoples' Rights".
_IRREGULAR_PLURAL_PEOPLE = word_set("people children women men")
# A body named for its aim: its head word, then one of these ("Commission on ...", "Council for ...").
_AIMS_AFTER_HEAD = word_set("on for of")
# What a body named for its aim works for, after the people's possessive: "Peoples' Rights", "Veterans' Affairs".
_REMITS_AFTER_POSSESSIVE = word_set("rights affairs welfare interests issues health education protection freedoms")


def _members_possessive_in_body(text: str, tokens: list[Token], first: int, k: int, gazetteer: Gazetteer) -> int | None:
    """'United Nations Children's Fund', 'Commission on Human and Peoples' Rights': a body's name runs on over a
    plural of people's possessive when the words after it end with a body's head, or when the name so far is a
    body's head and its aim ("on", "for", "of"); the possessive of one person or body closes it ("the Ministry of
    Interior's Security Service")."""
    token = tokens[k]
    gap = text[token.end : tokens[k + 1].start] if k + 1 < len(tokens) else ""
    plural = gap in ("' ", "’ ") or (gap in ("'s ", "’s ") and token.folded in _IRREGULAR_PLURAL_PEOPLE)
    if not plural or not _common_possessor(token, gazetteer) or not cased(tokens[k + 1]):
        return None
    heads = [j for j in range(first, k) if _body_word(tokens[j].folded) and cased(tokens[j])]
    if not heads:
        return None
    end = k + 1
    while end - k < 3 and tokens[end].joined and end + 1 < len(tokens) and cased(tokens[end + 1]):
        end += 1
    if end + 1 < len(tokens) and tokens[end].joined and cased(tokens[end + 1]):
        return None  # a longer run after it: not this body's last words
    if _body_word(tokens[end].folded):
        return end  # "Children's Fund"
    aim = any(tokens[j].folded in _AIMS_AFTER_HEAD and not cased(tokens[j]) for j in range(heads[0] + 1, k))
    # ("Corps of Engineers' Middle East District": a unit of the body, named after it, is no part of its aim)
    return end if aim and tokens[end].folded in _REMITS_AFTER_POSSESSIVE else None


def _body_head_of_two(first: str, second: str) -> bool:
    cue = HEAD_AFTER_FIRST.get((first, second))
    return cue is not None and cue.kind is ActorKind.organization


_ROYAL_POSSESSORS = frozenset(("king", "queen", "prince", "princess", "sultan", "emir", "amir", "shah"))
# (and a court named for who sits in it: "Tarnby Magistrate's Court", "the Coroner's Court")
_OFFICES_OF_POSTS = frozenset(("Office", "Department", "Court"))


def _office_of_a_post(tokens: list[Token], k: int) -> bool:
    """'Tenancy Commissioner's Office', 'Auditor General's Office', 'Attorney-General's Department': a
    post's title, its possessive and "Office" or "Department" ending the name (not "Commissioner Varn's
    Office": a person's possessive)."""
    head = k + 1
    post = tokens[k].folded in TITLES or tokens[k].folded in OFFICE_HOLDERS
    if not post or not cased(tokens[k]) or tokens[head].text not in _OFFICES_OF_POSTS:
        return False
    return not (head + 1 < len(tokens) and tokens[head].joined and cased(tokens[head + 1]))


# A family's firm by its trade after the family's possessive: "Gummerson's Bakery", "Pulham's Coaches".
_FAMILY_FIRM_HEADS = frozenset(COMPANY_HEADS) | word_set("coaches buses garage butchers bakers")
# An inn named for a trade's or a family's arms: "the Wheelwright's Arms", "the Ferryman's Arms".
_FAMILY_FIRM_HEADS |= word_set("arms")


def league_division_start(tokens: list[Token], first: int, last: int) -> int | None:
    """'the Wessant Combination League Premier Division': where a league's division starts after "League".
    The division is a tier of the league, no armed force and no body of its own: the name ends at "League"."""
    for k in range(first + 1, last + 1):
        tail = [t.folded for t in tokens[k : last + 1]]
        if tokens[k - 1].folded == "league" and tokens[k - 1].joined and "division" in tail and len(tail) <= 3:
            return k
    return None


def _street_of_a_family(text: str, tokens: list[Token], k: int, gazetteer: Gazetteer) -> bool:
    """'Tanner's Row': one capitalised word (a family name, no given name or place), its possessive, then
    a street's head word (or a family firm's trade: "Pulham's Coaches") that ends the name. Not "Smith's
    Street Food" (the name goes on), not a state's possessive ("Britain's Road ...")."""
    token, head = tokens[k], k + 1
    if not cased(token) or token.text.isupper() or not cased(tokens[head]):
        return False
    if tokens[head].folded not in STREET_HEADS | SETTLEMENT_HEADS and tokens[head].folded not in _FAMILY_FIRM_HEADS:
        return False  # "Fuller's Yard", "Hobbard's Green": a settlement's head after a family's possessive too
    if k > 0 and tokens[k - 1].joined and cased(tokens[k - 1]) and tokens[k - 1].folded != "the":
        return False  # "Anna Tanner's Lane" is hers: a person's possessive ("The Tanner's Arms" opens a sentence)
    if head + 1 < len(tokens) and tokens[head].joined and cased(tokens[head + 1]):
        return False
    word, place = token.folded, gazetteer.lookup((token.folded,))
    family = is_surname(word) or not is_given_name(word)  # "Tanner" is both
    return family and word not in TITLES and (place is None or place.kind != "state")


def _body_word(word: str) -> bool:
    """A word that makes a run a body's name, not a place's ("Ministry", "Force"; not "Delta", "Valley"), or
    the plural of a federation's members ("Confederation of Tarnish Workers' Unions")."""
    return (
        word in NAME_WORD
        or (word in HEAD_WORD and HEAD_WORD[word].kind is not ActorKind.place)
        or (word.endswith("s") and word[:-1] in _MEMBER_BODIES)
    )


# Bodies that join in a federation, named in the plural at its name's end: "... Workers' Unions".
_MEMBER_BODIES = word_set("union association council syndicate cooperative co-operative society")


def _common_possessor(token: Token, gazetteer: Gazetteer) -> bool:
    """A common noun in capitals ("People", "Workers"), not a person's, a body's or a place's name."""
    word = token.folded
    if not cased(token) or token.text.isupper() or zipf(word) < _POSSESSOR_ZIPF or word in FUNCTION_WORDS:
        return False
    if is_given_name(word) or is_surname(word) or word in TITLES or word in NAME_WORD:
        return False  # a person's or a body's possessive: "the Coalition's Small Group" are two
    if word in KNOWN_BODIES or word in GROUPINGS_AFTER_THE or word in KNOWN_GROUPS or word in KNOWN_FIRMS:
        # a body, a group or a firm known by one word owns what is named after it: "the Treasury's Office of
        # ...", "Hezbollah's Al-Manar TV", "Google's Cloud Platform"
        return False
    if word in HEAD_WORD and word not in _CLOSING_HEADS:
        return False
    return gazetteer.lookup((word,)) is None and gazetteer.country_of_demonym(word) is None


_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)")
# A battalion's number before its regiment's ordinal, joined by a hyphen: "2-285th Aviation Regiment".
_BATTALION_NUMBER = re.compile(r"\d{1,2}")


def take_ordinal(doc: ActorDocument, candidate: Candidate) -> None:
    """'101st Airborne Division', '5th Fleet': a unit's number is part of its name."""
    before = candidate.first - 1
    if candidate.kind not in (ActorKind.armed_force, ActorKind.organization) or before < 0:
        return
    token = doc.tokens[before]
    if not token.joined or not _ORDINAL.fullmatch(token.text):
        return
    candidate.name = doc.text[token.start : doc.tokens[candidate.first].start] + candidate.name
    candidate.first = before


# The head words of a military unit named by its number: "15th Army", "33rd Division", "5th Fleet",
# "379th Air Expeditionary Wing". With the number before it, "Wing" is a unit's word, and a lone
# "Division" or "Army" is the unit's whole name. ("Group" and "Company" are left to the name rules:
# "the 7th Varnak Rangers Group" may be a body of any kind.)
ORDINAL_UNIT_HEADS = word_set(
    "army navy fleet division corps brigade regiment battalion squadron wing flotilla cavalry "
    # "the 26th Marine Expeditionary Unit"
    "unit "
    # a guerrilla's or a war's front by its number: "the 33rd Front", "the 2nd Ukrainian Front"
    "front "
    # a regiment by its number and the arm it was raised as: "the 7th Marines", "the 4th Rifles"
    "marines rifles fusiliers hussars lancers dragoons "
    # a base by its number, a unit that holds it: "Russia's 201st Military Base", "the 23rd Helicopter Base"
    "base "
    # a Royal Marines unit by its number: "42 Commando", "the 2nd Commando"
    "commando"
)


# Heads of bodies named after a day or a number of founders: "the March 23 Movement", "the April 6 Youth
# Movement", "the Three Brotherhood Alliance" (not "March 23 Police said": a date, then a body).
_DATED_HEADS = word_set("movement alliance front coalition brigade brigades")
_MONTHS = word_set("january february march april may june july august september october november december")
_NUMBER_WORDS = word_set("two three four five six seven eight nine ten eleven twelve")
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
    if tokens[last].folded not in _DATED_HEADS or last - day - 1 > _DATED_WORDS_BEFORE_HEAD:
        return None
    name = doc.text[tokens[first].start : tokens[last].end]
    return Candidate(first, last, name, ActorKind.organization, "a day and a movement's head word", 0.7)


_SITE_NUMBER_DIGITS = 4  # "Hill 1061": a hill by its height
_SITE_NOUNS = word_set("outpost base junction checkpoint crossing camp position")
_SITE_APPOSITION_NOUNS = word_set("headquarters stronghold hideout")


def numbered_site(doc: ActorDocument, first: int, covered: list[bool], skip: list[bool]) -> Candidate | None:
    """'at Tower 22', 'near Checkpoint 7, Jordan': a site's head word and its number name a place, after
    a preposition of place or before a comma and a state. Not 'Tower 22 Fund' (a longer name goes on)."""
    tokens = doc.tokens
    number = first + 1
    if (
        number >= len(tokens)
        or first == 0
        or tokens[first].folded not in NUMBERED_SITES
        or not cased(tokens[first])
        or not tokens[first].joined
        or not tokens[number].text.isdigit()
        or len(tokens[number].text) > _SITE_NUMBER_DIGITS
        or covered[number]
        or skip[number]
    ):
        return None
    after = number + 1
    if after < len(tokens) and tokens[number].joined and cased(tokens[after]):
        return None
    before = tokens[first - 1]
    placed = (before.folded in PLACE_PREPOSITIONS or before.folded == "on") and before.joined
    # "the Tower 31 outpost", "the Kilo 16 junction": a site's noun after the number
    placed = placed or (after < len(tokens) and tokens[number].joined and tokens[after].folded in _SITE_NOUNS)
    # "overran Camp 5, the base of the commander": a site's noun in the apposition after it
    placed = placed or (
        after + 1 < len(tokens)
        and doc.text[tokens[number].end : tokens[after].start] == ", "
        and tokens[after].folded == "the"
        and tokens[after + 1].folded in _SITE_NOUNS | _SITE_APPOSITION_NOUNS
    )
    in_state = (
        after < len(tokens)
        and doc.text[tokens[number].end : tokens[after].start] == ", "
        and (state := doc.gazetteer.lookup((tokens[after].folded,))) is not None
        and state.kind == "state"
    )
    if not (placed or in_state):
        return None
    name = doc.text[tokens[first].start : tokens[number].end]
    return Candidate(first, number, name, ActorKind.place, "a site's head word and its number", 0.6)


_SIDES_COUNT = re.compile(r"\b\d{1,2}\s?\+\s?\d{1,2} $")


def take_number_word(doc: ActorDocument, candidate: Candidate) -> None:
    """'the Three Brotherhood Alliance': a capitalised number inside a sentence opens the body's name;
    so does the count of its sides ("the 5+5 Joint Military Commission", "the 2+2 Dialogue")."""
    before = candidate.first - 1
    if candidate.kind not in (ActorKind.armed_force, ActorKind.organization) or before < 0:
        return
    start = doc.tokens[candidate.first].start
    sides = _SIDES_COUNT.search(doc.text, max(0, start - 8), start)
    if sides is not None and doc.tokens[candidate.last].folded in NAME_WORD:
        candidate.name = doc.text[sides.start() : start] + candidate.name
        candidate.first = next(k for k in range(before, -1, -1) if doc.tokens[k].start <= sides.start())
        return
    token = doc.tokens[before]
    if not token.joined or token.folded not in _NUMBER_WORDS or not cased(token):
        return
    counted = _counted_plural(doc.tokens[candidate.first])
    if (before in doc.sentence_first and not counted) or (
        doc.tokens[candidate.last].folded not in _DATED_HEADS and not counted
    ):
        return
    candidate.name = doc.text[token.start : doc.tokens[candidate.first].start] + candidate.name
    candidate.first = before


def _counted_plural(token: Token) -> bool:
    """'Three Counties Hospitals NHS Trust', 'Five Rivers Housing': a body named for the lands it serves, counted
    (a plural after the number word: "Counties", "Rivers", "Valleys")."""
    word = token.folded
    return len(word) > 4 and word.endswith("s") and (word[:-1] in _COUNTED_LANDS or word[:-3] + "y" in _COUNTED_LANDS)


# Lands a body's name counts: "Three Counties", "Two Rivers", "Five Valleys", "Tri-Cities" aside.
_COUNTED_LANDS = word_set("county river valley town city shire dale bridge harbour harbor island vale spire")


def _names_a_place(gazetteer: Gazetteer, token: Token) -> bool:
    """A state, or a place under its own name ("Law" is only another spelling of Lawton)."""
    place = gazetteer.lookup((token.folded,))
    return place is not None and (place.kind == "state" or place.name.casefold() == token.folded)


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
)


def ordinal_unit(doc: ActorDocument, first: int, last: int) -> Candidate | None:
    """'the 15th Army', 'the 379th Air Expeditionary Wing': a run after a unit's number that ends
    in a unit's head word is one armed force, number and all."""
    before = _unit_number_start(doc, first)
    if before is None:
        return None
    head = doc.tokens[last].folded
    if head not in ORDINAL_UNIT_HEADS or last - first > _LONGEST_UNIT_NAME:
        return None
    if doc.tokens[before].text.isdigit() and before < first - 1 and head not in _REGIMENTS_OF_BATTALIONS:
        before += 1  # "pages 12-15th Army": a range; only a regiment has numbered battalions
    numbered = doc.tokens[before].folded == "no"
    if not (numbered or _ORDINAL.fullmatch(doc.tokens[first - 1].text)) and not (
        (first == last and head in _BARE_NUMBER_HEADS) or (first < last and head in _BARE_NUMBER_BRIGADES)
    ):
        return None  # "816 Squadron"; not "40 Regiment soldiers", a count before a name
    if first == last and head in _HEADS_NEVER_ALONE and not numbered:
        return None  # "the 3rd Wing" of a building; "No. 92 Wing" is a unit
    start, end = doc.tokens[before].start, doc.tokens[last].end
    return Candidate(before, last, doc.text[start:end], ActorKind.armed_force, "a unit's number and head word", 0.7)


_LONGEST_UNIT_NAME = 4
# Units made of numbered battalions, written "2-285th Aviation Regiment", "3-7th Cavalry", "1-5th Marines".
_REGIMENTS_OF_BATTALIONS = word_set("regiment cavalry infantry marines rifles fusiliers hussars lancers dragoons")
# A bare number opens the name of an air or naval unit on its own: "816 Squadron", "24 Flotilla".
_BARE_NUMBER_HEADS = word_set("squadron flotilla commando")
# British brigades are written with a bare number before the arm they were raised as: "12 Armoured Infantry Brigade",
# "4 Commando Brigade" (one word alone may be a count: "40 Brigade soldiers").
_BARE_NUMBER_BRIGADES = word_set("brigade")
_UNIT_NUMBER = re.compile(r"\d{1,3}")


def _unit_number_start(doc: ActorDocument, first: int) -> int | None:
    """Where the number before a unit's words begins: "379th" of "379th Air Expeditionary Wing",
    "2nd/14th" of "2nd/14th Light Horse Regiment", "2-285th" of "2-285th Aviation Regiment", "No. 92" of "No. 92
    Wing", "816" of "816 Squadron"."""
    tokens, before = doc.tokens, first - 1
    if before < 0 or not tokens[before].joined:
        return None
    number = tokens[before].text
    if _ORDINAL.fullmatch(number):
        paired = before >= 1 and _ORDINAL.fullmatch(tokens[before - 1].text)
        if paired and doc.text[tokens[before - 1].end : tokens[before].start] == "/":
            return before - 1
        battalion = before >= 1 and _BATTALION_NUMBER.fullmatch(tokens[before - 1].text)
        if battalion and doc.text[tokens[before - 1].end : tokens[before].start] == "-":
            return before - 1  # "2-285th Aviation Regiment": the regiment's battalion by its number
        return before
    if not _UNIT_NUMBER.fullmatch(number):
        return None
    if (
        before >= 1
        and tokens[before - 1].text == "No"
        and doc.text[tokens[before - 1].end : tokens[before].start] == ". "
    ):
        return before - 1
    previous = doc.text[max(0, tokens[before].start - 1) : tokens[before].start]
    return before if previous in ("", " ", "\n") else None  # not "$40", "3.816", "No.816"


_HEADS_NEVER_ALONE = word_set("wing unit base")


def national_branch(doc: ActorDocument, first: int, last: int, words: tuple[str, ...]) -> Candidate | None:
    """'Oxfam Australia', 'CARE Australia', 'Zorvix Canada', 'Healthwatch West Sussex': a body's rare name or
    acronym, then the state or the first-level region its branch serves, is one body. (Not a town or a person
    before the state: "Sydney Australia", "Julie Australia".)"""
    if first + 2 <= last and words[0] == "the":
        # "The Reform UK leader said": a sentence's capital "The" before the body's name is no part of it.
        return national_branch(doc, first + 1, last, words[1:])
    if first + 2 <= last and (words[0],) in PHRASE_BEFORE and doc.tokens[first].joined:
        # "Charity Age UK said": the trade's noun opens the sentence before the body's name.
        return national_branch(doc, first + 1, last, words[1:])
    airline = _airline_of_a_state(doc, first, last, words)
    if airline is not None:
        return airline
    if first + 2 <= last <= first + 3:
        named = _body_of_words_and_uk(doc, first, last, words)
        if named is not None:
            return named
    if not first < last <= first + 2:
        return None
    if last == first + 2 and _mission_of_acronym_in_state(doc, first, words):
        # "EUCAP Sahel Niger": a body's acronym, its mission's region, then the state the branch serves
        name = doc.text[doc.tokens[first].start : doc.tokens[last].end]
        return Candidate(first, last, name, ActorKind.organization, BRANCH_IN_STATE, 0.6)
    state = doc.gazetteer.lookup(words[1:])
    if state is None or not cased(doc.tokens[last]):
        return None
    # "Healthwatch Quarnshire", "Healthwatch West Sussex": a rare name before a region it serves.
    # (In a state where bodies are named so in English: "Drawsko Pomorskie" is a Polish town.)
    region = state.kind == "place" and is_region(state) and state.country in BRANCH_REGION_STATES
    if not (state.kind == "state" and last == first + 1) and not region:
        return None
    token = doc.tokens[first]
    body = token.text
    acronym = body.isupper() and body.isalpha() and len(body) >= _SHORTEST_BRANCH_ACRONYM
    rare = body[:1].isupper() and body[1:].islower() and body.isalpha() and zipf(token.folded) < _RARE_BODY_WORD
    # "Hearthward UK, the charity": a word no dictionary holds may open the sentence.
    unknown_word = (
        zipf(token.folded) < _UNKNOWN_WORD
        or token.folded in doc.confirmed
        or (region and zipf(token.folded) < _RARE_BEFORE_REGION)  # "Healthwatch Quarnshire said" opening it
    )
    # "Age UK", "Carers UK": a common noun before the state's abbreviation in capitals names a charity or a
    # trade body (not an adjective or a compass word: "Rural UK", "Central UK", "Greater UK").
    noun = (
        doc.tokens[last].text.isupper()
        and doc.tokens[last].text.isalpha()  # not "the Third U.S.-Mongolia Dialogue"
        and body[:1].isupper()
        and body[1:].islower()
        and body.isalpha()
        and not token.folded.endswith(ADJECTIVE_SUFFIXES)
        and token.folded not in COMPASS
        and token.folded not in NOT_BRANCH_NOUNS
        and token.folded not in FUNCTION_WORDS
    )
    if region and not (acronym or rare):
        return None
    if not (acronym or rare or noun) or (first in doc.sentence_first and not acronym and not unknown_word and not noun):
        return None
    if not acronym and _names_a_place(doc.gazetteer, token):
        return None  # "Perth Australia": a town, then its state (not a town's other name: "Plunkett")
    if doc.gazetteer.country_of_demonym(token.folded) is not None:
        return None
    # "Plunkett UK": a family name before a state's abbreviation names a firm's branch, not a person.
    abbreviated = doc.tokens[last].text.isupper()
    given = is_given_name(token.folded) and not (noun and zipf(token.folded) >= _COMMON_NOUN)  # "Age UK"
    if given or (is_surname(token.folded) and not abbreviated) or token.folded in TITLES:
        return None
    name = doc.text[token.start : doc.tokens[last].end]
    if token.folded in KNOWN_MEDIA:
        return Candidate(first, last, name, ActorKind.media, "an outlet's service for a state", 0.6)
    how = "a body's branch in a region" if region else BRANCH_IN_STATE
    return Candidate(first, last, name, ActorKind.organization, how, 0.6)


def _airline_of_a_state(doc: ActorDocument, first: int, last: int, words: tuple[str, ...]) -> Candidate | None:
    """'Air France', 'Air New Zealand', 'TAP Air Portugal': "Air" and a state's whole name (after the
    carrier's letters, if any) name the state's airline, not the state."""
    tokens = doc.tokens
    at = 1 if len(words) > 2 and tokens[first].text.isupper() and tokens[first].text.isalpha() else 0
    if tokens[first + at].text != "Air" or first + at >= last:
        return None
    state = doc.gazetteer.lookup(words[at + 1 :])
    if state is None or state.kind != "state":
        return None
    name = doc.text[tokens[first].start : tokens[last].end]
    return Candidate(first, last, name, ActorKind.organization, "an airline named for its state ('Air France')", 0.65)


def _mission_of_acronym_in_state(doc: ActorDocument, first: int, words: tuple[str, ...]) -> bool:
    """'EUCAP Sahel Niger', 'EUCAP Sahel Mali': an acronym in capitals, a region's name that is no state, then
    a state: one mission's branch in that state."""
    acronym, region = doc.tokens[first].text, doc.tokens[first + 1].text
    if not (acronym.isupper() and acronym.isalpha() and len(acronym) >= _SHORTEST_BRANCH_ACRONYM):
        return False
    if not (region[:1].isupper() and region[1:].islower() and region.isalpha()):
        return False
    place, state = doc.gazetteer.lookup(words[1:2]), doc.gazetteer.lookup(words[2:])
    return place is not None and place.kind != "state" and state is not None and state.kind == "state"


def _body_of_words_and_uk(doc: ActorDocument, first: int, last: int, words: tuple[str, ...]) -> Candidate | None:
    """'Cancer Research UK', 'Cash Access UK': two or three capitalised nouns, then a state's abbreviation in
    capitals, name a charity or a body (not an adjective first, "Rural Wales UK"; not a trade's noun before
    the name, "Charity Age UK"; not a place or a person before the state)."""
    tokens = doc.tokens
    state = doc.gazetteer.lookup(words[-1:])
    abbreviation = tokens[last].text
    if state is None or state.kind != "state" or not (abbreviation.isupper() and abbreviation.isalpha()):
        return None
    body = range(first, last)
    if any(
        not (tokens[k].text[:1].isupper() and tokens[k].text[1:].islower() and tokens[k].text.isalpha())
        or tokens[k].folded in FUNCTION_WORDS
        or tokens[k].folded in COMPASS
        or tokens[k].folded in NOT_BRANCH_NOUNS
        or doc.gazetteer.lookup((tokens[k].folded,)) is not None
        for k in body
    ):
        return None
    opener = words[0]
    if opener.endswith(ADJECTIVE_SUFFIXES) or is_given_name(opener) or (opener,) in PHRASE_BEFORE or opener in TITLES:
        return None
    name = doc.text[tokens[first].start : tokens[last].end]
    return Candidate(first, last, name, ActorKind.organization, "nouns, then a state's abbreviation", 0.6)


_SHORTEST_BRANCH_ACRONYM, _RARE_BODY_WORD = 3, 3.0
_UNKNOWN_WORD = 1.5
_RARE_BEFORE_REGION = 2.0
_COMMON_NOUN = 4.5  # "Age" is a given name too, but first an English noun


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
    if candidate.kind is not ActorKind.organization or last - candidate.first < 2 or not _acronyms_plural(tokens[last]):
        return
    head = tokens[last - 1].folded
    if head not in NAME_WORD and head not in HEAD_WORD:
        return
    candidate.last = last - 1
    candidate.name = doc.text[tokens[candidate.first].start : tokens[last - 1].end]


def take_article(doc: ActorDocument, candidate: Candidate) -> None:
    """'al-Hilla', 'al-Baghdadi': an Arabic article joined by a hyphen is part of the name after it."""
    tokens, text = doc.tokens, doc.text
    article = candidate.first - 1
    if article < 0 or candidate.canonical is not None or tokens[article].folded not in ARABIC_ARTICLES:
        return
    if text[tokens[article].end : tokens[candidate.first].start] not in ("-", "‐"):
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


def _state_written_with_the(doc: ActorDocument, k: int) -> bool:
    """'Mission in The Gambia': a state whose name some write with a capital "The", after "in", ends the run."""
    tokens = doc.tokens
    if k + 1 >= len(tokens) or (k + 2 < len(tokens) and tokens[k + 1].joined and cased(tokens[k + 2])):
        return False  # the state's one word ends the run ("in The Gambia Varn said" is no state's name)
    if tokens[k - 1].folded != "in" or not tokens[k - 1].joined or not tokens[k].joined:
        return False
    place = doc.gazetteer.lookup((tokens[k + 1].folded,))
    return place is not None and place.kind == "state"


def breaks_name(doc: ActorDocument, k: int) -> bool:
    """A word inside a run that no name goes on through: a capitalised "The" not after "of"
    ("Outkick The Coverage", "Sarah The Implausible"), or a code after a word ("Page A8")."""
    token = doc.tokens[k]
    if token.text == "The" and doc.tokens[k - 1].folded not in NAME_GLUE:
        return not _state_written_with_the(doc, k)
    return LETTER_NUMBER.fullmatch(token.text) is not None


_TITLES_OF_PERSONS = word_set("prime president chancellor premier king queen emperor sultan emir")

_TRAILING_GLUE = word_set("of on for in to and the")


def trails_name(doc: ActorDocument, k: int) -> bool:
    """A word a name does not end with: a function word opening what follows ("P.S. As we...",
    a new line) or an adverb ("SNE Effectively"); "Hoi An" goes on through its "An"."""
    token = doc.tokens[k]
    word = token.folded
    if word in _TRAILING_GLUE and token.text.islower() and doc.text[doc.tokens[k - 1].end : token.start] == " ":
        return True  # "London Conference of [February]": the glue was for words a date cut off
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
    ):
        stem = word[:-3]
        return any(zipf(form) >= _VERB_ZIPF for form in (stem, stem + "e", stem[:-1]) if len(form) >= 2)
    # (not a head that ends names: "Tarnby Weekly", a paper; nor the second half of a double family name,
    # "Hinds-Sealy", where a capital after a hyphen goes on with the name, no adverb)
    hyphened = doc.text[doc.tokens[k - 1].end : token.start] == "-" and token.text[:1].isupper()
    return word.endswith("ly") and word not in HEAD_WORD and not hyphened and verb_form(word)


def _shared_head_end(
    tokens: list[Token], first: int, last: int, covered: list[bool], gazetteer: Gazetteer
) -> int | None:
    """Where a body's name ends when its first words are joined by "and" to words ending with an
    organisation word: "National Oceanic and Atmospheric Administration", "Universities and
    Colleges Employers Association". The words before "and" name nothing alone: no given name,
    no place, no organisation word ("Ilse Tremmin and Varnak Group" are two names)."""
    # "The Maritime and Coastguard Agency said": a sentence's capitalised "The" is not the name's.
    opening = first + 1 if first < last and tokens[first].folded == "the" else first
    before = [tokens[k] for k in range(opening, last + 1)]
    if not tokens[last + 1].joined or any(is_given_name(t.folded) or t.text.isupper() for t in before):
        return None
    if _same_opening_again(tokens, opening, last) or _named_alone_elsewhere(tokens, opening, last):
        return None
    if len(before) > 1 and any(t.folded in NAME_WORD or t.folded in HEAD_WORD for t in before):
        return None  # "the Varnak Group and Tremmin Bank": two bodies ("University and College Union" is one)
    if gazetteer.lookup(tuple(t.folded for t in before)) is not None:
        return None
    if any(gazetteer.country_of_demonym(t.folded) for t in before):
        return None
    end, found = last + 2, None
    while end < len(tokens) and end <= last + 5 and cased(tokens[end]) and not covered[end]:
        if tokens[end].folded in NAME_WORD:
            found = end  # the last organisation word of the run: "College Union", not "College"
        if not tokens[end].joined:
            break
        end += 1
    return found


_VERY_COMMON_GERUND = 4.5
