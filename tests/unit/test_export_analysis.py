"""`dossier export --timeline / --contested / --graph`: what they write, parsed back, and the CLI."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

from dossier.analysis.network import Network
from dossier.export.analysis import graph_bytes, render_contested, render_timeline, write_graph, write_markdown
from dossier.export.service import ExportError
from dossier.paths import bundled_seeds
from dossier.sanitize import one_line
from dossier.workspace import Workspace, load_workspace
from tests.unit.analysis_workspace import Claim, Spec, build
from tests.unit.markdown_check import inline_text, parse_export
from tests.unit.test_export_injection import EVENT_TITLE, NAME, PAYLOADS, ROLE, hostile  # noqa: F401 (fixture)

STAMP = "2024-05-01T12:00:00Z"


@pytest.fixture(scope="module")
def seeds() -> Workspace:
    return load_workspace(bundled_seeds(), use_cache=False)


def _rows(parsed, table: int = 0) -> list[list[str]]:  # type: ignore[no-untyped-def]
    """The body rows of the n-th table, as the text of each cell."""
    rows, row, seen, inside = [], [], -1, False
    for token in parsed.tokens:
        if token.type == "table_open":
            seen += 1
            inside = seen == table
        elif inside and token.type == "tbody_open":
            rows = []
        elif inside and token.type == "tr_open":
            row = []
        elif inside and token.type == "inline":
            row.append(inline_text(token))
        elif inside and token.type == "tr_close":
            rows.append(row)
        elif token.type == "table_close":
            inside = False
    return rows[1:] if rows and rows[0] == ["Date as written", "EDTF", "Doubt", "Event", "Participants"] else rows


def test_seed_timeline_is_one_table_of_the_25_events_in_order(seeds: Workspace) -> None:
    parsed = parse_export(render_timeline(seeds, generated_at=STAMP))
    assert parsed.front_matter["record"] == "timeline" and parsed.front_matter["events"] == 25
    assert parsed.headings(2) == ["On the calendar"]
    rows = _rows(parsed)
    assert len(rows) == 25
    assert [row[1] for row in rows[:6]] == ["2022-02?"] * 6
    assert all(row[2].startswith("uncertain") for row in rows[:6])
    stay = next(row for row in rows if row[1] == "2022-02-14/2022-02-23")
    assert stay[0] == "last week" and stay[2] == "range 10 days"
    tanks = next(row for row in rows if row[3].startswith("Tanks cross"))
    assert "Senkivka checkpoint" in tanks[4] and "Russian armed forces (crossing force)" in tanks[4]


def test_timeline_of_an_actor_and_its_errors(seeds: Workspace) -> None:
    parsed = parse_export(render_timeline(seeds, generated_at=STAMP, actor="vladimir-putin"))
    assert parsed.front_matter["actor"] == "vladimir-putin"
    assert next(row[3] for row in _rows(parsed)) == "Lukashenka meets Putin"
    assert len(_rows(parsed)) == 3
    with pytest.raises(ExportError, match="no actor has the id 'nobody'"):
        render_timeline(seeds, generated_at=STAMP, actor="nobody")
    with pytest.raises(ExportError, match="not a valid id"):
        render_timeline(seeds, generated_at=STAMP, actor="../x")


def test_timeline_lists_unknown_years_and_undated_events_apart(tmp_path: Path) -> None:
    spec = Spec(
        sources={"a": (None, "C")},
        events={"anniversary": ("XXXX-02-24", (), "curated"), "undated": (None, (), "curated")},
    )
    parsed = parse_export(render_timeline(load_workspace(build(tmp_path, spec)), generated_at=STAMP))
    assert parsed.headings(2) == ["On the calendar", "Year unknown", "Undated"]
    assert _rows(parsed, 1)[0][1:3] == ["XXXX-02-24", "year unknown"]
    assert _rows(parsed, 2)[0][1:3] == ["unknown", "no date"]


def test_seed_contested_ledger_cites_each_quote_as_dossiers_do(seeds: Workspace) -> None:
    parsed = parse_export(render_contested(seeds, generated_at=STAMP))
    assert parsed.front_matter["subjects"] == 3
    assert parsed.headings(2) == [
        "Belarus",
        "Alyaksandr Lukashenka",
        "Belarusian troops reportedly involved in the attack on Ukraine",
    ]
    text = parsed.text()
    assert "Denies: 4 quotes from 1 independent source (1 with no publisher)" in text
    notes = parsed.footnotes()
    assert "q-lukashenko-denied-soldiers" in notes
    assert "characters" in notes["q-lukashenko-denied-soldiers"]
    assert "Why Belarus Supporting Russia In War With Ukraine" in notes["q-lukashenko-denied-soldiers"]


def test_hostile_text_in_the_analysis_exports_stays_text(hostile: Path) -> None:  # noqa: F811
    workspace = load_workspace(hostile)
    timeline = parse_export(render_timeline(workspace, generated_at=STAMP))
    row = _rows(timeline)[0]
    assert row[3] == one_line(EVENT_TITLE)
    assert one_line(ROLE) in row[4] and one_line(NAME) in row[4]
    ledger = parse_export(render_contested(workspace, generated_at=STAMP))
    heading = next(i for i, t in enumerate(ledger.tokens) if t.tag == "h2")
    assert inline_text(ledger.tokens[heading + 1]) == one_line(NAME)
    shown = ledger.text()
    for payload in PAYLOADS.values():
        assert f"\u201c{one_line(payload)}\u201d" in shown, payload


def test_graphml_and_gexf_load_back_with_the_same_nodes_and_edges(seeds: Workspace, tmp_path: Path) -> None:
    expected = Network(seeds).to_networkx()
    for name in ("net.graphml", "net.gexf"):
        path = write_graph(seeds, tmp_path / name)
        loaded = nx.read_graphml(path) if name.endswith(".graphml") else nx.read_gexf(path)
        assert set(loaded.nodes) == set(expected.nodes) == set(seeds.actors)
        assert {frozenset(edge) for edge in loaded.edges} == {frozenset(edge) for edge in expected.edges}
        edge = loaded.edges["alyaksandr-lukashenka", "vladimir-putin"]
        assert edge["label"] == "ally-of" and "q-lukashenka-agreed-keep-troops" in edge["quotes"]
        assert loaded.nodes["mazyr"]["label"] == "Mazyr"


def test_graph_files_are_not_overwritten_without_force(seeds: Workspace, tmp_path: Path) -> None:
    target = tmp_path / "mine.graphml"
    target.write_text("my own notes")
    with pytest.raises(ExportError, match="use --force"):
        write_graph(seeds, target)
    assert target.read_text() == "my own notes"
    write_graph(seeds, target, force=True)
    assert nx.read_graphml(target).number_of_nodes() == len(seeds.actors)
    with pytest.raises(ExportError, match=".graphml"):
        write_graph(seeds, tmp_path / "net.dot")


def test_graph_of_hostile_names_is_valid_xml(hostile: Path) -> None:  # noqa: F811
    loaded = nx.parse_graphml(graph_bytes(load_workspace(hostile), ".graphml").decode("utf-8"))
    assert loaded.nodes["boss"]["label"] == one_line(NAME)


def test_markdown_exports_replace_only_earlier_exports(seeds: Workspace, tmp_path: Path) -> None:
    target = tmp_path / "ledger.md"
    target.write_text("notes")
    with pytest.raises(ExportError, match="not a dossier export"):
        write_markdown(target, render_contested(seeds, generated_at=STAMP))
    target.unlink()
    assert write_markdown(target, render_contested(seeds, generated_at=STAMP))
    assert not write_markdown(target, render_contested(seeds, generated_at="2030-01-01T00:00:00Z"))


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dossier.cli", "export", *args], capture_output=True, text=True, timeout=120
    )


def test_cli_writes_the_three_analysis_exports(tmp_path: Path) -> None:
    seeds = str(bundled_seeds())
    timeline = _cli("--timeline", "--actor", "alyaksandr-lukashenka", "-w", seeds)
    assert timeline.returncode == 0, timeline.stderr
    assert "# Timeline of [Alyaksandr Lukashenka](alyaksandr-lukashenka.md)" in timeline.stdout
    out = tmp_path / "contested.md"
    ledger = _cli("--contested", "-o", str(out), "-w", seeds)
    assert ledger.returncode == 0, ledger.stderr
    assert "## Belarusian troops reportedly involved in the attack on Ukraine" in out.read_text()
    graph = _cli("--graph", str(tmp_path / "net.graphml"), "-w", seeds)
    assert graph.returncode == 0, graph.stderr
    assert nx.read_graphml(tmp_path / "net.graphml").has_edge("belarus", "mazyr")
    wrong = _cli("--contested", "belarus", "-w", seeds)
    assert wrong.returncode == 2 and "leave out the ID" in wrong.stderr
    lonely = _cli("--actor", "belarus", "-w", seeds)
    assert lonely.returncode != 0


def test_drafts_flag_reaches_the_ledger(tmp_path: Path) -> None:
    spec = Spec(
        sources={"a": ("Paper A", "B"), "b": ("Paper B", "B")},
        claims=[Claim("a"), Claim("b", stance="denies", status="draft")],
    )
    root = build(tmp_path / "ws", spec)
    without = _cli("--contested", "-w", str(root))
    assert "None: no subject is both asserted and denied." in without.stdout
    with_drafts = _cli("--contested", "--drafts", "-w", str(root))
    assert "## Event convoy" in with_drafts.stdout
