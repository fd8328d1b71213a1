"""A page whose site name is its domain in capitals ("TARNBYPOST.COM") names the outlet the text names."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.ingest.bylines import outlet_name
from dossier.ingest.service import ingest_file
from dossier.model import ActorKind
from dossier.workspace import load_workspace


@pytest.mark.parametrize(
    ("publisher", "outlet"),
    [
        ("VARNBYNEWS.COM", "VARNBYNEWS"),
        ("OSKELDESK.CO.UK", "OSKELDESK"),
        ("varnbynews.com", None),  # a domain in lower case names nobody
        ("U.S. Varnby Report", "U.S. Varnby Report"),  # a dotted state in a name is no domain
    ],
)
def test_a_site_name_in_capitals_as_a_domain_is_the_outlets_name(publisher: str, outlet: str | None) -> None:
    assert outlet_name(publisher) == outlet


def _page(tmp_path: Path, site_name: str, body: str) -> dict[str, ActorKind]:
    page = tmp_path / "page.html"
    page.write_text(
        f'<html lang="en"><head><title>Ferry fares rise</title><meta property="og:site_name" content="{site_name}">'
        f"</head><body><article><h1>Ferry fares rise again</h1>{body}</article></body></html>",
        encoding="utf-8",
    )
    root = tmp_path / "ws"
    ingest_file(root, page)
    return {actor.name: actor.kind for actor in load_workspace(root).actors.values()}


def test_the_domain_joins_the_outlet_the_text_names_with_its_words_run_together(tmp_path: Path) -> None:
    kinds = _page(
        tmp_path,
        "TOLLERBYPOST.COM",
        "<p>Fares on the Tollerby ferry will rise by 8% from April, the operator Kestrel Crossings said on Monday. "
        "Passengers told the Tollerby Post the rise was the third in two years.</p>"
        "<p>The council said it had no power over fares but would write to the operator.</p>",
    )
    assert kinds.get("Tollerby Post") is ActorKind.media
    assert not [name for name in kinds if "TOLLERBY" in name]
