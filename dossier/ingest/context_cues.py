"""What the words around a name say it is: an apposition, a definition, the phrase after it, a person's noun before
it.
"""

from __future__ import annotations

import re

from dossier.ingest.actor_document import ActorDocument, cased
from dossier.ingest.common_words import COMMON, zipf
from dossier.ingest.cues import (
    AFTER_HYPHEN,
    AFTER_POSSESSIVE,
    APPOSITION_HEAD,
    APPOSITION_HEAD_ENDS,
    ARMED_GROUP_NOUNS_BEFORE,
    ARMED_MODIFIERS,
    BACKING_PHRASES,
    BAND_NOUNS,
    BAND_SIZES,
    BASE_AFTER_HYPHEN,
    BODY_APPOSITION_HEADS_LAST,
    BODY_BEFORE_COMMA,
    BODY_CLAUSE_PARTICIPLES,
    BROADCAST_HEADS,
    BROADCAST_MODIFIERS,
    CARRIER_HEADS,
    FAITH_ADJECTIVES_ALSO_NAMES,
    FAITHS_ADJECTIVES,
    FIRM_ROLES_BEFORE_COMMA,
    FORMER_STAFF_NOUNS,
    FUNCTION_WORDS,
    GROUP_BY_WHAT_IT_FIGHTS_AS,
    KIN_AFTER_POSSESSIVE,
    LAND_APPOSITION_HEADS,
    NAME_PARTICLES,
    NAME_WORD,
    PERSON_AFTER_POSSESSIVE,
    PERSON_BEFORE_COMMA,
    PERSON_NOUN_ENDINGS,
    PERSON_NOUNS_OPENING,
    PERSON_PHRASE_BEFORE,
    PHRASE_AFTER,
    PHRASE_BEFORE,
    PLACE_PREPOSITIONS,
    POSSESSIVE_DETERMINERS,
    POSTS_AFTER_A_TITLE,
    STAFF_AFTER_POSSESSIVE,
    SUPPLY_PHRASES,
    TITLES,
    TOOL_PRONE_PHRASES,
    TOWN_TRADES,
    TRADES_AFTER_BASED,
    VESSEL_MODIFIERS,
    WHICH_BODY_PARTICIPLES,
    Cue,
)
from dossier.ingest.firm_sales import ONLINE_FROM, about_software, shop_online
from dossier.ingest.gazetteer import is_region
from dossier.ingest.governed_names import after_a_preposition
from dossier.ingest.grouping import Candidate
from dossier.ingest.list_cues import noun_after_list
from dossier.ingest.lone_leaders import leader_before_possessive
from dossier.ingest.mentions import Token
from dossier.ingest.military_names import fighters_before
from dossier.ingest.name_words import WORD_ALONE, has_cue, is_title
from dossier.ingest.names import KOREAN_SURNAMES, is_given_name, is_surname, word_set
from dossier.ingest.person_names import ends_with_surname, starts_with_given_name
from dossier.ingest.town_cues import lower_article_before
from dossier.model import ActorKind

_KNOWN_AS = frozenset({("known", "as"), ("known", "locally", "as")})


def _own_article_after_naming(doc: ActorDocument, position: int) -> bool:
    """'the gang known as the Quellnet Boys', 'a militia called the Tarka Guard': "the" opens the name a body
    goes by, after the words that give it; the phrase before it says the kind still."""
    tokens = doc.tokens
    return (
        position > 1
        and tokens[position - 1].text == "the"
        and tokens[position - 1].joined
        and tokens[position - 2].joined
        and tokens[position - 2].folded in ("as", "called")
    )


def _state_possessive_before(doc: ActorDocument, position: int) -> bool:
    """Whether a state's name in the possessive stands right before the name at `position` ("Russia's Rosatom")."""
    if position < 2:
        return False
    owner = doc.tokens[position - 1]
    place = doc.gazetteer.lookup((owner.folded,))
    gap = doc.text[owner.end : doc.tokens[position].start]
    return place is not None and place.kind == "state" and gap in ("'s ", "’s ")


# A centre is a body by its field of work ("the human rights centre", "a policy research center"), a place by
# what it holds ("a shopping centre", "the detention centre"), so only the field's word makes one a body.
_CENTRES = frozenset(("centre", "center"))
_FIELDS_OF_A_CENTRE = word_set("rights research policy studies legal advocacy documentation monitoring analysis")
# An operator is a firm by the network or the site it runs ("the Danish grid operator", "a ferry operator"), a
# person by the machine ("a crane operator", "the camera operator"), so only a network's word makes one a body.
_OPERATORS = frozenset(("operator", "operators"))
_RUN_BY_AN_OPERATOR = word_set(
    "grid network transmission pipeline port terminal rail railway train bus ferry airport telecom telecoms "
    "mobile satellite tour market exchange system utility nuclear"
)


# "the appliance maker Skaldvik", "a saddle maker, Brookfold": what a firm makes, then "maker" (its own trades
# are in `PHRASE_BEFORE`: "battery maker", "drugmaker"); a given name after it makes a craftsman, read before.
_MAKERS = frozenset(("maker",))
# ... but not who makes films, policy or peace: "the film maker Tarnby", "a decision maker" are people.
_MADE_BY_PEOPLE = word_set("film movie documentary decision policy law rule peace match king money trouble mischief")


def _maker_of_goods(doc: ActorDocument, begin: int) -> bool:
    """Whether the two words from `begin` are a noun of goods in lower case, then "maker"."""
    goods, maker = doc.tokens[begin], doc.tokens[begin + 1]
    return (
        maker.folded in _MAKERS
        and goods.text.isalpha()
        and goods.text.islower()
        and goods.folded not in FUNCTION_WORDS
        and goods.folded not in _MADE_BY_PEOPLE
        and not goods.folded.endswith(("ly", "ing"))
    )


def _maker_of_a_people(doc: ActorDocument, begin: int, last: int) -> bool:
    """'the German maker Brosvik', 'Swiss manufacturer Kantobel': a people's adjective, then "maker" or
    "manufacturer", before a one-word name that is no given name (business news names a firm by its country and
    its trade; a craftsman there has two names: "the Welsh maker Josiah Quell")."""
    people, maker = doc.tokens[begin], doc.tokens[begin + 1]
    return (
        maker.folded in _MAKERS_OF_A_PEOPLE
        and maker.text.islower()
        and people.capitalised
        and last == begin + 2
        and doc.gazetteer.country_of_demonym(people.folded) is not None
        and not is_given_name(doc.tokens[last].folded)
        and not is_surname(doc.tokens[last].folded)
    )


_MAKERS_OF_A_PEOPLE = frozenset(("maker", "manufacturer"))


# A job named by the department it heads: "Head of Retail Banking at Barclays".
_JOB_OF = frozenset({("head", "of"), ("director", "of")})
_EVERYDAY_DEPARTMENT_WORD = 3.5  # "lending" 3.9, "procurement" 3.7


def _department_at_a_firm(doc: ActorDocument, position: int, last: int) -> bool:
    """The name is everyday words, then "at" and a capitalised word: a department inside that firm."""
    tokens = doc.tokens
    if last + 2 >= len(tokens) or tokens[last + 1].folded != "at" or not tokens[last + 2].capitalised:
        return False
    words = [tokens[k].folded for k in range(position, last + 1) if tokens[k].folded not in ("and", "&")]
    return all(zipf(word) >= _EVERYDAY_DEPARTMENT_WORD and not is_given_name(word) for word in words)


# Who founds something right before "founded": a pronoun, "who", or an adverb of when ("later founded").
_FOUNDERS = word_set("he she they we i who later also jointly then")


