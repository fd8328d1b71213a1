"""JSON Lines: every record of a workspace as it is stored, one JSON object a line, for `jq`.

Each line is `{"kind": ..., "id": ..., "record": {...}}`, where `record` holds every field
of the record (defaults included, so a filter never has to guess a missing field). Sources
come first, then actors, events and quotes, each kind by id, so two exports of the same
workspace are byte-identical and diff well. Source texts stay in their files: a source's
`sha256` names its text.

    jq -r 'select(.kind == "quote" and .record.stance == "denies") | .record.exact' workspace.jsonl
"""

from __future__ import annotations

from collections.abc import Iterator

from dossier.export.jsontext import dumps
from dossier.model import Record
from dossier.workspace import Workspace


def _line(kind: str, record: Record) -> str:
    data = record.model_dump(mode="json")
    return dumps({"kind": kind, "id": data["id"], "record": data}) + "\n"


def render(workspace: Workspace, generated_at: str) -> Iterator[str]:
    """The lines of the export (`generated_at` is not written: the records are the whole content)."""
    groups: list[tuple[str, dict[str, Record]]] = [
        ("source", dict(workspace.sources)),
        ("actor", dict(workspace.actors)),
        ("event", dict(workspace.events)),
        ("quote", dict(workspace.quotes)),
    ]
    for kind, records in groups:
        for record_id in sorted(records):
            yield _line(kind, records[record_id])
