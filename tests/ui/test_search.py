"""Pilot tests of search in the browser, on the real index built in a temporary cache."""

from __future__ import annotations

from dossier.paths import bundled_seeds
from dossier.tui.screens.reader import ReaderScreen
from dossier.tui.widgets.source_view import CURRENT, SourceView
from tests.ui.conftest import settle
from tests.ui.screen import screen_text

DENIAL = "Lukashenko denied that Belarusian soldiers would be involved."


async def test_done_when_a_new_user_reads_the_denial_in_a_few_keys(make_app) -> None:
    """`dossier`, `/`, `lukashenko`, and a few keys later the sentence is highlighted in the article."""
    app = make_app(bundled_seeds())
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("/", *"lukashenko")
        await settle(app, pilot)
        assert app.main.search.hits[0].id == "alyaksandr-lukashenka"
        await pilot.press("enter")  # open the top result: his profile; focus moves to his quotes
        await pilot.pause()
        assert app.focused.id == "quotes-list"
        quotes = app.main.quotes.quote_ids
        steps = quotes.index("q-lukashenko-denied-soldiers")
        assert steps <= 3, "the denial is among his first quotes"
        await pilot.press(*["j"] * steps, "enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        view = app.screen.query_one(SourceView)
        current = "".join(run.text for line in view._lines for run in line if run.mark == CURRENT)
        assert current == DENIAL
        line = view.line_of("q-lukashenko-denied-soldiers")
        assert view.scroll_offset.y <= line < view.scroll_offset.y + view.scrollable_content_region.height
        text = " ".join(screen_text(app).split())
        assert "Lukashenko denied that Belarusian soldiers" in text
        assert "denies" in text and "Alyaksandr Lukashenka" in text


async def test_results_follow_typing_and_preview_the_profile(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("/", *"senkivka")
        await settle(app, pilot)
        search = app.main.search
        assert search.shown_query == "senkivka"
        assert {hit.id for hit in search.hits} >= {"senkivka", "tanks-cross"}
        assert app.main.current_record == search.hits[0].id  # the highlighted result is previewed
        await pilot.press("down", "down")  # into the list, then the second result
        await pilot.pause()
        assert app.main.current_record == search.hits[1].id
        await pilot.press("/", *"tanks")  # "/" selects the old query; typing replaces it
        await settle(app, pilot)
        assert search.shown_query == "tanks"


async def test_kind_filter_is_one_key_away(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("/", *"lukashenko")
        await settle(app, pilot)
        kinds = {hit.kind for hit in app.main.search.hits}
        assert {"actor", "quote"} <= kinds
        await pilot.press("ctrl+t")  # actors only
        await settle(app, pilot)
        assert {hit.kind for hit in app.main.search.hits} == {"actor"}
        await pilot.press("ctrl+t", "ctrl+t")  # events, then quotes
        await settle(app, pilot)
        assert {hit.kind for hit in app.main.search.hits} == {"quote"}


async def test_a_misspelling_shows_the_suggestion(make_app) -> None:
    app = make_app(bundled_seeds())
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("/", *"lukashenkp")
        await settle(app, pilot)
        text = screen_text(app)
        # The note names the suggestion (the box only echoes what was typed), and its hits are listed.
        assert "No results for lukashenkp;" in text and "showing lukashenka" in text  # the note wraps
        assert app.main.search.hits[0].id == "alyaksandr-lukashenka"


async def test_a_query_error_is_explained_not_raised(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("/", *"kind:wizard")
        await settle(app, pilot)
        assert "Query problem" in screen_text(app)
        assert app.is_running


async def test_a_quote_result_opens_straight_in_the_reader(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("/", *"denied soldiers")
        await settle(app, pilot)
        hits = app.main.search.hits
        index = next(number for number, hit in enumerate(hits) if hit.kind == "quote")
        await pilot.press("down", *["down"] * index, "enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.quote_id == "q-denied"
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, ReaderScreen)


async def test_ctrl_r_picks_up_edits_made_on_disk(make_app, tmp_path) -> None:
    from tests.conftest import make_workspace, write

    root = make_workspace(tmp_path / "edited")
    app = make_app(root)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        app.open_record("belarus")
        await pilot.pause()
        write(root / "actors" / "belarus.yaml", "id: belarus\nname: Belarus\nkind: state\naliases:\n  - Byelorussia\n")
        await pilot.press("tab", "ctrl+r")
        await settle(app, pilot)
        assert "also Byelorussia" in screen_text(app)
        await pilot.press("/", *"byelorussia")
        await settle(app, pilot)
        assert app.main.search.hits and app.main.search.hits[0].id == "belarus"


async def test_keys_typed_while_starting_are_kept_and_searched(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press(*"lukashenko")  # before the workspace, the index or the results list are ready
        await settle(app, pilot)
        assert app.main.search.query_text == "lukashenko"
        assert app.main.search.shown_query == "lukashenko"
        assert app.main.search.results_list.option_count == len(app.main.search.hits) > 0


async def test_a_letter_that_changes_no_result_leaves_the_list_as_it_is(make_app) -> None:
    # "lukas" and "lukash" find the same hits drawn the same way: the list is not refilled
    # (a refill empties, measures and draws it again on every keystroke).
    app = make_app(bundled_seeds())
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("/", *"lukas")
        await settle(app, pilot)
        listing = app.main.search.results_list
        assert listing is not None and listing.option_count > 1
        first = listing.get_option_at_index(0)
        await pilot.press("down", "down")  # walk into the list; then back to the query box
        await pilot.press("slash")
        await pilot.pause()
        await pilot.press("end", "h")
        await settle(app, pilot)
        assert app.main.search.shown_query == "lukash"
        assert listing.get_option_at_index(0) is first
        assert listing.highlighted == 0  # a new query starts at its best hit
        await pilot.press(*"enko kyiv")
        await settle(app, pilot)
        assert listing.get_option_at_index(0) is not first  # other hits: refilled


async def test_a_query_longer_than_the_box_scrolls_to_the_cursor(make_app) -> None:
    # The box's virtual size no longer lays out the screen: its text must still scroll.
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        typed = "tanks crossed the border near senkivka early in the morning of the 24th"
        await pilot.press("/", *typed)
        await settle(app, pilot)
        box = app.query_one("#search-input")
        assert box.value == typed
        # Scrolled so that the end of the text and the cursor after it (in the right padding) show.
        assert box.scroll_x == len(typed) + 1 - box.content_region.width
        x, _y = box.cursor_screen_offset
        assert x == box.content_region.right
        await pilot.press("home")
        await pilot.pause()
        assert box.scroll_x == 0
        await pilot.press("end", *["backspace"] * 5)
        await pilot.pause()
        assert box.scroll_x == len(typed) - 5 + 1 - box.content_region.width
