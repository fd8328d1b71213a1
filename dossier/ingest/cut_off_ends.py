"""A word cut off by the end of a stored excerpt: "... at the Media Freedo", "... our embassy in Teh".

Search indexes and feeds keep a page's opening up to a fixed length, cutting its last sentence in the middle of a
word. A capitalised word there is the stump of a name, no name: "Teh" is no town, "Austral" no body. The cut is
seen in the text's shape: it ends on a letter, in a line of running text, with no full stop or other mark after.
A page's last line that ends on a name by design is no cut: an item of a list ("- Annual dinner at the Swan,
Helmsley"), a quotation's attribution ('"..." — Ilse Varn, Stirling'), a label's value ("For more information:
Delegation of ...") or a name after a comma.
"""

from __future__ import annotations

from dossier.ingest.cues import HEAD_WORD, NAME_WORD
from dossier.ingest.grouping import ActorDraft
from dossier.ingest.names import fold
from dossier.model import ActorKind

# A line of running text has at least this many words ("Sally Varn reports" or a lone name on its line is none).
_RUNNING_WORDS = 8
# Marks that open a list's item, and the dashes of an attribution.
_ITEM_OPENERS = ("-", "•", "*", "–", "—")
_ATTRIBUTION_DASHES = ("—", "–", " - ")


def cut_off_end(text: str) -> int:
    """Where the text's last word ends when a stored excerpt cut it off mid-sentence, -1 otherwise."""
    end = len(text.rstrip())
    if end == 0 or not text[end - 1].isalpha():
        return -1
    # (read back from the end only: the last line, at most a few hundred characters)
    line = text[text.rfind("\n", 0, end) + 1 : end]
    # (after a label's colon, what follows must be running text too: "For more information: Delegation of ...")
    if len(line.rsplit(":", 1)[-1].split()) < _RUNNING_WORDS or line.lstrip().startswith(_ITEM_OPENERS):
        return -1
    return -1 if any(dash in line for dash in _ATTRIBUTION_DASHES) else end


def stump_of_a_cut(text: str, draft: ActorDraft, cut_end: int) -> bool:
    """The draft's only mention is the word the excerpt's cut ends in, not after a comma. (A person named by two
    words or more there is kept: "... decisions by Ilse Varnow" may end on a whole word, and a full name is rarely
    a stump.)"""
    if cut_end < 0 or len(draft.spans) != 1 or draft.spans[0][1] != cut_end:
        return False
    start = draft.spans[0][0]
    if text[max(0, start - 3) : start].rstrip().endswith(","):
        return False  # "... — Ilse Varn, partner, Keltie": a name ending a list by design
    last = fold(draft.name.split()[-1])
    if last in HEAD_WORD or last in NAME_WORD:
        return False  # "... the Tarvish Army's 7th Mechanised Brigade": a cut rarely falls right after a body's word
    return draft.kind is not ActorKind.person or " " not in draft.name
