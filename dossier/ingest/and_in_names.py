"""Where a name holding 'and' ends: two fields of one remit, a state or a seat named for two places, an inn of two
things, or two names listed side by side.
"""

from __future__ import annotations

import re

from dossier.ingest.acronym_bounds import acronyms_plural
from dossier.ingest.actor_document import cased
from dossier.ingest.bound_words import (
    POSSESSIVE_GAPS,
    SEAT_LETTERS,
    ends_run,
    holder_after,
    hyphened_word,
    remit_head_ends_run,
    team_head,
)
from dossier.ingest.common_words import zipf
from dossier.ingest.cues import (
    COMPANY_HEADS,
    DUTIES,
    DUTY_SERVICES,
    ELECTED_POSTS,
    FUNCTION_WORDS,
    HEAD_AFTER_FIRST,
    HEAD_WORD,
    KNOWN_BODIES,
    LEGAL_ENDINGS,
    NAME_WORD,
    NATION_PART_WORDS,
    NATIONS_OF_THE_UK,
    PARTIES_BY_WORD,
    REMIT_FIELDS,
    REMITS_BEFORE_A_STATE,
    SCHOOL_HEADS_AFTER_A_NAME,
    TITLES,
)
from dossier.ingest.gazetteer import Gazetteer, Place, is_region
from dossier.ingest.mentions import Token
from dossier.ingest.name_words import ADJECTIVE_SUFFIXES, COMPASS, is_title
from dossier.ingest.names import is_given_name, is_surname, word_set
from dossier.ingest.paired_state_bodies import holds_paired_parties
from dossier.ingest.state_institutions import INSTITUTION_NOUNS
from dossier.model import ActorKind

# A word after "to" in a body's name is a verb, a common word ("Protect", "Counter", "End").
VERB_ZIPF = 3.5


# Heads of a government body named by its remit: "Department for Culture, Media and Sport",
# "Standing Committee on Trade, Industry and Tourism", "Organ on Politics, Defence and Security".
_REMIT_HEADS = word_set(
    # "Bureau of Population, Refugees, and Migration", "Commissioner for Political Affairs, Peace and Security"
    "department ministry secretary minister office committee commission organ council bureau commissioner chamber "
    # a university's parts named by the fields they teach: "School of Chemical and Biomolecular Engineering",
    # "Faculty of Arts and Social Sciences"
    "school faculty "
    # an envoy's or a representative's post by its remit: "Special Envoy for Non-Proliferation and Disarmament"
    "envoy representative coordinator rapporteur "
    # an agency named for its fields: "Japan Organization for Metals and Energy Security", "Agency for Water and
    # Sanitation"
    "agency organization organisation"
)


REMIT_GLUE = word_set("for of on")


_REMIT_WORD = 3.0  # each word of the remit is an ordinary word ("Food", "Rural Affairs"), no name


def fields_before_a_land(
    tokens: list[Token], first: int, last: int, covered: list[bool], gazetteer: Gazetteer
) -> int | None:
    """'Fisheries and Oceans Canada', 'Environment and Climate Change Canada': a public agency's fields joined
    by "and", then the state or the region it serves; where the name ends, or None."""
    if any(tokens[k].folded not in REMITS_BEFORE_A_STATE for k in range(first, last + 1)):
        return None
    k = last + 2  # past the "and"
    while k < len(tokens) and not covered[k] and tokens[k].folded in REMITS_BEFORE_A_STATE and tokens[k].joined:
        k += 1
    if k == last + 2:
        return None
    for end in range(min(len(tokens) - 1, k + 2), k - 1, -1):
        place = gazetteer.lookup(tuple(tokens[j].folded for j in range(k, end + 1)))
        if place is not None and (place.kind == "state" or is_region(place)) and cased(tokens[end]):
            return end
    return None


