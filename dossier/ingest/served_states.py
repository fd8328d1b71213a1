"""Where a body's name ends that names the state or the region it serves, examines or is a branch in: 'Delegation
to Syria', 'Oxfam Australia', 'Air France'.
"""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument, cased
from dossier.ingest.bound_words import FRANCHISE_HEADS, FRANCHISE_PHRASES, has_body_word, names_a_place
from dossier.ingest.common_words import zipf
from dossier.ingest.cues import (
    BRANCH_REGION_STATES,
    COMPANY_HEADS,
    FUNCTION_WORDS,
    KNOWN_MEDIA,
    MOVEMENTS_OF_A_STATE,
    NAME_WORD,
    NOT_BRANCH_NOUNS,
    PHRASE_BEFORE,
    REGIME_ADJECTIVES,
    STATE_FORMS,
    TITLES,
)
from dossier.ingest.draft_lookups import BRANCH_IN_STATE
from dossier.ingest.gazetteer import Gazetteer, is_region
from dossier.ingest.grouping import Candidate
from dossier.ingest.mentions import Token
from dossier.ingest.name_words import ADJECTIVE_SUFFIXES, COMPASS, MAX_NAME_TOKENS
from dossier.ingest.names import is_given_name, is_surname, word_set
from dossier.model import ActorKind

_SERVING_WORDS = word_set("delegation mission embassy representation")


# An envoy's post named for the state it is sent to: "High Commissioner to Varnia", "Ambassador to
# the Varnak Islands" (the post is read whole by `person_names.post_with_remit`).
_ENVOY_WORDS = word_set("ambassador commissioner envoy")


def state_served(tokens: list[Token], first: int, last: int, covered: list[bool], gazetteer: Gazetteer) -> int | None:
    """Where a body's name ends that names the state it serves: "Delegation to Syria", "Mission to
    Solomon Islands", "Delegation of the European Union to Syria" (a state of up to three words)."""
    envoy = tokens[last].folded in _ENVOY_WORDS
    if not envoy and not any(tokens[k].folded in _SERVING_WORDS for k in range(first, last + 1)):
        return None
    start = last + 2
    article = start + 1 < len(tokens) and tokens[start].text == "the"
    if article:
        start += 1  # "High Commissioner to the Maldives", "EU Delegation to the Philippines"
    for end in range(min(len(tokens) - 1, start + 3), start - 1, -1):
        words = tuple(t.folded for t in tokens[start : end + 1])
        if any(covered[k] or not cased(tokens[k]) for k in range(start, end + 1)):
            continue
        if all(tokens[k].joined for k in range(last + 1, end)):
            place = gazetteer.lookup(words)
            if place is not None and place.kind == "state":
                return end
            body = article and not envoy and end > start and words[-1] in NAME_WORD and end - first < MAX_NAME_TOKENS
            if body and _body_ends_here(tokens, end):
                return end  # "EU Delegation to the African Union": a body it is accredited to
    return None


def _body_ends_here(tokens: list[Token], end: int) -> bool:
    return end + 1 >= len(tokens) or not tokens[end].joined or not cased(tokens[end + 1])


# Panels named for the state they examine: "Commission of Inquiry on Varnia", "Group of Experts on
# the Democratic Republic of the Congo" (not "Conference on Syria", which meets about it).
_EXAMINING_HEADS = word_set("inquiry experts")
# A committee is named for the land it sits on, whatever the land: "Special Committee on Bougainville",
# "Select Committee on Kashmir" (a standing body, not a meeting about it).
_COMMITTEE_HEADS = word_set("committee subcommittee")


_LONGEST_STATE = 6


def state_examined(tokens: list[Token], last: int, covered: list[bool], gazetteer: Gazetteer) -> int | None:
    """Where a panel's name ends that names the state it examines after "on (the)", or a committee's that names
    the land it sits on."""
    committee = tokens[last].folded in _COMMITTEE_HEADS
    if not committee and tokens[last].folded not in _EXAMINING_HEADS:
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
            if place is not None and committee and _body_ends_here(tokens, end):
                return end
    return None


# A nation's contingent is named so too: "Polish Military Contingent in Afghanistan".
_SERVING_IN = word_set("mission contingent")


def aim_in_region(tokens: list[Token], first: int, last: int, covered: list[bool], gazetteer: Gazetteer) -> int | None:
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


