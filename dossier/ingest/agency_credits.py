"""A news or picture agency named in a picture's credit or a dateline, by its letters alone.

"Photo: TARNPRESS/Ilse Varnaby", "(Image source: Dana Quell/QNA)": the word on the other side of the slash
from a photographer's name is the agency that sells the picture; "QUELLSTAD, MARCH 30, VARNPRESS." (as
Armenpress and other state agencies write their datelines): the word after the dateline's date is the agency.
"""

from __future__ import annotations

import re

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.common_words import zipf
from dossier.ingest.cues import PAPER_HEADS_TOLD
from dossier.ingest.line_index import line_end, line_start
from dossier.ingest.names import fold, is_given_name

# A credit's label at the start of its line: "Photo:", "Photo by", "Image source:", "Picture:", "Credit:".
_CREDIT_LABEL = re.compile(r"\(?(?:photo|image|picture|credit)s?\b", re.IGNORECASE)
_EVERYDAY_WORD = 4.0
# A credit in brackets after a caption, on the caption's line: "A view of the hall. (File photo: QNA/Ilse Varn)".
_CREDIT_IN_BRACKETS = re.compile(r"\((?:file |handout |archive )?(?:photo|image|picture)s?(?: by)?: ?$", re.I)
# How far back from the agency's word a credit in brackets and its agency are read (the longest label, "(archive
# pictures by: ", and an agency's word): never the whole line, which may be the whole page.
_CREDIT_REACH = 60
_NAME_BEFORE_SLASH = re.compile(r"[A-Z][a-z]+(?: [A-Z]\.)? [A-Z][\w'-]+/$")
_NAME_AFTER_SLASH = re.compile(r"/[A-Z][a-z]+(?: [A-Z]\.)? [A-Z][\w'-]+")
# "YEREVAN, MARCH 30, " before the agency, a full stop after it.
_DATELINE_BEFORE = re.compile(r"[A-Z][A-Z -]{2,}, [A-Z][A-Za-z]{2,8}\.? \d{1,2}, ")


def agency_in_a_credit(doc: ActorDocument, position: int, last: int) -> bool:
    """Whether the one word at `position` is an agency beside a photographer's name in a picture's credit, or
    after a dateline's town and date."""
    if position != last:
        return False
    text = doc.text
    start, end = doc.tokens[position].start, doc.tokens[last].end
    # Each pattern is read from the line's start or back from the word, never over the whole line: a page
    # given as one line would be read again for each word.
    opening = line_start(text, start)
    if _DATELINE_BEFORE.fullmatch(text, opening, start) and text[end : end + 1] == ".":
        return True  # the line is the dateline up to the word
    while opening < start and text[opening].isspace():
        opening += 1
    bracket_credit = _CREDIT_IN_BRACKETS.search(text, max(opening, start - _CREDIT_REACH), start)
    if not _CREDIT_LABEL.match(text, opening, start) and not bracket_credit:
        return False
    return bool(_name_before_slash(text, opening, start) or _NAME_AFTER_SLASH.match(text, end))


def _name_before_slash(text: str, opening: int, start: int) -> bool:
    """ "Ilse Varnaby/" just before the word: a name of two words, or with a middle initial, holds two spaces at
    most, so it starts after the third space back."""
    if text[start - 1 : start] != "/":
        return False
    reach = start
    for _ in range(3):
        reach = text.rfind(" ", opening, reach)
        if reach < 0:
            reach = opening
            break
    return _NAME_BEFORE_SLASH.search(text, reach, start) is not None


def photographer_in_a_credit(doc: ActorDocument, position: int, last: int) -> bool:
    """Whether the two words at `position` are the photographer's name after an agency's word and a slash in a
    picture's credit in brackets: "(File photo: QNA/Syamil Varn)"."""
    if last != position + 1:
        return False
    text = doc.text
    start = doc.tokens[position].start
    if text[start - 1 : start] != "/":
        return False
    before = text[max(line_start(text, start), start - 1 - _CREDIT_REACH) : start - 1]
    slash_word = re.search(r"[A-Za-z]+$", before)
    if slash_word is None:
        return False
    label = before[: slash_word.start()]
    # (only a credit in brackets after a caption: a credit line may join two agencies, "Varnfoto/Quellpix Images";
    # and a family name is no everyday word, as an agency's "Images" or "Photos" is)
    family = doc.tokens[last].text.casefold()
    return bool(_CREDIT_IN_BRACKETS.search(label)) and zipf(family) < _EVERYDAY_WORD


# A picture's credit label just before the photographer's name, which a slash ends: "Photograph: Ilse Varnby/AFP/Getty
# Images" (the Guardian's form), "Photo: Tomas Quell/Reuters", "Picture by Dana Quell/PA".
_LABEL_BEFORE_NAME = re.compile(r"(?:\b(?:photograph|photo|picture|image)s?(?::| by)) $", re.IGNORECASE)
# A caption's credit in brackets with no label, closing its line: "(Ilse Varnby/Getty Images)", its photographer's
# name opening with a given name (not "(North Tarnshire/Quellby)").
_BRACKET_BEFORE_NAME = re.compile(r"\($")
_BRACKET_CLOSING_LINE = re.compile(r"/[A-Z][\w&.' -]{1,40}\)[ \t]*(?:\n|$)")
_NAME_WORDS_IN_CREDIT = (2, 3)


