"""Bodies read whole from a run: spelled out by their acronym, named with a legal form, a group of states, a known
body's national section, a document's or a class's name.
"""

from __future__ import annotations

import bisect
import re

from dossier.ingest.acronyms import ACRONYM, spelled_by_acronym
from dossier.ingest.actor_document import ActorDocument, cased
from dossier.ingest.common_words import COMMON, zipf
from dossier.ingest.cues import (
    DOCUMENT_HEADS,
    FUNCTION_WORDS,
    KNOWN_PHRASE_BODIES,
    KNOWN_PHRASE_OPENERS,
    KNOWN_PHRASE_SIZE,
    NAME_GLUE,
    NAME_WORD,
    NATIONS_OF_THE_UK,
    TERMS_WRITTEN_IN_CAPITALS,
    TITLE_PARTS,
    TITLES,
)
from dossier.ingest.grouping import Candidate
from dossier.ingest.mentions import Token
from dossier.ingest.name_kinds import name_candidate
from dossier.ingest.name_words import MAX_NAME_TOKENS, has_cue, is_title
from dossier.ingest.names import fold_phrase, is_given_name, word_set
from dossier.ingest.person_names import state_opened_by_capitals
from dossier.model import ActorKind


def body_spelled_whole(doc: ActorDocument, first: int, last: int) -> Candidate | None:
    """'Islamic Republic of Iran Broadcasting (IRIB)': a run with "of" whose acronym in brackets after it
    spells every capitalised word is one body, though a state's formal name opens it."""
    tokens, text = doc.tokens, doc.text
    if tokens[first].text == "The":
        first += 1
    words = tuple(tokens[k].folded for k in range(first, last + 1))
    if last - first < 3 or "of" not in words or doc.gazetteer.lookup(words) is not None:
        return None
    close = text.find(")", tokens[last].end, tokens[last].end + 12)
    letters = text[tokens[last].end + 2 : close] if close > 0 and text.startswith(" (", tokens[last].end) else ""
    initials = "".join(tokens[k].text[0] for k in range(first, last + 1) if cased(tokens[k]))
    if len(letters) < 3 or not letters.isupper() or letters != initials:
        return None
    if letters.lower() in TERMS_WRITTEN_IN_CAPITALS and not has_cue(words):
        return None  # "an Internal Rate of Return (IRR)": a trade's term written out, no body
    candidate = name_candidate(doc, first, last, words)
    if candidate is not None and candidate.kind is not ActorKind.other:
        return candidate
    name = text[tokens[first].start : tokens[last].end]
    return Candidate(first, last, name, ActorKind.organization, "a name its acronym spells whole", 0.6)


def class_after_as_a(doc: ActorDocument, first: int, last: int) -> bool:
    """'designating the group as a Specially Designated Global Terrorist': after "as a" a capitalised
    phrase names the class something is put in, not an actor (not "as a Reuters correspondent",
    where the name qualifies a noun in lower case)."""
    tokens = doc.tokens
    if last == first or first < 2 or not (tokens[first - 1].joined and tokens[first - 2].joined):
        return False
    if tokens[first - 1].text == "designated" and tokens[first - 2].text in ("a", "an", "as"):
        return True  # "JAAS is a designated Foreign Terrorist Organization active in Mali"
    after = tokens[last + 1] if last + 1 < len(tokens) and tokens[last].joined else None
    if after is not None and after.text.islower() and after.folded not in FUNCTION_WORDS:
        return False
    if tokens[first - 1].text in ("a", "an") and _designated_before(tokens, first - 2):
        return True  # "the State Department designated it a Foreign Terrorist Organization in 2013"
    return tokens[first - 1].text in ("a", "an") and tokens[first - 2].text == "as"


# How far back from "a" the verb may stand: "designated it a", "designated the group a".
_DESIGNATED_OBJECT_WORDS = 3


