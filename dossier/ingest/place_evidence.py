"""What supports reading a name as a place.

The gazetteer and the words around a name (a preposition of place, a dateline, a country after
a comma), other spellings of a place, names joined by hyphens or after an elided article, places
listed together, and states under their formal names. Text in other languages is read by
`other_language_places`.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from anyascii import anyascii

from dossier.ingest.actor_document import ActorDocument, cased
from dossier.ingest.common_words import is_common_word, zipf
from dossier.ingest.cues import (
    BAND_SIZES,
    ELECTED_POSTS,
    FUNCTION_WORDS,
    INVESTMENT_RATINGS,
    PARTIES_BY_WORD,
    PHRASE_BEFORE,
    PLACE_NOUNS,
    PLACE_PREPOSITIONS,
    PLURAL_AREA_HEADS,
    STATE_FORM_QUALIFIERS,
    STATE_FORMS,
    TITLES,
    TOWN_TRADES,
)
from dossier.ingest.gazetteer import (
    Gazetteer,
    Place,
    english_everyday_name,
    everyday_name,
    is_listed_land,
    is_region,
)
from dossier.ingest.grouping import Candidate
from dossier.ingest.line_index import line_start, opens_its_line
from dossier.ingest.listed_firms import is_listed_firms_word
from dossier.ingest.mentions import Token
from dossier.ingest.name_words import COMPASS, LIST_GAPS, WORD_ALONE
from dossier.ingest.names import fold, fold_phrase, is_given_name, is_surname, word_set
from dossier.ingest.not_names import CONTRACTION
from dossier.ingest.peoples import PEOPLES_GROUP_NOUNS
from dossier.ingest.seats_of_government import government_by_its_seat
from dossier.ingest.sport_names import about_sport
from dossier.model import ActorKind

# A one-word place of this size needs no other support ("Köln", "Baghdad").
LARGE_CITY = 1_000_000
# Verbs whose object is a place more than a person: "visited Leeds", "shelled Kherson", "storms battered Cork".
_VERBS_OF_PLACES = word_set(
    "visited visiting toured touring reached captured recaptured liberated besieged shelled shelling bombed "
    "bombing flooded battered ravaged "
    # a journey's end in any tense: "two buses to reach Sheffield", "trains reaching Leeds"
    "reach reaches reaching"
)


def _trade_noun(doc: ActorDocument, k: int) -> bool:
    """A trade's noun at `k` (`TOWN_TRADES`), or "start-up" written with its hyphen."""
    tokens = doc.tokens
    if tokens[k].folded in TOWN_TRADES:
        return True
    return (
        tokens[k].folded == "start"
        and k + 1 < len(tokens)
        and tokens[k + 1].folded == "up"
        and doc.text[tokens[k].end : tokens[k + 1].start] == "-"
    )


_TEAM_NOUNS = word_set("side club")


def _trade_phrase_alone(doc: ActorDocument, last: int) -> bool:
    """'The Leeds housebuilder is', 'the Aberdeen engineering firm won': after the town, a trade's noun in
    lower case (over one word of its line, "engineering", "law") with no name of its own after it."""
    tokens = doc.tokens
    k = last + 1
    if k + 1 < len(tokens) and tokens[k].text.islower() and tokens[k].joined and not _trade_noun(doc, k):
        k += 1  # "engineering firm", "law firm", "software company"
    if k >= len(tokens) or not tokens[last].joined or not tokens[k].text.islower() or not _trade_noun(doc, k):
        return False
    if tokens[k].folded in _TEAM_NOUNS:
        return False  # "the Chelsea side won": a club by its town's name, no place
    return k + 1 >= len(tokens) or not tokens[k].joined or tokens[k + 1].text[:1].islower()


_GROUP_NOUNS = word_set("group conglomerate")


def _group_named_by_a_small_town(doc: ActorDocument, last: int, place: Place) -> bool:
    """'the Tata group', 'the Sterling group': a group of firms is named by its family or founder; only a town
    known well beyond its region stands for where a group is from ("the Leeds group"). The gazetteer's village or
    small town of the same spelling is no evidence then."""
    k = last + 1
    return (
        k < len(doc.tokens)
        and doc.tokens[k].folded in _GROUP_NOUNS
        and place.population < _KNOWN_TOWN
        and not is_region(place)  # "the Ha'apai group": a region's islands
    )


def _band_by_size(doc: ActorDocument, k: int) -> bool:
    """'four-piece Lang Reel': a number, a hyphen, "piece", then the band's capitalised name."""
    tokens = doc.tokens
    return (
        k + 2 < len(tokens)
        and tokens[k].text in BAND_SIZES
        and tokens[k + 1].text == "piece"
        and doc.text[tokens[k].end : tokens[k + 1].start] == "-"
        and cased(tokens[k + 2])
    )


def _town_before_a_trade(doc: ActorDocument, position: int, last: int, previous: str) -> bool:
    """'the Glasgow duo Mossvale', 'Fettlewise, a Leeds startup': an article, a town, a trade's noun and
    the group's capitalised name (or, after "a", the name before the comma)."""
    tokens = doc.tokens
    if previous in ("a", "an", "the") and last + 1 < len(tokens) and _trade_noun(doc, last + 1):
        # "Fettlewise, a Leeds startup that ...", "Skylark Freight, the Bristol start-up that ...": the firm
        # is named before, in apposition.
        apposed = (
            position >= 2
            and doc.text[tokens[position - 2].end : tokens[position - 1].start] == ", "
            and cased(tokens[position - 2])
            and tokens[last + 1].text.islower()
            and tokens[last].joined
        )
        if apposed or previous != "the":
            return apposed
    if previous == "the" and _band_by_size(doc, last + 1):
        return True  # "the Glasgow four-piece Lang Reel": a band's size as its noun
    if previous == "the" and _trade_phrase_alone(doc, last):
        return True  # "The Leeds housebuilder is...", "the Aberdeen engineering firm won": a firm by its town
    return (
        previous == "the"
        and last + 2 < len(tokens)
        and tokens[last + 1].folded in TOWN_TRADES
        and tokens[last + 1].text.islower()
        and tokens[last + 1].joined
        and cased(tokens[last + 2])
        and tokens[last].joined
    )


def _state_named_alone(doc: ActorDocument, first: int, last: int, core: list[int]) -> str | None:
    """'the Republic of Tarnovia' on a page that also writes 'Tarnovia' alone: a state the gazetteer does not
    know (unrecognised, or gone) under its formal name, "<form> of" and one or two capitalised words."""
    if len(core) > 2:
        return None
    tokens = doc.tokens
    if not all(tokens[first + k].text[:1].isupper() for k in core):
        return None
    named = doc.text[tokens[first + core[0]].start : tokens[first + core[-1]].end]
    outside = doc.text[: tokens[first].start] + " " + doc.text[tokens[last].end :]
    return named if re.search(rf"(?<![\w-]){re.escape(named)}(?![\w-])", outside) else None


_BODY_KINDS = (ActorKind.organization, ActorKind.armed_force)
_BEFORE_A_SERVED_STATE = word_set("of in to")


def formal_state_ending_a_body(doc: ActorDocument, body: Candidate) -> Candidate | None:
    """'the Government of the Kingdom of Morocco', 'the Ministry of Defense of the Republic of Kazakhstan': a body
    named for a listed state under the state's formal name, which ends the body's name; the state is named too."""
    if body.kind not in _BODY_KINDS:
        return None
    tokens = doc.tokens
    for k in range(body.first + 1, body.last - 1):
        if tokens[k].folded not in _BEFORE_A_SERVED_STATE:
            continue
        start = k + 1 + (tokens[k + 1].folded == "the")
        words = tuple(tokens[j].folded for j in range(start, body.last + 1))
        if len(words) < 3 or not any(w in STATE_FORMS for w in words[:3]):
            continue
        state = formal_state(doc, start, body.last, words)
        return state if state is not None and state.kind is ActorKind.state else None
    return None


def _listed_state(doc: ActorDocument, words: tuple[str, ...]) -> str | None:
    place = doc.gazetteer.lookup(words)
    return place.name if place is not None and place.kind == "state" else None


def _hyphened_lookup(doc: ActorDocument, first: int, last: int) -> Place | None:
    """'Guinea-Bissau', 'Timor-Leste': a name the tokens split at its hyphen, looked up as written."""
    written = doc.text[doc.tokens[first].start : doc.tokens[last].end]
    return doc.gazetteer.lookup(tuple(fold(word) for word in written.split())) if "-" in written else None


def formal_state(doc: ActorDocument, first: int, last: int, words: tuple[str, ...]) -> Candidate | None:
    """'Syrian Arab Republic', 'Islamic Republic of Iran': a state under its formal name."""
    while first < last and doc.tokens[first].folded == "the":
        first, words = first + 1, words[1:]
    if len(words) >= 3 and words[:2] == ("state", "of") and _listed_state(doc, words[2:]) is not None:
        # "the State of Qatar", "the State of Kuwait": a listed state under its formal name
        name = doc.text[doc.tokens[first].start : doc.tokens[last].end]
        country = _listed_state(doc, words[2:])
        return Candidate(
            first, last, name, ActorKind.state, "a state's formal name", 0.85, canonical=country, alias=name
        )
    land = doc.gazetteer.lookup(words[2:]) if len(words) == 3 else None
    if len(words) == 3 and words[:2] == ("state", "of") and (land is None or land.country is None):
        # "the State of Tarnovia" beside "Tarnovia" (not "Secretary of State", "State of Emergency"); a land no
        # state holds in the tables names one too ("the State of Somaliland")
        alone = land.name if land is not None else _state_named_alone(doc, first, last, [2])
        name = doc.text[doc.tokens[first].start : doc.tokens[last].end]
        how = "a state's formal name"
        return Candidate(first, last, name, ActorKind.state, how, 0.8, canonical=alone, alias=name) if alone else None
    if len(words) < 2 or len(words) > 7 or not any(w in STATE_FORMS for w in words):
        return state_of_adjectives(doc, first, last, words)
    core = [k for k, w in enumerate(words) if w not in STATE_FORMS and w not in STATE_FORM_QUALIFIERS]
    if not core or core[-1] - core[0] + 1 != len(core):
        return None
    named = words[core[0] : core[-1] + 1]
    # "the Dominican Republic", "the Czech Republic": a state listed under the whole words is that state, not the
    # state of its people's adjective (Dominica)
    country = _listed_state(doc, words)
    if country is None and len(named) == 1:
        country = doc.gazetteer.country_of_demonym(named[0])
    kind = ActorKind.state
    if country is None:
        place = doc.gazetteer.lookup(named) or _hyphened_lookup(doc, first + core[0], first + core[-1])
        country = place.name if place is not None and place.kind == "state" else None
        # A land the gazetteer holds as a region only ("the Republic of Tarvelia", a breakaway state) keeps
        # its kind under the formal name.
        region = place is not None and place.kind == "place"
        if (place is None or region) and words[0] in STATE_FORMS and words[1] == "of" and core[0] == 2:
            country = _state_named_alone(doc, first, last, core)
            kind = ActorKind.place if region else ActorKind.state
            if country is None and place is not None and is_region(place) and words[0] == "republic":
                # "the Republic of Tatarstan": a federation's republic, a first-level region under its formal name
                country = place.name
    if country is None:
        return state_of_adjectives(doc, first, last, words)
    name = doc.text[doc.tokens[first].start : doc.tokens[last].end]
    return Candidate(first, last, name, kind, "a state's formal name", 0.85, canonical=country, alias=name)


