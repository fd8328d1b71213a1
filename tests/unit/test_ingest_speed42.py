"""Round speed42: a page given as one line (HTML reduced to text, a PDF, a pasted file) is read as fast per word as
a page of short lines, with the same answers. The rules that read a name's line ask an index of the text's line
breaks, and two rules ask where a pattern matches in the whole text, found once; these tests check that each
index answers as the search it replaces did. Invented text throughout."""

from __future__ import annotations

import re
from pathlib import Path

from dossier.ingest.actor_document import ActorDocument, found_on_line_before
from dossier.ingest.gazetteer import gazetteer
from dossier.ingest.line_index import line_end, line_start, opens_its_line
from dossier.ingest.mentions import tokenize
from dossier.ingest.name_bounds import _CREDIT_OR_BYLINE

_PAGE = (
    "QUELLSTAD, MARCH 30, TARNPRESS. The council met.\n\n"
    "  \tPicture: QNDF Addis Abeba - Rear Admiral Ilse Varn spoke.\n"
    "By Tomas Quell  Photo: Ada Holt/VARNPIX\n"
    "\n"
    "Dear Members, the Varnby Club (VC) thanks you. (Reporting by Ilse Varn; Editing by Ada Holt)\n"
    "Image source: Dana Quell/QNA   \n"
    "Credit Tarnwell Bank rose; Bylines and Photos of Quellmark are by staff."
)


def _document(text: str) -> ActorDocument:
    return ActorDocument(text, tokenize(text), set(), set(), set(), set(), gazetteer())


def test_the_line_index_answers_as_searching_the_text_for_line_breaks() -> None:
    for text in (_PAGE, " ".join(_PAGE.split()), "\n" + _PAGE + "\n", ""):
        for position in range(len(text) + 1):
            assert line_start(text, position) == text.rfind("\n", 0, position) + 1
            assert line_end(text, position) == text.find("\n", position)
            opening = text.rfind("\n", 0, position) + 1
            assert opens_its_line(text, position) == (not text[opening:position].strip())


def test_a_pattern_found_once_answers_as_searching_the_names_line_back_to_its_start() -> None:
    for text in (_PAGE, " ".join(_PAGE.split())):
        doc = _document(text)
        for token in doc.tokens:
            opening = text.rfind("\n", 0, token.start) + 1
            searched = _CREDIT_OR_BYLINE.search(text, opening, token.start) is not None
            assert found_on_line_before(doc, _CREDIT_OR_BYLINE, token.start) == searched, token.text


def test_a_pattern_is_found_in_the_whole_text_once() -> None:
    doc = _document(_PAGE)
    found_on_line_before(doc, _CREDIT_OR_BYLINE, doc.tokens[-1].start)
    pattern = re.compile(r"(?:^|(?<=[\s(]))(?:By|Photo)\b")
    found_on_line_before(doc, pattern, doc.tokens[-1].start)
    assert set(doc.matches) == {_CREDIT_OR_BYLINE, pattern}


def test_the_hindi_towns_by_sound_are_read_from_the_cache_as_built(isolated_cache: Path) -> None:
    from dossier.ingest import hindi_sounds, place_table_cache

    built = hindi_sounds._built_towns()  # (the builder the cache stands for)
    hindi_sounds._towns.cache_clear()
    try:
        assert hindi_sounds._towns() == built  # built, kept, and answered
        assert place_table_cache.cached_places("hindi-sounds", "hi", dict) == built  # read back: nothing is built
    finally:
        hindi_sounds._towns.cache_clear()


def test_ids_claimed_one_after_another_are_the_ids_claim_id_gives() -> None:
    from dossier.ingest.names import IdClaims, claim_id

    claims, taken = IdClaims(), set[str]()
    # a text that says the same thing again and again, and bases that are another base's numbered id
    bases = ["quell-said-tag"] * 5 + ["quell-said-tag-2", "varn-met-tag", "quell-said-tag", "quell-said-tag-7"]
    bases += ["varn-met-tag-2", "varn-met-tag"] * 3 + ["quell-said-tag"] * 3
    for base in bases:
        assert claims.claim(base) == claim_id(base, taken)
    assert claims.taken == taken
