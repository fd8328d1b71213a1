"""A people's adjective inside a run: a party or a body named with it, a homeland or a colony before a people, a
period's style, a language, a trade.
"""

from __future__ import annotations

import re

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.common_words import is_common_word, zipf
from dossier.ingest.cues import (
    COMPUTING_TERMS,
    DESCRIBED_BY_DEMONYM,
    DISH_HEADS,
    DOCUMENT_HEADS,
    EVENT_HEADS,
    FUNCTION_WORDS,
    HOLIDAYS,
    MONTHS_AND_DAYS,
    NATIONAL_SPORT_BODIES,
    NATIONS_EXCHANGE,
    ORGANISATIONS_POSTS,
    PARTIES_BY_WORD,
    PERIOD_ADJECTIVES,
    PERIOD_STYLE_NOUNS,
    PHRASE_AFTER,
    PLACE_PREPOSITIONS,
    POSSESSIVE_DETERMINERS,
    REMIT_ALONE,
    REMITS_BEFORE_A_STATE,
    TITLE_PARTS,
    WAR_HEADS,
)
from dossier.ingest.firm_sales import wire_code_in_brackets
from dossier.ingest.gazetteer import is_region
from dossier.ingest.grouping import Candidate
from dossier.ingest.mentions import Token
from dossier.ingest.name_kinds import FAITHS_OF_A_GROUP, known_group_in_a_frame, name_candidate
from dossier.ingest.name_words import ADJECTIVE_SUFFIXES, COMPASS, WORD_ALONE, has_cue, is_title
from dossier.ingest.names import is_given_name, is_surname, word_set
from dossier.ingest.page_noise import has_technical_words
from dossier.ingest.peoples import is_people
from dossier.ingest.place_evidence import LARGE_CITY
from dossier.ingest.utility_firms import utility_firm
from dossier.model import ActorKind


def team_of_a_land(doc: ActorDocument, first: int, last: int) -> Candidate | None:
    """'the Team Europe approach', 'Team GB won gold': "Team" and the name of a state or a region the
    gazetteer knows name one body (a joint effort, a national side)."""
    tokens = doc.tokens
    while first < last and tokens[first].folded == "the":
        first += 1
    if last < first + 1 or tokens[first].text != "Team":
        return None
    if doc.gazetteer.lookup(tuple(tokens[k].folded for k in range(first + 1, last + 1))) is None:
        return None
    name = doc.text[tokens[first].start : tokens[last].end]
    return Candidate(first, last, name, ActorKind.organization, "a team named for its land", 0.6)


_LONGEST_REMIT = 5

# A state's letters after a firm's name, for the firm's arm in that state: "Santander UK", "Toyota US".
_ARM_LETTERS = {"UK": "United Kingdom", "US": "United States", "USA": "United States"}


def arm_in_a_state(doc: ActorDocument, first: int, last: int) -> Candidate | None:
    """'a deal with Santander UK': a town of another country, then a state's letters, is a firm's arm in that
    state, named for its parent (a town is never written with a foreign state's letters; "Cambridge UK" stays the
    town and its state)."""
    tokens = doc.tokens
    state = _ARM_LETTERS.get(tokens[last].text)
    if state is None or last != first + 1 or wire_code_in_brackets(doc, first, last):
        return None  # (not "Dole Food Co. (DOLE US)": a wire's code of the share and its market)
    place = doc.gazetteer.lookup((tokens[first].folded,))
    if place is None or place.kind == "state" or not place.country or place.country == state:
        return None
    name = doc.text[tokens[first].start : tokens[last].end]
    return Candidate(first, last, name, ActorKind.organization, "a foreign town and a state's letters", 0.6)


