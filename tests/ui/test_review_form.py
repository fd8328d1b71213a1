"""Curating a draft inside the app, from the keyboard: the edit form (e) and the kind picker (k)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.ingest.service import ingest_file
from dossier.tui.screens.edit import EditScreen
from dossier.tui.screens.pickers import ChoiceScreen
from dossier.tui.screens.review import ReviewScreen
from dossier.workspace import load_workspace
from tests.conftest import make_workspace, write
from tests.ui.conftest import settle
from tests.ui.screen import screen_text
from tests.ui.test_review import PINSK_STORY  # the same invented article the review tests ingest
from tests.unit.ingest_helpers import assert_valid, snapshot


@pytest.fixture
def drafted(tmp_path: Path) -> Path:
    """The tiny workspace (Alyaksandr Lukashenka, alias Lukashenko) and an article about Pinsk, ingested as drafts."""
    root = make_workspace(tmp_path / "ws")
    assert ingest_file(root, write(tmp_path / "pinsk.md", PINSK_STORY)).status == "added"
    return root


async def _review(app, pilot) -> ReviewScreen:  # type: ignore[no-untyped-def]
    await settle(app, pilot)
    await pilot.press("escape", "d")
    await pilot.pause()
    assert isinstance(app.screen, ReviewScreen)
    assert app.screen.current.id == "pinsk"
    return app.screen


async def test_e_edits_the_draft_in_a_form_refuses_a_clashing_name_saves_and_accepts_in_one_undoable_step(
    make_app, drafted: Path
) -> None:
    before = snapshot(drafted)
    draft = drafted / "actors" / "pinsk.yaml"
    app = make_app(drafted)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _review(app, pilot)
        # Esc leaves the draft as it was.
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, EditScreen)
        text = screen_text(app)
        assert "Edit draft actor Pinsk" in text and "saving accepts it" in text
        await pilot.press("end", "ctrl+u", *"Gomel", "escape")
        await pilot.pause()
        assert app.screen is screen and screen.current.id == "pinsk"
        assert snapshot(drafted) == before
        # A name another actor has (here its alias) is refused, with that actor named and merge offered.
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("end", "ctrl+u", *"lukashenko")
        await pilot.pause()
        text = screen_text(app)
        assert "'lukashenko' is already an alias ('Lukashenko') of Alyaksandr Lukashenka ('lukashenka')" in text
        assert "m to merge this draft into it" in text
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, EditScreen) and "Not saved" in screen_text(app)
        assert snapshot(drafted) == before
        # A fixed name and an alias: saved, and the draft accepted with them, in one step.
        await pilot.press("end", "ctrl+u", *"Pinsk city", "tab", "tab", *"Pinsk", "ctrl+s")
        await settle(app, pilot)
        assert app.screen is screen
        assert "saved and accepted 'Pinsk city'" in screen_text(app)
        assert screen.current is not None and screen.current.id != "pinsk"  # on to the next draft
        saved = load_workspace(drafted).actors["pinsk"]
        assert (saved.name, saved.aliases, saved.status.value) == ("Pinsk city", ["Pinsk"], "curated")
        assert saved.found_by  # what the form does not show is kept
        assert_valid(drafted)
        await pilot.press("u")
        await settle(app, pilot)
        assert snapshot(drafted) == before  # byte for byte
        assert screen.current.id == "pinsk" and "undone: saved and accepted 'Pinsk city'" in screen_text(app)
        assert draft.read_text(encoding="utf-8").count("status: draft") == 1


FIRM = (
    "id: belaruskali\nname: Belaruskali\nkind: person\nstatus: draft\n"
    "found_by: 'a name before said; 1 mention(s) in source troops-arrive-in-pinsk-f2690158'\nconfidence: 0.9\n"
)


async def test_k_picks_the_kind_marks_the_current_one_and_accepts_the_draft_with_it(make_app, drafted: Path) -> None:
    write(drafted / "actors" / "belaruskali.yaml", FIRM)  # a firm drafted as a person
    before = snapshot(drafted)
    app = make_app(drafted)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("escape", "d")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        for _ in range(5):
            if screen.current.id == "belaruskali":
                break
            await pilot.press("s")
        await pilot.press("K")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceScreen)
        text = screen_text(app)
        assert "Accept 'Belaruskali' as…" in text
        for word in ("person  (now)", "organization", "state", "armed force", "media", "place", "other"):
            assert word in text
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen and snapshot(drafted) == before
        await pilot.press("K")
        await pilot.pause()
        await pilot.press("down", "enter")  # from the current kind (person) to the next: organization
        await settle(app, pilot)
        assert app.screen is screen
        assert "accepted 'Belaruskali' as an organization" in screen_text(app)
        assert screen.current is not None and screen.current.id != "belaruskali"  # on to the next draft
        saved = load_workspace(drafted).actors["belaruskali"]
        assert (saved.kind.value, saved.status.value) == ("organization", "curated")
        assert_valid(drafted)
        await pilot.press("u")
        await settle(app, pilot)
        assert snapshot(drafted) == before and screen.current.id == "belaruskali"


async def test_a_kind_that_would_break_the_events_placed_there_is_refused(make_app, drafted: Path) -> None:
    before = snapshot(drafted)
    app = make_app(drafted)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _review(app, pilot)
        await pilot.press("K")
        await pilot.pause()
        assert "place  (now)" in screen_text(app)
        await pilot.press("home", "down", "enter")  # organization; but two draft events happen in Pinsk
        await settle(app, pilot)
        text = screen_text(app)
        assert "Not done: 'Pinsk' cannot be an organization: it is the place of 2 events" in text
        assert snapshot(drafted) == before and screen.current.id == "pinsk"


async def test_the_help_lists_the_form_the_editor_and_the_kind_keys_of_review(make_app, drafted: Path) -> None:
    app = make_app(drafted)
    async with app.run_test(size=(120, 60)) as pilot:
        await _review(app, pilot)
        await pilot.press("f1")
        await settle(app, pilot)
        text = screen_text(app)
        assert "Edit the draft in a form" in text
        assert "Edit the draft's YAML in $VISUAL or $EDITOR" in text
        assert "Set the draft actor's kind" in text


async def test_o_opens_the_source_in_the_reader_at_the_mention_selected_and_esc_comes_back(
    make_app, drafted: Path
) -> None:
    from dossier.tui.screens.reader import ReaderScreen
    from dossier.tui.widgets.source_view import SourceView

    app = make_app(drafted)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _review(app, pilot)
        await pilot.press("o")
        await settle(app, pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        view = reader.query_one(SourceView)
        start, end = view.selection
        assert view.text[start:end] == "Pinsk"  # the mention the review showed, selected: A or a act on it
        assert "Selected 5 characters: Pinsk" in screen_text(app)
        await pilot.press("escape", "escape")  # the selection, then back
        await settle(app, pilot)
        assert app.screen is screen and screen.current.id == "pinsk"
        await pilot.press("o")
        await settle(app, pilot)
        await pilot.press("d")  # drafts, from the reader review opened: the same review, not a second one
        await settle(app, pilot)
        assert app.screen is screen and sum(isinstance(s, ReviewScreen) for s in app.screen_stack) == 1


async def test_an_alias_that_is_the_name_itself_is_pointed_out_in_the_form(make_app, drafted: Path) -> None:
    before = snapshot(drafted)
    app = make_app(drafted)
    async with app.run_test(size=(120, 40)) as pilot:
        await _review(app, pilot)
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("tab", "tab", *"PINSK")
        await pilot.pause()
        assert "'PINSK' is the name itself; drop that line" in screen_text(app)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, EditScreen) and snapshot(drafted) == before