def _designated_before(tokens: list[Token], k: int) -> bool:
    """Whether a form of "designate" stands a few joined words before token `k` (its object between)."""
    for back in range(k, max(-1, k - _DESIGNATED_OBJECT_WORDS), -1):
        if tokens[back].folded.startswith("designat"):
            return True
        if not tokens[back].joined:
            return False
    return False


def acronym_of_a_class(doc: ActorDocument, first: int, last: int) -> bool:
    """'(SDGT)' right after 'as a Specially Designated Global Terrorist': the class's acronym."""
    tokens, text = doc.tokens, doc.text
    if first != last or first < 1 or text[tokens[first].start - 1 : tokens[first].start] != "(":
        return False
    k = first - 1  # the last word before the bracket
    while k > 0 and cased(tokens[k - 1]) and tokens[k - 1].joined:
        k -= 1
    return k < first and cased(tokens[k]) and class_after_as_a(doc, k, first - 1)


def acronym_of_a_made_thing(doc: ActorDocument, first: int, last: int) -> bool:
    """'(HIMARS)' after 'High Mobility Artillery Rocket System', '(NSM)' after 'Naval Strike Missile': the
    letters of a weapon or a vehicle its name in brackets defines, no body's."""
    tokens, text = doc.tokens, doc.text
    if first != last or first < 2 or text[tokens[first].start - 2 : tokens[first].start] != " (":
        return False
    k = first - 1  # the last word before the bracket
    head = tokens[k].folded
    # the thing's words, back to a body's word that owns it ("U.S. Army M142 High Mobility ... System")
    while k > 0 and cased(tokens[k - 1]) and tokens[k - 1].joined and tokens[k - 1].folded not in NAME_WORD:
        k -= 1
    words = {tokens[j].folded for j in range(k, first - 1)}
    if not cased(tokens[k]) or k == first - 1 or head in NAME_WORD:
        return False
    return head in _MADE_THING_HEADS or (head in ("system", "systems") and bool(words & _WEAPON_WORDS))


_LETTERS_IN_BRACKETS = re.compile(r" \(([A-Z]{2,8})\)")


def made_things_letters(doc: ActorDocument) -> set[tuple[str, ...]]:
    """The letters the page defines for a weapon or a vehicle (`acronym_of_a_made_thing`): "HIMARS" is the
    system's wherever the page writes it again."""
    starts = [token.start for token in doc.tokens]
    letters: set[tuple[str, ...]] = set()
    for match in _LETTERS_IN_BRACKETS.finditer(doc.text):
        k = bisect.bisect_left(starts, match.start(1))
        if k < len(starts) and starts[k] == match.start(1) and acronym_of_a_made_thing(doc, k, k):
            letters.add((doc.tokens[k].folded,))
    return letters


# The last word of a weapon's or a vehicle's name, and words that make a "System" one.
_MADE_THING_HEADS = word_set("missile missiles launcher launchers rifle rifles howitzer howitzers vehicle vehicles")
_WEAPON_WORDS = word_set("rocket missile artillery weapon weapons launch radar defense defence interceptor")


# A force's branch after its acronym: "IRGC Navy", "PLA Navy", "RSF Air Force" is the branch's name.
_BRANCHES_AFTER_ACRONYM = frozenset({"navy", "army", "marines"})


def branch_after_acronym(tokens: list[Token], i: int) -> bool:
    return tokens[i - 1].joined and tokens[i - 1].text.isupper() and tokens[i].folded in _BRANCHES_AFTER_ACRONYM


BODY_KINDS = (ActorKind.organization, ActorKind.armed_force, ActorKind.media)


_WRITTEN_LEGAL_FORMS = frozenset({"limited", "ltd", "plc", "llc", "inc"})


