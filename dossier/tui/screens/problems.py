"""The problems view: every file that failed to load, as path:line:column: message."""

from __future__ import annotations

from typing import Any, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets.option_list import Option

from dossier.tui.text import join, plain
from dossier.tui.widgets.lists import DossierList


class ProblemsScreen(ModalScreen[None]):
    CSS_PATH = "overlays.tcss"  # read when the screen first opens, not before the first frame
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,exclamation_mark", "dismiss", "Close", key_display="esc")
    ]

    def __init__(self, problems: list[Any], root_label: str) -> None:
        super().__init__()
        self.problems = problems
        self.root_label = root_label

    def compose(self) -> ComposeResult:
        listing = DossierList(id="problems-list")
        count = len(self.problems)
        # Content, not a str: a str border title is read as markup, and a folder can be named "[/b]".
        listing.border_title = Content(
            f"{count} problem{'' if count == 1 else 's'} in {plain(self.root_label, limit=40)}"
        )
        listing.border_subtitle = "esc to close"
        yield listing

    def on_mount(self) -> None:
        listing = self.query_one(DossierList)
        if not self.problems:
            listing.set_options([Option(Content.styled("Every file loaded.", "$success"), disabled=True)])
        else:
            # Problem.__str__ already sanitises the path and message (both can come from untrusted files).
            listing.set_options(
                [
                    Option(
                        join(
                            [
                                (problem.severity, f"${'error' if problem.severity == 'error' else 'warning'} bold"),
                                "  ",
                                Content(str(problem)),
                            ]
                        )
                    )
                    for problem in self.problems
                ]
            )
            listing.highlighted = 0
        listing.focus()
