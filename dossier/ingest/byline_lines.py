"""Writers named on a byline line of the text itself, and the outlet beside them.

A list of stories, a trade paper's index or a wire copy keeps its bylines in the text: "Ilse Varn, Associate
Editor |" under each headline, "Ilse Varn | QBJ" under a business paper's title, a writer's name on a line of its
own above "Tarnby News Service". A line of capitalised words with no verb is read as a heading, so these names
were never read. Each pattern is a layout writers' pages use everywhere: a name then a reporter's beat, a name
then a bar and the outlet's letters, a name over a news service's line.
"""

from __future__ import annotations

import re

from dossier.ingest.actor_document import ActorDocument, tokens_in
from dossier.ingest.common_words import zipf
from dossier.ingest.cues import KNOWN_MEDIA
from dossier.ingest.grouping import Candidate
from dossier.ingest.names import fold, is_given_name
from dossier.model import ActorKind

# One word of a person's name: "Griffis", "O'Neil", "Batty-Smith".
_WORD = r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*"
_NAME = rf"{_WORD}(?: {_WORD}){{1,3}}"
# A reporter's beat after the name and a comma, up to a bar or the line's end: "Associate Editor |", "Special
# Correspondent", "Staff Writer".
_BEAT_LINE = re.compile(
    rf"^(?P<name>{_NAME}), (?:[A-Z][a-z]+ ){{0,3}}(?:Editor|Correspondent|Reporter|Writer|Columnist)[ \t]*\|?[ \t]*$",
    re.MULTILINE,
)
# A name, a bar, then the outlet's letters: "Ilse Varn | QBJ".
_OUTLET_LINE = re.compile(rf"^(?P<name>{_NAME})[ \t]+\|[ \t]+(?P<outlet>[A-Z]{{2,6}})[ \t]*$", re.MULTILINE)
# A name on its own line over a wire's or a paper's service line: "Ilse Varn" / "Tarnby News Service".
_SERVICE_UNDER = re.compile(
    rf"^(?P<name>{_NAME})[ \t]*\n(?P<outlet>(?:[A-Z][a-z]+ ){{1,3}}News (?:Service|Desk|Bureau|Network))[ \t]*$",
    re.MULTILINE,
)
# A reporter's name on a line of its own over a known outlet's line, as a broadcaster's page sets its byline:
# "Ilse Varn" / "BBC News, Beirut", "Tomas Quell" / "BBC Arabic" (the town the reporter files from after a comma).
_OUTLET_UNDER = re.compile(
    rf"^(?P<name>{_NAME})[ \t]*\n(?P<outlet>[A-Z][A-Za-z]+(?: [A-Z][a-z]+){{0,2}})"
    rf"(?:,[ \t]+(?P<town>{_WORD}(?: {_WORD}){{0,2}}))?[ \t]*$",
    re.MULTILINE,
)
# A writer's name after a label and a colon, alone on its line: "Author: Ilse Varn", "Reporter: Tarn Quell".
_LABELLED_LINE = re.compile(rf"^[ \t]*(?:Author|Reporter|Written by|Words):[ \t]*(?P<name>{_NAME})[ \t]*$", re.M)
# An aggregator's source line: the outlet's name alone on its line, then how long ago it published ("The Tarnby
# Post" / "41 minutes ago", "Quell Mail" / "time6 days ago", a clock icon's word glued on); such pages repeat the
# source's name beside the story ("- The Tarnby Post", "• Quell Mail").
_SOURCE_OVER_AGE = re.compile(
    r"^(?P<outlet>(?:The )?[A-Z][\w&'.-]*(?: [A-Z][\w&'.-]*){0,3})[ \t]*\n\s*(?:time)?(?:\d{1,2}|an?|one) "
    r"(?:minute|hour|day|week)s? ago[ \t]*$",
    re.M,
)
# A newsroom credited as the writer: "By Web Desk", "Written By Tarnby Desk |".
_DESK_BYLINE = re.compile(
    r"^[ \t]*(?:(?:Written|Posted|Reported) )?[Bb]y (?P<outlet>(?:[A-Z][a-z]+ ){1,3}Desk)\b", re.M
)
_FOUND_BY = "a byline line"
_CONFIDENCE = 0.6