def firm_by_legal_form(doc: ActorDocument, first: int, last: int) -> Candidate | None:
    """'Energy Fiji Limited', 'Telecom Fiji Limited': capitalised words ending in a firm's legal form are
    one firm, though a state's name stands inside them."""
    tokens = doc.tokens
    while first < last and tokens[first].folded == "the":
        first += 1
    if last - first < 1 or tokens[last].folded not in _WRITTEN_LEGAL_FORMS:
        return None
    if not all(cased(tokens[k]) for k in range(first, last + 1)):
        return None
    if not any(doc.gazetteer.lookup((tokens[k].folded,)) for k in range(first, last)):
        return None  # the rules that read the name whole already name it a firm
    name = doc.text[tokens[first].start : tokens[last].end]
    return Candidate(first, last, name, ActorKind.organization, f"a firm's legal form '{tokens[last].text}'", 0.6)


# A crown's title after a plain noun names a brand, as "Burger King" or "Dairy Queen" (a person's title opens his name).
_CROWNS_AFTER_A_NOUN = frozenset({"king", "queen"})
# What a brand does in the sentence right after its name: "Burger King tweeted", "Dairy Queen said".
_BRAND_DEEDS = frozenset({"said", "says", "tweeted", "announced", "posted", "added", "confirmed", "apologised"})
_PLAIN_NOUN = 3.5  # Zipf: the noun before the crown is an everyday word ("burger", "dairy")


def brand_with_a_crown(doc: ActorDocument, first: int, last: int) -> Candidate | None:
    """'In response, Quellburger King tweeted': an everyday noun and a crown's title, then a verb of saying,
    name a brand, not a king."""
    tokens = doc.tokens
    if last != first + 1 or tokens[last].folded not in _CROWNS_AFTER_A_NOUN or last + 1 >= len(tokens):
        return None
    noun, deed = tokens[first], tokens[last + 1]
    if not (noun.joined and tokens[last].joined and deed.folded in _BRAND_DEEDS and deed.text.islower()):
        return None
    if zipf(noun.folded) < _PLAIN_NOUN or is_given_name(noun.folded) or doc.gazetteer.lookup((noun.folded,)):
        return None
    name = doc.text[noun.start : tokens[last].end]
    return Candidate(first, last, name, ActorKind.organization, "an everyday noun and a crown's title, acting", 0.55)


_MEMBERS_MEETINGS = frozenset({"meeting", "meetings", "summit", "retreat", "dialogue", "forum"})


_MEMBERS_IN_PLURAL = frozenset({"leaders", "ministers"})  # the members a body's own meeting is of


def members_after_body(doc: ActorDocument, first: int, last: int) -> int | None:
    """Where a body's members in the plural, after its name, start: 'Pacific Islands Forum Leaders',
    'ASEAN Foreign Ministers' (the leaders' or ministers' meeting of the body, not a body of its own);
    None for anything else ('Council of Ministers' names them after "of")."""
    tokens = doc.tokens
    if last > first and tokens[last].folded in _MEMBERS_MEETINGS:
        last -= 1  # "... Forum Leaders Meeting", "... Foreign Ministers Retreat"
    if tokens[last].folded not in _MEMBERS_IN_PLURAL:
        return None  # ("Poole Harbour Commissioners", "Redbud Capital Advisors" are bodies of their own)
    start = last
    while start - 1 > first and tokens[start - 1].folded in TITLE_PARTS and tokens[start - 1].folded not in NAME_GLUE:
        start -= 1  # "ASEAN Foreign Ministers", "EU Defence Ministers"
    body = [tokens[k] for k in range(first, start) if tokens[k].folded != "the"]
    if not body or any(t.folded in NAME_GLUE for t in body):
        return None  # "Committee of Permanent Representatives": the members are named after its "of"
    spelled = len(body) == 1 and ACRONYM.fullmatch(body[-1].text) is not None
    return start if spelled or has_cue((body[-1].folded,)) else None


_GROUP_OF_STATES_CODE = re.compile(r"G\d{1,2}")  # "G5 Sahel"


