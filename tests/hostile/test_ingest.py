"""Class 4 for ingest: hostile files are refused with a message, and a killed ingest loses nothing.

`dossier ingest` reads files the analyst did not write. Pipes, binaries, bad encodings and
escape sequences in names or content must end in one clear line; a name that is a Windows
device must still become a valid id; and an ingest killed at any moment must leave a
workspace that loads and passes `dossier check`, and that the next run finishes.
"""

from __future__ import annotations

import gzip
import os
import random
from functools import partial
from pathlib import Path

import pytest

from dossier.atomic import TEMP_NAME
from dossier.checks import check_workspace
from dossier.ingest.service import ingest_file
from dossier.paths import bundled_seeds
from dossier.workspace import load_workspace
from tests.hostile.helpers import escape_bytes_in, no_traceback, run_dossier, tree
from tests.hostile.kills import KillTally, files_under, kill_while_writing

HOSTILE_FILES: dict[str, bytes | str | None] = {
    "image.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    "latin1.txt": b"Title\n\nBel\xe4rus said no.\n",
    "missing.txt": None,
    "devices.txt": (
        b"Minsk talks collapse\n\nYesterday, President Con met Aux in Minsk. Con said the talks had failed, "
        b'Aux said on Monday. "We will not retreat," Con told reporters.\n'
    ),
    "pipe.txt": "fifo",  # reading a named pipe would block forever
    "evil\x1b]0;t\x07.html": (
        b"<html><head><title>Evil \x1b]0;pwned\x07 page</title><script>alert(1)</script></head><body>"
        b'<p>Lukashenka said "[bold]x[/bold]" \x1b[2J today in Minsk, and the talks went on for hours.</p>'
        b'<a href="javascript:alert(1)">x</a></body></html>'
    ),
    # Small on disk, 40 MiB unpacked: refused before it is unpacked whole.
    "bomb.html.gz": "gzip-bomb",
    # A page drawn by scripts: its JSON-LD holds arrays nested far deeper than Python's recursion limit,
    # and an articleBody full of markup, Rich tags and escapes, which must stay text.
    "scripted.html": (
        b'<html><head><script type="application/ld+json">' + b"[" * 100_000 + b"]" * 100_000 + b"</script>"
        b'<script type="application/ld+json">{"@type": "NewsArticle", "articleBody": "<p>Lukashenka said '
        b"[bold]no[/bold] \\u001b[2J in Minsk on Monday.<\\/p><script>alert(1)<\\/script> "
        + b"The talks in Minsk went on for hours, officials said, and ended without a statement. " * 12
        + b'"}</script></head><body><div id="app"><p>Photo: Minsk</p></div></body></html>'
    ),
}


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str], list[str]]:
    """One real `dossier ingest` run over every hostile file (one process: its imports are slow)."""
    folder = tmp_path_factory.mktemp("ingest")
    for name, content in HOSTILE_FILES.items():
        if content == "fifo":
            os.mkfifo(folder / name)
        elif content == "gzip-bomb":
            (folder / name).write_bytes(gzip.compress(b"<html>" + b" " * (40 * 1024 * 1024)))
        elif isinstance(content, bytes):
            (folder / name).write_bytes(content)
    # A first ingest builds the place table (~20 s) before it reads anything.
    result = run_dossier("ingest", *HOSTILE_FILES, "-w", "ws", cwd=folder, timeout=120)
    no_traceback(result)
    assert result.returncode == 1
    assert escape_bytes_in(result.stdout + result.stderr) == []
    return folder, result.stdout.decode().splitlines(), result.stderr.decode().splitlines()


@pytest.mark.parametrize(
    "message",
    [
        "error: image.txt: a binary file, not text, Markdown or HTML",
        "error: latin1.txt:3:4: invalid UTF-8 byte 0xe4; save the file as UTF-8",
        "error: missing.txt: no such file",
        "error: pipe.txt: not a regular file (a pipe or a device); save the article to a file first",
        "error: bomb.html.gz: larger than 16 MiB; this is not an article (split it into articles and ingest those)",
    ],
    ids=["binary", "latin1", "missing", "named-pipe", "gzip-bomb"],
)
def test_a_file_that_cannot_be_an_article_is_refused_in_one_line(
    ingested: tuple[Path, list[str], list[str]], message: str
) -> None:
    _folder, _out, errors = ingested
    assert message in errors


