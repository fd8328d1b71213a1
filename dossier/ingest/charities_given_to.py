"""Charities by what is given to them: "raised £640 for Comic Relief", "donations to Racing Welfare", "a concert in
aid of Overgate Hospice". The name after such words is the charity, even when its words are ordinary ones."""

from __future__ import annotations

import re

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.names import is_given_name

# What is given to a charity, right before its name: money raised for it, gifts made to it, an event in its aid.
_GIVEN_TO = re.compile(
    r"(?:(?:raised|raising|raises|collected|donated|donating)(?: over| more than| nearly| almost| some)?"
    r" (?:£|\$|€|&pound;)[\d,.]+(?:k|m|bn)? (?:for|to)"
    r"|in aid of|donations to|donation to|donate to|donating to|proceeds to|proceeds will go to|proceeds go to)"
    r"(?: the)? $"
)
_REACH = 60
_POSSESSIVE_GOES_ON = re.compile(r"['’]s [A-Z]")


def charity_given_to(doc: ActorDocument, position: int, last: int) -> bool:
    """Money raised for the name, gifts made or an event held in its aid right before it (not a person's given and
    family names: "raised £2,000 for Amelia Hale", a child's treatment)."""
    start, end = doc.tokens[position].start, doc.tokens[last].end
    if _GIVEN_TO.search(doc.text, max(0, start - _REACH), start) is None:
        return False
    if _POSSESSIVE_GOES_ON.match(doc.text, end):
        return False  # "in aid of Hope House Children's Hospices": the name goes on past its possessive
    return not (last == position + 1 and is_given_name(doc.tokens[position].folded))
