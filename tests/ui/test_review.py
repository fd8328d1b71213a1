"""The review screen, driven with real keys: best first, evidence, look-alikes, merge, batch, edit, undo."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from dossier.ingest.service import ingest_file
from dossier.tui.screens.pickers import ActorPicker, ChoiceScreen
from dossier.tui.screens.review import ReviewScreen
from dossier.workspace import load_workspace
from tests.conftest import make_workspace, write
from tests.ui.conftest import settle
from tests.ui.screen import screen_text
from tests.unit.ingest_helpers import assert_valid, snapshot

PINSK_STORY = (
    "---\ntitle: Troops arrive in Pinsk\npublished: 2022-02-28\n---\n"
    "Troops arrive in Pinsk\n\n"
    "Troops arrived in Pinsk on Monday, a local official said. "
    "Lukashenko told reporters in Pinsk that the exercises were routine.\n"
)


@pytest.fixture
def drafted(tmp_path: Path) -> Path:
    """The tiny workspace, the curated town of Pinsk under an older spelling (Pinszk), and an article about Pinsk
    ingested as drafts."""
    root = make_workspace(tmp_path / "ws")
    write(root / "actors" / "pinszk.yaml", "id: pinszk\nname: Pinszk\nkind: place\n")
    assert ingest_file(root, write(tmp_path / "pinsk.md", PINSK_STORY)).status == "added"
    return root


async def _open_review(app, pilot) -> ReviewScreen:  # type: ignore[no-untyped-def]
    await settle(app, pilot)
    await pilot.press("escape", "d")  # out of the query box (d would be typed there), then d
    await pilot.pause()
    assert isinstance(app.screen, ReviewScreen)
    return app.screen


async def test_review_shows_fields_evidence_and_look_alikes_then_merges_and_undoes_byte_for_byte(
    make_app, drafted: Path
) -> None:
    before = snapshot(drafted)
    app = make_app(drafted)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await _open_review(app, pilot)
        assert screen.current.id == "pinsk"
        text = screen_text(app)
        assert "Review · draft 1 of" in text
        assert "name  Pinsk" in text and "found by" in text
        assert "Troops arrived in Pinsk on Monday" in text  # the passage it was found in
        assert "Pinszk  pinszk" in text and "% alike" in text  # the look-alike with its score
        await pilot.press("m")
        await pilot.pause()
        assert isinstance(app.screen, ActorPicker)
        await pilot.press(*"pinszk", "enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ReviewScreen)
        assert "merged 'Pinsk' into Pinszk; new aliases: Pinsk" in screen_text(app)
        merged = load_workspace(drafted)
        assert "pinsk" not in merged.actors and merged.actors["pinszk"].aliases == ["Pinsk"]
        assert all("pinsk" not in q.about for q in merged.quotes.values())
        assert_valid(drafted)
        # The rest of the app follows: Pinszk's profile now names the new alias.
        assert app.workspace.actors["pinszk"].aliases == ["Pinsk"]
        await pilot.press("u")
        await settle(app, pilot)
        assert snapshot(drafted) == before
        assert screen.current.id == "pinsk"  # back on the draft that returned
        assert "undone: merged 'pinsk' into 'pinszk'" in screen_text(app)


async def test_accept_reject_skip_then_batch_reject_a_source_and_undo_it(make_app, drafted: Path) -> None:
    app = make_app(drafted)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await _open_review(app, pilot)
        total = len(screen.queue)
        first = screen.current.id
        await pilot.press("s")  # skip: still a draft, out of this session's queue
        assert screen.current.id != first
        second = screen.current
        await pilot.press("a")
        await pilot.pause()
        assert load_workspace(drafted).record(second.id).status.value == "curated"
        before_batch = snapshot(drafted)
        await pilot.press("b")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceScreen)
        labels = [str(label) for _value, label in app.screen.choices]
        assert labels[1].startswith("Reject all") and "Troops arrive in Pinsk" in labels[1]
        await pilot.press("down", "enter")  # reject every draft of this source
        await settle(app, pilot)
        workspace = load_workspace(drafted)
        drafts = [r for r in (*workspace.actors.values(), *workspace.quotes.values()) if r.status.value == "draft"]
        # Every other draft went, the skipped one too; Pinsk stays: the event accepted above names it.
        assert [r.id for r in drafts] == ["pinsk"] and second.folder == "events"
        assert_valid(drafted)
        assert f"rejected {total - 2} of {total - 1} drafts; 1 refused (first: 'pinsk'" in screen_text(app)
        await pilot.press("u")
        await settle(app, pilot)
        assert snapshot(drafted) == before_batch


async def test_an_invalid_edit_is_kept_and_shown_and_a_valid_one_is_saved(
    make_app, drafted: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = write(
        tmp_path / "editor.py",
        "import sys, pathlib\np = pathlib.Path(sys.argv[1])\nt = p.read_text()\n"
        "t = t.replace('kind: place', 'kind: town') if 'summary' not in t else t.replace('kind: town', 'kind: place')\n"
        "p.write_text(t if 'summary' in t else t + 'summary: A city in Brest region.\\n')\n",
    )
    monkeypatch.setenv("VISUAL", f"{sys.executable} {editor}")
    original = (drafted / "actors" / "pinsk.yaml").read_bytes()
    app = make_app(drafted)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await _open_review(app, pilot)
        await pilot.press("ctrl+e")  # the YAML in $VISUAL (e opens the in-app form)
        await pilot.pause()
        text = screen_text(app)
        assert "Not done: kind" in text and "press ctrl+e to fix it" in text
        assert (drafted / "actors" / "pinsk.yaml").read_bytes() == original
        await pilot.press("ctrl+e")  # the analyst's text comes back; this time the editor fixes the kind
        await settle(app, pilot)
        saved = load_workspace(drafted).actors["pinsk"]
        assert saved.status.value == "curated" and saved.summary == "A city in Brest region."
        assert screen.current.id != "pinsk"


async def test_commands_follow_the_state_and_the_palette_offers_review(make_app, drafted: Path) -> None:
    app = make_app(drafted)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        assert app.check_action("undo", ()) is None  # nothing done yet
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"review drafts")
        await settle(app, pilot)  # the palette gathers its hits in a worker
        await pilot.press("enter")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        assert screen.check_action("merge", ()) is True  # an actor
        while screen.current is not None and screen.current.folder == "actors":
            await pilot.press("a")
        assert screen.current is not None and screen.current.folder != "actors"
        assert screen.check_action("merge", ()) is None  # quotes and events are not merged
        assert app.check_action("undo", ()) is True
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is app.main
        await pilot.press("ctrl+z")  # undo from anywhere
        await settle(app, pilot)
        assert load_workspace(drafted).actors  # still loads


LONG_FOUND_BY = (
    "gazetteer: Pinsk, Belarus (after 'in'); [bold]3 mention(s)[/bold] in source "
    "troops-arrive-in-pinsk-f2690158, the longest-serving account of the exercise near the border"
)


def _rows_of(lines: list[str], label: str) -> tuple[int, int]:
    """The line where `label` starts a row, and the column where its value starts."""
    for number, line in enumerate(lines):
        column = line.find(f"{label}  ")
        if column >= 0:
            return number, column + len(label) + 2
    raise AssertionError(f"no row {label!r} on screen:\n" + "\n".join(lines))


async def test_a_long_value_wraps_under_its_own_column_at_80_columns(make_app, drafted: Path) -> None:
    draft = drafted / "actors" / "pinsk.yaml"
    text = draft.read_text(encoding="utf-8")
    start = text.index("found_by:")
    end = text.index("\n", start)
    draft.write_text(text[:start] + "found_by: " + repr(LONG_FOUND_BY) + text[end:], encoding="utf-8")
    app = make_app(drafted)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_review(app, pilot)
        assert screen.current.id == "pinsk"
        lines = screen_text(app).splitlines()
        first, column = _rows_of(lines, "found by")
        label_column = column - len("found by  ")
        shown = [lines[first][column:].split("│")[0].rstrip(" ▁▂▃▄▅▆▇█").strip()]
        for line in lines[first + 1 :]:
            if line[label_column:column].strip():
                break  # the next row's label
            # The pane is narrower beside the queue: its scroll bar may sit at the end of a line.
            piece = line[column:].split("│")[0].rstrip(" ▁▂▃▄▅▆▇█").strip()
            if not piece:
                break
            assert line[column - 1] == " " and line[column] != " ", f"not under the value column: {line!r}"
            shown.append(piece)
        assert len(shown) >= 3, shown  # it did wrap, and every continuation line sits under the value
        # All of it is there, with the markup-like text shown as it was written (the source id is
        # longer than the column, so it is folded: compare without the spaces).
        assert "".join(shown).replace(" ", "") == LONG_FOUND_BY.replace(" ", "")
        assert any("[bold]3" in piece for piece in shown)
        # Labels of the other rows still start where they did.
        name_line, name_column = _rows_of(lines, "name")
        assert name_column == column and "Pinsk" in lines[name_line]
        # Wider, the same rows are laid out again for the new width: fewer, longer lines.
        await pilot.resize_terminal(160, 36)
        await pilot.pause()
        wide = screen_text(app).splitlines()
        wide_first, wide_column = _rows_of(wide, "found by")
        assert "troops-arrive-in-pinsk-f2690158," in "".join(wide[wide_first : wide_first + 3])
        pane = wide[wide_first].rfind("│", 0, wide_column - len("found by  "))  # the detail pane's left edge
        assert wide[wide_first + 1][wide_column] != " " and not wide[wide_first + 1][pane:wide_column].strip("│ ")


async def test_a_draft_from_the_pages_site_name_shows_that_field_as_its_evidence(make_app, tmp_path: Path) -> None:
    from tests.unit.test_desk_byline_evidence import ingested

    root = ingested(tmp_path)
    app = make_app(root)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await _open_review(app, pilot)
        assert screen.current.id == "marrowby-courier"
        text = screen_text(app)
        assert "its site name:" in text and "No passage of a source" not in text
