"""The browser's lookups, refreshed for the files that changed, match a full rebuild."""

from __future__ import annotations

from pathlib import Path

from dossier.desk.capture import CaptureDesk
from dossier.desk.journal import Journal
from dossier.tui.catalog import Catalog
from dossier.workspace import load_workspace, reload_files
from tests.conftest import SOURCE_TEXT, make_workspace


def _views(catalog: Catalog, ids: list[str]) -> dict[str, object]:
    return {
        record_id: (
            [q.id for q in catalog.quotes_about(record_id)],
            [q.id for q in catalog.quotes_of_source(record_id)],
            [e.id for e in catalog.events_of_actor(record_id)],
            [(a.id, r.type) for a, r in catalog.incoming_relations(record_id)],
        )
        for record_id in ids
    }


def test_refreshed_catalog_equals_a_full_rebuild(tmp_path: Path) -> None:
    root = make_workspace(tmp_path / "ws")
    workspace = load_workspace(root)
    catalog = Catalog(workspace)
    desk = CaptureDesk(root, workspace, Journal(root))
    start = SOURCE_TEXT.index("Tanks")
    desk.quote("article", start, start + 13, about=["senkivka", "tanks-cross"])
    quotes = root / "quotes" / "article.yaml"
    quotes.write_text(quotes.read_text().replace("about: [lukashenka, belarus]", "about: [belarus]", 1))
    (root / "actors" / "belarus.yaml").write_text(
        "id: belarus\nname: Belarus\nkind: state\nrelations:\n  - type: ally-of\n    target: lukashenka\n"
    )
    changed = ["quotes/article.yaml", "actors/belarus.yaml"]
    reload_files(workspace, changed)
    ids = [*workspace.actors, *workspace.events, *workspace.sources]
    assert _views(catalog.refreshed(changed), ids) == _views(Catalog(workspace), ids)
    assert [q.id for q in catalog.refreshed(changed).quotes_about("senkivka")] != []


def test_lookups_list_quotes_by_source_then_position_each_once(tmp_path: Path) -> None:
    root = make_workspace(tmp_path / "ws")
    desk = CaptureDesk(root, load_workspace(root), Journal(root))
    start = SOURCE_TEXT.index("Tanks")
    # A second source whose id sorts before the article's, and a quote that names a record twice.
    (root / "sources" / "aaa-brief.yaml").write_text(
        (root / "sources" / "article.yaml").read_text().replace("id: article", "id: aaa-brief", 1)
    )
    desk.quote("article", start, start + 13, about=["senkivka", "senkivka", "belarus"])
    (root / "quotes" / "aaa-brief.yaml").write_text(
        (root / "quotes" / "article.yaml")
        .read_text()
        .replace("source: article", "source: aaa-brief")
        .replace("id: ", "id: brief-")
    )
    workspace = load_workspace(root)
    # Read again after an edit: its quotes come last in the workspace, out of source order.
    brief = root / "quotes" / "aaa-brief.yaml"
    brief.write_text(brief.read_text().replace("id: brief-", "id: brief2-"))
    reload_files(workspace, ["quotes/aaa-brief.yaml"])
    assert workspace.problems == []
    assert next(reversed(workspace.quotes.values())).source == "aaa-brief"
    catalog = Catalog(workspace)
    quotes = list(workspace.quotes.values())
    for record_id in {*workspace.actors, *workspace.events}:
        expected = sorted((q for q in quotes if record_id in q.about), key=lambda q: (q.source, q.start, q.id))
        assert [q.id for q in catalog.quotes_about(record_id)] == [q.id for q in expected]
    for source_id in ("article", "aaa-brief"):
        expected = sorted((q for q in quotes if q.source == source_id), key=lambda q: (q.start, q.id))
        assert [q.id for q in catalog.quotes_of_source(source_id)] == [q.id for q in expected] != []
    assert {q.source for q in catalog.quotes_about("senkivka")} == {"aaa-brief", "article"}
