"""Words that end a run of capitalised words before the next capitalised word: a page's time stamp after a
byline ("Tahir Varn Published October 19"), and a person's name right after a party's name ("the ruling
Tremmin Democratic Party Ilse Varn said") or a town's ("in Port Vila Ilse Varnaby said", a comma left out)."""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument, cased
from dossier.ingest.common_words import zipf
from dossier.ingest.cues import HEAD_WORD, MONTHS_AND_DAYS, NAME_WORD
from dossier.ingest.gazetteer import Gazetteer
from dossier.ingest.mentions import Token
from dossier.ingest.name_words import has_cue
from dossier.ingest.names import is_given_name, word_set
from dossier.ingest.peoples import is_people

# The words a page stamps a story with, before its date: "Published October 19, 2025", "Updated 08:59pm".
_STAMP_WORDS = word_set("published updated posted modified")
# The head words that close a party's name: a name after them is its member's, not more of the party's.
_PARTY_HEADS = word_set("party")
_FAMILY_NAME_ZIPF = 3.0  # "Kishida" is no English word; "Fund", "Youth" (over 3) may go on the party's name
# Styles a member or a citizen is addressed by, which never open a post's remit: "the Taoiseach of Deputy Ilse
# Varn" (whom the post nominates), unlike "Minister of State", "Chief of Naval Staff".
STYLES_OF_ADDRESS = word_set("deputy senator mr mrs ms dr")


def stamp_after(tokens: list[Token], last: int) -> bool:
    """'Tahir Varn Published October 19, 2025': a stamp word, then a month, a day or a number, or the line's end,
    ends the name before it."""
    if last + 1 >= len(tokens):
        return False
    stamp = tokens[last + 1]
    if stamp.folded not in _STAMP_WORDS or not stamp.text[:1].isupper():
        return False
    if last + 2 >= len(tokens) or not stamp.joined:
        return True  # "By Tahir Varn Published" ending its line: the stamp's date was set apart (or dropped)
    after = tokens[last + 2]
    return after.folded in MONTHS_AND_DAYS or after.text[:1].isdigit()


# A link's label on a list page, glued to the words around it: "Quellandia Read More Tarnwick mayoral hopeful".
LINK_LABELS = frozenset(
    (("read", "more"), ("learn", "more"), ("see", "more"), ("view", "more"), ("continue", "reading"))
)


def link_label_after(tokens: list[Token], last: int) -> bool:
    """'Quellandia Read More Tarnwick ...': a link's label in capitals ends the name before it."""
    if last + 2 >= len(tokens):
        return False
    label, more = tokens[last + 1], tokens[last + 2]
    return (label.folded, more.folded) in LINK_LABELS and label.text[:1].isupper() and more.text[:1].isupper()


_SHOUTED_NAME_LETTERS = 4  # "DENISE", "BRADLEY": a name in capitals; "PA", "BBC", "NHS" are a body's letters
_SHOUTED_TOWN_LETTERS = 5
_SHOUTED_TOWN_PEOPLE = 100_000  # "VIJAYAWADA" after a byline: a city the reader knows, not a word of the name


def _shouted(token: Token, letters: int) -> bool:
    return len(token.text) >= letters and token.text.isalpha() and token.text.isupper()


def case_turns_after(tokens: list[Token], first: int, last: int, gazetteer: Gazetteer) -> bool:
    """'Picture: DENISE BRADLEY Cromer police ...', 'Tharun Boda VIJAYAWADA July 14': a credit's name in capitals
    then a word in title case, or a byline's name then a known city in capitals (its dateline), are two names;
    the case turns where the first ends."""
    nxt = last + 1
    if nxt >= len(tokens) or not tokens[nxt].text[:1].isupper():
        return False
    after = tokens[nxt]
    if (
        last > first
        and _shouted(tokens[last], _SHOUTED_NAME_LETTERS)
        and _shouted(tokens[last - 1], _SHOUTED_NAME_LETTERS)
        and after.text[1:2].islower()
    ):
        return True
    if not (last > first and tokens[last].text[1:2].islower() and _shouted(after, _SHOUTED_TOWN_LETTERS)):
        return False  # (one word before the capitals is no byline's name: "runs for Ipswich JAFFA", a club)
    if nxt + 1 < len(tokens) and _shouted(tokens[nxt + 1], 2):
        return False  # "Quellby Post NEW YORK": a heading in capitals goes on
    place = gazetteer.lookup((after.folded,))
    return place is not None and place.kind == "place" and place.population >= _SHOUTED_TOWN_PEOPLE


def member_after_party(tokens: list[Token], first: int, last: int, covered: list[bool]) -> bool:
    """'the ruling Tremmin Democratic Party Ilse Varn signalled': a party's closing head, then a given name and
    a capitalised word that is no body's and no common word, ends the party's name before its member's."""
    if last == first or tokens[last].folded not in _PARTY_HEADS or last + 2 >= len(tokens):
        return False
    given, family = tokens[last + 1], tokens[last + 2]
    if covered[last + 1] or covered[last + 2] or not cased(given) or not cased(family):
        return False
    if family.folded in NAME_WORD or family.folded in HEAD_WORD:
        return False
    if not is_given_name(given.folded):
        # "the Progressive Party Sigmundur Varn Gunnarsson": a given name no list holds, a word no English text
        # uses, before a listed given name or another rare word
        rare = zipf(given.folded) < _RARE_GIVEN_NAME and given.folded not in NAME_WORD and given.folded not in HEAD_WORD
        return rare and (is_given_name(family.folded) or zipf(family.folded) < _RARE_GIVEN_NAME)
    return zipf(family.folded) < _FAMILY_NAME_ZIPF


