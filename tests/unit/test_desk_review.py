"""The review desk: one service for `dossier review` and the browser; atomic steps; session undo."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from types import SimpleNamespace

import pytest

from dossier.desk.review import ReviewDesk
from dossier.desk.transaction import INTENT
from dossier.ingest.review import DraftItem, ReviewError, best_first
from dossier.ingest.service import ingest_file
from dossier.workspace import load_workspace
from tests.conftest import make_workspace, write
from tests.unit.ingest_helpers import assert_valid, dossier, snapshot
from tests.unit.test_ingest_review import PINSK_STORY


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


def test_evidence_shows_the_passage_with_the_mention_and_look_alikes_are_scored(reviewed: Path) -> None:
    desk = ReviewDesk(reviewed)
    item = desk.item("pinsk")
    assert item is not None
    passage = desk.evidence(item)
    assert passage is not None
    marked = [passage.text[a:b] for a, b in passage.highlights]
    assert marked and set(marked) == {"Pinsk"}
    assert passage.text.startswith("Troops arrived in Pinsk") or "Pinsk" in passage.text
    alike = desk.look_alikes(item)
    assert alike[0].actor_id == "pinszk" and 50 <= alike[0].score < 100
    quote = next(i for i in desk.drafts() if i.folder == "quotes")
    evidence = desk.evidence(quote)
    assert evidence is not None
    ((start, end),) = evidence.highlights
    assert evidence.text[start:end] == quote.record.exact


def test_a_draft_from_chinese_text_shows_its_sentence_with_the_name_marked(tmp_path: Path) -> None:
    # No spaces between words: the name sits between other characters, and "。" ends each sentence.
    root = make_workspace(tmp_path / "ws")
    story = (
        "今年的春茶收购价格普遍上涨。大部分新茶销往北京和上海，还有一部分出口到加拿大。茶农表示，明年还会扩大种植面积。"
    )
    article = write(tmp_path / "tea.md", "---\ntitle: 春茶\npublished: 2026-04-20\n---\n" + story + "\n")
    assert ingest_file(root, article).status == "added"
    desk = ReviewDesk(root)
    item = desk.item("canada")
    assert item is not None
    passage = desk.evidence(item)
    assert passage is not None
    # From the start of the name's sentence, not from the text's first character.
    assert passage.text.startswith("大部分新茶销往北京和上海，还有一部分出口到加拿大。")
    assert [passage.text[a:b] for a, b in passage.highlights] == ["加拿大"]


def test_look_alikes_follow_names_changed_since_the_last_draft_was_shown(reviewed: Path) -> None:
    # The folded spellings are kept between drafts: a changed, added or removed actor must
    # still be seen at once, whether the desk wrote it or the file changed on disk.
    desk = ReviewDesk(reviewed)
    item = desk.item("pinsk")
    assert item is not None
    assert [a.actor_id for a in desk.look_alikes(item)][:1] == ["pinszk"]
    write(reviewed / "actors" / "pinszk.yaml", "id: pinszk\nname: Pinszk\nkind: place\naliases: [Pinsk]\n")
    write(reviewed / "actors" / "pinsk-city.yaml", "id: pinsk-city\nname: Pinsk City\nkind: place\n")
    desk.reload(["actors/pinszk.yaml", "actors/pinsk-city.yaml"])
    found = {a.actor_id: a for a in desk.look_alikes(item)}
    assert found["pinszk"].spelling == "Pinsk" and found["pinszk"].score == 100
    assert "pinsk-city" in found
    (reviewed / "actors" / "pinsk-city.yaml").unlink()
    desk.reload(["actors/pinsk-city.yaml"])
    assert "pinsk-city" not in {a.actor_id for a in desk.look_alikes(item)}
    assert "pinsk" not in {a.actor_id for a in desk.find_actors("Pinsk", exclude={"pinsk"})}


def test_merge_is_one_step_and_undo_restores_every_file_byte_for_byte(reviewed: Path) -> None:
    before = snapshot(reviewed)
    desk = ReviewDesk(reviewed)
    accepted = next(i for i in desk.drafts() if i.folder == "quotes")
    desk.accept(accepted)
    after_accept = snapshot(reviewed)
    assert desk.merge(desk.item("pinsk"), "pinszk") == ["Pinsk"]  # type: ignore[arg-type]
    assert "pinsk" not in desk.workspace.actors  # the desk's own view is up to date without a full reload
    assert desk.workspace.actors["pinszk"].aliases == ["Pinsk"]
    assert len(desk.journal.steps) == 2
    assert_valid(reviewed)
    assert desk.undo() == "merged 'pinsk' into 'pinszk'"
    assert snapshot(reviewed) == after_accept
    assert desk.undo().startswith("accepted quote")
    assert snapshot(reviewed) == before
    assert "pinsk" in desk.workspace.actors and desk.workspace.actors["pinszk"].aliases == []
    with pytest.raises(ReviewError, match="nothing to undo"):
        desk.undo()


def test_undo_never_overwrites_a_file_edited_since(reviewed: Path) -> None:
    desk = ReviewDesk(reviewed)
    desk.accept(desk.item("pinsk"))  # type: ignore[arg-type]
    path = reviewed / "actors" / "pinsk.yaml"
    edited = path.read_bytes() + b"summary: written by hand\n"
    path.write_bytes(edited)
    with pytest.raises(ReviewError, match=r"not undone: actors/pinsk.yaml changed on disk"):
        desk.undo()
    assert path.read_bytes() == edited
    assert desk.journal.can_undo  # still there, for after the analyst sorts it out


def test_batch_reject_by_source_is_one_undoable_step(reviewed: Path) -> None:
    before = snapshot(reviewed)
    desk = ReviewDesk(reviewed)
    source = next(s for s in desk.workspace.sources if s != "article")
    items = desk.drafts_of_source(source)
    assert {i.folder for i in items} == {"actors", "events", "quotes"}
    result = desk.reject_all(items, f"the drafts of {source}")
    assert not result.refused and len(result.done) == len(items)
    assert desk.drafts() == []
    assert_valid(reviewed)
    assert load_workspace(reviewed).actors.keys() == {"lukashenka", "belarus", "senkivka", "pinszk"}
    desk.undo()
    assert snapshot(reviewed) == before


def test_batch_accept_by_kind_refuses_nothing_and_keeps_the_rest(reviewed: Path) -> None:
    desk = ReviewDesk(reviewed)
    quotes = desk.drafts_of_kind("quotes")
    result = desk.accept_all(quotes, "every quote draft")
    assert result.done == [q.id for q in quotes]
    assert all(i.folder != "quotes" for i in desk.drafts())
    assert_valid(reviewed)


def test_the_cli_and_the_desk_agree_on_the_order_and_the_cli_can_undo(reviewed: Path) -> None:
    order = [i.id for i in ReviewDesk(reviewed).drafts()]
    result = dossier("review", "--workspace", str(reviewed), stdin="a\nu\nq\n")
    assert result.returncode == 0, result.stderr
    assert f"── actor draft '{order[0]}'" in result.stdout
    assert "looks like: Pinszk [pinszk]" in result.stdout
    assert "undone: accepted actor 'pinsk'" in result.stdout
    assert load_workspace(reviewed).actors["pinsk"].status.value == "draft"


def test_best_first_puts_confident_drafts_first_and_keeps_the_rest_in_order() -> None:
    def item(name: str, folder: str, confidence: float | None = None) -> DraftItem:
        record = SimpleNamespace(id=name, confidence=confidence)
        return DraftItem(folder, record)  # type: ignore[arg-type]

    items = [item("a", "actors"), item("b", "actors", 0.4), item("e", "events"), item("q", "quotes", 0.9)]
    assert [i.id for i in best_first(items)] == ["q", "b", "a", "e"]


CRASH = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    import dossier.desk.transaction as transaction

    limit, applied = int(sys.argv[2]), [0]
    real = transaction._apply

    def apply(root, change):
        if applied[0] == limit:
            os.kill(os.getpid(), signal.SIGKILL)  # kill -9 between two files of the step
        applied[0] += 1
        real(root, change)

    transaction._apply = apply
    from dossier.desk.review import ReviewDesk

    desk = ReviewDesk(Path(sys.argv[1]))
    desk.merge(desk.item("pinsk"), "pinszk")
    """
)