# Forms that end an unrecognised or bygone state's name after its adjectives ("Soviet Socialist Republic"
# shortened to "SSR"); not "commonwealth", "federation" (sports bodies: "the Tarvonian Chess Federation").
_ADJECTIVAL_STATE_FORMS = word_set("republic kingdom emirate sultanate principality ssr assr")
_SOVIET_QUALIFIERS = word_set("soviet autonomous")
_ADJECTIVE_ENDING = re.compile(r"(?:an|ese|ish|ic|i)$")


def state_of_adjectives(doc: ActorDocument, first: int, last: int, words: tuple[str, ...]) -> Candidate | None:
    """'the Pridnestrovian Moldavian Republic', 'the Byelorussian SSR': capitalised adjectives (a people's, a
    qualifier's) and a form of state last name a state the gazetteer does not know (unrecognised, or gone)."""
    if len(words) < 2 or words[-1] not in _ADJECTIVAL_STATE_FORMS:
        return None
    lead = [
        k
        for k in range(first, last)
        if doc.tokens[k].folded not in STATE_FORM_QUALIFIERS and doc.tokens[k].folded not in _SOVIET_QUALIFIERS
    ]
    # "the Tarvaz Autonomous Soviet Socialist Republic": the Soviet form says state, whatever the word ends with
    soviet = words[-3:-1] == ("soviet", "socialist")
    if not lead or not all(
        doc.tokens[k].text[:1].isupper() and (soviet or _ADJECTIVE_ENDING.search(doc.tokens[k].folded)) for k in lead
    ):
        return None
    if any(doc.tokens[k].folded in ("of", "the", "and") for k in range(first, last)):
        return None
    name = doc.text[doc.tokens[first].start : doc.tokens[last].end]
    return Candidate(first, last, name, ActorKind.state, "a state named by its adjectives", 0.75)


# "Leeds-based", "Lagos-headquartered": a town's name, a hyphen, then where a firm has its seat.
_BASE_WORDS = word_set("based headquartered")


# Lower-case nouns for the site a body has in a town, after the town's name: "the Leeds office", "its Derby plant".
_SITES_OF_A_BODY = word_set(
    "office offices branch branches plant factory depot site store campus works headquarters studio studios"
    # ... and the buildings and streets of a town where something happened: "found in a Belfast house",
    # "taken to a Leeds hospital"
    " house home flat apartment hospital school prison hotel restaurant pub bar street suburb airport court"
)
_OWNERS_OF_A_SITE = word_set("the a an its their our his her")
# Lower-case trades that open a sentence between a town and a body's name: "Leeds investor Varn Tate has ...".
_TRADES_OPENING = TOWN_TRADES | word_set(
    "investor consultancy landlord agency practice manufacturer "
    # makers by what they build or brew: "Poole builder Sunseeker", "Plymouth yard Princess Yachts"
    "builder boatbuilder shipbuilder yard shipyard boatyard brewer distiller maker start-up"
)


def _town_before_its_site(doc: ActorDocument, position: int, last: int) -> bool:
    """'he led the Leeds office', 'its Derby plant': a town named for the site a body has there."""
    tokens = doc.tokens
    return (
        position > 0
        and tokens[position - 1].folded in _OWNERS_OF_A_SITE
        and tokens[position - 1].joined
        and last + 1 < len(tokens)
        and tokens[last].joined
        and tokens[last + 1].text.islower()
        and tokens[last + 1].folded in _SITES_OF_A_BODY
    )


def _town_opening_a_trade_and_name(doc: ActorDocument, position: int, last: int) -> bool:
    """'Manchester investor Varn Tate has hired ...': a sentence opened by a town, a trade in lower case and the
    body's capitalised name (as "the Glasgow duo Mossvale" is after "the")."""
    tokens = doc.tokens
    return (
        position in doc.sentence_first
        and last + 2 < len(tokens)
        and tokens[last].joined
        and tokens[last + 1].joined
        and tokens[last + 1].text.islower()
        and tokens[last + 1].folded in _TRADES_OPENING
        and cased(tokens[last + 2])
    )


# The end of a line or of its sentence right after a name: "..., Edinburgh\n", "..., Keighley. For".
_LINE_CLOSES = re.compile(r"[ \t]*(?:\n|$)|\.(?:\s|$)")


def _town_closing_a_line(doc: ActorDocument, position: int, last: int) -> bool:
    """'Tom Varn joins as director, residential development, Bristol': after a comma and a word in lower case, the
    town that closes a line or its sentence is where a post is held or a person works."""
    tokens = doc.tokens
    return (
        position > 0
        and tokens[position - 1].text.isalpha()
        and tokens[position - 1].text.islower()
        and doc.text[tokens[position - 1].end : tokens[position].start] == ", "
        and _LINE_CLOSES.match(doc.text, tokens[last].end) is not None
    )


# Words before a name that only a company follows: what it owns, who owns it, what trades it.
_FIRM_ONLY_BEFORE = frozenset(
    (
        ("subsidiary", "of"),
        ("subsidiaries", "of"),
        ("shares", "of"),
        ("stock", "of"),
        ("shareholders", "of"),
        ("merger", "with"),
    )
)


def _owned_like_a_firm(doc: ActorDocument, position: int, last: int) -> bool:
    """The name itself, not a town it qualifies ("a subsidiary of Tarnby-based Varn Ltd")."""
    tokens = doc.tokens
    return (
        position >= 2
        and doc.text[tokens[last].end : tokens[last].end + 1] not in ("-", "‐")
        and tokens[position - 2].joined
        and tokens[position - 1].joined
        and (tokens[position - 2].folded, tokens[position - 1].folded) in _FIRM_ONLY_BEFORE
    )


_RIVER_WORDS = frozenset(("river", "delta", "basin"))


def _river_named_for(doc: ActorDocument, last: int) -> bool:
    """Whether a state's name is followed by "river" in lower case: "the Niger river", "the Congo basin"."""
    tokens = doc.tokens
    return last + 1 < len(tokens) and tokens[last].joined and tokens[last + 1].text in _RIVER_WORDS


# Units of a land in lower case before "of" and the unit's name: "the state of Texas", "the province of Ontario".
_UNITS_OF_A_LAND = frozenset(("state", "province", "region", "county", "prefecture", "canton", "territory", "emirate"))


def _unit_of_a_land_before(doc: ActorDocument, place: Place, position: int) -> bool:
    tokens = doc.tokens
    region = is_region(place) or (place.population == 0 and place.country is not None)
    return (
        region
        and position >= 2
        and tokens[position - 1].folded == "of"
        and tokens[position - 2].folded in _UNITS_OF_A_LAND
        and tokens[position - 2].text.islower()
        and tokens[position - 2].joined
        and tokens[position - 1].joined
    )


