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


# -- the desk: home, review and capture, wide and at 80x24 -------------------------------------------


@pytest.fixture
def desk_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """The tiny workspace with Russia and a draft (written by hand, so ingest changes do not move it)."""
    from dossier.tui.app import DossierApp
    from tests.conftest import write

    config = tmp_path / "config"
    config.mkdir()
    monkeypatch.setenv("DOSSIER_CONFIG_DIR", str(config))
    monkeypatch.setenv("DOSSIER_CACHE_DIR", str(tmp_path / "cache"))
    root = make_workspace(tmp_path / "ws")
    write(root / "actors" / "russia.yaml", "id: russia\nname: Russia\nkind: state\n")
    write(
        root / "actors" / "russian-troops.yaml",
        "id: russian-troops\nname: Russian troops\nkind: armed_force\nstatus: draft\n"
        "found_by: a capitalised name; 1 mention(s) in source article\n",
    )
    return DossierApp(root, config_dir=config)


def _quiet_inputs(pilot: Pilot) -> None:
    for box in pilot.app.screen.query(Input):
        box.cursor_blink = False


async def _review(pilot: Pilot) -> None:
    await _ready(pilot)
    await pilot.press("escape", "d")
    await _ready(pilot)


async def _capture(pilot: Pilot) -> None:
    await _ready(pilot)
    pilot.app.open_quote("q-agreed")
    await pilot.pause()
    await pilot.press("v", "right_parenthesis", "c")
    await pilot.pause()
    _quiet_inputs(pilot)
    await pilot.press(*"lukash")
    await _ready(pilot)
    _quiet_inputs(pilot)


@pytest.mark.parametrize("size", [(120, 36), (80, 24)])
def test_home(snap_compare, desk_app, size) -> None:  # type: ignore[no-untyped-def]
    async def home(pilot: Pilot) -> None:
        await _ready(pilot)
        await pilot.press("down")
        await _ready(pilot)

    assert snap_compare(desk_app, terminal_size=size, run_before=home)


@pytest.mark.parametrize("size", [(120, 36), (80, 24)])
def test_review(snap_compare, desk_app, size) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(desk_app, terminal_size=size, run_before=_review)


@pytest.mark.parametrize("size", [(120, 36), (80, 24)])
def test_capture_quote(snap_compare, desk_app, size) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(desk_app, terminal_size=size, run_before=_capture)
