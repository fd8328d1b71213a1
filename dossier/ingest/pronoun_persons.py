"""A name nothing else explains, the subject of its sentence, taken up next by "he" or "she": a person, as a
reader takes it ("Dou Jiande delayed, and when he finally arrived", "Kory Varnell was named a finalist. He
started every game"). Only "he" and "she": a firm or a town is "it", a band or a team "they"."""

from __future__ import annotations

import re

from dossier.ingest.grouping import ActorDraft
from dossier.ingest.line_index import line_start
from dossier.model import ActorKind

# What may open a sentence before its subject: an adverb of time or contrast and its comma, a year.
_OPENING = re.compile(
    r"(?:(?:However|But|Then|Later|Meanwhile|Eventually|Finally|Instead|Still|Afterwards|Subsequently),"
    r"|(?:In|By) (?:\d{4}|[A-Z][a-z]+ \d{4}),)?[ \t]*"
)
# The name's verb right after it: "was", "is", "had", "has" or a past tense ("delayed", "founded").
_VERB_AFTER = re.compile(
    r"[ \t]+(?:(?:also|later|then|finally|first|never|only|soon|once)[ \t]+)?(?:was|is|had|has|[a-z]{3,}ed)\b"
)
# "he" or "she" opening a clause: after a conjunction (and "when", "then" between), or opening the next sentence.
_PRONOUN = re.compile(
    r"(?:\b(?:and|but|when|after|before|while|as|until|because|so|where)[ \t]+(?:(?:when|then|after)[ \t]+)?"
    r"|[.!?][ \t]+)(?:he|she|He|She)\b"
)
_SENTENCE_END = re.compile(r"[.!?](?:[ \t]|$)|\n")
_NO_CUE = "a capitalised name"
FOUND_BY = "the subject 'he' or 'she' takes up next"


def persons_taken_up_by_a_pronoun(text: str, drafts: list[ActorDraft]) -> None:
    """Make a person of each uncued name of two or three words that a sentence opens with, its verb after it, and
    that "he" or "she" takes up before any other name a person could have (in place)."""
    persons = sorted(
        start
        for draft in drafts
        if draft.kind is ActorKind.person or draft.found_by == _NO_CUE
        for start, _ in draft.spans
    )
    for draft in drafts:
        if draft.kind is not ActorKind.other or draft.found_by != _NO_CUE or len(draft.name.split()) not in (2, 3):
            continue
        if any(_taken_up(text, start, end, persons) for start, end in draft.spans):
            draft.kind, draft.found_by = ActorKind.person, FOUND_BY


def _taken_up(text: str, start: int, end: int, persons: list[int]) -> bool:
    if not _OPENING.fullmatch(text, _sentence_start(text, start), start) or not _VERB_AFTER.match(text, end):
        return False
    window = text[end : end + 400]
    pronoun = _PRONOUN.search(window)
    if pronoun is None:
        return False
    # No more than the one sentence end that the pronoun itself opens after.
    ends = [m.start() for m in _SENTENCE_END.finditer(window, 0, pronoun.start() + 1)]
    if len(ends) > 1 or (ends and window[pronoun.start()] not in ".!?"):
        return False
    return not any(end < other < end + pronoun.start() for other in persons)


def _sentence_start(text: str, start: int) -> int:
    """Where the sentence holding `start` begins: after a line break or a sentence's end and its space."""
    breaks = [line_start(text, start) - 1]
    breaks += [found + 1 for mark in (". ", "? ", "! ") if (found := text.rfind(mark, 0, start)) >= 0]
    return max(breaks) + 1