def remit_list_end(doc_text: str, tokens: list[Token], first: int, last: int, covered: list[bool]) -> int | None:
    """'Department for Environment, Food and Rural Affairs': after a body's head and "for" (or "of")
    with its first field, a comma goes on with more fields in ordinary words, the last after "and".
    Not 'Department for Education, Ofsted and Ofqual' (names, not fields). The head may come after
    a state's adjective or a title's words: 'Indonesian Coordinating Minister for Political, Legal and
    Security Affairs'."""
    head = next(
        (h for h in range(first, last - 1) if tokens[h].folded in _REMIT_HEADS and tokens[h + 1].folded in REMIT_GLUE),
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
            if items and (not _remit_word(tokens[k]) or is_given_name(tokens[k - 1].folded)):
                return None  # "Commissioner for Trade, Marta Kos-Horvat, and ...": a holder's name, no field
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
        if end > k and not _remit_word(tokens[end + 1]) and _post_head(tokens, head) and _two_words_at(tokens, end + 1):
            break  # "Minister of Industry, Trade, and Supply Tarub Quellah": a holder's name the lists lack follows
        if not _remit_word(tokens[end + 1]):
            if end > k or rare_field or not _rare_field(tokens[end + 1]) or _post_head(tokens, head):
                return None  # (after a post's remit a rare word may be its holder's name: no field of a post's)
            rare_field = True  # "Department of Arts, Heritage and the Gaeltacht": the last field a word of its land
        end += 1
        if not tokens[end].joined:
            break
    return end if end > k else None


def _two_words_at(tokens: list[Token], k: int) -> bool:
    """Two capitalised words from `k`: a holder's given and family names ("Tarub Quellah"), not one more field."""
    return k + 1 < len(tokens) and tokens[k].joined and cased(tokens[k + 1])


def _post_head(tokens: list[Token], head: int) -> bool:
    """Whether the remit's head is a post's, whose holder may follow its last field."""
    return tokens[head].folded in _POST_REMIT_HEADS


_POST_REMIT_HEADS = word_set("minister secretary commissioner envoy representative coordinator rapporteur")


_REMIT_CLOSE = frozenset((",", ".", ";", ":", ")"))


_REMIT_FIELD_WORDS = 3  # "European Neighbourhood Policy": the first field's words before "and"


# A staff college named for the two arts it teaches: "Command and Staff College", "Command and General Staff
# College", "Defence Services Command and Staff College".
_ARTS_OF_A_STAFF_COLLEGE = word_set("command")


_STAFF_COLLEGE_WORDS = word_set("general staff")


_STAFF_COLLEGE_HEADS = word_set("college school course")


def school_of_two_arts(tokens: list[Token], last: int, covered: list[bool]) -> int | None:
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


# "Command and Control": one art, never two bodies ("Airborne Command and Control Squadron", "the Tarnland Command
# and Control Centre"; not "Airborne Command" and "Control Squadron").
_ARTS_PAIRED = {"command": "control"}


def paired_art(tokens: list[Token], last: int, covered: list[bool]) -> int | None:
    """Where 'Command and Control' ends inside a name: its second word, after which the name goes on."""
    second = _ARTS_PAIRED.get(tokens[last].folded)
    k = last + 2
    if second is None or not cased(tokens[last]) or k >= len(tokens) or covered[k] or not cased(tokens[k]):
        return None
    return k if tokens[k].folded == second else None


# Heads of a house of collections, two of which one institution joins with "and": "Shetland Museum and Archives",
# "Tarnby Museum and Art Gallery", "Library and Archives Canada", "Varn Gardens and Museum".
_COLLECTION_HEADS = word_set("museum museums library archives archive gallery galleries gardens garden")
# Words a second head may open with: "Museum and Art Gallery", "Library and Record Office".
_COLLECTION_OPENERS = word_set("art record records heritage")


def collections_joined(tokens: list[Token], last: int, covered: list[bool]) -> int | None:
    """Where 'Shetland Museum and Archives' ends: a collection's head, "and", then another (one word of art or
    records may open it): one institution keeping both."""
    if tokens[last].folded not in _COLLECTION_HEADS or not cased(tokens[last]):
        return None
    k = last + 2
    if k < len(tokens) and not covered[k] and cased(tokens[k]) and tokens[k].folded in _COLLECTION_OPENERS:
        if not tokens[k].joined:
            return None
        k += 1
    if k >= len(tokens) or covered[k] or not cased(tokens[k]) or tokens[k].folded not in _COLLECTION_HEADS:
        return None
    if tokens[k].folded == tokens[last].folded:
        return None  # "the Tarnby Museum and Museum ...": no institution repeats its head
    return k


# Bodies whose remit may name two qualities of one field with "or": "Working Group on Enforced or
# Involuntary Disappearances", "Committee on Torture or Degrading Treatment".
_REMIT_OR_HEADS = _REMIT_HEADS | word_set("group")


def remit_or_end(doc_text: str, tokens: list[Token], first: int, last: int, covered: list[bool]) -> int | None:
    """'UN Working Group on Enforced or Involuntary Disappearances': after a body's head and its "on"
    (or "of", "for"), "or" joins two qualities of the remit's one field, as "and" may."""
    # (the field's noun after the two qualities may be a rarer word: "Disappearances")
    return remit_and_end(doc_text, tokens, first, last, covered, _REMIT_OR_HEADS, _SECOND_FIELD)


def remit_and_end(
    doc_text: str,
    tokens: list[Token],
    first: int,
    last: int,
    covered: list[bool],
    heads: frozenset[str] = _REMIT_HEADS,
    word_floor: float = _REMIT_WORD,
) -> int | None:
    """'Minister of Defence and Army Reconstruction', 'Ministry of Foreign Affairs and Trade': a head
    and "of"/"for" with one field, then "and" with a second field, is one post's or body's remit.
    The second field is two or more words ending in an ordinary word, or one ordinary word that ends
    the phrase (a comma or a stop after it). Not 'Ministry of Defence and Army officials', 'Ministry
    of Health and Oxfam' (a name), 'Ministry of Defence and Foreign Office' (another head)."""
    head = next(
        (h for h in range(first, last) if tokens[h].folded in heads and tokens[h + 1].folded in REMIT_GLUE),
        None,
    )
    if head is None:
        return None
    field = head + 2
    if field + 1 < last and tokens[field].folded == "state" and tokens[field + 1].folded in REMIT_GLUE:
        field += 2  # "Assistant Secretary of State for International Narcotics and ...": the remit after "State for"
    shared = field == last and _shared_field(tokens, last, last + 2, last + 3)
    remit = all(_remit_word(tokens[k]) for k in range(field, last + 1))
    if last - field > _REMIT_FIELD_WORDS - 1 or not (shared or remit):
        return None
    k = last + 2  # past "and"
    if _styled_person_at(tokens, k):
        return None  # "Ministry of Defence and The Rt Hon Ilse Varn MP": a person follows, no second field
    end = last + 1
    while k < len(tokens) and not covered[k] and cased(tokens[k]) and tokens[k].folded not in _REMIT_HEADS:
        if end > last + 1 and (is_given_name(tokens[k].folded) or zipf(tokens[k].folded) < word_floor):
            break  # "... and Trade Ilse Marrow", "... Affairs Theodosia Varn": the post's holder follows
        end = k
        if not tokens[k].joined:
            break
        k += 1
    words = range(last + 2, end + 1)
    shared = shared and end == last + 3
    if not words or not (shared or _second_field_word(tokens[end])):
        return None
    if not shared and any(zipf(tokens[w].folded) < _SECOND_FIELD for w in words):
        return None
    if len(words) == 1:
        after = doc_text[tokens[end].end : tokens[end].end + 1]
        # ("... Affairs and Expatriates Omar Varn": one word, then the holder's given name, ends it too)
        holder = holder_after(tokens, end, covered) and is_given_name(tokens[end + 1].folded)
        # ("... of Mines and Energy said": the body speaks, its name ended)
        speaks = end + 1 < len(tokens) and tokens[end + 1].folded in _BODY_SPEAKS and tokens[end + 1].text.islower()
        if (
            after
            and after not in _REMIT_CLOSE
            and not holder
            and not (speaks and tokens[end].joined)
            and not _land_of_the_post(doc_text, tokens, end)
        ):
            return None
    return end


def _land_of_the_post(doc_text: str, tokens: list[Token], end: int) -> bool:
    """'... Foreign Affairs and Expatriates of Jordan, Ayman Varn': "of" and one name, then a comma, a stop or a
    word in lower case: the land the post serves closes its remit."""
    land = end + 2
    if land >= len(tokens) or tokens[end + 1].text != "of" or not cased(tokens[land]):
        return False
    if tokens[end].folded in TITLES:
        return False  # "... of the Secretary-General and Head of UNMISS": a second post, no field
    return doc_text[tokens[land].end : tokens[land].end + 1] in _REMIT_CLOSE or (
        land + 1 < len(tokens) and tokens[land + 1].text.islower()
    )


_BODY_SPEAKS = word_set("said says warned announced added reported")
# Fields a university's faculty or a ministry joins with "and": "College of Science and Engineering".
# Fields taught under two words whose head also ends a body's name ("Administration", "Policy"), and the schools
# named for what they teach.
_FIELDS_OF_TWO_WORDS = frozenset(
    (("public", "administration"), ("business", "administration"), ("public", "policy"), ("public", "health"))
)
_SCHOOLS_OF_FIELDS = word_set("institute school college faculty department university academy centre center")
_FIELDS_BEFORE_AND = word_set("management governance leadership development planning finance accountancy")
_FIELDS_OF_STUDY = word_set(
    "science sciences engineering technology medicine mathematics arts humanities law business economics "
    "education health agriculture nursing music design architecture"
)


# A field's noun that two adjectives share across "and" in a university's part: "Department of Civil and
# Environmental Engineering", "School of Chemical and Biomolecular Engineering" (firms end names with it, too:
# "Ministry of Defence and Tarnby Engineering" names two bodies).
_SHARED_FIELD_NOUNS = word_set("engineering sciences studies")
_FIELD_ADJECTIVE_ENDINGS = ("al", "ic", "ar", "il", "ive", "ary")
_FIELD_ADJECTIVE_ZIPF = 2.0  # "Biomolecular" 2.2: a scholar's word is rare, but a word


def _shared_field(tokens: list[Token], before: int, start: int, end: int) -> bool:
    """One field word before "and", then an adjective and a field's noun after it: the field both words qualify."""
    return (
        end < len(tokens)
        and tokens[end].folded in _SHARED_FIELD_NOUNS
        and tokens[start].joined
        and cased(tokens[start])
        and cased(tokens[end])
        and any(tokens[k].folded.endswith(_FIELD_ADJECTIVE_ENDINGS) for k in (before, start))
        and zipf(tokens[start].folded) >= _FIELD_ADJECTIVE_ZIPF  # "... and Tarnic Engineering": a firm's name
    )


# A courtesy style or honorific before a person's name: "The Rt Hon Ilse Varn MP", "Baroness Varn".
_COURTESY_STYLES = word_set("rt right hon honourable sir dame lord lady baroness baron mr mrs ms")


def _styled_person_at(tokens: list[Token], k: int) -> bool:
    """Whether a courtesy style ("The Rt Hon", "Right Honourable", "Sir") opens the words at `k`."""
    if k < len(tokens) and tokens[k].folded == "the":
        k += 1
    return k < len(tokens) and cased(tokens[k]) and tokens[k].folded in _COURTESY_STYLES


def partners_names_end(doc_text: str, tokens: list[Token], first: int, covered: list[bool]) -> int | None:
    """'Keefe, Bruyette & Woods', 'Harlan, Voss & Kell': single family names listed with commas, the last after
    an ampersand, name one firm (a list of towns or people takes "and"). Each name is a capitalised word of
    no common use, a family name or a word the lexicon does not know. A partnership's form or trade after the
    last name takes it in, and lets "and" join the last name too: "Weil, Gotshal & Manges LLP", "Pryor, Bell
    and Kaur LLP", "Tarnow, Quell, Varn & Co"."""
    k = first
    while k + 1 < len(tokens) and doc_text[tokens[k].end : tokens[k + 1].start] == ", ":
        k += 1
        if covered[k] or not _partner_name(tokens[k]):
            return None
    if k == first or k + 1 >= len(tokens):
        return None
    joiner = doc_text[tokens[k].end : tokens[k + 1].start]
    if joiner == " " and tokens[k + 1].text == "and" and tokens[k + 1].joined and k + 2 < len(tokens):
        joiner, k = " and ", k + 1
    elif joiner != " & ":
        return None
    end = k + 1
    if joiner == " & " and _partnership_tail(tokens, end, covered):
        return end  # "Varn & Co": the last partner is the company
    if covered[end] or not _partner_name(tokens[end]) or not _partner_name(tokens[first]):
        return None
    if end + 1 < len(tokens) and tokens[end].joined and cased(tokens[end + 1]):
        if _partnership_tail(tokens, end + 1, covered):
            return end + 1
        return None  # "..., Commonwealth & Development Office": a body's remit, not its founders
    return end if joiner == " & " else None


# A partnership's legal form or trade after its partners' names ("LLP", "& Co", "Solicitors").
_PARTNERSHIP_TAILS = word_set(
    "llp llc ltd limited plc inc co company solicitors associates partners lawyers accountants"
)


def _partnership_tail(tokens: list[Token], k: int, covered: list[bool]) -> bool:
    return (
        k < len(tokens)
        and not covered[k]
        and cased(tokens[k])
        and tokens[k].folded in _PARTNERSHIP_TAILS
        and not (k + 1 < len(tokens) and tokens[k].joined and cased(tokens[k + 1]))  # "... Partners Group"
    )


# A word this rare in English, capitalised in a list joined by "&", is a family name ("Keefe", "Voss").
_PARTNER_NAME_RARITY = 3.5


def _partner_name(token: Token) -> bool:
    return (
        cased(token)
        and token.text[1:].islower()
        and (is_surname(token.folded) or zipf(token.folded) < _PARTNER_NAME_RARITY)
    )


def listed_qualities_end(doc_text: str, tokens: list[Token], first: int, last: int, covered: list[bool]) -> int | None:
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
        or acronyms_plural(token)
        or word in KNOWN_BODIES
    ):
        # ("... Committee of the Red Cross and UNICEF": an acronym names a second body, as "... and Oxfam" does a
        # body the world knows; "... and Iraqi NGOs" are bodies of their own)
        return False
    return word in REMIT_FIELDS or (word not in HEAD_WORD and word not in NAME_WORD)


