"""Cards of people on event, team and staff pages: a line with a person's name alone, then a line with her post and
the body she holds it at.

    Dr Ilse Varn (chair)
    Senior Lecturer in Energy Systems, Tarnby University

Each line alone reads as a Title Case heading and would be skipped; together they name a person and a body.
"""

from __future__ import annotations

import re

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.grouping import Candidate
from dossier.ingest.line_index import line_start, opens_its_line
from dossier.ingest.names import is_given_name, word_set
from dossier.model import ActorKind

# A person's name alone on its line, maybe after a title and with a lower-case role in brackets: "Joy Varn",
# "Dr Rowan Quell", "Cllr Amber Tarn", "Preston Varn-Hall (chair)".
_NAME_LINE = re.compile(
    r"[ \t]*(?:(?:Dr|Prof|Professor|Cllr|Councillor|Sir|Dame|Lord|Lady|Baroness|Mr|Mrs|Ms|Miss)\.? )?"
    r"((?P<given>[A-Z][a-z'’]+)(?: [A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?){1,2})(?: \([a-z][a-z ]{1,20}\))?[ \t]*"
)
# The first word of a post's line: "Chief Executive, ...", "Senior Lecturer in ..., ...", "Partner, ...".
_POST_OPENERS = word_set(
    "chief senior head director partner lecturer professor reader researcher fellow founder co-founder chair "
    "chairman chairwoman cabinet member managing deputy vice executive editor manager principal president "
    "secretary treasurer policy research associate assistant lead general minister councillor leader trustee "
    "programme program campaigns campaign economist analyst adviser advisor consultant"
)
# A post's line: the post (at most this many words), a comma and where it is held.
_POST_WORDS = 8
_POST_LINE = re.compile(r"[ \t]*([A-Za-z-]+)[^,\n]*, ([A-Z][^\n]*?)[ \t.]*")


def speaker_card_spans(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Character spans of the persons' names on cards, and of the bodies after the posts under them."""
    persons: list[tuple[int, int]] = []
    bodies: list[tuple[int, int]] = []
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    for k in range(len(lines) - 1):
        name = _NAME_LINE.fullmatch(lines[k])
        if name is None or not is_given_name(name["given"].casefold()):
            continue
        post = _POST_LINE.fullmatch(lines[k + 1])
        if post is None or post[1].casefold() not in _POST_OPENERS:
            continue
        if len(lines[k + 1][: post.start(2)].split()) > _POST_WORDS:
            continue
        persons.append((starts[k] + name.start(1), starts[k] + name.end(1)))
        bodies.append((starts[k + 1] + post.start(2), starts[k + 1] + post.end(2)))
    return persons + _contact_card_spans(lines, starts), bodies


# The EU's press contacts under a statement write the family name in capitals: "Peter VARNSTO" over "Lead
# Spokesperson for Foreign Affairs", the line between them maybe blank.
_CAPITALS_SURNAME_LINE = re.compile(r"[ 	]*((?P<given>[A-Z][a-z'’]+)(?: [A-Z][A-Z'’-]{2,}){1,2})[ 	]*")
_CONTACT_POST_OPENERS = _POST_OPENERS | word_set("press spokesperson spokesman spokeswoman media")


def _contact_card_spans(lines: list[str], starts: list[int]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for k, line in enumerate(lines):
        name = _CAPITALS_SURNAME_LINE.fullmatch(line)
        if name is not None and _contact_card_at(lines, k):
            spans.append((starts[k] + name.start(1), starts[k] + name.end(1)))
    return spans


def _contact_card_at(lines: list[str], k: int) -> bool:
    """Line `k` is a contact's name (a given name, the family name in capitals) over a post's line."""
    name = _CAPITALS_SURNAME_LINE.fullmatch(lines[k])
    if name is None or not is_given_name(name["given"].casefold()):
        return False
    after = next((later for later in lines[k + 1 : k + 3] if later.strip()), "")
    return bool(after.split()) and after.split()[0].casefold() in _CONTACT_POST_OPENERS


def contact_card_person(doc: ActorDocument, first: int, last: int) -> Candidate | None:
    """The person of an EU press contact's card ("Peter VARNSTO" over "Lead Spokesperson ..."): the run is the
    whole name line, and the family name in capitals is no body's letters."""
    text, tokens = doc.text, doc.tokens
    if not opens_its_line(text, tokens[first].start):
        return None  # (asked first: the slices below copy the rest of a long line)
    start = line_start(text, tokens[first].start)
    end = text.find("\n", tokens[last].end)
    end = len(text) if end < 0 else end
    if tokens[first].start != start + len(text[start:end]) - len(text[start:end].lstrip()):
        return None
    if not _contact_card_at(text[start:].split("\n", 3), 0):
        return None
    name = text[tokens[first].start : tokens[last].end]
    return Candidate(first, last, name, ActorKind.person, "a press contact's card, the family name in capitals", 0.6)