@pytest.mark.parametrize("killed_after", [0, 1, 2, 3, 4])
def test_a_merge_killed_half_way_leaves_a_valid_workspace_and_is_finished_on_reopen(
    reviewed: Path, tmp_path: Path, killed_after: int
) -> None:
    finished = tmp_path / "finished"
    shutil.copytree(reviewed, finished)
    ReviewDesk(finished).merge(ReviewDesk(finished).item("pinsk"), "pinszk")  # type: ignore[arg-type]
    script = write(tmp_path / "crash.py", CRASH)
    run = subprocess.run([sys.executable, str(script), str(reviewed), str(killed_after)], capture_output=True)
    assert run.returncode == -9, run.stderr
    assert (reviewed / INTENT).is_file()
    check = dossier("check", str(reviewed))
    assert check.returncode == 0, check.stdout + check.stderr
    desk = ReviewDesk(reviewed)
    assert desk.messages and desk.messages[0].startswith("finished a change that was interrupted")
    assert not (reviewed / INTENT).exists()
    assert snapshot(reviewed) == snapshot(finished)


def test_look_alikes_of_another_kind_need_nearly_the_same_name(tmp_path: Path) -> None:
    root = make_workspace(tmp_path / "ws")
    write(root / "actors" / "martina-vell.yaml", "id: martina-vell\nname: Martina Vell\nkind: person\n")
    write(
        root / "actors" / "barack-obama.yaml", "id: barack-obama\nname: Barack Obama\naliases: [Obama]\nkind: person\n"
    )
    write(
        root / "actors" / "argentina-court.yaml",
        "id: argentina-court\nname: Supreme Court of Argentina\nkind: organization\n",
    )
    write(root / "actors" / "south-africa.yaml", "id: south-africa\nname: South Africa\nkind: state\n")
    write(root / "actors" / "antigona.yaml", "id: antigona\nname: Antigona\nkind: place\n")
    write(
        root / "actors" / "argentine-republic.yaml", "id: argentine-republic\nname: Argentine Republic\nkind: place\n"
    )
    article = write(
        tmp_path / "polo.md",
        "---\ntitle: Polo abroad\npublished: 2024-05-02\n---\nTeams from Argentina played in Rome on Monday.\n",
    )
    write(root / "actors" / "obama.yaml", "id: obama\nname: Obama\nkind: place\nstatus: draft\n")
    assert ingest_file(root, article).status == "added"
    desk = ReviewDesk(root)
    state = desk.item("argentina")
    assert state is not None
    alike = {a.actor_id for a in desk.look_alikes(state)}
    # A place named with the state's demonym may be the state (the analyst decides); a place or a person
    # whose name only shares some letters is not.
    assert "argentine-republic" in alike and "antigona" not in alike and "martina-vell" not in alike
    # Nor is a body whose name holds the state's: the body is not the state.
    assert "argentina-court" not in alike
    town = desk.item("obama")
    assert town is not None
    # Drafted as a place, a name a person holds whole is still shown: the draft's kind may be the mistake.
    assert "barack-obama" in {a.actor_id for a in desk.look_alikes(town)}
    # Two names of several words that share one word are no closer for it.
    write(root / "actors" / "south-korea.yaml", "id: south-korea\nname: South Korea\nkind: state\nstatus: draft\n")
    desk = ReviewDesk(root)
    korea = desk.item("south-korea")
    assert korea is not None
    assert all(a.score < 75 for a in desk.look_alikes(korea) if a.actor_id == "south-africa")
    # A place named with its country after a comma is a place in that country.
    write(root / "actors" / "cua-lo.yaml", "id: cua-lo\nname: Cua Lo\naliases: ['Cua Lo, Vietnam']\nkind: place\n")
    write(root / "actors" / "vietnam.yaml", "id: vietnam\nname: Vietnam\nkind: state\nstatus: draft\n")
    desk = ReviewDesk(root)
    state = desk.item("vietnam")
    assert state is not None and "cua-lo" not in {a.actor_id for a in desk.look_alikes(state)}