def _rare_field(token: Token) -> bool:
    # A field in a word of its own land, between ordinary ones: "Gaeltacht", not another body ("Ofsted" is one)
    return token.folded not in HEAD_WORD and token.folded not in NAME_WORD and token.text.isalpha()


def _ends_in_a_region(tokens: list[Token], last: int, gazetteer: Gazetteer) -> bool:
    """Whether a name's last word is a compass point or a place the gazetteer knows: "Citizens Advice North East",
    "Age Concern Tarnby" are a body's branch there, a name of its own."""
    word = tokens[last].folded
    place = gazetteer.lookup((word,))
    return word in COMPASS or (place is not None and place.kind != "state")


# Words that close a post's remit ("Assistant Secretary for ... Affairs"): the capitals after them are the holder.
_REMIT_CLOSERS = word_set("affairs policy")


# Heads of a movement's or a party's name named for the causes it stands for: "Union for Peace and Development
# Party", "Rally for Culture and Democracy", "Movement for Justice and Equality".
_MOVEMENT_HEADS = word_set("union movement alliance front rally coalition congress")
# ... and the head that may close such a name after its second cause: "... and Development Party".
_PARTY_ENDS = word_set("party movement front")


def causes_and_party_end(tokens: list[Token], first: int, last: int, covered: list[bool]) -> int | None:
    """'Union for Peace and Development Party': a movement's head, "for" and a cause, then "and" and a second
    cause closed by "Party": one party's name (a party is named for its causes; a name of its own would not open
    with an ordinary word: "Union for Peace and Quellat Party" is none)."""
    head = next(
        (h for h in range(first, last) if tokens[h].folded in _MOVEMENT_HEADS and tokens[h + 1].folded == "for"),
        None,
    )
    if head is None or last - (head + 2) > 1 or not all(_remit_word(tokens[k]) for k in range(head + 2, last + 1)):
        return None
    k = last + 2  # past "and"
    for j in range(k, min(k + 3, len(tokens))):
        if covered[j] or not cased(tokens[j]):
            return None
        if j > k and tokens[j].folded in _PARTY_ENDS:
            return j
        if not _remit_word(tokens[j]) or not tokens[j].joined:
            return None
    return None


def _remit_word(token: Token) -> bool:
    # An ordinary word, and no body's ("Navy", "Police", "Council": another body in a list), but a field of
    # a remit that is a body's word elsewhere ("Local Government", "Media": `REMIT_FIELDS`), or a firm's trade
    # ("Bureau of Alcohol, Tobacco, Firearms and Explosives").
    word = token.folded
    return zipf(word) >= _REMIT_WORD and (
        word in REMIT_FIELDS or word in COMPANY_HEADS or (word not in HEAD_WORD and word not in NAME_WORD)
    )


# The words after "and" (and "the") that a state's name like "Saint Vincent and the Grenadines" may have.
_STATE_WORDS_AFTER_AND = 2


def state_named_with_and(
    tokens: list[Token], first: int, last: int, covered: list[bool], gazetteer: Gazetteer
) -> int | None:
    """Where a state whose name holds "and" ends ("Antigua and Barbuda", "St Kitts and Nevis"): the
    gazetteer knows the whole as a state, so the two halves are not two places of a list."""
    if tokens[first].folded == "the" and first < last:
        first += 1  # "The Trinidad and Tobago Defence Force"
    if last - first > _STATE_WORDS_AFTER_AND:
        # "European Union Force in Bosnia and Herzegovina": a body's name ends with the state it serves
        first = _state_start_after_a_preposition(tokens, first, last)
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


_PREPOSITIONS_BEFORE_A_STATE = frozenset(("in", "of", "for", "to"))


def _state_start_after_a_preposition(tokens: list[Token], first: int, last: int) -> int:
    """Where a state's name may start inside a longer name: after its last "in", "of", "for" or "to"."""
    for k in range(last - 1, max(first, last - _STATE_WORDS_AFTER_AND - 1), -1):
        if tokens[k].folded in _PREPOSITIONS_BEFORE_A_STATE:
            return k + 1
    return first


_PARTY_IN_BRACKET = re.compile(r"\((?:[A-Z][\w'’-]*)(?: [A-Z][\w'’-]*){0,2}, $")


_REST_OF_SEAT = re.compile(r" and (?:[A-Z][\w'’-]*)(?: [A-Z][\w'’-]*){0,2}\)")


def elected_member_before(tokens: list[Token], k: int) -> bool:
    """'Local MP Daniel Corran', 'Cllr Ada Vell': two to four capitalised words end at `k`, after a post of
    `ELECTED_POSTS`, the first a given name (not "the Senate Budget Council (...)")."""
    names = 0
    while k >= 0 and names <= 4 and cased(tokens[k]) and tokens[k].folded not in ELECTED_POSTS:
        names, k = names + 1, k - 1
    return 2 <= names <= 4 and k >= 0 and tokens[k].folded in ELECTED_POSTS and is_given_name(tokens[k + 1].folded)


def seat_of_two_places(text: str, tokens: list[Token], first: int, last: int) -> int | None:
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