def group_of_states(doc: ActorDocument, first: int, last: int) -> Candidate | None:
    """'the G5 Sahel', 'G5 Sahel Joint Force': a group of states named by its count and the world
    region it serves is one body (its force, when "Force" ends it), also called by its code alone.
    Not a code before a state or a city ("G7 Canada", "G20 Osaka summit"): the meeting's host."""
    tokens = doc.tokens
    opening = first + (tokens[first].folded == "the" and first < last)
    if opening >= last or not _GROUP_OF_STATES_CODE.fullmatch(tokens[opening].text):
        return None
    region = doc.gazetteer.lookup((tokens[opening + 1].folded,))
    if region is None or region.kind != "place" or region.country is not None:
        return None
    name = doc.text[tokens[opening].start : tokens[last].end]
    kind = ActorKind.armed_force if tokens[last].folded in ("force", "forces") else ActorKind.organization
    group = Candidate(opening, last, name, kind, "a group of states by its count and region", 0.65)
    group.alias = tokens[opening].text
    return group


def whole_if_spelled(doc: ActorDocument, first: int, last: int, found: list[Candidate]) -> list[Candidate]:
    """The run read whole as one body when its acronym in brackets spells it out and the reading cut
    it ("Future for Varnia (FfV)" is no "Varnia"); a reading that kept it whole stands."""
    opening = first + (doc.tokens[first].text == "The")
    whole = next((c for c in found if c.first <= opening and c.last == last), None)
    if whole is not None and whole.kind is ActorKind.other and spelled_by_acronym(doc, first, last):
        whole.kind, whole.found_by = ActorKind.organization, "a name its acronym in brackets spells out"
    if not found or whole is not None:
        return found  # nothing read at all: a class ("designated as a ... (SDGT)"), a heading, a brand
    if not spelled_by_acronym(doc, first, last):
        return found
    name = doc.text[doc.tokens[opening].start : doc.tokens[last].end]
    # "Varnak Force in Lebanon (VFL)": the kind of the body its opening words were read as, if any.
    kind = next((c.kind for c in found if c.first == opening and c.kind in BODY_KINDS), ActorKind.organization)
    return [Candidate(opening, last, name, kind, "a name its acronym in brackets spells out", 0.7)]


def subject_of_document(tokens: list[Token], first: int) -> bool:
    """Whether the run at `first` follows a document's name and "on [the]": "Tashkent Accord on ...",
    "Convention on the ..." (what the document is about, not who signed it)."""
    k = first - 1
    if k > 0 and tokens[k].folded == "the" and tokens[k - 1].joined:
        k -= 1
    return (
        k > 0
        and tokens[k].folded == "on"
        and tokens[k - 1].joined
        and tokens[k - 1].folded in DOCUMENT_HEADS
        and tokens[k - 1].capitalised
    )


_RULED_BODIES = word_set("government administration cabinet regime")


_LEADER_WORDS = range(2, 5)  # "Abdrabbuh Mansur Hadi": a leader's whole name


def kinds_from_of_phrases(doc: ActorDocument, candidates: list[Candidate]) -> None:
    """Names of no kind that an 'of' phrase explains: 'the government of Ilse Varn Tresk' names the
    person who leads it (a state or a place has a kind of its own by then); 'Varntieri of Italy', a
    single word before 'of' and a state, is a firm or a body of that state."""
    tokens, text = doc.tokens, doc.text
    states = {c.first for c in candidates if c.kind is ActorKind.state}
    for candidate in candidates:
        if candidate.kind is not ActorKind.other:
            continue
        first, last = candidate.first, candidate.last
        size = last - first + 1
        if (
            size in _LEADER_WORDS
            and first >= 2
            and tokens[first - 1].folded == "of"
            and tokens[first - 2].folded in _RULED_BODIES
            and tokens[first - 2].joined
            and tokens[first - 1].joined
            and text[tokens[last].end : tokens[last].end + 1] not in ("'", "’")
        ):
            candidate.kind, candidate.confidence = ActorKind.person, 0.55
            candidate.found_by = f"after '{tokens[first - 2].text} of'"
        elif (
            size == 1
            and last + 2 < len(tokens)
            and tokens[last].joined
            and tokens[last + 1].folded == "of"
            and tokens[last + 1].joined
            and last + 2 in states
            and not (first > 0 and tokens[first - 1].folded == "of")
        ):
            candidate.kind, candidate.confidence = ActorKind.organization, 0.5
            candidate.found_by = "a name, 'of' and a state"


