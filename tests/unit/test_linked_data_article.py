"""Pages that draw their article with scripts: the HTML holds a teaser or a caption, the page's
JSON-LD `articleBody` the whole text. Ingest stores the whole text, says so, and keeps it text."""

from __future__ import annotations

import json
from pathlib import Path

from dossier.ingest.extract_text import read_document
from dossier.workspace import load_workspace
from tests.unit.ingest_helpers import dossier

_BODY = (
    "The harbour authority of Port Calloway closed the northern quay on Tuesday after a crane collapsed "
    "onto a moored freighter, officials said. No one was hurt. Harbour master Ilse Varnhagen told reporters "
    "that inspectors from the Maritime Safety Board would examine the remaining cranes before the quay "
    "reopens. Shipping lines diverted four vessels to the southern terminal, where queues stretched into "
    "the evening. The union representing crane operators said it had warned about worn cables in March. "
    "Local traders worried about delays to fruit shipments ahead of the holiday season."
)


def _caption(words: str) -> str:
    return f"<figure><img src='crane.jpg'><figcaption>{words}</figcaption></figure><p>{words}</p>"


def _page(path: Path, ld: object, html_text: str) -> Path:
    block = json.dumps(ld, ensure_ascii=False).replace("</", "<\\/")  # as sites write it inside <script>
    path.write_text(
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Crane collapse shuts quay</title>"
        f'<script type="application/ld+json">{block}</script></head><body>'
        f"<div id='app'><article><h1>Crane collapse shuts quay</h1>{html_text}</article></div></body></html>",
        encoding="utf-8",
    )
    return path


def test_a_script_drawn_page_gives_its_whole_article_from_json_ld(tmp_path: Path) -> None:
    ld = {
        "@context": "https://schema.org",
        "@graph": [{"@type": "WebPage"}, {"@type": "NewsArticle", "articleBody": _BODY}],
    }
    page = _page(tmp_path / "quay.html", ld, _caption("The damaged crane on Tuesday. Photo: Harbour Authority"))
    document = read_document(page)
    assert document.text == _BODY
    (note,) = document.notes
    assert note.startswith("The text is the page's JSON-LD articleBody: its HTML held ")


def test_a_page_whose_html_holds_the_article_keeps_the_html_text(tmp_path: Path) -> None:
    # The articleBody here is a summary; the HTML has the article, so it is kept.
    ld = {"@type": "NewsArticle", "articleBody": "A crane fell at the quay."}
    page = _page(tmp_path / "quay.html", ld, "".join(f"<p>{sentence}.</p>" for sentence in _BODY.split(". ")))
    document = read_document(page)
    assert "Harbour master Ilse Varnhagen told reporters" in document.text
    assert document.notes == ()


def test_markup_inside_the_article_body_stays_text(tmp_path: Path) -> None:
    body = "<p>" + _BODY.replace(". ", ".</p><p>", 2) + "</p><script>alert(1)</script> [bold]x[/bold] &lt;b&gt;"
    page = _page(
        tmp_path / "quay.html", {"@type": "Article", "articleBody": body}, _caption("Photo: Harbour Authority")
    )
    text = read_document(page).text
    assert "<p>" not in text and "<script>" not in text
    assert text.startswith("The harbour authority of Port Calloway closed the northern quay on Tuesday")
    assert text.split("\n\n")[1].startswith("No one was hurt.")
    assert text.endswith("[bold]x[/bold] <b>")  # entities decoded to the characters they stand for, as text


def test_the_cli_ingests_the_whole_article_and_the_source_notes_where_it_came_from(tmp_path: Path) -> None:
    page = _page(
        tmp_path / "quay.html", {"@type": "NewsArticle", "articleBody": _BODY}, _caption("Photo: Harbour Authority")
    )
    workspace = tmp_path / "ws"
    result = dossier("ingest", str(page), "--workspace", str(workspace))
    assert result.returncode == 0, result.stderr
    loaded = load_workspace(workspace)
    (source,) = loaded.sources.values()
    assert "JSON-LD articleBody" in (source.notes or "")
    assert "Ilse Varnhagen" in {actor.name for actor in loaded.actors.values()}
    assert dossier("check", str(workspace)).returncode == 0
