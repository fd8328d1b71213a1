"""A place drafted under one spelling is found under the others the gazetteer knows (Kiev finds "Kyiv").

Ingest names a place as its source writes it and adds no other spellings, so without this an
analyst who types "Kiev" finds nothing about the draft "Kyiv". The workspaces here are what an
ingest leaves: draft places with no aliases, and quotes about them.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from dossier.ingest.gazetteer import gazetteer
from dossier.search import SearchIndex
from tests.conftest import write

TEXT = "Shelling hit Kyiv overnight. Officials in Gomel said the border was quiet. Crowds filled Seoul."


def _quote(quote_id: str, exact: str, about: str) -> str:
    start = TEXT.index(exact)
    return (
        f"- id: {quote_id}\n  source: report\n  exact: {exact!r}\n  start: {start}\n  end: {start + len(exact)}\n"
        f"  about: [{about}]\n  credibility: 3\n  status: draft\n"
    )


def drafted_workspace(root: Path) -> Path:
    write(root / "sources" / "report.txt", TEXT)
    write(root / "sources" / "report.yaml", "id: report\ntitle: Overnight report\n")
    for actor_id, name in (("kyiv", "Kyiv"), ("gomel", "Gomel"), ("seoul", "Seoul")):
        write(root / "actors" / f"{actor_id}.yaml", f"id: {actor_id}\nname: {name}\nkind: place\nstatus: draft\n")
    write(
        root / "quotes" / "report.yaml",
        _quote("q-shelling", "Shelling hit Kyiv overnight", "kyiv")
        + _quote("q-border", "Officials in Gomel said the border was quiet", "gomel"),
    )
    return root


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    gazetteer()  # as after any ingest: the table is built and at hand
    return drafted_workspace(tmp_path / "ws")


@pytest.fixture
def index(workspace: Path) -> Iterator[SearchIndex]:
    with SearchIndex.open(workspace) as opened:
        yield opened


def test_another_spelling_of_a_place_finds_the_place_first_and_the_quotes_about_it(index: SearchIndex) -> None:
    results = index.search("Kiev")
    ids = [hit.id for hit in results.hits]
    assert ids[0] == "kyiv"
    assert "q-shelling" in ids
    assert "gomel" not in ids and "q-border" not in ids


def test_the_quote_found_so_lights_up_the_name_it_uses(index: SearchIndex) -> None:
    quote = next(hit for hit in index.search("Kiev kind:quote").hits if hit.id == "q-shelling")
    assert "Kyiv" in [quote.snippet[start:end] for start, end in quote.highlights]


@pytest.mark.parametrize("typed", ["Homel", "homyel", "Гомель", "Homel "])
def test_transliterations_and_other_scripts_find_the_place(index: SearchIndex, typed: str) -> None:
    assert [hit.id for hit in index.search(typed).hits][:2] == ["gomel", "q-border"]


def test_a_spelling_in_a_longer_query_finds_the_place_too(index: SearchIndex) -> None:
    assert index.search("shelling Kiev").hits[0].id == "q-shelling"


def test_an_everyday_word_is_not_read_as_a_place(index: SearchIndex) -> None:
    # GeoNames gives "Soul" as a spelling of Seoul; someone typing "soul" means the word.
    assert "seoul" not in [hit.id for hit in index.search("soul").hits]


def test_an_actor_spelled_as_typed_is_what_was_meant(workspace: Path) -> None:
    # GeoNames gives "Pekin" as a spelling of Beijing; the town in Illinois is an actor spelled so.
    write(workspace / "actors" / "beijing.yaml", "id: beijing\nname: Beijing\nkind: place\nstatus: draft\n")
    write(workspace / "actors" / "pekin.yaml", "id: pekin\nname: Pekin\nkind: place\nsummary: Illinois.\n")
    with SearchIndex.open(workspace) as index:
        assert [hit.id for hit in index.search("Pekin").hits] == ["pekin"]
        assert index.search("Peking").hits[0].id == "beijing"


def test_a_person_whose_name_is_a_place_is_not_found_by_its_other_spellings(workspace: Path) -> None:
    write(
        workspace / "actors" / "sydney-lowe.yaml",
        "id: sydney-lowe\nname: Sydney Lowe\nkind: person\naliases: [Sydney]\n",
    )
    with SearchIndex.open(workspace) as index:
        assert "sydney-lowe" not in [hit.id for hit in index.search("Sidney").hits]


def test_the_cli_finds_a_drafted_place_by_another_spelling(workspace: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "dossier.cli", "search", "--workspace", str(workspace), "Kiev"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    first = result.stdout.splitlines()[0].split()
    assert first[:3] == ["actor", "kyiv", "Kyiv"]