def place_support(doc: ActorDocument, place: Place, position: int, last: int, words: tuple[str, ...]) -> str | None:
    """Why a gazetteer hit is taken for a place here, or None when nothing supports it.

    A state, or a place of several words, is its whole name. One word needs more: a
    preposition of place, a country after a comma, or a city large enough to be known; and
    it must not be an ordinary English word ("More", "Home", "I've") or the surname of someone.
    """
    if place.kind == "state" and _river_named_for(doc, last):
        return None  # "along the Niger river": the river the state is named for, no state
    if place.kind == "state":
        return "a state"
    if _owned_like_a_firm(doc, position, last):
        return None  # "a subsidiary of Rio Tinto", "shares of Valencia": only a company is so owned
    if fold_phrase(place.name) == words and _dateline(doc, position, last):
        return "a dateline"  # "TAMPA, Fla. -", "WASHINGTON -": where the report was filed
    if fold_phrase(place.name) == words and _titled_dateline(doc, position, last):
        return "a dateline"  # "Tarnpur, December 23" over the story: where it was filed
    if len(words) == 1 and len(words[0]) <= 3 and fold(place.name) != words[0]:
        return None  # "Com" for Como: a short alternate spelling is too often something else
    if len(words) > 1:
        if fold_phrase(place.name) != words and all(
            zipf(doc.tokens[k].folded) >= 4.5 and doc.tokens[k].text.isalpha() and not doc.tokens[k].text.isupper()
            for k in range(position, last + 1)
        ):
            return None  # "White House" is also a translation of Casablanca: common words, another name
        return "a place's whole name"
    word = words[0]
    if word in doc.lower_case or word in FUNCTION_WORDS or CONTRACTION.search(word):
        return None  # the document uses it as an ordinary word
    if (
        fold(place.name) == word
        and _head_of_the_town_after(doc, last)
        and word not in doc.surnames
        and word not in _PARTY_WORDS
    ):
        # "Mississauga Mayor Conor Vell said", "Ontario Premier Ada Quell": the town or land a post is held for
        # (not "Liberal MPP Ada Quell": a party's word, though a small town bears it)
        return f"before its '{doc.tokens[last + 1].text}'"
    if fold(place.name) == word and _police_of_the_place_after(doc, last) and word not in doc.surnames:
        # "after Victoria police were tipped off", "Kent police said": the force of the town or land named
        return f"before its '{doc.tokens[last + 1].text}'"
    if fold(place.name) == word and _head_of_the_land_in_its_possessive(doc, last) and word not in doc.surnames:
        # "Ontario's premier announced", "Tarnby's mayor said": the land's or the town's own head
        return f"before its '{doc.tokens[last + 1].text}'"
    if (
        position in doc.sentence_first
        and word not in doc.confirmed
        and fold(place.name) != word
        and zipf(word) >= WORD_ALONE
    ):
        return None  # "Dual attacks hit...": a common word opening a sentence, only another spelling of Douala
    # A very common word ("More", "Home") or a person's name used as a town needs a cue of place.
    ordinary = is_common_word(word, False)
    tokens = doc.tokens
    previous = tokens[position - 1].folded if position > 0 else ""
    if _unit_of_a_land_before(doc, place, position):
        # "the state of Tarnessee", "the province of Quellia": a land's unit in lower case names the region after it
        return f"after '{tokens[position - 2].text} of'"
    comma = doc.text[tokens[last].end : tokens[last].end + 2]
    if comma == ", " and last + 1 < len(tokens):
        country = doc.gazetteer.lookup((tokens[last + 1].folded,))
        if (
            country is not None
            and country.kind == "state"
            and not _listed_beside(place, country)
            and not _POSSESSIVE.match(doc.text, tokens[last + 1].end)
        ):
            if place.country and place.country != country.name and alternate_spelling(place, words):
                return None  # "Cancun, Mexico": another land's town by its other spelling (Changchun) is not it
            return f"followed by ', {tokens[last + 1].text}'"
    if (
        not alternate_spelling(place, words)
        and position >= 1
        and doc.text[tokens[position - 1].end : tokens[position].start] == ", "
        and cased(tokens[position - 1])
        and position - 1 not in doc.sentence_first
        and (place.population == 0 or place.population >= _KNOWN_TOWN)
        and not _word_names_a_state(doc, position - 1)  # "Ireland, Scotland": a list, no town and its region
    ):
        return f"after '{tokens[position - 1].text}, '"  # "Fort Campbell, Kentucky": the region of a place
    if alternate_spelling(place, words) and not _alternate_supported(place, word, previous):
        return None  # "Perl" for Pearl, "Anda" for Daqing: another place's spelling needs more
    if (
        doc.text[tokens[last].end : tokens[last].end + 1] == "-"
        and last + 1 < len(tokens)
        and tokens[last + 1].folded in _BASE_WORDS
        and fold(place.name) == word
    ):
        return f"before '-{tokens[last + 1].text}'"  # "the Leeds-based supplier": where a firm is based
    if _known_town_by_its_own_name(doc, place, position, word, ordinary):
        return "a known town's own name"
    if place.population >= LARGE_CITY and (not ordinary or fold(place.name) == word):
        # ("London" is as frequent as a common word, but only as the city's own name.)
        return "a large city" if place.country and not is_region(place) else "a region"  # "Africa" is no city
    if (
        _town_before_a_trade(doc, position, last, previous)
        and not ordinary
        and word not in doc.surnames
        and not _group_named_by_a_small_town(doc, last, place)
    ):
        return f"'{tokens[last + 1].text}' and a name after it"
    known_own_name = fold(place.name) == word and place.population >= _KNOWN_TOWN and word not in doc.surnames
    if known_own_name and not ordinary and _town_before_its_site(doc, position, last):
        return f"before '{tokens[last + 1].text}'"  # "the Leeds office"
    if known_own_name and not ordinary and _town_opening_a_trade_and_name(doc, position, last):
        return f"before '{tokens[last + 1].text}' and a name"  # "Leeds investor Varn Tate has hired"
    if known_own_name and not ordinary and _town_closing_a_line(doc, position, last):
        return "closing its line after a comma"  # "joins as head of valuation, Edinburgh"
    # ("... Varn Province.\n\nDate:": not across the end of a sentence or a line.)
    # A broker's rating that is also a town's name ("moved from Hold to Buy") needs a town's noun ("the
    # village of Buy"), not a preposition.
    town_noun = previous in PLACE_NOUNS or (
        previous == "of" and position >= 2 and tokens[position - 2].folded in PLACE_NOUNS
    )
    # So does a small town named by one of the commonest words ("a quote from Time", "the Best of"): Time in
    # Norway, Best in the Netherlands are named after a preposition far less often than the words are.
    needs_a_noun = word in INVESTMENT_RATINGS or (zipf(word) >= _COMMONEST_WORD and place.population < _KNOWN_TOWN)
    if previous == "in" and position >= 2 and tokens[position - 2].folded in _HOLDINGS:
        return None  # "Shares in Halden rose": one holds shares in a firm, not in a town
    placed = previous in PLACE_PREPOSITIONS or previous in PLACE_NOUNS
    if previous == "to" and position >= 2 and tokens[position - 2].folded == "according":
        placed = False  # "according to Halifax": who says so, a body or a person, no place one goes to
    if placed and tokens[position - 1].joined and (town_noun or not needs_a_noun):
        return f"after '{previous}'"
    if (
        previous in _VERBS_OF_PLACES
        and tokens[position - 1].joined
        and known_own_name
        and not ordinary
        and not is_given_name(word)
        and not is_surname(word)
        and not is_listed_firms_word(word)  # "analysts visited Toyota": a firm's own plant or office
    ):
        return f"after '{previous}'"  # "the minister visited Leeds", "shells hit Kherson": a known town's own name
    phrase = PHRASE_BEFORE.get((tokens[position - 2].folded, previous)) if position >= 2 else None
    if phrase is not None and phrase.kind is ActorKind.place and tokens[position - 1].text.islower():
        return f"after '{tokens[position - 2].text} {previous}'"  # "the siege of Gao": a town, though a surname too
    land_part = previous in _PARTS_OF_A_LAND and tokens[position - 1].text.islower() and tokens[position - 1].joined
    if land_part and not ordinary and word not in doc.surnames:
        return f"after '{previous}'"  # "northwest Ohio's largest lenders", "across rural Cornwall"
    if previous == "of" and tokens[position - 1].joined and not ordinary and _of_after_a_name(doc, position - 2):
        # "Kessler Brandt Advisors of Cleveland", "Dale Crane, 36, of Cleveland": where a named firm or
        # person is from.
        return f"'of' after '{tokens[position - 2].text}'"
    if previous in ("and", "or") and position >= 2 and tokens[position - 2].joined and tokens[position - 1].joined:
        # "in Cardiff and Bristol", "Leeds or Bradford": joined to a place the gazetteer knows.
        partner = doc.gazetteer.lookup((tokens[position - 2].folded,)) if cased(tokens[position - 2]) else None
        # "in Leeds and York": a known town's own name, though as frequent as a common word ("New York").
        known_town = fold(place.name) == word and place.population >= _KNOWN_TOWN
        # "with Seoul, Tokyo and Washington": a place's own name beside a great city, though no one in the
        # document bears it as a surname.
        known_town = known_town or (
            fold(place.name) == word
            and partner is not None
            and partner.population >= LARGE_CITY
            and word not in doc.surnames
        )
        if partner is not None and (not ordinary or known_town):
            return f"after '{tokens[position - 2].text} {previous}'"
        item = position - 2  # the list's first item may have several words: "to Skellig Mor and Bristol"
        while item >= 1 and position - 2 - item < _LIST_ITEM_WORDS - 1 and tokens[item - 1].joined:
            if not cased(tokens[item - 1]):
                break
            item -= 1
        opener = _place_preposition_before(doc, _list_opening(doc, item))
        if opener is not None and cased(tokens[position - 2]) and not ordinary:
            # "Ferries to Lundy and Bristol": the list opens with a preposition of place.
            return f"listed after '{opener}'"
    partner_named = _known_town_listed_after(doc, last)
    known_before = partner_named is not None and fold(place.name) == word and place.population >= _KNOWN_TOWN
    if known_before and word not in doc.surnames:
        # "Reading and Slough are half an hour away": a known town's own name before another's, as after one
        return f"before '{tokens[last + 1].text} {partner_named}'"
    seat = government_by_its_seat(doc, place, position, last)
    if seat is not None:
        return seat
    # (A US state is a region GeoNames gives no people: "Texas" as a word needs support as a town's name does.)
    region = is_region(place) or (place.population == 0 and place.country is not None)
    partner_after = _great_city_after(doc, last, region)
    if partner_after is not None and fold(place.name) == word and word not in doc.surnames:
        # "between Washington and Beijing": a place's own name before a great city's, as it is after one
        return f"before '{tokens[last + 1].text} {partner_after}'"
    sibling = _region_of_the_same_land_after(doc, last, place) if region else None
    if sibling is not None and fold(place.name) == word and word not in doc.surnames:
        # "covering Cornwall and Devon": a region's own name before another region of its land
        return f"before '{tokens[last + 1].text} {sibling}'"
    return None


def _region_of_the_same_land_after(doc: ActorDocument, last: int, place: Place) -> str | None:
    """The region of the same land joined by "and" or "or" right after a region's name ("Cornwall and Devon",
    "Bavaria or Saxony"; not "Cornwall and Devon Police"), as the text writes it; None otherwise."""
    listed = _place_listed_after(doc, last, whole=True)
    if listed is None:
        return None
    written, partner = listed
    if partner.country != place.country or fold(partner.name) != fold(written):
        return None
    sibling = is_region(partner) or (partner.population == 0 and partner.country is not None)
    return written if sibling else None


def _known_town_listed_after(doc: ActorDocument, last: int) -> str | None:
    """The name of a known town joined right after `last` by "and" or "or", given whole as its own name
    ("Reading and Slough"; not "Reading and Leeds Festival"), or None."""
    listed = _place_listed_after(doc, last, whole=True)
    if listed is None:
        return None
    written, partner = listed
    if partner.kind != "place" or partner.population < _KNOWN_TOWN:
        return None
    return written if fold(partner.name) == fold(written) else None


# Posts held for a town or a land, written capitalised between its name and the holder's: "Tarnby Mayor Ada
# Vell", "Ontario Premier Ilse Quell", "Kisumu Governor Peter Oduya".
_HEADS_OF_A_TOWN_OR_LAND = ELECTED_POSTS | word_set("mayor premier governor gov")
# One word between a land and the post held for it: "Missouri State Sen. Ann Lee", "Ohio Democratic Rep. Ann Lee".
_BETWEEN_LAND_AND_POST = word_set("state democratic republican")
# A member's party before the post, though a small town bears its word: "Liberal MPP Ada Quell", "Green MP".
_PARTY_WORDS = PARTIES_BY_WORD | word_set("liberal green democrat republican independent conservative")


# How frequent a town's name may be for its size and still be the town's (Zipf minus the population's log):
# Leeds (536,000 people) is -1.7, Geneva -1.3; Independence and Mobile, common words first, are -0.5.
_TOWNS_SHARE_OF_A_WORD = -1.2
# What follows a town that opens its sentence as the subject ("Leeds was quiet", "Geneva hosted"), besides a verb
# in the past tense; an opening word before a noun is as often an adjective ("Oral evidence").
_VERBS_AFTER_A_SUBJECT = word_set(
    "is was has had will would could can may might must should remains remain became becomes hosts welcomes lies"
    " sits saw sees"
)
_POSSESSIVE_BEFORE_A_NAME = re.compile(r"['’]s [A-Z]")
# What a person, a body or a side does and a town does not: "Leeds said" names a man or the club, "Coventry were
# relegated" (a plural verb) and "Memphis scored" a side or a player.
_NOT_A_TOWNS_VERB = word_set(
    "said says told added argued insisted confirmed announced denied are were have beat beats scored score scores"
    " won win wins lost lose loses drew draw draws trail trails trailed signed sign signs face faces faced play"
    " plays played"
)


def _known_town_by_its_own_name(doc: ActorDocument, place: Place, position: int, word: str, ordinary: bool) -> bool:
    """'Geneva hosted the talks', 'Leeds was quiet': a town of 100,000 people or more by its own name, a word no
    dictionary, list of given names or family names holds and the page never writes in lower case, needs no cue
    (its frequency in English is the town's own). A word that speaks, plays or takes a plural verb is a person, a
    body or a side of that name."""
    tokens = doc.tokens
    following = tokens[position + 1].folded if position + 1 < len(tokens) else ""
    if _POSSESSIVE_BEFORE_A_NAME.match(doc.text, tokens[position].end):
        return False  # "Harrow's End": a title or a place named after someone's, not the town
    if position in doc.sentence_first and not (
        following in _VERBS_AFTER_A_SUBJECT or (following.endswith("ed") and tokens[position + 1].text.islower())
    ):
        return False  # "Oral evidence:": an opening word before its noun, an adjective as likely as a town
    return (
        place.kind == "place"
        and place.population >= _KNOWN_TOWN
        and fold(place.name) == word
        and not is_region(place)
        and not ordinary
        and not is_given_name(word)
        and not is_surname(word)
        and word not in doc.surnames
        and not is_listed_firms_word(word)  # "Toyota", a city of 400,000 and the firm
        and following not in _NOT_A_TOWNS_VERB
        and following not in PEOPLES_GROUP_NOUNS  # "the Moro people": a people named like a town far away
        and zipf(word) - math.log10(place.population) <= _TOWNS_SHARE_OF_A_WORD
        and not about_sport(doc)  # "Parma", "Leeds" in a match report: the side as often as the town
    )