def _founded_by_someone(doc: ActorDocument, position: int, last: int) -> bool:
    """'Ilse Varn founded Quorrel in 2021', 'she founded Tarnwell': what a person founds is a body (a firm, a
    charity, a band); a town founded long ago is one the gazetteer knows ("the Romans founded Londinium"
    aside, which it does not, is rare in the news)."""
    tokens = doc.tokens
    # (an article may stand between: "Ilse Varn founded The Tarn Brat", "she founded the Quell Review")
    verb = position - 2 if position >= 3 and tokens[position - 1].folded == "the" else position - 1
    if verb < 1 or tokens[verb].text != "founded" or not tokens[verb - 1].joined:
        return False
    founder = tokens[verb - 1]
    by_a_name = founder.capitalised and founder.folded not in FUNCTION_WORDS
    if not (founder.folded in _FOUNDERS or by_a_name):
        return False
    return doc.gazetteer.lookup(tuple(tokens[k].folded for k in range(position, last + 1))) is None


def _founder(tokens: list[Token], position: int) -> Token:
    """The word before "founded" (and its "the") before the name at `position`."""
    return tokens[position - 3] if tokens[position - 1].folded == "the" else tokens[position - 2]


def _group_of_a_named_body(doc: ActorDocument, position: int, last: int) -> bool:
    """'Tarnby Pubs, part of Quellhaus, declined': ", part of" set after a name is the group that owns it, a
    body (without the comma, "part of" is as often a land's: "part of Ukraine"); a place the gazetteer knows
    is left to it ("Tarnby, part of Quellshire")."""
    tokens, text = doc.tokens, doc.text
    if position < 3 or tokens[position - 1].text != "of" or tokens[position - 2].text != "part":
        return False
    if text[tokens[position - 3].end : tokens[position - 2].start] != ", " or not tokens[position - 3].capitalised:
        return False
    return doc.gazetteer.lookup(tuple(tokens[k].folded for k in range(position, last + 1))) is None


# A side's players by their role, between the side's name and the player's: "Quellmore driver Ola Brandt".
_PLAYERS_OF_A_SIDE = frozenset(
    ("driver", "drivers", "striker", "midfielder", "defender", "goalkeeper", "winger", "forward", "keeper", "captain")
)


def side_before_its_player(doc: ActorDocument, position: int, last: int) -> bool:
    """'Quellmore driver Ola Brandt': a name (no place's, no people's adjective) before a player's role in lower
    case and the player's capitalised name is the side he plays for."""
    tokens, text = doc.tokens, doc.text
    if last + 2 >= len(tokens):
        return False
    role, player = tokens[last + 1], tokens[last + 2]
    return (
        text[tokens[last].end : role.start] == " "
        and role.folded in _PLAYERS_OF_A_SIDE
        and role.text.islower()
        and player.capitalised
        and text[role.end : player.start] == " "
        and doc.gazetteer.lookup(tuple(tokens[k].folded for k in range(position, last + 1))) is None
        and doc.gazetteer.country_of_demonym(tokens[last].folded) is None
    )


# Those who work for a body, by their trade, between the body's name and theirs: "Quellbank economist Ola Brandt".
_STAFF_OF_A_BODY = word_set(
    "economist economists analyst analysts strategist strategists spokesman spokeswoman staffer counsellor counselor"
)
# Endings of the adjectives of a school or a camp ("Keynesian economist", "Democratic strategist"), no employer's.
_ADJECTIVE_ENDINGS = ("ian", "an", "ic", "ist", "ish", "ese")
_EMPLOYER_ZIPF = 4.5  # a more frequent word before the trade is an ordinary one ("Senior economist Ola Brandt")


def employer_before_its_staff(doc: ActorDocument, position: int, last: int) -> bool:
    """'said Quellbank economist Ola Brandt': one name (no place's, no people's adjective, no school's) before a
    trade of those who work for a body, in lower case, and the worker's capitalised name is the employer."""
    tokens, text = doc.tokens, doc.text
    if position != last or last + 2 >= len(tokens):
        return False
    name, role = tokens[last], tokens[last + 1]
    field = None
    if (
        role.folded not in _STAFF_OF_A_BODY
        and role.text.isalpha()
        and role.text.islower()
        and role.folded not in FUNCTION_WORDS
        and last + 3 < len(tokens)
    ):
        # "said Quellcare security counsellor Ila Rossvik": the field of the trade between the two
        field, role = role, tokens[last + 2]
    worker = tokens[last + (3 if field is not None else 2)]
    if not (role.folded in _STAFF_OF_A_BODY and role.text.islower() and worker.capitalised):
        return False
    if field is not None and text[field.end : role.start] != " ":
        return False
    if text[name.end : (field or role).start] != " " or text[role.end : worker.start] != " " or is_title(name.folded):
        return False
    branded = any(letter.isupper() for letter in name.text[1:])  # "JPMorgan", "NRG": no ordinary word's casing
    if not branded and (name.folded.endswith(_ADJECTIVE_ENDINGS) or zipf(name.folded) >= _EMPLOYER_ZIPF):
        return False
    return doc.gazetteer.lookup((name.folded,)) is None and doc.gazetteer.country_of_demonym(name.folded) is None


def context_cue(doc: ActorDocument, position: int, last: int) -> tuple[Cue, str] | None:
    """What the words around a name say it is: 'the fight against Varnak', 'members of Varnak',
    'Varnak claimed responsibility', 'Varnak's leader', 'Varnak-held'."""
    tokens, text = doc.tokens, doc.text
    # "the group known as al-Varnak": the phrase stands before the name's article in lower case
    opening = position - 1 if lower_article_before(doc, position) else position
    if opening == position and _state_possessive_before(doc, position):
        opening = position - 1  # "a subsidiary of Russia's Rosatom": the phrase governs the state's firm
    if opening == position and _own_article_after_naming(doc, position):
        opening = position - 1  # "the militia known as the Quellan Guard"
    for size in (3, 2, 1):
        begin = opening - size
        if begin < 0 or not all(tokens[k].joined for k in range(begin, opening)):
            continue
        phrase = tuple(tokens[k].folded for k in range(begin, opening))
        cue = PHRASE_BEFORE.get(phrase)
        if phrase in _KNOWN_AS and fighters_before(doc, begin):
            # "The insurgents, known locally as al-Varnak, ...": the name fighters go by is their group's
            return Cue(ActorKind.organization, 0.6), "the name fighters are known by"
        if phrase == ONLINE_FROM and shop_online(doc, position) and not about_software(doc, position, last):
            # "buy the same titles online from Pagewell" (not "joined the meeting online from Tarrowby")
            return Cue(ActorKind.organization, 0.55), "after 'online from' and a word of buying"
        if phrase in TOOL_PRONE_PHRASES and about_software(doc, position, last):
            return None  # "Rivals include Sniffwell, a linter": a tool, not a firm
        if phrase in _JOB_OF and _department_at_a_firm(doc, position, last):
            return None  # "Head of Retail Banking at Barclays": a firm's department, no body of its own
        if phrase in BACKING_PHRASES and noun_after_list(doc, last):
            return None  # "backed by Harlow and Tarnby councils": the councils back it
        if phrase in SUPPLY_PHRASES and (noun_after_list(doc, last) or about_software(doc, position, last)):
            # "supplies Thornmere and Calverley councils": the councils are supplied; "lints are available
            # from Clippy": a tool.
            return None
        if cue is None and size == 2 and _maker_of_goods(doc, begin):
            cue = Cue(ActorKind.organization, 0.55)  # "the Danish appliance maker Skaldvik": a firm by its goods
        if cue is None and size == 2 and _maker_of_a_people(doc, begin, last):
            cue = Cue(ActorKind.organization, 0.55)  # "the German maker Brosvik": a nation's maker, one word
        if cue is None and last > position:
            cue = PERSON_PHRASE_BEFORE.get(phrase)
        if cue is not None and _possessor(doc, last):
            break  # "joined Ilse Varn's Tremmin Front": the phrase governs what is hers, not her
        if cue is not None:
            return cue, f"after '{' '.join(phrase)}'"
    if _founded_by_someone(doc, position, last):
        return Cue(ActorKind.organization, 0.55), f"founded by '{_founder(tokens, position).text}'"
    if _group_of_a_named_body(doc, position, last):
        return Cue(ActorKind.organization, 0.55), "the group after ', part of'"
    if _body_named_after_its_noun(doc, position):
        # "the country's most powerful mafia network, the 'Ndrangheta": the body its noun and "the" name
        return Cue(ActorKind.organization, 0.6), f"after '{tokens[position - 2].text}, the'"
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
    if gap == ", " and _town_of_a_land_based(doc, last + 1):
        # "the Redmond, Washington-based company": a town, then its land and "-based"
        return Cue(ActorKind.place, 0.55), f"a town before '{following.text}-based'"
    if gap in ("'s ", "’s ") and last == position and _member_named_after(tokens, last + 1):
        # "Frelimo's Daniel Chapo": a one-word name whose member is named after its possessive is a body
        return Cue(ActorKind.organization, 0.5), f"'{tokens[last].text}{gap}{following.text}', a member named"
    if (
        gap in ("'s ", "’s ")
        and last == position + 1
        and tokens[last].folded != "staff"  # "the Joint Staff's Operations Directorate": a body owns it
        and _body_named_after(tokens, last + 1)
    ):
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
        if cue is None and (held := leader_before_possessive(doc, position, last)) is not None:
            # "Varnek's government", "Varnek's office said": a leader named by the family name alone
            return Cue(ActorKind.person, 0.55), f"'{tokens[last].text}{gap}{held}', a leader's"
        return (cue, f"'{tokens[last].text}{gap}{following.text}'") if cue is not None else None
    if side_before_its_player(doc, position, last):
        # "Quellmore driver Ola Brandt", "Tarnby striker Ilse Varn": the side a named player plays for
        return Cue(ActorKind.organization, 0.55), f"a side before its '{following.text}'"
    if employer_before_its_staff(doc, position, last):
        # "said Quellbank economist Ola Brandt": the body a named economist or spokesman works for
        return Cue(ActorKind.organization, 0.55), f"an employer before its staff ('{following.text}')"
    if not tokens[last].joined:
        return None
    if gap in ("-", "‐"):
        cue = AFTER_HYPHEN.get(following.folded)
        if cue is None and _body_after(tokens, last + 2):
            cue = BASE_AFTER_HYPHEN.get(following.folded)  # not "the Unicode-based string type": no body is based
        return (cue, f"'{tokens[last].text}-{following.text}'") if cue is not None else None
    return phrase_after(doc, last)


