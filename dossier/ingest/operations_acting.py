"""A named operation that the text makes a body: it acts, it has forces or ships, a body runs it, or a body's noun
describes it. "Operation Tidewatch" is an event where it is only named ("during Operation Tidewatch"); but
"Operation Quellguard has returned 1,200 people", "French forces of Operation Varnhane", "the EU's naval mission,
Operation Tarnini," and "the European Union's Operation Quelldes" are the mission or the force that carries it out,
as a reader takes them (a body, an organisation).
"""

from __future__ import annotations

import re

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.names import word_set

# Verbs after the name of what acts: a force or a mission does these, an event does not ("began", "ended").
_ACTING_VERBS = word_set(
    """
    said says announced reported confirmed stated warned provides provided protects protected escorts escorted
    inspected inspects intercepted intercepts seized seizes boarded boards rescued rescues detained detains
    killed kills arrested arrests deployed deploys conducted conducts supported supports shadowed shadows
    returned returns patrols patrolled monitors monitored tracked tracks
    """
)
# Auxiliaries before a verb of acting: "has returned", "had seized", "will escort".
_AUXILIARIES = word_set("has have had will would can could")
# What belongs to a body that acts, before "of" and the operation: "forces of Operation X", "ships of Operation X".
_MEMBERS_OF = word_set(
    """
    forces force troops soldiers ships warships vessels aircraft units personnel sailors marines commander
    commanders headquarters staff assets frigates
    """
)
# A body's noun set off before the name: "the EU's naval mission, Operation X,", "the naval force in the region,
# known as Operation X" (not "the operation, Operation X,": an event named twice).
_BODY_BEFORE = re.compile(r"\b(?:mission|force)s?(?:,|[^.;:\n]{0,30}?,?[ \t]+(?:known as|called))[ \t]+$")
_REACH = 60  # characters before the name read for a body's noun


def operation_as_a_body(doc: ActorDocument, position: int, last: int) -> str | None:
    """How the named operation at `position`..`last` reads as a body (None: an event, only named)."""
    tokens, text = doc.tokens, doc.text
    after = tokens[last + 1] if last + 1 < len(tokens) and tokens[last].joined else None
    if after is not None and after.text.islower():
        if after.folded in _ACTING_VERBS:
            return f"a named operation that acts ('{after.text}')"
        verb = tokens[last + 2] if last + 2 < len(tokens) and after.joined else None
        if after.folded in _AUXILIARIES and verb is not None and verb.folded in _ACTING_VERBS:
            return f"a named operation that acts ('{after.text} {verb.text}')"
    members = tokens[position - 2] if position >= 2 and tokens[position - 1].text == "of" else None
    if members is not None and members.text.islower() and members.folded in _MEMBERS_OF and members.joined:
        return f"a named operation with '{members.text} of' it"
    if position >= 1 and text[tokens[position].start - 3 : tokens[position].start] in ("'s ", "’s "):
        owner = tokens[position - 1]
        if owner.text[:1].isupper() and owner.text not in ("It", "Its"):
            return f"a named operation a body runs ('{owner.text}'s')"
    start = tokens[position].start
    if _BODY_BEFORE.search(text, max(0, start - _REACH), start) is not None:
        return "a named operation described as a mission or a force"
    return None


# What names an operation or an exercise that has no "Operation" in its name: "a mission codenamed Varnhane", "the
# exercise, code-named Quell Dawn,", "launched an operation, Tremmic Rage, to seize the town".
_CODENAME_BEFORE = re.compile(
    r"(?:\b(?:code[ -]?named|codenamed)|\b(?:an|a new) (?:operation|offensive|exercise|campaign),)[ \t]+$",
    re.IGNORECASE,
)


def codename_before(doc: ActorDocument, position: int) -> bool:
    """Whether the name at `position` is an operation's or an exercise's code name by the words before it: an
    event, no actor (re3d marks no operation), though its words look like a body's or a place's."""
    from dossier.ingest.names import is_given_name

    start = doc.tokens[position].start
    if is_given_name(doc.tokens[position].folded):
        return False  # "an operation, Ilse Varn said, that ...": who speaks, set off by commas
    return _CODENAME_BEFORE.search(doc.text, max(0, start - 40), start) is not None
