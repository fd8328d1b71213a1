"""Lead mends of the session of 2026-12-07 from 23:44: Chinese family names that are English words."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kind_names


def test_a_chinese_family_name_that_is_a_pronoun_opens_the_name() -> None:
    # "He" is a common Chinese family name; before a given name of two pinyin syllables it is no pronoun (the run was
    # cut to "Jiankui" of kind other).
    text = "The engineer He Zhanrui was detained in March. He Zhanrui said he would appeal."
    assert draft_kind_names(text) == {"He Zhanrui": "person"}


def test_a_chinese_family_name_opening_a_sentence_is_kept() -> None:
    # "Ma" opens the sentence and is a word in English; the run gave no draft at all.
    text = "Ma Jiqiang, a broker in Tianjin, said shares would recover."
    assert draft_kind_names(text) == {"Ma Jiqiang": "person", "Tianjin": "place"}


def test_a_pronoun_before_a_title_case_verb_stays_a_pronoun() -> None:
    # A guard: in a title-case headline "He Sang" is a pronoun and a verb of one syllable, no name.
    assert "He Sang" not in draft_kind_names("He Sang For The Crowd Again\n\nThe concert ran late.")
