"""The quotes pane: the verbatim words behind the profile, with who said them and how reliable.

Each quote shows its exact words, attribution ("an unnamed U.S. official", or the actor's
name), stance, Admiralty grade of source and quote ("B2") and the source's title. Enter
posts `OpenQuote`, which opens the source reader at those words.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets.option_list import Option

from dossier.tui.text import join, safe
from dossier.tui.widgets.lists import DossierList

# Each quote is a few wrapped lines; thousands of them would make every selection slow to draw.
MAX_SHOWN = 200


class QuotesPane(Vertical):
    class OpenQuote(Message):
        def __init__(self, quote_id: str) -> None:
            super().__init__()
            self.quote_id = quote_id

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.quote_ids: list[str] = []

    def compose(self) -> ComposeResult:
        hint = Content.styled("Quotes about the selected record appear here.", "$text-muted")
        yield DossierList(Option(hint, disabled=True), id="quotes-list")

    def show_quotes(self, workspace: Any, quotes: Sequence[Any], select: str | None = None) -> None:
        self.quote_ids = []
        listing = self.query_one(DossierList)
        if not quotes:
            listing.set_options([Option(Content.styled("No quotes", "$text-muted"), disabled=True)])
            self.border_subtitle = ""
            return
        shown = quotes[:MAX_SHOWN]
        self.quote_ids = [quote.id for quote in shown]
        options: list[Option | None] = []
        for quote in shown:
            options += [Option(quote_prompt(workspace, quote), id=quote.id), None]
        if len(quotes) > MAX_SHOWN:
            more = f"{len(quotes) - MAX_SHOWN} more quotes: search to narrow them, or export the dossier"
            options.append(Option(Content.styled(more, "$text-muted italic"), disabled=True))
        else:
            options.pop()
        listing.set_options(options)
        listing.highlighted = self.quote_ids.index(select) if select in self.quote_ids else 0
        listing.scroll_to_highlight(top=True)
        self.border_subtitle = f"{len(quotes)}"  # the full count, even when fewer are listed

    def show_message(self, message: str) -> None:
        self.quote_ids = []
        self.query_one(DossierList).set_options([Option(Content.styled(message, "$text-muted"), disabled=True)])

    @property
    def highlighted_quote(self) -> str | None:
        index = self.query_one(DossierList).highlighted
        return self.quote_ids[index] if index is not None and index < len(self.quote_ids) else None

    @on(DossierList.OptionSelected)
    def _selected(self, event: DossierList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.OpenQuote(event.option.id))


def attribution(workspace: Any, quote: Any) -> Content:
    from dossier.model import attribution_actor_id

    actor_id = attribution_actor_id(quote)
    if actor_id and actor_id in workspace.actors:
        return safe(workspace.actors[actor_id].name, "bold")
    if quote.attributed_to:
        return safe(quote.attributed_to, "italic")
    return Content.styled("unattributed", "$text-muted italic")


def quote_prompt(workspace: Any, quote: Any) -> Content:
    from dossier.model import admiralty_grade

    source = workspace.sources.get(quote.source)
    stance = quote.stance.value
    meta = join(
        [
            ("— ", "$text-muted"),
            attribution(workspace, quote),
            "  ",
            (stance, f"$dossier-{stance} bold"),
            "  ",
            (admiralty_grade(source, quote), "bold reverse"),
            "  ",
            safe(source.title if source else quote.source, "$text-muted italic", limit=80),
            ("  draft", "$warning italic") if quote.status.value == "draft" else "",
        ]
    )
    return join([safe(f"“{quote.exact}”"), "\n", meta])
