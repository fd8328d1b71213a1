"""Whose a page's bare body is: "the Supreme Court" on a page about Montenegro is Montenegro's court.

`every_states_bodies` keeps one page's bare "Supreme Court" from linking another page's, as nothing in the bare
name says whose court it is. The page says it, though, in one of three ways, tried in this order:

- the words right before the name: a state's possessive or its people's word ("Japan's Ministry of Finance",
  "the U.S. Treasury", "the Montenegrin Supreme Court");
- else the one state whose bodies the page names in full ("the Supreme Prosecutor's Office of Montenegro
  asked the Supreme Court"): a writer who has said whose prosecutors they are names that state's other bodies
  bare;
- else the one state the page names, and more than once ("France is facing ... France's debt ... the National
  Assembly").

With its state the bare name has a longer form that says it ("Supreme Court of Montenegro"). `claims` keeps that
form as the record's alias, and links a later page's bare name to the record only when that page is about the same
state (another state's bare body becomes a record of its own, named with its state).
"""

from __future__ import annotations

import re
from collections import Counter

from dossier.ingest.body_initials import body_of_a_state
from dossier.ingest.every_states_bodies import bare_state_body
from dossier.ingest.gazetteer import Gazetteer
from dossier.ingest.grouping import ActorDraft
from dossier.ingest.mentions import ActorIndex, Mention
from dossier.ingest.names import fold_phrase
from dossier.model import ActorKind

# A state's possessive or its people's word (one or two capitalised words) right before the name, perhaps after
# "the": "Japan's Ministry of Finance", "South Korea's Constitutional Court", "the U.S. Treasury".
_POSSESSIVE = re.compile(r"((?:[A-Z][\w.]*\s)?[A-Z][\w.]*)['’]s\s+$")
_PEOPLES_WORD = re.compile(r"(?:^|\s)((?:[A-Z][\w.]*\s)?[A-Z][\w.]*)\s+$")

# States named with "the" before them in running English ("the Supreme Court of the United States").
_WITH_THE = re.compile(r"^(?:United|Netherlands|Philippines|Bahamas|Gambia|Maldives)\b|\bRepublic$")


_NAMED_TIMES = 2  # how often the one state a page names must be named to be the page's


def with_its_state(bare: str, state: str) -> str:
    """The bare name with the state after "of": "Supreme Court of Montenegro", "Treasury of the United States"."""
    if bare[:4].lower() == "the ":
        bare = bare[4:]
    return f"{bare} of {'the ' if _WITH_THE.search(state) else ''}{state}"


def bare_body_states(
    text: str, drafts: list[ActorDraft], known: list[Mention], index: ActorIndex, places: Gazetteer
) -> dict[str, str]:
    """The state of each bare body or post this page drafts (draft id -> the state's name), where the page says
    it (see the module's note)."""
    bare = [draft for draft in drafts if bare_state_body(draft.name)]
    if not bare:
        return {}
    qualified = {draft.id: state for draft in bare if (state := _state_before(text, draft, places)) is not None}
    bodies = set(qualified.values())
    # (a known body by the words the page writes: "Supreme Court of Montenegro", an alias of a bare record)
    for name in [d.name for d in drafts if d.kind is ActorKind.organization] + [
        spelling
        for m in known
        if m.actor_id in index.actors and index.actors[m.actor_id].kind is ActorKind.organization
        for spelling in (m.text, index.actors[m.actor_id].name)
    ]:
        if (key := body_of_a_state(name, places)) is not None:
            bodies.add(key[1])
    named = Counter({d.name: len(d.spans) for d in drafts if d.kind is ActorKind.state and d.spans})
    named.update(
        index.actors[m.actor_id].name
        for m in known
        if m.actor_id in index.actors and index.actors[m.actor_id].kind is ActorKind.state
    )
    # (a state named once beside no other may be a page's aside: "tariffs on China" on a page about the US court)
    alone = next(iter(named)) if len(named) == 1 and sum(named.values()) >= _NAMED_TIMES else None
    page_state = next(iter(bodies)) if len(bodies) == 1 else alone if not bodies else None
    states = dict(qualified)
    if page_state is not None:
        for draft in bare:
            states.setdefault(draft.id, page_state)
    return states


def _state_before(text: str, draft: ActorDraft, places: Gazetteer) -> str | None:
    """The one state named right before the draft's mentions ("Japan's", "U.S."), if they name one."""
    found: set[str] = set()
    for start, _end in draft.spans:
        before = text[max(0, start - 40) : start]
        match = _POSSESSIVE.search(before) or _PEOPLES_WORD.search(before)
        if match is None:
            continue
        words = fold_phrase(match.group(1))
        for size in (2, 1):  # "South Korea's"; "On Wednesday Chile's": the last word alone
            place = places.lookup(words[-size:])
            if place is not None and place.kind == "state":
                found.add(place.name)
                break
            if (country := places.country_of_demonym(" ".join(words[-size:]))) is not None:
                found.add(country)
                break
    return next(iter(found)) if len(found) == 1 else None