_SEAT_PART_WORDS = 3


def seat_joined_by_and(tokens: list[Token], first: int, last: int, covered: list[bool]) -> int | None:
    """Where a seat named for two places ends: "the MP for Tarnby and North Vale", "the member for
    Tarnby and Oskel", "the Tarnby and Oskel MP". The seat's name holds the "and"; a title, a party or a
    given name after it opens another name."""

    def letters(k: int) -> bool:
        return 0 <= k < len(tokens) and tokens[k].folded in SEAT_LETTERS and tokens[k].text.isupper()

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


def crown_body_end(tokens: list[Token], before: int, covered: list[bool]) -> int | None:
    """Where 'HM Revenue and Customs' ends: the one capitalised word right after its "and" (not "HM
    Treasury and Downing Street": a name of its own follows)."""
    end = before + 2
    if end >= len(tokens) or not cased(tokens[end]) or covered[end]:
        return None
    if end + 1 < len(tokens) and tokens[end].joined and cased(tokens[end + 1]):
        return None
    return end


def state_body_of_two_fields(
    tokens: list[Token], first: int, last: int, covered: list[bool], gazetteer: Gazetteer
) -> int | None:
    """Where 'UK Research and Innovation' ends: the one capitalised word after "and" that closes the run (not
    "UK Research and Tarnby Labs": a name of its own follows)."""
    end = crown_body_end(tokens, last, covered) if last == first + 1 else None
    words = tuple(token.folded for token in tokens[first : (end or first) + 1])
    return end if end is not None and names_a_state_body_for_two_fields(words, gazetteer) else None


def names_a_state_body_for_two_fields(words: tuple[str, ...], gazetteer: Gazetteer) -> bool:
    """'UK Research and Innovation': a state's name, one field, "and" and one more field name the state's body
    for the two ("Research" heads bodies of its own, but not before "and" and a second field; "US Army and
    Navy" are two forces)."""
    if len(words) != 4 or words[2] != "and":
        return False
    state = gazetteer.lookup(words[:1])
    fields = (words[1], words[3])
    ordinary = all(zipf(w) >= VERB_ZIPF and not is_given_name(w) and gazetteer.lookup((w,)) is None for w in fields)
    named = fields[1] in NAME_WORD or fields[1] in HEAD_WORD
    return state is not None and state.kind == "state" and ordinary and not named


def _same_opening_again(tokens: list[Token], opening: int, before: int) -> bool:
    """'Met Varn and Met Office': the name's first word again right after its "and" opens a second name."""
    return before > opening and before + 2 < len(tokens) and tokens[before + 2].text == tokens[opening].text


def _named_alone_elsewhere(tokens: list[Token], opening: int, before: int) -> bool:
    """'Tujenge Pay and Kilele Bank' beside 'Tujenge Pay said': the words before "and" are written alone
    elsewhere in the text (no capitalised word joined to them before, a lower-case word after), so they
    are a name of their own."""
    words = [token.text for token in tokens[opening : before + 1]]
    if len(words) == 1:
        # "Brenmouth and Tolsey NHS Trust", "Cybersecurity and ... Agency": one word alone may be a field; but a rare
        # word that heads a body's name elsewhere and stands alone before a verb is a firm's own name ("Quellfield
        # Bank" and "Quellfield said" beside "Quellfield and Tarncrest Microfinance Bank")
        return _firm_word_alone_elsewhere(tokens, opening)
    size, count = len(words), len(tokens)
    # (only where the first word stands again: a walk over every token per name made long texts slow)
    for k in _positions_of(tokens, words[0]):
        if not 1 <= k < count - size or k == opening or [token.text for token in tokens[k : k + size]] != words:
            continue
        after, previous = tokens[k + size], tokens[k - 1]
        alone_before = not (previous.joined and previous.capitalised)
        if alone_before and tokens[k + size - 1].joined and after.text[:1].islower() and after.folded != "and":
            return True
    return False


# A yard's or a dock's word a firm is named for before its "and" ("Tarnby Dry Dock and Engineering Company").
WORKS_PLACES = word_set("dock docks dockyard dockyards yard yards wharf wharves harbour harbor")
_RARE_FIRM_WORD = 3.0  # "Quellfield" 0; "Cybersecurity" 3.1, "Health" 5.3: a field's word


def _firm_word_alone_elsewhere(tokens: list[Token], k: int) -> bool:
    word = tokens[k].text
    if zipf(tokens[k].folded) >= _RARE_FIRM_WORD:
        return False
    headed, alone = _uses_of(tokens, word)
    # (each holds up to two places, so one of them is another place than k whenever the text has one)
    return any(j != k for j in headed) and any(j != k for j in alone)


# The last token list asked about, where each spelling stands in it, and each word's uses found so far: a text's
# names ask about the same list many times, and a walk over every token (or every place of a word the text repeats
# hundreds of times) per name made long texts slow. One tuple, rebound whole, so threads that ingest at once never
# read another text's positions; its dict of uses only gains immutable values, the same whoever computes them.
_Uses = tuple[tuple[int, ...], tuple[int, ...]]  # a word's places heading a name, and alone (up to two each)
_Index = tuple[list[Token] | None, dict[str, list[int]], dict[str, _Uses]]
_POSITIONS: _Index = (None, {}, {})


def _index_of(tokens: list[Token]) -> _Index:
    global _POSITIONS
    cached = _POSITIONS
    if cached[0] is not tokens:
        index: dict[str, list[int]] = {}
        for j, token in enumerate(tokens):
            index.setdefault(token.text, []).append(j)
        cached = _POSITIONS = (tokens, index, {})
    return cached


def _positions_of(tokens: list[Token], word: str) -> list[int]:
    """The positions of the tokens spelled `word`, in order."""
    return _index_of(tokens)[1].get(word, [])


def _uses_of(tokens: list[Token], word: str) -> _Uses:
    """The first two places where `word`, with no capitalised word joined before it, heads a name (a capitalised
    name word joined after it: "Quellfield Bank"), and the first two where it stands alone (a lower-case word
    other than a function word joined after it: "Quellfield said"). Found once per word and text."""
    _, index, uses = _index_of(tokens)
    found = uses.get(word)
    if found is None:
        headed: list[int] = []
        alone: list[int] = []
        for j in index.get(word, []):
            if not 0 < j < len(tokens) - 1 or (tokens[j - 1].joined and tokens[j - 1].capitalised):
                continue
            after = tokens[j + 1]
            if tokens[j].joined and after.capitalised and after.folded in NAME_WORD:
                headed.append(j)
            elif tokens[j].joined and after.text[:1].islower() and after.folded not in FUNCTION_WORDS:
                alone.append(j)
        found = uses[word] = (tuple(headed[:2]), tuple(alone[:2]))
    return found


# Legal forms that close a firm named for two places ("Tarnlands and Islands Airports Limited").
_LEGAL_FORMS_CLOSING = word_set("limited ltd plc llp")
_CLUBS_OF_TOWNS = word_set("ac afc fc rfc cc harriers club society association beekeepers league")
_RARE_TOWN_WORD = 2.5  # a town's name the gazetteer lacks is a rare word ("Quellburn" 0; "Islands" 4.3 is a word)


def _place_head(word: str) -> bool:
    cue = HEAD_WORD.get(word)
    return cue is not None and cue.kind is ActorKind.place


