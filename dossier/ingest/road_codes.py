"""Roads named by their code: "the RN7 highway", "along the N204", "the road to Varn (B27)",
"National Route 943".

A road's code looks like a model's ("RN7", "CA-9" beside "MQ-9", "AK-47"), so a code is read as a
road only where the text says it is one: a road word right after it, "along"/"via"/"onto" before it,
a road named just before it in the same list, or a road word earlier in the sentence when the code
stands in brackets. A road word in capitals and its number ("Route 9", "National Route 943") is a road
whatever stands around it. Named roads are places (the golds' convention), so these are too.
"""

from __future__ import annotations

import bisect
import re

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.grouping import Candidate
from dossier.model import ActorKind

# Words for a road, in lower case after a code ("the RN7 highway") or earlier in its sentence.
ROAD_WORDS = ("highway", "road", "motorway", "expressway", "freeway", "route", "corridor", "bypass", "trunk road")
# Words before "the" and a code that say a road follows: "along the N204".
ROAD_PREPOSITIONS = ("along", "via", "onto")
# Capitalised road words before a number: "Route 9", "National Highway 44", "Interstate 95".
_NUMBERED_ROAD = re.compile(
    r"\b(?:(?:National|State|Provincial|Regional|Federal|Asian|Trans-African) )?"
    r"(?:Route|Highway|Interstate|Autoroute|Motorway|Expressway) \d{1,4}[A-Z]?\b"
)
_CODE = re.compile(r"\b[A-Z]{1,3}-?\d{1,4}[A-Z]?\b")
_ROAD_WORD_AFTER = re.compile(r" (?:" + "|".join(ROAD_WORDS) + r")\b")
# Where a road leads or lies, right after "the" and a code with no hyphen: "on the RN10 near Ejeda"
# ("an F-16 near the border" has its hyphen: a model).
_WAY_AFTER = re.compile(r" (?:near|towards|toward|between|outside|linking|connecting|north|south|east|west) ")
# British A, B and M road numbers ("the A635 between Greenfield and Holmfirth"): local news writes them
# bare, and the English web probes file them as no actor, so only a road word after them makes a road.
_BRITISH = re.compile(r"[ABM]\d")
_ROAD_BEFORE = re.compile(r"\b(?:" + "|".join(ROAD_PREPOSITIONS) + r") the $")
_LISTED_AFTER_ROAD = re.compile(
    r"(?:Road|Highway|Street|Avenue|" + r"|".join(ROAD_WORDS) + r")(?: and| or|,) (?:the )?$"
)
_ROAD_IN_SENTENCE = re.compile(r"\b(?:" + "|".join(ROAD_WORDS) + r")\b[^.!?\n]*\($")
_SENTENCE_BEFORE = 160  # how far back a road word is looked for before a bracketed code


def road_codes(doc: ActorDocument, candidates: list[Candidate]) -> list[Candidate]:
    """Adds a place for each road the text names by its code or number; drafts read over the same
    words ("B27" as a body, "National Route" alone) give way to it."""
    text, tokens = doc.text, doc.tokens
    starts = [t.start for t in tokens]
    roads: list[tuple[int, int]] = [m.span() for m in _NUMBERED_ROAD.finditer(text)]
    for match in _CODE.finditer(text):
        start, end = match.span()
        if any(a <= start < b for a, b in roads) or not any(c.isdigit() for c in match.group()):
            continue
        before = text[max(0, start - _SENTENCE_BEFORE) : start]
        after_road = _LISTED_AFTER_ROAD.search(text[max(0, start - 24) : start]) is not None
        listed = after_road or any(
            0 < start - b <= 10 and text[b:start].strip(" ,") in ("and", "or", "and the", "or the") for _, b in roads
        )
        code = match.group()
        after_the = text[max(0, start - 4) : start] == "the " and "-" not in code and not _BRITISH.match(code)
        if (
            _ROAD_WORD_AFTER.match(text, end)
            or (after_the and _WAY_AFTER.match(text, end))
            # ("onto the A6": a British number stays bare, as everywhere else)
            or (_ROAD_BEFORE.search(before) and not _BRITISH.match(code))
            or listed
            or (text.startswith(")", end) and _ROAD_IN_SENTENCE.search(before))
        ):
            roads.append((start, end))
    _towns_on_roads(doc, candidates)
    if not roads:
        return candidates
    found: list[Candidate] = []
    for start, end in roads:
        first = bisect.bisect_left(starts, start)
        last = bisect.bisect_left(starts, end) - 1
        if first > last or tokens[first].start != start or tokens[last].end != end:
            continue
        found.append(Candidate(first, last, text[start:end], ActorKind.place, "a road named by its code", 0.6))
    spans = [(c.first, c.last) for c in found]
    kept = [c for c in candidates if not any(c.first <= b and a <= c.last for a, b in spans)]
    return kept + found


