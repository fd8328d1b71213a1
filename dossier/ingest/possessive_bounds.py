"""Where a name goes on past a possessive inside it: 'Cox's Bazar', 'United Nations Children's Fund', 'Auditor
General's Office', 'Tanner's Row'.
"""

from __future__ import annotations

from dossier.ingest.actor_document import cased
from dossier.ingest.bound_words import POSSESSIVE_GAPS, names_a_body
from dossier.ingest.common_words import zipf
from dossier.ingest.cues import (
    COMPANY_HEADS,
    CROWN_POSSESSORS,
    FUNCTION_WORDS,
    GROUPINGS_AFTER_THE,
    HEAD_AFTER_FIRST,
    HEAD_WORD,
    KNOWN_BODIES,
    KNOWN_FIRMS,
    KNOWN_GROUPS,
    LEGAL_ENDINGS,
    NAME_WORD,
    OFFICE_HOLDERS,
    SETTLEMENT_HEADS,
    STATE_FORMS,
    STREET_HEADS,
    TITLES,
)
from dossier.ingest.gazetteer import Gazetteer
from dossier.ingest.mentions import Token
from dossier.ingest.names import is_given_name, is_surname, word_set
from dossier.model import ActorKind

# "Cape of Good Hope", "Isle of Varn": a land form that opens its name goes on through "of".
# Heads that only close a name, never go on with "of": "Tarnley Ladies" (a club), not "First Ladies of Varnia".
CLOSING_HEADS = word_set("ladies women")


def possessive_in_place_name(
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


# Shelters named for those they house, after a group's possessive: "Women's Shelter", "Women's Refuge".
_SHELTERS = word_set("shelter shelters refuge hostel")
# Markets named for those who sell at them, after their possessive: "Tarnby Farmers' Market", "the Makers' Market".
_MARKETS = word_set("market markets")
# A crown's regiments and troops by their last word: "the King's Troop", "the King's Own Scottish Borderers".
_CROWN_UNITS = word_set("troop borderers artillery highlanders")


def _plural_possessive_gap(text: str, tokens: list[Token], k: int) -> bool:
    """'Girls' ', 'Boys' ': a plural's possessive, then the next word of the name."""
    return (
        tokens[k].folded.endswith("s")
        and k + 1 < len(tokens)
        and text[tokens[k].end : tokens[k + 1].start] in ("' ", "’ ")
    )


# A possessor this common in English ("People", "Workers", "Martyrs") is a noun inside a name.
_POSSESSOR_ZIPF = 3.0
_FAMILY_NAME_ZIPF = 4.0  # a possessor this rare, after a given name elsewhere, is someone's family name


def possessive_inside_name(text: str, tokens: list[Token], k: int, gazetteer: Gazetteer) -> int | None:
    """Where a name goes on to after a possessive inside it, or None.

    'People's Protection Units', 'Kurdistan Workers' Party', 'Democratic People's Republic':
    a common noun's possessive, then capitalised words that end with the head of a body's
    name. Not a place's or a person's possessive: "Iraq's Security Forces", "Smith's Party"
    name the owner and what it owns, two names.
    """
    token = tokens[k]
    if k + 1 < len(tokens) and (charity := _charity_of_named_conditions(text, tokens, k, gazetteer)) is not None:
        return charity  # "Crohn's & Colitis UK", "European Crohn's and Colitis Organisation"
    if k + 1 >= len(tokens) or text[token.end : tokens[k + 1].start] not in POSSESSIVE_GAPS:
        return None
    # "St Aidan's Church", "St Mary's Hospital": a saint's possessive names the building.
    saint = k > 0 and tokens[k - 1].joined and tokens[k - 1].folded in _SAINTS and cased(token)
    # "King's College Hospital", "Queen's University Belfast": a crown's possessive opens a body's name.
    # ("the Omani Sultan's Special Force": a people's adjective before the crown is its land, no name's word)
    # ("The King's Troop" opening a sentence: "The" is no name's word)
    crown = (
        token.folded in CROWN_POSSESSORS
        and token.text.istitle()
        and not (
            k > 0
            and tokens[k - 1].joined
            and cased(tokens[k - 1])
            and tokens[k - 1].folded != "the"
            and gazetteer.country_of_demonym(tokens[k - 1].folded) is None
        )
    )
    saint = saint or crown
    if not saint and _coast_named_for_someone(tokens, k):
        return k + 1  # "Robin Hood's Bay", "Tarrant's Cove": a bay named after whoever it is, given name and all
    if not saint and _street_of_a_family(text, tokens, k, gazetteer):
        return k + 1  # "Tanner's Row", "Fletcher's Lane": a street named after a family or a trade
    if not saint and office_of_a_post(tokens, k):
        return k + 1  # "Tenancy Commissioner's Office": the office of a post, one body
    if not saint and (school := _founders_school(tokens, k, gazetteer)) is not None:
        return school  # "Ermysted's Grammar School", "Guy's Hospital": named after its founder
    if not saint and (shop := _shop_named_for_its_keeper(tokens, k, gazetteer)) is not None:
        return (
            shop  # "the Ferryman's Rest", "Quellie's Bargain Outlet", "Mr T's Emporium": a shop or an inn by its keeper
        )
    if not saint and (registered := _firm_registered_with_possessive(tokens, k, gazetteer)) is not None:
        return registered  # "Quellby's Analytics Inc.": a firm's registered name holds its founder's possessive
    if not saint and not common_possessor(token, gazetteer):
        return None
    if not saint and _family_name_of_someone_named(tokens, k):
        return None  # "Nigel Varage ... Varage's Brexit Party": the man's, then his party's name
    end = k + 1
    while (
        end - k < 4
        and cased(tokens[end])
        and (tokens[end].joined or (saint and _plural_possessive_gap(text, tokens, end)))
        and end + 1 < len(tokens)
        and cased(tokens[end + 1])
    ):
        end += 1  # "St Joseph's Girls' High School": a saint's school for girls, a plural's possessive inside
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
            or (crown and head in _CROWN_UNITS)  # "the King's Troop", "the King's Own Scottish Borderers"
            or head in _SHELTERS  # "Tarnby Women's Shelter", "the Children's Refuge": a shelter is run by a body
            or head in _MARKETS  # "Wharfedale Farmers' Market": a market named for those who sell at it
            # "Ontario Teachers' Pension Plan": a head of two words
            or (j > k + 1 and _body_head_of_two(tokens[j - 1].folded, head))
        )
    ]
    if not heads and _peoples_body_of_a_land(tokens, k, end, gazetteer):
        return end  # "Norwegian People's Aid": a land's people's body, whatever its last word
    return heads[-1] if heads else None


