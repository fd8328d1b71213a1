"""Class 4 for export: an export killed while it writes leaves each file as it was or complete.

A re-export replaces a folder of Markdown files an analyst may have opened, shared or put
under version control. Killed at any moment (SIGKILL: no cleanup runs), every file there must
be either the previous export or the new one, whole; nothing else may appear but temporary
files under their own names; and the next export finishes the job.
"""

from __future__ import annotations

import random
import shutil
from functools import partial
from pathlib import Path

from benchmarks.synthetic import generate_workspace
from dossier.atomic import TEMP_NAME
from dossier.export.service import write_all
from dossier.workspace import Workspace, load_workspace
from tests.hostile.helpers import tree
from tests.hostile.kills import KillTally, files_under, kill_while_writing, temporaries_under

OLD_STAMP = "2024-05-01T12:00:00Z"
NEW_STAMP = "2024-06-01T12:00:00Z"
KILL_ROUNDS = 10  # bounded in count, not in time


def _finals(folder: Path) -> dict[str, bytes]:
    return {name: data for name, data in tree(folder).items() if not TEMP_NAME.match(name)}


def _export(workspace: Workspace, out: Path) -> None:
    write_all(workspace, out, generated_at=NEW_STAMP)


def test_an_export_killed_while_it_writes_leaves_each_file_old_or_new_and_the_next_one_finishes(
    tmp_path: Path,
) -> None:
    generate_workspace(tmp_path / "ws", quotes=150, seed=3, actors=40)
    workspace = load_workspace(tmp_path / "ws", use_cache=False)
    write_all(workspace, tmp_path / "old", generated_at=OLD_STAMP)
    # An earlier export whose every file differs in content (a timestamp alone is not rewritten).
    for path in (tmp_path / "old").iterdir():
        path.write_bytes(path.read_bytes() + b"\nFrom an earlier export.\n")
    write_all(workspace, tmp_path / "new", generated_at=NEW_STAMP)  # also warms everything before forking
    old, new = _finals(tmp_path / "old"), _finals(tmp_path / "new")
    assert old.keys() == new.keys() and all(old[name] != new[name] for name in old)
    total = len(new)
    rng = random.Random(5)
    tally = KillTally()
    for round_number in range(1, KILL_ROUNDS + 1):
        out = tmp_path / f"out-{round_number}"
        shutil.copytree(tmp_path / "old", out)
        before = {path: path.stat().st_ino for path in files_under(out)}
        if round_number % 3:
            # While rendering: once a random number of files wait under temporary names.
            staged = rng.randint(1, total - 1)

            def writing(out: Path = out, staged: int = staged) -> bool:
                return len(temporaries_under(out)) >= staged

        else:
            # While renaming into place: once the first file has been replaced.
            def writing(out: Path = out, before: dict[Path, int] = before) -> bool:
                return any(path.stat().st_ino != inode for path, inode in before.items() if path.exists())

        kill_while_writing(
            partial(_export, workspace, out),
            writing=writing,
            done=tmp_path / "done",
            watch=out,
            rng=rng,
            jitter=0.002,
            tally=tally,
        )
        finals = _finals(out)
        assert finals.keys() == old.keys(), f"round {round_number}: files appeared or vanished"
        mixed = [name for name, data in finals.items() if data not in (old[name], new[name])]
        assert mixed == [], f"round {round_number}: neither the old export nor the new one: {mixed[:3]}"
        # The next export, uninterrupted, leaves the new export whole.
        write_all(load_workspace(tmp_path / "ws"), out, generated_at=NEW_STAMP)
        assert _finals(out) == new, f"round {round_number}: the next export did not finish the job"
    print(tally)  # shown with -s
    assert tally.mid_write >= KILL_ROUNDS // 2, str(tally)
