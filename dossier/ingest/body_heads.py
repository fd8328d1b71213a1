"""A body's head word alone, after "the": "The Council today extended ...", "invites ... the Commission".

EU and UN texts name the body they come from once, or not at all, and then write "the Council",
"the Commission", "the Agency". Elsewhere a lone "the Department" is kept only as the short form of
a longer name in the text; these heads, capitalised after "the" and not going on into a longer
name, are kept either way: grouping joins the word to the one longer name of the text that holds
it ("Foreign Affairs Council"), or it stands as the body of its own.
"""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.draft_lookups import LONE_HEAD
from dossier.ingest.grouping import Candidate
from dossier.model import ActorKind

# Head words of bodies that such texts write alone, capitalised, for the body they speak for.
BODY_HEADS = frozenset({"agency", "assembly", "board", "commission", "council", "tribunal"})

# Words after the head that carry the name on: "the Council of Europe", "the Commission for Refugees".
_GOES_ON = frozenset({"of", "for"})


def lone_body_heads(doc: ActorDocument, candidates: list[Candidate]) -> None:
    """Keeps "Council" of "the Council" as a body even when no longer name of the text holds it."""
    tokens, text = doc.tokens, doc.text
    for candidate in candidates:
        i = candidate.first
        token = tokens[i]
        if not candidate.short_form_only or candidate.last != i or i == 0 or token.folded not in BODY_HEADS:
            continue
        if token.text.isupper() or tokens[i - 1].folded != "the" or text[tokens[i - 1].end : token.start] != " ":
            continue
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        if after is not None and token.joined and (after.capitalised or after.folded in _GOES_ON):
            continue  # "the Council Implementing Regulation", "the Council of Europe": a longer name
        candidate.short_form_only = False
        candidate.kind, candidate.found_by, candidate.confidence = ActorKind.organization, LONE_HEAD, 0.45
