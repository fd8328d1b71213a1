"""A conflict box's flags before its commanders: "Tremmia Ilse Varnova (Prime Minister of Tremmia)", "Islamic State
Tomas al-Quelli (Leader of ISIL)".

An encyclopaedia's box of a war or a battle sets a small flag before each commander, and a copy as text keeps the
flag's name (its alt text) on the commander's line. The side's name and the commander's then read as one name ("Islamic
State Tomas al-Quelli" an organisation, "Kurdistan Region Ilse Varn" of no kind). Under the box's heading "Commanders
and leaders" a line's first words are cut off the rest when they name a state the gazetteer knows, or when the same
words open another line of the page (the side's flag repeats before each of its commanders and over its belligerents).
"""

from __future__ import annotations

import re

from dossier.ingest.gazetteer import Gazetteer
from dossier.ingest.mentions import Token
from dossier.ingest.name_words import is_title
from dossier.ingest.names import fold, is_given_name

# The heading of a conflict box's commanders, and the headings of the box's parts that follow it.
COMMANDERS_HEADING = "commanders and leaders"
BOX_PARTS_AFTER = frozenset({"units involved", "strength", "casualties and losses", "belligerents", "result"})
_FLAG_WORDS = 4  # "Republic of Artsakh", "United States", "Islamic State", "Tremmic Republic of Varnia"
# A side's long name, its flag repeated over each of its commanders: "Islamic State of Iraq and the Levant"
_REPEATED_FLAG_WORDS = 7
_BOX_LINE_WORDS = 8  # a box's line, not a paragraph that opens with the same words
# The words of a line before its first bracket or footnote: "Tremmia Ilse Varnova (Prime Minister ...)".
_WORDS = re.compile(r"[^\s(\[]+")
_CAPITALISED = re.compile(r"[A-Z][\w'’.-]*|of|and|the")
_GLUE = frozenset(("of", "and", "the"))
# The Arabic words that open a name the man goes by ("father of", "son of"), never a side's flag.
_NAME_OPENERS = frozenset(("abu", "abou", "umm", "ibn"))
# The mark of a commander killed, copied from the box's icon as a capital X after his name: "Tomas Quell X".
_KILLED_MARK = re.compile(r"(?<=[a-z]) X[ \t]*$")


def flag_cuts(text: str, places: Gazetteer) -> set[int]:
    """Offsets where a flag's name ends on a commander's line (the end of its last word)."""
    lines = text.split("\n")
    openers = [line.strip() for line in lines]
    cuts: set[int] = set()
    in_box = False
    start = 0
    for number, line in enumerate(lines):
        stripped = line.strip()
        heading = stripped.casefold().rstrip(":")
        if heading == COMMANDERS_HEADING:
            in_box = True
        elif heading in BOX_PARTS_AFTER:
            in_box = False
        elif in_box and stripped:
            cut = _flag_end(line, number, openers, places)
            if cut is not None:
                cuts.add(start + cut)
            if (mark := _KILLED_MARK.search(line)) is not None:
                cuts.add(start + mark.start())  # "Tomas Quell X": the name ends before the mark
        elif stripped and (doubled := _doubled_flag_end(line, places)) is not None:
            cuts.add(start + doubled)
        start += len(line) + 1
    return cuts