def remit_of_a_state(doc: ActorDocument, first: int, last: int) -> Candidate | None:
    """'announced by Health Canada', 'stewards from Motorsport Norway', 'Fisheries and Oceans Canada', 'Arts
    South Australia': a remit of ordinary fields, then a state or a region, one body."""
    tokens = doc.tokens
    while first < last and tokens[first].folded == "the":
        first += 1
    if tokens[first].text == "Transit" and _town_after(doc, first + 1, last):
        # "Transit Windsor", "Transit Cape Tarn buses": a town's bus service, named for the town it serves
        name = doc.text[tokens[first].start : tokens[last].end]
        return Candidate(first, last, name, ActorKind.organization, "a town's transit service", 0.6)
    land_at = next(
        (
            k
            for k in range(first + 1, min(last, first + _LONGEST_REMIT) + 1)
            if (place := doc.gazetteer.lookup(tuple(tokens[j].folded for j in range(k, last + 1)))) is not None
            and (place.kind == "state" or is_region(place))
        ),
        None,
    )
    if land_at is None or not all(tokens[k].text[:1].isupper() for k in range(land_at, last + 1)):
        return None
    remit = [tokens[k] for k in range(first, land_at)]
    fields = [token for token in remit if token.folded != "and"]
    if not all(token.folded in REMITS_BEFORE_A_STATE and token.text[:1].isupper() for token in fields):
        return None
    if len(fields) == 1 and fields[0].folded not in REMIT_ALONE:
        return None  # "Global Canada", "Social Canada": a word of a longer remit alone names no body
    if remit[0].folded == "and" or remit[-1].folded == "and":
        return None
    name = doc.text[tokens[first].start : tokens[last].end]
    return Candidate(first, last, name, ActorKind.organization, "a remit, then the land it serves", 0.6)


def _town_after(doc: ActorDocument, first: int, last: int) -> bool:
    """Whether the capitalised words from `first` to `last` are a place the gazetteer knows."""
    tokens = doc.tokens
    if first > last or not all(tokens[k].text[:1].isupper() for k in range(first, last + 1)):
        return False
    return doc.gazetteer.lookup(tuple(tokens[k].folded for k in range(first, last + 1))) is not None


# Nouns after a party's name in lower case: "the Tarnish Hope party", "the ruling Varnish Dawn coalition".
_PARTY_NOUNS = frozenset(("party", "coalition", "bloc", "movement"))


def party_with_a_demonym(doc: ActorDocument, first: int, last: int) -> bool:
    """'the Varnish Dream party' and 'Varnish Dream said': a people's adjective and one word that the page
    also writes before "party" in lower case, and more than once, is one party's name, not the people
    and a word ("the British Labour party" once is the people and the party); so is one that leads a
    government ("the Varnish Dream-led government")."""
    tokens = doc.tokens
    if last != first + 1 or not tokens[first].joined:
        return False
    word = tokens[last].folded
    if (
        doc.gazetteer.country_of_demonym(tokens[first].folded) is None
        or has_cue((word,))
        or doc.gazetteer.lookup((word,)) is not None
        or doc.gazetteer.country_of_demonym(word) is not None
    ):
        return False
    pair = re.escape(doc.text[tokens[first].start : tokens[last].end])
    if (
        (
            doc.text.startswith("-led", tokens[last].end)
            # (not "the Iraqi Kurdish government": two adjectives)
            or (doc.text.startswith(" government", tokens[last].end) and not word.endswith(ADJECTIVE_SUFFIXES))
        )
        and doc.gazetteer.lookup((tokens[first].folded, word)) is None
        and doc.gazetteer.country_of_demonym(f"{tokens[first].folded} {word}") is None  # "Saudi Arabian-led"
    ):
        return True  # "the Varnish Dream-led government", "the Varnish Dream government": a party leads it
    nouns = "|".join(sorted(_PARTY_NOUNS))
    if re.search(rf"\b(?:ruling|opposition) {pair} (?:{nouns})\b", doc.text) is not None:
        return True  # "the ruling Varnish Dream party": once is enough
    if word not in PARTIES_BY_WORD and re.search(rf"\bthe {pair} party\b", doc.text) is not None:
        return True  # "a member of the Varnish Dream party" (not "the British Labour party": a people and a party)
    return (
        len(re.findall(rf"(?<!\w){pair}(?!\w)", doc.text)) >= 2
        and re.search(rf"(?<!\w){pair} (?:{nouns})\b", doc.text) is not None
    )


def peoples_word(doc: ActorDocument, word: str) -> bool:
    """A word that may be a people's before its faith ("Malay", "Pashtun", "Thai"): no given name ("Peter
    Christian") and no place ("Hindu" after "Kabul" is no faith of Kabul's people)."""
    place = doc.gazetteer.lookup((word,))
    return not is_given_name(word) and (place is None or place.kind == "state")


_ADJECTIVE_ENDINGS = ("an", "ish", "ese", "ic", "i")