def cause_in_a_land(
    tokens: list[Token], first: int, last: int, covered: list[bool], gazetteer: Gazetteer
) -> int | None:
    """Where a campaign's name ends that is a cause, "in" and the land it is fought for: "the rights group Peace
    in Kurdistan", "backed by Justice in Varnia" (a cause's word capitalised inside a sentence, not at its
    opening: "Peace in Somalia is key" is a sentence about peace)."""
    if first != last or tokens[first].folded not in _CAUSES or first == 0:
        return None
    before = tokens[first - 1]
    if not before.joined or not before.text.islower() or before.folded in ("in", "for", "of", "to"):
        return None  # "... of Peace in Varnia", "work for peace in Varnia" is read by a body's own rules
    start = last + 2
    for end in range(min(len(tokens) - 1, start + 2), start - 1, -1):
        span = range(start, end + 1)
        if any(covered[k] or not cased(tokens[k]) for k in span) or not all(tokens[k].joined for k in range(last, end)):
            continue
        if end + 1 < len(tokens) and tokens[end].joined and cased(tokens[end + 1]):
            continue
        place = gazetteer.lookup(tuple(tokens[k].folded for k in span))
        if place is not None and (place.kind == "state" or place.country is None or is_region(place)):
            return end  # a state, a land of no one state ("Kurdistan") or a state's region
    return None


def names_a_cause_in_a_land(words: tuple[str, ...]) -> bool:
    """'peace in kurdistan': the words of a run `cause_in_a_land` read whole."""
    return 3 <= len(words) <= 5 and words[0] in _CAUSES and words[1] == "in"


def franchise_end(tokens: list[Token], first: int, last: int, covered: list[bool], gazetteer: Gazetteer) -> int | None:
    """Where a branch's name ends after "in": "... in the Arabian Peninsula" (the capitalised words
    after "the"), or "... in Kosovo" (a state) after a mission or an international body's office, "... in the
    Sahel" (a world region) after a mission."""
    head = tokens[last].folded
    franchise = head in FRANCHISE_HEADS or (last > first and (tokens[last - 1].folded, head) in FRANCHISE_PHRASES)
    chamber = any(tokens[k].folded in _TRADERS_CHAMBERS for k in range(first, last))
    if not franchise and head not in _SERVING_IN and head not in _OFFICES_ABROAD and head != "force" and not chamber:
        return None
    start = last + 2
    if start < len(tokens) and tokens[start].folded == "the" and tokens[last + 1].joined and franchise:
        end = start
        while end + 1 < len(tokens) and tokens[end].joined and cased(tokens[end + 1]) and not covered[end + 1]:
            end += 1
        return end if end > start else None
    opening = first + (tokens[first].folded == "the")
    # ("United Nations Interim Force in Lebanon": a peacekeeping force of a world body, named for where it serves)
    abroad = head in _OFFICES_ABROAD or head == "force"
    office = abroad and tokens[opening].folded in INTERNATIONAL_BODY_OPENERS and last > opening
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


def topic_in_state(tokens: list[Token], first: int, last: int, covered: list[bool], gazetteer: Gazetteer) -> int | None:
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
            return glue - first <= MAX_NAME_TOKENS and has_body_word(tokens, first, glue - 1)
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


# A firm's trade after its name, before the state its arm serves ("Hanwha Defense Australia").
_ARM_TRADES = frozenset(COMPANY_HEADS) | word_set("defence defense")


def _trade_arm_in_state(doc: ActorDocument, first: int, last: int, words: tuple[str, ...], trades: int = 1) -> bool:
    """A rare word no one's given name (a firm's), a trade's word (or two: "Tarnell Systems Maritime Australia"),
    then a state: the firm's arm in that state (any word but a given name or a place's before a firm's trade:
    "Rail Cargo Austria")."""
    token = doc.tokens[first]
    place = doc.gazetteer.lookup(words[1 + trades :])
    return (
        place is not None
        and place.kind == "state"
        and cased(doc.tokens[last])
        and all(word in _ARM_TRADES for word in words[1 : 1 + trades])
        and token.text[:1].isupper()
        # a firm's trade names it whatever word comes first ("Rail Cargo Austria"); "Defence" does only after a rare one
        and (zipf(token.folded) < _RARE_BODY_WORD or words[1] in COMPANY_HEADS)
        and not is_given_name(token.folded)
        and doc.gazetteer.lookup(words[:1]) is None
    )


