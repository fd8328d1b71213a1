"""The bundled seeds' Lukashenka dossier is a brief whose every quote is the source's own words.

For each claim, the block quote a reader sees is compared with the source text at the
character range its footnote cites: they must be the same words.
"""

from __future__ import annotations

import re
from pathlib import Path

from dossier.export.service import export_all, export_dossier
from dossier.paths import bundled_seeds
from dossier.workspace import Workspace, load_workspace
from tests.unit.markdown_check import parse_export

STAMP = "2024-05-01T12:00:00Z"
RANGE = re.compile(r"characters (\d+)\u2013(\d+)\.$")


def _seeds() -> Workspace:
    return load_workspace(bundled_seeds())


def _lukashenka(workspace: Workspace) -> str:
    # A seed that lost him is a regression, not a reason to skip.
    found = [actor.id for actor in workspace.actors.values() if "Lukashenko" in actor.aliases]
    assert found == ["alyaksandr-lukashenka"], found
    return found[0]


def _words(text: str) -> str:
    return " ".join(text.split())


def test_every_quoted_passage_is_verbatim_at_the_cited_range() -> None:
    workspace = _seeds()
    actor_id = _lukashenka(workspace)
    parsed = parse_export(export_dossier(workspace, actor_id, generated_at=STAMP))
    claims = parsed.blockquotes()
    assert claims, "the Lukashenka dossier quotes its sources"
    notes = parsed.footnotes()
    for words, label in claims:
        assert label in workspace.quotes, f"claim {words[:40]!r} cites no quote"
        quote = workspace.quotes[label]
        found = RANGE.search(notes[label])
        assert found, notes[label]
        start, end = int(found.group(1)), int(found.group(2))
        text = workspace.source_text(quote.source)
        assert text is not None
        assert text[start:end] == quote.exact, f"{label}: the cited range does not hold the quoted words"
        assert _words(words) == _words(text[start:end]), f"{label}: the brief shows other words than the source"
    # The sources the front matter lists are exactly those the claims cite.
    assert parsed.front_matter["sources"] == sorted({workspace.quotes[label].source for _, label in claims})


def test_all_seed_dossiers_export_with_the_intended_structure(tmp_path: Path) -> None:
    workspace = _seeds()
    assert workspace.actors and workspace.events, "the bundled seeds have actors and events to export"
    paths = export_all(workspace, tmp_path, generated_at=STAMP)
    assert len(paths) == 1 + len(workspace.actors) + len(workspace.events)
    for path in paths:
        parse_export(path.read_text(encoding="utf-8"))
