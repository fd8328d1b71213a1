"""What panes and screens ask the app for: posted up, handled by the app with `@on(...)`.

A screen never calls the app's navigation by name. It posts one of these and the message
bubbles from the screen to the app, which owns the workspace, the index and the history.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message


@dataclass
class OpenRecord(Message):
    """Show an actor's, event's or source's profile on the main screen (a step in the history)."""

    record_id: str
    focus: bool = False
    """Move the focus into the profile's lists once it is shown (Enter on a row, not a preview)."""


@dataclass
class OpenQuote(Message):
    """Show a quote in its source's reader (a step in the history)."""

    quote_id: str


@dataclass
class ExportRecord(Message):
    """Write the Markdown dossier of a record next to the workspace."""

    record_id: str


@dataclass
class OpenReview(Message):
    """Open the review of the drafts (home's "To review" row)."""


@dataclass
class OpenProblems(Message):
    """List the files that failed to load (home's rows of problem files)."""
