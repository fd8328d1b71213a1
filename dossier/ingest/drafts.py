"""Write what ingest found: the source, then draft actors, events and quotes, each atomically.

The order is what keeps a workspace valid if ingest is interrupted at any point: the
source text before its YAML (which holds the text's hash), actors before the events that
name them, and the quotes file, which names all of them, last. Every file is new
(`create_only`): ingest never changes a file that exists, so an analyst's work cannot be
overwritten. The quotes file doubles as the mark of a finished ingest; a source without
one is resumed on the next run.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from dossier.anchor import context_around
from dossier.atomic import ConflictError, fsync_folder, sha256_bytes, write_atomic
from dossier.ingest.extract import Extraction
from dossier.model import Actor, Event, Participant, Quote, Source, Status
from dossier.workspace import Workspace


@dataclass
class Written:
    actors: int = 0
    events: int = 0
    quotes: int = 0


def build_records(
    source: Source, text: str, extraction: Extraction, quote_ids: list[str]
) -> tuple[list[Actor], list[Event], list[Quote]]:
    """Validated records for every draft (a validation error here is a bug, raised before any write)."""
    actors = [
        Actor(
            id=draft.id,
            name=draft.name,
            kind=draft.kind,
            aliases=draft.aliases,
            notes="\n".join(draft.notes) or None,
            status=Status.draft,
            found_by=f"{draft.found_by}; {len(draft.spans)} mention(s) in source {source.id}",
            confidence=draft.confidence,
        )
        for draft in extraction.actors
    ]
    events = [
        Event(
            id=draft.id,
            title=draft.title,
            date=draft.date,
            date_text=draft.date_text,
            place=draft.place,
            participants=[
                Participant(actor=actor, role=draft.roles.get(actor, "participant")) for actor in draft.participants
            ],
            kind=draft.kind,
            status=Status.draft,
            found_by=f"{draft.found_by} in source {source.id}",
        )
        for draft in extraction.events
    ]
    quotes = []
    for quote_id, draft in zip(quote_ids, extraction.quotes, strict=True):
        prefix, suffix = context_around(text, draft.start, draft.end)
        quotes.append(
            Quote(
                id=quote_id,
                source=source.id,
                exact=text[draft.start : draft.end],
                prefix=prefix,
                suffix=suffix,
                start=draft.start,
                end=draft.end,
                attributed_to=draft.attributed_to,
                about=draft.about,
                stance=draft.stance,
                credibility=6,
                status=Status.draft,
                found_by=draft.found_by,
            )
        )
    return actors, events, quotes


def write_source_text(workspace: Workspace, source_id: str, data: bytes) -> None:
    """The text quotes point into; an identical file left by an interrupted ingest is kept."""
    path = workspace.source_text_path(source_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        if sha256_bytes(path.read_bytes()) == sha256_bytes(data):
            return
        raise ConflictError(f"sources/{path.name} exists with other text; not overwritten")
    write_atomic(path, data, create_only=True, sync_folder=False)


def write_all(
    workspace: Workspace,
    source: Source,
    data: bytes,
    actors: list[Actor],
    events: list[Event],
    quotes: list[Quote],
) -> Written:
    written = Written()
    write_source_text(workspace, source.id, data)
    _save_new(workspace, "sources", source.id, source, sync_folder=False)
    for actor in actors:
        written.actors += _save_new(workspace, "actors", actor.id, actor, sync_folder=False)
    for event in events:
        written.events += _save_new(workspace, "events", event.id, event, sync_folder=False)
    # Each folder is synced once, not once per file; the quotes file, which marks the source as
    # done (an interrupted run is finished by the next), is written only when the rest is durable.
    for folder in ("sources", "actors", "events"):
        if (workspace.root / folder).is_dir():
            fsync_folder(workspace.root / folder)
    _save_new(workspace, "quotes", source.id, quotes)
    written.quotes = len(quotes)
    return written


def _save_new(workspace: Workspace, folder: str, record_id: str, data: object, sync_folder: bool = True) -> int:
    """Create a record's file; one that exists already (from an interrupted run) is left alone."""
    path: Path = workspace.path_for(folder, record_id)
    if path.exists():
        return 0
    path.parent.mkdir(parents=True, exist_ok=True)
    workspace.save(folder, record_id, data, create_only=True, sync_folder=sync_folder)
    return 1
