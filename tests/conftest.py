"""Shared fixtures: a small valid workspace written to a temporary folder."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tests.unprivileged import scratch  # noqa: F401 (a fixture, for every test)

SOURCE_TEXT = (
    "Lukashenka announced that he had agreed to keep Russian troops in Belarus. "
    "Lukashenko denied that Belarusian soldiers would be involved. "
    "Tanks crossed the Senkivka checkpoint on February 24.\n"
)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def make_workspace(root: Path, text: str = SOURCE_TEXT) -> Path:
    """A tiny workspace: one source, two actors, one place, one event, two quotes."""
    write(root / "sources" / "article.txt", text)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    write(
        root / "sources" / "article.yaml",
        f"id: article\ntitle: Test article\npublished: 2022-02-28\nreliability: C\nsha256: {digest}\n",
    )
    write(
        root / "actors" / "lukashenka.yaml",
        "id: lukashenka\nname: Alyaksandr Lukashenka\nkind: person\naliases:\n  - Lukashenko\n"
        "relations:\n  - type: leader-of\n    target: belarus\n",
    )
    write(root / "actors" / "belarus.yaml", "id: belarus\nname: Belarus\nkind: state\n")
    write(root / "actors" / "senkivka.yaml", "id: senkivka\nname: Senkivka\nkind: place\n")
    write(
        root / "events" / "tanks-cross.yaml",
        "id: tanks-cross\ntitle: Tanks cross at Senkivka\ndate: 2022-02-24\ndate_text: February 24\n"
        "place: senkivka\nparticipants:\n  - actor: belarus\n    role: territory used\n",
    )
    first = "he had agreed to keep Russian troops in Belarus"
    second = "Lukashenko denied that Belarusian soldiers would be involved"
    quotes = ""
    for quote_id, exact, stance in (("q-agreed", first, "asserts"), ("q-denied", second, "denies")):
        start = text.index(exact)
        end = start + len(exact)
        prefix, suffix = text[max(0, start - 32) : start], text[end : end + 32]
        quotes += (
            f"- id: {quote_id}\n  source: article\n  exact: {exact!r}\n  prefix: {prefix!r}\n"
            f"  suffix: {suffix!r}\n  start: {start}\n  end: {end}\n  attributed_to: lukashenka\n"
            f"  about: [lukashenka, belarus]\n  stance: {stance}\n  credibility: 3\n"
        )
    write(root / "quotes" / "article.yaml", quotes)
    return root


@pytest.fixture
def workspace_dir(tmp_path: Path) -> Path:
    return make_workspace(tmp_path / "ws")


@pytest.fixture(autouse=True)
def isolated_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own cache folder, so nothing is read from or written to the user's."""
    folder = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("DOSSIER_CACHE_DIR", str(folder))
    return folder
