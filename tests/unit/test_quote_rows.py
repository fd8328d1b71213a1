"""Quotes files that validated once are cached as rows and rebuilt without validating again
(`dossier/quote_rows.py`). Rows only ever cost or save speed: every load gives the same records,
origins and located problems as a load without any cache, and `dossier check` validates all."""

from __future__ import annotations

import base64
import json
import sqlite3
from pathlib import Path
from typing import Any

from dossier.atomic import sha256_bytes
from dossier.cache import ParsedCache
from dossier.model import Quote
from dossier.quote_rows import FIELDS
from dossier.workspace import Workspace, load_workspace
from tests.conftest import make_workspace
from tests.unit.ingest_helpers import dossier
from tests.unit.search_workspace import make_search_workspace


def _everything(workspace: Workspace) -> dict[str, Any]:
    """All a load gives a user: records in their order, what each was given, origins, problems."""
    return {
        "quotes": [
            (record_id, quote.model_dump(), sorted(quote.model_fields_set))
            for record_id, quote in workspace.quotes.items()
        ],
        "others": {
            folder: [(record_id, record.model_dump()) for record_id, record in getattr(workspace, folder).items()]
            for folder in ("sources", "actors", "events")
        },
        "origins": list(workspace.origins.items()),
        "problems": [str(problem) for problem in workspace.problems],
        "hashes": workspace.file_hashes,
        "unloaded": sorted(workspace.unloaded),
    }


def _entry(path: Path) -> dict[str, Any]:
    with sqlite3.connect(ParsedCache().path) as db:
        row = db.execute("SELECT data FROM parsed WHERE sha256 = ?", (sha256_bytes(path.read_bytes()),)).fetchone()
    assert row is not None, f"no cache entry for {path.name}"
    return dict(json.loads(row[0]))


def _put_entry(path: Path, entry: dict[str, Any]) -> None:
    with sqlite3.connect(ParsedCache().path) as db:
        db.execute("UPDATE parsed SET data = ? WHERE sha256 = ?", (json.dumps(entry), sha256_bytes(path.read_bytes())))


def _with_rows(entry: dict[str, Any], rows: list[list[Any]], *, model: str | None = None) -> dict[str, Any]:
    """The entry holding other rows (and their heads) under a checksum that matches them, as if a model wrote them."""
    from dossier.quote_rows import ROW_LENGTH, _checksum, rows_entry

    if all(len(row) == ROW_LENGTH for row in rows):
        return {**entry, **rows_entry(entry["stem"], rows, model or entry["model"])}
    # Not rows at all, under the heads the entry had: as a damaged entry whose checksum still matches.
    text = _pack("\n".join(json.dumps(row) for row in rows))
    return {**entry, "rows": text, "sum": _checksum(text, entry["heads"]), "model": model or entry["model"]}


def _pack(lines: str) -> str:
    import base64
    import zlib

    return base64.b64encode(zlib.compress(lines.encode())).decode()


def _rows(entry: dict[str, Any]) -> list[list[Any]]:
    from dossier.quote_rows import lines_of

    return [json.loads(line) for line in lines_of(base64.b64decode(entry["rows"]))]


def _set_value(rows: list[list[Any]], index: int, field: str, value: Any) -> list[list[Any]]:
    position = 3 + FIELDS.index(field)
    rows[index][position] = value
    return rows


def test_a_load_from_rows_gives_what_a_load_without_cache_gives(tmp_path: Path) -> None:
    root = make_search_workspace(tmp_path / "ws")
    expected = _everything(load_workspace(root, use_cache=False))
    first = _everything(load_workspace(root))  # validates, writes rows
    quotes_files = sorted((root / "quotes").glob("*.yaml"))
    assert quotes_files and all("rows" in _entry(path) for path in quotes_files)
    from_rows = load_workspace(root)
    assert _everything(from_rows) == first == expected
    # Built quotes behave as validated ones: equal, and changed only through a copy of their own.
    validated = load_workspace(root, use_cache=False)
    for record_id, quote in from_rows.quotes.items():
        assert type(quote) is Quote and quote == validated.quotes[record_id]
    some = next(iter(from_rows.quotes.values()))
    before = some.model_dump()
    edited = some.model_copy(update={"credibility": 1})
    assert edited.credibility == 1 and some.model_dump() == before
    some.notes = "checked by hand"
    assert "notes" in some.model_fields_set and "notes" not in edited.model_fields_set