# Australia's states by the letters their own bodies' names end with (not "SA", "WA", "Vic": words and towns too).
_AUSTRALIAN_STATE_LETTERS = frozenset(("NSW", "QLD", "Qld"))


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
    if first < last and doc.tokens[last].text in _AUSTRALIAN_STATE_LETTERS and doc.tokens[last - 1].joined:
        # "Legal Aid NSW", "Fire and Rescue NSW", "SafeWork NSW": a state government's body by its state's letters
        name = doc.text[doc.tokens[first].start : doc.tokens[last].end]
        return Candidate(first, last, name, ActorKind.organization, BRANCH_IN_STATE, 0.6)
    airline = _airline_of_a_state(doc, first, last, words)
    if airline is not None:
        return airline
    if first + 2 <= last <= first + 3:
        named = _body_of_words_and_uk(doc, first, last, words)
        if named is not None:
            return named
    if last == first + 3 and _trade_arm_in_state(doc, first, last, words, trades=2):
        # "Tarnell Systems Maritime Australia": a firm's name and its two trade words, then its state
        name = doc.text[doc.tokens[first].start : doc.tokens[last].end]
        return Candidate(first, last, name, ActorKind.organization, BRANCH_IN_STATE, 0.6)
    if not first < last <= first + 2:
        return None
    if last == first + 2 and _trade_arm_in_state(doc, first, last, words):
        # "Hanwha Defense Australia", "Quellmoor Energy Canada": a firm's rare name and trade, then its state
        name = doc.text[doc.tokens[first].start : doc.tokens[last].end]
        return Candidate(first, last, name, ActorKind.organization, BRANCH_IN_STATE, 0.6)
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
    if not acronym and names_a_place(doc.gazetteer, token):
        return None  # "Perth Australia": a town, then its state (not a town's other name: "Plunkett")
    if doc.gazetteer.country_of_demonym(token.folded) is not None or token.folded in REGIME_ADJECTIVES:
        return None  # "Bolshevik Russia", "Tsarist Russia": the state in an age of its rulers, no body's branch
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
    """'Air France', 'Air New Zealand', 'TAP Air Portugal', 'Telecom Namibia': "Air" or "Telecom" and a state's whole
    name (after the carrier's letters, if any) name the state's airline or telephone carrier, not the state."""
    tokens = doc.tokens
    at = 1 if len(words) > 2 and tokens[first].text.isupper() and tokens[first].text.isalpha() else 0
    how = _CARRIERS_NAMED_FOR_THEIR_STATE.get(tokens[first + at].text)
    if how is None or first + at >= last:
        return None
    state = doc.gazetteer.lookup(words[at + 1 :])
    if state is None or state.kind != "state":
        return None
    name = doc.text[tokens[first].start : tokens[last].end]
    return Candidate(first, last, name, ActorKind.organization, how, 0.65)


# Carriers named by their trade's word, then the state they were built to serve: "Air France", "Telecom Namibia".
_CARRIERS_NAMED_FOR_THEIR_STATE = {
    "Air": "an airline named for its state ('Air France')",
    "Telecom": "a telephone carrier named for its state ('Telecom Italia')",
    "Telekom": "a telephone carrier named for its state ('Telecom Italia')",
}


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
    # (an adjective may open it before a noun: "Pancreatic Cancer UK", "National Historic Ships UK")
    adjective = opener.endswith(ADJECTIVE_SUFFIXES) and (last == first + 1 or words[-2].endswith(ADJECTIVE_SUFFIXES))
    if adjective or is_given_name(opener) or (opener,) in PHRASE_BEFORE or opener in TITLES:
        return None
    name = doc.text[tokens[first].start : tokens[last].end]
    return Candidate(first, last, name, ActorKind.organization, "nouns, then a state's abbreviation", 0.6)


_SHORTEST_BRANCH_ACRONYM, _RARE_BODY_WORD = 3, 3.0


_UNKNOWN_WORD = 1.5


_RARE_BEFORE_REGION = 2.0


_COMMON_NOUN = 4.5  # "Age" is a given name too, but first an English noun


def state_written_with_the(doc: ActorDocument, k: int) -> bool:
    """'Mission in The Gambia': a state whose name some write with a capital "The", after "in", ends the run."""
    tokens = doc.tokens
    if k + 1 >= len(tokens) or (k + 2 < len(tokens) and tokens[k + 1].joined and cased(tokens[k + 2])):
        return False  # the state's one word ends the run ("in The Gambia Varn said" is no state's name)
    if tokens[k - 1].folded != "in" or not tokens[k - 1].joined or not tokens[k].joined:
        return False
    place = doc.gazetteer.lookup((tokens[k + 1].folded,))
    return place is not None and place.kind == "state"


# A peace mission's or an office's word, then "in the" and a land named by its form: "Observer Mission in the Kivu
# Highlands", "Liaison Office in the Nuba Mountains" (a state or a town after "in" is read elsewhere; a force "in the
# Tarn Valley" is where it fought).
_MISSION_HEADS = word_set("mission office")
_LANDFORM_HEADS = word_set(
    "highlands mountains hills valley basin plateau plateaux delta lakes corridor islands peninsula region"
)
_LANDFORM_WORDS = 4  # "the Upper Tarn River Valley"


def mission_in_a_landform(tokens: list[Token], first: int, last: int, covered: list[bool]) -> int | None:
    """Where 'United Nations Observer Mission in the Kivu Highlands' ends: a mission's word, "in the", then
    capitalised words ending with a landform's head (the land the mission serves is part of its name)."""
    if last <= first or tokens[last].folded not in _MISSION_HEADS or last + 3 >= len(tokens):
        return None
    if tokens[last + 2].folded != "the" or not (tokens[last].joined and tokens[last + 1].joined):
        return None
    end = None
    for k in range(last + 3, min(len(tokens), last + 3 + _LANDFORM_WORDS)):
        if covered[k] or not cased(tokens[k]) or not tokens[k - 1].joined:
            break
        end = k
    if end is None or tokens[end].folded not in _LANDFORM_HEADS:
        return None
    return end
