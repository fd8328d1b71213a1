"""Counts in words, as the CLI and the app print them."""

from __future__ import annotations


def plural(count: int, word: str) -> str:
    """A count with its noun: `1 file`, `2 files`, `2,222 actors` (thousands apart, as the review desk writes them)."""
    return f"{count:,} {word}{'' if count == 1 else 's'}"