# What joins two conditions a body works on: "Crohn's & Colitis UK", "Crohn's and Colitis Organisation".
_CONDITIONS_JOINED = ("'s & ", "’s & ", "'s and ", "’s and ")
_RARE_POSSESSOR = 3.0  # Zipf: a name this rare as a word, in the possessive, is a condition's finder's ("Crohn")


def _charity_of_named_conditions(text: str, tokens: list[Token], k: int, gazetteer: Gazetteer) -> int | None:
    """'Crohn's & Colitis UK', 'European Crohn's and Colitis Organisation': a condition named after the one who
    found it (a rare name's possessive), "and" or "&" and a second condition, then the body's head or the land it
    serves, are one body's name. Not a place's possessive ("Kent's and Sussex's councils")."""
    token = tokens[k]
    gap = next((gap for gap in _CONDITIONS_JOINED if text.startswith(gap, token.end)), None)
    if gap is None or not token.text.istitle() or zipf(token.folded) > _RARE_POSSESSOR:
        return None
    if gazetteer.lookup((token.folded,)) is not None:
        return None
    j = k + 1 + (tokens[k + 1].folded == "and")
    if j >= len(tokens) or tokens[j].start != token.end + len(gap) or not tokens[j].text.istitle():
        return None
    end = j
    while end + 1 < len(tokens) and end - j < 2 and tokens[end].joined and cased(tokens[end + 1]):
        end += 1
    head = tokens[end].folded
    if end > j and (head in HEAD_WORD or head in NAME_WORD or tokens[end].text == "UK"):
        return end
    return None


