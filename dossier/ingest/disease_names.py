"""Diseases named after a river, a virus or a scientist are no actors: a one-word name the page writes right before
"virus", "outbreak", "patient" or "vaccine" ("the Ebola virus", "the Varnola outbreak") names the disease wherever
the page writes it ("Ebola patient Thomas Duncan", "fears of Ebola")."""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.names import word_set

_DISEASE_NOUNS = word_set(
    "virus outbreak epidemic pandemic vaccine vaccines patient patients symptoms infection infections"
)
_BODY_KINDS_OF_ORIGIN = ("state", "place")


def diseases_named(doc: ActorDocument) -> set[tuple[str, ...]]:
    """The folded one-word names (as `fold_phrase` gives them) the page writes before a lower-case noun of a
    disease, that name no place the gazetteer knows ("the Wuhan outbreak" stays the city's)."""
    tokens = doc.tokens
    found: set[tuple[str, ...]] = set()
    for k in range(len(tokens) - 1):
        token, after = tokens[k], tokens[k + 1]
        if after.folded not in _DISEASE_NOUNS or not after.text.islower() or not token.joined:
            continue
        if not token.text.istitle() or not token.text.isalpha() or (k > 0 and tokens[k - 1].capitalised):
            continue  # one capitalised word alone ("the Hong Kong outbreak" is the city's)
        place = doc.gazetteer.lookup((token.folded,))
        if place is None or place.kind not in _BODY_KINDS_OF_ORIGIN:
            found.add((token.folded,))
    return found