def _head_of_the_town_after(doc: ActorDocument, last: int) -> bool:
    """A capitalised post of a town or a land right after the name, then a capitalised name."""
    tokens = doc.tokens
    if last + 2 >= len(tokens) or not (tokens[last].joined and tokens[last + 1].joined):
        return False
    post = tokens[last + 1]
    if post.folded in _BETWEEN_LAND_AND_POST and tokens[last + 2].joined and last + 3 < len(tokens):
        post = tokens[last + 2]  # "Missouri State Sen.", "Iowa Republican Gov.": the post after its qualifier
        return post.folded in _HEADS_OF_A_TOWN_OR_LAND and post.text[:1].isupper() and cased(tokens[last + 3])
    return post.folded in _HEADS_OF_A_TOWN_OR_LAND and post.text[:1].isupper() and cased(tokens[last + 2])


def _police_of_the_place_after(doc: ActorDocument, last: int) -> bool:
    """'Kent police said', 'a Tarnby police station': "police" in lower case right after the name, as British and
    Australian papers write a county's, a town's or a state's force."""
    tokens = doc.tokens
    return last + 1 < len(tokens) and tokens[last].joined and tokens[last + 1].text == "police"


# A land's or a town's own heads and houses, after its name in the possessive.
_LAND_S_OWN = word_set("premier governor mayor legislature parliament")


def _head_of_the_land_in_its_possessive(doc: ActorDocument, last: int) -> bool:
    """'Ontario's premier', 'Tarnby's mayor': the name in the possessive, then its head or its house."""
    tokens = doc.tokens
    return (
        last + 1 < len(tokens)
        and doc.text[tokens[last].end : tokens[last + 1].start] in ("'s ", "’s ")
        and tokens[last + 1].folded in _LAND_S_OWN
    )


def _great_city_after(doc: ActorDocument, last: int, region: bool = False) -> str | None:
    """The great city joined by "and" or "or" right after a name ("Washington and Beijing"), if any; after
    a region's name, a state too ("Arizona and Kazakhstan": two governments, partners)."""
    listed = _place_listed_after(doc, last)
    if listed is None:
        return None
    written, partner = listed
    return written if partner.population >= LARGE_CITY or (region and partner.kind == "state") else None


def _place_listed_after(doc: ActorDocument, last: int, whole: bool = False) -> tuple[str, Place] | None:
    """The capitalised word joined by "and" or "or" right after `last` and the place the gazetteer reads in it, as
    written; with `whole`, only when no capitalised word goes on after it ("Reading and Leeds Festival")."""
    tokens = doc.tokens
    if last + 2 >= len(tokens) or tokens[last + 1].folded not in ("and", "or"):
        return None
    if not (tokens[last].joined and tokens[last + 1].joined and cased(tokens[last + 2])):
        return None
    if whole and last + 3 < len(tokens) and tokens[last + 2].joined and cased(tokens[last + 3]):
        return None
    partner = doc.gazetteer.lookup((tokens[last + 2].folded,))
    return (tokens[last + 2].text, partner) if partner is not None else None


# What one holds in a firm: "shares in", "a stake in" (a town after them is the firm named after it).
_HOLDINGS = word_set("shares stake stakes stock holding holdings shareholding")
# Lower-case words for a part of a land before its name: "northwest Ohio", "southern Cornwall", "upstate New York".
_PARTS_OF_A_LAND = COMPASS | word_set("upstate downstate rural coastal central")


def part_of_a_land_before(doc: ActorDocument, position: int) -> bool:
    """'in rural Tarnshire', 'across northern Varn': a preposition of place and a part of a land in lower
    case before the name: a land, whatever else its word may be (a given name: "rural Clare")."""
    tokens = doc.tokens
    return (
        position >= 2
        and tokens[position - 1].folded in _PARTS_OF_A_LAND
        and tokens[position - 1].text.islower()
        and tokens[position - 1].joined
        and tokens[position - 2].folded in PLACE_PREPOSITIONS
        and tokens[position - 2].joined
    )


