"""The profile pane: who or what the selected record is, and links to follow.

An actor shows name, kind, aliases, summary, relations (outgoing and incoming) and a
timeline of its events; an event its date, place, participants and roles; a source its
publication details. Every link is an option of one list: Enter posts `Follow`.
"""

from __future__ import annotations

from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets.option_list import Option

from dossier.tui.text import date_label, join, plain, safe
from dossier.tui.widgets.lists import DossierList


class ProfilePane(Vertical):
    class Follow(Message):
        """Open the record `target` (an actor, event or source)."""

        def __init__(self, target: str) -> None:
            super().__init__()
            self.target = target

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.record_id: str | None = None

    def compose(self) -> ComposeResult:
        hint = Content.styled("Pick a record in the list, or search, to see its profile.", "$text-muted")
        yield DossierList(Option(hint, disabled=True), id="profile-list")

    def show_message(self, message: str) -> None:
        self.record_id = None
        listing = self.query_one(DossierList)
        listing.set_options([Option(Content.styled(message, "$text-muted"), disabled=True)])

    def show_record(self, workspace: Any, record_id: str) -> None:
        from dossier.model import Actor, Event, Source

        record = workspace.record(record_id)
        self.record_id = record_id if record is not None else None
        if isinstance(record, Actor):
            options = actor_options(workspace, record)
        elif isinstance(record, Event):
            options = event_options(workspace, record)
        elif isinstance(record, Source):
            options = source_options(workspace, record)
        else:
            options = [_text(Content.styled(f"Nothing named {plain(record_id)} in this workspace", "$text-muted"))]
        listing = self.query_one(DossierList)
        listing.set_options(options)
        listing.highlighted = listing.first_enabled()
        listing.scroll_home(animate=False)

    @on(DossierList.OptionSelected)
    def _selected(self, event: DossierList.OptionSelected) -> None:
        event.stop()
        if event.option.id and event.option.id.startswith("go:"):
            self.post_message(self.Follow(event.option.id[3:].split("#")[0]))


def _text(content: Content) -> Option:
    return Option(content, disabled=True)


def _heading(label: str) -> Option:
    return _text(Content.styled(label, "$text-primary bold underline"))


def _link(target: str, content: Content, *, exists: bool) -> Option:
    if not exists:
        return _text(join([content, ("  (not in workspace)", "$text-muted italic")]))
    return Option(content, id=f"go:{target}")


def _status_badge(record: Any) -> list[str | tuple[str, str]]:
    status = getattr(record, "status", None)
    return [("  draft", "$warning italic")] if status is not None and status.value == "draft" else []


def actor_options(workspace: Any, actor: Any) -> list[Option | None]:
    from dossier.dates import sort_key

    options: list[Option | None] = [
        _text(join([safe(actor.name, "bold"), *_status_badge(actor)])),
        _text(Content.styled(actor.kind.value.replace("_", " "), "$dossier-kind")),
    ]
    if actor.aliases:
        options.append(_text(join([("also ", "$text-muted"), safe(", ".join(actor.aliases))])))
    if actor.summary:
        options.append(_text(safe(actor.summary, single_line=False)))
    links: list[Option | None] = []
    for relation in actor.relations:
        links.append(
            _link(
                relation.target,
                relation_label(workspace, relation.type, relation.target, relation.since, relation.until, arrow="→"),
                exists=relation.target in workspace.actors,
            )
        )
    for other, relation in workspace.incoming_relations(actor.id):
        if other.id != actor.id:
            links.append(
                _link(
                    other.id,
                    relation_label(workspace, relation.type, other.id, relation.since, relation.until, arrow="←"),
                    exists=True,
                )
            )
    if links:
        options += [None, _heading("Relations"), *links]
    events = sorted(workspace.events_of_actor(actor.id), key=lambda event: (sort_key(event.date), event.title))
    if events:
        options += [None, _heading("Timeline")]
        for event in events:
            roles = [part.role for part in event.participants if part.actor == actor.id]
            if event.place == actor.id:
                roles.append("place")
            label = join(
                [
                    date_label(event.date),
                    "  ",
                    safe(event.title),
                    ("  " + plain(", ".join(roles)), "$text-muted italic") if roles else "",
                ]
            )
            options.append(_link(event.id, label, exists=True))
    return _unique_ids(options)


def relation_label(
    workspace: Any, kind: str, target: str, since: str | None, until: str | None, *, arrow: str
) -> Content:
    parts: list[Any] = [(f"{arrow} {plain(kind)} ", "$text-muted"), safe(workspace.display_name(target), "bold")]
    if since or until:
        parts += [
            ("  ", ""),
            date_label(since) if since else "…",
            " to " if until else " onwards",
            date_label(until) if until else "",
        ]
    return join(parts)


def event_options(workspace: Any, event: Any) -> list[Option | None]:
    options: list[Option | None] = [
        _text(join([safe(event.title, "bold"), *_status_badge(event)])),
        _text(join([(plain(event.kind or "event"), "$dossier-kind"), "  ", date_label(event.date)])),
    ]
    if event.date_text:
        options.append(_text(join([("the source says ", "$text-muted"), safe(f"“{event.date_text}”", "italic")])))
    if event.summary:
        options.append(_text(safe(event.summary, single_line=False)))
    if event.place:
        options += [
            None,
            _heading("Place"),
            _link(
                event.place, safe(workspace.display_name(event.place), "bold"), exists=event.place in workspace.actors
            ),
        ]
    if event.participants:
        options += [None, _heading("Participants")]
        for part in event.participants:
            options.append(
                _link(
                    part.actor,
                    join(
                        [safe(workspace.display_name(part.actor), "bold"), "  ", safe(part.role, "$text-muted italic")]
                    ),
                    exists=part.actor in workspace.actors,
                )
            )
    return _unique_ids(options)


def source_options(workspace: Any, source: Any) -> list[Option | None]:
    from dossier.model import RELIABILITY_MEANING

    options: list[Option | None] = [_text(safe(source.title, "bold"))]
    byline = [value for value in (source.publisher, source.author) if value]
    if byline:
        options.append(_text(safe(" · ".join(byline), "$text-muted")))
    options.append(_text(join([("published ", "$text-muted"), date_label(source.published)])))
    options.append(
        _text(
            join(
                [
                    ("reliability ", "$text-muted"),
                    (source.reliability, "bold"),
                    (f" ({RELIABILITY_MEANING[source.reliability]})", "$text-muted"),
                ]
            )
        )
    )
    if source.url:
        options.append(_text(safe(source.url, "underline")))
    count = len(workspace.quotes_of_source(source.id))
    options.append(_text(Content.styled(f"{count} quote{'' if count == 1 else 's'}", "$text-muted")))
    return options


def _unique_ids(options: list[Option | None]) -> list[Option | None]:
    """Option ids must be unique in a list; a record linked twice keeps one id per option."""
    seen: dict[str, int] = {}
    for option in options:
        if option is not None and option.id:
            count = seen.get(option.id, 0)
            seen[option.id] = count + 1
            if count:
                option._id = f"{option.id}#{count}"
    return options
