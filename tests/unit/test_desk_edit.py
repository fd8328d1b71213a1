"""Editing actors and events: problems by field, nothing saved until valid, conflicts never overwritten."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.desk.edit import Conflict, EditDesk, EditError
from dossier.desk.journal import Journal
from dossier.workspace import load_workspace
from tests.conftest import make_workspace
from tests.unit.ingest_helpers import assert_valid


@pytest.fixture
def desk(tmp_path: Path) -> EditDesk:
    root = make_workspace(tmp_path / "ws")
    return EditDesk(root, load_workspace(root), Journal(root))


def test_problems_are_named_by_field_and_nothing_is_saved_until_valid(desk: EditDesk) -> None:
    values = desk.values_of("actors", "lukashenka")
    assert values["aliases"] == "Lukashenko" and values["relations"] == "leader-of belarus"
    before = (desk.root / "actors" / "lukashenka.yaml").read_bytes()
    bad = {**values, "name": "", "aliases": "Lukashenko\nBelarus", "relations": "leader-of nowhere 2025-13"}
    problems = desk.problems("actors", "lukashenka", bad)
    assert problems["name"] == "String should have at least 1 character"
    assert problems["aliases"] == "'Belarus' is already a name of actor 'belarus'"
    assert "relations" in problems
    with pytest.raises(EditError):
        desk.save("actors", "lukashenka", bad, desk.snapshot("actors", "lukashenka"))
    assert (desk.root / "actors" / "lukashenka.yaml").read_bytes() == before
    event = desk.values_of("events", "tanks-cross")
    assert desk.problems("events", "tanks-cross", {**event, "date": "24 Feb"})["date"]
    assert desk.problems("events", "tanks-cross", {**event, "place": "atlantis"})["place"] == (
        "no actor has the id 'atlantis'"
    )


def test_a_valid_edit_keeps_other_fields_and_is_undone_byte_for_byte(desk: EditDesk) -> None:
    path = desk.root / "actors" / "lukashenka.yaml"
    path.write_text(path.read_text() + "notes: kept by the form\n")
    desk.workspace = load_workspace(desk.root)
    before = path.read_bytes()
    values = {
        **desk.values_of("actors", "lukashenka"),
        "summary": "President of Belarus.",
        "aliases": "Lukashenko\nЛукашенко",
    }
    desk.save("actors", "lukashenka", values, desk.snapshot("actors", "lukashenka"))
    saved = load_workspace(desk.root).actors["lukashenka"]
    assert saved.summary == "President of Belarus." and saved.aliases == ["Lukashenko", "Лукашенко"]
    assert saved.notes == "kept by the form" and saved.relations[0].target == "belarus"
    assert_valid(desk.root)
    desk.journal.undo()
    assert path.read_bytes() == before


def test_a_file_changed_on_disk_meanwhile_is_a_conflict_with_both_versions(desk: EditDesk) -> None:
    read = desk.snapshot("actors", "belarus")
    path = desk.root / "actors" / "belarus.yaml"
    path.write_text("id: belarus\nname: Republic of Belarus\nkind: state\n")
    values = {**desk.values_of("actors", "belarus"), "summary": "A state."}
    with pytest.raises(Conflict) as raised:
        desk.save("actors", "belarus", values, read)
    assert "Republic of Belarus" in raised.value.on_disk and "summary: A state." in raised.value.mine
    assert path.read_text() == "id: belarus\nname: Republic of Belarus\nkind: state\n"
    desk.save("actors", "belarus", values, read, force=True)  # the analyst chose to keep theirs
    assert load_workspace(desk.root).actors["belarus"].summary == "A state."