def _town_of_a_land_based(doc: ActorDocument, k: int) -> bool:
    """'Redmond, Washington-based', 'Tarnvale, Ohio-based': a state or a region of one word (a known place), then
    "-based" or "-headquartered" before a body: the name before the comma is the town in it."""
    tokens = doc.tokens
    if k + 1 >= len(tokens) or doc.text[tokens[k].end : tokens[k + 1].start] not in ("-", "‐"):
        return False
    if tokens[k + 1].folded not in BASE_AFTER_HYPHEN or not _body_after(tokens, k + 2):
        return False
    return cased(tokens[k]) and doc.gazetteer.lookup((tokens[k].folded,)) is not None


def _body_after(tokens: list[Token], k: int) -> bool:
    """'-based contractor Quell Joinery', '-based Quell Joinery': a body's name or its trade's noun after "-based"."""
    if k >= len(tokens) or not tokens[k - 1].joined:
        return False
    word = tokens[k]
    return word.capitalised or (
        word.text.islower()
        and (word.folded in TOWN_TRADES or word.folded in APPOSITION_HEAD or word.folded in TRADES_AFTER_BASED)
    )


def particle_at(doc: ActorDocument, k: int) -> bool:
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


# A meeting named after where it met: "the Tremmin Conference", "the Varn Summit".
_MEETINGS = word_set("conference summit")


def met_in(doc: ActorDocument, position: int, words: tuple[str, ...]) -> Candidate | None:
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


def place_opens_the_clause(doc: ActorDocument, position: int, words: tuple[str, ...], cue: Cue) -> bool:
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


def _owner_named_after(tokens: list[Token], k: int) -> bool:
    """'a unit of Centrica', 'an arm of Aviva': "of" and a capitalised name right after the arm's noun at `k`
    ("a unit of the army" names no owner)."""
    return (
        k + 2 < len(tokens)
        and tokens[k].joined
        and tokens[k + 1].text == "of"
        and tokens[k + 1].joined
        and tokens[k + 2].text[:1].isupper()
    )


# Prepositions that open a sentence with a phrase the first comma closes: "Under the leadership of Ilse Varn, the group
# grew", "After the death of Tomas Quell, the movement split". The noun after that comma opens the sentence's clause.
_OPENING_PREPOSITIONS = frozenset(
    {"under", "after", "following", "despite", "with", "since", "during", "before", "upon"}
)
_OPENING_PHRASE_WORDS = 6


def _ends_an_opening_phrase(doc: ActorDocument, last: int) -> bool:
    """Whether the name ending at `last` is the object of "of" in a phrase that opens its sentence with a preposition,
    no comma before it: the comma after the name then closes that phrase, and what follows is no apposition."""
    tokens, text = doc.tokens, doc.text
    first = last
    while (
        first > 0
        and tokens[first - 1].joined
        and (cased(tokens[first - 1]) or tokens[first - 1].folded in NAME_PARTICLES)
    ):
        first -= 1
    of = first - 1
    if of < 1 or tokens[of].folded != "of" or not tokens[of].joined:
        return False
    for k in range(of - 1, max(-1, of - 1 - _OPENING_PHRASE_WORDS), -1):
        if k in doc.sentence_first:
            opener = tokens[k]
            return opener.folded in _OPENING_PREPOSITIONS and "," not in text[opener.start : tokens[first].start]
    return False


# Words of an opening phrase that may stand between its participle and "by": "Started in 2017 by serial
# entrepreneurs A and B,".
_PARTICIPLE_PHRASE_WORDS = 8
_WORDS_BEFORE_THE_NAMES = 3


def _ends_an_opening_participle_phrase(doc: ActorDocument, last: int) -> bool:
    """'Founded by Ilse Varn, the company grew', 'Started in 2017 by A and B, the firm ...': the name (or the last of
    names joined by "and") after "by" in a phrase opening its sentence with a past participle, no comma before it;
    the comma after the name closes that phrase, and what follows is the sentence's subject, no apposition."""
    tokens, text = doc.tokens, doc.text
    first = last
    while first > 0 and tokens[first - 1].joined:
        previous = tokens[first - 1]
        if cased(previous) or previous.folded in NAME_PARTICLES or (previous.folded == "and" and first - 2 >= 0):
            first -= 1
            continue
        break
    by = first - 1
    while by > first - 1 - _WORDS_BEFORE_THE_NAMES and by >= 1 and tokens[by].text.islower() and tokens[by].joined:
        if tokens[by].folded == "by":
            break
        by -= 1  # "by serial entrepreneurs A and B"
    if by < 1 or tokens[by].folded != "by" or not tokens[by].joined:
        return False
    for k in range(by - 1, max(-1, by - 1 - _PARTICIPLE_PHRASE_WORDS), -1):
        if k in doc.sentence_first:
            opener = tokens[k]
            opening = opener.folded.endswith("ed") and "," not in text[opener.start : tokens[last].start]
            return opening and _main_verb_after(tokens, last)
    return False


# The main clause's verb soon after the subject that follows the opening phrase: "..., the company now has",
# "..., the firm grew" (a description with no such verb is the name's apposition: "Designed in Kendal by Kestrel
# Outdoor, the family firm founded by a fell runner").
_MAIN_CLAUSE_VERBS = word_set(
    "has have had is are was were will would now grew employs operates serves runs sells counts became remains "
    "raised said says plans"
)
_SUBJECT_WORDS = 5


