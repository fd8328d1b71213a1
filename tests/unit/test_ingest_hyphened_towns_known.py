"""A known name inside a town's name written with hyphens and a small word ("Stourport-on-Severn" when the river
Severn is known) is no mention of it: the town is read whole, as a page alone reads it. A known name hyphened to a
word ("Kyiv-based", "Russia-Ukraine talks") is still its mention.

Invented sentences; the towns and rivers are real.
"""

from __future__ import annotations

from dossier.model import Actor, ActorKind
from tests.unit.ingest_helpers import drafts_and_links

_KNOWN = [
    Actor(id="severn", name="Severn", kind=ActorKind.place),
    Actor(id="wye", name="Wye", kind=ActorKind.place),
    Actor(id="kyiv", name="Kyiv", kind=ActorKind.place),
    Actor(id="russia", name="Russia", kind=ActorKind.state),
]


def test_a_known_river_inside_a_hyphened_town_leaves_the_town_whole() -> None:
    drafts, links = drafts_and_links("Flood barriers went up in Bewdley-on-Severn and Ross-on-Wye on Monday.", _KNOWN)
    assert {"Bewdley-on-Severn", "Ross-on-Wye"} <= drafts
    assert "severn" not in links.values() and "wye" not in links.values()


def test_a_known_name_hyphened_to_a_word_is_still_its_mention() -> None:
    _drafts, links = drafts_and_links("Kyiv-based lenders welcomed the Russia-Ukraine talks on Monday.", _KNOWN)
    assert links.get("Kyiv") == "kyiv" and links.get("Russia") == "russia"


def test_the_river_alone_is_still_its_mention() -> None:
    _drafts, links = drafts_and_links("The Severn burst its banks near Worcester on Monday.", _KNOWN)
    assert links.get("Severn") == "severn"
