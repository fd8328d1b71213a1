"""Class 4, filesystem: no id or link leads outside the workspace, and no failure loses a file.

Read-only folders and full disks are real here when the machine allows it: the case runs in
its own mount namespace (`unshare -rm`) with a read-only bind mount or a 64 KiB tmpfs. A
process killed mid-save is a real child process, killed with SIGKILL at random moments.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from dossier.atomic import ConflictError, WriteError, write_atomic
from dossier.checks import check_workspace
from dossier.workspace import load_workspace
from tests.conftest import make_workspace
from tests.hostile.helpers import no_traceback, run_dossier, tree
from tests.hostile.kills import KillTally, kill_while_writing

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("record_id", "message"),
    [
        ("../../etc/passwd", "'../../etc/passwd' is not a valid id (lowercase letters, digits and single hyphens)"),
        ("/etc/passwd", "'/etc/passwd' is not a valid id (lowercase letters, digits and single hyphens)"),
        ("..\\..\\boot", "'..\\\\..\\\\boot' is not a valid id (lowercase letters, digits and single hyphens)"),
        ("belarus\x00.txt", "'belarus\\x00.txt' is not a valid id (lowercase letters, digits and single hyphens)"),
        ("", "'' is not a valid id (lowercase letters, digits and single hyphens)"),
        ("a" * 81, f"'{'a' * 81}' is not a valid id (lowercase letters, digits and single hyphens)"),
        ("con", "'con' cannot be an id: it names a device on Windows, so no file can have it"),
        ("lpt1", "'lpt1' cannot be an id: it names a device on Windows, so no file can have it"),
    ],
    ids=["dotdot", "absolute", "backslashes", "nul", "empty", "too-long", "reserved-con", "reserved-lpt1"],
)
def test_an_id_cannot_name_a_path_outside_its_folder(tmp_path: Path, record_id: str, message: str) -> None:
    workspace = load_workspace(make_workspace(tmp_path / "ws"))
    before = tree(tmp_path)
    with pytest.raises(ValueError) as info:
        workspace.save("actors", record_id, {"id": "x", "name": "X", "kind": "state"})
    assert str(info.value) == message
    assert tree(tmp_path) == before


def test_a_device_name_in_a_file_is_reported(tmp_path: Path) -> None:
    root = make_workspace(tmp_path / "ws")
    (root / "actors" / "aux.yaml").write_text("id: aux\nname: Aux\nkind: other\n")
    assert [str(p) for p in load_workspace(root).problems] == [
        "actors/aux.yaml:1:5: id: 'aux' cannot be an id: it names a device on Windows, so no file can have it"
    ]


def test_a_link_to_a_file_outside_is_not_read(tmp_path: Path) -> None:
    root = make_workspace(tmp_path / "ws")
    secret = tmp_path / "secret.yaml"
    secret.write_text("id: secret\nname: Secret\nkind: person\n")
    (root / "actors" / "secret.yaml").symlink_to(secret)
    workspace = load_workspace(root)
    assert "secret" not in workspace.actors
    assert [str(p) for p in workspace.problems] == [
        "actors/secret.yaml:1:1: links to a file outside the workspace; not read"
    ]


def test_a_linked_folder_outside_is_neither_read_nor_written(tmp_path: Path) -> None:
    root = make_workspace(tmp_path / "ws")
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "spy.yaml").write_text("id: spy\ntitle: Planted\n")
    (root / "events" / "tanks-cross.yaml").rename(outside / "tanks-cross.yaml")
    (root / "events").rmdir()
    (root / "events").symlink_to(outside)
    workspace = load_workspace(root)
    assert workspace.events == {}
    assert [str(p) for p in workspace.problems] == [
        "events/spy.yaml:1:1: links to a file outside the workspace; not read",
        "events/tanks-cross.yaml:1:1: links to a file outside the workspace; not read",
    ]
    before = tree(outside)
    with pytest.raises(ValueError, match=r"^events/ links to a folder outside the workspace; not used$"):
        workspace.save("events", "new-event", {"id": "new-event", "title": "New"})
    assert tree(outside) == before


def test_a_source_text_linked_outside_is_not_read(tmp_path: Path) -> None:
    root = make_workspace(tmp_path / "ws")
    secret = tmp_path / "id_rsa"
    secret.write_text("-----BEGIN PRIVATE KEY-----\n")
    (root / "sources" / "article.txt").unlink()
    (root / "sources" / "article.txt").symlink_to(secret)
    workspace = load_workspace(root)
    assert workspace.source_text("article") is None
    problems = [str(p) for p in check_workspace(workspace).problems]
    assert problems == [
        "sources/article.yaml:1:5: sources/article.txt cannot be read: it links to a file outside the workspace; "
        "not read"
    ]


def test_a_fifo_named_like_a_record_does_not_hang_loading(tmp_path: Path) -> None:
    root = make_workspace(tmp_path / "ws")
    os.mkfifo(root / "actors" / "pipe.yaml")
    (root / "actors" / "folder.yaml").mkdir()
    workspace = load_workspace(root)  # would block forever if the FIFO were opened
    assert sorted(workspace.actors) == ["belarus", "lukashenka", "senkivka"]


def test_an_edit_made_on_disk_is_never_overwritten(tmp_path: Path) -> None:
    root = make_workspace(tmp_path / "ws")
    workspace = load_workspace(root)
    path = root / "actors" / "belarus.yaml"
    path.write_text("id: belarus\nname: Belarus (edited in vim)\nkind: state\n")
    actor = workspace.actors["belarus"].model_copy(update={"name": "Belarus (from the app)"})
    with pytest.raises(ConflictError) as info:
        workspace.save("actors", "belarus", actor)
    assert str(info.value) == "belarus.yaml changed on disk since it was read; not overwritten (reload and try again)"
    assert path.read_text() == "id: belarus\nname: Belarus (edited in vim)\nkind: state\n"


def test_two_creators_of_one_file_do_not_both_win(tmp_path: Path) -> None:
    path = tmp_path / "new.yaml"
    write_atomic(path, b"first\n", create_only=True)
    with pytest.raises(ConflictError) as info:
        write_atomic(path, b"second\n", create_only=True)
    assert str(info.value) == "new.yaml already exists; not overwritten"
    assert path.read_bytes() == b"first\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.yaml"]


def test_a_creator_that_loses_a_race_does_not_replace_the_winner(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "new.yaml"
    real_mkstemp = tempfile.mkstemp

    def other_process_wins(*args: Any, **kwargs: Any) -> tuple[int, str]:
        made = real_mkstemp(*args, **kwargs)
        path.write_bytes(b"the other process\n")  # created between our check and our rename
        return made

    monkeypatch.setattr(tempfile, "mkstemp", other_process_wins)
    with pytest.raises(ConflictError) as info:
        write_atomic(path, b"ours\n", create_only=True)
    assert str(info.value) == "new.yaml already exists; not overwritten"
    assert path.read_bytes() == b"the other process\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.yaml"]


def test_a_new_record_file_is_as_readable_as_the_others(tmp_path: Path) -> None:
    root = make_workspace(tmp_path / "ws")
    workspace = load_workspace(root)
    path = workspace.save("actors", "minsk", {"id": "minsk", "name": "Minsk", "kind": "place"}, create_only=True)
    umask = os.umask(0o022)
    os.umask(umask)
    # Not mkstemp's private 0600: the same mode as a file the analyst's editor would create.
    assert oct(path.stat().st_mode & 0o777) == oct(0o666 & ~umask)


def test_a_full_disk_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = make_workspace(tmp_path / "ws")
    workspace = load_workspace(root)
    path = root / "actors" / "belarus.yaml"
    before = path.read_bytes()

    def disk_full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    actor = workspace.actors["belarus"].model_copy(update={"summary": "x" * 10_000})
    with pytest.raises(WriteError) as info:
        workspace.save("actors", "belarus", actor)
    assert str(info.value) == "could not write belarus.yaml: the disk is full; the file is unchanged"
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["belarus.yaml", "lukashenka.yaml", "senkivka.yaml"]


# -- real read-only and full file systems, in a private mount namespace -----------------------------

NAMESPACE_SCRIPT = """
import json, sys
sys.path.insert(0, {repo!r})
from pathlib import Path
from dossier.atomic import WriteError
from dossier.workspace import load_workspace
root = Path({root!r})
workspace = load_workspace(root, use_cache=False)
actor = workspace.actors["belarus"].model_copy(update={{"summary": "x" * 200_000}})
try:
    workspace.save("actors", "belarus", actor)
    print(json.dumps({{"saved": True}}))
