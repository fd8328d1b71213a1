"""Lead38: what a page is asked once, not once per name, answers as the whole-page search did.

The speed work reads a page's craft nouns ("the Orion spacecraft") and its "Operation ..." words once, then asks
each name against them; these tests hold each answer to the plain regular expression over the whole text, on
texts built to meet the edges (the name at the text's start, glued to a word before it, a hyphen after it, two
spaces, the noun twice).
"""

from __future__ import annotations

import itertools
import re

import pytest

from dossier.ingest.draft_evidence import _OPERATION_WORDS, _short_form_of_operation
from dossier.ingest.name_kinds import _CRAFT_NOUNS, _names_a_craft
from tests.unit.ingest_helpers import draft_kinds

_BEFORE = ("", "The ", "XOrion", "the_", "(", "Kestrel-")
_AFTER = (" spacecraft", " spacecraft.", " spacecraftx", " rover", "  rover", " Rover", "-class telescope", "")
_NAMES = ("Orion", "Orion spacecraft", "Kestrel Shield", "Sea")


class _Doc:  # the one field `_names_a_craft` reads
    def __init__(self, text: str) -> None:
        self.text = text


@pytest.mark.parametrize(("before", "after", "name"), list(itertools.product(_BEFORE, _AFTER, _NAMES)))
def test_a_craft_named_so_is_found_where_the_whole_text_search_finds_it(before: str, after: str, name: str) -> None:
    text = f"{before}Orion{after} and the Sea rover. Kestrel Shield telescope"
    expected = re.search(rf"\b{re.escape(name)} (?:{'|'.join(_CRAFT_NOUNS)})\b", text) is not None
    assert _names_a_craft(_Doc(text), name) is expected  # type: ignore[arg-type]


class _Draft:  # the fields `_short_form_of_operation` reads
    def __init__(self, name: str) -> None:
        self.name, self.kind, self.found_by = name, None, ""
        self.spans: list[tuple[int, int]] = []


@pytest.mark.parametrize(
    ("opening", "after", "name"),
    list(
        itertools.product(
            ("Operation ", "Operation  ", "Operation\n", "Exercise ", "Cooperation ", "the operation ", ""),
            ("", "-class", " began", "s", "."),
            ("Kestrel Shield", "Kestrel", "Shield"),
        )
    ),
)
def test_an_operation_named_without_its_word_is_found_as_searched(opening: str, after: str, name: str) -> None:
    text = f"They began {opening}Kestrel Shield{after} in May. Kestrel Shield lets crews train."
    expected = re.search(rf"\b(?:{_OPERATION_WORDS})\s+{re.escape(name)}(?![\w-])", text) is not None
    assert _short_form_of_operation(text, _Draft(name)) is expected  # type: ignore[arg-type]


def test_a_craft_and_an_operation_still_decide_drafts() -> None:
    kinds = draft_kinds(
        "The Orion spacecraft will get $1.2 billion, the agency said. The navy began Operation Tern Lantern in the "
        'Arafura Sea. "Tern Lantern lets our crews train," Captain Ilse Varn said.'
    )
    assert "Orion" not in kinds and "Tern Lantern" not in kinds, kinds
    assert kinds.get("Ilse Varn") is not None, kinds
