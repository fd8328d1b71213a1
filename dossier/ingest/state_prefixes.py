"""A body or a post named with its state's word before it ("the Philippine Department of Migrant Workers", "US
Federal Bureau of Investigation", "Kenyan President Ilse Varn") also goes by the name without that word.

The state's word says whose body it is; the body's own name follows, and the text (or the next one) may use it
alone. The shorter name becomes an alias when it still says which body it is: three words or more, or a rare word
("Wagner Group"); never two common words ("Foreign Ministry", "Air Force"), which every state has.
"""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.common_words import zipf
from dossier.ingest.cues import NAME_GLUE
from dossier.ingest.grouping import ActorDraft
from dossier.ingest.name_words import has_cue, is_title
from dossier.ingest.names import fold_phrase
from dossier.model import ActorKind

# Below this frequency a word of the shorter name is its own ("Wagner", "Qods"), not a word every state's body has.
_OWN_WORD_ZIPF = 3.0
# A shorter name of this many words (its glue aside) is specific enough: "Department of Migrant Workers".
_SPECIFIC_WORDS = 3
_BODIES = (ActorKind.organization, ActorKind.armed_force)


def names_without_their_state(doc: ActorDocument, drafts: list[ActorDraft]) -> list[ActorDraft]:
    """Each body's or titled person's spelling that opens with a state's word gains the alias without it; a body
    the page also names without its state's word, and with no other state's, is that draft ("U.S. Federal
    Reserve" beside "the Federal Reserve")."""
    taken = {fold_phrase(spelling) for draft in drafts for spelling in (draft.name, *draft.aliases)}
    folded: list[ActorDraft] = []
    for draft in drafts:
        if draft.kind not in (*_BODIES, ActorKind.person):
            continue
        for spelling in (draft.name, *draft.aliases):
            rest = _after_the_state(doc, spelling)
            if rest is not None and fold_phrase(rest) in taken and draft.kind in _BODIES:
                plain = _the_body_without_a_state(drafts, draft, rest)
                if plain is not None:
                    plain.take_in(draft)
                    folded.append(draft)
                    break
            if rest is None or fold_phrase(rest) in taken or not _still_names_it(doc, draft, rest):
                continue
            draft.aliases.append(rest)
            taken.add(fold_phrase(rest))
    return [draft for draft in drafts if not any(draft is gone for gone in folded)]


def _the_body_without_a_state(drafts: list[ActorDraft], draft: ActorDraft, rest: str) -> ActorDraft | None:
    """The draft of the same kind named `rest`, when no other draft names a body `rest` of another state."""
    key = fold_phrase(rest)
    plain = [
        other for other in drafts if other is not draft and other.kind is draft.kind and fold_phrase(other.name) == key
    ]
    others = [
        other
        for other in drafts
        if other is not draft and fold_phrase(other.name) != key and fold_phrase(other.name)[-len(key) :] == key
    ]
    return plain[0] if len(plain) == 1 and not others else None


def _after_the_state(doc: ActorDocument, spelling: str) -> str | None:
    """The words after an opening state's letters or people's adjective ("US", "Philippine")."""
    words = spelling.split()
    if len(words) < 3 or not words[1][:1].isupper():
        return None
    opening = fold_phrase(words[0])
    if len(opening) != 1:
        return None
    place = doc.gazetteer.lookup(opening) if words[0].isupper() else None
    # (a state's name written in full may open a place's own name: "Niger Delta Development Commission")
    by_letters = place is not None and place.kind == "state"
    if by_letters or doc.gazetteer.country_of_demonym(opening[0]) is not None:
        return " ".join(words[1:])
    return None


def _still_names_it(doc: ActorDocument, draft: ActorDraft, rest: str) -> bool:
    """Whether the words after the state's still name this body, or this person with a title."""
    words = fold_phrase(rest)
    if doc.gazetteer.lookup(words) is not None:
        return False  # "Hunga Haʻapai": a place's own name, no state's word before it
    if draft.kind is ActorKind.person:
        return is_title(words[0])  # "President Ilse Varn" from "Kenyan President Ilse Varn"
    own = [word for word in words if word not in NAME_GLUE]
    return has_cue(words) and (len(own) >= _SPECIFIC_WORDS or any(zipf(word) < _OWN_WORD_ZIPF for word in own))
