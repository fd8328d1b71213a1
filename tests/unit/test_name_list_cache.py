"""Person-name lists are built once per machine, read back after, and built again when their recipe changes."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.ingest.name_list_cache import cached_names
from dossier.ingest.names import _build_given_names, is_given_name


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DOSSIER_CACHE_DIR", str(tmp_path))
    return tmp_path / "names"


def test_a_list_is_built_once_then_read_back(cache: Path) -> None:
    builds: list[int] = []

    def build() -> frozenset[str]:
        builds.append(1)
        return frozenset({"ada", "kwabena"})

    assert cached_names("given-names", ("v1",), build) == {"ada", "kwabena"}
    assert cached_names("given-names", ("v1",), build) == {"ada", "kwabena"}
    assert len(builds) == 1 and len(list(cache.iterdir())) == 1
    # Another recipe (a new word, a new threshold) never reads the older list.
    assert cached_names("given-names", ("v2",), lambda: frozenset({"imogen"})) == {"imogen"}


def test_a_damaged_cache_file_is_built_again(cache: Path) -> None:
    cached_names("surnames", ("v1",), lambda: frozenset({"kowalski"}))
    (file,) = cache.iterdir()
    file.write_text('{"not": "a list"', encoding="utf-8")
    assert cached_names("surnames", ("v1",), lambda: frozenset({"kowalski"})) == {"kowalski"}


def test_the_given_names_read_from_the_cache_are_the_ones_built() -> None:
    built = _build_given_names()
    assert {"cyril", "kwabena", "matt"} <= built
    assert all(is_given_name(name) for name in ("cyril", "kwabena", "matt"))