def region_under_a_land(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> bool:
    """'sub-Saharan Africa': a lower-case "sub-" joined to a land's adjective, then a land the gazetteer knows,
    names a region of it (the adjective alone, "Saharan Africa", is no name of anything)."""
    start = doc.tokens[position].start
    if last != position + 1 or doc.text[max(0, start - 4) : start] != "sub-":
        return False
    return doc.gazetteer.lookup(words[1:]) is not None


def _of_after_a_name(doc: ActorDocument, k: int) -> bool:
    """Whether "of" after token `k` says where a name is from: the end of a capitalised name ("Advisors
    of", "Tarver of") or a person's age set off by commas ("Crane, 36, of")."""
    if k < 0:
        return False
    token, gap = doc.tokens[k], doc.text[doc.tokens[k].end : doc.tokens[k + 1].start]
    if token.text.isdigit():
        return gap == ", " and k >= 1 and doc.text[doc.tokens[k - 1].end : token.start] == ", "
    return gap in (" ", ", ") and cased(token) and k not in doc.sentence_first and token.folded not in FUNCTION_WORDS


_LIST_ITEM_WORDS = 3  # "Skellig Mor", "Port of Spain" aside: a list's items are short names


_LIST_ITEMS = 6  # "in Malakal, Bentiu, Rumbek and Wau": the items of a list looked back over


def _list_opening(doc: ActorDocument, item: int) -> int:
    """Where a list of names that `item` ends (after its "and") opens: back over its items of one to three
    capitalised words each, separated by commas, each a place the gazetteer knows or rare words ("in
    Malakal, Bentiu and Wau" opens at Malakal; "at Harlow Stores, ASOS and Zara" lists shops: no list of
    places, it opens at its last item)."""
    tokens, text = doc.tokens, doc.text
    opening = item
    for _ in range(_LIST_ITEMS):
        if (
            opening < 2
            or text[tokens[opening - 1].end : tokens[opening].start] != ", "
            or not cased(tokens[opening - 1])
        ):
            break
        start = opening - 1
        while (
            start >= 1 and opening - start < _LIST_ITEM_WORDS and tokens[start - 1].joined and cased(tokens[start - 1])
        ):
            start -= 1
        words = tuple(tokens[k].folded for k in range(start, opening - 1 + 1))
        placed = doc.gazetteer.lookup(words) is not None
        if not placed and not all(
            tokens[k].text.istitle() and zipf(tokens[k].folded) < _RARE_LIST_WORD for k in range(start, opening)
        ):
            return item
        opening = start
    return opening


_RARE_LIST_WORD = 3.0  # "Bentiu": a word too rare to be anything but a name


def _place_preposition_before(doc: ActorDocument, position: int) -> str | None:
    """The preposition of place right before a name, over an article ("to the Azores"), if any."""
    tokens = doc.tokens
    back = position - 1
    if back >= 1 and tokens[back].folded == "the" and tokens[back].text == "the":
        back -= 1
    if back < 0 or not tokens[back].joined or tokens[back].folded not in PLACE_PREPOSITIONS:
        return None
    return tokens[back].text


# After a dateline's place: its state or country, then a dash ("TAMPA, Fla. -", "BAGHDAD, Iraq —").
# "TAMPA, Fla., June 29, 2016 -": a state or country and a date may come before the dash;
# "TAMPA, Fla. (Feb. 19, 2017) -": the date in brackets; "KUANTAN, Dec 3 (Bernama) --": a typewriter's dash, which a
# US station's site glues to its call sign's bracket: "BANGOR (WQXT)-- A man ...".
# South Asian and Malaysian papers end it with a colon instead ("KARACHI: Traders said"): only a place the
# gazetteer knows is taken so (not "UPDATE:").
# A newswire names itself between slashes before the dash, or in brackets between dashes: "REGINA, SK, Dec. 1, 2026
# /PrairieWire/ -", "AUSTIN, Texas, Dec. 2, 2026 /PRNewswire/ --", "AUSTIN, Texas--(BUSINESS WIRE)--".
_DATELINE_END = re.compile(
    r"(?:, [\w .]{1,14}){0,3}(?:\s*\([\w .,]{1,24}\))?(?:\s*/[\w .-]{1,30}/)?(?:\s+|(?<=\)))(?:--|[-–—])\s"
    r"|:\s+[A-Z]|(?:, [\w .]{1,14}){0,3}--\([A-Z][A-Z ]{2,30}\)--"
)


# Two firms' joint release is filed from both their towns: "TARNBY, Virginia and QUELLTON, Idaho, Nov 12, 2020
# (GLOBE NEWSWIRE) —". The first town's state, "and", the second town; then the dateline's end.
_JOINT_DATELINE_END = re.compile(
    r", [\w .]{1,14} and [A-Z][A-Z .'-]{1,24}(?:, [\w .]{1,14}){0,5}(?:\s*\([\w .,]{1,24}\))?\s+(?:--|[-–—])\s"
)
_FIRST_TOWN_OF_A_JOINT_DATELINE = re.compile(r"[ \t]*[A-Z][A-Z .'-]{1,24}, [\w .]{1,14} and ")
_SPACES = re.compile(r"[ \t]*")


def _dateline(doc: ActorDocument, position: int, last: int) -> bool:
    """'TAMPA, Fla. - U.S. forces...': a place in capitals opening a line, then a dash."""
    tokens, text = doc.tokens, doc.text
    if not all(tokens[k].text.isupper() for k in range(position, last + 1)):
        return False
    start = tokens[position].start
    opening = line_start(text, start)
    opens_the_line = _SPACES.fullmatch(text, opening, start) is not None
    if not opens_the_line and not _FIRST_TOWN_OF_A_JOINT_DATELINE.fullmatch(text, opening, start):
        return False
    return (
        _DATELINE_END.match(text, tokens[last].end) is not None
        or _JOINT_DATELINE_END.match(text, tokens[last].end) is not None
    )


# A war reporter's dateline names where he is by a point of the compass off a town: "EAST OF MOSUL/BAGHDAD --",
# "SOUTH OF MOSUL, Iraq (Reuters) -". After the town, the second town after a slash, or the dateline's own end.
_COMPASS_OFF = word_set("east west north south northeast northwest southeast southwest")
_AFTER_COMPASS_TOWN = re.compile(r"/[A-Z]|, [A-Z]|\s+(?:--|[-–—])\s")


def compass_off_a_dateline_town(doc: ActorDocument, position: int, last: int) -> bool:
    """'EAST OF MOSUL/BAGHDAD --': a dateline in capitals opening its line with a compass point and "OF" before a
    town the gazetteer knows; the point and "of" say where the reporter is, only the town is a name."""
    tokens, text = doc.tokens, doc.text
    if last < position + 2 or tokens[position].folded not in _COMPASS_OFF or tokens[position + 1].folded != "of":
        return False
    if not all(tokens[k].text.isupper() for k in range(position, last + 1)):
        return False
    if _SPACES.fullmatch(text, line_start(text, tokens[position].start), tokens[position].start) is None:
        return False
    if doc.gazetteer.lookup(tuple(tokens[k].folded for k in range(position, last + 1))) is not None:
        return False  # "EAST OF ENGLAND -": a region named so
    place = doc.gazetteer.lookup(tuple(tokens[k].folded for k in range(position + 2, last + 1)))
    if place is None or place.kind != "place" or is_region(place) or is_listed_land(place):
        return False  # a town, not a land or a region ("EAST OF ENGLAND" names a region of its own)
    return _AFTER_COMPASS_TOWN.match(text, tokens[last].end) is not None


def titled_town_in_dateline(doc: ActorDocument, position: int, last: int) -> Candidate | None:
    """'PRINCE GEORGE, B.C. —', 'SHAH ALAM: …': a town whose name opens with a title, as a dateline in
    capitals writes it; the gazetteer's town, or any before its state's abbreviation ('KING CITY, Calif.')."""
    if position == last or not _dateline(doc, position, last):
        return None
    tokens, text = doc.tokens, doc.text
    if text[: tokens[position].start].rstrip(" \t")[-1:] not in ("", "\n"):
        return None
    place = doc.gazetteer.lookup(tuple(tokens[k].folded for k in range(position, last + 1)))
    if place is None:
        state = _STATE_AFTER_DATELINE.match(text, tokens[last].end) or _STATE_AND_AGENCY.match(text, tokens[last].end)
        if state is None or not _state_abbreviation(state[1]):
            return None
    written = text[tokens[position].start : tokens[last].end]
    name = _cased_as_the_gazetteer(written, place.name) if place is not None else written
    return Candidate(position, last, name, ActorKind.place, "a dateline in capitals", 0.7)


def _cased_as_the_gazetteer(written: str, official: str) -> str:
    """'UMM QASR' as 'Umm Qasr': the gazetteer's capitals on the letters the text wrote, not its accents
    ('Umm Qaşr') that the text's other mentions lack; a name the text spells otherwise is the gazetteer's."""
    bare = anyascii(official)
    return bare if bare.casefold() == written.casefold() and official.casefold() != written.casefold() else official


# "KING CITY, Calif. (AP) —": the state's abbreviation, then the agency, then the dash
_STATE_AND_AGENCY = re.compile(r", ([A-Z][A-Za-z.]{1,6}) \([\w .]{1,20}\) [-–—]\s")


# A possessive after a state's name: the state owns what follows, it says nothing of the town before it.
_POSSESSIVE = re.compile(r"['’]s\b")


def qualified_place(doc: ActorDocument, position: int, last: int) -> str | None:
    """'Brussels, Belgium', 'Washington, D.C.': a place named with the state or region it lies in.

    The source's own way of saying which of the places of that name it means, kept as an alias.
    """
    tokens, text = doc.tokens, doc.text
    if last + 1 >= len(tokens) or text[tokens[last].end : tokens[last + 1].start] != ", ":
        return None
    nxt = tokens[last + 1]
    if not cased(nxt):
        return None
    end = nxt.end
    if "." in nxt.text and len(nxt.text.replace(".", "")) <= 2 and nxt.text.replace(".", "").isupper():
        if dotted_subdivision(doc, last + 1) is not None:
            return None  # "KAMLOOPS, B.C.": the province is named on its own, as "Fla." is
        end += text[end : end + 1] == "."  # "D.C."
    else:
        where = doc.gazetteer.lookup((nxt.folded,))
        if where is None or where.kind != "state" or _POSSESSIVE.match(text, nxt.end):
            return None  # (not "In Vientiane, Australia's Ambassador ...": the state opens the clause after the town)
        place = doc.gazetteer.lookup(tuple(tokens[k].folded for k in range(position, last + 1)))
        if place is not None and _listed_beside(place, where):
            return None
        if place is not None and place.country not in (None, where.name) and _AND_A_NAME.match(text, nxt.end):
            return None  # "Today in Palikir, Australia and Micronesia signed": the state opens the clause's subject
    return text[tokens[position].start : end]


_AND_A_NAME = re.compile(r" and (?:the )?[A-Z]")


def _word_names_a_state(doc: ActorDocument, k: int) -> bool:
    named = doc.gazetteer.lookup((doc.tokens[k].folded,))
    return named is not None and named.kind == "state"


def _listed_beside(place: Place, state: Place) -> bool:
    """'England, Ireland, Scotland, Australia', 'Bavaria, Austria and Tyrol': a land no state owns in the
    gazetteer (a nation of the UK, a continent) or another state's region, before a state's name and a comma,
    is an item of a list, not a town the state says which of its namesakes is meant ("Perth, Scotland")."""
    return place.kind == "place" and (place.country is None or (is_region(place) and place.country != state.name))


def abbreviation_of_place_or_era(doc: ActorDocument, position: int) -> bool:
    tokens, text = doc.tokens, doc.text
    if position == 0:
        return False
    before = tokens[position - 1]
    gap = text[before.end : tokens[position].start]
    if gap == ", " and any(
        doc.gazetteer.lookup(tuple(t.folded for t in tokens[start:position])) is not None
        for start in range(max(0, position - 3), position)
    ):
        return True  # "Washington, D.C.", "Atlantic City, N.J."
    return before.text.isdigit()  # "600 B.C."


# An article or a preposition elided onto the next word in French, Italian, Catalan and
# Portuguese ("l'Allemagne", "d'Italie", "dell'Ucraina", "nell'Iraq", "l'Alguer"), before a capital;
# Russian and Ukrainian keep the French one in names they borrow ("Кот-д’Ивуар").
_ELIDED = re.compile(r"(?:[ldjnsc]|qu|[dn]ell|[ds]ull|[dn]all|all|col|sull|tra|д)['’](?=[^\W\d_])(\w.*)", re.IGNORECASE)


def elided_name(token: Token) -> str | None:
    """What follows an elided article, when it is capitalised: 'Allemagne' in "l'Allemagne"."""
    match = _ELIDED.fullmatch(token.text)
    # "L'Espagne et le Maroc …": the article opening a sentence takes its capital
    opening_article = token.text[:2] in ("L'", "L’")
    if match is None or not (token.text[0].islower() or opening_article) or not match.group(1)[0].isupper():
        return None
    return match.group(1)


def hyphened_place(doc: ActorDocument, first: int, words: tuple[str, ...]) -> Place | None:
    """'Mexiko-Stadt', 'Clermont-Ferrand': a place whose whole name is joined by hyphens, looked up
    as written before its parts are (the tokens split at a hyphen; the gazetteer keeps it)."""
    if len(words) < 2:
        return None
    tokens, text = doc.tokens, doc.text
    parts = [words[0]]
    for k in range(1, len(words)):
        gap = text[tokens[first + k - 1].end : tokens[first + k].start]
        if gap in ("-", "‐"):
            parts[-1] += "-" + words[k]
        else:
            parts.append(words[k])
    if len(parts) == len(words):
        return None
    return doc.gazetteer.lookup(tuple(parts))


# Small words an English town's name joins by hyphens: "Stow-on-the-Wold", "Newcastle-under-Lyme",
# "Barrow-in-Furness", "Weston-super-Mare", "Chapel-en-le-Frith".
_TOWN_JOINERS = frozenset(("on", "upon", "under", "in", "super", "next", "cum", "en", "le"))


def english_town_form(doc: ActorDocument, first: int, last: int) -> bool:
    """'Stow-on-the-Wold', 'Ashby-upon-Tarn': capitalised words joined by hyphens through "on", "upon",
    "under" (and "the") are an English town's name, known to the gazetteer or not."""
    tokens, text = doc.tokens, doc.text
    if last - first < 2 or not tokens[first].capitalised or not tokens[last].capitalised:
        return False
    if any(text[tokens[k].end : tokens[k + 1].start] not in ("-", "‐") for k in range(first, last)):
        return False
    inner = [tokens[k] for k in range(first + 1, last)]
    return any(t.folded in _TOWN_JOINERS for t in inner) and all(
        t.text.islower() and (t.folded in _TOWN_JOINERS or t.folded == "the") for t in inner
    )


# How `name_kinds` marks a body opened by a coined word ("Healthwatch Kent"): a guess a list's noun overrules.
COINED_OPENER = "a coined word"


def places_listed_together(doc: ActorDocument, candidates: list[Candidate]) -> None:
    """'in Qamenas, Sarmin and Talamenes': names listed after a preposition of place beside a
    town are towns too. Only a place (not a state: 'from Iran, Russia and Hezbollah') makes
    the others of its list places, and only names nothing else gave a kind."""
    tokens, text = doc.tokens, doc.text
    ordered = sorted(candidates, key=lambda c: c.first)
    chains: list[list[Candidate]] = []
    for k, candidate in enumerate(ordered):
        chain = chains[-1] if chains else None
        if chain is not None and tokens[chain[-1].last].end <= tokens[candidate.first].start:
            gap = text[tokens[chain[-1].last].end : tokens[candidate.first].start]
            if gap in LIST_GAPS and not (gap in (", and ", ", or ") and _and_pair_follows(doc, ordered, k)):
                chain.append(candidate)
                continue
        chains.append([candidate])
    for chain in chains:
        end = chain[-1].last
        if (
            len(chain) >= 2
            and tokens[end].joined
            and end + 1 < len(tokens)
            and tokens[end + 1].folded in PLURAL_AREA_HEADS
        ):
            # "the Varnak and Tremmin provinces": the plural head is every listed name's.
            for candidate in chain[:-1]:
                # (a compound that only looked coined is an area too: "the Sandtown-Weller and Harlem Park
                # neighborhoods")
                if candidate.kind is ActorKind.other or candidate.found_by.startswith(COINED_OPENER):
                    candidate.kind = ActorKind.place
                    candidate.found_by = f"listed before '{tokens[end + 1].text}'"
                    candidate.confidence = 0.6
            continue
        if _places_before_their_state(doc, chain):
            continue
        if len(chain) < 2 or chain[0].first == 0 or _clause_opens_after_comma(doc, chain):
            continue
        before = tokens[chain[0].first - 1].folded
        # "the residents of Ngouboua, Tarnokoro and Baga Sola": the phrase that made the first a place
        # (`PHRASE_BEFORE`, ending in "of") opens the whole list
        # (a town the gazetteer knows says so in brackets: "gazetteer: Jaramānā, Syria (after 'Residents of')")
        of_place = before == "of" and chain[0].kind is ActorKind.place and chain[0].found_by.endswith((" of'", " of')"))
        if before not in PLACE_PREPOSITIONS and before not in PLACE_NOUNS and not of_place:
            # "to the Azores and Madeira": the article between the preposition and the list.
            opener = _place_preposition_before(doc, chain[0].first)
            if opener is None:
                continue
            before = opener.casefold()
        anchor = next((c for c in chain if c.kind is ActorKind.place), None)
        if anchor is None:
            continue
        holder = _holder_after_a_posts_remit(doc, chain)
        for candidate in chain:
            if candidate is holder or _named_with_a_place_of_its_own(doc, chain, candidate):
                continue
            if _subject_after_the_state(doc, chain, candidate):
                continue
            if (
                candidate.kind is ActorKind.other
                or _given_name_alone(candidate)
                or _surname_guess(candidate)
                or _given_name_between_places(chain, candidate)
            ):
                candidate.kind = ActorKind.place
                candidate.found_by = f"listed with the place '{anchor.name}' after '{before}'"
                candidate.confidence = 0.55


def _named_with_a_place_of_its_own(doc: ActorDocument, chain: list[Candidate], candidate: Candidate) -> bool:
    """'Reporting by Ilse Varn in Tarnby and Tomas Quell in Varnmoor': a name after the first place with its own
    preposition and place after it, as a name stood before the first: a second person and where, no place."""
    tokens = doc.tokens
    after, opener = candidate.last + 1, chain[0].first - 1
    return (
        candidate is not chain[0]
        and opener >= 1
        and after + 1 < len(tokens)
        and tokens[after].folded == tokens[opener].folded
        and tokens[after].text.islower()
        and tokens[after + 1].capitalised
        and tokens[opener - 1].capitalised
    )


def _and_pair_follows(doc: ActorDocument, ordered: list[Candidate], k: int) -> bool:
    """'a hub at Ruatoria, and Quellmark and Tarvelco sent trucks': the name after ", and" has an "and" and
    another name after it, so it opens a new clause's pair; a list has no "and" inside it."""
    if k + 1 >= len(ordered):
        return False
    tokens = doc.tokens
    start, after = tokens[ordered[k].last].end, tokens[ordered[k + 1].first].start
    return start <= after and doc.text[start:after] == " and "


def _clause_opens_after_comma(doc: ActorDocument, chain: list[Candidate]) -> bool:
    """'who ran systems at Shopwell, Quorra sells software', 'won in Harare, and Zanu-PF officials said': two
    names with only a comma (or a comma and "and", no list's way with two) between them and a word in lower case
    after the second are no list; the second is the subject of a new clause."""
    tokens, text = doc.tokens, doc.text
    end = chain[-1].last + 1
    return (
        len(chain) == 2
        and text[tokens[chain[0].last].end : tokens[chain[1].first].start] in (", ", ", and ")
        and end < len(tokens)
        and text[tokens[end - 1].end : tokens[end].start] == " "
        and tokens[end].text.isalpha()
        and tokens[end].text.islower()
        and tokens[end].folded not in _AFTER_A_PLACE
    )


# Words that go on after a place, not after a clause's subject: "in Tarnby, Quellmoor on Monday".
_AFTER_A_PLACE = word_set(
    "on in at to from for of by near last this next yesterday today tonight and or but after before since until "
    "during when where while where which who that with without as than over under"
)


# How far back a post's title may stand before the place its remit ends with ("the Secretary of the Party
# Committee in Ho Chi Minh City, Nguyen Thien Nhan").
_REMIT_WORDS = 8


def _holder_after_a_posts_remit(doc: ActorDocument, chain: list[Candidate]) -> Candidate | None:
    """'the Ambassador to Egypt, Herro Mustafa-Garg.': a post's remit that ends with a place, then a comma
    and a name of two words or more read as a person's: the post's holder, not a second place of a list."""
    tokens, text = doc.tokens, doc.text
    if len(chain) != 2 or text[tokens[chain[0].last].end : tokens[chain[1].first].start] != ", ":
        return None
    holder = chain[1]
    if holder.last == holder.first or not (_surname_guess(holder) or holder.kind is ActorKind.other):
        return None
    if text[tokens[holder.last].end : tokens[holder.last].end + 1] not in (".", ",", ";", ")", ""):
        return None  # "to Egypt, Herro Mustafa-Garg Street": more follows the name
    start = max(0, chain[0].first - _REMIT_WORDS)
    title = next((k for k in range(chain[0].first - 1, start - 1, -1) if tokens[k].folded in TITLES), None)
    if title is None:
        return None
    # only the remit's words between ("Ambassador to", "Secretary of the Party Committee in"), no verb
    # ("the minister flew to Kessaru, Baga Sola": a list of places)
    remit = range(title + 1, chain[0].first)
    return holder if all(tokens[k].capitalised or tokens[k].folded in FUNCTION_WORDS for k in remit) else None


def _surname_guess(candidate: Candidate) -> bool:
    """A person read only from a family name at its end ("Baga Sola"): in a list of places, a town."""
    return candidate.kind is ActorKind.person and candidate.found_by.startswith("a family name")


# Verbs right after a name that opens the clause following a birthplace: "Born in 1977 in Idlib, Syria, Adnani has".
_CLAUSE_VERBS = frozenset(("has", "had", "have", "is", "was", "said", "says", "will", "would", "became", "joined"))


def _subject_after_the_state(doc: ActorDocument, chain: list[Candidate], candidate: Candidate) -> bool:
    """'born in Idlib, Syria, Adnani has delivered ...': the name after the state that closes a place and before a
    verb is the clause's subject, no place of the list."""
    tokens = doc.tokens
    k = chain.index(candidate)
    return (
        k >= 2
        and k == len(chain) - 1
        and chain[k - 1].kind is ActorKind.state
        and candidate.last + 1 < len(tokens)
        and tokens[candidate.last].joined
        and tokens[candidate.last + 1].folded in _CLAUSE_VERBS
    )


def _places_before_their_state(doc: ActorDocument, chain: list[Candidate]) -> bool:
    """'Born: 1962, Tagbilaran, Bohol, Philippines', 'in Kessaru, Tremla, Philippines': names of no kind
    written before a state only with commas are its towns and regions, not bodies or people (not
    "Varnex, Germany's largest bank": the state there owns what follows)."""
    tokens, text = doc.tokens, doc.text
    state = chain[-1]
    if len(chain) < 2 or state.kind is not ActorKind.state:
        return False
    if text[tokens[state.last].end : tokens[state.last].end + 1] in ("'", "’"):
        return False
    towns: list[Candidate] = []
    for item, following in zip(reversed(chain[:-1]), reversed(chain[1:]), strict=True):
        if text[tokens[item.last].end : tokens[following.first].start] != ", ":
            break
        towns.append(item)
    changed = False
    for town in towns:
        if town.kind is ActorKind.other and town.last - town.first < _TOWN_WORDS:
            town.kind = ActorKind.place
            town.found_by = f"written before the state '{state.name}' with a comma"
            town.confidence = 0.55
            changed = True
    return changed


_TOWN_WORDS = 3


def _given_name_between_places(chain: list[Candidate], candidate: Candidate) -> bool:
    """'homes in Tarnby, Intan Varo and Quellmoor': a name taken for a person only by its first word, a given name, with
    a place listed before it and another after it."""
    if candidate.kind is not ActorKind.person or not candidate.found_by.startswith("a given name '"):
        return False
    at = chain.index(candidate)
    # (the one after may not be read yet: a name of no kind is read as a place of the list)
    return any(c.kind is ActorKind.place for c in chain[:at]) and any(
        c.kind in (ActorKind.place, ActorKind.other) for c in chain[at + 1 :]
    )


def _given_name_alone(candidate: Candidate) -> bool:
    """'to Brittany and Cornwall': one word taken for a person only because it is a given name."""
    return (
        candidate.kind is ActorKind.person
        and candidate.first == candidate.last
        and candidate.found_by.startswith("a given name '")
        and candidate.found_by.endswith("' alone")
    )


def after_place_noun(doc: ActorDocument, position: int) -> bool:
    """ "the villages of Oskeldorf and Tremmin": a name in a list after a place noun, in its sentence."""
    tokens = doc.tokens
    back = position - 1
    while back >= 0 and back >= position - 7:
        gap = doc.text[tokens[back].end : tokens[back + 1].start]
        if _SENTENCE_STOP.search(gap) or ("." in gap and len(tokens[back].text) > _ABBREVIATION):
            return False  # "services to the port in July. Transport Minister ...": the list ended with its sentence
        word = tokens[back].folded
        if word in PLACE_NOUNS and tokens[back].text.isupper():
            return False  # "MILLBRAE CITY — Shoppers ...": a dateline's own word, no list of places
        if word in PLACE_NOUNS and tokens[back].capitalised and back + 1 == position and tokens[back].joined:
            return False  # "District Revenue Officer K. Varn": the noun opens a post's words, no list after it
        if word in PLACE_NOUNS and tokens[back].capitalised and back + 1 < position and tokens[back + 1].capitalised:
            return False  # "on Tarnby District Council, Renew took the seat": the noun inside a body's name
        if word in PLACE_NOUNS:
            # "Tarnland's capital, and Ola is one of its stars": a comma and "and" right after the noun open a
            # clause, no list of its places
            return not (
                tokens[back + 1].folded in ("and", "but") and "," in doc.text[tokens[back].end : tokens[back + 1].start]
            )
        # "towns in Northern Tremmin including Oskel and Varn", "cities such as Oskel"
        if word not in _LIST_WORDS and not tokens[back].capitalised:
            return False
        back -= 1
    return False


_LIST_WORDS = word_set("of and or including such as like notably namely in")
_SENTENCE_STOP = re.compile(r"[;:!?\n]")
_ABBREVIATION = 3  # "St.", "Mt.": a word this short before a full stop may be cut short, the sentence going on


def cased_as_place(doc: ActorDocument, word: str) -> bool:
    """Whether a word written after "in", "at"... may be a place: not the first word of an
    organisation's name elsewhere in the document ("at Rhodium" for "Rhodium Group")."""
    return word not in doc.org_firsts


def alternate_spelling(place: Place, words: tuple[str, ...]) -> bool:
    """A gazetteer hit through another spelling than the place's own name ("Perl" for Pearl); the name a town goes by
    every day is its own ("Newcastle" of Newcastle upon Tyne, "Frankfurt" of Frankfurt am Main)."""
    if fold_phrase(place.name) == words:
        return False
    everyday = english_everyday_name(place.name) or everyday_name(place.name)
    return everyday is None or fold_phrase(everyday) != words


# A place this size is known by its other spellings too ("in Raqqah", "in Homyel").
_KNOWN_TOWN = 100_000
# A word at least this common (Zipf: "time", "best", "most", "same") names a small town only after a town's noun.
_COMMONEST_WORD = 5.5


def _alternate_supported(place: Place, word: str, previous: str) -> bool:
    """Whether a one-word hit through another spelling of a place has the support it needs.

    A preposition only for a town of some size ("from Perl" is no Pearl, Mississippi, "to Rust"
    no El Cerrito); a large city alone only if the spelling is a rare word that starts as a word
    of its name does ("Anda" is no spelling of Daqing). A country after a comma is enough, which
    `place_support` checks first.
    """
    if previous in PLACE_PREPOSITIONS or previous in PLACE_NOUNS:
        # "to Koln", "in Cologne" for Köln; "switch to Rust" names no El Cerrito, California.
        return place.population >= _KNOWN_TOWN
    return zipf(word) < 3.5 and near_spelling(place, word)


def near_spelling(place: Place, word: str) -> bool:
    """'Raqqah' for Raqqa, 'Fallujah' for Al Fallujah: a spelling that starts as a word of the
    place's name does; 'Anda' for Daqing, 'Giger' for Jijel do not."""
    return any(part[:1] == word[:1] for part in fold_phrase(place.name))


_ABBREVIATION_LETTERS = 5


def state_abbreviation_after_place(doc: ActorDocument, position: int) -> bool:
    tokens, text = doc.tokens, doc.text
    token = tokens[position]
    if position == 0 or len(token.text) > _ABBREVIATION_LETTERS or text[token.end : token.end + 1] != ".":
        return False
    if text[tokens[position - 1].end : token.start] != ", " or not cased(tokens[position - 1]):
        return False
    return doc.gazetteer.lookup((token.folded,)) is None


# The abbreviations of US states that news and military releases write after a town ("TAMPA,
# Fla.", "Fort Bragg, N.C." has dots inside and stays unread): the state is a place named there.
US_STATE_ABBREVIATIONS = {
    "ala": "Alabama", "ariz": "Arizona", "ark": "Arkansas", "calif": "California", "colo": "Colorado",
    "conn": "Connecticut", "del": "Delaware", "fla": "Florida", "ga": "Georgia", "ill": "Illinois",
    "ind": "Indiana", "kan": "Kansas", "ky": "Kentucky", "la": "Louisiana", "md": "Maryland",
    "mass": "Massachusetts", "mich": "Michigan", "minn": "Minnesota", "miss": "Mississippi", "mo": "Missouri",
    "mont": "Montana", "neb": "Nebraska", "nev": "Nevada", "okla": "Oklahoma", "ore": "Oregon",
    "pa": "Pennsylvania", "tenn": "Tennessee", "va": "Virginia", "vt": "Vermont", "wash": "Washington",
    "wis": "Wisconsin", "wyo": "Wyoming",
}  # fmt: skip


# The two-letter postal codes of US states, after a town ("New York City, NY", "Austin, TX"): read only after a
# town the gazetteer knows in the United States, since "IN", "OR", "ME" and "CO" are words or letters too.
US_POSTAL_CODES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado",
    "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho",
    "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
    "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota",
    "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina",
    "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania",
    "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas",
    "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington", "WV": "West Virginia",
    "WI": "Wisconsin", "WY": "Wyoming",
}  # fmt: skip
US_STATE_NAMES = frozenset(US_POSTAL_CODES.values())
_TOWN_WORDS = 3  # "New York City", "Salt Lake City", "Palo Alto" before the comma