def homeland_before_a_people(doc: ActorDocument, first: int, last: int) -> Candidate | None:
    """'Tarvel Armenians', 'Varnak Serbs': one rare word the gazetteer does not know, then a people in the
    plural, names where that people lives (not "Young Turks", not a people's adjective: "Meskhetian Turks")."""
    tokens = doc.tokens
    if last != first + 1 or not tokens[last].folded.endswith("s") or not tokens[first].text.istitle():
        return None
    word = tokens[first].folded
    if doc.gazetteer.country_of_demonym(tokens[last].folded[:-1]) is None:
        return None
    if (
        zipf(word) >= WORD_ALONE
        or word.endswith(_ADJECTIVE_ENDINGS)
        or is_given_name(word)
        or doc.gazetteer.lookup((word,)) is not None
        or doc.gazetteer.country_of_demonym(word) is not None
    ):
        return None
    return Candidate(first, first, tokens[first].text, ActorKind.place, "a homeland before its people", 0.5)


# Empires whose demonym opened their colonies' names ("Italian Somaliland", "Spanish Sahara").
_COLONIAL_POWERS = frozenset(
    ("United Kingdom", "France", "Spain", "Portugal", "Italy", "Germany", "Netherlands", "Belgium", "Denmark")
)


_BEFORE_A_COLONY = PLACE_PREPOSITIONS | word_set("of over former colonial")


def colony_named_by_its_power(doc: ActorDocument, first: int, last: int) -> Candidate | None:
    """'in Italian Varnaland', 'the former Spanish Tarvelia': after a preposition of place or "former", an
    empire's demonym and one rare word that is no state, town, person or cue name a colony, one place."""
    tokens = doc.tokens
    if last != first + 1 or first == 0:
        return None
    before = first - 1 if tokens[first - 1].folded != "the" or first < 2 else first - 2
    land, word = doc.gazetteer.country_of_demonym(tokens[first].folded), tokens[last].folded
    if land not in _COLONIAL_POWERS or tokens[before].folded not in _BEFORE_A_COLONY:
        return None
    if (
        not tokens[last].text.istitle()
        or zipf(word) >= WORD_ALONE
        or doc.gazetteer.lookup((word,)) is not None
        or is_given_name(word)
        or is_surname(word)
        or has_cue((word,))
        or sport_of_a_nation(doc, last)  # "umpires from British Rowing": the nation's body for its sport
    ):
        return None
    after = tokens[last + 1] if last + 1 < len(tokens) and tokens[last].joined else None
    if after is not None and after.text.islower() and after.folded not in FUNCTION_WORDS and after.folded[-2:] != "ed":
        return None  # "in Italian Varn circles": a people's adjective and a word before a noun
    name = doc.text[tokens[first].start : tokens[last].end]
    return Candidate(first, last, name, ActorKind.place, "a colony named by its empire's demonym", 0.55)


# Below this frequency a word is no English word: a name from another language ("Otieno", "Jandor").
_FOREIGN_WORD = 2.0


def two_word_demonym(doc: ActorDocument, position: int) -> str | None:
    """The state of "South Korean" or "South Koreans" at `position`."""
    pair = f"{doc.tokens[position].folded} {doc.tokens[position + 1].folded}"
    country = doc.gazetteer.country_of_demonym(pair)
    if country is None and pair.endswith("s"):
        country = doc.gazetteer.country_of_demonym(pair[:-1])
    return country


# Capitalised words after a people's adjective that still name no body: dates and feasts
# ("Chinese New Year"), events and documents ("Australian Open Championships"), dishes ("Dutch Apple Pie").
# A party's one member, by the party's word in the singular: "Social Democrat", "Liberal Democrat", "Republican".
_PARTY_MEMBERS = word_set("democrat republican")


_NOT_BODY_WORDS = (
    MONTHS_AND_DAYS
    | HOLIDAYS
    | EVENT_HEADS
    | WAR_HEADS
    | DOCUMENT_HEADS
    | DISH_HEADS
    | word_set("year new")
    # One member of a party, before the member's name: "the Danish Social Democrat Ilse Varn" (a person).
    | _PARTY_MEMBERS
)


_NATIONAL_BODY_WORDS = 2  # capitalised words at least after the adjective
_FULL_NAME_WORDS = 3  # a given name and two family names at most
# Words of French, Spanish, Portuguese and Italian that open a force's or a body's name ("Guardia Civil",
# "Policía Nacional", "Garde Républicaine"): an English page puts its own people's adjective before such a
# name, which is no word of it.
# ("armada" is left out: "the Spanish Armada" is the fleet's English name.)
_FOREIGN_BODY_OPENERS = word_set(
    "guardia guarda garde gendarmerie policia polizia carabinieri ejercito exercito esercito"
)


