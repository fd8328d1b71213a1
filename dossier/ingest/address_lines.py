"""Streets and towns of a postal address written in a page's text ("Foxbridge Way, Normanton WF6 1TN").

A British address closes with its town and postcode: the name before ", <town> <postcode>" is the street or the
building there, a place, and the town before its postcode is a town, never a person's family name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dossier.ingest.cues import STREET_HEADS
from dossier.ingest.mentions import Token

# ", Normanton WF6 1TN", ", Newcastle upon Tyne NE1 4XF": a town of up to three words, then a postcode; a street
# may come between (", Ash Lane, Wakefield WF10 5HX").
_TOWN_AND_POSTCODE = re.compile(
    r"(?:,\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})?,\s+[A-Z][\w'’-]+(?:\s+(?:upon|on|under|le|in|[A-Z][\w'’-]+)){0,3},?\s+[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b"
)
_OUTWARD_CODE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?")
_INWARD_CODE = re.compile(r"\d[A-Z]{2}")


def before_town_and_postcode(text: str, end: int) -> bool:
    """Whether the name ending at `end` comes right before ", <town> <postcode>" (a street between, or not): a
    street or a building."""
    return _TOWN_AND_POSTCODE.match(text, end) is not None


def town_of_an_address(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Whether the words `first`..`last` are an address's town: a postcode right after them ("Wakefield WF10
    5HX"), or a street's name and a comma right before them ("Westgate, Wakefield", "Ash Lane, Wakefield")."""
    if last + 2 < len(tokens) and tokens[last].joined:
        outward, inward = tokens[last + 1].text, tokens[last + 2].text
        if _OUTWARD_CODE.fullmatch(outward) and _INWARD_CODE.fullmatch(inward):
            return True
    if first >= 2 and not tokens[first - 1].joined and tokens[first - 1].capitalised:
        return tokens[first - 1].folded in STREET_HEADS and tokens[first - 2].capitalised
    return False


_POSTCODE_AFTER = re.compile(r"\s+[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b")


def written_as_an_address_town(text: str, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether every span is a town right before its postcode ("Quarnby QN6 1TN")."""
    return bool(spans) and all(_POSTCODE_AFTER.match(text, end) is not None for _, end in spans)
