"""A family name that is a title's word too, after a minister's or a senator's title: "Foreign Minister Bishop",
"Minister Bishop: We will ...", "Senator Judge said".

Read as titles, such a run holds no name at all and the person is lost. Only one title stands before a name, so
after a minister's post the word is the family name. A title of its own keeps "of" after it ("the Lord
Bishop of Tarnby"), and vocatives of a chair's post ("Mr Speaker", "Madam President") are not in the list.
"""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.cues import TITLE_PARTS, TITLES
from dossier.ingest.grouping import Candidate
from dossier.ingest.names import word_set
from dossier.model import ActorKind

# Title words that are common English family names.
_SURNAMES_THAT_ARE_TITLES = word_set("bishop judge king marshal dean major knight prince sheriff")
# What stands right before such a family name.
# (Not "Ms", "Mr": "Ms Bishop" after "Julie Bishop" already joins her draft, the honorific with it.)
_BEFORE_THE_NAME = word_set("minister senator")


def surname_after_a_title(doc: ActorDocument, first: int, last: int) -> Candidate | None:
    """The family name at the run's end ("Bishop" of "Foreign Minister Bishop"), or None."""
    tokens = doc.tokens
    if first == last or tokens[last].folded not in _SURNAMES_THAT_ARE_TITLES:
        return None
    if tokens[last - 1].folded not in _BEFORE_THE_NAME:
        return None
    if not all(tokens[k].folded in TITLES or tokens[k].folded in TITLE_PARTS for k in range(first, last)):
        return None
    if last + 1 < len(tokens) and tokens[last].joined and tokens[last + 1].folded == "of":
        return None  # "the Lord Bishop of Tarnby": the title of a see
    title = doc.text[tokens[first].start : tokens[last - 1].end]
    return Candidate(last, last, tokens[last].text, ActorKind.person, f"title '{title}'", 0.6)
