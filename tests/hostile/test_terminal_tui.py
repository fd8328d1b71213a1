"""Class 1 on the real browser: every byte it writes to a real terminal, with hostile text on screen.

The app runs in tmux, as a user meets it, on a workspace whose every field carries every
payload. `pipe-pane` records the raw bytes the app writes; they may hold only the escape
sequences Textual itself draws with. tmux then tells what a terminal would have done with a
leak: its pane title (OSC 0/2) and its paste buffers (OSC 52) must be untouched, and the
screen must show the payloads as visible text.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator

import pytest

from tests.hostile.helpers import TERMINAL_PAYLOADS, hostile_workspace
from tests.tmux import Tmux

WIDTH, HEIGHT = 120, 40

# What Textual writes when it draws: colours, cursor positions, mode switches, its own queries.
TEXTUAL_VOCABULARY = re.compile(
    rb"\x1b\[[0-9;:]*m"  # SGR colours and styles
    rb"|\x1b\[(?P<row>[0-9]+);(?P<col>[0-9]+)H"  # cursor position, checked against the screen size
    rb"|\x1b\[\?[0-9;]+[hl]"  # DEC private modes (alt screen, mouse, focus, paste, sync)
    rb"|\x1b\[\?[0-9]+\$p"  # DECRQM: does the terminal support a mode
    rb"|\x1b\[[<>][0-9]*u"  # kitty keyboard protocol push / pop
    rb"|\x1b\[[0-9]? q"  # cursor shape
    rb"|\x1b\]22;[a-z-]+\x07"  # pointer shape
)
ANY_ESCAPE = re.compile(rb"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|P[^\x1b]*\x1b\\|.)|\xc2[\x80-\x9f]")


def flowing(screen: str) -> str:
    """Screen text with line breaks, spaces and box borders removed, so wrapped text reads on."""
    return re.sub(r"[\s│╭╮╰╯─▌▐▆▏▕]", "", screen)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, object]]:
    if shutil.which("tmux") is None:
        pytest.skip("tmux is not installed")
    folder = tmp_path_factory.mktemp("tui")
    root = hostile_workspace(folder / "ws")
    tmux = Tmux(folder, WIDTH, HEIGHT)
    tmux.start(folder, "browse", str(root))
    try:
        tmux.wait_for("2 actors, 1 event, 1 quote, 1 source")
        title_before = tmux("display", "-p", "-t", "app", "#{pane_title}")
        tmux.keys("C-p")  # the palette: jump to the actor by name
        tmux.wait_for("Search for commands")  # typed before the palette is up, keys would go elsewhere
        tmux.keys("Envoy", literal=True)
        tmux.wait_for("Open the profile of Envoy Smith")
        tmux.keys("Enter")
        # The profile is drawn and the palette has closed; each key waits for the focus it moves.
        profile = tmux.wait_for("Timeline", gone="Open the profile of")
        tmux.wait_for_focus("Search")
        tmux.keys("Tab")
        tmux.wait_for_focus("Profile")
        tmux.keys("Tab")
        tmux.wait_for_focus("Quotes")
        tmux.keys("Enter")  # open the quote in the source reader
        reader = tmux.wait_for("Then he left")
        yield {
            "profile": profile,
            "reader": reader,
            "title_before": title_before,
            "title_after": tmux("display", "-p", "-t", "app", "#{pane_title}"),
            "buffers": tmux("list-buffers"),
            "alive": tmux("has-session", "-t", "app") == "" and "app" in tmux("list-sessions"),
            "bytes": tmux.recorded(),
        }
    finally:
        tmux("kill-server")


def test_the_app_writes_only_the_escape_sequences_textual_draws_with(browser: dict[str, object]) -> None:
    written = browser["bytes"]
    assert isinstance(written, bytes) and len(written) > 10_000
    foreign = []
    for match in ANY_ESCAPE.finditer(written):
        allowed = TEXTUAL_VOCABULARY.fullmatch(match.group())
        if (
            allowed
            and allowed.group("row")
            and not (int(allowed.group("row")) <= HEIGHT and int(allowed.group("col")) <= WIDTH)
        ):
            allowed = None
        if not allowed:
            foreign.append(match.group())
    assert sorted(set(foreign)) == []


@pytest.mark.parametrize(("hostile", "shown"), TERMINAL_PAYLOADS.values(), ids=TERMINAL_PAYLOADS.keys())
def test_no_payload_reaches_the_terminal_raw(browser: dict[str, object], hostile: str, shown: str) -> None:
    written = browser["bytes"]
    assert isinstance(written, bytes)
    assert hostile.encode("utf-8") not in written
    # ...and the reader shows it as visible text (read across its wrapped lines and borders).
    assert shown in flowing(str(browser["reader"]))


def test_markup_in_sources_is_shown_as_written(browser: dict[str, object]) -> None:
    for screen in (str(browser["profile"]), str(browser["reader"])):
        assert all(markup in screen for markup in ("[bold]loud[/bold]", "[/ [0]")), screen


def test_the_terminal_title_and_clipboard_are_untouched(browser: dict[str, object]) -> None:
    assert browser["title_after"] == browser["title_before"]
    assert "pwned" not in str(browser["title_after"])
    assert browser["buffers"] == ""  # an OSC 52 that got through would be a paste buffer here
    assert browser["alive"]  # no [@click=app.quit] or key-answer quit the app
