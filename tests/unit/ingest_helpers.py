"""Shared by the ingest tests: the test articles, and running the real CLI in a subprocess."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import subprocess
import sys
from pathlib import Path

from dossier.ingest.extract import extract
from dossier.model import Actor, ActorKind

ARTICLES = Path(__file__).resolve().parent.parent / "fixtures" / "articles"
HTML_ARTICLE = ARTICLES / "border_buildup.html"
MARKDOWN_ARTICLE = ARTICLES / "minsk_talks.md"
UNKNOWN_PLACES = ARTICLES / "unknown_places.txt"


def dossier(*args: str, stdin: str = "", env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run `dossier ARGS` as a user would, with no workspace chosen by the environment."""
    environment = {key: value for key, value in os.environ.items() if key != "DOSSIER_WORKSPACE"}
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "dossier.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )


def snapshot(root: Path) -> dict[str, str]:
    """Every file of a workspace and the hash of its bytes."""
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def assert_valid(root: Path) -> None:
    """What `dossier check` would say, in-process (the CLI itself is run in a few tests)."""
    from dossier.checks import check_workspace
    from dossier.workspace import load_workspace

    report = check_workspace(load_workspace(root, use_cache=False))
    assert not report.errors, [str(problem) for problem in report.errors]


def draft_kinds(text: str, language: str = "en", published: dt.date | None = None) -> dict[str, ActorKind]:
    """The actor drafts the real extractor proposes for one text, by name, with their kinds
    (an empty workspace: nothing known, no id taken)."""
    extraction = extract(text, published, [], set(), "test-drafts", language=language)
    return {draft.name: draft.kind for draft in extraction.actors}


def spelling_kinds(text: str) -> dict[str, ActorKind]:
    """Every spelling of each draft of an English text (its name and its aliases) with the draft's kind: a post
    written right before its holder ("The Foreign Secretary, Ilse Varga, said") is one of her spellings there, not
    a draft of its own."""
    extraction = extract(text, None, [], set(), "test-drafts", language="en")
    return {spelling: draft.kind for draft in extraction.actors for spelling in (draft.name, *draft.aliases)}


def spelling_kind_names(text: str) -> dict[str, str]:
    """`spelling_kinds`, each kind as the word a workspace file writes."""
    return {spelling: str(kind) for spelling, kind in spelling_kinds(text).items()}


def draft_kind_names(text: str) -> dict[str, str]:
    """`draft_kinds` of an English text, each kind as the word a workspace file writes ("person", "place")."""
    return {name: str(kind) for name, kind in draft_kinds(text, language="en").items()}


def draft_found_by(text: str) -> dict[str, str]:
    """What each draft of an English text says it was found by (the evidence a reviewer reads), by name."""
    extraction = extract(text, None, [], set(), "test-drafts", language="en")
    return {draft.name: draft.found_by for draft in extraction.actors}


def drafts_and_links(text: str, known: list[Actor]) -> tuple[set[str], dict[str, str]]:
    """What a workspace that knows `known` makes of one text: the names of its new drafts, and each
    mention's words with the id of the actor (known or drafted) it links to."""
    extraction = extract(text, None, known, set(), "t")
    return {draft.name for draft in extraction.actors}, {m.text: m.actor_id for m in extraction.mentions}


def related_headline_places(*headlines: str) -> list[tuple[str, str]]:
    """The places (name, kind) the real reader of related links takes from a page whose box of related stories
    lists these headlines."""
    from dossier.ingest.related_links import related_places

    links = "".join(f"<li><a>{headline}</a></li>" for headline in headlines)
    page = f"<html><body><article><p>Text.</p></article><aside class='related'><ul>{links}</ul></aside></body></html>"
    return [(name, str(kind)) for name, kind in related_places(page)]


def page_with_box_kinds(tmp_path: Path, language: str, article: str, box: str, title: str) -> dict[str, str]:
    """The drafts (name -> kind) of a news page in `language` headed `title`, whose article is `article` and whose box
    beside it is `box` (HTML), ingested as `dossier ingest` does."""
    from dossier.ingest.service import ingest_file
    from dossier.workspace import load_workspace

    page = tmp_path / "page.html"
    page.write_text(
        f'<!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8"><title>{title}</title></head><body>'
        f"<main><article><h1>{title}</h1>{article}</article>{box}</main>"
        "<footer><p>© 2026</p></footer></body></html>",
        "utf-8",
    )
    ingest_file(tmp_path / "ws", page)
    return {actor.name: str(actor.kind) for actor in load_workspace(tmp_path / "ws").actors.values()}


def ingest_linked(root: Path, *texts: str) -> tuple[list[Actor], dict[int, set[str]]]:
    """Ingest `texts` (Markdown) in order into one workspace, with one session as `dossier ingest` does, and check
    it: its actor records, and per document (1, 2...) the names of the actors its events and quotes link to."""
    from dossier.ingest.service import IngestSession, ingest_file
    from dossier.workspace import load_workspace

    folder = root.parent / f"{root.name}-files"
    folder.mkdir()
    session = IngestSession(root)
    sources: dict[str, int] = {}
    for number, text in enumerate(texts, 1):
        path = folder / f"{number:02d}.md"
        path.write_text(text, encoding="utf-8")
        result = ingest_file(root, path, session=session)
        assert result.status == "added" and result.source_id is not None
        sources[result.source_id] = number
    assert_valid(root)
    workspace = load_workspace(root, use_cache=False)
    names = {actor.id: actor.name for actor in workspace.actors.values()}
    linked: dict[int, set[str]] = {number: set() for number in sources.values()}
    for event in workspace.events.values():
        number = next((n for source, n in sources.items() if source in (event.found_by or "")), 0)
        ids = [event.place, *(p.actor for p in event.participants)]
        linked.setdefault(number, set()).update(names[i] for i in ids if i in names)
    for quote in workspace.quotes.values():
        number = sources.get(quote.source, 0)
        ids = [quote.attributed_to, *quote.about]
        linked.setdefault(number, set()).update(names[i] for i in ids if i in names)
    return list(workspace.actors.values()), linked


def ingest_in_one_workspace(root: Path, *texts: str) -> tuple[dict[str, str], dict[int, set[str]]]:
    """`ingest_linked`, with the actors' kinds by name."""
    records, linked = ingest_linked(root, *texts)
    return {actor.name: actor.kind.value for actor in records}, linked
