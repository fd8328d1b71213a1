"""Untrusted text stays text: markup in a source does nothing, escapes never reach the terminal."""

from __future__ import annotations

import hashlib
from pathlib import Path

from dossier.tui.screens.reader import ReaderScreen
from tests.conftest import write
from tests.ui.conftest import settle
from tests.ui.screen import screen_text, terminal_output

CLIPBOARD = "\x1b]52;c;ZXZpbA==\x07"  # OSC 52: write "evil" to the clipboard
TITLE = "\x1b]0;pwned\x07"  # set the window title
CURSOR = "\x1b[2J\x1b[5;5H"  # clear the screen, move the cursor
MARKUP = "[@click=app.quit]click me[/] [bold]loud[/bold]"
TEXT = f"Intro. The envoy said {MARKUP} today.{CLIPBOARD}{TITLE} Later{CURSOR} he left.\u202eevil\n"


def hostile_workspace(root: Path) -> Path:
    write(root / "sources" / "hostile.txt", TEXT)
    digest = hashlib.sha256(TEXT.encode("utf-8")).hexdigest()
    write(
        root / "sources" / "hostile.yaml",
        f'id: hostile\ntitle: "[bold]Title[/bold] \\e]0;t\\a"\nreliability: E\nsha256: {digest}\n',
    )
    write(
        root / "actors" / "envoy.yaml",
        'id: envoy\nname: "[@click=app.quit]Envoy"\nkind: person\naliases:\n  - "Env\\e[31moy"\n'
        'summary: "[link=https://evil.example]summary[/link] \\e]52;c;ZXZpbA==\\a"\n',
    )
    exact = f"{MARKUP} today.{CLIPBOARD}{TITLE} Later{CURSOR} he left."
    start = TEXT.index(exact)
    yaml_exact = exact.replace("\x1b", "\\e").replace("\x07", "\\a")
    write(
        root / "quotes" / "hostile.yaml",
        f'- id: q-hostile\n  source: hostile\n  exact: "{yaml_exact}"\n  start: {start}\n'
        f'  end: {start + len(exact)}\n  attributed_to: "[red]an official[/red]"\n  about: [envoy]\n',
    )
    return root


def assert_no_escapes(output: str) -> None:
    assert "\x1b]" not in output  # no OSC at all: clipboard, title, hyperlinks
    assert "\x07" not in output
    assert "\x1b[2J" not in output and "\x1b[5;5H" not in output
    assert "\u202e" not in output


async def test_markup_and_escapes_in_profile_and_quotes_show_as_text(make_app, tmp_path) -> None:
    app = make_app(hostile_workspace(tmp_path / "hostile"))
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        assert not app.workspace.problems, [str(problem) for problem in app.workspace.problems]
        app.open_record("envoy")
        await pilot.pause()
        text = screen_text(app)
        assert "[@click=app.quit]Envoy" in text
        assert "[link=https://evil.example]summary[/link]" in text
        assert "␛]52;c;ZXZpbA==␇" in text
        assert "[@click=app.quit]click me[/] [bold]loud[/bold]" in text
        assert "[red]an official[/red]" in text
        assert_no_escapes(terminal_output(app))
        # Clicking the words that look like an action link only does what a click on a quote does.
        await pilot.click("#quotes-list", offset=(4, 0))
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, ReaderScreen)


async def test_the_reader_shows_controls_as_visible_stand_ins(make_app, tmp_path) -> None:
    app = make_app(hostile_workspace(tmp_path / "hostile"))
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        app.open_quote("q-hostile")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        text = screen_text(app)
        assert "[@click=app.quit]click me[/] [bold]loud[/bold]" in text
        assert "␛]52;c;ZXZpbA==␇␛]0;pwned␇" in text
        assert "␛[2J␛[5;5H" in text
        assert "<U+202E>evil" in text
        assert "[bold]Title[/bold] ␛]0;t␇" in text
        assert_no_escapes(terminal_output(app))
        await pilot.click("#reader-text", offset=(30, 0))
        await pilot.pause()
        assert app.is_running
        # Stored text is never changed by showing it.
        assert (tmp_path / "hostile" / "sources" / "hostile.txt").read_text(encoding="utf-8") == TEXT


async def test_palette_shows_hostile_names_as_text(make_app, tmp_path) -> None:
    app = make_app(hostile_workspace(tmp_path / "hostile"))
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+p", *"envoy")
        await settle(app, pilot)  # the palette gathers its hits in a worker
        text = screen_text(app)
        assert "[@click=app.quit]Envoy" in text
        assert_no_escapes(terminal_output(app))
        await pilot.press("enter")
        await pilot.pause()
        assert app.is_running and app.main.current_record == "envoy"