def body_before_a_formal_state(
    text: str, tokens: list[Token], first: int, last: int, gazetteer: Gazetteer
) -> int | None:
    """Where a body's name ends when "of the" and a state's formal name with a possessive follow it ("Ministry of
    State Security of the People's Republic of China", "Embassy of the Democratic People's Republic of Korea"):
    before "of", so the state is read as a name of its own (the run had reached the possessive)."""
    if last + 3 >= len(tokens) or text[tokens[last].end : tokens[last + 1].start] not in POSSESSIVE_GAPS:
        return None
    if tokens[last + 1].folded not in STATE_FORMS or tokens[last + 2].folded != "of" or not cased(tokens[last + 1]):
        return None
    state = gazetteer.lookup((tokens[last + 3].folded,))
    # "People's Republic of ...": a people's republic is a state, whatever the gazetteer calls its last word
    if (state is None or state.kind != "state") and not (tokens[last].folded == "people" and cased(tokens[last + 3])):
        return None
    k = last
    while k > first and cased(tokens[k]) and tokens[k - 1].joined:
        k -= 1  # "Democratic People": the state's qualifiers
    if k - 2 < first or tokens[k].folded != "the" or tokens[k - 1].folded != "of":
        return None
    return k - 2


def _founders_school(tokens: list[Token], k: int, gazetteer: Gazetteer) -> int | None:
    """Where a school, a hospital or a charity named after its founder's (or a disease's) possessive ends
    ("Ermysted's Grammar School", "Alleyn's School", "Guy's Hospital", "Varnheimer's Society"), or None: a rare
    word or a family name, then at most one school's kind word and the head, all in capitals. A place's
    possessive stays two names ("Tarnby's Hospital")."""
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


# What a shop or an inn is called after its keeper's possessive: "the Ferryman's Rest", "Mr T's Emporium".
_SHOP_HEADS = word_set(
    "emporium outlet outlets rest kitchen bakery diner cafe café tavern pantry shop boutique deli parlour"
)
_SHOP_WORDS = 2  # "Quellie's Bargain Outlet": one word of the trade before the head


def _shop_named_for_its_keeper(tokens: list[Token], k: int, gazetteer: Gazetteer) -> int | None:
    """Where a shop or an inn named after its keeper's possessive ends, or None: capitalised words (one or two)
    that end with a shop's or an inn's word, a lower-case word after them. A place's possessive stays two names."""
    token = tokens[k]
    if not cased(token) or gazetteer.lookup((token.folded,)) is not None:
        return None
    if k > 0 and tokens[k - 1].joined and tokens[k - 1].folded in TITLES:
        return None  # "Mr T's Emporium": read as a titled person's, the shop's name would lose its title
    if token.folded in KNOWN_FIRMS or token.folded in KNOWN_BODIES:
        return None  # "Apple's App Shop": a known firm and what it runs, two names
    for end in range(k + 1, min(k + 1 + _SHOP_WORDS, len(tokens))):
        if not cased(tokens[end]):
            return None
        if tokens[end].folded in _SHOP_HEADS:
            after = tokens[end + 1] if end + 1 < len(tokens) else None
            return end if after is None or not tokens[end].joined or not cased(after) else None
        if not tokens[end].joined:
            return None
    return None


# Words between a firm's possessive and its legal form, at most: "Moody's Investors Service Inc".
_FIRM_WORDS_BEFORE_FORM = 3


def _firm_registered_with_possessive(tokens: list[Token], k: int, gazetteer: Gazetteer) -> int | None:
    """Where a firm's registered name ends when a possessive opens it: one capitalised word, its possessive, then
    capitalised words up to a legal form ("Quellby's Analytics Inc", "Varn's Foods Ltd"); else None."""
    if not cased(tokens[k]) or (k > 0 and tokens[k - 1].joined and cased(tokens[k - 1])):
        return None  # "Anna Quellby's Foods Ltd": a person's possessive, then what she owns
    if gazetteer.lookup((tokens[k].folded,)) is not None:
        return None  # "Tarnia's Quell Foods Ltd": a place's firm, named after the place's possessive
    end = k + 1
    while end < len(tokens) and end - k <= _FIRM_WORDS_BEFORE_FORM and cased(tokens[end]):
        if tokens[end].folded in LEGAL_ENDINGS and end > k + 1:
            return end
        if not tokens[end].joined:
            return None
        end += 1
    return None


_SCHOOL_KINDS = word_set("grammar high primary secondary free catholic preparatory prep girls boys")


_FOUNDED_HEADS = word_set("school schools college hospital academy almshouses foundation institute trust society")


def _peoples_body_of_a_land(tokens: list[Token], k: int, end: int, gazetteer: Gazetteer) -> bool:
    """'Norwegian People's Aid', 'Ghanaian People's Relief': a people's word (or a state's name), "People's" and
    capitalised words are one body, as no person or place is so named."""
    if tokens[k].text != "People" or k == 0 or not tokens[k - 1].joined or not cased(tokens[k - 1]):
        return False
    word = tokens[k - 1].folded
    land = gazetteer.lookup((word,))
    of_a_state = (land is not None and land.kind == "state") or gazetteer.country_of_demonym(word) is not None
    return of_a_state and end > k and cased(tokens[end])


