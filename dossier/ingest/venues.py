"""A venue or a site named for what is done there: "the Varnby International Convention Centre", "Tarnby
Leisure Centre", "the Tarvik Cargo Center", "the Varnby Naval Facility".

"Centre" and "Facility" alone head a body's name ("Centre for Policy Studies", "National Cyber Security Centre",
"European Peace Facility", a fund); a centre for sport, conferences, exhibitions, shopping or cargo is a building
people go to, and a naval or air facility is a base: places.
"""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.grouping import Candidate
from dossier.ingest.names import word_set
from dossier.model import ActorKind

_CENTRE_HEADS = word_set("centre center")
# What a venue is for, right before its "Centre"
_HELD_THERE = word_set(
    "sports sport convention conference exhibition exhibitions leisure shopping aquatics aquatic events cargo"
)
_FACILITY_HEADS = word_set("facility")
# What a base is for, right before its "Facility": "Naval Support Facility", "Air Facility"
_BASE_WORK = word_set("naval navy air support port")


# A building's head word, and the gatherings held in one: "a full council meeting at Wyre Forest House" (a
# "House" heads a body's name too: "Chatham House said").
_MEETING_BUILDINGS = word_set("house hall offices")
_GATHERINGS = word_set("meeting meetings hearing hearings session sessions inquiry")
_GATHERING_REACH = 4  # words between the gathering's noun and "at"


def _where_a_meeting_is_held(doc: ActorDocument, position: int, words: tuple[str, ...]) -> bool:
    """'a council meeting at Wyre Forest House': a building named after "at" or "in" a few words after a gathering."""
    tokens = doc.tokens
    if words[-1] not in _MEETING_BUILDINGS or position < 2 or tokens[position - 1].text not in ("at", "in"):
        return False
    return any(
        tokens[k].folded in _GATHERINGS and tokens[k].text.islower()
        for k in range(max(0, position - 1 - _GATHERING_REACH), position - 1)
    )


def venue_candidate(doc: ActorDocument, position: int, last: int, words: tuple[str, ...]) -> Candidate | None:
    """A place for a run of capitalised words that ends in '<what is held there> Centre' or '<a base's work>
    Facility', or in a building's head word after a meeting held "at" it."""
    if len(words) < 2:
        return None
    venue = words[-1] in _CENTRE_HEADS and words[-2] in _HELD_THERE
    base = words[-1] in _FACILITY_HEADS and words[-2] in _BASE_WORK
    if not venue and not base and _where_a_meeting_is_held(doc, position, words):
        name = doc.text[doc.tokens[position].start : doc.tokens[last].end]
        return Candidate(position, last, name, ActorKind.place, "where a meeting is held", 0.65)
    if not venue and not base:
        return None
    if not all(doc.tokens[k].text[:1].isupper() for k in (last - 1, last)):
        return None
    name = doc.text[doc.tokens[position].start : doc.tokens[last].end]
    return Candidate(position, last, name, ActorKind.place, f"a site, '{words[-2]} {words[-1]}'", 0.65)


# Heads of an inn's or a hotel's name, capitalised inside it or in lower case right after it: "the Sun Inn",
# "the Three Tuns pub", "the Seven Stars Inn".
_INN_HEADS = word_set("inn hotel pub tavern arms")


def inn_opened_by_a_plain_word(doc: ActorDocument, position: int, last: int) -> bool:
    """'the Sun Hotel', 'the Three Tuns pub': a day's short form or a number word after "the" opens an inn's name
    when an inn's head word ends it or follows it in lower case."""
    tokens = doc.tokens
    if position >= last or position == 0 or tokens[position - 1].folded != "the":
        return False
    if tokens[last].folded in _INN_HEADS and tokens[last].text[:1].isupper():
        return True
    after = last + 1
    return after < len(tokens) and tokens[after].folded in _INN_HEADS and tokens[after].text.islower()