def known_body_at(doc: ActorDocument, first: int, covered: list[bool]) -> Candidate | None:
    """A well-known body whose name is a phrase ("Save the Children"), written from `first`."""
    tokens = doc.tokens
    if not tokens[first].capitalised or tokens[first].folded not in KNOWN_PHRASE_OPENERS:
        return None
    for size in range(min(KNOWN_PHRASE_SIZE, len(tokens) - first), 1, -1):
        last = first + size - 1
        cue = KNOWN_PHRASE_BODIES.get(tuple(tokens[k].folded for k in range(first, last + 1)))
        if (
            cue is not None
            and tokens[last].capitalised
            and all(tokens[k].joined and not covered[k + 1] for k in range(first, last))
            and not covered[first]
        ):
            if _branch_for_a_nation(doc, last, covered):
                last += 1  # "Friends of the Earth Cymru", "Save the Children UK": the body's branch for a nation
            else:
                # "Plan International Australia", "World Vision New Zealand": the body's branch in a state
                last = _branch_in_a_state(doc, last, covered) or last
            last = _national_section_after_dash(doc, last) or last
            name = doc.text[tokens[first].start : tokens[last].end]
            return Candidate(first, last, name, cue.kind, "a body known by name", cue.confidence)
    return None


_BRANCH_NATIONS = NATIONS_OF_THE_UK | word_set("cymru uk")


_LONGEST_BRANCH_STATE = 3  # "Papua New Guinea"


def _branch_in_a_state(doc: ActorDocument, last: int, covered: list[bool]) -> int | None:
    """Where the name of a state that a worldwide body's name runs into ends ("... Australia", "... New Zealand"),
    if the capitalised words after the body's name are a state's whole name."""
    tokens = doc.tokens
    start = last + 1
    if start >= len(tokens) or not tokens[last].joined:
        return None
    for end in range(min(len(tokens) - 1, start + _LONGEST_BRANCH_STATE - 1), start - 1, -1):
        span = range(start, end + 1)
        if any(covered[k] or not tokens[k].capitalised for k in span) or not all(tokens[k].joined for k in span[:-1]):
            continue
        if end + 1 < len(tokens) and tokens[end].joined and tokens[end + 1].capitalised:
            continue  # the capitalised words go on: no state's name alone
        place = doc.gazetteer.lookup(tuple(tokens[k].folded for k in span))
        if place is not None and place.kind == "state":
            return end
    return None


def _branch_for_a_nation(doc: ActorDocument, last: int, covered: list[bool]) -> bool:
    tokens = doc.tokens
    return (
        last + 1 < len(tokens)
        and tokens[last].joined
        and not covered[last + 1]
        and tokens[last + 1].capitalised
        and tokens[last + 1].folded in _BRANCH_NATIONS
    )


_SECTION_DASHES = (" – ", " — ")


_VERBS_AFTER_A_SECTION = word_set("said says told added warned")