def us_state_by_postal_code(doc: ActorDocument, position: int) -> str | None:
    """'NY' in "Columbia University in New York City, NY, set out": the US state a town the gazetteer knows in
    the United States lies in, by its postal code after the town and a comma."""
    tokens, text = doc.tokens, doc.text
    code = tokens[position].text
    state, country = US_POSTAL_CODES.get(code), "United States"
    if state is None and code in CANADIAN_POSTAL_CODES:
        # "REGINA, SK, Dec. 1 /PrairieWire/": a Canadian wire writes its province so
        state, country = CANADIAN_POSTAL_CODES[code], "Canada"
    if state is None or position == 0 or text[tokens[position - 1].end : tokens[position].start] != ", ":
        return None
    if text[tokens[position].end : tokens[position].end + 1].isalnum():
        return None
    end = position - 1
    for first in range(end, max(-1, end - _TOWN_WORDS), -1):
        if not cased(tokens[first]) or (first < end and not tokens[first].joined):
            break
        town = doc.gazetteer.lookup(tuple(token.folded for token in tokens[first : end + 1]))
        if town is not None and town.kind == "place" and town.country == country:
            return state
    return None


# Canada's provinces and territories by their postal codes, as its newswires write them after a town.
CANADIAN_POSTAL_CODES = {
    "AB": "Alberta", "BC": "British Columbia", "MB": "Manitoba", "NB": "New Brunswick",
    "NL": "Newfoundland and Labrador", "NS": "Nova Scotia", "NT": "Northwest Territories", "NU": "Nunavut",
    "ON": "Ontario", "PE": "Prince Edward Island", "QC": "Quebec", "SK": "Saskatchewan", "YT": "Yukon",
}  # fmt: skip


