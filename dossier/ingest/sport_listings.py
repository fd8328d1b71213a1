"""Teams in a fixture list or a league table: "Химки - Ростов" over its score "0:1", "2  Ростов 20 12 5 3 36-27 41".

A town's name there is its club (FC Rostov), not the town: sport pages in every language list matches as two teams
joined by a dash with the score after them, and a table as a rank, a team and its columns of numbers. Only short
lines are read so, each side a few capitalised words, so a dateline ("Berlin - Die Polizei …") is no fixture.
"""

from __future__ import annotations

import re

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.line_index import line_end, line_start

_SIDE = r"[\dA-ZÀ-ÖØ-ÞА-ЯЁ][\w.'’]*(?:\s[\dA-ZÀ-ÖØ-ÞА-ЯЁ][\w.'’]*){0,3}"
_SCORE = r"\d{1,2}\s?:\s?\d{1,2}"
# "Химки - Ростов", "Ural – Dynamo 0:1 (0:0)": two sides, a dash, and at most the score and the half-time score
_FIXTURE = re.compile(rf"\s*{_SIDE}\s+[-–—]\s+{_SIDE}(?:\s+{_SCORE}(?:\s*\({_SCORE}\))?)?\s*")
_SCORE_OPENS = re.compile(rf"\s*{_SCORE}\b")
# "2  Ростов 20 12 5 3 36-27 41": a rank, the team, and three columns of numbers or more
_TABLE_ROW = re.compile(r"\s*\d{1,2}\.?\s+\D+?(?:\s+\d+(?:[-:]\d+)?){3,}\s*")
_LONGEST_LINE = 120


def team_in_a_listing(doc: ActorDocument, first: int, last: int) -> bool:
    """Whether the run `first`..`last` stands on a line of a fixture list (with its score on that line or the
    next one holding text) or of a league table."""
    text = doc.text
    start = line_start(text, doc.tokens[first].start)
    end = line_end(text, doc.tokens[last].end)
    end = len(text) if end < 0 else end
    if end - start > _LONGEST_LINE:
        return False
    line = text[start:end]
    if _TABLE_ROW.fullmatch(line):
        return True
    if not _FIXTURE.fullmatch(line):
        return False
    return re.search(_SCORE, line) is not None or _SCORE_OPENS.match(text, end, end + 40) is not None
