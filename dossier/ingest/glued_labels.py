"""An encyclopaedia's box of facts copied as text with no space between a label and its value:
"CommanderMohamed Tarvek", "Deputy headAbdul Varn", "HeadquartersQuellabad, Tremmia", "Prime MinisterIlse Varn".

Mirrors and offline copies of Wikipedia (kiwix, app exports) set each label and its value in two table cells
and lose the gap between them when the page is read as text. The label then opens the value's first word and
hides it: the commander of a box goes missing, or comes out cut ("Rahim Varn" for "Abdul Rahim Varn"). A line
that opens with a known label glued to a capital or a figure is cut there: the label is a word of its own and the
value is read as a labelled line's value (`listed_names.labelled_line`). A conflict's box numbers its sides'
labels ("Commander1: ...", "Commander2: ..."): the figure after the label is cut off the same way.

The same boxes glue the mark of a commander wounded or killed in action to his name ("Ilse VarnovWIA", "Tomas
QuellKIA"): the mark is cut off, so the name ends before it. A page copied with its links' spaces lost glues a small
word to each link ("thePopular Mobilization Front", "ofTremmia"): on a page that does it again and again the small
word is cut off too.

A wiki's timeline of office holders (a picture drawn from the list) is copied as its labels glued one to the next,
with no space or mark between them: "Tomas Al QuelliMustafa Al-VarnaziAdil Tarek-MahdiIraqi Governing Council".
A line of many such names glued at a lower-case letter and a capital is cut there, each name read alone.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Set as AbstractSet

from dossier.ingest.mentions import Token
from dossier.ingest.names import fold, is_capitalised

# The labels of the boxes of facts of armed groups, conflicts, people, agencies and states, as the boxes write them
# (the first word capitalised). One row a label; a longer label before its own last words.
GLUED_LABELS: tuple[str, ...] = (
    # who leads or speaks
    "Commander",
    "Commanders",
    # a regional force's box: "Commander-in-ChiefIlse Varn"
    "Commander-in-Chief",
    # a paramilitary's box as the encyclopaedia now writes it: "Commander-in-chiefMohammed Varn"
    "Commander-in-chief",
    "Commander in Chief",
    "Notable commanders",
    "Leader",
    "Leaders",
    "Supreme Leader",
    "Founder",
    "Founders",
    "Founded by",
    "Chairman",
    "Chief of Staff",
    "Deputy head",
    "Deputy",
    "Spokesperson",
    "Spokesman",
    "President",
    "Vice President",
    "Prime Minister",
    "Minister responsible",
    "Preceded by",
    "Succeeded by",
    "Predecessor",
    "Successor",
    "Relatives",
    "Spouse",
    "Birth name",
    "Notable fighters",
    # where
    "Headquarters",
    "Active regions",
    "Area of operations",
    "Location",
    "Country",
    "Citizenship",
    "Jurisdiction",
    "Place of birth",
    "Place of death",
    # which bodies
    "Allegiance",
    "Part of",
    "Allies",
    "Opponents",
    "Service/branch",
    "Branch/service",
    "Commands",
    "Commands held",
    "Battles and wars",
    "Battles/wars",
    "Engagements",
    "Designated as a terrorist group by",
    # the rest of a box: their values open with a capital or a figure too, and hide no name if cut
    "Type",
    "Role",
    "Rank",
    "Size",
    "Ideology",
    "Political position",
    "Dates of operation",
    "Active",
    "Formed",
    "Founded",
    "Date",
    "Result",
    "Awards",
    "Children",
    "Born",
    "Died",
    "Abbreviation",
    "Annual budget",
    # an office's box: "Inaugural holderAbd Varn", "ResidenceRepublican Palace, Tarnby", "StyleHis Excellency"
    "Inaugural holder",
    "First holder",
    "Head",
    "Residence",
    "Seat",
    "Style",
    "Appointer",
    "Nominator",
    "Formation",
    "Term length",
    "Precursor",
    "Reports to",
    # a party's box: "Secretary-GeneralAbdi Varn", "Youth wingUPD Youth"
    "Secretary-General",
    "Secretary General",
    "Chairperson",
    "Youth wing",
    "Colours",
    "Colors",
    "International affiliation",
    "National affiliation",
    # a person's box: "Political partyHezbollah (1982–2024)", "Manner of deathAssassination by airstrike"
    "Political party",
    "Other political affiliations",
    "Alma mater",
    "Occupation",
    "Nationality",
    "Religion",
    "Nickname",
    "Parent",
    "Years of service",
    "Manner of death",
    "Cause of death",
    # an attack's box: "PerpetratorsRiyad-us Varn Brigade", "TargetTarnby school", "Injured800+"
    "Perpetrator",
    "Perpetrators",
    "Target",
    "Attack type",
    "Weapons",
    "Deaths",
    "Injured",
    "Motive",
)

# A line that opens with a label (one or two capitalised words may qualify it: "PMC Chairman", "Iranian Supreme
# Leader") glued to its value's capital or figure. Group 1 is the label, group 2 the value.
_GLUED = re.compile(
    r"[ \t]*(?:[-•*–][ \t]+)?(?:[A-Z][\w'’-]*[ \t]+){0,2}("
    + "|".join(re.escape(label) for label in sorted(GLUED_LABELS, key=len, reverse=True))
    + r")(?=[A-Z\d\"“(])([^\n]*[^\s.!?])[ \t]*"
)


# Wounded, killed in action: a war box's marks, glued to the name they follow.
_GLUED_MARK = re.compile(r"(?<=[a-z])(?:WIA|KIA)\b")


def _spaced_mark(text: str, token: Token) -> bool:
    """'Omar Quellan KIA,': a war box's mark of the killed or the wounded set apart by a space, at an item's end."""
    return token.text in ("KIA", "WIA") and text[token.end : token.end + 1] in ("", ",", "\n", ")", ";")


# A small word glued to the link after it, as a page copied with its links' spaces lost writes it: "thePopular
# Mobilization Front", "ofTremmia", "andVarnak". Read only on a page that does it this many times: a brand may
# glue one ("theScore").
_GLUED_LINK = re.compile(r"(?<![\w'’-])(?:the|The|of|and|an|by|to|in|from|with|for|on|at)([A-Z][a-z]{2,})")
_GLUED_LINKS = 3


# Where two names of a timeline are glued: a lower-case letter (or a name's closing apostrophe), then a capital.
_GLUED_NAME_AT = re.compile(r"(?<=[a-z'’])(?=[A-Z])")
# A name of a timeline: capitalised words, an Arabic name's particles among them ("Abd ar-Rahman al-Varnaz").
_TIMELINE_NAME = re.compile(
    r"[A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|(?:al|el|ad|an|ar|as|ash|at|az|bin|ibn|abu|de|la)(?:-[\w'’-]+)?)){0,5}"
)
# So many names glued on one line make a timeline's labels; fewer may be a brand's casing ("YouTube", "McVarn").
_TIMELINE_NAMES = 5


def glued_name_cuts(line: str) -> list[int]:
    """Where a line of a timeline's names glued one to the next is cut (offsets in the line), or none."""
    stripped = line.strip()
    if not stripped or stripped.endswith((".", "!", "?")):
        return []
    cuts = [m.start() for m in _GLUED_NAME_AT.finditer(line)]
    bounds = [len(line) - len(line.lstrip()), *cuts, len(line.rstrip())]
    names = [line[a:b] for a, b in itertools.pairwise(bounds)]
    if len(names) < _TIMELINE_NAMES or sum(bool(_TIMELINE_NAME.fullmatch(name)) for name in names) * 5 < len(names) * 4:
        return []
    return cuts


