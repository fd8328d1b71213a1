"""Lead mends of the session of 2026-12-07 from 21:13, second part: family names that are rare adverbs."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kind_names


def test_a_rare_adverb_after_a_given_name_is_the_family_name() -> None:
    # "Boldly" is a word a frequency list knows, but rare; capitalised after a given name, ending the name, it is the
    # family name the lists lack (the post alone was drafted as "Ilse", cut).
    text = "Foreign Secretary Ilse Boldly said the plan was sound."
    assert draft_kind_names(text) == {"Ilse Boldly": "person"}


def test_a_common_adverb_after_a_given_name_stays_an_adverb() -> None:
    # A guard: "Sadly" is too common an adverb to be read as a family name.
    assert "Mark Sadly" not in draft_kind_names("Mark Sadly told reporters the plan had failed.")
