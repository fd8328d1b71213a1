"""Counts as the CLI and the app print them."""

from __future__ import annotations

from dossier.wording import plural


def test_counts_take_their_noun_in_the_singular_or_plural() -> None:
    assert plural(1, "source") == "1 source"
    assert plural(0, "problem") == "0 problems"


def test_large_counts_are_written_with_thousands_apart() -> None:
    # The status bar over a workspace of thousands of records reads "2,222 actors", as the review desk's header does.
    assert plural(2222, "actor") == "2,222 actors"
    assert plural(100000, "quote") == "100,000 quotes"
