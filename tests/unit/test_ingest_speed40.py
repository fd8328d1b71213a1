"""Round speed40: ingest made faster with the same answers. Each test states what a rule or a list still answers
when it is read another way (from the per-machine cache, a guard skipped): invented sentences and names."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from dossier.ingest import names


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("DOSSIER_CACHE_DIR", str(tmp_path))
    names._chinese_surnames.cache_clear()
    names._cyrillic_given_names.cache_clear()
    yield tmp_path / "names"
    names._chinese_surnames.cache_clear()
    names._cyrillic_given_names.cache_clear()


def test_chinese_and_cyrillic_name_lists_are_read_back_from_the_cache_as_built(cache: Path) -> None:
    # Built from Faker's lists once per machine, then read back without importing Faker: the same names.
    assert names.is_chinese_surname("wang") and names.is_chinese_surname("goh")
    assert names.is_cyrillic_given_name("Сергей")
    assert len(list(cache.iterdir())) == 2
    names._chinese_surnames.cache_clear()
    names._cyrillic_given_names.cache_clear()
    assert names._chinese_surnames() == names._build_chinese_surnames()
    assert names._cyrillic_given_names() == names._build_cyrillic_given_names()