def _club_of_two_towns(tokens: list[Token], first: int, before: int, end: int, gazetteer: Gazetteer) -> bool:
    """'Jarrow and Tarnburn AC', 'Varnley and Quellhill Beekeepers', 'Tarnlands and Islands Airports Limited': one
    town's word before "and", a second town's opening the words after it, and a club's or a firm's head word (or a
    legal form) closing the run: a club or a firm of the two towns, one name."""
    opening = first + (tokens[first].folded == "the" and first < before)
    # (a club's, a society's or a firm's legal form; not a shop's "Books": "from Brindlecart and Tavistone Books" are
    # two shops)
    closes = tokens[end].folded in _LEGAL_FORMS_CLOSING or tokens[end].folded in _CLUBS_OF_TOWNS
    return (
        opening == before
        and closes
        and _town_word(tokens[before], gazetteer)
        and cased(tokens[before + 2])
        and (_town_word(tokens[before + 2], gazetteer) or tokens[end].folded in _LEGAL_FORMS_CLOSING)
    )


def _town_word(token: Token, gazetteer: Gazetteer) -> bool:
    """A town's name: one the gazetteer knows (no state: "France and Tarnby AC" are a state and a club), or a rare
    word no one's given name."""
    place = gazetteer.lookup((token.folded,))
    if place is not None:
        return place.kind != "state"
    return token.text[:1].isupper() and zipf(token.folded) < _RARE_TOWN_WORD and not is_given_name(token.folded)


def and_before_head(
    text: str, tokens: list[Token], first: int, before: int, covered: list[bool], gazetteer: Gazetteer
) -> int | None:
    """Where a body's name ends when its 'and' comes before the head word ('Relief and Works
    Agency'): capitalised words after 'and' that end with a body's word, the words before 'and'
    being no state, place or person of their own."""
    count = len(tokens)
    end = before + 2
    if end < count and tokens[end].text == "The":
        return None  # "the Independent and The Times": a capital "The" after "and" opens a name of its own
    if _same_opening_again(tokens, first + (tokens[first].folded == "the" and first < before), before):
        return None
    if _named_alone_elsewhere(tokens, first + (tokens[first].folded == "the" and first < before), before):
        return None
    if _acronym_then_a_named_body(tokens, first, before, gazetteer):
        return None  # "the NEU and Leeds Trades Union Council": a body by its letters, then another of a town
    # Four words after "and" at most, five after one word alone ("Deep and Comprehensive Free Trade Area"; not
    # "Mount Bundey Training Area and Bradshaw Field Training Area", two names)
    reach = 5 if before == first + (tokens[first].folded == "the") else 4
    while end < count and end - before <= reach and cased(tokens[end]) and not covered[end]:
        if tokens[end].folded in NAME_WORD and tokens[end].folded not in ("state", "states"):
            break
        if (
            end == before + 3
            and tokens[end].folded in HEAD_WORD
            and _field_pair(tokens[before].folded, tokens[before + 2].folded, gazetteer)
        ):
            break  # "Defence and Security Forces": a force's head word after two fields
        if (tokens[end - 1].folded, tokens[end].folded) in HEAD_AFTER_FIRST and ends_run(tokens, end):
            break  # "Pardew and Tinsley Funeral Directors": a firm's two-word trade ends the run
        if team_head(tokens, end):
            break  # "Maritime Safety and Security Team": a unit's head word, last in the run
        if _trade_closes_after_and(tokens, first, before, end):
            break  # "Ashby Estates and Lettings", "Varn and Quell Solicitors": one firm's trade closes the run
        if _body_head_ends_run(tokens, before, end):
            break  # "Non-Proliferation and Disarmament Consortium": a body's head after its name, last in the run
        if remit_head_ends_run(tokens, end):
            break  # "United Food and Commercial Workers", "Housing and Planning Ombudsman": last in the run
        if end == before + 3 and _nation_ends_fields(tokens, before, end, gazetteer):
            break  # "Forestry and Land Scotland": two fields, then the nation the body serves
        if not tokens[end].joined or end + 1 >= count or not cased(tokens[end + 1]):
            if end > before + 2 and _club_of_two_towns(tokens, first, before, end, gazetteer):
                break  # "Jarrow and Tarnburn AC", "Craven and Quellhill Beekeepers": one club of two towns
            return None
        end += 1
    else:
        return None
    # "Varnia–Tremmia Joint Training and ... Centre": the two parties that run the body open its name
    opening = max((k + 2 for k in range(first, before) if holds_paired_parties(text, tokens, k, k + 1)), default=first)
    post_first = _past_a_post(tokens, first, before) if opening == first else opening
    words = [tokens[k].folded for k in range(post_first, before + 1)]
    while words and words[0] == "the":
        words = words[1:]
    after_and = tokens[before + 2].folded
    if opening == first:
        words = _opening_people_dropped(words, after_and, gazetteer, tokens[end].folded in NAME_WORD)
    # (a capitalised "Mine" before another word of the name is the noun, not the pronoun: "Tarnish Mine Action and")
    function = [w for i, w in enumerate(words) if w in FUNCTION_WORDS and not (i + 1 < len(words) and w == "mine")]
    if not words or function or any(w in TITLES or _is_state(gazetteer, w) for w in words):
        return None  # "Britain and France Council" are two states and a council
    # ("Garda National Drugs and ... Bureau": ordinary words after a given name make it a service's name)
    plain_after_given = len(words) > 1 and all(zipf(w) >= _FIELD_ZIPF and not is_surname(w) for w in words[1:])
    given = (
        is_given_name(words[0])
        and not plain_after_given
        and words[-1] not in WORKS_PLACES  # "Lewis Dry Dock and Engineering Company": works named for a founder
        and not (len(words) == 1 and _place_head(words[0]))  # "the Canal and River Trust": a canal, no one's name
        and not _field_pair(words[0], after_and, gazetteer, the_before=_the_before(tokens, first, text))
    )
    if (given and not _two_places(gazetteer, words, after_and)) or any(gazetteer.country_of_demonym(w) for w in words):
        return None  # "John and Mary Foundation" names people too; "Iraqi and Kurdish Forces" two forces
    return end


# The posts that head the body named after them (`person_names.heads_a_body`): the body is named beside the post, so
# its name may be read whole (a "Commissioner-General of ..." is read with its remit, no body beside it).
_POST_PARTS = word_set("first second deputy vice acting executive senior")
_HEADS_OF = word_set("commander head chair chairman chairperson president director")


def _past_a_post(tokens: list[Token], first: int, before: int) -> int:
    """Where a body's own words start after a post and its "of (the)" that open the run: 'President of the Tarnish
    Mine Action and Victim Assistance Authority' holds the body from "Tarnish" (its words before "and" are read
    without the post's, which name no body of their own)."""
    k = first + (tokens[first].folded == "the")
    # ("First Vice-President of the ...": a title's parts before its head)
    while k < before and (is_title(tokens[k].folded) or tokens[k].folded in _POST_PARTS):
        k += 1
    if k == first or k >= before or tokens[k].folded not in ("of", "for") or tokens[k - 1].folded not in _HEADS_OF:
        return first
    k += 1 + (tokens[k + 1].folded == "the")
    return k if k <= before else first


# Words that end a school's name after "and": "Bournmoor Primary and Lumley Junior School".
_SCHOOL_WORDS = SCHOOL_HEADS_AFTER_A_NAME | word_set("school academy college juniors infants")
_COMMON_AFTER_STAGE = 3.0  # "Nursery" 3.9, "Infant" 4.0: a second stage of one school; "Lumley" 2.6 names another


def school_by_its_stage_before(tokens: list[Token], first: int, before: int, gazetteer: Gazetteer) -> bool:
    """'Bournmoor Primary and Lumley Junior School', 'Tarnby High and Quell Academy': a town's or a saint's name and
    a school's stage before "and", then a school's word closing the words after it: two schools (not "Ministry of
    Primary and Secondary Education", "Scottish Primary and ... Association": a field after a function word or an
    adjective)."""
    stage = tokens[before]
    if before <= first or stage.folded not in SCHOOL_HEADS_AFTER_A_NAME or not stage.text[:1].isupper():
        return False
    name = tokens[before - 1]
    if not cased(name) or name.folded in FUNCTION_WORDS or name.folded.endswith(ADJECTIVE_SUFFIXES):
        return False
    if gazetteer.country_of_demonym(name.folded) is not None:
        return False
    end = before + 2
    opener = tokens[end].folded if end < len(tokens) else ""
    if zipf(opener) >= _COMMON_AFTER_STAGE and gazetteer.lookup((opener,)) is None:
        return False  # "Quellby Primary and Nursery School": one school of two stages
    while end < len(tokens) and end <= before + 5 and cased(tokens[end]):
        if tokens[end].folded in _SCHOOL_WORDS and not (
            end + 1 < len(tokens) and tokens[end].joined and cased(tokens[end + 1])
        ):
            return end > before + 2
        end += 1
    return False


