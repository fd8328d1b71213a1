"""The help screen: every binding, from the one list of commands, with the keys in effect."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from dossier.tui.commands import SCOPES, commands_for

SEARCH_HELP = (
    "Search matches names, aliases and transliterations (Lukashenko finds Lukashenka),\n"
    "quote words and titles. Narrow it with fields: kind:quote, stance:denies, date:2022-02.\n"
    "Ctrl+T cycles the kind filter; a misspelt name offers a suggestion."
)


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close", key_display="esc"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body") as body:
            body.border_title = "Keys"
            yield Static(self._table(), id="help-table")

    def _keys(self, command_id: str, default: str) -> str:
        keys = self.app._keymap.get(command_id, default)  # the user's remapping wins, as in the bindings
        return ", ".join(self.app.get_key_display(Binding(key.strip(), "")) for key in keys.split(",") if key.strip())

    def _table(self) -> Content:
        lines: list[Content | str | tuple[str, str]] = []
        for scope, title in SCOPES.items():
            commands = commands_for(scope)
            if not commands:
                continue
            lines.append((f"{title}\n", "$text-primary bold underline"))
            for command in commands:
                keys = self._keys(command.id, command.keys)
                lines += [(f"  {keys:<22}", "$accent bold"), f"{command.help}", (f"  {command.id}\n", "$text-muted")]
            lines.append("\n")
        lines += [
            ("Search\n", "$text-primary bold underline"),
            SEARCH_HELP,
            "\n\n",
            ("Remap any key in config.toml under [keymap], by the id shown in grey.", "$text-muted"),
        ]
        return Content.assemble(*lines)
