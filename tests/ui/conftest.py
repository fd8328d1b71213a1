"""Fixtures for driving the real browser with Pilot: private config and cache folders, workspaces."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import make_workspace


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """Run `async def` tests in a fresh event loop (Pilot needs one; no plugin needed for that)."""
    if inspect.iscoroutinefunction(pyfuncitem.obj):
        names = pyfuncitem._fixtureinfo.argnames
        asyncio.run(pyfuncitem.obj(**{name: pyfuncitem.funcargs[name] for name in names}))
        return True
    return None


@pytest.fixture(scope="session")
def shared_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One index cache for the session: the seeds' index is built once, not once per test."""
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(autouse=True)
def private_folders(tmp_path: Path, shared_cache: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep every test away from the user's config, state, themes and index cache."""
    config = tmp_path / "config"
    config.mkdir()
    monkeypatch.setenv("DOSSIER_CONFIG_DIR", str(config))
    monkeypatch.setenv("DOSSIER_CACHE_DIR", str(shared_cache))
    monkeypatch.delenv("DOSSIER_WORKSPACE", raising=False)
    return config


@pytest.fixture
def make_app(tmp_path: Path, private_folders: Path) -> Callable[..., object]:
    """A DossierApp on a workspace (by default the tiny one from tests/conftest.py)."""
    from dossier.tui.app import DossierApp

    def factory(root: Path | None = None) -> DossierApp:
        workspace = root if root is not None else make_workspace(tmp_path / "ws")
        return DossierApp(workspace, config_dir=private_folders)  # the index goes under $DOSSIER_CACHE_DIR

    return factory


# Generous: the suite also runs on a loaded 2-core machine. Reached only when the app hangs.
SETTLE_DEADLINE = 60.0


def _busy(app) -> str | None:  # type: ignore[no-untyped-def]
    """What the app is still doing, or None when it is calm."""
    from textual.worker import WorkerState

    running = [worker.name for worker in app.workers if worker.state in (WorkerState.PENDING, WorkerState.RUNNING)]
    if running:
        return f"workers {running}"
    main = getattr(app, "main", None)
    if getattr(main, "_preview_timer", None) is not None:
        return "the profile preview (it waits for results to settle)"
    return None


async def settle(app, pilot) -> None:  # type: ignore[no-untyped-def]
    """Wait for the state, not for a time: the workers (workspace, index, search, palette) are
    done, no preview is pending, animations are over and the screen is redrawn."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + SETTLE_DEADLINE
    while True:
        await pilot.pause()  # deliver pending messages (a key may start a worker)
        await app.workers.wait_for_complete()
        await pilot.wait_for_scheduled_animations()
        busy = _busy(app)
        if busy is None:
            await pilot.pause()
            if _busy(app) is None:
                return
        elif loop.time() > deadline:
            raise AssertionError(f"the app never settled: still busy with {busy}")
        else:
            await pilot.pause(0.02)  # poll: the preview timer fires on its own
