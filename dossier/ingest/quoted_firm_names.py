"""A firm's own name in quotes after its kind or its legal form: 'Feodosia Shipbuilding Company "More"',
'Joint Stock Company "Tarnovo Arsenal"', 'LLC "Varnek Trade"'.

Russian and other post-Soviet firms are registered so (ООО «...», АО «...»), and sanctions lists and their
translations keep the quotes. The quotes end the run of capitalised words, so the draft lost the very
words that tell the firm from others of its kind; they belong to its name.
"""

from __future__ import annotations

import re

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.grouping import Candidate
from dossier.ingest.names import word_set
from dossier.model import ActorKind

# The last word of a firm's kind or legal form that a registered name in quotes follows.
_FIRM_ENDS = word_set(
    "company plant concern enterprise works factory corporation association llc jsc ojsc pjsc cjsc ooo oao pao zao ao"
)
# Up to four capitalised words in straight or curly quotes or in guillemets, right after the name.
_QUOTED = re.compile(r" [\"“«]([A-Z0-9][\w'’.-]*(?: [A-Z0-9][\w'’.-]*){0,3})[\"”»]")


def take_quoted_firm_name(doc: ActorDocument, candidate: Candidate) -> None:
    """Extend a firm's candidate over the quoted name after its kind or legal form."""
    tokens, text = doc.tokens, doc.text
    if candidate.kind is not ActorKind.organization or tokens[candidate.last].folded not in _FIRM_ENDS:
        return
    quoted = _QUOTED.match(text, tokens[candidate.last].end)
    if quoted is None:
        return
    last = candidate.last
    while last + 1 < len(tokens) and tokens[last + 1].end <= quoted.end(1):
        last += 1
    if last == candidate.last:
        return
    candidate.name = text[tokens[candidate.first].start : quoted.end()]
    candidate.last = last