def _main_verb_after(tokens: list[Token], last: int) -> bool:
    return any(
        tokens[k].folded in _MAIN_CLAUSE_VERBS for k in range(last + 1, min(len(tokens), last + 2 + _SUBJECT_WORDS))
    )


def apposition(doc: ActorDocument, last: int, *, copula: bool = False) -> tuple[Cue, str] | None:
    """'Varnak, the country's largest bank,', 'Tremmin, a town near the border', 'Ilse Quistel, the
    group's spokesman': the head noun of a description set after the name says what it is. With `copula`,
    a definition after "is" or "was" does too: "Tremmin is a town in the north" (a reference work's
    first sentence)."""
    tokens, text = doc.tokens, doc.text
    if last + 3 >= len(tokens):
        return None
    other_names = _past_other_names(doc, last) if copula else last
    if other_names != last:
        # "Varnstorm, also known as Iron Lantern, is a hacker group": the definition after the other names
        verb, article = tokens[other_names + 1], other_names + 2
        if text[tokens[other_names].end : verb.start] != ", " or verb.folded not in ("is", "was"):
            return None
        if tokens[article].folded not in ("the", "a", "an") or not tokens[article].joined:
            return None
        return _described_head(doc, last, article)
    if copula and _copula_after(doc, last):
        article = last + 2
        if tokens[article].folded not in ("the", "a", "an") or not tokens[article].joined:
            return None
        return _described_head(doc, last, article)
    post = _post_in_brackets(doc, last)
    if post is not None:
        return post  # "Linton Varnbrook (Clerk)", "Ann Tarvey (Treasurer)": a post held, so a person
    # (" , ": a page's markup may leave a space before the comma: "Luo Huining , the new director")
    if text[tokens[last].end : tokens[last + 1].start] not in (", ", " , "):
        return None
    if _ends_an_opening_phrase(doc, last) or _ends_an_opening_participle_phrase(doc, last):
        return None  # "Under the leadership of Ilse Varn, the group emerged": the comma closes the opening phrase
    article = last + 1
    if tokens[article].folded in _BEFORE_ARTICLE and tokens[article].text.islower() and tokens[article].joined:
        article += 1  # "Tegwen Ashby-Rhys, now a captain with Stena Line, said"
    if tokens[article].text == "its" and tokens[article].joined:
        return _arm_of_its_owner(doc, last, article)  # "Waymo, its self-driving unit,": a body's own arm
    if _one_of_after(tokens, article):
        # "Panthera, one of Australia's biggest debt collection firms,": one of a kind, its head in the plural
        inner = article + 2
        owner = _place_owning_the_description(doc, inner)
        if owner is not None:
            return _described_head(doc, last, owner, plural=True)
        if tokens[inner].folded in ("the", "its", "their") and tokens[inner].joined:
            return _described_head(doc, last, inner, plural=True)
        return None
    owner = _place_owning_the_description(doc, article)
    if owner is not None:
        return _described_head(doc, last, owner)  # "Varnoexport, Russia's state arms exporter,"
    if tokens[article].folded not in ("the", "a", "an") or not tokens[article].joined:
        return _bare_title_apposition(doc, last)
    job = _capitalised_job(doc, article)
    if job is not None:
        return job
    return _described_head(doc, last, article)


# Job heads an NGO's or a firm's staff page writes with capitals after "a": "a Camp Manager", "a Senior Field
# Officer", "a Team Leader" (with the titles of `TITLES`).
_CAPITALISED_JOB_HEADS = word_set("manager assistant specialist technician worker")
_JOB_WORDS = 4
# One of a faith or a caste, alone between commas after a name: "Tharvesh, a Dalit, lodged a complaint".
_BELIEVERS_AND_CASTES = FAITHS_ADJECTIVES | FAITH_ADJECTIVES_ALSO_NAMES | word_set("dalit adivasi brahmin")


def _capitalised_job(doc: ActorDocument, article: int) -> tuple[Cue, str] | None:
    """'Ilse Varn, a Senior Field Officer working in Tarnia,': "a", then a job in capitalised words and a word in
    lower case or a stop: the post its holder has, so the name is a person's."""
    tokens, text = doc.tokens, doc.text
    if tokens[article].folded not in ("a", "an"):
        return None
    k = article + 1
    while k < len(tokens) and k <= article + _JOB_WORDS and cased(tokens[k]) and tokens[k - 1].joined:
        k += 1
    head = k - 1
    if head == article or (k < len(tokens) and tokens[head].joined and cased(tokens[k])):
        return None
    believer = (
        head == article + 1 and tokens[head].folded in _BELIEVERS_AND_CASTES and text.startswith(",", tokens[head].end)
    )
    if not (is_title(tokens[head].folded) or tokens[head].folded in _CAPITALISED_JOB_HEADS or believer):
        return None  # ("Shivan, a Dalit, lodged a complaint": one of a faith or a caste, set apart by commas)
    return Cue(ActorKind.person, 0.65), f"', {text[tokens[article].start : tokens[head].end]}'"


# Posts a club's, a council's or a society's minutes write in brackets after who holds them.
_BRACKETED_POSTS = word_set("clerk chair chairman chairwoman chairperson treasurer secretary vice-chair minutes-taker")


def _post_in_brackets(doc: ActorDocument, last: int) -> tuple[Cue, str] | None:
    """'Linton Varnbrook (Clerk)': one post word alone in brackets after a name is the post
    its holder has, so the name is a person's (a body in brackets would be capitalised and longer)."""
    tokens, text = doc.tokens, doc.text
    post = tokens[last + 1]
    if text[tokens[last].end : post.start] != " (" or text[post.end : post.end + 1] != ")":
        return None
    if post.folded not in _BRACKETED_POSTS:
        return None
    return Cue(ActorKind.person, 0.7), f"a post in brackets '({post.text})'"


def _place_owning_the_description(doc: ActorDocument, k: int) -> int | None:
    """The last word of a place the gazetteer knows, opening a description in its possessive where an article
    would ("Russia's state arms exporter", "South Korea's largest shipbuilder"), or None."""
    tokens = doc.tokens
    for size in (3, 2, 1):
        run = tokens[k : k + size]
        if (
            len(run) == size
            and all(t.capitalised for t in run)
            and doc.text[run[-1].end : run[-1].end + 3] in ("'s ", "’s ")
            and doc.gazetteer.lookup(tuple(t.folded for t in run)) is not None
        ):
            return k + size - 1
    return None


_OTHER_NAMES = (", also known as ", ", known as ", ", formerly ", ", also called ")
_OTHER_NAMES_REACH = 100  # characters of the other names between their opening and closing commas


def _past_other_names(doc: ActorDocument, last: int) -> int:
    """The last word of "..., also known as X and Y," after the name that ends at `last`, so that what follows
    ("is a hacker group") is read of the name; `last` itself when no other names follow it."""
    tokens, text = doc.tokens, doc.text
    if not text.startswith(_OTHER_NAMES, tokens[last].end):
        return last
    close = text.find(",", tokens[last].end + 2, tokens[last].end + _OTHER_NAMES_REACH)
    if close < 0 or "." in text[tokens[last].end : close]:
        return last
    k = last + 1
    while k + 1 < len(tokens) and tokens[k].end < close:
        k += 1
    return k if tokens[k].end == close and k + 3 < len(tokens) else last


_COPULAS = word_set("is was are were")


def _copula_after(doc: ActorDocument, last: int) -> bool:
    """Whether "is" or "was" follows the name that ends at `last`, then a word ("Tremmin is a town"); or "are",
    "were" after a name in the plural ("The Foyle Lanterns are a Northern Irish rock band")."""
    tokens = doc.tokens
    verb = tokens[last + 1]
    return (
        tokens[last].joined
        and verb.folded in _COPULAS
        and verb.text.islower()
        and doc.text[tokens[last].end : verb.start] == " "
        and verb.joined
    )


