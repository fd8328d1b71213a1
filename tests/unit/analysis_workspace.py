"""Small generated workspaces for the analysis tests: sources from chosen publishers, quotes with
chosen stances and grades about one claim, and events with chosen EDTF dates.

Every quote anchors exactly, so `dossier check` finds nothing but what a test sets up.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from tests.conftest import write
from tests.unit.search_workspace import quote_yaml


@dataclass
class Claim:
    """One quote: which source it is from, its stance, credibility and status."""

    source: str
    stance: str = "asserts"
    credibility: int = 3
    status: str = "curated"
    about: tuple[str, ...] = ("convoy",)


@dataclass
class Spec:
    # source id -> (publisher or None, reliability)
    sources: dict[str, tuple[str | None, str]] = field(default_factory=dict)
    claims: list[Claim] = field(default_factory=list)
    # event id -> (EDTF date or None, participant actor ids, status)
    events: dict[str, tuple[str | None, tuple[str, ...], str]] = field(default_factory=dict)
    actors: dict[str, tuple[str, str, list[str]]] = field(default_factory=dict)  # id -> (name, kind, aliases)


def build(root: Path, spec: Spec) -> Path:
    actors = {
        "convoy-owner": ("Convoy Owner", "organization", []),
        "agency": ("Example Agency", "media", ["EA"]),
        **spec.actors,
    }
    for actor_id, (name, kind, aliases) in actors.items():
        alias_lines = "".join(f"\n  - {alias}" for alias in aliases)
        write(
            root / "actors" / f"{actor_id}.yaml",
            f"id: {actor_id}\nname: {name}\nkind: {kind}\n" + (f"aliases:{alias_lines}\n" if aliases else ""),
        )
    events = {"convoy": ("2022-02-24", ("convoy-owner",), "curated"), **spec.events}
    for event_id, (date, participants, status) in events.items():
        parts = "".join(f"\n  - actor: {actor}\n    role: party" for actor in participants)
        write(
            root / "events" / f"{event_id}.yaml",
            f"id: {event_id}\ntitle: Event {event_id}\n"
            + (f'date: "{date}"\n' if date else "")
            + (f"participants:{parts}\n" if participants else "")
            + f"status: {status}\n",
        )
    by_source: dict[str, list[tuple[int, Claim]]] = {}
    for number, claim in enumerate(spec.claims):
        by_source.setdefault(claim.source, []).append((number, claim))
    for source_id, (publisher, reliability) in spec.sources.items():
        claims = by_source.get(source_id, [])
        text = "".join(f"Sentence number {number} of {source_id} says a convoy moved. " for number, _ in claims) or "x"
        write(root / "sources" / f"{source_id}.txt", text)
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        write(
            root / "sources" / f"{source_id}.yaml",
            f"id: {source_id}\ntitle: Article {source_id}\n"
            + (f"publisher: {publisher}\n" if publisher else "")
            + f"reliability: {reliability}\nsha256: {digest}\n",
        )
        quotes = "".join(
            quote_yaml(
                f"q{number}",
                source_id,
                text,
                f"Sentence number {number} of {source_id} says a convoy moved.",
                about="[" + ", ".join(claim.about) + "]",
                stance=claim.stance,
                credibility=claim.credibility,
                status=claim.status,
            )
            for number, claim in claims
        )
        if quotes:
            write(root / "quotes" / f"{source_id}.yaml", quotes)
    return root
