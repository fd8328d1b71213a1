"""Shared fixtures: a small valid workspace written to a temporary folder."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
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
def isolated_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test gets its own cache folder, so nothing is read from or written to the user's.

    The place table is the exception (and wordfreq's figures, `word_frequencies`, and py3langid's unpacked
    model, `language`): built once (~20 s) by the
    first test whose ingest needs it,
    then lent to every later test's folder. Without this, each test that runs `dossier ingest` in a
    subprocess built it again. A test of the first-use build names a fresh folder of its own.
    """
    folder = tmp_path_factory.mktemp("cache")
    shelf = tmp_path_factory.getbasetemp() / "built-place-tables"
    words = tmp_path_factory.getbasetemp() / "built-word-frequencies"
    model = tmp_path_factory.getbasetemp() / "unpacked-language-model"  # (68 MB: lent, never copied)
    _lend(shelf, folder / "gazetteer")
    _lend(words, folder / "wordfreq")
    _lend(model, folder / "langid")
    monkeypatch.setenv("DOSSIER_CACHE_DIR", str(folder))
    yield folder
    _lend(folder / "gazetteer", shelf)
    _lend(folder / "wordfreq", words)
    _lend(folder / "langid", model)


def _lend(source: Path, target: Path) -> None:
    """Hard-link the built tables in `source` into `target`: the cache writes whole new files (a
    rename), never into an old one, so a link shares the bytes without letting one test change
    another's. A table already in `target` stays; where links are not allowed, nothing is lent."""
    if not source.is_dir():
        return
    for table in [*source.glob("*.json"), *source.glob("*.marshal"), *source.glob("*.bin"), *source.glob("*.npy")]:
        try:
            target.mkdir(parents=True, exist_ok=True)
            if not (target / table.name).exists():
                os.link(table, target / table.name)
        except OSError:
            return