def defined_at_start(doc: ActorDocument, position: int, words: tuple[str, ...]) -> bool:
    """Whether a name opening its sentence may be the subject of a definition after it: a name of more
    than one word, or one no ordinary word ("Life is a party" defines no body named Life); after "The" too, when
    the name is more than one word ("The Foyle Lanterns are a rock band")."""
    if position - 1 in doc.sentence_first and doc.tokens[position - 1].text == "The" and len(words) > 1:
        return True
    return position in doc.sentence_first and (len(words) > 1 or zipf(words[0]) < WORD_ALONE)


# Verbs of speech after a description, which make it the speaker of a clause after the name: "X, an official said".
_SPEECH_AFTER_A_DESCRIPTION = word_set("said says told tells added adds")


def _speech_after(tokens: list[Token], end: int) -> bool:
    """Whether a verb of speech follows the head noun at `end` in its phrase."""
    return (
        end + 1 < len(tokens)
        and tokens[end].joined
        and tokens[end + 1].text.islower()
        and tokens[end + 1].folded in _SPEECH_AFTER_A_DESCRIPTION
    )


def _one_of_after(tokens: list[Token], k: int) -> bool:
    """Whether "one of" stands at `k` (the description after it names a kind in the plural)."""
    return (
        k + 2 < len(tokens)
        and tokens[k].text == "one"
        and tokens[k + 1].text == "of"
        and tokens[k].joined
        and tokens[k + 1].joined
    )


def _singular(word: str) -> str:
    """'firms' -> 'firm', 'companies' -> 'company', 'businesses' -> 'business': a head noun's singular."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("sses"):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


# What a craftsman makes by hand, before "maker": "Ilse Varn, the furniture maker," is a person.
_CRAFTS = word_set(
    "furniture cabinet violin guitar instrument clock watch jewellery jewelry saddle shoe hat rope basket knife "
    "sword bow boat cider wine cheese bread lace quilt pottery"
)


def _goods_maker_named(tokens: list[Token], article: int, modifiers: list[str]) -> bool:
    """'Barry Callebaut, the chocolate maker,': "the", then goods a firm makes, then "maker": a firm named
    after its founder (not "the film maker", "the furniture maker", "a maker of clocks")."""
    return (
        tokens[article].folded == "the"
        and bool(modifiers)
        and modifiers[-1] not in _MADE_BY_PEOPLE
        and modifiers[-1] not in _CRAFTS
    )


# Words a description's head may stand after its article: "Quell Bridge, a London-based private equity and investment
# research firm," (ten words; a longer one is a clause).
_DESCRIPTION_REACH = 11


# The second half of an adjective written with a hyphen after a noun: "insurgency-plagued", "war-torn", "oil-rich".
_PARTICIPLE = re.compile(r"(?:ed|ing|torn|hit|ridden|rich)$")


def _described_head(doc: ActorDocument, last: int, article: int, *, plural: bool = False) -> tuple[Cue, str] | None:
    """The cue of the head noun of the description that opens with the article at `article`, and how (with
    `plural`, the head is read in the plural: "one of the biggest firms")."""
    tokens, text = doc.tokens, doc.text
    modifiers: list[str] = []
    skip = 0
    owned = False  # a possessive came before the head: "the agency's operations manager"
    opened_by_a_name = False  # a capitalised word opened the description: "a Tremmish armed group"
    for k in range(article + 1, min(len(tokens), article + _DESCRIPTION_REACH)):
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
        if token.capitalised and not modifiers and k == article + 1 and _two_word_people(doc, k):
            # "a Northern Irish indie rock band", "a South Korean shipbuilder": a people in two words, then the head
            modifiers.append(token.folded)
            opened_by_a_name, skip = True, k + 2
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
        if gap.startswith(("'s ", "’s ")) or (token.folded.endswith("s") and gap.startswith(("' ", "’ "))):
            modifiers = []  # "the group's spokesman", "the renters' union": the head comes after the possessive
            owned = True
            continue
        word, end = token.folded, k
        if k + 1 < len(tokens) and text[token.end : tokens[k + 1].start] == "-":
            compound = word + tokens[k + 1].folded
            if compound in APPOSITION_HEAD or is_title(compound):  # "the film-maker" is a person's job
                # "the Bristol audio start-up": a head noun written with a hyphen
                word, end, skip = compound, k + 1, k + 2
            elif word in BAND_SIZES and tokens[k + 1].folded == "piece":
                word, end, skip = "band", k + 1, k + 2  # "the Glasgow four-piece": a band by its players
            elif tokens[k + 1].text.islower() and _PARTICIPLE.search(tokens[k + 1].folded):
                # "Tremmin, the insurgency-plagued south,": a noun before a participle makes an adjective, no head
                modifiers.append(word)
                skip = k + 2
                continue
        if plural:
            word = _singular(word)
        cue = APPOSITION_HEAD.get(word)
        if cue is None and word in BAND_NOUNS and not (end + 1 < len(tokens) and tokens[end + 1].folded == "of"):
            cue = Cue(ActorKind.organization, 0.65)  # "Gwythien, the Welsh rock band," (not "a band of rebels")
        if cue is None and word in BROADCAST_HEADS and modifiers and modifiers[-1] in BROADCAST_MODIFIERS:
            cue = Cue(ActorKind.media, 0.7)  # "WQRT, the radio station that has broadcast the show since 1925,"
        if cue is None and word in _AGENTS and modifiers and modifiers[-1] in _AGENCY_TRADES:
            cue = Cue(ActorKind.organization, 0.6)  # "Dunvar Pike, the land agent that sold the site,": an agency
        if cue is None and word in _CENTRES and modifiers and modifiers[-1] in _FIELDS_OF_A_CENTRE:
            cue = Cue(ActorKind.organization, 0.65)  # "Viasna, the human rights centre," (no shopping centre)
        if cue is None and word in _OPERATORS and modifiers and modifiers[-1] in _RUN_BY_AN_OPERATOR:
            cue = Cue(ActorKind.organization, 0.65)  # "Quellnet, the Danish grid operator," (no crane operator)
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
        if (
            word in _TRADES_OF_PEOPLE_TOO
            and last > 0
            and tokens[last - 1].capitalised
            and is_given_name(tokens[last - 1].folded)
            and not (word == "maker" and _goods_maker_named(tokens, article, modifiers))
        ):
            # "Ilse Varn, a maker of fine furniture", "Ivo Sellar, the club's sponsor": a person (not "Barry
            # Callebaut, the chocolate maker": a firm named after its founder)
            return None
        fund = word in ("investor", "investors") and bool(_FUND_INVESTORS.intersection(modifiers))
        if (cue is None or fund) and (word in _OWNER_HEADS or fund) and _one_word_name(doc, last):
            cue = Cue(
                ActorKind.organization, 0.65
            )  # "Brenwick, a Hong Kong shipowner," (not "Kostas Varn, a shipowner")
        if cue is None and not modifiers and word in _ARMS_OF_A_FIRM and _owner_named_after(tokens, end):
            cue = Cue(ActorKind.organization, 0.65)  # "Kestrel Storage, a unit of Centrica,": one firm's arm
        if cue is None and modifiers and is_title(word) and _firm_trade((modifiers[-1], word)):
            cue = Cue(ActorKind.organization, 0.65)  # "Codelco, the world's biggest copper producer,": a firm's trade
        if cue is None and is_title(word) and not _title_as_an_adjective(tokens, end):
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
        if (
            cue is not None
            and tokens[article].folded == "the"
            and word in _ATTRIBUTING_INSTITUTIONS
            and not modifiers
            and _speech_after(tokens, end)
        ):
            # "Troops advanced on Kessavar, the ministry said": a state's office or force credited for the report,
            # the sentence's speaker; the place before it is no ministry (a group may be: "al Tarnqa, the group said")
            return None
        if cue is not None and tokens[article].folded in ("a", "an") and _speech_after(tokens, end):
            # "Quellstorm, a senior official said": someone else said it, after a comma; no description ("al
            # Tarnqa, the group said": the group named before is the one that said it, and is a group)
            return None
        if cue is not None:
            if cue.kind is ActorKind.organization and ARMED_MODIFIERS & set(modifiers):
                cue = Cue(ActorKind.armed_force, 0.7)
            joint = ", " if "," in text[tokens[last].end : tokens[last + 1].start] else ""
            return cue, f"'{joint}{text[tokens[last + 1].start : tokens[end].end]}'"
        if word in _SUPERLATIVE_ADVERBS and token.joined and k + 1 < len(tokens) and tokens[k + 1].text.islower():
            continue  # "Quellra, the country's most powerful criminal network,": the head comes after the adjective
        if word == "and" and modifiers and token.joined and k + 1 < len(tokens) and tokens[k + 1].text.islower():
            continue  # "a private equity and investment research firm": two fields before one head
        if not token.joined or word in FUNCTION_WORDS:
            return None
        modifiers.append(word)
    return None


_RELATIVE_PRONOUNS = word_set("whose who which that")

# Nouns of a body that a comma and "the" name after them: "a smuggling network, the Quellra", "the largest cartel,
# the Varnos". (After "the" no person is named: "the group, the Tarnby Four".)
_BODY_NOUNS_BEFORE_ITS_NAME = word_set("network gang cartel syndicate mafia clan group organisation organization")


def _body_named_after_its_noun(doc: ActorDocument, position: int) -> bool:
    """Whether the name at `position` follows a body's noun, a comma and "the" (the noun in lower case)."""
    if position < 2:
        return False
    noun, article = doc.tokens[position - 2], doc.tokens[position - 1]
    # (an elided letter's apostrophe may open the name: "the 'Ndrangheta")
    return (
        article.text == "the"
        and doc.text[article.end : doc.tokens[position].start] in (" ", " '", " ’")
        and noun.text.islower()
        and noun.folded in _BODY_NOUNS_BEFORE_ITS_NAME
        and doc.text[noun.end : article.start] == ", "
    )


