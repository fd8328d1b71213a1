"""The main screen's footer while the search box has the focus: only keys that work there."""

from __future__ import annotations

from tests.ui.conftest import settle
from tests.ui.screen import screen_text


def _footer(app) -> str:  # type: ignore[no-untyped-def]
    return screen_text(app).splitlines()[-1]


async def test_the_footer_of_the_search_box_names_the_keys_that_work_there_not_the_letters_it_types(
    make_app,
) -> None:
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        assert type(app.focused).__name__ == "SearchBox"  # where the app opens
        footer = _footer(app)
        for shown in ("^o Add sources", "f1 Help", "esc Back", "tab Next pane", "/ Search"):
            assert shown in footer, footer
        for typed in ("d Drafts", "q Quit", "? Help", "E Edit"):
            assert typed not in footer, footer
        await pilot.press(*"luk")
        await settle(app, pilot)
        footer = _footer(app)
        assert "/ Search" not in footer and "^o Add sources" in footer, footer  # `/` is typed into a query
        await pilot.press("escape")  # out of the box: the letters are keys again
        await settle(app, pilot)
        footer = _footer(app)
        assert "d Drafts" in footer and "q Quit" in footer and "? Help" in footer, footer
        assert "^o Add sources" not in footer, footer
