"""Start-up at scale: search answers before the workspace has loaded, and the loaded records
are kept out of the garbage collector's full collections (they caused second-long pauses on
keystrokes at 100,000 quotes; see benchmarks/tui_bench.py)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from typing import Any

import pytest

from dossier.paths import bundled_seeds
from dossier.tui.app import DossierApp
from tests.ui.conftest import settle
from tests.ui.screen import screen_text


@pytest.fixture
def unfrozen() -> Iterator[None]:
    """Each test starts and ends with nothing frozen, so the tests of one process stay independent."""
    gc.unfreeze()
    yield
    gc.unfreeze()
    gc.enable()


class SlowToLoad(DossierApp):
    """The app as it is while a large workspace is still being read: the loaded workspace is
    held back until the test lets it through (the loading worker itself runs for real)."""

    held: list[tuple[Any, ...]]

    def _workspace_loaded(self, *args: Any) -> None:
        if not hasattr(self, "held"):
            self.held = []
        self.held.append(args)

    def finish_loading(self) -> None:
        for args in self.held:
            super()._workspace_loaded(*args)


async def test_search_answers_while_the_workspace_is_still_loading(unfrozen, private_folders) -> None:
    app = SlowToLoad(bundled_seeds(), config_dir=private_folders)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        assert app.workspace is None and app.held, "the workspace is read but not handed over yet"
        await pilot.press("/", *"lukashenko")
        await settle(app, pilot)
        search = app.main.search
        # Results come from the index's stored fields alone: titles and kinds, no record needed.
        assert search.shown_query == "lukashenko"
        assert search.hits and search.hits[0].id == "alyaksandr-lukashenka"
        assert "Alyaksandr Lukashenka" in screen_text(app)
        assert app.main.current_record is None  # a profile needs the records: it waits for them
        app.finish_loading()
        await settle(app, pilot)
        assert app.workspace is not None
        assert app.main.current_record == "alyaksandr-lukashenka"  # the highlighted result, now previewed


async def test_the_loaded_records_are_left_out_of_full_collections(unfrozen, private_folders) -> None:
    app = DossierApp(bundled_seeds(), config_dir=private_folders)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        from dossier.quote_store import quote_heads

        # What the store keeps for the session: a quote's head (from the parse cache), or the quote.
        quote = next(iter(quote_heads(app.workspace.quotes)))
        assert gc.is_tracked(quote)
        assert gc.isenabled(), "collection runs again once the workspace is loaded"
        assert gc.get_freeze_count() > len(app.workspace.quotes)
        assert not any(item is quote for item in gc.get_objects()), "frozen: no collection walks it"
        # Still an ordinary object: searching and browsing it work as before.
        await pilot.press("/", *"lukashenko")
        await settle(app, pilot)
        assert app.main.search.hits[0].id == "alyaksandr-lukashenka"


class NoServices(DossierApp):
    """The app with nothing loading after the first frame (as in the first-frame benchmark)."""

    def _start_services(self) -> None:
        pass


async def test_collection_pauses_for_the_first_frame_only(unfrozen, private_folders) -> None:
    gc.enable()
    app = NoServices(bundled_seeds(), config_dir=private_folders)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        assert "Search" in screen_text(app)
        assert gc.isenabled(), "the collector runs again once the first screen is painted"
    assert gc.isenabled()


async def test_an_app_that_quits_at_once_leaves_collection_on(unfrozen, private_folders) -> None:
    gc.enable()

    class QuitsAtOnce(NoServices):
        def on_mount(self) -> None:
            self.exit()  # before anything is painted

    app = QuitsAtOnce(bundled_seeds(), config_dir=private_folders)
    async with app.run_test(size=(120, 30)):
        pass
    assert gc.isenabled()


async def test_the_browser_collects_young_objects_less_often_and_sets_it_back(unfrozen, private_folders) -> None:
    # Each key paints thousands of short-lived objects; at Python's default threshold they brought a full collection
    # (~80 ms at 100,000 quotes with review open) every dozen keys. The process's own setting comes back on exit.
    before = gc.get_threshold()
    app = NoServices(bundled_seeds(), config_dir=private_folders)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        assert gc.get_threshold()[0] >= 10_000
        assert gc.get_threshold()[1:] == before[1:]
    assert gc.get_threshold() == before