_BRACKETED_CODE = re.compile(r"\s*\([A-Z]{1,3}-?\d{1,4}[A-Z]?\)")


def road_code_in_brackets(text: str, end: int) -> bool:
    """Whether brackets right after `end` hold a road's code: "the road between Varn and Kelto (B31)"
    (no ship's pennant number after "Kelto")."""
    match = _BRACKETED_CODE.match(text, end)
    if match is None:
        return False
    opening = text.index("(", end) + 1
    return _ROAD_IN_SENTENCE.search(text[max(0, opening - _SENTENCE_BEFORE) : opening]) is not None


# "the road between Varn and Kelto", "the highway from Ambarovo to Kelto", "the road to Kelto": the
# names a road runs between are towns; so are those a railway, a ferry or a flight runs to ("a rail
# line to Kelto", "the ferry between Varn and Kelto", "flights to Kelto").
_ROAD_ENDS_BEFORE = re.compile(
    r"\b(?:road|roads|highway|route|motorway|line|lines|railway|tramway|ferry|ferries|flight|flights)\s+"
    r"(?:between|from|to|linking|connecting)\s+"
    r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:and|to|with)\s+)?$"
)
_ROAD_ENDS_REACH = 60


def _towns_on_roads(doc: ActorDocument, candidates: list[Candidate]) -> None:
    """A name of no kind at either end of a road ("the road between Varn and Kelto") is a town."""
    text, tokens = doc.text, doc.tokens
    for candidate in candidates:
        if candidate.kind is not ActorKind.other:
            continue
        start = tokens[candidate.first].start
        if _ROAD_ENDS_BEFORE.search(text[max(0, start - _ROAD_ENDS_REACH) : start]):
            candidate.kind, candidate.found_by = ActorKind.place, "a town a road runs to"


# One letter and one or two digits that name Britain's A, B and M roads and Ireland's N roads, after "the" ("the A38
# near Saltash"); a studio ("A24 will release it") or a group ("backing M23") goes without it. The motorways' M and the
# N name groups after "the" too ("the M23 rebels"), so those only on a road.
_A_OR_B_CODE = re.compile(r"[AB]\d{1,2}")
_M_OR_N_CODE = re.compile(r"[MN]\d{1,2}")
# "on the M5", "the M4 motorway", "the M6 southbound", "junction 4 of the M25"
_LETTER_ROAD_BEFORE = re.compile(r"\b(?:on|along|onto|off|of|via) the $")
_LETTER_ROAD_AFTER = re.compile(r" (?:motorway|road|southbound|northbound|eastbound|westbound|junction|carriageway)\b")


def road_by_its_letter_and_number(doc: ActorDocument, position: int) -> bool:
    """Whether the one word at `position` is a road's code ("the A38", "on the M5"), no body's letters."""
    token, text = doc.tokens[position], doc.text
    if _LETTER_ROAD_AFTER.match(text, token.end):
        return bool(_A_OR_B_CODE.fullmatch(token.text) or _M_OR_N_CODE.fullmatch(token.text))
    if not _after_a_road_word(doc, position):
        return False  # "on the A4 paper": a size, no road
    if _LETTER_ROAD_BEFORE.search(text, max(0, token.start - 10), token.start):
        return bool(_A_OR_B_CODE.fullmatch(token.text) or _M_OR_N_CODE.fullmatch(token.text))
    the_before = text[max(0, token.start - 4) : token.start].casefold() == "the "
    return the_before and _A_OR_B_CODE.fullmatch(token.text) is not None


def _after_a_road_word(doc: ActorDocument, position: int) -> bool:
    """Whether the word after the code is no noun it would qualify ("the A4 paper", "the B2 level")."""
    tokens = doc.tokens
    if position + 1 >= len(tokens) or not tokens[position].joined:
        return True
    return tokens[position + 1].folded in _WORDS_AFTER_A_ROAD


# What follows a road's code in a sentence: where it runs, what happened on it.
_WORDS_AFTER_A_ROAD = frozenset(
    [
        "near",
        "at",
        "in",
        "between",
        "from",
        "to",
        "through",
        "into",
        "is",
        "was",
        "were",
        "has",
        "had",
        "remains",
        "remained",
        "closed",
        "reopened",
        "crash",
        "collision",
        "and",
        "or",
    ]
)