# Canada's provinces as its papers abbreviate them after a town ("BARRIE, Ont.", "Brandon, Man."); those
# written with inner dots ("B.C.", "N.S.") stay unread, as the US ones do.
PROVINCE_ABBREVIATIONS = {
    "ont": "Ontario", "que": "Quebec", "alta": "Alberta", "sask": "Saskatchewan", "man": "Manitoba",
    "nfld": "Newfoundland and Labrador",
}  # fmt: skip


# Provinces and states written with a dot after each letter ("in B.C.", "KAMLOOPS, B.C.", "N.Y.'s"): the
# place, not a body's letters. ("S.C." is left out: Irish senior counsel write it after their names.)
DOTTED_SUBDIVISIONS = {
    "b.c.": "British Columbia", "n.s.": "Nova Scotia", "n.b.": "New Brunswick", "p.e.i.": "Prince Edward Island",
    "n.w.t.": "Northwest Territories", "n.y.": "New York", "n.j.": "New Jersey", "n.c.": "North Carolina",
    "n.h.": "New Hampshire", "n.m.": "New Mexico", "n.d.": "North Dakota", "s.d.": "South Dakota",
    "r.i.": "Rhode Island",
}  # fmt: skip
_YEAR_BEFORE = re.compile(r"\d[ \t]*$")


def dotted_subdivision(doc: ActorDocument, position: int) -> str | None:
    """'B.C.' in "officials in B.C.": the province or state these letters stand for, not after a year
    ("300 B.C.")."""
    token = doc.tokens[position]
    place = DOTTED_SUBDIVISIONS.get(doc.text[token.start : token.end + 1].casefold())
    place = place or DOTTED_SUBDIVISIONS.get(token.text.casefold())
    if place is None or _YEAR_BEFORE.search(doc.text, max(0, token.start - 8), token.start):
        return None
    return place


# A US army post before a US state's name: "Fort Stewart, Georgia", "Camp Blanding, Florida".
_US_POSTS = frozenset(("fort", "camp"))


def us_state_named_as_a_state(doc: ActorDocument, position: int) -> str | None:
    """'Georgia' in "Savannah, Georgia" or "Fort Stewart, Georgia": a US state whose name a state abroad bears,
    after a town the gazetteer knows in the United States, or an army post, and a comma, is the US state."""
    tokens, text = doc.tokens, doc.text
    token = tokens[position]
    name = token.text
    if name not in US_STATE_NAMES or position == 0 or text[tokens[position - 1].end : token.start] != ", ":
        return None
    named = doc.gazetteer.lookup((token.folded,))
    if named is None or named.kind != "state":
        return None
    end = position - 1
    for first in range(end, max(-1, end - _TOWN_WORDS), -1):
        if not cased(tokens[first]) or (first < end and not tokens[first].joined):
            break
        if first < end and tokens[first].folded in _US_POSTS:
            return name
        town = doc.gazetteer.lookup(tuple(t.folded for t in tokens[first : end + 1]))
        if town is not None and town.kind == "place" and town.country == "United States":
            return name
    return None


def us_state_after_place(doc: ActorDocument, position: int) -> str | None:
    """'Fla.' in "TAMPA, Fla.", 'Ont.' in "BARRIE, Ont.": the US state or the Canadian province a town lies
    in, by its abbreviation."""
    tokens, text = doc.tokens, doc.text
    token = tokens[position]
    if position == 0 or text[token.end : token.end + 1] != "." or not token.text[:1].isupper():
        return None
    town = tokens[position - 1]
    if text[town.end : token.start] != ", " or not town.text[:1].isupper():
        return None  # "TAMPA" of a dateline is written in capitals: also a town
    return US_STATE_ABBREVIATIONS.get(token.folded) or PROVINCE_ABBREVIATIONS.get(token.folded)


# What follows the state in a dateline: the outlet in brackets or the dash before the story, perhaps after the date,
# or a release's wire ("AUSTIN, Texas, Dec. 2, 2026 /PRNewswire/ --", "AUSTIN, Texas--(BUSINESS WIRE)--").
_AFTER_DATELINE_STATE = re.compile(r"(?:, [\w .]{1,14}){0,2}[ \t]*(?:\(|/[\w .-]{1,30}/|(?:--|[-–—])[ \t])|--\(")


def state_in_dateline(doc: ActorDocument, position: int, last: int) -> Candidate | None:
    """'Ohio' in "WELLINGTON, Ohio (WKVB) — A man ...": the state or region a dateline's town lies in,
    written in full after the town in capitals that opens the line, before the outlet or the dash."""
    tokens, text = doc.tokens, doc.text
    if position == 0 or text[tokens[position - 1].end : tokens[position].start] != ", ":
        return None
    if not _AFTER_DATELINE_STATE.match(text, tokens[last].end):
        return None
    town = text[line_start(text, tokens[position].start) : tokens[position - 1].end]
    if not town.strip() or not town.replace(" ", "").replace("-", "").isalpha() or not town.isupper():
        return None
    place = doc.gazetteer.lookup(tuple(tokens[k].folded for k in range(position, last + 1)))
    if place is None:
        return None
    name = text[tokens[position].start : tokens[last].end]
    # "KYIV, Ukraine (AP)": a sovereign state keeps its kind; "Ohio" is a region, a place
    kind = ActorKind.state if place.kind == "state" else ActorKind.place
    return Candidate(position, last, name, kind, "a dateline's state, after its town", 0.7)


# "(Vilnius) – Belarusian authorities ...", "(Nairobi) — ...": a rights group's dateline, the town in brackets
# opening the first paragraph, then a dash.
_BRACKETED_DATELINE_END = re.compile(r"\)\s*(?:--|[-–—])\s")


def bracketed_dateline(doc: ActorDocument, position: int, last: int) -> Candidate | None:
    """A town the gazetteer knows, in brackets at a line's start before a dash (not "(Reuters) -": the
    agency of a dateline whose town was cut)."""
    tokens, text = doc.tokens, doc.text
    start = tokens[position].start
    if start == 0 or text[start - 1] != "(":
        return None
    k = start - 2
    while k >= 0 and text[k] in " \t":
        k -= 1  # the bracket opens its line (walked back over spaces only: a long line is not read again)
    if k >= 0 and text[k] != "\n":
        return None
    if not _BRACKETED_DATELINE_END.match(text, tokens[last].end):
        return None
    place = doc.gazetteer.lookup(tuple(tokens[k].folded for k in range(position, last + 1)))
    if place is None:
        return None
    kind = ActorKind.state if place.kind == "state" else ActorKind.place
    return Candidate(position, last, text[start : tokens[last].end], kind, "a dateline in brackets", 0.7)


# "Nadi, Fiji" on a line of its own at a release's head: where it was issued, as a dateline without
# its date. Up to four capitalised words, a comma, then a state.
_PLACE_LINE = re.compile(
    r"^[ \t]*((?:[A-Z][\w'’.-]*[ \t]?){1,4}),[ \t]+([A-Z][\w'’.-]*(?:[ \t][A-Z][\w'’.-]*){0,3})[ \t]*$", re.M
)


# A minister's transcript is headed by the kind of event, then where it was held, the venue first if named:
# "Doorstop, Canberra", "Press conference, Australian High Commission, London", "Joint press conference, Parliament
# House, Canberra". The event's words are no name; the venue and the town are.
_EVENT_PLACE_LINE = re.compile(
    r"^[ \t]*(?i:(?:joint |doorstop )?(?:doorstop|press conference|media conference|press briefing|interview"
    r"|remarks|speech|transcript))[ \t]*,[ \t]+"
    r"((?:[A-Z][^,\n]{1,60},[ \t]+){0,2}([A-Z][\w'’.-]*(?:[ \t][A-Z][\w'’.-]*){0,2}))"
    r"[ \t]*$",
    re.M,
)