def test_the_rows_are_what_the_next_load_builds_its_quotes_from(tmp_path: Path) -> None:
    # Shown with rows that differ from the file (a checksum that matches them): the load takes them as they are.
    root = make_workspace(tmp_path / "ws")
    load_workspace(root)
    path = root / "quotes" / "article.yaml"
    entry = _entry(path)
    _put_entry(path, _with_rows(entry, _set_value(_rows(entry), 0, "notes", "from the rows")))
    assert load_workspace(root).quotes["q-agreed"].notes == "from the rows"


def test_a_file_edited_on_disk_is_validated_again_and_its_problem_located(tmp_path: Path) -> None:
    root = make_workspace(tmp_path / "ws")
    load_workspace(root)
    load_workspace(root)
    path = root / "quotes" / "article.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("credibility: 3", "credibility: 9", 1), encoding="utf-8")
    uncached = _everything(load_workspace(root, use_cache=False))
    assert any(problem.startswith("quotes/article.yaml:11:16: [0].credibility:") for problem in uncached["problems"])
    assert _everything(load_workspace(root)) == uncached
    assert _everything(load_workspace(root)) == uncached  # the file with a problem is never kept as rows
    assert "rows" not in _entry(path)


def test_a_damaged_rows_entry_is_ignored_and_written_again(tmp_path: Path) -> None:
    root = make_workspace(tmp_path / "ws")
    expected = _everything(load_workspace(root, use_cache=False))
    load_workspace(root)
    path = root / "quotes" / "article.yaml"
    entry = _entry(path)
    # Bytes changed under the checksum, in the compressed rows or in the heads: the file is read again.
    for damaged in (
        {**entry, "rows": ("B" if entry["rows"][0] == "A" else "A") + entry["rows"][1:]},
        {**entry, "heads": entry["heads"].replace("q-agreed", "q-damaged")},
    ):
        _put_entry(path, damaged)
        assert _everything(load_workspace(root)) == expected
        assert _entry(path) == entry
    from dossier.quote_rows import _checksum

    not_heads = {**entry, "heads": "[[1,2,3]]", "sum": _checksum(entry["rows"], "[[1,2,3]]")}
    not_rows = _with_rows(entry, [[1, 2, 3]], model="an-earlier-model")  # rows validated in full: not rows at all
    not_packed = {**entry, "rows": "not base64!", "sum": _checksum("not base64!", entry["heads"])}
    for broken in ({**entry, "rows": 42}, {**entry, "sum": None}, not_heads, not_rows, not_packed, {"rows": "["}):
        _put_entry(path, broken)
        assert _everything(load_workspace(root)) == expected


def test_rows_another_model_wrote_are_validated_in_full(tmp_path: Path) -> None:
    # As after an upgrade: rows this model did not write are validated before they are used;
    # rows that no longer validate are set aside for what the file says.
    root = make_workspace(tmp_path / "ws")
    expected = _everything(load_workspace(root, use_cache=False))
    load_workspace(root)
    path = root / "quotes" / "article.yaml"
    entry = _entry(path)
    _put_entry(path, _with_rows(entry, _set_value(_rows(entry), 1, "credibility", 9), model="an-earlier-model"))
    assert _everything(load_workspace(root)) == expected
    assert _entry(path) == entry  # written again, by this model
    _put_entry(path, {**entry, "model": "an-earlier-model"})
    assert _everything(load_workspace(root)) == expected
    assert _entry(path) == entry


def test_check_validates_quotes_even_when_the_cache_holds_them_as_rows(tmp_path: Path) -> None:
    # The cache is made to lie: it holds trusted rows for the bytes of a file with a bad quote.
    # A plain load takes the rows; `dossier check` validates them, and reports what the file has.
    root = make_workspace(tmp_path / "ws")
    load_workspace(root)
    path = root / "quotes" / "article.yaml"
    entry = _entry(path)
    text = path.read_text(encoding="utf-8")
    path.write_text("credibility: 9".join(text.rsplit("credibility: 3", 1)), encoding="utf-8")  # the second quote
    uncached = [str(problem) for problem in load_workspace(root, use_cache=False).problems]
    assert uncached == [
        "quotes/article.yaml:22:16: [1].credibility: 9 is out of range: input should be less than or equal to 6"
    ]
    load_workspace(root)  # the bad file's reading is cached...
    _put_entry(path, _with_rows(entry, _set_value(_rows(entry), 1, "credibility", 9)))  # ...and replaced by rows
    assert load_workspace(root).quotes["q-denied"].credibility == 9
    checked = load_workspace(root, validate=True)
    assert "q-denied" not in checked.quotes and [str(problem) for problem in checked.problems] == uncached
    result = dossier("check", str(root))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "quotes/article.yaml:22:16: error: [1].credibility: 9 is out of range" in result.stdout


