"""A fiftieth round on the held-out styles (re3d-style BBC, CENTCOM, DFAT, EU and Wikipedia pages): states
whose names hold "and", places opened by a saint's abbreviation, and a short rank inside a longer title. Every
example is invented; each test says what the analyst sees."""

from __future__ import annotations

from dossier.ingest.extract import extract
from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


def test_a_state_whose_name_holds_and_is_one_state() -> None:
    kinds = draft_kinds("Sao Tome and Principe has asked for help to patrol its waters.")
    assert kinds.get("Sao Tome and Principe") is ActorKind.state
    assert "Principe" not in kinds


def test_a_state_with_and_stays_whole_inside_a_body_after_the() -> None:
    kinds = draft_kinds("Sailors of the Sao Tome and Principe Coast Guard boarded the trawler.")
    assert "Sao Tome and Principe Coast Guard" in kinds
    assert "Sao Tome" not in kinds


def test_a_place_opened_by_st_is_the_saint_place() -> None:
    actors = extract("Relief flights reached St Helena on Tuesday.", None, [], set(), "tag").actors
    helena = next(a for a in actors if "Saint Helena" in (a.name, *a.aliases))
    assert helena.kind is ActorKind.place


def test_a_short_rank_after_a_post_names_the_holder_with_the_rank() -> None:
    text = "He met Tarvel Border Guard Commander Brig. Gen. Oskar Vennholt-Raa in the capital."
    person = next(a for a in extract(text, None, [], set(), "tag").actors if a.name == "Oskar Vennholt-Raa")
    assert "Brig. Gen. Oskar Vennholt-Raa" in person.aliases


def test_a_rank_alone_adds_no_shorter_rank() -> None:
    text = "He met Maj. Gen. Oskar Vennholt-Raa in the capital."
    person = next(a for a in extract(text, None, [], set(), "tag").actors if a.name == "Oskar Vennholt-Raa")
    assert "Gen. Oskar Vennholt-Raa" not in person.aliases
