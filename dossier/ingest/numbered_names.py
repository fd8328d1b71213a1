"""Numbers that belong to a name: a unit's ordinal, a site's number, a movement's date, a count that opens a body's
name, a league's division.
"""

from __future__ import annotations

import re

from dossier.ingest.actor_document import ActorDocument, cased
from dossier.ingest.cues import NAME_WORD, NUMBERED_SITES, PLACE_PREPOSITIONS, STREET_HEADS
from dossier.ingest.grouping import Candidate
from dossier.ingest.mentions import Token
from dossier.ingest.name_words import COMPASS
from dossier.ingest.names import word_set
from dossier.model import ActorKind


def league_division_start(tokens: list[Token], first: int, last: int) -> int | None:
    """'the Wessant Combination League Premier Division': where a league's division starts after "League".
    The division is a tier of the league, no armed force and no body of its own: the name ends at "League"."""
    for k in range(first + 1, last + 1):
        tail = [t.folded for t in tokens[k : last + 1]]
        if tokens[k - 1].folded == "league" and tokens[k - 1].joined and "division" in tail and len(tail) <= 3:
            return k
    return None


# A unit's ordinal, with the US Army's own spellings of 2nd and 3rd: "82d Airborne Division", "3d Infantry
# Division", "102d PVI" (its first group the number).
UNIT_ORDINAL = re.compile(r"(\d{1,4})(?:st|nd|rd|th|(?<=[23])d)")
_ORDINAL = UNIT_ORDINAL


# A battalion's number before its regiment's ordinal, joined by a hyphen: "2-285th Aviation Regiment".
_BATTALION_NUMBER = re.compile(r"\d{1,2}")


# Bodies that meet in numbered sessions: an ordinal before them counts the meeting ("the 16th EU-Jordan Association
# Council", "the 9th Tarnby Summit").
_MEETING_HEADS = word_set("council summit conference congress forum dialogue session assembly")


def take_ordinal(doc: ActorDocument, candidate: Candidate) -> None:
    """'101st Airborne Division', '5th Fleet': a unit's number is part of its name."""
    before = candidate.first - 1
    if candidate.kind not in (ActorKind.armed_force, ActorKind.organization) or before < 0:
        return
    token = doc.tokens[before]
    if not token.joined or not _ORDINAL.fullmatch(token.text):
        return
    if doc.tokens[candidate.last].folded in _MEETING_HEADS:
        return  # "the 16th EU-Jordan Association Council": the meeting's count, no part of the body's name
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
DATED_HEADS = word_set("movement alliance front coalition brigade brigades")


_NUMBER_WORDS = word_set("two three four five six seven eight nine ten eleven twelve")


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
    """'the Three Brotherhood Alliance': a capitalised number inside a sentence opens the body's name (and a venue's
    named for the lands it counts: "the Three Counties Showground");
    so does the count of its sides ("the 5+5 Joint Military Commission", "the 2+2 Dialogue")."""
    before = candidate.first - 1
    if before < 0:
        return
    if candidate.kind not in (ActorKind.armed_force, ActorKind.organization):
        # "the Three Counties Showground", "the Two Rivers Shopping Centre": a venue named for the lands it serves
        counted_venue = candidate.kind is ActorKind.place and _counted_plural(doc.tokens[candidate.first])
        if not counted_venue or candidate.first == candidate.last:
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
        doc.tokens[candidate.last].folded not in DATED_HEADS and not counted
    ):
        return
    candidate.name = doc.text[token.start : doc.tokens[candidate.first].start] + candidate.name
    candidate.first = before


# A number after "No." ending a body's name: "Union No. 1 at the mine", "Lodge No. 12", "Local No. 4".
_NUMBER_AFTER_NO = re.compile(r"\. ?\d{1,4}\b")


