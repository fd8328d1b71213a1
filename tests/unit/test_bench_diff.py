"""`benchmarks.bench_diff` on real outputs of `benchmarks.ingest_bench`, run as a user runs them (subprocesses).

A change between two runs is made in the gold, not the code: the drafts stay the same and what the bench
reports about them moves, which is what the diff must point at."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from benchmarks.bench_diff import compare

REPO = Path(__file__).resolve().parents[2]

ARTICLE = """---
title: "Talks in Tarnby"
publisher: "Invented probe for the bench diff test"
---
Talks in Tarnby

The Quellish Ministry of Defence said on Monday that Minister Ilse Varnholt would travel to Tarnby.
Varnholt met officials of the Northern Grain Board in Tarnby, the ministry said.
"""


def _bench(*args: str) -> str:
    run = subprocess.run(
        [sys.executable, "-m", "benchmarks.ingest_bench", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    return run.stdout


def test_a_gold_name_dropped_shows_as_a_new_unmatched_draft_of_that_document(tmp_path: Path) -> None:
    folder = tmp_path / "probes"
    folder.mkdir()
    (folder / "alpha-1.md").write_text(ARTICLE, encoding="utf-8")
    (folder / "alpha-2.md").write_text(ARTICLE, encoding="utf-8")
    gold = "Location|Tarnby\nPerson|Ilse Varnholt\nOrganisation|Northern Grain Board\n"
    (folder / "alpha-1.names").write_text(gold, encoding="utf-8")
    (folder / "alpha-2.names").write_text(gold, encoding="utf-8")
    before = _bench("--probes", str(folder), "--show", "100")
    (folder / "alpha-2.names").write_text("Location|Tarnby\nPerson|Ilse Varnholt\n", encoding="utf-8")
    after = _bench("--probes", str(folder), "--show", "100")

    lines = compare(before, after)

    assert lines[0] == "alpha-2"
    assert any(line.startswith("  + wrong: Northern Grain Board") for line in lines[1:])
    assert not any(line.startswith("  -") for line in lines)
    assert lines[-1] == "1 document(s) changed"
    assert compare(before, before) == ["0 document(s) changed"]


def test_a_page_whose_expected_actors_change_is_printed_with_both_rows(tmp_path: Path) -> None:
    source = REPO / "benchmarks" / "real_probes"
    folder = tmp_path / "pages"
    folder.mkdir()
    expected = json.loads((source / "expected.json").read_text(encoding="utf-8"))
    kept = {"_about": expected["_about"]}
    for page in ("en_wine.html", "en_travel.html"):
        shutil.copy(source / page, folder / page)
        kept[page] = expected[page]
    (folder / "expected.json").write_text(json.dumps(kept), encoding="utf-8")
    before = _bench("--realprobes", str(folder), "--show", "100")
    kept["en_wine.html"] = {**kept["en_wine.html"], "actors": kept["en_wine.html"]["actors"][:3]}
    (folder / "expected.json").write_text(json.dumps(kept), encoding="utf-8")
    after = _bench("--realprobes", str(folder), "--show", "100")

    lines = compare(before, after)

    assert lines[0] == "en_wine" and lines[1].startswith("  - ") and lines[2].startswith("  + ")
    assert "/3 expected" in lines[2] and "unlisted: Danube (place)" in lines[2]  # no longer expected, now unlisted
    assert lines[-1] == "1 document(s) changed"
