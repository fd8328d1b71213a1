"""The help screen: every binding, from the one list of commands, with the keys in effect."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from dossier.tui.commands import COMMANDS, SCOPES, available, commands_for

SEARCH_HELP = (
    "Search matches names, aliases and transliterations (Lukashenko finds Lukashenka),\n"
    "quote words and titles. Narrow it with fields: kind:quote, stance:denies, date:2022-02.\n"
    "Ctrl+T cycles the kind filter; a misspelt name offers a suggestion."
)


class HelpScreen(ModalScreen[None]):
    CSS_PATH = "overlays.tcss"  # read when the screen first opens, not before the first frame
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close", key_display="esc"),
    ]

    def compose(self) -> ComposeResult:
        from textual.widgets import DataTable

        with VerticalScroll(id="help-body") as body:
            body.border_title = "Keys"
            body.border_subtitle = "esc to close"
            table: DataTable[Content] = DataTable(id="help-table", cursor_type="row", zebra_stripes=True)
            yield table
            yield Static(self._search_help(), id="help-search")

    def on_mount(self) -> None:
        from textual.widgets import DataTable

        table = self.query_one(DataTable)
        rows = [(command, self._keys(command.id, command.keys)) for command in COMMANDS if available(command)]
        table.add_column("Keys", width=max(len(keys) for _command, keys in rows))
        table.add_column("Does", width=max(len(command.help) for command, _keys in rows))
        table.add_column("Id, for remapping", width=max(17, *(len(command.id) for command, _keys in rows)))
        for scope, title in SCOPES.items():
            commands = commands_for(scope)
            if not commands:
                continue
            table.add_row(Content.styled(title, "$text-primary bold"), Content(""), Content(""))
            for command in commands:
                table.add_row(
                    Content.styled(self._keys(command.id, command.keys), "$accent bold"),
                    Content(command.help),
                    Content.styled(command.id, "$text-muted"),
                )
        table.focus()

    def _keys(self, command_id: str, default: str) -> str:
        keys = self.app._keymap.get(command_id, default)  # the user's remapping wins, as in the bindings
        return ", ".join(self.app.get_key_display(Binding(key.strip(), "")) for key in keys.split(",") if key.strip())

    def _search_help(self) -> Content:
        return Content.assemble(
            ("Search\n", "$text-primary bold underline"),
            SEARCH_HELP,
            "\n\n",
            ("Remap any key in config.toml under [keymap], by its id.", "$text-muted"),
        )

    def help_text(self) -> str:
        """Everything the help shows, as plain text (for tests and for copying)."""
        from textual.widgets import DataTable

        table = self.query_one(DataTable)
        rows = ["  ".join(str(cell) for cell in table.get_row_at(index)) for index in range(table.row_count)]
        return "\n".join(rows) + "\n" + str(self._search_help())