def take_number_after_no(doc: ActorDocument, candidate: Candidate) -> None:
    """'Union No. 1': a body's name that ends in "No" goes on with the stop and the number after it (the
    stop is no sentence's end)."""
    tokens, last = doc.tokens, candidate.last
    if candidate.kind not in (ActorKind.armed_force, ActorKind.organization) or last + 1 >= len(tokens):
        return
    if tokens[last].text != "No" or last == candidate.first or not tokens[last + 1].text.isdigit():
        return
    number = _NUMBER_AFTER_NO.match(doc.text, tokens[last].end)
    if number is None or number.end() != tokens[last + 1].end:
        return
    candidate.name = doc.text[tokens[candidate.first].start : tokens[last + 1].end]
    candidate.last = last + 1


# A league that names its tiers by number: "Ligue 1", "Liga 2", "2. Liga"; the number is part of its name.
_TIERED_LEAGUES = word_set("ligue liga league")


_TIER_NUMBER = re.compile(r"\d")


def take_league_tier(doc: ActorDocument, candidate: Candidate) -> None:
    """'joined from a Ligue 1 side': a league's name goes on with its tier's digit (not "the League 2025
    final": a year is no tier)."""
    tokens, last = doc.tokens, candidate.last
    if candidate.kind is not ActorKind.organization or last + 1 >= len(tokens):
        return
    if tokens[last].folded not in _TIERED_LEAGUES or not tokens[last].joined:
        return
    if not _TIER_NUMBER.fullmatch(tokens[last + 1].text):
        return
    candidate.name = doc.text[tokens[candidate.first].start : tokens[last + 1].end]
    candidate.last = last + 1


# A broadcaster's channel or station called by its number: "Channel 4", "BBC Radio 4", "Channel 9 News".
_NUMBERED_OUTLET_HEADS = word_set("channel radio")
_CHANNEL_NUMBER = re.compile(r"[1-9]\d?")
_NUMBER_GOES_ON = re.compile(r"[.,:]\d")  # "Radio 4,000 listeners", "Channel 1.5": a figure, no channel


def channel_number_after(doc: ActorDocument, last: int) -> bool:
    """Whether the name ending at `last` is a channel's or a station's word, then its number: 'Channel 4'."""
    tokens, text = doc.tokens, doc.text
    if tokens[last].folded not in _NUMBERED_OUTLET_HEADS or not tokens[last].text[:1].isupper():
        return False
    if not tokens[last].joined or last + 1 >= len(tokens):
        return False
    number = tokens[last + 1]
    return _CHANNEL_NUMBER.fullmatch(number.text) is not None and not _NUMBER_GOES_ON.match(text, number.end)


_CHANNEL_WORDS_AFTER_NUMBER = frozenset(("Live", "Extra", "Xtra", "HD"))


def take_channel_number(doc: ActorDocument, candidate: Candidate) -> None:
    """'She told BBC Radio 4', 'live on Channel 5': an outlet's channel goes on with its number."""
    last = candidate.last
    if candidate.kind is not ActorKind.media or not channel_number_after(doc, last):
        return
    last += 1
    tokens = doc.tokens
    if last + 1 < len(tokens) and tokens[last].joined and tokens[last + 1].text in _CHANNEL_WORDS_AFTER_NUMBER:
        last += 1  # "BBC Radio 5 Live", "BBC Radio 4 Extra": the channel's word after its number
    candidate.name = doc.text[tokens[candidate.first].start : tokens[last].end]
    candidate.last = last


# A line or a camp called by its name and a number: "the Estlink 2 power cable", "the Jeddah 1 rehabilitation
# center"; the number is part of the name of that one site (not "the Tarnvik 2 reactor": a plant's unit, where a
# reader marks the town the plant is named after).
_NUMBERED_WORKS = word_set("cable cables pipeline pipelines interconnector camp center centre terminal oilfield")
_WORKS_NUMBER = re.compile(r"[1-9]\d?")
_FEW_WORDS_OF_KIND = 2  # "power cable", "rehabilitation center", "gas pipeline"


