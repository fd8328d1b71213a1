"""Home: the whole workspace as one list, for browsing without typing a query.

Drafts waiting for review and files with problems first (they ask for work), then actors
grouped by kind with how many quotes are about each, events in date order, and sources with
their Admiralty reliability. Rows are plain data; the browser draws them (only the visible
ones, so 100,000 quotes cost nothing to show).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from dossier.model import RELIABILITY_MEANING, ActorKind, Status

KIND_TITLES = {
    ActorKind.person: "People",
    ActorKind.state: "States",
    ActorKind.organization: "Organisations",
    ActorKind.armed_force: "Armed forces",
    ActorKind.media: "Media",
    ActorKind.place: "Places",
    ActorKind.other: "Other actors",
}


@dataclass(frozen=True, slots=True)
class HomeRow:
    """One line of the home list. A row without a target is a section heading."""

    kind: str  # "section", "review", "problem", "actor", "event" or "source"
    title: str  # untrusted when it comes from the workspace: drawn as plain text
    badge: str = ""  # a short column before the title: kind, date, reliability
    detail: str = ""  # after the title, muted
    target: str | None = None  # record id, problem path, or "review"

    @property
    def selectable(self) -> bool:
        return self.target is not None


def _plural(count: int, word: str) -> str:
    return f"{count:,} {word}{'' if count == 1 else 's'}"


def home_rows(
    workspace: Any,
    quote_count: Callable[[str], int],
    draft_count: int,
    problems: Sequence[Any] = (),
) -> list[HomeRow]:
    """The rows of home for a loaded workspace; `quote_count(id)` says how many quotes are about a record."""
    from dossier.dates import sort_key

    rows: list[HomeRow] = []
    if draft_count:
        rows.append(HomeRow("section", f"To review · {draft_count:,}"))
        rows.append(HomeRow("review", f"Review {_plural(draft_count, 'draft')}", "", "Enter or d", "review"))
    if problems:
        by_file: dict[str, list[Any]] = {}
        for problem in problems:
            by_file.setdefault(problem.path, []).append(problem)
        rows.append(HomeRow("section", f"Files with problems · {len(by_file):,}"))
        for path, found in by_file.items():
            first = found[0]
            more = f" (+{len(found) - 1} more)" if len(found) > 1 else ""
            rows.append(HomeRow("problem", path, f"line {first.line}", f"{first.message}{more}", path))
    by_kind: dict[ActorKind, list[Any]] = {}
    for actor in workspace.actors.values():
        by_kind.setdefault(actor.kind, []).append(actor)
    for kind in ActorKind:
        actors = by_kind.get(kind)
        if not actors:
            continue
        rows.append(HomeRow("section", f"{KIND_TITLES[kind]} · {len(actors):,}"))
        for actor in sorted(actors, key=lambda a: (a.name.casefold(), a.id)):
            detail = _plural(quote_count(actor.id), "quote")
            if actor.status is Status.draft:
                detail += " · draft"
            rows.append(HomeRow("actor", actor.name, "", detail, actor.id))
    events = sorted(workspace.events.values(), key=lambda e: (sort_key(e.date), e.title.casefold(), e.id))
    if events:
        rows.append(HomeRow("section", f"Events · {len(events):,}"))
        for event in events:
            detail = _plural(quote_count(event.id), "quote")
            if event.status is Status.draft:
                detail += " · draft"
            rows.append(HomeRow("event", event.title, event.date or "undated", detail, event.id))
    sources = sorted(workspace.sources.values(), key=lambda s: (s.published or "", s.title.casefold()), reverse=True)
    if sources:
        rows.append(HomeRow("section", f"Sources · {len(sources):,}"))
        for source in sources:
            byline = " · ".join(part for part in (source.publisher, source.published) if part)
            meaning = RELIABILITY_MEANING.get(source.reliability, "")
            detail = f"{byline} · {meaning}" if byline else meaning
            rows.append(HomeRow("source", source.title, source.reliability, detail, source.id))
    return rows
