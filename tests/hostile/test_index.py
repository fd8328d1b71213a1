"""Class 5, the search index: damaged, locked, raced and outdated indexes never mislead.

The index is a cache in the user's cache folder. Whatever happens to it (deleted, truncated,
random bytes, a lock left by a killed process, two processes building at once, a cache that
cannot be written) search rebuilds it, says so in one line, and answers from the workspace
as it is now, never with records that no longer exist. Each case uses a real Whoosh index.
"""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from dossier.search import SearchIndex, cache_dir_for
from dossier.workspace import load_workspace
from tests.conftest import make_workspace
from tests.hostile.helpers import escape_bytes_in, hostile_workspace, no_traceback, run_dossier, tree
from tests.unprivileged import run_unprivileged


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DOSSIER_CACHE_DIR", str(tmp_path / "cache"))
    return make_workspace(tmp_path / "ws")


def hits(index: SearchIndex, query: str) -> list[str]:
    results = index.search(query)
    assert results.error is None, results.error
    return [hit.id for hit in results.hits]


def live_folder(root: Path) -> Path:
    cache = cache_dir_for(root)
    return cache / (cache / "current").read_text().strip()


def built(root: Path) -> Path:
    with SearchIndex.open(root) as index:
        assert hits(index, "Senkivka")[:1] == ["senkivka"]
    return live_folder(root)


EXPECTED = ["senkivka", "tanks-cross", "article"]
# Escapes, an open range and unbalanced parentheses and quotes, in one query.
HOSTILE_QUERY = 'date:[\x1b]0;x\x07 TO "((( kind:'


# A segment's files: terms, postings and columns (or one compound .seg file, as older indexes have).
SEGMENT_SUFFIXES = (".seg", ".trm", ".pst", ".col")


def damage_truncate(folder: Path, rng: random.Random) -> None:
    for path in folder.iterdir():
        if path.suffix in (*SEGMENT_SUFFIXES, ".toc"):
            path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def damage_random_bytes(folder: Path, rng: random.Random) -> None:
    for path in folder.iterdir():
        data = bytearray(path.read_bytes())
        if not data:
            continue
        for _ in range(max(1, len(data) // 20)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        path.write_bytes(bytes(data))


def damage_delete_segments(folder: Path, rng: random.Random) -> None:
    segments = [path for path in folder.iterdir() if path.suffix in SEGMENT_SUFFIXES]
    assert segments, "no segment files to delete"
    for path in segments:
        path.unlink()


def damage_manifest(folder: Path, rng: random.Random) -> None:
    (folder / "manifest.json").write_bytes(b'{"schema": 1, "files": [')


def damage_pointer_outside(folder: Path, rng: random.Random) -> None:
    (folder.parent / "current").write_text("../../../../etc\n")


def damage_everything_gone(folder: Path, rng: random.Random) -> None:
    for path in folder.iterdir():
        path.unlink()
    folder.rmdir()


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        # Which error a truncated file raises is Whoosh's business; that it is named is ours.
        (damage_truncate, r"the search index was unusable \(\w+Error\); rebuilt it: 7 records in "),
        (damage_delete_segments, r"the search index was unusable \(FileNotFoundError\); rebuilt it: 7 records in "),
        (damage_manifest, r"the search index was unusable \(its manifest is unreadable: JSONDecodeError\); rebuilt it"),
        (damage_pointer_outside, r"the search index was unusable \(its folder is missing\); rebuilt it: 7 records in "),
        (damage_everything_gone, r"the search index was unusable \(its folder is missing\); rebuilt it: 7 records in "),
    ],
    ids=["truncated", "segments-deleted", "manifest-garbage", "pointer-outside", "folder-deleted"],
)
def test_a_damaged_index_is_rebuilt_and_says_so(workspace: Path, damage, message: str) -> None:  # type: ignore[no-untyped-def]
    folder = built(workspace)
    outside = tree(workspace.parent / "ws")
    damage(folder, random.Random(0))
    with SearchIndex.open(workspace) as index:
        assert len(index.messages) == 1 and re.match(message, index.messages[0]), index.messages
        assert hits(index, "Senkivka") == EXPECTED
    assert tree(workspace) == outside  # the workspace is never written


@pytest.mark.parametrize("seed", range(6))
def test_random_damage_never_gives_wrong_results_or_a_traceback(workspace: Path, seed: int) -> None:
    folder = built(workspace)
    damage_random_bytes(folder, random.Random(seed))
    with SearchIndex.open(workspace) as index:
        # Either the damage is found on opening, or while searching; both repair it.
        assert hits(index, "Senkivka") == EXPECTED
        assert hits(index, "Lukashenko")[:1] == ["lukashenka"]
        assert all("rebuilt" in message for message in index.messages), index.messages


