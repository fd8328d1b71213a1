"""SVG snapshots of each screen (pytest-textual-snapshot). Update with: pytest tests/snapshots --snapshot-update

They run on the tiny workspace of `tests/conftest.py` (so they do not change whenever the
seeds grow), with a private config folder and the cursor not blinking, so they only change
when the screen does.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from tests.conftest import make_workspace
from tests.ui.conftest import settle


@pytest.fixture
def app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    from dossier.tui.app import DossierApp

    config = tmp_path / "config"
    config.mkdir()
    monkeypatch.setenv("DOSSIER_CONFIG_DIR", str(config))
    monkeypatch.setenv("DOSSIER_CACHE_DIR", str(tmp_path / "cache"))
    return DossierApp(make_workspace(tmp_path / "ws"), config_dir=config)


async def _ready(pilot: Pilot) -> None:
    app = pilot.app
    for box in app.query(Input):
        box.cursor_blink = False
    await settle(app, pilot)
    app.clear_notifications()
    await pilot.pause()


def _then(*steps):  # type: ignore[no-untyped-def]
    async def run(pilot: Pilot) -> None:
        await _ready(pilot)
        for step in steps:
            step(pilot.app)
            await pilot.pause()
        await _ready(pilot)

    return run


def test_main_screen_searching(snap_compare, app) -> None:  # type: ignore[no-untyped-def]
    async def search(pilot: Pilot) -> None:
        await _ready(pilot)
        await pilot.press("/", *"lukashenko")
        await _ready(pilot)

    assert snap_compare(app, terminal_size=(100, 30), run_before=search)


def test_reader(snap_compare, app) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(app, terminal_size=(100, 30), run_before=_then(lambda a: a.open_quote("q-denied")))


def test_help(snap_compare, app) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(app, terminal_size=(100, 30), press=["f1"], run_before=_ready)


def test_light_theme(snap_compare, app) -> None:  # type: ignore[no-untyped-def]
    def light(a) -> None:  # type: ignore[no-untyped-def]
        a.theme = "dossier-light"
        a.open_record("lukashenka")

    assert snap_compare(app, terminal_size=(100, 30), run_before=_then(light))


def test_narrow_60x20(snap_compare, app) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(app, terminal_size=(60, 20), run_before=_then(lambda a: a.open_record("lukashenka")))


def test_reader_80x24_high_contrast(snap_compare, app) -> None:  # type: ignore[no-untyped-def]
    def contrast(a) -> None:  # type: ignore[no-untyped-def]
        a.theme = "dossier-high-contrast"
        a.open_quote("q-agreed")

    assert snap_compare(app, terminal_size=(80, 24), run_before=_then(contrast))
