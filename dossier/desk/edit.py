"""Edit an actor or an event: form values checked field by field, saved only when valid.

`values_of` turns a record into the form's values (aliases one per line, relations one per
line as `type target [since [until]]`); `problems` says what is wrong with edited values, by
field, in the analyst's words; `save` writes them over the file as one undoable step, keeping
every field the form does not show (notes, tags, found_by...), and refuses with `Conflict`
when the file changed on disk since it was read: both versions are handed back, neither is
overwritten. `after_external_edit` checks a file an editor ($VISUAL / $EDITOR) just wrote,
keeps it as written, records the edit in the journal, and returns its problems.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from dossier.atomic import ConflictError, WriteError, sha256_bytes
from dossier.desk.journal import Journal
from dossier.desk.transaction import FileChange, Staging, commit, read_bytes
from dossier.model import Actor, Event
from dossier.workspace import Workspace, reload_files, schema_modeline
from dossier.yamlio import YamlError, decode_yaml_bytes, dump_yaml, parse_yaml

ACTOR_FIELDS = ("name", "kind", "aliases", "summary", "relations")
EVENT_FIELDS = ("title", "date", "date_text", "kind", "place", "summary")


class EditError(Exception):
    """A save that was not made."""


@dataclass
class Conflict(Exception):
    """The file changed on disk while it was being edited: both versions, for the analyst to choose."""

    path: str
    on_disk: str  # what the file holds now
    mine: str  # what saving would have written

    def __str__(self) -> str:
        return f"{self.path} changed on disk while you edited it; nothing was saved"


class EditDesk:
    def __init__(self, root: Path, workspace: Workspace, journal: Journal) -> None:
        self.root = Path(root)
        self.workspace = workspace
        self.journal = journal
        self.changed_paths: list[str] = []

    def relative(self, folder: str, record_id: str) -> str:
        return self.workspace.relative(self.workspace.path_for(folder, record_id))

    # -- the form ---------------------------------------------------------------------------------
    def values_of(self, folder: str, record_id: str) -> dict[str, str]:
        record = getattr(self.workspace, folder)[record_id]
        if folder == "actors":
            relations = [
                " ".join(part for part in (r.type, r.target, r.since or "", r.until or "") if part)
                for r in record.relations
            ]
            return {
                "name": record.name,
                "kind": record.kind.value,
                "aliases": "\n".join(record.aliases),
                "summary": record.summary or "",
                "relations": "\n".join(relations),
            }
        return {
            "title": record.title,
            "date": record.date or "",
            "date_text": record.date_text or "",
            "kind": record.kind or "",
            "place": record.place or "",
            "summary": record.summary or "",
        }

    def snapshot(self, folder: str, record_id: str) -> str:
        """The hash of the record's file as the form read it (a save checks it still holds that)."""
        relative = self.relative(folder, record_id)
        return self.workspace.file_hashes.get(relative) or sha256_bytes(read_bytes(self.root, relative) or b"")

    def problems(self, folder: str, record_id: str, values: dict[str, str]) -> dict[str, str]:
        """What is wrong, by form field (empty when the values can be saved)."""
        data, found = self._data(folder, record_id, values)
        model: type[Actor | Event] = Actor if folder == "actors" else Event
        try:
            model.model_validate(data)
        except ValidationError as exc:
            for error in exc.errors(include_url=False):
                field = str(error["loc"][0]) if error["loc"] else "name"
                where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error["loc"][1:])
                message = str(error["ctx"]["error"]) if error["type"] == "value_error" else error["msg"]
                if error["type"] == "string_pattern_mismatch" and field in ("place", "relations"):
                    message = "not an id (lowercase letters, digits and single hyphens)"
                found.setdefault(field, f"{where.lstrip('.')}: {message}" if where else message)
        if folder == "actors":
            found.update(self._actor_checks(record_id, data, found))
        elif data.get("place") and "place" not in found and data["place"] not in self.workspace.actors:
            found["place"] = f"no actor has the id '{data['place']}'"
        return found

    def _actor_checks(self, record_id: str, data: dict[str, Any], found: dict[str, str]) -> dict[str, str]:
        from dossier.checks import fold_name

        more: dict[str, str] = {}
        for number, relation in enumerate(data.get("relations") or []):
            target = relation.get("target")
            if "relations" not in found and target and target not in self.workspace.actors:
                more.setdefault("relations", f"line {number + 1}: no actor has the id '{target}'")
        owners = {
            fold_name(spelling): actor.id
            for actor in self.workspace.actors.values()
            if actor.id != record_id
            for spelling in (actor.name, *actor.aliases)
        }
        kind = kind_problem(self.workspace, record_id, data.get("kind"))
        if kind and "kind" not in found:
            more["kind"] = kind
        name = fold_name(data.get("name") or "")
        same = [alias for alias in data.get("aliases") or [] if name and fold_name(alias) == name]
        if same and "aliases" not in found:
            more["aliases"] = f"'{same[0]}' is the name itself; drop that line"
        for field in ("name", "aliases"):
            spellings = [data.get("name") or ""] if field == "name" else list(data.get("aliases") or [])
            for spelling in spellings:
                owner = owners.get(fold_name(spelling)) if spelling else None
                if owner and field not in found:
                    more.setdefault(field, f"'{spelling}' is already a name of actor '{owner}'")
        return more

    def _data(self, folder: str, record_id: str, values: dict[str, str]) -> tuple[dict[str, Any], dict[str, str]]:
        """The record's data with the form's values in place, and problems found while reading them."""
        record = getattr(self.workspace, folder)[record_id]
        data: dict[str, Any] = record.model_dump(mode="json", exclude_none=True, exclude_defaults=True)
        data["id"] = record_id
        found: dict[str, str] = {}
        fields = ACTOR_FIELDS if folder == "actors" else EVENT_FIELDS
        for field in fields:
            value = values.get(field, "")
            if field == "aliases":
                aliases = [line.strip() for line in value.splitlines() if line.strip()]
                _put(data, field, aliases)
            elif field == "relations":
                relations = []
                for number, line in enumerate(value.splitlines(), start=1):
                    parts = line.split()
                    if not parts:
                        continue
                    if len(parts) < 2 or len(parts) > 4:
                        found.setdefault(field, f"line {number}: write `type target [since [until]]`")
                        continue
                    relation = {"type": parts[0], "target": parts[1]}
                    if len(parts) > 2:
                        relation["since"] = parts[2]
                    if len(parts) > 3:
                        relation["until"] = parts[3]
                    relations.append(relation)
                _put(data, field, relations)
            else:
                text = value.strip() if field != "summary" else value.strip("\n")
                _put(data, field, text or None)
        if folder == "actors":
            data.setdefault("name", "")
        else:
            data.setdefault("title", "")
        return data, found

    # -- saving -----------------------------------------------------------------------------------------
    def save(
        self, folder: str, record_id: str, values: dict[str, str], read_sha256: str, *, force: bool = False
    ) -> None:
        """Write valid values over the record's file; `force` overwrites a file changed since (asked for)."""
        relative, raw = self.checked_file(folder, record_id, values, read_sha256, force=force)
        staging = Staging(self.root)
        staging.write(relative, self.text_for(folder, record_id, values, raw).encode("utf-8"))
        self._commit(f"edited {folder[:-1]} '{record_id}'", staging.changes())

    def checked_file(
        self, folder: str, record_id: str, values: dict[str, str], read_sha256: str, *, force: bool = False
    ) -> tuple[str, bytes]:
        """The record's file and its bytes, once the values are valid and the file still holds what the form
        read (`read_sha256`), or `force`; else EditError, or Conflict with both versions."""
        if self.problems(folder, record_id, values):
            raise EditError("the record is not valid yet; see the fields marked")
        relative = self.relative(folder, record_id)
        raw = read_bytes(self.root, relative)
        if raw is None:
            raise EditError(f"{relative} no longer exists")
        if sha256_bytes(raw) != read_sha256 and not force:
            text = self.text_for(folder, record_id, values, raw)
            raise Conflict(relative, raw.decode("utf-8", errors="replace"), text)
        return relative, raw

    def text_for(self, folder: str, record_id: str, values: dict[str, str], raw: bytes | None) -> str:
        """The file saving `values` would write over `raw` (the file's bytes now)."""
        data, _ = self._data(folder, record_id, values)
        try:
            on_disk = parse_yaml(decode_yaml_bytes(raw)).data if raw is not None else None
        except YamlError:
            on_disk = None
        if isinstance(on_disk, dict):
            # Keep what the file holds beyond the form (notes, tags, status...), with the form's values in.
            fields = ACTOR_FIELDS if folder == "actors" else EVENT_FIELDS
            merged = {key: value for key, value in on_disk.items() if key not in fields}
            merged.update({key: value for key, value in data.items() if key in fields})
            data = merged
        header = schema_modeline(self.root, folder)
        return (header + "\n" if header else "") + dump_yaml(_ordered(data, folder))

    def after_external_edit(self, relative: str, before: bytes | None) -> list[Any]:
        """A file an editor just wrote: record it for undo, read it again; returns its problems."""
        after = read_bytes(self.root, relative)
        if after != before:
            self.journal.record(f"edited {relative} in the editor", [FileChange(relative, before, after)])
        self.changed_paths = [relative]
        reload_files(self.workspace, [relative])
        return [problem for problem in self.workspace.problems if problem.path == relative]

    def _commit(self, label: str, changes: list[FileChange]) -> None:
        try:
            commit(self.root, changes)
        except (ConflictError, WriteError) as exc:
            raise EditError(str(exc)) from None
        self.journal.record(label, changes)
        self.changed_paths = [c.path for c in changes]
        reload_files(self.workspace, self.changed_paths)


