"""Speakers' labels in a transcript: "[00:01:09] FENELLA: Downing Street would say that."

A podcast's or a hearing's transcript opens each turn with the speaker's name in capitals and a colon,
often after a timestamp. Such a word reads like a body's initials, yet it names a person: the host or
a guest, whose full name the transcript gives elsewhere ("I'm Fenella Aucott"), and the label joins
that name. A word counts as a label only when it opens two lines or more that way, so a lone "NOTE:"
or "UPDATE:" line is no speaker.
"""

from __future__ import annotations

import re

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.grouping import Candidate
from dossier.ingest.labelled_persons import person_under_a_label
from dossier.ingest.line_index import line_end, line_start, opens_its_line
from dossier.ingest.name_words import is_title
from dossier.ingest.names import is_given_name
from dossier.model import ActorKind

# A line's start, an optional timestamp in brackets, then the label in capitals and a colon.
_LABEL = re.compile(r"^(?:\[\d{1,2}(?::\d{2}){1,2}\][ \t]*)?([A-Z][A-Z'’-]+):[ \t]", re.MULTILINE)
_TURNS = 2


def speaker_label(doc: ActorDocument, position: int) -> bool:
    """The one word at `position` is a speaker's label of the transcript."""
    token = doc.tokens[position]
    opening = line_start(doc.text, token.start)
    match = _LABEL.match(doc.text, opening)
    if match is None or match.start(1) != token.start:
        return False
    closing = line_end(doc.text, token.start)
    if person_under_a_label(doc.text[opening : closing if closing >= 0 else len(doc.text)]):
        return False  # "NDP: Ilse Varn": a party's label over its candidate, no speaker
    return sum(found.group(1) == token.text for found in _LABEL.finditer(doc.text)) >= _TURNS


def full_name_of_speaker(doc: ActorDocument, label: str) -> str | None:
    """The first name in the text that opens with the label's word and goes on with one or two
    capitalised words: "Fenella Aucott" for FENELLA."""
    given = label[:1] + label[1:].lower()
    match = re.search(rf"\b{re.escape(given)}(?: [A-Z][\w'’-]+){{1,2}}", doc.text)
    return match.group(0) if match is not None else None


# Before a named speaker's label on its line: a form of address ("Ms JULIE BISHOP (Curtin–Minister ...):").
_ADDRESS_WORDS = frozenset({"ms", "mr", "mrs", "dr", "senator", "hon"})
# What follows a named label: its colon, a comma and the post ("RICHARD VARN, DEFENCE MINISTER:"), a bracket
# (Hansard's seat and office), or the turn's first words, in lower case further on.
_AFTER_NAMED_LABEL = re.compile(r":|,[ \t]*[A-Z][A-Z ]+:|[ \t]*\(|[ \t]+(?=[A-Z]?[a-z’'][^\n]*[a-z])")
_NAME_WORDS = 3


def named_speaker_label(doc: ActorDocument, first: int, last: int) -> Candidate | None:
    """'JULIE VARNEY: Good morning.', 'FOREIGN MINISTER TOM QUELL: We will...', 'NEIL ASKER (Introduction)': a
    minister's and a broadcaster's transcripts open each turn with the speaker's full name in capitals, after the
    post in capitals maybe. Read as capitals these are a body's letters; a run of two or three words in capitals
    that opens its line, starts with a given name and is followed by a colon, a bracket or the turn's sentence
    names a person (a heading in capitals goes on in capitals; a country in a factbox has no given name)."""
    tokens, text = doc.tokens, doc.text
    if not opens_its_line(text, tokens[first].start):
        return None
    start = first + 1 if tokens[first].folded in _ADDRESS_WORDS else first
    given = next(
        (k for k in range(start, last + 1) if is_given_name(tokens[k].folded) and _capitals(tokens[k].text)), None
    )
    if given is None or not all(_capitals(tokens[k].text) for k in range(start, given)):
        return None  # "Minister Varn:" reads as any title and name; only words in capitals before the name
    end = given
    while end + 1 <= last and _capitals(tokens[end + 1].text) and end + 1 - given < _NAME_WORDS:
        end += 1
    if end == given or (end < last and _capitals(tokens[end + 1].text)):
        return None  # one word ("speaker_label" reads it), or more capitals after: a heading shouted
    if _AFTER_NAMED_LABEL.match(text, tokens[end].end) is None:
        return None
    words = tuple(tokens[k].folded for k in range(given, end + 1))
    if doc.gazetteer.lookup(words) is not None:
        return None  # "COSTA RICA: ..." in a factbox of countries
    if _named_turns(text) < _TURNS:
        return None  # "PARIS ATTACKS: Police said ...": one kicker among others, no transcript's turns
    name = " ".join(tokens[k].text for k in range(given, end + 1))
    turn = Candidate(given, end, name, ActorKind.person, "a named speaker's turn in a transcript", 0.6)
    turn.canonical = " ".join(word[:1] + word[1:].lower() for word in name.split())
    turn.alias = name
    return turn


