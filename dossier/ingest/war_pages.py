"""Whether a page is about war: some words name an armed unit only there."""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.names import word_set

# Words of war that make a division on a sports page an army's still ("the 82nd Airborne Division's troops").
_WAR_WORDS = word_set("troops soldiers army military infantry brigade battalion regiment")

# Nouns of one unit that name it after its own name only on a page about war ("the Radaa force", "the Fastaqim
# faction"); elsewhere "the Coriolis force" and "the Trump faction" are no armed units.
_UNIT_NOUNS_OF_WAR = word_set("force faction factions")


def armed_page(doc: ActorDocument) -> bool:
    """Whether the page writes a word of war in lower case."""
    return bool(doc.lower_case & _WAR_WORDS)


def unit_noun_off_war(doc: ActorDocument, word: str) -> bool:
    """Whether `word` (folded) after a name is "force" or "faction" on a page with no war words."""
    return word in _UNIT_NOUNS_OF_WAR and not armed_page(doc)
