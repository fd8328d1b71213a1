"""The filters `status:`, `reliability:` and `word*`, over a workspace where each has records
it must find and records it must leave out."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

import pytest

from dossier.search import SearchIndex
from tests.conftest import write
from tests.unit.search_workspace import make_search_workspace, quote_yaml

WIRE = "Gomel officials confirmed the convoy had left Gomel by noon.\n"


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    """The search workspace (sources: article, reliability C; report, B), plus a wire story
    (reliability A, one quote) and the drafts an ingest of it would leave."""
    root = make_search_workspace(tmp_path_factory.mktemp("filters") / "ws")
    write(root / "sources" / "wire.txt", WIRE)
    digest = hashlib.sha256(WIRE.encode("utf-8")).hexdigest()
    write(root / "sources" / "wire.yaml", f"id: wire\ntitle: Wire story\nreliability: A\nsha256: {digest}\n")
    write(
        root / "quotes" / "wire.yaml",
        quote_yaml("q-convoy", "wire", WIRE, "the convoy had left Gomel", about="[gomel]"),
    )
    write(
        root / "actors" / "gomel.yaml",
        "id: gomel\nname: Gomel\nkind: place\nstatus: draft\nfound_by: a place name; 2 mention(s) in source wire\n",
    )
    write(
        root / "events" / "convoy-left.yaml",
        "id: convoy-left\ntitle: Convoy left Gomel\nplace: gomel\nstatus: draft\n"
        "found_by: a dated sentence in source wire\n",
    )
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DOSSIER_CACHE_DIR", str(tmp_path_factory.mktemp("filters-cache")))
        with SearchIndex.open(root) as opened:
            assert opened.search("Kyiv").hits, "the index is built"
            yield opened


def found(index: SearchIndex, query: str) -> set[str]:
    results = index.search(query, limit=500)
    assert results.error is None, results.error
    return {hit.id for hit in results.hits}


def test_status_draft_finds_exactly_the_drafts(index: SearchIndex) -> None:
    assert found(index, "status:draft") == {"gomel", "convoy-left"}
    assert found(index, "status:draft kind:actor") == {"gomel"}
    # status:curated once matched every record and undid the filters beside it.
    assert found(index, "status:curated kind:actor") == {"belarus", "kyiv", "lukashenka", "mozyr", "senkivka"}
    assert found(index, "Gomel status:curated") == {"wire", "q-convoy"}
    assert found(index, "Gomel") >= {"gomel", "convoy-left", "wire", "q-convoy"}


def test_reliability_at_most_b_keeps_good_sources_and_their_quotes(index: SearchIndex) -> None:
    report_quotes = {"q-imagery", "q-alerts", "q-mazyr"}
    assert found(index, "reliability:<=B") == {"wire", "q-convoy", "report", *report_quotes}
    assert found(index, "reliability:A") == {"wire", "q-convoy"}
    # The article is rated C: left out above, and found from C on.
    assert found(index, "reliability:>=C") == {"article", "q-agreed", "q-denied"}
    assert found(index, "reliability:<=B Kyiv") == {"report", "q-imagery", "q-alerts"}


def test_a_word_with_a_star_matches_the_words_it_begins(index: SearchIndex) -> None:
    assert index.search("Luka*").hits[0].id == "lukashenka"
    assert found(index, "satell* kind:quote") == {"q-imagery"}
    assert found(index, "Gom* kind:actor") == {"gomel"}
    # A finished word without the star is just that word.
    assert found(index, "Gom kind:actor ") == set()
