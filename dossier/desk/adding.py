"""The paths an analyst names to add as sources: typed, completed with Tab, or pasted (a file dropped on the terminal).

`parse_paths` reads what is in the box: one path (spaces and all), several in shell quoting (what a
terminal pastes for a dropped file: `'/a b/c.html'`, `/a\\ b/c.html`, a `file://` address), `~` and
paths relative to the folder the app started in. `complete` finds what a partly typed path can
become among the folders and the files ingest reads.
"""

from __future__ import annotations

import os
import shlex
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlparse

from dossier.ingest.batch import ingestible


def _resolve(token: str, cwd: Path) -> Path:
    if token.startswith("file://"):
        token = unquote(urlparse(token).path)
    path = Path(os.path.expanduser(token))
    return path if path.is_absolute() else cwd / path


def _unquoted(text: str) -> str:
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        return text[1:-1]
    return text


def parse_paths(text: str, cwd: Path) -> list[Path]:
    """The paths in the box, in order: each line read whole when it names something that exists, else split
    as a shell would (quotes, backslash before a space)."""
    found: list[Path] = []
    for line in text.replace("\r", "\n").split("\n"):
        line = line.strip()
        if not line:
            continue
        whole = _resolve(_unquoted(line), cwd)
        if whole.exists():
            found.append(whole)
            continue
        try:
            tokens = shlex.split(line)
        except ValueError:  # an unbalanced quote: the line as it is
            tokens = [_unquoted(line)]
        found.extend(_resolve(token, cwd) for token in tokens if token)
    return found


@dataclass
class Completion:
    text: str  # the box's text completed as far as the names agree
    candidates: list[str] = field(default_factory=list)  # the names it could still become (folders end in /)


def complete(text: str, cwd: Path, *, limit: int = 200) -> Completion:
    """Complete the path typed so far to the longest start its possible names share.

    Offered: folders, and files whose names ingest reads (.txt, .md, .html, .htm, .html.gz, ...);
    hidden ones only when the typed name starts with a dot."""
    typed = text.lstrip()
    head, _, prefix = typed.rpartition("/")
    folder_text = head + "/" if "/" in typed else ""
    folder = _resolve(folder_text or ".", cwd) if folder_text != "/" else Path("/")
    if typed == "~":
        return Completion("~/", [])
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return Completion(text, [])
    names: list[str] = []
    for entry in entries:
        if entry.name.startswith(".") and not prefix.startswith("."):
            continue
        try:
            is_dir = entry.is_dir()
        except OSError:
            continue
        if not is_dir and not ingestible(Path(entry.name)):
            continue
        names.append(entry.name + "/" if is_dir else entry.name)
    matching = sorted((n for n in names if n.startswith(prefix)), key=str.casefold)
    if not matching:  # "Bbc" finds "bbc.html" when nothing starts with "Bbc" exactly
        matching = sorted((n for n in names if n.casefold().startswith(prefix.casefold())), key=str.casefold)
    if not matching:
        return Completion(text, [])
    common = _common_start(matching)
    if len(common) < len(prefix):  # matched without regard to case: keep what was typed
        common = prefix
    return Completion(folder_text + common, matching[:limit] if len(matching) > 1 else [])


def _common_start(names: list[str]) -> str:
    """The longest start the names share, character by character (names, not paths)."""
    first, last = min(names), max(names)
    size = 0
    while size < min(len(first), len(last)) and first[size] == last[size]:
        size += 1
    return first[:size]