except WriteError as exc:
    print(json.dumps({{"saved": False, "error": str(exc)}}))
"""


def run_in_namespace(mount: str, target: Path, root: Path) -> dict[str, object]:
    if shutil.which("unshare") is None:
        pytest.skip("unshare is not available")
    script = NAMESPACE_SCRIPT.format(repo=str(REPO), root=str(root))
    command = f'{mount} && exec "$0" -c "$1"'
    result = subprocess.run(
        ["unshare", "-rm", "sh", "-c", command, sys.executable, script, str(target)],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    if "Operation not permitted" in result.stderr or "unshare failed" in result.stderr:
        pytest.skip(f"no private mount namespace here: {result.stderr.strip()}")
    assert "Traceback" not in result.stderr, result.stderr
    return json.loads(result.stdout)


def test_a_read_only_workspace_refuses_the_save_and_keeps_the_file(tmp_path: Path) -> None:
    root = make_workspace(tmp_path / "ws")
    before = tree(root)
    outcome = run_in_namespace('mount --bind -o ro "$2" "$2"', root, root)
    assert outcome == {
        "saved": False,
        "error": "cannot write in actors/: Read-only file system; belarus.yaml is unchanged",
    }
    assert tree(root) == before


def test_a_really_full_disk_keeps_the_old_file(tmp_path: Path) -> None:
    mount_point = tmp_path / "small"
    mount_point.mkdir()
    # Build the workspace inside the 64 KiB tmpfs, then try to save a 200 KB record there.
    script_root = mount_point / "ws"
    build = 'mount -t tmpfs -o size=64k tmpfs "$2" && cp -r ' + str(make_workspace(tmp_path / "template")) + ' "$2/ws"'
    outcome = run_in_namespace(build, mount_point, script_root)
    assert outcome == {"saved": False, "error": "could not write belarus.yaml: the disk is full; the file is unchanged"}


# -- a process killed mid-save --------------------------------------------------------------------------


SAVES = 16  # per child: enough that a kill after a random number of them lands among the rest
KILL_ROUNDS = 10  # bounded in count, not in time


def _save_many(root: Path, report: int) -> None:
    """Child process: save two files over and over, growing and shrinking them; after each save,
    tell the parent through the pipe `report`."""
    workspace = load_workspace(root, use_cache=False)
    for count in range(1, SAVES + 1):
        actor = workspace.actors["belarus"].model_copy(update={"summary": "s" * (count * 997 % 50_000)})
        workspace.save("actors", "belarus", actor)
        os.write(report, b"a")
        notes = "n" * (count * 89 % 3000)
        quotes = [quote.model_copy(update={"notes": notes}) for quote in workspace.quotes_of_source("article")]
        workspace.save("quotes", "article", quotes)
        os.write(report, b"q")


def test_a_process_killed_mid_save_leaves_a_workspace_that_loads(tmp_path: Path) -> None:
    root = make_workspace(tmp_path / "ws")
    load_workspace(root, use_cache=False)  # import and warm everything before forking
    watched = [root / "actors" / "belarus.yaml", root / "quotes" / "article.yaml"]
    rng = random.Random(7)
    tally = KillTally()
    for kill in range(1, KILL_ROUNDS + 1):
        before = [path.stat().st_ino for path in watched]
        read_end, write_end = os.pipe()
        os.set_blocking(read_end, False)
        reported = bytearray()
        saves = rng.randint(1, SAVES * 2 * 3 // 4)

        def writing(
            read_end: int = read_end, saves: int = saves, before: list[int] = before, reported: bytearray = reported
        ) -> bool:
            with contextlib.suppress(BlockingIOError):
                reported.extend(os.read(read_end, 4096))
            # The child says how far it is, and the disk shows it: a record file was replaced.
            return len(reported) >= saves and [path.stat().st_ino for path in watched] != before

        try:
            kill_while_writing(
                partial(_save_many, root, write_end),
                writing=writing,
                done=tmp_path / "done",
                watch=root,
                rng=rng,
                jitter=0.003,
                tally=tally,
            )
        finally:
            os.close(read_end)
            os.close(write_end)
        workspace = load_workspace(root, use_cache=False)
        problems = [
            str(p) for p in check_workspace(workspace).problems if "left by an interrupted save" not in p.message
        ]
        assert problems == [], f"after kill {kill}: {problems}"
        assert sorted(workspace.quotes) == ["q-agreed", "q-denied"]
    print(tally)  # shown with -s
    assert tally.mid_write >= KILL_ROUNDS * 2 // 3, str(tally)
    result = run_dossier("check", "ws", cwd=tmp_path)
    no_traceback(result)
    assert result.returncode == 0
    lines = result.stdout.decode().splitlines()
    assert lines[-1] == "ok: ws: 1 source, 3 actors, 1 event, 2 quotes (2 anchored exactly)"
    # A save killed between creating its temporary file and renaming it leaves that file; check names it.
    leftovers = sorted(
        f"ws/{folder}/{p.name}" for folder in ("actors", "quotes") for p in (root / folder).glob(".*.tmp")
    )
    assert [line.split(":")[0] for line in lines[:-1]] == leftovers
    assert all(line.endswith("itself is intact; delete this file") for line in lines[:-1])


def test_check_fix_writes_nothing_outside_the_workspace_and_cache(tmp_path: Path, private_cache: Path) -> None:
    root = make_workspace(tmp_path / "ws")
    text = (root / "sources" / "article.txt").read_text()
    quotes = root / "quotes" / "article.yaml"
    quotes.write_text(
        quotes.read_text()
        .replace(f"start: {text.index('Lukashenko denied')}", "start: 1", 1)
        .replace(f"end: {text.index('Lukashenko denied') + 60}", "end: 61", 1)
    )
    home = tmp_path / "home"
    home.mkdir()
    before = tree(tmp_path)
    result = run_dossier("check", "--fix", "ws", cwd=tmp_path, env={"HOME": str(home), "XDG_CACHE_HOME": str(home)})
    no_traceback(result)
    assert result.stdout.decode().splitlines()[0] == "ws/quotes/article.yaml: quote 'q-denied' moved to 75-135"
    after = tree(tmp_path)
    changed = sorted(name for name in set(before) | set(after) if before.get(name) != after.get(name))
    assert changed == ["ws/quotes/article.yaml"]
