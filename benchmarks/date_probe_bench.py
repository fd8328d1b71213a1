"""Dated events on invented probe documents in the styles ingest meets (issue 15, item 8).

    python -m benchmarks.date_probe_bench            # the table
    python -m benchmarks.date_probe_bench --show     # and every event draft, to read for junk
    python -m benchmarks.date_probe_bench --dir D    # the documents in D, scored by D/cases.yaml

`date_probes/` holds short documents written for this benchmark (Wikipedia biography and history,
a CENTCOM release, BBC news, an EU statement, a DFAT release, a news report with a publication
day; round dates39's `r39-*` documents add police, court, company, monitoring, campaign, chronology
and feature styles, eight of them held out until that round stopped fixing; round dates40's eight `r40-*`
documents were all held out until it stopped fixing, and so were round dates41's eight `r41-*` documents: a
conflict story, a UN situation update, a battle article, a strike release, a committee report, a season
recap, an obituary and a court report, and so were round dates42's eight `r42-*` documents: a markets story, a
police appeal, an election result, a general's biography with a career list, a daily conflict assessment, a
product release, an explainer with a timeline box and a rights group's yearly report) and `cases.yaml` the dates an
annotator would mark in them. Each document is ingested alone
into an empty workspace. A date is *found* when some event draft's `date_text` holds its words or
lies inside them (after folding case and punctuation: the re3d rule), and *right* when that draft's
date also overlaps the EDTF date written down for it. "Not events" are sentences (references,
captions, contact lines) that must not become event drafts.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import yaml

from benchmarks.re3d_scoring import norm
from dossier.dates import edtf_bounds
from dossier.ingest.service import ingest_file
from dossier.workspace import load_workspace

PROBES = Path(__file__).resolve().parent / "date_probes"


def _overlap(a: str | None, b: str | None) -> bool:
    if b is None:
        return True  # nothing was written down beyond the words
    if a is None:
        return False
    first, second = edtf_bounds(a), edtf_bounds(b)
    if first is None or second is None:
        return a == b
    return first[0] <= second[1] and second[0] <= first[1]


def score(name: str, case: dict, show: bool, folder: Path = PROBES) -> tuple[int, int, int, int, int, list[str]]:
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch) / "ws"
        ingest_file(root, folder / name)
        events = list(load_workspace(root).events.values())
    texts = [(norm(e.date_text or ""), e) for e in events]
    found = right = 0
    notes: list[str] = []
    for words, edtf in case["dates"]:
        gold = norm(words)
        hits = [e for text, e in texts if text and (gold in text or text in gold)]
        found += bool(hits)
        good = any(_overlap(e.date, edtf) for e in hits)
        right += good
        if not hits:
            notes.append(f"missed {words!r}")
        elif not good:
            notes.append(f"wrong date for {words!r}: {', '.join(str(e.date) for e in hits)} (expected {edtf})")
    mentions = [norm(words) for words in case.get("mentions") or []]
    notes.append(
        f"mentions in some date_text: {sum(any(t and (m in t or t in m) for t, _ in texts) for m in mentions)}"
        f"/{len(mentions)}"
    )
    junk = [e for e in events if any(bad in e.title for bad in case.get("not_events") or [])]
    notes += [f"not an event: {e.title[:60]!r}" for e in junk]
    if show:
        for e in sorted(events, key=lambda e: e.title):
            notes.append(f"  event {e.date} [{e.date_text}] {e.title[:80]}")
    return len(case["dates"]), found, right, len(junk), len(events), notes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print every event draft")
    # a folder of one's own (held-out documents) is scored the same way, by its own cases file
    parser.add_argument("--dir", type=Path, default=PROBES, help="folder of documents (default: date_probes)")
    parser.add_argument("--cases", type=Path, help="cases file (default: cases.yaml in --dir)")
    args = parser.parse_args(argv)
    cases_file = args.cases or args.dir / "cases.yaml"
    cases = yaml.safe_load(cases_file.read_text(encoding="utf-8"))
    totals = [0, 0, 0, 0, 0]
    print(f"{'document':26} {'dates':>5} {'found':>5} {'right':>5} {'junk':>4} {'events':>6}")
    details: list[str] = []
    for name, case in cases.items():
        *counts, notes = score(name, case, args.show, args.dir)
        totals = [t + c for t, c in zip(totals, counts, strict=True)]
        print(f"{name:26} {counts[0]:5} {counts[1]:5} {counts[2]:5} {counts[3]:4} {counts[4]:6}")
        details += [f"{name}: {note}" for note in notes]
    print(f"{'ALL':26} {totals[0]:5} {totals[1]:5} {totals[2]:5} {totals[3]:4} {totals[4]:6}")
    print(f"found {totals[1] / max(1, totals[0]):.2f}, right {totals[2] / max(1, totals[0]):.2f}")
    print("\n".join(details))
    return 0


if __name__ == "__main__":
    sys.exit(main())