def place_lines(text: str, gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """The spans of lines that name where a release was issued, "Tremmin, Varnia", or where a transcript's event
    was held, "Doorstop, Tremmin", which read as headings otherwise (Title Case, no full stop): the place, its
    state and a venue before the town are names."""
    found = []
    for match in _PLACE_LINE.finditer(text):
        state = gazetteer.lookup(tuple(fold(word) for word in match[2].split()))
        if state is not None and (state.kind == "state" or _BYLINE_BEFORE.search(text, 0, match.start())):
            found.append((match.start(1), match.end(2)))
    for match in _EVENT_PLACE_LINE.finditer(text):
        if gazetteer.lookup(tuple(fold(word) for word in match[2].split())) is not None:
            found.append((match.start(1), match.end(1)))
    return found


# A line that holds one state's name and no more (a footnote or a bracket may follow): " Tremmia", "Varnia[14]",
# "Tremmia (from 2016)", as a war box or a coalition's page lists its members one a line.
_STATE_ITEM = re.compile(
    r"^[ \t]*([A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|of|and|the)){0,4})(?:[ \t]*\[[^\]\n]{1,20}\])*"
    r"(?:[ \t]*\([^)\n]{1,30}\))?[ \t]*$",
    re.MULTILINE,
)
_STATE_RUN = 3  # one state's name on a line is a heading; three such lines in a row are a list of states


def state_list_lines(text: str, gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """The spans of the states' names in a run of lines each holding one state alone ("US / Canada / France[14] /
    Australia"), which read as one-word headings otherwise: a coalition's members, a war's belligerents. A copy of
    a wiki's box keeps a blank where a state's flag was: one such line alone is an item too (" Burkina Faso" under
    "Active regions Mali")."""
    found: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]*", text):
        item = _STATE_ITEM.fullmatch(line[0])
        place = gazetteer.lookup(tuple(fold(word) for word in item[1].split())) if item is not None else None
        if item is not None and place is not None and place.kind == "state":
            run.append((line.start() + item.start(1), line.start() + item.end(1)))
            if line[0][:1] in (" ", "\t") and run[-1] not in found:
                found.append(run[-1])  # " Burkina Faso": a box's item, the blank where its flag was, no heading
        elif line[0].strip():
            found += [span for span in run if span not in found] if len(run) >= _STATE_RUN else []
            run = []
    return found + ([span for span in run if span not in found] if len(run) >= _STATE_RUN else [])


def towns_above_a_date(text: str, gazetteer: Gazetteer) -> list[tuple[int, int, str]]:
    """'Washington, D.C.' or 'Geneva' on its own line above the day a briefing or a release was given
    ("April 2, 2026"): where it was issued, a town the gazetteer knows. Each as its start, end and the
    gazetteer's name (the line reads as a heading otherwise, and a lone word there as no name)."""
    found = []
    for pattern in (_PLACE_LINE, _TOWN_LINE):
        for match in pattern.finditer(text):
            place = gazetteer.lookup(tuple(fold(word) for word in match[1].split()))
            if place is not None and place.kind == "place" and _DATE_LINE_AFTER.match(text, match.end()):
                found.append((match.start(1), match.end(1), place.name))
    return found


# The day on the next line, as a release's head gives it under where it was issued: "April 2, 2026",
# "Tuesday, 3 March 2026".
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DATE_LINE_AFTER = re.compile(
    rf"\n[ \t]*(?:[A-Z][a-z]+day,?[ \t]+)?(?:(?:{_MONTHS})[ \t]+\d{{1,2}},?[ \t]+\d{{4}}"
    rf"|\d{{1,2}}[ \t]+(?:{_MONTHS})[ \t]+\d{{4}})[ \t]*$",
    re.M,
)
# A town's name alone on its line: one to three capitalised words.
_TOWN_LINE = re.compile(r"^[ \t]*((?:[A-Z][\w'’.-]*)(?:[ \t][A-Z][\w'’.-]*){0,2})[ \t]*$", re.M)


# "By Ilse Varn\nTremmin News, Kessa": under a byline, the desk and the town the reporter files from.
_BYLINE_BEFORE = re.compile(r"^[ \t]*By[ \t]+[A-Z][^\n]{1,60}\n\Z", re.M)


# An American paper's dateline: "HARBOR CITY — Riders ...", the town in capitals opening the article's
# line, then a dash and the story.
_DASH_AFTER_DATELINE = re.compile(r"\s(?:--|[-–—])\s+[^\W\d_]")


_STATE_AFTER_DATELINE = re.compile(r", ([A-Z][A-Za-z.]{1,6}) (?:--|[-–—])\s")
# A firm's release gives the day after the state instead of the dash: "TARNSDALE, MD, August 17, 2015 /Newswire/",
# "TARNSDALE, Md., Aug. 17, 2015" (a two-letter postal code is read only so, before the release's day).
_STATE_THEN_DAY = re.compile(
    r", ([A-Z][A-Za-z.]{1,6}),? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}\b"
)


# "TREVELLICK, Wales —": a dateline's town, then the land it lies in, by its name; a release's dateline may
# give the date instead of the dash: "NEWQUAY, Cornwall, 2 December 2026", "TARNBY, Kent, March 3, 2026".
_LAND_AFTER_DATELINE = re.compile(
    r", ((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+)"
    r"(?: [-–—]\s|,\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|,\s+[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4})"
)


def _known_land(name: str) -> bool:
    from dossier.ingest.gazetteer import gazetteer

    return gazetteer().lookup(fold_phrase(name)) is not None


def _state_abbreviation(written: str) -> bool:
    if written.casefold() in DOTTED_SUBDIVISIONS:
        return True
    bare = written.removesuffix(".").casefold()
    return written.endswith(".") and (bare in US_STATE_ABBREVIATIONS or bare in PROVINCE_ABBREVIATIONS)


def capitals_dateline(doc: ActorDocument, position: int, last: int) -> Candidate | None:
    """A town of two or more words written in capitals at the start of a line, before a dash: the dateline's
    place, not two bodies' initials (one word is the gazetteer's to read: "NATO — the alliance" stays a body)."""
    tokens, text = doc.tokens, doc.text
    if not opens_its_line(text, tokens[position].start):
        return None
    if position == last or not _DASH_AFTER_DATELINE.match(text, tokens[last].end):
        # "TARNSDALE, N.S. —", "OSKEL, Ont. —": one word, then a state's or a province's abbreviation;
        # "TREVELLICK, Wales —", "OSKELBY, New Brunswick —": or a land the gazetteer knows, by its name
        state = _STATE_AFTER_DATELINE.match(text, tokens[last].end)
        land = _LAND_AFTER_DATELINE.match(text, tokens[last].end)
        dated = _STATE_THEN_DAY.match(text, tokens[last].end)
        if (
            not (state is not None and _state_abbreviation(state[1]))
            and not (land is not None and len(tokens[position].text) >= 4 and _known_land(land[1]))
            and not (dated is not None and (_state_abbreviation(dated[1]) or dated[1] in US_POSTAL_CODES))
        ):
            return None
    if not all(tokens[k].text.isupper() and tokens[k].text.isalpha() for k in range(position, last + 1)):
        return None
    name = text[tokens[position].start : tokens[last].end]
    return Candidate(position, last, name, ActorKind.place, "a dateline in capitals", 0.6)


# A town in title case opening its line, a comma, then the day it was filed, then the line's end, a colon, a dash or
# the agency in brackets: "Tarnpur, December 23" (over the story), "Tarnpur, Dec. 23:", "Tarnpur, Dec 23 (QNI) -".
_DAY_AFTER_TITLED_DATELINE = re.compile(
    r", (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})?"
    r"[ \t]*(?:\n|:|[-–—]|\()"
)


def _titled_dateline(doc: ActorDocument, position: int, last: int) -> bool:
    """'Tarnpur, December 23' opening a line over the story, in title case: the town a paper files from."""
    tokens, text = doc.tokens, doc.text
    return opens_its_line(text, tokens[position].start) and bool(
        _DAY_AFTER_TITLED_DATELINE.match(text, tokens[last].end)
    )


@lru_cache(maxsize=4)  # one text's calls ask again and again: read its lines once
def _words_opening_lines_in_capitals(text: str) -> frozenset[str]:
    """The words in capitals that open a line before a comma, a colon or a dash: "LAE:", "KISUMU, Kenya"."""
    return frozenset(match.group(1) for match in _LINE_OPENER_IN_CAPITALS.finditer(text) if match.group(1).isupper())


_LINE_OPENER_IN_CAPITALS = re.compile(r"(?:^|\n)(\w+)(?:,|:|\s[-–—])")


def dateline_town_again(doc: ActorDocument, position: int) -> Candidate | None:
    """'between Lae and Nadzab' below "LAE: The assembly ...": a town the gazetteer knows, written in title case
    where a line opened with it in capitals (a dateline), is that town, however short or common its name."""
    token = doc.tokens[position]
    if not token.text.istitle() or not token.text.isalpha():
        return None
    shouted = token.text.upper() in _words_opening_lines_in_capitals(doc.text)
    place = doc.gazetteer.lookup((token.folded,)) if shouted else None
    if place is None or place.kind != "place":
        return None
    found = Candidate(position, position, token.text, ActorKind.place, "the dateline's town again", 0.6)
    found.gazetteer_name = place.name
    return found


def places_on_an_island(doc: ActorDocument, candidates: list[Candidate]) -> None:
    """'Labasa and Tesku on Varna Levu', 'a wharf at Tarnville on Espiritu Santo': a name right after a town
    and "on" is the island (or the river, the coast) the town lies on, a place too, when nothing else gave
    it a kind."""
    tokens = doc.tokens
    places_end = {c.last for c in candidates if c.kind is ActorKind.place}
    named = {k for c in candidates if c.kind is not ActorKind.place for k in range(c.first, c.last + 1)}
    for candidate in candidates:
        on = candidate.first - 1
        if candidate.kind is not ActorKind.other or on < 1 or tokens[on].text != "on" or not tokens[on].joined:
            continue
        town = on - 1
        if not cased(tokens[town]) or not tokens[town].joined:
            continue
        if doc.text[tokens[candidate.last].end : tokens[candidate.last].end + 1] not in _ISLAND_CLOSERS:
            continue  # "spoke in London on Tollcast about the strike": a programme, the phrase goes on
        # the town right before "on", or a town of the list it ends ("Labasa and Tesku on ...")
        k = town
        while k >= 0 and on - k <= _ISLAND_LIST_REACH and (cased(tokens[k]) or tokens[k].text == "and"):
            known = cased(tokens[k]) and k not in named  # ("Paris Hilton on ..." names no town)
            place = doc.gazetteer.lookup((tokens[k].folded,)) if known else None
            if place is not None and (place.kind == "state" or place.population >= _ISLAND_TOWN):
                break  # a state or a big city lies on no island of a name the gazetteer does not know
            if k in places_end or place is not None:
                candidate.kind = ActorKind.place
                candidate.found_by = f"after '{tokens[town].text} on'"
                candidate.confidence = 0.55
                break
            k -= 1


_ISLAND_LIST_REACH = 6  # words of a list of towns before "on" and the island
_ISLAND_CLOSERS = frozenset((",", ".", ";", ":", ")", "\n", ""))  # the list or the sentence ends after the island
_ISLAND_TOWN = 500_000  # a town on an island is no big city ("in London on Tollcast" names a programme)
