"""Names on English news pages after the seventeenth round (issue 15): shops where a reader can buy
the thing reviewed ("available from Brindlecart"), a firm's former staff ("former Veltronic
engineers"), a person's role before "is" ("The case officer is ..."), and a file's format in capitals
("EPUB files"), which is no body.

Each test ingests invented text through the real extractor and states the drafts an analyst would see."""

from __future__ import annotations

import pytest

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    "sentence, shops",
    [
        (
            "The Lumora 4 costs £149 and is available from Brindlecart and Tavistone Books.",
            ("Brindlecart", "Tavistone Books"),
        ),
        ("The tablet is sold at Merriwell's and online at Quayvend.", ("Merriwell", "Quayvend")),
    ],
)
def test_where_a_reader_can_buy_the_thing_is_a_shop(sentence: str, shops: tuple[str, ...]) -> None:
    kinds = draft_kinds(sentence)
    for shop in shops:
        assert kinds.get(shop) is ActorKind.organization, kinds


@pytest.mark.parametrize(
    "sentence, firm",
    [
        ("The device was designed by former Veltronic engineers in a small office.", "Veltronic"),
        ("Former Ardenmoor employees said the plant had been run down for years.", "Ardenmoor"),
    ],
)
def test_a_firm_s_former_staff_name_the_firm(sentence: str, firm: str) -> None:
    kinds = draft_kinds(sentence)
    assert kinds.get(firm) is ActorKind.organization, kinds
    assert not any(name.startswith("Former") for name in kinds), kinds


def test_former_residents_of_a_town_leave_it_a_place() -> None:
    kinds = draft_kinds("Former residents of Hexham said the town had changed.")
    assert kinds.get("Hexham") is ActorKind.place, kinds


@pytest.mark.parametrize(
    "sentence, person",
    [
        ("The case officer is Ottoline Barraclough and comments close on 3 May.", "Ottoline Barraclough"),
        ("The club treasurer is Wystan Pendlebury, who has served for ten years.", "Wystan Pendlebury"),
    ],
)
def test_a_role_then_is_then_a_full_name_is_a_person(sentence: str, person: str) -> None:
    kinds = draft_kinds(sentence)
    assert kinds.get(person) is ActorKind.person, kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "The reader handles EPUB and PDF files without trouble.",
        "Export the route as KMZ or GPX files before you travel.",
        "The app saves notes in the OPML format.",
    ],
)
def test_a_file_s_format_in_capitals_is_no_body(sentence: str) -> None:
    kinds = draft_kinds(sentence)
    assert not kinds, kinds


def test_a_body_s_files_keep_the_body() -> None:
    kinds = draft_kinds("The NHS and BMA files were leaked to a newspaper.")
    assert kinds.get("BMA") is ActorKind.organization, kinds