def _doubled_flag_end(line: str, places: Gazetteer) -> int | None:
    """'Saudi Arabia Saudi Arabia[1]', 'United Arab Emirates UAE[2]', 'Tremmia Islamic Emirate of Tremmia[3]': a box's
    line of its sides anywhere on the page (a copy may lose the box's headings), a state's flag before the side it
    marks, which is the same state again, its initials, or a body named after it. Where the flag's name ends, or
    None. ("United States Central Command" names no state again, and stays whole.)"""
    words: list[re.Match[str]] = []
    for match in _WORDS.finditer(line):
        if match.start() > 0 and line[match.start() - 1] in "([":
            break  # the words before the first bracket or footnote
        words.append(match)
        if len(words) > _BOX_LINE_WORDS:
            return None  # a paragraph: its other words are not read (a page on one line is one paragraph)
    if len(words) < 2:
        return None
    for k in range(1, min(_FLAG_WORDS, len(words) - 1) + 1):
        flag = [w[0] for w in words[:k]]
        place = places.lookup(tuple(fold(w) for w in flag))
        if place is None or place.kind != "state":
            continue
        rest = [w[0] for w in words[k:]]
        if not all(_CAPITALISED.fullmatch(w) for w in rest) or not rest[0][:1].isupper():
            return None
        initials = "".join(w[0] for w in flag if w not in _GLUE)
        again = [fold(w) for w in rest[-k:]] == [fold(w) for w in flag]
        if again or (len(rest) == 1 and rest[0] == initials.upper() and len(initials) >= 2):
            return words[k - 1].end()
    return None


def _flag_end(line: str, number: int, openers: list[str], places: Gazetteer) -> int | None:
    words: list[re.Match[str]] = []
    for match in _WORDS.finditer(line):
        if match.start() > 0 and line[match.start() - 1] in "([":
            break
        words.append(match)
    for k in range(min(_REPEATED_FLAG_WORDS, len(words) - 2), 0, -1):
        flag = [w[0] for w in words[:k]]
        rest = words[k][0]
        if not all(_CAPITALISED.fullmatch(w) for w in flag) or not rest[:1].isupper() or {flag[0], flag[-1]} & _GLUE:
            continue
        if is_given_name(fold(flag[0])):
            continue  # "Abdul Amir Varn", "Abdul Ghani Quell": two commanders' given names, no flag
        if fold(flag[0]) in _NAME_OPENERS:
            continue  # "Abu Tamir al-Varni", "Abu Harun al-Quelli": two commanders' kunyas, no flag (nor Mount Abu)
        if any(is_title(fold(w).rstrip(".")) for w in flag):
            continue  # "Lt. Gen. Ilse Varn", "Lt. Gen. Tomas Quell": a rank before each name, no flag
        name = " ".join(flag)
        place = places.lookup(tuple(fold(w) for w in flag))
        # the same words open another short line of the box before something else (another commander, the side's
        # name again), not the same name again ("Ilse Varnova" in two lists is no flag "Ilse")
        repeated = any(
            i != number
            and len(re.split(r"[(\[]", opener)[0].split()) <= _BOX_LINE_WORDS
            and (opener == name or (opener.startswith(name + " ") and not opener[len(name) + 1 :].startswith(rest)))
            for i, opener in enumerate(openers)
        )
        if k > _FLAG_WORDS and not repeated:
            continue  # a long flag only where it repeats: one line's long run of names is no side's name
        if (place is not None and place.kind == "state") or repeated:
            return words[k - 1].end()
    return None


def cut_flags(text: str, tokens: list[Token], places: Gazetteer) -> list[Token]:
    """The tokens, with the word that ends a flag's name no longer joined to the commander's name after it."""
    cuts = flag_cuts(text, places)
    if not cuts:
        return tokens
    return [
        Token(t.start, t.end, t.text, t.folded, t.capitalised, False) if t.end in cuts and t.joined else t
        for t in tokens
    ]


def post_under_a_commander(text: str, spans: list[tuple[int, int]]) -> bool:
    """'(Head of the PMF)', '(Commander of CJTF Land Component Command)': a post in brackets on its own line under
    a war box's "Commanders and leaders" is the post of the commander named on the line above, no holder of its
    own standing for him. Whether every span lies on such a line."""
    heading = text.casefold().find(COMMANDERS_HEADING)
    if heading < 0 or not spans:
        return False
    for start, end in spans:
        if start < heading:
            return False
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line = text[line_start : len(text) if line_end < 0 else line_end].strip()
        if not (line.startswith("(") and line.endswith(")")):
            return False
    return True
