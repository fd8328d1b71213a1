"""Round speed41: ingest faster with the same answers. The per-machine tables that replace a repeated cost answer as
the code they replace. Invented words and sentences throughout."""

from __future__ import annotations

from pathlib import Path

import pytest
import wordfreq

from dossier.ingest import word_frequencies

# Invented words in every shape the rules ask about: listed words, names wordfreq does not know, words of
# letters with marks, hyphenated and spaced phrases, an ampersand, figures and years, capitals, a sharp s, a
# ligature and an apostrophe.
_WORDS = (
    "the",
    "house",
    "haus",
    "velisko",
    "Velisko",
    "torvikstraße",
    "straße",
    "münchenau",
    "quellmark-nord",
    "saint-torvik",
    "new torvik",
    "red-blue",
    "the the",
    "marv&t",
    "a&b",
    "torvik24",
    "l3velisko",
    "velisko1990",
    "1890",
    "2031",
    "2077",
    "20th",
    "1990s",
    "covid-19",
    "2,5",
    "Torvik",
    "TORVIK-NORD",
    "Maßnahmen",
    "Ärger",
    "ﬁsh",
    "o'brannigan",
    "Quell-Mark",
    "",
    "-",
    "quell--mark",
    "мариинск",
    "велисково",
)


@pytest.mark.parametrize("language", ["en", "de", "ru"])
def test_the_kept_word_frequencies_are_wordfreqs_own(language: str) -> None:
    for word in _WORDS:
        assert word_frequencies.zipf_frequency(word, language) == wordfreq.zipf_frequency(word, language), word


def test_a_word_of_the_kept_letters_is_one_token_for_wordfreq() -> None:
    # What the kept figures rest on: a word of these letters is read by wordfreq as itself, one token.
    letters = word_frequencies._LETTERS  # (the module's own claim, checked against wordfreq)
    for language in ("en", "de", "ru"):
        for letter in letters:
            word = f"q{letter}{letter}"
            assert wordfreq.tokenize(word, language) == [word], (language, letter)


def test_a_damaged_table_is_built_again_and_answers_the_same(
    isolated_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(word_frequencies, "_tables", {})
    path = word_frequencies.cache_file("da")  # Danish: a small list, quick to build
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b'{"figures": [1.0]}\nnot a table')
    assert word_frequencies.zipf_frequency("hus", "da") == wordfreq.zipf_frequency("hus", "da")
    assert word_frequencies._read(path) is not None  # (the file was written again, whole)

    # A file cut short (its digest no longer matches) is built again too.
    path.write_bytes(path.read_bytes()[:-10])
    monkeypatch.setattr(word_frequencies, "_tables", {})
    assert word_frequencies.zipf_frequency("velisko", "da") == wordfreq.zipf_frequency("velisko", "da")
    assert word_frequencies._read(path) is not None


def test_the_japanese_places_are_read_from_the_cache_as_built_and_a_damaged_file_is_built_again(
    isolated_cache: Path,
) -> None:
    from dossier.ingest import place_table_cache, unspaced_places

    built = unspaced_places._built_table("ja")  # (the builder the cache stands for)
    path = place_table_cache._cache_file("unspaced", "ja")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b'{"places": [["Torvik", "place", null, 1]], "spellings": {"x": 7}}')
    assert place_table_cache.cached_places("unspaced", "ja", lambda: built) == built
    assert place_table_cache.cached_places("unspaced", "ja", dict) == built  # read back: nothing is built