def _acronym_then_a_named_body(tokens: list[Token], first: int, before: int, gazetteer: Gazetteer) -> bool:
    """'the NEU and Leeds Trades Union Council', 'the RMT and Tarnby Trades Council': a body's letters alone
    before "and", then a town's or a rare word (no field, as in "HIV and Hepatitis Programme")."""
    opening = first + (tokens[first].folded == "the" and first < before)
    letters = tokens[opening].text
    if opening != before or len(letters) < 3 or not letters.isupper() or not letters.isalpha():
        return False
    after = tokens[before + 2] if before + 2 < len(tokens) else None
    return after is not None and (gazetteer.lookup((after.folded,)) is not None or zipf(after.folded) < _RARE_AFTER)


_RARE_AFTER = 2.5  # "Tarnby", "Quellmoor": no field's word


def _body_head_ends_run(tokens: list[Token], before: int, end: int) -> bool:
    """'Non-Proliferation and Disarmament Consortium': a consortium's or a partnership's word, last in its run,
    after fields named by ordinary words each side of "and" (not "Hyundai Rotem and Hanwha Aerospace", two firms
    by their own rare names)."""
    head = tokens[end].folded
    if head not in _BODIES_OF_PARTNERS or not ends_run(tokens, end):
        return False
    floor = _PROJECT_FIELD_ZIPF if head == "project" else _PARTNERS_FIELD_ZIPF
    return all(zipf(tokens[k].folded) >= floor for k in (before, before + 2))


# (and a project's: "Water Desalination and Conveyance Project", "Armed Conflict Location and Event Data Project")
_BODIES_OF_PARTNERS = word_set("consortium partnership project")
_PARTNERS_FIELD_ZIPF = 3.0  # "disarmament" 3.2, "piracy" 3.5; a firm's own name is rarer ("Rotem" 1.8, "Zijin")
_PROJECT_FIELD_ZIPF = 2.5  # a works project's technical fields: "Desalination", "Conveyance" 2.8


def _opening_people_dropped(words: list[str], after_and: str, gazetteer: Gazetteer, body_last: bool) -> list[str]:
    """The words of a body's name before its "and", without the state or people's adjective that opens it."""
    if len(words) > 1 and _is_state(gazetteer, words[0]):
        return words[1:]  # "U.S. Securities and Exchange Commission": the state opens the body's name
    if len(words) > 2 and gazetteer.country_of_demonym(words[0]):
        return words[1:]  # "Australian Radiation Protection and ... Agency": a people's adjective opens it
    if len(words) == 2 and gazetteer.country_of_demonym(words[0]) and _field_pair(words[1], after_and, gazetteer):
        return words[1:]  # "Tremmian Defence and Security Forces": the people's adjective, then two fields
    if (
        len(words) == 2
        and body_last
        and gazetteer.country_of_demonym(words[0])
        and all(zipf(w) >= _PARTNERS_FIELD_ZIPF for w in (words[1], after_and))
        and words[1] not in COMPANY_HEADS  # "British Airways and Emirates Group": a firm's head ends the first name
        and words[1] not in PARTIES_BY_WORD  # "Australian Labor and ... Party": a party's word ends it
    ):
        return words[1:]  # "Australian Safeguards and Non-Proliferation Office": fields, the body's word last
    return words


def _the_before(tokens: list[Token], first: int, text: str = "") -> bool:
    """Whether "the" opens the run at `first` or stands right before it, or a body's possessive does ("the
    Tarvel Union's Peace and ...": the possessive stands for "the")."""
    if first > 0 and text[tokens[first - 1].end : tokens[first].start] in POSSESSIVE_GAPS[:2]:
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
        zipf(w) >= VERB_ZIPF and w not in NAME_WORD and w not in HEAD_WORD and gazetteer.lookup((w,)) is None
        for w in (before_and, after_and)
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
    if tokens[end].folded not in NATIONS_OF_THE_UK or not ends_run(tokens, end):
        return False
    fields = (tokens[before].folded, tokens[before + 2].folded)
    return all(
        zipf(w) >= VERB_ZIPF
        and w not in NATION_PART_WORDS
        and not is_given_name(w)
        and gazetteer.lookup((w,)) is None
        and gazetteer.country_of_demonym(w) is None
        for w in fields
    )


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


# Waterways named for the two towns they join: "the Leeds and Liverpool Canal", "the Aire and Calder
# Navigation" (the "and" is the name's, not a list's).
_WATERWAY_HEADS = word_set("canal navigation")


def after_list_comma(text: str, tokens: list[Token], first: int, gazetteer: Gazetteer) -> bool:
    """'Zopa, Chip and Atom Bank': the run is an item of a list of capitalised names, after a comma,
    so its "and" is the list's and the words after it are the last item (not "the Advisory,
    Conciliation and Arbitration Service", "the UK Foreign, Commonwealth and Development Office":
    one body's name after "the" or its state)."""
    if first < 1 or not cased(tokens[first - 1]) or text[tokens[first - 1].end : tokens[first].start] != ", ":
        return False
    if tokens[first].folded in TITLES:
        return False  # "Tess Varnley, Commander Tracking and Warning Group": a post in apposition
    return first < 2 or (tokens[first - 2].text != "the" and not _is_state(gazetteer, tokens[first - 2].folded))


def joint_waterway_end(tokens: list[Token], first: int, last: int, covered: list[bool]) -> int | None:
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


def duty_after_and(tokens: list[Token], last: int, covered: list[bool]) -> int | None:
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


def trade_word_before_and(tokens: list[Token], first: int, last: int) -> bool:
    """'U.S. Securities and Exchange Commission': a company's head word before 'and' and a common
    word after it may share one body's head ("Korvane Securities and Halvane Bank" are two). A firm's second
    trade is a rarer word ("Ashby Estates and Lettings", "Frome Roofing and Cladding Ltd")."""
    return (
        tokens[last].folded in COMPANY_HEADS
        and last > first
        and last + 2 < len(tokens)
        and not is_given_name(tokens[last + 2].folded)
        and (zipf(tokens[last + 2].folded) >= VERB_ZIPF or second_trade(tokens, last + 2))
    )


_TRADE_WORD = 2.0  # Zipf: "lettings" 2.3, "cladding" 2.9 are words; a firm's own name is rarer ("Halvane")


def second_trade(tokens: list[Token], k: int) -> bool:
    """A firm's second trade after "and", last in its name or before the firm's legal form: "... and Lettings",
    "... and Cladding Ltd"."""
    if zipf(tokens[k].folded) < _TRADE_WORD:
        return False
    if tokens[k].folded in COMPANY_HEADS and ends_run(tokens, k):
        return True
    return (
        k + 1 < len(tokens) and tokens[k].joined and tokens[k + 1].folded in LEGAL_ENDINGS and ends_run(tokens, k + 1)
    )


def _trade_closes_after_and(tokens: list[Token], first: int, before: int, end: int) -> bool:
    """'Ashby Estates and Lettings': a firm's second trade right after "and", last in the run; 'Varn and Quell
    Solicitors': one word each side of "and", then the trade of the partners' firm, last in the run."""
    if tokens[end].folded not in COMPANY_HEADS or not ends_run(tokens, end):
        return False
    if end == before + 2:
        return tokens[before].folded in COMPANY_HEADS
    # (not "Loganair and Eastern Airways": a firm, then another whose name opens with a common word)
    return (
        end == before + 3
        and first == before
        and tokens[end].folded in _PARTNERS_TRADES
        and zipf(tokens[before + 2].folded) < _PARTNER_NAME_RARITY
    )


