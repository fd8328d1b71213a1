"""A page's captions are read after its article only when they are the article's: the pictures of other stories
in a sidebar, under a list of related headlines or in the next story a page appends say nothing of this one."""

from __future__ import annotations

from pathlib import Path

from dossier.ingest.extract_text import read_document

_ARTICLE = (
    "<p>Thousands of users could not reach Quellgram or its messaging app for three hours on Tuesday, and "
    "advertisers said campaigns stalled during the outage. The company blamed a faulty configuration change "
    "and said service had been restored.</p>"
    "<p>Engineers rolled the change back by midday, the company said in a statement to customers.</p>"
)


def _page(tmp_path: Path, extra: str) -> str:
    page = tmp_path / "outage.html"
    page.write_text(
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Outage</title></head><body><main>"
        f"<article><h1>Quellgram outage hits advertisers</h1>{_ARTICLE}{extra}</article></main></body></html>",
        encoding="utf-8",
    )
    return read_document(page).text


def test_a_caption_of_the_article_is_read(tmp_path: Path) -> None:
    caption = (
        "<figure><img src='a.jpg' alt=''><figcaption>Quellgram's offices in Tarnby during the outage."
        "</figcaption></figure>"
    )
    assert "Quellgram's offices in Tarnby during the outage." in _page(tmp_path, caption)


def test_a_caption_in_a_block_of_related_stories_is_not_read(tmp_path: Path) -> None:
    related = (
        "<div class='related-posts'><figure><img src='b.jpg' alt=''>"
        "<figcaption>Quellgram users queue at the Tarnby help desk after the outage.</figcaption></figure></div>"
    )
    assert "help desk" not in _page(tmp_path, related)


def test_a_teasers_headline_with_its_age_is_not_read(tmp_path: Path) -> None:
    teaser = "<span class='story-caption'>Quellgram outage: what advertisers should do next 2 hours ago</span>"
    assert "should do next" not in _page(tmp_path, teaser)


def test_a_caption_that_shares_no_word_with_the_article_is_another_storys(tmp_path: Path) -> None:
    other = (
        "<figure><img src='c.jpg' alt=''><figcaption>Astronaut Ilse Varnby waves before the launch from "
        "Complex 39B.</figcaption></figure>"
    )
    assert "Varnby" not in _page(tmp_path, other)
