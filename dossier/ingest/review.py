"""Review drafts: accept, edit, merge into an existing actor, or reject, and undo merges.

This is the service behind `dossier review` (and later the browser's review screen); it
prints nothing. Every change is an explicit analyst action, written atomically and only
over files that still hold what was loaded. Each action leaves the workspace valid: a
rejected actor is first removed from the drafts that name it (and refused while an
accepted record still names it); a merge adds the draft's spellings to the chosen actor as
aliases, with the sources they came from in its notes, points every reference at that
actor and only then deletes the draft.

Merges are logged in `reviews/merges.yaml` with the text of every file before and after,
so `undo_last_merge` can put them back, and refuses if any of them changed since.

Each action is one step of `dossier.desk.transaction`: its writes are staged, checked
against the disk and committed together (a crash half way leaves a valid workspace, and
the step is finished when the desk next opens); `last_changes` holds what the last step
wrote, for the browser's undo journal.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from dossier.atomic import ConflictError, WriteError, sha256_bytes
from dossier.checks import fold_name
from dossier.desk.transaction import FileChange, Staging, commit
from dossier.model import ID_RE, Actor, ActorKind, Event, Quote, Status
from dossier.quote_store import full_quote, quote_heads
from dossier.workspace import Workspace, load_workspace, reload_files, schema_modeline
from dossier.yamlio import YamlError, decode_yaml_bytes, dump_yaml, parse_yaml

REVIEWS_FOLDER = "reviews"
MERGE_LOG = "merges.yaml"
REJECT_LOG = "rejected.yaml"


class ReviewError(Exception):
    """An action that was not done; the message says why and what to do."""


@dataclass(frozen=True)
class DraftItem:
    folder: str  # actors, events or quotes
    record: Actor | Event | Quote

    @property
    def id(self) -> str:
        return self.record.id


def pending(workspace: Workspace) -> list[DraftItem]:
    """Drafts in review order (`best_first`)."""
    items: list[DraftItem] = []
    items += [DraftItem("actors", a) for a in sorted(workspace.actors.values(), key=_actor_order) if _is_draft(a)]
    items += [DraftItem("events", e) for e in sorted(workspace.events.values(), key=lambda e: e.id) if _is_draft(e)]
    # Heads (`dossier/quote_store.py`): only the drafts among 100,000 quotes are built.
    quotes = sorted((q for q in quote_heads(workspace.quotes) if _is_draft(q)), key=lambda q: (q.source, q.start, q.id))
    items += [DraftItem("quotes", full_quote(workspace.quotes, q)) for q in quotes]
    return best_first(items)


def best_first(items: list[DraftItem]) -> list[DraftItem]:
    """The one review order, for the CLI and the browser alike.

    Drafts that carry a `confidence` (ingest's estimate, 0 to 1) come first, most confident
    first; the rest keep the order they came in: actors first (events and quotes name them),
    then events, then quotes in source order. The sort is stable, so ties keep that order too.
    """

    def key(item: DraftItem) -> tuple[int, float]:
        confidence = getattr(item.record, "confidence", None)
        if isinstance(confidence, (int, float)) and not isinstance(confidence, bool):
            return (0, -float(confidence))
        return (1, 0.0)

    return sorted(items, key=key)


def _actor_order(actor: Actor) -> tuple[float, str]:
    """Order of actor drafts before `best_first`: the surest first (those without a confidence last), then by id."""
    return (-(actor.confidence if actor.confidence is not None else -1.0), actor.id)


def _is_draft(record: Actor | Event | Quote) -> bool:
    return record.status is Status.draft


class Reviewer:
    """Actions on one workspace; it reloads after each so every check sees the files as they are."""

    def __init__(self, root: Path, workspace: Workspace | None = None) -> None:
        """`workspace`: one already loaded from `root` (the browser's), kept up to date in place."""
        self.root = Path(root)
        self.workspace = workspace if workspace is not None else load_workspace(self.root)
        self._staging: Staging | None = None
        self.last_changes: list[FileChange] = []

    def reload(self) -> None:
        self.workspace = load_workspace(self.root)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """Stage every write of the block and commit them as one step (blocks nest: the outer one commits)."""
        if self._staging is not None:
            yield
            return
        self._staging = Staging(self.root)
        try:
            yield
            changes = self._staging.changes()
        finally:
            self._staging = None
        try:
            commit(self.root, changes)
        except ConflictError as exc:
            raise ReviewError(str(exc)) from None
        except WriteError as exc:
            raise ReviewError(str(exc)) from None
        self.last_changes = changes
        # Only the files the step wrote are read again (a full load costs seconds at 100,000 quotes).
        reload_files(self.workspace, [change.path for change in changes])

    @property
    def staging(self) -> Staging:
        if self._staging is None:
            raise RuntimeError("writes happen inside Reviewer.transaction()")
        return self._staging

    # -- single-record actions ------------------------------------------------------------
    def accept(self, item: DraftItem) -> None:
        with self.transaction():
            self._update(item, lambda data: {**data, "status": Status.curated.value})

    def replace(self, item: DraftItem, data: dict[str, Any]) -> None:
        """Save an edited record (it keeps its id: other records point at it) as accepted."""
        if data.get("id") != item.id:
            raise ReviewError(f"the id must stay '{item.id}' (other records point at it)")
        data = {**data, "status": Status.curated.value}
        model: type[Actor | Event | Quote] = {"actors": Actor, "events": Event, "quotes": Quote}[item.folder]  # type: ignore[assignment]
        try:
            model.model_validate(data)
        except ValidationError as exc:
            first = exc.errors(include_url=False)[0]
            where = ".".join(str(part) for part in first["loc"]) or "record"
            raise ReviewError(f"{where}: {first['msg']}") from None
        with self.transaction():
            self._update(item, lambda _old: data)

    def reject(self, item: DraftItem) -> list[str]:
        """Delete a draft and the references drafts make to it; returns the files changed."""
        with self.transaction():
            return self._reject(item)

    def _reject(self, item: DraftItem) -> list[str]:
        changed: list[str] = []
        if item.folder == "quotes":
            self._rewrite_quotes(item.record.source, lambda quotes: [q for q in quotes if q.get("id") != item.id])  # type: ignore[union-attr]
            changed.append(f"quotes/{item.record.source}.yaml")  # type: ignore[union-attr]
            self._log(REJECT_LOG, {"rejected": item.id, "folder": item.folder, "record": _plain(item.record)})
            return changed
        users = self._referrers(item.id)
        curated = [label for label, record in users if not _is_draft(record)]
        if curated:
            raise ReviewError(
                f"'{item.id}' is named by accepted records ({', '.join(curated[:3])}); edit those first, or merge it"
            )
        changed += self._repoint(item.id, None)
        self._log(REJECT_LOG, {"rejected": item.id, "folder": item.folder, "record": _plain(item.record)})
        self._delete(item.folder, item.id)
        changed.append(f"{item.folder}/{item.id}.yaml")
        return changed

    # -- merging -------------------------------------------------------------------------
    def merge(self, item: DraftItem, target_id: str) -> list[str]:
        """Merge a draft actor into an existing one; returns the aliases added.

        One step, staged so that each file written leaves a valid workspace: references
        move to the target, then the draft goes, and only then does the target take its
        spellings (two actors claiming one alias is an error), then the log.
        """
        with self.transaction():
            return self._merge(item, target_id)

    def _merge(self, item: DraftItem, target_id: str) -> list[str]:
        if item.folder != "actors":
            raise ReviewError("only actors can be merged")
        draft = item.record
        assert isinstance(draft, Actor)
        target = self.workspace.actors.get(target_id)
        if target is None:
            raise ReviewError(f"no actor has the id '{target_id}'")
        if target.id == draft.id:
            raise ReviewError("an actor cannot be merged into itself")
        claimed = {fold_name(s): a.id for a in self.workspace.actors.values() for s in (a.name, *a.aliases)}
        have = {fold_name(s) for s in (target.name, *target.aliases)}
        added: list[str] = []
        for spelling in (draft.name, *draft.aliases):
            key = fold_name(spelling)
            if key in have or claimed.get(key) not in (None, draft.id, target.id):
                continue  # already there, or another actor's name: never moved silently
            have.add(key)
            added.append(spelling)
        sources = sorted({q.source for q in quote_heads(self.workspace.quotes) if draft.id in q.about})
        today = dt.date.today().isoformat()
        note = (
            f"Merged draft '{draft.id}' on {today}"
            + (f"; new aliases {', '.join(repr(a) for a in added)}" if added else "")
            + (f" from source(s) {', '.join(sources)}" if sources else "")
            + "."
        )
        references = self._references(draft.id, target.id)
        touched = [f"actors/{target.id}.yaml", f"actors/{draft.id}.yaml"]
        touched += [f"events/{e.id}.yaml" for label, e in self._referrers(draft.id) if isinstance(e, Event)]
        touched += [f"quotes/{q.source}.yaml" for label, q in self._referrers(draft.id) if isinstance(q, Quote)]
        touched = list(dict.fromkeys(touched))
        before = self._snapshot(touched)

        def update_target(data: dict[str, Any]) -> dict[str, Any]:
            data = dict(data)
            if added:
                data["aliases"] = [*data.get("aliases", []), *added]
            data["notes"] = f"{data['notes']}\n{note}" if data.get("notes") else note
            return data

        self._repoint(draft.id, target.id)
        self._delete("actors", draft.id)
        self._update(DraftItem("actors", target), update_target)
        after = self._snapshot(touched)
        files = [
            {"path": path, "before": before.get(path), "after": after.get(path)}
            for path in sorted(set(before) | set(after))
            if before.get(path) != after.get(path)
        ]
        entry = {
            "merged": draft.id,
            "into": target.id,
            "at": today,
            "aliases_added": added,
            "sources": sources,
            "note": note,
            "references": references,
        }
        self._log(MERGE_LOG, {**entry, "files": files})
        return added

    def undo_last_merge(self) -> dict[str, Any]:
        """Undo the last merge not yet undone; returns its log entry.

        The undo is made of the merge's meaning rather than of file texts, so reviewing on
        after a merge (accepting its quotes, say) does not block it: the draft comes back,
        the references that pointed at it point at it again, and the chosen actor loses
        the aliases and the note the merge gave it (its other changes stay). Staged in an
        order that keeps each file written valid: the target gives the spellings back
        first, then the draft returns, then the references point at it again.
        """
        with self.transaction():
            return self._undo_last_merge()

    def _undo_last_merge(self) -> dict[str, Any]:
        log_relative = f"{REVIEWS_FOLDER}/{MERGE_LOG}"
        entries, _digest = _parse_log(self.staging.read(log_relative), MERGE_LOG)
        open_entries = [entry for entry in entries if isinstance(entry, dict) and not entry.get("undone")]
        if not open_entries:
            raise ReviewError("no merge to undo")
        entry = open_entries[-1]
        draft_id, target_id = str(entry.get("merged")), str(entry.get("into"))
        draft_path = self.workspace.path_for("actors", draft_id)
        draft_text = next(
            (c.get("before") for c in entry.get("files") or [] if c.get("path") == f"actors/{draft_id}.yaml"), None
        )
        if draft_text is None:
            raise ReviewError(f"the log has no copy of '{draft_id}'; undo it by hand")
        if self.staging.read(self._relative(draft_path)) is not None:
            raise ReviewError(f"actors/{draft_id}.yaml exists again; undo it by hand")
        target = self.workspace.actors.get(target_id)
        if target is not None:
            added = {fold_name(alias) for alias in entry.get("aliases_added") or []}
            note = entry.get("note")

            def restore_target(data: dict[str, Any]) -> dict[str, Any]:
                data = dict(data)
                aliases = [a for a in data.get("aliases", []) if fold_name(str(a)) not in added]
                if aliases:
                    data["aliases"] = aliases
                else:
                    data.pop("aliases", None)
                if note and data.get("notes"):
                    lines = [line for line in str(data["notes"]).split("\n") if line != note]
                    if lines:
                        data["notes"] = "\n".join(lines)
                    else:
                        data.pop("notes")
                return data

            self._update(DraftItem("actors", target), restore_target)
        # The draft before the references, so at no moment does anything point at a missing actor.
        self.staging.write(self._relative(draft_path), str(draft_text).encode("utf-8"))
        references = entry.get("references") or {}
        for ref in references.get("events", []):
            event = self.workspace.events.get(ref.get("id"))
            if event is not None:
                self._update(DraftItem("events", event), _unmerge_event(ref, draft_id, target_id))
        by_source: dict[str, list[dict[str, Any]]] = {}
        for ref in references.get("quotes", []):
            quote = self.workspace.quotes.get(ref.get("id"))
            if quote is not None:
                by_source.setdefault(quote.source, []).append(ref)
        for source, refs in by_source.items():
            self._rewrite_quotes(source, _unmerge_quotes(refs, draft_id, target_id))
        entry["undone"] = dt.date.today().isoformat()
        self.staging.write(log_relative, _log_bytes(entries))
        return entry

    def _references(self, draft_id: str, target_id: str) -> dict[str, list[dict[str, Any]]]:
        """Which fields of which records name the draft (and whether they named the target too)."""
        events = []
        for event in self.workspace.events.values():
            in_place = event.place == draft_id
            in_people = any(p.actor == draft_id for p in event.participants)
            if in_place or in_people:
                events.append(
                    {
                        "id": event.id,
                        "place": in_place,
                        "participant": in_people,
                        "target_was_participant": any(p.actor == target_id for p in event.participants),
                        "target_was_place": event.place == target_id,
                    }
                )
        quotes = []
        for quote in quote_heads(self.workspace.quotes):
            in_about = draft_id in quote.about
            speaker = quote.attributed_to == draft_id
            if in_about or speaker:
                quotes.append(
                    {
                        "id": quote.id,
                        "about": in_about,
                        "speaker": speaker,
                        "target_was_about": target_id in quote.about,
                    }
                )
        return {"events": events, "quotes": quotes}

    # -- helpers ---------------------------------------------------------------------------
    def _referrers(self, record_id: str) -> list[tuple[str, Event | Quote]]:
        found: list[tuple[str, Event | Quote]] = []
        for event in self.workspace.events.values():
            if event.place == record_id or any(p.actor == record_id for p in event.participants):
                found.append((f"event '{event.id}'", event))
        for quote in quote_heads(self.workspace.quotes):
            if record_id in quote.about or quote.attributed_to == record_id:
                found.append((f"quote '{quote.id}'", full_quote(self.workspace.quotes, quote)))
        return found

    def _repoint(self, old: str, new: str | None) -> list[str]:
        """Point every reference to `old` at `new` (None: drop it); returns the files changed."""
        changed: list[str] = []
        name: str | None = self.workspace.display_name(old)
        if name is not None and ID_RE.fullmatch(name):
            name = None  # a name that reads as an id would point at an actor that does not exist
        target = self.workspace.actors.get(new) if new is not None else None
        new_is_place = target is not None and target.kind is ActorKind.place
        for event in list(self.workspace.events.values()):
            if event.place != old and not any(p.actor == old for p in event.participants):
                continue
            if self.staging.read(self._relative(self.workspace.path_for("events", event.id))) is None:
                continue  # rejected earlier in the same step

            def fix_event(data: dict[str, Any]) -> dict[str, Any]:
                data = dict(data)
                people: list[dict[str, Any]] = []
                if data.get("place") == old:
                    if new is not None and new_is_place:
                        data["place"] = new
                    else:
                        data.pop("place")
                        if new is not None:
                            # Merged into an actor that is not a place: it is still where it happened.
                            people.append({"actor": new, "role": "location"})
                for part in data.get("participants", []):
                    actor = new if part.get("actor") == old else part.get("actor")
                    if actor is None or any(p.get("actor") == actor for p in people):
                        continue
                    people.append({**part, "actor": actor})
                data["participants"] = people
                return data

            self._update(DraftItem("events", event), fix_event)
            changed.append(f"events/{event.id}.yaml")
        sources = {q.source for q in quote_heads(self.workspace.quotes) if old in q.about or q.attributed_to == old}
        for source in sorted(sources):

            def fix_quotes(quotes: list[Any]) -> list[Any]:
                fixed = []
                for quote in quotes:
                    if isinstance(quote, dict):
                        quote = dict(quote)
                        about = []
                        for target in quote.get("about", []):
                            target = new if target == old else target
                            if target is not None and target not in about:
                                about.append(target)
                        if "about" in quote:
                            quote["about"] = about
                        if quote.get("attributed_to") == old:
                            # Rejected: keep who spoke in words, since the words are still in the source.
                            quote["attributed_to"] = new if new is not None else name
                    fixed.append(quote)
                return fixed

            self._rewrite_quotes(source, fix_quotes)
            changed.append(f"quotes/{source}.yaml")
        return changed

    def _update(self, item: DraftItem, change: Any) -> None:
        if item.folder == "quotes":
            source = item.record.source  # type: ignore[union-attr]

            def one(quotes: list[Any]) -> list[Any]:
                return [change(q) if isinstance(q, dict) and q.get("id") == item.id else q for q in quotes]

            self._rewrite_quotes(source, one)
            return
        path = self.workspace.path_for(item.folder, item.id)
        data = self._read_data(path)
        if not isinstance(data, dict):
            raise ReviewError(f"{item.folder}/{path.name} is not a record any more; reload")
        self._write_data(path, item.folder, change(data))

    def _rewrite_quotes(self, source: str, change: Any) -> None:
        path = self.workspace.path_for("quotes", source)
        data = self._read_data(path)
        if not isinstance(data, list):
            raise ReviewError(f"quotes/{path.name} is not a list of quotes any more; reload")
        self._write_data(path, "quotes", change(data))

    def _delete(self, folder: str, record_id: str) -> None:
        path = self.workspace.path_for(folder, record_id)
        relative = self._relative(path)
        try:
            self.staging.delete(relative, expected_sha256=self.workspace.file_hashes.get(relative))
        except ConflictError:
            raise ReviewError(f"{path.name} changed on disk meanwhile; not deleted (reload)") from None

    def _relative(self, path: Path) -> str:
        return path.relative_to(self.root).as_posix()

    def _read_data(self, path: Path) -> Any:
        relative = self._relative(path)
        raw = self.staging.read(relative)
        if raw is None:
            raise ReviewError(f"{relative} no longer exists; reload")
        try:
            return parse_yaml(decode_yaml_bytes(raw)).data
        except YamlError as exc:
            raise ReviewError(f"{relative}:{exc.line}:{exc.column}: {exc.message}") from None

    def _write_data(self, path: Path, folder: str, data: Any) -> None:
        header = schema_modeline(self.root, folder)
        text = (header + "\n" if header else "") + dump_yaml(data)
        self.staging.write(self._relative(path), text.encode("utf-8"))

    def _snapshot(self, paths: list[str]) -> dict[str, str]:
        """The text of the files a merge touches, by path relative to the workspace."""
        texts: dict[str, str] = {}
        for relative in paths:
            raw = self.staging.read(relative)
            if raw is None:
                continue
            try:
                texts[relative] = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise ReviewError(f"cannot read {relative}: {exc}") from None
        return texts

    def _log(self, name: str, entry: dict[str, Any]) -> None:
        relative = f"{REVIEWS_FOLDER}/{name}"
        entries, _digest = _parse_log(self.staging.read(relative), name)
        entries.append(entry)
        self.staging.write(relative, _log_bytes(entries))


def _plain(record: Actor | Event | Quote) -> dict[str, Any]:
    return record.model_dump(mode="json", exclude_none=True, exclude_defaults=True)


def _parse_log(raw: bytes | None, name: str) -> tuple[list[Any], str | None]:
    if raw is None:
        return [], None
    try:
        data = parse_yaml(decode_yaml_bytes(raw)).data
    except YamlError as exc:
        raise ReviewError(f"{REVIEWS_FOLDER}/{name}:{exc.line}:{exc.column}: {exc.message}") from None
    if data is None:
        data = []
    if not isinstance(data, list):
        raise ReviewError(f"{REVIEWS_FOLDER}/{name} must be a list of entries")
    return data, sha256_bytes(raw)


def _read_log(path: Path) -> tuple[list[Any], str | None]:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return [], None
    return _parse_log(raw, path.name)


def _log_bytes(entries: list[Any]) -> bytes:
    header = "# Review log written by `dossier review`: keep it to be able to undo merges.\n"
    return (header + dump_yaml(entries)).encode("utf-8")


def _unmerge_event(ref: dict[str, Any], draft_id: str, target_id: str) -> Any:
    def change(data: dict[str, Any]) -> dict[str, Any]:
        data = dict(data)
        if ref.get("place") and data.get("place") == target_id:
            data["place"] = draft_id
        elif ref.get("place") and "place" not in data:
            # The merge made a non-place target the event's "location" participant: undo that.
            people = [
                p
                for p in data.get("participants", [])
                if not (isinstance(p, dict) and p.get("actor") == target_id and p.get("role") == "location")
            ]
            data["participants"] = people
            data["place"] = draft_id
        if ref.get("participant"):
            people = list(data.get("participants", []))
            mine = next((p for p in people if isinstance(p, dict) and p.get("actor") == target_id), None)
            if ref.get("target_was_participant") or mine is None:
                people.append({"actor": draft_id, "role": (mine or {}).get("role", "participant")})
            else:
                people = [{**p, "actor": draft_id} if p is mine else p for p in people]
            data["participants"] = people
        return data

    return change


def _unmerge_quotes(refs: list[dict[str, Any]], draft_id: str, target_id: str) -> Any:
    wanted = {ref["id"]: ref for ref in refs}

    def change(quotes: list[Any]) -> list[Any]:
        fixed = []
        for quote in quotes:
            ref = wanted.get(quote.get("id")) if isinstance(quote, dict) else None
            if ref is not None:
                quote = dict(quote)
                about = list(quote.get("about", []))
                if ref.get("about"):
                    if target_id in about and not ref.get("target_was_about"):
                        about[about.index(target_id)] = draft_id
                    elif draft_id not in about:
                        about.append(draft_id)
                    quote["about"] = about
                if ref.get("speaker") and quote.get("attributed_to") == target_id:
                    quote["attributed_to"] = draft_id
            fixed.append(quote)
        return fixed

    return change


def rejected_names(root: Path) -> frozenset[tuple[str, ...]]:
    """Folded names of the actor drafts rejected in review (ingest does not propose them again).

    A log that cannot be read only means they may be proposed again: it is never a reason to fail.
    """
    from dossier.ingest.names import fold_phrase

    try:
        entries, _ = _read_log(Path(root) / REVIEWS_FOLDER / REJECT_LOG)
    except ReviewError:
        return frozenset()
    names: set[tuple[str, ...]] = set()
    for entry in entries:
        if isinstance(entry, dict) and entry.get("folder") == "actors" and isinstance(entry.get("record"), dict):
            for spelling in (entry["record"].get("name"), *(entry["record"].get("aliases") or [])):
                if isinstance(spelling, str) and spelling.strip():
                    names.add(fold_phrase(spelling))
    return frozenset(names)
