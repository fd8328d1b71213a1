"""Capture in the reader, driven with real keys and the mouse: quotes, actors and aliases."""

from __future__ import annotations

from dossier.tui.screens.capture import ActorForm, QuoteForm
from dossier.tui.screens.pickers import ActorPicker
from dossier.tui.screens.reader import ReaderScreen
from dossier.tui.widgets.source_view import SourceView
from dossier.workspace import load_workspace
from tests.conftest import SOURCE_TEXT
from tests.ui.conftest import settle
from tests.ui.screen import screen_text
from tests.unit.ingest_helpers import assert_valid


async def _reader(app, pilot, quote_id: str = "q-agreed") -> SourceView:  # type: ignore[no-untyped-def]
    await settle(app, pilot)
    app.open_quote(quote_id)
    await pilot.pause()
    assert isinstance(app.screen, ReaderScreen)
    return app.screen.query_one(SourceView)


async def test_select_a_sentence_and_capture_it_as_a_quote_searchable_at_once(make_app, tmp_path) -> None:
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        view = await _reader(app, pilot)
        await pilot.press("v", "right_parenthesis")  # from the caret (the quote's start) to the sentence's end
        start, end = view.selection
        assert SOURCE_TEXT[start:end] == "he had agreed to keep Russian troops in Belarus."
        assert "Selected 48 characters" in screen_text(app)
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, QuoteForm)
        await pilot.press(*"lukash", "enter")  # said by: picked by search
        await pilot.press(*"belar", "enter")  # about: Belarus
        await pilot.press(*"tanks", "enter")  # and the event
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert isinstance(app.screen, ReaderScreen)
        workspace = load_workspace(app.workspace_root)
        new = [q for q in workspace.quotes.values() if q.id not in ("q-agreed", "q-denied")]
        assert len(new) == 1
        quote = new[0]
        assert (quote.start, quote.end) == (start, end) and quote.exact == SOURCE_TEXT[start:end]
        assert quote.prefix == SOURCE_TEXT[max(0, start - 32) : start] and quote.suffix == SOURCE_TEXT[end : end + 32]
        assert quote.attributed_to == "lukashenka" and quote.about == ["belarus", "tanks-cross"]
        assert quote.stance.value == "reports" and quote.credibility == 6
        assert_valid(app.workspace_root)
        assert app.screen.quote_id == quote.id  # the reader shows the new quote, marked in the text
        # Searchable and in the profiles at once.
        assert quote.id in [q.id for q in app.workspace.quotes_about("belarus")]
        hits = app.index.search('"agreed to keep Russian troops"', kinds=["quote"], limit=5).hits
        assert quote.id in [hit.id for hit in hits]


async def test_an_invalid_quote_is_refused_inline_and_nothing_is_saved(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await _reader(app, pilot)
        before = (app.workspace_root / "quotes" / "article.yaml").read_bytes()
        await pilot.press("v", "w", "w", "c")
        await pilot.pause()
        await pilot.press(*"nobody-known", "ctrl+s")  # an id-like speaker that is no actor
        await pilot.pause()
        assert isinstance(app.screen, QuoteForm)
        assert "said by: no actor has the id 'nobody-known'" in screen_text(app)
        assert (app.workspace_root / "quotes" / "article.yaml").read_bytes() == before
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)


async def test_new_actor_and_alias_from_a_keyboard_selection_then_undo(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        view = await _reader(app, pilot)
        # Walk the caret to "Senkivka checkpoint": two sentences on, three words in.
        await pilot.press("v", "escape")
        assert view.selection is None and view.caret is not None
        await pilot.press("right_parenthesis", "right_parenthesis", "w", "w", "w", "v", "w", "w")
        assert SOURCE_TEXT[slice(*view.selection)] == " Senkivka checkpoint"
        await pilot.press("A")
        await pilot.pause()
        assert isinstance(app.screen, ActorForm)
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        actor = load_workspace(app.workspace_root).actors["senkivka-checkpoint"]
        assert actor.name == "Senkivka checkpoint" and actor.kind.value == "person"
        # "Belarusian" as an alias of Belarus: b back to the word before the caret...
        await pilot.press(*["b"] * 10)
        start = view.caret
        assert SOURCE_TEXT[start:].startswith("Belarusian")
        await pilot.press("v", "w", "a")
        await pilot.pause()
        assert isinstance(app.screen, ActorPicker)
        await pilot.press("enter")  # the closest actor: Belarus
        await settle(app, pilot)
        assert load_workspace(app.workspace_root).actors["belarus"].aliases == ["Belarusian"]
        assert app.workspace.actors["belarus"].aliases == ["Belarusian"]
        assert_valid(app.workspace_root)
        await pilot.press("ctrl+z", "ctrl+z")  # newest first: the alias, then the actor
        await settle(app, pilot)
        workspace = load_workspace(app.workspace_root)
        assert workspace.actors["belarus"].aliases == [] and "senkivka-checkpoint" not in workspace.actors


async def test_a_mouse_drag_selects_whole_words(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        view = await _reader(app, pilot)
        line = view.line_of("q-agreed")
        y = line - view.scroll_offset.y
        await pilot.mouse_down(view, offset=(3, y + 1))
        await pilot.hover(view, offset=(22, y + 1))
        await pilot.mouse_up(view, offset=(22, y + 1))
        await pilot.pause()
        assert view.selection is not None
        start, end = view.selection
        words = SOURCE_TEXT[start:end]
        assert words and not words[0].isspace() and (end == len(SOURCE_TEXT) or not SOURCE_TEXT[end].isalnum())
        assert app.screen.check_action("capture_quote", ()) is True
