"""Pilot tests of the analysis views on the seeds, at 80x24: the timeline, the contested ledger and
the network, opened by key, palette and help, and driven with the keyboard."""

from __future__ import annotations

from pathlib import Path

from dossier.analysis.timeline import TimelineEntry
from dossier.paths import bundled_seeds
from dossier.tui.screens.contested import ContestedScreen, GroupHeading
from dossier.tui.screens.help import HelpScreen
from dossier.tui.screens.main import MainScreen
from dossier.tui.screens.network import NetworkScreen
from dossier.tui.screens.reader import ReaderScreen
from dossier.tui.screens.timeline import TimelineScreen
from dossier.tui.widgets.rows import RowsView
from tests.conftest import make_workspace
from tests.ui.conftest import settle
from tests.ui.screen import screen_text

SIZE = (80, 24)


async def _open(app, pilot, *keys: str) -> None:  # type: ignore[no-untyped-def]
    await settle(app, pilot)
    await pilot.press("escape", *keys)  # leave the search box, so letters are commands
    for _ in range(3):
        await app.workers.wait_for_complete()
        await pilot.pause()


async def _open_timeline_of_all(app, pilot) -> None:  # type: ignore[no-untyped-def]
    """Open the timeline and switch its scope (`s`) to all events.

    The timeline opens on the record in the profile, and home previews its highlighted row.
    """
    await _open(app, pilot, "t")
    for _ in range(4):
        header = app.screen.query_one("#timeline-header").render()
        if "· all events" in str(header):
            return
        await pilot.press("s")
        for _ in range(3):
            await app.workers.wait_for_complete()
            await pilot.pause()
    raise AssertionError(f"the timeline never reached all events: {screen_text(app)}")


def _styles_of(content, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    """The styles that cover the first occurrence of `text` in rendered Content."""
    start = content.plain.index(text)
    return {str(span.style) for span in content.spans if span.start <= start < span.end}


async def test_timeline_shows_the_25_seed_events_uncertain_months_and_ranges(make_app) -> None:
    app = make_app(bundled_seeds())
    async with app.run_test(size=SIZE) as pilot:
        await _open_timeline_of_all(app, pilot)
        screen = app.screen
        assert isinstance(screen, TimelineScreen)
        entries = [row for row in screen.rows.rows if isinstance(row, TimelineEntry)]
        assert len(entries) == 25
        text = screen_text(app)
        assert "Timeline · 25 events · all events" in text
        assert "zoom day  2022-02-01 … 2022-02-28" in text
        # The six `2022-02?` events: a whole-month span, marked `?` in the uncertain style.
        month = next(entry for entry in entries if entry.date == "2022-02?")
        drawn = screen._render_row(month, 78)
        assert drawn.plain.startswith("?" + "─" * 27)
        assert "$dossier-uncertain" in _styles_of(drawn, "?")
        # A range is a span of its days, in the normal style.
        stay = next(entry for entry in entries if entry.date == "2022-02-14/2022-02-23")
        drawn = screen._render_row(stay, 78)
        assert "━" * 10 in drawn.plain and "━" * 11 not in drawn.plain
        assert "$accent" in _styles_of(drawn, "━")
        assert "?" + "─" * 27 in text and "━━━━" in text
        # The histogram sits above: block characters, tallest where the most events fall.
        assert "█" in text


async def test_timeline_zooms_moves_along_the_axis_and_opens_the_event(make_app) -> None:
    app = make_app(bundled_seeds())
    async with app.run_test(size=SIZE) as pilot:
        await _open_timeline_of_all(app, pilot)
        screen = app.screen
        assert isinstance(screen, TimelineScreen)
        await pilot.press("minus")
        assert "zoom month  2022-02 … 2022-02" in screen_text(app)
        await pilot.press("minus")
        assert "zoom year  2022 … 2022" in screen_text(app)
        await pilot.press("plus", "plus")
        assert "zoom day" in screen_text(app)
        # Down the rows is forward in time: the detail shows the date as written and the participants.
        for _ in range(6):
            await pilot.press("down")
        await pilot.pause()
        entry = screen.current_entry
        assert entry is not None and entry.date == "2022-02-14/2022-02-23"
        text = screen_text(app)
        assert "as written: “last week”" in text
        assert "Participants Russian armed forces (deployed force), Belarus (host)" in text
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert app.main.current_record == "russian-troops-extend-stay-in-belarus"


async def test_timeline_of_the_actor_shown_and_back_to_all(make_app) -> None:
    app = make_app(bundled_seeds())
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.open_record("vladimir-putin")
        await _open(app, pilot, "t")
        screen = app.screen
        assert isinstance(screen, TimelineScreen)
        assert "3 events · events of Vladimir Putin" in screen_text(app)
        await pilot.press("s")
        for _ in range(3):
            await app.workers.wait_for_complete()
            await pilot.pause()
        assert "25 events · all events" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)


