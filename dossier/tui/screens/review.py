"""The review screen: drafts best first, each with its fields, its evidence and the actors it may be.

It drives `dossier.desk.review.ReviewDesk`, the service behind `dossier review` too: keys
accept, edit (in the form of `EditScreen`, or the YAML in $VISUAL / $EDITOR), set the kind,
open the source at the passage, merge into an actor chosen in a picker that searches,
reject, skip, batch by source or kind, and undo the session's steps newest first. After each
write it posts `Changed` with the files written, and the app brings profiles, home and the
index up to date. Drafts come from ingest, so every string shown is untrusted: plain Content.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import ActiveBinding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Input, Static
from textual.widgets.option_list import Option

from dossier.tui.commands import bindings_for
from dossier.tui.footer_fit import fit, shown_too
from dossier.tui.screens.pickers import ActorPicker, ChoiceScreen, alike_prompt
from dossier.tui.text import date_label, highlighted, join, plain, safe
from dossier.tui.widgets.fields import FieldRows
from dossier.tui.widgets.lists import DossierList, RowsList

if TYPE_CHECKING:
    from dossier.tui.app import DossierApp

# The footer's keys by how much a reviewer uses them: at 80 columns the first seven fit.
FOOTER_ORDER = (
    "review.accept",
    "review.reject",
    "review.edit",
    "review.merge",
    "review.undo",
    "review.filter",
    "review.clear_filter",
    "app.help",
    "review.batch",
    "review.kind",
    "review.skip",
    "review.source",
    "app.back",
)
KIND_WORD = {"actors": "actor", "events": "event", "quotes": "quote"}
# The actor kinds as the kind picker lists them: the usual ones first.
KIND_ORDER = ("person", "organization", "state", "armed_force", "media", "place", "other")


class ReviewScreen(Screen[None]):
    CSS_PATH = "desk.tcss"  # read when the screen first opens, not before the first frame
    BINDINGS: ClassVar[list[BindingType]] = bindings_for("review")  # type: ignore[assignment]

    app: DossierApp  # type: ignore[assignment]

    @dataclass
    class Changed(Message):
        """Files the review wrote (relative paths): the app reloads them."""

        paths: list[str]

    def __init__(self, desk: Any, *, sources: list[str] | None = None) -> None:
        """`sources`: only the drafts that came from these sources (those a run of Add sources made)."""
        super().__init__()
        self.desk = desk
        self.sources = set(sources) if sources is not None else None
        self.rows: list[Any] = []  # every draft of the session's queue as `QueueRow`s, best first
        self.queue: list[tuple[str, str]] = []  # (folder, id) of the rows the filter keeps: the list's options
        self.position = 0
        self.filter_text = ""
        self.skipped: set[str] = set()
        self.alikes: list[Any] = []
        self._edits: dict[str, str] = {}  # an edit that did not validate, kept for the next try
        self._binding_state: tuple[bool, bool, bool, bool] | None = None

    def compose(self) -> ComposeResult:
        yield Static(id="review-header")
        with Horizontal(id="review-body"):
            with Vertical(id="review-queue-pane"):
                box = Input(placeholder="name, kind:place, band:high, source:…", id="review-filter")
                box.display = False
                yield box
                queue = RowsList(id="review-queue")
                queue.border_title = "Drafts, best first"
                yield queue
            with VerticalScroll(id="review-left"):
                yield FieldRows(id="review-fields")
                yield Static(id="review-evidence")
            alikes = DossierList(id="review-alikes")
            alikes.border_title = "May be (enter: merge into)"
            yield alikes
        yield Static(id="review-status")
        yield Footer()

    def on_mount(self) -> None:
        self.refill()
        self.query_one("#review-queue", DossierList).focus()

    # -- the queue ---------------------------------------------------------------------------
    def refill(self, keep: str | None = None) -> None:
        """Take the drafts afresh from the service (best first); stay on `keep` if it is still a draft."""
        items = self.desk.drafts()
        if self.sources is not None:
            items = [item for item in items if self.sources & set(self.desk.sources_of(item))]
        self.rows = self.desk.rows(item for item in items if item.id not in self.skipped)
        self._narrow(keep)

    def _narrow(self, keep: str | None = None) -> None:
        """The list again from `rows` and the filter; on `keep` if it is shown, else near where it was."""
        shown = self.desk.narrow(self.rows, self.filter_text)
        self.queue = [(row.folder, row.id) for row in shown]
        ids = [record_id for _folder, record_id in self.queue]
        self.position = ids.index(keep) if keep in ids else min(self.position, max(0, len(self.queue) - 1))
        queue = self.query_one("#review-queue", DossierList)
        with queue.prevent(DossierList.OptionHighlighted):
            queue.set_options([Option(_row_prompt(row)) for row in shown])
            queue.highlighted = self.position if shown else None
        self.show_current()

    def _prune(self) -> None:
        """Drop from the queue the drafts a step accepted, merged or rejected (one or a batch)."""
        records = {folder: getattr(self.desk.workspace, folder) for folder in KIND_WORD}

        def still(folder: str, record_id: str) -> bool:
            record = records[folder].get(record_id)
            return record is not None and record.status.value == "draft"

        gone = [index for index, (folder, record_id) in enumerate(self.queue) if not still(folder, record_id)]
        self.rows = [row for row in self.rows if still(row.folder, row.id)]
        if gone:
            self._drop(gone)

    def _drop(self, gone: list[int]) -> None:
        """Take the rows at `gone` (ascending) out of the queue and its list; the highlight stays on the draft it
        was on, or moves to the one after a draft that left."""
        queue = self.query_one("#review-queue", DossierList)
        with queue.prevent(DossierList.OptionHighlighted):
            for index in reversed(gone):
                del self.queue[index]
                queue.remove_option_at_index(index)
            before = sum(1 for index in gone if index < self.position)
            self.position = max(0, min(self.position - before, len(self.queue) - 1))
            queue.highlighted = self.position if self.queue else None

    @property
    def what(self) -> str:
        """'new ' when only the drafts of a run of Add sources are reviewed."""
        return "new " if self.sources is not None else ""

    @property
    def current(self) -> Any | None:
        """The draft under review, read fresh from the workspace (an earlier step may have changed it)."""
        return self._item(*self.queue[self.position]) if self.position < len(self.queue) else None

    def _item(self, folder: str, record_id: str) -> Any | None:
        from dossier.ingest.review import DraftItem

        record = getattr(self.desk.workspace, folder).get(record_id)
        return DraftItem(folder, record) if record is not None and record.status.value == "draft" else None

    @on(DossierList.OptionHighlighted, "#review-queue")
    def _moved(self, event: DossierList.OptionHighlighted) -> None:
        if event.option_index != self.position:
            self.position = event.option_index
            self.show_current()

    def show_current(self) -> None:
        with self.app.batch_update():  # one repaint for the header, the fields, the evidence and the look-alikes
            self._show_current()

    def _show_current(self) -> None:
        item = self.current
        header = self.query_one("#review-header", Static)
        fields = self.query_one("#review-fields", FieldRows)
        evidence = self.query_one("#review-evidence", Static)
        alikes = self.query_one("#review-alikes", DossierList)
        total = len(self.rows)
        counted = f"{len(self.queue):,} of {total:,} {self.what}draft{'s' if total != 1 else ''}"
        if item is None:
            if self.filter_text and self.rows:
                header.update(Content.styled(f"Review · {counted}", "bold"))
                matched = safe(self.filter_text, "bold")
                fields.update(join([("No draft matches ", "$warning"), matched, (". Esc clears it.", "$warning")]))
            else:
                left = len(self.skipped)
                header.update(Content.styled("Review · no drafts left", "bold"))
                message = "Every draft is reviewed."
                if left:
                    message += f" {left} skipped this session (they are still drafts)."
                fields.update(Content.styled(message + " Press esc to go back.", "$success"))
            evidence.update("")
            self.alikes = []
            alikes.set_options([])
            self._bindings_follow()
            return
        where = (
            f"Review · {counted} · draft {self.position + 1:,} · "
            if self.filter_text
            else f"Review · {self.what}draft {self.position + 1:,} of {len(self.queue):,} · "
        )
        record_id = safe(item.id, "$text-muted", limit=60)
        header.update(join([(where, "bold"), (KIND_WORD[item.folder], "$dossier-kind"), "  ", record_id]))
        fields.show(self._fields(item))
        evidence.update(self._evidence(item))
        self.query_one("#review-left", VerticalScroll).scroll_home(animate=False)
        self.alikes = self.desk.look_alikes(item)
        if self.alikes:
            alikes.set_options([Option(alike_prompt(alike)) for alike in self.alikes])
            alikes.highlighted = 0
        else:
            note = "Only actors are merged." if item.folder != "actors" else "No existing actor looks alike."
            alikes.set_options([Option(Content.styled(note, "$text-muted"), disabled=True)])
        self._bindings_follow()

    # -- the filter -----------------------------------------------------------------------------
    def action_filter(self) -> None:
        box = self.query_one("#review-filter", Input)
        box.display = True
        box.focus()

    @on(Input.Changed, "#review-filter")
    def _filter_typed(self, event: Input.Changed) -> None:
        if event.value == self.filter_text:
            return
        item = self.current
        self.filter_text = event.value
        self._narrow(keep=item.id if item is not None else None)
        self._bindings_follow()

    @on(Input.Submitted, "#review-filter")
    def _filter_done(self) -> None:
        self.query_one("#review-queue", DossierList).focus()

    def action_clear_filter(self) -> None:
        box = self.query_one("#review-filter", Input)
        item = self.current
        self.filter_text = ""
        with box.prevent(Input.Changed):
            box.value = ""
        box.display = False
        self.query_one("#review-queue", DossierList).focus()
        self._narrow(keep=item.id if item is not None else None)
        self._bindings_follow()

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        """The footer's keys: those a reviewer uses most first, as many as fit (help lists them all); in the
        filter box, esc clears the filter instead of going back."""
        bindings = super().active_bindings
        if isinstance(self.focused, Input):
            typed = ("app.back", "review.filter")  # esc clears the filter; / is typed
            bindings = {key: active for key, active in bindings.items() if active.binding.id not in typed}
            bindings = shown_too(bindings, ("review.clear_filter",))
        return fit(bindings, FOOTER_ORDER, self.size.width or 80, self.app.get_key_display)

    def on_resize(self) -> None:
        self.refresh_bindings()

    def _bindings_follow(self) -> None:
        """Redraw the footer only when what the keys can do changed (it is rebuilt each time)."""
        item = self.current
        state = (
            item is not None,
            item is not None and item.folder == "actors",
            self.desk.journal.can_undo,
            bool(self.filter_text) or self.query_one("#review-filter", Input).display,
        )
        if state != self._binding_state:
            self._binding_state = state
            self.refresh_bindings()

    def _fields(self, item: Any) -> list[tuple[str, Content]]:
        """The draft's fields as (label, value) rows; `FieldRows` wraps a long value under its column."""
        record = item.record
        workspace = self.desk.workspace
        rows: list[tuple[str, Content]] = []
        if item.folder == "actors":
            rows += [("name", safe(record.name, "bold")), ("kind", Content(record.kind.value.replace("_", " ")))]
            if record.aliases:
                rows.append(("aliases", safe(", ".join(record.aliases))))
            if record.summary:
                rows.append(("summary", safe(record.summary)))
        elif item.folder == "events":
            rows += [("title", safe(record.title, "bold")), ("date", date_label(record.date))]
            if record.date_text:
                rows.append(("words used", safe(record.date_text)))
            if record.place:
                rows.append(("place", safe(workspace.display_name(record.place))))
            if record.participants:
                names = ", ".join(f"{workspace.display_name(p.actor)} ({p.role})" for p in record.participants)
                rows.append(("participants", safe(names)))
        else:
            rows.append(("words", safe(f"“{record.exact}”", "bold", limit=400)))
            speaker = record.attributed_to
            if speaker:
                rows.append(
                    ("said by", safe(workspace.display_name(speaker) if speaker in workspace.actors else speaker))
                )
            if record.about:
                rows.append(("about", safe(", ".join(workspace.display_name(x) for x in record.about))))
            rows += [("stance", Content(record.stance.value)), ("credibility", Content(str(record.credibility)))]
        sources = self.desk.sources_of(item)
        if sources:
            rows.append(("source", safe(", ".join(workspace.display_name(s) for s in sources), limit=200)))
        if record.found_by:
            rows.append(("found by", safe(record.found_by, "$text-muted", limit=300)))
        if record.notes:
            rows.append(("notes", safe(record.notes, limit=400)))
        confidence = getattr(record, "confidence", None)
        if isinstance(confidence, (int, float)):
            rows.append(("confidence", Content(f"{confidence:.2f}")))
        return rows

    def _evidence(self, item: Any) -> Content:
        passage = self.desk.evidence(item)
        if passage is None:
            import re

            part = re.search(r"\bthe page's ([\w ]+?)(?:;|$)", item.record.found_by or "")
            if part:  # related stories, footer, photo credit: parts of the page ingest does not keep as text
                return safe(f"\nNo passage of the text shows it: ingest read the name in the page's {part.group(1)}.",
                            "$text-muted")  # fmt: skip
            return Content.styled("\nNo passage of a source shows this draft.", "$text-muted")
        title = self.desk.workspace.display_name(passage.source_id)
        text = passage.text.strip("\n")
        shift = len(passage.text) - len(passage.text.lstrip("\n"))
        spans = [(a - shift, b - shift) for a, b in passage.highlights]
        body = highlighted(text, spans, "$dossier-match bold reverse", single_line=False)
        where = f", its {passage.field}:" if passage.field else ""
        return join(
            [("\nIn ", "$text-muted"), safe(title, "italic", limit=80), (where, "$text-muted"), ("\n", ""), body]
        )

    # -- what the keys do ------------------------------------------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("accept", "edit", "edit_in_editor", "reject", "skip", "batch", "source"):
            return self.current is not None
        if action in ("merge", "kind"):
            item = self.current
            if item is None:
                return False
            return True if item.folder == "actors" else None
        if action == "undo":
            return self.desk.journal.can_undo or None
        if action == "clear_filter":  # else esc goes back, as everywhere
            return bool(self.filter_text) or self.query_one("#review-filter", Input).display
        return True

    def _done(self, label: str) -> None:
        self._prune()  # what the step accepted, merged or rejected leaves the list
        self.query_one("#review-status", Static).update(join([("✓ ", "$success"), safe(label, limit=200)]))
        self.post_message(self.Changed(list(self.desk.changed_paths)))

    def _refused(self, message: str) -> None:
        self.query_one("#review-status", Static).update(join([("Not done: ", "$error bold"), safe(message)]))

    def _act(self, run: Any) -> bool:
        from dossier.ingest.review import ReviewError

        try:
            label = run()
        except ReviewError as exc:
            self._refused(str(exc))
            return False
        self._done(label)
        return True

    def action_accept(self) -> None:
        item = self.current
        if item is not None and self._act(lambda: self.desk.accept(item)):
            self.show_current()

    def action_reject(self) -> None:
        item = self.current
        if item is not None and self._act(lambda: self.desk.reject(item)):
            self.show_current()

    def action_skip(self) -> None:
        item = self.current
        if item is None:
            return
        self.skipped.add(item.id)
        self.rows = [row for row in self.rows if row.id != item.id]
        self._drop([self.position])
        self.show_current()

    def action_undo(self) -> None:
        from dossier.ingest.review import ReviewError

        try:
            label = self.desk.undo()
        except ReviewError as exc:
            self._refused(str(exc))
            return
        self.query_one("#review-status", Static).update(join([("↶ undone: ", "$warning"), safe(label, limit=200)]))
        self.post_message(self.Changed(list(self.desk.changed_paths)))
        self.app.adding.undone(list(self.desk.changed_paths))  # a run of Add sources undone: its report says so
        # What the step changed is a draft again: go back to it.
        returned = self._records_in(self.desk.changed_paths)
        self.skipped -= returned
        drafts = [item.id for item in self.desk.drafts()]
        self.refill(keep=next((record_id for record_id in drafts if record_id in returned), None))

    def _records_in(self, paths: list[str]) -> set[str]:
        """Ids of the records held by the files of `paths` (a quotes file holds many)."""
        found: set[str] = set()
        for path in paths:
            folder, _, name = path.partition("/")
            stem = name.rsplit(".", 1)[0]
            if folder in ("actors", "events"):
                found.add(stem)
            elif folder == "quotes":
                from dossier.quote_store import quote_heads

                found.update(q.id for q in quote_heads(self.desk.workspace.quotes) if q.source == stem)
        return found

    def action_merge(self) -> None:
        item = self.current
        if item is None or item.folder != "actors":
            return

        def search(query: str) -> list[Any]:
            return self.desk.find_actors(query, exclude={item.id})

        def chosen(target: str | None) -> None:
            if target:
                self._merge_into(item, target)

        title = f"Merge '{item.record.name}' into…"
        self.app.push_screen(ActorPicker(title, search, self.alikes), chosen)

    def _merge_into(self, item: Any, target: str) -> None:
        def run() -> str:
            added = self.desk.merge(item, target)
            name = self.desk.workspace.display_name(target)
            gained = f"; new aliases: {', '.join(added)}" if added else ""
            return f"merged '{item.record.name}' into {name}{gained}"

        if self._act(run):
            self.show_current()

    @on(DossierList.OptionSelected, "#review-alikes")
    def _alike_chosen(self, event: DossierList.OptionSelected) -> None:
        item = self.current
        if item is not None and event.option_index < len(self.alikes):
            self._merge_into(item, self.alikes[event.option_index].actor_id)

    def action_batch(self) -> None:
        item = self.current
        if item is None:
            return
        choices: list[tuple[str, Content]] = []
        if self.filter_text:
            shown = len(self.queue)
            for verb in ("accept", "reject"):
                said = f"{verb.capitalize()} all {shown:,} shown (filter: "
                label = join([(said, ""), safe(self.filter_text, "bold"), (")", "")])
                choices.append((f"{verb}:shown:", label))
        for source in self.desk.sources_of(item)[:1]:
            count = len(self.desk.drafts_of_source(source))
            title = plain(self.desk.workspace.display_name(source), limit=50)
            for verb in ("accept", "reject"):
                label = join([(f"{verb.capitalize()} all {count:,} drafts from ", ""), safe(title, "italic")])
                choices.append((f"{verb}:source:{source}", label))
        kind = KIND_WORD[item.folder]
        count = len(self.desk.drafts_of_kind(item.folder))
        for verb in ("accept", "reject"):
            choices.append((f"{verb}:kind:{item.folder}", Content(f"{verb.capitalize()} all {count:,} {kind} drafts")))
        self.app.push_screen(ChoiceScreen("Batch: one step, undone with u", choices), self._batch_chosen)

    def _batch_chosen(self, choice: str | None) -> None:
        if not choice:
            return
        verb, scope, value = choice.split(":", 2)
        if scope == "shown":
            items = [item for item in (self._item(folder, record_id) for folder, record_id in self.queue) if item]
            what = f"the drafts shown by the filter '{self.filter_text}'"
        elif scope == "source":
            items = self.desk.drafts_of_source(value)
            what = f"the drafts of {self.desk.workspace.display_name(value)}"
        else:
            items = self.desk.drafts_of_kind(value)
            what = f"every {KIND_WORD[value]} draft"
        run = self.desk.accept_all if verb == "accept" else self.desk.reject_all
        result = run(items, what)
        label = f"{verb}ed {len(result.done):,} of {len(items):,} drafts"
        if result.refused:
            first_id, why = result.refused[0]
            label += f"; {len(result.refused)} refused (first: '{first_id}': {why})"
        self._done(label)
        self.refill()

    def action_edit(self) -> None:
        """The in-app form (actors and events; a quote's words are the source's, so $EDITOR for it)."""
        item = self.current
        if item is None:
            return
        if item.folder == "quotes":
            self.action_edit_in_editor()
            return
        from dossier.tui.screens.edit import EditScreen

        form = self.desk.form(item)
        name = item.record.name if item.folder == "actors" else item.record.title
        title = join([(f"Edit draft {KIND_WORD[item.folder]} ", "bold"), safe(name, "bold", limit=40),
                      ("  saving accepts it", "$text-muted")])  # fmt: skip

        def closed(saved: bool | None) -> None:
            if saved:
                self._done(form.label)
                self.show_current()

        keys = "ctrl+s save and accept · esc cancel (the draft stays as it was)"
        self.app.push_screen(EditScreen(form, item.folder, item.id, title=title, keys=keys), closed)

    def action_kind(self) -> None:
        """A picker of the actor kinds, the draft's own marked; the one chosen is accepted with the draft."""
        item = self.current
        if item is None or item.folder != "actors":
            return
        from dossier.model import ActorKind

        kinds = [ActorKind(k) for k in KIND_ORDER]
        current = item.record.kind
        choices = [
            (kind.value, join([(kind.value.replace("_", " "), "bold" if kind == current else ""),
                               ("  (now)" if kind == current else "", "$text-muted")]))
            for kind in kinds
        ]  # fmt: skip

        def chosen(kind: str | None) -> None:
            still_here = self.current is not None and self.current.id == item.id
            if kind and still_here and self._act(lambda: self.desk.accept_as_kind(item, kind)):
                self.show_current()

        title = f"Accept '{plain(item.record.name, limit=40)}' as…"
        self.app.push_screen(ChoiceScreen(title, choices, highlighted=kinds.index(current)), chosen)

    def action_source(self) -> None:
        """The source in the reader, at the passage shown, the mention selected; esc comes back here."""
        item = self.current
        where = self.desk.evidence_at(item) if item is not None else None
        if where is None:
            self._refused("no source is known for this draft")
            return
        source_id, at, quote_id = where
        self.app.read_at(source_id, at, quote_id)

    def action_edit_in_editor(self) -> None:
        item = self.current
        if item is None:
            return
        from dossier.tui.editor import edit_in_editor

        text = self._edits.pop(item.id, None) or self.desk.edit_text(item)
        edited, problem = edit_in_editor(self.app, text, f"{item.id}.yaml")
        if edited is None:
            self._refused(problem or "the editor did not run")
            return
        problem = self.desk.apply_edit(item, edited)
        if problem:
            self._edits[item.id] = edited  # nothing is lost: e opens the analyst's text again
            self._refused(f"{problem} (not saved; press ctrl+e to fix it)")
            return
        self._done(f"saved and accepted '{item.id}'")
        self.show_current()


def _row_prompt(row: Any) -> Content:
    """A queue row: the name (text from a source: plain), under it kind, band and how many sources, muted."""
    band = f" · {row.band}" if row.band else ""
    count = len(row.sources)
    meta = f"\n{row.kind_label}{band} · {count} src"
    return join([safe(row.name, limit=120), (meta, "$text-muted")])