def test_the_cli_says_it_rebuilt_a_damaged_index(tmp_path: Path) -> None:
    root = make_workspace(tmp_path / "ws")
    env = {"DOSSIER_CACHE_DIR": str(tmp_path / "cache")}
    os.environ["DOSSIER_CACHE_DIR"] = env["DOSSIER_CACHE_DIR"]
    try:
        damage_truncate(built(root), random.Random(0))
    finally:
        del os.environ["DOSSIER_CACHE_DIR"]
    again = run_dossier("search", "Senkivka", "-w", "ws", cwd=tmp_path, env=env)
    no_traceback(again)
    assert re.match(r"dossier: the search index was unusable \(\w+Error\); rebuilt it: ", again.stderr.decode())
    assert again.stdout.decode().splitlines()[0] == "actor   senkivka     Senkivka"


def test_a_cache_that_cannot_be_written_still_searches_in_memory(tmp_path: Path) -> None:
    root = make_workspace(tmp_path / "ws")
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    result = run_dossier("search", "Senkivka", "-w", "ws", cwd=tmp_path, env={"DOSSIER_CACHE_DIR": str(blocker)})
    no_traceback(result)
    assert result.returncode == 0
    assert result.stdout.decode().splitlines()[0] == "actor   senkivka     Senkivka"
    message = result.stderr.decode()
    assert message.startswith("dossier: building the search index in memory only, since the cache folder ")
    assert "cannot be written (Not a directory); set DOSSIER_CACHE_DIR to a writable folder: 7 records in " in message
    assert tree(root) == tree(make_workspace(tmp_path / "fresh"))  # nothing written into the workspace


UNWRITABLE_CACHE_SEARCH = """
import json, os
from pathlib import Path
from dossier.search import SearchIndex
with SearchIndex.open(Path(os.environ["WORKSPACE"])) as index:
    print(json.dumps({"messages": index.messages, "found": [hit.id for hit in index.search("Senkivka").hits]}))
"""


def test_a_cache_folder_the_user_cannot_write_still_searches_in_memory(scratch: Path) -> None:
    # As an unprivileged user, whom the read-only cache folder binds (root would write there).
    root = make_workspace(scratch / "ws")
    cache = scratch / "cache"
    cache.mkdir()
    cache.chmod(0o555)
    outcome = run_unprivileged(UNWRITABLE_CACHE_SEARCH, env={"WORKSPACE": str(root), "DOSSIER_CACHE_DIR": str(cache)})
    assert outcome["found"] == EXPECTED
    [message] = outcome["messages"]
    assert message.startswith("building the search index in memory only, since the cache folder "), message
    assert "cannot be written (Permission denied); set DOSSIER_CACHE_DIR to a writable folder" in message
    assert list(cache.iterdir()) == []


def test_a_lock_left_by_a_killed_indexer_does_not_block_the_next(workspace: Path) -> None:
    built(workspace)
    pid = os.fork()
    if pid == 0:  # the child takes Whoosh's write lock and dies holding it
        try:
            index = SearchIndex.open(workspace)
            # Whoosh's writer is the lock under test: taken here, never released.
            index._store.index.writer().add_document(kind="actor")
            os.kill(os.getpid(), signal.SIGKILL)
        finally:
            os._exit(1)
    os.waitpid(pid, 0)
    (workspace / "actors" / "senkivka.yaml").write_text("id: senkivka\nname: Senkivka Zzyzxgate\nkind: place\n")
    with SearchIndex.open(workspace) as index:
        assert index.messages[0].startswith("updated the search index: 1 changed file"), index.messages
        assert hits(index, "Zzyzxgate")[:1] == ["senkivka"]