# A state's offices and forces that reports credit after a comma: "..., the ministry said", "..., the army said".
_ATTRIBUTING_INSTITUTIONS = word_set("ministry army military police government presidency embassy")


# Heads that name a firm after a one-word or a coined name, and a trade or a role of a person after a given name
# and a family name ("Ilse Varn, a maker of fine furniture", "Ivo Sellar, the club's sponsor").
_TRADES_OF_PEOPLE_TOO = frozenset(("maker", "supplier", "sponsor", "agent"))
# Agents by the trade an agency does for others, named in a description after the name: "the land agent", "an
# estate agent", "the shipping agent" (not "a football agent", "an FBI agent": people; a given name keeps a
# person's kind: "Tom Hale, the estate agent,").
_AGENTS = frozenset(("agent", "agents"))
_AGENCY_TRADES = word_set("land estate letting lettings shipping travel ticket ticketing property")
# "the country's most powerful network": a superlative's adverb before the adjective of a described head.
_SUPERLATIVE_ADVERBS = word_set("most least")

# Ranks and posts that are adjectives too: "a private", "a general", but "private conversations", "the general
# public", "major cities".
_TITLES_ALSO_ADJECTIVES = word_set("private general major chief principal")


def _title_as_an_adjective(tokens: list[Token], k: int) -> bool:
    """Whether the title at `k` qualifies a noun in lower case after it ("Carried out by UC Global, the campaign
    entailed recording private conversations"): no one's rank."""
    if tokens[k].folded not in _TITLES_ALSO_ADJECTIVES or k + 1 >= len(tokens) or not tokens[k].joined:
        return False
    after = tokens[k + 1]
    return (
        after.text.islower()
        and after.folded not in FUNCTION_WORDS
        and after.folded not in APPOSITION_HEAD_ENDS
        and not _head_follows(tokens, k)  # "the general manager", "a major general"
    )


def _firm_trade(words: tuple[str, ...]) -> bool:
    """'copper producer', 'vaccine maker': a firm's trade, whose last word alone may be a person's job."""
    cue = PHRASE_BEFORE.get(words)
    return cue is not None and cue.kind is ActorKind.organization


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


_COMPASS_ADJECTIVES = word_set("northern southern eastern western central north south east west")


def _two_word_people(doc: ActorDocument, k: int) -> bool:
    """Whether the words at `k` and after it name a people in two words before a lower-case word: a demonym of
    two words ("South Korean") or a demonym after a point of the compass ("Northern Irish")."""
    tokens = doc.tokens
    if k + 1 >= len(tokens) or not tokens[k + 1].capitalised or not _lower_word_follows(tokens, k + 1):
        return False
    if doc.text[tokens[k].end : tokens[k + 1].start] != " ":
        return False
    pair = f"{tokens[k].folded} {tokens[k + 1].folded}"
    if doc.gazetteer.country_of_demonym(pair) is not None:
        return True
    return (
        tokens[k].folded in _COMPASS_ADJECTIVES and doc.gazetteer.country_of_demonym(tokens[k + 1].folded) is not None
    )


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


def clause_after_opener(doc: ActorDocument, last: int) -> bool:
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


# A possessive before a noun for a person, the name right after: "my friend Tarja Quellmann", "his wife Ilse Varn".
_POSSESSIVES = word_set("my his her their our your")
_LONGEST_KIN_NAME = 3  # words of the name after the noun


def _person_noun_after_a_possessive(doc: ActorDocument, position: int, last: int) -> tuple[Cue, str] | None:
    """'meeting my friend Tarja Quellmann in Auckland': a possessive and a noun for a person (`PERSON_BEFORE_COMMA`)
    right before a name of at most three words say it is a person's, with no comma between them."""
    tokens, text = doc.tokens, doc.text
    if position < 2 or last - position >= _LONGEST_KIN_NAME:
        return None
    noun, owner = tokens[position - 1], tokens[position - 2]
    if noun.folded not in PERSON_BEFORE_COMMA or owner.folded not in _POSSESSIVES or not noun.text.islower():
        return None
    if text[owner.end : noun.start] != " " or text[noun.end : tokens[position].start] != " ":
        return None
    return Cue(ActorKind.person, 0.65), f"after '{owner.text} {noun.text}'"


