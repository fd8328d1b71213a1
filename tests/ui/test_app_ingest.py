"""Add sources from inside the app, driven with real keys on a copy of a workspace: the real ingest, no mocks.

What a user sees: a file named (typed, completed, or a folder) is ingested in the background, its source
and drafts are searchable at once and `d` opens the review on them; a missing path is named and nothing is
written; a bad file among good ones is reported and the others are added; a file name with markup shows
as typed; ctrl+z takes a run back whole. And the `?` mend: typed in the search box it is text, and the
footer offers F1 for help there.
"""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from textual import events

from dossier.tui.screens.ingest import AddSourcesScreen, PathInput
from dossier.tui.screens.review import ReviewScreen
from dossier.workspace import load_workspace
from tests.conftest import make_workspace, write
from tests.ui.conftest import settle
from tests.ui.screen import screen_text
from tests.unit.ingest_helpers import assert_valid, snapshot

ARTICLES = Path(__file__).resolve().parent.parent / "fixtures" / "articles"


async def _wait_for(pilot, condition: Callable[[], bool], what: str, timeout: float = 120.0) -> None:  # type: ignore[no-untyped-def]
    """Wait for a state (the ingest's worker, then the index), never for a fixed time."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise AssertionError(f"never came: {what}")
        await pilot.pause(0.05)


async def _open_add_sources(app, pilot) -> AddSourcesScreen:  # type: ignore[no-untyped-def]
    await settle(app, pilot)
    await pilot.press("escape", "i")  # out of the query box (i would be typed there), then i
    await pilot.pause()
    assert isinstance(app.screen, AddSourcesScreen)
    return app.screen


async def _add(app, pilot, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type a path into the box and press Enter; wait until the run has ended and the app has settled."""
    await pilot.press(*text, "enter")
    await pilot.pause()
    if app.adding.state is not None:
        await _wait_for(pilot, lambda: app.adding.state.done, "the end of the run")
    await settle(app, pilot)