def test_two_processes_indexing_at_once_both_finish_and_agree(tmp_path: Path) -> None:
    root = make_workspace(tmp_path / "ws")
    env = {**os.environ, "DOSSIER_CACHE_DIR": str(tmp_path / "cache"), "PYTHONIOENCODING": "utf-8"}
    command = [sys.executable, "-m", "dossier.cli", "index", "--rebuild", str(root)]
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env) for _ in range(2)]
    outputs = [run.communicate(timeout=60) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    assert all(b"Traceback" not in err for _, err in outputs)
    result = run_dossier("search", "Senkivka", "-w", str(root), env={"DOSSIER_CACHE_DIR": str(tmp_path / "cache")})
    assert result.stderr == b""  # the index the last builder left is sound and current
    assert [line.split()[1] for line in result.stdout.decode().splitlines()[:-1] if line[:1] != " "] == EXPECTED


def test_a_record_deleted_while_the_index_is_open_is_not_found_after_update(workspace: Path) -> None:
    with SearchIndex.open(workspace) as index:
        assert hits(index, "Senkivka") == EXPECTED
        (workspace / "events" / "tanks-cross.yaml").unlink()
        (workspace / "actors" / "senkivka.yaml").write_text("id: senkivka\nname: Sienkiwka\nkind: place\n")
        assert index.update()[0].startswith("updated the search index: 2 changed files")
        found = hits(index, "Senkivka")
        assert "tanks-cross" not in found and "senkivka" not in found
        assert hits(index, "Sienkiwka") == ["senkivka"]
        now = load_workspace(workspace)
        existing = {*now.actors, *now.events, *now.quotes, *now.sources}
        assert set(hits(index, "Senkivka OR Sienkiwka OR Tanks OR Lukashenka")) <= existing


def test_an_edit_that_puts_the_old_mtime_back_is_still_seen(workspace: Path) -> None:
    built(workspace)
    path = workspace / "actors" / "senkivka.yaml"
    before = path.stat()
    path.write_text(path.read_text().replace("Senkivka", "Zenkivka"))  # same size
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))  # as tar, cp -p or touch -r would
    assert path.stat().st_size == before.st_size and path.stat().st_mtime_ns == before.st_mtime_ns
    with SearchIndex.open(workspace) as index:
        assert hits(index, "Zenkivka") == ["senkivka", "tanks-cross"]  # the event names its place
        assert "senkivka" not in hits(index, "Senkivka")


def test_hostile_text_in_results_reaches_the_terminal_as_visible_text(tmp_path: Path) -> None:
    hostile_workspace(tmp_path / "ws")
    env = {"DOSSIER_CACHE_DIR": str(tmp_path / "cache")}
    table = run_dossier("search", "Envoy", "-w", "ws", cwd=tmp_path, env=env)
    as_json = run_dossier("search", "Envoy", "--json", "-w", "ws", cwd=tmp_path, env=env)
    for result in (table, as_json):
        no_traceback(result)
        assert escape_bytes_in(result.stdout + result.stderr) == []
    first = table.stdout.decode().splitlines()[0]
    assert first.startswith("actor   envoy      Envoy Smith ␛]52;c;cm0gLXJmIH4K␇␛]0;pwned␇")
    assert '"title": "Envoy Smith \\u001b]52;c;cm0gLXJmIH4K\\u0007' in as_json.stdout.decode()


def test_a_query_full_of_escapes_and_syntax_is_an_error_message(tmp_path: Path) -> None:
    make_workspace(tmp_path / "ws")
    env = {"DOSSIER_CACHE_DIR": str(tmp_path / "cache")}
    # run_dossier's timeout stops a hang; how fast it answers is measured by benchmarks/hostile_bench.py.
    result = run_dossier("search", HOSTILE_QUERY, "-w", "ws", cwd=tmp_path, env=env)
    no_traceback(result)
    assert escape_bytes_in(result.stdout + result.stderr) == []
    assert result.returncode == 2  # a query error, explained
    assert "unclosed quotation mark" in result.stderr.decode()


def test_an_open_index_catches_up_before_answering_with_an_edited_record(workspace: Path) -> None:
    # The browser keeps one index open for hours while the analyst edits YAML in another window.
    with SearchIndex.open(workspace) as index:
        assert hits(index, "Senkivka") == EXPECTED
        (workspace / "events" / "tanks-cross.yaml").unlink()
        (workspace / "actors" / "senkivka.yaml").write_text("id: senkivka\nname: Sienkiwka\nkind: place\n")
        found = hits(index, "Senkivka")  # no update() called: the search itself notices
        assert found == ["article"]  # only the source text still says "Senkivka"
        assert index.messages[-1].startswith("updated the search index: 2 changed files")


def test_a_source_text_linked_outside_is_never_indexed(workspace: Path) -> None:
    secret = workspace.parent / "secret.txt"
    secret.write_text("the launch code is swordfish\n")
    with SearchIndex.open(workspace) as index:
        assert hits(index, "Senkivka") == EXPECTED
        text = workspace / "sources" / "article.txt"
        text.unlink()
        text.symlink_to(secret)
        (workspace / "sources" / "article.yaml").touch()
        index.update()
        assert hits(index, "swordfish") == []
    with SearchIndex.open(workspace) as fresh:
        fresh._store.rebuild("rebuilt")  # the full build reads texts through the same guard
        assert hits(fresh, "swordfish") == []