def _persons_full_name(tokens: list[Token], rest: range) -> bool:
    """'Daniel Elahi Galan' after 'Colombian': a given name, then one or two words that are family names or
    no common English word; a people's adjective before a person's full name is the person's state."""
    return (
        2 <= len(rest) <= _FULL_NAME_WORDS
        and is_given_name(tokens[rest[0]].folded)
        and all(
            tokens[k].text.istitle() and (is_surname(tokens[k].folded) or zipf(tokens[k].folded) < WORD_ALONE)
            for k in rest[1:]
        )
    )


def national_body(doc: ActorDocument, first: int, last: int) -> Candidate | None:
    """'Australian Medical Assistance Team', 'Australian Humanitarian Partnership': a people's
    adjective, then capitalised common words that no title or cue explains. Words written in
    capitals inside a sentence are a name's; with the adjective first, a body's."""
    tokens = doc.tokens
    rest = range(first + 1, last + 1)
    group = known_group_in_a_frame(doc, tuple(tokens[k].folded for k in range(first, last + 1)))
    if group is not None and any(
        is_people(tokens[k].folded) or tokens[k].folded in FAITHS_OF_A_GROUP for k in range(first, last)
    ):
        # "the Iraqi Kurdish Peshmerga": a people's adjective before an armed group known by name, that group ("the
        # Afghan Taliban" stays the state and the group, as re3d marks them); so is a faith's ("the Lebanese Shiite
        # Hezbollah movement")
        name = doc.text[tokens[first].start : tokens[last].end]
        return Candidate(first, last, name, group.kind, "a group known by name after its peoples", group.confidence)
    if last == first + 1 and tokens[last].folded in PARTIES_BY_WORD and tokens[last].text.istitle():
        # "the Welsh Conservatives", "Scottish Labour": a party's branch in a nation, one body.
        name = doc.text[tokens[first].start : tokens[last].end]
        return Candidate(first, last, name, ActorKind.organization, "a party's branch named for its nation", 0.7)
    if last == first + 1 and sport_of_a_nation(doc, last):
        # "Scottish Rugby", "Welsh Athletics": the sport's governing body in the nation.
        name = doc.text[tokens[first].start : tokens[last].end]
        return Candidate(first, last, name, ActorKind.organization, "a nation's body for its sport", 0.65)
    if last == first + 1 and utility_firm(doc, (tokens[first].folded, tokens[last].folded)):
        # "Scottish Water", "Irish Water": the utility that serves the nation, one body.
        name = doc.text[tokens[first].start : tokens[last].end]
        return Candidate(first, last, name, ActorKind.organization, "a utility named for its nation", 0.65)
    if last == first + 1 and tokens[last].folded == "exchange" and tokens[last].text.istitle():
        # "a filing on the Nigerian Exchange": the nation's stock exchange, one body.
        name = doc.text[tokens[first].start : tokens[last].end]
        return Candidate(first, last, name, ActorKind.organization, NATIONS_EXCHANGE, 0.65)
    if last == first + 1 and _body_phrase_after(doc, last):
        # "the British Marine trade association", "the Scottish Salmon trade body": a body by what it is
        name = doc.text[tokens[first].start : tokens[last].end]
        return Candidate(first, last, name, ActorKind.organization, "a people's adjective, then a body's noun", 0.6)
    if len(rest) < _NATIONAL_BODY_WORDS or first + 1 in doc.sentence_first:
        return None
    if len(rest) == 2 and zipf(tokens[first + 1].folded) < _FOREIGN_WORD and zipf(tokens[last].folded) < WORD_ALONE:
        return None  # "Kenyan Otieno Wambuvi": a given name no English text uses, then a family name: a person
    if _persons_full_name(tokens, rest):
        return None  # "Colombian Daniel Elahi Galan": a given name, then family names: the state, then a person
    if tokens[first + 1].folded in _FOREIGN_BODY_OPENERS:
        return None  # "the Spanish Guardia Civil": a body named in its own language, the adjective is the reader's
    if has_cue(tuple(tokens[k].folded for k in range(first, last + 1))):
        return None  # "Iraqi Security Forces": the name's own cue says what it is
    serving = next((k for k in rest if tokens[k].folded == "in" and tokens[k - 1].folded == "contingent"), None)
    if serving is not None:
        rest = range(first + 1, serving)  # "Polish Military Contingent in Afghanistan": the land it serves in
    if any(
        not tokens[k].text[:1].isupper()
        or is_title(tokens[k].folded)
        or tokens[k].folded in TITLE_PARTS
        or tokens[k].folded in _NOT_BODY_WORDS
        or doc.gazetteer.lookup((tokens[k].folded,)) is not None
        or doc.gazetteer.country_of_demonym(tokens[k].folded) is not None
        for k in rest
    ):
        return None
    name = doc.text[tokens[first].start : tokens[last].end]
    return Candidate(first, last, name, ActorKind.organization, "a people's adjective, then a body's words", 0.55)


