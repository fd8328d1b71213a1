"""A body's branch named right after the body's letters in brackets: "the Islamic Revolutionary Guard Corps (IRGC)
Aerospace Force" names the IRGC Aerospace Force, not an "Aerospace Force" of no one."""

from __future__ import annotations

import re

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.grouping import Candidate
from dossier.model import ActorKind

_LETTERS = re.compile(r"[A-Z]{2,8}")
# The head words of a branch of a force or a body: "Aerospace Force", "Quds Force", "Ground Forces", "Navy".
_BRANCH_HEADS = frozenset(("force", "forces", "navy", "command", "corps", "wing", "directorate", "branch"))


def take_letters_before_branch(doc: ActorDocument, candidate: Candidate) -> None:
    """Extend a branch's candidate over the body's letters closing the bracket right before it."""
    tokens, text = doc.tokens, doc.text
    first = candidate.first
    if candidate.kind not in (ActorKind.armed_force, ActorKind.organization) or first < 2:
        return
    if tokens[candidate.last].folded not in _BRANCH_HEADS:
        return
    letters = tokens[first - 1]
    if not _LETTERS.fullmatch(letters.text) or text[letters.end : tokens[first].start] != ") ":
        return
    if text[tokens[first - 2].end : letters.start] != " (" or not tokens[first - 2].text[:1].isupper():
        return  # only the letters of the name just before them: "... Corps (IRGC) Aerospace Force"
    # (the letters' own token stays the body's acronym: only the branch's name takes them)
    candidate.name = f"{letters.text} {candidate.name}"
