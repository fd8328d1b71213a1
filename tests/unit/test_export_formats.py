"""The table of export formats, and the two table formats: JSON Lines (read back with `json`)
and CSV (read back with `csv`). Markdown's own output is pinned by the golden tests."""

from __future__ import annotations

import csv
import importlib
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dossier.cli import build_parser
from dossier.export.formats import FORMATS, dossier_formats, get_format
from dossier.export.service import ExportError, write_all, write_folder, write_stream
from dossier.workspace import load_workspace
from tests.conftest import write

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "export_workspace"
STAMP = "2024-05-01T12:00:00Z"


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dossier.cli", "export", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "SOURCE_DATE_EPOCH": "1714564800"},
    )


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    """The export fixture plus an actor whose name is a spreadsheet formula and a terminal escape."""
    root = tmp_path / "ws"
    shutil.copytree(FIXTURE, root)
    write(
        root / "actors" / "formula.yaml",
        'id: formula\nname: "=HYPERLINK(\\"https://evil.example\\",\\"x\\")"\nkind: organization\n'
        'aliases: ["+1+1", "-2+3", "@SUM(A1)", "plain", "\\e]0;pwned\\a \\x9b2J \\u202Egnp.exe"]\n',
    )
    return root


# -- the table ---------------------------------------------------------------------------------


def test_every_format_in_the_table_is_a_choice_of_the_cli_and_has_a_renderer() -> None:
    for name, fmt in FORMATS.items():
        args = build_parser().parse_args(["export", "--format", name])
        assert args.format == name
        module = importlib.import_module(fmt.module)
        assert callable(module.render_actor if fmt.layout == "dossiers" else module.render)
    assert [fmt.name for fmt in dossier_formats()] == list(FORMATS)
    with pytest.raises(ValueError, match="choose one of: markdown, jsonl, csv, ftm, stix"):
        get_format("pdf")


def test_markdown_names_and_stale_files_follow_the_table(tmp_path: Path) -> None:
    """Markdown's suffix comes from its row: the files written, and the earlier exports noticed as stale."""
    markdown = get_format("markdown")
    out = tmp_path / "out"
    report = write_all(load_workspace(FIXTURE), out, generated_at=STAMP)
    assert all(path.name.endswith(markdown.suffix) for path in report.paths)
    (out / "gone.md").write_bytes((out / "belarus.md").read_bytes())
    (out / "notes.md").write_text("my own notes\n")
    report = write_all(load_workspace(FIXTURE), out, generated_at=STAMP)
    assert [path.name for path in report.stale] == ["gone.md"]
    assert (out / "notes.md").read_text() == "my own notes\n"


# -- JSON Lines ---------------------------------------------------------------------------------


