"""A draft taken from a page's byline or site name shows that field as its evidence in review.

Those names are not in the stored text, so review used to say only "No passage of a source shows
this draft", and the analyst could not tell where the name came from.
"""

from __future__ import annotations

from pathlib import Path

from dossier.desk.review import ReviewDesk
from dossier.ingest.review import DraftItem
from dossier.ingest.service import ingest_file
from dossier.workspace import load_workspace
from tests.unit.ingest_helpers import dossier

PAGE = (
    '<html lang="en"><head><title>Ferry fares rise</title>'
    '<meta property="og:site_name" content="Marrowby Courier"></head><body><article>'
    "<h1>Ferry fares rise again</h1>"
    '<p class="byline">By Odile Brackenbury | Tuesday</p>'
    "<p>Fares on the island ferry will rise by 8% from April, the operator said on Monday. "
    "Regular passengers said the rise was the third in two years and asked the council to step in.</p>"
    "<p>The council said it had no power over fares but would write to the operator.</p>"
    "</article></body></html>"
)


def ingested(tmp_path: Path) -> Path:
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    root = tmp_path / "ws"
    assert ingest_file(root, page).status == "added"
    return root


def test_a_byline_persons_evidence_is_the_byline_and_an_outlets_the_site_name(tmp_path: Path) -> None:
    root = ingested(tmp_path)
    desk = ReviewDesk(root)
    actors = {actor.name: actor for actor in load_workspace(root).actors.values()}
    reporter = desk.evidence(DraftItem("actors", actors["Odile Brackenbury"]))
    assert reporter is not None and reporter.field == "byline"
    assert [reporter.text[a:b] for a, b in reporter.highlights] == ["Odile Brackenbury"]
    outlet = desk.evidence(DraftItem("actors", actors["Marrowby Courier"]))
    assert outlet is not None and outlet.field == "site name" and outlet.text == "Marrowby Courier"


def test_the_review_command_says_where_the_name_was_read(tmp_path: Path) -> None:
    root = ingested(tmp_path)
    # Skip every draft: each one is printed with its evidence, and nothing is changed.
    result = dossier("review", "--workspace", str(root), stdin="s\n" * 20 + "q\n")
    assert result.returncode == 0, result.stderr
    assert "its byline: “Odile Brackenbury" in result.stdout