_LONGEST_PHRASE_AFTER = 3


def _body_phrase_after(doc: ActorDocument, last: int) -> bool:
    """Whether words in lower case right after the run say it is a body ("trade association", "think tank")."""
    tokens = doc.tokens
    words: list[str] = []
    k = last + 1
    while k < len(tokens) and len(words) < _LONGEST_PHRASE_AFTER and tokens[k - 1].joined and tokens[k].text.islower():
        words.append(tokens[k].folded)
        cue = PHRASE_AFTER.get(tuple(words))
        if cue is not None and cue.kind is ActorKind.organization:
            return True
        k += 1
    return False


# A city this large is spoken of by its quarters: "West Baltimore", "East Leeds".
_CITY_OF_QUARTERS = 250_000


def region_of(doc: ActorDocument, first: int, last: int, words: tuple[str, ...]) -> Candidate | None:
    """'Northern Iraq', 'Eastern Ukraine': a part of a known state or place, named as the text names it."""
    if len(words) < 2 or words[0] not in COMPASS:
        return None
    if doc.gazetteer.lookup(words) is not None:
        # "Northern Ireland" is a name whole: the compass word is no opener to skip.
        return name_candidate(doc, first, last, words)
    whole = doc.gazetteer.lookup(words[1:])
    if whole is None or not (
        whole.kind == "state"
        or len(words) > 2
        or whole.population >= LARGE_CITY
        # "West Baltimore", "North Leeds": a city's quarter, when the city's name is no common word ("South Reading")
        or (whole.population >= _CITY_OF_QUARTERS and not is_common_word(words[1], words[1] in doc.lower_case))
        # "shootings in Central Trinidad", "farms in South Tessel": a preposition of place says the part is land
        or (first > 0 and doc.tokens[first - 1].joined and doc.tokens[first - 1].text in PLACE_PREPOSITIONS)
    ):
        return None
    name = doc.text[doc.tokens[first].start : doc.tokens[last].end]
    return Candidate(first, last, name, ActorKind.place, f"a part of {whole.name}", 0.75)


def period_style(doc: ActorDocument, position: int) -> bool:
    """'a Georgian clock': a people's adjective that also names a period, before a noun of its style."""
    tokens = doc.tokens
    return (
        tokens[position].folded in PERIOD_ADJECTIVES
        and position + 1 < len(tokens)
        and tokens[position].joined
        and not tokens[position + 1].capitalised
        and tokens[position + 1].folded in PERIOD_STYLE_NOUNS
    )


def sport_of_a_nation(doc: ActorDocument, last: int) -> bool:
    """The capitalised sport after a nation's name or adjective (`NATIONAL_SPORT_BODIES`), ending the run."""
    token = doc.tokens[last]
    return token.folded in NATIONAL_SPORT_BODIES and token.text.istitle()


def language_after_in(doc: ActorDocument, position: int) -> bool:
    """'thanked him in Spanish, then', 'in Spanish and his mother in Italian.': a people's adjective right
    after "in", with no noun after it, is the language spoken."""
    tokens = doc.tokens
    if position < 1 or not tokens[position - 1].joined:
        return False
    before = tokens[position - 1].folded
    if before in POSSESSIVE_DETERMINERS or (before == "in" and _function_word_after(doc, position)):
        # "excuse my French,", "Her French was poor", "spoke in French to the crowd": the speaker's language
        return _no_noun_after(doc, position) or _function_word_after(doc, position)
    if tokens[position - 1].text != "in":
        return False
    if _no_noun_after(doc, position):
        return True
    # "in Spanish and his mother ...": a new phrase after "and" ("in Russian and Belarusian territory" is land)
    return (
        tokens[position].joined
        and position + 2 < len(tokens)
        and tokens[position + 1].folded == "and"
        and tokens[position + 1].joined
        and tokens[position + 2].text in ("his", "her", "their", "then", "later")
    )


