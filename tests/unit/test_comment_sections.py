"""The blocks of readers' comments a page marks in its own language are found whatever their case, in a class
or an id, among other class words; the cheap first test of the XPath lets none of them through unseen."""

from __future__ import annotations

import pytest
from lxml import etree, html

from dossier.ingest.comment_sections import _COMMENT_WORDS, COMMENT_SECTIONS_XPATH

_FIND = etree.XPath(COMMENT_SECTIONS_XPATH)


def _marked_blocks(body: str) -> list[str]:
    root = html.fromstring(f"<html><body><article><h1>Title</h1><p>Story.</p></article>{body}</body></html>")
    return [element.get("data-probe") for element in _FIND(root)]


# XPath 1.0 lowers the case of ASCII letters only ("KOMENTÁŘE" is no match): capitals are tried on ASCII words.
_SPELLINGS = [
    spelled
    for word in _COMMENT_WORDS
    for spelled in {word, word.capitalize(), word.upper() if word.isascii() else word}
]


@pytest.mark.parametrize("spelled", _SPELLINGS)
@pytest.mark.parametrize("attribute", ["class", "id"])
def test_a_block_marked_with_a_comment_word_in_any_case_is_found(spelled: str, attribute: str) -> None:
    marked = f"post-{spelled}-list"
    assert _marked_blocks(f'<section {attribute}="wide {marked}" data-probe="x"><p>Gast: Hallo.</p></section>') == ["x"]


@pytest.mark.parametrize(
    "block",
    [
        '<div class="comment-count" data-probe="x"><p>3</p></div>',  # English: trafilatura's own rules read it
        '<div class="content element" data-probe="x"><p>Text.</p></div>',  # passes the first test, not the second
        '<div data-probe="x"><p>No class.</p></div>',
        '<div class="kommentar" data-probe="x"><p>An opinion column.</p></div>',  # the singular is a column
    ],
)
def test_other_blocks_are_not_comments(block: str) -> None:
    assert _marked_blocks(block) == []


def test_a_marked_block_that_holds_the_article_is_kept() -> None:
    root = html.fromstring(
        '<html><body><div class="kommentare"><article><h1>Title</h1><p>Story.</p></article></div></body></html>'
    )
    assert _FIND(root) == []