def _national_section_after_dash(doc: ActorDocument, last: int) -> int | None:
    """'Doctors Without Borders – Varnland said': a known body, an en dash and one land the gazetteer knows,
    then the sentence goes on: the body's national section, one name (not "– Varnland summit talks")."""
    tokens, text = doc.tokens, doc.text
    land = last + 1
    if land >= len(tokens) or text[tokens[last].end : tokens[land].start] not in _SECTION_DASHES:
        return None
    if not tokens[land].text.istitle() or doc.gazetteer.lookup((tokens[land].folded,)) is None:
        return None
    after = tokens[land + 1] if land + 1 < len(tokens) and tokens[land].joined else None
    if after is not None and not (
        after.folded in FUNCTION_WORDS or after.folded in _VERBS_AFTER_A_SECTION or after.folded.endswith("ed")
    ):
        return None
    return land


def state_named_after_letters(doc: ActorDocument, first: int, last: int) -> Candidate | None:
    """'DR Congo': a title's letters in capitals opening a state's name the gazetteer knows whole."""
    tokens = doc.tokens
    if tokens[first].folded not in TITLES or not state_opened_by_capitals(doc, first, last):
        return None
    place = doc.gazetteer.lookup(tuple(tokens[k].folded for k in range(first, last + 1)))
    if place is None:
        return None
    name = doc.text[tokens[first].start : tokens[last].end]
    return Candidate(first, last, name, ActorKind.state, f"gazetteer: {place.name}", 0.9, canonical=place.name)