# A line opening with two or three words in capitals, a form of address maybe before them, then a colon or a bracket,
# or a comma and the speaker's post in capitals before the colon ("RICHARD VARN, DEFENCE MINISTER:").
_NAMED_LABEL = re.compile(
    r"^(?:(?:Ms|Mr|Mrs|Dr|Senator|Hon)\.? )?([A-Z][A-Z'’-]+)(?: [A-Z][A-Z'’-]+){1,2}[ \t]*(?:,[ \t]*[A-Z][A-Z ]+)?[:(]",
    re.MULTILINE,
)
_LAST_TURNS: tuple[str, int] = ("", 0)  # the last text asked and its count (read again for every turn of it)


def _named_turns(text: str) -> int:
    """How many lines of the text open with a speaker's name in capitals whose first word is a given name: a
    transcript has two turns or more ("JULIE VARNEY:" and "NEIL ASKER:", or the same speaker twice)."""
    global _LAST_TURNS
    last_text, count = _LAST_TURNS
    if last_text is not text:
        count = sum(is_given_name(match[1].casefold()) for match in _NAMED_LABEL.finditer(text))
        _LAST_TURNS = (text, count)
    return count


def _capitals(word: str) -> bool:
    return len(word) > 1 and word.isupper() and any(letter.isalpha() for letter in word)


# After a speaker's name in a minister's or a broadcaster's transcript: a comma, the speaker's post or part in
# capitalised words, and the colon that opens the turn ("Ilse Varn, Host: Good morning.").
_POST_AND_COLON = re.compile(r",[ \t]*((?:[A-Z][\w’'-]*[ \t]+){0,3}[A-Z][\w’'-]*)[ \t]*:[ \t]")
# The part a speaker plays in a broadcast's or a briefing's transcript, beside the titles and posts of `TITLES`.
_SPEAKING_PARTS = frozenset(
    {"host", "presenter", "journalist", "reporter", "interviewer", "moderator", "correspondent", "anchor", "chair"}
)


def titled_speaker_label(doc: ActorDocument, first: int, last: int) -> Candidate | None:
    """'Ilse Varn, Host: Good morning.', 'Tom Quell, Foreign Minister: Thank you.': a name of two or three words that
    opens its line, then a comma, the speaker's part or post and a colon, names a person, whatever its last word
    would make it elsewhere ("Lane" of a street, "Hill" of a landform)."""
    tokens, text = doc.tokens, doc.text
    if not 1 <= last - first <= 2 or not opens_its_line(text, tokens[first].start):
        return None
    label = _POST_AND_COLON.match(text, tokens[last].end)
    if label is None:
        return None
    part = [word.casefold() for word in label.group(1).split()]
    if not (part[-1] in _SPEAKING_PARTS or is_title(part[-1]) or is_title(part[0])):
        return None
    words = tuple(tokens[k].folded for k in range(first, last + 1))
    if doc.gazetteer.lookup(words) is not None:
        return None  # "Port Varn, Capital Territory: ..." a place heading a list, no speaker
    name = text[tokens[first].start : tokens[last].end]
    return Candidate(first, last, name, ActorKind.person, "a speaker's name and part in a transcript", 0.6)
