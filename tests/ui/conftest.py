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


async def settle(app, pilot) -> None:  # type: ignore[no-untyped-def]
    """Wait until the workers (workspace, index, search) are done and the screen is redrawn."""
    for _ in range(3):
        await app.workers.wait_for_complete()
        await pilot.pause()
    await pilot.pause(0.2)  # the profile preview waits for results to settle (PREVIEW_DELAY)
    await pilot.pause()
