"""Capture: quotes anchored exactly, new actors and aliases, each one undoable step."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.anchor import anchor_quote
from dossier.desk.capture import CaptureDesk, CaptureError
from dossier.desk.journal import Journal
from dossier.workspace import load_workspace
from tests.conftest import SOURCE_TEXT, make_workspace
from tests.unit.ingest_helpers import assert_valid, snapshot


@pytest.fixture
def desk(tmp_path: Path) -> CaptureDesk:
    root = make_workspace(tmp_path / "ws")
    return CaptureDesk(root, load_workspace(root), Journal(root))


def test_a_captured_quote_is_anchored_exactly_and_valid(desk: CaptureDesk) -> None:
    start = SOURCE_TEXT.index("Tanks crossed")
    end = SOURCE_TEXT.index(" on February 24") + len(" on February 24.")
    quote = desk.quote("article", start - 1, end + 1, attributed_to="an unnamed official", about=["tanks-cross"])
    assert quote.exact == "Tanks crossed the Senkivka checkpoint on February 24."  # spaces at the edges trimmed
    assert SOURCE_TEXT[quote.start : quote.end] == quote.exact
    assert quote.prefix == SOURCE_TEXT[quote.start - 32 : quote.start] and quote.suffix == "\n"
    on_disk = load_workspace(desk.root)
    assert anchor_quote(SOURCE_TEXT, on_disk.quotes[quote.id]).ok
    assert desk.workspace.quotes[quote.id] == on_disk.quotes[quote.id]  # the desk's view is current at once
    assert_valid(desk.root)


def test_a_quote_naming_a_missing_record_is_refused_and_nothing_is_written(desk: CaptureDesk) -> None:
    before = snapshot(desk.root)
    with pytest.raises(CaptureError, match="about: no actor or event has the id 'nobody'"):
        desk.quote("article", 0, 10, about=["nobody"])
    with pytest.raises(CaptureError, match="said by: no actor has the id 'ghost'"):
        desk.quote("article", 0, 10, attributed_to="ghost")
    with pytest.raises(CaptureError, match="select some words"):
        desk.quote("article", 5, 5)
    assert snapshot(desk.root) == before


def test_new_actor_and_alias_then_undo_newest_first(desk: CaptureDesk) -> None:
    before = snapshot(desk.root)
    actor = desk.actor("Senkivka checkpoint", "place")
    assert actor.id == "senkivka-checkpoint"
    desk.alias("lukashenka", "Lukashenka's")
    assert desk.workspace.actors["lukashenka"].aliases == ["Lukashenko", "Lukashenka's"]
    with pytest.raises(CaptureError, match="already a name of actor 'lukashenka'"):
        desk.actor("LUKASHENKO", "person")
    with pytest.raises(CaptureError, match="already a name of actor 'belarus'"):
        desk.alias("lukashenka", "Belarus")
    assert_valid(desk.root)
    assert desk.journal.undo().label == "added 'Lukashenka's' as an alias of Alyaksandr Lukashenka"
    assert desk.journal.undo().label == "added actor 'Senkivka checkpoint'"
    assert snapshot(desk.root) == before


def test_find_offers_actors_by_alias_and_events_by_title(desk: CaptureDesk) -> None:
    assert desk.find("lukashenko")[0].actor_id == "lukashenka"
    assert desk.find("tanks cross")[0].actor_id == "tanks-cross"
    assert all(m.kind != "event" for m in desk.find("tanks cross", events=False))


CRASH = """
import os, signal, sys
from pathlib import Path
import dossier.desk.transaction as transaction
from dossier.desk.capture import CaptureDesk
from dossier.desk.journal import Journal
from dossier.workspace import load_workspace

def killed(root, change):
    os.kill(os.getpid(), signal.SIGKILL)  # kill -9 once the intent is written, before the file is

transaction._apply = killed
root = Path(sys.argv[1])
CaptureDesk(root, load_workspace(root), Journal(root)).quote("article", 0, 10, about=["belarus"])
"""


def test_find_sees_a_new_actor_and_alias_made_while_the_form_is_open(desk: CaptureDesk) -> None:
    # The folded names are kept between keys; a capture made meanwhile must show at once.
    assert not any(m.actor_id == "senkivka-checkpoint" for m in desk.find("senkivka checkpoint"))
    desk.actor("Senkivka checkpoint", "place")
    assert desk.find("senkivka checkpoint")[0].actor_id == "senkivka-checkpoint"
    desk.alias("lukashenka", "Batka")
    found = desk.find("batka", events=False)[0]
    assert found.actor_id == "lukashenka" and found.spelling == "Batka"


def test_a_capture_killed_half_way_leaves_a_valid_workspace_finished_on_the_next_open(tmp_path: Path) -> None:
    import subprocess
    import sys

    from dossier.desk.transaction import INTENT, recover
    from tests.conftest import write
    from tests.unit.ingest_helpers import dossier

    root = make_workspace(tmp_path / "ws")
    run = subprocess.run([sys.executable, str(write(tmp_path / "crash.py", CRASH)), str(root)], capture_output=True)
    assert run.returncode == -9, run.stderr
    assert (root / INTENT).is_file()
    check = dossier("check", str(root))
    assert check.returncode == 0, check.stdout + check.stderr
    assert recover(root) == ["finished a change that was interrupted (1 file)"]
    assert any(q.exact == SOURCE_TEXT[:10] for q in load_workspace(root).quotes.values())
    assert_valid(root)
