"""Parties, their members and seats, and posts named after a body: how an elected house's pages name who sits for
whom.
"""

from __future__ import annotations

import re

from dossier.ingest.actor_document import ActorDocument, cased
from dossier.ingest.and_in_names import elected_member_before
from dossier.ingest.common_words import zipf
from dossier.ingest.cues import (
    FUNCTION_WORDS,
    HEAD_WORD,
    KNOWN_MEDIA,
    NAME_WORD,
    NO_PARTY,
    PARTIES_BY_WORD,
    PARTY_DEEDS,
    POST_QUALIFIERS,
    POSTS_AFTER_A_BODY,
)
from dossier.ingest.formal_bodies import RARE_OPENER
from dossier.ingest.gazetteer import Gazetteer
from dossier.ingest.grouping import Candidate
from dossier.ingest.mentions import Token
from dossier.ingest.name_words import ADJECTIVE_SUFFIXES, has_cue, is_title
from dossier.ingest.names import fold, is_chinese_surname, is_given_name, is_surname, word_set
from dossier.ingest.page_noise import is_camel_case
from dossier.model import ActorKind

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


_WARD_PARTS = word_set("north south east west central rural")


def party_or_seat(doc: ActorDocument, position: int, last: int) -> str | None:
    """'MP Daniel Corran (Labour, Tarnby and Severn Vale)': 'party' for the name right after the bracket, 'seat'
    for the name after its comma that closes it, else None (`ELECTED_POSTS`; not "(Independent, ...)")."""
    text, tokens = doc.text, doc.tokens
    start, end = tokens[position].start, tokens[last].end
    opening = text.rfind("(", max(0, start - 60), start)
    closing = text.find(")", end, end + 60)
    if opening < 0 or closing < 0:
        return None
    inside_before, inside_after = text[opening + 1 : start], text[end:closing]
    k = position - 1
    while k >= 0 and tokens[k].start > opening:
        k -= 1  # the last word before the bracket
    member = _HONOURED_MEMBER.search(text, max(0, opening - 80), opening) is not None or (
        _LEGISLATURE_PAGE.search(text) is not None and _member_named_before(text, opening, closing)
    )
    # "Cllr Beatrice Oduya-Pendleton (Cheadle Hulme South)": a councillor's ward alone in the bracket, too, named
    # as wards are, with a compass word last (not a party named alone: "(Fianna Fáil)", "(Con)")
    member = member or (
        inside_before == ""
        and inside_after == ""
        and last > position
        and tokens[last].folded in _WARD_PARTS
        and elected_member_before(tokens, k)
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
    return role if elected_member_before(tokens, k) else None


def _clipped_party_word(word: str) -> bool:
    """'Con', 'Lab', 'Grn': a party's word clipped to three letters in title case (letters in capitals, "SNP",
    "DUP", are the party's own initials)."""
    return len(word) <= 3 and word[:1].isupper() and word[1:].islower()


def party_by_its_word(doc: ActorDocument, position: int, word: str, after: str) -> bool:
    """'(Labour)', 'the Conservatives won', 'Labour won the seat': a party known by one ordinary word,
    capitalised; opening a sentence only before what a party does (`PARTY_DEEDS`)."""
    token = doc.tokens[position]
    post = doc.tokens[position + 1] if position + 1 < len(doc.tokens) else None
    if word in _PARTY_WORDS_BEFORE_ITS_POST and token.text.istitle() and post is not None:
        # "Green councillor Ravi Varn": a plain word that names a party only before the party's post
        return token.joined and post.text.islower() and post.folded in _PARTY_POSTS
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


def campaign_by_its_aim(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> bool:
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


def party_in_its_province(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> bool:
    """'Ontario Liberal Leader', 'Tarnshire NDP leader': a place the gazetteer knows, a party's word, then a
    party's post (not "Ontario Premier": no party)."""
    tokens = doc.tokens
    if words[1] not in _PARTY_BRANCH_WORDS or not tokens[last].joined or last + 1 >= len(tokens):
        return False
    if tokens[last + 1].folded not in _PARTY_POSTS or not cased(tokens[position]) or not cased(tokens[last]):
        return False
    return doc.gazetteer.lookup(words[:1]) is not None


# A party's posts named after the party's word: "Labour leader", "Tory MP", "Greens spokeswoman".
# Plain words that name a party before its post in lower case: "Green councillor", "Reform candidate".
_PARTY_WORDS_BEFORE_ITS_POST = word_set("green reform")
_PARTY_POSTS = word_set(
    "leader leaders mp mps mla mpp td councillor councillors candidate spokesman spokeswoman spokesperson"
)


def member_of_a_party(doc: ActorDocument, position: int) -> bool:
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


# Words that rank or time a post, before it ("deputy chief executive"); not a noun that opens a phrase of its own
# ("Credit union chief executive": the union is the body).
_RANK_QUALIFIERS = word_set("deputy acting interim assistant senior joint former outgoing incoming")


# Posts a town's name may describe as well as a body's ("a Leeds analyst"): after a place the gazetteer holds,
# no body.
_POSTS_OF_A_TOWN_TOO = frozenset(
    (word,) for word in ("adviser", "advisor", "analyst", "economist", "strategist")
) | frozenset({("chief", "economist")})


_POSTS_OF_A_NATIONAL_SIDE = frozenset({("boss",), ("manager",), ("head", "coach")})


# Posts that also name their holder's field: "Station manager Kate Orrin", "Sales manager Ilse Varn", "Energy
# analyst Ann Lee". Before them a word the page writes in lower case too, or a very common one, is the field, no body.
_POSTS_OF_A_FIELD_TOO = _POSTS_OF_A_TOWN_TOO | _POSTS_OF_A_NATIONAL_SIDE | frozenset({("team", "principal")})
_FIELD_WORD = 5.0  # Zipf frequency of "station", "sales", "project", "market": a field's word, whatever the page


def _names_a_field(doc: ActorDocument, position: int, word: str) -> bool:
    """Whether the word before a post that may name a field is that field: written in lower case on the page too,
    very common, an adjective, or common and opening its sentence ("Infrastructure manager Craig Halt said")."""
    if word in doc.lower_case or zipf(word) >= _FIELD_WORD or word.endswith(ADJECTIVE_SUFFIXES):
        return True  # (an adjective's ending: a school's or a camp's, "Keynesian economist", "Democratic strategist")
    before = doc.text[: doc.tokens[position].start].rstrip(" \t\"“‘'")
    return zipf(word) >= _COMMON_WORD and (not before or before[-1] in ".!?:\n")


_COMMON_WORD = 4.0  # "infrastructure" (4.5), "energy"; below it "Unite" (3.9), "Barclays" (3.2)


def _is_a_state(doc: ActorDocument, word: str) -> bool:
    place = doc.gazetteer.lookup((word,))
    return place is not None and place.kind == "state"


def post_after_a_body(doc: ActorDocument, position: int, last: int) -> str | None:
    """'Unison branch secretary Debbie Carrow', 'Tarnvale spokeswoman Ana Reyes': the post (one to three
    words in lower case, `POSTS_AFTER_A_BODY`) between a one-word name and its holder's capitalised name."""
    tokens = doc.tokens
    word = tokens[position].folded
    # (a firm's name in a brand's casing holds posts too: "Quellpay chief financial officer Ilse Varn")
    casing = tokens[position].text.istitle() or is_camel_case(tokens[position].text)
    if word in POST_QUALIFIERS or is_title(word) or word in FUNCTION_WORDS or not casing:
        return None
    if word in NAME_WORD or word in HEAD_WORD:
        return None  # "Government spokesman", "Police spokesman": a body's common word, no name
    if doc.gazetteer.country_of_demonym(word) is not None:
        return None  # "British spokesman ...": a people's adjective
    for size in (1, 2, 3, 4):
        holder = last + size + 1
        if holder >= len(tokens) or not all(tokens[k].joined for k in range(last, holder)):
            continue
        # the post's words as written, so a hyphened post ("co-founder") is one word as its table has it
        phrase = tuple(doc.text[tokens[last + 1].start : tokens[holder - 1].end].casefold().split())
        if not tokens[holder].capitalised:
            continue
        post_words = range(last + 1, holder)
        if len(phrase) > 1 and phrase[0] in _RANK_QUALIFIERS and phrase[1:] in POSTS_AFTER_A_BODY:
            phrase = phrase[1:]  # "Quellair deputy chief executive Ilse Varn": a qualified post is the post
        if phrase in _POSTS_OF_A_TOWN_TOO and doc.gazetteer.lookup((word,)) is not None:
            continue  # "Leeds analyst Jane Moss": where the analyst works, no body named
        if phrase in _POSTS_OF_A_NATIONAL_SIDE and _is_a_state(doc, word):
            continue  # "England manager Tom Vale": a state's national side, read as the state
        if phrase in _POSTS_OF_A_FIELD_TOO and _names_a_field(doc, position, word):
            continue  # "Station manager Kate Orrin": the manager's field, no body named
        if phrase in POSTS_AFTER_A_BODY and all(
            tokens[k].text.islower() or _post_letters(tokens[k].text) for k in post_words
        ):
            return doc.text[tokens[last + 1].start : tokens[holder - 1].end]
        if (phrase in POSTS_AFTER_A_BODY or phrase == ("director",)) and _coined_body_before_titled_post(
            doc, position, post_words
        ):
            return doc.text[tokens[last + 1].start : tokens[holder - 1].end]
    return None


# Posts a market's research staff hold, written between the employer's name and their own: "Tarvel Pellam
# analyst Ilse Varn said", "Quellmoor Macro economist Ana Reyes".
_MARKET_POSTS = word_set("analyst economist strategist")


def firm_before_its_analyst(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> str | None:
    """'Tarvel Pellam analyst Ilse Varn said': two or three capitalised words right before an analyst's,
    economist's or strategist's post in lower case and the holder's name: the firm that employs them (a one-word
    firm is read by `post_after_a_body` itself). Not a person's name, a place or a people: "Wall Street analyst",
    "South African economist"."""
    if not 2 <= len(words) <= 3 or has_cue(words) or is_given_name(words[0]):
        return None
    gazetteer: Gazetteer = doc.gazetteer
    if gazetteer.lookup(words) is not None or gazetteer.country_of_demonym(words[-1]) is not None:
        return None
    post = post_after_a_body(doc, position, last)
    if post is None or post.split()[-1].casefold() not in _MARKET_POSTS:
        return None
    return post


def members_named_body(words: tuple[str, ...]) -> bool:
    """'Federated Farmers', 'Quellmoor Growers': two or three words ending in the plural of its members' trade,
    a body that may hold a post as a one-word name does (`post_after_a_body`); no person's surname last."""
    return (
        2 <= len(words) <= 3
        and words[-1].endswith(_MEMBERS_PLURAL_ENDINGS)
        and not is_surname(words[-1])
        and not is_given_name(words[0])
    )


_MEMBERS_PLURAL_ENDINGS = ("ers", "ors")


def _coined_body_before_titled_post(doc: ActorDocument, position: int, post_words: range) -> bool:
    """'Zorgvardia Director Ilse Varn', 'Tarvolex Chief Executive Ann Lee': a post written in title
    case after a rare word that no list knows as a place or a person's name: the word is the body's
    ("Moscow Mayor", "Harper Director" and "Creative Director" are not)."""
    word = doc.tokens[position].folded
    return (
        all(doc.tokens[k].text.istitle() or _post_letters(doc.tokens[k].text) for k in post_words)
        and zipf(word) < RARE_OPENER
        and word not in doc.lower_case
        and not is_given_name(word)
        and not is_surname(word)
        and doc.gazetteer.lookup((word,)) is None
    )


def _post_letters(word: str) -> bool:
    """A post written as its letters: "CEO", "CFO"."""
    return word.isupper() and len(word) == 3


# Winning or keeping a seat, and the margin after it: "won Hinchinbrook with 38.1 per cent", "held Tarnby
# by 212 votes" (a person is beaten, not won; a cup is won, but not by votes).
_SEAT_VERBS = word_set("won wins win held holds hold retained retains gained gains took takes lost loses")


_VOTE_MARGIN = re.compile(r" (?:with [\d.,]+(?: per cent|%)|by [\d,]+ votes?\b)")


def seat_won_by_a_margin(doc: ActorDocument, position: int, last: int) -> bool:
    tokens = doc.tokens
    if position < 1 or tokens[position - 1].folded not in _SEAT_VERBS or not tokens[position - 1].text.islower():
        return False
    return _VOTE_MARGIN.match(doc.text, tokens[last].end) is not None


# A page about seats: a result's count, where winning a town's seat is no deal done in the town.
_SEATS_PAGE = re.compile(r"\b(?:constituenc(?:y|ies)|by-election|wards?|seats?)\b")
_SEAT_NAME_WORDS = 4  # "Banffshire and Buchan Coast", "Caithness, Sutherland and Ross"


def town_of_a_count(doc: ActorDocument, position: int, last: int) -> bool:
    """'the Inverness count has been suspended': on a page about seats, a town the gazetteer knows before "count",
    where the votes are counted (not "the Nielsen count" on another page)."""
    tokens = doc.tokens
    if last + 1 >= len(tokens) or tokens[last + 1].text != "count" or not tokens[last].joined:
        return False
    town = doc.gazetteer.lookup(tuple(t.folded for t in tokens[position : last + 1]))
    return town is not None and town.kind == "place" and _SEATS_PAGE.search(doc.text) is not None


def seat_named_for_its_town(doc: ActorDocument, position: int, last: int) -> bool:
    """'The SNP has held Glasgow Kelvin and Edinburgh Central but lost Aberdeen Donside': on a page about seats,
    a name opening with a town the gazetteer knows, won, held or lost (or listed after one that is), is a seat
    named for its town, a place."""
    tokens = doc.tokens
    if not 2 <= last - position + 1 <= _SEAT_NAME_WORDS:
        return False
    town = doc.gazetteer.lookup((tokens[position].folded,))
    whole = tuple(t.folded for t in tokens[position : last + 1])
    if town is None or town.kind != "place" or doc.gazetteer.lookup(whole) is not None:
        return False
    verb = position - 1
    if verb > 1 and tokens[verb].folded == "and" and tokens[verb].text.islower():
        verb -= 1  # "held Glasgow Kelvin and Edinburgh Central": the second seat of the list
        while verb > 0 and cased(tokens[verb]) and tokens[verb - 1].joined:
            verb -= 1
    seat_verb = verb >= 0 and tokens[verb].folded in _SEAT_VERBS and tokens[verb].text.islower()
    return seat_verb and _SEATS_PAGE.search(doc.text) is not None


# Words between "the" and "party" that say which party it is, before its name: "the ruling party Varn Forward",
# "the new opposition party Unity Tarvia", "the successor party ...".
_PARTY_NAMED_AFTER = 3  # words of the name read after "party"


def party_named_after_its_noun(doc: ActorDocument, first: int, last: int) -> Candidate | None:
    """'the opposition party Unity Tarvia': a name right after the lower-case noun "party" (a state's name
    inside it is the party's); not a post ("the party Chairman Ilse Varn") nor a person ("party member ...")."""
    tokens = doc.tokens
    if first == 0 or tokens[first - 1].text != "party" or not tokens[first - 1].joined:
        return None
    if last - first + 1 > _PARTY_NAMED_AFTER or any(is_title(tokens[k].folded) for k in range(first, last + 1)):
        return None
    if is_given_name(tokens[first].folded) and last > first:
        return None  # "the party Ilse Varn founded": its founder
    name = doc.text[tokens[first].start : tokens[last].end]
    return Candidate(first, last, name, ActorKind.organization, "a name after 'party'", 0.6)


# The head words of a party or a movement that news names by its leader after "of".
_PARTIES_LED = word_set("party movement front alliance bloc congress coalition")


def leader_of_a_party(tokens: list[Token], gazetteer: Gazetteer, first: int, last: int, k: int) -> bool:
    """'the Workers' Party of Luiz Inácio Lula da Silva', 'the Movement for Varn Change of Morgan Tsvangirai': a
    party's or a movement's name, then "of", a given name and another capitalised word: the leader the party follows,
    not more of its name.
    "Communist Party of China", "Party of Regions" and "Party of Hope" (one word) go on; so does a place of two
    words the gazetteer knows ("People's Party of Sierra Leone")."""
    if k + 1 >= len(tokens) or not any(tokens[j].folded in _PARTIES_LED for j in range(first, last + 1)):
        return False
    given, after = tokens[k], tokens[k + 1]
    if not (is_given_name(given.folded) and given.joined and cased(after)):
        return False
    if any(t.folded in NAME_WORD or t.folded in HEAD_WORD or t.folded in FUNCTION_WORDS for t in (given, after)):
        return False
    return gazetteer.lookup((given.folded, after.folded)) is None
