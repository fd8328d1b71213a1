"""Acts listed after a tour: "toured Britain with Ash, The Divine Comedy and Snow Patrol", "left to tour with The
Coral", "opened for Quell Harbour". Who one tours with, opens for or shares a bill with is a band (a body) or a
singer (a person, by a given name first); a band's name is often a plain word ("Ash") or opens with a capital
"The", so nothing else on the page marks it.
"""

from __future__ import annotations

import re

from dossier.ingest.actor_document import ActorDocument, tokens_in
from dossier.ingest.cues import MONTHS_AND_DAYS
from dossier.ingest.grouping import Candidate
from dossier.ingest.name_words import is_title
from dossier.ingest.names import is_given_name
from dossier.model import ActorKind

# What opens the list of acts: a tour "with" them (a few words may stand between: "toured Britain and Ireland
# with"), "opened for", "shared the bill with".
_TOURED_WITH = re.compile(
    r"\b(?:toured|touring|tour|tours)\b[^.;:!?\n\"“”]{0,40}?\bwith[ \t]+"
    r"|\b(?:opened for|supporting act for|shared (?:a|the) (?:bill|stage) with)[ \t]+"
)
# One act: an optional capital "The", then one to four capitalised words.
_ACT = re.compile(r"(?:The[ \t]+)?(?P<name>[A-Z][\w'’&-]*(?:[ \t]+[A-Z0-9][\w'’&-]*){0,3})")
_BETWEEN_ACTS = re.compile(r",[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+")
_MOST_ACTS = 8


def acts_on_tour(doc: ActorDocument, candidates: list[Candidate], starts: list[int]) -> list[Candidate]:
    """Candidates for the acts listed after a tour that no candidate holds yet; those that one holds take the
    act's kind."""
    text, tokens = doc.text, doc.tokens
    held = {k: c for c in candidates for k in range(c.first, c.last + 1)}
    found: list[Candidate] = []
    for opening in _TOURED_WITH.finditer(text):
        at = opening.end()
        for _ in range(_MOST_ACTS):
            act = _ACT.match(text, at)
            if act is None:
                break
            span = tokens_in(starts, act.start("name"), act.end("name"))
            if len(span) == 0:
                break
            first, last = span[0], span[-1]
            words = [tokens[k].folded for k in span]
            if is_title(words[0]) or doc.gazetteer.lookup(tuple(words)) is not None:
                break  # "toured the region with President Varn", "toured with Leeds ...": no act's list
            if words[0].rstrip("s") in MONTHS_AND_DAYS or any(char.isdigit() for char in act.group("name")):
                break  # "a curator's tour with Ruth Varn, Thursdays 2pm": when the tour is held, no act
            person = len(words) >= 2 and is_given_name(words[0])
            kind = ActorKind.person if person else ActorKind.organization
            how = f"an act after '{opening.group().strip()}'"
            holder = held.get(last)
            if holder is None and first not in held:
                found.append(Candidate(first, last, act.group("name"), kind, how, 0.55))
            elif holder is not None and holder.last == last and holder.kind in (ActorKind.place, ActorKind.other):
                holder.kind, holder.found_by, holder.confidence = kind, how, 0.55
            between = _BETWEEN_ACTS.match(text, act.end())
            if between is None:
                break
            at = between.end()
    return found
