"""The review desk refuses an edit that would give a draft actor another actor's name (the $EDITOR path too)."""

from __future__ import annotations

from pathlib import Path

from dossier.desk.review import ReviewDesk
from dossier.ingest.service import ingest_file
from tests.conftest import make_workspace, write
from tests.unit.ingest_helpers import assert_valid, snapshot

STORY = (
    "---\ntitle: Troops arrive in Pinsk\npublished: 2022-02-28\n---\n"
    "Troops arrived in Pinsk on Monday, a local official said.\n"
)


def test_an_edited_draft_that_takes_another_actors_alias_is_refused_naming_it(tmp_path: Path) -> None:
    root = make_workspace(tmp_path / "ws")
    assert ingest_file(root, write(tmp_path / "pinsk.md", STORY)).status == "added"
    before = snapshot(root)
    desk = ReviewDesk(root)
    item = desk.item("pinsk")
    assert item is not None
    edited = desk.edit_text(item).replace("name: Pinsk", "name: LUKASHENKO")
    problem = desk.apply_edit(item, edited)
    assert problem is not None
    assert "'LUKASHENKO' is already an alias ('Lukashenko') of Alyaksandr Lukashenka ('lukashenka')" in problem
    assert "press m to merge this draft into it" in problem
    assert snapshot(root) == before and not desk.journal.can_undo
    assert_valid(root)
