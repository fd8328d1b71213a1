"""Round speed1 read no new pages: it made ingest faster on the benchmark's text (the seed article's and the test
articles' sentences) without changing what it finds, which the digests of every corpus show. These tests hold the
edges of the one reading it rewrote, where a known name stands in a heading written in title case: a line's ends
are now found by one search bounded by a heading's length instead of one search per gap between words.
"""

from __future__ import annotations

from dossier.model import Actor, ActorKind
from tests.unit.ingest_helpers import drafts_and_links

_KNOWN = [Actor(id="audit-office", name="Audit Office", kind=ActorKind.organization)]
_WORDS = [
    "One",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "Eleven",
    "Twelve",
    "Thirteen",
    "Fourteen",
    "Fifteen",
]


def _heading(words_before: int) -> str:
    return " ".join([*_WORDS[:words_before], "Tremmic Audit Office"]) + "\nIt said so.\n"


def test_a_known_name_in_a_title_case_heading_of_sixteen_words_is_linked() -> None:
    # Thirteen words, then "Tremmic Audit Office": a heading, where every word has a capital and none says that a
    # name goes on, so the known office is named.
    _, links = drafts_and_links(_heading(13), _KNOWN)
    assert links.get("Audit Office") == "audit-office"


def test_a_line_longer_than_a_heading_reads_the_name_whole() -> None:
    # One word more and the line is no heading: "Tremmic Audit Office" is a longer name, not the known office.
    for words_before in (14, 15):
        _, links = drafts_and_links(_heading(words_before), _KNOWN)
        assert "Audit Office" not in links


def test_a_heading_run_on_into_prose_on_one_line_is_no_heading() -> None:
    # The same words with no line break before the prose: the line is longer than any heading.
    text = _heading(13).replace("\n", " ")
    _, links = drafts_and_links(text, _KNOWN)
    assert "Audit Office" not in links
