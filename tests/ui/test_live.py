"""Live with the files on disk: changes made elsewhere are reloaded, the view kept, edits in conflict shown."""

from __future__ import annotations

import time
from collections.abc import Callable

from dossier.tui.screens.edit import EditScreen
from tests.ui.conftest import settle
from tests.ui.screen import screen_text


async def until(app, pilot, condition: Callable[[], bool], deadline: float = 10.0) -> None:  # type: ignore[no-untyped-def]
    """Wait for a state (the watcher runs in its own thread); fail only after a generous deadline."""
    end = time.monotonic() + deadline
    while not condition():
        assert time.monotonic() < end, "the state never came"
        await pilot.pause(0.05)
        await app.workers.wait_for_complete()


async def test_a_file_changed_elsewhere_is_reloaded_searchable_and_the_view_kept(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        app.open_record("belarus")
        await pilot.press("escape")  # into home; the cursor stays where it was
        await pilot.pause()
        cursor = app.main.search.home.cursor
        path = app.workspace_root / "actors" / "belarus.yaml"
        path.write_text("id: belarus\nname: Belarus\nkind: state\naliases:\n  - Belarussia\n")
        await until(app, pilot, lambda: app.workspace.actors["belarus"].aliases == ["Belarussia"])
        await until(app, pilot, lambda: bool(app.index.search("Belarussia", limit=5).hits))
        assert app.index.search("Belarussia", limit=5).hits[0].id == "belarus"
        assert app.main.current_record == "belarus" and app.main.search.home.cursor == cursor
        await until(app, pilot, lambda: "also Belarussia" in screen_text(app))


async def test_a_broken_file_is_reported_and_the_rest_keeps_working(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        (app.workspace_root / "actors" / "senkivka.yaml").write_text("id: senkivka\nname: [oops\n")
        await until(app, pilot, lambda: any(p.path == "actors/senkivka.yaml" for p in app.workspace.problems))
        await until(app, pilot, lambda: "1 problem (press !)" in screen_text(app))
        assert any(row.kind == "problem" for row in app.main.search.home.rows)
        app.open_record("lukashenka")
        await pilot.pause()
        assert "Alyaksandr Lukashenka" in screen_text(app)


async def test_a_record_being_edited_that_changes_on_disk_shows_a_conflict_at_once(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        app.open_record("belarus")
        await pilot.pause()
        await pilot.press("escape", "E", *" typed")
        await pilot.pause()
        assert isinstance(app.screen, EditScreen)
        theirs = "id: belarus\nname: Belarus\nkind: state\nsummary: Written in another editor.\n"
        (app.workspace_root / "actors" / "belarus.yaml").write_text(theirs)
        await until(app, pilot, lambda: "On disk now" in screen_text(app))
        text = screen_text(app)
        assert "Written in another editor." in text and "Belarus typed" in text
        assert (app.workspace_root / "actors" / "belarus.yaml").read_text() == theirs
        await pilot.press("ctrl+o")  # keep mine, explicitly
        await settle(app, pilot)
        assert "name: Belarus typed" in (app.workspace_root / "actors" / "belarus.yaml").read_text()


async def test_a_changed_file_reaches_search_through_an_update_of_that_file_only(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        # Record what the app asks the real index to look at (the update itself runs unchanged).
        asked: list[object] = []
        update = app.index.update

        def recording_update(paths=None):  # type: ignore[no-untyped-def]
            asked.append(None if paths is None else sorted(str(path) for path in paths))
            return update(paths)

        app.index.update = recording_update
        path = app.workspace_root / "actors" / "belarus.yaml"
        path.write_text("id: belarus\nname: Belarus\nkind: state\nnotes: reported as Zyzzogeton\n")
        await until(app, pilot, lambda: bool(app.index.search("Zyzzogeton", limit=5).hits))
        assert app.index.search("Zyzzogeton", limit=5).hits[0].id == "belarus"
        # Only the changed file was named: no scan of the whole workspace went before it.
        assert asked == [["actors/belarus.yaml"]]


async def test_the_reload_notice_names_a_long_file_whole_on_one_line_at_80_columns(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:  # toasts drawn, as a user sees them
        await settle(app, pilot)
        name = "the-belarusian-ministry-of-defence-press-service"
        path = app.workspace_root / "actors" / f"{name}.yaml"
        path.write_text(f"id: {name}\nname: Belarusian MoD press service\nkind: organization\n")
        await until(app, pilot, lambda: name in app.workspace.actors)
        shown = "actors/…nce-press-service.yaml"
        await until(app, pilot, lambda: any(shown in str(n.message) for n in app._notifications))
        await until(app, pilot, lambda: shown in screen_text(app))  # drawn whole, on one line of the toast
        assert f"{name}.yaml" not in screen_text(app).replace("\n", "")
