"""The extraction digest (`benchmarks/extract_digest.py`) says whether extraction changed on a folder."""

from __future__ import annotations

from pathlib import Path

from benchmarks.extract_digest import digest_row, main


def _folder(tmp_path: Path, second: str) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir(exist_ok=True)
    (folder / "a.txt").write_text("Minister Ilse Varn met officials in Oslo on 3 March 2024, the ministry said.\n")
    (folder / "b.txt").write_text(second)
    return folder


def test_the_same_documents_give_the_same_digest_and_a_changed_one_another(tmp_path: Path) -> None:
    first = digest_row(_folder(tmp_path, "Varn said the talks in Bergen would go on.\n"))
    again = digest_row(_folder(tmp_path, "Varn said the talks in Bergen would go on.\n"))
    changed = digest_row(_folder(tmp_path, "Varn said the talks in Tromsø would go on.\n"))
    assert first == again
    assert first[1] == "2"  # both documents read
    assert changed[-2] != first[-2] and changed[-1] != first[-1]  # alone and in one workspace


def test_the_table_names_each_folder(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    folder = _folder(tmp_path, "Varn said the talks in Bergen would go on.\n")
    assert main([str(folder)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split()[:2] == ["folder", "docs"]
    assert str(folder) in out
