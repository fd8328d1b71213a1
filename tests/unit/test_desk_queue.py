"""The review queue's rows and its filter (`dossier.desk.queue`, through `ReviewDesk.rows` / `narrow`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.desk.queue import band_of, parse_query
from dossier.desk.review import ReviewDesk
from tests.conftest import make_workspace, write


def _draft(
    root: Path, record_id: str, name: str, kind: str, confidence: float | None, aliases: tuple[str, ...] = ()
) -> None:
    lines = [
        f"id: {record_id}",
        f"name: '{name}'",
        f"kind: {kind}",
        "status: draft",
        "found_by: mentioned in source article",
    ]
    if aliases:
        lines += ["aliases:", *(f"  - {alias}" for alias in aliases)]
    if confidence is not None:
        lines.append(f"confidence: {confidence}")
    write(root / "actors" / f"{record_id}.yaml", "\n".join(lines) + "\n")


@pytest.fixture
def desk(tmp_path: Path) -> ReviewDesk:
    """Four draft actors of the tiny workspace's one source ('Test article', id 'article') and one draft event."""
    root = make_workspace(tmp_path / "ws")
    _draft(root, "sao-paulo", "São Paulo", "place", 0.9)
    _draft(root, "lodz", "Łódź", "place", 0.6)
    _draft(root, "wagner-group", "Wagner Group", "armed_force", 0.8, aliases=("PMC Wagner",))
    _draft(root, "paula-ng", "Paula Ng", "person", 0.3)
    write(root / "events" / "paulo-summit.yaml",
          "id: paulo-summit\ntitle: Summit in Paulo\ndate: 2022-02-28\nstatus: draft\n")  # fmt: skip
    return ReviewDesk(root)


def _shown(desk: ReviewDesk, text: str) -> list[str]:
    return [row.id for row in desk.narrow(desk.rows(desk.drafts()), text)]


def test_rows_carry_name_kind_band_and_sources_best_first(desk: ReviewDesk) -> None:
    rows = desk.rows(desk.drafts())
    assert [(r.id, r.kind, r.band) for r in rows] == [
        ("sao-paulo", "place", "high"),
        ("wagner-group", "armed_force", "high"),
        ("lodz", "place", "medium"),
        ("paula-ng", "person", "low"),
        ("paulo-summit", "event", ""),
    ]
    assert rows[0].sources == ("article",) and rows[1].kind_label == "armed force"


def test_words_are_prefixes_of_the_name_or_an_alias_case_and_accents_aside(desk: ReviewDesk) -> None:
    assert _shown(desk, "") == _shown(desk, "   ") and len(_shown(desk, "")) == 5
    assert _shown(desk, "SAO") == ["sao-paulo"]
    assert _shown(desk, "paul") == ["sao-paulo", "paula-ng", "paulo-summit"]  # every word of a name, titles too
    assert _shown(desk, "paulo sã") == ["sao-paulo"]  # every word typed must begin one
    assert _shown(desk, "lodz") == _shown(desk, "ŁÓDŹ") == ["lodz"]
    assert _shown(desk, "pmc") == ["wagner-group"]  # an alias
    assert _shown(desk, "aulo") == []  # a prefix, not any part of a word


def test_kind_band_and_source_narrow_and_combine(desk: ReviewDesk) -> None:
    assert _shown(desk, "kind:place") == ["sao-paulo", "lodz"]
    assert _shown(desk, "kind:pl") == ["sao-paulo", "lodz"]  # a prefix, as it is typed
    assert _shown(desk, "kind:p") == ["sao-paulo", "lodz", "paula-ng"]  # person and place
    assert _shown(desk, "kind:armed") == _shown(desk, "kind:armed_force") == _shown(desk, "KIND:Armed-Force")
    assert _shown(desk, "kind:armed") == ["wagner-group"]
    assert _shown(desk, "kind:event") == ["paulo-summit"] and len(_shown(desk, "kind:actor")) == 4
    assert _shown(desk, "kind:place kind:person") == ["sao-paulo", "lodz", "paula-ng"]  # one key: any value
    assert _shown(desk, "band:high") == ["sao-paulo", "wagner-group"]
    assert _shown(desk, "band:med") == ["lodz"]
    assert _shown(desk, "kind:place band:high") == ["sao-paulo"]  # two keys: both
    assert _shown(desk, "kind:place band:high paulo") == ["sao-paulo"]
    assert _shown(desk, "kind:place band:high lodz") == []
    assert _shown(desk, "source:art") == _shown(desk, "")[:4]  # the id; the event names no source
    assert _shown(desk, "source:test") == _shown(desk, "")[:4]  # a word of the title "Test article"
    assert _shown(desk, "source:reuters") == []
    assert _shown(desk, "kind:") == _shown(desk, "")  # a key typed without a value yet narrows nothing
    assert _shown(desk, "other:thing") == []  # not a key: words ("other", "thing")


def test_parse_query_keeps_words_and_terms_apart() -> None:
    query = parse_query("Kind:Place  band:HIGH  Lukashenko source:bbc-news")
    assert query.words == ("lukashenko",)
    assert query.terms == {"kind": ("place",), "band": ("high",), "source": ("bbc_news",)}
    assert parse_query("").empty and parse_query("kind: band:").empty


@pytest.mark.parametrize(
    ("confidence", "band"),
    [(0.0, "low"), (0.49, "low"), (0.5, "medium"), (0.74, "medium"), (0.75, "high"), (1.0, "high"), (None, "")],
)
def test_bands_are_the_ones_ingest_reports(confidence: float | None, band: str) -> None:
    # The ingest summary counts drafts per band with the same floors: 0.75 high, 0.5 medium.
    assert band_of(confidence) == band