_RARE_GIVEN_NAME = 1.5


def people_after_a_place(tokens: list[Token], first: int, last: int, covered: list[bool], gazetteer: Gazetteer) -> bool:
    """'allowing West Bank Palestinians to return', 'Gaza Tremmish traders': a place the gazetteer knows whole, then
    a people's plural as the run's last capitalised word, is where those people live; the people are no part of
    the place's name (nor is the place a body for the "Bank" in it)."""
    nxt = last + 1
    if nxt >= len(tokens) or covered[nxt] or not cased(tokens[nxt]) or not tokens[nxt].folded.endswith("s"):
        return False
    if nxt + 1 < len(tokens) and cased(tokens[nxt + 1]) and tokens[nxt].joined:
        return False  # "the Gaza Palestinians Relief Fund": the people open a longer body's name
    people = tokens[nxt].folded
    if not (is_people(people) or gazetteer.country_of_demonym(people) is not None):
        return False
    return gazetteer.lookup(tuple(tokens[k].folded for k in range(first, last + 1))) is not None


# Members of a board or a bench, by their plural title: "the Commissioners of Police Service Commission", "Directors
# of Tremmin Harbour Board". (Not "Chiefs of Staff Committee": a body named by its members' title.)
_MEMBERS_TITLES = word_set("commissioners directors governors trustees councillors justices judges")


def members_of_a_body(tokens: list[Token], position: int, last: int) -> bool:
    """'a visit by the Commissioners of Police Service Commission': a members' plural title and "of" before a body's
    whole name (its word last) open the run; the body is the actor."""
    if position + 3 > last or tokens[position].folded not in _MEMBERS_TITLES or tokens[position + 1].folded != "of":
        return False
    body = tuple(tokens[k].folded for k in range(position + 2, last + 1))
    return all(cased(tokens[k]) for k in range(position + 2, last + 1)) and has_cue(body[-1:])


# The last word of a form's label before its code: "RNS Number : 3639E", "Case Number: 2021-44".
_LABEL_ENDS = word_set("number")
_LABEL_COLON = (":", " :")


def numbered_label(doc: ActorDocument, first: int, last: int) -> bool:
    """'RNS Number : 3639E': a run ending in "Number" right before a colon is a label, no name."""
    tokens = doc.tokens
    return tokens[last].folded in _LABEL_ENDS and doc.text.startswith(_LABEL_COLON, tokens[last].end)


# The word before "Time" in a clock's zone spelled out: "17:00 Greenwich Mean Time", "Eastern Standard Time",
# "British Summer Time", "GMT/UTC/ZULU TIME", "Coordinated Universal Time".
_ZONE_WORDS = word_set("mean standard summer daylight zulu universal saving savings")


def clock_zone(doc: ActorDocument, first: int, last: int) -> bool:
    """'published at 17:00 Greenwich Mean Time': a run ending in a zone's word and "Time" names a time zone (a
    live blog stamps every entry with one), no actor; nor is the town or the people it is named after."""
    tokens = doc.tokens
    return last > first and tokens[last].folded == "time" and tokens[last - 1].folded in _ZONE_WORDS


# Prepositions that open a town's name, so that the run is known to start as a place.
_PLACE_OPENERS = word_set("in from at near outside")
_LONGEST_PERSON_NAME = 3  # words after the town: "Ada Quellmore", "Ada Ilse Quellmore"


def person_after_a_town(tokens: list[Token], first: int, last: int, covered: list[bool], gazetteer: Gazetteer) -> bool:
    """'Speaking in Port Vila Ilse Varnaby said', 'in Lusaka Ada Quellmore told': a place the gazetteer knows whole
    after a preposition of place, then a given name and a rare capitalised word, is the place and then a person
    (the comma after the place left out, as hurried copy does); neither is part of the other's name."""
    if tokens[first].folded in _PLACE_OPENERS:
        first += 1  # "In Lusaka Ada Quellmore told": the sentence's capital takes the preposition into the run
    if first == 0 or first > last or last + 2 >= len(tokens):
        return False
    opener = tokens[first - 1]
    if opener.folded not in _PLACE_OPENERS or not opener.joined:
        return False
    given, family = tokens[last + 1], tokens[last + 2]
    if covered[last + 1] or covered[last + 2] or not cased(given) or not cased(family) or not given.joined:
        return False
    if not is_given_name(given.folded) or family.folded in NAME_WORD or family.folded in HEAD_WORD:
        return False
    if zipf(family.folded) >= _FAMILY_NAME_ZIPF or gazetteer.lookup((given.folded, family.folded)) is not None:
        return False  # "in Santa Maria Maggiore": the place's name goes on
    end = last + 2
    while end + 1 < len(tokens) and tokens[end].joined and cased(tokens[end + 1]) and not covered[end + 1]:
        end += 1
    if end - last > _LONGEST_PERSON_NAME or any(
        tokens[k].folded in NAME_WORD or tokens[k].folded in HEAD_WORD for k in range(last + 3, end + 1)
    ):
        return False  # "at Wick John O'Groats Airport": the capitals go on to a head word, one name
    return gazetteer.lookup(tuple(tokens[k].folded for k in range(first, last + 1))) is not None
