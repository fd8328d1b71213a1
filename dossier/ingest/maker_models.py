"""A maker's model codes: "the LG G5", "Galaxy S2 Plus", "Apple M1" write a code of letters and digits right after
a maker's or a product line's name; on a page about made things, every mention of that code (and of its siblings
in the same series, "the S3" beside "Galaxy S2") is the product, not a body's acronym. Makers number their models
so everywhere (phones, chips, cameras, aircraft), so the rule reads the writing, not a list of makers.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.cues import FUNCTION_WORDS, MADE_THING_NOUNS, PRODUCT_NOUNS_AFTER
from dossier.ingest.grouping import ActorDraft
from dossier.model import ActorKind

# A model's code: one to three capitals, then digits ("G5", "S3", "M1", "A12", "U12").
_CODE = re.compile(r"([A-Z]{1,3})(\d{1,4})")
# A capitalised word, then a space and a code: "LG G5", "Galaxy S7", "Huawi W1" (a possessive's "'s" breaks it).
_NAME_THEN_CODE = re.compile(r"\b([A-Z][A-Za-z]*) ([A-Z]{1,3})(\d{1,4})\b(?![.\-]?\d)")
# Nouns of made things a page about products uses (the maker's code then reads as a model, not a summit's "G20").
_MADE_THINGS = re.compile(r"\b(?:smartphones?|phones?|handsets?|chips?|processors?|laptops?|tablets?|devices?)\b")


@lru_cache(maxsize=16)  # keyed by the text: asked once per page, not once per mention
def _series_after_names(text: str) -> frozenset[tuple[str, int]]:
    """The series (letters, count of digits) of codes written right after a capitalised name that is no
    function word ("The G5" opening a sentence says nothing), on a page naming made things."""
    if _MADE_THINGS.search(text) is None:
        return frozenset()
    series = set()
    for match in _NAME_THEN_CODE.finditer(text):
        if match.group(1).casefold() in FUNCTION_WORDS:
            continue
        series.add((match.group(2), len(match.group(3))))
    return frozenset(series)


def model_code_of_a_maker(doc: ActorDocument, position: int) -> bool:
    """Whether the code at `position` ("G5", "S3") is in a series the page writes after a maker's name."""
    match = _CODE.fullmatch(doc.tokens[position].text)
    if match is None:
        return False
    following = doc.tokens[position + 1].folded if position + 1 < len(doc.tokens) else ""
    if following in MADE_THING_NOUNS or following in PRODUCT_NOUNS_AFTER:
        return True  # (read by `firm_sales.model_code_before_its_noun` too; here for the page's other mentions)
    return (match.group(1), len(match.group(2))) in _series_after_names(doc.text)


# A chip's or a device's kind right after a code name: "the Tiger Lake processors", "Haswell CPUs" (not a place's
# industry: "the Dresden chip plant", "Penang chip makers").
_PRODUCT_AFTER = re.compile(
    r" (?:processors?|chips?|CPUs?|GPUs?|SoCs?|laptops?|notebooks?|microprocessors?)\b"
    r"(?! (?:plants?|factory|factories|fabs?|makers?|industry|sector|exports?|firms?|workers?|jobs)\b)"
)
# A code name said so: "Haswell-codenamed chips", "code-named Merom", "codenamed “Napa”".
_CODE_NAMED = re.compile(r"(?:code[- ]?named|code name) [\"“']?$", re.IGNORECASE)


def code_name_of_a_product(text: str, draft: ActorDraft) -> bool:
    """A place by its look alone ("Tiger Lake" by its "Lake", "Haswell" a village in the gazetteer) that the page
    writes right before a chip's or a device's noun, or says is code-named so: a product line's code name.
    Makers name lines after places everywhere (lakes, rivers, towns), and a place is never a chip's kind."""
    if draft.kind is not ActorKind.place or not (
        draft.found_by.startswith("ends with") or draft.found_by.endswith("(no other cue)")
    ):
        return False
    for start, end in draft.spans:
        if _PRODUCT_AFTER.match(text, end) or text.startswith("-codenamed", end):
            return True
        if _CODE_NAMED.search(text[max(0, start - 16) : start]):
            return True
    return False
