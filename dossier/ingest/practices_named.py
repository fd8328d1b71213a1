"""Firms named like persons after the plural of their trade or a move from them ("the solicitors Birkett Slyne",
"joined the firm from Thursfield Reid"): one person is no practice, and nobody joins a firm from a person."""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.name_words import is_title
from dossier.ingest.names import word_set

# A practice's trade in the plural: "the solicitors Birkett Slyne", "the land agents Quell Pike".
_PRACTICES = word_set(
    "solicitors accountants auditors architects surveyors auctioneers valuers caterers contractors hauliers "
    "printers stockbrokers agents"
)
# Where someone joined a firm from: "joined the firm from Thursfield Reid", "joins the practice from Varn Hale".
_JOINED = word_set("joined joins joining")
_JOINED_WHAT = word_set("firm practice company partnership chambers")


def practice_before(doc: ActorDocument, position: int, last: int) -> str | None:
    """The words before the name that make it a firm whatever it looks like, or None: a practice's plural trade
    right before one name ("the solicitors Birkett Slyne", not "the architects Ilse Varn and Tom Hale", two
    persons) or "joined the firm from" (a person's title first keeps the person: "the solicitors Mr Hale")."""
    tokens = doc.tokens
    if position < 2 or is_title(tokens[position].folded):
        return None
    before = tokens[position - 1]
    if not before.joined or not before.text.islower():
        return None
    if before.folded in _PRACTICES:
        after = tokens[last + 1] if last + 1 < len(tokens) else None
        listed = (after is not None and after.folded == "and") or doc.text[
            tokens[last].end : tokens[last].end + 2
        ] == ", "
        if listed or not (tokens[position - 2].text.islower() or tokens[position - 2].text == "The"):
            return None
        return f"{tokens[position - 2].text} {before.text}"
    if before.folded == "from" and position >= 4 and all(tokens[k].joined for k in range(position - 4, position)):
        verb, article, what = (tokens[k].folded for k in range(position - 4, position - 1))
        if verb in _JOINED and article == "the" and what in _JOINED_WHAT:
            return f"{tokens[position - 4].text} the {tokens[position - 2].text} from"
    return None