def take_works_number(doc: ActorDocument, candidate: Candidate) -> None:
    """'damaged the Estlink 2 power cable', 'the Jeddah 1 rehabilitation center': a name, a small number and a
    lower-case site's noun within a few words is that numbered site, a place (not "Radio 4", a channel; not "the
    League 2025 final": a year is no site's number)."""
    tokens, last = doc.tokens, candidate.last
    if candidate.kind not in (ActorKind.place, ActorKind.other) or last + 2 >= len(tokens):
        return
    number = tokens[last + 1]
    if not tokens[last].joined or not number.joined or not _WORKS_NUMBER.fullmatch(number.text):
        return
    for k in range(last + 2, min(len(tokens), last + 3 + _FEW_WORDS_OF_KIND)):
        word = tokens[k]
        if not word.text.isalpha() or not word.text.islower():
            return
        if word.folded in _NUMBERED_WORKS:
            # ("Jeddah 1" stands at Jeddah: a reader may mark the site by its place's name alone)
            candidate.alias = candidate.alias or candidate.name
            candidate.name = doc.text[tokens[candidate.first].start : number.end]
            candidate.last = last + 1
            candidate.kind = ActorKind.place
            return
        if not tokens[k].joined:
            return


def _counted_plural(token: Token) -> bool:
    """'Three Counties Hospitals NHS Trust', 'Five Rivers Housing': a body named for the lands it serves, counted
    (a plural after the number word: "Counties", "Rivers", "Valleys")."""
    word = token.folded
    return len(word) > 4 and word.endswith("s") and (word[:-1] in _COUNTED_LANDS or word[:-3] + "y" in _COUNTED_LANDS)


# Lands a body's name counts: "Three Counties", "Two Rivers", "Five Valleys", "Tri-Cities" aside.
_COUNTED_LANDS = word_set("county river valley town city shire dale bridge harbour harbor island vale spire")


def ordinal_unit(doc: ActorDocument, first: int, last: int) -> Candidate | None:
    """'the 15th Army', 'the 379th Air Expeditionary Wing': a run after a unit's number that ends
    in a unit's head word is one armed force, number and all."""
    before = _unit_number_start(doc, first)
    if before is None:
        return None
    head = doc.tokens[last].folded
    if _FORCE_LETTERS.fullmatch(doc.tokens[last].text) and last > first:
        head = doc.tokens[last - 1].folded  # "No. 3 Squadron RAAF": the force's letters after the unit's head
    if head not in ORDINAL_UNIT_HEADS or last - first > _LONGEST_UNIT_NAME:
        return None
    if doc.tokens[before].text.isdigit() and before < first - 1 and head not in _REGIMENTS_OF_BATTALIONS:
        before += 1  # "pages 12-15th Army": a range; only a regiment has numbered battalions
    numbered = doc.tokens[before].folded == "no"
    if not (numbered or _ORDINAL.fullmatch(doc.tokens[first - 1].text)) and not (
        (first == last and head in _BARE_NUMBER_HEADS) or (first < last and head in _BARE_NUMBER_BRIGADES)
    ):
        return None  # "816 Squadron"; not "40 Regiment soldiers", a count before a name
    if first == last and head in _HEADS_NEVER_ALONE and not numbered and not _beyond_a_buildings_wings(doc, before):
        return None  # "the 3rd Wing" of a building; "No. 92 Wing", "the 432nd Wing" are units
    if head == "wing" and doc.tokens[last - 1].folded in COMPASS and not numbered:
        return None  # "4 East Wing": a building's wing by its side
    if before > 0 and doc.tokens[before - 1].text in _UNIT_ADJECTIVES and doc.tokens[before - 1].joined:
        before -= 1  # "the Unified 2nd Infantry Division": a word of the unit's own name before its number
    start, end = doc.tokens[before].start, doc.tokens[last].end
    return Candidate(before, last, doc.text[start:end], ActorKind.armed_force, "a unit's number and head word", 0.7)