# A possessive before a people's adjective with no noun after it: the language one speaks ("my French").
# Words after a language that begin no noun phrase of the people's ("in French and Belarusian territory" might).
_NOT_AFTER_A_LANGUAGE = frozenset(("and", "or", "the", "a", "an"))


def _function_word_after(doc: ActorDocument, k: int) -> bool:
    """The next word is a small word in lower case that opens no noun: "in French to the crowd", "my French was"."""
    tokens = doc.tokens
    if k + 1 >= len(tokens) or not tokens[k].joined:
        return False
    after = tokens[k + 1]
    return (
        after.text.islower()
        and (after.folded in FUNCTION_WORDS or after.folded in _VERBS_AFTER_A_LANGUAGE)
        and (after.folded not in _NOT_AFTER_A_LANGUAGE)
    )


_VERBS_AFTER_A_LANGUAGE = frozenset(("is", "was", "were", "are", "has", "had", "improved", "remains"))


def _no_noun_after(doc: ActorDocument, k: int) -> bool:
    return doc.text[doc.tokens[k].end : doc.tokens[k].end + 1] in (".", ",", ";", ":", ")", "", "\n")


_POSTS_OF_A_BODY = DESCRIBED_BY_DEMONYM | ORGANISATIONS_POSTS


def describes_a_trade(doc: ActorDocument, position: int) -> bool:
    """'the Dutch engineering group', 'British firms': a people's adjective before one or two words in lower
    case that end on a noun of trade or everyday life (`DESCRIBED_BY_DEMONYM`)."""
    tokens = doc.tokens
    # "Its Welsh campaigns officer": a body's own post for a nation's part of its work (no state acts there).
    posts = _POSTS_OF_A_BODY if position > 0 and tokens[position - 1].folded == "its" else None
    if _demonym_pair(doc, position):
        position += 2  # "its Italian and Polish members": the pair shares the noun after it
    for k in range(position + 1, min(position + 3, len(tokens))):
        if not tokens[k - 1].joined or tokens[k].capitalised or not tokens[k].text.isalpha():
            return False
        if tokens[k].folded in (posts or DESCRIBED_BY_DEMONYM):
            return True
    return False


def party_member_after(doc: ActorDocument, position: int, last: int) -> bool:
    """'Danish Social Democrat Ilse Varn', 'Austrian Republican Jo Marr': a people's adjective, one or two
    capitalised words ending on a party member's noun, then a name."""
    tokens = doc.tokens
    return any(
        tokens[k].folded in _PARTY_MEMBERS and tokens[k].text.istitle() and k < last
        for k in range(position + 1, min(position + 3, last + 1))
    )


def _demonym_pair(doc: ActorDocument, position: int) -> bool:
    """'Italian and Polish', 'Czech or Slovak': a people's adjective joined by "and" or "or" to another."""
    tokens = doc.tokens
    return (
        position + 2 < len(tokens)
        and tokens[position].joined
        and tokens[position + 1].folded in ("and", "or")
        and tokens[position + 1].text.islower()
        and tokens[position + 1].joined
        and doc.gazetteer.country_of_demonym(tokens[position + 2].folded) is not None
    )


def technical_words(tokens: list[Token], skip: list[bool]) -> bool:
    return has_technical_words((t.text for i, t in enumerate(tokens) if not skip[i]), COMPUTING_TERMS)


# A number or a word of television after "Channel": "Israeli Channel 12", "the Irish Channel's news".
_BROADCAST_AFTER_CHANNEL = re.compile(r"\s*(?:\d|['’]s\b|news\b|tv\b|television\b)", re.IGNORECASE)


def sea_channel(doc: ActorDocument, first: int, last: int) -> bool:
    """'the English Channel', 'through the Irish Channel': "the", a people's adjective and "Channel" name a strait,
    one place (not the state "English" stands for and a TV channel); not "Israeli Channel 12", a broadcaster."""
    tokens = doc.tokens
    opening = first + 1 if tokens[first].folded == "the" else first
    if last != opening + 1 or tokens[last].text != "Channel":
        return False
    the_before = opening > first or (first > 0 and tokens[first - 1].folded == "the")
    return the_before and not _BROADCAST_AFTER_CHANNEL.match(doc.text, tokens[last].end)
