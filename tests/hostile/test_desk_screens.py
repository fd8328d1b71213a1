"""Classes 1 and 2 on the desk's screens: hostile text in drafts, source passages and form fields stays inert.

A draft actor named with markup and terminal escapes, found in a passage full of them, is
shown by the review screen and home as visible characters; the escapes never reach the
terminal; `[@click=app.quit]` is never an action. Text typed into the capture and edit
forms is stored exactly as typed and shown literally.
"""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import pytest

from dossier.tui.app import DossierApp
from dossier.tui.screens.capture import QuoteForm
from dossier.tui.screens.review import ReviewScreen
from dossier.workspace import load_workspace
from tests.conftest import SOURCE_TEXT, make_workspace, write
from tests.hostile.helpers import MARKUP_PAYLOADS, TERMINAL_PAYLOADS, yaml_string
from tests.ui.screen import screen_text, terminal_output

# What Textual writes itself (colours, cursor moves, modes); anything else from a payload is a leak.
OWN_SEQUENCES = re.compile(r"\x1b\[[0-9;:]*[mHJK]|\x1b\[\?[0-9;]+[hl]")


def _workspace(root: Path) -> Path:
    payloads = [raw for raw, _shown in TERMINAL_PAYLOADS.values()]
    passage = "Officials met Zed " + " ".join(payloads) + " and " + " ".join(MARKUP_PAYLOADS) + " in Zed town.\n"
    root = make_workspace(root, text=SOURCE_TEXT + passage)
    alias = "[@click=app.quit]quit[/] \x1b]52;c;cm0gLXJmIH4K\x07"
    found_by = "a name [bold]loud[/bold] \x1b]0;pwned\x07 in source article"
    write(
        root / "actors" / "zed.yaml",
        f"id: zed\nname: Zed\nkind: person\naliases:\n  - {yaml_string(alias)}\nstatus: draft\n"
        f"found_by: {yaml_string(found_by)}\n",
    )
    return root


async def _settle(app: DossierApp, pilot) -> None:  # type: ignore[no-untyped-def]
    for _ in range(3):
        await app.workers.wait_for_complete()
        await pilot.pause()


def _leaks(output: str) -> list[str]:
    return [match for match in re.findall(r"\x1b[^\x1b]{0,12}|[\x80-\x9f]", OWN_SEQUENCES.sub("", output))]


def test_hostile_drafts_and_passages_are_shown_as_text_in_review_and_home(tmp_path: Path) -> None:
    root = _workspace(tmp_path / "ws")

    async def run() -> None:
        app = DossierApp(root, config_dir=tmp_path / "config", cache_dir=tmp_path / "cache")
        async with app.run_test(size=(160, 50)) as pilot:
            await _settle(app, pilot)
            assert any(row.title == "Zed" for row in app.main.search.home.rows)
            assert _leaks(terminal_output(app)) == []
            await pilot.press("escape", "d")
            await _settle(app, pilot)
            assert isinstance(app.screen, ReviewScreen)
            text = screen_text(app)
            assert "[@click=app.quit]quit[/]" in text  # the alias, as written
            assert "[bold]loud[/bold]" in text and "␛]0;pwned␇" in text  # found_by
            assert "␛]52;c;cm0gLXJmIH4K␇" in text  # the passage's escapes, visible
            assert _leaks(terminal_output(app)) == []
            assert app.is_running

    asyncio.run(run())


@pytest.mark.parametrize("typed", ["[@click=app.quit]quit[/]", "[/b]", "[bold]loud[/bold]"])
def test_text_typed_into_the_capture_form_is_stored_and_shown_literally(tmp_path: Path, typed: str) -> None:
    root = make_workspace(tmp_path / "ws")

    async def run() -> None:
        app = DossierApp(root, config_dir=tmp_path / "config", cache_dir=tmp_path / "cache")
        async with app.run_test(size=(120, 36)) as pilot:
            await _settle(app, pilot)
            app.open_quote("q-agreed")
            await pilot.pause()
            await pilot.press("v", "w", "w", "c")
            await pilot.pause()
            assert isinstance(app.screen, QuoteForm)
            await pilot.press(*typed, "ctrl+s")
            await _settle(app, pilot)
            assert app.is_running
            new = [q for q in load_workspace(root).quotes.values() if q.id not in ("q-agreed", "q-denied")]
            assert [q.attributed_to for q in new] == [typed]
            app.open_quote(new[0].id)
            await pilot.pause()
            assert typed in screen_text(app)

    asyncio.run(run())


def test_a_hostile_name_typed_into_the_edit_form_is_saved_as_written(tmp_path: Path) -> None:
    root = make_workspace(tmp_path / "ws")
    typed = " [@click=app.quit]quit[/]"

    async def run() -> None:
        app = DossierApp(root, config_dir=tmp_path / "config", cache_dir=tmp_path / "cache")
        async with app.run_test(size=(120, 40)) as pilot:
            await _settle(app, pilot)
            app.open_record("senkivka")
            await pilot.pause()
            await pilot.press("escape", "E", "end", *typed, "ctrl+s")
            await _settle(app, pilot)
            assert app.is_running and app.screen is app.main
            assert load_workspace(root).actors["senkivka"].name == "Senkivka" + typed
            assert "Senkivka [@click=app.quit]quit[/]" in screen_text(app)

    asyncio.run(run())
