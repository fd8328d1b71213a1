"""Home: with an empty query the search pane lists the whole workspace, reachable by arrows and Enter."""

from __future__ import annotations

from pathlib import Path

from dossier.tui.screens.problems import ProblemsScreen
from dossier.tui.screens.review import ReviewScreen
from tests.conftest import make_workspace, write
from tests.ui.conftest import settle
from tests.ui.screen import screen_text


async def test_home_lists_actors_by_kind_events_sources_and_opens_with_enter(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        home = app.main.search.home
        assert home.display and home.rows
        titles = [(row.kind, row.title, row.badge, row.detail) for row in home.rows]
        assert ("section", "People · 1", "", "") in titles
        assert ("actor", "Alyaksandr Lukashenka", "", "2 quotes") in titles
        assert ("actor", "Belarus", "", "2 quotes") in titles
        assert any(t[0] == "event" and t[1] == "Tanks cross at Senkivka" and t[2] == "2022-02-24" for t in titles)
        assert any(t[0] == "source" and t[1] == "Test article" and t[2] == "C" for t in titles)
        text = screen_text(app)
        assert "People · 1" in text and "Alyaksandr Lukashenka" in text and "2 quotes" in text
        # No query needed: down from the query box, then arrows and Enter.
        await pilot.press("down")
        assert app.focused is home
        assert home.current.title == "Alyaksandr Lukashenka"
        await pilot.pause()
        assert app.main.current_record == "lukashenka"  # previewed as the cursor lands
        await pilot.press("down")
        assert home.current.title == "Belarus"  # "States" heading is skipped
        await pilot.press("end")
        assert home.current.kind == "source"
        await pilot.press("enter")
        await pilot.pause()
        assert app.main.current_record == "article"
        # Typing searches; clearing the query brings home back where it was.
        await pilot.press("slash", *"tanks")
        await settle(app, pilot)
        assert not home.display and app.main.search.hits
        await pilot.press(*["backspace"] * len("tanks"))
        await settle(app, pilot)
        assert home.display and home.current.kind == "source"


async def test_home_shows_drafts_waiting_and_files_with_problems(make_app, tmp_path: Path) -> None:
    root = make_workspace(tmp_path / "ws2")
    write(root / "actors" / "pinsk.yaml", "id: pinsk\nname: Pinsk\nkind: place\nstatus: draft\n")
    write(root / "actors" / "broken.yaml", "id: broken\nname: [unclosed\n")
    app = make_app(root)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        rows = app.main.search.home.rows
        assert rows[0].title == "To review · 1" and rows[1].kind == "review"
        problem = next(row for row in rows if row.kind == "problem")
        assert problem.title == "actors/broken.yaml"
        places = next(n for n, row in enumerate(rows) if row.title.startswith("Places"))
        assert any(row.title == "Pinsk" and row.detail == "0 quotes · draft" for row in rows[places:])
        await pilot.press("down")
        assert app.main.search.home.current.kind == "review"
        # Enter on those rows: the list posts up, and the app opens review or the problems view.
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ReviewScreen) and app.screen.current.id == "pinsk"
        await pilot.press("escape")
        await settle(app, pilot)
        home = app.main.search.home
        while home.current.kind != "problem":
            await pilot.press("down")
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ProblemsScreen)