def glued_name_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the names of a timeline copied with its names glued one to the next."""
    spans: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        cuts = glued_name_cuts(line)
        if cuts:
            bounds = [len(line) - len(line.lstrip()), *cuts, len(line.rstrip())]
            spans += [(start + a, start + b) for a, b in itertools.pairwise(bounds)]
        start += len(line) + 1
    return spans


def glued_label_line(line: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
    """The label (group 1) and value (group 2) of a box's line whose label is glued to its value."""
    return _GLUED.fullmatch(line, pos, len(line) if endpos is None else endpos)


def split_glued_labels(text: str, tokens: list[Token], label_ends: AbstractSet[int] = frozenset()) -> list[Token]:
    """The tokens, with a label glued to its value's first word cut from it ("CommanderMohamed" is "Commander"
    and "Mohamed"): the value's first word opens a name of its own. A label set apart by a space (`label_ends`:
    where such labels end, "Opponents Islamic State") is no longer joined to its value either."""
    tokens = [
        Token(t.start, t.end, t.text, t.folded, t.capitalised, False)
        if t.end in label_ends or (i + 1 < len(tokens) and _spaced_mark(text, tokens[i + 1]))
        else t
        for i, t in enumerate(tokens)
    ]
    cuts = {match.start() for match in _GLUED_MARK.finditer(text)}
    glued_links = [match.start(1) for match in _GLUED_LINK.finditer(text)]
    if len(glued_links) >= _GLUED_LINKS:
        cuts.update(glued_links)
    start = 0
    for line in text.split("\n"):
        glued = glued_label_line(line)
        if glued is not None:
            cuts.add(start + glued.start(2))
        cuts.update(start + cut for cut in glued_name_cuts(line))  # "Tomas Al QuelliMustafa Al-Varnazi": a timeline
        start += len(line) + 1
    if not cuts:
        return tokens
    out: list[Token] = []
    for token in tokens:
        cut = next((offset for offset in cuts if token.start < offset < token.end), None)
        if cut is None:
            out.append(token)
            continue
        label, value = text[token.start : cut], text[cut : token.end]
        out.append(Token(token.start, cut, label, fold(label), is_capitalised(label), False))
        out.append(Token(cut, token.end, value, fold(value), is_capitalised(value), token.joined))
    return out