def test_escapes_in_a_file_name_and_its_html_are_shown_as_text(ingested: tuple[Path, list[str], list[str]]) -> None:
    folder, out, errors = ingested
    # The five refusals above, and nothing else but, on a machine's first ingest, the notice that the
    # place table is being built.
    assert len([line for line in errors if not line.startswith("dossier ingest: building the table of places")]) == 5
    assert out[1].startswith("evil␛]0;t␇.html: added source 'evil-0-pwned-page-")
    workspace = load_workspace(folder / "ws")
    assert len(workspace.sources) == 3
    assert check_workspace(workspace).errors == []


def test_a_scripted_page_gives_its_json_ld_article_as_plain_text(ingested: tuple[Path, list[str], list[str]]) -> None:
    folder, out, _errors = ingested
    assert any(line.startswith("scripted.html: added source ") for line in out)
    workspace = load_workspace(folder / "ws")
    (source,) = [s for s in workspace.sources.values() if "JSON-LD articleBody" in (s.notes or "")]
    text = (folder / "ws" / "sources" / f"{source.id}.txt").read_text(encoding="utf-8")
    assert text.startswith("Lukashenka said [bold]no[/bold] \x1b[2J in Minsk on Monday.")
    assert "<p>" not in text and "<script>" not in text and "alert(1)" in text


def test_names_that_are_windows_devices_become_valid_ids(ingested: tuple[Path, list[str], list[str]]) -> None:
    folder, out, _errors = ingested
    assert out[0].startswith("devices.txt: added source 'minsk-talks-collapse-")
    assert {"con-1", "aux-1"} <= set(load_workspace(folder / "ws").actors)


def _articles() -> list[str]:
    """Two different articles cut from the seed article's paragraphs."""
    text = next(bundled_seeds().glob("sources/*.txt")).read_text(encoding="utf-8")
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    return ["\n\n".join([f"Report {n}", *paragraphs[n::2]]) + "\n" for n in range(2)]


KILL_ROUNDS = 10  # bounded in count, not in time: a loaded machine runs the same test, only slower


def test_an_ingest_killed_while_it_writes_leaves_a_valid_workspace_that_the_next_run_completes(
    tmp_path: Path,
) -> None:
    files = []
    for number, text in enumerate(_articles()):
        files.append(tmp_path / f"article-{number}.txt")
        files[-1].write_text(text, encoding="utf-8")
    # One uninterrupted ingest: what a finished workspace holds. It also warms the extractors and
    # the gazetteer before forking, so each child starts writing at once.
    whole = tmp_path / "uninterrupted"
    assert [ingest_file(whole, path).status for path in files] == ["added", "added"]
    expected = tree(whole)
    total = len(expected)
    assert total >= 20, "enough files that a kill can land between two of them"

    def ingest_all(root: Path) -> None:
        for path in files:
            ingest_file(root, path)

    rng = random.Random(11)
    tally = KillTally()
    for round_number in range(KILL_ROUNDS):
        root = tmp_path / f"ws-{round_number}"
        # Kill once the child has written a random number of the files, a random moment later.
        written = rng.randint(1, total * 3 // 4)
        kill_while_writing(
            partial(ingest_all, root),
            writing=lambda root=root, written=written: len(files_under(root)) >= written,  # type: ignore[misc]
            done=tmp_path / "done",
            watch=root,
            rng=rng,
            jitter=0.004,
            tally=tally,
        )
        if root.exists():
            workspace = load_workspace(root, use_cache=False)
            errors = [str(p) for p in check_workspace(workspace).errors]
            assert errors == [], f"after kill {round_number + 1} ({written} files written): {errors}"
        # The next, uninterrupted run finishes every article, once each, as if nothing had happened.
        results = [ingest_file(root, path) for path in files]
        assert {result.status for result in results} <= {"added", "resumed", "unchanged"}
        finished = {name: data for name, data in tree(root).items() if not TEMP_NAME.match(Path(name).name)}
        assert finished == expected, f"round {round_number + 1}: the resumed workspace differs"
    print(tally)  # shown with -s
    assert tally.mid_write >= KILL_ROUNDS * 2 // 3, str(tally)
