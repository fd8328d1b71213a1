"""The run of files the CLI and the app share, and the paths an analyst names in the app (typed, pasted, completed)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from dossier.desk.adding import complete, parse_paths
from dossier.ingest.batch import files_in, ingest_files, outcome_line, totals_line
from tests.conftest import make_workspace, write
from tests.unit.ingest_helpers import assert_valid, snapshot

ARTICLES = Path(__file__).resolve().parent.parent / "fixtures" / "articles"


def test_a_run_goes_on_past_a_bad_file_and_says_what_came_of_each(tmp_path: Path) -> None:
    root = make_workspace(tmp_path / "ws")
    good = shutil.copy(ARTICLES / "minsk_talks.md", tmp_path / "good.md")
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"\x00binary\x00" * 40)
    seen: list[tuple[str, int, str]] = []
    run = ingest_files(
        root,
        [binary, Path(good), tmp_path / "gone.html", Path(good)],
        starting=lambda number, path: seen.append(("start", number, path.name)),
        finished=lambda number, result: seen.append(("end", number, result.status)),
    )
    assert [s[2] for s in seen if s[0] == "end"] == ["error", "added", "error", "unchanged"]
    assert [s[1] for s in seen if s[0] == "start"] == [1, 2, 3, 4]
    assert len(run.added) == 1 and len(run.failed) == 2 and len(run.unchanged) == 1
    lines = [outcome_line(result, many=True) for result in run.results]
    assert lines[0] == f"error: {binary}: a binary file, not text, Markdown or HTML"
    assert lines[1].startswith(f"{good}: added source 'minsk-hosts-a-second-round-of-talks-")
    assert "new actor draft" in lines[1] and "quote draft" in lines[1]
    assert lines[2] == f"error: {tmp_path / 'gone.html'}: no such file"
    assert "already ingested as source" in lines[3]
    assert totals_line(run).startswith("4 files: 1 added, 1 already ingested, 2 failed; in all ")
    assert_valid(root)


def test_a_run_asked_to_stop_keeps_the_files_done(tmp_path: Path) -> None:
    root = make_workspace(tmp_path / "ws")
    first = shutil.copy(ARTICLES / "minsk_talks.md", tmp_path / "a.md")
    second = shutil.copy(ARTICLES / "unknown_places.txt", tmp_path / "b.txt")
    done: list[str] = []
    run = ingest_files(
        root,
        [Path(first), Path(second)],
        finished=lambda _n, result: done.append(result.status),
        stop=lambda: bool(done),
    )
    assert run.stopped and done == ["added"] and len(run.results) == 1
    assert_valid(root)


def test_folders_give_the_files_ingest_reads_and_bad_paths_are_named(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    for name in ("b.html", "A.md", "sub/c.html.gz", "notes.txt", "scan.pdf", ".hidden.html", ".git/x.html"):
        write(folder / name, "x")
    write(tmp_path / "empty" / "cover.jpg", "x")
    named = files_in([folder, tmp_path / "missing.md", tmp_path / "empty", folder / "b.html"])
    assert [p.relative_to(folder).as_posix() for p in named.files] == ["A.md", "b.html", "notes.txt", "sub/c.html.gz"]
    assert any(problem.endswith("missing.md: no such file or folder") for problem in named.problems)
    assert any("empty: a folder with nothing to ingest" in problem for problem in named.problems)
    assert len(named.problems) == 2


def test_paths_typed_or_pasted_as_a_terminal_drops_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    spaced = write(tmp_path / "my articles" / "the page.html", "x")
    other = write(tmp_path / "b.md", "x")
    assert parse_paths(f"{spaced}", tmp_path) == [spaced]  # one path with spaces, unquoted
    assert parse_paths(f"'{spaced}' '{other}' ", tmp_path) == [spaced, other]  # quoted, as dropped
    assert parse_paths(str(spaced).replace(" ", "\\ ") + f" {other}", tmp_path) == [spaced, other]
    assert parse_paths("file://" + str(spaced).replace(" ", "%20"), tmp_path) == [spaced]
    assert parse_paths("~/b.md", Path("/")) == [other]
    assert parse_paths("b.md\n'my articles/the page.html'\n", tmp_path) == [other, spaced]
    assert parse_paths("   ", tmp_path) == []


def test_completion_offers_folders_and_ingestible_files_only(tmp_path: Path) -> None:
    for name in ("reports/bbc.html", "reports/bbc-2.html.gz", "reports/brief.pdf", "reports/archive/x.md"):
        write(tmp_path / name, "x")
    assert complete("rep", tmp_path).text == "reports/"
    found = complete("reports/", tmp_path)
    assert found.text == "reports/" and found.candidates == ["archive/", "bbc-2.html.gz", "bbc.html"]
    assert complete("reports/bbc", tmp_path).text == "reports/bbc"  # two go on differently: stays, both offered
    assert complete("reports/bbc.", tmp_path).text == "reports/bbc.html"
    assert complete("reports/BR", tmp_path).candidates == []  # the pdf is not offered
    assert complete("reports/ARCH", tmp_path).text == "reports/archive/"


def test_nothing_is_written_for_paths_that_name_nothing(tmp_path: Path) -> None:
    root = make_workspace(tmp_path / "ws")
    before = snapshot(root)
    named = files_in(parse_paths("nowhere/a.html", tmp_path))
    assert named.files == [] and named.problems
    assert snapshot(root) == before
