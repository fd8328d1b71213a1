"""The review queue in view: a list of every draft beside the one shown, a filter typed over it, a batch of the
drafts shown, and footers that fit 80 columns. The real app on a workspace on disk, driven with keys."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.tui.screens.pickers import ChoiceScreen
from dossier.tui.screens.review import ReviewScreen
from dossier.workspace import load_workspace
from tests.conftest import make_workspace
from tests.ui.conftest import settle
from tests.ui.screen import screen_text
from tests.unit.ingest_helpers import snapshot
from tests.unit.test_desk_queue import _draft

# Best first: (id, name, kind, confidence)
DRAFTS = (
    ("sao-paulo", "São Paulo", "place", 0.95),
    ("wagner-group", "Wagner Group", "armed_force", 0.9),
    ("krakow", "[bold]Kraków", "place", 0.8),
    ("lodz", "Łódź", "place", 0.6),
    ("paula-ng", "Paula Ng", "person", 0.3),
)


@pytest.fixture
def queued(tmp_path: Path) -> Path:
    """The tiny workspace with five draft actors of its one source, one named with markup-like brackets."""
    root = make_workspace(tmp_path / "ws")
    for record_id, name, kind, confidence in DRAFTS:
        _draft(root, record_id, name, kind, confidence)
    return root


async def _open_review(app, pilot) -> ReviewScreen:  # type: ignore[no-untyped-def]
    await settle(app, pilot)
    await pilot.press("escape", "d")  # out of the search box (d would be typed there), then d
    await settle(app, pilot)
    assert isinstance(app.screen, ReviewScreen)
    return app.screen


def _listed(app) -> list[str]:  # type: ignore[no-untyped-def]
    """The names in the queue list, as the user reads them (the first line of each row)."""
    queue = app.screen.query_one("#review-queue")
    return [str(option.prompt).split("\n")[0] for option in queue.options]


def _status(root: Path, record_id: str) -> str:
    return load_workspace(root).actors[record_id].status.value


async def test_the_queue_lists_every_draft_and_moving_in_it_shows_that_draft(make_app, queued: Path) -> None:
    app = make_app(queued)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await _open_review(app, pilot)
        names = [name for _id, name, _kind, _c in DRAFTS]
        assert _listed(app) == names  # best first, the markup-like name as written
        text = screen_text(app)
        assert "Drafts, best first" in text and "[bold]Kraków" in text
        assert "armed force · high · 1 src" in text and "person · low · 1 src" in text
        assert "Review · draft 1 of 5" in text and "name  São Paulo" in text
        queue = app.screen.query_one("#review-queue")
        assert app.focused is queue and queue.highlighted == 0
        await pilot.press("j", "down")
        await settle(app, pilot)
        assert queue.highlighted == 2 and screen.current.id == "krakow"
        text = screen_text(app)
        assert "Review · draft 3 of 5" in text and "name  [bold]Kraków" in text
        await pilot.press("end")
        await settle(app, pilot)
        assert screen.current.id == "paula-ng" and "name  Paula Ng" in screen_text(app)
        await pilot.press("k", "home")
        await settle(app, pilot)
        assert screen.current.id == "sao-paulo"
        # The actions work on the draft shown: accept the third; it leaves the list, the next is shown.
        before = snapshot(queued)
        await pilot.press("down", "down", "a")
        await settle(app, pilot)
        assert _status(queued, "krakow") == "curated"
        assert _listed(app) == ["São Paulo", "Wagner Group", "Łódź", "Paula Ng"]
        assert screen.current.id == "lodz" and queue.highlighted == 2
        assert "Review · draft 3 of 4" in screen_text(app)
        # Undo brings it back into the list, where it was, and shows it.
        await pilot.press("u")
        await settle(app, pilot)
        assert snapshot(queued) == before
        assert _listed(app) == names and screen.current.id == "krakow" and queue.highlighted == 2
        # Reject from the list works on the draft shown too.
        await pilot.press("end", "r")
        await settle(app, pilot)
        assert "paula-ng" not in load_workspace(queued).actors
        assert _listed(app) == names[:4] and screen.current.id == "lodz"


async def test_typing_a_filter_narrows_the_queue_and_b_takes_all_shown_in_one_undoable_step(
    make_app, queued: Path
) -> None:
    app = make_app(queued)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await _open_review(app, pilot)
        await pilot.press("slash", *"SAO")  # case and accents aside, a prefix
        await settle(app, pilot)
        assert _listed(app) == ["São Paulo"]
        assert "Review · 1 of 5 drafts" in screen_text(app)
        footer = screen_text(app).splitlines()[-1]
        assert "esc Clear filter" in footer and "Back" not in footer  # in the box, esc clears; letters are typed
        await pilot.press("escape")  # clears the filter; the review stays open
        await settle(app, pilot)
        assert isinstance(app.screen, ReviewScreen) and len(_listed(app)) == 5
        assert "Review · draft 1 of 5" in screen_text(app)
        await pilot.press("slash", *"kind:place band:high", "enter")
        await settle(app, pilot)
        assert _listed(app) == ["São Paulo", "[bold]Kraków"]
        assert "Review · 2 of 5 drafts" in screen_text(app)
        assert app.focused is app.screen.query_one("#review-queue")  # enter: back to the list, the keys work
        before = snapshot(queued)
        await pilot.press("b")
        await settle(app, pilot)
        assert isinstance(app.screen, ChoiceScreen)
        labels = [str(label) for _value, label in app.screen.choices]
        assert labels[0] == "Accept all 2 shown (filter: kind:place band:high)"
        assert labels[1].startswith("Reject all 2 shown")
        assert any("from Test article" in label for label in labels)  # today's choices stay
        await pilot.press("enter")
        await settle(app, pilot)
        assert [_status(queued, i) for i in ("sao-paulo", "krakow", "lodz", "wagner-group")] == [
            "curated",
            "curated",
            "draft",
            "draft",
        ]
        text = screen_text(app)
        assert "accepted 2 of 2 drafts" in text and "Review · 0 of 3 drafts" in text
        assert "No draft matches kind:place band:high" in text
        await pilot.press("u")  # one step: both come back
        await settle(app, pilot)
        assert snapshot(queued) == before
        assert _listed(app) == ["São Paulo", "[bold]Kraków"]
        await pilot.press("escape", "slash", *"source:test wag")
        await settle(app, pilot)
        assert _listed(app) == ["Wagner Group"] and screen.current.id == "wagner-group"


async def test_the_footers_fit_80_columns_with_the_keys_used_most(make_app, queued: Path) -> None:
    app = make_app(queued)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("escape")
        await settle(app, pilot)
        footer = screen_text(app).splitlines()[-1]
        for key in ("/ Search", "? Help", "esc Back", "d Drafts", "q Quit"):
            assert key in footer, footer  # at START "q Quit" was cut to "q"
        await pilot.press("d")
        await settle(app, pilot)
        footer = screen_text(app).splitlines()[-1]
        for key in ("a Accept", "e Edit", "m Merge", "r Reject", "u Undo", "/ Filter", "? Help"):
            assert key in footer, footer  # at START it was cut after "u Und"
        keys = footer.split("▏")[0].split()
        assert len(keys) % 2 == 0 and all(len(label) > 2 for label in keys[1::2]), footer  # no label cut short
        await pilot.resize_terminal(120, 70)  # the footer follows the width; help shows the review keys
        await settle(app, pilot)
        footer = screen_text(app).splitlines()[-1]
        assert "K Kind" in footer and "o Source" in footer and "b Batch" in footer, footer
        await pilot.press("f1")  # help lists every key
        await settle(app, pilot)
        text = screen_text(app)
        assert "Set the draft actor's kind" in text and "Narrow the queue" in text
