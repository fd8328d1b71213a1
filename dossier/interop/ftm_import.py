"""Read FollowTheMoney entities (an OpenSanctions extract, an Aleph export) as draft actors.

The file is FtM JSON Lines: one entity a line. People, organisations, companies, public
bodies, other legal entities and addresses become draft actors with every name the
entity has (`name`, `alias`, `weakAlias`, `previousName`; for an address, `full`), so
search finds them under any spelling and review merges or accepts them like drafts from
ingest. Other schemata (ownerships, sanctions, documents...) are counted and left out.

Each bad line gets one error naming the file, the line and what is wrong (broken JSON,
not an FtM entity, an unknown schema, no name), and the good lines are still imported.
Names are read as the FtM library reads them: its cleaning drops control characters (a
terminal escape loses its ESC); markup and everything else stays as written, as text that
everything showing it makes visible. Every actor file is new (`create_only`), written
atomically: an import never changes a file that exists. An entity imported before (its
FtM id is in a draft's `found_by`) is not imported twice.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dossier.checks import fold_name
from dossier.ingest.names import claim_id, slug
from dossier.interop.ftm_export import PREFIX
from dossier.model import Actor, ActorKind, Status
from dossier.sanitize import one_line
from dossier.workspace import Workspace, load_workspace

NAME_PROPS = ("name", "alias", "weakAlias", "previousName")
_FOUND_BY = re.compile(r"FtM entity (\S+) \(")


@dataclass
class ImportReport:
    """What an import did: the actors it wrote, what it left out, and one error per bad line."""

    created: list[str] = field(default_factory=list)
    already: int = 0  # entities imported by an earlier run
    other_schemata: dict[str, int] = field(default_factory=dict)  # left out: not actors
    errors: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Entity:
    line: int
    ftm_id: str
    schema: str
    kind: ActorKind
    names: list[str]


def _kind(proxy: Any) -> ActorKind | None:
    """Our actor kind for an FtM entity, or None when its schema is not an actor's."""
    schema = proxy.schema
    if schema.is_a("Person"):
        return ActorKind.person
    if schema.is_a("PublicBody"):
        # How our own export writes armed forces and states (see ftm_export.ACTOR_SCHEMA).
        topics = set(proxy.get("topics", quiet=True))
        if "mil" in topics:
            return ActorKind.armed_force
        return ActorKind.state if "gov.national" in topics else ActorKind.organization
    if schema.is_a("Organization"):
        return ActorKind.organization
    if schema.is_a("Address"):
        return ActorKind.place
    if schema.is_a("LegalEntity"):
        return ActorKind.other
    return None


def _names(proxy: Any) -> list[str]:
    """Every spelling the entity has, main name first, each once (exact duplicates and blank names dropped)."""
    props = ("full", *NAME_PROPS) if proxy.schema.is_a("Address") else NAME_PROPS
    names: dict[str, str] = {}
    for prop in props:
        if prop not in proxy.schema.properties:
            continue
        for value in proxy.get(prop):
            text = " ".join(value.split())
            if text:
                names.setdefault(fold_name(text) or text, text)
    return list(names.values())


def read_entities(path: Path, report: ImportReport) -> Iterator[_Entity]:
    """The actor-like entities of an FtM JSON Lines file; each bad line becomes one error in `report`."""
    from followthemoney import model
    from followthemoney.exc import FollowTheMoneyException

    shown = one_line(path.name)
    with open(path, "rb") as handle:
        for number, raw in enumerate(handle, 1):
            where = f"{shown}:{number}"
            try:
                line = raw.decode("utf-8").strip()
            except UnicodeDecodeError as exc:
                report.errors.append(f"{where}: not UTF-8 (byte {exc.start + 1}); line skipped")
                continue
            if not line:
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as exc:
                report.errors.append(f"{where}:{exc.colno}: broken JSON: {exc.msg}; line skipped")
                continue
            except RecursionError:
                report.errors.append(f"{where}: JSON nested too deeply; line skipped")
                continue
            if not isinstance(data, dict) or not isinstance(data.get("schema"), str):
                report.errors.append(f'{where}: not an FtM entity (an object with "schema" and "properties")')
                continue
            if not isinstance(data.get("id"), str) or not data["id"]:
                report.errors.append(f"{where}: the entity has no id; line skipped")
                continue
            try:
                proxy = model.get_proxy(data, cleaned=False)
            except (FollowTheMoneyException, KeyError, TypeError, ValueError) as exc:
                reason = str(exc) or type(exc).__name__
                if model.get(data["schema"]) is None:
                    reason = f"unknown FtM schema {data['schema']!r}"
                report.errors.append(f"{where}: not a valid FtM entity: {one_line(reason, 200)}; line skipped")
                continue
            kind = _kind(proxy)
            if kind is None:
                report.other_schemata[proxy.schema.name] = report.other_schemata.get(proxy.schema.name, 0) + 1
                continue
            names = _names(proxy)
            if not names:
                report.errors.append(f"{where}: {proxy.schema.name} {one_line(data['id'], 80)!r} has no name; skipped")
                continue
            yield _Entity(number, data["id"], proxy.schema.name, kind, names)


def import_ftm(root: Path, path: Path) -> ImportReport:
    """Import the actors of an FtM file into the workspace at `root` as drafts."""
    report = ImportReport()
    workspace = load_workspace(root)
    taken = set(workspace.actors) | set(workspace.events) | set(workspace.sources) | set(workspace.quotes)
    taken |= workspace.unloaded
    imported = {
        match.group(1) for actor in workspace.actors.values() for match in _FOUND_BY.finditer(actor.found_by or "")
    }
    known = {fold_name(name): actor.id for actor in workspace.actors.values() for name in (actor.name, *actor.aliases)}
    (workspace.root / "actors").mkdir(parents=True, exist_ok=True)
    for entity in read_entities(path, report):
        if entity.ftm_id in imported:
            report.already += 1
            continue
        imported.add(entity.ftm_id)
        report.created.append(_save(workspace, path, entity, taken, known))
    return report


def _save(workspace: Workspace, path: Path, entity: _Entity, taken: set[str], known: dict[str, str]) -> str:
    # Our own export's ids come back as they were; any other id is made from the name.
    base = entity.ftm_id.removeprefix(PREFIX) if entity.ftm_id.startswith(PREFIX) else slug(entity.names[0])
    actor_id = claim_id(slug(base), taken)
    same = sorted({known[fold_name(name)] for name in entity.names if fold_name(name) in known})
    found_by = f"FtM entity {entity.ftm_id} ({entity.schema}) from {path.name}, line {entity.line}"
    if same:
        found_by += f"; a name is also that of: {', '.join(same)}"
    actor = Actor(
        id=actor_id,
        name=entity.names[0],
        kind=entity.kind,
        aliases=entity.names[1:],
        status=Status.draft,
        found_by=found_by,
    )
    workspace.save("actors", actor_id, actor, create_only=True)
    return actor_id
