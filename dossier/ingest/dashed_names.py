"""Names that go on through a dash: a force and its operation, theatre or arm, a movement's branch, a seat of
several places.
"""

from __future__ import annotations

import re

from dossier.ingest.actor_document import cased
from dossier.ingest.bound_words import FORCE_HEADS, FRANCHISE_HEADS, FRANCHISE_PHRASES, SEAT_LETTERS
from dossier.ingest.gazetteer import Gazetteer
from dossier.ingest.mentions import Token
from dossier.ingest.names import word_set


def dash_before_operation(text: str, tokens: list[Token], k: int) -> bool:
    """'Task Force – Operation X': a force's name goes on through a dash to the operation it serves."""
    if k + 2 >= len(tokens) or tokens[k].folded not in ("force", "command"):
        return False
    nxt = tokens[k + 1]
    gap = text[tokens[k].end : nxt.start]
    return gap in (" - ", " – ", " — ", "–", "—") and nxt.text == "Operation" and cased(tokens[k + 2])


_HULL_NUMBER = re.compile(r" \([A-Z]{2,4}[- ]?\d{1,4}\) ")


_GROUP_WORDS = 4  # "Carrier Strike Group", "Amphibious Ready Group"


def hull_number_before_group(text: str, tokens: list[Token], k: int) -> int | None:
    """The first word after a ship's hull number in brackets when a group's name goes on after it:
    'USS Varn (DDG 61) Surface Action Group' is one name; 'USS Varn (DDG 61) sailed' ends at the ship."""
    if k + 1 >= len(tokens) or not _HULL_NUMBER.match(text, tokens[k].end):
        return None
    after = _HULL_NUMBER.match(text, tokens[k].end).end()  # type: ignore[union-attr]
    first = next((j for j in range(k + 1, min(k + 5, len(tokens))) if tokens[j].start == after), None)
    if first is None or not cased(tokens[first]):
        return None
    end = first
    while end + 1 < len(tokens) and end - first < _GROUP_WORDS and tokens[end].joined and cased(tokens[end + 1]):
        end += 1
    return first if tokens[end].folded == "group" else None


_ARM_HEADS = word_set("army navy force forces command corps guard division brigade")


_ARM_WORDS = 3


def dash_before_arm(text: str, tokens: list[Token], k: int) -> bool:
    """'Varnian Armed Forces – Royal Army': a force's name goes on through an en or em dash to the arm it
    names (capitalised words ending in a force's head word); 'the Army – Sami Korr said' stays two names."""
    if k + 1 >= len(tokens) or tokens[k].folded not in FORCE_HEADS:
        return False
    if text[tokens[k].end : tokens[k + 1].start] not in _SPACED_DASHES:  # (a press release's hyphen too)
        return False
    nxt = tokens[k + 1]
    end = k + 1
    while end + 1 < len(tokens) and end - k < _ARM_WORDS and tokens[end].joined and cased(tokens[end + 1]):
        end += 1
    return cased(nxt) and end > k + 1 and tokens[end].folded in _ARM_HEADS


# A multinational force's or a task force's head before a dash and the land it serves in.
_THEATRE_FORCE_HEADS = word_set("force forces command")
# A dash set off by spaces; press releases write a hyphen so: "U.S. Space Forces - Central".
_SPACED_DASHES = (" – ", " — ", " - ")
# A command's theatre named by one word after the dash, as component commands are: "U.S. Space Forces - Central",
# "Marine Forces - Europe".
_THEATRE_WORDS = word_set("central europe africa pacific atlantic")


# An embassy's office for arms sales and training, named with its state or its capital after a dash: "Office of
# Security Cooperation – Varnia", "Office of Defense Cooperation – Tarnville".
_COOPERATION_OFFICE_HEADS = word_set("cooperation co-operation")


_CAPITAL_SIZE = 300_000


