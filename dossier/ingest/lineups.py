"""A team's line-up: players named by their family names alone, on one line.

Match reports end with the sides as a line of family names, commas between players and semicolons
between the lines of the formation: "Varn; Quist-Odu, Brandt, Tessel, Marr; Holm (c), Oskel, Vell".
Most of those names are written nowhere else, so nothing says what they are; but when two or more of
the line are players the report named in full, every other bare word of the line is a player too.
"""

from __future__ import annotations

import re

from dossier.ingest.grouping import ActorDraft
from dossier.model import ActorKind

# One player: a capitalised family name (hyphens and apostrophes inside), with a bracketed note after it
# ("(c)", "(Adeyemi 70)", "(Varn 64')").
_PLAYER = r"[A-Z][\w'’-]+(?: \([^()\n]{1,24}\))?"
# A line of at least seven players (a side of eleven, or of fifteen, with its substitutes in brackets).
_LINEUP = re.compile(rf"^[^\S\n]*{_PLAYER}(?:[;,][^\S\n]+{_PLAYER}){{6,}}\.?[^\S\n]*$", re.MULTILINE)
_PLAYERS_NAMED_IN_FULL = 2


def players_in_lineups(text: str, drafts: list[ActorDraft], uncued: set[int]) -> None:
    """Make a person of each one-word draft with no cue (`uncued`, by id()) on a line-up with players."""
    for match in _LINEUP.finditer(text):
        start, end = match.span()
        on_line = [draft for draft in drafts if any(start <= s and e <= end for s, e in draft.spans)]
        players = [d for d in on_line if d.kind is ActorKind.person and id(d) not in uncued]
        if len(players) < _PLAYERS_NAMED_IN_FULL:
            continue
        for draft in on_line:
            if id(draft) in uncued and " " not in draft.name:
                draft.kind, draft.found_by = ActorKind.person, "a player on a team's line-up"
