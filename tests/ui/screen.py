"""Read what the app shows, as a user would: the current screen as plain text or terminal bytes."""

from __future__ import annotations

import io

from rich.console import Console
from textual.app import App


def _render(app: App) -> Console:
    width, height = app.size
    console = Console(
        width=width,
        height=height,
        file=io.StringIO(),
        force_terminal=True,
        color_system="truecolor",
        record=True,
        legacy_windows=False,
        safe_box=False,
    )
    console.print(app.screen._compositor.render_update(full=True, screen_stack=app._background_screens))
    return console


def screen_text(app: App) -> str:
    """The characters on screen, line by line."""
    return _render(app).export_text(styles=False)


def terminal_output(app: App) -> str:
    """The bytes the app would write to the terminal for the current screen."""
    console = _render(app)
    return console.file.getvalue()  # type: ignore[attr-defined]
