"""`dossier export` output, byte for byte, against golden files; and how it writes them.

The workspace is `tests/fixtures/export_workspace/`: two sources, six actors, three events
and seven quotes, among them a relocated one, an orphaned one, a draft, words attributed to
an unnamed speaker, and quotes that assert and deny the same subject. The golden files in
`tests/unit/golden/` are what an analyst would get from it.

After an intended change to the output, regenerate the golden files and review the diff:

    UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/unit/test_export_golden.py
    git diff tests/unit/golden/
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dossier.cli import main
from dossier.export.service import ExportError, export_all, export_dossier, generated_at_now, write_all
from dossier.workspace import load_workspace
from tests.unit.markdown_check import parse_export

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "export_workspace"
GOLDEN = Path(__file__).resolve().parent / "golden"
STAMP = "2024-05-01T12:00:00Z"
EPOCH = "1714564800"  # the same moment as STAMP, as SOURCE_DATE_EPOCH
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


def _matches_golden(name: str, actual: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(actual.encode("utf-8"))
    assert path.exists(), f"no golden file {name}; run with UPDATE_GOLDEN=1 to create it"
    assert actual == path.read_bytes().decode("utf-8"), f"{name} differs from its golden file (see module docstring)"


def run_export(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dossier.cli", "export", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "SOURCE_DATE_EPOCH": EPOCH, **(env or {})},
    )


def test_actor_dossier_matches_golden() -> None:
    text = export_dossier(load_workspace(FIXTURE), "alyaksandr-lukashenka", generated_at=STAMP)
    _matches_golden("actor-alyaksandr-lukashenka.md", text)
    parsed = parse_export(text)
    assert parsed.headings(1) == ["Alyaksandr Lukashenka"]
    assert parsed.headings(2) == ["Relations", "Timeline", "Claims", "Contradictions", "Sources"]
    assert parsed.front_matter["sources"] == ["kyiv-report", "minsk-briefing"]
    assert parsed.front_matter["generated-at"] == STAMP


def test_event_dossier_matches_golden() -> None:
    text = export_dossier(load_workspace(FIXTURE), "tanks-cross-senkivka", generated_at=STAMP)
    _matches_golden("event-tanks-cross-senkivka.md", text)
    parsed = parse_export(text)
    assert parsed.headings(2) == ["Participants", "Quotes", "Contradictions", "Sources"]


def test_export_all_through_the_cli_matches_golden(tmp_path: Path) -> None:
    out = tmp_path / "brief"
    result = run_export("--all", "-o", str(out), "-w", str(FIXTURE))
    assert result.returncode == 0, result.stderr
    assert "exported 10 files" in result.stdout and "(10 written, 0 unchanged)" in result.stdout
    assert result.stderr == ""
    names = sorted(path.name for path in out.iterdir())
    if UPDATE:
        shutil.rmtree(GOLDEN / "all", ignore_errors=True)
    for name in names:
        _matches_golden(f"all/{name}", (out / name).read_text(encoding="utf-8"))
    assert names == sorted(path.name for path in (GOLDEN / "all").iterdir())
    for name in names:
        parse_export((out / name).read_text(encoding="utf-8"))


def test_the_index_links_every_dossier(tmp_path: Path) -> None:
    workspace = load_workspace(FIXTURE)
    paths = export_all(workspace, tmp_path, generated_at=STAMP)
    assert paths[0].name == "_index.md"
    parsed = parse_export((tmp_path / "_index.md").read_text(encoding="utf-8"))
    hrefs = [token.attrs["href"] for token in parsed.walk() if token.type == "link_open"]
    linked = {href.removesuffix(".md") for href in hrefs}
    assert linked == set(workspace.actors) | set(workspace.events)
    # Every relative link of every dossier points at a file of the export.
    for path in paths:
        for token in parse_export(path.read_text(encoding="utf-8")).walk():
            href = str(token.attrs.get("href", "")) if token.type == "link_open" else ""
            if href.endswith(".md"):
                assert (tmp_path / href).is_file(), f"{path.name} links to missing {href}"


def test_same_workspace_gives_byte_identical_exports(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        shutil.copytree(FIXTURE, tmp_path / f"ws-{folder}")
        export_all(load_workspace(tmp_path / f"ws-{folder}", use_cache=False), tmp_path / folder, generated_at=STAMP)
    first = {path.name: path.read_bytes() for path in (tmp_path / "a").iterdir()}
    second = {path.name: path.read_bytes() for path in (tmp_path / "b").iterdir()}
    assert first == second and len(first) == 10


def test_source_date_epoch_fixes_generated_at() -> None:
    assert generated_at_now({"SOURCE_DATE_EPOCH": EPOCH}) == STAMP
    with pytest.raises(ExportError, match="SOURCE_DATE_EPOCH must be a whole number"):
        generated_at_now({"SOURCE_DATE_EPOCH": "yesterday"})
    assert generated_at_now({}).endswith("Z")


def test_one_dossier_goes_to_stdout_or_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    result = run_export("tanks-cross-senkivka", "-w", str(FIXTURE))
    assert result.returncode == 0, result.stderr
    assert result.stdout == (GOLDEN / "event-tanks-cross-senkivka.md").read_text(encoding="utf-8")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    assert main(["export", "tanks-cross-senkivka", "-w", str(FIXTURE), "-o", str(tmp_path)]) == 0
    assert capsys.readouterr().out == f"wrote {tmp_path / 'tanks-cross-senkivka.md'}\n"
    assert (tmp_path / "tanks-cross-senkivka.md").read_bytes() == (
        GOLDEN / "event-tanks-cross-senkivka.md"
    ).read_bytes()


def test_reexport_leaves_files_whose_only_change_is_the_time(tmp_path: Path) -> None:
    workspace = load_workspace(FIXTURE)
    write_all(workspace, tmp_path, generated_at=STAMP)
    before = (tmp_path / "belarus.md").read_bytes()
    report = write_all(workspace, tmp_path, generated_at="2030-01-01T00:00:00Z")
    assert report.written == [] and len(report.unchanged) == 10
    assert (tmp_path / "belarus.md").read_bytes() == before


def test_refuses_to_overwrite_a_file_that_is_not_an_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    notes = tmp_path / "belarus.md"
    notes.write_text("# My own notes on Belarus\n", encoding="utf-8")
    assert main(["export", "--all", "-o", str(tmp_path), "-w", str(FIXTURE)]) == 1
    message = "belarus.md exists and is not a dossier export; not overwritten (use --force to replace it)"
    assert message in capsys.readouterr().err
    assert notes.read_text(encoding="utf-8") == "# My own notes on Belarus\n"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["belarus.md"], "nothing is written on refusal"
    assert main(["export", "belarus", "-o", str(notes), "-w", str(FIXTURE)]) == 1
    assert message in capsys.readouterr().err
    assert notes.read_text(encoding="utf-8") == "# My own notes on Belarus\n"

    assert main(["export", "--all", "-o", str(tmp_path), "-w", str(FIXTURE), "--force"]) == 0
    assert notes.read_bytes() == (GOLDEN / "all" / "belarus.md").read_bytes()


def test_earlier_exports_of_removed_records_are_reported_not_deleted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace_dir = tmp_path / "ws"
    shutil.copytree(FIXTURE, workspace_dir)
    out = tmp_path / "out"
    assert main(["export", "--all", "-o", str(out), "-w", str(workspace_dir)]) == 0
    (workspace_dir / "actors" / "mazyr.yaml").unlink()
    event = workspace_dir / "events" / "columns-near-mazyr.yaml"
    event.write_text(event.read_text(encoding="utf-8").replace("place: mazyr\n", ""), encoding="utf-8")
    capsys.readouterr()
    assert main(["export", "--all", "-o", str(out), "-w", str(workspace_dir)]) == 0
    captured = capsys.readouterr()
    assert "1 earlier export of records no longer in the workspace left in place: mazyr.md" in captured.out
    assert (out / "mazyr.md").exists()


def test_bad_requests_get_one_clear_line(capsys: pytest.CaptureFixture[str]) -> None:
    # In-process through the real entry point: these exit before writing, and a subprocess each would be slow.
    cases = {
        ("nobody",): "dossier export: no actor or event has the id 'nobody'",
        ("../../etc/passwd",): "dossier export: '../../etc/passwd' is not a valid id",
        ("minsk-briefing",): "dossier export: 'minsk-briefing' is a source; only actors and events have dossiers",
        ("--all",): "dossier export: --all writes one file per dossier; name a folder with -o DIR",
        (): "dossier export: give one ID, or --all with -o DIR",
    }
    for args, message in cases.items():
        assert main(["export", *args, "-w", str(FIXTURE)]) in (1, 2), args
        captured = capsys.readouterr()
        assert captured.out == ""
        assert captured.err.startswith(message), (args, captured.err)


def test_a_link_in_the_export_folder_is_not_followed_out_of_it(tmp_path: Path) -> None:
    outside = tmp_path / "outside.md"
    outside.write_text("someone else's file\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "belarus.md").symlink_to(outside)
    with pytest.raises(ExportError, match="belarus.md is not a regular file; not replaced"):
        write_all(load_workspace(FIXTURE), out, generated_at=STAMP, force=True)
    assert outside.read_text(encoding="utf-8") == "someone else's file\n"
    assert sorted(path.name for path in out.iterdir()) == ["belarus.md"]
