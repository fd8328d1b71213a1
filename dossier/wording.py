"""Counts in words, as the CLI and the app print them."""

from __future__ import annotations


def plural(count: int, word: str) -> str:
    """A count with its noun: `1 file`, `2 files`."""
    return f"{count} {word}{'' if count == 1 else 's'}"
