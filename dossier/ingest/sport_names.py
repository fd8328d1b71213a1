"""Clubs and players on a sports page: sides in a result, nicknames, a team before its player."""

from __future__ import annotations

import re

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.common_words import VERY_COMMON, zipf
from dossier.ingest.cues import (
    CLUB_HEADS,
    EVENT_HEADS,
    HEAD_WORD,
    MATCH_RESULT,
    PARTIES_BY_WORD,
    PLACE_PREPOSITIONS,
    RESULT_AFTER_SIDE,
    RESULT_BEFORE_SIDE,
    RESULT_BEFORE_TO,
    RESULT_BEFORE_WITH,
    SPORTS_POSITIONS,
    TEAM_NICKNAME_NOT,
)
from dossier.ingest.name_words import has_cue, is_title
from dossier.ingest.names import is_given_name, is_surname, word_set

# The nations of the United Kingdom the gazetteer may hold as regions, not states.
NATIONS_OF_A_UNION = word_set("england scotland wales cymru")


def position_before(doc: ActorDocument, position: int) -> bool:
    """'guard Tyrese Langford', 'the forward Ines Moreau': a player's position in lower case."""
    before = doc.tokens[position - 1] if position > 0 else None
    return before is not None and before.joined and before.text.islower() and before.folded in SPORTS_POSITIONS


# Words a page about sport writes in lower case: there a town's name alone is as often its side as the town.
_SPORT_TEXT_WORDS = word_set("club league match season coach fans stadium ground cup championship squad")


def about_sport(doc: ActorDocument) -> bool:
    """Whether the page writes of clubs, matches, seasons or squads in lower case anywhere."""
    return not _SPORT_TEXT_WORDS.isdisjoint(doc.lower_case)


_SIDE_STAFF = word_set("coach captain skipper manager boss")


def titled_nickname_after(doc: ActorDocument, last: int) -> bool:
    """A title's plural right after the name, ending the run: "the Oshawa Generals", "the Varnby Kings"."""
    tokens = doc.tokens
    if last + 1 >= len(tokens) or not tokens[last].joined:
        return False
    nickname = tokens[last + 1]
    ends = last + 2 >= len(tokens) or not nickname.joined or not tokens[last + 2].capitalised
    return nickname.capitalised and nickname.folded.endswith("s") and is_title(nickname.folded) and ends


def team_before_its_player(doc: ActorDocument, last: int) -> bool:
    """'Tarnby halfback Ilse Varn': a player's position (or the coach, the captain) in lower case right after
    the name, then a capitalised name."""
    tokens = doc.tokens
    if last + 2 >= len(tokens):
        return False
    role = tokens[last + 1]
    if not (role.text.islower() and (role.folded in SPORTS_POSITIONS or role.folded in _SIDE_STAFF)):
        return False
    if tokens[last].joined and role.joined:
        return tokens[last + 2].capitalised
    # "Linstead's coach, Marlon Reid", "Tarnby's goalkeeper Ola Brandt": the side's, in the possessive (a person's
    # family name the page has given is no side: "Varn's goalkeeper" is the manager's)
    between = doc.text[tokens[last].end : role.start].replace("’", "'")
    return (
        between == "'s "
        and tokens[last + 2].capitalised
        and doc.text[role.end : tokens[last + 2].start] in (" ", ", ")
        and tokens[last].folded not in doc.given_surnames
    )


def plural_alone_after_the(doc: ActorDocument, word: str) -> bool:
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


# A plural this common as a word ("stags", "pirates", "wolves") is a nickname, not a family name.
_NICKNAME_ZIPF = 2.5


_NICKNAME_OPENER_ZIPF = 4.0  # a town's or a county's word is rarer than "power" or "match"


# Heads of places that clubs are named with, after their town: "Port Vale", "Quarrington Park", "Paarl Valley"
# (a side that beat or drew with another by a score).
_HEADS_CLUBS_SHARE = word_set("vale park valley")


# Plural verbs a town's name takes only as its team, on a sports page: "Tarnby are close to signing him".
_TEAM_PLURAL_VERBS = word_set("are were have")


