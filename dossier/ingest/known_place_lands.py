"""A known place and a page's place of the same name in two lands: two places, not one.

A workspace that holds "Perth" drafted from an Australian page must not take a Scottish page's Perth as the same
place. A place's land is what ingest wrote in its `found_by` ("gazetteer: Perth, Australia (...)"); a place with no
land written there is in the state an analyst linked it to ("located-in"), and one with neither is taken to be
whichever the page means, as before. The page's land is only read where the page itself says which place of the name
it means (`page_lands`): with nothing said, the workspace's place is meant. A place of another land is filed under
its name and its land ("Perth, United Kingdom"), since two actors may not share a name.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from dossier.ingest.gazetteer import Gazetteer, Place
from dossier.ingest.mentions import ActorIndex
from dossier.ingest.names import fold, fold_phrase
from dossier.model import Actor, ActorKind

# What ingest writes of a gazetteer place: "gazetteer: Surrey, Canada (before its 'Mayor'); 1 mention(s) ...".
_LAND_IN_FOUND_BY = re.compile(r"gazetteer: [^,(;]+, ([^,(;]+?) \(")


def land_in_found_by(found_by: str | None) -> str | None:
    """The land ingest wrote for a place it found in the gazetteer, if it wrote one."""
    found = _LAND_IN_FOUND_BY.match(found_by or "")
    return found.group(1) if found else None


def place_the_page_means(places: Gazetteer, key: str) -> Place | None:
    """The place the page says it means by this folded name, where it says so (a reading `page_lands` made)."""
    return places.read_by_the_page.get(key)


def land_of_known_place(actor: Actor, actors: Mapping[str, Actor]) -> str | None:
    """The land a known place lies in: what ingest wrote in its `found_by`, else the state an analyst linked it to
    ("located-in" Ukraine)."""
    land = land_in_found_by(actor.found_by)
    if land is not None:
        return land
    for relation in actor.relations:
        target = actors.get(relation.target)
        if relation.type == "located-in" and target is not None and target.kind is ActorKind.state:
            return target.name
    return None


def another_land(actor: Actor, places: Gazetteer, key: str, actors: Mapping[str, Actor]) -> Place | None:
    """The page's own place of the name, where the page says it lies in a land other than the known place's."""
    meant = place_the_page_means(places, key)
    land = land_of_known_place(actor, actors)
    if meant is None or land is None or meant.country is None or fold(meant.country) == fold(land):
        return None
    return meant


def name_with_its_land(name: str, land: str) -> str:
    """How a place is filed beside a namesake of another land: "Perth, United Kingdom"."""
    return f"{name}, {land}"


def actor_the_page_means(index: ActorIndex, places: Gazetteer, actor_id: str, key: str) -> str | None:
    """The actor a page's place name `key` belongs to, where the index gives it to `actor_id`: that actor, or the
    workspace's place of the land the page says ("Perth, United Kingdom"), or None where the workspace holds no
    place of that land (the name rules draft one)."""
    actor = index.actors[actor_id]
    meant = another_land(actor, places, key, index.actors) if actor.kind is ActorKind.place else None
    if meant is None:
        return actor_id
    filed = index.lookup(fold_phrase(name_with_its_land(meant.name, str(meant.country))))
    if filed is None or index.actors[filed[0]].kind is not ActorKind.place:
        return None
    return filed[0]