def body_then_its_town(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> bool:
    """A body's name of two words or more that ends with its head word, then one town the gazetteer knows (in a
    country: no continent)."""
    if len(words) < 3 or not has_cue(words[-3:-1]):
        return False
    place = doc.gazetteer.lookup(words[-1:])
    if place is None or place.kind == "state" or place.country is None or fold_phrase(place.name) != words[-1:]:
        return False  # (not "Rights Monitor Europe": a body for a continent; not "Division One": Onex)
    body = name_candidate(doc, position, last - 1, words[:-1])
    return body is not None and body.kind in BODY_KINDS


def spelled_tail(doc: ActorDocument, first: int, last: int) -> int | None:
    """Where the words spelled out by an acronym in brackets right after the run begin, after "of the"
    inside the run: "... Government of the Economic Community of Varnish States (ECOVS)"."""
    tokens, text = doc.tokens, doc.text
    after = last + 1
    if after >= len(tokens) or text[tokens[last].end : tokens[after].start] != " (":
        return None
    if text[tokens[after].end : tokens[after].end + 1] != ")" or not ACRONYM.fullmatch(tokens[after].text):
        return None
    letters = tokens[after].text.replace(".", "").upper()
    for k in range(first + 1, last):
        if tokens[k - 1].folded not in NAME_GLUE or not tokens[k].text[:1].isupper():
            continue
        words = tokens[k : last + 1]
        every = "".join(t.text[0] for t in words).upper()
        capitals = "".join(t.text[0] for t in words if t.text[:1].isupper())
        if letters in (every, capitals) and len(letters) >= 3:
            return k
    return None


_GLUE_AFTER_BODY = word_set("for to")


def _of_the_owning_body(doc: ActorDocument, first: int, last: int) -> int | None:
    """'the Office of the Coordinator for Counterterrorism of the United States Department of State': a run
    opening with a body's word (an office, whatever post it serves) splits at its last "of the" before a body
    with a word of its own, each side short enough for a name."""
    tokens = doc.tokens
    opening = first + (tokens[first].text == "The")
    if tokens[opening].folded not in NAME_WORD or tokens[opening].folded in NAME_GLUE:
        return None
    for k in range(last - 2, opening + 1, -1):
        if tokens[k].folded != "of" or tokens[k + 1].folded != "the" or not cased(tokens[k + 2]):
            continue
        owner_words = range(k + 2, last + 1)
        if k - opening > MAX_NAME_TOKENS or last - k - 1 > MAX_NAME_TOKENS:
            return None
        return k if any(tokens[j].folded in NAME_WORD for j in owner_words) else None
    return None


def glue_after_body(doc: ActorDocument, first: int, last: int) -> int | None:
    """Where a run too long for one name splits: the first "for" or "to", right after a
    body's word ("... Finance Corporation for the ..."), or an "of" before the body it belongs to, with a name of
    its own on each side; not in a post's name ("Assistant Secretary of State for ...") nor after an "of"
    ("Organization of ...")."""
    tokens = doc.tokens
    owner = _of_the_owning_body(doc, first, last)
    if owner is not None:
        return owner
    if any(is_title(tokens[k].folded) for k in range(first, last + 1)):
        return None
    for k in range(first + 2, last):
        if tokens[k].folded in NAME_GLUE or tokens[k].folded in _GLUE_AFTER_BODY:
            opens = tokens[k + 1] if tokens[k + 1].folded != "the" or k + 2 > last else tokens[k + 2]
            # "Kremenchuk Flight College of Tessin National University of Law": a body, then "of" and the
            # body it belongs to (a body's word of its own after the "of")
            owner = tokens[k].folded == "of" and any(tokens[j].folded in NAME_WORD for j in range(k + 1, last + 1))
            glued = (tokens[k].folded in _GLUE_AFTER_BODY or owner) and tokens[k - 1].folded in NAME_WORD
            own_words = sum(tokens[j].folded != "the" for j in range(first, k - 1))  # "The Organization for"
            if tokens[k].folded == "and" and not any(tokens[j].folded in NAME_WORD for j in range(first, k)):
                continue  # "South Eastern and Eastern Europe Clearinghouse for ...": the "and" of its own words
            return k if glued and own_words and k - first <= MAX_NAME_TOKENS and cased(opens) else None
    return None


# A deed a body is for, before "of": "Control", "Prevention", "Care" ("... for the Control of Small Arms").
_DEED_ENDINGS = ("tion", "sion", "ment", "ance", "ence")
_DEEDS = frozenset(("control", "care", "study", "use", "ban", "return", "relief", "rights"))


def aim_of_a_deed(tokens: list[Token], position: int) -> bool:
    """Whether the aim read after a body's "for (the)" opens with a deed and "of": "the Control of Small Arms and
    Light Weapons", "the Prevention of Torture" say what the body does, no name of their own."""
    word = tokens[position].folded
    return (
        position + 1 < len(tokens)
        and tokens[position + 1].folded == "of"
        and (word in _DEEDS or word.endswith(_DEED_ENDINGS))
    )


_OPENING_QUOTES = ('"', "“")


_CLOSING_QUOTES = ('"', "”")


def quoted_whole(doc: ActorDocument, first: int, last: int) -> bool:
    """Whether quotation marks open right before `first` and close right after `last`."""
    start, end = doc.tokens[first].start, doc.tokens[last].end
    return start > 0 and doc.text[start - 1] in _OPENING_QUOTES and doc.text[end : end + 1] in _CLOSING_QUOTES


def plain_word_naming_a_document(doc: ActorDocument, k: int) -> bool:
    """'Reciprocal' of 'the Reciprocal Access Agreement': an ordinary English word no place or people bears opens
    the document's common words; it says what the document does, so it names no actor."""
    word = doc.tokens[k].text
    folded = doc.tokens[k].folded
    return (
        word[1:].islower()  # not an acronym ("the ASEAN Five-Point Consensus": the body's)
        and zipf(folded) >= COMMON
        and not has_cue((folded,))
        and doc.gazetteer.lookup((folded,)) is None
        and doc.gazetteer.country_of_demonym(folded) is None  # "the Yemeni Civil War": Yemen's
    )


def body_general(doc: ActorDocument, last: int) -> bool:
    """'Consulate-General', 'Directorate-General': a body's word joined to "General" by a hyphen names the body
    (the senior office of its kind), not a general's rank."""
    tokens = doc.tokens
    if last < 1 or tokens[last].folded != "general" or doc.text[tokens[last - 1].end : tokens[last].start] != "-":
        return False
    cue = NAME_WORD.get(tokens[last - 1].folded)
    return cue is not None and cue.kind is ActorKind.organization
