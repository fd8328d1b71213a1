"""A run of many files in one session writes what separate runs write, file by file.

The session keeps the index of known actors and the ids in use from one file to the next
instead of building them again (`service.IngestSession`); these stories share people, places
and bodies under other spellings, so every later file leans on what the earlier ones drafted.
"""

from __future__ import annotations

from pathlib import Path

from dossier.ingest.service import IngestSession, ingest_file
from dossier.workspace import load_workspace
from tests.unit.ingest_helpers import assert_valid, snapshot

STORIES = {
    "harbour.md": (
        "# Harbour strike enters second week\n\n"
        "Dock workers in Rotterdam stayed out on Monday. Marieke van Tollenaar, who leads the Port Workers "
        "Federation (PWF), said the union would not return until the Harbour Authority of Rotterdam "
        "withdrew its plan. Van Tollenaar spoke outside the terminal.\n"
    ),
    "talks.md": (
        "# Talks on the harbour dispute collapse\n\n"
        "Talks between the PWF and the Harbour Authority broke down in ROTTERDAM on Wednesday, "
        "Marieke van Tollenaar told reporters. Officials in The Hague said ministers would meet in Brussels.\n"
    ),
    "ministers.md": (
        "# Ministers meet in Brussels\n\n"
        "Ministers from the Netherlands and Belgium met in Brussels on Thursday. The Dutch transport minister, "
        "Joost Kerkhoven, said shipping through Antwerp had doubled during the strike in Rotterdam.\n"
    ),
    "antwerp.md": (
        "# Antwerp takes the overflow\n\n"
        "Ships turned away from Rotterdam queued off Antwerp, where the Port of Antwerp-Bruges said on Friday "
        "that it had opened two more berths. Kerkhoven thanked Belgian officials in a statement.\n"
    ),
    "deal.md": (
        "# Deal ends the harbour strike\n\n"
        "The Port Workers Federation and the Harbour Authority of Rotterdam signed a deal on Saturday, "
        "Van Tollenaar said. Joost Kerkhoven welcomed it in The Hague.\n"
    ),
}


def _write_stories(folder: Path) -> list[Path]:
    folder.mkdir()
    paths = []
    for name, text in STORIES.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def test_one_session_over_many_files_writes_what_a_run_per_file_writes(tmp_path: Path) -> None:
    paths = _write_stories(tmp_path / "stories")
    alone = tmp_path / "alone"
    assert [ingest_file(alone, path).status for path in paths] == ["added"] * len(paths)
    shared = tmp_path / "shared"
    session = IngestSession(shared)
    assert [ingest_file(shared, path, session=session).status for path in paths] == ["added"] * len(paths)
    assert snapshot(shared) == snapshot(alone)
    assert_valid(shared)
    # Later files found the drafts of earlier ones: one Marieke van Tollenaar, one Rotterdam.
    names = [actor.name for actor in load_workspace(shared).actors.values()]
    assert names.count("Marieke van Tollenaar") == 1
    assert sum(name.casefold() == "rotterdam" for name in names) == 1


def test_a_session_sees_an_actor_filed_by_hand_between_two_files(tmp_path: Path) -> None:
    paths = _write_stories(tmp_path / "stories")
    root = tmp_path / "ws"
    session = IngestSession(root)
    assert ingest_file(root, paths[0], session=session).status == "added"
    # The analyst files the minister by hand before the next file: the session reads it, and the
    # ingest that follows links to it instead of drafting a second Kerkhoven.
    (root / "actors" / "kerkhoven.yaml").write_text(
        "id: kerkhoven\nname: Joost Kerkhoven\nkind: person\n", encoding="utf-8"
    )
    assert ingest_file(root, paths[2], session=session).status == "added"
    workspace = load_workspace(root)
    assert [actor.id for actor in workspace.actors.values() if actor.name == "Joost Kerkhoven"] == ["kerkhoven"]
    assert_valid(root)


def test_an_ingest_syncs_each_folder_once_and_writes_the_quotes_file_last(tmp_path: Path, monkeypatch) -> None:
    import os

    paths = _write_stories(tmp_path / "stories")
    root = tmp_path / "ws"
    synced: list[str] = []
    real_fsync = os.fsync

    def recording_fsync(fd: int) -> None:
        synced.append(os.readlink(f"/proc/self/fd/{fd}"))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", recording_fsync)
    assert ingest_file(root, paths[0]).status == "added"
    folders = [Path(name).name for name in synced if Path(name).is_dir()]
    files = [Path(name) for name in synced if not Path(name).is_dir()]
    written = [path for folder in ("sources", "actors", "events", "quotes") for path in (root / folder).iterdir()]
    # Every file reached the disk, but each folder was synced once, not once per file...
    assert len(files) == len(written) and len(written) > 5
    assert sorted(folders) == ["actors", "events", "quotes", "sources"]
    # ...and the quotes file, which marks the source as done, only after the others were durable.
    assert folders[-1] == "quotes" and Path(files[-1]).parent.name == "quotes"
