"""Round speed40: ingest made faster with the same answers. Each test states what a rule or a list still answers
when it is read another way (from the per-machine cache, a guard skipped): invented sentences and names."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from dossier.ingest import names
from dossier.ingest.known_mentions import find_mentions
from dossier.ingest.mentions import ActorIndex, tokenize
from dossier.model import Actor, ActorKind


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


def _known() -> list[Actor]:
    return [
        Actor(id="tarnby-water", name="Tarnby Valley Water Board", kind=ActorKind.organization),
        Actor(id="varnaby", name="Ilse Varnaby", kind=ActorKind.person),
        Actor(id="quellmar", name="Quellmar Republic", kind=ActorKind.state, aliases=["Quellmar"]),
    ]


def test_known_names_of_several_words_are_found_whole_after_the_index_bounds_its_lookups() -> None:
    # The index tells how far a run of words may still open a phrase it holds (a name, a surname, a variant's
    # skeleton), and mentions are looked up no further: a name of four words, a surname, a transliterated variant.
    index = ActorIndex(_known())
    assert index.phrase_reach(["tarnby", "valley", "water", "board", "said"]) == 4
    assert index.phrase_reach(["tarnby", "hill"]) == 1
    assert index.phrase_reach(["ilse", "varnabi"]) == 2  # a variant of "Ilse Varnaby"
    text = (
        "The Tarnby Valley Water Board met Ilse Varnabi in Quellmar. Varnaby said the Quellmar Republic would "
        "meet the board again."
    )
    found = [(m.text, m.actor_id) for m in find_mentions(text, tokenize(text), index)]
    assert ("Tarnby Valley Water Board", "tarnby-water") in found
    assert ("Ilse Varnabi", "varnaby") in found and ("Varnaby", "varnaby") in found
    assert ("Quellmar Republic", "quellmar") in found


def test_names_of_open_syllables_are_told_from_words_by_a_list_read_once() -> None:
    # The words of open syllables frequent in English or a Romance language come from the per-machine cache, not
    # from five languages' word lists loaded for the first such name: the same answers.
    from dossier.ingest.syllabic_names import _syllabic_words, syllabic_full_name

    assert syllabic_full_name(("hiroshige", "yanagimoto"))
    assert not syllabic_full_name(("douro", "tinto"))  # Portuguese words
    assert "tinto" in _syllabic_words() and "yanagimoto" not in _syllabic_words()