def side_in_a_result(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> bool:
    """'Ashgill beat Crossbeck', 'lost 4-2 at home to Dunstall Heath': a name next to a match's
    result on a sports page, with no given name and no person's family name in it (a player who
    "beat" another is named in full elsewhere), and no state (nations play too)."""
    tokens = doc.tokens
    place = doc.gazetteer.lookup(words)
    if doc.sports and _singular_name_in_the_plural(doc, position, last, words):
        return place is None or place.kind != "state"
    # (a town alone that is a given name too is the town's side: "drew 1-1 with Chelsea")
    town_alone = len(words) == 1 and place is not None and place.kind == "place"
    if (is_given_name(words[0]) and not town_alone) or words[-1] in doc.given_surnames:
        return False
    if has_cue(words) and not (len(words) > 1 and words[-1] in _HEADS_CLUBS_SHARE):
        return False
    if (place is not None and place.kind == "state") or words[0] in NATIONS_OF_A_UNION:
        return False
    if len(words) > 1 and is_surname(words[-1]) and _his_or_hers_after(doc, last):
        return False  # "Gwersyllt Evans won all three of his legs": a player by a given name no list knows
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
    start = tokens[position].start
    if _SCORE_LINE_AFTER.match(doc.text, tokens[last].end) or _SCORE_LINE_BEFORE.search(
        doc.text, max(0, start - 60), start
    ):
        return True  # "Kilmeena 1-11 Ballintubber 0-12": a result's line, each side with its score
    opens_clause = position in doc.sentence_first or doc.text.endswith(", ", 0, tokens[position].start)
    if doc.sports and _POINTS_BEHIND.match(doc.text, tokens[last].end):
        return True  # "Quellbridge, who trail Tarnmouth by four points": a side by its gap in the table
    if doc.sports and opens_clause and _SUFFERED_A_RESULT.match(doc.text, tokens[last].end):
        return True  # "Tarnby suffered a first home league defeat": the side a result befalls
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
    if doc.sports and before in _SIDES_BY_THEIR_STANDING and _standing_named(doc, position, words):
        return True  # "English premier league leaders Arsenal", "who trail pacemakers Tarnby by four points"
    if doc.sports and before in _TRAIL_VERBS and _POINTS_AFTER.match(doc.text, tokens[last].end):
        return True  # "who trail Tarnmouth by four points": the side ahead in the table
    if doc.sports and before in ("at", "by", "to") and _SIDE_AT_OR_BY.search(doc.text, max(0, start - 40), start):
        return True  # "held 0-0 at Everton", "beaten 2-1 by Quellham": the other side, by the result before it
    if doc.sports and before == "at" and position >= 2 and tokens[position - 2].folded in _RESULTS_AT:
        return True  # "Juventus drew at Quellano": the host side (not "the match in Tarnby", its town)
    if before in _SIDES_BY_THEIR_STANDING and position >= 3 and tokens[position - 1].joined:
        # "beat log leaders Quell Valley 27-24", "against champions Tarnby": the side a result's verb names
        reach = range(max(0, position - 4), position - 1)
        return any(tokens[k].folded in RESULT_BEFORE_SIDE and tokens[k].joined for k in reach)
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


# Nouns of a group that take a plural verb as ordinary words: "Police are", "Staff have", "Cattle were".
_COLLECTIVE_NOUNS = word_set(
    "police staff people cattle clergy personnel livestock poultry data media crew team family government "
    "committee council public youth folk faculty audience jury board army navy gentry offspring "
    "sheep deer fish swine aircraft management leadership opposition majority minority squad club side"
)
# Words that after "are"/"have" turn a sentence into a question or an inversion: "Where are they", "Never have we".
_PRONOUNS_AFTER_VERB = word_set("i you he she it we they there these those this that")


def _singular_name_in_the_plural(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> bool:
    """'Quellbury have agreed a fee', 'Tarnwick Albion are working on a move': a name of one or two words, its
    last no plural and no ordinary noun of a group, opening its clause before a plural verb and its participle,
    names a side (British English gives a club the plural, even one named as a woman is: "Chelsea have";
    "Officials have", "Police are" are plurals and groups)."""
    tokens = doc.tokens
    word = words[-1]
    if len(words) > 2 or last + 2 >= len(tokens) or not tokens[last + 1].joined:
        return False
    verb = tokens[last + 1]
    if not (verb.text.islower() and verb.folded in _TEAM_PLURAL_VERBS) or has_cue(words):
        return False
    if word in doc.lower_case or word in _COLLECTIVE_NOUNS or zipf(word) >= VERY_COMMON:
        return False
    if word.endswith("s") and not word.endswith(("us", "ss")):
        return False  # "Derbies are never pretty", "Analysts have said": a plural
    opens_clause = position in doc.sentence_first or doc.text.endswith(", ", 0, tokens[position].start)
    following = tokens[last + 2]
    return opens_clause and following.text.islower() and following.folded not in _PRONOUNS_AFTER_VERB


# The rest of a side's clause, ending in the match's score: "Namosi held on to the shield with a 15-10 win".
_RESULT_LATER = re.compile(r" [a-z][^.;:!?\"“”\n]{0,60}? with an? \d{1,3}-\d{1,3} (?:win|victory|defeat|loss|draw)\b")


_WINS_OVER = word_set("win wins victory victories triumph leap-frogged leapfrogged leapfrog leap-frog")
# A result at the other side's ground: "drew at Quellano", "lost at Tarnby", "the win at Tarnby" (on a sports page;
# not "won at", which a tournament takes: "won at Wimbledon").
_RESULTS_AT = word_set("drew draw lost loss defeat defeats beaten win victory")
# A gap in a league's table, after the side behind ("Quellbridge, who trail Tarnmouth by four points") or the
# side ahead ("trail Tarnmouth by four points").
_TRAIL_VERBS = word_set("trail trails trailed trailing")
_POINTS = r"by (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}) points?\b"
_POINTS_BEHIND = re.compile(r"(?:, who)? (?:trail|trails|trailed|lead|leads|led) (?:[\w'’-]+ ){1,3}" + _POINTS)
_POINTS_AFTER = re.compile(r" " + _POINTS)
# A result's verb (and its score) before "by" the side that won, or a score before "at" the side at home: "beaten
# 2-1 by Quellham", "were held 0-0 at Tarnby", "won 3-1 at Tarnby", "losing 1-0 to Tarnby" (not "held at Tarnby", a
# meeting's town).
_SIDE_AT_OR_BY = re.compile(
    r"(?:\b(?:beaten|held|defeated|edged|thrashed|hammered|trounced|routed|downed|stunned)(?: \d{1,3}[-–]\d{1,3})? by"
    r"|\b[a-z]+ \d{1,3}[-–]\d{1,3} at"
    r"|\b(?:lost|losing|lose|loses|went down) \d{1,3}[-–]\d{1,3} to) $"
)
# A player's pronouns, shortly after a name and its result: a side is "their" or "its" ("won all three of his legs").
_HIS_OR_HERS = word_set("his her himself herself")
_HIS_OR_HERS_REACH = 6


def _his_or_hers_after(doc: ActorDocument, last: int) -> bool:
    tokens = doc.tokens
    reach = range(last + 1, min(len(tokens), last + 1 + _HIS_OR_HERS_REACH))
    return any(tokens[k].folded in _HIS_OR_HERS for k in reach)


# A result that befalls a side, in the rest of its clause: "suffered a first home league defeat".
_SUFFERED_A_RESULT = re.compile(
    r" (?:suffered|suffers|slumped to|crashed to) [a-z][^.;:!?\"“”\n]{0,40}?\b(?:defeat|loss|draw)\b"
)


def _standing_named(doc: ActorDocument, position: int, words: tuple[str, ...]) -> bool:
    """'league leaders Arsenal', 'pacemakers Tarnby': a side by its standing, right before its name, on a
    sports page; a name no person bears (not 'opposition leaders Ana Varn')."""
    return len(words) <= 2 and not is_given_name(words[0]) and words[-1] not in doc.given_surnames


# Nouns for a side by its place in a league or a match, between a result's verb and the side's name.
_SIDES_BY_THEIR_STANDING = word_set(
    "leaders champions holders rivals strugglers neighbours neighbors visitors pacemakers pacesetters"
)

# A result's line: a side, its score, the other side and its score ("Tarnby 1-11 Quellmore 0-12", Gaelic games'
# goals and points; "Tarnby 2-1 Quellmore" in football's way).
_SCORE = r"\d{1,2}[-–]\d{1,2}"
_SIDE = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}"
# ...or a table's row: "| Tarnby Rovers | 27-24 | Quell Valley |".
_SCORE_LINE_AFTER = re.compile(rf" {_SCORE} {_SIDE} {_SCORE}\b| \| {_SCORE} \| [A-Z]")
_SCORE_LINE_BEFORE = re.compile(rf"(?:^|[\n:] ?){_SIDE} {_SCORE} $|\| {_SCORE} \| $")


# A match's score and its result right before a side, on any page: "a 3-1 win over Tarnby Town".
_SCORED_RESULT = re.compile(r"\b\d{1,2}[-–]\d{1,2} (?:win|victory|triumph) over $")


def score_before(doc: ActorDocument, position: int) -> bool:
    start = doc.tokens[position].start
    return (
        _SCORED_RESULT.search(doc.text, max(0, start - 30), start) is not None
        or _SCORE_LINE_BEFORE.search(doc.text, max(0, start - 60), start) is not None
    )


# A match's score right after a side, on any page: "beat Corby Vale 2-0", "drew 1-1 with Tarnby".
_SCORE_AFTER = re.compile(r" \d{1,2}[-–]\d{1,2}\b")


def score_after(doc: ActorDocument, last: int) -> bool:
    end = doc.tokens[last].end
    return _SCORE_AFTER.match(doc.text, end) is not None or _SCORE_LINE_AFTER.match(doc.text, end) is not None


def town_side_before_its_result(doc: ActorDocument, position: int, last: int) -> bool:
    """'Tarnby United beat Corby Vale 2-0', 'Liverpool won the match 2-0': a side named by its town (and a club's
    word), then its verb of a result and a score a few words on, on any page (a player's name is no town's)."""
    end = doc.tokens[last].end
    if not (doc.text.startswith(" ", end) and MATCH_RESULT.match(doc.text, end + 1)):
        return False
    words = tuple(doc.tokens[k].folded for k in range(position, last + 1))
    town = words if len(words) == 1 or words[-1] not in CLUB_HEADS else words[:-1]
    if doc.gazetteer.lookup(town) is not None or (len(words) > 1 and town != words):
        return True
    # "Nadroga Stallions beat Suva Highlanders 26-12": a side by its nickname's plural, which no player's name is
    return len(words) == 2 and words[-1].endswith("s") and club_without_the(doc, words)


def club_without_the(doc: ActorDocument, words: tuple[str, ...]) -> bool:
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


def nickname_alone(doc: ActorDocument, position: int, word: str) -> bool:
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


def team_nickname(doc: ActorDocument, words: tuple[str, ...]) -> bool:
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


_RARE_CLUB_WORD = 3.0  # "Betis" 1.9, "Sociedad" 2.6; not "Estate" 4.6 of "Real Estate"


def royal_spanish_club(doc: ActorDocument, position: int, last: int) -> bool:
    """'Real Madrid', 'Real Betis': Spanish clubs named "Real" (royal) and their town or their own rare word, not
    "Real Estate" nor "Real Time"."""
    tokens = doc.tokens
    if last != position + 1 or not tokens[last].text.istitle():
        return False
    word = tokens[last].folded
    town = doc.gazetteer.lookup((word,))
    if tokens[position].text in _CLUB_WORDS_BEFORE_THEIR_TOWN:
        # "Inter Milan", "Inter Miami", "Dynamo Kyiv", "Olympique Lyon": a club's word, then its town
        return town is not None and town.kind == "place"
    if tokens[position].text != "Real":
        return False
    return (town is not None and town.kind == "place") or zipf(word) < _RARE_CLUB_WORD


# Words that open a club's name before its town, in the clubs' own languages ("Internazionale", "Dynamo").
_CLUB_WORDS_BEFORE_THEIR_TOWN = frozenset(("Inter", "Dynamo", "Dinamo", "Olympique", "Atletico", "Atlético"))


# Plurals after a town's name that name no side: its games, its pacts and papers, its land and its people.
_NOT_A_SIDE_PLURALS = word_set(
    """
    olympics paralympics games championships masters finals trials talks accords agreements conventions protocols
    papers files tapes records minutes heights islands isles mountains hills falls springs gardens docks lakes sands
    keys woods flats rocks waters highlands lowlands plains downs commons meadows towers apartments studios lanes
    levels fens moors wolds dales broads marshes forests valleys glens narrows shoals reaches quays
    streets gates residents voters officials fans police workers farmers families schools hospitals councils
    """
)


def side_named_by_its_town(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> bool:
    """'the San Francisco Giants', 'the Leicester Tigers': a town (or a region) the gazetteer knows, then a capitalised
    plural, after "the" inside a sentence (or on a sports page): a side by its town and its nickname, even when
    every word is a common one. Not its games ("the Beijing Olympics"), its pacts or its land ("Golan Heights")."""
    tokens = doc.tokens
    nickname = words[-1]
    if len(words) < 2 or len(nickname) < 4 or not nickname.endswith("s") or nickname.endswith(("ss", "us")):
        return False
    if nickname in _NOT_A_SIDE_PLURALS or not tokens[last].text[:1].isupper() or is_surname(nickname):
        return False  # ("the Simão Mendes hospital": a man's family name, no nickname)
    after_the = position > 0 and tokens[position - 1].folded == "the" and tokens[position - 1].joined
    if not (after_the or doc.sports or _after_a_side_and(doc, position)) or position in doc.sentence_first:
        return False
    town = doc.gazetteer.lookup(words[:-1])
    if town is None and len(words) >= 3 and tokens[last - 1].text.istitle() and _plain_word(words[-2]):
        # "the Toronto Blue Jays", "the Tampa Bay Devil Rays": a large town, a plain word and the plural
        town = doc.gazetteer.lookup(words[:-2])
        town = town if town is not None and town.population >= _SIDES_TOWN else None
    if town is None or town.kind == "state":
        return False
    # "the Golden Globes": an everyday word that is only a small town's name names no side off a sports page
    everyday = len(words) == 2 and zipf(words[0]) >= _EVERYDAY_TOWN_WORD and town.population < _SIDES_TOWN
    return doc.sports or not everyday


def _after_a_side_and(doc: ActorDocument, position: int) -> bool:
    """'the St. Louis Eagles and Boston Bruins': "and" after a side named with "the" (its "the" serves both)."""
    tokens = doc.tokens
    end = position - 2
    if end < 1 or tokens[position - 1].folded != "and" or not tokens[end].text.istitle():
        return False
    start = end
    while start > 0 and end - start < _LONGEST_SIDE and tokens[start - 1].capitalised and tokens[start - 1].joined:
        start -= 1
    words = tuple(t.folded for t in tokens[start : end + 1])
    return start > 0 and tokens[start - 1].folded == "the" and side_named_by_its_town(doc, start, end, words)


def _plain_word(word: str) -> bool:
    """A plain word that may stand in a side's nickname, no body's or place's head ("the London School Governors")."""
    return zipf(word) >= _PLAIN_WORD and word not in HEAD_WORD


_LONGEST_SIDE = 4  # words: "the Tampa Bay Devil Rays"
_PLAIN_WORD = 3.5  # Zipf: "blue" 5.2, "devil" 4.4, "maple" 3.8: a plain word between a town and its side's plural
_EVERYDAY_TOWN_WORD = 4.0  # Zipf: "golden" 4.7 (Golden, Colorado), "phoenix" 4.2 (a large city: kept)
_SIDES_TOWN = 100_000  # people: a town this big has sides known far beyond it


_RARE_FIRST_NAME = 3.0  # Zipf: "Tevin" 1.9, "Kemar" 1.2; "Harbour" 4.3, "Tarnby" 0 (a town no list knows is rare too)


def scorer_before_scored(doc: ActorDocument, last: int, words: tuple[str, ...]) -> bool:
    """'Tevin Quellbrook scored twice': two words before "scored", the first a given name or a rare
    word that names no place, the last no club's word nor a plural nickname: a player (a side scores as "Tarnby
    Rovers" or "Harbour View", by a club's word, a plural or common words)."""
    tokens = doc.tokens
    if last + 1 >= len(tokens) or tokens[last + 1].text != "scored" or not tokens[last].joined:
        return False
    first, family = words
    return (
        (is_given_name(first) or zipf(first) < _RARE_FIRST_NAME)
        and family not in CLUB_HEADS
        and not family.endswith("s")
        and doc.gazetteer.lookup((first,)) is None
        and doc.gazetteer.lookup(words) is None
        and not has_cue(words)
    )
