"""Shared pieces of the hostile-input suite: payloads, the real CLI, byte checks.

Each payload is something a scraped page or a leaked document could contain that a
terminal would act on: write the clipboard, set the window title, move the cursor, clear
the screen, or ask the terminal a question whose answer arrives as typed keys.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

# name -> (hostile text, exactly what a user must see instead)
TERMINAL_PAYLOADS: dict[str, tuple[str, str]] = {
    "osc52-clipboard": ("\x1b]52;c;cm0gLXJmIH4K\x07", "␛]52;c;cm0gLXJmIH4K␇"),
    "osc0-title": ("\x1b]0;pwned\x07", "␛]0;pwned␇"),
    "osc2-title-st": ("\x1b]2;pwned\x1b\\", "␛]2;pwned␛\\"),
    "osc8-hyperlink": (
        "\x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\",
        "␛]8;;https://evil.example/␛\\click␛]8;;␛\\",
    ),
    "csi-cursor": ("\x1b[10;10H\x1b[2A", "␛[10;10H␛[2A"),
    "csi-clear": ("\x1b[2J\x1b[3J\x1bc", "␛[2J␛[3J␛c"),
    "c1-csi": ("\x9b2J", "<U+009B>2J"),
    "c1-osc-st": ("\x9d0;pwned\x9c", "<U+009D>0;pwned<U+009C>"),
    "decrqss-query": ('\x1bP$q"p\x1b\\', '␛P$q"p␛\\'),
    "da-query": ("\x1b[c", "␛[c"),
    "dsr-query": ("\x1b[6n", "␛[6n"),
    "bell-backspace": ("ok\x07\x08\x08", "ok␇␈␈"),
    "rtl-override": ("\u202egnp.exe", "<U+202E>gnp.exe"),
}

# Markup that Rich or Textual would interpret; it must be shown exactly as written.
MARKUP_PAYLOADS = ["[bold]loud[/bold]", "[link=https://evil.example]x[/link]", "[@click=app.quit]quit[/]", "[/", "[0]"]

# Anything that starts an escape sequence: ESC, and the 8-bit C1 controls.
ESCAPE_BYTES = re.compile(rb"\x1b|\xc2[\x80-\x9f]")


def escape_bytes_in(data: bytes) -> list[bytes]:
    """The escape-starting byte sequences in terminal output (empty when it is safe)."""
    return ESCAPE_BYTES.findall(data)


def run_dossier(
    *args: str, cwd: Path | None = None, env: dict[str, str] | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[bytes]:
    """The real `dossier` command in a subprocess, with bytes out (so nothing is decoded away).

    stdout is strict UTF-8, as under most desktop locales: printing text that is not valid
    Unicode (a file name with a stray byte, say) fails there instead of passing unnoticed.
    """
    full_env = {**os.environ, "PYTHONIOENCODING": "utf-8:strict", "NO_COLOR": "1", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "dossier.cli", *args],
        capture_output=True,
        cwd=cwd,
        env=full_env,
        timeout=timeout,
        check=False,
    )


def no_traceback(result: subprocess.CompletedProcess[bytes]) -> None:
    assert b"Traceback" not in result.stderr, result.stderr.decode("utf-8", "replace")
    assert b"Traceback" not in result.stdout, result.stdout.decode("utf-8", "replace")


def tree(root: Path) -> dict[str, bytes]:
    """Every file under `root` with its bytes (symlinks as their target), to compare before and after."""
    found: dict[str, bytes] = {}
    for folder, _dirs, files in os.walk(root):
        for name in files:
            path = Path(folder, name)
            key = path.relative_to(root).as_posix()
            found[key] = os.readlink(path).encode() if path.is_symlink() else path.read_bytes()
    return found


def yaml_string(text: str) -> str:
    """`text` as a YAML double-quoted scalar (JSON's escapes are YAML's too)."""
    return json.dumps(text)


def hostile_workspace(root: Path) -> Path:
    """A valid workspace whose every shown field carries every payload: source text, titles,
    names, aliases, summaries, quotes and attributions. `dossier check` passes on it."""
    payload = "".join(hostile for hostile, _ in TERMINAL_PAYLOADS.values()) + " " + " ".join(MARKUP_PAYLOADS)
    exact = f"Envoy Smith said {payload} today"
    text = f"Minsk, 24 February. {exact}. Then he left.\n"
    (root / "sources").mkdir(parents=True)
    (root / "actors").mkdir()
    (root / "events").mkdir()
    (root / "quotes").mkdir()
    (root / "sources" / "hostile.txt").write_bytes(text.encode("utf-8"))
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    (root / "sources" / "hostile.yaml").write_text(
        f"id: hostile\ntitle: {yaml_string('Report ' + payload)}\npublisher: {yaml_string(payload)}\n"
        f"reliability: E\nsha256: {digest}\n",
        encoding="utf-8",
    )
    (root / "actors" / "envoy.yaml").write_text(
        f"id: envoy\nname: {yaml_string('Envoy Smith ' + payload)}\nkind: person\n"
        f"aliases: [{yaml_string('Smith ' + payload)}]\nsummary: {yaml_string('Summary ' + payload)}\n"
        f"tags: [{yaml_string('[bold]tag[/bold]' + TERMINAL_PAYLOADS['osc0-title'][0])}]\n",
        encoding="utf-8",
    )
    (root / "actors" / "minsk.yaml").write_text("id: minsk\nname: Minsk\nkind: place\n", encoding="utf-8")
    (root / "events" / "statement.yaml").write_text(
        f"id: statement\ntitle: {yaml_string('Statement ' + payload)}\ndate: 2022-02-24\nplace: minsk\n"
        f"participants:\n  - actor: envoy\n    role: {yaml_string('speaker ' + payload)}\n"
        f"summary: {yaml_string(payload)}\n",
        encoding="utf-8",
    )
    start = text.index(exact)
    (root / "quotes" / "hostile.yaml").write_text(
        f"- id: q-envoy\n  source: hostile\n  exact: {yaml_string(exact)}\n  start: {start}\n"
        f"  end: {start + len(exact)}\n  attributed_to: {yaml_string('an official ' + payload)}\n"
        f"  about: [envoy, statement]\n  notes: {yaml_string(payload)}\n",
        encoding="utf-8",
    )
    return root