# The trades of a firm of partners, named for two of them: "Varn and Quell Solicitors".
_PARTNERS_TRADES = word_set("solicitors accountants auctioneers surveyors architects associates partners lettings")


# Head words that open names as adjectives too: "Amnesty International" ends with it, "International Maize and
# Wheat Improvement Center" opens with it.
_HEADS_OPENING_AS_ADJECTIVES = word_set("international")


def adjective_head_opens(tokens: list[Token], first: int, last: int) -> bool:
    """'International Maize and Wheat Improvement Center': the only body's word before 'and' is an adjective
    opening the name, whose own head word must follow 'and' (`and_before_head`)."""
    return (
        last > first
        and tokens[first].folded in _HEADS_OPENING_AS_ADJECTIVES
        and not any(tokens[k].folded in NAME_WORD or tokens[k].folded in HEAD_WORD for k in range(first + 1, last + 1))
    )


def owners_plain_word_before_and(tokens: list[Token], first: int, last: int) -> bool:
    """'African Union Support and Stabilisation Mission': an owner body's name, then a plain word before
    'and' that opens the body's own name (whose head word must follow; not "Union Council and ..."). The owner
    may be a firm by its trade: "Kharkiv Aviation Design and Development Bureau"."""
    word = tokens[last].folded
    return (
        last > first
        and any(tokens[k].folded in NAME_WORD or tokens[k].folded in COMPANY_HEADS for k in range(first, last))
        and word not in NAME_WORD
        and word not in HEAD_WORD
        # "African Union Peace and Security Council": a given name that is a plain word too, before a plain field
        and (not is_given_name(word) or (last + 2 < len(tokens) and _plain_field(word, tokens[last + 2].folded)))
        and zipf(word) >= VERB_ZIPF
    )


def _plain_field(word: str, after_and: str) -> bool:
    """Whether two words joined by "and" read as two fields, not two given names: the second no given name."""
    return not is_given_name(after_and) and all(
        zipf(w) >= VERB_ZIPF and w not in NAME_WORD and w not in HEAD_WORD for w in (word, after_and)
    )


def _is_state(gazetteer: Gazetteer, word: str) -> bool:
    place = gazetteer.lookup((word,))
    return place is not None and place.kind == "state"


# A landform's word that opens its name before "of" ("Gulf of Aden", "Bay of Biscay"): such a place ends
# before "and the", which opens a second one.
_LANDFORMS_OPENING_OF = word_set("gulf bay strait straits sea lake mount cape isle bight")


# An office that serves a head of government and the cabinet: "Office of the President and Cabinet".
_OFFICES_OF_A_HEAD = word_set("office department")
_SERVED_WITH_A_POST = word_set("cabinet")


def second_of_and(
    doc_text: str, tokens: list[Token], first: int, before: int, ahead: int, gazetteer: Gazetteer
) -> int | None:
    """Where the second half of a body's 'of A and B' ends, or None when 'and' joins two names.

    "Ministry of Labour and Social Affairs", "Islamic State of Iraq and the Levant", "... of Iraq
    and Syria" go on; "Government of Iraq and Coalition partners", "... and the Iraqi forces",
    "... and Prime Minister X", "... and Ilse Tremmin" are a second actor after "and".
    """
    end = ahead
    if end + 1 < len(tokens) and hyphened_word(doc_text, tokens, end):
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
    if (
        tokens[ahead - 1].folded == "the"
        and end + 2 < len(tokens)
        and tokens[end + 1].folded == "and"
        and tokens[end].joined
        and cased(tokens[end + 2])
    ):
        return None  # "... of Internal Affairs and the European Border and Coast Guard Agency": a second body's name
    if tokens[ahead - 1].folded == "the" and _name_goes_on(tokens, end):
        return None  # "... of Justice and the Haute Autorité de la Communication": a second body's whole name
    if tokens[ahead - 1].folded == "the" and tokens[end].joined and end + 1 < len(tokens) and cased(tokens[end + 1]):
        return None  # "... of Commerce and the Tarnby Retail Merchants Association": capitals run on, a body's own
    if (
        end - ahead == 2
        and tokens[end].joined
        and end + 1 < len(tokens)
        and cased(tokens[end + 1])
        and tokens[end].folded not in _REMIT_CLOSERS  # "... for Narcotics and Law Enforcement Affairs Ann Holt"
        and _ends_in_a_region(tokens, end + 1, gazetteer)  # not "... Safety and Coastal Rescue Aid Operations"
    ):
        return None  # "... of Regional Economics and Citizens Advice North East": four capitals on, a name of its own
    if (
        tokens[ahead - 1].folded == "the"
        and end + 1 < len(tokens)
        and doc_text[tokens[end].end : tokens[end + 1].start] in POSSESSIVE_GAPS
        and cased(tokens[end + 1])
    ):
        return None  # "... of National Unity and the Sudan People's Liberation Movement": a second body's name
    words = [tokens[k].folded for k in range(ahead, end + 1)]
    if (
        end + 1 < len(tokens)
        and doc_text[tokens[end].end : tokens[end + 1].start] in POSSESSIVE_GAPS
        and cased(tokens[end + 1])
        and (land := gazetteer.lookup(tuple(words))) is not None
        and land.kind == "state"
    ):
        return None  # "the Armed Forces of Georgia and Moldova's National Army": a second state owns a body of its own
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
    if end == ahead and words[0] in _FIELDS_OF_STUDY and tokens[before].folded in _FIELDS_OF_STUDY:
        return end  # "College of Science and Engineering said": a faculty of two fields ("engineering" ends firms too)
    if (
        tuple(words) in _FIELDS_OF_TWO_WORDS
        and any(tokens[k].folded in _SCHOOLS_OF_FIELDS for k in range(first, before))
        and tokens[before].folded in _FIELDS_OF_STUDY | _FIELDS_BEFORE_AND
    ):
        return end  # "Tarnland Institute of Management and Public Administration": a school's second field
    if (
        end == ahead
        and words[0] in _SERVED_WITH_A_POST
        and is_title(tokens[before].folded)
        and tokens[first].folded in _OFFICES_OF_A_HEAD
    ):
        return end  # "Department of the Prime Minister and Cabinet": the office serves the head and the cabinet
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
# (nor is a works a firm's name qualifies: "the Port of Tarnby and the Quellcar plant")
_INSTITUTION_NOUNS_AFTER_AND = (
    INSTITUTION_NOUNS
    | {"garrison", "garrisons"}
    | word_set("plant plants factory factories site sites depot depots refinery refineries mill mills works")
)


def _another_bodys_own_words(tokens: list[Token], first: int, before: int, ahead: int, end: int) -> bool:
    """Whether the capitalised words after a body's "and" are a second name written in another language:
    letters with accents that the English name before has none of."""
    after = [tokens[k].text for k in range(ahead, end + 1)]
    accented = any(not word.isascii() for word in after)
    return accented and all(tokens[k].text.isascii() for k in range(first, before + 1))


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
    if end != ahead or place is None or place.kind == "state":
        return False
    if zipf(tokens[ahead].folded) >= _AIM_ZIPF and _town_of_another_land_before_in(tokens, ahead, place, gazetteer):
        return True  # "Front for Change and Concord in Chad": no Concord of Chad, so the word is the body's second aim
    if place.population >= _FIELD_TOWN:
        return False
    pair = (tokens[before].folded, tokens[ahead].folded)
    return gazetteer.lookup(pair[:1]) is None and all(zipf(w) >= _FIELD_ZIPF for w in pair)


