"""A state's institutions named by a demonym or the state's name and a lower-case noun.

"Russian troops", "Ukrainian government", "U.S. intelligence": each is an actor of its own.
"""

from __future__ import annotations

from dossier.ingest.gazetteer import Gazetteer
from dossier.ingest.grouping import Candidate
from dossier.ingest.mentions import Token
from dossier.model import ActorKind

# "Russian troops", "Ukrainian government", "U.S. intelligence": a state's institutions, named by
# a demonym or the state's name and a lower-case noun. Troops and soldiers are filed under the
# armed forces they belong to.
_INSTITUTIONS: dict[tuple[str, ...], tuple[str, ActorKind]] = {
    ("government",): ("government", ActorKind.organization),
    ("intelligence",): ("intelligence", ActorKind.organization),
    ("intelligence", "services"): ("intelligence", ActorKind.organization),
    ("troops",): ("armed forces", ActorKind.armed_force),
    ("soldiers",): ("armed forces", ActorKind.armed_force),
    ("military",): ("armed forces", ActorKind.armed_force),
    ("army",): ("armed forces", ActorKind.armed_force),
    ("armed", "forces"): ("armed forces", ActorKind.armed_force),
    ("forces",): ("armed forces", ActorKind.armed_force),
    ("nuclear", "forces"): ("nuclear forces", ActorKind.armed_force),
    ("state", "media"): ("state media", ActorKind.media),
}


INSTITUTION_NOUNS = frozenset(words[0] for words in _INSTITUTIONS)


def institutions(tokens: list[Token], gazetteer: Gazetteer) -> list[Candidate]:
    found: list[Candidate] = []
    for i, token in enumerate(tokens):
        if not token.capitalised or not token.joined or i + 1 >= len(tokens):
            continue
        country = gazetteer.country_of_demonym(token.folded)
        place = None if country else gazetteer.lookup((token.folded,))
        if country is None and (place is None or place.kind != "state"):
            continue
        for size in (2, 1):
            words = tuple(t.folded for t in tokens[i + 1 : i + 1 + size])
            if len(words) < size or tokens[i + 1].capitalised or (size == 2 and not tokens[i + 1].joined):
                continue
            entry = _INSTITUTIONS.get(words)
            if entry is None:
                continue
            noun, kind = entry
            last = i + size
            head = token.text + ("." if "." in token.text else "")  # U.S.
            phrase = " ".join([head, *(t.text for t in tokens[i + 1 : last + 1])])
            canonical = f"{head} {noun}"
            found.append(
                Candidate(
                    i,
                    last,
                    phrase,
                    kind,
                    f"'{phrase}': a state's institution",
                    0.7,
                    canonical=canonical if canonical != phrase else None,
                )
            )
            break
    return found
