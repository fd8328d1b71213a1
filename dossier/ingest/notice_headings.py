"""Headings of family notices (deaths, funerals, in memoriam): the family name in capitals, a comma, then the given
names, maybe a maiden name in brackets.

    HAWES, Ilse Margaret (née Varn)
    In memoriam: QUELL, Tomas

The given names are a person's; the capitals are her family name, not an acronym of a body.
"""

from __future__ import annotations

import re

# The family name in capitals (maybe hyphenated or two words), a comma, one to three given names, a maiden name.
_NOTICE_HEADING = re.compile(
    r"[ \t]*(?:[A-Z][a-z]+(?: [a-z]+)*: )?"
    r"(?P<family>[A-Z]{2,}(?:['’-][A-Z]{2,})*(?: [A-Z]{2,})?), "
    r"(?P<given>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?(?: [A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?){0,2})"
    r"(?: \((?:née|nee|né) [A-Z][a-z'’]+\))?[ \t]*"
)


def notice_heading_spans(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Character spans of the given names on notice headings, and of the family names in capitals before them."""
    given: list[tuple[int, int]] = []
    family: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        heading = _NOTICE_HEADING.fullmatch(line)
        if heading is not None:
            given.append((start + heading.start("given"), start + heading.end("given")))
            family.append((start + heading.start("family"), start + heading.end("family")))
        start += len(line) + 1
    return given, family
