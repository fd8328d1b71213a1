"""Editing records in the app: the form with inline errors, conflicts with the disk, and $EDITOR."""

from __future__ import annotations

import sys

import pytest

from dossier.tui.screens.edit import EditScreen
from dossier.workspace import load_workspace
from tests.conftest import write
from tests.ui.conftest import settle
from tests.ui.screen import screen_text


async def _edit(app, pilot, record_id: str) -> EditScreen:  # type: ignore[no-untyped-def]
    await settle(app, pilot)
    app.open_record(record_id)
    await pilot.pause()
    await pilot.press("escape", "E")  # out of the query box, then edit
    await pilot.pause()
    assert isinstance(app.screen, EditScreen)
    return app.screen


async def test_an_invalid_form_shows_errors_inline_and_saves_nothing_until_valid(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await _edit(app, pilot, "lukashenka")
        path = app.workspace_root / "actors" / "lukashenka.yaml"
        before = path.read_bytes()
        await pilot.press("end", *["backspace"] * len("Alyaksandr Lukashenka"))
        await pilot.pause()
        assert "✗ String should have at least 1 character" in screen_text(app)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, EditScreen)
        assert "Not saved: fix the fields marked first." in screen_text(app)
        assert path.read_bytes() == before
        await pilot.press(*"Belarus")  # another actor's name: refused too
        await pilot.pause()
        assert "'Belarus' is already a name of actor 'belarus'" in screen_text(app)
        await pilot.press(*["backspace"] * 7, *"Alexander Lukashenko", "ctrl+s")
        await settle(app, pilot)
        assert app.screen is app.main
        assert load_workspace(app.workspace_root).actors["lukashenka"].name == "Alexander Lukashenko"
        assert "Alexander Lukashenko" in screen_text(app)  # the profile shows it at once


async def test_a_file_changed_on_disk_while_editing_is_a_conflict_showing_both(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _edit(app, pilot, "belarus")
        path = app.workspace_root / "actors" / "belarus.yaml"
        theirs = "id: belarus\nname: Republic of Belarus\nkind: state\n"
        path.write_text(theirs)
        await pilot.press("end", *" (state)", "ctrl+s")
        await pilot.pause()
        text = screen_text(app)
        assert "On disk now" in text and "Republic of Belarus" in text
        assert "Yours (not saved)" in text and "Belarus (state)" in text
        assert path.read_text() == theirs  # neither version was overwritten
        await pilot.press("ctrl+r")  # take theirs
        await pilot.pause()
        assert screen.query_one("#field-name").value == "Republic of Belarus"
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert load_workspace(app.workspace_root).actors["belarus"].name == "Republic of Belarus"


async def test_editor_writes_an_invalid_file_it_is_kept_and_the_problem_shown_then_undone(
    make_app, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = write(
        tmp_path / "editor.py",
        "import sys, pathlib\np = pathlib.Path(sys.argv[1])\n"
        "p.write_text(p.read_text().replace('kind: state', 'kind: nation'))\n",
    )
    monkeypatch.setenv("VISUAL", f"{sys.executable} {editor}")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        app.open_record("belarus")
        await pilot.pause()
        path = app.workspace_root / "actors" / "belarus.yaml"
        before = path.read_bytes()
        await pilot.press("escape", "ctrl+e")
        await settle(app, pilot)
        assert b"kind: nation" in path.read_bytes()  # kept exactly as the editor left it
        messages = " ".join(str(n.message) for n in app._notifications)
        assert "actors/belarus.yaml is kept as you wrote it, but it does not load: line 3" in messages
        assert any(p.path == "actors/belarus.yaml" for p in app.workspace.problems)
        await pilot.press("ctrl+z")
        await settle(app, pilot)
        assert path.read_bytes() == before