def dash_before_theatre(text: str, tokens: list[Token], first: int, k: int, gazetteer: Gazetteer) -> bool:
    """'European Union Naval Force – Somalia', 'Joint Operations Command – Iraq': a force or a command of several
    words, an en or em dash, then the one-word state it serves in, then no more capitals; one name ('the Army – Sami
    Korr said' and 'the Force – Varnia's army' stay apart)."""
    office = tokens[k].folded in _COOPERATION_OFFICE_HEADS
    if k + 1 >= len(tokens) or k - first < 1 or not (tokens[k].folded in _THEATRE_FORCE_HEADS or office):
        return False
    if text[tokens[k].end : tokens[k + 1].start] not in _SPACED_DASHES:
        return False
    nxt = k + 1
    if not cased(tokens[nxt]) or (nxt + 1 < len(tokens) and tokens[nxt].joined and cased(tokens[nxt + 1])):
        return False
    if text[tokens[nxt].end : tokens[nxt].end + 2] in ("'s", "’s"):
        return False
    if tokens[nxt].folded in _THEATRE_WORDS and not office:
        return True  # "U.S. Space Forces - Central": a component command and its theatre
    place = gazetteer.lookup((tokens[nxt].folded,))
    if place is not None and office and place.population >= _CAPITAL_SIZE:
        return True  # "Office of Defense Cooperation – Tarnville": an embassy's office, named by its city
    return place is not None and place.kind == "state"


# A coordination centre's head before a dash and the waters or region it watches: "Information Fusion Centre – Indian
# Ocean Region", "Maritime Security Centre – Horn of Africa".
_CENTRE_HEADS = word_set("centre center")
_REGION_ENDS = word_set("region ocean sea gulf africa asia pacific atlantic mediterranean")
_REGION_WORDS = 4


def dash_before_region(text: str, tokens: list[Token], first: int, k: int, gazetteer: Gazetteer) -> bool:
    """'Maritime Security Centre – Horn of Africa': a centre of several words, an en or em dash, then a region's or
    waters' name (the gazetteer's, or ending in "Region", "Ocean", "Sea"...) is one body's name ("the Centre – Ilse
    Varn said" stays two)."""
    if k + 1 >= len(tokens) or k - first < 1 or tokens[k].folded not in _CENTRE_HEADS:
        return False
    if text[tokens[k].end : tokens[k + 1].start] not in (" – ", " — ") or not cased(tokens[k + 1]):
        return False
    end = k + 1
    while end + 1 < len(tokens) and end - k < _REGION_WORDS and tokens[end].joined:
        nxt = tokens[end + 1]
        if not (cased(nxt) or (nxt.folded in ("of", "the") and end + 2 < len(tokens) and cased(tokens[end + 2]))):
            break
        end += 1
    words = tuple(token.folded for token in tokens[k + 1 : end + 1])
    place = gazetteer.lookup(words)
    return words[-1] in _REGION_ENDS or (place is not None and place.kind != "state" and len(words) > 1)


def dash_before_branch(text: str, tokens: list[Token], k: int) -> bool:
    """'Islamic State – Varnia Province': a movement's branch named after a dash, one name."""
    if k + 2 >= len(tokens) or not (
        tokens[k].folded in FRANCHISE_HEADS or (k > 0 and (tokens[k - 1].folded, tokens[k].folded) in FRANCHISE_PHRASES)
    ):
        return False
    gap = text[tokens[k].end : tokens[k + 1].start]
    end = k + 1
    while end + 1 < len(tokens) and tokens[end].joined and cased(tokens[end + 1]):
        end += 1
    return gap in (" - ", " – ", " — ") and cased(tokens[k + 1]) and tokens[end].folded == "province"


SEAT_DASHES = ("—", "–")


def seat_joined_by_dashes(text: str, tokens: list[Token], first: int, last: int, covered: list[bool]) -> bool:
    """'the MP for Tarnby—Oskel—North Vale', 'the riding of Harnby–Quell': a seat after a member's "for" (or
    "riding of") whose places are joined by dashes with no spaces (Canada's ridings are written so)."""
    nxt = last + 1
    if nxt >= len(tokens) or covered[nxt] or not cased(tokens[nxt]):
        return False
    if text[tokens[last].end : tokens[nxt].start] not in SEAT_DASHES:
        return False
    # the seat opens after the last "for" or "of" (the run may open with the member's letters: "MPP for ...")
    opener = next((j for j in range(last, max(first - 2, 0), -1) if tokens[j].folded in ("for", "of")), None)
    if opener is None or not all(cased(tokens[j]) for j in range(opener + 1, last + 1)):
        return False
    holder = tokens[opener - 1]
    if not holder.joined:
        return False
    if tokens[opener].folded == "for":
        return holder.folded in SEAT_LETTERS and holder.text.isupper()
    return holder.folded in ("riding", "constituency", "electorate") and holder.text.islower()
