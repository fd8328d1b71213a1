"""Class 1 in the browser's own widgets: names and paths that look like Textual markup.

Where Textual takes a markup string (border titles given as `str`, a command palette hit's
help), a workspace name like `[/b]` would crash the app with a MarkupError, `[bold]` would
vanish into styling and `[@click=app.quit]` would become a live action. Driven with Pilot.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from dossier.tui.app import DossierApp
from tests.conftest import make_workspace
from tests.ui.screen import screen_text

HOSTILE_NAMES = ["[/b]", "[@click=app.quit]quit[/]", "[bold]x[/bold]", "[/", "[0]"]


async def _settle(app: DossierApp, pilot) -> None:  # type: ignore[no-untyped-def]
    for _ in range(3):
        await app.workers.wait_for_complete()
        await pilot.pause()


def test_a_workspace_folder_named_like_markup_shows_in_the_problems_title(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A path is shown whole, so its folders can spell a closing tag: "ws[" inside it "b]".
    labels = ["ws[/b]", "ws[@click=app.quit]quit[/]", "ws[bold]x[/bold]"]
    monkeypatch.chdir(tmp_path)  # the title shows the path relative to here

    async def run() -> list[str]:
        titles = []
        for label in labels:
            root = make_workspace(tmp_path / label)
            (root / "actors" / "bad.yaml").write_text("id: [\n")
            app = DossierApp(root, config_dir=tmp_path / "config", cache_dir=tmp_path / "cache")
            async with app.run_test(size=(120, 30)) as pilot:
                await _settle(app, pilot)
                app.action_problems()
                await _settle(app, pilot)
                assert app.is_running and type(app.screen).__name__ == "ProblemsScreen"
                titles += [line.strip() for line in screen_text(app).splitlines() if "1 problem in" in line]
        return titles

    titles = asyncio.run(run())
    assert [title.split("─ ", 1)[1].split(" ─")[0] for title in titles] == [f"1 problem in {label}" for label in labels]


def test_an_actor_named_like_markup_is_shown_literally_in_the_palette(tmp_path: Path) -> None:
    root = make_workspace(tmp_path / "ws")
    for number, name in enumerate(HOSTILE_NAMES):
        (root / "actors" / f"m{number}.yaml").write_text(
            f'id: m{number}\nname: "Minsk{number} {name}"\nkind: place\n', encoding="utf-8"
        )

    async def run() -> list[str]:
        app = DossierApp(root, config_dir=tmp_path / "config", cache_dir=tmp_path / "cache")
        async with app.run_test(size=(150, 50)) as pilot:
            await _settle(app, pilot)
            app.action_command_palette()
            await pilot.pause()
            await pilot.press(*"Minsk")
            for _ in range(20):  # the palette searches in a worker
                await asyncio.sleep(0.1)
                await pilot.pause()
                shown = [line.strip(" │▊▎") for line in screen_text(app).splitlines() if "Open the profile" in line]
                if len(shown) >= len(HOSTILE_NAMES):
                    break
            assert app.is_running
            return shown

    shown = asyncio.run(run())
    for number, name in enumerate(HOSTILE_NAMES):
        assert f"Open the profile of Minsk{number} {name}" in shown, shown