def person_noun_before(doc: ActorDocument, position: int, last: int) -> tuple[Cue, str] | None:
    """'his Tajik counterpart, Emomali Varn, spoke': a noun for a person, a comma, the name, a comma.
    'their party, Varnef (...)': a noun for a body, a comma, the name, a comma or a bracket."""
    tokens, text = doc.tokens, doc.text
    at_end = last + 1 >= len(tokens)  # only a kin's name may end the text ("... and his brother-in-law, X.")
    if position < 1 or (at_end and not text.startswith(".", tokens[last].end)):
        return None
    if not at_end and _body_noun_comma_the(doc, position, last):
        # "the main opposition alliance, the Freedom Platform, says": the body's noun, a comma and "the"
        noun = tokens[position - 2]
        return BODY_BEFORE_COMMA[noun.folded], f"after '{noun.text}, the'"
    if (kin := _person_noun_after_a_possessive(doc, position, last)) is not None:
        return kin
    if text[tokens[position - 1].end : tokens[position].start] != ", ":
        return None
    noun = tokens[position - 1]
    if not noun.text.islower():
        return None
    after = text[tokens[last].end : tokens[last].end + 2]
    person_noun = noun.folded in PERSON_BEFORE_COMMA or noun.folded.endswith(PERSON_NOUN_ENDINGS)
    # "his brother-in-law, Agenor Poletti,": a kin by marriage, the noun's last word "law"
    in_law = (
        noun.folded == "law"
        and position >= 3
        and text[tokens[position - 3].end : noun.start] == "-in-"
        and tokens[position - 3].folded in PERSON_BEFORE_COMMA
    )
    ends_sentence = after[:1] == "." and _kin_by_possessive(tokens, position - (3 if in_law else 1))
    if (person_noun or in_law) and last > position and (after in (", ", ",") or ends_sentence):
        # ("founded by Luigi Caloi and his brother-in-law, Agenor Poletti.": a kin's name may end the sentence)
        said = text[tokens[position - 3].start : noun.end] if in_law else noun.text
        return Cue(ActorKind.person, 0.65), f"after '{said},'"
    body = BODY_BEFORE_COMMA.get(noun.folded) if not at_end else None
    if body is not None and last > position and after in (", ", ",") and _person_of_the_body(doc, position - 1):
        # "A spokesman for the firm, Curtis Amadi, said": the name is the spokesman's, the firm named before
        if tokens[position - 2].folded != "the":  # "the spokesperson of the Podemos party, Ilse Varn,"
            return Cue(ActorKind.person, 0.6), f"after 'the {tokens[position - 2].text} {noun.text},'"
        if tokens[position - 2].folded != "the":  # "the spokesperson of the Podemos party, Ilse Varn,"
            return Cue(ActorKind.person, 0.6), f"after 'the {tokens[position - 2].text} {noun.text},'"
        return Cue(
            ActorKind.person, 0.6
        ), f"after '{tokens[position - 4].text} {tokens[position - 3].text} the {noun.text},'"
    if body is not None and noun.folded in _OWNERS and _owned_by_a_person(doc, position, last):
        return Cue(ActorKind.person, 0.6), f"after '{noun.text},' and a person's name"
    if body is not None and after in (", ", ",", " ("):
        return body, f"after '{noun.text},'"
    if body is None and after in (", ", ",") and (clause := _body_before_a_clause(doc, position)) is not None:
        # "a trading firm he secretly controlled, Halyard Quant,": the body's noun before a short clause
        return clause
    return None


def _kin_by_possessive(tokens: list[Token], noun_first: int) -> bool:
    """'his brother-in-law', 'her younger sister': a possessive before the noun (an adjective may stand between)."""
    return any(tokens[k].folded in POSSESSIVE_DETERMINERS for k in range(max(0, noun_first - 2), noun_first))


def _body_noun_comma_the(doc: ActorDocument, position: int, last: int) -> bool:
    """'the opposition alliance, the Freedom Platform,': a body's noun in lower case, a comma, "the", then the
    name of more than one word set off by a comma or a bracket."""
    tokens, text = doc.tokens, doc.text
    if position < 2 or last == position or tokens[position - 1].text != "the":
        return False
    noun = tokens[position - 2]
    return (
        noun.text.islower()
        and noun.folded in BODY_BEFORE_COMMA
        and text[noun.end : tokens[position - 1].start] == ", "
        and text[tokens[last].end : tokens[last].end + 2] in (", ", " (")
    )


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


_REMIT_WORDS_BEFORE_NOUN = 4  # "the search and rescue agency": lower-case words of the body's remit


def _person_of_the_body(doc: ActorDocument, noun: int) -> bool:
    """'a spokesman for the firm', 'a lawyer at the company': a noun for a person, a preposition, "the"
    and the body's noun (a body met before, so the name after the comma is the person's)."""
    tokens = doc.tokens
    article = noun - 1
    named = False  # "the spokesperson of the Podemos party, Ilse Varn,": the body's own name before its noun
    # "the head of the search and rescue agency,": the body's noun may have words of its remit before it
    while article > noun - 1 - _REMIT_WORDS_BEFORE_NOUN and article > 0 and tokens[article].folded != "the":
        if not tokens[article].joined:
            return False
        if not tokens[article].text.islower():
            if not (article == noun - 1 and tokens[article].text.istitle()):
                return False
            named = True
        article -= 1
    if article < 2 or tokens[article].folded != "the" or tokens[article - 1].folded not in ("for", "at", "of"):
        return False
    person = tokens[article - 2]
    if person.text == "head" and tokens[article - 1].folded == "of":
        return True  # "the head of the rescue agency, Ilse Varn,": the body's head, a person
    holder = person.folded.removeprefix("ex-").removeprefix("co-")
    if tokens[article - 1].folded == "of" and person.text.islower() and (holder in TITLES or holder in _BODY_PEOPLE):
        return True  # "the ex-president of the party, Ilse Varn,", "a founder of the group, Tomas Quell,": its holder
    if article != noun - 1 and not named:
        return False  # "a spokesman for the state oil company, Quellpetro,": the words describe the body named
    return person.text.islower() and (
        person.folded in PERSON_BEFORE_COMMA or person.folded.endswith(PERSON_NOUN_ENDINGS)
    )


# Who belongs to a body or made it, besides its titled holders: "a founder of the group, Tomas Quell,".
_BODY_PEOPLE = word_set("founder member")


# Who owns a shop, an inn or a house may be a person as well as a firm.
_OWNERS = word_set("owner landlord")


_OWNER_NAME_WORDS = 4  # "its owner, Ould Sidi Mohamed Varrot,": a name of four words with its particles


# Job nouns that also name a firm's relation to others: "the customer Tarrow Foods", "worker co-ops".
_JOBS_OF_FIRMS_TOO = _OWNERS | word_set("customer worker trader tenant")


def job_noun_before(doc: ActorDocument, position: int, last: int) -> tuple[Cue, str] | None:
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
    # (a name's particles are common words: "the cleric Muqtada al-Sadr" is as rare a name as "Hermione Dunkerton")
    words = tuple(token.folded for token in doc.tokens[position : last + 1] if token.folded not in NAME_PARTICLES)
    if not words:
        return None
    if (
        not _owned_by_a_person(doc, position, last)
        and not all(zipf(w) < _JOB_NAME_ZIPF for w in words)
        and not _korean_name_given_name_first(words)
    ):
        return None
    return Cue(ActorKind.person, 0.6), f"after '{noun.text}'"


def _korean_name_given_name_first(words: tuple[str, ...]) -> bool:
    """'the entrepreneur Do Kwon', 'fraudster Min Baek': a Korean name in the Western order ends in the family
    name, and its given name of one syllable is often an English word as well ("Do", "Min", "Won")."""
    return len(words) == 2 and words[1] in KOREAN_SURNAMES and words[0] not in KOREAN_SURNAMES


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


def _second_post_after_and(doc: ActorDocument, k: int) -> bool:
    """A title after "and" (in lower case or in capitals: "CEO"), then what a post's description goes on with."""
    tokens, text = doc.tokens, doc.text
    if k + 1 >= len(tokens) or tokens[k].folded not in TITLES:
        return False
    if tokens[k + 1].folded in POSTS_AFTER_A_TITLE and tokens[k].joined and k + 2 < len(tokens):
        k += 1  # "chairman and chief executive of"
    after = text[tokens[k].end : tokens[k + 1].start].strip() or tokens[k + 1].folded
    return after in APPOSITION_HEAD_ENDS


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
            if after == "and" and _second_post_after_and(doc, k + 2):
                # "Bay Varn, president and CEO of Radio Tarn,": two posts one holder has, the second in capitals
                return Cue(ActorKind.person, 0.65), f"', {text[tokens[last + 1].start : tokens[k + 1].end]} ...'"
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


def phrase_after(doc: ActorDocument, last: int) -> tuple[Cue, str] | None:
    """'Varnak claimed responsibility': words after the name that say what it is."""
    tokens = doc.tokens
    for size in (3, 2, 1):
        end = last + size
        if end >= len(tokens) or not all(tokens[k].joined for k in range(last, end)):
            continue
        phrase = tuple(tokens[k].folded for k in range(last + 1, end + 1))
        cue = PHRASE_AFTER.get(phrase)
        if cue is None and not _after_an_indefinite_article(doc, last):
            cue = GROUP_BY_WHAT_IT_FIGHTS_AS.get(phrase)
        if cue is not None:
            return cue, f"followed by '{' '.join(phrase)}'"
    if _the_name_group(doc, last):
        return Cue(ActorKind.organization, 0.6), "between 'the' and 'group'"
    if _the_name_for_a_cause(doc, last):
        return Cue(ActorKind.organization, 0.6), "before its cause and a body's noun ('pro-... movement')"
    return None