def bracketed_unit(doc: ActorDocument, first: int) -> Candidate | None:
    """'the 7th (Service) Battalion', 'the 15th (Scottish) Division', 'the 10th (Argyll and Bute) Battalion', 'the
    79th (Glenmorven) Regiment of Foot': a unit's number, its title in brackets and its head word are one armed
    force (`first`: the title's first word, right after the number and the bracket)."""
    tokens, text = doc.tokens, doc.text
    number = first - 1
    if number < 0 or not _ORDINAL.fullmatch(tokens[number].text):
        return None
    if text[tokens[number].end : tokens[first].start] != " (":
        return None
    close = first
    while text[tokens[close].end : tokens[close].end + 2] != ") ":
        close += 1
        if close >= len(tokens) or close - first > _LONGEST_UNIT_NAME or not tokens[close - 1].joined:
            return None
        if not (tokens[close].capitalised or tokens[close].folded in _TITLE_SMALL_WORDS):
            return None
    last = close + 1
    while last < len(tokens) and tokens[last].folded not in ORDINAL_UNIT_HEADS:
        if not tokens[last].capitalised or not tokens[last].joined or last - close > _LONGEST_UNIT_NAME:
            return None
        last += 1
    if last >= len(tokens) or not tokens[last].capitalised or text[tokens[close].end : tokens[close + 1].start] != ") ":
        return None
    of_an_arm = last + 2 < len(tokens) and tokens[last].joined and tokens[last + 1].text == "of"
    if of_an_arm and tokens[last + 2].folded in _ARMS_OF_A_REGIMENT:
        last += 2  # "Regiment of Foot" (a battalion "of the Welsh Regiment" stays apart from its regiment)
    start, end = tokens[number].start, tokens[last].end
    found_by = "a unit's number, its title in brackets and head word"
    return Candidate(number, last, text[start:end], ActorKind.armed_force, found_by, 0.75)


# Small words inside a unit's bracketed title: "(Argyll and Bute)", "(Prince of Wales's)".
_TITLE_SMALL_WORDS = word_set("and of the")
# A regiment's arm after its head word: "the 94th Regiment of Foot", "the 3rd Regiment of Horse".
_ARMS_OF_A_REGIMENT = word_set("foot horse dragoons artillery")


# Words a unit's own name opens with before its number, in capitals: "the Unified 2nd Infantry Division", "the
# Provisional 4th Brigade", "the Separate 3rd Battalion" (a state's adjective, "the Iraqi 9th Division", is the
# state's, not the unit's).
_UNIT_ADJECTIVES = frozenset(("Unified", "Combined", "Provisional", "Independent", "Separate", "Composite"))


_LONGEST_UNIT_NAME = 4


# A force's letters that may end a numbered unit's name: "RAAF", "RAF", "RNZAF".
_FORCE_LETTERS = re.compile(r"[A-Z]{2,5}")


# Units made of numbered battalions, written "2-285th Aviation Regiment", "3-7th Cavalry", "1-5th Marines".
_REGIMENTS_OF_BATTALIONS = word_set("regiment cavalry infantry marines rifles fusiliers hussars lancers dragoons")


# A bare number opens the name of an air or naval unit on its own: "816 Squadron", "24 Flotilla".
_BARE_NUMBER_HEADS = word_set("squadron flotilla commando")


# British brigades are written with a bare number before the arm they were raised as: "12 Armoured Infantry Brigade",
# "4 Commando Brigade" (one word alone may be a count: "40 Brigade soldiers"); so are a navy's air squadrons,
# "845 Naval Air Squadron", the army's divisions and regiments, "32 Regiment Royal Artillery", and air wings in
# lineage records, "redesignated 65 Fighter Wing".
_BARE_NUMBER_BRIGADES = word_set("brigade squadron wing division regiment")


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


