"""Capture from a source: a new quote anchored exactly, a new actor, or a new alias of an actor.

The reader hands over a selection as offsets in the source text; this service makes the
record, checks it as `dossier check` would (the quote's words are `text[start:end]`, its
prefix and suffix are the text around it, every id it names exists), and writes it as one
step of `transaction`, recorded in the session's journal so it can be undone. It prints
nothing and imports no Textual.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from dossier.atomic import ConflictError, WriteError
from dossier.desk.journal import Journal
from dossier.desk.spellings import FoldedSpellings, actor_spellings, event_spellings
from dossier.desk.transaction import Staging, commit
from dossier.model import ID_RE, Actor, ActorKind, Quote, Stance
from dossier.workspace import Workspace, reload_files, schema_modeline
from dossier.yamlio import YamlError, decode_yaml_bytes, dump_yaml, parse_yaml

CONTEXT = 32  # characters of prefix and suffix, as ingest and `dossier check` use


class CaptureError(Exception):
    """A capture that was not made; the message says why and what to do."""


@dataclass(frozen=True)
class Match:
    """An actor or event found by name, for the pickers of speaker and subjects."""

    actor_id: str  # the record id (the pickers' field name: actors came first)
    name: str
    kind: str
    score: float
    draft: bool
    spelling: str


class CaptureDesk:
    def __init__(self, root: Path, workspace: Workspace, journal: Journal) -> None:
        self.root = Path(root)
        self.workspace = workspace
        self.journal = journal
        self.changed_paths: list[str] = []
        # Folded names for the pickers, kept while the form is open: each key searches them all.
        self._actor_spellings = FoldedSpellings(actor_spellings)
        self._event_spellings = FoldedSpellings(event_spellings)
        self._both: tuple[dict[Any, str], dict[Any, str], dict[Any, str]] | None = None

    # -- finding what a quote is about ------------------------------------------------------------
    def find(self, query: str, *, events: bool = True, limit: int = 10) -> list[Match]:
        """Actors (by name or alias) and events (by title), closest first."""
        from rapidfuzz import fuzz, process

        from dossier.ingest.names import fold_phrase

        folded = " ".join(fold_phrase(query))
        if not folded:
            return []
        choices = self._actor_spellings.of(self.workspace.actors)
        if events:
            titles = self._event_spellings.of(self.workspace.events)
            if self._both is None or self._both[0] is not choices or self._both[1] is not titles:
                self._both = (choices, titles, {**choices, **titles})
            choices = self._both[2]
        found: dict[str, Match] = {}
        for _choice, score, (record_id, number) in process.extract(
            folded, choices, scorer=fuzz.WRatio, limit=limit * 3, score_cutoff=60
        ):
            if record_id in found:
                continue
            record = self.workspace.actors.get(record_id) or self.workspace.events[record_id]
            if isinstance(record, Actor):
                spelling = (record.name, *record.aliases)[number]
                kind, name = record.kind.value, record.name
            else:
                spelling = name = record.title
                kind = "event"
            draft = record.status.value == "draft"
            found[record_id] = Match(record_id, name, kind, round(score, 1), draft, spelling)
        return list(found.values())[:limit]

    # -- captures --------------------------------------------------------------------------------
    def quote(
        self,
        source_id: str,
        start: int,
        end: int,
        *,
        attributed_to: str | None = None,
        about: Iterable[str] = (),
        stance: str = Stance.reports.value,
        credibility: int = 6,
        notes: str | None = None,
    ) -> Quote:
        """A new curated quote of text[start:end] (surrounding spaces trimmed), appended to quotes/<source>.yaml."""
        text = self.workspace.source_text(source_id)
        if source_id not in self.workspace.sources or text is None:
            raise CaptureError(f"the text of source '{source_id}' cannot be read")
        start, end = _trimmed(text, start, end)
        if end <= start:
            raise CaptureError("select some words first")
        about = list(dict.fromkeys(about))
        for record_id in about:
            if record_id not in self.workspace.actors and record_id not in self.workspace.events:
                raise CaptureError(f"about: no actor or event has the id '{record_id}'")
        speaker = (attributed_to or "").strip() or None
        if speaker and ID_RE.fullmatch(speaker) and speaker not in self.workspace.actors:
            raise CaptureError(f"said by: no actor has the id '{speaker}' (or write who spoke in words)")
        from dossier.ingest.names import claim_id, slug

        exact = text[start:end]
        quote_id = claim_id(f"q-{slug(exact, 40)}", set(self.workspace.origins))
        data: dict[str, Any] = {
            "id": quote_id,
            "source": source_id,
            "exact": exact,
            "prefix": text[max(0, start - CONTEXT) : start],
            "suffix": text[end : end + CONTEXT],
            "start": start,
            "end": end,
        }
        if speaker:
            data["attributed_to"] = speaker
        if about:
            data["about"] = about
        data["stance"] = stance
        data["credibility"] = credibility
        if notes:
            data["notes"] = notes
        quote = _valid(Quote, data)
        relative = f"quotes/{source_id}.yaml"

        def change(staging: Staging) -> None:
            quotes = _read_list(staging, relative)
            quotes.append(data)
            staging.write(relative, self._yaml("quotes", quotes))

        self._step(f"captured quote '{quote_id}'", change)
        return quote

    def actor(self, name: str, kind: str, *, aliases: Iterable[str] = (), notes: str | None = None) -> Actor:
        """A new curated actor; refused when another actor already goes by that name."""
        from dossier.checks import fold_name
        from dossier.ingest.names import claim_id, slug

        name = " ".join(name.split())
        if not name:
            raise CaptureError("the actor needs a name")
        spellings = [name, *(a for a in aliases if a.strip() and fold_name(a) != fold_name(name))]
        for spelling in spellings:
            owner = self._owner(spelling)
            if owner is not None:
                raise CaptureError(f"'{spelling}' is already a name of actor '{owner}'; add it there, or pick it")
        actor_id = claim_id(slug(name), set(self.workspace.origins) | set(self.workspace.unloaded))
        data: dict[str, Any] = {"id": actor_id, "name": name, "kind": kind}
        if len(spellings) > 1:
            data["aliases"] = spellings[1:]
        if notes:
            data["notes"] = notes
        actor = _valid(Actor, data)
        relative = f"actors/{actor_id}.yaml"

        def change(staging: Staging) -> None:
            if staging.read(relative) is not None:
                raise CaptureError(f"{relative} already exists")
            staging.write(relative, self._yaml("actors", data))

        self._step(f"added actor '{name}'", change)
        return actor

    def alias(self, actor_id: str, spelling: str) -> None:
        """Add `spelling` to an actor's aliases (nothing to do if it is already one of its names)."""
        from dossier.checks import fold_name

        spelling = " ".join(spelling.split())
        actor = self.workspace.actors.get(actor_id)
        if actor is None:
            raise CaptureError(f"no actor has the id '{actor_id}'")
        if not spelling:
            raise CaptureError("select the spelling to add")
        owner = self._owner(spelling)
        if owner == actor_id:
            raise CaptureError(f"'{spelling}' is already a name of {actor.name}")
        if owner is not None:
            raise CaptureError(f"'{spelling}' is already a name of actor '{owner}'; one spelling, one actor")
        relative = self.workspace.relative(self.workspace.path_for("actors", actor_id))

        def change(staging: Staging) -> None:
            raw = staging.read(relative)
            if raw is None:
                raise CaptureError(f"{relative} no longer exists; reload")
            try:
                data = parse_yaml(decode_yaml_bytes(raw)).data
            except YamlError as exc:
                raise CaptureError(f"{relative}:{exc.line}: {exc.message}; fix the file first") from None
            if not isinstance(data, dict):
                raise CaptureError(f"{relative} is not an actor any more; reload")
            known = {fold_name(str(a)) for a in data.get("aliases") or []}
            if fold_name(spelling) not in known:
                data = {**data, "aliases": [*(data.get("aliases") or []), spelling]}
            staging.write(relative, self._yaml("actors", data))

        self._step(f"added '{spelling}' as an alias of {actor.name}", change)

    # -- helpers ---------------------------------------------------------------------------------
    def _owner(self, spelling: str) -> str | None:
        from dossier.checks import fold_name

        key = fold_name(spelling)
        for actor in self.workspace.actors.values():
            if any(fold_name(s) == key for s in (actor.name, *actor.aliases)):
                return actor.id
        return None

    def _yaml(self, folder: str, data: Any) -> bytes:
        header = schema_modeline(self.root, folder)
        return ((header + "\n" if header else "") + dump_yaml(data)).encode("utf-8")

    def _step(self, label: str, change: Any) -> None:
        staging = Staging(self.root)
        change(staging)
        changes = staging.changes()
        try:
            commit(self.root, changes)
        except (ConflictError, WriteError) as exc:
            raise CaptureError(str(exc)) from None
        self.journal.record(label, changes)
        self.changed_paths = [c.path for c in changes]
        reload_files(self.workspace, self.changed_paths)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    start, end = max(0, min(start, end)), min(len(text), max(start, end))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _read_list(staging: Staging, relative: str) -> list[Any]:
    raw = staging.read(relative)
    if raw is None:
        return []
    try:
        data = parse_yaml(decode_yaml_bytes(raw)).data
    except YamlError as exc:
        raise CaptureError(f"{relative}:{exc.line}: {exc.message}; fix the file first") from None
    if data is None:
        return []
    if not isinstance(data, list):
        raise CaptureError(f"{relative} is not a list of quotes; fix the file first")
    return data


def _valid(model: type[Any], data: dict[str, Any]) -> Any:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        where = ".".join(str(part) for part in first["loc"]) or "record"
        raise CaptureError(f"{where}: {first['msg']}") from None


ACTOR_KINDS = [kind.value for kind in ActorKind]
