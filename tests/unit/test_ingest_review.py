"""Reviewing drafts: accept, edit, merge (undoable), reject, one key at a time, never losing work."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from dossier.ingest.review import Reviewer, ReviewError, pending
from dossier.ingest.service import ingest_file
from dossier.workspace import load_workspace
from tests.conftest import make_workspace, write
from tests.unit.ingest_helpers import assert_valid, dossier

PINSK_STORY = (
    "Troops arrive in Pinsk\n\n"
    "Troops arrived in Pinsk on Monday, a local official said. "
    "Lukashenko told reporters in Pinsk that the exercises were routine.\n"
)


@pytest.fixture
def reviewed(tmp_path: Path) -> Path:
    """The tiny workspace plus the curated town of Pinsk under an older spelling (Pinszk), and an article about Pinsk
    ingested."""
    root = make_workspace(tmp_path / "ws")
    write(root / "actors" / "pinszk.yaml", "id: pinszk\nname: Pinszk\nkind: place\n")
    article = write(
        tmp_path / "pinsk.md", "---\ntitle: Troops arrive in Pinsk\npublished: 2022-02-28\n---\n" + PINSK_STORY
    )
    assert ingest_file(root, article).status == "added"
    return root


def _draft(root: Path, actor_id: str):  # type: ignore[no-untyped-def]
    reviewer = Reviewer(root)
    return reviewer, next(item for item in pending(reviewer.workspace) if item.id == actor_id)


def test_pinsk_is_a_draft_suggesting_pinszk_never_merged_silently(reviewed: Path) -> None:
    workspace = load_workspace(reviewed)
    pinsk = workspace.actors["pinsk"]
    assert pinsk.status.value == "draft"
    assert "looks like existing actor 'pinszk'" in (pinsk.notes or "")
    assert workspace.actors["pinszk"].aliases == []
    # Lukashenko is the curated Lukashenka: the new article's quote of him is linked to that actor,
    # and no draft duplicates him (the curated seed quotes are left out: they name him already).
    [told] = [q for q in workspace.quotes.values() if q.source != "article" and q.exact.startswith("Lukashenko told")]
    assert told.attributed_to == "lukashenka" and "lukashenka" in told.about
    assert not any(actor_id.startswith("lukashenk") and actor_id != "lukashenka" for actor_id in workspace.actors)


def test_merge_adds_the_spelling_as_an_alias_with_its_source_and_undo_restores_everything(reviewed: Path) -> None:
    before = load_workspace(reviewed)
    quotes_before = {q.id: (list(q.about), q.attributed_to) for q in before.quotes.values()}
    reviewer, item = _draft(reviewed, "pinsk")
    assert reviewer.merge(item, "pinszk") == ["Pinsk"]
    merged = load_workspace(reviewed)
    assert "pinsk" not in merged.actors
    pinszk = merged.actors["pinszk"]
    assert pinszk.aliases == ["Pinsk"]
    source_id = next(s for s in merged.sources if s != "article")
    assert "Merged draft 'pinsk'" in (pinszk.notes or "") and source_id in (pinszk.notes or "")
    assert all("pinsk" not in q.about for q in merged.quotes.values())
    assert (reviewed / "reviews" / "merges.yaml").is_file()
    assert_valid(reviewed)

    # Reviewing goes on after the merge (a quote of the same file is accepted); undo still works.
    reviewer = Reviewer(reviewed)
    quote = next(item for item in pending(reviewer.workspace) if item.folder == "quotes")
    reviewer.accept(quote)
    entry = Reviewer(reviewed).undo_last_merge()
    assert entry["merged"] == "pinsk"
    undone = load_workspace(reviewed)
    assert undone.actors["pinsk"] == before.actors["pinsk"]
    assert undone.actors["pinszk"] == before.actors["pinszk"]
    assert {q.id: (list(q.about), q.attributed_to) for q in undone.quotes.values()} == quotes_before
    assert undone.quotes[quote.id].status.value == "curated"  # the later review action is kept
    assert_valid(reviewed)
    with pytest.raises(ReviewError, match="no merge to undo"):
        Reviewer(reviewed).undo_last_merge()


def test_reject_removes_the_draft_and_the_references_drafts_make_to_it(reviewed: Path) -> None:
    reviewer, item = _draft(reviewed, "pinsk")
    reviewer.reject(item)
    workspace = load_workspace(reviewed)
    assert "pinsk" not in workspace.actors
    assert all("pinsk" not in q.about for q in workspace.quotes.values())
    assert all(e.place != "pinsk" for e in workspace.events.values())
    assert (reviewed / "reviews" / "rejected.yaml").is_file()
    assert_valid(reviewed)


def test_a_draft_named_by_accepted_work_cannot_be_rejected(reviewed: Path) -> None:
    reviewer = Reviewer(reviewed)
    event = next(item for item in pending(reviewer.workspace) if item.folder == "events")
    reviewer.accept(event)
    reviewer = Reviewer(reviewed)
    named = reviewer.workspace.events[event.id].place
    assert named == "pinsk"
    item = next(i for i in pending(reviewer.workspace) if i.id == named)
    with pytest.raises(ReviewError, match="named by accepted records"):
        reviewer.reject(item)
    assert named in load_workspace(reviewed).actors


def test_accepting_and_editing_never_overwrite_a_file_changed_meanwhile(reviewed: Path) -> None:
    reviewer, item = _draft(reviewed, "pinsk")
    path = reviewed / "actors" / "pinsk.yaml"
    path.write_text(path.read_text().replace("name: Pinsk", "name: Pinsk (city)"))
    reviewer.accept(item)  # applied to what is on disk now: the analyst's edit stays
    assert "Pinsk (city)" in path.read_text() and "status: curated" in path.read_text()


def test_review_cli_takes_single_keys_and_edits_in_the_editor(reviewed: Path, tmp_path: Path) -> None:
    editor = write(
        tmp_path / "editor.py",
        "import sys, pathlib\np = pathlib.Path(sys.argv[1])\n"
        "p.write_text(p.read_text().replace('kind: place', 'kind: place\\nsummary: A city in Brest region.'))\n",
    )
    env = {"EDITOR": f"{sys.executable} {editor}"}
    order = [item.id for item in pending(load_workspace(reviewed))]
    assert order[0] == "pinsk"
    result = dossier("review", "--workspace", str(reviewed), stdin="e\ns\nr\nq\n", env=env)
    assert result.returncode == 0, result.stderr
    assert "saved and accepted 'pinsk'" in result.stdout
    assert "0 accepted, 1 edited, 0 merged, 1 rejected" in result.stdout
    workspace = load_workspace(reviewed)
    assert workspace.actors["pinsk"].summary == "A city in Brest region."
    assert workspace.actors["pinsk"].status.value == "curated"
    assert workspace.record(order[1]) is not None  # skipped: still there, still a draft
    assert workspace.record(order[2]) is None  # rejected
    assert_valid(reviewed)


def test_review_cli_merge_and_undo(reviewed: Path) -> None:
    result = dossier("review", "--workspace", str(reviewed), stdin="m\npinszk\nq\n")
    assert result.returncode == 0, result.stderr
    assert "merged 'pinsk' into 'pinszk'; new aliases: Pinsk" in result.stdout
    assert "Pinszk [pinszk]" in result.stdout  # offered as a target
    assert load_workspace(reviewed).actors["pinszk"].aliases == ["Pinsk"]
    undo = dossier("review", "--undo", "--workspace", str(reviewed))
    assert undo.returncode == 0 and "undid the merge of 'pinsk' into 'pinszk'" in undo.stdout
    assert "pinsk" in load_workspace(reviewed).actors
    assert_valid(reviewed)


def test_an_invalid_edit_is_not_saved(reviewed: Path, tmp_path: Path) -> None:
    editor = write(
        tmp_path / "editor.py",
        "import sys, pathlib\np = pathlib.Path(sys.argv[1])\n"
        "p.write_text(p.read_text().replace('kind: place', 'kind: town'))\n",
    )
    before = (reviewed / "actors" / "pinsk.yaml").read_bytes()
    result = dossier(
        "review", "--workspace", str(reviewed), stdin="e\nd\nq\n", env={"EDITOR": f"{sys.executable} {editor}"}
    )
    assert result.returncode == 0, result.stderr
    assert "not saved: kind" in result.stdout
    assert (reviewed / "actors" / "pinsk.yaml").read_bytes() == before


def test_a_rejected_actor_is_not_proposed_again_by_a_later_ingest(reviewed: Path, tmp_path: Path) -> None:
    reviewer, item = _draft(reviewed, "pinsk")
    reviewer.reject(item)
    later = write(tmp_path / "later.txt", "Pinsk braces for floods\n\nResidents of Pinsk filled sandbags on Tuesday.\n")
    assert ingest_file(reviewed, later).status == "added"
    assert "pinsk" not in load_workspace(reviewed).actors
    assert_valid(reviewed)


def test_merging_a_place_into_a_state_keeps_events_valid_and_undo_restores_the_place(reviewed: Path) -> None:
    events = {e.id: e for e in load_workspace(reviewed).events.values() if e.place == "pinsk"}
    assert events
    reviewer, item = _draft(reviewed, "pinsk")
    reviewer.merge(item, "belarus")  # a state, not a place: the event's place becomes a participant
    merged = load_workspace(reviewed)
    for event_id in events:
        assert merged.events[event_id].place is None
        assert any(p.actor == "belarus" and p.role == "location" for p in merged.events[event_id].participants)
    assert_valid(reviewed)
    Reviewer(reviewed).undo_last_merge()
    undone = load_workspace(reviewed)
    assert {event_id: undone.events[event_id] for event_id in events} == events
    assert_valid(reviewed)
