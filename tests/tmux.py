"""A private tmux server running the real `dossier` in a real terminal, read back as text."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path

# The focused pane's title, which Textual draws in bold: "\x1b[1m 3 Quotes".
FOCUSED_TITLE = re.compile(r"\x1b\[1m [0-9] (\w+)")


class Tmux:
    """One private tmux server (its own socket) running the real `dossier browse`."""

    def __init__(self, folder: Path, width: int = 120, height: int = 40) -> None:
        self.home = folder  # the socket, the log, and the app's private config and cache folders
        self.socket = folder / "tmux.sock"
        self.log = folder / "terminal.bin"
        self.width, self.height = width, height

    def __call__(self, *args: str) -> str:
        result = subprocess.run(
            ["tmux", "-S", str(self.socket), *args], capture_output=True, text=True, timeout=10, check=False
        )
        return result.stdout

    def start(self, folder: Path, *args: str) -> None:
        """Run `dossier ARGS` in `folder`, with private config and cache folders and no
        $DOSSIER_WORKSPACE: what a user who types the command there sees."""
        # The app waits until pipe-pane records (a tmux wait-for channel), so no byte it writes is missed.
        tmux = shlex.quote(shutil.which("tmux") or "tmux")
        dossier = shlex.join([sys.executable, "-m", "dossier.cli", *args])
        command = (
            f"{tmux} -S {shlex.quote(str(self.socket))} wait-for recording; "
            f"cd {shlex.quote(str(folder))} && exec env -u DOSSIER_WORKSPACE {dossier}"
        )
        self(
            "-f",
            "/dev/null",
            "new-session",
            "-d",
            "-x",
            str(self.width),
            "-y",
            str(self.height),
            "-s",
            "app",
            "-e",
            f"DOSSIER_CONFIG_DIR={self.home / 'config'}",
            "-e",
            f"DOSSIER_CACHE_DIR={self.home / 'cache'}",
            "-e",
            "TERM=xterm-256color",
            command,
        )
        self("set", "-g", "set-clipboard", "on")  # so an OSC 52 that got through would land in a buffer
        self("pipe-pane", "-o", "-t", "app", f"cat >> {shlex.quote(str(self.log))}")
        self("wait-for", "-S", "recording")

    def keys(self, *keys: str, literal: bool = False) -> None:
        """Type keys; the caller then waits for what they should bring on screen (no fixed pause)."""
        self("send-keys", "-t", "app", *(["-l"] if literal else []), *keys)

    def wait_for(self, text: str, gone: str | None = None, timeout: float = 60) -> str:
        """Poll the screen until `text` is on it (and `gone` is not); the deadline is generous,
        for a loaded machine, and reached only when the app is stuck."""
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self("capture-pane", "-p", "-t", "app")
            if text in screen and (gone is None or gone not in screen):
                return screen
            time.sleep(0.1)
        raise AssertionError(f"{text!r} never appeared (or {gone!r} never left); the screen:\n{screen}")

    def recorded(self, timeout: float = 60) -> bytes:
        """The bytes the app has written, read once the recorder has caught up: `pipe-pane` feeds
        them to `cat` through a pipe, so a read too early can end inside an escape sequence."""
        deadline = time.monotonic() + timeout
        previous = None
        while time.monotonic() < deadline:
            written = self.log.read_bytes()
            if written == previous:
                return written
            previous = written
            time.sleep(0.2)
        raise AssertionError(f"the recorded log kept growing for {timeout} s")

    def wait_for_focus(self, pane: str, timeout: float = 60) -> None:
        """Poll until `pane` ("Search", "Profile", "Quotes") has the focus: its title is the bold one."""
        deadline = time.monotonic() + timeout
        focused = None
        while time.monotonic() < deadline:
            top = self("capture-pane", "-p", "-e", "-t", "app").split("\n", 1)[0]
            found = FOCUSED_TITLE.search(top)
            focused = found.group(1) if found else None
            if focused == pane:
                return
            time.sleep(0.1)
        raise AssertionError(f"the {pane} pane never took the focus (it is with {focused})")
