"""A verb's -ing form that opens a sentence or the clause after a colon, before words in lower case, names nothing:
"two problems: Revitalizing neighborhoods and employing immigrants", "Banking stocks fell"."""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.common_words import zipf
from dossier.ingest.names import is_given_name, is_surname

# An -ing word this common is an English word ("revitalizing" 2.4), not a rare name that ends so ("Kipling").
_GERUND_WORD = 2.0
_VERB_STEM = 2.5  # the verb itself is in use: "revitalize" 2.9, "bank" 4.9


def gerund_opening_a_clause(doc: ActorDocument, position: int) -> bool:
    """One capitalised -ing word of a verb's stem, first in its sentence or right after a colon, then a word in
    lower case; no place the gazetteer knows ("Reading station") and no given or family name."""
    tokens, text = doc.tokens, doc.text
    token = tokens[position]
    if not token.folded.endswith("ing") or len(token.folded) < 6 or position + 1 >= len(tokens):
        return False
    following = tokens[position + 1]
    if not (token.joined and following.text[:1].islower() and following.text.isalpha()):
        return False
    opens = position in doc.sentence_first or text[: token.start].rstrip().endswith(":")
    if not opens or zipf(token.folded) < _GERUND_WORD or not _verbs_stem(token.folded):
        return False
    if is_surname(token.folded) or is_given_name(token.folded) or token.folded in doc.surnames:
        return False  # "Browning said", "Manning": a family name in "-ing"
    return doc.gazetteer.lookup((token.folded,)) is None


def _verbs_stem(word: str) -> bool:
    """'revitalizing' (revitalize), 'banking' (bank), 'running' (run): the word less its "-ing" is a verb in use
    (not 'starling', 'sterling')."""
    stem = word[:-3]
    forms = (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem)
    # (four letters at least: "Boeing" is no "boe" + "-ing")
    return any(len(form) >= 4 and zipf(form) >= _VERB_STEM for form in forms)