# "the Quellity pro-democracy movement", "the Tarnish anti-war party": what the body is for or against, then its noun.
_CAUSE_PREFIXES = word_set("pro anti")
_BODIES_FOR_A_CAUSE = word_set("movement party group alliance coalition campaign")


def _the_name_for_a_cause(doc: ActorDocument, last: int) -> bool:
    tokens, text = doc.tokens, doc.text
    if last + 3 >= len(tokens) or not all(tokens[k].joined for k in range(last, last + 3)):
        return False
    prefix, cause, noun = tokens[last + 1], tokens[last + 2], tokens[last + 3]
    return (
        prefix.folded in _CAUSE_PREFIXES
        and prefix.text.islower()
        and text[prefix.end : cause.start] == "-"
        and cause.text.isalpha()
        and cause.text.islower()
        and noun.folded in _BODIES_FOR_A_CAUSE
        and noun.text.islower()
    )


_GROUP_WORDS = frozenset(("group", "conglomerate"))


def _the_name_group(doc: ActorDocument, last: int) -> bool:
    """'the Pentra group', 'the Marlow group and the ...': a name between "the" and a lower-case "group" is the
    group of firms (or the body) it names, not the town or the person of the same spelling."""
    tokens = doc.tokens
    if last + 1 >= len(tokens) or tokens[last + 1].folded not in _GROUP_WORDS or not tokens[last + 1].text.islower():
        return False
    if not tokens[last].joined:
        return False
    first = last
    while first > 0 and last - first < 2 and tokens[first - 1].capitalised and tokens[first - 1].joined:
        first -= 1
    if first == 0 or tokens[first - 1].text != "the" or not tokens[first - 1].joined:
        return False
    place = doc.gazetteer.lookup(tuple(tokens[k].folded for k in range(first, last + 1)))
    if place is not None and is_region(place):
        return False  # "the Ha'apai group": a region's group of islands
    # ("around Vava'u and the Ha'apai group": islands; a group of firms is told by business in its sentence)
    start = max(doc.text.rfind(stop, 0, tokens[first].start) for stop in (". ", "\n", "? ", "! ")) + 1
    ends = [at for stop in (". ", "\n") if (at := doc.text.find(stop, tokens[last].end)) >= 0]
    sentence = doc.text[start : min(ends, default=len(doc.text))].casefold()
    return any(word in _BUSINESS_WORDS for word in re.findall(r"[a-z]+", sentence))


_BUSINESS_WORDS = word_set(
    "company companies firm firms business businesses conglomerate shares shareholders stake owns owned bought "
    "acquired sold brands market investors investment deal subsidiary"
)


# A name this frequent as a word is still a group's before what it fights as ("the Wagner mercenary group").
_GROUP_NAME_WORD = 4.5


def group_by_what_it_fights_as(doc: ActorDocument, position: int, last: int) -> bool:
    """'the Wagner mercenary group': "the", one name and what the group fights as name an armed group, even when
    the name is as frequent as a word is (a composer's, a town's)."""
    tokens = doc.tokens
    if position != last or position == 0 or tokens[position - 1].folded != "the":
        return False
    if zipf(tokens[position].folded) >= _GROUP_NAME_WORD or tokens[position].folded in doc.lower_case:
        return False
    return any(
        tuple(token.folded for token in tokens[last + 1 : last + 1 + size]) in GROUP_BY_WHAT_IT_FIGHTS_AS
        and all(tokens[k].joined for k in range(last, last + size))
        for size in (2, 3)
    )


def _after_an_indefinite_article(doc: ActorDocument, last: int) -> bool:
    """Whether "a" or "an" stands right before the name ending at `last` (one to three words)."""
    tokens = doc.tokens
    first = last
    while first > 0 and last - first < 3 and tokens[first - 1].capitalised and tokens[first - 1].joined:
        first -= 1
    return first > 0 and tokens[first - 1].folded in ("a", "an") and tokens[first - 1].joined


_MEMBER_WORDS = frozenset(("member", "members", "membership"))


def member_of_the(doc: ActorDocument, position: int) -> bool:
    """The name follows "member(s) of the" or "membership of the" in one clause."""
    tokens = doc.tokens
    return (
        position >= 3
        and all(tokens[k].joined for k in range(position - 3, position))
        and tokens[position - 1].folded == "the"
        and tokens[position - 2].folded == "of"
        and tokens[position - 3].folded in _MEMBER_WORDS
    )


def longer_phrase_before(doc: ActorDocument, position: int) -> bool:
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
    return shop_online(doc, position)


def forces_by_their_definition(doc: ActorDocument, candidates: list[Candidate]) -> None:
    """'The Tarnic Liberation Front is a militant group', 'the Quell Movement, an armed faction,', 'the militant group
    Tarnic Front': a body whose name has a body's word (a front, a movement, "Ansar") is an armed force when the text
    defines or describes it as an armed group, with one of `ARMED_MODIFIERS` before the head, or names it after such a
    group's noun; the name's word made it an organization, and a name with a cue in its words is not read against its
    apposition (`has_cue`)."""
    for candidate in candidates:
        if candidate.kind is not ActorKind.organization:
            continue
        if _armed_group_noun_before(doc, candidate.first):
            # "the jihadist group Ansar al-Varn", "the militant group Tarnic Front": named after what it fights as
            candidate.kind = ActorKind.armed_force
            candidate.found_by = "after an armed group's noun"
            candidate.confidence = max(candidate.confidence, 0.8)
            continue
        described = apposition(doc, candidate.last, copula=True)
        if described is None or described[0].kind is not ActorKind.armed_force:
            continue
        if not ARMED_MODIFIERS & set(re.findall(r"[a-z]+", described[1].casefold())):
            continue  # "the party's political wing": a wing or a faction, no armed one
        candidate.kind = ActorKind.armed_force
        candidate.found_by = f"defined as {described[1]}"
        candidate.confidence = max(candidate.confidence, 0.8)


def _armed_group_noun_before(doc: ActorDocument, position: int) -> bool:
    """Whether an armed group's noun in lower case stands right before the name ("the militant group ...")."""
    tokens = doc.tokens
    for size in (3, 2):
        begin = position - size
        if (
            begin >= 0
            and all(tokens[k].joined and tokens[k].text.islower() for k in range(begin, position))
            and tuple(tokens[k].folded for k in range(begin, position)) in ARMED_GROUP_NOUNS_BEFORE
        ):
            return True
    return False


# An armed group's branch for a land: the Islamic State's "provinces" (wilayat) and the like.
_BRANCH_HEADS = word_set("province wilayat wilayah")


def branches_of_armed_groups(doc: ActorDocument, candidates: list[Candidate]) -> None:
    """'the Islamic State's West Africa Province', 'al-Varnak's Sahel Province': a province after an armed group's
    possessive is the group's branch for that land, an armed force, not the land (which names itself otherwise)."""
    tokens, text = doc.tokens, doc.text
    forces = [c for c in candidates if c.kind is ActorKind.armed_force]
    for candidate in candidates:
        if candidate.kind is ActorKind.armed_force or tokens[candidate.last].folded not in _BRANCH_HEADS:
            continue
        start = tokens[candidate.first].start
        if text[start - 3 : start] not in ("'s ", "’s "):
            continue
        if any(tokens[force.last].end == start - 3 for force in forces):
            candidate.kind = ActorKind.armed_force
            candidate.found_by = "a province after an armed group's possessive: its branch"
            candidate.confidence = max(candidate.confidence, 0.8)
