"""One SVG snapshot per analysis view, at 80x24, on the tiny workspace of `tests/conftest.py` plus a few
events whose dates show every way the timeline draws one (a day, an uncertain month, a range, an
approximate day, an unknown year). Update with: pytest tests/snapshots --snapshot-update
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from tests.conftest import make_workspace, write

EVENTS = {
    "talks": ("Talks proposed in Minsk", "2022-02?", "lukashenka"),
    "buildup": ("Troops build up", "2022-02-14/2022-02-23", "belarus"),
    "alert": ("Alert raised", "2022-02-27~", "belarus"),
    "anniversary": ("Anniversary parade", "XXXX-07-03", "belarus"),
}


@pytest.fixture
def app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    from dossier.tui.app import DossierApp

    config = tmp_path / "config"
    config.mkdir()
    monkeypatch.setenv("DOSSIER_CONFIG_DIR", str(config))
    monkeypatch.setenv("DOSSIER_CACHE_DIR", str(tmp_path / "cache"))
    root = make_workspace(tmp_path / "ws")
    for event_id, (title, date, actor) in EVENTS.items():
        write(
            root / "events" / f"{event_id}.yaml",
            f'id: {event_id}\ntitle: {title}\ndate: "{date}"\nparticipants:\n  - actor: {actor}\n    role: party\n',
        )
    return DossierApp(root, config_dir=config)


async def _settle(pilot: Pilot) -> None:
    app = pilot.app
    for box in app.query(Input):
        box.cursor_blink = False
    for _ in range(3):
        await app.workers.wait_for_complete()
        await pilot.pause()
    await pilot.wait_for_scheduled_animations()
    app.clear_notifications()
    await pilot.pause()


def _open(*keys: str, record: str | None = None):  # type: ignore[no-untyped-def]
    async def run(pilot: Pilot) -> None:
        await _settle(pilot)
        if record:
            pilot.app.open_record(record)  # type: ignore[attr-defined]
            await pilot.pause()
        await pilot.press("escape", *keys)
        await _settle(pilot)

    return run


def test_timeline(snap_compare, app) -> None:  # type: ignore[no-untyped-def]
    # An event in the profile: the timeline opens on all events.
    assert snap_compare(app, terminal_size=(80, 24), run_before=_open("t", "down", record="talks"))


def test_contested(snap_compare, app) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(app, terminal_size=(80, 24), run_before=_open("c"))


def test_network(snap_compare, app) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(app, terminal_size=(80, 24), run_before=_open("n", record="lukashenka"))
