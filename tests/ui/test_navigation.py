"""Pilot tests of the browser's flows without search: profiles, relations, reader, history, palette, help."""

from __future__ import annotations

from dossier.tui.screens.help import HelpScreen
from dossier.tui.screens.main import MainScreen
from dossier.tui.screens.reader import ReaderScreen
from dossier.tui.widgets.source_view import CURRENT, OTHER, SourceView
from tests.ui.conftest import settle
from tests.ui.screen import screen_text


async def test_profile_shows_name_aliases_relations_and_quotes(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        app.open_record("lukashenka")
        await pilot.pause()
        text = screen_text(app)
        assert "Alyaksandr Lukashenka" in text
        assert "also Lukashenko" in text
        assert "leader-of Belarus" in text
        # The quotes pane: verbatim words, attribution, stance, Admiralty grade, source title.
        assert "“Lukashenko denied that" in text
        assert "denies" in text and "C3" in text and "Test article" in text


async def test_follow_a_relation_then_go_back_and_forward(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        app.open_record("lukashenka")
        await pilot.pause()
        await pilot.press("escape", "2")  # leave the search box, then the profile pane
        await pilot.press("enter")  # the first link: leader-of Belarus
        await pilot.pause()
        assert app.main.current_record == "belarus"
        text = screen_text(app)
        assert "← leader-of Alyaksandr Lukashenka" in text  # the incoming relation is shown too
        assert "Tanks cross at Senkivka" in text  # Belarus takes part in the event: its timeline
        await pilot.press("backspace")
        await pilot.pause()
        assert app.main.current_record == "lukashenka"
        await pilot.press("alt+right")
        await pilot.pause()
        assert app.main.current_record == "belarus"


async def test_event_profile_shows_date_place_and_participants(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        app.open_record("tanks-cross")
        await pilot.pause()
        text = screen_text(app)
        assert "Tanks cross at Senkivka" in text
        assert "2022-02-24" in text and "“February 24”" in text
        assert "Senkivka" in text and "territory used" in text


async def test_quote_opens_in_reader_highlighted_and_n_moves_between_quotes(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        app.open_record("lukashenka")
        await pilot.pause()
        await pilot.press("escape", "3", "j", "enter")  # quotes pane, second quote, open
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        view = app.screen.query_one(SourceView)
        current = "".join(run.text for line in view._lines for run in line if run.mark == CURRENT)
        other = "".join(run.text for line in view._lines for run in line if run.mark == OTHER)
        assert current == "Lukashenko denied that Belarusian soldiers would be involved"
        assert other == "he had agreed to keep Russian troops in Belarus"
        assert "Quote 2 of 2" in screen_text(app)
        await pilot.press("n")
        assert app.screen.quote_id == "q-agreed"
        await pilot.press("]")
        assert app.screen.quote_id == "q-denied"
        await pilot.press("p")
        assert app.screen.quote_id == "q-agreed"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert app.main.current_record == "lukashenka"


async def test_reader_scrolls_to_a_quote_deep_in_a_long_source(make_app, tmp_path) -> None:
    from tests.conftest import SOURCE_TEXT, make_workspace

    filler = "".join(f"Paragraph {number} says nothing of note.\n\n" for number in range(300))
    root = make_workspace(tmp_path / "long", text=filler + SOURCE_TEXT)
    app = make_app(root)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        app.open_quote("q-denied")
        await pilot.pause()
        view = app.screen.query_one(SourceView)
        line = view.line_of("q-denied")
        assert line is not None and line > 500
        assert view.scroll_offset.y <= line < view.scroll_offset.y + view.scrollable_content_region.height
        assert "Lukashenko denied" in screen_text(app)


async def test_palette_jumps_to_an_actor_by_alias(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Lukashenko")
        await settle(app, pilot)  # the palette gathers its hits in a worker
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert app.main.current_record == "lukashenka"


async def test_help_lists_every_binding(make_app) -> None:
    from dossier.tui.commands import commands_for

    app = make_app()
    async with app.run_test(size=(120, 50)) as pilot:
        await settle(app, pilot)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert "Everywhere" in screen_text(app)
        text = app.screen.help_text()
        for scope in ("app", "main", "reader", "list"):
            for command in commands_for(scope):
                assert command.help in text, command.id
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


async def test_tab_and_number_keys_move_between_panes(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        app.open_record("lukashenka")
        await pilot.pause()
        await pilot.press("tab")  # from the search box to the profile
        assert app.focused.id == "profile-list"
        await pilot.press("3")
        assert app.focused.id == "quotes-list"
        await pilot.press("2", "tab")
        assert app.focused.id == "quotes-list"
        await pilot.press("shift+tab")
        assert app.focused.id == "profile-list"
        await pilot.press("/")
        assert app.focused.id == "search-input"
        await pilot.press("/", "x")  # "/" in an empty box only focuses it
        assert app.focused.value == "x"
        await pilot.press("alt+3")  # digits type into the box; alt+digit jumps from there too
        assert app.focused.id == "quotes-list"


async def test_q_quits(make_app) -> None:
    app = make_app()
    async with app.run_test() as pilot:
        await settle(app, pilot)
        await pilot.press("tab", "q")
        await pilot.pause()
        assert not app.is_running


async def test_a_command_runs_from_the_palette(make_app, tmp_path) -> None:
    from dossier.tui.screens.problems import ProblemsScreen
    from tests.conftest import make_workspace, write

    root = make_workspace(tmp_path / "ws")
    write(root / "actors" / "broken.yaml", "id: broken\nname: Broken\nkind: wizard\n")
    app = make_app(root)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        # A command of the main screen: the kind filter, by its name in the palette.
        await pilot.press("/", *"lukashenko")
        await settle(app, pilot)
        assert {hit.kind for hit in app.main.search.hits} >= {"actor", "quote"}
        await pilot.press("ctrl+p", *"Kind")
        await settle(app, pilot)  # the palette gathers its hits in a worker
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, MainScreen)
        assert {hit.kind for hit in app.main.search.hits} == {"actor"}, "the palette ran Kind: actors only"
        # A command of the app: the problems view.
        await pilot.press("ctrl+p", *"Problems")
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ProblemsScreen)
        assert "actors/broken.yaml:3:7: kind: 'wizard' is not allowed here" in screen_text(app)