def writers_on_byline_lines(doc: ActorDocument, candidates: list[Candidate], starts: list[int]) -> list[Candidate]:
    """The writers (persons) and outlets (media) that byline lines of the text name, each once; an outlet already
    read from the line takes the kind media."""
    found: list[Candidate] = []
    for pattern, needs_given_name in (
        (_BEAT_LINE, False),
        (_OUTLET_LINE, True),
        (_SERVICE_UNDER, True),
        (_LABELLED_LINE, False),
    ):
        for match in pattern.finditer(doc.text):
            name = match.group("name")
            if needs_given_name and not _name_like(name):
                continue  # with no beat to say so, the words must read as a name ("Flood Warning | QBJ" does not)
            found += _read(doc, candidates, starts, match.start("name"), match.end("name"), ActorKind.person)
            if "outlet" in match.groupdict():
                found += _read(doc, candidates, starts, match.start("outlet"), match.end("outlet"), ActorKind.media)
    for match in _OUTLET_UNDER.finditer(doc.text):
        outlet = [fold(word) for word in match["outlet"].split()]
        if not _name_like(match["name"]) or not (outlet[0] in KNOWN_MEDIA or "".join(outlet[:2]) in KNOWN_MEDIA):
            continue  # (an outlet every reader knows, not any line of capitalised words under a name)
        found += _read(doc, candidates, starts, match.start("name"), match.end("name"), ActorKind.person)
        found += _read(doc, candidates, starts, match.start("outlet"), match.end("outlet"), ActorKind.media)
        town = match["town"]
        if town is not None and doc.gazetteer.lookup(tuple(fold(word) for word in town.split())) is not None:
            found += _read(doc, candidates, starts, match.start("town"), match.end("town"), ActorKind.place)
    for match in _SOURCE_OVER_AGE.finditer(doc.text):
        if doc.text.count(match.group("outlet")) < 2:
            continue  # the aggregator names its source twice (over the age and under it); "Related Articles" once
        found += _read(doc, candidates, starts, match.start("outlet"), match.end("outlet"), ActorKind.media)
    for match in _DESK_BYLINE.finditer(doc.text):
        found += _read(doc, candidates, starts, match.start("outlet"), match.end("outlet"), ActorKind.media)
    return found


# A word this frequent that is no given name is no writer's name ("Flood", "Warning"); "Malik" is 3.3.
_EVERYDAY_WORD = 4.0


def _name_like(name: str) -> bool:
    """A given name first, or words no more frequent than a family name."""
    words = [fold(word) for word in name.split()]
    return is_given_name(words[0]) or all(zipf(word) < _EVERYDAY_WORD for word in words)


def _read(
    doc: ActorDocument, candidates: list[Candidate], starts: list[int], start: int, end: int, kind: ActorKind
) -> list[Candidate]:
    words = tokens_in(starts, start, end)
    if not words:
        return []
    first, last = words.start, words.stop - 1
    for candidate in candidates:
        if candidate.first < first <= last == candidate.last:
            # "Written By Tarnby Desk": the byline's label read into the name; the name alone is the outlet's
            candidate.first, candidate.name = first, doc.text[start:end]
    same = [c for c in candidates if c.first == first and c.last == last]
    for candidate in same:
        candidate.kind, candidate.found_by, candidate.confidence = kind, _FOUND_BY, _CONFIDENCE
    if same or any(c.first <= last and first <= c.last for c in candidates):
        return []  # read already (its kind set above), or part of a longer name
    return [Candidate(first, last, doc.text[start:end], kind, _FOUND_BY, _CONFIDENCE)]
