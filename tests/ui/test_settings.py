"""Themes, remembered choices, remapped keys, the problems view and small terminals."""

from __future__ import annotations

import json
from pathlib import Path

from dossier.tui.screens.problems import ProblemsScreen
from dossier.tui.screens.reader import ReaderScreen
from tests.conftest import write
from tests.ui.conftest import settle
from tests.ui.screen import screen_text


async def test_bundled_themes_load_and_the_chosen_one_is_remembered(make_app, private_folders: Path) -> None:
    app = make_app()
    async with app.run_test() as pilot:
        await settle(app, pilot)
        assert app.theme == "dossier-dark"
        assert {"dossier-dark", "dossier-light", "dossier-high-contrast"} <= set(app.available_themes)
        await pilot.press("f2")  # the theme picker of the command palette
        await pilot.pause()
        await pilot.press(*"dossier-light")
        await settle(app, pilot)  # the palette gathers its hits in a worker
        await pilot.press("enter")
        await pilot.pause()
        assert app.theme == "dossier-light"
    assert json.loads((private_folders / "state.json").read_text())["theme"] == "dossier-light"
    again = make_app()
    async with again.run_test() as pilot:
        assert again.theme == "dossier-light"


async def test_a_theme_started_in_looks_as_it_does_when_switched_to(make_app, private_folders: Path) -> None:
    # The app starts in the remembered theme without Textual's theme watcher (one parse of the
    # stylesheets instead of two): what it draws must be what switching to the theme draws.
    def looks(app) -> tuple[object, ...]:  # type: ignore[no-untyped-def]
        widgets = [app.screen, *app.screen.query("#status, #search-input, #home, Footer")]
        return (
            app.theme,
            app.get_css_variables(),
            sorted(app.classes),
            app.ansi_theme,
            [(w.styles.background, w.styles.color, w.styles.border) for w in widgets],
        )

    switched = make_app()
    async with switched.run_test() as pilot:
        await settle(switched, pilot)
        switched.theme = "dossier-light"
        await settle(switched, pilot)
        expected = looks(switched)
    (private_folders / "state.json").write_text('{"theme": "dossier-light"}\n')
    started = make_app()
    async with started.run_test() as pilot:
        await settle(started, pilot)
        assert looks(started) == expected
        assert "-light-mode" in started.classes and "-theme-dossier-light" in started.classes


async def test_a_user_theme_loads_and_a_broken_one_falls_back_with_a_notice(make_app, private_folders: Path) -> None:
    write(private_folders / "themes" / "mine.yaml", 'name: mine\nprimary: "#00aa00"\ndark: false\n')
    write(private_folders / "themes" / "broken.yaml", 'name: broken\nprimary: "not-a-colour"\n')
    write(private_folders / "config.toml", 'theme = "broken"\n')
    app = make_app()
    async with app.run_test() as pilot:
        await settle(app, pilot)
        assert "mine" in app.available_themes
        assert "broken" not in app.available_themes
        assert app.theme == "dossier-dark"
        messages = " ".join(str(notice.message) for notice in app._notifications)
        assert "themes/broken.yaml: primary: 'not-a-colour' is not a colour" in messages
        assert "theme 'broken' is not available" in messages


async def test_keys_can_be_remapped_by_id(make_app, private_folders: Path) -> None:
    write(private_folders / "config.toml", '[keymap]\n"main.search" = "ctrl+f"\n"no.such" = "x"\n')
    app = make_app()
    async with app.run_test() as pilot:
        await settle(app, pilot)
        await pilot.press("tab")
        assert app.focused.id == "profile-list"
        await pilot.press("ctrl+f")
        assert app.focused.id == "search-input"
        messages = " ".join(str(notice.message) for notice in app._notifications)
        assert "unknown command id 'no.such'" in messages
        await pilot.press("f1")
        help_text = app.screen.help_text()
        line = next(line for line in help_text.splitlines() if line.endswith("main.search"))
        assert line.split()[0] == "^f"


async def test_problems_view_lists_broken_files_and_the_rest_works(make_app, tmp_path: Path) -> None:
    from tests.conftest import make_workspace

    root = make_workspace(tmp_path / "ws")
    write(root / "actors" / "broken.yaml", "id: broken\nname: Broken\nkind: wizard\n")
    write(root / "events" / "bad.yaml", "id: bad\ntitle: [unclosed\n")
    app = make_app(root)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        assert "2 problems (press !)" in screen_text(app)
        await pilot.press("tab", "!")
        await pilot.pause()
        assert isinstance(app.screen, ProblemsScreen)
        text = screen_text(app)
        assert "actors/broken.yaml:3:7: kind: 'wizard' is not allowed here" in text
        assert "events/bad.yaml:3:1: did not find expected" in text
        await pilot.press("escape")
        app.open_record("lukashenka")  # everything else still works
        await pilot.pause()
        assert "Alyaksandr Lukashenka" in screen_text(app)


async def test_small_terminals_do_not_break(make_app) -> None:
    app = make_app()
    for size in ((60, 20), (14, 6)):
        async with app.run_test(size=size) as pilot:
            await settle(app, pilot)
            app.open_record("lukashenka")
            await pilot.pause()
            app.open_quote("q-denied")
            await pilot.pause()
            assert isinstance(app.screen, ReaderScreen)
            await pilot.press("n", "escape", "f1", "escape")
            await pilot.resize_terminal(size[0] // 2 or 1, size[1])
            await pilot.pause()
            assert app.is_running
        app = type(app)(app.workspace_root, config_dir=app.config_dir, cache_dir=app.cache_dir)
