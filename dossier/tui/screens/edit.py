"""The edit form for an actor or an event: errors inline as one types, saved only when valid.

It drives `dossier.desk.edit.EditDesk`. When the file changed on disk since the form read
it (another editor, a `git pull`), saving is refused and both versions are shown side by
side: ctrl+o keeps the form's version, ctrl+r takes the one on disk. Nothing is overwritten
without that choice. The screen dismisses with True when it saved.
"""

from __future__ import annotations

from typing import Any, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Select, Static, TextArea

from dossier.tui.text import join, safe

LABELS = {
    "name": "Name",
    "kind": "Kind",
    "aliases": "Aliases (one per line)",
    "summary": "Summary",
    "relations": "Relations (one per line: type target [since [until]], e.g. leader-of belarus 1994)",
    "title": "Title",
    "date": "Date (EDTF: 2022-02-24, 2022-02~, 2022-02-21/2022-02-22, 2022-02-28?)",
    "date_text": "Words the source used for the date",
    "place": "Place (an actor id)",
}
MULTILINE = ("aliases", "summary", "relations")


class EditScreen(ModalScreen[bool]):
    CSS_PATH = "desk.tcss"  # read when the screen first opens, not before the first frame
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save", key_display="^s"),
        Binding("escape", "dismiss(False)", "Cancel", key_display="esc"),
        Binding("ctrl+o", "keep_mine", "Keep mine", key_display="^o"),
        Binding("ctrl+r", "take_theirs", "Take theirs", key_display="^r"),
    ]

    def __init__(
        self, desk: Any, folder: str, record_id: str, *, title: Content | None = None, keys: str | None = None
    ) -> None:
        """`title` and `keys`: the form's first and last lines, when saving does more than save (a draft)."""
        super().__init__()
        self.title_line = title
        self.keys_line = keys or "ctrl+s save · esc cancel"
        self.desk = desk
        self.folder = folder
        self.record_id = record_id
        self.fields = desk.values_of(folder, record_id)
        self.read_sha256 = desk.snapshot(folder, record_id)
        self.conflict: Any = None

    def compose(self) -> ComposeResult:
        from dossier.desk.capture import ACTOR_KINDS

        kind = "actor" if self.folder == "actors" else "event"
        with VerticalScroll(id="form"):
            title = self.title_line or join([(f"Edit {kind} ", "bold"), safe(self.record_id, "$text-muted")])
            yield Static(title, classes="form-title")
            # Above the fields, so it is seen as soon as it appears.
            yield Static(id="conflict-note")
            with Horizontal(id="conflict"):
                yield Static(id="conflict-disk")
                yield Static(id="conflict-mine")
            for field, value in self.fields.items():
                yield Static(Content.styled(LABELS.get(field, field), "$text-muted"))
                if self.folder == "actors" and field == "kind":
                    yield Select([(k.replace("_", " "), k) for k in ACTOR_KINDS], value=value, allow_blank=False,
                                 id=f"field-{field}")  # fmt: skip
                elif field in MULTILINE:
                    area = TextArea(value, id=f"field-{field}", soft_wrap=True, show_line_numbers=False)
                    area.styles.height = 4 if field != "summary" else 5
                    yield area
                else:
                    yield Input(value, id=f"field-{field}", select_on_focus=False)
                yield Static(id=f"error-{field}", classes="field-error")
            yield Static(id="form-error")
            yield Static(Content.styled(self.keys_line, "$text-muted"), id="form-keys")

    def on_mount(self) -> None:
        self.query_one("#conflict").display = False
        self._check()
        self.query_one(f"#field-{next(iter(self.fields))}").focus()

    def values(self) -> dict[str, str]:
        values: dict[str, str] = {}
        for field in self.fields:
            widget = self.query_one(f"#field-{field}")
            if isinstance(widget, TextArea):
                values[field] = widget.text
            elif isinstance(widget, Select):
                values[field] = str(widget.value)
            else:
                values[field] = widget.value  # type: ignore[attr-defined]
        return values

    def _check(self) -> dict[str, str]:
        problems = self.desk.problems(self.folder, self.record_id, self.values())
        for field in self.fields:
            box = self.query_one(f"#error-{field}", Static)
            message = problems.get(field)
            box.update(join([("✗ ", "$error bold"), safe(message, "$error")]) if message else "")
            box.display = bool(message)
        other = [f"{field}: {message}" for field, message in problems.items() if field not in self.fields]
        self.query_one("#form-error", Static).update(safe("; ".join(other), "$error") if other else "")
        return problems

    @on(Input.Changed)
    @on(TextArea.Changed)
    @on(Select.Changed)
    def _changed(self) -> None:
        self._check()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("keep_mine", "take_theirs"):
            return self.conflict is not None or None
        return True

    def action_save(self, force: bool = False) -> None:
        from dossier.desk.edit import Conflict, EditError

        if self._check():
            self.query_one("#form-error", Static).update(
                Content.styled("Not saved: fix the fields marked first.", "$error bold")
            )
            return
        try:
            self.desk.save(self.folder, self.record_id, self.values(), self.read_sha256, force=force)
        except Conflict as conflict:
            self.show_conflict(conflict.on_disk, conflict.mine)
            return
        except EditError as exc:
            self.query_one("#form-error", Static).update(safe(f"Not saved: {exc}", "$error"))
            return
        self.dismiss(True)

    def show_conflict(self, on_disk: str, mine: str) -> None:
        self.conflict = (on_disk, mine)
        self.query_one("#conflict").display = True
        self.query_one("#conflict-disk", Static).update(
            join([("On disk now\n", "$warning bold"), safe(on_disk, single_line=False)])
        )
        self.query_one("#conflict-mine", Static).update(
            join([("Yours (not saved)\n", "$accent bold"), safe(mine, single_line=False)])
        )
        note = "The file changed on disk while you edited it. ctrl+o keeps yours, ctrl+r takes the one on disk."
        self.query_one("#conflict-note", Static).update(Content.styled(note, "$warning bold"))
        self.query_one("#form", VerticalScroll).scroll_home(animate=False)
        self.refresh_bindings()

    def disk_changed(self) -> None:
        """Told by the app when the record's file changed on disk (live reload)."""
        from dossier.atomic import sha256_bytes
        from dossier.desk.transaction import read_bytes

        raw = read_bytes(self.desk.root, self.desk.relative(self.folder, self.record_id))
        if raw is not None and sha256_bytes(raw) != self.read_sha256:
            mine = self.desk.text_for(self.folder, self.record_id, self.values(), raw)
            self.show_conflict(raw.decode("utf-8", errors="replace"), mine)

    def action_keep_mine(self) -> None:
        if self.conflict is not None:
            self.action_save(force=True)

    def action_take_theirs(self) -> None:
        if self.conflict is None:
            return
        from dossier.workspace import reload_files

        reload_files(self.desk.workspace, [self.desk.relative(self.folder, self.record_id)])
        if getattr(self.desk.workspace, self.folder).get(self.record_id) is None:
            self.query_one("#form-error", Static).update(
                Content.styled(
                    "The file on disk is not valid now; fix it in an editor (press ! for problems).", "$error"
                )
            )
            return
        self.fields = self.desk.values_of(self.folder, self.record_id)
        self.read_sha256 = self.desk.snapshot(self.folder, self.record_id)
        for field, value in self.fields.items():
            widget = self.query_one(f"#field-{field}")
            if isinstance(widget, TextArea):
                widget.load_text(value)
            elif isinstance(widget, Select):
                widget.value = value
            else:
                widget.value = value  # type: ignore[attr-defined]
        self.conflict = None
        self.query_one("#conflict").display = False
        self.query_one("#conflict-note", Static).update("")
        self.query_one("#form-error", Static).update(Content.styled("Loaded the version on disk.", "$success"))
        self.refresh_bindings()
