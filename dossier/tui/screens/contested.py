"""The contested-claims screen: every subject that some quotes assert and others deny.

Above, the contested subjects, best-supported dispute first, each with its counts per side
(quotes / independent sources); below, the ledger of the highlighted subject: its asserting,
denying and reporting quotes, each with the source's reliability and the quote's
credibility. Enter on a subject opens its profile; on a quote, the quote in its source.
The counting rules are those of `dossier.analysis.contested`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Static

from dossier.tui.commands import bindings_for
from dossier.tui.messages import OpenQuote, OpenRecord
from dossier.tui.text import join, plain, safe
from dossier.tui.widgets.rows import RowsView

if TYPE_CHECKING:
    from dossier.analysis.contested import Ledger, LedgerQuote, StanceGroup, SubjectLedger

STANCE_STYLES = {"asserts": "$dossier-asserts", "denies": "$dossier-denies", "reports": "$dossier-reports"}


class GroupHeading:
    """The heading row of one stance in a subject's ledger; the cursor skips it."""

    def __init__(self, group: StanceGroup) -> None:
        self.group = group


def group_summary(group: StanceGroup) -> str:
    quotes = len(group.quotes)
    text = (
        f"{quotes} quote{'s' if quotes != 1 else ''}, {group.independent_sources} independent "
        f"source{'s' if group.independent_sources != 1 else ''}"
    )
    if group.unknown_publisher:
        text += f" ({group.unknown_publisher} with no publisher)"
    if group.best_reliability and group.best_credibility:
        text += f" · best {group.best_reliability}{group.best_credibility}"
    return text


def side(label: str, group: StanceGroup) -> Content:
    """`asserts 9/1`: quotes / independent sources of one side."""
    return Content.styled(f"{label} {len(group.quotes)}/{group.independent_sources}", STANCE_STYLES[label])


class ContestedScreen(Screen[None]):
    CSS_PATH = "analysis.tcss"
    COMMAND_SCOPE = "contested"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close", show=False),
        *bindings_for("contested"),
    ]
    AUTO_FOCUS = "#contested-subjects"

    def __init__(self, start_at: str | None = None) -> None:
        super().__init__()
        self.start_at = start_at
        self.include_drafts = False
        self.ledger: Ledger | None = None
        self.subjects: list[SubjectLedger] = []

    def compose(self) -> ComposeResult:
        yield Static(Content.styled("Building the ledger…", "$text-muted"), id="contested-header")
        yield RowsView(self._render_subject, id="contested-subjects")
        yield RowsView(self._render_quote, is_heading=lambda row: isinstance(row, GroupHeading), id="contested-quotes")
        yield Footer()

    def on_mount(self) -> None:
        self._load()

    @work(thread=True, exclusive=True, group="contested")
    def _load(self) -> None:
        from dossier.analysis.contested import build_ledger

        app: Any = self.app
        drafts = self.include_drafts
        name = "ledger+drafts" if drafts else "ledger"
        ledger = app.analysis_service(name, lambda workspace: build_ledger(workspace, include_drafts=drafts))
        subjects = ledger.contested()
        self.app.call_from_thread(self._show, ledger, subjects)

    def _show(self, ledger: Ledger, subjects: list[SubjectLedger]) -> None:
        self.ledger, self.subjects = ledger, subjects
        count = len(subjects)
        self.query_one("#contested-header", Static).update(
            join(
                [
                    ("Contested claims", "bold"),
                    f" · {count} subject{'s' if count != 1 else ''} asserted and denied",
                    (" · drafts counted" if self.include_drafts else " · drafts left out", "$text-muted"),
                    "\n",
                    (
                        "Best-supported dispute first; n/k = quotes / independent sources (distinct publishers)"
                        if subjects
                        else "None: no subject is both asserted and denied"
                        + ("" if self.include_drafts else " (d counts drafts too)"),
                        "$text-muted",
                    ),
                ]
            )
        )
        start = next((i for i, s in enumerate(subjects) if s.subject_id == self.start_at), 0)
        self.query_one("#contested-subjects", RowsView).set_rows(subjects, cursor=start)
        if not subjects:
            self.query_one("#contested-quotes", RowsView).set_rows([])

    def _render_subject(self, subject: SubjectLedger, width: int) -> Content:
        counts = join([side("asserts", subject.asserts), "  ", side("denies", subject.denies), "  ",
                       Content.styled(f"reports {len(subject.reports.quotes)}", STANCE_STYLES["reports"])])  # fmt: skip
        room = max(8, width - counts.cell_length - 2)
        name = Content.assemble(safe(subject.name, limit=room), (f" {subject.kind}", "$text-muted")).truncate(room)
        return Content.assemble(name, " " * max(1, width - name.cell_length - counts.cell_length), counts)

    def _render_quote(self, row: Any, width: int) -> Content:
        if isinstance(row, GroupHeading):
            group = row.group
            return Content.assemble(
                (f"── {group.stance.value.capitalize()} ", f"{STANCE_STYLES[group.stance.value]} bold"),
                (group_summary(group), "$text-muted"),
            )
        item: LedgerQuote = row
        app: Any = self.app
        from dossier.analysis.contested import speaker_name

        speaker = speaker_name(app.workspace, item.quote)
        return Content.assemble(
            (f"{item.grade} ", "bold"),
            "\u201c",
            safe(item.quote.exact, limit=max(10, width - len(speaker) - 8)),
            "\u201d ",
            ("\u2014 ", "$text-muted"),
            (plain(speaker, limit=40), "$text-muted"),
        )

    @on(RowsView.Highlighted, "#contested-subjects")
    def _subject_highlighted(self, message: RowsView.Highlighted) -> None:
        subject: SubjectLedger = message.row
        rows: list[Any] = []
        for group in subject.groups:
            if group:
                rows.append(GroupHeading(group))
                rows += group.quotes
        self.query_one("#contested-quotes", RowsView).set_rows(rows)

    @on(RowsView.Selected, "#contested-subjects")
    def _subject_selected(self, message: RowsView.Selected) -> None:
        self.post_message(OpenRecord(message.row.subject_id))

    @on(RowsView.Selected, "#contested-quotes")
    def _quote_selected(self, message: RowsView.Selected) -> None:
        self.post_message(OpenQuote(message.row.quote.id))

    def action_close(self) -> None:
        self.dismiss()

    def action_drafts(self) -> None:
        self.include_drafts = not self.include_drafts
        current = self.query_one("#contested-subjects", RowsView).current
        self.start_at = current.subject_id if current is not None else self.start_at
        self._load()