# A building has a few wings; a number past these is a unit's ("the 432nd Wing", "the 155th Base").
_MOST_WINGS_OF_A_BUILDING = 20


def _beyond_a_buildings_wings(doc: ActorDocument, k: int) -> bool:
    digits = re.match(r"\d+", doc.tokens[k].text)
    return digits is not None and int(digits.group()) > _MOST_WINGS_OF_A_BUILDING


# A veterans' or a fraternal body's branch called by its number: "American Legion Post 176", "VFW Post 5012",
# "Quell Lodge 12" ("Lodge No. 12" is taken by `take_number_after_no`; a union's "Local 212" is left to name the
# union, as `test_ingest_realprobes52` has it).
# (a union's local branch by its number too: "Quellfor Local 1", "UAW Local 600")
_NUMBERED_BRANCHES = word_set("post lodge chapter local")
_BRANCH_NUMBER = re.compile(r"[1-9]\d{0,4}")


def numbered_branch(doc: ActorDocument, first: int, last: int) -> Candidate | None:
    """'a member of American Legion Post 176': a body's name, a branch's word and its number is that branch, an
    organisation (not "the Post 2024 awards": a year is no branch's number)."""
    tokens = doc.tokens
    if last == first or last + 1 >= len(tokens) or tokens[last].folded not in _NUMBERED_BRANCHES:
        return None
    number = tokens[last + 1]
    if (
        not tokens[last].joined
        or not _BRANCH_NUMBER.fullmatch(number.text)
        or _NUMBER_GOES_ON.match(doc.text, number.end)
    ):
        return None
    if len(number.text) == 4 and number.text[:2] in ("19", "20"):
        return None
    if tokens[last].folded == "local" and tokens[last - 1].folded in NAME_WORD:
        return None  # "the Tarnford Bus Workers Union Local 212": the union's own name is read, not its local
    if tokens[first].text == "The" and first + 1 < last:
        first += 1  # "The Varnworkers Local 600 voted": the sentence's "The" is no part of the branch's name
    name = doc.text[tokens[first].start : number.end]
    return Candidate(
        first, last + 1, name, ActorKind.organization, f"a branch's number after '{tokens[last].text}'", 0.7
    )


# A street named by its number, as North American towns name them: "South 12th Street", "21st Avenue South".
_STREET_NUMBER_HEADS = STREET_HEADS | word_set("drive place")
_STREET_COMPASS = frozenset(("North", "South", "East", "West", "N.", "S.", "E.", "W."))


def numbered_street(doc: ActorDocument, first: int, covered: list[bool], skip: list[bool]) -> Candidate | None:
    """'along South 12th Street', 'a shop on 21st Avenue South': an ordinal and a street's head word (with a
    compass word before or after) name a street, a place."""
    tokens = doc.tokens
    k = first + 1 if tokens[first].text in _STREET_COMPASS and tokens[first].joined else first
    head = k + 1
    if head >= len(tokens) or not _ORDINAL.fullmatch(tokens[k].text) or not tokens[k].joined:
        return None
    if not (cased(tokens[head]) and tokens[head].folded in _STREET_NUMBER_HEADS):
        return None
    last = head
    after = head + 1
    if k == first and after < len(tokens) and tokens[head].joined and tokens[after].text in _STREET_COMPASS:
        last = after  # "21st Avenue South" (not "South 12th Street North": one compass word)
    if any(covered[j] or skip[j] for j in range(first, last + 1)):
        return None
    if last + 1 < len(tokens) and tokens[last].joined and cased(tokens[last + 1]):
        return None  # "the 5th Street Bridge", "3rd Street Cafe": a longer name goes on, read as before
    name = doc.text[tokens[first].start : tokens[last].end]
    return Candidate(first, last, name, ActorKind.place, "a street named by its number", 0.7)
