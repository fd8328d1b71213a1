"""A committee named for the resolution that set it up: "the UNSC 1267 Committee", "the Security
Council 1540 Committee", "the 1718 Committee".

The resolution's number stands inside the committee's name, so the run of capitalised words that a
bare number would end goes on through it to the committee's head word: one body, not the council
alone (and not nothing, when the number opens the name).
"""

from __future__ import annotations

from dossier.ingest.acronyms import ACRONYM
from dossier.ingest.actor_document import ActorDocument, cased
from dossier.ingest.cues import HEAD_WORD, NAME_WORD
from dossier.ingest.gazetteer import Gazetteer
from dossier.ingest.grouping import Candidate
from dossier.ingest.mentions import Token
from dossier.ingest.name_bounds import run_end
from dossier.ingest.names import word_set
from dossier.model import ActorKind

# Heads of bodies a resolution sets up and names by its number.
_NUMBERED_HEADS = word_set("committee committees panel")
_RESOLUTION_DIGITS = (3, 4)  # "Resolution 1267", "2231": UN resolutions are numbered in the thousands
_LONGEST_COUNCIL = 6  # "United Nations Security Council": the words before the number
_YEARS = (1900, 2099)  # a number that opens the name without a council's may be a year instead


def has_committee_heads(tokens: list[Token]) -> bool:
    """Whether any word of the page is a committee's head word: most pages have none, and then no word needs
    reading as the start of a numbered committee."""
    return any(token.folded in _NUMBERED_HEADS for token in tokens)


def numbered_committee(doc: ActorDocument, first: int, covered: list[bool], skip: list[bool]) -> Candidate | None:
    """The committee at `first`: an optional council's name (an acronym or a body's words), a
    resolution's number, then a committee's head word."""
    tokens = doc.tokens
    if covered[first]:
        return None
    opening = first + (tokens[first].text == "The" and first + 1 < len(tokens))
    ahead = range(opening, min(len(tokens) - 1, opening + _LONGEST_COUNCIL))
    # (the head word first: a set lookup, and most tokens are followed by none)
    if not any(tokens[k + 1].folded in _NUMBERED_HEADS and _is_number(doc, k) for k in ahead):
        return None  # most runs: no number before a committee's word ahead, nothing to read
    if _is_number(doc, opening):
        if first == opening and (first == 0 or tokens[first - 1].folded != "the" or not tokens[first - 1].joined):
            return None  # "sold 1200 Committee seats": a count, not a name
        if _YEARS[0] <= int(tokens[opening].text) <= _YEARS[1]:
            return None  # "the 2019 Committee": a year's committee, not a resolution's
        number = opening
    elif cased(tokens[opening]) and not skip[opening]:
        end = run_end(doc.text, tokens, opening, covered, skip, doc.gazetteer)
        number = end + 1
        if not _names_a_body(tokens, opening, end, doc.gazetteer) or not tokens[end].joined:
            return None
    else:
        return None
    head = number + 1
    if (
        head >= len(tokens)
        or not _is_number(doc, number)
        or not tokens[number].joined
        or covered[head]
        or not cased(tokens[head])
        or tokens[head].folded not in _NUMBERED_HEADS
    ):
        return None
    name = doc.text[tokens[opening].start : tokens[head].end]
    return Candidate(opening, head, name, ActorKind.organization, "a resolution's number before a committee", 0.7)


def _is_number(doc: ActorDocument, k: int) -> bool:
    text = doc.tokens[k].text if k < len(doc.tokens) else ""
    return text.isdigit() and len(text) in _RESOLUTION_DIGITS


def _names_a_body(tokens: list[Token], first: int, last: int, gazetteer: Gazetteer) -> bool:
    """An acronym ("UNSC") or words with a body's head ("United Nations Security Council")."""
    if first == last:
        return ACRONYM.fullmatch(tokens[first].text) is not None
    return any(tokens[k].folded in NAME_WORD or tokens[k].folded in HEAD_WORD for k in range(first, last + 1))
