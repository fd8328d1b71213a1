"""The hostile suite gets its own cache folder, so no case reads or damages the user's cache."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(scope="session", autouse=True)
def private_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    # Session-wide (not monkeypatch), so module-scoped fixtures that run the CLI see it too.
    cache = tmp_path_factory.mktemp("cache")
    before = os.environ.get("DOSSIER_CACHE_DIR")
    os.environ["DOSSIER_CACHE_DIR"] = str(cache)
    yield cache
    if before is None:
        os.environ.pop("DOSSIER_CACHE_DIR", None)
    else:
        os.environ["DOSSIER_CACHE_DIR"] = before