def test_the_same_bytes_under_another_file_name_are_validated_for_that_name(tmp_path: Path) -> None:
    root = make_workspace(tmp_path / "ws")
    original = root / "quotes" / "article.yaml"
    (root / "quotes" / "copy.yaml").write_bytes(original.read_bytes())
    expected = _everything(load_workspace(root, use_cache=False))
    assert any("lives in copy.yaml" in problem for problem in expected["problems"])
    load_workspace(root)
    assert _everything(load_workspace(root)) == expected
    assert _everything(load_workspace(root)) == expected


def test_values_that_validation_converts_are_not_kept_as_rows(tmp_path: Path) -> None:
    root = make_workspace(tmp_path / "ws")
    path = root / "quotes" / "article.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("credibility: 3", 'credibility: "3"'), encoding="utf-8")
    expected = _everything(load_workspace(root, use_cache=False))
    assert expected["problems"] == [] and len(expected["quotes"]) == 2
    load_workspace(root)
    assert "rows" not in _entry(path)
    assert _everything(load_workspace(root)) == expected


def test_duplicate_ids_across_files_are_reported_from_rows_as_from_the_files(tmp_path: Path) -> None:
    root = make_workspace(tmp_path / "ws")
    source = (root / "sources" / "article.yaml").read_text(encoding="utf-8")
    (root / "sources" / "other.yaml").write_text(source.replace("id: article", "id: other"), encoding="utf-8")
    (root / "sources" / "other.txt").write_bytes((root / "sources" / "article.txt").read_bytes())
    quotes = (root / "quotes" / "article.yaml").read_text(encoding="utf-8")
    (root / "quotes" / "other.yaml").write_text(quotes.replace("source: article", "source: other"), encoding="utf-8")
    expected = _everything(load_workspace(root, use_cache=False))
    assert any("duplicate id 'q-agreed'" in problem for problem in expected["problems"])
    load_workspace(root)
    assert all("rows" in _entry(root / "quotes" / name) for name in ("article.yaml", "other.yaml"))
    assert _everything(load_workspace(root)) == expected


def test_reloading_an_edited_file_validates_it_again(tmp_path: Path) -> None:
    from dossier.workspace import reload_files

    root = make_workspace(tmp_path / "ws")
    load_workspace(root)
    workspace = load_workspace(root)  # from rows
    path = root / "quotes" / "article.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("credibility: 3", "credibility: 9", 1), encoding="utf-8")
    reload_files(workspace, ["quotes/article.yaml"])
    assert _everything(workspace) == _everything(load_workspace(root, use_cache=False))
    assert "q-agreed" not in workspace.quotes and workspace.problems
    path.write_text(text, encoding="utf-8")
    reload_files(workspace, ["quotes/article.yaml"])
    assert _everything(workspace) == _everything(load_workspace(root, use_cache=False))
    assert "q-agreed" in workspace.quotes and not workspace.problems


def test_a_compacted_record_is_the_record(tmp_path: Path) -> None:
    from dossier.paths import bundled_seeds
    from dossier.quote_rows import compact

    seeds = load_workspace(bundled_seeds(), use_cache=False)
    records = [
        record for folder in ("sources", "actors", "events", "quotes") for record in getattr(seeds, folder).values()
    ]
    assert records
    for record in records:
        copy = compact(record)
        assert type(copy) is type(record) and copy == record and copy is not record
        assert copy.model_dump() == record.model_dump() and copy.model_fields_set == record.model_fields_set
    changed = compact(records[0]).model_copy(update={"notes": "changed"})
    assert changed.notes == "changed" and records[0].notes != "changed"