_AIM_ZIPF = 3.0  # "concord" 3.5: an English word, not only a town's name ("Tremmin" is none)


def _town_of_another_land_before_in(tokens: list[Token], k: int, place: Place, gazetteer: Gazetteer) -> bool:
    """'Concord in Chad': a town's word, then "in" and a state the town is not in."""
    at = k + 2
    if at >= len(tokens) or tokens[k + 1].folded != "in" or not tokens[k].joined or not tokens[k + 1].joined:
        return False
    at += tokens[at].folded == "the" and at + 1 < len(tokens)
    for size in (1, 2, 3):
        land = gazetteer.lookup(tuple(t.folded for t in tokens[at : at + size]))
        if land is not None and land.kind == "state":
            return land.name != place.country
    return False


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


def where_aims_apply(tokens: list[Token], first: int, last: int, covered: list[bool]) -> int | None:
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


_AND_PLACE_WORDS = 3  # "Saint Vincent and the Grenadines": words after the "and"


def place_named_with_and(
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


# Groups named in lower case right before a name of two words joined by "and": "the Glasgow collective Warp and
# Weft", "the folk duo Salt and Iron" (the noun says one group follows, not two).
_GROUP_NOUNS_BEFORE_A_PAIR = word_set("collective duo band trio label studio partnership")


def group_named_by_a_pair_end(tokens: list[Token], first: int, last: int, covered: list[bool]) -> int | None:
    """Where "the collective Warp and Weft" ends: after the second word, when a group's noun in lower case comes
    right before the first and the name stops after the second."""
    second = last + 2
    if not (first == last and first > 0 and second < len(tokens)):
        return None
    noun = tokens[first - 1]
    if noun.folded not in _GROUP_NOUNS_BEFORE_A_PAIR or not noun.text.islower() or not noun.joined:
        return None
    if covered[second] or not cased(tokens[second]) or not tokens[last + 1].joined:
        return None
    if second + 1 < len(tokens) and tokens[second].joined and cased(tokens[second + 1]):
        return None  # a longer name goes on: the run's other steps read it
    return second


def couple_named_body_end(tokens: list[Token], first: int, last: int, covered: list[bool]) -> int | None:
    """ "the Victoria and Albert Museum", "the Bill and Olwen Tarrant Trust": after "the", two given names
    joined by "and" open one body's name ending on its head ("Ilse and Varn Group said" stays two names)."""
    head = last + 3
    if not (first == last and first > 0 and tokens[first - 1].folded == "the" and head < len(tokens)):
        return None
    second = tokens[last + 2]
    if not (is_given_name(tokens[first].folded) and is_given_name(second.folded) and cased(second)):
        return None
    if not (tokens[last + 1].joined and second.joined) or covered[last + 2]:
        return None
    # the body's head, right after the second name or after a shared family name
    for end in (head, head + 1):
        if not (end < len(tokens) and cased(tokens[end]) and not covered[end] and tokens[end].folded in NAME_WORD):
            continue
        if end == head or (tokens[head].joined and cased(tokens[head]) and not is_given_name(tokens[head].folded)):
            return end
    return None


def shared_head_end(
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
    if (
        len(before) > 1
        and any(t.folded in NAME_WORD or t.folded in HEAD_WORD for t in before)
        # (England's and Wales's elected office and its panel: "the Tarnshire Police and Crime Panel" is one)
        and not (tokens[last].folded == "police" and tokens[last + 2].folded == "crime")
    ):
        return None  # "the Varnak Group and Tremmin Bank": two bodies ("University and College Union" is one)
    if gazetteer.lookup(tuple(t.folded for t in before)) is not None:
        return None
    if any(gazetteer.country_of_demonym(t.folded) for t in before):
        return None
    end, found = last + 2, None
    while end < len(tokens) and end <= last + 5 and cased(tokens[end]) and not covered[end]:
        if tokens[end].folded in NAME_WORD or tokens[end].folded in _PLURAL_HEADS:
            found = end  # the last organisation word of the run: "College Union", not "College"
        elif (
            tokens[end].folded in _SITES_OF_TWO_FIELDS
            and zipf(tokens[last].folded) >= _FIELD_WORD  # a field's ordinary word before "and", no place's name
            and not any(t.folded in _SITES_OF_TWO_FIELDS for t in before)
            # (not "the Sandtown-Winchester and Harlem Park neighborhoods", two places, nor "Maelor Scaffolding and
            # Acton Park Taxis", two firms: the fields are no places, and the site's word ends the run)
            and all(
                gazetteer.lookup((tokens[k].folded,)) is None
                for k in (*range(opening, last + 1), *range(last + 2, end))
            )
            and (not tokens[end].joined or end + 1 >= len(tokens) or not cased(tokens[end + 1]))
        ):
            found = end  # "the Harwell Science and Innovation Campus": a site named for two fields
        if not tokens[end].joined:
            break
        end += 1
    return found


# A head in the plural that names one body after two fields joined by "and": "Harbours and Maritime Services",
# "Health and Human Services" (alone, "Maritime Services" may be a trade, so the word is no body's word).
_PLURAL_HEADS = frozenset({"services"})
# A site named for two fields joined by "and": "Harwell Science and Innovation Campus", "Tarnby Science and Technology
# Park" (not "Regent's Park and Hyde Park": a site's word before "and" ends a name of its own).
_SITES_OF_TWO_FIELDS = frozenset({"campus", "park"})
_FIELD_WORD = 3.0  # "science" 4.9, "technology" 5.0; not "Quarnby and Tellhurst Park" (two places)


# Works of a rescue service named as a pair: "Tarnby Search and Rescue", "Quellshire Fire and Rescue".
_RESCUE_PAIRS = frozenset((("search", "rescue"), ("fire", "rescue"), ("sea", "rescue"), ("mountain", "rescue")))


def rescue_after_and(tokens: list[Token], last: int, covered: list[bool]) -> int | None:
    """Where 'Tarnby Search and Rescue' ends: a rescue service's first work, "and", then "Rescue" (the name goes on
    past them to a head of its own: "... Fire and Rescue Service")."""
    rescue = last + 2
    if (
        rescue >= len(tokens)
        or (tokens[last].folded, tokens[rescue].folded) not in _RESCUE_PAIRS
        or tokens[last + 1].text != "and"
        or not (tokens[last].joined and tokens[last + 1].joined)
        or covered[last + 1]
        or covered[rescue]
        or not cased(tokens[rescue])
    ):
        return None
    return rescue


def trades_list_end(doc_text: str, tokens: list[Token], first: int, last: int, covered: list[bool]) -> int | None:
    """'Wesfarmers Chemicals, Energy and Fertilisers': a firm's name ending in a trade, then more trades listed
    with commas, the last after "and", is one firm's name; where it ends, or None. The last trade ends the run
    (no capitalised word after it), and each listed trade is one capitalised word of a firm's trade."""
    if last <= first or tokens[last].folded not in COMPANY_HEADS:
        return None
    k = last
    while True:
        if doc_text[tokens[k].end : tokens[k + 1].start if k + 1 < len(tokens) else tokens[k].end] != ", ":
            return None
        k += 1
        if k >= len(tokens) or covered[k] or not tokens[k].text.istitle() or tokens[k].folded not in COMPANY_HEADS:
            return None
        if not tokens[k].joined or k + 2 >= len(tokens):
            continue  # another comma: "Chemicals, Energy, Metals and ..."
        if tokens[k + 1].text != "and" or not tokens[k + 1].joined:
            return None
        end = k + 2
        if covered[end] or not tokens[end].text.istitle() or tokens[end].folded not in COMPANY_HEADS:
            return None
        if tokens[end].joined and end + 1 < len(tokens) and cased(tokens[end + 1]):
            return None  # "... and Energy Tarnby Ltd": another name goes on
        return end