def kind_problem(workspace: Workspace, record_id: str, kind: Any) -> str | None:
    """Why an actor cannot take `kind`: events name it as their place, and a place must be a place
    (`dossier check` says so); None when it can."""
    from dossier.model import ActorKind

    if kind == "place" or kind not in {k.value for k in ActorKind}:  # a kind that is not one: the model says so
        return None
    events = [event for event in workspace.events.values() if event.place == record_id]
    if not events:
        return None
    titles = ", ".join(f"'{event.title}'" for event in events[:2]) + (" ..." if len(events) > 2 else "")
    count = f"{len(events)} event{'s' if len(events) != 1 else ''}"
    return f"it is the place of {count} ({titles}); keep the kind place, or change those events first"


def _put(data: dict[str, Any], field: str, value: Any) -> None:
    if value in (None, "", []):
        data.pop(field, None)
    else:
        data[field] = value


_ORDER = {
    "actors": ("id", "name", "kind", "aliases", "summary", "relations", "tags", "notes", "status", "found_by"),
    "events": ("id", "title", "date", "date_text", "place", "participants", "kind", "summary", "tags", "notes",
               "status", "found_by"),
}  # fmt: skip


def _ordered(data: dict[str, Any], folder: str) -> dict[str, Any]:
    order = _ORDER[folder]
    return {
        **{key: data[key] for key in order if key in data},
        **{key: value for key, value in data.items() if key not in order},
    }