def photographer_after_a_label(doc: ActorDocument, position: int, last: int) -> bool:
    """Whether the words at `position` are a photographer's name, two or three words right after a picture's
    credit label and just before the slash that leads to the agency: "Photograph: Mamun Varnoush/AFP/Getty Images".
    Only a person takes the picture; the name may hold no given name the lists know."""
    if last - position + 1 not in _NAME_WORDS_IN_CREDIT:
        return False
    text = doc.text
    start, end = doc.tokens[position].start, doc.tokens[last].end
    if text[end : end + 1] != "/":
        return False
    if doc.tokens[last].folded in PAPER_HEADS_TOLD:
        return False  # "Photo: Quellham Courant/Ada Lune": the paper first, then its photographer
    before = text[max(line_start(text, start), start - _CREDIT_REACH) : start]
    if _LABEL_BEFORE_NAME.search(before) is not None:
        return True
    return (
        _BRACKET_BEFORE_NAME.search(before) is not None
        and _BRACKET_CLOSING_LINE.match(text, end) is not None
        and is_given_name(doc.tokens[position].folded)
    )


# The photographer's credit up to the agency's slash: "Photograph: Ilse Varnby/", "Photo: Tomas Quell/AFP/".
_CREDIT_BEFORE_AGENCY = re.compile(
    r"(?:\b(?:photograph|photo|picture|image)s?(?::| by) |\()"
    r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,2}/(?:[A-Z][\w&.-]*/)?$",
    re.IGNORECASE,
)
_AGENCY_WORDS = 3


def agency_after_a_photographer(doc: ActorDocument, position: int, last: int) -> bool:
    """Whether the words at `position` are the agency a picture's credit names after its photographer and a slash,
    up to the next slash or the line's end: "Getty Images" in "Photograph: Ilse Varnby/AFP/Getty Images"."""
    if last - position + 1 > _AGENCY_WORDS:
        return False
    text = doc.text
    start, end = doc.tokens[position].start, doc.tokens[last].end
    if text[start - 1 : start] != "/" or text[end : end + 1] not in ("/", ")", "\n", ""):
        return False
    before = text[max(line_start(text, start), start - _CREDIT_REACH) : start]
    found = _CREDIT_BEFORE_AGENCY.search(before)
    if found is None:
        return False
    # "(Ilse Varnby/Getty Images)": a credit in brackets with no label opens with the photographer's given name
    return not found[0].startswith("(") or (
        text[end : end + 1] == ")" and is_given_name(fold(found[0][1:].split(maxsplit=1)[0]))
    )


# What stands before an agency credited for a picture with no photographer: the copyright sign ("© Getty Images"),
# or a credit's label ("Photo Courtesy: Getty Images", "Picture courtesy of Getty Images").
_CREDITED_ALONE_AFTER = re.compile(
    r"(?:©|\b(?:photo(?:graph)?|picture|image)s?(?: courtesy)?(?::| by| courtesy of))[ \t]*$", re.IGNORECASE
)


def agency_credited_alone(doc: ActorDocument, position: int, last: int) -> bool:
    """Whether the words at `position` are a picture agency credited with no photographer, up to the line's end:
    "© Getty Images", "Photo Courtesy: Getty Images". The agency's last word is an everyday word ("Images",
    "Pictures"), as no photographer's family name is."""
    if last - position + 1 > _AGENCY_WORDS or last == position:
        return False
    text = doc.text
    start, end = doc.tokens[position].start, doc.tokens[last].end
    closing = line_end(text, end)
    if text[end : closing if closing >= 0 else len(text)].strip():
        return False  # the credit ends its line
    before = text[max(line_start(text, start), start - _CREDIT_REACH) : start]
    return _CREDITED_ALONE_AFTER.search(before) is not None and zipf(doc.tokens[last].folded) >= _EVERYDAY_WORD


# A wire story's closing credit in brackets: "(Reporting by Ilse Varn in Quellstad; Editing by Dana Quell)". Copies
# of wire stories hard-wrap their lines, so a name may run on over a line's end ("Editing by Dana\nQuell)").
_WIRE_CREDIT = re.compile(
    r"\((?:Reporting|Additional reporting|Writing|Editing|Compiled|Research) by\b[^()]{0,400}\)", re.IGNORECASE
)


def unwrapped_wire_credits(text: str) -> str:
    """The text with each line break inside a wire story's credit read as a space (the same length, so every
    offset stays)."""
    if "\n" not in text or "by" not in text:
        return text
    return _WIRE_CREDIT.sub(lambda credit: credit[0].replace("\n", " "), text)