def test_jsonl_holds_every_record_as_it_is() -> None:
    result = run_cli("-w", str(FIXTURE), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    workspace = load_workspace(FIXTURE)
    by_kind = {
        "source": workspace.sources,
        "actor": workspace.actors,
        "event": workspace.events,
        "quote": workspace.quotes,
    }
    assert len(lines) == sum(len(records) for records in by_kind.values())
    for line in lines:
        assert line["record"] == by_kind[line["kind"]][line["id"]].model_dump(mode="json")
    assert [line["kind"] for line in lines] == sorted(
        (line["kind"] for line in lines), key=["source", "actor", "event", "quote"].index
    )


def test_jsonl_of_one_actor_takes_its_neighbours_and_nothing_else() -> None:
    result = run_cli("-w", str(FIXTURE), "--format", "jsonl", "senkivka")
    assert result.returncode == 0, result.stderr
    ids = {(line["kind"], line["id"]) for line in map(json.loads, result.stdout.splitlines())}
    assert ("actor", "senkivka") in ids
    assert ("event", "tanks-cross-senkivka") in ids  # takes place there
    assert ("quote", "q-tanks-crossed") not in ids or ("source", "kyiv-report") in ids
    assert ("actor", "mazyr") not in ids


@pytest.mark.parametrize("name", ["jsonl", "ftm", "stix"])
def test_json_formats_on_a_terminal_escape_what_a_terminal_would_obey(hostile: Path, name: str) -> None:
    result = run_cli("-w", str(hostile), "--format", name)
    assert result.returncode == 0, result.stderr
    for bad in ("\x1b", "\x07", "\x9b", "\u202e"):
        assert bad not in result.stdout
    assert "\\u001b]0;pwned\\u0007 \\u009b2J \\u202egnp.exe" in result.stdout  # the same text, escaped
    if name == "jsonl":
        actor = next(json.loads(line) for line in result.stdout.splitlines() if '"id": "formula"' in line)
        assert actor["record"]["aliases"][-1] == "\x1b]0;pwned\x07 \x9b2J \u202egnp.exe"


def test_jsonl_file_is_replaced_only_when_it_is_an_earlier_export(tmp_path: Path) -> None:
    workspace = load_workspace(FIXTURE)
    jsonl = get_format("jsonl")
    path, written = write_stream(workspace, jsonl, tmp_path, generated_at=STAMP)
    assert (path.name, written) == ("workspace.jsonl", True)
    assert write_stream(workspace, jsonl, path, generated_at=STAMP) == (path, False)
    foreign = tmp_path / "mine.jsonl"
    foreign.write_text('{"my": "data"}\n')
    with pytest.raises(ExportError, match="not a jsonl export of dossier"):
        write_stream(workspace, jsonl, foreign, generated_at=STAMP)
    assert foreign.read_text() == '{"my": "data"}\n'
    assert write_stream(workspace, jsonl, foreign, generated_at=STAMP, force=True) == (foreign, True)


# -- CSV -----------------------------------------------------------------------------------------


def _read_csv(path: Path) -> list[dict[str, str]]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf"), "Excel needs the byte-order mark to read UTF-8"
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_csv_writes_one_table_per_kind_that_csv_reads_back(tmp_path: Path) -> None:
    result = run_cli("-w", str(FIXTURE), "--format", "csv", "-o", str(tmp_path / "tables"))
    assert result.returncode == 0, result.stderr
    assert "exported 6 files" in result.stdout
    workspace = load_workspace(FIXTURE)
    tables = {path.stem: _read_csv(path) for path in (tmp_path / "tables").glob("*.csv")}
    assert sorted(tables) == ["actors", "events", "participants", "quotes", "relations", "sources"]
    assert {row["id"] for row in tables["actors"]} == set(workspace.actors)
    assert {row["id"] for row in tables["quotes"]} == set(workspace.quotes)
    luka = next(row for row in tables["actors"] if row["id"] == "alyaksandr-lukashenka")
    assert luka["aliases"].split("; ") == workspace.actors["alyaksandr-lukashenka"].aliases
    quote = next(row for row in tables["quotes"] if row["id"] == "q-tanks-crossed")
    assert (quote["grade"], quote["start"], quote["exact"]) == ("C2", "36", workspace.quotes["q-tanks-crossed"].exact)
    relation = next(row for row in tables["relations"] if row["type"] == "leader-of")
    assert (relation["actor"], relation["target"], relation["since"]) == ("alyaksandr-lukashenka", "belarus", "1994")
    assert len(tables["participants"]) == sum(len(e.participants) for e in workspace.events.values())


def test_csv_cells_never_start_a_formula(tmp_path: Path, hostile: Path) -> None:
    report = write_folder(load_workspace(hostile), get_format("csv"), tmp_path / "t", generated_at=STAMP)
    assert len(report.written) == 6
    row = next(row for row in _read_csv(tmp_path / "t" / "actors.csv") if row["id"] == "formula")
    assert row["name"] == '\'=HYPERLINK("https://evil.example","x")'
    assert row["aliases"].split("; ")[:4] == ["'+1+1", "-2+3", "@SUM(A1)", "plain"]
    assert row["aliases"].startswith("'")  # the cell as a whole starts with a formula character
    every_cell = [cell for path in (tmp_path / "t").glob("*.csv") for r in _read_csv(path) for cell in r.values()]
    assert not [cell for cell in every_cell if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]


def test_csv_refuses_to_replace_a_foreign_file_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "t"
    out.mkdir()
    (out / "quotes.csv").write_text("my,own\n1,2\n")
    result = run_cli("-w", str(FIXTURE), "--format", "csv", "-o", str(out))
    assert result.returncode == 1
    assert "quotes.csv exists and is not a csv export" in result.stderr
    assert sorted(path.name for path in out.iterdir()) == ["quotes.csv"]
    again = run_cli("-w", str(FIXTURE), "--format", "csv", "-o", str(out), "--force")
    assert again.returncode == 0, again.stderr
    rerun = run_cli("-w", str(FIXTURE), "--format", "csv", "-o", str(out))
    assert "(0 written, 6 unchanged)" in rerun.stdout


def test_csv_needs_a_folder() -> None:
    result = run_cli("-w", str(FIXTURE), "--format", "csv")
    assert result.returncode == 2
    assert "name a folder with -o DIR" in result.stderr


def test_json_text_escapes_every_terminal_active_character_and_keeps_the_value() -> None:
    from dossier.export.jsontext import dumps

    cases = {
        "a\x7fb": "\\u007f",
        "\x1b[2J": "\\u001b",
        "\x9b2J Лукашенко": "\\u009b",
        "\u202egnp.exe": "\\u202e",
        "soft\u00adhyphen": "\\u00ad",
        "tag \U000e0041 letter": "\\udb40\\udc41",
    }
    for value, escape in cases.items():
        text = dumps(value)
        assert escape in text and json.loads(text) == value
    assert dumps("Лукашенко “says” \U0001f600") == '"Лукашенко “says” \U0001f600"'  # readable text stays readable
