"""While the workspace loads: only what works is offered, and a result chosen meanwhile opens when it can."""

from __future__ import annotations

from typing import Any

from dossier.tui.app import DossierApp
from tests.conftest import make_workspace
from tests.ui.conftest import settle


class HeldApp(DossierApp):
    """The real app, whose loaded workspace is let in when the test says (a slow disk, a big workspace)."""

    held: tuple[Any, Any] | None = None

    def _workspace_loaded(self, workspace: Any, rows: list[Any]) -> None:
        self.held = (workspace, rows)

    def let_in(self) -> None:
        assert self.held is not None, "the workspace never loaded"
        DossierApp._workspace_loaded(self, *self.held)


def notices(app: DossierApp) -> str:
    return " ".join(str(notice.message) for notice in app._notifications)


async def test_while_loading_workspace_commands_are_not_offered_and_a_chosen_result_opens_once_loaded(
    tmp_path, private_folders
) -> None:  # type: ignore[no-untyped-def]
    app = HeldApp(make_workspace(tmp_path / "ws"), config_dir=private_folders)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)  # the index is open; the workspace is read but not let in
        assert app.workspace is None and app.held is not None
        for action in ("review", "problems", "undo", "timeline", "contested", "network"):
            assert not app.check_action(action, ()), action
        footer_keys = {binding.action for _key, binding, enabled, _tip in app.active_bindings.values() if enabled}
        assert "review" not in footer_keys and "timeline" not in footer_keys
        await pilot.press("escape", "d", "t")  # out of the search box; review, timeline: nothing happens
        await pilot.pause()
        assert app.screen is app.main

        # Search answers before the workspace is in; Enter on a result waits for it quietly.
        await pilot.press("/", *"lukashenko")
        await settle(app, pilot)
        assert app.main.search.hits[0].id == "lukashenka"
        await pilot.press("enter")
        await pilot.pause()
        assert app.main.current_record is None
        assert "loading" not in notices(app)

        app.let_in()
        await settle(app, pilot)
        assert app.main.current_record == "lukashenka"
        assert app.focused is not None and app.focused.id == "quotes-list"
        assert app.check_action("review", ()) and app.check_action("timeline", ())
        assert app.history.current is not None and app.history.current.record_id == "lukashenka"
