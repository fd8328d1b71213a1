"""Edit text in the analyst's own editor ($VISUAL, then $EDITOR), the app suspended meanwhile.

The text goes to a private temporary file; the editor runs in the terminal the app gives
back (`App.suspend`); what the file holds when the editor exits is returned. Where the app
cannot give the terminal back (headless, in tests), the editor runs without it.
"""

from __future__ import annotations

import contextlib
import os
import shlex
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any


def editor_command() -> list[str]:
    chosen = os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"
    return shlex.split(chosen)


@contextlib.contextmanager
def suspended(app: Any) -> Iterator[None]:
    """The terminal handed to another program meanwhile (when the app has one to hand over)."""
    from textual.app import SuspendNotSupported

    try:
        context = app.suspend()
        context.__enter__()
    except SuspendNotSupported:
        yield
        return
    try:
        yield
    finally:
        context.__exit__(None, None, None)


def edit_in_editor(app: Any, text: str, name: str) -> tuple[str | None, str | None]:
    """(the edited text, None), or (None, why the editor could not run)."""
    command = editor_command()
    with tempfile.TemporaryDirectory(prefix="dossier-edit-") as folder:
        path = Path(folder) / Path(name).name
        path.write_text(text, encoding="utf-8")
        with suspended(app):
            try:
                subprocess.run([*command, str(path)], check=False)
            except OSError as exc:
                return None, f"cannot start the editor {shlex.join(command)!r}: {exc.strerror}; set $VISUAL or $EDITOR"
        return path.read_text(encoding="utf-8", errors="replace"), None
