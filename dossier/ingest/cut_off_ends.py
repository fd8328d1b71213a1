"""A word cut off by the end of a stored excerpt: "... at the Media Freedo", "... our embassy in Teh".

Search indexes and feeds keep a page's opening up to a fixed length, cutting its last sentence in the middle of a
word. A capitalised word there is the stump of a name, no name: "Teh" is no town, "Austral" no body. The cut is
seen in the text's shape: it ends on a letter, in a line of running text, with no full stop or other mark after.
"""

from __future__ import annotations

from dossier.ingest.grouping import ActorDraft
from dossier.model import ActorKind

# A line of running text has at least this many words ("Sally Varn reports" or a lone name on its line is none).
_RUNNING_WORDS = 8


def cut_off_end(text: str) -> int:
    """Where the text's last word ends when a stored excerpt cut it off mid-sentence, -1 otherwise."""
    end = len(text.rstrip())
    if end == 0 or not text[end - 1].isalpha():
        return -1
    # (read back from the end only: the last line, at most a few hundred characters)
    line = text[text.rfind("\n", 0, end) + 1 : end]
    return end if len(line.split()) >= _RUNNING_WORDS else -1


def stump_of_a_cut(draft: ActorDraft, cut_end: int) -> bool:
    """The draft's only mention is the word the excerpt's cut ends in. (A person named by two words or more there
    is kept: "... decisions by Ilse Varnow" may end on a whole word, and a full name is rarely a stump.)"""
    if cut_end < 0 or len(draft.spans) != 1 or draft.spans[0][1] != cut_end:
        return False
    return draft.kind is not ActorKind.person or " " not in draft.name