async def test_a_file_added_is_searchable_at_once_and_d_reviews_its_new_drafts(
    make_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_workspace(tmp_path / "ws")
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(ARTICLES / "minsk_talks.md", folder / "minsk talks.md")  # a space in the name
    monkeypatch.chdir(tmp_path)  # a path relative to where the app started
    app = make_app(root)
    async with app.run_test(size=(140, 40)) as pilot:
        await _open_add_sources(app, pilot)
        await _add(app, pilot, "in/minsk talks.md")
        text = screen_text(app)
        assert "Done (1 file in " in text
        assert "in/minsk talks.md: added source 'minsk-hosts-a-second-round-of-talks-" in text
        assert "new actor draft" in text and "confidence" in text and "quote draft" in text
        source_id = next(s for s in load_workspace(root).sources if s.startswith("minsk-hosts"))
        # The panes know it: the app's workspace holds the new source and its drafts.
        assert source_id in app.workspace.sources
        drafts = [a.id for a in app.workspace.actors.values() if a.status.value == "draft"]
        assert drafts
        # d: the review of the new drafts, best first, and nothing else.
        await pilot.press("d")
        await settle(app, pilot)
        review = app.screen
        assert isinstance(review, ReviewScreen)
        assert "Review · new draft 1 of" in screen_text(app)
        assert review.queue and all(
            source_id in review.desk.sources_of(review.desk.item(record_id)) for _folder, record_id in review.queue
        )
        # Back on the main screen, a search finds the new source.
        await pilot.press("escape")
        await settle(app, pilot)
        await pilot.press("slash", *"second round of talks")
        await settle(app, pilot)
        assert any(hit.id == source_id for hit in app.main.search.hits)
    assert_valid(root)


async def test_a_missing_path_is_named_and_nothing_is_written(
    make_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_workspace(tmp_path / "ws")
    monkeypatch.chdir(tmp_path)
    before = snapshot(root)
    app = make_app(root)
    async with app.run_test(size=(140, 40)) as pilot:
        screen = await _open_add_sources(app, pilot)
        missing = "nowhere/lost-article.html"
        await _add(app, pilot, missing)
        assert isinstance(app.screen, AddSourcesScreen)
        text = screen_text(app)
        assert "Nothing was added" in text and "lost-article.html: no such file or folder" in text
        assert screen.query_one(PathInput).value == missing  # kept, to be mended
        assert app.adding.state is None
        # A folder with nothing ingest reads is named too.
        write(tmp_path / "empty" / "scan.pdf", "not an article")
        screen.query_one(PathInput).value = ""
        await _add(app, pilot, "empty")
        assert "a folder with nothing to ingest" in screen_text(app)
    assert snapshot(root) == before


async def test_a_bad_file_among_good_ones_is_reported_and_the_others_are_added_with_names_as_typed(
    make_app, tmp_path: Path
) -> None:
    root = make_workspace(tmp_path / "ws")
    folder = tmp_path / "drop"
    folder.mkdir()
    shutil.copy(ARTICLES / "minsk_talks.md", folder / "a-minsk.md")
    (folder / "b-broken.txt").write_bytes(b"\x00\x01binary\x00" * 50)
    markup = "[bold]c-town[red].txt"
    shutil.copy(ARTICLES / "unknown_places.txt", folder / markup)
    write(folder / "notes.pdf", "not offered")  # not a file ingest reads: left out of the folder's files
    app = make_app(root)
    async with app.run_test(size=(160, 44)) as pilot:
        await _open_add_sources(app, pilot)
        await _add(app, pilot, f"'{folder}'")  # quoted, as a terminal pastes a dropped folder
        text = screen_text(app)
        assert "a-minsk.md: added source" in text
        assert "b-broken.txt: a binary file, not text, Markdown or HTML" in text
        assert f"{markup}: added source" in text  # the markup shows as typed
        assert "3 files: 2 added, 1 failed" in text
        assert "notes.pdf" not in text
        assert len(load_workspace(root).sources) == 3  # the workspace's own, and the two good files
        # The same folder again: nothing new, said per file.
        await pilot.press("escape", "i")
        await pilot.pause()
        await _add(app, pilot, str(folder))
        assert screen_text(app).count("already ingested as source") == 2
    assert_valid(root)


async def test_tab_completes_folders_and_the_files_ingest_reads(
    make_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    (home / "articles" / "older").mkdir(parents=True)
    for name in ("border_buildup.html", "minsk_talks.md"):
        shutil.copy(ARTICLES / name, home / "articles" / name)
    write(home / "articles" / "brochure.pdf", "not offered")
    monkeypatch.setenv("HOME", str(home))
    app = make_app(make_workspace(tmp_path / "ws"))
    async with app.run_test(size=(140, 40)) as pilot:
        screen = await _open_add_sources(app, pilot)
        box = screen.query_one(PathInput)
        await pilot.press(*"~/art", "tab")
        assert box.value == "~/articles/"
        await pilot.press("tab")  # several: the names it can become, the pdf not among them
        text = screen_text(app)
        assert "border_buildup.html" in text and "minsk_talks.md" in text and "older/" in text
        assert "brochure.pdf" not in text
        await pilot.press("b", "tab")
        assert box.value == "~/articles/border_buildup.html"
        assert screen.focused is box  # Tab completed; it did not move the focus
        # A file dropped on the terminal arrives as a paste: once, as the terminal quoted it.
        box.value = ""
        dropped = f"'{home / 'articles' / 'minsk_talks.md'}'"
        box.post_message(events.Paste(dropped))
        await pilot.pause()
        assert box.value == dropped
        # Several dropped at once, a line each: each kept whole, quoted.
        box.value = ""
        box.post_message(events.Paste(f"{home}/articles/minsk_talks.md\n{home}/my notes.md\n"))
        await pilot.pause()
        assert box.value == f"{home}/articles/minsk_talks.md '{home}/my notes.md'"


async def test_question_mark_is_text_in_the_search_box_and_the_footer_offers_f1_there(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        assert app.focused is app.main.search.query_one("#search-input")
        footer = screen_text(app).splitlines()[-1]
        assert "f1 Help" in footer and "? Help" not in footer
        await pilot.press("question_mark")
        await settle(app, pilot)
        assert app.main.search.query_text == "?"
        assert "failed" not in screen_text(app) and "only a *" not in screen_text(app)
        await pilot.press(*"lukashenko?")
        await settle(app, pilot)
        assert any(hit.id == "lukashenka" for hit in app.main.search.hits)
        # Out of the box, ? is the help key again, and the footer says so.
        await pilot.press("escape")
        await settle(app, pilot)
        assert "? Help" in screen_text(app).splitlines()[-1]


async def test_add_sources_is_in_help_and_the_palette_and_its_key_can_be_remapped(
    make_app, private_folders: Path
) -> None:
    write(private_folders / "config.toml", '[keymap]\n"app.add_sources" = "ctrl+y"\n')
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("escape", "f1")
        await pilot.pause()
        help_text = app.screen.help_text()
        assert "^y  Add sources: ingest files or a folder" in help_text and "app.add_sources" in help_text
        assert "Review the drafts this run of ingest added, best first  ingest.review" in help_text
        await pilot.press("escape", "ctrl+y")
        await pilot.pause()
        assert isinstance(app.screen, AddSourcesScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, AddSourcesScreen)
        from dossier.tui.palette import CommandsProvider

        titles = [title for title, *_rest in CommandsProvider(app.screen)._commands()]
        assert "Add sources" in titles


async def test_from_the_search_box_ctrl_o_adds_sources_where_i_is_typed(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)  # the app opens with the focus in the search box
        await pilot.press("i")
        await pilot.pause()
        assert not isinstance(app.screen, AddSourcesScreen) and app.main.search.query_text == "i"
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert isinstance(app.screen, AddSourcesScreen)


def told(app) -> str:  # type: ignore[no-untyped-def]
    """The app's newest message to the analyst."""
    return str(list(app._notifications)[-1].message)


async def test_ctrl_z_takes_a_run_back_whole_after_the_steps_taken_since(make_app, tmp_path: Path) -> None:
    root = make_workspace(tmp_path / "ws")
    before = snapshot(root)
    app = make_app(root)
    async with app.run_test(size=(140, 40)) as pilot:
        await _open_add_sources(app, pilot)
        await _add(app, pilot, str(ARTICLES / "minsk_talks.md"))
        source_id = next(s for s in load_workspace(root).sources if s.startswith("minsk-hosts"))
        # A draft of the run accepted since: that step is the newest, so it is undone first.
        draft = next(a for a in app.workspace.actors.values() if a.status.value == "draft")
        desk = app.review_desk()
        desk.accept(desk.item(draft.id))
        await pilot.press("escape", "ctrl+z")
        await settle(app, pilot)
        assert told(app).startswith("Undone: accept")
        assert load_workspace(root).actors[draft.id].status.value == "draft"
        await pilot.press("ctrl+z")
        await settle(app, pilot)
        assert told(app) == "Undone: added 1 source"
        assert source_id not in app.workspace.sources and draft.id not in app.workspace.actors
        await pilot.press("slash", *"second round of talks")
        await settle(app, pilot)
        assert not any(hit.id == source_id for hit in app.main.search.hits)
    assert snapshot(root) == before  # byte for byte the workspace it was


async def test_a_file_of_a_run_edited_outside_since_keeps_the_run_from_being_undone(make_app, tmp_path: Path) -> None:
    root = make_workspace(tmp_path / "ws")
    app = make_app(root)
    async with app.run_test(size=(140, 40)) as pilot:
        await _open_add_sources(app, pilot)
        await _add(app, pilot, str(ARTICLES / "minsk_talks.md"))
        draft = next(a for a in app.workspace.actors.values() if a.status.value == "draft")
        path = root / "actors" / f"{draft.id}.yaml"
        edited = path.read_text(encoding="utf-8") + "notes: checked by hand\n"
        path.write_text(edited, encoding="utf-8")
        await pilot.press("escape", "ctrl+z")
        await settle(app, pilot)
        assert "not undone" in told(app) and f"actors/{draft.id}.yaml" in told(app)
        assert path.read_text(encoding="utf-8") == edited  # the analyst's words stay
        assert any(s.startswith("minsk-hosts") for s in load_workspace(root).sources)  # and so does the run


async def test_the_report_of_a_run_closed_before_its_end_says_it_was_undone_after_ctrl_z(
    make_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    import dossier.ingest.batch

    # The real ingest, held until the report is closed: the run is still going when esc is pressed.
    closed = threading.Event()
    real = dossier.ingest.batch.ingest_files

    def held(*args, **kwargs):  # type: ignore[no-untyped-def]
        assert closed.wait(60)
        return real(*args, **kwargs)

    monkeypatch.setattr(dossier.ingest.batch, "ingest_files", held)
    root = make_workspace(tmp_path / "ws")
    app = make_app(root)
    async with app.run_test(size=(140, 40)) as pilot:
        await _open_add_sources(app, pilot)
        status_before = str(app.main.query_one("#status").render())
        await pilot.press(*str(ARTICLES / "minsk_talks.md"), "enter", "escape")  # closed while it runs
        assert app.screen is app.main and app.adding.state is not None  # (not read: the report is kept)
        closed.set()
        await _wait_for(pilot, lambda: app.adding.state.done, "the end of the run")
        await settle(app, pilot)
        assert ", 1 source" in status_before and ", 2 sources" in str(app.main.query_one("#status").render())
        await pilot.press("ctrl+z")
        await settle(app, pilot)
        assert told(app) == "Undone: added 1 source"
        status = str(app.main.query_one("#status").render())
        assert status == status_before  # the workspace's counts are back
        await pilot.press("i")  # the report of that run, as it is now
        await settle(app, pilot)
        assert isinstance(app.screen, AddSourcesScreen)
        text = screen_text(app)
        assert "Undone: the 1 source this run added and their drafts are removed" in text
        assert "the counts above are history" in text
        assert "d: review the new drafts" not in text and app.screen.check_action("review_new", ()) is None
        await pilot.press("d")  # nothing to review: the drafts are gone
        await settle(app, pilot)
        assert isinstance(app.screen, AddSourcesScreen)