async def test_contested_ledger_groups_the_denial_and_reports_of_belarusian_involvement(make_app) -> None:
    app = make_app(bundled_seeds())
    async with app.run_test(size=SIZE) as pilot:
        await _open(app, pilot, "c")
        screen = app.screen
        assert isinstance(screen, ContestedScreen)
        subjects = screen.query_one("#contested-subjects", RowsView)
        ids = [subject.subject_id for subject in subjects.rows]
        assert ids == ["belarus", "alyaksandr-lukashenka", "belarusian-troops-reportedly-in-attack"]
        await pilot.press("down", "down")
        await pilot.pause()
        text = screen_text(app)
        assert "asserts 1/1  denies 4/1  reports 1" in text
        assert "── Denies 4 quotes, 1 independent source (1 with no publisher) · best D2" in text
        assert "── Asserts 1 quote, 1 independent source (1 with no publisher) · best D4" in text
        # Into the ledger: Enter opens the quote in its source.
        await pilot.press("tab")
        quotes = screen.query_one("#contested-quotes", RowsView)
        assert quotes.has_focus and not isinstance(quotes.current, GroupHeading)
        first = quotes.current.quote.id
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.quote_id == first


async def test_network_of_lukashenka_reaches_putin_belarus_russia_and_mazyr_with_evidence(make_app) -> None:
    app = make_app(bundled_seeds())
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.open_record("alyaksandr-lukashenka")
        await _open(app, pilot, "n")
        screen = app.screen
        assert isinstance(screen, NetworkScreen)
        tree = screen.ties_tree
        names = {str(node.label).split("  ")[0]: node for node in tree.root.children}
        assert {"Belarus", "Vladimir Putin", "Russia"} <= set(names)
        evidence = screen.query_one("#network-evidence", RowsView)
        # Every tie shows its evidence when highlighted.
        for node in tree.root.children:
            tree.move_cursor(node)
            await pilot.pause()
            assert evidence.rows, node.label
        tree.move_cursor(names["Vladimir Putin"])
        await pilot.pause()
        text = screen_text(app)
        assert "relation Alyaksandr Lukashenka ally-of Vladimir Putin" in text
        assert "Lukashenka meets Putin" in text
        # Two hops: Mazyr is under Belarus.
        names["Belarus"].expand()
        await pilot.pause()
        assert "Mazyr" in {str(node.label).split("  ")[0] for node in names["Belarus"].children}
        # Enter follows the tie: the network starts again from Belarus; esc comes back.
        tree.move_cursor(names["Belarus"])
        await pilot.press("enter")
        for _ in range(3):
            await app.workers.wait_for_complete()
            await pilot.pause()
        assert "Network of Belarus" in screen_text(app)
        await pilot.press("escape")
        for _ in range(3):
            await app.workers.wait_for_complete()
            await pilot.pause()
        assert "Network of Alyaksandr Lukashenka" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)


async def test_network_needs_an_actor(make_app) -> None:
    app = make_app(bundled_seeds())
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.open_record("russian-troops-extend-stay-in-belarus")  # an event: no actor in the profile
        await _open(app, pilot, "n")
        assert isinstance(app.screen, MainScreen)
        assert any("Open an actor's profile first" in str(n.message) for n in app._notifications)


async def test_views_are_in_the_palette_and_the_help(make_app) -> None:
    app = make_app(bundled_seeds())
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Contested")
        await settle(app, pilot)  # the palette gathers its hits in a worker
        await pilot.press("enter")
        for _ in range(3):
            await app.workers.wait_for_complete()
            await pilot.pause()
        assert isinstance(app.screen, ContestedScreen)
        await pilot.press("escape", "f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = app.screen.help_text()
        for line in ("Timeline of events", "Contested claims: who asserts", "Network of the actor shown", "Zoom"):
            assert line in text


async def test_untrusted_titles_and_names_stay_text_in_the_views(make_app, tmp_path: Path) -> None:
    root = make_workspace(tmp_path / "hostile")
    event = root / "events" / "tanks-cross.yaml"
    event.write_text(
        event.read_text().replace("Tanks cross at Senkivka", "'[bold red]Tanks[/] [@click=app.quit]go[/]'")
    )
    actor = root / "actors" / "belarus.yaml"
    actor.write_text(actor.read_text().replace("name: Belarus", 'name: "[reverse]Bel\\x1b[31marus"'))
    app = make_app(root)
    async with app.run_test(size=SIZE) as pilot:
        await _open_timeline_of_all(app, pilot)
        text = screen_text(app)
        assert "[bold red]Tanks[/] [@click=app.quit]go[/]" in text
        assert "[reverse]Bel␛[31marus (territory used)" in text
        await pilot.press("escape")
        app.open_record("lukashenka")
        await _open(app, pilot, "n")
        assert isinstance(app.screen, NetworkScreen)
        assert "[reverse]Bel␛[31marus" in screen_text(app)
        await pilot.press("escape")
        await _open(app, pilot, "c")
        assert isinstance(app.screen, ContestedScreen)
        assert "[reverse]Bel␛[31marus actor" in screen_text(app)


async def test_timeline_of_drafts_only_says_so_and_shows_them_on_d(make_app, tmp_path: Path) -> None:
    root = make_workspace(tmp_path / "fresh")
    event = root / "events" / "tanks-cross.yaml"
    event.write_text(event.read_text() + "status: draft\n")
    app = make_app(root)
    async with app.run_test(size=SIZE) as pilot:
        await _open(app, pilot, "t")
        screen = app.screen
        assert isinstance(screen, TimelineScreen)
        text = screen_text(app)
        assert "0 events" in text and "No events in this view (d shows drafts)." in text
        await pilot.press("d")
        for _ in range(3):
            await app.workers.wait_for_complete()
            await pilot.pause()
        text = screen_text(app)
        assert "1 event · all events" in text and "Tanks cross at Senkivka (draft)" in text