# Nouns that say the name after them is a group's: "patient group Carers' Voice", "the charity Parents' Say".
_GROUP_NOUNS_BEFORE = word_set("group charity")


def possessive_after_a_group_noun(
    text: str, tokens: list[Token], first: int, k: int, gazetteer: Gazetteer
) -> int | None:
    """'Patient group Wexford Patients' Voice called for...': a group's name named so by the noun before it
    runs on over a common plural's possessive to its last capitalised word (no head closes it)."""
    before = tokens[first - 1] if first > 0 else None
    if before is None or not before.joined or before.folded not in _GROUP_NOUNS_BEFORE or cased(before):
        return None
    if k + 1 >= len(tokens) or text[tokens[k].end : tokens[k + 1].start] not in ("' ", "’ "):
        return None  # a plural's possessive only: "group Ilse Varn's Trust" is hers
    if not common_possessor(tokens[k], gazetteer) or not cased(tokens[k + 1]):
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


def members_possessive_in_body(text: str, tokens: list[Token], first: int, k: int, gazetteer: Gazetteer) -> int | None:
    """'United Nations Children's Fund', 'Commission on Human and Peoples' Rights': a body's name runs on over a
    plural of people's possessive when the words after it end with a body's head, or when the name so far is a
    body's head and its aim ("on", "for", "of"); the possessive of one person or body closes it ("the Ministry of
    Interior's Security Service")."""
    token = tokens[k]
    gap = text[token.end : tokens[k + 1].start] if k + 1 < len(tokens) else ""
    plural = gap in ("' ", "’ ") or (gap in ("'s ", "’s ") and token.folded in _IRREGULAR_PLURAL_PEOPLE)
    if not plural or not common_possessor(token, gazetteer) or not cased(tokens[k + 1]):
        return None
    heads = [j for j in range(first, k) if names_a_body(tokens[j].folded) and cased(tokens[j])]
    if not heads:
        # "Tarnby Miners' Welfare": a pit village's club and hall, named for the welfare of the trade's men
        welfare = k + 1 < len(tokens) and tokens[k + 1].folded == "welfare"
        return k + 1 if welfare and token.folded.endswith("ers") else None
    end = k + 1
    while end - k < 3 and tokens[end].joined and end + 1 < len(tokens) and cased(tokens[end + 1]):
        end += 1
    if end + 1 < len(tokens) and tokens[end].joined and cased(tokens[end + 1]):
        return None  # a longer run after it: not this body's last words
    if names_a_body(tokens[end].folded):
        return end  # "Children's Fund"
    aim = any(tokens[j].folded in _AIMS_AFTER_HEAD and not cased(tokens[j]) for j in range(heads[0] + 1, k))
    # ("Corps of Engineers' Middle East District": a unit of the body, named after it, is no part of its aim)
    return end if aim and tokens[end].folded in _REMITS_AFTER_POSSESSIVE else None


def _body_head_of_two(first: str, second: str) -> bool:
    cue = HEAD_AFTER_FIRST.get((first, second))
    return cue is not None and cue.kind is ActorKind.organization


def crown_bench(text: str, tokens: list[Token], k: int) -> bool:
    """'Court of King's Bench', 'Queen's Bench Division': a superior court's bench named for the crown
    goes on after its possessive, even after "Court" (which closes most names)."""
    return (
        k + 1 < len(tokens)
        and tokens[k].folded in ("king", "queen")
        and tokens[k].text.istitle()
        and text[tokens[k].end : tokens[k + 1].start] in POSSESSIVE_GAPS
        and tokens[k + 1].text == "Bench"
    )


# (and a court named for who sits in it: "Tarnby Magistrate's Court", "the Coroner's Court")
_OFFICES_OF_POSTS = frozenset(("Office", "Department", "Court"))


def office_of_a_post(tokens: list[Token], k: int) -> bool:
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


# A family's group of firms: "Carr's Group", "Tarrow's Group" (the founder's possessive, then the group's word).
_FAMILY_FIRM_HEADS |= word_set("group")


# An inn named for a trade's or a family's arms: "the Wheelwright's Arms", "the Ferryman's Arms".
_FAMILY_FIRM_HEADS |= word_set("arms")


