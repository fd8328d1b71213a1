"""Lead mends of the session of 2026-12-07 from 21:13: Chinese names in pinyin are persons' names."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kind_names


def test_a_one_syllable_family_name_before_a_two_syllable_given_name_is_a_person() -> None:
    # "Xi" is as common as an English word (a Greek letter); the given name is two pinyin syllables in one word.
    text = "Xi Guoqiang told reporters the plan was sound."
    assert draft_kind_names(text) == {"Xi Guoqiang": "person"}


def test_a_listed_family_name_before_a_one_syllable_given_name_is_a_person() -> None:
    # "Hong" opens "Hong Kong" and is common; after the family name "Wu" it is a given name.
    text = "Wu Hong told reporters the plan was sound."
    assert draft_kind_names(text) == {"Wu Hong": "person"}


def test_a_city_after_a_word_of_one_syllable_stays_the_city() -> None:
    # A guard: "An", "In" are pinyin syllables too, and Shenzhen's two syllables read as a given name.
    assert draft_kind_names("An Shenzhen firm said its profits rose.") == {"Shenzhen": "place"}
    assert draft_kind_names("In Shenzhen the talks ended early.") == {"Shenzhen": "place"}


def test_a_brand_of_two_syllables_after_a_maker_s_word_is_no_person() -> None:
    # A guard: a two-syllable word as common as a brand ("Huawei" 3.7) is not read as a given name.
    assert "person" not in draft_kind_names("Sun Huawei phones sold well, the shop said.").values()


def test_a_photo_s_file_name_in_a_copied_box_names_who_is_pictured() -> None:
    # An election box copied from an encyclopaedia: the leaders' photos by file name, then their names glued in one
    # row. The photos' names are read (a flag's or an emblem's .svg is not: see test_ingest_realread62).
    text = (
        "Parliamentary election in Tarnia, 2031\n"
        "  Ilse Varnova at the congress, 2031 02 (cropped).jpg Tomas Quellberg.jpg\n"
        "Leader Ilse Varnova Tomas Quellberg\n"
        "The election was held on 12 May 2031.\n"
    )
    assert draft_kind_names(text).get("Ilse Varnova") == "person"
