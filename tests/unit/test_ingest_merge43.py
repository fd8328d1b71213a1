"""Mends on the merge of this stop's rounds, from what the rounds' held-out pages still showed. Invented sentences
and names throughout."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kind_names


def test_an_arabic_article_that_is_also_an_english_word_stays_inside_a_name_when_hyphened() -> None:
    # "an" and "as" are left out of the particles written apart (English words), but hyphened they are the article.
    drafts = draft_kind_names(
        "Fighters of Jabhat an-Nurwa seized the village of Kafr Telmi on Monday, said Omar Haddan, a local "
        "official. Jabhat an-Nurwa later withdrew, and Col. Rami as-Saadin said the road was open."
    )
    assert "Jabhat an-Nurwa" in drafts
    assert "Jabhat" not in drafts
    assert "an-Nurwa" not in drafts
    assert drafts.get("Rami as-Saadin") == "person"
    # written apart, "an" is still the English word
    drafts = draft_kind_names("Kafr Telmi is an Orvand town, said Omar Haddan.")
    assert not any(name.startswith(("Kafr Telmi is", "Telmi an")) for name in drafts)