# A settlement named for a founder's possessive: "Simon's Town".
_TOWN_HEADS = word_set("town")


# The heads of a coast's places named in the possessive: "Robin Hood's Bay", "Smuggler's Cove".
_COAST_HEADS = word_set("bay cove creek")


def _coast_named_for_someone(tokens: list[Token], k: int) -> bool:
    """'Robin Hood's Bay': a capitalised word's possessive, then a bay's or a cove's head that ends the name."""
    token, head = tokens[k], k + 1
    if not cased(token) or token.text.isupper() or not cased(tokens[head]) or tokens[head].folded not in _COAST_HEADS:
        return False
    return not (head + 1 < len(tokens) and tokens[head].joined and cased(tokens[head + 1]))


def _street_of_a_family(text: str, tokens: list[Token], k: int, gazetteer: Gazetteer) -> bool:
    """'Tanner's Row': one capitalised word (a family name, no given name or place), its possessive, then
    a street's head word (or a family firm's trade: "Pulham's Coaches") that ends the name. Not "Smith's
    Street Food" (the name goes on), not a state's possessive ("Britain's Road ...")."""
    token, head = tokens[k], k + 1
    if not cased(token) or token.text.isupper() or not cased(tokens[head]):
        return False
    if (
        tokens[head].folded not in STREET_HEADS | SETTLEMENT_HEADS | _TOWN_HEADS
        and tokens[head].folded not in _FAMILY_FIRM_HEADS
    ):
        return False  # "Fuller's Yard", "Hobbard's Green": a settlement's head after a family's possessive too
    if k > 0 and tokens[k - 1].joined and cased(tokens[k - 1]) and tokens[k - 1].folded != "the":
        return False  # "Anna Tanner's Lane" is hers: a person's possessive ("The Tanner's Arms" opens a sentence)
    if head + 1 < len(tokens) and tokens[head].joined and cased(tokens[head + 1]):
        return False
    word, place = token.folded, gazetteer.lookup((token.folded,))
    # "Simon's Town", "Port Alfred's Town": a town is named for its founder, given name and all
    family = is_surname(word) or not is_given_name(word) or tokens[head].folded in _TOWN_HEADS  # "Tanner" is both
    return family and word not in TITLES and (place is None or place.kind != "state")


def _family_name_of_someone_named(tokens: list[Token], k: int) -> bool:
    """Whether the text names someone by a given name and the word at `k` as the family name ("Nigel Varage")."""
    word = tokens[k].folded
    if zipf(word) >= _FAMILY_NAME_ZIPF:
        return False  # "Sierra Leone People's Party": a plain word after a word some list calls a given name
    return any(
        tokens[j].folded == word and tokens[j - 1].joined and is_given_name(tokens[j - 1].folded)
        for j in range(1, len(tokens))
        if j != k
    )


_TRADES_MEN_LETTERS = 7  # "seamen", "linesmen" and longer; "Yemen", "Bremen" are places


def trades_men_plural(word: str) -> bool:
    """'longshoremen', 'fishermen', 'linesmen': a trade's men in the plural, whose union or association the name is."""
    return word.endswith("men") and len(word) >= _TRADES_MEN_LETTERS


def common_possessor(token: Token, gazetteer: Gazetteer) -> bool:
    """A common noun in capitals ("People", "Workers"), not a person's, a body's or a place's name."""
    word = token.folded
    # (a trade's men in the plural owns a body's name however rare the word: "Longshoremen's Association")
    trades_men = trades_men_plural(word)
    if not cased(token) or token.text.isupper() or word in FUNCTION_WORDS:
        return False
    if zipf(word) < _POSSESSOR_ZIPF and not trades_men:
        return False
    if is_given_name(word) or is_surname(word) or word in TITLES or word in NAME_WORD:
        return False  # a person's or a body's possessive: "the Coalition's Small Group" are two
    if word in KNOWN_BODIES or word in GROUPINGS_AFTER_THE or word in KNOWN_GROUPS or word in KNOWN_FIRMS:
        # a body, a group or a firm known by one word owns what is named after it: "the Treasury's Office of
        # ...", "Hezbollah's Al-Manar TV", "Google's Cloud Platform"
        return False
    if word in HEAD_WORD and word not in CLOSING_HEADS:
        return False
    return gazetteer.lookup((word,)) is None and gazetteer.country_of_demonym(word) is None
