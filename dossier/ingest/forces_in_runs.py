"""Armed forces, units and ships inside a run: a service before a rank, a numbered unit, a regiment's battalion, a
ship's command, a craft's model after its force.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dossier.ingest.actor_document import ActorDocument, cased
from dossier.ingest.cues import FORCE_MEMBERS, FORCE_OF_MEMBERS, HEAD_WORD, PLACE_PREPOSITIONS, Cue
from dossier.ingest.dashed_names import hull_number_before_group
from dossier.ingest.draft_evidence import SHIP_PREFIXES
from dossier.ingest.grouping import Candidate
from dossier.ingest.name_bounds import run_end
from dossier.ingest.names import word_set
from dossier.ingest.numbered_names import ordinal_unit
from dossier.model import ActorKind

# A service's head word inside a unit's name, and the unit's own head that ends it.
_SERVICES_OF_UNITS = word_set("guard navy army corps")


_UNIT_HEADS = word_set("team teams unit units squadron detachment element")


def force_inside_unit(words: tuple[str, ...]) -> int | None:
    """Where the service's name ends inside a unit's ('U.S. Coast Guard Maritime Safety and Security
    Team' holds 'U.S. Coast Guard'): a service's head word, then two or more words up to a unit's head."""
    if len(words) < 4 or words[-1] not in _UNIT_HEADS:
        return None
    return next((k for k in range(1, len(words) - 2) if words[k] in _SERVICES_OF_UNITS), None)


# A force's head word, and the lower-case nouns of craft a model's name stands before: "Royal Air Force
# Chinook helicopters", "Varnish Navy Kestrel drones".
_FORCE_HEADS_BEFORE_MODEL = word_set("force forces navy army corps marines")


_CRAFT_NOUNS = word_set(
    "helicopter helicopters aircraft jet jets fighter fighters drone drones bomber bombers tank tanks "
    "frigate frigates ship ships vessel vessels boat boats"
)


_CRAFT_ROLES = word_set("surveillance transport patrol attack cargo reconnaissance training tanker")


_MODEL_WORDS = 3  # "Beechcraft King Air"


def model_after_force(doc: ActorDocument, position: int, last: int) -> int | None:
    """Where a craft's model starts in 'Royal Air Force Chinook helicopters': a force's name, then one to
    three capitalised words before a lower-case noun of craft (maybe after its role: "surveillance")."""
    tokens = doc.tokens
    after = last + 1
    if _models_plural_after_force(doc, position, last):
        return last  # "Royal Air Force Typhoons from RAF Akrotiri": the force, then its craft's model in the plural
    if after + 1 < len(tokens) and tokens[after].folded in _CRAFT_ROLES and tokens[after].joined:
        after += 1  # "... Beechcraft King Air surveillance aircraft": the craft's role before its noun
    if after >= len(tokens) or not tokens[last].joined or tokens[after].folded not in _CRAFT_NOUNS:
        return None
    if not tokens[after].text.islower() or not tokens[last + 1].text.islower():
        return None
    for model in range(max(position + 1, last - _MODEL_WORDS + 1), last + 1):
        if tokens[model - 1].folded in _FORCE_HEADS_BEFORE_MODEL and model - 1 > position:
            return model
    # "RAF Typhoon FGR4 aircraft", "IDF Merkava tanks": a force's letters, then the model (not "Navy Growler
    # jets": a lone service's word names no force of its own)
    if last > position and _FORCE_LETTERS.fullmatch(tokens[position].text) and last - position <= _MODEL_WORDS:
        # (not "the MNDF Coast Guard ship": a service of the force, named with its letters)
        return None if any(tokens[k].folded in HEAD_WORD for k in range(position + 1, last + 1)) else position + 1
    return None


_FORCE_LETTERS = re.compile(r"[A-Z]{2,5}")


# Plurals after a force's name that name its people or its units, no craft: "U.S. Army Rangers", "Navy SEALs".
_FORCES_PEOPLE_PLURALS = word_set(
    "rangers marines reserves reservists cadets commandos seals divers engineers guards scouts regulars volunteers "
    "veterans officers sailors soldiers airmen pilots units forces"
)


def _models_plural_after_force(doc: ActorDocument, position: int, last: int) -> bool:
    """'Royal Air Force Typhoons', 'Royal Navy Wildcats': a force's name of two words or more, then one
    capitalised word in the plural that names no people of the force, before a word in lower case."""
    tokens = doc.tokens
    model = tokens[last]
    # "RAF Tornados based at Akrotiri": an air force's letters alone before its craft (an air base's name after
    # them is a place: "RAF Marham", found by the gazetteer or a preposition)
    letters = (
        last == position + 1
        and tokens[position].text.isupper()
        and tokens[position].folded in _AIR_FORCE_LETTERS
        and not (position > 0 and tokens[position - 1].folded in PLACE_PREPOSITIONS)  # "radar at RAF Fylingdales"
    )
    if not letters and (last - position < 2 or tokens[last - 1].folded not in _FORCE_HEADS_BEFORE_MODEL):
        return False
    if not model.text.isascii():
        return False
    if tokens[last - 1].folded == "forces":
        return False  # "Groupement des Forces Spéciales": a plural head's adjective, in the name's own language
    if not (model.text[:1].isupper() and model.text[1:].islower() and model.text.endswith("s")) or len(model.text) < 5:
        return False
    if model.text.endswith("ss") or model.folded in _FORCES_PEOPLE_PLURALS or model.folded in HEAD_WORD:
        return False
    if doc.gazetteer.lookup((model.folded,)) is not None or doc.text[model.end : model.end + 2] == " (":
        return False  # "Naval Force Antilles (CA NAVFOR)": the waters it serves, its letters after the name
    after = last + 1
    return after >= len(tokens) or not tokens[last].joined or tokens[after].text.islower()


_AIR_FORCE_LETTERS = word_set("raf raaf rnzaf rcaf usaf")


_UNITS_NUMBER = 4  # digits of a unit's number: "Joint Task Force 412"


def take_units_number(doc: ActorDocument, candidates: list[Candidate]) -> None:
    """'the Commander of Joint Task Force 412': the number after the body's name ends it, and the post's."""
    tokens = doc.tokens
    last = candidates[0].last
    after = last + 1
    if after >= len(tokens) or not tokens[last].joined or doc.text[tokens[last].end : tokens[after].start] != " ":
        return
    if not (tokens[after].text.isdigit() and len(tokens[after].text) <= _UNITS_NUMBER):
        return
    for candidate in candidates:
        candidate.last = after
        candidate.name = doc.text[tokens[candidate.first].start : tokens[after].end]


def state_before_unit(
    doc: ActorDocument, first: int, last: int, covered: list[bool], skip: list[bool]
) -> Candidate | None:
    """'the U.S. 5th Fleet', 'the UK 1st Division': a state's short name written before a unit's
    number is part of the unit's name (the run stops at the number)."""
    tokens = doc.tokens
    token = tokens[first]
    number = last + 1
    if last != first or not token.joined or number + 1 >= len(tokens) or covered[number + 1] or skip[number + 1]:
        return None
    if not (token.text.replace(".", "").isupper() and token.text.replace(".", "").isalpha()):
        return None  # only "U.S.", "UK": a demonym before a unit ("Iraqi 9th Division") stays apart
    state = doc.gazetteer.lookup((token.folded,))
    if state is None or state.kind != "state" or not cased(tokens[number + 1]):
        return None
    unit = ordinal_unit(doc, number + 1, run_end(doc.text, tokens, number + 1, covered, skip, doc.gazetteer))
    if unit is None:
        return None
    name = doc.text[token.start : tokens[unit.last].end]
    return Candidate(first, unit.last, name, ActorKind.armed_force, "a state, a unit's number and head word", 0.7)


# A unit numbered within its regiment, and the regiment's last word: "5th Battalion, Tremmin Regiment",
# "2nd Battalion, 6th Marines", "1st Squadron, 3rd Cavalry Regiment", "2nd Battalion of the 41st Infantry Regiment".
_SUBUNIT_HEADS = frozenset({"battalion", "squadron", "company", "battery"})


_CROWN = re.compile(r"\b(?:His|Her) Majesty['’]s $")


def crown_bodies(doc: ActorDocument, candidates: list[Candidate]) -> None:
    """'His Majesty's Armed Forces', 'Her Majesty's Prison Service': the crown's possessive opens the
    body's name (a monarch's title, not the possessive of a person named after it)."""
    tokens, text = doc.tokens, doc.text
    for index, candidate in enumerate(candidates):
        if candidate.kind in (ActorKind.person, ActorKind.place, ActorKind.state) or candidate.first < 2:
            continue
        start = tokens[candidate.first].start
        crown = _CROWN.search(text, max(0, start - 20), start)
        if crown is None or tokens[candidate.first - 2].start != crown.start():
            continue
        name = text[crown.start() : tokens[candidate.last].end]
        candidates[index] = replace(candidate, first=candidate.first - 2, name=name, canonical=None)


_REGIMENT_HEADS = frozenset({"regiment", "marines", "rifles", "fusiliers", "infantry", "guards", "rangers"})
# The heads of numbered units that hold numbered battalions or squadrons in US releases: "5th Special Forces Group",
# "3rd Cavalry", "17th Field Artillery", "4th Fighter Wing".
_NUMBERED_PARENT_HEADS = frozenset({"group", "cavalry", "artillery", "wing"})
# What the US Army writes after a Special Forces unit's name, in brackets, as part of it: "5th Special Forces Group
# (Airborne)" (not "(Air Assault)" after a division: re3d-style gold leaves it out of the name).
_UNIT_QUALIFIER = re.compile(r" \(Airborne\)")


# A brigade numbered within its division: "1st Combat Aviation Brigade, 1st Infantry Division", "2nd Armored
# Brigade Combat Team, 3rd Infantry Division" (the division numbered too).
_BRIGADE_HEADS = frozenset({"brigade", "team"})
_DIVISION_HEADS = frozenset({"division"})


def _a_unit(doc: ActorDocument, unit: Candidate) -> bool:
    """A force's unit: drafted as one, or a brigade's team ("2nd Armored Brigade Combat Team" ends with "Team")."""
    if unit.kind is ActorKind.armed_force:
        return True
    return any(doc.tokens[i].folded == "brigade" for i in range(unit.first, unit.last))


def _regiments_name(doc: ActorDocument, unit: Candidate, regiment: Candidate) -> bool:
    """The name after a numbered unit's comma is its regiment's ("Royal Tremmin Regiment", "Royal Regiment of
    Varnshire": a regiment's head, perhaps before "of" and its land) or, after a brigade, its numbered division."""
    tokens = doc.tokens
    if tokens[unit.last].folded in _BRIGADE_HEADS:
        return tokens[regiment.last].folded in _DIVISION_HEADS and tokens[regiment.first].text[:1].isdigit()
    if tokens[regiment.last].folded in _REGIMENT_HEADS:
        return True
    if tokens[regiment.first].text[:1].isdigit() and tokens[regiment.last].folded in _NUMBERED_PARENT_HEADS:
        return True  # "1st Battalion, 5th Special Forces Group": a numbered group the battalion belongs to
    heads = [i for i in range(regiment.first, regiment.last) if tokens[i].folded in _REGIMENT_HEADS]
    return bool(heads) and tokens[heads[-1] + 1].folded == "of" and regiment.kind is ActorKind.armed_force


def battalions_of_regiments(doc: ActorDocument, candidates: list[Candidate]) -> list[Candidate]:
    """'2nd Battalion, Royal Varn Regiment': a numbered unit, a comma and its regiment are one unit's name."""
    tokens, text = doc.tokens, doc.text
    by_first = {c.first: c for c in candidates}
    merged: dict[int, Candidate] = {}
    for unit in candidates:
        if tokens[unit.last].folded not in _SUBUNIT_HEADS | _BRIGADE_HEADS or not _a_unit(doc, unit):
            continue
        if not tokens[unit.first].text[:1].isdigit():
            continue
        regiment = by_first.get(unit.last + 1) or by_first.get(unit.last + 3)
        if regiment is None or not _regiments_name(doc, unit, regiment):
            continue
        between = text[tokens[unit.last].end : tokens[regiment.first].start]
        if between != ", " and not (between == " of the " and tokens[regiment.first].text[:1].isdigit()):
            continue
        end = tokens[regiment.last].end
        qualifier = _UNIT_QUALIFIER.match(text, end)
        end = qualifier.end() if qualifier is not None else end
        name = text[tokens[unit.first].start : end]
        merged[id(unit)] = Candidate(
            unit.first, regiment.last, name, ActorKind.armed_force, "a numbered unit, then its regiment", 0.75
        )
        merged[id(regiment)] = merged[id(unit)]
    if not merged:
        return candidates
    out: list[Candidate] = []
    for candidate in candidates:
        whole = merged.get(id(candidate))
        if whole is None:
            out.append(candidate)
            continue
        if whole not in out:
            out.append(whole)
        if candidate.first != whole.first and tokens[candidate.first].text[:1].isdigit():
            out.append(candidate)  # "..., 75th Ranger Regiment": a numbered regiment is a unit of its own too
        elif candidate.first == whole.first and tokens[candidate.last].folded in _BRIGADE_HEADS:
            out.append(candidate)  # "1st Armored Brigade Combat Team, 3rd Infantry Division": the brigade too
    return out


# Counts before a force's members: "two Navy SEALs", "12 Army Rangers".
_COUNTS = word_set("two three four five six seven eight nine ten eleven twelve dozens several")


def members_counted(doc: ActorDocument, position: int, words: tuple[str, ...]) -> bool:
    """'Two Navy SEALs': a count before a force's word and its members' word names the people."""
    if len(words) != 2 or words[1] not in FORCE_MEMBERS or words[0] not in FORCE_OF_MEMBERS or position == 0:
        return False
    count = doc.tokens[position - 1]
    return count.joined and (count.folded in _COUNTS or count.text.isdigit())


# Heads of a force's unit that is named for the land it fights in: "Africa Corps", "Sahel Legion".
_UNIT_FOR_A_LAND_HEADS = frozenset(("corps", "legion", "group", "brigade"))


_CONTINENT_SIZE = 10_000_000  # the gazetteer gives a continent or a world region this size and no state


def demonym_before_unit_named_for_a_land(doc: ActorDocument, first: int, last: int, words: tuple[str, ...]) -> bool:
    """'the Varnian Asia Legion': a people's adjective, then a unit named for another land (a continent or
    another state) is the unit's nation and the unit, not one name ("Iraqi Security Forces" is one)."""
    if last - first < 2 or words[-1] not in _UNIT_FOR_A_LAND_HEADS or not cased(doc.tokens[first]):
        return False
    nation = doc.gazetteer.country_of_demonym(words[0])
    land = doc.gazetteer.lookup(words[1:2])
    if nation is None or land is None or land.name == nation or doc.gazetteer.lookup(words[:2]) is not None:
        return False
    return land.kind == "state" or (land.country is None and land.population >= _CONTINENT_SIZE)


def group_after_hull_number(doc: ActorDocument, first: int, last: int) -> Candidate | None:
    """'USS Varn (DDG 61) Surface Action Group': a ship, its hull number in brackets, then the group
    named after it; the whole run is the group, a body."""
    tokens = doc.tokens
    if tokens[last].folded != "group":
        return None
    first += tokens[first].text == "The"
    for k in range(first, last):
        if hull_number_before_group(doc.text, tokens, k) is not None:
            name = doc.text[tokens[first].start : tokens[last].end]
            return Candidate(first, last, name, ActorKind.organization, "a ship's group after its hull number", 0.6)
    return None


_SHIP_COMMANDS = word_set("officer captain commander master")


def command_of_a_ship(doc: ActorDocument, position: int, last: int) -> tuple[Candidate, int] | None:
    """'Commanding Officer of USS X', 'Captain of HMS X', 'Commanding Officer HMAS X': a command post
    whose remit is a ship named with its prefix; the post, and where the ship's name starts."""
    tokens = doc.tokens
    start = position + 1 if tokens[position].text == "The" else position
    if start > 0 and tokens[start - 1].text == "Commanding":
        start -= 1  # the run may open after "Commanding", a word read as a verb
    title = start + 1 if tokens[start].folded == "commanding" else start
    if title >= last or tokens[title].folded not in _SHIP_COMMANDS:
        return None
    ship = title + 2 if tokens[title + 1].folded == "of" else title + 1
    if ship >= last or tokens[ship].folded not in SHIP_PREFIXES:
        return None
    if ship == title + 1 and title == start and not _holder_named_after(doc, title, last):
        return None  # "Commander HMS Varn" with no "of" reads as a rank and a name
    name = doc.text[tokens[start].start : tokens[last].end]
    return Candidate(start, last, name, ActorKind.person, "the command of a ship", 0.6), ship


# The bare posts of a ship's command whose holder is named after a comma: "Commander HMS Varn, Lieutenant
# Commander Ilse Tremmin, said"
_BARE_SHIP_COMMANDS = word_set("commander")


def _holder_named_after(doc: ActorDocument, title: int, last: int) -> bool:
    """'Commander HMAS Varn, Captain Ilse Tremmin': a post with no "of" before its ship, its holder after a comma."""
    tokens = doc.tokens
    after = last + 1
    return (
        tokens[title].folded in _BARE_SHIP_COMMANDS
        and after < len(tokens)
        and doc.text[tokens[last].end : tokens[after].start] == ", "
        and tokens[after].text[:1].isupper()
    )


_UNIT_NUMBER_HEADS = word_set("unit")


_LONE_UNIT_DIGITS = 4  # "Unit 29155" alone; "Unit 3" alone may be a flat


def numbered_unit(doc: ActorDocument, first: int, last: int) -> Candidate | None:
    """'Navy Explosive Ordnance Disposal Mobile Unit 3', 'Unit 29155': a unit's words, then its number,
    are one unit's name, even when every word is a common one."""
    tokens = doc.tokens
    number = last + 1
    if tokens[last].folded not in _UNIT_NUMBER_HEADS or number >= len(tokens) or not tokens[last].joined:
        return None
    digits = tokens[number].text
    if not (digits.isdigit() and len(digits) <= 6) or (first == last and len(digits) < _LONE_UNIT_DIGITS):
        return None
    if (
        number + 1 < len(tokens)
        and doc.text[tokens[number].end : tokens[number].end + 1] in (".", ",")
        and (doc.text[tokens[number].end + 1 : tokens[number].end + 2].isdigit())
    ):
        return None  # "Unit 3.5": a figure, not a number
    while first < last and tokens[first].folded in ("the", "a"):
        first += 1
    name = doc.text[tokens[first].start : tokens[number].end]
    return Candidate(first, number, name, ActorKind.armed_force, "a unit's words and its number", 0.65)


def national_service(doc: ActorDocument, found: list[Candidate], first: int, last: int) -> Candidate | None:
    """'British Army', 'Iraqi Navy' before a rank: the demonym read as its state just before, and a
    service's word (an armed force's head word) are one armed force's name."""
    if not found or found[-1].kind is not ActorKind.state or found[-1].alias is None or found[-1].last != first - 1:
        return None
    if first != last or HEAD_WORD.get(doc.tokens[last].folded, _NO_CUE).kind is not ActorKind.armed_force:
        return None
    start = found[-1].first
    name = doc.text[doc.tokens[start].start : doc.tokens[last].end]
    return Candidate(start, last, name, ActorKind.armed_force, "a people's service before a rank", 0.8)


_NO_CUE = Cue(ActorKind.other, 0.0)


_SERVICE_WORDS = 2  # "Army", "Air Force", "Coast Guard"


def service_before_rank(doc: ActorDocument, position: int, first: int, last: int) -> list[Candidate]:
    """'Army Brig. Gen. Ilse Varn', 'Air Force Col. Tom Kessel': a service's words opening a rank's
    title are the armed force the person serves in (read alone, the common words name nothing)."""
    tokens = doc.tokens
    if last - position >= _SERVICE_WORDS or not all(tokens[k].joined for k in range(position, last)):
        return []  # ("Air" is a title's word too: "Air Marshal"; the service may open with it)
    if first > last or HEAD_WORD.get(tokens[last].folded, _NO_CUE).kind is not ActorKind.armed_force:
        return []
    rank = tokens[last + 1].folded if last + 1 < len(tokens) else ""
    if position == last and tokens[last].folded == "command" and rank in _COMMAND_RANKS:
        return []  # "Command Sgt. Maj. Ilse Varn", "Command Master Chief ...": the senior enlisted's rank
    name = doc.text[tokens[position].start : tokens[last].end]
    return [Candidate(position, last, name, ActorKind.armed_force, "a service before a rank", 0.6)]


# The ranks that "Command" opens in the US forces: "Command Sergeant Major", "Command Master Chief Petty Officer",
# "Command Chief Master Sergeant".
_COMMAND_RANKS = frozenset(("sgt", "sergeant", "master", "chief", "csm"))


def general_staff(doc: ActorDocument, k: int, last: int) -> bool:
    """'the Military Academy of the General Staff': "General" before "Staff" names a force's headquarters,
    no rank."""
    tokens = doc.tokens
    return k < last and tokens[k].folded == "general" and tokens[k + 1].folded == "staff" and tokens[k].joined
