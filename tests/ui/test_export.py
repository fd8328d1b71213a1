"""`e` writes the dossier in the profile to Markdown beside the workspace, never over someone's file."""

from __future__ import annotations

from pathlib import Path

from tests.ui.conftest import settle


def notices(app) -> str:  # type: ignore[no-untyped-def]
    return " ".join(str(notice.message) for notice in app._notifications)


async def test_e_exports_the_profile_and_never_overwrites_other_files(make_app, tmp_path: Path) -> None:
    app = make_app()
    exports = tmp_path / "exports"
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        app.open_record("lukashenka")
        await pilot.press("tab", "e")
        await settle(app, pilot)
        written = exports / "lukashenka.md"
        assert "Alyaksandr Lukashenka" in written.read_text(encoding="utf-8")
        assert "lukashenka.md" in notices(app)
        exports.joinpath("belarus.md").write_text("my own notes\n", encoding="utf-8")
        app.open_record("belarus")
        await pilot.press("e")
        await settle(app, pilot)
        assert exports.joinpath("belarus.md").read_text(encoding="utf-8") == "my own notes\n"
        assert "not overwritten" in notices(app)
        assert app.is_running
